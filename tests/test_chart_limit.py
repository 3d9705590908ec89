"""A chart may have as many categories as a report's charts have: 48 months, five years of them;
past the stated limit it is refused by its length, and ``briefing schema`` states the limit."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import DatasetError, load_dataset
from briefing.model.schema import MAX_CATEGORIES
from tests.conftest import EditDataset


def _months(count: int) -> Any:
    def change(data: dict[str, Any]) -> None:
        chart = next(c for c in data["sections"][0]["charts"] if c["kind"] == "bars")
        figure = chart["series"][0]["values"][0]
        chart["categories"] = [f"{2020 + i // 12}年{i % 12 + 1}月" for i in range(count)]
        chart["series"] = [{"name": chart["series"][0]["name"], "values": [figure] * count}]

    return change


def test_a_chart_of_every_month_of_five_years_loads(edit_dataset: EditDataset) -> None:
    dataset = load_dataset(edit_dataset(_months(60)))
    charts = [chart for section in dataset.briefing.sections for chart in section.charts]
    assert max(len(chart.categories) for chart in charts) == 60


def test_a_chart_past_the_limit_is_refused_with_the_limit(edit_dataset: EditDataset) -> None:
    with pytest.raises(DatasetError) as refused:
        load_dataset(edit_dataset(_months(MAX_CATEGORIES + 1)))
    said = str(refused.value)
    assert "categories" in said
    assert str(MAX_CATEGORIES) in said


def test_the_schema_states_the_limit_of_categories() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        main(["schema"])
    chart = json.loads(out.getvalue())["$defs"]["Chart"]["properties"]
    assert chart["categories"]["maxItems"] == MAX_CATEGORIES == 60
    series = json.loads(out.getvalue())["$defs"]["Series"]["properties"]
    assert series["values"]["maxItems"] == 60
