"""Issue 13 in the presenter console: notes per slide (its own or its section's, saying which),
the notes' size (A+ / A−, Ctrl+= / Ctrl+-, remembered), the countdown turning amber then red,
the time spent on each slide, and the show's grid of slides as pictures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import Briefing, load_dataset
from briefing.model.slides import Slide, build_slides, slide_notes
from briefing.resources import bundled_dataset
from briefing.settings import NOTES_SIZE, PLANNED_MINUTES, Settings
from briefing.show.console import PresenterConsole
from briefing.show.console_countdown import countdown_state
from briefing.show.console_notes import SIZE_STEPS
from briefing.show.console_times import SlideTimes, SlideTimesDialog
from briefing.show.overlays import GridOverlay
from briefing.show.show_window import ShowWindow
from briefing.theme import STAGE, THEMES, Appearance
from tests.notes_data import (
    CARD,
    CARD_NOTES,
    CHART,
    CHART_NOTES,
    IMAGE,
    IMAGE_NOTES,
    with_own_notes,
)
from tests.test_console import FakeRender, FakeTime

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return with_own_notes(load_dataset(bundled_dataset()).briefing)


@pytest.fixture(scope="module")
def slides(briefing: Briefing) -> list[Slide]:
    return build_slides(briefing)


def index_of(slides: list[Slide], test: Callable[[Slide], bool]) -> int:
    return next(i for i, slide in enumerate(slides) if test(slide))


MakeConsole = Callable[..., PresenterConsole]


@pytest.fixture
def make_console(
    qtbot: QtBot, slides: list[Slide], briefing: Briefing, settings: Settings
) -> Callable[..., PresenterConsole]:
    def make(clock: FakeTime | None = None, times: SlideTimes | None = None) -> PresenterConsole:
        fake = clock or FakeTime()
        console = PresenterConsole(
            slides,
            briefing,
            Appearance(),
            FakeRender(),
            now=fake.now,
            clock=fake.clock,
            settings=settings,
            times=times,
        )
        qtbot.addWidget(console)
        console.resize(1280, 720)
        console.show()
        qtbot.waitExposed(console)
        return console

    return make


# Notes per slide -------------------------------------------------------------------------------


def test_a_slide_has_its_own_notes_else_its_sections(
    slides: list[Slide], briefing: Briefing
) -> None:
    chart = slides[index_of(slides, lambda s: s.chart == CHART)]
    image = slides[index_of(slides, lambda s: s.image == IMAGE)]
    cards = slides[index_of(slides, lambda s: CARD in s.figures)]
    for slide, words in ((chart, CHART_NOTES), (image, IMAGE_NOTES), (cards, CARD_NOTES)):
        notes = slide_notes(briefing, slide)
        assert notes.own
        assert notes.lines == tuple(words)
    other = slides[index_of(slides, lambda s: s.kind == "chart" and s.chart != CHART)]
    assert other.section is not None
    notes = slide_notes(briefing, other)
    assert not notes.own
    assert notes.lines == tuple(briefing.sections[other.section].notes)
    assert slide_notes(briefing, slides[-1]).lines == ()  # the closing slide


def test_the_console_says_whose_notes_it_shows(
    make_console: MakeConsole, slides: list[Slide], briefing: Briefing
) -> None:
    console = make_console()
    panel = console.notes_panel()
    console.show_slide(index_of(slides, lambda s: s.chart == CHART))
    assert console.notes_text() == "\n".join(CHART_NOTES)
    assert panel.source.text() == "本张备注"
    other = index_of(slides, lambda s: s.kind == "chart" and s.chart != CHART and s.section == 1)
    console.show_slide(other)
    assert console.notes_text() == "\n".join(briefing.sections[1].notes)
    assert panel.source.text() == "本部分备注"
    # Told apart by colour too: the slide's own notes in the accent.
    console.show_slide(index_of(slides, lambda s: s.image == IMAGE))
    assert console.notes_text() == "\n".join(IMAGE_NOTES)
    own = panel.source.palette().color(QPalette.ColorRole.WindowText)
    assert own == QColor(THEMES["dark"].accent)


# Notes size -----------------------------------------------------------------------------------


def test_a_plus_and_a_minus_size_the_notes_and_are_remembered(
    make_console: MakeConsole, qtbot: QtBot, settings: Settings
) -> None:
    console = make_console()
    panel = console.notes_panel()
    normal = panel.pixel_size()
    qtbot.mouseClick(panel.larger, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.larger, Qt.MouseButton.LeftButton)
    larger = panel.pixel_size()
    assert larger > normal
    assert settings.get(NOTES_SIZE) == SIZE_STEPS[SIZE_STEPS.index(100) + 2]
    qtbot.mouseClick(panel.smaller, Qt.MouseButton.LeftButton)
    assert normal < panel.pixel_size() < larger
    # The next console opens at the size chosen.
    again = make_console()
    assert again.notes_panel().pixel_size() == panel.pixel_size()


def test_ctrl_plus_and_minus_size_the_notes_and_do_not_reach_the_show(
    make_console: MakeConsole, qtbot: QtBot, settings: Settings
) -> None:
    console = make_console()
    passed: list[int] = []
    # The Ctrl key pressed alone goes on to the show, which ignores it.
    console.key_pressed.connect(
        lambda event: event.key() != K.Key_Control and passed.append(event.key())
    )
    panel = console.notes_panel()
    start = panel.pixel_size()
    qtbot.keyClick(console, K.Key_Equal, CTRL)
    assert panel.pixel_size() > start
    qtbot.keyClick(console, K.Key_Minus, CTRL)
    qtbot.keyClick(console, K.Key_Minus, CTRL)
    assert panel.pixel_size() < start
    assert settings.get(NOTES_SIZE) == SIZE_STEPS[SIZE_STEPS.index(100) - 1]
    for _ in SIZE_STEPS:  # at the end of the steps the button says so
        qtbot.keyClick(console, K.Key_Minus, CTRL)
    assert not panel.smaller.isEnabled()
    assert passed == []
    qtbot.keyClick(console, K.Key_Minus)  # without Ctrl it is the show's
    assert passed == [K.Key_Minus]


# Countdown ------------------------------------------------------------------------------------


def colour_of(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_the_countdown_turns_amber_then_red(make_console: MakeConsole, settings: Settings) -> None:
    clock = FakeTime()
    console = make_console(clock)
    console.start_timer()
    choice = console.planned_choice()
    assert choice.minutes() == 0
    assert console.elapsed_state() == "off"
    choice.set_minutes(10)
    assert settings.get(PLANNED_MINUTES) == 10
    elapsed = console.findChild(QLabel, "elapsed")
    assert isinstance(elapsed, QLabel)
    normal = colour_of(elapsed)
    assert console.elapsed_text() == "10:00"
    assert console.elapsed_caption_text() == "剩余时间"

    clock.seconds += 9 * 60 + 10  # 50 s left: the last tenth, at least a minute
    console.tick()
    assert console.elapsed_text() == "00:50"
    assert console.elapsed_state() == "short"
    assert colour_of(elapsed) == QColor(STAGE.time_short) != normal

    clock.seconds += 65  # 15 s over
    console.tick()
    assert console.elapsed_text() == "+00:15"
    assert console.elapsed_state() == "over"
    assert console.elapsed_caption_text() == "已超时"
    assert colour_of(elapsed) == QColor(STAGE.time_over)

    choice.set_minutes(0)  # no plan: the time counts up again
    assert console.elapsed_text() == "10:15"
    assert colour_of(elapsed) == normal
    # The plan is remembered for the next show.
    choice.set_minutes(30)
    assert make_console().planned_choice().minutes() == 30


def test_countdown_thresholds() -> None:
    assert countdown_state(0, 0) == "off"
    assert countdown_state(0, 20) == "normal"
    assert countdown_state(20 * 60 - 121, 20) == "normal"  # 2 min 1 s left of 20 min
    assert countdown_state(20 * 60 - 120, 20) == "short"
    assert countdown_state(60 * 60 - 301, 60) == "normal"  # never more than 5 min ahead
    assert countdown_state(60 * 60 - 300, 60) == "short"
    assert countdown_state(5 * 60 - 60, 5) == "short"  # never less than a minute
    assert countdown_state(20 * 60, 20) == "over"


# Time per slide -------------------------------------------------------------------------------


def test_time_per_slide_is_counted_without_the_pauses(make_console: MakeConsole) -> None:
    clock = FakeTime()
    console = make_console(clock)
    console.start_timer()
    clock.seconds += 30
    console.tick()
    assert console.slide_time_text() == "00:30"
    console.show_slide(1)
    assert console.slide_time_text() == "00:00"
    clock.seconds += 75
    console.pause_timer()
    clock.seconds += 600  # paused: not counted
    console.resume_timer()
    clock.seconds += 5
    console.tick()
    assert console.slide_time_text() == "01:20"
    console.show_slide(0)  # back again: the time adds up
    clock.seconds += 10
    console.tick()
    assert console.slide_time_text() == "00:40"
    totals = console.times().totals()
    assert totals[:3] == [40.0, 80.0, 0.0]


def test_time_on_the_end_slide_is_no_slides_and_back_counts_on_the_last() -> None:
    from briefing.show.console_times import SlideTimes

    clock = FakeTime()
    times = SlideTimes(2, clock.now)
    clock.seconds += 10
    times.enter(1)
    clock.seconds += 20
    times.enter(-1)  # the black 放映结束 slide after the last
    clock.seconds += 300
    assert times.totals() == [10, 20], "the end slide's minutes are not the last slide's"
    times.enter(1)  # back from the end slide
    clock.seconds += 5
    assert times.totals() == [10, 25]


def test_after_a_rehearsal_the_times_are_listed_and_the_menu_shows_them_again(
    make_window: Any, qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.actions import ActionId
    from briefing.show.controller import Presentation

    clock = FakeTime()
    monkeypatch.setattr(Presentation, "clock", staticmethod(clock.now))
    settings.set(PLANNED_MINUTES, 15)
    window = make_window()
    action = window.actions_[ActionId.SLIDE_TIMES]
    assert not action.isEnabled(), "no show has run yet"
    window.present(from_section=False)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    qtbot.waitUntil(presentation.show.isFullScreen)
    clock.seconds += 12
    qtbot.keyClick(presentation.console, K.Key_PageDown)
    clock.seconds += 65
    qtbot.keyClick(presentation.console, K.Key_PageDown)
    clock.seconds += 3
    qtbot.keyClick(presentation.show, K.Key_Escape)
    qtbot.waitUntil(lambda: window.slide_times_dialog is not None)
    dialog = window.slide_times_dialog
    assert isinstance(dialog, SlideTimesDialog)
    rows = dialog.rows()
    assert rows[0][0] == "1"
    assert rows[0][2] == "00:12"
    assert rows[1][2] == "01:05"
    assert rows[2][2] == "00:03"
    assert rows[1][1] == presentation.slides[1].label
    assert "01:20" in dialog.summary.text()
    dialog.close()
    assert action.isEnabled()
    action.trigger()
    assert window.slide_times_dialog is not dialog
    assert window.slide_times_dialog.rows() == rows
    window.slide_times_dialog.close()


# Thumbnails -----------------------------------------------------------------------------------


def test_the_grid_shows_pictures_of_the_slides(qtbot: QtBot, slides: list[Slide]) -> None:
    """In the show, G: each tile is the slide's picture (here each slide is a plain colour)."""
    colours = [QColor.fromHsv(i * 37 % 360, 200, 220) for i in range(len(slides))]

    def make_view(index: int) -> QWidget:
        view = QWidget()
        view.setAutoFillBackground(True)
        palette = view.palette()
        palette.setColor(QPalette.ColorRole.Window, colours[index])
        view.setPalette(palette)
        return view

    show = ShowWindow(slides, make_view, Appearance(theme=THEMES["projector"]))
    qtbot.addWidget(show)
    show.resize(1920, 1080)
    show.show()
    qtbot.waitExposed(show)
    show.setFocus()
    qtbot.keyClick(show, K.Key_G)
    sheet = show.grid.sheet
    qtbot.waitUntil(lambda: all(sheet.picture(i) is not None for i in range(12)))
    # Taken at the show's 16:9, not at the 640×480 a page the stack hides starts with.
    for index in range(12):
        picture = sheet.picture(index)
        assert picture is not None
        assert abs(picture.width() / picture.height() - 16 / 9) < 0.05, index
    shot = show.grid.grab().toImage()
    for index in range(12):
        centre = show.grid.tiles[index].geometry().center()
        centre.setY(show.grid.tiles[index].geometry().top() + 40)
        assert shot.pixelColor(centre).rgb() == colours[index].rgb(), index


