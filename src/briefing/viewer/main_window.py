"""The main window: the briefing's header, one tab per section, menus from the action registry.

Start-up is staged so the window shows at once: the window opens before the dataset is read
(the model needs pydantic, ~0.3 s to import), the tab on screen is built first, the other tabs
next, and the charts (pyqtgraph, ~0.9 s to import) last, one tab per turn of the event loop.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMargins,
    QObject,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeyEvent,
    QScreen,
    QShowEvent,
)

# Dialog classes are imported where they are used: each Qt class costs its first import, and
# the window should paint before any dialog is needed.
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabWidget,
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
from briefing.i18n import QT_TRANSLATE_NOOP, Language
from briefing.resources import bundled_dataset
from briefing.settings import GEOMETRY, LANGUAGE, LAST_FOLDER, LAST_TAB, SHOW_THEME, Settings
from briefing.theme import Appearance, ThemeController
from briefing.views.labels import plain_label, plain_tooltip

if TYPE_CHECKING:  # the model and the pages import pydantic: only once the window is up
    from PySide6.QtWidgets import QMessageBox

    from briefing.model import Dataset, DatasetError
    from briefing.show.controller import Presentation
    from briefing.viewer.export_dialog import BriefingExportDialog, ChartExportDialog
    from briefing.views.section_page import SectionPage

FONT_NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "界面与图表字体：Noto Sans CJK SC（思源黑体简体中文）子集，随本程序提供，"
    "依 SIL Open Font License 1.1 授权；版权归 Adobe 所有（保留字体名称 “Source”）。",
)


def fit_window(window: QRect, available: QRect, frame: QMargins) -> QRect:
    """Where a window goes so that it and its frame lie inside ``available``: shrunk to fit,
    then moved in if it sticks out (a remembered place on a screen that is gone, or a 1280×800
    default on a 1280×720 laptop)."""
    inner = available.marginsRemoved(frame)
    width = min(window.width(), inner.width())
    height = min(window.height(), inner.height())
    left = min(max(window.left(), inner.left()), inner.right() + 1 - width)
    top = min(max(window.top(), inner.top()), inner.bottom() + 1 - height)
    return QRect(left, top, width, height)


class EnterPressesButtons(QObject):
    """Return and Enter press the focused push button outside dialogs too, as Space does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QAbstractButton)
            and watched.hasFocus()
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)  # dialogs have default buttons
        ):
            watched.animateClick()
            return True
        return False


def _is_bundled(path: Path) -> bool:
    bundled = bundled_dataset().resolve()
    return path.resolve() in {bundled, bundled / "briefing.json"}


class EmptyState(QWidget):
    """What the window shows while no briefing is open: opening, or why it could not be, with
    the ways out (the bundled briefing, another one)."""

    def __init__(
        self, choose: Callable[[], None], bundled: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("empty-state")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = plain_label("", "summary")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.bundled = QPushButton()
        self.bundled.setObjectName("open-bundled")
        self.bundled.clicked.connect(bundled)
        self.other = QPushButton()
        self.other.setObjectName("open-other")
        self.other.clicked.connect(choose)
        row.addWidget(self.bundled)
        row.addWidget(self.other)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.failed: tuple[Path, int] | None = None
        self.retranslate()

    def show_failure(self, path: Path, count: int) -> None:
        self.failed = (path, count)
        self.retranslate()

    def retranslate(self) -> None:
        self.bundled.setText(self.tr("打开内置简报"))
        self.other.setText(self.tr("打开其他简报…"))
        if self.failed is None:
            self.label.setText(self.tr("正在打开简报…"))
        else:
            path, count = self.failed
            self.label.setText(self.tr("无法打开简报“{0}”：共 {1} 处问题。").format(path, count))
        self.other.setVisible(self.failed is not None)
        # The bundled briefing cannot be the way out of a bundled briefing that fails.
        self.bundled.setVisible(self.failed is not None and not _is_bundled(self.failed[0]))


class Header(QWidget):
    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        briefing = dataset.briefing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 12)
        layout.setSpacing(2)
        self.title = plain_label(briefing.title, "title")
        self.subtitle = plain_label(f"——{briefing.subtitle}", "subtitle")
        self.credits = plain_label(briefing.publisher_line, "credit")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.subtitle, 1)
        row.addWidget(self.credits)
        layout.addLayout(row)


