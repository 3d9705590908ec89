"""The show's commands: every key and mouse gesture of the show and of its grid of slides,
declared as data; the show's key handling and its key list (F1) both read these tables."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

from briefing.i18n import QT_TRANSLATE_NOOP


class ShowCommand(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    ENTER = "enter"  # next, or the slide whose number was typed
    FIRST = "first"
    LAST = "last"
    RESTART = "restart"
    BLACK = "black"
    WHITE = "white"
    GRID = "grid"
    HUD = "hud"
    CONSOLE = "console"
    HELP = "help"
    ESCAPE = "escape"
    DATA_TABLE = "data-table"


K = Qt.Key


@dataclass(frozen=True)
class ShowBinding:
    """One line of the show's keys: the command, its keys and mouse gestures, and what it does
    (in context "Show")."""

    command: ShowCommand
    keys: tuple[Qt.Key, ...]
    text: str
    mouse: tuple[str, ...] = ()  # gestures as shown in the key list, in context "Show"


# The keys of PowerPoint, WPS, Keynote, Impress and reveal.js (see CONVENTIONS.md); clickers send
# PageUp/PageDown, some also B, F5 or Esc.
SHOW_BINDINGS: tuple[ShowBinding, ...] = (
    ShowBinding(
        ShowCommand.NEXT,
        (K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_N),
        QT_TRANSLATE_NOOP("Show", "下一张"),
        (QT_TRANSLATE_NOOP("Show", "单击"), QT_TRANSLATE_NOOP("Show", "滚轮向下")),
    ),
    ShowBinding(
        ShowCommand.PREVIOUS,
        (K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P),
        QT_TRANSLATE_NOOP("Show", "上一张"),
        (QT_TRANSLATE_NOOP("Show", "右键单击"), QT_TRANSLATE_NOOP("Show", "滚轮向上")),
    ),
    ShowBinding(
        ShowCommand.ENTER,
        (K.Key_Return, K.Key_Enter),
        QT_TRANSLATE_NOOP("Show", "下一张；先输入编号再按它，跳到该张"),
    ),
    ShowBinding(ShowCommand.FIRST, (K.Key_Home,), QT_TRANSLATE_NOOP("Show", "第一张")),
    ShowBinding(ShowCommand.LAST, (K.Key_End,), QT_TRANSLATE_NOOP("Show", "最后一张")),
    ShowBinding(ShowCommand.RESTART, (K.Key_F5,), QT_TRANSLATE_NOOP("Show", "从第一张重新放映")),
    ShowBinding(
        ShowCommand.BLACK,
        (K.Key_B, K.Key_Period),
        QT_TRANSLATE_NOOP("Show", "黑屏（任意键返回）"),
    ),
    ShowBinding(
        ShowCommand.WHITE,
        (K.Key_W, K.Key_Comma),
        QT_TRANSLATE_NOOP("Show", "白屏（任意键返回）"),
    ),
    ShowBinding(
        ShowCommand.GRID,
        (K.Key_G, K.Key_O),
        QT_TRANSLATE_NOOP("Show", "全部幻灯片：方向键和回车或单击，选一张"),
    ),
    ShowBinding(
        ShowCommand.DATA_TABLE, (K.Key_T,), QT_TRANSLATE_NOOP("Show", "图表页：显示 / 隐藏数据表")
    ),
    ShowBinding(ShowCommand.HUD, (K.Key_H,), QT_TRANSLATE_NOOP("Show", "显示 / 隐藏页码和进度条")),
    ShowBinding(
        ShowCommand.CONSOLE, (K.Key_S,), QT_TRANSLATE_NOOP("Show", "演示者视图：打开 / 关闭")
    ),
    ShowBinding(
        ShowCommand.HELP, (K.Key_F1, K.Key_Question), QT_TRANSLATE_NOOP("Show", "本按键列表")
    ),
    ShowBinding(
        ShowCommand.ESCAPE,
        (K.Key_Escape,),
        QT_TRANSLATE_NOOP("Show", "关闭黑屏、网格或列表；再按结束放映"),
    ),
)
SHOW_KEYS: dict[Qt.Key, ShowCommand] = {
    key: binding.command for binding in SHOW_BINDINGS for key in binding.keys
}


class GridCommand(StrEnum):
    RIGHT = "right"
    LEFT = "left"
    DOWN = "down"
    UP = "up"
    PICK = "pick"
    CLOSE = "close"


# The grid of all slides (G in the show) is a context of its own: the arrows move the choice.
GRID_KEYS: dict[Qt.Key, GridCommand] = {
    K.Key_Right: GridCommand.RIGHT,
    K.Key_Left: GridCommand.LEFT,
    K.Key_Down: GridCommand.DOWN,
    K.Key_Up: GridCommand.UP,
    K.Key_Return: GridCommand.PICK,
    K.Key_Enter: GridCommand.PICK,
    K.Key_Space: GridCommand.PICK,
    K.Key_Escape: GridCommand.CLOSE,
    K.Key_G: GridCommand.CLOSE,
    K.Key_O: GridCommand.CLOSE,
}

# Arrows are clearer as arrows than as words.
_ARROWS = {K.Key_Right: "→", K.Key_Left: "←", K.Key_Up: "↑", K.Key_Down: "↓"}


def show_key_text(key: Qt.Key) -> str:
    return _ARROWS.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def show_key_rows() -> list[tuple[str, str]]:
    """(what it does, keys and gestures) for every line of the show's keys, translated, like
    ``shortcut_rows``: the show's key list and the Help > Keyboard shortcuts list show these."""
    rows = []
    for binding in SHOW_BINDINGS:
        # Return and Enter are both 回车 in Chinese: each name once.
        keys = list(dict.fromkeys(show_key_text(key) for key in binding.keys))
        gestures = [QCoreApplication.translate("Show", gesture) for gesture in binding.mouse]
        separator = QCoreApplication.translate("Show", "，")
        shown = " ".join(keys) + (separator + separator.join(gestures) if gestures else "")
        rows.append((QCoreApplication.translate("Show", binding.text), shown))
    return rows
