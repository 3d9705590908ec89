"""Checks that need the whole briefing and its folder: ids, references, derived figures, quotes
against the article, and image files. Each check yields problems; none raises."""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path

from briefing.model.article import MAX_PLACES, Article, header_units, mentions, normal_form
from briefing.model.change_checks import ChangeChecks
from briefing.model.chart_checks import ChartChecks
from briefing.model.formatting import (
    format_figure,
    format_number,
    printed_value,
    qualifier_problem,
)
from briefing.model.formula import FormulaError, evaluate, names, round_like
from briefing.model.note_checks import unshown_notes
from briefing.model.paths import LinkLoopError, PathOutsideError, resolve_inside
from briefing.model.problems import MAX_PROBLEMS, QT_TRANSLATE_NOOP, Message, Problem, json_path
from briefing.model.schema import Block, Briefing, Chart, Derivation, Figure, Image


def check_briefing(
    briefing: Briefing, folder: Path, article: Article, file: str
) -> tuple[list[Problem], list[Problem]]:
    """Every problem of a structurally valid briefing, in document order, and the warnings:
    what the viewer can do without (a missing picture is shown as a placeholder).

    The checks stop at MAX_PROBLEMS problems, the list then ending with a line that says so:
    no reader goes through more, and 10,000 quotes that are not in a 5 MB article would each
    be looked for in all of it."""
    checker = _Checker(briefing, folder, article, file)
    problems = list(itertools.islice(checker.run(), MAX_PROBLEMS + 1))
    if len(problems) > MAX_PROBLEMS:
        stopped = Message(
            QT_TRANSLATE_NOOP("Problems", "the checks stopped after {count} problems"),
            count=MAX_PROBLEMS,
        )
        problems[MAX_PROBLEMS:] = [Problem(file, "$", stopped)]
    return problems, checker.warnings


