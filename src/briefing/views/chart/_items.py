"""The pieces a chart is drawn with: bars, rank points, arrows, grid lines, the legend, axes.

Each paints itself in device pixels where the data scale must not stretch it (a bar's hatching
and dashed edge, a point's ring, an arrow's head), and takes its colours from a ``MarkStyle``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import pyqtgraph as pg  # type: ignore[import-untyped]  # it ships no type information
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneWheelEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from briefing.theme import Appearance
from briefing.views.labels import plain_tooltip

Shape = Literal["bar", "dot"]


def mix(colour: QColor, other: QColor, weight: float) -> QColor:
    """``weight`` of ``colour`` over ``other``: a lighter tint of a bar on the panel's surface."""
    return QColor.fromRgbF(
        colour.redF() * weight + other.redF() * (1 - weight),
        colour.greenF() * weight + other.greenF() * (1 - weight),
        colour.blueF() * weight + other.blueF() * (1 - weight),
    )


@dataclass(frozen=True, eq=False)
class MarkStyle:
    """How one bar or point is painted; derived figures get a tint, a hatch and a dashed edge."""

    fill: QColor
    edge: QColor
    derived: bool
    line_width: float  # of the cosmetic outlines, in device pixels
    hover: QColor

    @classmethod
    def make(
        cls, colour: str, derived: bool, appearance: Appearance, line_width: float
    ) -> MarkStyle:
        theme = appearance.theme
        base = QColor(colour)
        surface = QColor(theme.surface)
        return cls(
            fill=mix(base, surface, 0.3) if derived else base,
            # The edge stands out from the tint: darker on a light surface, lighter on a dark one.
            edge=(base.darker(125) if surface.lightness() > 127 else base.lighter(130))
            if derived
            else base,
            derived=derived,
            line_width=line_width,
            hover=QColor(theme.text),  # the focus colour is the accent: this year's bars
        )


