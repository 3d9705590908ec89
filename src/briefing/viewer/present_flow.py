"""放映: the show started from a main window, and what the window keeps of it afterwards.

The show is a window of its own: the main window is not moved or resized, but its tab and
scroll position are put back when the show ends, in case the presenter used them meanwhile.
What the last show measured (the seconds on each slide) stays for 放映 > 上次放映的各张用时….
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from briefing.actions import ActionId

if TYPE_CHECKING:  # the show imports the model and the slide views: only once it starts
    from briefing.show.console_times import LastShow, SlideTimesDialog
    from briefing.show.controller import Presentation
    from briefing.viewer.main_window import MainWindow


class PresentFlow(QObject):
    """The show of one main window: at most one at a time."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.presentation: Presentation | None = None
        self.last_show: LastShow | None = None  # its slides and the seconds spent on each
        self.slide_times_dialog: SlideTimesDialog | None = None
        self._before_show = (0, 0)  # the window's tab and scroll position

    def present(self, *, from_section: bool) -> None:
        """Start the show (F5 from the first slide, Shift+F5 from the section on screen) on
        the chosen screen."""
        from briefing.show.controller import Presentation

        window = self._window
        if window.dataset is None or self.presentation is not None:
            return
        tabs = window.tabs
        page = tabs.page(tabs.currentIndex())
        self._before_show = (
            tabs.currentIndex(),
            page.verticalScrollBar().value() if page is not None else 0,
        )
        section = tabs.currentIndex() if from_section else None
        self.presentation = Presentation(
            window, window.dataset, window.settings, window.theme.appearance, section
        )
        self.presentation.ended.connect(self._ended)
        self.presentation.start()

    def _ended(self, _index: int) -> None:
        from briefing.show.console_times import LastShow

        window = self._window
        if self.presentation is not None:
            self.last_show = LastShow.of(self.presentation)
            if window.actions_ is not None:
                window.actions_[ActionId.SLIDE_TIMES].setEnabled(True)
            if self.presentation.rehearsed:  # a rehearsal: how long each slide took
                QTimer.singleShot(0, self.show_slide_times)
        self.presentation = None
        tab, scroll = self._before_show
        window.set_tab(tab)
        page = window.tabs.page(tab)
        if page is not None:
            page.verticalScrollBar().setValue(scroll)
        window.activateWindow()
        window.raise_()

    def show_slide_times(self) -> None:
        """放映 > 上次放映的各张用时…"""
        if self.last_show is None:
            return
        if self.slide_times_dialog is not None:  # one list at a time: the last show's
            self.slide_times_dialog.close()
            self.slide_times_dialog.deleteLater()
        self.slide_times_dialog = self.last_show.dialog(self._window)
        self.slide_times_dialog.show()

    def end(self) -> None:
        """The window closes: the show, a window of its own, ends too."""
        if self.presentation is not None:
            self.presentation.show.end()
