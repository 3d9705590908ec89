"""The main window and the conversations it holds: opening briefings, exporting, help."""