def paint_bar(painter: QPainter, rect: QRectF, style: MarkStyle, hovered: bool) -> None:
    """Paint a bar in device pixels, so hatching and dashes keep their size at any data scale."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, style.fill)
    if style.derived:
        painter.setBrushOrigin(rect.topLeft())
        painter.fillRect(rect, QBrush(style.edge, Qt.BrushStyle.BDiagPattern))
        pen = QPen(style.edge, max(1.0, style.line_width), Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))
    if hovered:
        pen = QPen(style.hover, 2 * max(1.0, style.line_width))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset))


def paint_dot(
    painter: QPainter, centre: QPointF, radius: float, style: MarkStyle, hovered: bool
) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # A ring thin enough that a dashed one still reads as a ring on a small dot.
    width = min(2.0 * style.line_width, max(1.5, radius / 3.5))
    pen = QPen(style.hover if hovered else style.edge, width)
    if style.derived and not hovered:
        pen.setDashPattern([1.6, 1.2])
    painter.setPen(pen)
    painter.setBrush(style.fill)
    painter.drawEllipse(centre, radius - width / 2, radius - width / 2)


class Mark(QGraphicsObject):
    """A bar or point that shows its source as a tooltip and outlines itself under the mouse."""

    def __init__(self, tooltip: str) -> None:
        super().__init__()
        self.style: MarkStyle | None = None
        self.hovered = False
        self.setToolTip(plain_tooltip(tooltip))
        self.setAcceptHoverEvents(True)

    def set_style(self, style: MarkStyle) -> None:
        self.style = style
        self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()
        super().hoverLeaveEvent(event)


class Bar(Mark):
    """A bar in data coordinates, painted in device pixels."""

    def __init__(self, tooltip: str) -> None:
        super().__init__(tooltip)
        self.rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = rect.normalized()

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.style is None:
            return
        device = painter.transform().mapRect(self.rect)
        # Whole pixels: two bars of a group then never blur into each other.
        snapped = QRectF(
            QPointF(round(device.left()), round(device.top())),
            QPointF(round(device.right()), round(device.bottom())),
        )
        painter.save()
        painter.resetTransform()
        paint_bar(painter, snapped, self.style, self.hovered)
        painter.restore()


class Dot(Mark):
    """A point of a rank chart: positioned in data coordinates, sized in pixels."""

    def __init__(self, tooltip: str) -> None:
        super().__init__(tooltip)
        self.radius = 7.0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def set_radius(self, radius: float) -> None:
        self.prepareGeometryChange()
        self.radius = radius

    def boundingRect(self) -> QRectF:
        return QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.style is not None:
            paint_dot(painter, QPointF(0, 0), self.radius, self.style, self.hovered)


class Arrow(QGraphicsObject):
    """An arrow between two points of a rank chart, stopping short of the dots it joins."""

    def __init__(self) -> None:
        super().__init__()
        self.start = QPointF()
        self.end = QPointF()
        self.pad = QPointF()
        self.gap = 0.0
        self.colour = QColor()
        self.width = 2.0

    def set_geometry(self, start: QPointF, end: QPointF, pad: QPointF, gap: float) -> None:
        """``pad`` is how far the head may reach past the points, in data units."""
        self.prepareGeometryChange()
        self.start, self.end, self.pad, self.gap = start, end, pad, gap

    def set_pen(self, colour: QColor, width: float) -> None:
        self.colour, self.width = colour, width
        self.update()

    def boundingRect(self) -> QRectF:
        rect = QRectF(self.start, self.end).normalized()
        return rect.adjusted(-self.pad.x(), -self.pad.y(), self.pad.x(), self.pad.y())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        start = painter.transform().map(self.start)
        end = painter.transform().map(self.end)
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy)
        if length <= 2 * self.gap + 1:
            return
        ux, uy = dx / length, dy / length
        start = QPointF(start.x() + ux * self.gap, start.y() + uy * self.gap)
        tip = QPointF(end.x() - ux * self.gap, end.y() - uy * self.gap)
        head = min(4 * self.width + 4, (length - 2 * self.gap) * 0.6)
        base = QPointF(tip.x() - ux * head, tip.y() - uy * head)
        wing = QPointF(-uy * head * 0.55, ux * head * 0.55)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.colour, self.width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(start, base)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawPolygon(QPolygonF([tip, base + wing, base - wing]))
        painter.restore()


class Grid(QGraphicsObject):
    """Light lines across the view at the value ticks, behind the bars.

    pyqtgraph's own grid is drawn by the axis over the data, and hides the tick labels at the
    ends of the axis (the 0 under the baseline).
    """

    def __init__(self, vertical: bool) -> None:
        super().__init__()
        self.vertical = vertical  # lines across a horizontal value axis
        self.values: list[float] = []
        self.area = QRectF()
        self.pen = QPen()

    def set_lines(self, values: list[float], area: QRectF) -> None:
        self.prepareGeometryChange()
        self.values, self.area = values, area
        self.update()

    def set_pen(self, colour: QColor, width: float) -> None:
        self.pen = QPen(colour, width)
        self.pen.setCosmetic(True)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.area

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(self.pen)
        area = self.area
        for value in self.values:
            if self.vertical:
                painter.drawLine(QPointF(value, area.top()), QPointF(value, area.bottom()))
            else:
                painter.drawLine(QPointF(area.left(), value), QPointF(area.right(), value))


@dataclass(frozen=True, eq=False)
class LegendEntry:
    text: str
    shape: Shape
    style: MarkStyle


class Legend(QGraphicsObject):
    """Swatches and names above the plot, so it never covers a bar; wraps into more rows when
    the plot is narrow.

    Drawn with plain ``drawText``: pyqtgraph's LegendItem renders names as HTML, and series
    names come from the dataset.
    """

    SPACING = 18.0

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.entries: list[LegendEntry] = []
        self.font = QFont()
        self.colour = QColor()
        self.size = QRectF()
        self._places: list[QPointF] = []

    def set_entries(self, entries: list[LegendEntry], font: QFont, colour: QColor) -> None:
        self.entries, self.font, self.colour = entries, font, colour
        self.wrap(math.inf)

    def _metrics(self) -> tuple[QFontMetricsF, float]:
        metrics = QFontMetricsF(self.font)
        return metrics, round(metrics.height() * 0.75)

    def _entry_width(self, entry: LegendEntry) -> float:
        metrics, swatch = self._metrics()
        return swatch + 6 + metrics.horizontalAdvance(entry.text)

    def widest_entry(self) -> float:
        return max((self._entry_width(e) for e in self.entries), default=0.0)

    def wrap(self, width: float) -> None:
        """Lay the entries out in rows no wider than ``width`` pixels."""
        self.prepareGeometryChange()
        metrics, _ = self._metrics()
        line = metrics.height()
        self._places = []
        x = y = right = 0.0
        for entry in self.entries:
            entry_width = self._entry_width(entry)
            if x > 0 and x + entry_width > width:
                x, y = 0.0, y + line + 2
            self._places.append(QPointF(x, y))
            right = max(right, x + entry_width)
            x += entry_width + self.SPACING
        self.size = QRectF(0, 0, right, y + line) if self.entries else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self.size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        metrics, swatch = self._metrics()
        height = metrics.height()
        painter.setFont(self.font)
        for entry, place in zip(self.entries, self._places, strict=True):
            box = QRectF(place.x(), place.y() + round((height - swatch) / 2), swatch, swatch)
            if entry.shape == "dot":
                paint_dot(painter, box.center(), swatch / 2, entry.style, False)
            else:
                paint_bar(painter, box, entry.style, False)
            text_width = metrics.horizontalAdvance(entry.text)
            painter.setPen(self.colour)
            painter.drawText(
                QRectF(place.x() + swatch + 6, place.y(), text_width + 2, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                entry.text,
            )


class Axis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type information
    """An axis that lets the wheel through: the page around a chart must keep scrolling.

    pyqtgraph's AxisItem accepts wheel events over the axis even when the view cannot zoom.
    No SI prefixes (万 stays 万, never k): off from the start, so no change of range rewrites
    the axis's (empty) label as HTML, forty times while a chart is built.
    """

    def __init__(self, orientation: str, parent: QGraphicsItem | None = None) -> None:
        super().__init__(orientation, parent=parent)
        self.enableAutoSIPrefix(False)

    def wheelEvent(self, event: QGraphicsSceneWheelEvent) -> None:
        event.ignore()
