"""Checks of a figure's change against its sentence: the change as printed, what it is against
(the year before, or the year ``since`` names), and which way it went — a flipped sign must
never reach officials."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.model.article import mentions, normal_form
from briefing.model.formatting import (
    MULTIPLE_PHRASES,
    change_direction,
    change_token,
    format_number,
    stated_bases,
    stated_directions,
)
from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from briefing.model.schema import Briefing, Change, Figure


class ChangeChecks:
    """The change checks of the checker (which supplies ``problem`` and ``briefing``)."""

    briefing: Briefing

    def problem(self, path: tuple[str | int, ...], message: Message, expected: Message) -> Problem:
        raise NotImplementedError

    def check_change(
        self, path: tuple[str | int, ...], figure: Figure, quote: str
    ) -> Iterator[Problem]:
        """The change as its sentence prints it; a multiple's words mean its factor."""
        change = figure.change
        if change is not None:
            token = change_token(change, figure.unit)
            said = normal_form(token)  # as the quote is
            if not mentions(quote, said) and not mentions(quote, f"-{said}"):
                yield self.problem(
                    (*path, "change"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "the quote does not state the change {token!r}"
                        ),
                        token=token,
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "the change as its sentence prints it")),
                )
            else:
                yield from self.check_base(path, change, quote, said)
                if token not in MULTIPLE_PHRASES:  # 翻了一番 says its direction by itself
                    yield from self.check_direction(path, change, quote, token)
            if change.kind == "multiple" and MULTIPLE_PHRASES.get(token) != change.amount:
                yield self.problem(
                    (*path, "change", "amount"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "{token!r} does not mean a factor of {factor}"
                        ),
                        token=token,
                        factor=format_number(change.amount),
                    ),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "the factor the words mean (翻了一番 is 2)")
                    ),
                )

    def check_base(
        self, path: tuple[str | int, ...], change: Change, quote: str, token: str
    ) -> Iterator[Problem]:
        """What the change is against: the year before (较上年), unless its clause names
        another year (比2020年增长50%), which ``since`` must then say (shown as 较2020年)."""
        bases = stated_bases(quote, token) - {f"{self.briefing.year - 1}年"}
        if change.since is None and bases:
            yield self.problem(
                (*path, "change"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the quote compares {token!r} with {base}, not the year before"
                    ),
                    token=token,
                    base=", ".join(sorted(bases)),
                ),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "since: the year it is compared with, as printed")
                ),
            )
        elif change.since is not None and change.since not in stated_bases(quote, token):
            yield self.problem(
                (*path, "change", "since"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the quote does not compare {token!r} with {since!r}"
                    ),
                    token=token,
                    since=change.since,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the year its clause names (比2020年…)")),
            )

    def check_direction(
        self, path: tuple[str | int, ...], change: Change, quote: str, token: str
    ) -> Iterator[Problem]:
        """The sentence says which way the change went, and the stored sign agrees with it: a
        flipped sign (增长3.5% stored as -3.5) must never reach officials."""
        stated = stated_directions(quote, normal_form(token))
        stored = change_direction(change)
        if not stated:
            yield self.problem(
                (*path, "change"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the quote does not say whether {token!r} went up or down"
                    ),
                    token=token,
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "a word such as 增长, 提升, 下降 or 持平 before it in its clause",
                    )
                ),
            )
        elif stored not in stated:
            said = {
                1: QT_TRANSLATE_NOOP(
                    "Problems", "the quote says {token!r} rose, but the stored amount is {amount}"
                ),
                -1: QT_TRANSLATE_NOOP(
                    "Problems", "the quote says {token!r} fell, but the stored amount is {amount}"
                ),
                0: QT_TRANSLATE_NOOP(
                    "Problems",
                    "the quote says {token!r} stayed the same, but the stored amount is {amount}",
                ),
            }
            if change.kind == "places":
                expected = QT_TRANSLATE_NOOP(
                    "Problems", "a negative amount for a better place (提升10位 is -10)"
                )
            else:
                expected = QT_TRANSLATE_NOOP(
                    "Problems", "the sign the sentence gives (下降 is negative, 持平 is 0)"
                )
            yield self.problem(
                (*path, "change", "amount"),
                Message(said[min(stated)], token=token, amount=format_number(change.amount)),
                Message(expected),
            )