class MainWindow(QMainWindow):
    briefing_shown = Signal()  # a dataset's header and current tab are built
    charts_ready = Signal()  # every tab and every chart is built

    def __init__(
        self, theme: ThemeController, settings: Settings, dataset: Dataset | None = None
    ) -> None:
        """A window for a dataset; without one it opens empty, ready for ``open_initial``."""
        super().__init__()
        self.theme = theme
        self.settings = settings
        self.dataset: Dataset | None = None
        self._pages: dict[int, SectionPage] = {}
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 600)
        self.message: QMessageBox | None = None
        self.warning: QLabel | None = None  # what the open briefing lacks, on the status bar

        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.setCentralWidget(central)
        self.header: Header | None = None
        self.tabs = self._tab_widget()

        handlers = {
            ActionId.OPEN: self.choose_briefing,
            ActionId.EXPORT: self.export_briefing,
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
            ActionId.SHOW_THEME_PROJECTOR: lambda: self.set_show_theme("projector"),
            ActionId.SHOW_THEME_LIGHT: lambda: self.set_show_theme("light"),
            ActionId.SHOW_THEME_DARK: lambda: self.set_show_theme("dark"),
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.ABOUT: self.show_about,
        }
        self._handlers = handlers
        self.actions_: Actions | None = None
        self.presentation: Presentation | None = None
        self.toolbar = QToolBar(self.tr("放映"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.empty = EmptyState(self.choose_briefing, self.open_bundled)
        self.central_layout.addWidget(self.empty, 1)
        self.central_layout.addWidget(self.tabs, 1)
        self.tabs.hide()
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

    def _place_on_screen(self, geometry: QByteArray) -> None:
        """The remembered size and place, or 1280×800; either way inside the available area of
        a screen that is there (a remembered screen may be gone, a laptop's may be 1280×720)."""
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Fit the window and its frame into the available area of the screen it overlaps
        most (or its own, when it overlaps none)."""
        screens = QGuiApplication.screens()
        if not screens:
            return
        frame, inner = self.frameGeometry(), self.geometry()

        def overlap(screen: QScreen) -> int:
            shared = screen.availableGeometry().intersected(frame)
            return shared.width() * shared.height()

        chosen = max(screens, key=overlap)
        if overlap(chosen) == 0:
            chosen = self.screen() or screens[0]
        margins = QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
        placed = fit_window(inner, chosen.availableGeometry(), margins)
        if placed != inner:
            self.setGeometry(placed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            # Only now does the window know its frame (title bar, borders): fit again with it.
            self._placed = True
            self._keep_on_screen()

    # -- building -------------------------------------------------------------------------

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the window has painted for the first time (so the user sees a
        window at once, and slow work comes after)."""
        window = self

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is window and event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    self.deleteLater()
                    QTimer.singleShot(0, then)
                return False

        self.installEventFilter(FirstPaint(self))

    @property
    def pages(self) -> list[SectionPage]:
        """The section pages built so far, in tab order (all of them once charts_ready)."""
        return [self._pages[i] for i in sorted(self._pages)]

    def open_initial(self, path: Path) -> None:
        """Read the dataset the app was started with and show it, or show why it can't be."""
        from briefing.model import DatasetError, load_dataset

        try:
            dataset = load_dataset(path)
        except DatasetError as error:
            for problem in error.problems:
                print(problem.render(QCoreApplication.translate), file=sys.stderr)
            self.show_problems(path, error)
            return
        self.show_dataset(dataset, lazy=True)
        QTimer.singleShot(0, self.load_charts)

    def show_dataset(self, dataset: Dataset, *, lazy: bool = False) -> None:
        """Build (or rebuild) the header, tabs, section actions and menus for a dataset.

        With ``lazy`` only the tab on screen is built now; ``load_charts`` builds the rest.
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
        self._fresh_tabs()
        self.tabs.blockSignals(True)
        self._pages = {}
        for index, section in enumerate(briefing.sections):
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, section.heading[0])
            self.tabs.setTabToolTip(index, "　".join(section.heading))
        last = self.settings.get(LAST_TAB)
        self.tabs.setCurrentIndex(last if 0 <= last < self.tabs.count() else 0)
        self.tabs.blockSignals(False)
        self.tabs.show()
        self._build_actions([s.heading[0] for s in briefing.sections])
        self.ensure_page(self.tabs.currentIndex())
        if not lazy:
            for index in range(self.tabs.count()):
                self.ensure_page(index)
        self._tab_changed(self.tabs.currentIndex())
        self._say_warnings(dataset)
        self.briefing_shown.emit()

    def _say_warnings(self, dataset: Dataset) -> None:
        """What the briefing lacks (a picture file), on the status bar: it opened anyway, each
        missing picture is a placeholder on its page, and whoever made it should hear of it."""
        bar = self.statusBar()
        bar.setObjectName("status-bar")
        if self.warning is None:
            # A widget of the bar, not a message: a message is cleared by the first menu item
            # the pointer passes over.
            self.warning = plain_label("", "muted", wrap=False)
            self.warning.setObjectName("dataset-warnings")
            bar.addWidget(self.warning, 1)
        if not dataset.warnings:
            self.warning.clear()
            bar.hide()
            return
        lines = [warning.render(QCoreApplication.translate) for warning in dataset.warnings]
        self.warning.setText(
            self.tr("本简报有 {0} 处缺失，已用占位图代替：{1}").format(len(lines), lines[0])
        )
        self.warning.setToolTip(plain_tooltip("\n".join(lines)))
        bar.show()

    def _tab_widget(self) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("sections")
        tabs.setDocumentMode(True)
        tabs.currentChanged.connect(self._tab_changed)
        tabs.hide()
        return tabs

    def _fresh_tabs(self) -> None:
        """A new tab widget, its old pages deleted with the old one: Qt names its own parts
        (the tab bar's scroll buttons) in the language of the moment they are made."""
        old = self.tabs
        self.tabs = self._tab_widget()
        self.central_layout.replaceWidget(old, self.tabs)
        old.blockSignals(True)
        old.hide()
        old.deleteLater()

    def ensure_page(self, index: int) -> SectionPage | None:
        """The page of a tab, built now if it was not yet."""
        if self.dataset is None or not 0 <= index < self.tabs.count():
            return None
        if index not in self._pages:
            from briefing.views.section_page import SectionPage

            section = self.dataset.briefing.sections[index]
            page = SectionPage(section, self.dataset, self.theme.appearance, with_lead=index == 0)
            page.chart_action.connect(self.chart_action)
            holder = self.tabs.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None, "every tab holds a layout for its page"
            layout.addWidget(page)
            self._pages[index] = page
        return self._pages[index]

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
        build_menus(self.menuBar(), self.actions_, {"screens": self._fill_screens})
        self.toolbar.clear()
        self.toolbar.addAction(self.actions_[ActionId.PRESENT_START])
        self._sync_checks(self.theme.appearance)

    def load_charts(self) -> None:
        """After the window has painted: build the tabs not built yet, then draw the charts,
        the tab on screen first, one step per turn of the event loop so the window keeps
        answering keys."""
        current = self.tabs.currentIndex()
        order = [current] + [i for i in range(self.tabs.count()) if i != current]
        steps = [i for i in order if i not in self._pages] + order
        pages = self._pages  # the pages of this briefing: a newer one (or language) ends the run

        def next_step() -> None:
            if pages is not self._pages:
                return
            while steps:
                index = steps.pop(0)
                page = self._pages.get(index)
                if page is None:
                    self.ensure_page(index)
                    break
                if not page.charts_loaded():
                    page.load_charts(self.theme.appearance)
                    holder, shown = self.tabs.widget(index), self.tabs.currentWidget()
                    if holder is not None and shown is not None and holder is not shown:
                        # Lay out and paint the hidden tab once, off screen and at the size it
                        # will have, so its first showing costs no more than any tab switch.
                        holder.resize(shown.size())
                        holder.grab()
                    break
            if steps:
                QTimer.singleShot(0, self, next_step)  # never after the window is deleted
            elif self.charts_loaded():
                self.charts_ready.emit()

        next_step()

    def charts_loaded(self) -> bool:
        return len(self._pages) == self.tabs.count() and all(
            page.charts_loaded() for page in self._pages.values()
        )

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
        for page in self.pages:
            page.apply_appearance(appearance)
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
        page = self._pages.get(tab)
        scroll = page.verticalScrollBar().value() if page is not None else 0
        self.settings.set(LAST_TAB, tab)
        self.show_dataset(self.dataset, lazy=True)
        self.load_charts()
        page = self._pages.get(tab)
        if page is not None:
            page.verticalScrollBar().setValue(scroll)

    # -- exporting --------------------------------------------------------------------------

    def chart_action(self, chart_id: str, what: str) -> None:
        """导出图片… or 复制图片 from a chart's button or context menu."""
        if self.dataset is None:
            return
        briefing = self.dataset.briefing
        chart = briefing.chart(chart_id)
        if what == "copy":
            from briefing.render.chart_files import copy_chart_to_clipboard
            from briefing.render.files import ImageOptions

            options = ImageOptions(theme=self.theme.appearance.theme.name)
            copy_chart_to_clipboard(chart, briefing.figures(), briefing, options)
            return
        from briefing.viewer.export_dialog import ChartExportDialog

        dialog = ChartExportDialog(
            chart.title, self.settings, self.theme.appearance.theme.name, self
        )
        self.export_dialog: QDialog = dialog
        dialog.accepted.connect(lambda: self._save_chart(dialog, chart_id))
        dialog.open()

    def _save_chart(self, dialog: ChartExportDialog, chart_id: str, *, force: bool = False) -> None:
        from briefing.render.chart_files import save_chart
        from briefing.render.files import ExportError

        assert self.dataset is not None
        briefing = self.dataset.briefing
        chart = briefing.chart(chart_id)
        target = dialog.target()
        if target.exists() and not force:
            # No gives the dialog back as it was, to choose another name.
            self._confirm_overwrite(
                [target], lambda: self._save_chart(dialog, chart_id, force=True), dialog.open
            )
            return
        try:
            options = dialog.options()
            save_chart(target, chart, briefing.figures(), briefing, options, force=force)
        except ExportError as error:
            self._tell(self.tr("导出失败"), str(error), warning=True)
            return
        dialog.remember(self.settings)
        self._tell(self.tr("已导出"), self.tr("图表已保存到 {0}").format(target))

    def export_briefing(self) -> None:
        """File > Export…: the PDF of the slides, every chart, the figures table."""
        from briefing.viewer.export_dialog import BriefingExportDialog

        if self.dataset is None:
            return
        dialog = BriefingExportDialog(self.settings, self)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._run_export(dialog))
        dialog.open()

    def _run_export(self, dialog: BriefingExportDialog, *, force: bool = False) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from briefing.render.everything import conflicts, export_all, plan
        from briefing.render.files import ExportCancelled, ExportError, ImageOptions

        assert self.dataset is not None
        folder, formats = dialog.target(), dialog.formats()
        try:
            existing = conflicts(plan(self.dataset, folder, formats))
        except ExportError as error:
            self._tell(self.tr("导出失败"), str(error), warning=True)
            return
        if existing and not force:
            self._confirm_overwrite(
                existing, lambda: self._run_export(dialog, force=True), dialog.open
            )
            return
        progress = QProgressDialog(self.tr("正在导出…"), self.tr("取消"), 0, 100, self)
        progress.setObjectName("export-progress")
        progress.setWindowTitle(self.tr("导出整份简报"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setValue(0)
        self.export_progress = progress

        def report(name: str, done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("正在写入 {0}").format(name) if name else "")
            QApplication.processEvents()
            return not progress.wasCanceled()

        options = ImageOptions(theme=self.theme.appearance.theme.name)
        try:
            written = export_all(
                self.dataset, folder, formats, options, force=force, progress=report
            )
        except ExportCancelled:
            progress.close()
            self._tell(self.tr("已取消"), self.tr("导出已取消，没有留下任何文件。"))
            return
        except ExportError as error:
            progress.close()
            self._tell(self.tr("导出失败"), str(error), warning=True)
            return
        progress.close()
        dialog.remember(self.settings)
        self._tell(
            self.tr("已导出"), self.tr("已写入 {0} 个文件到 {1}").format(len(written), folder)
        )

    def _confirm_overwrite(
        self, paths: list[Path], then: Callable[[], None], otherwise: Callable[[], None]
    ) -> None:
        """Ask before replacing files: Yes runs ``then``, No (or closing the box) ``otherwise``."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirm-overwrite")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("文件已存在"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("以下文件已存在，要覆盖吗？") + "\n" + "\n".join(str(p) for p in paths[:8])
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: then() if result == QMessageBox.StandardButton.Yes else otherwise()
        )
        self.message_box = box
        box.open()

    def _tell(self, title: str, text: str, *, warning: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("export-message")
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        self.message_box = box
        box.open()

    # -- presenting -------------------------------------------------------------------------

    def present(self, *, from_section: bool) -> None:
        """Start the show (F5 from the first slide, Shift+F5 from the section on screen) on
        the chosen screen; this window stays as it is and is given back as it was."""
        from briefing.show.controller import Presentation

        if self.dataset is None or self.presentation is not None:
            return
        page = self._pages.get(self.tabs.currentIndex())
        # The show is a window of its own: this one is not moved or resized, but its tab and
        # scroll position are put back in case the presenter used them in the meantime.
        self._before_show = (
            self.tabs.currentIndex(),
            page.verticalScrollBar().value() if page is not None else 0,
        )
        section = self.tabs.currentIndex() if from_section else None
        self.presentation = Presentation(
            self, self.dataset, self.settings, self.theme.appearance, section
        )
        self.presentation.ended.connect(self._presentation_ended)
        self.presentation.start()

    def _presentation_ended(self, _index: int) -> None:
        self.presentation = None
        tab, scroll = self._before_show
        self.set_tab(tab)
        page = self._pages.get(tab)
        if page is not None:
            page.verticalScrollBar().setValue(scroll)
        self.activateWindow()
        self.raise_()

    def _fill_screens(self, menu: QMenu) -> None:
        from briefing.show.controller import fill_screen_menu

        fill_screen_menu(menu, self.settings, self.screen())

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
            return False
        folder = path if path.is_dir() else path.parent
        self.settings.set(LAST_FOLDER, str(folder.parent))
        self.show_dataset(dataset)
        self.load_charts()
        return True

    def open_bundled(self) -> None:
        self.open_path(bundled_dataset())

    def show_problems(self, path: Path, error: DatasetError) -> None:
        """List a dataset's problems, in the UI language. With no briefing open (the one the
        app was started with failed, or every one tried since) the window and the box offer the
        bundled briefing or another one."""
        from PySide6.QtWidgets import QMessageBox

        count = len(error.problems)
        nothing_open = self.dataset is None
        if nothing_open:
            self.empty.show_failure(path, count)
        lines = [problem.render(QCoreApplication.translate) for problem in error.problems]
        box = QMessageBox(self)
        box.setObjectName("dataset-problems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("无法打开简报"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if nothing_open:
            text = self.tr("“{0}”未通过校验，共 {1} 处问题。").format(path, count)
        else:
            text = self.tr("“{0}”未通过校验，共 {1} 处问题。当前简报保持打开。").format(path, count)
        box.setText(text)
        box.setInformativeText("\n".join(lines[:8]))
        box.setDetailedText("\n".join(lines))
        if nothing_open:
            bundled = box.addButton(self.tr("打开内置简报"), QMessageBox.ButtonRole.AcceptRole)
            bundled.setObjectName("open-bundled")
            bundled.clicked.connect(lambda: QTimer.singleShot(0, self.open_bundled))
            other = box.addButton(self.tr("打开其他简报…"), QMessageBox.ButtonRole.ActionRole)
            other.setObjectName("open-other")
            other.clicked.connect(lambda: QTimer.singleShot(0, self.choose_briefing))
            box.addButton(QMessageBox.StandardButton.Close)
            bundled.setVisible(not _is_bundled(path))
        else:
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
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
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QDialogButtonBox, QTableWidget, QTableWidgetItem

        assert self.actions_ is not None
        groups = (
            (self.tr("窗口中"), shortcut_rows(self.actions_)),
            (self.tr("放映中（及演示者视图中）"), show_key_rows()),
        )
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts-dialog")
        dialog.setWindowTitle(self.tr("键盘快捷键"))
        layout = QVBoxLayout(dialog)
        table = QTableWidget(sum(1 + len(rows) for _, rows in groups), 2)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("按键")])
        row = 0
        bold = QFont(self.font())
        bold.setBold(True)
        for title, rows in groups:
            heading = QTableWidgetItem(title)
            heading.setFont(bold)
            table.setItem(row, 0, heading)
            table.setItem(row, 1, QTableWidgetItem(""))
            table.setSpan(row, 0, 1, 2)
            row += 1
            for what, keys in rows:
                table.setItem(row, 0, QTableWidgetItem(what))
                table.setItem(row, 1, QTableWidgetItem(keys))
                row += 1
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a list to read, not pick
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 640)
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        if self.dataset is None:
            return
        briefing = self.dataset.briefing
        from briefing.model.formatting import source_line

        source = self.tr(
            "{source}。每个数字均摘自原文，并保留其原句；标“推算”的数字由原文数字计算得出。"
        ).format(source=source_line(briefing, QCoreApplication.translate))
        dialog = QDialog(self)
        dialog.setObjectName("about-dialog")
        dialog.setWindowTitle(self.tr("关于本简报"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(plain_label(briefing.title, "heading"))
        import briefing as package

        version = plain_label(self.tr("数据简报 {0} 版").format(package.__version__), "muted")
        version.setObjectName("about-version")
        layout.addWidget(version)
        layout.addWidget(plain_label(source))
        layout.addWidget(plain_label(self.tr(FONT_NOTICE), "muted"))
        layout.addWidget(plain_label(self.tr("本程序离线运行，不连接网络。"), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        licence = buttons.addButton(self.tr("字体许可证…"), QDialogButtonBox.ButtonRole.ActionRole)
        licence.clicked.connect(self.show_font_licence)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.setMinimumWidth(560)  # as tall as its text needs, in any language
        dialog.adjustSize()
        dialog.open()

    def show_font_licence(self) -> None:
        """The font's copyright and the SIL Open Font License, as shipped beside the font."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

        from briefing.resources import resource_path

        dialog = QDialog(self)
        dialog.setObjectName("licence-dialog")
        dialog.setWindowTitle(self.tr("字体许可证：SIL Open Font License 1.1"))
        layout = QVBoxLayout(dialog)
        text = QPlainTextEdit(resource_path("resources", "fonts/OFL.txt").read_text("utf-8"))
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(640, 560)
        dialog.open()

    # -- closing --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation is not None:  # the show is a window of its own: end it too
            self.presentation.show.end()
        self.settings.set(GEOMETRY, self.saveGeometry())
        if self.tabs.count():
            self.settings.set(LAST_TAB, self.tabs.currentIndex())
        self.settings.save_appearance(self.theme.appearance)
        self.settings.sync()
        super().closeEvent(event)
