"""Export: charts as images, the briefing as PDF, the figures as a table; no dialogs inside."""
