"""The data table behind a chart (categories × series), shared by the spreadsheet, the slides
and the clipboard: the numbers the chart draws, as numbers, with what a reader sees beside them."""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from briefing.model.formatting import format_number, format_shown, plotted_value
from briefing.model.schema import Chart, Figure

DERIVED_MARK = "推算"  # the figure's own wording, as the cards and slides mark it
DERIVED_NOTE = f"斜体：{DERIVED_MARK}（由原文数字计算得出）"


@dataclass(frozen=True)
class TableCell:
    """One value of a chart: the number drawn, the figure as a reader sees it, whether it is
    derived rather than stated by the article."""

    figure_id: str
    number: Decimal
    shown: str
    derived: bool

    @property
    def decimals(self) -> int:
        """How many decimals the value is stored with (2.96 → 2, 3590 → 0)."""
        exponent = self.number.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class ChartTable:
    """A chart's data: ``header`` is the corner (empty) and the series names; each row is a
    category and one cell per series."""

    title: str
    unit: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, tuple[TableCell, ...]], ...]

    def number_rows(self) -> list[list[str | Decimal]]:
        """The header and then each category with its numbers: what a spreadsheet holds."""
        header: list[str | Decimal] = list(self.header)
        return [header] + [
            [category, *(cell.number for cell in cells)] for category, cells in self.rows
        ]

    @property
    def has_derived(self) -> bool:
        return any(cell.derived for _, cells in self.rows for cell in cells)


def chart_table(chart: Chart, figures: Mapping[str, Figure]) -> ChartTable:
    """The table of ``chart``, its figures looked up in ``figures`` (Briefing.figures())."""
    rows = []
    for index, category in enumerate(chart.categories):
        cells = []
        for series in chart.series:
            figure = figures[series.values[index]]
            cells.append(
                TableCell(
                    figure_id=figure.id,
                    number=plotted_value(figure),
                    shown=format_shown(figure),
                    derived=figure.derived is not None,
                )
            )
        rows.append((category, tuple(cells)))
    return ChartTable(
        title=chart.title,
        unit=chart.unit or "",
        header=("", *(series.name for series in chart.series)),
        rows=tuple(rows),
    )


def _tsv_field(text: str) -> str:
    # A tab or line break inside a field would split the pasted cell.
    return " ".join(text.split())


def table_tsv(table: ChartTable) -> str:
    """Tab-separated text that pastes as cells into Excel or WPS: plain numbers with the digits
    as stored, so the spreadsheet reads them as numbers."""
    lines = ["\t".join(_tsv_field(cell) for cell in table.header)]
    for category, cells in table.rows:
        numbers = (format_number(cell.number) for cell in cells)
        lines.append("\t".join([_tsv_field(category), *numbers]))
    return "\r\n".join(lines) + "\r\n"


def table_html(table: ChartTable) -> str:
    """An HTML table that pastes as a table into Word, WPS or Excel: the title as its caption,
    the unit in the corner, derived values in italics with a 推算 note under the table (a mark
    inside the cell would turn the number into text in a spreadsheet)."""
    esc = html.escape
    corner = esc(table.unit)
    head = "".join(f"<th>{esc(name)}</th>" for name in table.header[1:])
    body = []
    for category, cells in table.rows:
        values = "".join(
            f'<td style="font-style:italic">{esc(format_number(cell.number))}</td>'
            if cell.derived
            else f"<td>{esc(format_number(cell.number))}</td>"
            for cell in cells
        )
        body.append(f"<tr><th>{esc(category)}</th>{values}</tr>")
    note = f"<p><i>{DERIVED_NOTE}</i></p>" if table.has_derived else ""
    return (
        '<html><head><meta charset="utf-8"></head><body><table border="1">'
        f"<caption>{esc(table.title)}</caption>"
        f"<tr><th>{corner}</th>{head}</tr>{''.join(body)}</table>{note}</body></html>"
    )
