"""A rank chart in its two forms: columns (a category's points side by side, 第1位 at the top)
and, for a page too narrow for them, rows (a category to a row, 第1位 at the left)."""

from __future__ import annotations

import math
from typing import Literal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF

from briefing.model.formatting import plotted_value
from briefing.model.schema import Chart
from briefing.views.chart._layout import (
    LABEL_GAP,
    fit_span,
    rank_spread,
    rank_ticks,
    rank_x,
    text_size,
    wrap,
)
from briefing.views.chart._plot import ChartPlot

Side = Literal["left", "right", "above", "below"]  # where a point's label stands


def rank_template() -> str:
    """How a rank is written on the axis: 第{rank}位."""
    return QCoreApplication.translate("ChartPanel", "第{rank}位")


class RankColumnsPlot(ChartPlot):
    """Ranks in columns, one per category: better is up (第1位 at the top), the year before
    left of the year after, joined by the arrow of the change written under them."""

    def _fit_marks(self, size: QRectF, metrics: QFontMetricsF) -> None:
        """A column per category, its points side by side, the last year's change under them."""
        series = len(self.chart.series)
        slot_pixels = size.width() / len(self.chart.categories)
        radius = self._dot_radius()
        gap = LABEL_GAP * self._appearance.zoom
        widest = max(self._label_extent(label, True) for label in self._labels)
        em = metrics.horizontalAdvance("国")
        spread = rank_spread(
            slot_pixels, series, radius + gap + widest, em=em, zoom=self._appearance.zoom
        )
        ranks = [float(plotted_value(p.figure)) for p in self.points]
        lowest = {
            c: max(r for p, r in zip(self.points, ranks, strict=True) if p.category == c)
            for c in range(len(self.chart.categories))
        }
        # The change is written under the lower point and its label, centred on the arrow.
        half = max(radius, *(self._label_extent(label, False) / 2 for label in self._labels)) + 2
        lo, hi = self._rank_span(size.height(), ranks, lowest, half)
        ticks = rank_ticks(lo, hi, size.height(), 55 * self._appearance.zoom, rank_template())
        self._set_value_ticks(ticks, metrics)

        x_per_pixel = 1 / slot_pixels
        places = {
            (p.category, p.series): (rank_x(p.category, p.series, series, spread), rank)
            for p, rank in zip(self.points, ranks, strict=True)
        }
        offset = (radius + gap) * x_per_pixel
        for point, mark, label in zip(self.points, self._marks, self._labels, strict=True):
            x, rank = places[(point.category, point.series)]
            mark.setPos(x, rank)
            first_of_many = series > 1 and point.series == 0
            label.setAnchor((1, 0.5) if first_of_many else (0, 0.5))
            label.setPos(x - offset if first_of_many else x + offset, rank)

        y_per_pixel = (hi - lo) / size.height()
        for point, arrow, annotation in zip(
            self._change_points, self._arrows, self._changes, strict=True
        ):
            if series > 1:
                before = places[(point.category, point.series - 1)]
                after = places[(point.category, point.series)]
                pad = QPointF(12 * x_per_pixel, 12 * y_per_pixel)
                arrow.set_geometry(QPointF(*before), QPointF(*after), pad, radius + 3)
            annotation.setPos(float(point.category), lowest[point.category] + half * y_per_pixel)
        self._set_range(lo, hi, [value for value, _ in ticks], horizontal=False)

    def _rank_span(
        self, pixels: float, ranks: list[float], lowest: dict[int, float], half: float
    ) -> tuple[float, float]:
        """The ranks shown: room for every point's label (``half`` a label above and below),
        and under each category's lower point for its change annotation."""
        annotation_height = {
            p.category: self._label_extent(a, False)
            for p, a in zip(self._change_points, self._changes, strict=True)
        }
        marks: list[tuple[float, float, float]] = []
        for point, rank in zip(self.points, ranks, strict=True):
            below = half
            if rank == lowest[point.category]:
                below = half + annotation_height.get(point.category, 0) + 2
            # The y axis is inverted: "above" on screen is towards rank 1, the low end.
            marks.append((rank, half, below))
        return fit_span(marks, pixels, min(ranks), max(ranks))


