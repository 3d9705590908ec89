"""The figures of one sentence: each change given to the figure it belongs to (分别 in order,
else the figure just before it), a change with no figure of its own kept as a figure that is
only its change, and a label from the words before each number."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal

from briefing.authoring import units as u
from briefing.authoring.numbers import (
    CHANGE_VERB,
    ChangeMention,
    Level,
    Scan,
    Skipped,
    change_problem,
    compared_with_last_year,
    with_base,
)
from briefing.authoring.words import WINDOW, clause_start
from briefing.model.formatting import FALL_WORDS, RISE_WORDS, chinese_ordinal
from briefing.model.problems import QT_TRANSLATE_NOOP

_DIRECTIONS = "|".join(re.escape(word) for word in (*RISE_WORDS, *FALL_WORDS))
_STARTS_WITH_DIRECTION = re.compile(_DIRECTIONS)
_FIRST_NUMBER = re.compile(rf"[0-9零〇一二两三四五六七八九十]|{_DIRECTIONS}")
NO_FIGURE = QT_TRANSLATE_NOOP("Cli", "a change with no figure it belongs to")
LABEL_MAX = 40
_COMPARED = re.compile(
    r"(分别|同比|环比|年均|平均|累计|均|也|了|又|再|"
    r"[比较](上年|去年|上一年度?|[0-9]{4}年)(末|底|同期)?|较|比)"
)
_LEADING = re.compile(
    r"^(其中|同时|此外|另外|全年|年末|年底|目前|截至(目前|[0-9]{4}年(底|末)?)|"
    r"[0-9]{4}年(底|末|度)?|[，,、\s])+"
)
_TRAILING = re.compile(
    r"(分别|累计|共计|合计)?(达到|达|为|是|共有|共|计|实现|完成|有|位列|位居|居|排名|排在|列|的|"
    r"向|对|给|与|在|控制在|控制|(提高|提升|增长|增加|上升|下降|降低|减少)(到|至))$"
)
_NOUN = re.compile(r"(?!以上|以下|以内|左右)[\u4e00-\u9fff“”]{1,12}")
_NOUN_STOP = re.compile(
    r"(赴|到|在|落地|参与|参加|开展|提供|签署|举办|担任|通过|深入|给予|入驻|实施|发放|获得|累计|"
    r"实现|达到|等)"
)
_VERB = re.compile(
    r"(引进|组织|新建|新增|组建|开设|选派|遴选|建成|成立|培育|吸引|带动|选聘|构建|打造|设立|举办|"
    r"签署|招收|培训|认定|发放|兑现|投入|建设|实施|开展)$"
)
_RANKING = re.compile(r"排名|排行|指数|榜|位次")
# Pollution, consumption, unemployment, incidence: a falling number is good news.
_LOWER_IS_BETTER = re.compile(
    r"失业率|能耗|[水煤电物]耗|污染|浓度|事故|死亡|发生率|发病率|犯罪率|贫困|赤字|负债率|排放|"
    r"PM2\.5|PM10"
)


@dataclass
class FigureDraft:
    """A figure of the draft before it has its id: what it says, and where it was found."""

    label: str
    value: Decimal | None
    unit: str
    quote: str
    qualifier: str | None = None
    printed: str | None = None
    better: str = "higher"
    change: ChangeMention | None = None
    compared_with_last_year: bool = False
    position: int = 0  # where the figure is printed in its sentence
    part: tuple[int, int] | None = None  # of a structure (3.5∶49.2∶47.3): where, which part


def sentence_figures(sentence: str, found: Scan) -> tuple[list[FigureDraft], list[Skipped]]:
    """The sentence's figures in the order it prints them, and the changes left over."""
    skipped: list[Skipped] = []
    levels = _changes_from_levels(sentence, found.levels, skipped)
    _inherit_bases([*found.changes, *(level.absolute for level in levels if level.absolute)])
    numbers = _Numbers(levels, found.changes)
    owner: dict[int, ChangeMention] = {}  # index of a level -> its change
    left = _pair_respectively(sentence, levels, found.changes, owner)
    orphans: list[ChangeMention] = []
    for change in left:
        index = _owner(sentence, levels, numbers, change, owner)
        if index is None:
            orphans.append(change)
        else:
            owner[index] = change
    figures = [
        _level_figure(sentence, levels, numbers, index, owner.get(index))
        for index in range(len(levels))
    ]
    _split_shared_labels(figures)
    for change in orphans:
        subject = _subject(sentence, numbers, change)
        if subject:
            figures.append(_change_figure(sentence, change, subject))
        else:
            number = sentence[change.number : change.end]
            skipped.append(Skipped(number, sentence, NO_FIGURE, at=change.number))
    return figures, skipped


