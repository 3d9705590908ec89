"""The figures of one sentence: each change given to the figure it belongs to (分别 in order,
else the figure just before it), a change with no figure of its own kept as a figure that is
only its change, and a label from the words before each number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from briefing.authoring import units as u
from briefing.authoring.numbers import CHANGE_VERB, ChangeMention, Level, Scan, Skipped
from briefing.authoring.words import clause_start
from briefing.model.formatting import chinese_ordinal
from briefing.model.problems import QT_TRANSLATE_NOOP

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
_LOWER_IS_BETTER = re.compile(r"失业率|能耗|污染|事故|死亡|贫困|赤字|负债率|排放")


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
    levels = _changes_from_levels(sentence, found.levels)
    owner: dict[int, ChangeMention] = {}  # index of a level -> its change
    left = _pair_respectively(sentence, levels, found.changes, owner)
    orphans: list[ChangeMention] = []
    for change in left:
        index = _owner(sentence, levels, change, owner)
        if index is None:
            orphans.append(change)
        else:
            owner[index] = change
    figures = [
        _level_figure(sentence, levels, index, owner.get(index)) for index in range(len(levels))
    ]
    skipped: list[Skipped] = []
    for change in orphans:
        subject = _subject(sentence, change)
        if subject:
            figures.append(_change_figure(sentence, change, subject))
        else:
            skipped.append(Skipped(sentence[change.number : change.end], sentence, NO_FIGURE))
    return figures, skipped


def _changes_from_levels(sentence: str, levels: list[Level]) -> list[Level]:
    """增加5家 after 120家 is the change of 120家; the other levels as they are."""
    kept: list[Level] = []
    for level in levels:
        previous = next((p for p in reversed(kept) if p.unit == level.unit), None)
        if level.rise is not None and previous is not None and not _subject_before(sentence, level):
            previous.absolute = ChangeMention(
                level.start,
                level.number,
                level.end,
                "absolute",
                level.rise * level.value,
                level.unit,
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
    """分别增长196%、25%: a run of changes after 分别 goes to as many figures, in order."""
    left: list[ChangeMention] = []
    index = 0
    while index < len(changes):
        run = [changes[index]]
        while index + len(run) < len(changes) and re.fullmatch(
            r"[、和及\s]*", sentence[run[-1].end : changes[index + len(run)].number]
        ):
            run.append(changes[index + len(run)])
        said = "分别" in sentence[clause_start(sentence, run[0].start) : run[0].start]
        free = [
            i for i, level in enumerate(levels)
            if level.end <= run[0].start and i not in owner and _fits(level, run[0])
        ]  # fmt: skip
        if said and len(run) > 1 and len(free) >= len(run):
            owner.update(zip(free[-len(run) :], run, strict=True))
        else:
            left.extend(run)
        index += len(run)
    return left


def _owner(
    sentence: str, levels: list[Level], change: ChangeMention, owner: dict[int, ChangeMention]
) -> int | None:
    """The figure just before the change, when the change is its own (no subject of its own)."""
    before = [i for i, level in enumerate(levels) if level.end <= change.start]
    if not before or before[-1] in owner or not _fits(levels[before[-1]], change):
        return None
    level = levels[before[-1]]
    same_clause = clause_start(sentence, level.start) == clause_start(sentence, change.start)
    if same_clause or change.kind == "multiple" or not _subject(sentence, change):
        return before[-1]
    return None


def _fits(level: Level, change: ChangeMention) -> bool:
    percent = level.unit in u.PERCENT
    if level.part is not None:
        return False
    if change.kind == "places":
        return level.better == "lower" and (level.qualifier or "").startswith("第")
    if change.kind == "absolute":
        return percent if change.unit in u.POINTS else level.unit == change.unit
    return not percent and level.better == "higher"


def _subject(sentence: str, change: ChangeMention) -> str:
    """The words the change's clause says it of (人才引进数量), comparisons left out."""
    words = sentence[clause_start(sentence, change.start) : change.start]
    return clean_label(_COMPARED.sub("", words))


def _subject_before(sentence: str, level: Level) -> str:
    words = sentence[clause_start(sentence, level.start) : level.start]
    return clean_label(_COMPARED.sub("", CHANGE_VERB.sub("", words)))


def clean_label(words: str) -> str:
    text = _LEADING.sub("", words.strip())
    previous = None
    while previous != text:
        previous, text = text, _TRAILING.sub("", text).strip("，,、 ")
    return text[-LABEL_MAX:]


def _level_label(sentence: str, levels: list[Level], index: int) -> str:
    level = levels[index]
    if level.part is not None and level.part[1] > 1:  # a structure's parts share one label
        first = next(i for i, other in enumerate(levels) if other.part == (level.part[0], 1))
        return _level_label(sentence, levels, first)
    start = clause_start(sentence, level.start)
    for other in levels[:index]:  # after the figure before it in its clause (56家, 26家)
        start = max(start, other.end)
    label = clean_label(sentence[start : level.start])
    noun = _NOUN.match(sentence, level.end)
    if noun and level.unit not in u.PERCENT and not u.MONEY.search(level.unit):
        words = _NOUN_STOP.split(noun.group())[0].rstrip("及和与")
        if words:
            verb = _VERB.search(label)
            label = (verb.group() if verb else "") + words
    own_clause = clause_start(sentence, level.start)
    if level.better == "lower" and not _RANKING.search(label) and own_clause > 0:
        # 在…排名前50中，鄂尔多斯市位列第33位: the ranking is named in the clause before.
        words = sentence[clause_start(sentence, own_clause - 1) : own_clause]
        words = re.sub(r"^在|前[0-9]+|中?[，,]$", "", words.strip())
        label = words if _RANKING.search(words) else label
    if not label and index > 0:
        return _level_label(sentence, levels, index - 1)
    return label or clean_label(sentence[clause_start(sentence, level.start) : level.end])


def _level_figure(
    sentence: str, levels: list[Level], index: int, change: ChangeMention | None
) -> FigureDraft:
    level = levels[index]
    change = change or level.absolute
    label = _level_label(sentence, levels, index) or level.unit
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
        compared_with_last_year=bool(re.search(r"上年|去年|上一年度|同比", sentence)),
        position=level.start,
        part=level.part,
    )


def _change_figure(sentence: str, change: ChangeMention, subject: str) -> FigureDraft:
    unit = "%" if change.kind == "percent" else change.unit
    better = "lower" if change.kind == "places" or _LOWER_IS_BETTER.search(subject) else "higher"
    return FigureDraft(
        subject, None, unit, sentence, better=better, change=change, position=change.number
    )
