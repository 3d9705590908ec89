"""The briefing dataset format: frozen pydantic models, no Qt, unknown keys refused.

Structure only lives here (types, ranges, the forms a qualifier or an id may take). Checks that
need the whole document or the files beside it (references, derived figures, quotes against the
article, image files) are in ``briefing.model.checks`` and are run by the one loader.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from briefing.model.problems import QT_TRANSLATE_NOOP, InvalidValueError, Message, got

FORMAT_VERSION = 1
MAX_DIGITS = 20  # of a number, before the point and after it

# Qualifiers as printed. A template with "…" holds the number and its own measure word
# ("第…位" prints 第34位); "余" follows the number ("400余家"); the others precede it ("突破330家").
SUFFIX_QUALIFIERS = frozenset({"余", "多"})
PREFIX_QUALIFIERS = frozenset({"突破", "超", "超过", "逾", "近", "约", "达"})
TEMPLATE_MARK = "…"

ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}$"
INPUT_NAME_PATTERN = r"^[a-z]\w{0,15}$"
INPUT_PATTERN = r"^[a-z0-9][a-z0-9-]{0,63}(\.change)?$"

# How much a briefing may hold. No real report comes near (a statistical communiqué or a work
# report has a few hundred figures; the bundled briefing repeated 64 times has 192 sections,
# 4,354 figures, 1,730 cards and 704 charts); past them a dataset is refused at once, by
# counting the parsed JSON, before any item of it is validated (briefing.model.limits).
MAX_SECTIONS = 500
# In one block (the lead or a section): each list's most items.
BLOCK_LIMITS = {"paragraphs": 1000, "figures": 1000, "cards": 500, "charts": 200, "images": 200}
# In the whole briefing, the lead and every section together.
BRIEFING_LIMITS = {
    "paragraphs": 20000,
    "figures": 10000,
    "cards": 4000,
    "charts": 2000,
    "images": 1000,
}
MAX_NOTES = 100  # of one slide (a section, a card's figure, a chart or a picture)
MAX_INPUTS = 20  # of one derivation
MAX_CATEGORIES = 60  # of one chart (48 months fit), and so the values of each of its series
MAX_SERIES = 6


def _finite_decimal(value: Any) -> Decimal:
    """Accept JSON numbers only (never strings or booleans), refuse NaN, infinity and numbers
    of absurd size (1e9999999 is 9 bytes that print as ten million digits)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        message = (
            Message(QT_TRANSLATE_NOOP("Problems", "got a string {text!r}"), text=value)
            if isinstance(value, str)
            else got(value)
        )
        raise InvalidValueError(message, Message(QT_TRANSLATE_NOOP("Problems", "a number")))
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        raise InvalidValueError(
            Message(QT_TRANSLATE_NOOP("Problems", "got {value}"), value=value),
            Message(QT_TRANSLATE_NOOP("Problems", "a finite number (not NaN or infinity)")),
        )
    exponent = number.as_tuple().exponent
    if number.adjusted() + 1 > MAX_DIGITS or (isinstance(exponent, int) and exponent < -MAX_DIGITS):
        raise InvalidValueError(
            Message(QT_TRANSLATE_NOOP("Problems", "got a number of too many digits")),
            Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "at most {digits} digits before the point and {digits} after it"
                ),
                digits=MAX_DIGITS,
            ),
        )
    return number


