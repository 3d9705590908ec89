"""What a screen reader is told about the briefing's own widgets, beyond their accessible names.

A stat card is a button (Enter or a click opens its source) whose name is the whole card in one
sentence (``card_sentence``); its labels, the value split into qualifier, number and unit among
them, are not read one by one. ``install`` puts the factory in once, at start (app.py, and the
tests' qapp fixture).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

if TYPE_CHECKING:  # the card's module imports the model (pydantic): not before the window shows
    from briefing.views.stat_card import StatCard

STAT_CARD_MODULE = "briefing.views.stat_card"

_installed: list[bool] = []  # once installed, [True]


class CardAccessible(QAccessibleWidget):
    """A card as one button with no children: its name says label, value, unit and change."""

    def __init__(self, card: StatCard) -> None:
        super().__init__(card, QAccessible.Role.Button)
        self._card = card

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:
        """Press: what Enter or a click does, the source opened under the card."""
        if name == QAccessibleActionInterface.pressAction():
            self._card.open_source()
            return
        super().doAction(name)

    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]  # none: Qt takes a null interface

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    # No object is a card before the cards' module is imported (by the pages, once the window
    # has painted): until then the factory answers without importing it, and the model with it.
    if STAT_CARD_MODULE not in sys.modules:
        return None
    from briefing.views.stat_card import StatCard

    if isinstance(obj, StatCard):
        return CardAccessible(obj)
    return None


def install() -> None:
    """Install the factory (once per process; again is a no-op)."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)
