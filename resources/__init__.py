"""Files the app carries: fonts and their licence, icons, translations (package data, read
through the accessor briefing.resources)."""
