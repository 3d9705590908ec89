"""What the show tells a screen reader: each slide as it comes (its number and title, as an
announcement and as the show window's name), and the data table of a chart slide (T)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

if TYPE_CHECKING:
    from briefing.show.show_window import ShowWindow


def slide_words(index: int, count: int, label: str) -> str:
    return QCoreApplication.translate("Show", "第{number}张，共{count}张：{title}").format(
        number=index + 1, count=count, title=label
    )


def announce(show: ShowWindow, text: str) -> None:
    """Say ``text`` now: the window's name changes to it (read by a screen reader that follows
    the focus) and an announcement carries it (one that reads announcements)."""
    show.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(show, QAccessible.Event.NameChanged))
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(show, text))


def announce_slide(show: ShowWindow, index: int) -> None:
    announce(show, slide_words(index, len(show.slides), show.slides[index].label))


def toggle_slide_table(show: ShowWindow) -> None:
    """T in the show: the chart slide's data table under its chart, or hidden again; the keys
    stay the show's. Nothing on any other slide."""
    view = show.views.get(show.index)
    toggle = getattr(view, "toggle_data_table", None)
    if toggle is None:
        return
    shown = bool(toggle())
    show.tools.refresh()  # the pointer's, pen's or zoom's picture of the slide shows the table
    show.setFocus()
    said = (
        QCoreApplication.translate("Show", "数据表已显示")
        if shown
        else QCoreApplication.translate("Show", "数据表已隐藏")
    )
    announce(show, said)
