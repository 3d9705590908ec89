"""Small helpers every widget uses, so dataset text is always shown as plain text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str, role: str = "", *, wrap: bool = True, parent: QWidget | None = None
) -> QLabel:
    """A QLabel that never interprets its text as HTML (a dataset is untrusted input).

    ``role`` selects the label's style in the theme's style sheet (``QLabel[role="..."]``).
    """
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def plain_tooltip(text: str) -> str:
    """Tooltip markup that shows ``text`` literally, line breaks kept, wrapped to a readable width.

    QToolTip guesses rich text; escaping and wrapping in a paragraph makes the guess harmless.
    """
    body = html.escape(text).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap; max-width:40em'>{body}</p>"
