"""The shape of a report: its title block, its lead, and its sections under their headings
(一、…, （一）…, two-part headings, short lines without end punctuation), each a list of
paragraphs with the lines print broke mended."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.authoring.text import SENTENCE_END, Line, is_finished, printed_lines

TITLE_MAX = 60  # a first line longer than this is the body, not a title
HEADING_MAX = 30  # characters of a plain heading: a line of text is longer
NUMBERED_HEADING_MAX = 40
_HEADER_LINES = 4  # subtitle, byline, date, issuer: at most this many lines under the title

_LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]+\s*[、.．]")
_LEVEL_TWO = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_DASHES = re.compile(r"^[—－\-]{1,2}\s*")
_BYLINE = re.compile(r"[文图][/／]|记者|作者|^[□■◎]|^\S{0,6}(市长|省长|县长|区长|旗长|州长)\s")
_ISSUER = re.compile(r"(统计局|人民政府|委员会|办公室|办公厅|调查队)$")
_DATE_LINE = re.compile(r"^[（(]?\s*[0-9一二〇零]{4}\s*年[0-9一二三四五六七八九十]{1,2}\s*月")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_AUTHOR = re.compile(r"文\s*[/／]\s*([^\s/／□■]+)")
_PHOTOGRAPHER = re.compile(r"图\s*[/／]\s*([^\s/／□■]+)")


@dataclass
class SectionText:
    heading: tuple[str] | tuple[str, str]
    paragraphs: list[str] = field(default_factory=list)


@dataclass
class Layout:
    """Where each part of the report is: the title block, the lead, the sections."""

    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    author: str | None = None
    photographer: str | None = None
    header: list[str] = field(default_factory=list)  # every line of the title block
    lead: list[str] = field(default_factory=list)
    sections: list[SectionText] = field(default_factory=list)


def heading_level(line: str) -> int | None:
    """1 for 一、…, 2 for （一）…, 3 for a short line without end punctuation; None for text."""
    text = line.strip()
    numbered = _LEVEL_ONE.match(text) or _LEVEL_TWO.match(text)
    if numbered:
        rest = text[numbered.end() :].rstrip("。")
        if len(text) <= NUMBERED_HEADING_MAX and rest and not any(c in SENTENCE_END for c in rest):
            return 1 if _LEVEL_ONE.match(text) else 2
        return None
    if (
        len(text) > HEADING_MAX
        or is_finished(text)
        or text[-1] in "，,、"
        or len(_CJK.findall(text)) < 2
        or any(c in text for c in "，,；;")
        or _DATE_LINE.match(text)
        or _ISSUER.search(text)
    ):
        return None
    return 3


def heading_parts(line: str) -> tuple[str] | tuple[str, str]:
    """The heading whole, or its two halves when a space divides it into two."""
    text = line.strip()
    parts = text.split()
    if len(parts) == 2:
        return parts[0], parts[1]
    return (text,)


def layout(text: str) -> Layout:
    lines = printed_lines(text)
    result = Layout()
    body = _title_block(lines, result)
    levels = [heading_level(line.text) for line in body]
    top = min((level for level in levels if level is not None), default=None)
    current: list[str] = result.lead
    pending: list[str] = []
    for line, level in zip(body, levels, strict=True):
        if level is not None:
            _flush(pending, current)  # a line broken by print never runs into a heading
        if top is not None and level == top:
            section = SectionText(heading_parts(line.text))
            result.sections.append(section)
            current = section.paragraphs
            continue
        pending.append(line.text)  # as the validator joins lines: white space inside kept
        if is_finished(line.text) or level is not None:
            _flush(pending, current)
    _flush(pending, current)
    return result


def _flush(pending: list[str], into: list[str]) -> None:
    """The lines gathered so far, joined as the validator joins them, are one paragraph."""
    if pending:
        into.append("".join(pending).strip())
        pending.clear()


def _title_block(lines: list[Line], result: Layout) -> list[Line]:
    """Fill the title, subtitle and byline from the first lines; the lines after them."""
    if not lines:
        return []
    first, taken = lines[0].stripped, 0
    if not (
        len(first) > TITLE_MAX
        or first[-1] in SENTENCE_END + "，,"
        or heading_level(first) in (1, 2)
        or _BYLINE.search(first)
        or _DASHES.match(first)
    ):
        result.title = first
        result.header.append(first)
        taken = 1
    for line in lines[taken : taken + _HEADER_LINES]:
        if not _is_header(line.stripped, result):
            break
        result.header.append(line.stripped)
        taken += 1
    return lines[taken:]


def _is_header(text: str, result: Layout) -> bool:
    if _DASHES.match(text) and result.subtitle is None and len(text) <= TITLE_MAX:
        result.subtitle = _DASHES.sub("", text).strip() or None
        return result.subtitle is not None
    if _BYLINE.search(text) and result.byline is None and len(text) <= TITLE_MAX:
        result.byline = " ".join(text.lstrip("□■◎ ").split())
        author, photographer = _AUTHOR.search(text), _PHOTOGRAPHER.search(text)
        result.author = author.group(1) if author else None
        result.photographer = photographer.group(1) if photographer else None
        return True
    if len(text) <= TITLE_MAX and (_DATE_LINE.match(text) or _ISSUER.search(text)):
        if _ISSUER.search(text) and result.byline is None:
            result.byline = text
        return True
    return False
