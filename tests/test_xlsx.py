"""The workbook: a sheet of every figure (numbers as number cells, a frozen, filtered header) and
one sheet per chart holding its data; written whole or not at all, like every export."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook
from pytestqt.qtbot import QtBot

from briefing.model import Briefing, Dataset, load_dataset
from briefing.model.facts import fact_rows
from briefing.model.formatting import plotted_value
from briefing.render.everything import export_all, plan
from briefing.render.files import BRIEFING_FORMATS, ExportError, ImageOptions
from briefing.render.xlsx import (
    FIGURE_COLUMNS,
    FIGURES_SHEET,
    SHEET_NAME_LIMIT,
    briefing_xlsx,
    number_cell,
    sheet_name,
)
from briefing.resources import bundled_dataset
from tests.test_report_forms import PUBLISHER, PULL, TITLE, section, write_report


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


def _workbook(briefing: Briefing) -> Workbook:
    return load_workbook(io.BytesIO(briefing_xlsx(briefing)))


def test_the_figures_sheet_holds_every_figure_with_numbers_as_numbers(dataset: Dataset) -> None:
    briefing = dataset.briefing
    sheet = _workbook(briefing)[FIGURES_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("部分", "标签", "数值", "单位", "修饰", "变化", "推算", "公式", "原文")
    facts = fact_rows(briefing)
    assert len(rows) - 1 == len(facts)
    for row, fact in zip(rows[1:], facts, strict=True):
        cells = dict(zip((key for _, key in FIGURE_COLUMNS), row, strict=True))
        assert isinstance(cells["value"], int | float)
        assert Decimal(repr(cells["value"])) == Decimal(fact["value"])
        assert cells["derived"] == ("是" if fact["derived"] else None)
        for key in ("section", "label", "unit", "qualifier", "change", "formula", "quote"):
            assert (cells[key] or "") == fact[key], key
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:I{len(facts) + 1}"
    assert all((sheet.column_dimensions[c].width or 0) >= 6 for c in "ABCDEFGHI")


def test_a_value_keeps_its_stored_decimals(dataset: Dataset) -> None:
    sheet = _workbook(dataset.briefing)[FIGURES_SHEET]
    figures = dataset.briefing.figures()
    for row, fact in zip(sheet.iter_rows(min_row=2), fact_rows(dataset.briefing), strict=True):
        value = figures[fact["id"]].value
        assert value is not None
        decimals = len(fact["value"].partition(".")[2])
        assert row[2].number_format == ("0." + "0" * decimals if decimals else "0")
    assert number_cell(Decimal("1.00")) == (1.0, "0.00")
    assert number_cell(Decimal("3590")) == (3590, "0")
    assert number_cell(Decimal("1234567890.123456789")) == ("1234567890.123456789", "@")


def test_a_figure_that_is_only_a_change_has_no_value_and_its_change(tmp_path: Path) -> None:
    figures = [
        {
            "id": "pull", "label": "规模以上工业拉动经济增长", "value": None, "unit": "",
            "quote": PULL, "change": {"kind": "absolute", "amount": 0.9, "unit": "个百分点"},
        },
    ]  # fmt: skip
    folder = write_report(
        tmp_path, [TITLE, PUBLISHER, "一、综合", PULL], [section(["一、综合"], [PULL], figures)]
    )
    sheet = _workbook(load_dataset(folder).briefing)[FIGURES_SHEET]
    (row,) = sheet.iter_rows(min_row=2, values_only=True)
    assert row[1:3] == ("规模以上工业拉动经济增长", None)
    assert row[5] == "+0.9个百分点"
    assert row[8] == PULL


def test_one_sheet_per_chart_with_its_categories_by_series(dataset: Dataset) -> None:
    briefing = dataset.briefing
    workbook = _workbook(briefing)
    charts = briefing.charts()
    assert len(workbook.sheetnames) == 1 + len(charts)
    figures = briefing.figures()
    for name, chart in zip(workbook.sheetnames[1:], charts, strict=True):
        sheet = workbook[name]
        assert len(name) <= SHEET_NAME_LIMIT
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][1:] == tuple(series.name for series in chart.series)
        assert rows[0][0] == (chart.unit or None)
        for index, category in enumerate(chart.categories):
            row = rows[1 + index]
            assert row[0] == category
            values = [plotted_value(figures[s.values[index]]) for s in chart.series]
            assert [Decimal(repr(v)) for v in row[1 : 1 + len(values)]] == values
            for column, series in enumerate(chart.series, start=2):
                derived = figures[series.values[index]].derived is not None
                assert bool(sheet.cell(row=2 + index, column=column).font.i) == derived
        below = [r[0] for r in rows[len(chart.categories) + 1 :] if r[0]]
        assert below[0] == chart.title
        assert any(str(line).startswith("数据来源") for line in below)


def test_sheet_names_are_cleaned_shortened_and_never_repeat() -> None:
    taken: set[str] = set()
    assert sheet_name("a[b]:c*d?e/f\\g", taken) == "a_b__c_d_e_f_g"
    long = "人才" * 20
    first = sheet_name(long, taken)
    second = sheet_name(long, taken)
    third = sheet_name(long.upper(), taken)
    assert len({first, second, third}) == 3
    assert all(len(name) <= SHEET_NAME_LIMIT for name in (first, second, third))
    assert sheet_name("Figures", {"figures"}) != "Figures"  # Excel ignores case


def test_xlsx_is_a_briefing_format_written_by_export_all(tmp_path: Path, dataset: Dataset) -> None:
    assert "xlsx" in BRIEFING_FORMATS
    written = export_all(dataset, tmp_path, ["xlsx"], ImageOptions())
    assert written == [job.path for job in plan(dataset, tmp_path, ["xlsx"])]
    assert written[0].suffix == ".xlsx"
    assert load_workbook(written[0]).sheetnames[0] == FIGURES_SHEET
    assert oct(written[0].stat().st_mode & 0o777) != oct(0o600)


def test_an_existing_workbook_is_not_overwritten_unasked(tmp_path: Path, dataset: Dataset) -> None:
    (path,) = export_all(dataset, tmp_path, ["xlsx"], ImageOptions())
    path.write_bytes(b"mine")
    with pytest.raises(ExportError, match="已存在"):
        export_all(dataset, tmp_path, ["xlsx"], ImageOptions())
    assert path.read_bytes() == b"mine"
    export_all(dataset, tmp_path, ["xlsx"], ImageOptions(), force=True)
    assert load_workbook(path).sheetnames[0] == FIGURES_SHEET


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_reads_the_figures_sheet(tmp_path: Path, dataset: Dataset) -> None:
    (path,) = export_all(dataset, tmp_path, ["xlsx"], ImageOptions())
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",  # 76: UTF-8
         "--outdir", str(tmp_path / "csv"), str(path)],
        capture_output=True, text=True, check=False, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (converted,) = (tmp_path / "csv").glob("*.csv")
    lines = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8"))))
    assert lines[0] == ["部分", "标签", "数值", "单位", "修饰", "变化", "推算", "公式", "原文"]
    facts = fact_rows(dataset.briefing)
    assert len(lines) - 1 == len(facts)
    assert [Decimal(line[2]) for line in lines[1:]] == [Decimal(f["value"]) for f in facts]


def test_the_export_command_names_and_writes_every_format(tmp_path: Path) -> None:
    from briefing.cli import _parser

    help_text = " ".join(_parser("export").format_help().split())
    listed = help_text.split("any of: ", 1)[1].split(" ", 1)[0].split(",")
    assert listed == list(BRIEFING_FORMATS)
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "export", "--out", str(tmp_path), "--format", "xlsx"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (printed,) = result.stdout.splitlines()
    assert load_workbook(printed).sheetnames[0] == FIGURES_SHEET


def test_the_export_dialog_writes_the_workbook(
    make_window: Callable[..., Any], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    window.export_briefing()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert list(dialog.kinds) == [k for k in BRIEFING_FORMATS if k != "jpg"]
    for kind, box in dialog.kinds.items():
        box.setChecked(kind == "xlsx")
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.xlsx")), timeout=30000)
    (path,) = tmp_path.glob("*.xlsx")
    assert load_workbook(path).sheetnames[0] == FIGURES_SHEET
