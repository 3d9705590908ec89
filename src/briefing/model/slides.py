"""The slides of a show, derived from the dataset (no Qt): what each slide holds, in order."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefing.model import Block, Briefing

SlideKind = Literal["title", "cards", "section", "chart", "image", "closing"]
CARDS_PER_SLIDE = 4  # 2×2: a card's value stays large on a projector
# A heading that numbers itself: 一、, （一）, 第一部分, 1.
NUMBERED = re.compile(
    r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分|[0-9]+[、.．]"
)


def numbers_itself(heading: str) -> bool:
    """Whether a section's heading starts with its own number (一、综合, （三）…): its divider
    slide then prints no 第N部分 over it, in the show and in the deck."""
    return NUMBERED.match(heading) is not None


@dataclass(frozen=True)
class Slide:
    kind: SlideKind
    title: str  # what the slide is headed with
    section: int | None = None  # index in briefing.sections; None for the title, lead, closing
    figures: tuple[str, ...] = ()  # a cards slide: its figure ids, in order
    chart: str | None = None  # a chart slide: the chart id
    image: str | None = None  # an image slide: the image id
    page: tuple[int, int] = (1, 1)  # a cards slide: page k of n of its block's cards

    @property
    def label(self) -> str:
        """A short name for the slide, for the grid and the console."""
        if self.kind == "cards" and self.page[1] > 1:
            return f"{self.title}（{self.page[0]}/{self.page[1]}）"
        return self.title


def _block_slides(
    block: Block, title: str, section: int | None, cards_per_slide: int
) -> list[Slide]:
    slides = []
    count = len(block.cards)
    # Even pages: nine cards make three slides of three, not four, four and one.
    per_page = -(-count // -(-count // cards_per_slide)) if count else cards_per_slide
    pages = [tuple(block.cards[start : start + per_page]) for start in range(0, count, per_page)]
    for number, figures in enumerate(pages, start=1):
        slides.append(Slide("cards", title, section, figures=figures, page=(number, len(pages))))
    charts = {chart.id: chart for chart in block.charts}
    slides += [Slide("chart", charts[c].title, section, chart=c) for c in charts]
    slides += [Slide("image", image.caption, section, image=image.id) for image in block.images]
    return slides


def build_slides(
    briefing: Briefing, cards_per_slide: int = CARDS_PER_SLIDE, *, lead_title: str = "导语"
) -> list[Slide]:
    """Title; the lead's cards and pictures; for each section its heading, its cards (as many
    slides as it takes to keep them large), each chart alone, its pictures; a closing slide.

    ``lead_title`` heads the lead's slides: the caller passes it in the UI language."""
    slides = [Slide("title", briefing.title)]
    slides += _block_slides(briefing.lead, lead_title, None, cards_per_slide)
    for index, section in enumerate(briefing.sections):
        slides.append(Slide("section", "　".join(section.heading), index))
        slides += _block_slides(section, section.heading[0], index, cards_per_slide)
    slides.append(Slide("closing", briefing.title))
    return slides


def section_start(slides: list[Slide], section: int) -> int:
    """The index of a section's heading slide (Shift+F5 starts there)."""
    for index, slide in enumerate(slides):
        if slide.kind == "section" and slide.section == section:
            return index
    return 0


@dataclass(frozen=True)
class SlideNotes:
    """What a presenter reads over a slide, and whose words they are."""

    lines: tuple[str, ...]
    # "own": the slide's chart, picture or cards give them; "section": the slide has none of
    # its own and shows its section's; "lead": a title or lead slide, over which the lead is
    # said; "none": nothing to read.
    source: Literal["own", "section", "lead", "none"]

    @property
    def own(self) -> bool:
        return self.source == "own"


def _own_notes(briefing: Briefing, slide: Slide) -> tuple[str, ...]:
    if slide.chart is not None:
        return tuple(briefing.chart(slide.chart).notes)
    if slide.image is not None:
        return tuple(briefing.image(slide.image).notes)
    if slide.figures:
        figures = briefing.figures()
        return tuple(line for f in slide.figures if f in figures for line in figures[f].notes)
    return ()


def slide_notes(briefing: Briefing, slide: Slide) -> SlideNotes:
    """A slide's own notes (its chart's, its picture's, its cards' in order); else its
    section's; else, for the title and the lead's slides, the lead's paragraphs; the closing
    slide has none."""
    own = _own_notes(briefing, slide)
    if own:
        return SlideNotes(own, "own")
    if slide.section is not None:
        notes = tuple(briefing.sections[slide.section].notes)
        return SlideNotes(notes, "section" if notes else "none")
    if slide.kind != "closing" and briefing.lead.paragraphs:
        return SlideNotes(tuple(briefing.lead.paragraphs), "lead")
    return SlideNotes((), "none")
