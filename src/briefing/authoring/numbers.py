"""Every number of a sentence read: a figure (value, unit, qualifier), a change (growth,
decline, 百分点, places, 翻一番), or a number that is not a figure, with the reason why.

Values come from the model's own reading of a printed figure (``printed_value``), and every
figure is kept only when the validator finds it in its sentence as it would print it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing.authoring import units as u
from briefing.authoring.words import NAME, PLAN, PLAN_PERIOD, in_name, last_direction, skip_reason
from briefing.model.article import mentions, normal_form
from briefing.model.chart_checks import rounding_slack
from briefing.model.formatting import MULTIPLE_PHRASES, format_value, printed_value
from briefing.model.problems import QT_TRANSLATE_NOOP, Message
from briefing.model.schema import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

DIGITS = re.compile(r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?")
NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")
_QUALIFIERS = sorted(PREFIX_QUALIFIERS - {"达"}, key=len, reverse=True)  # 达 is a verb: 达到
_PLACES_VERB = re.compile(r"(提升|上升|前进|跃升|攀升|提高|下降|后退|下滑|回落)了?$")
_GROWTH_BY_TIMES = re.compile(r"(增长|提高|增加|扩大)了?$")
CHANGE_VERB = re.compile(r"(增加|减少|增长|下降|提高|降低)了?$")  # 增加36家: maybe a change
_RATIO = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:\s*[∶:：]\s*[0-9]+(?:\.[0-9]+)?)+")
_IN_WORDS = re.compile(r"百分之[零〇一二两三四五六七八九十百千点]+")

UNREAD_NO_UNIT = QT_TRANSLATE_NOOP("Cli", "no unit after the number")
UNREAD_POINTS = QT_TRANSLATE_NOOP("Cli", "percentage points with no word saying up or down")
UNREAD_TIMES = QT_TRANSLATE_NOOP("Cli", "growth by a number of times: its factor is unclear")
UNREAD_PRINT = QT_TRANSLATE_NOOP("Cli", "the figure does not read back from its sentence")
UNREAD_WORDS = QT_TRANSLATE_NOOP("Cli", "a percentage in words (百分之…)")


@dataclass(frozen=True)
class Skipped:
    """A number that is not a figure of the draft, and why; ``unread`` when the author must
    read it (the draft could not), not a number that is not a figure."""

    number: str
    sentence: str
    reason: str  # an English template of context "Cli", translated where it is shown
    unread: bool = False
    problem: Message | None = None  # what the validator said, when it refused the figure


@dataclass
class ChangeMention:
    """A change as printed: 增长196%, 下降0.4个百分点, 提升10位, 翻了一番."""

    start: int  # the direction word, where there is one
    number: int
    end: int
    kind: str
    amount: Decimal
    unit: str = ""
    printed: str | None = None


@dataclass
class Level:
    """A figure as printed in its sentence: 突破|330|家, 第|33|位, 41,541万元."""

    start: int  # where its words start (the qualifier), in the sentence
    number: int  # where the number starts
    end: int
    value: Decimal
    unit: str
    qualifier: str | None = None
    printed: str | None = None
    better: str = "higher"
    rise: int | None = None  # 增加5家: a direction word just before; may be a change
    absolute: ChangeMention | None = None  # 120家, 增加5家: the change it was given
    part: tuple[int, int] | None = None  # of a structure 3.5∶49.2∶47.3: (where it starts, n)


@dataclass
class Scan:
    levels: list[Level]
    changes: list[ChangeMention]
    skipped: list[Skipped]


def scan(sentence: str) -> Scan:
    """Every number of the sentence, each a level, a change or skipped (with its reason)."""
    result = Scan([], [], [])
    taken: list[tuple[int, int]] = []
    for phrase in sorted(MULTIPLE_PHRASES, key=len, reverse=True):
        for found in re.finditer(re.escape(phrase), sentence):
            if not any(a <= found.start() < b for a, b in taken):
                taken.append(found.span())
                result.changes.append(
                    ChangeMention(
                        found.start(), found.start(), found.end(), "multiple",
                        MULTIPLE_PHRASES[phrase], printed=phrase,
                    )
                )  # fmt: skip
    taken += _structures(sentence, result)
    for found in DIGITS.finditer(sentence):
        if not any(a <= found.start() < b for a, b in taken):
            _read(sentence, found.start(), found.group(), result, chinese=False)
    # A Chinese numeral inside a figure in digits (1.2千亿元) or a word (个百分点) counts nothing.
    taken += [(level.start, level.end) for level in result.levels]
    taken += [(change.number, change.end) for change in result.changes]
    taken += [found.span() for found in re.finditer("个?百分点", sentence)]
    for found in _IN_WORDS.finditer(sentence):
        taken.append(found.span())
        result.skipped.append(Skipped(found.group(), sentence, UNREAD_WORDS, unread=True))
    for found in NUMERAL.finditer(sentence):
        if any(a <= found.start() < b for a, b in taken) or found.group() == "一":
            continue
        if u.unit_at(sentence, found.end()):
            _read(sentence, found.start(), found.group(), result, chinese=True)
    for found in PLAN_PERIOD.finditer(sentence):
        result.skipped.append(Skipped(found.group(), sentence, PLAN))
    result.levels.sort(key=lambda level: level.start)
    result.changes.sort(key=lambda change: change.number)
    return result


def _structures(sentence: str, result: Scan) -> list[tuple[int, int]]:
    """三次产业结构为3.5∶49.2∶47.3: parts adding up to 100 (within their rounding) are figures
    without a unit; the span of each such structure. Other ratios are skipped, as ratios."""
    spans = []
    for found in _RATIO.finditer(sentence):
        parts = list(DIGITS.finditer(found.group()))
        values = [Decimal(part.group()) for part in parts]
        slack = sum((rounding_slack(value) for value in values), Decimal(0))
        if abs(sum(values, Decimal(0)) - 100) > slack:
            continue
        spans.append(found.span())
        for index, part in enumerate(parts, 1):
            start = found.start() + part.start()
            end = found.start() + part.end()
            level = Level(start, start, end, values[index - 1], "", part=(found.start(), index))
            result.levels.append(level)
    return spans


def _read(sentence: str, start: int, number: str, result: Scan, *, chinese: bool) -> None:
    end = start + len(number)
    reason = skip_reason(sentence, start, end, chinese=chinese)
    if reason is None and in_name(sentence, start):
        reason = NAME
    if reason is not None:
        result.skipped.append(Skipped(number, sentence, reason))
        return
    value = printed_value(number)
    if value is None:
        result.skipped.append(Skipped(number, sentence, UNREAD_PRINT, unread=True))
        return
    change = _change(sentence, start, end, value)
    if isinstance(change, str):
        result.skipped.append(Skipped(number, sentence, change, unread=True))
    elif change is not None:
        result.changes.append(change)
    else:
        level = _level(sentence, start, end, value, chinese=chinese)
        if isinstance(level, str):
            result.skipped.append(Skipped(number, sentence, level, unread=True))
        else:
            result.levels.append(level)


def _change(sentence: str, start: int, end: int, value: Decimal) -> ChangeMention | str | None:
    """The change printed at the number, or why it cannot be read, or None for a level."""
    before = sentence[:start]
    unit = u.unit_at(sentence, end)
    if sentence.startswith(u.PERCENT, end) or unit in u.POINTS:
        unit = sentence[end] if sentence.startswith(u.PERCENT, end) else unit
        found = last_direction(sentence, start)
        if found is None:
            return UNREAD_POINTS if unit in u.POINTS else None
        word, direction = found
        kind = "absolute" if unit in u.POINTS else "percent"
        printed = f"{sentence[start:end]}{unit}" if unit in ("％", "‰") else None
        return ChangeMention(
            word, start, end + len(unit), kind, value * direction,
            "" if kind == "percent" else unit, printed,
        )  # fmt: skip
    verb = _PLACES_VERB.search(before)
    if verb and unit in u.PLACES:
        rise = 1 if verb.group(1) in ("提升", "上升", "前进", "跃升", "攀升", "提高") else -1
        return ChangeMention(verb.start(), start, end + len(unit), "places", -rise * value, unit)
    if unit == "倍" and _GROWTH_BY_TIMES.search(before):
        return UNREAD_TIMES
    return None


def _level(sentence: str, start: int, end: int, value: Decimal, *, chinese: bool) -> Level | str:
    """The figure printed at the number: its qualifier, unit and how it reads back."""
    before = sentence[:start]
    first, qualifier, better = start, None, "higher"
    cursor = end
    suffix = next((q for q in sorted(SUFFIX_QUALIFIERS) if sentence.startswith(q, end)), None)
    if suffix and u.unit_at(sentence, end + len(suffix)):
        qualifier, cursor = suffix, end + len(suffix)
    cursor = _past_spaces(sentence, cursor)  # 6,123.5 亿元
    unit = u.unit_at(sentence, cursor)
    if sentence.startswith(u.PERCENT, cursor):
        unit = sentence[cursor]
    ranked = u.RANK_UNITS if before.endswith("第") else u.LIST_UNITS
    if before.endswith(("第", "前")) and unit in ranked:
        qualifier, better, first = f"{before[-1]}…{unit}", "lower", start - 1
    elif qualifier is None:
        prefix = next((q for q in _QUALIFIERS if before.endswith(q)), None)
        if prefix:
            qualifier, first = prefix, start - len(prefix)
    if not unit and not re.search(r"(为|是|达到|达|指数|价格)$", before):
        return UNREAD_NO_UNIT
    stop = cursor + len(unit)
    printed = sentence[first:stop] if chinese or sentence[start:end] != _plain(value) else None
    level = Level(first, start, stop, value, unit, qualifier, printed, better)
    token = printed or format_value(value, unit, qualifier)
    if not mentions(normal_form(sentence), normal_form(token)):  # as the validator compares
        return UNREAD_PRINT
    direction = CHANGE_VERB.search(before)
    if direction and qualifier is None:
        level.rise = 1 if direction.group(1) in ("增加", "增长", "提高") else -1
    return level


def _past_spaces(sentence: str, at: int) -> int:
    while at < len(sentence) and sentence[at].isspace():
        at += 1
    return at


def _plain(value: Decimal) -> str:
    return format(value, "f")
