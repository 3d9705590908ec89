"""File > 打印… and 打印幻灯片…: Qt's print preview of the A4 handout, or of the slides one,
two, four or six to a page, then the system's print dialog from the preview's own button.

The pages are painted by briefing.render (``paint_handout``, ``paint_slide_sheets``) onto the
preview's QPrinter, laid out for its page, so what the preview shows is what prints.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QToolBar, QWidget

from briefing.render.files import ExportError

if TYPE_CHECKING:
    # Imported where printing starts, as every dialog of the window is: not at start-up.
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from briefing.model import Dataset

SLIDES_PER_PAGE = (1, 2, 4, 6)


class PrintFlow(QObject):
    """The print previews of ``dataset()``, the briefing open at the moment."""

    def __init__(self, window: QWidget, dataset: Callable[[], Dataset | None]) -> None:
        super().__init__(window)
        self._window = window
        self._dataset = dataset
        self.preview: QPrintPreviewDialog | None = None  # the preview open last (tests)
        self.per_page: QComboBox | None = None  # its slides-per-page choice, for slides
        self.failure: str = ""  # what went wrong painting the pages last, if anything
        self._printer: QPrinter | None = None

    def print_handout(self) -> None:
        """The A4 handout in the print preview."""
        from briefing.render.handout import a4_layout, paint_handout

        dataset = self._dataset()
        if dataset is None:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(a4_layout())
        printer.setDocName(dataset.briefing.title)

        def paint(device: QPrinter) -> None:
            paint_handout(device, dataset)

        self._preview(printer, paint, self.tr("打印预览：A4 讲义"))

    def print_slides(self) -> None:
        """The show's slides in the print preview, 1/2/4/6 to a page (chosen in its toolbar)."""
        from briefing.render.slide_sheets import paint_slide_sheets, sheet_layout

        dataset = self._dataset()
        if dataset is None:
            return
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(sheet_layout(1))
        printer.setDocName(dataset.briefing.title)
        choice = QComboBox()
        choice.setObjectName("slides-per-page")
        for count in SLIDES_PER_PAGE:
            choice.addItem(self.tr("每页 {count} 张").format(count=count), count)
        choice.setAccessibleName(self.tr("每页幻灯片数"))

        def paint(device: QPrinter) -> None:
            paint_slide_sheets(device, dataset, int(choice.currentData()))

        def chosen() -> None:
            # One slide a page is landscape, more are portrait: the page turns with the choice;
            # the paper and margins chosen in the preview's page setup stay.
            printer.setPageOrientation(sheet_layout(int(choice.currentData())).orientation())
            from PySide6.QtPrintSupport import QPrintPreviewWidget

            widget = self.preview.findChild(QPrintPreviewWidget) if self.preview else None
            if widget is not None:
                widget.updatePreview()

        self.per_page = choice
        self._preview(printer, paint, self.tr("打印预览：幻灯片"), extra=choice)
        choice.currentIndexChanged.connect(chosen)

    def _preview(
        self,
        printer: QPrinter,
        paint: Callable[[QPrinter], None],
        title: str,
        *,
        extra: QWidget | None = None,
    ) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self._window)
        # The dialog does not own its printer: Python must keep it alive as long as the dialog.
        self._printer = printer
        dialog.setObjectName("print-preview")
        dialog.setWindowTitle(title)
        self.preview = dialog
        self.failure = ""

        def painted(device: QPrinter) -> None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            # Charts and slides are laid out with a few rounds of events while the pages are
            # painted: the preview must not repaint its half-recorded pages meanwhile (Qt
            # would crash playing them).
            dialog.setUpdatesEnabled(False)
            try:
                paint(device)
            except (ExportError, MemoryError) as error:
                self.failure = str(error) if isinstance(error, ExportError) else self.tr("内存不足")
                # Said once the preview is up, not from inside its painting.
                QTimer.singleShot(0, lambda: self._tell_failure(dialog))
            finally:
                dialog.setUpdatesEnabled(True)
                QGuiApplication.restoreOverrideCursor()

        dialog.paintRequested.connect(painted)
        if extra is not None:
            bar = dialog.findChild(QToolBar)
            if bar is not None:
                bar.addSeparator()
                bar.addWidget(QLabel(self.tr("幻灯片：")))
                bar.addWidget(extra)
        dialog.resize(self._window.size() * 0.9)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def _tell_failure(self, dialog: QWidget) -> None:
        QMessageBox.warning(dialog, self.tr("无法打印"), self.failure)


__all__ = ["SLIDES_PER_PAGE", "PrintFlow"]
