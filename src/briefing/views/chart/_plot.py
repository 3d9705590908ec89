"""The plot of a chart: its axes, marks and labels, styled, and laid out for the plot's size."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pyqtgraph as pg  # type: ignore[import-untyped]  # it ships no type information
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QSizePolicy

from briefing.model.formatting import format_change, format_shown, is_improvement, plotted_value
from briefing.model.formula import derivation_text
from briefing.model.schema import Chart, Figure
from briefing.theme import Appearance
from briefing.views.chart._items import (
    Arrow,
    Axis,
    Bar,
    Dot,
    Grid,
    Legend,
    LegendEntry,
    Mark,
    MarkStyle,
    Shape,
)
from briefing.views.chart._layout import (
    LABEL_GAP,
    MIN_PLOT_PIXELS,
    Tick,
    bar_group,
    fit_span,
    minimum_plot_height,
    minimum_plot_width,
    text_size,
    value_ticks,
    wrap,
)
from briefing.views.chart._still import StillPlotItem

# Kinds drawn with the values along the width and the category axis on the left.
HORIZONTAL_KINDS = frozenset({"horizontal_bars", "composition"})

# Stacking inside the view: grid lines behind everything, labels over everything.
_Z_GRID, _Z_ARROW, _Z_MARK, _Z_LABEL = 0, 1, 2, 3
TICK_OFFSET = 8  # pixels between an axis and its tick labels
AXIS_TEXT_HEIGHT = 18  # pyqtgraph's first guess at the height of a bottom axis's numbers


@dataclass(frozen=True)
class Point:
    """One figure of the chart: a bar or a rank point."""

    category: int
    series: int
    figure: Figure


def chart_points(chart: Chart, figures: Mapping[str, Figure]) -> list[Point]:
    """The chart's figures in category order, then series order."""
    return [
        Point(category, index, figures[figure_id])
        for category in range(len(chart.categories))
        for index, series in enumerate(chart.series)
        for figure_id in series.values[category : category + 1]
    ]


def tooltip_text(chart: Chart, figures: Mapping[str, Figure], category: int, series: int) -> str:
    """The plain text of the tooltip of one bar: where the figure comes from."""
    figure = figures[chart.series[series].values[category]]
    lines = [
        chart.categories[category],
        QCoreApplication.translate("ChartPanel", "{series}：{value}").format(
            series=chart.series[series].name, value=format_shown(figure)
        ),
    ]
    if figure.derived is not None:
        lines.append(
            QCoreApplication.translate("ChartPanel", "推算：") + derivation_text(figure, figures)
        )
    elif figure.quote:
        lines.append(QCoreApplication.translate("ChartPanel", "原文：") + figure.quote)
    return "\n".join(lines)


class ChartPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph ships no type information
    """The still plot of a chart: no pan, zoom, menu, auto-range or SI prefixes.

    Its range, bar sizes, label places and axis sizes are computed for its size whenever its
    view is resized (``fit``); it asks for a briefing chart's height rather than pyqtgraph's
    600×480.
    """

    preferred_height = 260

    def __init__(self, chart: Chart, figures: Mapping[str, Figure], appearance: Appearance) -> None:
        horizontal = self.values_across(chart)
        self._category_axis = Axis("left" if horizontal else "bottom")
        self._value_axis = Axis("bottom" if horizontal else "left")
        # No context menu of pyqtgraph's own (the panel has ours): never built, neither the
        # view's nor the plot's options form (StillPlotItem), rather than built and unused.
        axes = {
            self._category_axis.orientation: self._category_axis,
            self._value_axis.orientation: self._value_axis,
        }
        super().__init__(background=appearance.theme.surface, plotItem=StillPlotItem(axes))
        self.chart = chart
        self._figures = figures
        self._appearance = appearance
        self.points = chart_points(chart, figures)
        # A rank chart writes the change of each category's last figure (提升10位).
        self._change_points = [
            p
            for p in self.points
            if chart.kind == "rank_change" and p.series == len(chart.series) - 1
        ]
        self._category_ticks: list[str] = list(chart.categories)
        self._value_ticks_shown: list[Tick] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The panel takes the focus, with its ring; the plot would take it unseen.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._make_still()
        self._grid = Grid(vertical=horizontal)
        self._marks: list[Mark] = []
        self._labels: list[pg.TextItem] = []
        self._arrows: list[Arrow] = []
        self._changes: list[pg.TextItem] = []
        self._add_items()
        self._legend = Legend(self.getPlotItem())
        self.getViewBox().sigResized.connect(self.fit)

    @classmethod
    def values_across(cls, chart: Chart) -> bool:
        """Whether the values run across the plot, the categories down its left side."""
        return chart.kind in HORIZONTAL_KINDS

    def sizeHint(self) -> QSize:
        return QSize(600, max(self.minimumHeight(), self.preferred_height))

    def _make_still(self) -> None:
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.disableAutoRange()
        for axis in (self._category_axis, self._value_axis):
            axis.enableAutoSIPrefix(False)

    def _add_items(self) -> None:
        """The grid, a mark and a value label per figure and, for ranks, arrows of change."""
        view = self.getViewBox()
        if self.chart.kind in {*HORIZONTAL_KINDS, "rank_change"}:
            # First category at the top; for ranks, rank 1 at the top: better is up.
            view.invertY(True)

        def add(item: QGraphicsItem, z: float) -> None:
            view.addItem(item, ignoreBounds=True)
            item.setZValue(z)

        add(self._grid, _Z_GRID)
        for point in self.points:
            tooltip = tooltip_text(self.chart, self._figures, point.category, point.series)
            mark = Dot(tooltip) if self.chart.kind == "rank_change" else Bar(tooltip)
            label = pg.TextItem(format_shown(point.figure))
            label.textItem.document().setDocumentMargin(2)
            add(mark, _Z_MARK)
            add(label, _Z_LABEL)
            self._marks.append(mark)
            self._labels.append(label)
        for point in self._change_points:
            arrow = Arrow()
            add(arrow, _Z_ARROW)
            self._arrows.append(arrow)
            change = point.figure.change
            text = format_change(change, point.figure.better) if change else ""
            annotation = pg.TextItem(text, anchor=(0.5, 0))
            annotation.textItem.document().setDocumentMargin(2)
            add(annotation, _Z_LABEL)
            self._changes.append(annotation)

    # -- what is drawn (the panel's test hooks read these) -----------------------------------

    def value_labels(self) -> list[str]:
        return [label.toPlainText() for label in self._labels]

    def legend_labels(self) -> list[str]:
        return [entry.text for entry in self._legend.entries]

    def category_labels(self) -> list[str]:
        return [text.replace("\n", "") for text in self._category_ticks]

    def value_axis_labels(self) -> list[str]:
        return [text for _, text in self._value_ticks_shown]

    def change_labels(self) -> list[str]:
        return [annotation.toPlainText() for annotation in self._changes]

    def fit_signature(self) -> tuple[object, ...]:
        """The plot's size, its view's place and the ticks the fit chose for them."""
        return (
            self.size().toTuple(),
            self.getViewBox().geometry().getRect(),
            tuple(self.value_axis_labels()),
            tuple(self.category_labels()),
        )

    # -- appearance ---------------------------------------------------------------------------

    def set_export_painting(self, export: bool) -> None:
        """Painted into a file rather than on screen: no cached bitmap, hatching that scales."""
        # pyqtgraph caches the view's background in a pixmap filled with the palette's grey:
        # an opaque box behind a transparent chart, and a bitmap inside an SVG or PDF.
        cache = QGraphicsView.CacheModeFlag
        self.setCacheMode(cache.CacheNone if export else cache.CacheBackground)
        self.viewport().setAutoFillBackground(not export)  # that grey again, without a cache
        # The hatching of derived bars scales with the picture, like everything else: Qt's
        # brush patterns are otherwise 8 device pixels apart at any scale (a 4K hatch turns
        # into a grey tint), while an SVG scales them: the formats would disagree.
        self.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns, export)

    def restyle(self, appearance: Appearance, scale: float = 1.0) -> None:
        """Colours, fonts and sizes of everything in the plot, then a new fit.

        ``scale`` is that of the painter the plot is drawn through (an export's k): cosmetic
        pens are as many device pixels wide as their width whatever the painter, so they are
        widened by it; an arrow's pen is an ordinary one, which the painter widens itself.
        """
        self._appearance = appearance
        theme = appearance.theme
        line = theme.line_width * appearance.zoom * scale  # cosmetic: device pixels
        self._style_axes(line)
        self._grid.set_pen(QColor(theme.grid), line)

        label_font = appearance.font(theme.base_pt)
        bold_font = appearance.font(theme.base_pt, bold=True)
        for point, mark, label in zip(self.points, self._marks, self._labels, strict=True):
            derived = point.figure.derived is not None
            mark.set_style(MarkStyle.make(self._point_colour(point), derived, appearance, line))
            if isinstance(mark, Dot):
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
            # As wide, in device pixels, as the screen's rule makes it from the cosmetic width.
            arrow.set_pen(QColor(colour), max(2.0, 2 * line) / scale)
            annotation.setFont(bold_font)
            annotation.setColor(QColor(colour))

        self._legend.set_entries(self._legend_entries(line), label_font, QColor(theme.text))
        width, height = self._minimum_size()
        self.setMinimumWidth(math.ceil(width))
        self.setMinimumHeight(math.ceil(height))
        self.preferred_height = round(260 * appearance.zoom)
        self.updateGeometry()
        self.fit()

    def _style_axes(self, line: float) -> None:
        theme = self._appearance.theme
        tick_font = self._appearance.font(theme.small_pt)
        for axis in (self._category_axis, self._value_axis):
            axis.setTickFont(tick_font)
            # No tick marks: a zero-length tick still paints a dot, whatever its pen.
            axis.setStyle(
                tickTextOffset=TICK_OFFSET, hideOverlappingLabels=60, tickLength=0, tickAlpha=0
            )
        if self._value_axis.orientation == "bottom":
            # As tall as its numbers now (as pyqtgraph measures them: 0.8 of a line, and
            # never less than its first guess). It finds that height only as it paints, so
            # the first picture of a chart at a large zoom lacked them: they did not fit.
            text = max(AXIS_TEXT_HEIGHT, 0.8 * QFontMetricsF(tick_font).height())
            self._value_axis.setHeight(text + TICK_OFFSET)
        # The category axis line is the bars' baseline. A rank has no zero: a line under the
        # points would read as one.
        baseline = None if self.chart.kind == "rank_change" else theme.muted
        self._category_axis.setPen(pg.mkPen(baseline, width=line))
        self._category_axis.setTextPen(pg.mkPen(theme.text))
        # The value axis is only its numbers; its grid lines are drawn in the view.
        self._value_axis.setPen(pg.mkPen(None))
        self._value_axis.setTextPen(pg.mkPen(theme.muted))

    def _minimum_size(self) -> tuple[float, float]:
        look = self._appearance
        metrics = QFontMetricsF(look.font(look.theme.small_pt))
        widest = max(self._label_extent(label, True) for label in self._labels)
        width = minimum_plot_width(
            self.chart.kind,
            len(self.chart.categories),
            len(self.chart.series),
            em=metrics.horizontalAdvance("国"),
            widest=widest,
            side=self._dot_radius() + LABEL_GAP * look.zoom + widest,
        )
        line = QFontMetricsF(look.font(look.theme.base_pt)).height()
        self._legend.wrap(math.inf)
        legend = self._legend.size.height() + 10
        height = minimum_plot_height(
            self.chart.kind,
            len(self.chart.categories),
            line=line,
            legend=legend,
            series=len(self.chart.series),
        )
        return width, height

    def _dot_radius(self) -> float:
        """A rank point as big as a third of a label line: it grows with the text."""
        font = self._appearance.font(self._appearance.theme.base_pt)
        return round(QFontMetricsF(font).height() / 3, 1)

    def _rows(self) -> int:
        """How many slots the category axis holds: one per category."""
        return len(self.chart.categories)

    def _point_colour(self, point: Point) -> str:
        return self._colour(point.series)

    def _colour(self, series: int) -> str:
        """One series: this year's colour; several: the year before first, muted."""
        colours = self._appearance.theme.series
        index = 1 if len(self.chart.series) == 1 else series
        return colours[index % len(colours)]

    def _legend_entries(self, line: float) -> list[LegendEntry]:
        """One entry per series (when there are several), and the derived style explained
        once: by a series wholly derived whose name says so (2023年（推算）), drawn in that
        style, or else by a 推算 entry of its own; never both."""
        shape: Shape = "dot" if self.chart.kind == "rank_change" else "bar"
        entries: list[LegendEntry] = []
        look = self._appearance
        word = QCoreApplication.translate("ChartPanel", "推算")
        explained: set[int] = set()
        if len(self.chart.series) > 1:
            for index, series in enumerate(self.chart.series):
                all_derived = all(self._figures[v].derived is not None for v in series.values)
                says_so = all_derived and ("推算" in series.name or word in series.name)
                if says_so:
                    explained.add(index)
                style = MarkStyle.make(self._colour(index), says_so, look, line)
                entries.append(LegendEntry(series.name, shape, style))
        if any(p.figure.derived is not None and p.series not in explained for p in self.points):
            style = MarkStyle.make(look.theme.muted, True, look, line)
            entries.append(LegendEntry(word, shape, style))
        return entries

    # -- layout -------------------------------------------------------------------------------

    def fit(self) -> None:
        """Set the range, bar sizes, label places and axis sizes for the plot's current size.

        Computed, never auto-ranged: the range leaves exactly the room the value labels need,
        so no label is clipped and nothing shifts when the window is resized by a pixel.
        """
        view = self.getViewBox()
        size = view.boundingRect()
        item = self.getPlotItem()
        metrics = QFontMetricsF(self._appearance.font(self._appearance.theme.small_pt))
        self._fit_category_axis(metrics)
        right = self._right_margin(metrics)
        self._legend.wrap(self.width() - right - 8)
        legend_height = self._legend.size.height()
        top = legend_height + 10 if self._legend.entries else metrics.height() / 2 + 6
        item.layout.setContentsMargins(4, top, right, 4)
        if self._legend.entries:
            self._legend.setPos(max(4.0, view.geometry().right() - self._legend.size.width()), 4)
        if size.width() < MIN_PLOT_PIXELS or size.height() < MIN_PLOT_PIXELS:
            return
        self._fit_marks(size, metrics)

    def _right_margin(self, metrics: QFontMetricsF) -> float:
        """Room right of the view: with the values across, the last number of the value axis
        is centred on its right edge."""
        if self._value_axis.orientation != "bottom":
            return 16.0
        return max(16.0, metrics.horizontalAdvance("00000") / 2 + 4)

    def _fit_marks(self, size: QRectF, metrics: QFontMetricsF) -> None:
        """Place the marks and their labels in a view of ``size`` pixels."""
        self._fit_bars(size, metrics)

    def _fit_category_axis(self, metrics: QFontMetricsF) -> None:
        count = len(self.chart.categories)
        advance = metrics.horizontalAdvance
        if self._category_axis.orientation == "left":
            # Long labels wrap rather than take more than about two fifths of the width.
            limit = max(advance("国") * 8, self.width() * 0.4)
            ticks = [wrap(c, advance, limit) for c in self.chart.categories]
            width = max(text_size(t, advance, metrics.height())[0] for t in ticks)
            self._set_axis_size(self._category_axis, width + 14)
        else:
            axis_width = self.width() - self._value_axis.width() - 24
            slot = axis_width / count
            ticks = [wrap(c, advance, slot * 0.92) for c in self.chart.categories]
            height = max(text_size(t, advance, metrics.height())[1] for t in ticks)
            self._set_axis_size(self._category_axis, height + 10)
        self._category_ticks = ticks
        self._category_axis.setTicks([list(enumerate(ticks))])

    def _set_value_ticks(self, ticks: list[Tick], metrics: QFontMetricsF | None) -> None:
        """Write ``ticks`` along the value axis; a vertical one (``metrics`` given) is made
        as wide as its widest number."""
        self._value_ticks_shown = ticks
        self._value_axis.setTicks([ticks])
        if metrics is not None:
            width = max((metrics.horizontalAdvance(text) for _, text in ticks), default=0)
            self._set_axis_size(self._value_axis, width + 14)

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

    def _set_range(self, lo: float, hi: float, lines: list[float], horizontal: bool) -> None:
        """Show values ``lo`` to ``hi`` with grid lines at ``lines``, every category in full."""
        categories = self._rows()
        view = self.getViewBox()
        if horizontal:
            self._grid.set_lines(lines, QRectF(QPointF(lo, -0.5), QPointF(hi, categories - 0.5)))
            view.setRange(xRange=(lo, hi), yRange=(-0.5, categories - 0.5), padding=0)
        else:
            self._grid.set_lines(lines, QRectF(QPointF(-0.5, lo), QPointF(categories - 0.5, hi)))
            view.setRange(xRange=(-0.5, categories - 0.5), yRange=(lo, hi), padding=0)

    def _fit_bars(self, size: QRectF, metrics: QFontMetricsF) -> None:
        horizontal = self.chart.kind == "horizontal_bars"
        series = len(self.chart.series)
        zoom = self._appearance.zoom
        value_pixels = size.width() if horizontal else size.height()
        slot_pixels = (size.height() if horizontal else size.width()) / len(self.chart.categories)
        widest = max(self._label_extent(label, not horizontal) for label in self._labels)
        group, thickness = bar_group(slot_pixels, series, widest, horizontal=horizontal, zoom=zoom)
        values = [float(plotted_value(p.figure)) for p in self.points]
        gap = LABEL_GAP * zoom
        marks = []
        for value, label in zip(values, self._labels, strict=True):
            room = self._label_extent(label, horizontal) + gap + 2
            marks.append((value, 0.0, room) if value >= 0 else (value, room, 0.0))
        lo, hi = fit_span(marks, value_pixels, min(0.0, *values), max(0.0, *values) or 1.0)
        ticks = value_ticks(lo, hi, value_pixels, (100 if horizontal else 55) * zoom)
        self._set_value_ticks(ticks, None if horizontal else metrics)

        per_pixel = (hi - lo) / value_pixels
        for point, mark, label, value in zip(
            self.points, self._marks, self._labels, values, strict=True
        ):
            centre = point.category - group / 2 + thickness * (point.series + 0.5)
            # Bars of a group do not touch: a sliver of surface between them.
            inner = thickness * (0.9 if series > 1 else 1.0)
            end = value + math.copysign(gap * per_pixel, value)
            if isinstance(mark, Bar):
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
        self._set_range(lo, hi, [value for value, _ in ticks if value != 0], horizontal)
