"""The one life of a widget drawn into a file: shown off screen at a size, laid out, painted, gone.

Every exporter goes through ``offscreen``: pyqtgraph and the app's own layouts are written and
tested for widgets that are shown, and a never-shown widget lays out and renders wrongly; and a
widget left for an event loop to delete would, in a command-line export (which has none) or a
batch of 29 slides, keep every scene and chart alive until the export returned.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QPoint, QSize, Qt
from PySide6.QtGui import QPaintDevice, QPainter, QPicture, QRegion
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)
Signature = Callable[[], Hashable]  # what a widget's layout decided; unchanged once settled

SETTLE_ROUNDS = 30  # layout passes allowed before a widget counts as laid out
# QInternal::Printer, a QPrinter's devType(): compared rather than imported, so that exports that
# never print do not load QtPrintSupport.
_PRINTER = 4  # Qt 6: Widget 1, Pixmap 2, Image 3, Printer 4, Picture 5


def geometries(widget: QWidget) -> tuple[object, ...]:
    """The place of ``widget`` and of every widget inside it: the default ``Signature``."""
    return tuple(child.geometry().getRect() for child in (widget, *widget.findChildren(QWidget)))


class Stage(Generic[W]):
    """A widget's off-screen life, from ``offscreen``: ``show`` it at a size, then paint it."""

    def __init__(self, widget: W) -> None:
        self.widget = widget

    def show(self, size: QSize, *, signature: Signature | None = None) -> W:
        """Show the widget off screen at ``size`` and ``settle`` it; returns it."""
        widget = self.widget
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(size)
        widget.show()
        widget.resize(size)  # showing may have applied a size hint of its own
        self.settle(signature)
        return widget

    def settle(self, signature: Signature | None = None) -> None:
        """Process events until the widget's layout stops changing: ``signature()`` (by
        default ``geometries`` of the widget) the same after two rounds.

        Each round may resize something that lays the widget out again (a chart's axes): a
        few rounds, never a sleep. User input is held back, so a key or a click cannot act on
        the app half-way through an export; a progress dialog's Cancel is the caller's.
        """
        widget = self.widget

        def default() -> Hashable:
            return geometries(widget)

        measure = signature or default
        # Nothing is painted while it settles: such a paint goes to no screen (the caller
        # renders the settled widget itself), and it was two of every chart's three paints.
        widget.setUpdatesEnabled(False)
        try:
            self._settle(widget, measure)
        finally:
            widget.setUpdatesEnabled(True)

    @staticmethod
    def _settle(widget: QWidget, measure: Signature) -> None:
        last: object = object()
        for _ in range(SETTLE_ROUNDS):
            layout = widget.layout()
            if layout is not None:
                layout.activate()
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            now = measure()
            if now == last:
                return
            last = now


@contextmanager
def offscreen(widget: W) -> Iterator[Stage[W]]:
    """Own ``widget`` (and everything inside it) for the block, and dispose of it after.

    Inside, ``stage.show(size)`` shows it off screen and settles it; on the way out, even on
    an error, it is hidden and deleted at once, not whenever an event loop next runs.
    """
    try:
        yield Stage(widget)
    finally:
        widget.hide()
        widget.deleteLater()
        QCoreApplication.sendPostedEvents(widget, QEvent.Type.DeferredDelete)


def render_vectors(
    widget: QWidget,
    painter: QPainter,
    flags: QWidget.RenderFlag = QWidget.RenderFlag.DrawWindowBackground
    | QWidget.RenderFlag.DrawChildren,
) -> None:
    """``widget.render(painter)`` at the painter's origin, as vectors on any device.

    Onto a printer (the print preview's, or a real one) Qt renders a widget through a pixmap
    of the page's size: every page would print as one picture, blurred and unsearchable, and
    take a second or more at 600 dpi. Recorded into a QPicture first and played back, it stays
    text and shapes, as it does onto a QPdfWriter."""
    if painter.device().devType() != _PRINTER:
        widget.render(painter, QPoint(0, 0), QRegion(), flags)
        return
    picture = QPicture()
    recorder = QPainter(picture)
    try:
        widget.render(recorder, QPoint(0, 0), QRegion(), flags)
    finally:
        recorder.end()
    # A picture plays back scaled by the device's resolution against its own (96 dpi): undo
    # that, so it lands where the widget would have been painted.
    device = painter.device()
    painter.save()
    painter.scale(
        picture.logicalDpiX() / device.logicalDpiX(), picture.logicalDpiY() / device.logicalDpiY()
    )
    painter.drawPicture(QPoint(0, 0), picture)
    painter.restore()


def printed_pages(device: QPaintDevice, count: int) -> range:
    """Which of ``count`` pages to paint onto ``device``: all of them, except on a printer
    whose print dialog was given a range (pages 3 to 4: indexes 2 and 3). Qt leaves the range
    to the application on some systems (Windows): painting every page would print them all."""
    if device.devType() != _PRINTER:
        return range(count)
    first, last = device.fromPage(), device.toPage()  # type: ignore[attr-defined]
    if first <= 0:
        return range(count)
    return range(first - 1, min(max(last, first), count))


__all__ = [
    "SETTLE_ROUNDS",
    "Signature",
    "Stage",
    "geometries",
    "offscreen",
    "printed_pages",
    "render_vectors",
]
