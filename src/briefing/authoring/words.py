"""Why a number is not a figure (a year, a date, a document number, a name, an ordinal), and
the words around a number: its direction word, and whether it stands inside a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from briefing.authoring import units as u
from briefing.model.formatting import FALL_WORDS, RISE_WORDS
from briefing.model.problems import QT_TRANSLATE_NOOP

YEAR = QT_TRANSLATE_NOOP("Cli", "a year")
DATE = QT_TRANSLATE_NOOP("Cli", "a date")
TITLE = QT_TRANSLATE_NOOP("Cli", "part of a title in 《》")
NAME = QT_TRANSLATE_NOOP("Cli", "part of a name in quotation marks")
DOCUMENT = QT_TRANSLATE_NOOP("Cli", "a document number")
CODE = QT_TRANSLATE_NOOP("Cli", "a code (it starts with 0)")
ORDINAL = QT_TRANSLATE_NOOP("Cli", "a list ordinal")
NTH = QT_TRANSLATE_NOOP("Cli", "an ordinal (第…)")
LIST_SIZE = QT_TRANSLATE_NOOP("Cli", "the size of a ranking list (前50, 500强)")
RANGE = QT_TRANSLATE_NOOP("Cli", "part of a range (3—5)")
RATIO = QT_TRANSLATE_NOOP("Cli", "part of a ratio (3.5∶49.2∶47.3)")
LABEL = QT_TRANSLATE_NOOP("Cli", "part of a name (5G, 2.0版, 1+2, 三次产业)")
CATEGORY = QT_TRANSLATE_NOOP("Cli", "a category (六类以上)")
PLAN = QT_TRANSLATE_NOOP("Cli", "a plan period (十四五)")
HEADING = QT_TRANSLATE_NOOP("Cli", "in a heading or the title")

# What is looked at around a number, at most: every test of the words before or after it is
# made on this many characters, so a sentence of any length costs in proportion to its length.
WINDOW = 40
_MARK_WINDOW = 200  # how far back an opening 〔 or 《 is looked for

PLAN_PERIOD = re.compile(r"十[一二三四五六七八九]五")
TERMS = re.compile(r"三次产业")  # words with a numeral in them that count nothing
_CLAUSE_ENDS = "，,；;。：:！？!?"
_NOT_A_CHANGE = "为到至是达占"  # 增长到30%, 增加值占比35%: a level, not a change
_NEAR = 12  # characters between a direction word and its number, at most
_SHORT_NAME = 15  # a quotation this short is a name (“双30条”), a longer one is speech
_OPENING, _CLOSING = "“「『", "”」』"
_NOT_A_LIST = ("目前", "此前", "提前", "之前", "以前", "当前", "空前", "年前", "日前")


def skip_reason(sentence: str, start: int, end: int, *, chinese: bool) -> str | None:
    """Why the number at ``start:end`` is not a figure, or None when it may be one."""
    before, after = sentence[max(0, start - WINDOW) : start], sentence[end : end + WINDOW]
    number = sentence[start:end]
    checks: tuple[tuple[Callable[[], bool], str], ...] = (
        (lambda: _inside(sentence, start, "〔[［", "〕]］"), DOCUMENT),
        (lambda: not chinese and _is_year(number, after), YEAR),
        (lambda: _inside(sentence, start, "《", "》"), TITLE),
        (lambda: after[:1] in ("月", "日") or (after[:1] == "号" and "月" in before[-3:]), DATE),
        (lambda: after[:1] == "号", DOCUMENT),
        (lambda: TERMS.match(sentence, start) is not None, LABEL),
        (lambda: len(number) > 1 and number[0] == "0" and "." not in number, CODE),
        (lambda: _is_ordinal(before, after), ORDINAL),
        (lambda: before.endswith("第") and u.unit_at(after, 0) not in u.RANK_UNITS, NTH),
        (lambda: _is_list_size(before, after), LIST_SIZE),
        (lambda: _is_range(before, after), RANGE),
        (
            lambda: bool(re.match(r"[∶:：][0-9]", after) or re.search(r"[0-9][∶:：]$", before)),
            RATIO,
        ),
        (lambda: _is_label(before, after), LABEL),
        (lambda: after[len(u.unit_at(after, 0)) :].startswith("级"), LABEL),  # 百亿级项目
        (lambda: chinese and re.match(r"\w{1,2}?(以上|以下)", after) is not None, CATEGORY),
    )
    for test, reason in checks:
        if test():
            return reason
    return None


def _is_year(number: str, after: str) -> bool:
    if not (len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100):
        return False
    rest = after[1:] if after[:1] in ("余", "多") else after
    return after.startswith("年") or not u.unit_at(rest, 0)


def _inside(sentence: str, at: int, openings: str, closings: str) -> bool:
    since = max(0, at - _MARK_WINDOW)
    opened = max(sentence.rfind(mark, since, at) for mark in openings)
    closed = max(sentence.rfind(mark, since, at) for mark in closings)
    return opened > closed


def _is_ordinal(before: str, after: str) -> bool:
    in_clause = before[clause_start(before, len(before)) :]
    if not in_clause.strip() and after[:1] in (".", "、", "．", ")", "）"):
        return True
    return before.rstrip().endswith(("(", "（")) and after[:1] in (")", "）")


def _is_list_size(before: str, after: str) -> bool:
    unit = u.unit_at(after, 0)
    if before.endswith("前") and not before.endswith(_NOT_A_LIST):
        return unit not in u.LIST_UNITS
    return unit == "强"


def _is_range(before: str, after: str) -> bool:
    return bool(
        re.match(r"\s*[—\-~～至]\s*[0-9零一二两三四五六七八九十]", after)
        or re.search(r"[0-9零一二两三四五六七八九十][—\-~～至]\s*$", before)
    )


def _is_label(before: str, after: str) -> bool:
    return bool(re.match(r"[A-Za-z+版]", after) or re.search(r"[A-Za-z+]$", before))


def in_name(sentence: str, at: int) -> bool:
    """The position is inside a short quotation (“双30条”), which names something."""
    since = max(0, at - _SHORT_NAME - 1)  # an opening further back cannot make a short name
    opened = max(sentence.rfind(mark, since, at) for mark in _OPENING)
    if opened < 0 or max(sentence.rfind(mark, since, at) for mark in _CLOSING) > opened:
        return False
    until = opened + _SHORT_NAME + 2
    closes = [i for i in (sentence.find(mark, at, until) for mark in _CLOSING) if i >= 0]
    return bool(closes) and min(closes) - opened - 1 <= _SHORT_NAME


def clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position ``at`` starts."""
    if len(sentence) <= _SHORT_TEXT:
        return max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_ENDS) + 1
    marks = _clause_marks(sentence)
    index = bisect_left(marks, at)
    return marks[index - 1] + 1 if index else 0


