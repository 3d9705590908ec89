"""Find in a briefing (no Qt): every piece of text a reader sees, where it is on the pages and
which slide of the show holds it, searched case-insensitively with full-width forms folded.

The index is built once per loaded briefing; a query walks its entries' folded text with
``str.find`` (no regular expressions), so a keystroke costs a scan of the text and nothing more.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from briefing.model.formatting import change_text, format_shown
from briefing.model.schema import Block, Briefing, Figure
from briefing.model.slides import Slide

# Where a hit is shown: a stat card, a chart, a picture, a paragraph of the text, the section's
# heading or summary line, or the speaker notes (shown in the show's console only).
Where = Literal["card", "chart", "image", "text", "heading", "summary", "notes"]
LEAD = "lead"  # the block of a text hit on the first tab: the lead's text, not the section's
BODY = "body"


def fold(text: str) -> str:
    """Text as it is compared: NFKC (full-width ２.９６ and ，are 2.96 and ,) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _folded_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """``fold(text)`` character by character, with the index in ``text`` each folded character
    comes from (NFKC may turn one character into several: ㎡ is m2)."""
    parts: list[str] = []
    offsets: list[int] = []
    for index, character in enumerate(text):
        folded = fold(character) if not character.isascii() else character.lower()
        parts.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(parts), tuple(offsets)


@dataclass(frozen=True)
class Entry:
    """One piece of text where a reader sees it."""

    tab: int  # the tab it is on (the lead is on the first)
    where: Where
    target: str  # the card's figure id, the chart id, the image id, LEAD or BODY for text
    text: str  # as shown
    slide: int  # the slide of the show that holds it
    paragraph: int = -1  # text: the paragraph's index in its block
    base: int = 0  # text: where the paragraph starts in its block's text ("\n"-joined)
    every: bool = False  # each occurrence is a hit of its own (text), else one hit per entry
    folded: str = ""
    offsets: tuple[int, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One match: its entry, and where in the entry's text it is (start, end)."""

    entry: Entry
    start: int
    end: int

    @property
    def tab(self) -> int:
        return self.entry.tab

    @property
    def where(self) -> Where:
        return self.entry.where

    @property
    def target(self) -> str:
        return self.entry.target

    @property
    def slide(self) -> int:
        return self.entry.slide

    def snippet(self, around: int = 14) -> str:
        """The match with a few characters either side, on one line: …投入2.96亿元，…"""
        text = self.entry.text
        start, end = max(0, self.start - around), min(len(text), self.end + around)
        body = text[start:end].replace("\n", " ")
        return ("…" if start else "") + body + ("…" if end < len(text) else "")


def figure_text(figure: Figure) -> str:
    """A card's words as a reader sees them: label, value, change (人才贷 8.12亿元 ↑9%)."""
    change = change_text(figure)
    return " ".join(
        part for part in (figure.label, format_shown(figure), change and change[0]) if part
    )


class _Slides:
    """Which slide holds what."""

    def __init__(self, slides: list[Slide]) -> None:
        self.figure: dict[str, int] = {}
        self.chart: dict[str, int] = {}
        self.image: dict[str, int] = {}
        self.section: dict[int | None, int] = {}
        for index, slide in enumerate(slides):
            for figure in slide.figures:
                self.figure.setdefault(figure, index)
            if slide.chart:
                self.chart.setdefault(slide.chart, index)
            if slide.image:
                self.image.setdefault(slide.image, index)
            # A section's heading slide; the lead's first slide (or the title) for the lead.
            if slide.kind == "section" or (slide.section is None and slide.kind != "closing"):
                self.section.setdefault(slide.section, index)

    def of_block(self, section: int | None) -> int:
        return self.section.get(section, 0)


def note_sources(briefing: Briefing) -> Iterator[tuple[int, list[str]]]:
    """(section index, lines) of every speaker note: the one place a new kind of note (a chart's,
    a picture's, a figure's) is added to what find searches."""
    for index, section in enumerate(briefing.sections):
        yield index, list(section.notes)


class SearchIndex:
    """Every text of a briefing a reader can find, in reading order (the order of the pages)."""

    def __init__(self, briefing: Briefing, slides: list[Slide]) -> None:
        self.entries: list[Entry] = []
        self._slides = _Slides(slides)
        lead = briefing.lead
        sections = briefing.sections
        notes = dict(note_sources(briefing))
        for tab, section in enumerate(sections):
            if tab == 0:
                self._block(lead, 0, None, LEAD)
            slide = self._slides.of_block(tab)
            self._add(Entry(tab, "heading", "", "　".join(section.heading), slide))
            self._add(Entry(tab, "summary", "", section.summary, slide))
            self._block(section, tab, tab, BODY)
            for line in notes.get(tab, []):
                self._add(Entry(tab, "notes", "", line, slide))

    def _block(self, block: Block, tab: int, section: int | None, name: str) -> None:
        """A block in the order its page shows it: the lead's text first, a section's last."""
        slides = self._slides
        block_slide = slides.of_block(section)
        if name == LEAD:
            self._paragraphs(block, tab, block_slide, name)
        figures = {figure.id: figure for figure in block.figures}
        for card in block.cards:
            slide = slides.figure.get(card, block_slide)
            self._add(Entry(tab, "card", card, figure_text(figures[card]), slide))
        for chart in block.charts:
            words = [chart.title, chart.unit or "", *chart.categories]
            words += [series.name for series in chart.series]
            words += [
                format_shown(figures[v]) for s in chart.series for v in s.values if v in figures
            ]
            words.append(chart.note or "")
            text = " ".join(word for word in words if word)
            self._add(Entry(tab, "chart", chart.id, text, slides.chart.get(chart.id, block_slide)))
        for image in block.images:
            text = f"{image.caption} {image.credit}"
            self._add(Entry(tab, "image", image.id, text, slides.image.get(image.id, block_slide)))
        if name == BODY:
            self._paragraphs(block, tab, block_slide, name)

    def _paragraphs(self, block: Block, tab: int, slide: int, name: str) -> None:
        base = 0
        for number, paragraph in enumerate(block.paragraphs):
            entry = Entry(tab, "text", name, paragraph, slide, number, base, every=True)
            self._add(entry)
            base += len(paragraph) + 1

    def _add(self, entry: Entry) -> None:
        folded, offsets = _folded_with_offsets(entry.text)
        self.entries.append(
            Entry(
                entry.tab,
                entry.where,
                entry.target,
                entry.text,
                entry.slide,
                entry.paragraph,
                entry.base,
                entry.every,
                folded,
                offsets,
            )
        )

    def find(self, query: str) -> list[Hit]:
        """Every hit of ``query`` in reading order; none for an empty or blank query. A card,
        chart, picture, heading or note is one hit however often it holds the words; the text
        has a hit for each time."""
        needle = fold(query).strip()
        if not needle:
            return []
        hits: list[Hit] = []
        size = len(needle)
        for entry in self.entries:
            folded = entry.folded
            at = folded.find(needle)
            while at >= 0:
                offsets = entry.offsets
                end = offsets[at + size - 1] + 1
                hits.append(Hit(entry, offsets[at], end))
                if not entry.every:
                    break
                at = folded.find(needle, at + size)
        return hits


def first_from(hits: list[Hit], tab: int) -> int:
    """The hit to show first: the first on the tab on screen or after it, else the first."""
    for index, hit in enumerate(hits):
        if hit.tab >= tab:
            return index
    return 0