Number = Annotated[
    Decimal,
    BeforeValidator(_finite_decimal),
    WithJsonSchema({"type": "number"}),
]
Text = Annotated[str, StringConstraints(strip_whitespace=False, min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Identifier = Annotated[
    str,
    StringConstraints(pattern=ID_PATTERN),
    Field(description="Lower-case letters, digits and hyphens; unique in the briefing."),
]
Unit = Annotated[str, StringConstraints(max_length=12)]
NOTES_DESCRIPTION = "What a presenter would say, drawn from the article."


def _notes(whose: str) -> Any:
    """The speaker notes of a slide: a section's, or those of one chart, picture or card."""
    return Field(
        default_factory=list, max_length=MAX_NOTES, description=f"{NOTES_DESCRIPTION} {whose}"
    )


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=False)


class Change(_Model):
    """A change against the year before, as the article states it."""

    kind: Literal["percent", "places", "multiple", "absolute"] = Field(
        description=(
            "percent: 增长196% (amount 196); places: a rank moved, 提升10位 (amount is the "
            "change in the rank number, -10); multiple: 翻了一番 (amount is the factor, 2); "
            "absolute: in the figure's unit."
        )
    )
    amount: Number = Field(description="Signed; for a multiple, the factor.")
    unit: Unit = Field(
        default="",
        description="How the article counts the change when it is not %, e.g. 位 or 个位次.",
    )
    printed: Text | None = Field(
        default=None,
        description="The words as printed when they are not a number, e.g. 翻了一番.",
    )
    since: ShortText | None = Field(
        default=None,
        description="What the change is against when it is not the year before, as its "
        "sentence prints it: 比2020年增长50% is since 2020年, shown as 较2020年.",
    )


class Derivation(_Model):
    """How a figure the article does not state is computed from figures it does state."""

    formula: Annotated[str, StringConstraints(min_length=1, max_length=200)] = Field(
        description="Arithmetic over the input names: + - * / and parentheses, "
        "e.g. a / (1 + b / 100).",
    )
    inputs: dict[
        Annotated[str, StringConstraints(pattern=INPUT_NAME_PATTERN)],
        Annotated[str, StringConstraints(pattern=INPUT_PATTERN)],
    ] = Field(
        min_length=1,
        max_length=MAX_INPUTS,
        description="Name -> figure id, or figure id + '.change' for the amount of its change.",
    )
    approximate: bool = Field(
        default=False,
        description="True when the inputs are rounded or the words are loose (翻了一番 is "
        "about ×2), so the result is only close to the real figure; it is then shown with 约 / ≈.",
    )
    note: Text | None = Field(default=None, description="Why, in a reader's words.")


class Figure(_Model):
    """One number: stated by the article (with its quote) or derived from stated ones."""

    id: Identifier
    label: ShortText = Field(description="What a reader sees next to the number.")
    value: Number | None = Field(
        default=None,
        description="The level as printed. Null only when the article states a change and no "
        "level (比上年增长3.6%): the figure is then its change, shown as 较上年 and charted as "
        "the change's amount.",
    )
    unit: Unit = Field(
        description="As printed: 人, 万人, 亿元, 万元, 家, 项, 位, %, …; may be empty."
    )
    qualifier: Annotated[str, StringConstraints(max_length=8)] | None = Field(
        default=None,
        description="As printed: 余, 突破, 前…强, 第…位 (… stands for the number).",
    )
    printed: ShortText | None = Field(
        default=None,
        description="The figure exactly as printed when it is not in digits, e.g. 五大类.",
    )
    better: Literal["higher", "lower"] = Field(
        default="higher", description="Which way is good: lower for a rank."
    )
    change: Change | None = None
    unit_printed_in: ShortText | None = Field(
        default=None,
        description="Where the unit is printed when the quote does not print it beside the "
        "number: a table's header such as 单位：万吨, which the article must print and which "
        "must hold the unit. The quote then needs only the number.",
    )
    quote: Text | None = Field(
        default=None,
        description="The sentence of the article the figure comes from, verbatim (no line breaks).",
    )
    derived: Derivation | None = Field(
        default=None, description="Present when the article does not state the figure."
    )
    notes: list[Text] = _notes(
        "Shown on the slide that holds this card (only a card is on a slide); without any, "
        "the slide shows its section's notes."
    )


class Series(_Model):
    name: ShortText = Field(description="Legend entry, e.g. 2024年.")
    values: list[Identifier] = Field(
        min_length=1,
        max_length=MAX_CATEGORIES,
        description="One figure id per category, in category order.",
    )


class Chart(_Model):
    id: Identifier
    kind: Literal[
        "bars", "grouped_bars", "horizontal_bars", "rank_change", "composition", "time_series"
    ] = Field(
        description=(
            "bars: vertical bars; grouped_bars: a year against the year before; horizontal_bars: "
            "long labels; rank_change: ranks, lower is better, drawn better-is-up; "
            "composition: the parts of one whole (产业结构, shares), one stacked bar per series, "
            "the parts adding up to the whole; time_series: one figure over years, the "
            "categories being the years in order."
        )
    )
    title: ShortText
    unit: Unit | None = Field(
        description="The unit every value shares (one axis cannot compare 家 with 人); null or "
        "empty for unitless figures such as ratios, and then no unit line is shown.",
    )
    categories: list[ShortText] = Field(min_length=1, max_length=MAX_CATEGORIES)
    series: list[Series] = Field(min_length=1, max_length=MAX_SERIES)
    total: Identifier | None = Field(
        default=None,
        description="composition only: the figure the parts add up to. Without it, parts in % "
        "(or a unitless structure such as 1.8:14.8:83.4) add up to 100.",
    )
    note: Text | None = None
    notes: list[Text] = _notes(
        "Shown on this chart's slide; without any, the slide shows its section's notes."
    )


class Image(_Model):
    id: Identifier
    file: Annotated[str, StringConstraints(min_length=1, max_length=255)] = Field(
        description="Relative to the dataset folder, '/' separated, staying inside it.",
    )
    caption: Text
    credit: ShortText
    alt: Text = Field(description="What the picture shows, for a reader who cannot see it.")
    kind: Literal["illustration", "photograph"]
    notes: list[Text] = _notes(
        "Shown on this picture's slide; without any, the slide shows its section's notes."
    )


def _in_all(kind: str) -> str:
    return f"At most {BRIEFING_LIMITS[kind]:,} {kind} in the whole briefing, lead and sections."


class Block(_Model):
    """Text with its figures, cards, charts and images: the lead, or a section's body."""

    paragraphs: list[Text] = Field(
        default_factory=list,
        max_length=BLOCK_LIMITS["paragraphs"],
        description=_in_all("paragraphs"),
    )
    figures: list[Figure] = Field(
        default_factory=list, max_length=BLOCK_LIMITS["figures"], description=_in_all("figures")
    )
    cards: list[Identifier] = Field(
        default_factory=list,
        max_length=BLOCK_LIMITS["cards"],
        description="Ids of this block's figures shown as stat cards, in order. "
        + _in_all("cards"),
    )
    charts: list[Chart] = Field(
        default_factory=list, max_length=BLOCK_LIMITS["charts"], description=_in_all("charts")
    )
    images: list[Image] = Field(
        default_factory=list, max_length=BLOCK_LIMITS["images"], description=_in_all("images")
    )


class Section(Block):
    id: Identifier
    heading: list[ShortText] = Field(
        min_length=1,
        max_length=2,
        description="The printed heading, whole (一、综合) or in its two halves (科技领航　"
        "人才集聚); the first part names the tab.",
    )
    summary: ShortText = Field(description="One line saying what the section shows.")
    notes: list[Text] = _notes(
        "Shown on every slide of the section that has no notes of its own (its heading, and "
        "its cards, charts and pictures without notes)."
    )


class Briefing(_Model):
    format_version: Literal[1] = Field(description="Version of this format.")
    title: ShortText
    title_supplied: bool = Field(
        default=False,
        description="True when the article prints no title and the author supplied this one; "
        "it is then not checked against the article, and the source line names the publisher "
        "only.",
    )
    subtitle: ShortText | None = Field(default=None, description="The series line, if printed.")
    publisher_line: ShortText = Field(description="The byline as printed.")
    author: ShortText | None = None
    photographer: ShortText | None = None
    year: Annotated[int, Field(ge=1900, le=2200, strict=True)]
    article: Annotated[str, StringConstraints(min_length=1, max_length=255)] = Field(
        description="The article text, relative to the dataset folder; every quote is checked "
        "in it.",
    )
    lead: Block
    sections: list[Section] = Field(min_length=1, max_length=MAX_SECTIONS)

    def blocks(self) -> list[tuple[str, Block]]:
        """The lead and the sections, each with the name a reader knows it by."""
        return [("导语", self.lead), *((s.heading[0], s) for s in self.sections)]

    def block_places(self) -> list[tuple[tuple[str | int, ...], Block]]:
        """The lead and the sections, each with its place in the document (``("lead",)``,
        ``("sections", 2)``): the start of the JSON path a problem in it is named by."""
        return [
            (("lead",), self.lead),
            *((("sections", i), s) for i, s in enumerate(self.sections)),
        ]

    def figures(self) -> dict[str, Figure]:
        """Every figure by id (ids are unique once the loader has checked the document)."""
        return dict(_index(self).figures)

    def charts(self) -> list[Chart]:
        """Every chart, the lead's first, in the order the briefing shows them."""
        return list(_index(self).in_order)

    def figure(self, figure_id: str) -> Figure:
        """The figure with this id; KeyError when there is none."""
        return _index(self).figures[figure_id]

    def chart(self, chart_id: str) -> Chart:
        """The chart with this id (the first, should two share it); KeyError when there is
        none."""
        return _index(self).charts[chart_id]

    def image(self, image_id: str) -> Image:
        """The image with this id (the first, should two share it); KeyError when there is
        none."""
        return _index(self).images[image_id]


@dataclass(frozen=True)
class _Index:
    figures: dict[str, Figure]  # the last of an id, as a dict made in document order keeps it
    charts: dict[str, Chart]  # the first of an id
    images: dict[str, Image]
    in_order: tuple[Chart, ...]  # every chart, the lead's first


# Each briefing's items by id, made once: a lookup by id (an export's for each of 700 charts)
# costs no walk through the briefing. Kept by the briefing's identity while it lives (a model
# made by model_copy is another briefing, with an index of its own); its fields are frozen.
_INDEXES: dict[int, tuple[weakref.ref[Briefing], _Index]] = {}


def _index(briefing: Briefing) -> _Index:
    key = id(briefing)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is briefing:
        return entry[1]
    blocks = [block for _, block in briefing.blocks()]
    index = _Index(
        {figure.id: figure for block in blocks for figure in block.figures},
        {},
        {},
        tuple(chart for block in blocks for chart in block.charts),
    )
    for block in reversed(blocks):
        index.charts.update((chart.id, chart) for chart in reversed(block.charts))
        index.images.update((image.id, image) for image in reversed(block.images))
    _INDEXES[key] = (weakref.ref(briefing, lambda _ref: _INDEXES.pop(key, None)), index)
    return index


def json_schema() -> dict[str, Any]:
    schema = Briefing.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "briefing dataset"
    return schema
