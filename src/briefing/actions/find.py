"""The keys of a find field: the find bar over the briefing and the presenter console's find,
declared as data (the window's Ctrl+F, F3 and Shift+F3 are window actions, in window.py)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from briefing.actions.widget import Key
from briefing.i18n import QT_TRANSLATE_NOOP


class FindCommand(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    PICK = "pick"  # the console: jump the show to the chosen result's slide
    CLOSE = "close"


@dataclass(frozen=True)
class FindKey:
    command: FindCommand
    keys: tuple[Key, ...]
    text: str  # in context "Actions"


# While the find bar's field has the focus (F3 and Shift+F3 work anywhere in the window).
FIND_BAR_KEYS: tuple[FindKey, ...] = (
    FindKey(FindCommand.NEXT, ("Return", "Enter"), QT_TRANSLATE_NOOP("Actions", "查找栏：下一个")),
    FindKey(
        FindCommand.PREVIOUS,
        ("Shift+Return", "Shift+Enter"),
        QT_TRANSLATE_NOOP("Actions", "查找栏：上一个"),
    ),
    FindKey(FindCommand.CLOSE, ("Esc",), QT_TRANSLATE_NOOP("Actions", "查找栏：关闭")),
)

# The presenter console: Ctrl+F opens a field and its list of results.
CONSOLE_FIND_OPEN = QKeySequence.StandardKey.Find
CONSOLE_FIND_KEYS: tuple[FindKey, ...] = (
    FindKey(FindCommand.NEXT, ("Down",), QT_TRANSLATE_NOOP("Actions", "演示者视图查找：下一个")),
    FindKey(FindCommand.PREVIOUS, ("Up",), QT_TRANSLATE_NOOP("Actions", "演示者视图查找：上一个")),
    FindKey(
        FindCommand.PICK,
        ("Return", "Enter"),
        QT_TRANSLATE_NOOP("Actions", "演示者视图查找：放映跳到所在幻灯片"),
    ),
    FindKey(FindCommand.CLOSE, ("Esc",), QT_TRANSLATE_NOOP("Actions", "演示者视图查找：关闭")),
)


@cache  # asked at every key press in a find field; the bindings never change
def _combinations(key: Key) -> list[QKeyCombination]:
    if isinstance(key, QKeySequence.StandardKey):
        return [sequence[0] for sequence in QKeySequence.keyBindings(key)]  # type: ignore[index]
    return [QKeySequence(key)[0]]  # type: ignore[index]


def find_command(table: tuple[FindKey, ...], event: QKeyEvent) -> FindCommand | None:
    """The command of ``table`` a key press asks for (the keypad's Enter is Enter)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    pressed = QKeyCombination(modifiers, Qt.Key(event.key()))
    for binding in table:
        for key in binding.keys:
            if pressed in _combinations(key):
                return binding.command
    return None


def find_key_rows() -> list[tuple[str, str]]:
    """(what, keys) of the find fields, for the Help > Keyboard shortcuts list."""
    rows = []
    console_open = (
        QCoreApplication.translate("Actions", "演示者视图：查找并跳到所在幻灯片"),
        QKeySequence(CONSOLE_FIND_OPEN).toString(QKeySequence.SequenceFormat.NativeText),
    )
    for binding in (*FIND_BAR_KEYS, *CONSOLE_FIND_KEYS):
        keys = dict.fromkeys(
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key in binding.keys
        )
        rows.append((QCoreApplication.translate("Actions", binding.text), " / ".join(keys)))
        if binding is FIND_BAR_KEYS[-1]:
            rows.append(console_open)
    return rows
