"""Figures and changes written the Chinese way, exactly as the article prints them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from briefing.model.article import mention_positions, without_separators
from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Translate
from briefing.model.schema import (
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    TEMPLATE_MARK,
    Briefing,
    Change,
    Figure,
)

# Phrases for a multiple, as printed, and the factor each means.
MULTIPLE_PHRASES: dict[str, Decimal] = {
    "翻了一番": Decimal(2),
    "翻一番": Decimal(2),
    "翻了两番": Decimal(4),
    "翻两番": Decimal(4),
}

_CHINESE_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


def format_number(value: Decimal) -> str:
    """Plain digits, as many decimals as stored, no grouping, no exponent (2.96, 3590, 51.3)."""
    text = format(value, "f")
    return "0" if text in {"-0", "+0"} else text


def qualifier_problem(qualifier: str, unit: str) -> Message | None:
    """Why a qualifier cannot be printed with this unit, or None when it can."""
    if TEMPLATE_MARK in qualifier:
        prefix, _, suffix = qualifier.partition(TEMPLATE_MARK)
        if TEMPLATE_MARK in suffix or not (prefix or suffix):
            return Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "qualifier {qualifier!r} must hold one … between its words"
                ),
                qualifier=qualifier,
            )
        if unit and unit != suffix:
            return Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "the unit {unit!r} must be the end of the qualifier {qualifier!r}"
                ),
                unit=unit,
                qualifier=qualifier,
            )
        return None
    if qualifier in SUFFIX_QUALIFIERS or qualifier in PREFIX_QUALIFIERS:
        return None
    return Message(
        QT_TRANSLATE_NOOP(
            "Problems",
            "unknown qualifier {qualifier!r}; expected one of {known} or a form like 第…位",
        ),
        qualifier=qualifier,
        known=", ".join(sorted(SUFFIX_QUALIFIERS | PREFIX_QUALIFIERS)),
    )


def format_value(value: Decimal, unit: str, qualifier: str | None) -> str:
    """The number with its qualifier and unit: 2.96亿元, 400余家, 突破330家, 第33位, 前50强."""
    number = format_number(value)
    if qualifier is None:
        return f"{number}{unit}"
    if TEMPLATE_MARK in qualifier:
        return qualifier.replace(TEMPLATE_MARK, number)
    if qualifier in SUFFIX_QUALIFIERS:
        return f"{number}{qualifier}{unit}"
    return f"{qualifier}{number}{unit}"


def format_figure(figure: Figure) -> str:
    """What the article prints for a figure (its own words when they are not digits); for a
    figure whose unit is printed in a table's header, the number without it; for a figure that
    is only a change, the change as printed (3.6%, 0.8个百分点)."""
    if figure.printed is not None:
        return figure.printed
    if figure.value is None:
        return change_token(figure.change, figure.unit) if figure.change else ""
    unit = "" if figure.unit_printed_in else figure.unit
    return format_value(figure.value, unit, figure.qualifier)


def plotted_value(figure: Figure) -> Decimal:
    """The number a chart draws for a figure: its value, or the amount of its change when the
    article states only the change."""
    if figure.value is not None:
        return figure.value
    return figure.change.amount if figure.change else Decimal(0)


def shown_unit(figure: Figure) -> str:
    """The unit of the number a chart draws for a figure: a change's unit (%, 个百分点) when the
    figure is only its change."""
    if figure.value is not None or figure.change is None:
        return figure.unit
    if figure.change.kind == "percent":
        return "%"
    return figure.change.unit or figure.unit


# Before a derived figure that is only close: the figure's own wording, in any UI language.
APPROXIMATE = "约"


MINUS = "−"  # U+2212, the one minus sign every negative number is shown with


def shown_number(text: str) -> str:
    """A number as a reader sees it: the minus sign, not the hyphen (−2.1, never -2.1)."""
    return re.sub(r"(?<![0-9])-(?=[0-9])", MINUS, text)


def format_shown(figure: Figure) -> str:
    """A figure as a reader sees it in the app: as printed, with 约 when it is an approximation,
    a negative number with the minus sign; a figure that is only a change, as its signed
    amount (3.6%, −2.1%, 提升10位)."""
    if figure.value is None and figure.change is not None:
        change = figure.change
        if change.kind in ("places", "multiple"):
            return format_change(change, figure.better)
        return shown_number(format_number(change.amount)) + shown_unit(figure)
    text = figure.printed if figure.printed is not None else shown_number(format_figure(figure))
    return f"{APPROXIMATE}{text}" if is_approximate(figure) else text


def is_approximate(figure: Figure) -> bool:
    return figure.derived is not None and figure.derived.approximate


# The number in a figure's printed words: digits (with separators: 41,541), or a Chinese numeral.
_DIGITS = re.compile(r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?")  # 41,541 and 2.96
_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千]+")  # 五 of 五大类
_PRINTED_NUMBER = re.compile(f"{_DIGITS.pattern}|{_NUMERAL.pattern}")


def printed_value(printed: str) -> Decimal | None:
    """The value a figure's printed words give: their digits (separators dropped), else their
    Chinese numeral; None when they hold neither."""
    digits = _DIGITS.search(printed)
    if digits:
        return Decimal(without_separators(digits.group()))
    numeral = _NUMERAL.search(printed)
    if numeral and _NUMERAL.match(printed, numeral.end() + 1) and printed[numeral.end()] in "万亿":
        return None  # 三万五千: a numeral that runs past 万 is not the 3 of 3万
    parsed = parse_chinese_number(numeral.group()) if numeral else None
    return None if parsed is None else Decimal(parsed)


def figure_parts(figure: Figure) -> tuple[str, str, str]:
    """(words before, the number, words after) so a card can set the number large:
    突破|330|家, 第|33|位, |2.96|亿元, |400|余家, |五|大类."""
    if figure.printed is not None:
        found = _PRINTED_NUMBER.search(figure.printed)
        if found is None:
            return "", figure.printed, ""
        return figure.printed[: found.start()], found.group(), figure.printed[found.end() :]
    return _change_parts(figure) if figure.value is None else _value_parts(figure, figure.value)


def _value_parts(figure: Figure, value: Decimal) -> tuple[str, str, str]:
    number = shown_number(format_number(value))
    qualifier = figure.qualifier
    if qualifier is None:
        return "", number, figure.unit
    if TEMPLATE_MARK in qualifier:
        before, _, after = qualifier.partition(TEMPLATE_MARK)
        return before, number, after
    if qualifier in SUFFIX_QUALIFIERS:
        return "", number, f"{qualifier}{figure.unit}"
    return qualifier, number, figure.unit


def _change_parts(figure: Figure) -> tuple[str, str, str]:
    """A figure that is only a change, as a card's headline: ↑|3.6|%, ↓|0.8|个百分点."""
    shown = change_text(figure)
    change = figure.change
    if shown is None or change is None:
        return "", "", ""
    arrow, words = shown[0][:1], shown[0][1:]
    if change.kind in ("places", "multiple") or change.printed is not None:
        return arrow, words, ""
    magnitude = format_number(abs(change.amount))
    return arrow, magnitude, words[len(magnitude) :]


