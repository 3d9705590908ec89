"""The presenter console: what the speaker sees on the laptop while the audience sees the show."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeyEvent,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from briefing.actions import ConsoleCommand, console_command
from briefing.model import Briefing
from briefing.model.slides import Slide, slide_notes
from briefing.settings import Settings
from briefing.show.console_countdown import PlannedChoice, time_shown
from briefing.show.console_find import ConsoleFind
from briefing.show.console_notes import NotesPanel, console_button
from briefing.show.console_times import SlideTimes, format_seconds
from briefing.show.slide_picture import Render, SlidePicture
from briefing.theme import Appearance, console_sheet
from briefing.views.labels import plain_label

# Enough pictures for stepping back and forth around the current slide at two sizes; a long
# show must not keep a full-screen pixmap of every slide it has passed.
CACHE_LIMIT = 12
# The type is designed at 1280×720 and grows with the screen, so a 1080p laptop reads as well
# from a step back as a 720p one; a smaller window shrinks it only this far.
DESIGN_SIZE = QSize(1280, 720)
MIN_SCALE, MAX_SCALE = 0.75, 1.75
NOTES_MIN_PX = 20  # the notes are read at a glance, mid-sentence: never smaller than this
NEXT_HEIGHT_SHARE = 0.22  # the next slide is a reminder, the notes need the room
MARGIN, GAP = 24, 24


# mm:ss for a talk, h:mm:ss once it passes an hour (one formatting for every time shown).
format_elapsed = format_seconds


def _restyle(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, re-polishing only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _pixel_font(appearance: Appearance, pixels: float, *, bold: bool = False) -> QFont:
    font = appearance.font(appearance.theme.base_pt, bold=bold)
    font.setPixelSize(max(1, round(pixels)))
    return font


class PresenterConsole(QWidget):
    """Current slide, next slide, speaker notes, elapsed time and clock, for the presenter.

    The console shows; the show decides. Keys pressed here are passed on through
    ``key_pressed`` so the show handles them the same in either window, and the buttons never
    take the focus, so Space and Enter keep moving the slides instead of pressing a button.
    """

    swap_requested = Signal()
    key_pressed = Signal(QKeyEvent)  # valid only during the (direct) emission, like any event

    def __init__(
        self,
        slides: list[Slide],
        briefing: Briefing,
        appearance: Appearance,
        render: Render,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.monotonic,
        clock: Callable[[], QTime] = QTime.currentTime,
        settings: Settings | None = None,
        times: SlideTimes | None = None,
    ) -> None:
        """``settings`` keeps the notes' size and the planned minutes (none: not kept);
        ``times`` counts the time per slide (the show's, else the console's own)."""
        super().__init__(parent)
        if not slides:
            raise ValueError("a presenter console needs at least one slide")
        self._slides = slides
        self._briefing = briefing
        # Dark whatever the show's theme: a bright console lights the speaker's face and
        # dazzles in a dim room, and every presentation tool does the same.
        self._appearance = appearance.with_theme("dark")
        self._render = render
        self._cache: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()
        self._now = now
        self._clock = clock
        self._index = 0
        self._scale = 0.0
        self._accumulated = 0.0  # seconds counted before the current run
        self._running_since: float | None = None
        self._settings = settings
        self._times = times or SlideTimes(len(slides), now)

        self.setObjectName("presenterConsole")
        self.setWindowTitle(QCoreApplication.translate("PresenterConsole", "演示者视图"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._style()
        self.slide_find = ConsoleFind(self, slides, briefing, self._appearance)  # Ctrl+F

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.tick)
        self.show_slide(0)
        self.tick()

    # Building ---------------------------------------------------------------------------------

    def _caption(self, text: str) -> QLabel:
        label = plain_label(text, wrap=False, parent=self)
        label.setObjectName("caption")
        return label

    def _build(self) -> None:
        theme = self._appearance.theme
        self._current = SlidePicture(self._picture, theme, self)
        self._next = SlidePicture(self._picture, theme, self)

        self._counter = plain_label("", wrap=False, parent=self)
        self._counter.setObjectName("counter")
        self._label = plain_label("", parent=self)
        self._label.setObjectName("label")
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self._counter, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self._label, 1, Qt.AlignmentFlag.AlignTop)
        self._planned = PlannedChoice(self._settings, self)
        self._planned.minutes_changed.connect(lambda _minutes: self.tick())
        top.addWidget(self._planned, 0, Qt.AlignmentFlag.AlignTop)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addLayout(top)
        left.addWidget(self._current, 1)
        left.addLayout(self._build_timer_row())

        root = QHBoxLayout(self)
        root.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        root.setSpacing(GAP)
        root.addLayout(left, 7)  # about 60 % of the width for the slide the audience sees
        root.addLayout(self._build_next_and_notes(), 5)

    def _time_box(self, caption: QLabel, name: str) -> tuple[QLabel, QVBoxLayout]:
        """A time under its caption: the label the time is written in, and the two stacked."""
        label = plain_label("", wrap=False, parent=self)
        label.setObjectName(name)
        box = QVBoxLayout()
        box.setSpacing(0)
        box.addWidget(caption)
        box.addWidget(label)
        return label, box

    def _build_timer_row(self) -> QHBoxLayout:
        self._elapsed_caption = self._caption(
            QCoreApplication.translate("PresenterConsole", "已用时间")
        )
        self._elapsed_caption.setObjectName("timeCaption")
        self._elapsed, elapsed_box = self._time_box(self._elapsed_caption, "elapsed")

        self._pause = console_button(
            self, QCoreApplication.translate("PresenterConsole", "暂停"), "pause"
        )
        self._pause.clicked.connect(self._toggle_pause)
        self._reset = console_button(
            self, QCoreApplication.translate("PresenterConsole", "重置"), "reset"
        )
        self._reset.clicked.connect(self.reset_timer)
        self._swap = console_button(
            self, QCoreApplication.translate("PresenterConsole", "交换屏幕"), "swap"
        )
        self._swap.clicked.connect(self.swap_requested)

        self._slide_time, slide_box = self._time_box(
            self._caption(QCoreApplication.translate("PresenterConsole", "本张用时")), "slideTime"
        )
        self._clock_label, clock_box = self._time_box(
            self._caption(QCoreApplication.translate("PresenterConsole", "当前时间")), "clock"
        )

        timer_row = QHBoxLayout()
        timer_row.setSpacing(12)
        timer_row.addLayout(elapsed_box)
        timer_row.addSpacing(16)
        timer_row.addWidget(self._pause, 0, Qt.AlignmentFlag.AlignBottom)
        timer_row.addWidget(self._reset, 0, Qt.AlignmentFlag.AlignBottom)
        timer_row.addSpacing(16)
        timer_row.addLayout(slide_box)
        timer_row.addStretch(1)
        timer_row.addLayout(clock_box)
        timer_row.addSpacing(20)
        timer_row.addWidget(self._swap, 0, Qt.AlignmentFlag.AlignBottom)
        return timer_row

    def _build_next_and_notes(self) -> QVBoxLayout:
        self._next_label = plain_label("", parent=self)
        self._next_label.setObjectName("nextLabel")
        self._notes = NotesPanel(self._appearance.theme.muted, self._settings, self)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self._caption(QCoreApplication.translate("PresenterConsole", "下一张")))
        right.addWidget(self._next)
        right.addWidget(self._next_label)
        right.addSpacing(8)
        right.addWidget(self._notes, 1)
        return right

    def _style(self) -> None:
        t = self._appearance.theme
        self.setPalette(self._appearance.palette())
        self.setAutoFillBackground(True)
        self.setStyleSheet(console_sheet(t))

    def _apply_scale(self, scale: float) -> None:
        """Sizes the type for this window: set as fonts, not in the style sheet, so a resize
        does not re-polish every widget."""
        a = self._appearance
        self._counter.setFont(_pixel_font(a, 24 * scale, bold=True))
        self._label.setFont(_pixel_font(a, 24 * scale))
        for caption in [*self.findChildren(QLabel, "caption"), self._elapsed_caption]:
            caption.setFont(_pixel_font(a, 16 * scale))
        self._next_label.setFont(_pixel_font(a, 18 * scale))
        self._elapsed.setFont(_pixel_font(a, 52 * scale, bold=True))
        # The widest text it will show, so the row does not shift at the hour or when pausing.
        self._elapsed.setMinimumWidth(self._elapsed.fontMetrics().horizontalAdvance("0:00:00"))
        self._clock_label.setFont(_pixel_font(a, 36 * scale, bold=True))
        self._slide_time.setFont(_pixel_font(a, 36 * scale, bold=True))
        for button in (self._pause, self._reset, self._swap):
            button.setFont(_pixel_font(a, 18 * scale))
        self._planned.setFont(_pixel_font(a, 16 * scale))
        # The notes follow the viewer's zoom too: it is how this user asked text to be; A+ and
        # A− then set them larger or smaller than that.
        self._notes.set_base(
            _pixel_font(a, NOTES_MIN_PX),
            max(NOTES_MIN_PX, 20 * scale * a.zoom),
            _pixel_font(a, 16 * scale),
            _pixel_font(a, 16 * scale, bold=True),
        )

    # Slides -----------------------------------------------------------------------------------

    def refresh_pictures(self) -> None:
        """Forget the pictures and ask again for those on screen (the slides' look changed)."""
        self._cache.clear()
        self._current.set_index(self._index)
        self._next.set_index(self._next_index())

    def _next_index(self) -> int | None:
        return self._index + 1 if self._index + 1 < len(self._slides) else None

    def _picture(self, index: int, size: QSize) -> QPixmap:
        key = (index, size.width(), size.height())
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = self._render(index, QSize(size))
            self._cache[key] = pixmap
            if len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return pixmap

    def show_slide(self, index: int) -> None:
        """Show slide ``index`` (0-based) as the current one, its successor and its notes."""
        if not 0 <= index < len(self._slides):
            raise IndexError(f"slide {index} of {len(self._slides)}")
        self._index = index
        slide = self._slides[index]
        total = len(self._slides)
        self._counter.setText(
            QCoreApplication.translate("PresenterConsole", "第 {n} / {total} 张").format(
                n=index + 1, total=total
            )
        )
        self._label.setText(slide.label)
        self._current.set_index(index)
        following = self._next_index()
        # At the end the empty frame goes and the notes take its room; the label says why.
        self._next.setHidden(following is None)
        self._next.set_index(following)
        self._next_label.setText(
            QCoreApplication.translate("PresenterConsole", "（最后一张）")
            if following is None
            else self._slides[following].label
        )
        self._notes.set_notes(slide_notes(self._briefing, slide))
        self._times.enter(index)
        self._show_slide_time()

    # Timer ------------------------------------------------------------------------------------

    def elapsed_seconds(self) -> int:
        """Whole seconds the show has run, pauses not counted."""
        running = 0.0 if self._running_since is None else self._now() - self._running_since
        return int(self._accumulated + running)

    def is_paused(self) -> bool:
        return self._running_since is None

    def start_timer(self, since: float | None = None) -> None:
        """Count from ``since`` (the clock's reading when the show started), else from now."""
        self._accumulated = 0.0
        self._running_since = self._now() if since is None else since
        self.tick()

    def set_swap_enabled(self, enabled: bool) -> None:
        self._swap.setEnabled(enabled)
        self._swap.setToolTip(
            "" if enabled else QCoreApplication.translate("PresenterConsole", "只有一个屏幕")
        )

    def pause_timer(self) -> None:
        if self._running_since is not None:
            self._accumulated += self._now() - self._running_since
            self._running_since = None
        self._times.pause()
        self.tick()

    def resume_timer(self) -> None:
        if self._running_since is None:
            self._running_since = self._now()
        self._times.resume()
        self.tick()

    def reset_timer(self) -> None:
        """Back to zero, still running if it was (a rehearsal restarts without a second click)."""
        self._accumulated = 0.0
        if self._running_since is not None:
            self._running_since = self._now()
        self._times.reset()
        self.tick()

    def _toggle_pause(self) -> None:
        if self.is_paused():
            self.resume_timer()
        else:
            self.pause_timer()

    def tick(self) -> None:
        """Brings the elapsed time and the clock up to date; the timer calls it every second."""
        seconds = self.elapsed_seconds()
        paused = self.is_paused()
        shown = time_shown(seconds, self._planned.minutes(), paused)
        self._elapsed.setText(shown.text)
        _restyle(self._elapsed, "paused", paused)
        _restyle(self._elapsed, "countdown", shown.state)
        _restyle(self._elapsed_caption, "countdown", shown.state)
        # Said in words as well as by the dimmed or coloured time: colour alone is easy to miss.
        self._elapsed_caption.setText(shown.caption)
        self._show_slide_time()
        if not paused:
            self._pause.setText(QCoreApplication.translate("PresenterConsole", "暂停"))
        else:
            self._pause.setText(
                QCoreApplication.translate("PresenterConsole", "继续")
                if seconds
                else QCoreApplication.translate("PresenterConsole", "开始")
            )
        self._clock_label.setText(self._clock().toString("HH:mm"))

    def _show_slide_time(self) -> None:
        self._slide_time.setText(format_seconds(self._times.seconds(self._index)))

    def planned_choice(self) -> PlannedChoice:
        return self._planned

    def times(self) -> SlideTimes:
        return self._times

    # Events -----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        scale = min(size.width() / DESIGN_SIZE.width(), size.height() / DESIGN_SIZE.height())
        scale = round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)
        if scale != self._scale:
            self._scale = scale
            self._apply_scale(scale)
        self._next.setFixedHeight(round(size.height() * NEXT_HEIGHT_SHARE))
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The window, not a child, holds the focus, so every key reaches keyPressEvent.
        self.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.tick()
        self._ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Time is read from the clock, not counted in ticks: a hidden console loses nothing by
        # not ticking, and a closed one left alive does not wake the app every second.
        self._ticker.stop()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The console's own keys (the notes' size); every other key belongs to the show,
        # whichever of its windows has the focus.
        command = console_command(event)
        if command is not None:
            self._notes.step(1 if command == ConsoleCommand.NOTES_LARGER else -1)
        else:
            self.key_pressed.emit(event)
        event.accept()

    # Test hooks -------------------------------------------------------------------------------

    def current_index(self) -> int:
        return self._index

    def counter_text(self) -> str:
        return self._counter.text()

    def label_text(self) -> str:
        return self._label.text()

    def next_label_text(self) -> str:
        return self._next_label.text()

    def notes_text(self) -> str:
        return self._notes.text.toPlainText()

    def notes_panel(self) -> NotesPanel:
        return self._notes

    def elapsed_state(self) -> str:
        """The countdown's state: off, normal, short (amber) or over (red)."""
        return str(self._elapsed.property("countdown"))

    def elapsed_caption_text(self) -> str:
        return self._elapsed_caption.text()

    def slide_time_text(self) -> str:
        return self._slide_time.text()

    def elapsed_text(self) -> str:
        return self._elapsed.text()

    def clock_text(self) -> str:
        return self._clock_label.text()

    def swap_enabled(self) -> bool:
        return self._swap.isEnabled()
