"""Runs a show from the main window: picks the screens, opens the show and the presenter
console, follows screens coming and going, and gives the main window back as it was."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication, QKeyEvent, QPixmap, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from briefing.model.slides import Slide, build_slides, section_start
from briefing.settings import SHOW_SCREEN, SHOW_THEME, Settings
from briefing.show.console_times import SlideTimes
from briefing.show.show_window import ShowWindow
from briefing.theme import THEME_NAMES, THEMES, Appearance

if TYPE_CHECKING:
    from briefing.model import Dataset
    from briefing.show.console import PresenterConsole


def fill_screen_menu(menu: QMenu, settings: Settings, main: QScreen) -> None:
    """放映 > 放映屏幕, made as it opens: every screen there is now, by name and size, the one
    the show would use checked (the choice remembered, else the screen that is not ``main``)."""
    menu.clear()
    group = QActionGroup(menu)
    screens = QGuiApplication.screens()
    chosen, _ = choose_screens([s.name() for s in screens], main.name(), settings.get(SHOW_SCREEN))
    for screen in screens:
        name = screen.name()
        action = menu.addAction(screen_label(screen))
        action.setCheckable(True)
        action.setChecked(name == chosen)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, name=name: settings.set(SHOW_SCREEN, name))


def screen_label(screen: QScreen) -> str:
    size = screen.size()
    return QCoreApplication.translate("Show", "{name}（{width}×{height}）").format(
        name=screen.name(), width=size.width(), height=size.height()
    )


def choose_screens(screens: Sequence[str], main: str, preferred: str) -> tuple[str, str | None]:
    """(the show's screen, the console's screen or None) by name.

    The presenter's choice wins while that screen is there; otherwise, with two screens, the
    show goes to the one that is not the main window's, and the console to the main window's.
    """
    if preferred in screens:
        show = preferred
    else:
        others = [name for name in screens if name != main]
        show = others[0] if others else main
    if show != main and main in screens:
        return show, main
    others = [name for name in screens if name != show]
    return show, (others[0] if others else None)


@dataclass
class WindowState:
    """What the main window looked like when the show started."""

    tab: int
    scroll: int
    geometry: bytes
    state: object


class Presentation(QObject):
    """One show: its window, maybe a console, and the main window's state to restore."""

    ended = Signal(int)  # the slide index the show ended on
    # Seconds on a clock that only goes forward; the console's elapsed time counts from F5.
    clock: Callable[[], float] = staticmethod(time.monotonic)

    def __init__(
        self,
        window: QWidget,
        dataset: Dataset,
        settings: Settings,
        appearance: Appearance,
        section: int | None = None,
    ) -> None:
        """A show from the first slide, or from the heading of ``section`` (Shift+F5)."""
        super().__init__(window)
        self.window = window
        self.dataset = dataset
        self.settings = settings
        name = settings.get(SHOW_THEME)
        theme = THEMES[name] if name in THEME_NAMES else THEMES["projector"]
        self.appearance = Appearance(theme=theme, convention=appearance.convention)
        self.slides: list[Slide] = build_slides(
            dataset.briefing, lead_title=QCoreApplication.translate("Slides", "导语")
        )
        start = 0 if section is None else section_start(self.slides, section)
        self.show = ShowWindow(self.slides, self._make_view, self.appearance, start)
        self.show.finished.connect(self._finished)
        self.show.console_requested.connect(self.toggle_console)
        self.console: PresenterConsole | None = None
        self.started_at: float | None = None
        # Time per slide, from F5, whether or not the console is open (rehearsing).
        self.times = SlideTimes(len(self.slides), self.clock, start)
        self.show.slide_changed.connect(self.times.enter)
        self.show.end_shown.connect(lambda: self.times.enter(-1))  # the end slide is no slide
        self.rehearsed = False  # the console was open with a planned time: a rehearsal
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenRemoved.connect(self._screen_removed)
        app.screenAdded.connect(self._screens_changed)
        self._app = app

    def _make_view(self, index: int) -> QWidget:
        from briefing.views.slides import SlideView

        return SlideView(self.slides[index], self.dataset, self.appearance)

    def screens(self) -> tuple[QScreen, QScreen | None]:
        screens = {screen.name(): screen for screen in self._app.screens()}
        main = self.window.screen().name()
        show, console = choose_screens(list(screens), main, self.settings.get(SHOW_SCREEN))
        return screens[show], (screens[console] if console else None)

    def start(self) -> None:
        self.started_at = self.clock()
        self.times.reset()  # counted from F5
        show_screen, console_screen = self.screens()
        self.show.place_on(show_screen)
        if console_screen is not None:
            self.open_console(console_screen)

    def open_console(self, screen: QScreen | None = None) -> None:
        from briefing.show.console import PresenterConsole

        if self.console is None:
            self.console = PresenterConsole(
                self.slides,
                self.dataset.briefing,
                self.appearance,
                self._render,
                now=self.clock,
                settings=self.settings,
                times=self.times,
            )
            self.console.key_pressed.connect(self._console_key)
            self.console.swap_requested.connect(self.swap)
            self.console.slide_find.slide_chosen.connect(self.show.go)
            self.show.slide_changed.connect(self.console.show_slide)
            self.console.show_slide(self.show.index)
            # The talk started at F5, whenever the presenter first looks at the console. A new
            # console runs, and so do the times per slide, even if the one before it was paused
            # when its screen was unplugged.
            self.console.start_timer(since=self.started_at)
            self.times.resume()
        target = screen or self.window.screen()
        if target is self.show.screen():
            others = [s for s in self._app.screens() if s is not self.show.screen()]
            target = others[0] if others else target
        self.console.setScreen(target)
        self.console.setGeometry(target.geometry())
        self._screens_changed()
        self.console.showFullScreen()
        self.console.activateWindow()

    def toggle_console(self) -> None:
        """S: open the console, or close it when it is open (on one screen it covers the show,
        and S again gives the show back)."""
        if self.console is not None and self.console.isVisible():
            self.console.hide()
            self.show.activateWindow()
            self.show.raise_()
            self.show.setFocus()
        else:
            self.open_console()

    def _render(self, index: int, size: QSize) -> QPixmap:
        return self.show.render_slide(index, size)

    def _console_key(self, event: QKeyEvent) -> None:
        self.show.handle_key(event)

    def swap(self) -> None:
        if self.console is None:
            return
        show_screen, console_screen = self.show.screen(), self.console.screen()
        self.show.place_on(console_screen)
        self.console.setScreen(show_screen)
        self.console.setGeometry(show_screen.geometry())
        self.console.showFullScreen()
        self.settings.set(SHOW_SCREEN, console_screen.name())

    def _screens_changed(self, *_screen: QScreen) -> None:
        # With one screen there is nothing to swap with (S shows the show again instead); a
        # projector plugged in mid-show makes swapping possible.
        if self.console is not None:
            self.console.set_swap_enabled(len(self._app.screens()) > 1)

    def _screen_removed(self, screen: QScreen) -> None:
        """The show's screen was unplugged: carry on on a screen that is still there."""
        remaining = [s for s in self._app.screens() if s is not screen]
        if self.console is not None:
            self.console.set_swap_enabled(len(remaining) > 1)
        if not remaining or self.show.ended:
            return
        if self.show.screen() is screen or self.show.screen() not in remaining:
            target = remaining[0]
            if len(remaining) == 1:
                self._close_console()
            self.show.place_on(target)
        elif self.console is not None and self.console.screen() is screen:
            self._close_console()

    def slide_seconds(self) -> list[float]:
        """Seconds spent on each slide so far."""
        return self.times.totals()

    def _finished(self, index: int) -> None:
        self.times.pause()
        # A rehearsal: the console open with a planned time (as it shows it: a damaged setting
        # is no plan).
        self.rehearsed = self.console is not None and self.console.planned_choice().minutes() > 0
        self._close_console()
        self._app.screenRemoved.disconnect(self._screen_removed)
        self._app.screenAdded.disconnect(self._screens_changed)
        self.ended.emit(index)
        self.show.deleteLater()
        self.deleteLater()

    def _close_console(self) -> None:
        if self.console is not None:
            self.console.close()
            self.console.deleteLater()
            self.console = None
