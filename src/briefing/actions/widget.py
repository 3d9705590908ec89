"""The commands of one focused widget (a card): on its context menu, its keys working while it
has the focus."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from briefing.i18n import QT_TRANSLATE_NOOP

Key = str | QKeySequence.StandardKey


def _translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class CardCommand(StrEnum):
    COPY_FIGURE = "copy-figure"


class ChartCommand(StrEnum):
    DATA_TABLE = "data-table"


WidgetCommand = CardCommand | ChartCommand


@dataclass(frozen=True)
class WidgetActionSpec:
    """An action of one widget: on its context menu, its keys working while it has the focus."""

    id: WidgetCommand
    text: str  # source text, marked for translation in context "Actions"
    keys: tuple[Key, ...] = ()


CARD_ACTIONS: tuple[WidgetActionSpec, ...] = (
    WidgetActionSpec(
        CardCommand.COPY_FIGURE,
        QT_TRANSLATE_NOOP("Actions", "复制数字及出处"),
        (QKeySequence.StandardKey.Copy,),
    ),
)

# A chart's: its data as a table under it (T, as in the show), on and off.
CHART_ACTIONS: tuple[WidgetActionSpec, ...] = (
    WidgetActionSpec(ChartCommand.DATA_TABLE, QT_TRANSLATE_NOOP("Actions", "数据表"), ("T",)),
)


def build_widget_actions(
    widget: QWidget,
    specs: tuple[WidgetActionSpec, ...],
    handlers: Mapping[WidgetCommand, Callable[[], object]],
) -> list[QAction]:
    """The widget's actions, added to it with shortcuts that work only while it has the focus
    or one of its children does (a chart's data table; a window-wide Ctrl+C would take the key
    from every text field)."""
    built = []
    for spec in specs:
        action = QAction(_translate(spec.text), widget)
        action.setObjectName(spec.id.value)
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(handlers[spec.id])
        widget.addAction(action)
        built.append(action)
    return built


class PictureCommand(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    ZOOM_FIT = "zoom-fit"


# The picture viewer's keys (a picture opened large from the page): the section's other
# pictures as in a photo viewer, zoom as in a browser (Ctrl and the wheel zoom too).
_K = Qt.Key
PICTURE_KEYS: dict[Qt.Key, PictureCommand] = {
    _K.Key_Right: PictureCommand.NEXT,
    _K.Key_Down: PictureCommand.NEXT,
    _K.Key_PageDown: PictureCommand.NEXT,
    _K.Key_Left: PictureCommand.PREVIOUS,
    _K.Key_Up: PictureCommand.PREVIOUS,
    _K.Key_PageUp: PictureCommand.PREVIOUS,
    _K.Key_Plus: PictureCommand.ZOOM_IN,
    _K.Key_Equal: PictureCommand.ZOOM_IN,
    _K.Key_Minus: PictureCommand.ZOOM_OUT,
    _K.Key_0: PictureCommand.ZOOM_FIT,
}

# What each of the picture viewer's commands does, for the Help > Keyboard shortcuts list.
PICTURE_TEXTS: dict[PictureCommand, str] = {
    PictureCommand.NEXT: QT_TRANSLATE_NOOP("Actions", "图片查看器：下一张图片"),
    PictureCommand.PREVIOUS: QT_TRANSLATE_NOOP("Actions", "图片查看器：上一张图片"),
    PictureCommand.ZOOM_IN: QT_TRANSLATE_NOOP("Actions", "图片查看器：放大"),
    PictureCommand.ZOOM_OUT: QT_TRANSLATE_NOOP("Actions", "图片查看器：缩小"),
    PictureCommand.ZOOM_FIT: QT_TRANSLATE_NOOP("Actions", "图片查看器：适合窗口"),
}


def picture_key_rows() -> list[tuple[str, str]]:
    """(what, keys) of the picture viewer, one line a command, its keys in table order."""
    rows = []
    for command, text in PICTURE_TEXTS.items():
        keys = [
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            for key, bound in PICTURE_KEYS.items()
            if bound is command
        ]
        rows.append((_translate(text), " / ".join(keys)))
    return rows
