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
from pptx.oxml.ns import qn
from pptx.slide import Slide
from pptx.util import Emu, Pt

from briefing.fonts import FONT_FAMILY
from briefing.model.formatting import APPROXIMATE, format_number
from briefing.model.schema import Chart, Figure
from briefing.model.tables import ChartTable, TableCell, chart_table
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
    """One series in the accent colour; several in the theme's order, the year before first
    (the parts of a composition, which may be more, round again)."""
    if count == 1:
        return [THEME.accent]
    return [THEME.series[index % len(THEME.series)] for index in range(count)]


Grid = tuple[list[str], list[tuple[str, list[TableCell]]]]  # categories; each series' cells


def native_grid(chart: Chart, table: ChartTable) -> Grid:
    """The table as the native chart holds it: categories × series, except for a composition,
    whose parts (the dataset's categories) are stacked in one bar per whole (its series): there
    each part is a native series, so PowerPoint stacks them."""
    names = list(table.header[1:])
    if chart.kind == "composition":
        return names, [(category, list(cells)) for category, cells in table.rows]
    categories = [category for category, _ in table.rows]
    columns = [
        (name, [cells[index] for _, cells in table.rows]) for index, name in enumerate(names)
    ]
    return categories, columns


def chart_data(grid: Grid) -> CategoryChartData:
    data = CategoryChartData(number_format="General")
    data.categories = grid[0]
    for name, cells in grid[1]:
        data.add_series(name, [float(cell.number) for cell in cells])
    return data


def add_chart(
    slide: Slide, box: tuple[int, int, int, int], chart: Chart, figures: dict[str, Figure]
) -> ChartTable:
    """Draw ``chart`` as a native chart filling ``box``; return its table."""
    table = chart_table(chart, figures)
    grid = native_grid(chart, table)
    left, top, width, height = box
    frame = slide.shapes.add_chart(
        chart_type(chart), Emu(left), Emu(top), Emu(width), Emu(height), chart_data(grid)
    )
    frame.name = chart.id
    native = frame.chart
    native.font.size = Pt(AXIS_PT)
    native.font.name = FONT_FAMILY
    native.font.color.rgb = rgb(THEME.muted)
    name_fonts(native.font._rPr)
    native.has_title = False  # the slide's heading is the chart's title
    native.has_legend = len(grid[1]) > 1
    if native.has_legend:
        native.legend.position = XL_LEGEND_POSITION.BOTTOM
        native.legend.include_in_layout = False
    _style_axes(native, chart)
    _style_series(native, chart, grid)
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
        values.crosses = XL_AXIS_CROSSES.MAXIMUM  # the lists' names under the dots


def _style_series(native: Any, chart: Chart, grid: Grid) -> None:
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
        plot.vary_by_categories = False
    elif chart.kind == "composition":
        labels.position = XL_LABEL_POSITION.CENTER
    else:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        plot.gap_width = 80
        plot.overlap = -10 if len(chart.series) > 1 else 0
    rank = chart.kind == "rank_change"
    colours = series_colours(len(grid[1]))
    for index, (series, (_, cells)) in enumerate(zip(plot.series, grid[1], strict=True)):
        colour = colours[index]
        if rank:
            series.format.line.fill.background()  # dots only: two lists are not a trend
            series.smooth = False
            series.marker.style = XL_MARKER_STYLE.CIRCLE
            series.marker.size = 16
            if index == 0 and len(grid[1]) > 1:  # the year before left of its dot, so the
                series.data_labels.position = XL_LABEL_POSITION.LEFT  # two never overlap
                series.data_labels.number_format = RANK_FORMAT
                series.data_labels.number_format_is_linked = False
                series.data_labels.font.size = Pt(LABEL_PT)
                series.data_labels.show_value = True
        _fill(series, colour, rank=rank)
        if not rank:
            _label_formats(series, cells, labels.position)
        for point, cell in enumerate(cells):
            if cell.derived:
                _fill(series.points[point], lighter(colour), rank=rank)
                _outline(series.points[point], colour, rank=rank)


def label_format(cell: TableCell) -> str | None:
    """The number format of a value's label when PowerPoint's General would print it otherwise
    than the article: its decimals (1.00, not 1), 约 before an approximation; None when General
    prints it as it is."""
    approximate = cell.shown.startswith(APPROXIMATE)
    digits = "0." + "0" * cell.decimals if cell.decimals else "0"
    if approximate:
        return f'"{APPROXIMATE}"{digits}'
    trailing_zero = cell.decimals > 0 and format_number(cell.number).endswith("0")
    return digits if trailing_zero else None


def _label_formats(series: Any, cells: list[TableCell], position: Any) -> None:
    codes = [label_format(cell) for cell in cells]
    if not any(codes):
        return
    # A series with labels of its own hides the plot's on its other points: show them again.
    own = series.data_labels
    own.show_value = True
    own.position = position
    own.font.size = Pt(LABEL_PT)
    own.font.color.rgb = rgb(THEME.text)
    for point, code in enumerate(codes):
        if code is None:
            continue
        label = series.points[point].data_label
        label.font.size = Pt(LABEL_PT)
        label.font.color.rgb = rgb(THEME.text)
        label.position = position
        dlbl = label._dLbl
        number = dlbl.makeelement(qn("c:numFmt"), {"formatCode": code, "sourceLinked": "0"})
        dlbl.find(qn("c:spPr")).addprevious(number)


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
