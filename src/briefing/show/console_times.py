"""Time per slide (a rehearsal's measure): counted while the show runs, shown for the current
slide in the console, and listed slide by slide once the show is over."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.model.slides import Slide
from briefing.views.labels import plain_label

if TYPE_CHECKING:
    from briefing.show.controller import Presentation


def format_seconds(seconds: float) -> str:
    """mm:ss, h:mm:ss past the hour: 5 → 00:05, 3725 → 1:02:05."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


class SlideTimes:
    """Seconds spent on each slide, read from a clock that only goes forward; pauses (the
    console's 暂停) are not counted."""

    def __init__(self, count: int, now: Callable[[], float], start: int = 0) -> None:
        self._now = now
        self._seconds = [0.0] * count
        self._index = start
        self._since: float | None = now()

    def _settle(self) -> None:
        if self._since is not None:
            now = self._now()
            if 0 <= self._index < len(self._seconds):
                self._seconds[self._index] += now - self._since
            self._since = now

    def enter(self, index: int) -> None:
        """The show moved to slide ``index``: the time so far goes to the slide it left. Any
        other index (the end slide after the last) is no slide: its time is nobody's."""
        self._settle()
        self._index = index if 0 <= index < len(self._seconds) else -1

    def pause(self) -> None:
        self._settle()
        self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._now()

    def reset(self) -> None:
        """Every slide back to zero (the console's 重置: a rehearsal starts again)."""
        self._seconds = [0.0] * len(self._seconds)
        if self._since is not None:
            self._since = self._now()

    def current(self) -> int:
        return self._index

    def seconds(self, index: int) -> float:
        running = 0.0
        if index == self._index and self._since is not None:
            running = self._now() - self._since
        return self._seconds[index] + running

    def totals(self) -> list[float]:
        """Seconds per slide, up to now."""
        return [self.seconds(index) for index in range(len(self._seconds))]


class SlideTimesDialog(QDialog):
    """放映 > 上次放映的各张用时…: every slide, the time spent on it, and the whole."""

    def __init__(self, slides: list[Slide], seconds: list[float], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("slideTimes")
        self.setWindowTitle(QCoreApplication.translate("PresenterConsole", "上次放映的各张用时"))
        total = sum(seconds)
        layout = QVBoxLayout(self)
        self.summary = plain_label(
            QCoreApplication.translate("PresenterConsole", "共 {count} 张，用时 {total}").format(
                count=len(slides), total=format_seconds(total)
            ),
            parent=self,
        )
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(slides), 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PresenterConsole", "序号"),
                QCoreApplication.translate("PresenterConsole", "幻灯片"),
                QCoreApplication.translate("PresenterConsole", "用时"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (slide, spent) in enumerate(zip(slides, seconds, strict=True)):
            cells = (str(row + 1), slide.label, format_seconds(spent))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (number, slide, time)."""
        rows = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, column) for column in range(3)]
            rows.append(tuple(item.text() if item is not None else "" for item in items))
        return rows


@dataclass(frozen=True)
class LastShow:
    """The slides of the show that ended last and the seconds spent on each."""

    slides: list[Slide]
    seconds: list[float]

    @classmethod
    def of(cls, presentation: Presentation) -> LastShow:
        return cls(list(presentation.slides), presentation.slide_seconds())

    def dialog(self, parent: QWidget | None) -> SlideTimesDialog:
        return SlideTimesDialog(self.slides, self.seconds, parent)
