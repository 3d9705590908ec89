"""Figures and changes are written the way the article prints them; formulas are safe and exact."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefing.model import Change, format_change, is_improvement
from briefing.model.formatting import format_number, format_value, parse_chinese_number
from briefing.model.formula import FormulaError, evaluate, explain, round_like


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "printed"),
    [
        ("2.96", "亿元", None, "2.96亿元"),
        ("51.3", "万人", None, "51.3万人"),
        ("400", "家", "余", "400余家"),
        ("3700", "万元", "余", "3700余万元"),
        ("330", "家", "突破", "突破330家"),
        ("33", "位", "第…位", "第33位"),
        ("50", "强", "前…强", "前50强"),
        ("1.00", "亿元", None, "1.00亿元"),
        ("40", "%", None, "40%"),
        ("1E+15", "元", None, "1000000000000000元"),
    ],
)
def test_values_print_the_chinese_way(
    value: str, unit: str, qualifier: str | None, printed: str
) -> None:
    assert format_value(Decimal(value), unit, qualifier) == printed


def test_numbers_keep_their_decimals_and_have_no_grouping() -> None:
    assert format_number(Decimal("12.32")) == "12.32"
    assert format_number(Decimal("3590")) == "3590"
    assert format_number(Decimal("-0")) == "0"


@pytest.mark.parametrize(
    ("change", "better", "text", "good"),
    [
        (Change(kind="percent", amount=Decimal(196)), "higher", "+196%", True),
        (Change(kind="percent", amount=Decimal(-5)), "higher", "−5%", False),
        (Change(kind="places", amount=Decimal(-10), unit="位"), "lower", "提升10位", True),
        (Change(kind="places", amount=Decimal(3), unit="位"), "lower", "下降3位", False),
        (
            Change(kind="multiple", amount=Decimal(2), printed="翻了一番"),
            "higher",
            "翻了一番",
            True,
        ),
        (Change(kind="absolute", amount=Decimal(12), unit="人"), "higher", "+12人", True),
    ],
)
def test_changes_read_with_sign_and_direction(
    change: Change, better: str, text: str, good: bool
) -> None:
    assert format_change(change, better) == text
    assert is_improvement(change, better) is good


def test_chinese_numerals() -> None:
    assert parse_chinese_number("五") == 5
    assert parse_chinese_number("二十二") == 22
    assert parse_chinese_number("十五") == 15
    assert parse_chinese_number("一百零五") == 105
    assert parse_chinese_number("五大") is None
    assert parse_chinese_number("两千零三") == 2003
    assert parse_chinese_number("三百二十") == 320
    # Not numerals as they are written: never read as a number.
    assert parse_chinese_number("十十") is None
    assert parse_chinese_number("一二") is None
    assert parse_chinese_number("一百十") is None
    assert parse_chinese_number("二百五") is None, "spoken for 250: not a numeral as printed"
    assert parse_chinese_number("百") == 100, "百亿元: the first place needs no digit"


def test_formula_is_exact_and_explained() -> None:
    inputs = {"a": Decimal("2.96"), "b": Decimal(196)}
    result = evaluate("a / (1 + b / 100)", inputs)
    assert round_like(result, Decimal("1.00")) == Decimal("1.00")
    assert explain("a / (1 + b / 100)", inputs, Decimal("1.00")) == "2.96 ÷ (1 + 196 ÷ 100) = 1.00"
    rank = {"a": Decimal(33), "b": Decimal(-10)}
    assert explain("a - b", rank, Decimal(43)) == "33 − (−10) = 43"
    assert explain(
        "a / (1 + b / 100)", {"a": Decimal("51.3"), "b": Decimal(12)}, Decimal("45.8")
    ).endswith("≈ 45.8")


@pytest.mark.parametrize(
    "formula",
    ["__import__('os').system('true')", "a.real", "a if a else b", "[a]", "a ** 2", "'x'"],
)
def test_formula_runs_nothing(formula: str) -> None:
    with pytest.raises(FormulaError):
        evaluate(formula, {"a": Decimal(1), "b": Decimal(2)})


def test_division_by_zero_is_a_formula_error() -> None:
    with pytest.raises(FormulaError, match="divides by zero"):
        evaluate("a / (b - 2)", {"a": Decimal(1), "b": Decimal(2)})
