"""Checks of a chart against its figures: one unit on one axis, every value a figure of its block,
ranks that are ranks, the parts of a composition adding up to its whole, the years of a time
series in order."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from itertools import pairwise

from briefing.model.formatting import format_number, plotted_value, shown_unit
from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Problem
from briefing.model.schema import Chart, Figure

# A year as a category names it: 2020, 2020年, 2020年末.
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])")


def year_of(category: str) -> int | None:
    """The one year a category names, or None."""
    years = _YEAR.findall(category)
    return int(years[0]) if len(years) == 1 else None


def rounding_slack(value: Decimal) -> Decimal:
    """How far a stored number may be from what it rounds: half its last place (1.8 -> 0.05),
    never more than half a unit (100 written 1E+2 is still 100, not a number rounded to
    hundreds)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(min(exponent if isinstance(exponent, int) else 0, 0) - 1)


class ChartChecks:
    """The chart checks of the checker (which supplies ``problem`` and ``figures``)."""

    figures: Mapping[str, Figure]

    def problem(self, path: tuple[str | int, ...], message: Message, expected: Message) -> Problem:
        raise NotImplementedError

    def check_chart(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem]:
        yield from self._check_kind(path, chart, own)
        if chart.kind == "grouped_bars" and len(chart.series) < 2:
            yield self.problem(
                (*path, "series"),
                Message(QT_TRANSLATE_NOOP("Problems", "grouped bars with one series")),
                Message(QT_TRANSLATE_NOOP("Problems", "two or more")),
            )
        units = list(dict.fromkeys(self._chart_units(chart, own)))
        mixed = len(units) > 1
        if mixed:
            yield self.problem(
                (*path, "unit"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "one axis cannot compare figures in {units}: they differ"
                    ),
                    units=", ".join(repr(unit) for unit in units),
                ),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "figures of one unit in a chart: split it by unit, or show them as cards",
                    )
                ),
            )
        for s, series in enumerate(chart.series):
            if len(series.values) != len(chart.categories):
                yield self.problem(
                    (*path, "series", s, "values"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "{values} values for {categories} categories"
                        ),
                        values=len(series.values),
                        categories=len(chart.categories),
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "one value per category")),
                )
            for v, figure_id in enumerate(series.values):
                here = (*path, "series", s, "values", v)
                if figure_id not in own:
                    yield self.problem(
                        here,
                        Message(
                            QT_TRANSLATE_NOOP("Problems", "{id!r} is not a figure here"),
                            id=figure_id,
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "an id")),
                    )
                    continue
                figure = self.figures[figure_id]
                if not mixed and shown_unit(figure) != (chart.unit or ""):
                    yield self.problem(
                        here,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Problems", "{id!r} is in {unit!r}, the chart in {chart_unit!r}"
                            ),
                            id=figure_id,
                            unit=shown_unit(figure),
                            chart_unit=chart.unit or "",
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "the chart's unit")),
                    )
                if chart.kind == "rank_change" and figure.better != "lower":
                    yield self.problem(
                        here,
                        Message(
                            QT_TRANSLATE_NOOP("Problems", "{id!r} is not a rank"), id=figure_id
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "figures where lower is better")),
                    )

    def _chart_units(self, chart: Chart, own: set[str]) -> Iterator[str]:
        """The unit of each of the chart's figures that is one of its block's."""
        for series in chart.series:
            for figure_id in series.values:
                if figure_id in own:
                    yield shown_unit(self.figures[figure_id])

    def _check_kind(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem]:
        if chart.total is not None and chart.kind != "composition":
            yield self.problem(
                (*path, "total"),
                Message(QT_TRANSLATE_NOOP("Problems", "only a composition has a total")),
                Message(QT_TRANSLATE_NOOP("Problems", "kind composition, or no total")),
            )
        yield from self._check_changes_alone(path, chart, own)
        if chart.kind == "time_series":
            yield from self._check_years(path, chart)
        elif chart.kind == "composition" and all(
            figure_id in own for series in chart.series for figure_id in series.values
        ):
            yield from self._check_parts(path, chart, own)

    def _check_changes_alone(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem]:
        """A figure that is only its change (增长3.6%) is drawn as its amount: only in bars of
        changes in % or in its own unit (个百分点), never beside levels (a growth rate of 3.6%
        is not a share of 3.6%), never as a rank or a part of a whole."""
        drawn = [
            (here, self.figures[figure_id])
            for s, series in enumerate(chart.series)
            for v, figure_id in enumerate(series.values)
            if figure_id in own
            for here in [(*path, "series", s, "values", v)]
        ]
        alone = [(here, f) for here, f in drawn if f.value is None and f.change is not None]
        for here, figure in alone:
            assert figure.change is not None
            if chart.kind in ("rank_change", "composition") or figure.change.kind in (
                "places",
                "multiple",
            ):
                yield self.problem(
                    here,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "{id!r} is only a change, which a {kind} chart cannot draw"
                        ),
                        id=figure.id,
                        kind=chart.kind,
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "a figure with a value, or bars of changes in % or in 个百分点",
                        )
                    ),
                )
        if alone and len(alone) < len(drawn):
            level = next(f for _, f in drawn if f.value is not None)
            yield self.problem(
                (*path, "series"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "the chart compares a change ({change!r}) with a level ({level!r})",
                    ),
                    change=alone[0][1].id,
                    level=level.id,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "only changes, or only levels")),
            )

    def _check_years(self, path: tuple[str | int, ...], chart: Chart) -> Iterator[Problem]:
        years = [year_of(category) for category in chart.categories]
        for index, year in enumerate(years):
            if year is None:
                yield self.problem(
                    (*path, "categories", index),
                    Message(
                        QT_TRANSLATE_NOOP("Problems", "{category!r} does not name one year"),
                        category=chart.categories[index],
                    ),
                    Message(QT_TRANSLATE_NOOP("Problems", "a year, such as 2020年")),
                )
                return
        known = [year for year in years if year is not None]
        if any(later <= earlier for earlier, later in pairwise(known)):
            yield self.problem(
                (*path, "categories"),
                Message(QT_TRANSLATE_NOOP("Problems", "the years are not in order")),
                Message(QT_TRANSLATE_NOOP("Problems", "each year once, the earliest first")),
            )
        yield from self._check_year_figures(path, chart, known)

    def _check_year_figures(
        self, path: tuple[str | int, ...], chart: Chart, years: list[int]
    ) -> Iterator[Problem]:
        """A figure whose sentence names one year stands under that year, not another."""
        for s, series in enumerate(chart.series):
            for v, figure_id in enumerate(series.values[: len(years)]):
                figure = self.figures.get(figure_id)
                named = {int(y) for y in _YEAR.findall(figure.quote or "")} if figure else set()
                if len(named) == 1 and years[v] not in named:
                    yield self.problem(
                        (*path, "series", s, "values", v),
                        Message(
                            QT_TRANSLATE_NOOP(
                                "Problems", "{id!r} is a figure of {year}, under {category!r}"
                            ),
                            id=figure_id,
                            year=named.pop(),
                            category=chart.categories[v],
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "the figure of that year")),
                    )

    def _whole(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem | Decimal]:
        """The number the parts add up to, or the problem why there is none: one item."""
        if chart.total is None:
            if (chart.unit or "") in ("%", ""):
                yield Decimal(100)
                return
            yield self.problem(
                (*path, "total"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "parts in {unit!r} with no total"),
                    unit=chart.unit,
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the id of the figure the parts add up to")),
            )
            return
        total = self.figures.get(chart.total)
        if total is None or chart.total not in own:
            yield self.problem(
                (*path, "total"),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "{id!r} is not a figure here"), id=chart.total
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "an id")),
            )
            return
        if shown_unit(total) != (chart.unit or ""):
            yield self.problem(
                (*path, "total"),
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "{id!r} is in {unit!r}, the chart in {chart_unit!r}"
                    ),
                    id=total.id,
                    unit=shown_unit(total),
                    chart_unit=chart.unit or "",
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "the chart's unit")),
            )
            return
        yield plotted_value(total)

    def _check_parts(
        self, path: tuple[str | int, ...], chart: Chart, own: set[str]
    ) -> Iterator[Problem]:
        """Each series' parts add up to the whole, within the rounding of the printed numbers;
        a rest the article does not state is a derived figure (其他) of the chart."""
        found = list(self._whole(path, chart, own))
        if not found or isinstance(found[0], Problem):
            yield from (item for item in found if isinstance(item, Problem))
            return
        whole = found[0]
        for s, series in enumerate(chart.series):
            parts = [self.figures[figure_id] for figure_id in series.values]
            values = [plotted_value(part) for part in parts]
            for v, value in enumerate(values):
                if value < 0:
                    yield self.problem(
                        (*path, "series", s, "values", v),
                        Message(
                            QT_TRANSLATE_NOOP("Problems", "a part of {value} is negative"),
                            value=format_number(value),
                        ),
                        Message(QT_TRANSLATE_NOOP("Problems", "parts of zero or more")),
                    )
            total = sum(values, Decimal(0))
            slack = sum((rounding_slack(v) for v in values), rounding_slack(whole))
            if abs(total - whole) > slack:
                yield self.problem(
                    (*path, "series", s, "values"),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "the parts add up to {total}, but the whole is {whole}"
                        ),
                        total=format_number(total),
                        whole=format_number(whole),
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "parts that add up to the whole within rounding; state a rest the "
                            "article does not print as a derived figure (其他)",
                        )
                    ),
                )