_SHORT_TEXT = 200  # a text this short is looked through; a longer one has its marks listed
_MARKS: dict[int, tuple[str, list[int]]] = {}  # by the sentence's identity, not its text


def _clause_marks(sentence: str) -> list[int]:
    """Where a long sentence's clauses end, in order: found once for the sentence, however
    many of its numbers ask (kept by identity: comparing two long texts costs their length)."""
    kept = _MARKS.get(id(sentence))
    if kept is not None and kept[0] is sentence:
        return kept[1]
    marks = [at for at, character in enumerate(sentence) if character in _CLAUSE_ENDS]
    if len(_MARKS) >= 4:
        _MARKS.clear()
    _MARKS[id(sentence)] = (sentence, marks)
    return marks


def last_direction(sentence: str, at: int) -> tuple[int, int] | None:
    """(where, +1 or -1) of the direction word just before ``at`` in its clause (增长, 下降…),
    when the words between them make the number its amount; None otherwise."""
    start = max(clause_start(sentence, at), at - WINDOW)  # a word further off is not its own
    clause = sentence[start:at]
    best: tuple[int, int, int] | None = None  # (where, end, direction)
    for words, direction in ((RISE_WORDS, 1), (FALL_WORDS, -1)):
        for word in words:
            where = clause.rfind(word)
            if where >= 0 and (best is None or where > best[0]):
                best = (where, where + len(word), direction)
    if best is None:
        return None
    between = clause[best[1] :]
    if len(between) > _NEAR or any(mark in between for mark in _NOT_A_CHANGE):
        return None
    return start + best[0], best[2]
