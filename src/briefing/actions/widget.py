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


@dataclass(frozen=True)
class WidgetActionSpec:
    """An action of one widget: on its context menu, its keys working while it has the focus."""

    id: CardCommand
    text: str  # source text, marked for translation in context "Actions"
    keys: tuple[Key, ...] = ()


CARD_ACTIONS: tuple[WidgetActionSpec, ...] = (
    WidgetActionSpec(
        CardCommand.COPY_FIGURE,
        QT_TRANSLATE_NOOP("Actions", "复制数字及出处"),
        (QKeySequence.StandardKey.Copy,),
    ),
)


def build_widget_actions(
    widget: QWidget,
    specs: tuple[WidgetActionSpec, ...],
    handlers: Mapping[CardCommand, Callable[[], object]],
) -> list[QAction]:
    """The widget's actions, added to it with shortcuts that work only while it has the focus
    (a window-wide Ctrl+C would take the key from every text field)."""
    built = []
    for spec in specs:
        action = QAction(_translate(spec.text), widget)
        action.setObjectName(spec.id.value)
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(handlers[spec.id])
        widget.addAction(action)
        built.append(action)
    return built
