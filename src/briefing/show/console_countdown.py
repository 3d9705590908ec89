"""The console's countdown: the minutes a talk is planned to take, chosen in the console and
remembered; the big time then counts down, amber as the time runs short, red once it is used up."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from briefing.settings import PLANNED_MINUTES, Settings
from briefing.show.console_times import format_seconds

MINUTE_CHOICES = (5, 10, 15, 20, 30, 45, 60, 90, 120)
MAX_MINUTES = 600
# Amber for the last tenth of the talk, never less than a minute nor more than five.
SHORT_SHARE, SHORT_MIN, SHORT_MAX = 0.1, 60, 300

CountdownState = Literal["off", "normal", "short", "over"]


def countdown_state(elapsed: int, planned_minutes: int) -> CountdownState:
    if planned_minutes <= 0:
        return "off"
    planned = planned_minutes * 60
    remaining = planned - elapsed
    if remaining <= 0:
        return "over"
    if remaining <= min(SHORT_MAX, max(SHORT_MIN, planned * SHORT_SHARE)):
        return "short"
    return "normal"


@dataclass(frozen=True)
class TimeShown:
    text: str  # the big time
    caption: str  # what it is, in words (colour alone is easy to miss)
    state: CountdownState


def time_shown(elapsed: int, planned_minutes: int, paused: bool) -> TimeShown:
    """The big time of the console: elapsed, or with a plan the time left, then the overrun."""
    state = countdown_state(elapsed, planned_minutes)
    if state == "off":
        caption = (
            QCoreApplication.translate("PresenterConsole", "已用时间（已暂停）")
            if paused
            else QCoreApplication.translate("PresenterConsole", "已用时间")
        )
        return TimeShown(format_seconds(elapsed), caption, state)
    remaining = planned_minutes * 60 - elapsed
    if state == "over":
        caption = QCoreApplication.translate("PresenterConsole", "已超时")
        text = "+" + format_seconds(-remaining)
    else:
        caption = QCoreApplication.translate("PresenterConsole", "剩余时间")
        text = format_seconds(remaining)
    if paused:
        caption = QCoreApplication.translate("PresenterConsole", "{what}（已暂停）").format(
            what=caption
        )
    return TimeShown(text, caption, state)


class PlannedChoice(QComboBox):
    """计划用时: no countdown, or a number of minutes; the choice is remembered."""

    minutes_changed = Signal(int)

    def __init__(self, settings: Settings | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("planned")
        # Picked with the mouse: with the focus it would take the arrows and Space of the show.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(QCoreApplication.translate("PresenterConsole", "计划用时：倒计时"))
        self._settings = settings
        stored = settings.get(PLANNED_MINUTES) if settings is not None else 0
        stored = stored if 0 <= stored <= MAX_MINUTES else 0
        choices = sorted({*MINUTE_CHOICES, stored} - {0})
        self.addItem(QCoreApplication.translate("PresenterConsole", "不倒计时"), 0)
        for minutes in choices:
            self.addItem(
                QCoreApplication.translate("PresenterConsole", "计划 {minutes} 分钟").format(
                    minutes=minutes
                ),
                minutes,
            )
        self.setCurrentIndex(self.findData(stored))
        self.currentIndexChanged.connect(self._changed)

    def minutes(self) -> int:
        value = self.currentData()
        return value if isinstance(value, int) else 0

    def set_minutes(self, minutes: int) -> None:
        index = self.findData(minutes)
        if index >= 0:
            self.setCurrentIndex(index)

    def _changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.set(PLANNED_MINUTES, self.minutes())
        self.minutes_changed.emit(self.minutes())
