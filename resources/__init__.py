"""Files the app carries: fonts, their licence, styles (package data; read through the accessor briefing.resources)."""
