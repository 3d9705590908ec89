"""The bundled briefing datasets (package data; read through the accessor briefing.resources)."""
