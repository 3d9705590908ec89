"""Checks that need the whole briefing and its folder: ids, references, derived figures, quotes
against the article, and image files. Each check yields problems; none raises."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath, PureWindowsPath

from briefing.model.formatting import (
    MULTIPLE_PHRASES,
    change_token,
    format_figure,
    format_number,
    parse_chinese_number,
    qualifier_problem,
)
from briefing.model.formula import FormulaError, evaluate, names, round_like
from briefing.model.problems import Problem, json_path
from briefing.model.schema import Block, Briefing, Chart, Figure, Image

_SENTENCE_END = "。！？!?"
_CLOSING = "”’」』)）"


class PathOutsideError(ValueError):
    """A dataset path that is absolute or leaves the dataset folder."""


def resolve_inside(folder: Path, relative: str) -> Path:
    """The real path of a file named relative to the dataset folder, refusing any way out of it.

    Absolute paths, drive letters, backslashes and ``..`` are refused before the file system is
    touched; then symlinks are followed and the real path must still lie inside the folder.
    """
    if "\x00" in relative:
        raise PathOutsideError("the path holds a NUL character")
    if "\\" in relative or PureWindowsPath(relative).drive or PurePosixPath(relative).is_absolute():
        raise PathOutsideError(f"{relative!r} is not a relative path with '/' separators")
    if ".." in PurePosixPath(relative).parts:
        raise PathOutsideError(f"{relative!r} leaves the dataset folder with '..'")
    try:
        root = folder.resolve()
        target = (root / relative).resolve()
    except (OSError, ValueError) as error:  # a name too long, a link loop
        raise PathOutsideError(f"the path cannot be used: {error}") from None
    if not target.is_relative_to(root):
        raise PathOutsideError(f"{relative!r} leads outside the dataset folder (to {target})")
    return target


@dataclass(frozen=True)
class Article:
    """The article text with line breaks removed, and where its sentences start and end."""

    raw: str
    text: str = field(init=False)
    boundaries: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        text_parts: list[str] = []
        boundaries = {0}
        position = 0
        for line in self.raw.replace("\r\n", "\n").split("\n"):
            if line.strip():
                boundaries.add(position)  # a paragraph starts; headings end with no full stop
                text_parts.append(line)
                position += len(line)
                boundaries.add(position)
        text = "".join(text_parts)
        for index, char in enumerate(text):
            if char in _SENTENCE_END:
                end = index + 1
                while end < len(text) and text[end] in _CLOSING:
                    end += 1
                boundaries.add(end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "boundaries", frozenset(boundaries))

    def contains(self, passage: str) -> bool:
        return passage in self.text

    def is_sentence(self, passage: str) -> bool:
        """The passage is found and runs from one sentence boundary to another."""
        start = self.text.find(passage)
        while start != -1:
            if start in self.boundaries and start + len(passage) in self.boundaries:
                return True
            start = self.text.find(passage, start + 1)
        return False


def mentions(sentence: str, token: str) -> bool:
    """The sentence states the token, not as part of a longer number (5名 is not in 35名)."""
    tail = r"(?![0-9])" if token[-1:].isdigit() else ""
    return re.search(rf"(?<![0-9.]){re.escape(token)}{tail}", sentence) is not None


def check_briefing(briefing: Briefing, folder: Path, article: Article, file: str) -> list[Problem]:
    """Every problem of a structurally valid briefing, in document order."""
    checker = _Checker(briefing, folder, article, file)
    return list(checker.run())


class _Checker:
    def __init__(self, briefing: Briefing, folder: Path, article: Article, file: str) -> None:
        self.briefing = briefing
        self.folder = folder
        self.article = article
        self.file = file
        self.figures = briefing.figures()

    def problem(self, path: tuple[str | int, ...], message: str, expected: str) -> Problem:
        return Problem(self.file, json_path(*path), message, expected)

    def run(self) -> Iterator[Problem]:
        yield from self.check_ids()
        for name in ("title", "subtitle"):
            passage = getattr(self.briefing, name)
            if not self.article.contains(passage):
                yield self.problem((name,), f"{passage!r} is not in the article", "its exact words")
        blocks: list[tuple[tuple[str | int, ...], Block]] = [(("lead",), self.briefing.lead)]
        blocks += [(("sections", i), s) for i, s in enumerate(self.briefing.sections)]
        for where, block in blocks:
            yield from self.check_block(where, block)
        for index, section in enumerate(self.briefing.sections):
            for half, words in enumerate(section.heading):
                if not self.article.contains(words):
                    yield self.problem(
                        ("sections", index, "heading", half),
                        f"{words!r} is not a heading of the article",
                        "the heading's exact words",
                    )

    def check_ids(self) -> Iterator[Problem]:
        seen: dict[str, str] = {}
        for path, item_id in self.all_ids():
            where = json_path(*path)
            if item_id in seen:
                yield self.problem(
                    (*path, "id"), f"duplicate id {item_id!r}", f"an id not used at {seen[item_id]}"
                )
            else:
                seen[item_id] = where

    def all_ids(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        blocks: list[tuple[tuple[str | int, ...], Block]] = [(("lead",), self.briefing.lead)]
        for i, section in enumerate(self.briefing.sections):
            yield ("sections", i), section.id
            blocks.append((("sections", i), section))
        for where, block in blocks:
            kinds: list[tuple[str, Sequence[Figure | Chart | Image]]] = [
                ("figures", block.figures),
                ("charts", block.charts),
                ("images", block.images),
            ]
            for kind, items in kinds:
                for j, item in enumerate(items):
                    yield (*where, kind, j), item.id

    def check_block(self, where: tuple[str | int, ...], block: Block) -> Iterator[Problem]:
        for i, paragraph in enumerate(block.paragraphs):
            if not self.article.contains(paragraph):
                yield self.problem(
                    (*where, "paragraphs", i),
                    f"paragraph starting {paragraph[:20]!r} is not the article's text",
                    "the article's words, line breaks removed",
                )
        own = {figure.id for figure in block.figures}
        for i, figure in enumerate(block.figures):
            yield from self.check_figure((*where, "figures", i), figure)
        for i, card in enumerate(block.cards):
            if card not in own:
                yield self.problem(
                    (*where, "cards", i), f"card {card!r} is not a figure here", "an id of a figure"
                )
            elif card in block.cards[:i]:
                yield self.problem((*where, "cards", i), f"card {card!r} twice", "each once")
        for i, chart in enumerate(block.charts):
            yield from self.check_chart((*where, "charts", i), chart, own)
        for i, image in enumerate(block.images):
            yield from self.check_image((*where, "images", i), image)

    def check_figure(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        if figure.qualifier is not None:
            reason = qualifier_problem(figure.qualifier, figure.unit)
            if reason:
                yield self.problem((*path, "qualifier"), reason, "a qualifier as printed")
        if figure.printed is not None:
            yield from self.check_printed(path, figure)
        if (figure.quote is None) == (figure.derived is None):
            yield self.problem(
                path,
                "a figure needs either a quote (stated) or a derivation (computed), not "
                + ("both" if figure.quote else "neither"),
                "exactly one of 'quote' and 'derived'",
            )
        if figure.quote is not None:
            yield from self.check_quote(path, figure, figure.quote)
        if figure.derived is not None:
            yield from self.check_derived(path, figure)

    def check_printed(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        printed = figure.printed or ""
        digits = re.search(r"[0-9]+(?:\.[0-9]+)?", printed)
        numeral = re.search(r"[零〇一二两三四五六七八九十百千]+", printed)
        if digits:
            stated: Decimal | None = Decimal(digits.group())
        elif numeral:
            parsed = parse_chinese_number(numeral.group())
            stated = None if parsed is None else Decimal(parsed)
        else:
            stated = None
        if stated is None or stated != figure.value:
            yield self.problem(
                (*path, "printed"),
                f"{printed!r} does not print the value {format_number(figure.value)}",
                "the value in digits or Chinese numerals",
            )

    def check_quote(
        self, path: tuple[str | int, ...], figure: Figure, quote: str
    ) -> Iterator[Problem]:
        if "\n" in quote or "\r" in quote:
            yield self.problem((*path, "quote"), "the quote holds a line break", "one line")
            return
        if not self.article.contains(quote):
            yield self.problem(
                (*path, "quote"),
                f"quote starting {quote[:24]!r} is not in the article",
                "a sentence of the article, verbatim",
            )
            return
        if not self.article.is_sentence(quote):
            yield self.problem(
                (*path, "quote"),
                f"quote starting {quote[:24]!r} is only part of a sentence",
                "the whole sentence, from its start to its full stop",
            )
        token = format_figure(figure)
        if not mentions(quote, token):
            yield self.problem(
                path, f"the quote does not state {token!r}", "the figure as its sentence prints it"
            )
        change = figure.change
        if change is not None:
            token = change_token(change)
            if not mentions(quote, token):
                yield self.problem(
                    (*path, "change"),
                    f"the quote does not state the change {token!r}",
                    "the change as its sentence prints it",
                )
            if change.kind == "multiple" and MULTIPLE_PHRASES.get(token) != change.amount:
                yield self.problem(
                    (*path, "change", "amount"),
                    f"{token!r} does not mean a factor of {format_number(change.amount)}",
                    "the factor the words mean (翻了一番 is 2)",
                )

    def check_derived(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        derivation = figure.derived
        assert derivation is not None
        where = (*path, "derived")
        try:
            used = names(derivation.formula)
        except FormulaError as error:
            yield self.problem((*where, "formula"), str(error), "arithmetic over the inputs")
            return
        if used != set(derivation.inputs):
            yield self.problem(
                (*where, "inputs"),
                f"the formula uses {sorted(used)} but the inputs are {sorted(derivation.inputs)}",
                "one input for each name in the formula",
            )
            return
        values: dict[str, Decimal] = {}
        for name, reference in derivation.inputs.items():
            figure_id, _, part = reference.partition(".")
            source = self.figures.get(figure_id)
            if source is None or source.quote is None:
                yield self.problem(
                    (*where, "inputs", name),
                    f"{reference!r} is not a stated figure",
                    "the id of a figure with a quote",
                )
                continue
            if part and source.change is None:
                yield self.problem(
                    (*where, "inputs", name),
                    f"{figure_id!r} has no change",
                    "a figure with a change",
                )
                continue
            values[name] = source.change.amount if part and source.change else source.value
        if len(values) != len(derivation.inputs):
            return
        try:
            result = evaluate(derivation.formula, values)
        except FormulaError as error:
            yield self.problem((*where, "formula"), str(error), "a formula that can be computed")
            return
        try:
            rounded = round_like(result, figure.value)
        except ArithmeticError:  # decimal: too many digits to round to the stored places
            yield self.problem(
                (*path, "value"),
                f"{derivation.formula} gives a number too large to compare",
                "inputs of ordinary size",
            )
            return
        if rounded != figure.value:
            yield self.problem(
                (*path, "value"),
                f"stored {format_number(figure.value)} but {derivation.formula} gives "
                f"{format_number(rounded)}",
                "the value the formula gives, rounded to the stored decimals",
            )

    def check_chart(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem]:
        if chart.kind == "grouped_bars" and len(chart.series) < 2:
            yield self.problem((*path, "series"), "grouped bars with one series", "two or more")
        for s, series in enumerate(chart.series):
            if len(series.values) != len(chart.categories):
                yield self.problem(
                    (*path, "series", s, "values"),
                    f"{len(series.values)} values for {len(chart.categories)} categories",
                    "one value per category",
                )
            for v, figure_id in enumerate(series.values):
                here = (*path, "series", s, "values", v)
                if figure_id not in own:
                    yield self.problem(here, f"{figure_id!r} is not a figure here", "an id")
                    continue
                figure = self.figures[figure_id]
                if chart.unit is not None and figure.unit != chart.unit:
                    yield self.problem(
                        here,
                        f"{figure_id!r} is in {figure.unit!r}, the chart in {chart.unit!r}",
                        "the chart's unit, or unit null for mixed units",
                    )
                if chart.kind == "rank_change" and figure.better != "lower":
                    yield self.problem(
                        here, f"{figure_id!r} is not a rank", "figures where lower is better"
                    )

    def check_image(self, path: tuple[str | int, ...], image: Image) -> Iterator[Problem]:
        if not self.article.contains(image.caption):
            yield self.problem(
                (*path, "caption"), "the caption is not in the article", "the caption as printed"
            )
        try:
            target = resolve_inside(self.folder, image.file)
        except PathOutsideError as error:
            yield self.problem((*path, "file"), str(error), "a file inside the dataset folder")
            return
        try:
            exists = target.is_file()
        except OSError:  # e.g. a file name too long for the file system
            exists = False
        if not exists:
            yield self.problem(
                (*path, "file"),
                f"image file {image.file!r} is missing",
                f"a file at {target}",
            )
