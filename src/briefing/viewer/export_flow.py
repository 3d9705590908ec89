"""The export conversation of the main window: the dialog, "overwrite?", the progress, what
happened. The files themselves are written by briefing.render; this holds no file logic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from briefing.settings import Settings
from briefing.theme import ThemeController

if TYPE_CHECKING:
    from briefing.model import Dataset
    from briefing.viewer.export_dialog import BriefingExportDialog, ChartExportDialog

STATUS_SECONDS = 5  # how long "copied" stays in the status bar


class ExportFlow(QObject):
    """导出图片… and 复制图片 of a chart, File > 导出… of the briefing; No to "overwrite?" gives
    the dialog back as it was."""

    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        theme: ThemeController,
        dataset: Callable[[], Dataset | None],
    ) -> None:
        """For ``window`` (the parent of its dialogs), exporting ``dataset()``: the briefing
        open at the moment."""
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._theme = theme
        self._dataset = dataset
        self.dialog: QDialog | None = None  # the export dialog open last
        self.message_box: QMessageBox | None = None  # what was said last
        self.progress: QProgressDialog | None = None

    def chart_action(self, chart_id: str, what: str) -> None:
        """导出图片…, 复制图片 or 复制数据 from a chart's button or context menu."""
        dataset = self._dataset()
        if dataset is None:
            return
        briefing = dataset.briefing
        chart = briefing.chart(chart_id)
        if what == "copy":
            from briefing.render.chart_files import copy_chart_to_clipboard
            from briefing.render.files import ImageOptions

            options = ImageOptions(theme=self._theme.appearance.theme.name)
            copy_chart_to_clipboard(chart, briefing.figures(), briefing, options)
            self._say(self.tr("已复制图片：{title}").format(title=chart.title))
            return
        if what == "copy-data":
            from briefing.views.chart import copy_chart_data

            copy_chart_data(chart, briefing.figures())
            self._say(
                self.tr("已复制数据：{title}（可粘贴到 Excel、WPS 或 Word）").format(
                    title=chart.title
                )
            )
            return
        from briefing.render.chart_files import render_chart
        from briefing.viewer.export_dialog import ChartExportDialog

        figures = briefing.figures()
        dialog = ChartExportDialog(
            chart.title,
            self._settings,
            self._theme.appearance.theme.name,
            self._window,
            draw=lambda options: render_chart(chart, figures, briefing, options),
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_chart(dialog, chart_id))
        dialog.open()

    def _say(self, text: str) -> None:
        """A short word in the window's status bar that something worked."""
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, STATUS_SECONDS * 1000)

    def _save_chart(self, dialog: ChartExportDialog, chart_id: str, *, force: bool = False) -> None:
        from briefing.render.chart_files import save_chart
        from briefing.render.files import ExportError

        dataset = self._dataset()
        assert dataset is not None
        briefing = dataset.briefing
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
        dialog.remember(self._settings)
        self._tell(
            self.tr("已导出"), self.tr("图表已保存到 {0}").format(target), folder=target.parent
        )

    def export_briefing(self) -> None:
        """File > Export…: the PDF of the slides, every chart, the figures table."""
        from briefing.viewer.export_dialog import BriefingExportDialog

        dataset = self._dataset()
        if dataset is None:
            return
        charts = [(chart.id, chart.title) for chart in dataset.briefing.charts()]
        dialog = BriefingExportDialog(self._settings, self._window, charts=charts)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run_export(dialog))
        dialog.open()

    def _run_export(self, dialog: BriefingExportDialog, *, force: bool = False) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from briefing.render.everything import conflicts, export_all, plan
        from briefing.render.files import ExportCancelled, ExportError, ImageOptions

        dataset = self._dataset()
        assert dataset is not None
        folder, formats, charts = dialog.target(), dialog.formats(), dialog.chosen_charts()
        try:
            existing = conflicts(plan(dataset, folder, formats, charts))
        except ExportError as error:
            self._tell(self.tr("导出失败"), str(error), warning=True)
            return
        if existing and not force:
            self._confirm_overwrite(
                existing, lambda: self._run_export(dialog, force=True), dialog.open
            )
            return
        progress = QProgressDialog(self.tr("正在导出…"), self.tr("取消"), 0, 100, self._window)
        progress.setObjectName("export-progress")
        progress.setWindowTitle(self.tr("导出整份简报"))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setValue(0)
        self.progress = progress

        def report(name: str, done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("正在写入 {0}").format(name) if name else "")
            QApplication.processEvents()
            return not progress.wasCanceled()

        theme = self._theme.appearance.theme.name
        options = ImageOptions(theme=theme, outline_text=dialog.outline_text())
        try:
            written = export_all(
                dataset, folder, formats, options, force=force, progress=report, charts=charts
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
        dialog.remember(self._settings)
        self._tell(
            self.tr("已导出"),
            self.tr("已写入 {0} 个文件到 {1}").format(len(written), folder),
            folder=folder,
        )

    def _confirm_overwrite(
        self, paths: list[Path], then: Callable[[], None], otherwise: Callable[[], None]
    ) -> None:
        """Ask before replacing files: Yes runs ``then``, No (or closing the box) ``otherwise``."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
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

    def _tell(
        self, title: str, text: str, *, warning: bool = False, folder: Path | None = None
    ) -> None:
        """Say what happened; after files were written into ``folder``, offer to open it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setObjectName("export-message")
        box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(text)
        if folder is not None:
            opener = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
            opener.setObjectName("open-folder")
            opener.clicked.connect(lambda: self.open_folder(folder))
            box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
        self.message_box = box
        box.open()

    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the desktop's file manager; say so when there is none to."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._say(self.tr("无法打开文件夹 {0}").format(folder))
