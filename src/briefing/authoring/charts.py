"""Cards and charts the text supports: headline figures first (money, people, ranks,
growth), last year's value derived from a figure and its change (marked 推算), rank changes,
and the parts of a whole (其中…). Nothing is charted that the text does not give."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from briefing.authoring import units as u
from briefing.authoring.figures import FigureDraft
from briefing.model.chart_checks import rounding_slack
from briefing.model.formatting import format_value
from briefing.model.formula import FormulaError, evaluate, round_like

CARDS_MAX = 8
CATEGORIES_MAX = 40
_FORMULAS = {
    "percent": ("a / (1 + b / 100)", True),
    "multiple": ("a / b", True),
    "places": ("a - b", False),
    "absolute": ("a - b", False),
}


@dataclass
class Numbered:
    """A figure with its id, and its derived partner (its value before the change) if any."""

    id: str
    figure: FigureDraft
    before: dict[str, Any] | None = None
    whole_of: list[Numbered] = field(default_factory=list)  # the parts after its 其中


def card_ids(figures: list[Numbered]) -> list[str]:
    """Up to eight headline figures: money, people, ranks and growth first, those with a change
    first among them, else in text order."""

    def weight(item: tuple[int, Numbered]) -> tuple[int, bool, int]:
        return _weight(item[1].figure), item[1].figure.change is None, item[0]

    # A part of a structure (10.0 of 10.0:40.3:49.7) says nothing alone: its chart shows it.
    shown = [item for item in figures if item.figure.part is None]
    ranked = sorted(enumerate(shown), key=weight)
    return [item.id for _, item in ranked[:CARDS_MAX]]


def _weight(figure: FigureDraft) -> int:
    if figure.value is not None and u.MONEY.search(figure.unit):
        return 0
    if figure.value is not None and u.PEOPLE.search(figure.unit) and figure.better == "higher":
        return 1
    if (figure.qualifier or "").startswith("第"):
        return 2
    return 3 if figure.change is not None else 4


def derived_before(item: Numbered) -> dict[str, Any] | None:
    """The figure's value before its change, computed by the validator's own arithmetic."""
    figure, change = item.figure, item.figure.change
    if figure.value is None or change is None or change.kind not in _FORMULAS:
        return None
    if change.since is not None:  # against 2020年, not the year before: no 上年 to chart
        return None
    formula, approximate = _FORMULAS[change.kind]
    try:
        result = evaluate(formula, {"a": figure.value, "b": change.amount})
    except FormulaError:
        return None  # 下降100%: there is no value before
    value = round_like(result, figure.value)
    floor = 1 if change.kind == "places" else 0
    if value < floor or (change.kind == "absolute" and figure.unit not in u.PERCENT and value == 0):
        return None
    when = "上年" if figure.compared_with_last_year else "变化前"
    derived: dict[str, Any] = {
        "id": f"{item.id}-before",
        "label": f"{figure.label}（{when}，推算）"[-200:],
        "value": value,
        "unit": figure.unit,
        "better": figure.better,
        "derived": {
            "formula": formula,
            "inputs": {"a": item.id, "b": f"{item.id}.change"},
            "approximate": approximate,
        },
    }
    if change.kind == "places" and figure.qualifier:
        derived["qualifier"] = figure.qualifier
    if approximate:
        derived["derived"]["note"] = "由原文的数值和变化推算，为近似值"
    return derived


def charts(block_id: str, figures: list[Numbered]) -> list[dict[str, Any]]:
    made = [*_change_charts(figures), *_part_charts(figures), *_structure_charts(figures)]
    for number, chart in enumerate(made, 1):
        chart["id"] = f"{block_id}-chart-{number}"
    return made


def _change_charts(figures: list[Numbered]) -> Iterator[dict[str, Any]]:
    groups: dict[tuple[bool, str], list[Numbered]] = {}
    for item in figures:
        if item.before is not None:
            rank = item.figure.better == "lower" and item.figure.unit in u.RANK_UNITS
            groups.setdefault((rank, item.figure.unit), []).append(item)
    for (rank, unit), items in groups.items():
        for start in range(0, len(items), CATEGORIES_MAX):
            yield _before_and_after(items[start : start + CATEGORIES_MAX], unit, rank=rank)


def _before_and_after(items: list[Numbered], unit: str, *, rank: bool) -> dict[str, Any]:
    last_year = all(item.figure.compared_with_last_year for item in items)
    then, now = ("上年（推算）", "本年") if last_year else ("变化前（推算）", "现在")
    befores = [item.before["id"] for item in items if item.before]
    approximate = any(item.before and item.before["derived"]["approximate"] for item in items)
    chart: dict[str, Any] = {"unit": unit, "title": _title(items)}
    if rank:
        chart["kind"] = "rank_change"
    if len(items) == 1:
        chart.setdefault("kind", "bars")
        chart["categories"] = [then, now]
        chart["series"] = [
            {"name": _short(items[0].figure.label), "values": [*befores, items[0].id]}
        ]
    else:
        chart.setdefault("kind", "grouped_bars")
        chart["categories"] = _categories(items)
        chart["series"] = [
            {"name": then, "values": befores},
            {"name": now, "values": [item.id for item in items]},
        ]
    note = "名次越小越好；" if rank else ""
    note += "推算值由原文的数值和变化算出" + ("，为近似值。" if approximate else "。")
    chart["note"] = note
    return chart


def _part_charts(figures: list[Numbered]) -> Iterator[dict[str, Any]]:
    """A whole and the parts its 其中 names: a composition when they add up to it (within
    the rounding of the printed numbers), else bars side by side."""
    for item in figures:
        parts = [part for part in item.whole_of if part.figure.unit == item.figure.unit]
        if not parts or item.figure.value is None:
            continue
        values = [part.figure.value for part in parts if part.figure.value is not None]
        slack = sum((rounding_slack(value) for value in values), rounding_slack(item.figure.value))
        chart: dict[str, Any] = {"title": _title([item]), "unit": item.figure.unit}
        if len(parts) > 1 and abs(sum(values, Decimal(0)) - item.figure.value) <= slack:
            chart |= {"kind": "composition", "total": item.id, "categories": _categories(parts)}
            whole = _short(item.figure.label)
            chart["series"] = [{"name": whole, "values": [part.id for part in parts]}]
        else:
            group = [item, *parts][:CATEGORIES_MAX]
            chart |= {"kind": "horizontal_bars", "categories": _categories(group)}
            chart["series"] = [{"name": "原文数值", "values": [part.id for part in group]}]
            chart["note"] = f"“其中”各项是{_short(item.figure.label)}的一部分。"
        yield chart


def _structure_charts(figures: list[Numbered]) -> Iterator[dict[str, Any]]:
    """A structure such as 三次产业结构为3.5∶49.2∶47.3: its parts, adding up to 100."""
    structures: dict[tuple[str, int], list[Numbered]] = {}
    for item in figures:
        if item.figure.part is not None:
            structures.setdefault((item.figure.quote, item.figure.part[0]), []).append(item)
    for parts in structures.values():
        title = re.sub(r"（[一二三四五六七八九十]+）$", "", parts[0].figure.label)
        if re.fullmatch(r"第[一二三]产业", title):  # named as the three industries are
            title = "三次产业结构"
        yield {
            "kind": "composition",
            "title": _short(title),
            "unit": "",
            "categories": _categories(parts),
            "series": [{"name": _short(title), "values": [part.id for part in parts]}],
        }


def find_wholes(figures: list[Numbered]) -> None:
    """其中: the figures printed after it are parts of the one before it in its sentence, or,
    when a sentence starts with 其中, of the first figure of the sentence before."""
    runs: list[list[Numbered]] = []  # the figures of each sentence, in order
    for item in figures:
        if runs and runs[-1][0].figure.quote == item.figure.quote:
            runs[-1].append(item)
        else:
            runs.append([item])
    for number, same in enumerate(runs):
        item, quote = same[0], same[0].figure.quote
        where = quote.find("其中")
        if where >= 0 and not quote[:where].strip("，, "):
            whole = runs[number - 1][0] if number else None
            if whole is not None and whole.figure.value is not None:
                whole.whole_of = [o for o in same if o.figure.value is not None]
        elif where >= 0 and item.figure.value is not None and item.figure.position < where:
            item.whole_of = [
                other for other in same[1:] if other.figure.value is not None
                and other.figure.position > where
            ]  # fmt: skip


def _categories(items: list[Numbered]) -> list[str]:
    """Each figure's label; labels alike (分别…) told apart by the figure as printed."""
    labels = [_short(item.figure.label) for item in items]
    return [
        f"{label}（{_printed(item)}）" if labels.count(label) > 1 else label
        for label, item in zip(labels, items, strict=True)
    ]


def _printed(item: Numbered) -> str:
    figure = item.figure
    if figure.printed or figure.value is None:
        return figure.printed or ""
    return format_value(figure.value, figure.unit, figure.qualifier)


def _short(label: str) -> str:
    return re.sub(r"\s+", " ", label)[:200] or "—"


def _title(items: list[Numbered]) -> str:
    labels = list(dict.fromkeys(_short(item.figure.label) for item in items))
    title = "、".join(labels[:3]) + ("等" if len(labels) > 3 else "")
    return title[:200]
