"""A chart's data table holds the numbers the chart draws, category by series, for every chart."""

from __future__ import annotations

import html
from decimal import Decimal
from html.parser import HTMLParser

from briefing.model import Briefing, load_dataset
from briefing.model.formatting import plotted_value
from briefing.model.tables import chart_table, table_html, table_tsv
from briefing.resources import bundled_dataset


def _briefing() -> Briefing:
    return load_dataset(bundled_dataset()).briefing


def test_every_chart_table_is_its_categories_by_series() -> None:
    briefing = _briefing()
    figures = briefing.figures()
    assert briefing.charts()
    for chart in briefing.charts():
        table = chart_table(chart, figures)
        assert table.header == ("", *(s.name for s in chart.series))
        assert [category for category, _ in table.rows] == chart.categories
        for index, (_, cells) in enumerate(table.rows):
            expected = [plotted_value(figures[s.values[index]]) for s in chart.series]
            assert [cell.number for cell in cells] == expected
            assert all(isinstance(cell.number, Decimal) for cell in cells)
            assert [cell.derived for cell in cells] == [
                figures[s.values[index]].derived is not None for s in chart.series
            ]


def test_tsv_splits_into_the_table_cells() -> None:
    briefing = _briefing()
    for chart in briefing.charts():
        table = chart_table(chart, briefing.figures())
        lines = table_tsv(table).split("\r\n")
        assert lines[-1] == ""
        cells = [line.split("\t") for line in lines[:-1]]
        assert cells[0] == list(table.header)
        for row, (category, values) in zip(cells[1:], table.rows, strict=True):
            assert row[0] == category
            assert [Decimal(text) for text in row[1:]] == [cell.number for cell in values]


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._in_cell = True
            self.rows[-1].append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        if self._in_cell:
            self.rows[-1][-1] += data


def test_html_is_a_table_of_the_same_cells_with_the_unit_in_the_corner() -> None:
    briefing = _briefing()
    for chart in briefing.charts():
        table = chart_table(chart, briefing.figures())
        parser = _Cells()
        parser.feed(table_html(table))
        assert parser.rows[0] == [table.unit, *table.header[1:]]
        tsv = [line.split("\t") for line in table_tsv(table).split("\r\n")[1:-1]]
        assert parser.rows[1:] == tsv
        assert f"<caption>{html.escape(chart.title)}</caption>" in table_html(table)
