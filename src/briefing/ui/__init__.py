"""Qt widgets of the viewer; each receives models and an Appearance, never dicts or JSON."""