def is_improvement(change: Change, better: str) -> bool:
    """Whether the change is good news: a rank number going down is an improvement."""
    grew = change.amount > (1 if change.kind == "multiple" else 0)
    return grew if better == "higher" else not grew


# The words a sentence says which way a change went with. For a rank, up is a better place:
# 提升10位 is a rank number 10 smaller. A rate that narrows (收窄) or slows (回落) went down.
RISE_WORDS = (
    "增长", "提高", "提升", "上升", "增加", "扩大", "上涨", "攀升", "跃升", "前进", "增幅", "涨幅",
    "增速",
)  # fmt: skip
FALL_WORDS = (
    "下降", "减少", "回落", "降低", "收窄", "下滑", "缩小", "下跌", "后退", "降幅", "跌幅", "减幅",
    "负增长",
)  # fmt: skip
STEADY_WORDS = ("持平",)
_CLAUSE_ENDS = "，,；;。：:！？!?"


def clauses_before(sentence: str, token: str) -> Iterator[tuple[int, str]]:
    """At each place the sentence prints the change ``token`` (as a number of its own, or
    after a minus sign), its sign there and the words of its clause before it: (1, 比上年增长)
    for 比上年增长3.5%, (-1, 增长) for 增长-3.5%."""
    sentence = without_separators(sentence)  # where mention_positions counts
    for sign, printed in ((1, token), (-1, f"-{token}")):
        for at in mention_positions(sentence, printed):
            start = max(sentence.rfind(end, 0, at) for end in _CLAUSE_ENDS) + 1
            yield sign, sentence[start:at]


