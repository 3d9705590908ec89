"""The direction of every change is checked against its sentence, and shown as it went: a sign
flipped in the dataset (增长3.5% stored as -3.5) is refused; a falling unemployment rate is ↓ in
the good colour, never ↑. Each case has a small article of its own, in the style of a 统计公报."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from briefing.model import DatasetError, load_dataset
from briefing.model.formatting import change_text, figure_parts, stated_directions
from briefing.model.schema import Change, Figure

TITLE = "某市2024年国民经济和社会发展统计公报"
HEADING = ("综合情况", "主要指标")


def write_dataset(folder: Path, sentences: list[str], figures: list[dict[str, Any]]) -> Path:
    """A dataset of one section whose article is a title, a heading and ``sentences``."""
    folder.mkdir(parents=True, exist_ok=True)
    article = "\n\n".join([TITLE, "某市统计局", "　".join(HEADING), "".join(sentences)])
    (folder / "article.txt").write_text(article + "\n", encoding="utf-8")
    briefing = {
        "format_version": 1,
        "title": TITLE,
        "subtitle": "某市统计局",
        "publisher_line": "某市统计局",
        "author": "某市统计局",
        "photographer": "某市统计局",
        "year": 2024,
        "article": "article.txt",
        "lead": {},
        "sections": [
            {
                "id": "overview",
                "heading": list(HEADING),
                "summary": "主要指标",
                "paragraphs": ["".join(sentences)],
                "figures": figures,
                "cards": [figure["id"] for figure in figures],
            }
        ],
    }
    (folder / "briefing.json").write_text(json.dumps(briefing, ensure_ascii=False), "utf-8")
    return folder


def figure(
    figure_id: str,
    label: str,
    value: float,
    unit: str,
    quote: str,
    change: dict[str, Any],
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": figure_id,
        "label": label,
        "value": value,
        "unit": unit,
        "quote": quote,
        "change": change,
        **extra,
    }


GROWTH = "全年地区生产总值4500亿元，比上年增长3.5%。"
DECLINE = "全年粮食产量120万吨，比上年下降53.4%。"
RANK = "营商环境评价位列全省第5位，较上年提升3位。"
RATE = "城镇调查失业率为5.1%，比上年下降0.4个百分点。"
BOTH = "人才总量和高层次人才分别达到51.3万人、5.5万人，分别增长12%、15%。"


def problems(folder: Path) -> list[str]:
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    return [str(problem) for problem in raised.value.problems]


def test_a_growth_stored_as_a_fall_is_refused(tmp_path: Path) -> None:
    wrong = figure("gdp", "地区生产总值", 4500, "亿元", GROWTH, {"kind": "percent", "amount": -3.5})
    lines = problems(write_dataset(tmp_path, [GROWTH], [wrong]))
    assert len(lines) == 1
    assert "$.sections[0].figures[0].change.amount" in lines[0]
    assert "the quote says '3.5%' rose, but the stored amount is -3.5" in lines[0]


def test_a_fall_stored_as_a_growth_is_refused(tmp_path: Path) -> None:
    wrong = figure("grain", "粮食产量", 120, "万吨", DECLINE, {"kind": "percent", "amount": 53.4})
    lines = problems(write_dataset(tmp_path, [DECLINE], [wrong]))
    assert len(lines) == 1
    assert "'53.4%' fell, but the stored amount is 53.4" in lines[0]


def test_a_rank_that_rose_is_a_negative_amount_of_places(tmp_path: Path) -> None:
    wrong = figure(
        "rank", "营商环境评价", 5, "位", RANK,
        {"kind": "places", "amount": 3, "unit": "位"}, qualifier="第…位", better="lower",
    )  # fmt: skip
    lines = problems(write_dataset(tmp_path, [RANK], [wrong]))
    assert "'3位' rose, but the stored amount is 3" in lines[0]
    assert "a negative amount for a better place" in lines[0]


def test_a_change_without_a_direction_word_is_refused(tmp_path: Path) -> None:
    silent = "全年进出口总额800亿元，规模为5.2%。"
    wrong = figure("trade", "进出口总额", 800, "亿元", silent, {"kind": "percent", "amount": 5.2})
    lines = problems(write_dataset(tmp_path, [silent], [wrong]))
    assert "does not say whether '5.2%' went up or down" in lines[0]


def test_every_direction_stated_rightly_loads(tmp_path: Path) -> None:
    figures = [
        figure("gdp", "地区生产总值", 4500, "亿元", GROWTH, {"kind": "percent", "amount": 3.5}),
        figure("grain", "粮食产量", 120, "万吨", DECLINE, {"kind": "percent", "amount": -53.4}),
        figure(
            "rank", "营商环境评价", 5, "位", RANK,
            {"kind": "places", "amount": -3, "unit": "位"}, qualifier="第…位", better="lower",
        ),
        figure(
            "jobless", "城镇调查失业率", 5.1, "%", RATE,
            {"kind": "absolute", "amount": -0.4, "unit": "个百分点"}, better="lower",
        ),
        figure("talent", "人才总量", 51.3, "万人", BOTH, {"kind": "percent", "amount": 12}),
        figure("high", "高层次人才", 5.5, "万人", BOTH, {"kind": "percent", "amount": 15}),
    ]  # fmt: skip
    dataset = load_dataset(write_dataset(tmp_path, [GROWTH, DECLINE, RANK, RATE, BOTH], figures))
    assert len(dataset.briefing.figures()) == 6


def test_the_direction_word_is_the_nearest_one_before_the_number_in_its_clause() -> None:
    assert stated_directions(BOTH, "15%") == {1}, "分别增长12%、15%: both rose"
    assert stated_directions("下降3.5%，降幅收窄1.2个百分点", "1.2个百分点") == {-1}
    assert stated_directions("增长3.5%，增速比上年回落1.2个百分点", "1.2个百分点") == {-1}
    assert stated_directions("增长3.5%，占比为1.2%", "1.2%") == set(), "another clause's word"
    assert stated_directions("与上年持平，为0%", "0%") == set()
    assert stated_directions("与上年持平0%", "0%") == {0}
    assert stated_directions("第1季度为21亿元，增长1", "1") == {1}, "not the 1 of 第1季度 or 21"


def stated(value: str, unit: str, change: Change, better: str = "higher") -> Figure:
    return Figure(
        id="f", label="f", value=Decimal(value), unit=unit, change=change, better=better, quote="x"
    )


def test_arrows_show_the_direction_and_colour_says_good_or_bad() -> None:
    fall = Change(kind="absolute", amount=Decimal("-0.4"), unit="个百分点")
    jobless = stated("5.1", "%", fall, better="lower")
    assert change_text(jobless) == ("↓0.4个百分点", True), "a fall, good news: ↓, never ↑"
    gdp = stated("4500", "亿元", Change(kind="percent", amount=Decimal("3.5")))
    assert change_text(gdp) == ("↑3.5%", True)
    grain = stated("120", "万吨", Change(kind="percent", amount=Decimal("-53.4")))
    assert change_text(grain) == ("↓53.4%", False)
    energy = stated("0.5", "吨标准煤", Change(kind="percent", amount=Decimal("-3")), "lower")
    assert change_text(energy) == ("↓3%", True)
    rank = Change(kind="places", amount=Decimal("-3"), unit="位")
    assert change_text(stated("5", "位", rank, "lower")) == ("↑提升3位", True), "a better place"
    worse = Change(kind="places", amount=Decimal("2"), unit="位")
    assert change_text(stated("7", "位", worse, "lower")) == ("↓下降2位", False)
    loss = stated("30", "亿元", Change(kind="absolute", amount=Decimal("-5"), unit="亿元"))
    assert change_text(loss) == ("↓5亿元", False), "the arrow is the sign: no ↓−5"


# -- numbers printed with thousands separators ---------------------------------------------

OUTPUT = "全年农林牧渔业总产值41,541万元，比上年增长3.6%。"
WIDE = "全年规模以上工业增加值12，345万元，比上年增长2.1%。"


def test_a_number_printed_with_separators_can_be_stated(tmp_path: Path) -> None:
    """41,541万元 could not be stated: 41541 was "not in the sentence", 41,541 read as 41."""
    growth = {"kind": "percent", "amount": 3.6}
    plain = figure("farm", "农林牧渔业总产值", 41541, "万元", OUTPUT, growth)
    printed = figure(
        "farm2", "农林牧渔业总产值", 41541, "万元", OUTPUT, growth, printed="41,541万元"
    )
    wide = figure(
        "industry", "规模以上工业增加值", 12345, "万元", WIDE,
        {"kind": "percent", "amount": 2.1}, printed="12，345万元",
    )  # fmt: skip
    dataset = load_dataset(write_dataset(tmp_path, [OUTPUT, WIDE], [plain, printed, wide]))
    figures = dataset.briefing.figures()
    assert figures["farm"].value == Decimal("41541"), "the value stays exact"
    assert figure_parts(figures["farm2"]) == ("", "41,541", "万元"), "shown as printed"
    assert figure_parts(figures["industry"]) == ("", "12，345", "万元")


def test_a_part_of_a_separated_number_is_not_stated(tmp_path: Path) -> None:
    wrong = figure(
        "farm", "农林牧渔业总产值", 41, "万元", OUTPUT, {"kind": "percent", "amount": 3.6}
    )
    lines = problems(write_dataset(tmp_path, [OUTPUT], [wrong]))
    assert any("does not state '41万元'" in line for line in lines), lines


def test_a_printed_form_must_print_the_value(tmp_path: Path) -> None:
    wrong = figure(
        "farm", "农林牧渔业总产值", 41541, "万元", OUTPUT,
        {"kind": "percent", "amount": 3.6}, printed="41,514万元",
    )  # fmt: skip
    lines = problems(write_dataset(tmp_path, [OUTPUT], [wrong]))
    assert any("'41,514万元' does not print the value 41541" in line for line in lines), lines


def test_one_minus_sign_wherever_a_negative_number_is_shown() -> None:
    from briefing.model.formatting import MINUS, format_shown
    from briefing.views.chart._layout import plain_number

    cold = Figure(id="t", label="最低气温", value=Decimal("-2.1"), unit="℃", quote="x")
    assert format_shown(cold) == f"{MINUS}2.1℃"
    assert figure_parts(cold) == ("", f"{MINUS}2.1", "℃")
    assert plain_number(-5.0, 5.0) == f"{MINUS}5"
    assert plain_number(-0.0, 1.0) == "0"
