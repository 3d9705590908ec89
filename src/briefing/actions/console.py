"""The presenter console's own keys, declared as data: those the console answers itself
before passing every other key on to the show."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from briefing.i18n import QT_TRANSLATE_NOOP


class ConsoleCommand(StrEnum):
    NOTES_LARGER = "notes-larger"
    NOTES_SMALLER = "notes-smaller"


@dataclass(frozen=True)
class ConsoleBinding:
    command: ConsoleCommand
    keys: tuple[str, ...]  # QKeySequence strings, portable form
    text: str  # what it does, in context "PresenterConsole"


CONSOLE_BINDINGS: tuple[ConsoleBinding, ...] = (
    # Ctrl++ as well as Ctrl+=: on most keyboards + is Shift+=.
    ConsoleBinding(
        ConsoleCommand.NOTES_LARGER,
        ("Ctrl+=", "Ctrl++"),
        QT_TRANSLATE_NOOP("PresenterConsole", "备注字号加大"),
    ),
    ConsoleBinding(
        ConsoleCommand.NOTES_SMALLER,
        ("Ctrl+-",),
        QT_TRANSLATE_NOOP("PresenterConsole", "备注字号减小"),
    ),
)


def console_command(event: QKeyEvent) -> ConsoleCommand | None:
    """The console's command for this key press, or None when it belongs to the show."""
    # + is Shift+= on most keyboards, and the keypad's + and - carry a modifier of their own.
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = {
        QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key()))),
        QKeySequence(
            QKeyCombination(modifiers & ~Qt.KeyboardModifier.ShiftModifier, Qt.Key(event.key()))
        ),
    }
    for binding in CONSOLE_BINDINGS:
        if any(QKeySequence(key) in pressed for key in binding.keys):
            return binding.command
    return None