class RankRowsPlot(ChartPlot):
    """A rank chart for a page too narrow for its columns: a row per category, down the page.

    The ranks run across, 第1位 at the left: better is left, as in the columns it is up. A
    category's points stand in its row, joined by the arrow of its change; the leftmost is
    labelled on its left, the rightmost on its right (any between above or below them, in
    turn), and the change (提升10位) is written after the row's last label.
    """

    @classmethod
    def values_across(cls, chart: Chart) -> bool:
        return True

    def _ranks(self) -> list[float]:
        return [float(plotted_value(p.figure)) for p in self.points]

    def _sides(self) -> dict[int, Side]:
        """Where each point's label stands (by index into points): left of a row's leftmost
        point (of several), right of its rightmost, above or below (in turn) those between."""
        ranks = self._ranks()
        rows: dict[int, list[int]] = {}
        for index, point in enumerate(self.points):
            rows.setdefault(point.category, []).append(index)
        sides: dict[int, Side] = {}
        for members in rows.values():
            order = sorted(members, key=lambda i: (ranks[i], self.points[i].series))
            for k, index in enumerate(order[1:-1]):
                sides[index] = "above" if k % 2 == 0 else "below"
            if len(order) > 1:
                sides[order[0]] = "left"
            sides[order[-1]] = "right"
        return sides

    def _last_of_rows(self, sides: dict[int, Side]) -> dict[int, int]:
        """Each row's rightmost point, whose label the change follows."""
        return {self.points[i].category: i for i, side in sides.items() if side == "right"}

    def _label_height(self) -> float:
        return max(self._label_extent(label, False) for label in self._labels)

    def _change_widths(self) -> dict[int, float]:
        """The width of each row's change annotation (none when it has no change)."""
        return {
            p.category: self._label_extent(a, True)
            for p, a in zip(self._change_points, self._changes, strict=True)
            if a.toPlainText()
        }

    def _value_room(self) -> float:
        """The least width of the view: a point labelled on each side, the change after one,
        and some distance between them."""
        look = self._appearance
        em = QFontMetricsF(look.font(look.theme.small_pt)).horizontalAdvance("国")
        gap = LABEL_GAP * look.zoom
        widest = max(self._label_extent(label, True) for label in self._labels)
        side = self._dot_radius() + gap + widest + 2
        change = max(self._change_widths().values(), default=0.0)
        return 2 * side + (2 * gap + change if change else 0.0) + 6 * em

    def _right_margin(self, metrics: QFontMetricsF) -> float:
        # The last rank of the axis is centred on the view's right edge.
        digits = len(str(round(2 * max(self._ranks()))))
        widest = metrics.horizontalAdvance(rank_template().format(rank="0" * digits))
        return max(16.0, widest / 2 + 4)

    def _wrapped_names(self, metrics: QFontMetricsF, limit: float) -> list[str]:
        return [wrap(c, metrics.horizontalAdvance, limit) for c in self.chart.categories]

    def _row_pixels(self, names: list[str]) -> float:
        """A row: a label's line with room above and below, or its category's wrapped name."""
        look = self._appearance
        line = QFontMetricsF(look.font(look.theme.base_pt)).height()
        small = QFontMetricsF(look.font(look.theme.small_pt)).height()
        lines = max(name.count("\n") + 1 for name in names)
        row = max(1.7 * line, lines * small + 8)
        if len(self.chart.series) > 2:  # labels above and below the centre line's
            row = max(row, 3 * self._label_height() + 6)
        return row

    def _height_for(self, names: list[str]) -> float:
        """The least height with the category names wrapped so: the legend, the rows, the
        rank axis and the margins."""
        metrics = QFontMetricsF(self._appearance.font(self._appearance.theme.small_pt))
        self._legend.wrap(math.inf)
        legend = self._legend.size.height() + 10 if self._legend.entries else 0.0
        rows = len(self.chart.categories) * self._row_pixels(names)
        return legend + rows + 3 * metrics.height() + 12

    def _minimum_size(self) -> tuple[float, float]:
        # The names wrapped as narrow as they ever are: the most lines, the tallest rows.
        metrics = QFontMetricsF(self._appearance.font(self._appearance.theme.small_pt))
        names = self._wrapped_names(metrics, 8 * metrics.horizontalAdvance("国"))
        axis = max(text_size(n, metrics.horizontalAdvance, metrics.height())[0] for n in names)
        width = axis + 14 + self._value_room() + self._right_margin(metrics) + 8
        return width, self._height_for(names)

    def _fit_category_axis(self, metrics: QFontMetricsF) -> None:
        # Names wrap rather than take the room the ranks need.
        em = metrics.horizontalAdvance("国")
        room = self.width() - self._value_room() - self._right_margin(metrics) - 22
        limit = max(8 * em, min(self.width() * 0.3, room))
        ticks = self._wrapped_names(metrics, limit)
        width = max(text_size(t, metrics.horizontalAdvance, metrics.height())[0] for t in ticks)
        self._set_axis_size(self._category_axis, width + 14)
        self._category_ticks = ticks
        self._category_axis.setTicks([list(enumerate(ticks))])
        # Names on fewer lines than at the least width: lower rows (never taller ones, so
        # the height a slide measured before this fit still holds).
        height = math.ceil(self._height_for(ticks))
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def _fit_marks(self, size: QRectF, metrics: QFontMetricsF) -> None:
        """A row per category, the ranks across; the points, labels, arrows and changes."""
        zoom = self._appearance.zoom
        radius = self._dot_radius()
        gap = LABEL_GAP * zoom
        ranks = self._ranks()
        sides = self._sides()
        right = self._last_of_rows(sides)
        lo, hi = self._rank_span(size.width(), ranks, sides)
        ticks = rank_ticks(lo, hi, size.width(), 120 * zoom, rank_template())
        self._set_value_ticks(ticks, None)

        x_per_pixel = (hi - lo) / size.width()
        y_per_pixel = len(self.chart.categories) / size.height()
        offset = (radius + gap) * x_per_pixel
        # Off the centre line, clear of the labels on it (y runs down the page).
        lift = max(radius + gap, self._label_height() / 2 + 1) * y_per_pixel
        for index, (point, mark, label) in enumerate(
            zip(self.points, self._marks, self._labels, strict=True)
        ):
            row, rank = float(point.category), ranks[index]
            mark.setPos(rank, row)
            anchor, place = {
                "left": ((1, 0.5), (rank - offset, row)),
                "right": ((0, 0.5), (rank + offset, row)),
                "above": ((0.5, 1), (rank, row - lift)),
                "below": ((0.5, 0), (rank, row + lift)),
            }[sides[index]]
            label.setAnchor(anchor)
            label.setPos(*place)

        places = {(p.category, p.series): i for i, p in enumerate(self.points)}
        pad = QPointF(12 * x_per_pixel, 12 * y_per_pixel)
        for point, arrow, annotation in zip(
            self._change_points, self._arrows, self._changes, strict=True
        ):
            row = float(point.category)
            if point.series > 0:
                before = ranks[places[(point.category, point.series - 1)]]
                after = ranks[places[(point.category, point.series)]]
                arrow.set_geometry(QPointF(before, row), QPointF(after, row), pad, radius + 3)
            last = right[point.category]
            past = radius + gap + self._label_extent(self._labels[last], True) + 2 * gap
            annotation.setAnchor((0, 0.5))
            annotation.setPos(ranks[last] + past * x_per_pixel, row)
        self._set_range(lo, hi, [value for value, _ in ticks], horizontal=True)

    def _rank_span(
        self, pixels: float, ranks: list[float], sides: dict[int, Side]
    ) -> tuple[float, float]:
        """The ranks shown: room beside each point for its label on that side (half of it on
        both sides of one above or below), and after a row's last label for the change."""
        radius = self._dot_radius()
        gap = LABEL_GAP * self._appearance.zoom
        changes = self._change_widths()
        last = {index: category for category, index in self._last_of_rows(sides).items()}
        marks: list[tuple[float, float, float]] = []
        for index, rank in enumerate(ranks):
            width = self._label_extent(self._labels[index], True)
            label = radius + gap + width + 2
            if sides[index] == "left":
                marks.append((rank, label, radius + 2))
                continue
            if sides[index] in {"above", "below"}:
                half = max(radius, width / 2) + 2
                marks.append((rank, half, half))
                continue
            after = label
            if index in last and last[index] in changes:
                after += 2 * gap + changes[last[index]]
            marks.append((rank, radius + 2, after))
        lo, hi = min(ranks), max(ranks)
        if hi - lo < 1:  # one rank throughout: a span of one place around it
            lo, hi = lo - 0.5, hi + 0.5
        return fit_span(marks, pixels, lo, hi)
