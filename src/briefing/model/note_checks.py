"""Checks of the speaker notes: notes the dataset gives where no slide would show them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from briefing.model.schema import Block

MakeProblem = Callable[[tuple[str | int, ...], Message, Message], Problem]


def unshown_notes(
    where: tuple[str | int, ...], block: Block, problem: MakeProblem
) -> Iterator[Problem]:
    """A figure's notes are read on the slide of its card: a figure that is no card has no
    slide, and its notes would never be seen."""
    cards = set(block.cards)
    for i, figure in enumerate(block.figures):
        if figure.notes and figure.id not in cards:
            yield problem(
                (*where, "figures", i, "notes"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "figure {figure!r} has notes but is not a card, so no slide shows them",
                    ),
                    figure=figure.id,
                ),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "notes on a card's figure, or on the section")
                ),
            )