_JOINED = re.compile(r"[和、及与]")


def _split_shared_labels(figures: list[FigureDraft]) -> None:
    """人才总量和高层次人才分别达到51.3万人、5.5万人: a run of figures sharing one label joined
    of as many names takes one name each, in order, when each name stands alone (2 characters
    or more, and not 人才 of 人才和科技专项资金, which names nothing without its noun)."""
    start = 0
    while start < len(figures):
        end = start
        while end + 1 < len(figures) and figures[end + 1].label == figures[start].label:
            end += 1
        run = figures[start : end + 1]
        names = [name for name in _JOINED.split(run[0].label) if name]
        if len(run) > 1 and len(names) == len(run) and all(len(name) >= 3 for name in names):
            for figure, name in zip(run, names, strict=True):
                figure.label = name
        start = end + 1


def _inherit_bases(changes: list[ChangeMention]) -> None:
    """A change whose clause names no base has the base of the change before it in the
    sentence (比上年增长5.3%；其中城镇…增长4.9%: both against the year before)."""
    base = False
    for change in sorted(changes, key=lambda change: change.number):
        if change.last_year is None:
            change.last_year = base
        base = change.last_year


class _Numbers:
    """Where the sentence's figures and changes end, in order: a label starts after the last
    of them before it, so that it never holds another figure's number."""

    def __init__(self, levels: list[Level], changes: list[ChangeMention]) -> None:
        self.level_ends = [level.end for level in levels]
        self.ends = sorted([*self.level_ends, *(change.end for change in changes)])

    def after_last(self, start: int, at: int) -> int:
        """Where the words before ``at`` start: after the last number that ends before it, but
        not before ``start``."""
        index = bisect_right(self.ends, at)
        return max(start, self.ends[index - 1]) if index else start

    def levels_before(self, at: int) -> int:
        """How many levels end at or before ``at``."""
        return bisect_right(self.level_ends, at)


def _changes_from_levels(sentence: str, levels: list[Level], skipped: list[Skipped]) -> list[Level]:
    """增加5家 after 120家 is the change of 120家 (one against a base the format cannot say,
    同2020年相比增加5家, is listed); the other levels as they are."""
    kept: list[Level] = []
    for level in levels:
        previous = None
        if level.rise is not None:
            previous = next((p for p in reversed(kept[-8:]) if p.unit == level.unit), None)
        reason = change_problem(sentence, level.start, level.end) if previous else None
        if reason is not None:
            number = sentence[level.number : level.end]
            skipped.append(Skipped(number, sentence, reason, unread=True, at=level.number))
            continue
        if previous is not None and level.rise is not None and not _subject_before(sentence, level):
            previous.absolute = with_base(
                sentence,
                ChangeMention(
                    level.start,
                    level.number,
                    level.end,
                    "absolute",
                    level.rise * level.value,
                    level.unit,
                    last_year=compared_with_last_year(sentence, level.start),
                ),
            )
            continue
        kept.append(level)
    return kept


