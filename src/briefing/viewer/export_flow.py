"""The export conversation of the main window: the dialog, "overwrite?", the progress, what
happened. The files themselves are written by briefing.render; this holds no file logic."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
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
        self._exporting = False  # files are being written: closing the window asks first
        self._close_after = False  # the answer was to stop the export and close
        self._question: QMessageBox | None = None  # "stop the export and close?", while up
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's Close while files are being written asks whether to stop the export."""
        if watched is self._window and event.type() == QEvent.Type.Close and self._exporting:
            event.ignore()
            if not self._close_after:
                self._ask_to_stop()
            return True
        return super().eventFilter(watched, event)

    def _ask_to_stop(self) -> None:
        """停止导出并关闭 cancels the export (its files are removed) and then closes the
        window; 继续导出, Esc or closing the box lets it go on."""
        box = QMessageBox(self._window)
        box.setObjectName("export-close-question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("正在导出"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("简报还在导出。要停止导出并关闭窗口吗？"))
        box.setInformativeText(self.tr("停止后，这次导出已写入的文件会被删除。"))
        stop = box.addButton(self.tr("停止导出并关闭"), QMessageBox.ButtonRole.DestructiveRole)
        stop.setObjectName("stop-and-close")
        go_on = box.addButton(self.tr("继续导出"), QMessageBox.ButtonRole.RejectRole)
        go_on.setObjectName("continue-export")
        box.setDefaultButton(go_on)
        box.setEscapeButton(go_on)

        def answered() -> None:
            if box.clickedButton() is stop and self._exporting:
                self._close_after = True
                if self.progress is not None:
                    self.progress.cancel()

        box.finished.connect(answered)
        self._question = box
        self._open_box(box)

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
        if self._exporting and self.progress is not None:
            self.progress.raise_()  # one export at a time: the one running is shown
            self.progress.activateWindow()
            return
        charts = [(chart.id, chart.title) for chart in dataset.briefing.charts()]
        dialog = BriefingExportDialog(self._settings, self._window, charts=charts)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._run_export(dialog))
        dialog.open()

    def _run_export(self, dialog: BriefingExportDialog, *, force: bool = False) -> None:
        from briefing.render.everything import conflicts, plan
        from briefing.render.files import ExportError

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
        self._exporting, self._close_after = True, False
        try:
            title, text, warning, written_to = self._export_with(progress, dialog, force=force)
        finally:
            self._exporting = False
            progress.close()
            if self._question is not None:
                self._question.close()  # answered, or moot: the export ended first
                self._question = None
        if self._close_after:
            self._close_after = False
            self._window.close()  # what the export had written it has removed
            return
        if written_to is not None:
            dialog.remember(self._settings)
        self._tell(title, text, warning=warning, folder=written_to)

    def _export_with(
        self, progress: QProgressDialog, dialog: BriefingExportDialog, *, force: bool
    ) -> tuple[str, str, bool, Path | None]:
        """Write the files the dialog chose, reporting to ``progress``: what to say (title,
        text, whether it is a warning) and the folder written to, None when nothing was."""
        from briefing.render.everything import export_all
        from briefing.render.files import ExportCancelled, ExportError, ImageOptions

        dataset = self._dataset()
        assert dataset is not None
        folder, formats, charts = dialog.target(), dialog.formats(), dialog.chosen_charts()

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
            return self.tr("已取消"), self.tr("导出已取消，没有留下任何文件。"), False, None
        except ExportError as error:
            return self.tr("导出失败"), str(error), True, None
        text = self.tr("已写入 {0} 个文件到 {1}").format(len(written), folder)
        return self.tr("已导出"), text, False, folder

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
        self._open_box(box)

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
        self._open_box(box)

    def _open_box(self, box: QMessageBox) -> None:
        """Open ``box`` as what was said last; the one before it goes once it is closed (a
        window used all day would otherwise keep every box it ever showed)."""
        old = self.message_box
        if old is not None and old is not box and shiboken6.isValid(old) and not old.isVisible():
            old.deleteLater()
        self.message_box = box
        box.open()

    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the desktop's file manager; say so when there is none to."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._say(self.tr("无法打开文件夹 {0}").format(folder))
