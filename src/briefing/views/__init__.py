"""Leaf widgets: cards, charts, pictures, text, pages and slides; they show models and never
open a window or render a file."""
