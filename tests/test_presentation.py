"""Presenting from the main window: F5 and Shift+F5, the chosen screen, the console on the other
screen, keys in both windows, a screen unplugged mid-show, and the window given back as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from briefing.settings import SHOW_SCREEN, SHOW_THEME, Settings
from briefing.viewer.main_window import MainWindow
from tests.conftest import run_on_screens

MakeWindow = Callable[..., MainWindow]
K = Qt.Key


def start(window: MainWindow, qtbot: QtBot, key: Qt.Key = K.Key_F5, shift: bool = False) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window, key, modifier)
    qtbot.waitUntil(lambda: window.presentation is not None)
    assert window.presentation is not None
    qtbot.waitUntil(window.presentation.show.isFullScreen)


def test_f5_shows_on_the_other_screen_with_the_console_on_this_one(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.screen().name() == "Laptop"
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.show.screen().name() == "Projector"
    assert presentation.show.index == 0
    console = presentation.console
    assert console is not None
    qtbot.waitUntil(console.isFullScreen)
    assert console.screen().name() == "Laptop"
    assert presentation.appearance.theme.name == "projector"


def test_keys_in_the_console_drive_the_show(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    qtbot.keyClick(presentation.console, K.Key_PageDown)
    assert presentation.show.index == 1
    assert presentation.console.current_index() == 1
    qtbot.keyClick(presentation.console, K.Key_B)
    assert presentation.show.blank == "black"


def test_shift_f5_starts_from_the_section_on_screen(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.set_tab(2)
    start(window, qtbot, shift=True)
    presentation = window.presentation
    assert presentation is not None
    slide = presentation.slides[presentation.show.index]
    assert slide.kind == "section"
    assert slide.section == 2


def test_ending_the_show_gives_the_window_back_as_it_was(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_tab(1)
    page = window.pages[1]
    # A tab shows its cards first and the rest of its page in the turns after: scrolled once
    # there is that far to scroll, as a reader would.
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() >= 300)
    page.verticalScrollBar().setValue(300)
    size = window.size()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    qtbot.keyClick(presentation.show, K.Key_End)
    with qtbot.waitSignal(presentation.ended):
        qtbot.keyClick(presentation.show, K.Key_Escape)
    assert window.presentation is None
    assert window.tabs.currentIndex() == 1
    assert page.verticalScrollBar().value() == 300
    assert window.size() == size, "the window keeps its size (its place is the window manager's)"
    assert not window.isFullScreen()


def test_swap_puts_show_and_console_on_each_others_screen(
    make_window: MakeWindow, qtbot: QtBot, settings: Settings
) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    presentation.console.swap_requested.emit()
    qtbot.waitUntil(lambda: presentation.show.screen().name() == "Laptop")
    assert presentation.console.screen().name() == "Projector"
    assert settings.get(SHOW_SCREEN) == "Laptop"


def test_the_present_menu_lists_the_screens_and_remembers_the_choice(
    make_window: MakeWindow, qtbot: QtBot, settings: Settings
) -> None:
    window = make_window()
    screens = window.menuBar().findChild(QMenu, "menu-screens")
    assert screens is not None
    screens.aboutToShow.emit()  # what opening it does
    entries = [action.text() for action in screens.actions()]
    assert entries == ["Laptop（1920×1080）", "Projector（1920×1080）"]
    checked = [action.text() for action in screens.actions() if action.isChecked()]
    assert checked == ["Projector（1920×1080）"], "by default the screen that is not this one"
    screens.actions()[0].trigger()
    assert settings.get(SHOW_SCREEN) == "Laptop"
    start(window, qtbot)
    assert window.presentation is not None
    assert window.presentation.show.screen().name() == "Laptop"


def test_the_show_theme_can_be_chosen(
    make_window: MakeWindow, qtbot: QtBot, settings: Settings
) -> None:
    window = make_window()
    themes = window.menuBar().findChild(QMenu, "menu-show-theme")
    assert themes is not None
    assert [a.isChecked() for a in themes.actions()] == [True, False, False], "projector first"
    themes.actions()[2].trigger()
    assert settings.get(SHOW_THEME) == "dark"
    assert [a.isChecked() for a in themes.actions()] == [False, False, True]
    start(window, qtbot)
    assert window.presentation is not None
    assert window.presentation.appearance.theme.name == "dark"


def test_unplugging_the_shows_screen_moves_the_show(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    presentation.show.go(6)
    projector = QGuiApplication.screens()[1]
    presentation._screen_removed(projector)  # what Qt calls when the screen goes away
    qtbot.waitUntil(lambda: presentation.show.screen().name() == "Laptop")
    assert presentation.show.isFullScreen()
    assert presentation.show.index == 6, "the show carries on where it was"
    assert presentation.console is None


def test_a_console_paused_then_unplugged_leaves_no_paused_slide_times(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    presentation.console.pause_timer()
    presentation._screen_removed(QGuiApplication.screens()[1])  # the console's screen goes
    assert presentation.console is None
    qtbot.keyClick(presentation.show, K.Key_S)  # the presenter asks for it again
    console = presentation.console
    assert console is not None
    assert not console.is_paused()
    before = presentation.times.seconds(presentation.show.index)
    qtbot.wait(30)
    assert presentation.times.seconds(presentation.show.index) > before, "this slide's time runs"
    presentation.show.handle_key(
        QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )


def test_s_opens_the_console_on_request(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    presentation.console.close()
    presentation.console = None
    qtbot.keyClick(presentation.show, K.Key_S)
    assert presentation.console is not None
    qtbot.waitUntil(presentation.console.isVisible)
    presentation.show.handle_key(
        QKeyEvent(QKeyEvent.Type.KeyPress, K.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )


def test_one_screen_shows_full_screen_without_a_console(tmp_path: Path) -> None:
    """A run of its own: the offscreen platform's screens are fixed when Qt starts."""
    only = [{"name": "Only", "x": 0, "y": 0, "width": 1920, "height": 1080}]
    printed = run_on_screens(
        tmp_path,
        only,
        """
        window = MainWindow(theme, settings, load_dataset(bundled_dataset()))
        window.show()
        window.present(from_section=False)
        app.processEvents()
        show = window.presentation.show
        print(show.isFullScreen(), show.screen().name(), window.presentation.console is None)
        show.end()
        print(window.presentation is None)
        """,
    )
    assert printed == ["True", "Only", "True", "True"]


def test_present_actions_are_in_the_menu_with_their_keys(make_window: MakeWindow) -> None:
    window = make_window()
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu() is not None}
    present = menus["放映(&S)"]
    items = {a.text(): a.shortcut().toString() for a in present.actions() if not a.isSeparator()}
    assert items["从头开始放映"] == "F5"
    assert items["从当前部分放映"] == "Shift+F5"
    assert "放映屏幕" in items
    toolbar_actions = [a.text() for a in window.toolbar.actions()]
    assert toolbar_actions == ["从头开始放映"]
    assert isinstance(window.saveGeometry(), QByteArray)


def test_closing_the_main_window_ends_the_show(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    start(window, qtbot)
    presentation = window.presentation
    assert presentation is not None
    show = presentation.show
    window.close()
    qtbot.waitUntil(lambda: not show.isVisible())
    assert window.presentation is None
