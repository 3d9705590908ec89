"""Headless widget to bytes: every exported file (chart pictures, the briefing PDF, the figures
table) and how it is written."""