def test_the_grid_makes_pictures_only_of_tiles_on_screen(qtbot: QtBot) -> None:
    """The 64× briefing's slide count: opening the grid asks for a screenful, not thousands;
    scrolling to the end asks for what comes into view, and the keys still move the choice."""
    slides = [Slide("chart", f"图{number}", chart=f"c{number}") for number in range(64 * 33)]
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1920, 1080)
    asked: list[int] = []

    def render(index: int, size: QSize) -> QPixmap:
        asked.append(index)
        pixmap = QPixmap(size)
        pixmap.fill(QColor("#3366aa"))
        return pixmap

    grid = GridOverlay(host, slides, render)
    host.show()
    qtbot.waitExposed(host)
    grid.cover()
    qtbot.waitUntil(lambda: grid.sheet.picture(0) is not None)
    qtbot.wait(50)
    screenful = set(asked)
    assert 0 < len(screenful) <= 8 * grid.COLUMNS
    grid.select(len(slides) - 1)
    qtbot.waitUntil(lambda: grid.sheet.picture(len(slides) - 1) is not None)
    assert len(set(asked)) <= 2 * 8 * grid.COLUMNS
    assert grid.tiles[len(slides) - 1].geometry().intersects(grid.rect())
    picked: list[int] = []
    grid.picked.connect(picked.append)
    grid.handle_key(K.Key_Up)
    grid.handle_key(K.Key_Return)
    assert picked == [len(slides) - 1 - grid.COLUMNS]
    QApplication.processEvents()


def test_console_keys_other_than_its_own_reach_the_show(make_console: MakeConsole) -> None:
    console = make_console()
    passed: list[int] = []
    console.key_pressed.connect(lambda event: passed.append(event.key()))
    event = QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_Right, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(console, event)
    assert passed == [K.Key_Right]
