"""The show's commands: every key and mouse gesture of the show and of its grid of slides,
declared as data; the show's key handling and its key list (F1) both read these tables."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from briefing.i18n import QT_TRANSLATE_NOOP


class ShowCommand(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    ENTER = "enter"  # next, or the slide whose number was typed
    FIRST = "first"
    LAST = "last"
    STOP = "stop"  # F5: a clicker's play / stop button
    BLACK = "black"
    WHITE = "white"
    GRID = "grid"
    HUD = "hud"
    CONSOLE = "console"
    HELP = "help"
    ESCAPE = "escape"
    POINTER = "pointer"
    PEN = "pen"
    ARROW = "arrow"
    ERASE = "erase"
    ZOOM_IN = "zoom_in"
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
    ctrl_keys: tuple[Qt.Key, ...] = ()  # the same command with Ctrl held (PowerPoint's Ctrl+P)


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
    ShowBinding(
        ShowCommand.STOP, (K.Key_F5,), QT_TRANSLATE_NOOP("Show", "结束放映（翻页笔的放映键）")
    ),
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
    ShowBinding(
        ShowCommand.POINTER,
        (K.Key_L,),
        QT_TRANSLATE_NOOP("Show", "激光笔：打开 / 关闭"),
        ctrl_keys=(K.Key_L,),
    ),
    ShowBinding(
        ShowCommand.PEN,
        (),
        QT_TRANSLATE_NOOP("Show", "画笔：按住左键在幻灯片上书写"),
        ctrl_keys=(K.Key_P,),
    ),
    ShowBinding(
        ShowCommand.ARROW,
        (),
        QT_TRANSLATE_NOOP("Show", "箭头：收起画笔和激光笔"),
        ctrl_keys=(K.Key_A,),
    ),
    ShowBinding(ShowCommand.ERASE, (K.Key_E,), QT_TRANSLATE_NOOP("Show", "擦除本张的全部墨迹")),
    ShowBinding(
        ShowCommand.ZOOM_IN,
        (K.Key_Z, K.Key_Plus, K.Key_Equal),
        QT_TRANSLATE_NOOP("Show", "放大鼠标所指之处：2 倍，再按 3 倍"),
    ),
)
SHOW_KEYS: dict[Qt.Key, ShowCommand] = {
    key: binding.command for binding in SHOW_BINDINGS for key in binding.keys
}
SHOW_CTRL_KEYS: dict[Qt.Key, ShowCommand] = {
    key: binding.command for binding in SHOW_BINDINGS for key in binding.ctrl_keys
}


class ZoomCommand(StrEnum):
    PAN_RIGHT = "pan_right"
    PAN_LEFT = "pan_left"
    PAN_DOWN = "pan_down"
    PAN_UP = "pan_up"
    OUT = "out"  # one step back: 3× to 2× to 1×
    RESET = "reset"


# While a slide is zoomed the arrows pan it rather than change slides, Esc or 0 gives the whole
# slide back and - steps back one zoom (a context of its own, like the grid's).
ZOOM_KEYS: dict[Qt.Key, ZoomCommand] = {
    K.Key_Right: ZoomCommand.PAN_RIGHT,
    K.Key_Left: ZoomCommand.PAN_LEFT,
    K.Key_Down: ZoomCommand.PAN_DOWN,
    K.Key_Up: ZoomCommand.PAN_UP,
    K.Key_Escape: ZoomCommand.RESET,
    K.Key_0: ZoomCommand.RESET,
    K.Key_Minus: ZoomCommand.OUT,
}
ZOOM_TEXT = QT_TRANSLATE_NOOP("Show", "放大时：方向键移动，Esc 或 0 复原，- 缩小")


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


def show_key_text(key: Qt.Key, ctrl: bool = False) -> str:
    if ctrl:
        sequence = QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key))
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return _ARROWS.get(key) or QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def show_key_rows() -> list[tuple[str, str]]:
    """(what it does, keys and gestures) for every line of the show's keys, translated, like
    ``shortcut_rows``: the show's key list and the Help > Keyboard shortcuts list show these."""
    rows = []
    for binding in SHOW_BINDINGS:
        # Return and Enter are both 回车 in Chinese: each name once.
        names = [show_key_text(key) for key in binding.keys]
        names += [show_key_text(key, ctrl=True) for key in binding.ctrl_keys]
        keys = list(dict.fromkeys(names))
        gestures = [QCoreApplication.translate("Show", gesture) for gesture in binding.mouse]
        separator = QCoreApplication.translate("Show", "，")
        shown = " ".join(keys) + (separator + separator.join(gestures) if gestures else "")
        rows.append((QCoreApplication.translate("Show", binding.text), shown))
    zoom_keys = " ".join(dict.fromkeys(show_key_text(key) for key in ZOOM_KEYS))
    rows.append((QCoreApplication.translate("Show", ZOOM_TEXT), zoom_keys))
    return rows
