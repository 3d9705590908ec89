"""A briefing chart as a native PowerPoint chart: its categories, series and numbers are the
chart's data sheet, so whoever opens the file can restyle it or correct a number."""

from __future__ import annotations

from typing import Any

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import (
    XL_AXIS_CROSSES,
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_MARKER_STYLE,
    XL_TICK_LABEL_POSITION,
)
from pptx.slide import Slide
from pptx.util import Emu, Pt

from briefing.fonts import FONT_FAMILY
from briefing.model.schema import Chart, Figure
from briefing.model.tables import ChartTable, chart_table
from briefing.render.pptx._text import THEME, lighter, name_fonts, rgb

# Which native chart draws each kind. A rank is drawn as dots on a reversed axis (first place
# at the top), each labelled 第N位: better is up, as in the app, and a bar's length would
# suggest that a worse rank is more of something.
CHART_TYPES = {
    "bars": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "grouped_bars": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "time_series": XL_CHART_TYPE.COLUMN_CLUSTERED,
    "horizontal_bars": XL_CHART_TYPE.BAR_CLUSTERED,
    "rank_change": XL_CHART_TYPE.LINE_MARKERS,
}
RANK_FORMAT = '"第"0"位"'
LABEL_PT = 16
AXIS_PT = 14


def chart_type(chart: Chart) -> Any:
    if chart.kind == "composition":
        # Parts of 100 (shares) fill the bar; parts of a named total are stacked as they are.
        return XL_CHART_TYPE.BAR_STACKED if chart.total else XL_CHART_TYPE.BAR_STACKED_100
    return CHART_TYPES[chart.kind]


def series_colours(count: int) -> list[str]:
    """One series in the accent colour; several in the theme's order, the year before first."""
    return [THEME.accent] if count == 1 else list(THEME.series[:count])


def chart_data(table: ChartTable) -> CategoryChartData:
    data = CategoryChartData(number_format="General")
    data.categories = [category for category, _ in table.rows]
    for index, name in enumerate(table.header[1:]):
        data.add_series(name, [float(cells[index].number) for _, cells in table.rows])
    return data


def add_chart(
    slide: Slide, box: tuple[int, int, int, int], chart: Chart, figures: dict[str, Figure]
) -> ChartTable:
    """Draw ``chart`` as a native chart filling ``box``; return its table."""
    table = chart_table(chart, figures)
    left, top, width, height = box
    frame = slide.shapes.add_chart(
        chart_type(chart), Emu(left), Emu(top), Emu(width), Emu(height), chart_data(table)
    )
    frame.name = chart.id
    native = frame.chart
    native.font.size = Pt(AXIS_PT)
    native.font.name = FONT_FAMILY
    native.font.color.rgb = rgb(THEME.muted)
    name_fonts(native.font._rPr)
    native.has_title = False  # the slide's heading is the chart's title
    native.has_legend = len(chart.series) > 1
    if native.has_legend:
        native.legend.position = XL_LEGEND_POSITION.BOTTOM
        native.legend.include_in_layout = False
    _style_axes(native, chart)
    _style_series(native, chart, table)
    return table


def _style_axes(native: Any, chart: Chart) -> None:
    values = native.value_axis
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = rgb(THEME.grid)
    values.format.line.fill.background()
    values.tick_labels.font.size = Pt(AXIS_PT)
    categories = native.category_axis
    categories.tick_labels.font.size = Pt(AXIS_PT)
    categories.format.line.color.rgb = rgb(THEME.border)
    if chart.kind in {"horizontal_bars", "composition"}:
        categories.reverse_order = True  # the first category at the top, as it is read
        categories.crosses = XL_AXIS_CROSSES.MAXIMUM  # the value axis at the last category
    if chart.kind == "rank_change":
        values.reverse_order = True  # first place at the top
        values.minimum_scale = 0
        values.tick_label_position = XL_TICK_LABEL_POSITION.NONE  # each dot says 第N位


def _style_series(native: Any, chart: Chart, table: ChartTable) -> None:
    plot = native.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.font.size = Pt(LABEL_PT)
    labels.font.color.rgb = rgb(THEME.text)
    labels.show_value = True
    if chart.kind == "rank_change":
        labels.number_format = RANK_FORMAT
        labels.number_format_is_linked = False
        labels.position = XL_LABEL_POSITION.RIGHT
    elif chart.kind == "composition":
        labels.position = XL_LABEL_POSITION.CENTER
    else:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        plot.gap_width = 80
        plot.overlap = -10 if len(chart.series) > 1 else 0
    for index, (series, colour) in enumerate(
        zip(plot.series, series_colours(len(chart.series)), strict=True)
    ):
        if chart.kind == "rank_change":
            series.format.line.fill.background()  # dots only: two lists are not a trend
            series.smooth = False
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 16
        _fill(series, colour, rank=chart.kind == "rank_change")
        for row, (_, cells) in enumerate(table.rows):
            if cells[index].derived:
                _fill(series.points[row], lighter(colour), rank=chart.kind == "rank_change")
                _outline(series.points[row], colour, rank=chart.kind == "rank_change")


def _fill(item: Any, colour: str, *, rank: bool) -> None:
    fill = item.marker.format.fill if rank else item.format.fill
    fill.solid()
    fill.fore_color.rgb = rgb(colour)


def _outline(item: Any, colour: str, *, rank: bool) -> None:
    """A derived value keeps its series' colour as a dashed outline, so a light fill is never
    mistaken for another series."""
    from pptx.enum.dml import MSO_LINE_DASH_STYLE

    line = item.marker.format.line if rank else item.format.line
    line.color.rgb = rgb(colour)
    line.width = Pt(1.5)
    line.dash_style = MSO_LINE_DASH_STYLE.DASH
