"""The presenter's layer over the slide: the laser pointer's dot, the pen's ink and the zoomed
slide.

While it is shown it paints a picture of the slide taken once (at the zoom's scale when zoomed),
then the ink and the dot over it; a mouse move repaints only the few pixels the dot or the new
bit of ink covers, and never the slide's own widgets (see bench/bench_show.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QRadialGradient,
)
from PySide6.QtWidgets import QWidget

from briefing.show.tools import Ink, Stroke, Tool, Zoom
from briefing.theme import STAGE

# (factor, origin) -> a picture of the current slide as the zoom shows it, the layer's size.
Picture = Callable[[float, QPointF], QPixmap]


class ToolLayer(QWidget):
    """Over the slides, under the counter and the blank screens. Hidden while there is nothing
    to draw (the arrow, no zoom, no ink on this slide); it takes the mouse only while the pointer
    or the pen is on."""

    changed = Signal()  # the tool or the zoom changed

    def __init__(self, parent: QWidget, picture: Picture) -> None:
        super().__init__(parent)
        self.picture = picture
        self.tool = Tool.ARROW
        self.ink = Ink()
        self.zoom = Zoom()
        self.index = 0
        self.dot: QPointF | None = None  # where the laser dot is, on screen
        self.drawing = False
        self.background: QPixmap | None = None
        self._paths: list[QPainterPath] | None = None  # the ink on screen, made once per layout
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.hide()
        self._arrange()

    # -- sizes ------------------------------------------------------------------------------

    def dot_radius(self) -> float:
        return max(6.0, self.height() / 90)

    def pen_width(self) -> float:
        return max(2.0, self.height() / 270)

    # -- what the show asks -----------------------------------------------------------------

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.drawing = False
        if tool == Tool.POINTER:
            self.setCursor(Qt.CursorShape.BlankCursor)
        elif tool == Tool.PEN:
            self.setCursor(Qt.CursorShape.CrossCursor)
        else:
            self.unsetCursor()
        self.dot = self._mouse() if tool == Tool.POINTER else None
        self._arrange()
        self.changed.emit()

    def toggle(self, tool: Tool) -> None:
        self.set_tool(Tool.ARROW if self.tool == tool else tool)

    def set_slide(self, index: int) -> None:
        self.index = index
        self.zoom.reset()
        self.drawing = False
        self._arrange()

    def erase(self) -> None:
        self.drawing = False  # E with the button still down: the stroke it was drawing is gone
        if self.ink.erase(self.index):
            self._arrange()

    def refresh(self) -> None:
        """The slide under the layer changed (its data table shown): take its picture again."""
        if self.isVisible():
            self._arrange()

    def zoom_step(self, steps: int) -> None:
        at = self._mouse() or QPointF(self.width() / 2, self.height() / 2)
        self.zoom.size = QSizeF(self.size())
        if self.zoom.step(steps, at):
            self._arrange()
            self.changed.emit()

    def zoom_reset(self) -> None:
        if self.zoom.reset():
            self._arrange()
            self.changed.emit()

    def pan(self, dx: float, dy: float) -> None:
        if self.zoom.pan(dx, dy):
            self._arrange()

    def active(self) -> bool:
        """Whether the layer shows anything: a tool, a zoom or ink on this slide."""
        return self.tool != Tool.ARROW or self.zoom.zoomed or bool(self.ink.on(self.index))

    def _arrange(self) -> None:
        """Show or hide the layer, take the slide's picture again, and repaint it all (a slide,
        tool or zoom change: not a mouse move)."""
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, self.tool == Tool.ARROW)
        self.background = None
        self._paths = None
        if not self.active():
            self.hide()
            return
        parent = self.parentWidget()
        if parent is not None and self.geometry() != parent.rect():
            self.setGeometry(parent.rect())
        self.zoom.size = QSizeF(self.size())
        self.background = self.picture(self.zoom.factor, self.zoom.origin)
        self.show()
        self.update()

    def resizeEvent(self, event: object) -> None:
        # A resize held back while hidden arrives on show(): only a new size resets the zoom.
        if QSizeF(self.size()) != self.zoom.size:
            self.zoom.size = QSizeF(self.size())
            self.zoom.reset()
            if self.isVisible():
                self._arrange()

    def _mouse(self) -> QPointF | None:
        point = self.mapFromGlobal(QCursor.pos())
        return QPointF(point) if self.rect().contains(point) else None

    # -- the mouse --------------------------------------------------------------------------

    def _unit(self, point: QPointF) -> QPointF:
        """A screen point in the slide's units (0..1), through the zoom."""
        slide = self.zoom.to_slide(point)
        return QPointF(slide.x() / max(1, self.width()), slide.y() / max(1, self.height()))

    def _screen(self, unit: QPointF) -> QPointF:
        return self.zoom.to_screen(QPointF(unit.x() * self.width(), unit.y() * self.height()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.tool == Tool.PEN and event.button() == Qt.MouseButton.LeftButton:
            self.drawing = True
            self.ink.start(self.index, self._unit(event.position()))
            if self._paths is not None:
                self._paths.append(self._path(self.ink.on(self.index)[-1]))
            self.update(self._around(event.position(), event.position()))
            event.accept()
        else:
            event.ignore()  # the pointer's click moves on, as the show's own click does

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        if self.tool == Tool.POINTER:
            old, self.dot = self.dot, point
            self.update(self._dot_rect(point))
            if old is not None:
                self.update(self._dot_rect(old))
        elif self.tool == Tool.PEN and self.drawing and self.ink.on(self.index):
            stroke = self.ink.on(self.index)[-1]
            last = self._screen(stroke[-1])
            self.ink.extend(self.index, self._unit(point))
            if self._paths:
                self._paths[-1].lineTo(point)
            self.update(self._around(last, point))
        event.ignore()  # the show sees the move too (its cursor timer)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.tool == Tool.PEN and event.button() == Qt.MouseButton.LeftButton:
            self.drawing = False
            event.accept()  # a stroke, not a click to move on
        else:
            event.ignore()

    def leaveEvent(self, event: object) -> None:
        if self.dot is not None:
            self.update(self._dot_rect(self.dot))
            self.dot = None

    # -- painting ---------------------------------------------------------------------------

    def _dot_rect(self, point: QPointF) -> QRect:
        r = self.dot_radius() * 2 + 2
        return QRectF(point.x() - r, point.y() - r, 2 * r, 2 * r).toAlignedRect()

    def _around(self, a: QPointF, b: QPointF) -> QRect:
        margin = self.pen_width() * self.zoom.factor + 2
        return QRectF(a, b).normalized().adjusted(-margin, -margin, margin, margin).toAlignedRect()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        if self.background is not None:
            painter.drawPixmap(0, 0, self.background)
        else:
            painter.fillRect(event.rect(), QColor(STAGE.black))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_ink(painter, QRectF(event.rect()))
        if self.dot is not None and self.tool == Tool.POINTER:
            self._paint_dot(painter, self.dot)
        painter.end()

    def _paint_ink(self, painter: QPainter, dirty: QRectF) -> None:
        pen = QPen(QColor(STAGE.ink), self.pen_width() * self.zoom.factor)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        margin = pen.widthF()
        if self._paths is None:
            self._paths = [self._path(stroke) for stroke in self.ink.on(self.index)]
        for path in self._paths:
            if path.controlPointRect().adjusted(-margin, -margin, margin, margin).intersects(dirty):
                painter.drawPath(path)

    def _path(self, stroke: Stroke) -> QPainterPath:
        path = QPainterPath(self._screen(stroke[0]))
        if len(stroke) == 1:  # a dot: a click with the pen
            path.lineTo(self._screen(stroke[0]) + QPointF(0.01, 0))
        for point in stroke[1:]:
            path.lineTo(self._screen(point))
        return path

    def _paint_dot(self, painter: QPainter, centre: QPointF) -> None:
        radius = self.dot_radius()
        halo = QRadialGradient(centre, radius * 2)
        glow = QColor(STAGE.laser_halo)
        glow.setAlphaF(0.55)
        clear = QColor(STAGE.laser_halo)
        clear.setAlphaF(0.0)
        halo.setColorAt(0.0, glow)
        halo.setColorAt(1.0, clear)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(halo))
        painter.drawEllipse(centre, radius * 2, radius * 2)
        painter.setBrush(QColor(STAGE.laser))
        painter.drawEllipse(centre, radius, radius)
