"""Which plot draws a chart of each kind, and which draws it when its panel is too narrow."""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model.schema import Chart, Figure
from briefing.theme import Appearance
from briefing.views.chart._composition import CompositionPlot
from briefing.views.chart._plot import ChartPlot
from briefing.views.chart._ranks import RankColumnsPlot, RankRowsPlot

# A kind of chart that grows wider with its categories, and the kind it is drawn as when its
# panel is too narrow for it: horizontal bars grow down the page, which scrolls, never sideways.
NARROW_KIND = {
    "bars": "horizontal_bars",
    "grouped_bars": "horizontal_bars",
    "time_series": "horizontal_bars",  # the years then run down the page, earliest first
}
_PLOTS: dict[str, type[ChartPlot]] = {
    "composition": CompositionPlot,
    "rank_change": RankColumnsPlot,
}
# Ranks have no narrower kind, but a narrower form of their own: a category to a row.
_NARROW_PLOTS: dict[str, type[ChartPlot]] = {"rank_change": RankRowsPlot}


def has_narrow_form(chart: Chart) -> bool:
    """Whether a chart has a narrower way of being drawn than its own kind."""
    return chart.kind in NARROW_KIND or chart.kind in _NARROW_PLOTS


def own_plot(chart: Chart, figures: Mapping[str, Figure], appearance: Appearance) -> ChartPlot:
    """The plot of a chart in its own kind."""
    return _PLOTS.get(chart.kind, ChartPlot)(chart, figures, appearance)


def narrow_plot(
    chart: Chart, figures: Mapping[str, Figure], appearance: Appearance
) -> ChartPlot | None:
    """The plot of a chart in its narrower form; None when it has none."""
    narrow = NARROW_KIND.get(chart.kind)
    if narrow is not None:
        return ChartPlot(chart.model_copy(update={"kind": narrow}), figures, appearance)
    if chart.kind in _NARROW_PLOTS:
        return _NARROW_PLOTS[chart.kind](chart, figures, appearance)
    return None


def plots_for(
    chart: Chart, figures: Mapping[str, Figure], appearance: Appearance
) -> list[ChartPlot]:
    """The plot of a chart in its own kind, then (if it has one) the narrower one."""
    narrow = narrow_plot(chart, figures, appearance)
    return [own_plot(chart, figures, appearance), *([narrow] if narrow is not None else [])]
