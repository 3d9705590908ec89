"""What the printed handout says about each section (no Qt): its cards as rows of a table, each
change in words, and the numbered sources the rows point to.

Paper is read without colour and without the app's arrows: a change is written out
(较上年增长196%, 较上年下降0.2个百分点, 较上年提升10位), and a derived figure says it is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from briefing.model.formatting import (
    change_direction,
    format_number,
    format_shown,
    shown_number,
)
from briefing.model.formula import derivation_sources, derivation_text
from briefing.model.problems import QT_TRANSLATE_NOOP, Translate
from briefing.model.schema import Block, Change, Figure

COMPARED = QT_TRANSLATE_NOOP("Figures", "较上年{change}")
COMPARED_SINCE = QT_TRANSLATE_NOOP("Figures", "较{since}{change}")
_UP = QT_TRANSLATE_NOOP("Figures", "增长{amount}")
_DOWN = QT_TRANSLATE_NOOP("Figures", "下降{amount}")
_MORE = QT_TRANSLATE_NOOP("Figures", "增加{amount}")
_FEWER = QT_TRANSLATE_NOOP("Figures", "减少{amount}")
_RAISED = QT_TRANSLATE_NOOP("Figures", "提高{amount}")
_LEVEL = QT_TRANSLATE_NOOP("Figures", "持平")
_PLACES_UP = QT_TRANSLATE_NOOP("Figures", "提升{amount}")
_TIMES = QT_TRANSLATE_NOOP("Figures", "为上年的{amount}倍")
_TIMES_SINCE = QT_TRANSLATE_NOOP("Figures", "为{since}的{amount}倍")
DERIVED = QT_TRANSLATE_NOOP("Figures", "推算：{formula}")
DERIVED_FROM = QT_TRANSLATE_NOOP("Figures", "推算，依据：{sentences}")


def _same(_context: str, text: str) -> str:
    return text


def _verb(change: Change) -> tuple[str, str]:
    """The words for a rise and for a fall of this kind of change."""
    if change.kind == "percent":
        return _UP, _DOWN
    if change.kind == "places":
        return _PLACES_UP, _DOWN
    if "百分点" in change.unit:
        return _RAISED, _DOWN
    return _MORE, _FEWER


def change_words(figure: Figure, translate: Translate | None = None) -> str:
    """A figure's change against the year before (or the year it names) in words, as a reader
    of a printed page needs it: 较上年增长196%, 较2020年增长50%, 较上年下降0.2个百分点,
    较上年提升10位, 较上年翻了一番. Empty when the figure states no change."""
    say = translate or _same
    change = figure.change
    if change is None:
        return ""
    magnitude = shown_number(format_number(abs(change.amount)))
    if change.printed is not None and change.kind == "multiple":
        words = change.printed  # 翻了一番 says its own direction
    elif change.kind == "multiple":  # 为上年的2.5倍: the comparison is part of the words
        if change.since:
            return say("Figures", _TIMES_SINCE).format(since=change.since, amount=magnitude)
        return say("Figures", _TIMES).format(amount=magnitude)
    else:
        unit = {"percent": "%", "places": change.unit or "位"}.get(change.kind)
        amount = magnitude + (unit if unit is not None else change.unit or figure.unit)
        if change.printed is not None:  # 近三成: the article's words, after the verb
            amount = change.printed
            if change.printed.startswith(_VERBS):  # words that carry their verb already
                words = change.printed
                return _compared(change, words, say)
        direction = change_direction(change)
        rise, fall = _verb(change)
        if direction == 0 and change.amount == 0:
            words = say("Figures", _LEVEL)
        else:
            words = say("Figures", rise if direction > 0 else fall).format(amount=amount)
    return _compared(change, words, say)


# Words a printed change may begin with that already say which way it went.
_VERBS = ("增长", "增加", "提高", "提升", "上升", "下降", "减少", "降低", "回落", "持平", "翻")


def _compared(change: Change, words: str, say: Translate) -> str:
    if change.since:
        return say("Figures", COMPARED_SINCE).format(since=change.since, change=words)
    return say("Figures", COMPARED).format(change=words)


def value_and_unit(figure: Figure) -> tuple[str, str]:
    """A figure's number as shown (约, qualifiers, the minus sign) and its unit apart, for a
    table's two columns: ("2.96", "亿元"), ("400余", "家"), ("41,541", "万吨") for a unit
    printed in a table's header; the article's own words whole ("五大类", ""); ("", "") for
    a figure that is only its change (the change column says it)."""
    if figure.value is None:
        return "", ""
    shown = format_shown(figure)
    if figure.printed is not None:
        return shown, ""
    unit = figure.unit
    if unit and shown.endswith(unit):
        return shown[: -len(unit)], unit
    return shown, unit


@dataclass(frozen=True)
class CardRow:
    """One card as a row of the handout's table."""

    label: str
    value: str
    unit: str
    change: str  # in words; empty when none is stated
    derived: bool
    note: str  # how a derived figure is computed; empty for a stated one
    source: int  # number of its entry in the section's sources


@dataclass(frozen=True)
class SourceEntry:
    number: int
    label: str
    sentence: str  # the article's sentence, or for a derived figure what it is computed from


def card_rows(
    block: Block, figures: Mapping[str, Figure], translate: Translate | None = None
) -> tuple[list[CardRow], list[SourceEntry]]:
    """The block's cards as table rows, in order, and the sources they point to: each card's
    sentence once (two cards quoting one sentence share its number)."""
    say = translate or _same
    rows: list[CardRow] = []
    sources: list[SourceEntry] = []
    numbers: dict[str, int] = {}
    for figure_id in block.cards:
        figure = figures[figure_id]
        sentence = _sentence(figure, figures, say)
        if sentence not in numbers:
            numbers[sentence] = len(sources) + 1
            sources.append(SourceEntry(numbers[sentence], figure.label, sentence))
        value, unit = value_and_unit(figure)
        note = ""
        if figure.derived is not None:
            note = say("Figures", DERIVED).format(formula=derivation_text(figure, figures))
        rows.append(
            CardRow(
                label=figure.label,
                value=value,
                unit=unit,
                change=change_words(figure, translate),
                derived=figure.derived is not None,
                note=note,
                source=numbers[sentence],
            )
        )
    return rows, sources


def _sentence(figure: Figure, figures: Mapping[str, Figure], say: Translate) -> str:
    if figure.quote:
        return figure.quote
    basis = derivation_sources(figure, figures)
    return say("Figures", DERIVED_FROM).format(sentences=" ".join(basis)) if basis else ""


__all__ = [
    "CardRow",
    "SourceEntry",
    "card_rows",
    "change_words",
    "value_and_unit",
]
