"""The parts of one whole (产业结构 1.8:14.8:83.4, shares that add to 100%): one stacked bar per
series across the width, a colour per part named in the legend, each part's number above it."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from briefing.model.formatting import plotted_value
from briefing.views.chart._items import Bar, LegendEntry, MarkStyle
from briefing.views.chart._layout import LABEL_GAP, text_size, value_ticks, wrap
from briefing.views.chart._plot import ChartPlot, Point

LABEL_LINES = 2  # a thin part's number steps up a line rather than overlap its neighbour's


class CompositionPlot(ChartPlot):
    """A composition chart: the categories are the parts, each series one whole."""

    def _rows(self) -> int:
        return len(self.chart.series)

    def _point_colour(self, point: Point) -> str:
        # Parts in the theme's strong colours; its first (the muted year-before) comes last.
        colours = self._appearance.theme.series
        strong = [*colours[1:], colours[0]]
        return strong[point.category % len(strong)]

    def _legend_entries(self, line: float) -> list[LegendEntry]:
        """One entry per part, in its colour; a part the article does not state (其他) is drawn
        in the derived style and says so in its own entry: no separate 推算 entry."""
        look = self._appearance
        word = QCoreApplication.translate("ChartPanel", "推算")
        entries = []
        for category, name in enumerate(self.chart.categories):
            points = [p for p in self.points if p.category == category]
            derived = bool(points) and all(p.figure.derived is not None for p in points)
            style = MarkStyle.make(self._point_colour(points[0]), derived, look, line)
            text = f"{name}（{word}）" if derived and word not in name else name
            entries.append(LegendEntry(text, "bar", style))
        return entries

    def _whole(self) -> float:
        sums = [
            sum(float(plotted_value(p.figure)) for p in self.points if p.series == s)
            for s in range(len(self.chart.series))
        ]
        return max([*sums, 1e-9])

    def _line(self) -> float:
        return QFontMetricsF(self._appearance.font(self._appearance.theme.base_pt)).height()

    def _minimum_size(self) -> tuple[float, float]:
        look = self._appearance
        metrics = QFontMetricsF(look.font(look.theme.small_pt))
        names = max(metrics.horizontalAdvance(s.name) for s in self.chart.series)
        widest = max(self._label_extent(label, True) for label in self._labels)
        width = min(names, 8 * metrics.horizontalAdvance("国")) + 14 + 4 * widest + 40
        self._legend.wrap(math.inf)
        row = self._row_pixels(self._line())
        height = self._legend.size.height() + 10 + self._rows() * row + 2 * metrics.height()
        return width, height

    @staticmethod
    def _row_pixels(line: float) -> float:
        """A row: the label lines above, the bar, a gap to the next row."""
        return LABEL_LINES * (line + 4) + 1.6 * line + 12

    def _fit_category_axis(self, metrics: QFontMetricsF) -> None:
        advance = metrics.horizontalAdvance
        limit = max(advance("国") * 6, self.width() * 0.25)
        # One whole needs no name beside its bar: the title names it, the legend its parts.
        names = [series.name for series in self.chart.series] if self._rows() > 1 else [""]
        ticks = [wrap(name, advance, limit) for name in names]
        width = max(text_size(t, advance, metrics.height())[0] for t in ticks)
        self._set_axis_size(self._category_axis, width + 14)
        self._category_ticks = ticks

    def _fit_bars(self, size: QRectF, metrics: QFontMetricsF) -> None:
        rows = self._rows()
        whole = self._whole()
        ticks = value_ticks(0.0, whole, size.width(), 100 * self._appearance.zoom)
        self._set_value_ticks(ticks, None)
        line = self._line()
        row_pixels = size.height() / rows
        label_pixels = LABEL_LINES * (line + 4)
        bar_pixels = max(
            line, min(max(3 * line, 0.25 * row_pixels), row_pixels - label_pixels - 12)
        )
        y_per_pixel = 1 / row_pixels
        x_per_pixel = whole / size.width()
        gap = LABEL_GAP * self._appearance.zoom
        # The labels and the bar under them, centred in the row (r - 0.5 to r + 0.5).
        group = label_pixels + bar_pixels
        centre_offset = ((row_pixels - group) / 2 + label_pixels + bar_pixels / 2) * y_per_pixel
        centre_offset -= 0.5
        thickness = bar_pixels * y_per_pixel
        self._category_axis.setTicks(
            [[(r + centre_offset, text) for r, text in enumerate(self._category_ticks)]]
        )
        starts = [0.0] * rows
        step = gap * x_per_pixel
        for row in range(rows):
            members = [i for i, p in enumerate(self.points) if p.series == row]
            halves = [self._label_extent(self._labels[i], True) / 2 * x_per_pixel for i in members]
            middles = []
            for i in members:
                value = float(plotted_value(self.points[i].figure))
                top = row + centre_offset - thickness / 2
                mark = self._marks[i]
                if isinstance(mark, Bar):
                    mark.set_rect(QRectF(starts[row], top, value, thickness))
                middles.append(starts[row] + value / 2)
                starts[row] += value
            # One line when the numbers fit side by side, else every other one a line up.
            one_line = sum(2 * h + step for h in halves) <= whole
            levels = [0 if one_line else k % LABEL_LINES for k in range(len(members))]
            for level in set(levels):
                on = [k for k in range(len(members)) if levels[k] == level]
                places = dodge([middles[k] for k in on], [halves[k] for k in on], step, whole)
                for k, centre in zip(on, places, strict=True):
                    label = self._labels[members[k]]
                    label.setAnchor((0.5, 1))
                    top = row + centre_offset - thickness / 2
                    label.setPos(centre, top - (gap + level * (line + 4)) * y_per_pixel)
        self._grid.set_lines(
            [value for value, _ in ticks if value != 0],
            QRectF(QPointF(0, -0.5), QPointF(whole, rows - 0.5)),
        )
        self.getViewBox().setRange(xRange=(0, whole), yRange=(-0.5, rows - 0.5), padding=0)


def dodge(middles: list[float], halves: list[float], gap: float, end: float) -> list[float]:
    """Centres for labels of half-widths ``halves`` as near ``middles`` as they can be with
    ``gap`` between them, all within 0 .. ``end`` (left to right, then back from the right)."""
    places: list[float] = []
    bound = 0.0
    for middle, half in zip(middles, halves, strict=True):
        centre = max(middle, bound + half)
        places.append(centre)
        bound = centre + half + gap
    bound = end
    for k in range(len(places) - 1, -1, -1):
        places[k] = min(places[k], bound - halves[k])
        bound = places[k] - halves[k] - gap
    return places


__all__ = ["CompositionPlot"]
