"""A briefing chart on a panel: still, labelled with the printed figures, restyled live."""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneWheelEvent,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.model.formatting import format_change, format_shown, is_improvement
from briefing.model.formula import derivation_text
from briefing.model.schema import Chart, Figure
from briefing.theme import Appearance
from briefing.views.labels import plain_label, plain_tooltip

# pyqtgraph picks its binding at import; without this it would try PyQt6 first.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import pyqtgraph as pg  # type: ignore[import-untyped]  # it ships no type information

Shape = Literal["bar", "dot"]

# A line of a wrapped label never starts with closing punctuation (Chinese line-breaking rule).
_NO_LINE_START = frozenset("）)」』》〉】〕，,、。．.；;：:！!？?%")
_MIN_PLOT_PIXELS = 24  # below this a view has no room to lay anything out
# Stacking inside the view: grid lines behind everything, labels over everything.
_Z_GRID, _Z_ARROW, _Z_MARK, _Z_LABEL = 0, 1, 2, 3
_LABEL_GAP = 4.0  # pixels between a bar (or point) and its label, at zoom 1


def _mix(colour: QColor, other: QColor, weight: float) -> QColor:
    """``weight`` of ``colour`` over ``other``: a lighter tint of a bar on the panel's surface."""
    return QColor.fromRgbF(
        colour.redF() * weight + other.redF() * (1 - weight),
        colour.greenF() * weight + other.greenF() * (1 - weight),
        colour.blueF() * weight + other.blueF() * (1 - weight),
    )


@dataclass(frozen=True, eq=False)
class _MarkStyle:
    """How one bar or point is painted; derived figures get a tint, a hatch and a dashed edge."""

    fill: QColor
    edge: QColor
    derived: bool
    line_width: float
    hover: QColor

    @classmethod
    def make(cls, colour: str, derived: bool, appearance: Appearance) -> _MarkStyle:
        theme = appearance.theme
        base = QColor(colour)
        surface = QColor(theme.surface)
        return cls(
            fill=_mix(base, surface, 0.3) if derived else base,
            # The edge stands out from the tint: darker on a light surface, lighter on a dark one.
            edge=(base.darker(125) if surface.lightness() > 127 else base.lighter(130))
            if derived
            else base,
            derived=derived,
            line_width=theme.line_width * appearance.zoom,
            hover=QColor(theme.text),  # the focus colour is the accent: this year's bars
        )


def _paint_bar(painter: QPainter, rect: QRectF, style: _MarkStyle, hovered: bool) -> None:
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


