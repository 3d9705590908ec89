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
from briefing.authoring.words import (
    NAME,
    PLAN,
    PLAN_PERIOD,
    WINDOW,
    clause_start,
    in_name,
    last_direction,
    skip_reason,
)
from briefing.model.article import mentions, normal_form
from briefing.model.chart_checks import rounding_slack
from briefing.model.formatting import (
    MULTIPLE_PHRASES,
    format_value,
    parse_chinese_number,
    printed_value,
)
from briefing.model.problems import QT_TRANSLATE_NOOP, Message
from briefing.model.schema import PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS

DIGITS = re.compile(r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?")
NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")
# A Chinese numeral with the magnitudes inside it (三万五千, 十二万三千, 两千三百亿): read as one.
_NUMERAL_RUN = re.compile(r"[零〇一二两三四五六七八九十百千]+[零〇一二两三四五六七八九十百千万亿]*")
_PAST_MAGNITUDE = re.compile(r"[万亿]+[零〇一二两三四五六七八九十百千]")  # 三万|五千: one numeral
# A number with white space inside it (41 541, 1 234.5): its parts are not numbers of their own.
_SPACED = re.compile(r"[0-9]+(?:[,，.][0-9]+)*(?:[^\S\n]+[0-9]+(?:[,，.][0-9]+)*)+")
SIGNS = "-−－"  # a minus sign directly before a number is part of it: −5℃, -3.2亿元
_NOT_SIGNED = re.compile(r"[0-9A-Za-z零〇一二两三四五六七八九十百千万亿]")  # 3-5, COVID-19
BOUNDS = ("以上", "以内", "以下", "左右")  # 3万人以上, 5.5%以内: a target or a bound
# A direction word just before a number: 增长两成 is a change printed in words.
_DIRECTED = re.compile(
    r"(增长|下降|提高|降低|增加|减少|上升|回落|扩大|缩小|上涨|下跌|提升)(了|约|近|超过|超)?$"
)
# The base a change is measured against, in its own clause: the year before, or a named year.
_LAST_YEAR = re.compile(r"同比|上年|去年|上一年")
_OTHER_YEAR = re.compile(r"([比较同由]|相比)(19|20)[0-9]{2}年")
_OTHER_BASE = re.compile(r"[比较]|环比|相比|相当于")
_SINCE = re.compile(r"[比较与]([0-9]{4}年)")  # 比2020年增长50%: as the validator reads a base
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
UNREAD_SIGNED = QT_TRANSLATE_NOOP(
    "Cli", "a minus sign after a word saying up or down (增长-2.3%): which way it went is unclear"
)
UNREAD_SPACED = QT_TRANSLATE_NOOP("Cli", "a number with a space inside it")
UNREAD_COMPOUND = QT_TRANSLATE_NOOP(
    "Cli", "a Chinese numeral running past 万 or 亿 (三万五千): read it whole"
)
UNREAD_BOUND = QT_TRANSLATE_NOOP(
    "Cli", "a target or a bound (以上, 以内, 以下, 左右), not a result"
)
UNREAD_CHANGE_WORDS = QT_TRANSLATE_NOOP("Cli", "a change in words (增长两成)")
UNREAD_OTHER_YEAR = QT_TRANSLATE_NOOP(
    "Cli", "a change against a year in words since cannot state (同2020年相比), not the year before"
)


@dataclass(frozen=True)
class Skipped:
    """A number that is not a figure of the draft, and why; ``unread`` when the author must
    read it (the draft could not), not a number that is not a figure."""

    number: str
    sentence: str
    reason: str  # an English template of context "Cli", translated where it is shown
    unread: bool = False
    problem: Message | None = None  # what the validator said, when it refused the figure
    at: int | None = None  # where in the sentence the number is printed, when known


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
    # Its own clause compares with the year before (比上年, 同比): True; with something else
    # (比全国平均, 环比): False; says nothing (…；其中城镇居民…增长4.9%): None, the sentence's
    # change before it says (see ``figures.sentence_figures``).
    last_year: bool | None = None
    since: str | None = None  # the year its clause compares with (比2020年增长50%: 2020年)


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
    taken = bytearray(len(sentence) + 1)  # 1 where a number already read stands
    _multiples(sentence, result, taken)
    for span in _structures(sentence, result):
        _take(taken, *span)
    for found in _SPACED.finditer(sentence):
        if not taken[found.start()]:
            _take(taken, *found.span())
            result.skipped.append(
                Skipped(found.group(), sentence, UNREAD_SPACED, unread=True, at=found.start())
            )
    for found in DIGITS.finditer(sentence):
        if not taken[found.start()]:
            _read(sentence, found.start(), found.group(), result, chinese=False)
    # A Chinese numeral inside a figure in digits (1.2千亿元) or a word (个百分点) counts nothing.
    for level in result.levels:
        _take(taken, level.start, level.end)
    for change in result.changes:
        _take(taken, change.number, change.end)
    for found in re.finditer("个?百分点", sentence):
        _take(taken, *found.span())
    for found in _IN_WORDS.finditer(sentence):
        _take(taken, *found.span())
        result.skipped.append(
            Skipped(found.group(), sentence, UNREAD_WORDS, unread=True, at=found.start())
        )
    _numerals(sentence, result, taken)
    for found in PLAN_PERIOD.finditer(sentence):
        result.skipped.append(Skipped(found.group(), sentence, PLAN, at=found.start()))
    result.levels.sort(key=lambda level: level.start)
    result.changes.sort(key=lambda change: change.number)
    for change in result.changes:
        with_base(sentence, change)
    return result


def _take(taken: bytearray, start: int, end: int) -> None:
    taken[start:end] = b"\x01" * (end - start)


def _multiples(sentence: str, result: Scan, taken: bytearray) -> None:
    """翻一番, 翻了两番: a change in words whose factor the format knows."""
    for phrase in sorted(MULTIPLE_PHRASES, key=len, reverse=True):
        for found in re.finditer(re.escape(phrase), sentence):
            if taken[found.start()]:
                continue
            _take(taken, *found.span())
            reason = change_problem(sentence, found.start(), found.end())
            if reason is not None:
                shown = (
                    sentence[found.start() : found.end() + 2] if reason == UNREAD_BOUND else phrase
                )
                result.skipped.append(
                    Skipped(shown, sentence, reason, unread=True, at=found.start())
                )
                continue
            result.changes.append(
                ChangeMention(
                    found.start(), found.start(), found.end(), "multiple",
                    MULTIPLE_PHRASES[phrase], printed=phrase,
                    last_year=compared_with_last_year(sentence, found.start()),
                )
            )  # fmt: skip


def _numerals(sentence: str, result: Scan, taken: bytearray) -> None:
    """The Chinese numerals before a unit (十二个, 两千三百亿元); one that runs past 万 or 亿
    (三万五千人) is read whole, or listed, never cut in two."""
    for found in _NUMERAL_RUN.finditer(sentence):
        if taken[found.start()]:
            continue
        run = found.group()
        if _PAST_MAGNITUDE.search(run):
            _take(taken, *found.span())
            whole = whole_numeral(run)
            if whole is None or printed_value(run) != whole:
                result.skipped.append(
                    Skipped(run, sentence, UNREAD_COMPOUND, unread=True, at=found.start())
                )
            elif u.unit_at(sentence, found.end()):
                _read(sentence, found.start(), run, result, chinese=True)
            continue
        numeral = NUMERAL.match(run)
        if numeral is None or numeral.group() == "一":
            continue
        if u.unit_at(sentence, found.start() + numeral.end()):
            _read(sentence, found.start(), numeral.group(), result, chinese=True)


def whole_numeral(text: str) -> int | None:
    """The value of a Chinese numeral with 万 or 亿 inside it (三万五千 -> 35000, 十二万三千 ->
    123000), or None when it is not written as a whole number is (三万五 is spoken, not printed)."""
    for magnitude, scale in (("亿", 10**8), ("万", 10**4)):
        if magnitude in text:
            high, _, low = text.partition(magnitude)
            top = whole_numeral(high)
            if top is None or not top or (low and not re.match(r"[零〇]|.千", low)):
                return None
            rest = whole_numeral(low) if low else 0
            return None if rest is None or rest >= scale else top * scale + rest
    return parse_chinese_number(text)


def compared_with_last_year(sentence: str, at: int) -> bool | None:
    """Whether the clause of the change at ``at`` (its direction word) compares it with the
    year before: True, False when it names another base, None when it names none."""
    since = max(clause_start(sentence, at), at - WINDOW)
    if _LAST_YEAR.search(sentence, since, at + 2) is not None:
        return True
    return False if _OTHER_BASE.search(sentence, since, at) is not None else None


def change_problem(sentence: str, word: int, end: int) -> str | None:
    """Why the change printed from ``word`` to ``end`` cannot be drafted as it stands: a bound
    after it (增长5.5%以上), or a base in its clause that is not the year before (比2020年)."""
    if sentence.startswith(BOUNDS, end):
        return UNREAD_BOUND
    since = max(clause_start(sentence, word), word - WINDOW)
    if base_year(sentence, word) is None and _OTHER_YEAR.search(sentence, since, word):
        return UNREAD_OTHER_YEAR  # 同2020年相比: a base the format's since cannot say
    return None


def base_year(sentence: str, word: int) -> str | None:
    """The year the clause of the change at ``word`` compares it with, as printed (比2020年
    增长50%: 2020年), or None when it names none; the change is then shown as 较2020年."""
    since = max(clause_start(sentence, word), word - WINDOW)
    found = None
    for match in _SINCE.finditer(sentence, since, word):
        found = match.group(1)
    return found


def with_base(sentence: str, change: ChangeMention) -> ChangeMention:
    """The change with the year its clause compares it with, if it names one."""
    change.since = base_year(sentence, change.start)
    if change.since is not None:
        change.last_year = False
    return change


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
        result.skipped.append(Skipped(number, sentence, reason, at=start))
        return
    value = printed_value(number)
    if value is None:
        result.skipped.append(Skipped(number, sentence, UNREAD_PRINT, unread=True, at=start))
        return
    signed = not chinese and _signed(sentence, start)
    first = start - 1 if signed else start
    change = _change(sentence, start, end, value)
    if isinstance(change, str):
        result.skipped.append(Skipped(sentence[first:end], sentence, change, unread=True, at=first))
        return
    if change is not None:
        reason = UNREAD_SIGNED if signed else change_problem(sentence, change.start, change.end)
        if reason is None:
            result.changes.append(change)
        else:
            shown = sentence[first : change.end + (2 if reason == UNREAD_BOUND else 0)]
            result.skipped.append(Skipped(shown, sentence, reason, unread=True, at=first))
        return
    before = sentence[max(0, first - WINDOW) : first]
    if signed and CHANGE_VERB.search(before):  # 减少-5家: which way is unclear, as 增长-2.3%
        result.skipped.append(
            Skipped(sentence[first:end], sentence, UNREAD_SIGNED, unread=True, at=first)
        )
        return
    unit = u.unit_at(sentence, end)
    if (chinese or unit == "成") and _DIRECTED.search(before):
        shown = sentence[start : end + len(unit)]
        result.skipped.append(Skipped(shown, sentence, UNREAD_CHANGE_WORDS, unread=True, at=start))
        return
    level = _level(sentence, start, end, -value if signed else value, chinese=chinese)
    if isinstance(level, str):
        result.skipped.append(Skipped(sentence[first:end], sentence, level, unread=True, at=first))
    elif sentence.startswith(BOUNDS, level.end):
        shown = sentence[level.start : level.end + 2]
        result.skipped.append(Skipped(shown, sentence, UNREAD_BOUND, unread=True, at=level.start))
    else:
        result.levels.append(level)


def _signed(sentence: str, start: int) -> bool:
    """A minus sign stands directly before the number (−5℃), not a dash between two (3-5)."""
    if start == 0 or sentence[start - 1] not in SIGNS:
        return False
    return start == 1 or _NOT_SIGNED.match(sentence, start - 2) is None


def _change(sentence: str, start: int, end: int, value: Decimal) -> ChangeMention | str | None:
    """The change printed at the number, or why it cannot be read, or None for a level."""
    before = sentence[max(0, start - WINDOW) : start]
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
            last_year=compared_with_last_year(sentence, word),
        )  # fmt: skip
    verb = _PLACES_VERB.search(before)
    if verb and unit in u.PLACES:
        rise = 1 if verb.group(1) in ("提升", "上升", "前进", "跃升", "攀升", "提高") else -1
        word = start - len(before) + verb.start()
        last_year = compared_with_last_year(sentence, word)
        amount = -rise * value
        return ChangeMention(word, start, end + len(unit), "places", amount, unit, None, last_year)
    if unit == "倍" and _GROWTH_BY_TIMES.search(before):
        return UNREAD_TIMES
    return None


