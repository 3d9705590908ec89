"""Find in a briefing (no Qt): every piece of text a reader sees, where it is on the pages and
which slide of the show holds it, searched case-insensitively with full-width forms folded.

The index is built once per loaded briefing: its entries' folded texts end to end in one
string, which a query scans with ``str.find`` (no regular expressions), one call per hit, so a
keystroke costs a scan of the text and little more (bench/bench_find.py).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, overload

from briefing.model.formatting import change_text, format_shown
from briefing.model.schema import Block, Briefing, Figure
from briefing.model.slides import Slide, slide_notes

# Where a hit is shown: a stat card, a chart, a picture, a paragraph of the text, the section's
# heading or summary line, or the speaker notes (shown in the show's console only).
Where = Literal["card", "chart", "image", "text", "heading", "summary", "notes"]
LEAD = "lead"  # the block of a text hit on the first tab: the lead's text, not the section's
BODY = "body"


def fold(text: str) -> str:
    """Text as it is compared: NFKC (full-width ２.９６ and ，are 2.96 and ,) and case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _folded_with_offsets(text: str) -> tuple[str, tuple[int, ...] | None]:
    """``fold(text)``, with the index in ``text`` each folded character comes from, or None when
    each is where it was (the usual case: folding kept the length). NFKC may turn one character
    into several (㎡ is m2), or a letter and its accent into one: then it is folded character by
    character, so every folded character has its place."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded, None
    parts: list[str] = []
    offsets: list[int] = []
    for index, character in enumerate(text):
        one = _FOLDED.get(character)
        if one is None:
            one = _FOLDED[character] = fold(character)
        parts.append(one)
        offsets.extend([index] * len(one))
    return "".join(parts), tuple(offsets)


_FOLDED: dict[str, str] = {}  # a character -> its folded form, as met


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
    offsets: tuple[int, ...] | None = None  # folded index -> index in text; None: the same


class Hit(NamedTuple):
    """One match: its entry, and where in the entry's text it is (start, end). A tuple: a
    one-character query in a long briefing makes thousands of them per keystroke."""

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


def note_sources(
    briefing: Briefing, slides: Sequence[Slide]
) -> Iterator[tuple[int, int | None, tuple[str, ...]]]:
    """(tab, slide or None for the section's own slide, lines) of every speaker note: a
    section's, then the notes a chart, a picture or a card's figures give their own slide (the
    notes slide_notes shows for it), so a note is found on the slide that reads it."""
    for index, section in enumerate(briefing.sections):
        yield index, None, tuple(section.notes)
    for number, slide in enumerate(slides):
        notes = slide_notes(briefing, slide)
        if notes.own:
            yield slide.section or 0, number, notes.lines


class SearchIndex:
    """Every text of a briefing a reader can find, in reading order (the order of the pages)."""

    def __init__(self, briefing: Briefing, slides: list[Slide]) -> None:
        self.entries: list[Entry] = []
        self._slides = _Slides(slides)
        lead = briefing.lead
        sections = briefing.sections
        notes: dict[int, list[tuple[int | None, tuple[str, ...]]]] = {}
        for tab, number, lines in note_sources(briefing, slides):
            notes.setdefault(tab, []).append((number, lines))
        for tab, section in enumerate(sections):
            if tab == 0:
                self._block(lead, 0, None, LEAD)
            slide = self._slides.of_block(tab)
            self._add(tab, "heading", "", "　".join(section.heading), slide)
            self._add(tab, "summary", "", section.summary, slide)
            self._block(section, tab, tab, BODY)
            for number, lines in notes.get(tab, []):
                for line in lines:
                    self._add(tab, "notes", "", line, slide if number is None else number)
        # One text to search, the entries' folded texts end to end: a query is one str.find
        # per hit, not one per entry. NUL never occurs in a query, so no match spans two.
        self._starts: list[int] = []
        at = 0
        for entry in self.entries:
            self._starts.append(at)
            at += len(entry.folded) + 1
        self._text = "\0".join(entry.folded for entry in self.entries)
        self._tab_starts = [0] * (len(sections) + 1)  # the first entry of each tab, and the end
        for number in range(len(self.entries) - 1, -1, -1):
            self._tab_starts[self.entries[number].tab] = number
        self._tab_starts[len(sections)] = len(self.entries)

    def _block(self, block: Block, tab: int, section: int | None, name: str) -> None:
        """A block in the order its page shows it: the lead's text first, a section's last."""
        slides = self._slides
        block_slide = slides.of_block(section)
        if name == LEAD:
            self._paragraphs(block, tab, block_slide, name)
        figures = {figure.id: figure for figure in block.figures}
        for card in block.cards:
            slide = slides.figure.get(card, block_slide)
            self._add(tab, "card", card, figure_text(figures[card]), slide)
        for chart in block.charts:
            words = [chart.title, chart.unit or "", *chart.categories]
            words += [series.name for series in chart.series]
            words += [
                format_shown(figures[v]) for s in chart.series for v in s.values if v in figures
            ]
            words.append(chart.note or "")
            text = " ".join(word for word in words if word)
            self._add(tab, "chart", chart.id, text, slides.chart.get(chart.id, block_slide))
        for image in block.images:
            text = f"{image.caption} {image.credit}"
            self._add(tab, "image", image.id, text, slides.image.get(image.id, block_slide))
        if name == BODY:
            self._paragraphs(block, tab, block_slide, name)

    def _paragraphs(self, block: Block, tab: int, slide: int, name: str) -> None:
        base = 0
        for number, paragraph in enumerate(block.paragraphs):
            self._add(tab, "text", name, paragraph, slide, paragraph=number, base=base, every=True)
            base += len(paragraph) + 1

    def _add(
        self,
        tab: int,
        where: Where,
        target: str,
        text: str,
        slide: int,
        *,
        paragraph: int = -1,
        base: int = 0,
        every: bool = False,
    ) -> None:
        folded, offsets = _folded_with_offsets(text)
        entry = Entry(tab, where, target, text, slide, paragraph, base, every, folded, offsets)
        self.entries.append(entry)

    def find(self, query: str) -> Hits:
        """Every hit of ``query`` in reading order; none for an empty or blank query. A card,
        chart, picture, heading or note is one hit however often it holds the words; the text
        has a hit for each time."""
        needle = fold(query).strip()
        if not needle or "\0" in needle:
            return Hits(self, [], [], 0)
        text, starts, entries = self._text, self._starts, self.entries
        size = len(needle)
        # Plain ints, never tuples: thousands of hits a keystroke allocate nothing the cycle
        # collector walks, and a Hit is made only when asked for.
        positions: list[int] = []
        owners: list[int] = []
        at = text.find(needle)
        while at >= 0:
            owner = bisect_right(starts, at) - 1
            positions.append(at - starts[owner])
            owners.append(owner)
            entry = entries[owner]
            # One hit per card or chart: on from the end of the entry.
            after = at + size if entry.every else starts[owner] + len(entry.folded)
            at = text.find(needle, after)
        return Hits(self, positions, owners, size)

    def first_entry_of(self, tab: int) -> int:
        """The index of the first entry on ``tab`` or after it."""
        return self._tab_starts[max(0, min(tab, len(self._tab_starts) - 1))]


class Hits(Sequence[Hit]):
    """The hits of one query, in reading order; each Hit made when it is read."""

    def __init__(
        self, index: SearchIndex, positions: list[int], owners: list[int], size: int
    ) -> None:
        self._index = index
        self._positions = positions
        self._owners = owners
        self._size = size

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, item: int) -> Hit: ...
    @overload
    def __getitem__(self, item: slice) -> list[Hit]: ...
    def __getitem__(self, item: int | slice) -> Hit | list[Hit]:
        if isinstance(item, slice):
            return [self[number] for number in range(*item.indices(len(self)))]
        entry = self._index.entries[self._owners[item]]
        at, offsets = self._positions[item], entry.offsets
        if offsets is None:
            return Hit(entry, at, at + self._size)
        return Hit(entry, offsets[at], offsets[at + self._size - 1] + 1)

    def first_from(self, tab: int) -> int:
        """The hit to show first: the first on the tab on screen or after it, else the first."""
        found = bisect_left(self._owners, self._index.first_entry_of(tab))
        return found if found < len(self) else 0