def _paint_dot(
    painter: QPainter, centre: QPointF, radius: float, style: _MarkStyle, hovered: bool
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


class _Mark(QGraphicsObject):
    """A bar or point that shows its source as a tooltip and outlines itself under the mouse."""

    def __init__(self, tooltip: str) -> None:
        super().__init__()
        self.style: _MarkStyle | None = None
        self.hovered = False
        self.setToolTip(plain_tooltip(tooltip))
        self.setAcceptHoverEvents(True)

    def set_style(self, style: _MarkStyle) -> None:
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


class _Bar(_Mark):
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
        _paint_bar(painter, snapped, self.style, self.hovered)
        painter.restore()


class _Dot(_Mark):
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
            _paint_dot(painter, QPointF(0, 0), self.radius, self.style, self.hovered)


class _Arrow(QGraphicsObject):
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


class _Grid(QGraphicsObject):
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
class _LegendEntry:
    text: str
    shape: Shape
    style: _MarkStyle


class _Legend(QGraphicsObject):
    """Swatches and names above the plot, so it never covers a bar; wraps into more rows when
    the plot is narrow.

    Drawn with plain ``drawText``: pyqtgraph's LegendItem renders names as HTML, and series
    names come from the dataset.
    """

    SPACING = 18.0

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.entries: list[_LegendEntry] = []
        self.font = QFont()
        self.colour = QColor()
        self.size = QRectF()
        self._places: list[QPointF] = []

    def set_entries(self, entries: list[_LegendEntry], font: QFont, colour: QColor) -> None:
        self.entries, self.font, self.colour = entries, font, colour
        self.wrap(math.inf)

    def _metrics(self) -> tuple[QFontMetricsF, float]:
        metrics = QFontMetricsF(self.font)
        return metrics, round(metrics.height() * 0.75)

    def _entry_width(self, entry: _LegendEntry) -> float:
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
                _paint_dot(painter, box.center(), swatch / 2, entry.style, False)
            else:
                _paint_bar(painter, box, entry.style, False)
            text_width = metrics.horizontalAdvance(entry.text)
            painter.setPen(self.colour)
            painter.drawText(
                QRectF(place.x() + swatch + 6, place.y(), text_width + 2, height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                entry.text,
            )


class _Axis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph ships no type information
    """An axis that lets the wheel through: the page around a chart must keep scrolling.

    pyqtgraph's AxisItem accepts wheel events over the axis even when the view cannot zoom.
    """

    def wheelEvent(self, event: QGraphicsSceneWheelEvent) -> None:
        event.ignore()


class _PlotWidget(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no type information
    """A PlotWidget asking for a briefing chart's height rather than pyqtgraph's 600×480."""

    preferred_height = 260

    def sizeHint(self) -> QSize:
        return QSize(600, max(self.minimumHeight(), self.preferred_height))


@dataclass(frozen=True)
class _Point:
    category: int
    series: int
    figure: Figure


def _fit_span(
    marks: Sequence[tuple[float, float, float]], pixels: float, lo: float, hi: float
) -> tuple[float, float]:
    """The smallest range around [lo, hi] in which each (value, pixels below, pixels above)
    keeps that many pixels free on both sides of its value, for a view ``pixels`` long."""
    if pixels < _MIN_PLOT_PIXELS:
        return lo, hi
    low, high = lo, hi
    for _ in range(60):
        per_pixel = (high - low) / pixels
        new_low = min([lo, *(value - below * per_pixel for value, below, _ in marks)])
        new_high = max([hi, *(value + above * per_pixel for value, _, above in marks)])
        if math.isclose(new_low, low) and math.isclose(new_high, high):
            break
        low, high = new_low, new_high
    return low, high


def _nice_step(span: float, count: int) -> float:
    """The round step (1, 2 or 5 times a power of ten) giving closest to ``count`` ticks."""
    if span <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(span / max(1, count)))
    steps = [power * m for m in (1, 2, 5, 10)]
    return min(steps, key=lambda step: abs(math.log(span / step / max(1, count))))


def _plain_number(value: float, step: float) -> str:
    """A tick value as plain digits (never 1e+04 nor an SI prefix), with the step's decimals."""
    places = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    text = f"{value:.{places}f}"
    return "0" if text.strip("-0.") == "" else text


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` broken into balanced lines no wider than ``width`` (character by character,
    which is how Chinese wraps), never starting a line with closing punctuation."""
    total = metrics.horizontalAdvance(text)
    if total <= width or width <= 0 or "\n" in text:
        return text
    lines_needed = math.ceil(total / width)
    target = min(width, total / lines_needed + metrics.horizontalAdvance("国"))
    lines: list[str] = []
    line = ""
    for char in text:
        too_wide = metrics.horizontalAdvance(line + char) > target
        if line and too_wide and char not in _NO_LINE_START:
            lines.append(line)
            line = char
        else:
            line += char
    lines.append(line)
    return "\n".join(lines)


def _text_size(text: str, metrics: QFontMetricsF) -> tuple[float, float]:
    lines = text.split("\n")
    return max(metrics.horizontalAdvance(line) for line in lines), metrics.height() * len(lines)


class ChartPanel(QFrame):
    """A chart of the briefing with its title, unit and note.

    The plot does not move: no pan, zoom, menu or auto-range button, and the mouse wheel
    scrolls the page around it. Every bar or point carries its printed figure as a label and
    its source (the quote, or the derivation) as a tooltip; derived figures are tinted, hatched
    and listed as 推算 in the legend.

    Test hooks, in category order then series order where it applies: ``value_labels``,
    ``legend_labels``, ``category_labels``, ``value_axis_labels``, ``change_labels``,
    ``tooltip_for`` and ``derived_bars``.
    """

    def __init__(
        self,
        chart: Chart,
        figures: Mapping[str, Figure],
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self._figures = figures
        self._appearance = appearance
        self._points = [
            _Point(category, index, figures[figure_id])
            for category in range(len(chart.categories))
            for index, series in enumerate(chart.series)
            for figure_id in series.values[category : category + 1]
        ]
        self._category_ticks: list[str] = list(chart.categories)
        self._value_ticks_shown: list[tuple[float, str]] = []
        # A rank chart writes the change of each category's last figure (提升10位).
        self._change_points = [
            p
            for p in self._points
            if chart.kind == "rank_change" and p.series == len(chart.series) - 1
        ]

        self.setProperty("role", "panel")
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(self._summary())
        self.setMinimumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        self._menu_actions: list[QAction] = []
        layout.addLayout(self._header(chart))
        if chart.unit is not None:
            layout.addWidget(
                plain_label(
                    QCoreApplication.translate("ChartPanel", "单位：{unit}").format(
                        unit=chart.unit
                    ),
                    "muted",
                )
            )

        horizontal = chart.kind == "horizontal_bars"
        self._category_axis = _Axis("left" if horizontal else "bottom")
        self._value_axis = _Axis("bottom" if horizontal else "left")
        self.plot = _PlotWidget(
            background=appearance.theme.surface,
            axisItems={
                self._category_axis.orientation: self._category_axis,
                self._value_axis.orientation: self._value_axis,
            },
        )
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(self.plot, 1)
        self._note: QWidget | None = None
        if chart.note:
            self._note = plain_label(chart.note, "muted")
            layout.addWidget(self._note)

        self._make_still()
        self._grid = _Grid(vertical=horizontal)
        self._marks: list[_Mark] = []
        self._labels: list[pg.TextItem] = []
        self._arrows: list[_Arrow] = []
        self._changes: list[pg.TextItem] = []
        self._add_items()
        self._legend = _Legend(self.plot.getPlotItem())
        self.plot.getViewBox().sigResized.connect(self._fit)
        self.apply_appearance(appearance)

    def _header(self, chart: Chart) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title_label = plain_label(chart.title, "chart-title")
        header.addWidget(self.title_label, 1)
        # A small button for export and copy; shown once the page gives it actions.
        self.tools = QToolButton()
        self.tools.setObjectName("chart-tools")
        self.tools.setText("…")
        self.tools.setToolTip(QCoreApplication.translate("ChartPanel", "导出或复制本图"))
        self.tools.setAccessibleName(QCoreApplication.translate("ChartPanel", "导出或复制本图"))
        self.tools.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools.hide()
        header.addWidget(self.tools, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def set_menu_actions(self, actions: list[QAction]) -> None:
        """The chart's own actions (导出图片…, 复制图片), on its small toolbar button and in
        its context menu."""
        self._menu_actions = actions
        menu = QMenu(self.tools)
        menu.addActions(actions)
        self.tools.setMenu(menu)
        self.tools.show()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._menu_actions:
            QMenu.exec(self._menu_actions, event.globalPos(), None, self)
            event.accept()

    def _add_items(self) -> None:
        """The grid, a mark and a value label per figure and, for ranks, arrows of change."""
        view = self.plot.getViewBox()
        if self.chart.kind in {"horizontal_bars", "rank_change"}:
            # First category at the top; for ranks, rank 1 at the top: better is up.
            view.invertY(True)

        def add(item: QGraphicsItem, z: float) -> None:
            view.addItem(item, ignoreBounds=True)
            item.setZValue(z)

        add(self._grid, _Z_GRID)
        for point in self._points:
            tooltip = self.tooltip_for(point.category, point.series)
            mark = _Dot(tooltip) if self.chart.kind == "rank_change" else _Bar(tooltip)
            label = pg.TextItem(format_shown(point.figure))
            label.textItem.document().setDocumentMargin(2)
            add(mark, _Z_MARK)
            add(label, _Z_LABEL)
            self._marks.append(mark)
            self._labels.append(label)
        for point in self._change_points:
            arrow = _Arrow()
            add(arrow, _Z_ARROW)
            self._arrows.append(arrow)
            change = point.figure.change
            text = format_change(change, point.figure.better) if change else ""
            annotation = pg.TextItem(text, anchor=(0.5, 0))
            annotation.textItem.document().setDocumentMargin(2)
            add(annotation, _Z_LABEL)
            self._changes.append(annotation)

    # -- test hooks -------------------------------------------------------------------------

    def value_labels(self) -> list[str]:
        """The text of every bar's (or point's) value label, category order then series order."""
        return [label.toPlainText() for label in self._labels]

    def legend_labels(self) -> list[str]:
        """The legend's names, left to right (empty when the chart needs no legend)."""
        return [entry.text for entry in self._legend.entries]

    def category_labels(self) -> list[str]:
        """The category names as drawn on the category axis (line breaks from wrapping removed)."""
        return [text.replace("\n", "") for text in self._category_ticks]

    def value_axis_labels(self) -> list[str]:
        """The numbers (or 第N位) written along the value axis, from the axis origin outward."""
        return [text for _, text in self._value_ticks_shown]

    def change_labels(self) -> list[str]:
        """A rank chart's change annotations (提升10位), one per category; empty otherwise."""
        return [annotation.toPlainText() for annotation in self._changes]

    def tooltip_for(self, category: int, series: int) -> str:
        """The plain text of the tooltip of one bar: where the figure comes from."""
        figure = self._figures[self.chart.series[series].values[category]]
        lines = [
            self.chart.categories[category],
            QCoreApplication.translate("ChartPanel", "{series}：{value}").format(
                series=self.chart.series[series].name, value=format_shown(figure)
            ),
        ]
        if figure.derived is not None:
            lines.append(
                QCoreApplication.translate("ChartPanel", "推算：")
                + derivation_text(figure, self._figures)
            )
        elif figure.quote:
            lines.append(QCoreApplication.translate("ChartPanel", "原文：") + figure.quote)
        return "\n".join(lines)

    def derived_bars(self) -> list[tuple[int, int]]:
        """(category, series) of every bar or point drawn in the derived style."""
        return [(p.category, p.series) for p in self._points if p.figure.derived is not None]

    # -- appearance -------------------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle in place: colours, fonts and sizes, for a chart already on screen too."""
        self._appearance = appearance
        theme = appearance.theme
        line = theme.line_width * appearance.zoom
        tick_font = appearance.font(theme.small_pt)
        self.plot.setBackground(theme.surface)
        if self._note is not None:
            self._note.setFont(appearance.font(theme.small_pt))

        for axis in (self._category_axis, self._value_axis):
            axis.setTickFont(tick_font)
            # No tick marks: a zero-length tick still paints a dot, whatever its pen.
            axis.setStyle(tickTextOffset=8, hideOverlappingLabels=60, tickLength=0, tickAlpha=0)
        # The category axis line is the bars' baseline. A rank has no zero: a line under the
        # points would read as one.
        baseline = None if self.chart.kind == "rank_change" else theme.muted
        self._category_axis.setPen(pg.mkPen(baseline, width=line))
        self._category_axis.setTextPen(pg.mkPen(theme.text))
        # The value axis is only its numbers; its grid lines are drawn in the view.
        self._value_axis.setPen(pg.mkPen(None))
        self._value_axis.setTextPen(pg.mkPen(theme.muted))
        self._grid.set_pen(QColor(theme.grid), line)

        label_font = appearance.font(theme.base_pt)
        bold_font = appearance.font(theme.base_pt, bold=True)
        for point, mark, label in zip(self._points, self._marks, self._labels, strict=True):
            derived = point.figure.derived is not None
            mark.set_style(_MarkStyle.make(self._colour(point.series), derived, appearance))
            if isinstance(mark, _Dot):
                mark.set_radius(self._dot_radius())
            label.setFont(label_font if derived else bold_font)
            label.setColor(QColor(theme.muted if derived else theme.text))
        for point, arrow, annotation in zip(
            self._change_points, self._arrows, self._changes, strict=True
        ):
            change = point.figure.change
            colour = theme.muted
            if change is not None:
                colour = appearance.change_colour(is_improvement(change, point.figure.better))
            arrow.set_pen(QColor(colour), max(2.0, 2 * line))
            annotation.setFont(bold_font)
            annotation.setColor(QColor(colour))

        self._legend.set_entries(self._legend_entries(), label_font, QColor(theme.text))
        self.plot.setMinimumWidth(math.ceil(self._minimum_plot_width()))
        self.plot.setMinimumHeight(math.ceil(self._minimum_plot_height()))
        self.plot.preferred_height = round(260 * appearance.zoom)
        self.plot.updateGeometry()
        self._fit()

    def _minimum_plot_height(self) -> float:
        """Room for the legend, the category axis and a readable view (a row per category)."""
        line = QFontMetricsF(self._appearance.font(self._appearance.theme.base_pt)).height()
        self._legend.wrap(math.inf)
        legend = self._legend.size.height() + 10
        if self.chart.kind == "horizontal_bars":
            return legend + len(self.chart.categories) * line * 1.6 + 2 * line
        return legend + 8 * line

    def _minimum_plot_width(self) -> float:
        """The narrowest plot in which no two labels collide and no label is cut off."""
        categories = len(self.chart.categories)
        metrics = QFontMetricsF(self._appearance.font(self._appearance.theme.small_pt))
        em = metrics.horizontalAdvance("国")
        widest = max(self._label_extent(label, True) for label in self._labels)
        if self.chart.kind == "horizontal_bars":
            return 8 * em + 14 + 6 * em + widest + 24
        axis = 4 * em + 14
        if self.chart.kind == "rank_change":
            side = self._dot_radius() + _LABEL_GAP * self._appearance.zoom + widest
            return axis + categories * (2 * side + 3 * em) + 24
        return axis + categories * len(self.chart.series) * (widest + 6) / 0.95 + 24

    def _dot_radius(self) -> float:
        """A rank point as big as a third of a label line: it grows with the text."""
        font = self._appearance.font(self._appearance.theme.base_pt)
        return round(QFontMetricsF(font).height() / 3, 1)

    def _colour(self, series: int) -> str:
        """One series: this year's colour; several: the year before first, muted."""
        colours = self._appearance.theme.series
        index = 1 if len(self.chart.series) == 1 else series
        return colours[index % len(colours)]

    def _legend_entries(self) -> list[_LegendEntry]:
        shape: Shape = "dot" if self.chart.kind == "rank_change" else "bar"
        entries: list[_LegendEntry] = []
        if len(self.chart.series) > 1:
            for index, series in enumerate(self.chart.series):
                all_derived = all(self._figures[v].derived is not None for v in series.values)
                style = _MarkStyle.make(self._colour(index), all_derived, self._appearance)
                entries.append(_LegendEntry(series.name, shape, style))
        if self.derived_bars():
            style = _MarkStyle.make(self._appearance.theme.muted, True, self._appearance)
            entries.append(
                _LegendEntry(QCoreApplication.translate("ChartPanel", "推算"), shape, style)
            )
        return entries

    # -- layout -----------------------------------------------------------------------------

    def _make_still(self) -> None:
        """A briefing chart does not move: no pan, zoom, menu, auto-range or SI prefixes."""
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.disableAutoRange()
        for axis in (self._category_axis, self._value_axis):
            axis.enableAutoSIPrefix(False)

    def _fit(self) -> None:
        """Set the range, bar sizes, label places and axis sizes for the plot's current size.

        Computed, never auto-ranged: the range leaves exactly the room the value labels need,
        so no label is clipped and nothing shifts when the window is resized by a pixel.
        """
        view = self.plot.getViewBox()
        size = view.boundingRect()
        item = self.plot.getPlotItem()
        metrics = QFontMetricsF(self._appearance.font(self._appearance.theme.small_pt))
        self._fit_category_axis(metrics)
        right = 16.0
        if self.chart.kind == "horizontal_bars":
            # The last number of the value axis is centred on the plot's right edge.
            right = max(right, metrics.horizontalAdvance("00000") / 2 + 4)
        self._legend.wrap(self.plot.width() - right - 8)
        legend_height = self._legend.size.height()
        top = legend_height + 10 if self._legend.entries else metrics.height() / 2 + 6
        item.layout.setContentsMargins(4, top, right, 4)
        if self._legend.entries:
            self._legend.setPos(max(4.0, view.geometry().right() - self._legend.size.width()), 4)
        if size.width() < _MIN_PLOT_PIXELS or size.height() < _MIN_PLOT_PIXELS:
            return
        if self.chart.kind == "rank_change":
            self._fit_ranks(size, metrics)
        else:
            self._fit_bars(size, metrics)

    def _fit_category_axis(self, metrics: QFontMetricsF) -> None:
        count = len(self.chart.categories)
        if self.chart.kind == "horizontal_bars":
            # Long labels wrap rather than take more than about two fifths of the width.
            limit = max(metrics.horizontalAdvance("国") * 8, self.plot.width() * 0.4)
            ticks = [_wrap(c, metrics, limit) for c in self.chart.categories]
            width = max(_text_size(t, metrics)[0] for t in ticks)
            self._set_axis_size(self._category_axis, width + 14)
        else:
            axis_width = self.plot.width() - self._value_axis.width() - 24
            slot = axis_width / count
            ticks = [_wrap(c, metrics, slot * 0.92) for c in self.chart.categories]
            height = max(_text_size(t, metrics)[1] for t in ticks)
            self._set_axis_size(self._category_axis, height + 10)
        self._category_ticks = ticks
        self._category_axis.setTicks([list(enumerate(ticks))])

    def _set_value_ticks(self, ticks: list[tuple[float, str]]) -> None:
        self._value_ticks_shown = ticks
        self._value_axis.setTicks([ticks])

    @staticmethod
    def _set_axis_size(axis: pg.AxisItem, pixels: float) -> None:
        pixels = math.ceil(pixels)
        if axis.orientation in {"left", "right"}:
            if axis.width() != pixels:
                axis.setWidth(pixels)
        elif axis.height() != pixels:
            axis.setHeight(pixels)

    def _label_extent(self, label: pg.TextItem, along_width: bool) -> float:
        box = label.textItem.boundingRect()
        return float(box.width() if along_width else box.height())

    def _fit_bars(self, size: QRectF, metrics: QFontMetricsF) -> None:
        horizontal = self.chart.kind == "horizontal_bars"
        categories = len(self.chart.categories)
        series = len(self.chart.series)
        zoom = self._appearance.zoom
        value_pixels = size.width() if horizontal else size.height()
        slot_pixels = (size.height() if horizontal else size.width()) / categories

        # Bars keep a sensible thickness however wide the window, and room between groups;
        # but a bar is never narrower than its label, or labels of a group would collide.
        most = (34 if horizontal else 90) * zoom * (1 if series == 1 else 0.75 * series)
        widest = max(self._label_extent(label, not horizontal) for label in self._labels)
        group = min(0.8 if series > 1 else 0.62, most / slot_pixels)
        group = min(0.95, max(group, series * (widest + 6) / slot_pixels))
        thickness = group / series
        values = [float(p.figure.value) for p in self._points]
        gap = _LABEL_GAP * zoom
        marks = []
        for value, label in zip(values, self._labels, strict=True):
            room = self._label_extent(label, horizontal) + gap + 2
            marks.append((value, 0.0, room) if value >= 0 else (value, room, 0.0))
        lo, hi = _fit_span(marks, value_pixels, min(0.0, *values), max(0.0, *values) or 1.0)
        ticks = self._value_ticks(lo, hi, value_pixels, horizontal)
        self._set_value_ticks(ticks)
        if not horizontal:
            width = max(metrics.horizontalAdvance(text) for _, text in ticks)
            self._set_axis_size(self._value_axis, width + 14)

        per_pixel = (hi - lo) / value_pixels
        for point, mark, label, value in zip(
            self._points, self._marks, self._labels, values, strict=True
        ):
            centre = point.category - group / 2 + thickness * (point.series + 0.5)
            # Bars of a group do not touch: a sliver of surface between them.
            inner = thickness * (0.9 if series > 1 else 1.0)
            end = value + math.copysign(gap * per_pixel, value)
            if isinstance(mark, _Bar):
                if horizontal:
                    mark.set_rect(QRectF(0, centre - inner / 2, value, inner))
                else:
                    mark.set_rect(QRectF(centre - inner / 2, 0, inner, value))
            if horizontal:
                label.setAnchor((0, 0.5) if value >= 0 else (1, 0.5))
                label.setPos(end, centre)
            else:
                label.setAnchor((0.5, 1) if value >= 0 else (0.5, 0))
                label.setPos(centre, end)

        view = self.plot.getViewBox()
        lines = [value for value, _ in ticks if value != 0]  # zero is the baseline
        if horizontal:
            self._grid.set_lines(lines, QRectF(QPointF(lo, -0.5), QPointF(hi, categories - 0.5)))
            view.setRange(xRange=(lo, hi), yRange=(-0.5, categories - 0.5), padding=0)
        else:
            self._grid.set_lines(lines, QRectF(QPointF(-0.5, lo), QPointF(categories - 0.5, hi)))
            view.setRange(xRange=(-0.5, categories - 0.5), yRange=(lo, hi), padding=0)

    def _value_ticks(
        self, lo: float, hi: float, pixels: float, horizontal: bool
    ) -> list[tuple[float, str]]:
        """Round values about every 55 px up the plot (100 px across it), as plain numbers."""
        zoom = self._appearance.zoom
        step = _nice_step(hi - lo, max(2, int(pixels // ((100 if horizontal else 55) * zoom))))
        return [
            (tick * step, _plain_number(tick * step, step))
            for tick in range(math.ceil(lo / step), math.floor(hi / step) + 1)
        ]

    def _fit_ranks(self, size: QRectF, metrics: QFontMetricsF) -> None:
        categories = len(self.chart.categories)
        series = len(self.chart.series)
        slot_pixels = size.width() / categories
        radius = self._dot_radius()
        gap = _LABEL_GAP * self._appearance.zoom
        # Last year to this year reads left to right, the first point labelled on its left
        # and the last on its right: the points stand as far apart as those labels allow.
        widest = max(self._label_extent(label, True) for label in self._labels)
        room = slot_pixels - 2 * (radius + gap + widest) - 8
        spread_pixels = max(
            metrics.horizontalAdvance("国") * 3, min(180 * self._appearance.zoom, room)
        )
        spread = spread_pixels / slot_pixels if series > 1 else 0.0

        def x_of(point: _Point) -> float:
            if series == 1:
                return float(point.category)
            return point.category - spread / 2 + spread * point.series / (series - 1)

        ranks = [float(p.figure.value) for p in self._points]
        marks: list[tuple[float, float, float]] = []
        lowest = {
            c: max(r for p, r in zip(self._points, ranks, strict=True) if p.category == c)
            for c in range(categories)
        }
        annotation_height = {
            p.category: self._label_extent(a, False)
            for p, a in zip(self._change_points, self._changes, strict=True)
        }
        # The change is written under the lower point and its label, centred on the arrow.
        half = max(radius, *(self._label_extent(label, False) / 2 for label in self._labels)) + 2
        for point, rank in zip(self._points, ranks, strict=True):
            below = half
            if rank == lowest[point.category]:
                below = half + annotation_height.get(point.category, 0) + 2
            # The y axis is inverted: "above" on screen is towards rank 1, the low end.
            marks.append((rank, half, below))
        lo, hi = _fit_span(marks, size.height(), min(ranks), max(ranks))
        rank_text = QCoreApplication.translate("ChartPanel", "第{rank}位")
        ticks = [
            (value, rank_text.format(rank=text))
            for value, text in self._value_ticks(lo, hi, size.height(), horizontal=False)
            if value >= 1
        ]
        if lo <= 1 and (not ticks or ticks[0][0] > 1):
            ticks.insert(0, (1.0, rank_text.format(rank=1)))
        self._set_value_ticks(ticks)
        width = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
        self._set_axis_size(self._value_axis, width + 14)
        self._grid.set_lines(
            [value for value, _ in ticks], QRectF(QPointF(-0.5, lo), QPointF(categories - 0.5, hi))
        )

        x_per_pixel = 1 / slot_pixels
        y_per_pixel = (hi - lo) / size.height()
        for point, rank, mark, label in zip(
            self._points, ranks, self._marks, self._labels, strict=True
        ):
            x = x_of(point)
            mark.setPos(x, rank)
            first_of_many = series > 1 and point.series == 0
            offset = (radius + gap) * x_per_pixel
            label.setAnchor((1, 0.5) if first_of_many else (0, 0.5))
            label.setPos(x - offset if first_of_many else x + offset, rank)

        by_key = {
            (p.category, p.series): (x_of(p), r) for p, r in zip(self._points, ranks, strict=True)
        }
        for point, arrow, annotation in zip(
            self._change_points, self._arrows, self._changes, strict=True
        ):
            if series > 1:
                before = by_key[(point.category, point.series - 1)]
                after = by_key[(point.category, point.series)]
                pad = QPointF(12 * x_per_pixel, 12 * y_per_pixel)
                arrow.set_geometry(QPointF(*before), QPointF(*after), pad, radius + 3)
            annotation.setPos(float(point.category), lowest[point.category] + half * y_per_pixel)

        view = self.plot.getViewBox()
        view.setRange(xRange=(-0.5, categories - 0.5), yRange=(lo, hi), padding=0)

    def _summary(self) -> str:
        """The figures in words, for a screen reader."""
        parts = []
        for point in self._points:
            name = self.chart.series[point.series].name
            category = self.chart.categories[point.category]
            parts.append(f"{category} {name} {format_shown(point.figure)}")
        return "；".join(parts)
