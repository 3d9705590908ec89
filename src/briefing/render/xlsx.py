"""The briefing as an Excel / WPS 表格 workbook: a sheet of every figure, then one sheet per chart
holding the data it draws (categories × series). Numbers are number cells."""

from __future__ import annotations

import io
import math
import sys
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from briefing.model.facts import fact_rows
from briefing.model.formatting import source_line
from briefing.model.tables import DERIVED_NOTE, ChartTable, chart_table

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from briefing.model import Briefing

FIGURES_SHEET = "全部数字"
# The figures sheet's columns: the header a reader sees and the fact_rows key it holds.
FIGURE_COLUMNS = (
    ("部分", "section"),
    ("标签", "label"),
    ("数值", "value"),
    ("单位", "unit"),
    ("修饰", "qualifier"),
    ("变化", "change"),
    ("推算", "derived"),
    ("公式", "formula"),
    ("原文", "quote"),
)
DERIVED_YES = "是"
# Excel refuses these in a sheet name, and names longer than 31 characters.
_SHEET_FORBIDDEN = set("[]:*?/\\")
SHEET_NAME_LIMIT = 31
_WIDEST = {"quote": 60, "formula": 40}  # long text wraps in its column instead
_WIDTH_LIMIT = 40
_LINE_HEIGHT = 15  # points: a line of 11-point text


def number_cell(value: Decimal) -> tuple[float | int | str, str]:
    """A stored number as a spreadsheet cell: the value and the number format showing its
    decimals as stored (2.96 → "0.00", 3590 → "0"). A number a float cannot hold exactly
    (more than 15 significant digits) stays its digits as text rather than change."""
    exponent = value.as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    number_format = "0." + "0" * decimals if decimals else "0"
    if decimals == 0 and value == value.to_integral_value() and abs(value) < 10**15:
        return int(value), number_format
    as_float = float(value)
    if Decimal(repr(as_float)) != value:
        return format(value, "f"), "@"
    return as_float, number_format


def sheet_name(text: str, taken: set[str]) -> str:
    """A sheet name Excel accepts, different (ignoring case, as Excel compares) from ``taken``."""
    cleaned = "".join("_" if c in _SHEET_FORBIDDEN or ord(c) < 32 else c for c in text)
    cleaned = cleaned.strip(" '") or "Sheet"
    name = cleaned[:SHEET_NAME_LIMIT]
    number = 2
    while name.casefold() in {t.casefold() for t in taken}:
        tail = f" ({number})"
        name = cleaned[: SHEET_NAME_LIMIT - len(tail)] + tail
        number += 1
    taken.add(name)
    return name


def _display_width(text: str) -> int:
    """How many columns of Latin characters a text takes: a Chinese character is two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _import_openpyxl() -> None:
    """Import openpyxl without numpy, unless numpy is loaded already (the viewer's charts load
    it). openpyxl imports numpy when it is installed (pyqtgraph needs it) only to take numpy's
    number types as cell values; the workbook writes Python numbers and text. numpy is ~0.1 s
    of a headless ``briefing export --format xlsx``, a fifth of the whole command."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # type: ignore[assignment]  # import numpy: ImportError
    try:
        import openpyxl  # noqa: F401
    finally:
        del sys.modules["numpy"]


def briefing_xlsx(briefing: Briefing) -> bytes:
    """The workbook's bytes."""
    _import_openpyxl()
    from openpyxl import Workbook

    workbook = Workbook()
    figures_sheet = workbook.active
    assert figures_sheet is not None, "a new workbook has a sheet"
    taken: set[str] = set()
    figures_sheet.title = sheet_name(FIGURES_SHEET, taken)
    _write_figures(figures_sheet, briefing)
    figures = briefing.figures()
    source = source_line(briefing)
    for number, chart in enumerate(briefing.charts(), start=1):
        sheet = workbook.create_sheet(sheet_name(f"{number:02d} {chart.title}", taken))
        _write_chart(sheet, chart_table(chart, figures), chart.note, source)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_figures(sheet: Worksheet, briefing: Briefing) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append([header for header, _ in FIGURE_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    figures = briefing.figures()
    widths = [_display_width(header) for header, _ in FIGURE_COLUMNS]
    value_column = [key for _, key in FIGURE_COLUMNS].index("value") + 1
    for row_number, fact in enumerate(fact_rows(briefing), start=2):
        values: list[Any] = []
        for index, (_, key) in enumerate(FIGURE_COLUMNS):
            value = fact[key]
            if key == "derived":
                value = DERIVED_YES if value else ""
            values.append(value)
            if key != "value":
                widths[index] = max(widths[index], _display_width(str(value)))
        number = figures[fact["id"]].value
        values[value_column - 1] = None
        sheet.append(values)
        if number is not None:  # None: a change stated alone, which the 变化 column holds
            value_cell = sheet.cell(row=row_number, column=value_column)
            value_cell.value, value_cell.number_format = number_cell(number)
            widths[value_column - 1] = max(widths[value_column - 1], len(fact["value"]))
    limits = [
        min(widths[i], _WIDEST.get(key, _WIDTH_LIMIT)) for i, (_, key) in enumerate(FIGURE_COLUMNS)
    ]
    for index, limit in enumerate(limits):
        sheet.column_dimensions[get_column_letter(index + 1)].width = limit + 2
    top, wrapped = Alignment(vertical="top"), Alignment(wrap_text=True, vertical="top")
    wrapping = {i for i, (_, key) in enumerate(FIGURE_COLUMNS) if key in _WIDEST}
    for row_number, cells in enumerate(sheet.iter_rows(min_row=2), start=2):
        lines = 1
        for index, cell in enumerate(cells):
            cell.alignment = wrapped if index in wrapping else top
            if index in wrapping and cell.value:
                lines = max(lines, math.ceil(_display_width(str(cell.value)) / limits[index]))
        # A spreadsheet does not always grow a row for wrapped text it did not type itself.
        sheet.row_dimensions[row_number].height = _LINE_HEIGHT * lines
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _print_across(sheet, title_rows="1:1")


def _write_chart(sheet: Worksheet, table: ChartTable, note: str | None, source: str) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    header = [table.unit, *table.header[1:]]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [_display_width(text) for text in header]
    derived_font = Font(italic=True, color="666666")
    for row_number, (category, cells) in enumerate(table.rows, start=2):
        sheet.cell(row=row_number, column=1, value=category).font = Font(bold=True)
        widths[0] = max(widths[0], _display_width(category))
        for column, table_cell in enumerate(cells, start=2):
            cell = sheet.cell(row=row_number, column=column)
            cell.value, cell.number_format = number_cell(table_cell.number)
            if table_cell.derived:
                cell.font = derived_font
            widths[column - 1] = max(widths[column - 1], len(table_cell.shown))
    for column, width in enumerate(widths, start=1):
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(width, _WIDTH_LIMIT) + 2
    sheet.freeze_panes = "B2"
    _print_across(sheet)
    # Under the table, after an empty row: what it is, where it comes from, what is derived.
    lines = [table.title, *([note] if note else []), source]
    if table.has_derived:
        lines.append(DERIVED_NOTE)
    for offset, line in enumerate(lines):
        sheet.cell(row=len(table.rows) + 3 + offset, column=1, value=line)


def _print_across(sheet: Worksheet, title_rows: str | None = None) -> None:
    """Printed, a sheet is as wide as the paper (landscape A4), its header on every page."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    if title_rows:
        sheet.print_title_rows = title_rows
