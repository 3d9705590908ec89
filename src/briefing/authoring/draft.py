"""A report's text to a draft dataset: the title block, the lead and the sections, every
paragraph, every figure with its sentence, its cards and charts, and what was skipped."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from briefing.authoring.charts import Numbered, card_ids, charts, derived_before, find_wholes
from briefing.authoring.figures import FigureDraft, sentence_figures
from briefing.authoring.headings import Layout, SectionText, layout
from briefing.authoring.numbers import Skipped, scan
from briefing.authoring.text import sentences
from briefing.authoring.words import HEADING
from briefing.model.formatting import format_value
from briefing.model.problems import QT_TRANSLATE_NOOP

ARTICLE_FILE = "article.txt"
SECTIONS_MAX = 50
SUMMARY_MAX = 80
UNSIGNED = "原文未署名"  # the byline field must say something; the author replaces it


class DraftError(Exception):
    """A draft that could not be written; ``template`` (context "Cli") and ``fields`` say why."""

    def __init__(self, template: str, **fields: object) -> None:
        super().__init__(template.format(**fields))
        self.template = template
        self.fields = fields


@dataclass
class Draft:
    """The dataset as a JSON document, the article it quotes, and what it left out."""

    document: dict[str, Any]
    article: str
    skipped: list[Skipped] = field(default_factory=list)

    def blocks(self) -> list[dict[str, Any]]:
        return [self.document["lead"], *self.document["sections"]]

    def counts(self) -> dict[str, int]:
        figures = [f for block in self.blocks() for f in block["figures"]]
        return {
            "sections": len(self.document["sections"]),
            "figures": len(figures),  # as validate counts them: the derived among them
            "derived": sum(1 for f in figures if "derived" in f),
            "cards": sum(len(block["cards"]) for block in self.blocks()),
            "charts": sum(len(block["charts"]) for block in self.blocks()),
            "skipped": sum(1 for s in self.skipped if not s.unread),
            "unread": sum(1 for s in self.skipped if s.unread),
        }


EMPTY = QT_TRANSLATE_NOOP("Cli", "the article has no text")


def draft_text(text: str, *, name: str = "article") -> Draft:
    """The draft of a report's text (already decoded, line ends as \\n); DraftError when it
    has no text at all."""
    if not text.strip():
        raise DraftError(EMPTY)
    shape = layout(text)
    skipped: list[Skipped] = []
    for line in shape.header:
        skipped.extend(_not_figures(line))
    if not shape.sections:
        shape.sections, shape.lead = [_whole(shape, name)], []
    if len(shape.sections) > SECTIONS_MAX:
        shape.sections = _merged(shape.sections)
    lead = _block("lead", shape.lead, skipped)
    sections = []
    for number, section in enumerate(shape.sections, 1):
        for part in section.heading:
            skipped.extend(_not_figures(part))
        sections.append(_section(f"s{number}", section, skipped))
    document: dict[str, Any] = {
        "format_version": 1,
        "title": shape.title or name,
        "publisher_line": shape.byline or UNSIGNED,
        "year": _year(text, shape),
        "article": ARTICLE_FILE,
        "lead": lead,
        "sections": sections,
    }
    if shape.title is None:
        document["title_supplied"] = True
    for key in ("subtitle", "author", "photographer"):
        if getattr(shape, key):
            document[key] = getattr(shape, key)
    return Draft(_ordered(document), text, skipped)


def _ordered(document: dict[str, Any]) -> dict[str, Any]:
    order = ["format_version", "title", "title_supplied", "subtitle", "publisher_line", "author",
             "photographer", "year", "article", "lead", "sections"]  # fmt: skip
    return {key: document[key] for key in order if key in document}


def _not_figures(line: str) -> list[Skipped]:
    """Every number of a heading or the title block, none of them a figure."""
    found = scan(line)
    spans = [(m.number, m.end) for m in found.levels] + [(m.number, m.end) for m in found.changes]
    numbers = [line[start:end] for start, end in spans]
    return [*found.skipped, *(Skipped(number, line, HEADING) for number in numbers)]


def _whole(shape: Layout, name: str) -> SectionText:
    """A report without headings: one section holding all of it."""
    first = (shape.lead or shape.header or [name])[0]
    return SectionText((shape.title or first[:20],), list(shape.lead))


def _merged(sections: list[SectionText]) -> list[SectionText]:
    kept, rest = sections[: SECTIONS_MAX - 1], sections[SECTIONS_MAX - 1 :]
    last = SectionText(rest[0].heading, list(rest[0].paragraphs))
    for section in rest[1:]:
        last.paragraphs.extend([" ".join(section.heading), *section.paragraphs])
    return [*kept, last]


def _year(text: str, shape: Layout) -> int:
    """The report's year: the title's, else the year the text names most, else this one."""
    top = f"{shape.title or ''}{shape.subtitle or ''}"
    named = re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])", top)
    if named:
        return int(named[0])
    counted = Counter(re.findall(r"(?<![0-9])((?:19|20)[0-9]{2})年", text)).most_common(1)
    return int(counted[0][0]) if counted else datetime.now(UTC).year


def _section(section_id: str, section: SectionText, skipped: list[Skipped]) -> dict[str, Any]:
    block = _block(section_id, section.paragraphs, skipped)
    first = sentences(section.paragraphs[0])[0].strip() if section.paragraphs else ""
    summary = first if 0 < len(first) <= SUMMARY_MAX else " ".join(section.heading)
    return {
        "id": section_id,
        "heading": list(section.heading),
        "summary": summary[:200],
        "notes": [],
        **block,
    }


def _block(block_id: str, paragraphs: list[str], skipped: list[Skipped]) -> dict[str, Any]:
    numbered: list[Numbered] = []
    for paragraph in paragraphs:
        for printed in sentences(paragraph):
            sentence = printed.strip()  # one text for all that reads it
            found = scan(sentence)
            skipped.extend(found.skipped)
            drafts, left = sentence_figures(sentence, found)
            skipped.extend(left)
            for figure in drafts:
                numbered.append(Numbered(f"{block_id}-{len(numbered) + 1}", figure))
    find_wholes(numbered)
    figures: list[dict[str, Any]] = []
    for item in numbered:
        figures.append(figure_json(item.id, item.figure))
        item.before = derived_before(item)
        if item.before is not None:
            figures.append(item.before)
    return {
        "paragraphs": list(paragraphs),
        "figures": figures,
        "cards": card_ids(numbered),
        "charts": charts(block_id, numbered),
        "images": [],
    }


def figure_json(figure_id: str, figure: FigureDraft) -> dict[str, Any]:
    """A stated figure as the dataset writes it."""
    data: dict[str, Any] = {"id": figure_id, "label": figure.label or figure.unit or "—"}
    data["value"] = figure.value
    data["unit"] = figure.unit
    for key in ("qualifier", "printed"):
        if getattr(figure, key) is not None:
            data[key] = getattr(figure, key)
    if figure.better != "higher":
        data["better"] = figure.better
    change = figure.change
    if change is not None:
        data["change"] = {"kind": change.kind, "amount": change.amount}
        if change.unit:
            data["change"]["unit"] = change.unit
        if change.printed:
            data["change"]["printed"] = change.printed
        if change.since:
            data["change"]["since"] = change.since
    data["quote"] = figure.quote
    return data


def figure_token(figure: dict[str, Any]) -> str:
    """A written figure as its sentence prints it, for the list of what was left out."""
    if figure.get("printed"):
        return str(figure["printed"])
    if figure.get("value") is None:
        change = figure.get("change") or {}
        return str(change.get("printed") or f"{abs(change.get('amount', 0))}")
    return format_value(figure["value"], figure["unit"], figure.get("qualifier"))