def stated_directions(sentence: str, token: str) -> set[int]:
    """Which way the sentence says the change printed as ``token`` went, at each place it is
    printed: the direction word nearest before it in its clause (分别增长196%、25%: both
    rose), turned round by a minus sign before the number (增长-3.5% is a fall). +1 up, -1
    down, 0 持平; a place with no such word in its clause adds nothing."""
    found = set()
    for sign, clause in clauses_before(sentence, token):
        direction = _last_direction_word(clause)
        if direction is not None:
            found.add(sign * direction)
    return found


# What a change is against, when its clause names a year: 比2020年, 较2015年末.
_BASE_YEAR = re.compile(r"[比较与]([0-9]{4}年)")


def stated_bases(sentence: str, token: str) -> set[str]:
    """The years the clauses printing ``token`` compare with (比2020年增长50%: {2020年}); empty
    when they compare with the year before (比上年, 同比) or name nothing."""
    return {
        year for _, clause in clauses_before(sentence, token) for year in _BASE_YEAR.findall(clause)
    }


def _last_direction_word(clause: str) -> int | None:
    """The direction of the last direction word of the clause (the longer of two ending at
    the same place: 负增长 is a fall, not the 增长 in it); None when there is none, or when the
    word is followed by 至 or 到 (提升至第5位, 下降到3.5%: the level reached, not the change)."""
    last: tuple[int, int, int] | None = None  # (where it ends, its length, direction)
    for words, direction in ((RISE_WORDS, 1), (FALL_WORDS, -1), (STEADY_WORDS, 0)):
        for word in words:
            where = clause.rfind(word)
            if where >= 0:
                found = (where + len(word), len(word), direction)
                last = found if last is None or found[:2] > last[:2] else last
    if last is None or clause[last[0] : last[0] + 1] in ("至", "到"):
        return None
    return last[2]


def change_direction(change: Change) -> int:
    """Which way a stored change goes, in the words' sense: +1 up (a rank: a better place),
    -1 down, 0 unchanged."""
    if change.kind == "multiple":
        return (change.amount > 1) - (change.amount < 1)
    sign = (change.amount > 0) - (change.amount < 0)
    return -sign if change.kind == "places" else sign


def change_token(change: Change, unit: str = "") -> str:
    """The part of the sentence that states the change: 196%, 10位, 22个位次, 翻了一番; an
    absolute change without a unit of its own is in the figure's ``unit`` (增加36家)."""
    if change.printed is not None:
        return change.printed
    magnitude = format_number(abs(change.amount))
    if change.kind == "percent":
        return f"{magnitude}%"
    if change.kind == "absolute":
        return f"{magnitude}{change.unit or unit}"
    return f"{magnitude}{change.unit}"


def format_change(change: Change, better: str) -> str:
    """A change for a reader: sign and number, or the rank's words (+196%, 提升10位, 翻了一番)."""
    if change.printed is not None:
        return change.printed
    magnitude = format_number(abs(change.amount))
    if change.kind == "places":
        verb = "提升" if change_direction(change) > 0 else "下降"
        return f"{verb}{magnitude}{change.unit or '位'}"
    sign = "+" if change.amount > 0 else "−" if change.amount < 0 else "±"
    unit = "%" if change.kind == "percent" else change.unit
    return f"{sign}{magnitude}{unit}"