def _level(sentence: str, start: int, end: int, value: Decimal, *, chinese: bool) -> Level | str:
    """The figure printed at the number: its qualifier, unit and how it reads back; a negative
    value has its minus sign just before ``start`` (−5℃)."""
    first = start - 1 if value < 0 else start
    before = sentence[max(0, first - WINDOW) : first]
    qualifier, better = None, "higher"
    cursor = end
    suffix = next((q for q in sorted(SUFFIX_QUALIFIERS) if sentence.startswith(q, end)), None)
    if suffix and u.unit_at(sentence, end + len(suffix)):
        qualifier, cursor = suffix, end + len(suffix)
    cursor = _past_spaces(sentence, cursor)  # 6,123.5 亿元
    unit = u.unit_at(sentence, cursor)
    if sentence.startswith(u.PERCENT, cursor):
        unit = sentence[cursor]
    ranked = u.RANK_UNITS if before.endswith("第") else u.LIST_UNITS
    if before.endswith(("第", "前")) and unit in ranked and value >= 0:
        qualifier, better, first = f"{before[-1]}…{unit}", "lower", start - 1
    elif qualifier is None:
        prefix = next((q for q in _QUALIFIERS if before.endswith(q)), None)
        if prefix:
            qualifier, first = prefix, first - len(prefix)
    if not unit and not re.search(r"(为|是|达到|达|指数|价格)$", before):
        return UNREAD_NO_UNIT
    stop = cursor + len(unit)
    plain = sentence[start:end] == _plain(abs(value))
    printed = sentence[first:stop] if chinese or not plain else None
    if printed is not None and printed_value(printed) != value:
        return UNREAD_PRINT  # the validator reads the printed words to another value
    level = Level(first, start, stop, value, unit, qualifier, printed, better)
    token = printed or format_value(value, unit, qualifier)
    # As the validator compares, in the words around the figure (a sentence may be long).
    around = sentence[max(0, first - WINDOW) : stop + WINDOW]
    if not mentions(normal_form(around), normal_form(token)):
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
