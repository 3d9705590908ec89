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

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

# Dialog classes are imported where they are used: each Qt class costs its first import, and
# the window should paint before any dialog is needed.
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from briefing.actions import ActionId, Actions, build_actions, build_menus, shortcut_rows
from briefing.settings import EXPORT_FOLDER, GEOMETRY, LAST_FOLDER, LAST_TAB, Settings
from briefing.theme import Appearance, ThemeController
from briefing.ui.common import plain_label

if TYPE_CHECKING:  # the model and the pages import pydantic: only once the window is up
    from PySide6.QtWidgets import QDialog, QMessageBox

    from briefing.model import Dataset, DatasetError
    from briefing.present.controller import Presentation
    from briefing.ui.export_dialog import ChartExportDialog
    from briefing.ui.section_page import SectionPage

FONT_NOTICE = (
    "界面与图表字体：Noto Sans CJK SC（思源黑体简体中文）子集，随本程序提供，"
    "依 SIL Open Font License 1.1 授权；版权归 Adobe 所有（保留字体名称 “Source”）。"
)


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


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

        central = QWidget()
        self.central_layout = QVBoxLayout(central)
        self.central_layout.setContentsMargins(0, 0, 0, 0)
        self.central_layout.setSpacing(0)
        self.setCentralWidget(central)
        self.header: Header | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.hide()

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
            ActionId.PRESENT_START: lambda: self.present(from_section=False),
            ActionId.PRESENT_SECTION: lambda: self.present(from_section=True),
            ActionId.SHORTCUTS: self.show_shortcuts,
            ActionId.ABOUT: self.show_about,
        }
        self._handlers = handlers
        self.actions_: Actions | None = None
        self.presentation: Presentation | None = None
        self.toolbar = QToolBar(tr("放映"))
        self.toolbar.setObjectName("toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.status = plain_label(tr("正在打开简报…"), "summary")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.central_layout.addWidget(self.status, 1)
        self.central_layout.addWidget(self.tabs, 1)
        self.tabs.hide()
        self._build_actions([])
        if dataset is not None:
            self.show_dataset(dataset, lazy=False)
        self.theme.changed.connect(self.apply_appearance)
        self._sync_checks(self.theme.appearance)

        geometry = settings.get(GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)

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
                print(problem, file=sys.stderr)
            self.status.setText(
                tr("无法打开简报“{0}”：共 {1} 处问题。请用“文件 > 打开简报…”选择其他简报。").format(
                    path, len(error.problems)
                )
            )
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
        self.status.hide()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            holder = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if holder is not None:
                holder.deleteLater()
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
        self.briefing_shown.emit()

    def ensure_page(self, index: int) -> SectionPage | None:
        """The page of a tab, built now if it was not yet."""
        if self.dataset is None or not 0 <= index < self.tabs.count():
            return None
        if index not in self._pages:
            from briefing.ui.section_page import SectionPage

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
        self.menuBar().clear()
        self.actions_ = build_actions(self, self._handlers, section_names, self.set_tab)
        menus = build_menus(self.menuBar(), self.actions_)
        present = menus["present"]
        present.addSeparator()
        self.screen_menu = present.addMenu(tr("放映屏幕"))
        self.screen_menu.setObjectName("menu-screens")
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.show_theme_menu = present.addMenu(tr("放映主题"))
        self.show_theme_menu.setObjectName("menu-show-theme")
        self.show_theme_menu.aboutToShow.connect(self._fill_show_theme_menu)
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

        def next_step() -> None:
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
                QTimer.singleShot(0, next_step)
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
        if self.actions_ is None:
            return
        theme_action = {
            "light": ActionId.THEME_LIGHT,
            "dark": ActionId.THEME_DARK,
            "projector": ActionId.THEME_PROJECTOR,
        }[appearance.theme.name]
        self.actions_[theme_action].setChecked(True)
        convention = ActionId.RED_UP if appearance.convention == "red-up" else ActionId.GREEN_UP
        self.actions_[convention].setChecked(True)

    def quit(self) -> None:
        self.close()

    # -- exporting --------------------------------------------------------------------------

    def chart_action(self, chart_id: str, what: str) -> None:
        """导出图片… or 复制图片 from a chart's button or context menu."""
        if self.dataset is None:
            return
        briefing = self.dataset.briefing
        chart = next(c for _, block in briefing.blocks() for c in block.charts if c.id == chart_id)
        if what == "copy":
            from briefing.export.charts import copy_chart_to_clipboard
            from briefing.export.files import ImageOptions

            options = ImageOptions(theme=self.theme.appearance.theme.name)
            copy_chart_to_clipboard(chart, briefing.figures(), briefing, options)
            return
        from briefing.ui.export_dialog import ChartExportDialog

        dialog = ChartExportDialog(
            chart.title,
            self.settings.get(EXPORT_FOLDER),
            self.theme.appearance.theme.name,
            self,
        )
        self.export_dialog: QDialog = dialog
        dialog.accepted.connect(lambda: self._save_chart(dialog, chart_id))
        dialog.open()

    def _save_chart(self, dialog: ChartExportDialog, chart_id: str, *, force: bool = False) -> None:
        from briefing.export.charts import save_chart
        from briefing.export.files import ExportError

        assert self.dataset is not None
        briefing = self.dataset.briefing
        chart = next(c for _, block in briefing.blocks() for c in block.charts if c.id == chart_id)
        target = dialog.target()
        if target.exists() and not force:
            self._confirm_overwrite(
                [target], lambda: self._save_chart(dialog, chart_id, force=True)
            )
            return
        try:
            options = dialog.options()
            save_chart(target, chart, briefing.figures(), briefing, options, force=force)
        except ExportError as error:
            self._tell(tr("导出失败"), str(error), warning=True)
            return
        self.settings.set(EXPORT_FOLDER, str(target.parent))
        self._tell(tr("已导出"), tr("图表已保存到 {0}").format(target))

    def export_briefing(self) -> None:
        """File > Export…: the PDF of the slides, every chart, the figures table."""
        from briefing.ui.export_dialog import BriefingExportDialog

        if self.dataset is None:
            return
        dialog = BriefingExportDialog(self.settings.get(EXPORT_FOLDER), self)
        self.export_dialog = dialog
        dialog.accepted.connect(lambda: self._run_export(dialog.target(), dialog.formats()))
        dialog.open()

    def _run_export(self, folder: Path, formats: list[str], *, force: bool = False) -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog

        from briefing.export.everything import conflicts, export_all, plan
        from briefing.export.files import ExportCancelled, ExportError, ImageOptions

        assert self.dataset is not None
        try:
            existing = conflicts(plan(self.dataset, folder, formats))
        except ExportError as error:
            self._tell(tr("导出失败"), str(error), warning=True)
            return
        if existing and not force:
            self._confirm_overwrite(existing, lambda: self._run_export(folder, formats, force=True))
            return
        progress = QProgressDialog(tr("正在导出…"), tr("取消"), 0, 100, self)
        progress.setObjectName("export-progress")
        progress.setWindowTitle(tr("导出整份简报"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setValue(0)
        self.export_progress = progress

        def report(name: str, done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(tr("正在写入 {0}").format(name) if name else "")
            QApplication.processEvents()
            return not progress.wasCanceled()

        options = ImageOptions(theme=self.theme.appearance.theme.name)
        try:
            written = export_all(
                self.dataset, folder, formats, options, force=force, progress=report
            )
        except ExportCancelled:
            progress.close()
            self._tell(tr("已取消"), tr("导出已取消，没有留下任何文件。"))
            return
        except ExportError as error:
            progress.close()
            self._tell(tr("导出失败"), str(error), warning=True)
            return
        progress.close()
        self.settings.set(EXPORT_FOLDER, str(folder))
        self._tell(tr("已导出"), tr("已写入 {0} 个文件到 {1}").format(len(written), folder))

    def _confirm_overwrite(self, paths: list[Path], then: Callable[[], None]) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("confirm-overwrite")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("文件已存在"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("以下文件已存在，要覆盖吗？") + "\n" + "\n".join(str(p) for p in paths[:8]))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda result: then() if result == QMessageBox.StandardButton.Yes else None
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
        from briefing.present.controller import Presentation

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

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QActionGroup, QGuiApplication

        from briefing.present.controller import SHOW_SCREEN, choose_screens, screen_label

        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        screens = QGuiApplication.screens()
        chosen, _ = choose_screens(
            [s.name() for s in screens], self.screen().name(), self.settings.get(SHOW_SCREEN)
        )
        for screen in screens:
            name = screen.name()
            action = self.screen_menu.addAction(screen_label(screen))
            action.setCheckable(True)
            action.setChecked(name == chosen)
            group.addAction(action)
            action.triggered.connect(self._remember_screen(name))

    def _remember_screen(self, name: str) -> Callable[[], None]:
        from briefing.present.controller import SHOW_SCREEN

        return lambda: self.settings.set(SHOW_SCREEN, name)

    def _fill_show_theme_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        from briefing.present.controller import SHOW_THEME

        self.show_theme_menu.clear()
        group = QActionGroup(self.show_theme_menu)
        current = self.settings.get(SHOW_THEME)
        for name, text in (
            ("projector", "投影（高对比、大字）"),
            ("light", "浅色"),
            ("dark", "深色"),
        ):
            action = self.show_theme_menu.addAction(tr(text))
            action.setCheckable(True)
            action.setChecked(name == current)
            group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, name=name: self.settings.set(SHOW_THEME, name)
            )

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
            self, tr("打开简报"), start, tr("简报数据 (briefing.json *.json)")
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

    def show_problems(self, path: Path, error: DatasetError) -> None:
        from PySide6.QtWidgets import QMessageBox

        count = len(error.problems)
        box = QMessageBox(self)
        box.setObjectName("dataset-problems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("无法打开简报"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("“{0}”未通过校验，共 {1} 处问题。当前简报保持打开。").format(path, count))
        box.setInformativeText("\n".join(str(problem) for problem in error.problems[:8]))
        box.setDetailedText("\n".join(str(problem) for problem in error.problems))
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
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem

        assert self.actions_ is not None
        rows = shortcut_rows(self.actions_)
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts-dialog")
        dialog.setWindowTitle(tr("键盘快捷键"))
        layout = QVBoxLayout(dialog)
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([tr("操作"), tr("按键")])
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(520, 520)
        dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QDialog, QDialogButtonBox

        if self.dataset is None:
            return
        briefing = self.dataset.briefing
        source = tr(
            "数据来源：《{0}——{1}》，{2}。每个数字均摘自原文，并保留其原句；标“推算”的数字由原文数字计算得出。"
        ).format(briefing.title, briefing.subtitle, briefing.publisher_line)
        dialog = QDialog(self)
        dialog.setObjectName("about-dialog")
        dialog.setWindowTitle(tr("关于本简报"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(plain_label(briefing.title, "heading"))
        layout.addWidget(plain_label(source))
        layout.addWidget(plain_label(tr(FONT_NOTICE), "muted"))
        layout.addWidget(plain_label(tr("本程序离线运行，不连接网络。"), "muted"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        licence = buttons.addButton(tr("字体许可证…"), QDialogButtonBox.ButtonRole.ActionRole)
        licence.clicked.connect(self.show_font_licence)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(560, 300)
        dialog.open()

    def show_font_licence(self) -> None:
        """The font's copyright and the SIL Open Font License, as shipped beside the font."""
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

        from briefing.resources import resource_path

        dialog = QDialog(self)
        dialog.setObjectName("licence-dialog")
        dialog.setWindowTitle(tr("字体许可证：SIL Open Font License 1.1"))
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