def change_text(figure: Figure) -> tuple[str, bool] | None:
    """(arrow and words, whether it is good news) for a figure's change, as a card and a slide
    show it: ↑196%, ↑提升10位, ↑翻了一番."""
    change = figure.change
    if change is None:
        return None
    good = is_improvement(change, figure.better)
    # The arrow says which way it went; the colour (good) whether that is good news: a falling
    # unemployment rate is ↓ in the good colour, never ↑.
    arrow = {1: "↑", -1: "↓", 0: "→"}[change_direction(change)]
    magnitude = format_number(abs(change.amount))
    if change.kind == "percent":
        words = f"{magnitude}%"
    elif change.kind == "places":
        # The figure's own words (提升10位), in any UI language, as the chart writes them.
        words = format_change(change, figure.better)
    elif change.kind == "multiple":
        words = change.printed or f"×{magnitude}"
    else:  # the arrow is the sign: never ↑−0.93个百分点
        words = f"{magnitude}{change.unit or figure.unit}"
    return f"{arrow}{words}", good


SOURCE_LINE = QT_TRANSLATE_NOOP("Figures", "数据来源：《{title}——{subtitle}》，{publisher}")
SOURCE_LINE_TITLE = QT_TRANSLATE_NOOP("Figures", "数据来源：《{title}》，{publisher}")
SOURCE_LINE_PUBLISHER = QT_TRANSLATE_NOOP("Figures", "数据来源：{publisher}")


def source_line(briefing: Briefing, translate: Translate | None = None) -> str:
    """Where the figures come from, as every export, slide and dialog credits it: the article's
    title, series line and byline (the article carries no date, so none is written); a title
    the author supplied is not the article's, so then only the byline. In the language of
    ``translate(context, source)``; as written (Chinese) without it."""
    if briefing.title_supplied:
        template = SOURCE_LINE_PUBLISHER
    else:
        template = SOURCE_LINE if briefing.subtitle else SOURCE_LINE_TITLE
    template = translate("Figures", template) if translate else template
    return template.format(
        title=briefing.title, subtitle=briefing.subtitle, publisher=briefing.publisher_line
    )


_ORDINAL_DIGITS = "零一二三四五六七八九"


def chinese_ordinal(number: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 35 -> 三十五; from 100 on every place is
    named (一百一十二, 一百零五, 二千零三); 10,000 and more in digits. The inverse of
    ``parse_chinese_number`` for them."""
    if number < 10:
        return _ORDINAL_DIGITS[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return (
            (_ORDINAL_DIGITS[tens] if tens > 1 else "")
            + "十"
            + (_ORDINAL_DIGITS[ones] if ones else "")
        )
    if number >= 10_000:
        return str(number)
    text, gap = "", False
    for unit, place in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
        digit = number // place % 10
        if digit == 0:
            gap = bool(text)
            continue
        text += ("零" if gap else "") + _ORDINAL_DIGITS[digit] + unit
        gap = False
    return text


# A numeral below ten thousand as it is written: each of 千, 百, 十 at most once and in that
# order, a digit before each but the first (百亿, 十二), 零 where a place is skipped (一百零五).
_DIGIT = "[一二两三四五六七八九]"
_WELL_FORMED = re.compile(
    rf"(?:(?P<q>{_DIGIT})?(?P<qm>千))?(?:零?(?P<h>{_DIGIT})?(?P<hm>百))?"
    rf"(?:零?(?P<t>{_DIGIT})?(?P<tm>十))?(?:(?P<z>零)?(?P<u>{_DIGIT}))?"
)


def parse_chinese_number(text: str) -> int | None:
    """The value of a Chinese numeral below ten thousand (五 -> 5, 二十二 -> 22, 一百零五 -> 105,
    两千零三 -> 2003), or None if the text is not one written as numerals are (十十, 一二)."""
    if text in {"零", "〇"}:
        return 0
    match = _WELL_FORMED.fullmatch(text)
    if not text or match is None:
        return None
    value, first = 0, True
    for name, place in (("q", 1000), ("h", 100), ("t", 10)):
        if match.group(f"{name}m"):
            if not match.group(name) and not first:
                return None  # 一千百: a place after the first needs its digit
            value += _CHINESE_DIGITS.get(match.group(name) or "一", 1) * place
            first = False
    if match.group("u"):
        if not first and not match.group("tm") and not match.group("z"):
            return None  # 千五, 二百五: spoken for 1500 and 250, not numerals as printed
        value += _CHINESE_DIGITS[match.group("u")]
    return value
