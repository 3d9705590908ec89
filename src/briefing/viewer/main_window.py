"""The main window: the briefing's header, one tab per section, menus from the action registry.

Start-up is staged so the window shows at once and keeps answering: the dataset is read in a
thread while the window opens (the model needs pydantic, ~0.3 s to import), the tab on screen
with its cards is built once the window has painted, then its charts (pyqtgraph, ~0.9 s to
import, also in a thread), one per turn of the event loop; other tabs as they are seen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QResizeEvent,
    QShowEvent,
)

# Dialog classes are imported where they are used: each Qt class costs its first import, and
# the window should paint before any dialog is needed.
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing import i18n
from briefing.actions import (
    ActionId,
    Actions,
    build_actions,
    build_menus,
    shortcut_rows,
    show_key_rows,
    sync_checks,
)
from briefing.i18n import Language
from briefing.resources import bundled_dataset
from briefing.settings import GEOMETRY, LANGUAGE, LAST_FOLDER, LAST_TAB, SHOW_THEME, Settings
from briefing.theme import Appearance, ThemeController
from briefing.viewer.find_bar import Finder
from briefing.viewer.initial_read import read_after_paint, read_dataset
from briefing.viewer.live_reload import LiveReload
from briefing.viewer.present_flow import PresentFlow
from briefing.viewer.section_tabs import SectionTabs
from briefing.viewer.window_parts import (
    DatasetWarnings,
    EmptyState,
    EnterPressesButtons,
    FirstPaint,
    Header,
    is_bundled,
    keep_on_screen,
    set_compact_chrome,
)

if TYPE_CHECKING:  # the model and the pages import pydantic: only once the window is up
    from PySide6.QtWidgets import QMessageBox

    from briefing.model import Dataset, DatasetError
    from briefing.show.console_times import SlideTimesDialog
    from briefing.show.controller import Presentation
    from briefing.viewer.export_flow import ExportFlow
    from briefing.viewer.print_flow import PrintFlow
    from briefing.views.section_page import SectionPage


class MainWindow(QMainWindow):
    briefing_shown = Signal()  # a dataset's header and current tab are built
    charts_ready = Signal()  # the charts asked for are built (SectionTabs.charts_ready)

    def __init__(
        self, theme: ThemeController, settings: Settings, dataset: Dataset | None = None
    ) -> None:
        """A window for a dataset; without one it opens empty, ready for ``open_initial``."""
        super().__init__()
        self.theme = theme
        self.settings = settings
        self.dataset: Dataset | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 600)
        self.message: QMessageBox | None = None
        self._exports: ExportFlow | None = None  # made at first use (self.exports)
        self._printing: PrintFlow | None = None
        self.warning: DatasetWarnings | None = None  # what the open briefing lacks
        self.live = LiveReload(self)  # the dataset on disk, read again when it changes

        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.setCentralWidget(central)
        self.header: Header | None = None
        self.tabs = self._section_tabs(None)
        self.finder = Finder(self, lambda: self.tabs)  # Ctrl+F, F3, Shift+F3
        self.briefing_shown.connect(self.finder.briefing_changed)

        self.shows = PresentFlow(self)  # 放映, and what the last show measured
        self._handlers = self._action_handlers()
        self.actions_: Actions | None = None
        self.toolbar = QToolBar(self.tr("放映"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.empty = EmptyState(self.choose_briefing, self.open_bundled)
        self.central_layout.addWidget(self.empty, 1)
        self.central_layout.addWidget(self.tabs, 1)
        self._build_actions([])
        if dataset is not None:
            self.show_dataset(dataset, lazy=False)
        self.theme.changed.connect(self.apply_appearance)
        self._sync_checks(self.theme.appearance)
        # Enter presses a focused button anywhere in the app, as Space does (Qt gives Enter to
        # buttons inside dialogs only).
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(EnterPressesButtons(self))
        self._placed = False
        self._place_on_screen(settings.get(GEOMETRY))

    def _action_handlers(self) -> dict[ActionId, Callable[[], None]]:
        """What each action of the command table does in this window."""
        return {
            ActionId.OPEN: self.choose_briefing,
            ActionId.EXPORT: self.export_briefing,
            # The print flow is made at first use: looked up when the action runs.
            ActionId.PRINT: lambda: self.printing.print_handout(),  # noqa: PLW0108
            ActionId.PRINT_SLIDES: lambda: self.printing.print_slides(),  # noqa: PLW0108
            ActionId.QUIT: self.quit,
            ActionId.NEXT_SECTION: lambda: self.step_tab(1),
            ActionId.PREVIOUS_SECTION: lambda: self.step_tab(-1),
            ActionId.THEME_LIGHT: lambda: self.theme.set_theme("light"),
            ActionId.THEME_DARK: lambda: self.theme.set_theme("dark"),
            ActionId.THEME_PROJECTOR: lambda: self.theme.set_theme("projector"),
            ActionId.RED_UP: lambda: self.theme.set_convention("red-up"),
            ActionId.GREEN_UP: lambda: self.theme.set_convention("green-up"),
            ActionId.ZOOM_IN: self.theme.zoom_in,
            ActionId.ZOOM_OUT: self.theme.zoom_out,
            ActionId.ZOOM_RESET: lambda: self.theme.set_zoom(1.0),
            ActionId.FULL_SCREEN: self.toggle_full_screen,
            ActionId.LANGUAGE_ZH: lambda: self.set_language("zh"),
            ActionId.LANGUAGE_EN: lambda: self.set_language("en"),
            ActionId.PRESENT_START: lambda: self.present(from_section=False),
            ActionId.PRESENT_SECTION: lambda: self.present(from_section=True),
            ActionId.SLIDE_TIMES: self.shows.show_slide_times,
            ActionId.SHOW_THEME_PROJECTOR: lambda: self.set_show_theme("projector"),
            ActionId.SHOW_THEME_LIGHT: lambda: self.set_show_theme("light"),
            ActionId.SHOW_THEME_DARK: lambda: self.set_show_theme("dark"),
            ActionId.PROBLEMS: self.live.focus_problems,
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.ABOUT: self.show_about,
            **self.finder.handlers(),
        }

    @property
    def exports(self) -> ExportFlow:
        """Exporting the open briefing, made at first use: its module and the file writing it
        needs are not imported before the window has painted."""
        if self._exports is None:
            from briefing.viewer.export_flow import ExportFlow

            self._exports = ExportFlow(self, self.settings, self.theme, lambda: self.dataset)
        return self._exports

    @property
    def printing(self) -> PrintFlow:
        """The print previews of the open briefing, made at first use (as ``exports``)."""
        if self._printing is None:
            from briefing.viewer.print_flow import PrintFlow

            self._printing = PrintFlow(self, lambda: self.dataset)
        return self._printing

    def _place_on_screen(self, geometry: QByteArray) -> None:
        """The remembered size and place, or 1280×800; either way inside the available area of
        a screen that is there (a remembered screen may be gone, a laptop's may be 1280×720)."""
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        keep_on_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            # Only now does the window know its frame (title bar, borders): fit again with it.
            self._placed = True
            keep_on_screen(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chrome()

    def _fit_chrome(self) -> None:
        """Compact header, tool and tab bars in a short window (window_parts.set_compact_chrome)."""
        bars = (self.toolbar, self.tabs.tabBar(), self.menuBar())
        set_compact_chrome(self.height(), self.header, *bars)

    # -- building -------------------------------------------------------------------------

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the window has painted for the first time (so the user sees a
        window at once, and slow work comes after)."""
        self.installEventFilter(FirstPaint(self, then))

    @property
    def pages(self) -> list[SectionPage]:
        """The section pages built so far, in tab order (all of them once charts_ready)."""
        return self.tabs.pages

    def open_initial(self, path: Path) -> None:
        """Read the dataset the app was started with and show it, or show why it can't be."""
        self._opened_initial(path, read_dataset(path))

    def read_initial(self, path: Path) -> None:
        """Read the dataset the app starts with in a thread once the window has painted
        (pydantic is imported there too), and show it: the window opens and answers while it
        is read. A dataset that cannot be read says why, as with ``open_initial``."""
        read_after_paint(self, path, lambda outcome: self._opened_initial(path, outcome))

    def _opened_initial(self, path: Path, outcome: Dataset | DatasetError) -> None:
        from briefing.model import DatasetError

        if isinstance(outcome, DatasetError):
            for problem in outcome.problems:
                print(problem.render(QCoreApplication.translate), file=sys.stderr)
            self.show_problems(path, outcome)
            self.live.follow_path(path)  # fixed on disk, it opens
            return
        from briefing.viewer.recent import remember

        remember(self.settings, path)
        self.show_dataset(outcome, lazy=True)
        QTimer.singleShot(0, self, self.start_charts)  # not after the window is gone

    def show_dataset(self, dataset: Dataset, *, lazy: bool = False) -> None:
        """Build (or rebuild) the header, tabs, section actions and menus for a dataset.

        With ``lazy`` only the tab on screen is built now; the others are built as they are
        seen (or all of them by ``load_charts``).
        """
        self.dataset = dataset
        briefing = dataset.briefing
        self.setWindowTitle(briefing.title)
        if self.header is not None:
            self.central_layout.removeWidget(self.header)
            self.header.deleteLater()
        self.header = Header(dataset)
        self.central_layout.insertWidget(0, self.header)
        self.empty.hide()
        old = self.tabs
        self.tabs = self._section_tabs(dataset)
        self.central_layout.replaceWidget(old, self.tabs)
        old.retire()
        self.tabs.show()
        self._build_actions([s.heading[0] for s in briefing.sections])
        self.ensure_page(self.tabs.currentIndex())
        if not lazy:
            for index in range(self.tabs.count()):
                self.ensure_page(index)
        self._tab_changed(self.tabs.currentIndex())
        if self.warning is None:
            self.warning = DatasetWarnings(self.statusBar())
        self.warning.say(dataset)
        self.live.follow(dataset)
        self.briefing_shown.emit()

    def _section_tabs(self, dataset: Dataset | None) -> SectionTabs:
        tabs = SectionTabs(dataset, lambda: self.theme.appearance, self.settings.get(LAST_TAB))
        tabs.currentChanged.connect(self._tab_changed)
        tabs.chart_action.connect(self.chart_action)
        tabs.charts_ready.connect(self.charts_ready)
        if dataset is None:
            tabs.hide()
        return tabs

    def ensure_page(self, index: int) -> SectionPage | None:
        """The page of a tab, built now if it was not yet (its cards; the rest after)."""
        return self.tabs.ensure_page(index, whole=False)

    def _build_actions(self, section_names: list[str]) -> None:
        if self.actions_ is not None:
            for action in [*self.actions_.by_id.values(), *self.actions_.sections]:
                self.removeAction(action)
                action.deleteLater()
        # clear() only takes the menus off the bar; they are its children and would pile up
        # with every briefing opened and every change of language.
        for menu in self.menuBar().findChildren(
            QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            menu.deleteLater()
        self.menuBar().clear()
        self.actions_ = build_actions(self, self._handlers, section_names, self.set_tab)
        fillers = {"screens": self._fill_screens, "recent": self._fill_recent}
        build_menus(self.menuBar(), self.actions_, fillers)
        self.toolbar.clear()
        self.toolbar.addAction(self.actions_[ActionId.PRESENT_START])
        self.actions_[ActionId.SLIDE_TIMES].setEnabled(self.shows.last_show is not None)
        self._sync_checks(self.theme.appearance)
        self._fit_chrome()  # the new header, tab bar and toolbar action

    def start_charts(self) -> None:
        """After the window has painted: the charts of the tab on screen, then of each tab as
        it is seen (charts_ready once the tab on screen's are built)."""
        self.tabs.start_charts()

    def load_charts(self) -> None:
        """Every page and every chart (charts_ready once all are built)."""
        self.tabs.load_charts()

    def charts_loaded(self) -> bool:
        return self.tabs.charts_loaded()

    # -- tabs -----------------------------------------------------------------------------

    def set_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def step_tab(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _tab_changed(self, index: int) -> None:
        self.ensure_page(index)
        if self.actions_ is not None and 0 <= index < len(self.actions_.sections):
            self.actions_.sections[index].setChecked(True)

    # -- appearance -----------------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        self.tabs.apply_appearance(appearance)
        self._sync_checks(appearance)
        self.settings.save_appearance(appearance)

    def _sync_checks(self, appearance: Appearance) -> None:
        """The menus' check marks, derived from the state they show (actions.checked_when)."""
        if self.actions_ is None:
            return
        state = {
            "theme": appearance.theme.name,
            "convention": appearance.convention,
            "language": i18n.current(),
            "show-theme": self.settings.get(SHOW_THEME),
        }
        sync_checks(self.actions_, state)

    def quit(self) -> None:
        self.close()

    # -- language -------------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Switch the UI language now and remember it: every menu, page and dialog is built
        again in the new language; the dataset's own text stays as written."""
        if language == i18n.current():
            self._sync_checks(self.theme.appearance)
            return
        i18n.install(language)
        self.settings.set(LANGUAGE, language)
        self.retranslate()

    def retranslate(self) -> None:
        application = QApplication.instance()
        if isinstance(application, QApplication):  # a part of every window title
            application.setApplicationDisplayName(QCoreApplication.translate("App", "数据简报"))
        self.toolbar.setWindowTitle(self.tr("放映"))
        self.empty.retranslate()
        if self.dataset is None:
            self._build_actions([])
            return
        tab = self.tabs.currentIndex()
        page = self.tabs.page(tab)
        scroll = page.verticalScrollBar().value() if page is not None else 0
        self.settings.set(LAST_TAB, tab)
        self.show_dataset(self.dataset, lazy=True)
        self.start_charts()
        page = self.tabs.page(tab)
        if page is not None:
            page.verticalScrollBar().setValue(scroll)

    # -- exporting (the conversation is viewer/export_flow.py) --------------------------------

    def chart_action(self, chart_id: str, what: str) -> None:
        """导出图片… or 复制图片 from a chart's button or context menu."""
        self.exports.chart_action(chart_id, what)

    def export_briefing(self) -> None:
        """File > Export…: the PDF of the slides, every chart, the figures table."""
        self.exports.export_briefing()

    @property
    def export_dialog(self) -> QDialog | None:
        return self._exports.dialog if self._exports is not None else None

    @property
    def message_box(self) -> QMessageBox | None:
        return self._exports.message_box if self._exports is not None else None

    # -- presenting -------------------------------------------------------------------------

    def present(self, *, from_section: bool) -> None:
        """Start the show: F5 from the first slide, Shift+F5 from the section on screen."""
        self.shows.present(from_section=from_section)

    @property
    def presentation(self) -> Presentation | None:
        return self.shows.presentation

    @property
    def slide_times_dialog(self) -> SlideTimesDialog | None:
        return self.shows.slide_times_dialog

    def _fill_screens(self, menu: QMenu) -> None:
        from briefing.show.controller import fill_screen_menu

        fill_screen_menu(menu, self.settings, self.screen())

    def _fill_recent(self, menu: QMenu) -> None:
        from briefing.viewer.recent import fill_recent_menu

        fill_recent_menu(menu, self.settings, self.open_path)

    def set_show_theme(self, name: str) -> None:
        self.settings.set(SHOW_THEME, name)
        self._sync_checks(self.theme.appearance)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # -- opening other briefings ------------------------------------------------------------

    def choose_briefing(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.settings.get(LAST_FOLDER) or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开简报"), start, self.tr("简报数据 (briefing.json *.json)")
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Open a dataset folder or its briefing.json; on failure list the problems and keep
        the current briefing."""
        from briefing.model import DatasetError, load_dataset

        try:
            dataset = load_dataset(path)
        except DatasetError as error:
            self.show_problems(path, error)
            if self.dataset is None:  # the empty window is about this one now: fixed, it opens
                self.live.follow_path(path)
            return False
        folder = path if path.is_dir() else path.parent
        self.settings.set(LAST_FOLDER, str(folder.parent))
        from briefing.viewer.recent import remember

        remember(self.settings, path)
        self.show_dataset(dataset, lazy=True)
        self.start_charts()
        return True

    def open_bundled(self) -> None:
        self.open_path(bundled_dataset())

    def show_problems(self, path: Path, error: DatasetError) -> None:
        """List a dataset's problems; with no briefing open the window and the box offer the
        bundled briefing or another one."""
        from briefing.viewer.dialogs import ProblemsBox

        nothing_open = self.dataset is None
        if nothing_open:
            self.empty.show_failure(path, error.count)
        offer = None
        if nothing_open:
            # The bundled briefing cannot be the way out of itself failing.
            offer = (None if is_bundled(path) else self.open_bundled, self.choose_briefing)
        box = ProblemsBox(path, error, self, nothing_open=nothing_open, offer=offer)
        self.message = box
        box.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) == 1 and urls[0].isLocalFile():
            event.acceptProposedAction()
            path = Path(urls[0].toLocalFile())
            # Let the drop finish before a possible message box opens.
            QTimer.singleShot(0, lambda: self.open_path(path))

    # -- help -----------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """The window's shortcuts, then the show's keys: both lists come from the one command
        table in ``briefing.actions``."""
        from briefing.viewer.dialogs import ShortcutsDialog

        assert self.actions_ is not None
        groups = [
            (self.tr("窗口中"), shortcut_rows(self.actions_)),
            (self.tr("放映中（及演示者视图中）"), show_key_rows()),
        ]
        ShortcutsDialog(groups, self).open()

    def show_about(self) -> None:
        from briefing.viewer.dialogs import AboutDialog

        if self.dataset is not None:
            dialog = AboutDialog(self.dataset.briefing, self)
            dialog.licence.clicked.connect(self.show_font_licence)
            dialog.open()

    def show_font_licence(self) -> None:
        from briefing.viewer.dialogs import LicenceDialog

        LicenceDialog(self).open()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()  # a save after the window is closed reads nothing
        self.shows.end()  # the show is a window of its own: it ends too
        self.settings.set(GEOMETRY, self.saveGeometry())
        if self.tabs.count():
            self.settings.set(LAST_TAB, self.tabs.currentIndex())
        self.settings.save_appearance(self.theme.appearance)
        self.settings.sync()
        super().closeEvent(event)
