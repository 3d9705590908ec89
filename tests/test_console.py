"""The presenter console: what the speaker reads, how time is kept, and that keys go to the show."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QTime
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import Briefing, load_dataset
from briefing.model.slides import Slide, build_slides
from briefing.resources import bundled_dataset
from briefing.show.console import PresenterConsole, format_elapsed
from briefing.theme import Appearance


class FakeTime:
    """Monotonic seconds and a wall clock that move only when the test says so."""

    def __init__(self) -> None:
        self.seconds = 1000.0
        self.wall = QTime(9, 30)

    def now(self) -> float:
        return self.seconds

    def clock(self) -> QTime:
        return self.wall


class FakeRender:
    """A solid colour per slide, and a record of every picture asked for."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, QSize]] = []

    @staticmethod
    def colour(index: int) -> QColor:
        return QColor.fromHsv(index * 37 % 360, 200, 220)

    def __call__(self, index: int, size: QSize) -> QPixmap:
        self.calls.append((index, QSize(size)))
        pixmap = QPixmap(size)
        pixmap.fill(self.colour(index))
        return pixmap

    def indices(self) -> set[int]:
        return {index for index, _ in self.calls}


MakeConsole = Callable[..., PresenterConsole]


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_dataset(bundled_dataset()).briefing


@pytest.fixture(scope="module")
def slides(briefing: Briefing) -> list[Slide]:
    return build_slides(briefing)


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime()


@pytest.fixture
def render() -> FakeRender:
    return FakeRender()


@pytest.fixture
def make_console(
    qtbot: QtBot, slides: list[Slide], briefing: Briefing, clock: FakeTime, render: FakeRender
) -> MakeConsole:
    def make(
        show: bool = True,
        slide_list: list[Slide] | None = None,
        source: Briefing | None = None,
    ) -> PresenterConsole:
        console = PresenterConsole(
            slide_list or slides,
            source or briefing,
            Appearance(),
            render,
            now=clock.now,
            clock=clock.clock,
        )
        qtbot.addWidget(console)
        console.resize(1280, 720)
        if show:
            console.show()
            qtbot.waitExposed(console)
        return console

    return make


def first_of_section(slides: list[Slide], section: int) -> int:
    return next(i for i, s in enumerate(slides) if s.section == section and s.kind != "section")


# What is shown ---------------------------------------------------------------------------------


def test_counter_and_labels_follow_the_slide(
    make_console: MakeConsole, slides: list[Slide]
) -> None:
    console = make_console()
    total = len(slides)

    assert console.current_index() == 0
    assert console.counter_text() == f"第 1 / {total} 张"
    assert console.label_text() == slides[0].label
    assert console.next_label_text() == slides[1].label

    middle = total // 2
    console.show_slide(middle)
    assert console.current_index() == middle
    assert console.counter_text() == f"第 {middle + 1} / {total} 张"
    assert console.label_text() == slides[middle].label
    assert console.next_label_text() == slides[middle + 1].label

    console.show_slide(total - 1)
    assert console.counter_text() == f"第 {total} / {total} 张"
    assert console.label_text() == slides[-1].label
    assert console.next_label_text() == "（最后一张）"


def test_notes_are_the_sections_notes(
    make_console: MakeConsole, slides: list[Slide], briefing: Briefing
) -> None:
    console = make_console()
    for section in range(len(briefing.sections)):
        console.show_slide(first_of_section(slides, section))
        assert console.notes_text() == "\n".join(briefing.sections[section].notes)


def test_slides_without_a_section_show_the_lead_or_say_there_are_no_notes(
    make_console: MakeConsole, slides: list[Slide], briefing: Briefing
) -> None:
    console = make_console()
    assert console.notes_text() == "\n".join(briefing.lead.paragraphs)  # the title slide
    console.show_slide(len(slides) - 1)
    assert console.notes_text() == "（本页无备注）"


def test_dataset_text_is_shown_literally(make_console: MakeConsole, briefing: Briefing) -> None:
    marked = ["<b>x</b>", "<img src='a.png'>"]
    section = briefing.sections[0].model_copy(update={"notes": marked})
    source = briefing.model_copy(update={"sections": [section, *briefing.sections[1:]]})
    slides = [Slide("section", "<i>标题</i>", 0), Slide("closing", "<b>结束</b>")]
    console = make_console(slide_list=slides, source=source)

    assert console.notes_text() == "<b>x</b>\n<img src='a.png'>"
    assert console.label_text() == "<i>标题</i>"
    assert console.next_label_text() == "<b>结束</b>"


def test_the_current_and_next_slides_are_drawn(
    make_console: MakeConsole, render: FakeRender, qtbot: QtBot
) -> None:
    console = make_console()
    console.show_slide(6)
    qtbot.waitUntil(lambda: 6 in render.indices() and 7 in render.indices())
    picture = console.grab().toImage()
    # At 1280×720 the current slide fills the upper left, the next one the upper right.
    assert picture.pixelColor(QPoint(300, 250)).name() == FakeRender.colour(6).name()
    assert picture.pixelColor(QPoint(850, 130)).name() == FakeRender.colour(7).name()


# Pictures are asked for lazily -----------------------------------------------------------------