def _pair_respectively(
    sentence: str,
    levels: list[Level],
    changes: list[ChangeMention],
    owner: dict[int, ChangeMention],
) -> list[ChangeMention]:
    """分别增长196%、25%: a run of changes after 分别 goes to as many figures, in order: those
    just before it, else those a 分别 of the next clause prints (分别增长5.5%、7.2%，分别达到
    4.3万元、2.2万元)."""
    left: list[ChangeMention] = []
    index = 0
    while index < len(changes):
        run = [changes[index]]
        while index + len(run) < len(changes) and re.fullmatch(
            r"[、和及\s]*", sentence[run[-1].end : changes[index + len(run)].number]
        ):
            run.append(changes[index + len(run)])
        index += len(run)
        said = "分别" in sentence[clause_start(sentence, run[0].start) : run[0].start]
        if not said or len(run) < 2:
            left.extend(run)
            continue
        free = _free_before(levels, run, owner) or _free_after(sentence, levels, run, owner)
        if free:
            owner.update(zip(free, run, strict=True))
        else:
            left.extend(run)
    return left


def _free_before(
    levels: list[Level], run: list[ChangeMention], owner: dict[int, ChangeMention]
) -> list[int]:
    """The last ``len(run)`` figures before the run that take its changes, or none."""
    free: list[int] = []
    for i in range(len(levels) - 1, -1, -1):
        if len(free) == len(run):
            break
        level = levels[i]
        if level.end <= run[0].start and i not in owner and _fits(level, run[0]):
            free.insert(0, i)
    return free if len(free) == len(run) else []


def _free_after(
    sentence: str, levels: list[Level], run: list[ChangeMention], owner: dict[int, ChangeMention]
) -> list[int]:
    """The figures of the next clause, when it says 分别 and prints as many as the run."""
    after = [i for i, level in enumerate(levels) if level.start >= run[-1].end]
    if len(after) < len(run):
        return []
    chosen = after[: len(run)]
    first = levels[chosen[0]]
    clause = clause_start(sentence, first.start)
    if clause <= run[-1].end or clause_start(sentence, levels[chosen[-1]].start) != clause:
        return []
    if "分别" not in sentence[clause : first.start]:
        return []
    if any(i in owner or not _fits(levels[i], run[0]) for i in chosen):
        return []
    return chosen


def _owner(
    sentence: str,
    levels: list[Level],
    numbers: _Numbers,
    change: ChangeMention,
    owner: dict[int, ChangeMention],
) -> int | None:
    """The figure just before the change, when the change is its own: in its clause, or in the
    clause before when the change's clause says it of nothing else (…41,541万吨，比上年增长1.2%)."""
    last = numbers.levels_before(change.start) - 1
    if last < 0 or last in owner or not _fits(levels[last], change):
        return None
    level = levels[last]
    same_clause = clause_start(sentence, level.start) == clause_start(sentence, change.start)
    subject = _subject(sentence, numbers, change)
    if same_clause or not subject:
        return last
    # 人才3590人，人才引进数量较上年翻了一番: a multiple whose subject names the figure again.
    if change.kind == "multiple" and _shares_words(
        subject, sentence[max(0, level.start - WINDOW) : level.start]
    ):
        return last
    return None


def _shares_words(subject: str, words: str) -> bool:
    """The subject and the words share two characters in a row (人才引进数量, 引进…人才)."""
    return any(subject[i : i + 2] in words for i in range(len(subject) - 1))


def _fits(level: Level, change: ChangeMention) -> bool:
    percent = level.unit in u.PERCENT
    if level.part is not None:
        return False
    if change.kind == "places":
        return level.better == "lower" and (level.qualifier or "").startswith("第")
    if change.kind == "absolute":
        return percent if change.unit in u.POINTS else level.unit == change.unit
    return not percent and level.better == "higher"


def _subject(sentence: str, numbers: _Numbers, change: ChangeMention) -> str:
    """The words the change's clause says it of (人才引进数量), comparisons left out, after any
    number before it (铁路下降5.6%、公路下降15.1%: 公路)."""
    since = max(clause_start(sentence, change.start), change.start - 2 * WINDOW)
    words = sentence[numbers.after_last(since, change.start) : change.start]
    return clean_label(_COMPARED.sub("", words))


def _subject_before(sentence: str, level: Level) -> str:
    since = max(clause_start(sentence, level.start), level.start - 2 * WINDOW)
    words = sentence[since : level.start]
    return clean_label(_COMPARED.sub("", CHANGE_VERB.sub("", words)))