class _Checker(ChartChecks, ChangeChecks):
    def __init__(self, briefing: Briefing, folder: Path, article: Article, file: str) -> None:
        self.briefing = briefing
        self.folder = folder
        self.article = article
        self.file = file
        self.figures = briefing.figures()
        self.warnings: list[Problem] = []

    def problem(self, path: tuple[str | int, ...], message: Message, expected: Message) -> Problem:
        return Problem(self.file, json_path(*path), message, expected)

    def run(self) -> Iterator[Problem]:
        yield from self.check_ids()
        printed = {"title": not self.briefing.title_supplied, "subtitle": True}
        for name in ("title", "subtitle"):
            passage = getattr(self.briefing, name)
            if printed[name] and passage is not None and not self.article.contains(passage):
                yield self.problem(
                    (name,),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "{passage!r} is not in the article"),
                        passage=passage,
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "its exact words")),
                )
        for where, block in self.briefing.block_places():
            yield from self.check_block(where, block)
        for index, section in enumerate(self.briefing.sections):
            for half, words in enumerate(section.heading):
                if not self.article.contains(words):
                    yield self.problem(
                        ("sections", index, "heading", half),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Problems", "{words!r} is not a heading of the article"
                            ),
                            words=words,
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "the heading's exact words")),
                    )

    def check_ids(self) -> Iterator[Problem]:
        seen: dict[str, str] = {}
        for path, item_id in self.all_ids():
            where = json_path(*path)
            if item_id in seen:
                yield self.problem(
                    (*path, "id"),
                    Message(QT_TRANSLATE_NOOP("Problems", "duplicate id {id!r}"), id=item_id),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "an id not used at {place}"),
                        place=seen[item_id],
                    ),
                )
            else:
                seen[item_id] = where

    def all_ids(self) -> Iterator[tuple[tuple[str | int, ...], str]]:
        for i, section in enumerate(self.briefing.sections):
            yield ("sections", i), section.id
        for where, block in self.briefing.block_places():
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
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "paragraph starting {start!r} is not the article's text"
                        ),
                        start=paragraph[:20],
                    ),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "the article's words, line breaks removed")
                    ),
                )
        own = {figure.id for figure in block.figures}
        for i, figure in enumerate(block.figures):
            yield from self.check_figure((*where, "figures", i), figure)
        shown: set[str] = set()
        for i, card in enumerate(block.cards):
            if card not in own:
                yield self.problem(
                    (*where, "cards", i),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "card {card!r} is not a figure here"),
                        card=card,
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "an id of a figure")),
                )
            elif card in shown:
                yield self.problem(
                    (*where, "cards", i),
                    Message(QT_TRANSLATE_NOOP("Problems", "card {card!r} twice"), card=card),
                    Message(QT_TRANSLATE_NOOP("Problems", "each once")),
                )
            shown.add(card)
        yield from unshown_notes(where, block, self.problem)
        for i, chart in enumerate(block.charts):
            yield from self.check_chart((*where, "charts", i), chart, own)
        for i, image in enumerate(block.images):
            yield from self.check_image((*where, "images", i), image)

    def check_figure(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        if figure.qualifier is not None:
            reason = qualifier_problem(figure.qualifier, figure.unit)
            if reason:
                yield self.problem(
                    (*path, "qualifier"),
                    reason,
                    Message(QT_TRANSLATE_NOOP("Problems", "a qualifier as printed")),
                )
        if figure.value is None:
            yield from self.check_change_only(path, figure)
        elif figure.printed is not None:
            yield from self.check_printed(path, figure)
        if figure.unit_printed_in is not None:
            yield from self.check_header_unit(path, figure, figure.unit_printed_in)
        if (figure.quote is None) == (figure.derived is None):
            yield self.problem(
                path,
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "a figure needs either a quote (stated) or a derivation (computed), not "
                        "both",
                    )
                )
                if figure.quote
                else Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "a figure needs either a quote (stated) or a derivation (computed), not "
                        "neither",
                    )
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "exactly one of 'quote' and 'derived'")),
            )
        if figure.quote is not None:
            yield from self.check_quote(path, figure, figure.quote)
        if figure.derived is not None:
            yield from self.check_derived(path, figure)

    def check_change_only(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        """A figure without a value is the change its sentence states, nothing else."""
        if figure.change is None or figure.derived is not None or figure.printed is not None:
            yield self.problem(
                (*path, "value"),
                Message(QT_TRANSLATE_NOOP("Problems", "the figure has no value")),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "a value, or a change alone when the sentence states only the change "
                        "(比上年增长3.6%)",
                    )
                ),
            )

    def check_header_unit(
        self, path: tuple[str | int, ...], figure: Figure, header: str
    ) -> Iterator[Problem]:
        """A unit taken from a table's header: the article prints the header, the header the
        unit."""
        if not self.article.contains(header):
            yield self.problem(
                (*path, "unit_printed_in"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "{passage!r} is not in the article"),
                    passage=header,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the header's exact words")),
            )
        elif figure.unit not in header_units(header):
            # The whole unit: 吨 is not the 万吨 of 单位：万吨 (ten thousand times smaller).
            yield self.problem(
                (*path, "unit"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "the header {header!r} does not print {unit!r}"),
                    header=header,
                    unit=figure.unit,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the unit the header prints")),
            )
        elif figure.quote is not None and not self.article.heads(header, figure.quote):
            yield self.problem(
                (*path, "unit_printed_in"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "{header!r} is not the unit line of the table the quote is in"
                    ),
                    header=header,
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the nearest unit line (单位：…) above the quoted row"
                    )
                ),
            )

    def check_printed(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        printed = figure.printed or ""
        stated = printed_value(printed)
        if figure.value is not None and stated != figure.value:
            yield self.problem(
                (*path, "printed"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "{printed!r} does not print the value {value}"),
                    printed=printed,
                    value=format_number(figure.value),
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the value in digits or Chinese numerals")),
            )

    def check_quote(
        self, path: tuple[str | int, ...], figure: Figure, quote: str
    ) -> Iterator[Problem]:
        if "\n" in quote or "\r" in quote:
            yield self.problem(
                (*path, "quote"),
                Message(QT_TRANSLATE_NOOP("Problems", "the quote holds a line break")),
                Message(QT_TRANSLATE_NOOP("Problems", "one line")),
            )
            return
        if not self.article.contains(quote):
            yield self.problem(
                (*path, "quote"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "quote starting {start!r} is not in the article"),
                    start=quote[:24],
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "a sentence of the article, verbatim")),
            )
            return
        places = self.article.sentence_places(quote)
        if places == "too often":
            yield self.problem(
                (*path, "quote"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "quote starting {start!r} is printed at over {count} places"
                    ),
                    start=quote[:24],
                    count=MAX_PLACES,
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "a sentence the article prints once or a few times"
                    )
                ),
            )
            return
        if places == "part":
            yield self.problem(
                (*path, "quote"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "quote starting {start!r} is only part of a sentence"
                    ),
                    start=quote[:24],
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the whole sentence, from its start to its full stop"
                    )
                ),
            )
        said = normal_form(quote)  # 41,541 万元 states 41541万元
        token = format_figure(figure)
        if figure.value is not None and not mentions(said, normal_form(token)):
            yield self.problem(
                path,
                Message(
                    QT_TRANSLATE_NOOP("Problems", "the quote does not state {token!r}"), token=token
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the figure as its sentence prints it")),
            )
        yield from self.check_change(path, figure, said)

    def check_derived(self, path: tuple[str | int, ...], figure: Figure) -> Iterator[Problem]:
        """The formula is arithmetic over its inputs, the inputs are stated figures, and the
        stored value is what the formula gives, rounded to the stored decimals."""
        derivation = figure.derived
        assert derivation is not None
        where = (*path, "derived")
        problems = list(self._formula_names(where, derivation))
        if not problems:
            values: dict[str, Decimal] = {}
            problems = list(self._input_values(where, derivation, values))
            if not problems:
                problems = list(self._result(path, figure, derivation, values))
        yield from problems

    def _formula_names(
        self, where: tuple[str | int, ...], derivation: Derivation
    ) -> Iterator[Problem]:
        try:
            used = names(derivation.formula)
        except FormulaError as error:
            yield self.problem(
                (*where, "formula"),
                error.message,
                Message(QT_TRANSLATE_NOOP("Problems", "arithmetic over the inputs")),
            )
            return
        if used != set(derivation.inputs):
            yield self.problem(
                (*where, "inputs"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the formula uses {used} but the inputs are {inputs}"
                    ),
                    used=sorted(used),
                    inputs=sorted(derivation.inputs),
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "one input for each name in the formula")),
            )

    def _input_values(
        self, where: tuple[str | int, ...], derivation: Derivation, values: dict[str, Decimal]
    ) -> Iterator[Problem]:
        """Each input's number into ``values``; a problem for each input that is not one."""
        for name, reference in derivation.inputs.items():
            figure_id, _, part = reference.partition(".")
            source = self.figures.get(figure_id)
            if source is None or source.quote is None:
                yield self.problem(
                    (*where, "inputs", name),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "{reference!r} is not a stated figure"),
                        reference=reference,
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "the id of a figure with a quote")),
                )
                continue
            if part and source.change is None:
                yield self.problem(
                    (*where, "inputs", name),
                    Message(QT_TRANSLATE_NOOP("Problems", "{id!r} has no change"), id=figure_id),
                    Message(QT_TRANSLATE_NOOP("Problems", "a figure with a change")),
                )
                continue
            if part and source.change:
                values[name] = source.change.amount
            elif source.value is None:
                yield self.problem(
                    (*where, "inputs", name),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "{id!r} states only a change"), id=figure_id
                    ),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "{id!r}.change, or a figure with a value"),
                        id=figure_id,
                    ),
                )
            else:
                values[name] = source.value

    def _result(
        self,
        path: tuple[str | int, ...],
        figure: Figure,
        derivation: Derivation,
        values: dict[str, Decimal],
    ) -> Iterator[Problem]:
        where = (*path, "derived")
        try:
            result = evaluate(derivation.formula, values)
        except FormulaError as error:
            yield self.problem(
                (*where, "formula"),
                error.message,
                Message(QT_TRANSLATE_NOOP("Problems", "a formula that can be computed")),
            )
            return
        if figure.value is None:  # refused by check_change_only
            return
        try:
            rounded = round_like(result, figure.value)
        except ArithmeticError:  # decimal: too many digits to round to the stored places
            yield self.problem(
                (*path, "value"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "{formula} gives a number too large to compare"),
                    formula=derivation.formula,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "inputs of ordinary size")),
            )
            return
        if rounded != figure.value:
            yield self.problem(
                (*path, "value"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "stored {stored} but {formula} gives {result}"),
                    stored=format_number(figure.value),
                    formula=derivation.formula,
                    result=format_number(rounded),
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the value the formula gives, rounded to the stored decimals"
                    )
                ),
            )

    def check_image(self, path: tuple[str | int, ...], image: Image) -> Iterator[Problem]:
        if not self.article.contains(image.caption):
            yield self.problem(
                (*path, "caption"),
                Message(QT_TRANSLATE_NOOP("Problems", "the caption is not in the article")),
                Message(QT_TRANSLATE_NOOP("Problems", "the caption as printed")),
            )
        try:
            target = resolve_inside(self.folder, image.file)
        except LinkLoopError as error:  # a broken picture, like a missing one: a placeholder
            inside = Message(QT_TRANSLATE_NOOP("Problems", "a file inside the dataset folder"))
            self.warnings.append(self.problem((*path, "file"), error.message, inside))
            return
        except PathOutsideError as error:
            yield self.problem(
                (*path, "file"),
                error.message,
                Message(QT_TRANSLATE_NOOP("Problems", "a file inside the dataset folder")),
            )
            return
        # A picture that is not there is shown as a placeholder: the briefing is still worth
        # opening, so this is a warning, not a problem.
        try:
            if target.is_file():
                return
            message = (
                Message(
                    QT_TRANSLATE_NOOP("Problems", "image file {file!r} is not a file"),
                    file=image.file,
                )
                if target.exists()
                else Message(
                    QT_TRANSLATE_NOOP("Problems", "image file {file!r} is missing"), file=image.file
                )
            )
        except OSError as error:  # e.g. a file name too long for the file system
            message = Message(
                QT_TRANSLATE_NOOP("Problems", "image file {file!r} cannot be read: {reason}"),
                file=image.file,
                reason=error.strerror,
            )
        self.warnings.append(
            self.problem(
                (*path, "file"),
                message,
                Message(QT_TRANSLATE_NOOP("Problems", "a file at {target}"), target=target),
            )
        )