def test_render_is_asked_only_for_the_current_and_next_slides(
    make_console: MakeConsole, render: FakeRender, qtbot: QtBot
) -> None:
    console = make_console(show=False)
    console.show_slide(10)
    assert render.calls == []  # nothing is on screen yet

    console.show()
    qtbot.waitExposed(console)
    assert render.indices() == {10, 11}

    console.show_slide(11)
    assert render.indices() == {10, 11, 12}
    asked = len(render.calls)
    console.show_slide(10)  # back again: the pictures are cached
    assert len(render.calls) == asked


def test_at_the_last_slide_nothing_is_asked_for_beyond_it(
    make_console: MakeConsole, render: FakeRender, slides: list[Slide]
) -> None:
    console = make_console(show=False)
    console.show_slide(len(slides) - 1)
    console.show()
    assert render.indices() == {len(slides) - 1}


def test_refresh_asks_again(make_console: MakeConsole, render: FakeRender) -> None:
    console = make_console()
    asked = len(render.calls)
    console.refresh_pictures()
    assert len(render.calls) == asked + 2
    assert render.calls[-2][0] == 0
    assert render.calls[-1][0] == 1


# Time ------------------------------------------------------------------------------------------


def test_elapsed_time_formats() -> None:
    assert format_elapsed(0) == "00:00"
    assert format_elapsed(5) == "00:05"
    assert format_elapsed(59 * 60 + 59) == "59:59"
    assert format_elapsed(3600) == "1:00:00"
    assert format_elapsed(3725) == "1:02:05"


def test_elapsed_time_is_shown(make_console: MakeConsole, clock: FakeTime) -> None:
    console = make_console()
    assert console.elapsed_text() == "00:00"
    console.start_timer()
    clock.seconds += 5
    console.tick()
    assert console.elapsed_seconds() == 5
    assert console.elapsed_text() == "00:05"
    clock.seconds += 3720
    console.tick()
    assert console.elapsed_text() == "1:02:05"


def test_paused_time_does_not_count(make_console: MakeConsole, clock: FakeTime) -> None:
    console = make_console()
    console.start_timer()
    clock.seconds += 10
    console.pause_timer()
    assert console.is_paused()
    clock.seconds += 50
    console.tick()
    assert console.elapsed_text() == "00:10"

    console.resume_timer()
    assert not console.is_paused()
    clock.seconds += 5
    console.tick()
    assert console.elapsed_text() == "00:15"


def test_reset_zeroes_and_keeps_running_or_paused(
    make_console: MakeConsole, clock: FakeTime
) -> None:
    console = make_console()
    console.start_timer()
    clock.seconds += 30
    console.reset_timer()
    assert console.elapsed_text() == "00:00"
    clock.seconds += 4
    console.tick()
    assert console.elapsed_text() == "00:04"  # still running

    console.pause_timer()
    console.reset_timer()
    clock.seconds += 4
    console.tick()
    assert console.is_paused()
    assert console.elapsed_seconds() == 0


def test_the_buttons_pause_resume_and_reset(
    make_console: MakeConsole, clock: FakeTime, qtbot: QtBot
) -> None:
    console = make_console()
    pause = console.findChild(QPushButton, "pause")
    reset = console.findChild(QPushButton, "reset")
    assert pause is not None
    assert reset is not None
    console.start_timer()
    clock.seconds += 20

    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert console.is_paused()
    assert pause.text() == "继续"
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert not console.is_paused()
    assert pause.text() == "暂停"
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert console.elapsed_text() == "00:00"


def test_clock_comes_from_the_injected_clock(make_console: MakeConsole, clock: FakeTime) -> None:
    console = make_console()
    assert console.clock_text() == "09:30"
    clock.wall = QTime(21, 5, 59)
    console.tick()
    assert console.clock_text() == "21:05"


# Keys and buttons ------------------------------------------------------------------------------


def test_keys_are_passed_on_not_acted_on(make_console: MakeConsole, qtbot: QtBot) -> None:
    console = make_console()
    console.show_slide(3)
    notes = console.notes_text()
    pressed: list[int] = []

    def record(event: QKeyEvent) -> None:
        pressed.append(event.key())

    console.key_pressed.connect(record)
    keys = [Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_End, Qt.Key.Key_B]
    for key in keys:
        qtbot.keyClick(console, key)

    assert pressed == [int(key.value) for key in keys]
    assert console.current_index() == 3
    assert console.notes_text() == notes


def test_swap_button_asks_for_a_swap(make_console: MakeConsole, qtbot: QtBot) -> None:
    console = make_console()
    swap = console.findChild(QPushButton, "swap")
    assert swap is not None
    with qtbot.waitSignal(console.swap_requested, timeout=1000):
        qtbot.mouseClick(swap, Qt.MouseButton.LeftButton)


def test_only_the_console_takes_the_focus(make_console: MakeConsole, qtbot: QtBot) -> None:
    console = make_console()
    assert console.focusPolicy() == Qt.FocusPolicy.StrongFocus
    takers = [
        w.objectName() or type(w).__name__
        for w in console.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert takers == []

    pause = console.findChild(QPushButton, "pause")
    assert pause is not None
    console.start_timer()
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is not pause
    # Space after a click still goes to the show, not to the button.
    with qtbot.waitSignal(console.key_pressed, timeout=1000):
        qtbot.keyClick(console, Qt.Key.Key_Space)
    assert console.is_paused()  # the click paused; the Space did not click again
