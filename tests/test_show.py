"""The show answers every key presenters and clickers send, as PowerPoint, WPS and reveal.js do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from briefing.actions import show_key_text
from briefing.model import load_dataset
from briefing.model.slides import Slide, build_slides, section_start
from briefing.resources import bundled_dataset
from briefing.show.controller import choose_screens
from briefing.show.show_window import ShowWindow
from briefing.theme import THEMES, Appearance

K = Qt.Key


@pytest.fixture(scope="module")
def slides() -> list[Slide]:
    return build_slides(load_dataset(bundled_dataset()).briefing)


@pytest.fixture
def show(qtbot: QtBot, slides: list[Slide]) -> Iterator[ShowWindow]:
    """A show on the projector screen, with a plain label standing for each slide."""
    built: list[int] = []

    def make_view(index: int) -> QWidget:
        built.append(index)
        return QLabel(slides[index].label)

    window = ShowWindow(slides, make_view, Appearance(theme=THEMES["projector"]))
    window.built = built  # type: ignore[attr-defined]
    projector = QGuiApplication.screens()[1]
    window.place_on(projector)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitExposed(window)
    yield window
    window.end()
    window.deleteLater()


def test_slides_cover_the_briefing_in_order(slides: list[Slide]) -> None:
    kinds = [slide.kind for slide in slides]
    assert kinds[0] == "title"
    assert kinds[-1] == "closing"
    assert kinds.count("section") == 3
    assert kinds.count("chart") == 11
    assert kinds.count("image") == 5
    cards = [figure for slide in slides if slide.kind == "cards" for figure in slide.figures]
    briefing = load_dataset(bundled_dataset()).briefing
    expected = [card for _, block in briefing.blocks() for card in block.cards]
    assert cards == expected, "every card once, in order"
    assert all(len(slide.figures) <= 4 for slide in slides)
    assert slides[section_start(slides, 1)].title.startswith("耦合")


def test_the_show_is_full_screen_on_the_screen_it_was_given(show: ShowWindow) -> None:
    assert show.isFullScreen()
    assert show.screen().name() == "Projector"


@pytest.mark.parametrize(
    "key", [K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_Return, K.Key_N]
)
def test_next_keys(show: ShowWindow, qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(show, key)
    assert show.index == 1
    assert show.stack.currentIndex() == 1


@pytest.mark.parametrize("key", [K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P])
def test_previous_keys(show: ShowWindow, qtbot: QtBot, key: Qt.Key) -> None:
    show.go(5)
    qtbot.keyClick(show, key)
    assert show.index == 4


def test_home_end_and_the_edges(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_Left)
    assert show.index == 0, "no slide before the first"
    qtbot.keyClick(show, K.Key_End)
    assert show.index == len(show.slides) - 1
    qtbot.keyClick(show, K.Key_Right)
    assert show.index == len(show.slides) - 1, "no slide after the last"
    assert show.end_slide.isVisible(), "the black end slide after the last"
    qtbot.keyClick(show, K.Key_Left)
    assert not show.end_slide.isVisible()
    assert show.isVisible()
    qtbot.keyClick(show, K.Key_Home)
    assert show.index == 0


def test_a_number_then_enter_jumps(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(show, "12")
    qtbot.keyClick(show, K.Key_Return)
    assert show.index == 11
    qtbot.keyClicks(show, "99")
    qtbot.keyClick(show, K.Key_Enter)
    assert show.index == len(show.slides) - 1


@pytest.mark.parametrize(
    ("key", "colour"),
    [(K.Key_B, "black"), (K.Key_Period, "black"), (K.Key_W, "white"), (K.Key_Comma, "white")],
)
def test_blank_screens_and_any_key_returns(
    show: ShowWindow, qtbot: QtBot, key: Qt.Key, colour: str
) -> None:
    show.go(3)
    qtbot.keyClick(show, key)
    overlay = show.black if colour == "black" else show.white
    assert overlay.isVisible()
    assert show.blank == colour
    qtbot.keyClick(show, K.Key_Right)
    assert not overlay.isVisible()
    assert show.index == 3, "the key that returns does not also advance"


def test_grid_picks_a_slide_with_keys_or_mouse(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_G)
    assert show.grid.isVisible()
    qtbot.keyClick(show.grid, K.Key_Right)
    qtbot.keyClick(show.grid, K.Key_Down)
    qtbot.keyClick(show.grid, K.Key_Return)
    assert not show.grid.isVisible()
    assert show.index == 1 + show.grid.COLUMNS
    qtbot.keyClick(show, K.Key_G)
    tile = show.grid.tiles[4]
    qtbot.mouseClick(show.grid, Qt.MouseButton.LeftButton, pos=tile.geometry().center())
    assert show.index == 4
    qtbot.keyClick(show, K.Key_G)
    qtbot.keyClick(show.grid, K.Key_Escape)
    assert not show.grid.isVisible()
    assert show.isVisible(), "Esc closes the grid first, not the show"


def test_key_list_opens_with_f1_or_question_mark(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_F1)
    assert show.help.isVisible()
    qtbot.keyClick(show, K.Key_Escape)
    assert not show.help.isVisible()
    assert show.isVisible()
    show.handle_key(
        QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_Question, Qt.KeyboardModifier.ShiftModifier, "?")
    )
    assert show.help.isVisible()
    texts = " ".join(label.text() for label in show.help.findChildren(QLabel))
    assert "黑屏" in texts
    assert show_key_text(K.Key_PageDown) in texts, "clickers' keys are listed"


def test_escape_leaves_blank_screen_first_then_ends_the_show(
    show: ShowWindow, qtbot: QtBot
) -> None:
    show.go(2)
    qtbot.keyClick(show, K.Key_B)
    with qtbot.assertNotEmitted(show.finished):
        qtbot.keyClick(show, K.Key_Escape)
    assert show.blank is None
    with qtbot.waitSignal(show.finished) as ended:
        qtbot.keyClick(show, K.Key_Escape)
    assert ended.args == [2]
    assert not show.isVisible()


def test_counter_and_progress_bar_hide_with_h(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(4)
    assert show.hud.isVisible()
    assert show.hud.text() == f"5 / {len(show.slides)}"
    qtbot.keyClick(show, K.Key_H)
    assert not show.hud.isVisible()
    qtbot.keyClick(show, K.Key_H)
    assert show.hud.isVisible()


def test_click_and_wheel_move_through_the_show(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton, pos=QPoint(500, 500))
    assert show.index == 1
    for delta, expected in ((-120, 2), (120, 1)):
        wheel = QWheelEvent(
            QPointF(500, 500),
            QPointF(show.mapToGlobal(QPoint(500, 500))),
            QPoint(0, 0),
            QPoint(0, delta),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        show.wheelEvent(wheel)
        assert show.index == expected


def test_cursor_hides_after_two_seconds_still(show: ShowWindow, qtbot: QtBot) -> None:
    show.mouse_moved()
    assert not show.cursor_hidden
    assert show.cursor_timer.interval() == 2000
    show.cursor_timer.timeout.emit()
    assert show.cursor().shape() == Qt.CursorShape.BlankCursor
    qtbot.mouseMove(show, QPoint(200, 200))
    show.mouse_moved()
    assert not show.cursor_hidden


def test_slides_are_built_ahead_not_on_the_key_press(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(show.all_built)
    built = list(show.built)  # type: ignore[attr-defined]
    assert built[:2] == [0, 1], "the first slide, then the next one, then the rest"
    qtbot.keyClick(show, K.Key_Right)
    assert show.built == built, "no slide is built on a key press"  # type: ignore[attr-defined]


def test_clicker_keys_all_work(show: ShowWindow, qtbot: QtBot) -> None:
    for key in (K.Key_PageDown, K.Key_PageDown, K.Key_PageUp):
        qtbot.keyClick(show, key)
    assert show.index == 1
    qtbot.keyClick(show, K.Key_B)
    qtbot.keyClick(show, K.Key_B)
    assert show.blank is None, "B again returns"
    with qtbot.waitSignal(show.finished) as ended:
        qtbot.keyClick(show, K.Key_F5)
    assert ended.args == [1], "a clicker's play / stop button (F5) stops the show"
    assert not show.isVisible()


def test_f5_held_down_from_the_main_window_does_not_stop_the_new_show(show: ShowWindow) -> None:
    repeat = QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_F5, Qt.KeyboardModifier.NoModifier, "", True)
    show.handle_key(repeat)
    assert show.isVisible()
    assert not show.ended


@pytest.mark.parametrize(
    ("screens", "main", "preferred", "expected"),
    [
        (["Laptop"], "Laptop", "", ("Laptop", None)),
        (["Laptop", "Projector"], "Laptop", "", ("Projector", "Laptop")),
        (["Laptop", "Projector"], "Projector", "", ("Laptop", "Projector")),
        (["Laptop", "Projector"], "Laptop", "Laptop", ("Laptop", "Projector")),
        (["Laptop", "Projector"], "Laptop", "Gone", ("Projector", "Laptop")),
    ],
)
def test_screen_choice(
    screens: list[str], main: str, preferred: str, expected: tuple[str, str | None]
) -> None:
    assert choose_screens(screens, main, preferred) == expected
