"""Presentation mode: the briefing as a full-screen show with a presenter console."""