def clean_label(words: str) -> str:
    text = _LEADING.sub("", words.strip())
    previous = None
    while previous != text:
        previous, text = text, _TRAILING.sub("", text).strip("，,、 ")
    return text[-LABEL_MAX:]


def _level_label(sentence: str, levels: list[Level], numbers: _Numbers, index: int) -> str:
    level = levels[index]
    if level.part is not None and level.part[1] > 1:  # a structure's parts share one label
        first = next(i for i, other in enumerate(levels) if other.part == (level.part[0], 1))
        return _level_label(sentence, levels, numbers, first)
    own_clause = clause_start(sentence, level.start)
    since = max(own_clause, level.start - 2 * WINDOW)
    # After the figure or change before it in its clause (56家, 26家).
    start = numbers.after_last(since, level.start)
    label = clean_label(sentence[start : level.start])
    noun = _NOUN.match(sentence, level.end)
    if noun and level.unit not in u.PERCENT and not u.MONEY.search(level.unit):
        words = _NOUN_STOP.split(noun.group())[0].rstrip("及和与")
        if words and level.better == "higher" and not _STARTS_WITH_DIRECTION.match(words):
            verb = _VERB.search(label)
            label = (verb.group() if verb else "") + words
    if level.better == "lower" and not _RANKING.search(label) and own_clause > 0:
        # 在…排名前50中，鄂尔多斯市位列第33位: the ranking is named in the clause before.
        words = _clause_before(sentence, own_clause)
        words = re.sub(r"^在|前[0-9]+|中?[，,]$", "", words.strip())
        label = words if _RANKING.search(words) else label
    if label:
        return label
    if index > 0 and clause_start(sentence, levels[index - 1].start) == own_clause:
        return _level_label(sentence, levels, numbers, index - 1)  # 4.3万元、2.2万元
    # 研发投入强度提高0.3个百分点至2.6%: what its clause is of, before the first number.
    label = _words_of(sentence[since : level.start])
    if not label and own_clause > 0:  # 城乡居民收入分别增长5.5%、7.2%，分别达到4.3万元
        label = _words_of(_clause_before(sentence, own_clause))
    return label


def _words_of(clause: str) -> str:
    """The words a clause starts with, up to its first number or direction word."""
    stop = _FIRST_NUMBER.search(clause)
    return clean_label(_COMPARED.sub("", clause[: stop.start()] if stop else ""))


def _clause_before(sentence: str, own_clause: int) -> str:
    """The clause before the one starting at ``own_clause``, its end mark kept (at most a
    window of it)."""
    since = max(clause_start(sentence, own_clause - 1), own_clause - 2 * WINDOW)
    return sentence[since:own_clause]


def _level_figure(
    sentence: str,
    levels: list[Level],
    numbers: _Numbers,
    index: int,
    change: ChangeMention | None,
) -> FigureDraft:
    level = levels[index]
    change = change or level.absolute
    label = _level_label(sentence, levels, numbers, index) or level.unit
    if level.part is not None and "三次产业" in label:  # the three industries, as every
        label = f"第{chinese_ordinal(level.part[1])}产业"  # communiqué names them
    elif level.part is not None:  # 某结构（一）, （二）, （三）
        label = f"{label}（{chinese_ordinal(level.part[1])}）"
    better = level.better
    if _LOWER_IS_BETTER.search(label):
        better = "lower"
    return FigureDraft(
        label,
        level.value,
        level.unit,
        sentence,
        level.qualifier,
        level.printed,
        better,
        change,
        compared_with_last_year=change is not None and bool(change.last_year),
        position=level.start,
        part=level.part,
    )


def _change_figure(sentence: str, change: ChangeMention, subject: str) -> FigureDraft:
    unit = "%" if change.kind == "percent" else change.unit
    better = "lower" if change.kind == "places" or _LOWER_IS_BETTER.search(subject) else "higher"
    return FigureDraft(
        subject,
        None,
        unit,
        sentence,
        better=better,
        change=change,
        compared_with_last_year=bool(change.last_year),
        position=change.number,
    )
