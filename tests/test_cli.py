"""The `briefing` command: validate, schema and facts on the bundled dataset, and the viewer's
messages while there is no window."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import load_dataset
from briefing.model.facts import COLUMNS
from briefing.resources import bundled_dataset
from tests.conftest import EditDataset


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args], capture_output=True, check=False, env=env
    )


def test_validate_accepts_the_bundled_dataset() -> None:
    result = run("validate", "--lang", "en")
    assert result.returncode == 0, result.stdout.decode()
    summary = result.stdout.decode()
    assert summary.startswith("valid: ")
    assert "3 sections" in summary
    assert "5 images" in summary


def test_validate_speaks_chinese_unless_asked_otherwise() -> None:
    """Chinese throughout: the command line too, unless --lang en (or English chosen in the
    app, View > Language, which it remembers)."""
    result = run("validate")
    assert result.returncode == 0
    summary = result.stdout.decode()
    assert summary.startswith("有效：")
    assert "3 个部分" in summary
    assert "5 张图片" in summary


def test_validate_takes_the_folder_or_its_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--lang", "en", str(bundled_dataset())]) == 0
    assert main(["validate", "--lang", "en", str(bundled_dataset() / "briefing.json")]) == 0
    assert capsys.readouterr().out.count("valid: ") == 2


def test_schema_is_json_schema_of_the_format() -> None:
    result = run("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert schema["additionalProperties"] is False
    figure = schema["$defs"]["Figure"]
    # A figure may be only its change (比上年增长3.6%): its value is a number or null.
    assert {"type": "number"} in figure["properties"]["value"]["anyOf"]
    assert set(figure["required"]) >= {"id", "label", "unit"}
    assert schema["$defs"]["Chart"]["properties"]["kind"]["enum"] == [
        "bars",
        "grouped_bars",
        "horizontal_bars",
        "rank_change",
        "composition",
        "time_series",
    ]


def test_facts_csv_opens_in_excel_and_lists_every_figure() -> None:
    result = run("facts", "--format", "csv")
    assert result.returncode == 0
    assert result.stdout.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM"
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    dataset = load_dataset(bundled_dataset())
    assert len(rows) == len(dataset.briefing.figures())
    by_id = {row["id"]: row for row in rows}
    fund = by_id["s1-talent-fund"]
    assert (fund["value"], fund["unit"], fund["change"], fund["derived"]) == (
        "2.96",
        "亿元",
        "+196%",
        "false",
    )
    assert "2.96亿元" in fund["quote"]
    assert fund["quote"] in dataset.article.text
    platforms = by_id["s2-regional-platforms"]
    assert (platforms["qualifier"], platforms["printed"]) == ("余", "400余家")
    rank = by_id["s2-prefecture-innovation-rank"]
    assert (rank["printed"], rank["change"]) == ("第33位", "提升10位")
    last_year = by_id["s1-talent-fund-2023"]
    assert last_year["derived"] == "true"
    assert last_year["quote"] == ""
    assert last_year["formula"].startswith("2.96 ÷ (1 + 196 ÷ 100) ≈ 1.00（")
    assert "2.96亿元" in last_year["basis"]
    for row in rows:
        assert (row["quote"] == "") == (row["derived"] == "true")


def test_facts_json_has_numbers_as_numbers() -> None:
    result = run("facts", "--format", "json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    by_id = {row["id"]: row for row in rows}
    assert by_id["s1-talent-fund"]["value"] == 2.96
    assert by_id["s1-talent-recruited"]["value"] == 3590
    assert by_id["s1-talent-recruited"]["change"] == "翻了一番"
    assert by_id["s1-talent-recruited-2023"]["derived"] is True


def test_facts_refuses_an_invalid_dataset(tmp_path: Path) -> None:
    (tmp_path / "briefing.json").write_text("[]", encoding="utf-8")
    result = run("facts", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.decode().startswith(str(tmp_path / "briefing.json"))


def test_viewer_without_a_display_says_so_and_names_an_export() -> None:
    env = dict(os.environ)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    result = run("--lang", "en", env=env)
    message = result.stderr.decode()
    assert result.returncode == 2
    assert "no display" in message
    assert "briefing export" in message
    assert len(message.strip().splitlines()) == 1


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("validate", "schema", "facts"):
        assert command in result.stdout.decode()


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("briefing")
    assert script.exists()
    result = subprocess.run([script, "validate"], capture_output=True, check=False)
    assert result.returncode == 0


def test_validate_speaks_the_language_asked_for(
    edit_dataset: EditDataset, capsys: pytest.CaptureFixture[str]
) -> None:
    def faults(data: dict[str, Any]) -> None:
        data["title"] = "别的标题"
        data["lead"]["images"][0]["file"] = "images/nowhere.svg"

    folder = edit_dataset(faults)
    assert main(["validate", "--lang", "zh", str(folder)]) == 1
    problem, warning = capsys.readouterr().out.splitlines()
    lines = (folder / "briefing.json").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if '"title": "别的标题"' in text)
    column = lines[line - 1].index('"别的标题"') + 1  # in characters, as an editor counts
    assert problem == (
        f"{folder / 'briefing.json'}:{line}:{column}: "
        "$.title: '别的标题' 不在原文中；应为原文的原话"
    )
    assert warning.startswith("警告：")
    assert "图片文件 'images/nowhere.svg' 不存在" in warning
    assert main(["validate", "--lang", "en", str(folder)]) == 1
    out = capsys.readouterr()
    assert "'别的标题' is not in the article" in out.out
    assert out.err.strip() == "invalid dataset: 1 problem"
