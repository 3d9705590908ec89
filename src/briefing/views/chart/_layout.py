"""The arithmetic of a chart's layout: value spans, round ticks, bar widths, wrapped labels.

Plain numbers in, plain numbers out: no widget, no font (a width is asked of ``advance``, the
font metrics' ``horizontalAdvance`` on screen), so every rule here is tested on its own.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from briefing.model.formatting import shown_number

Advance = Callable[[str], float]  # the width of a text, in pixels
Tick = tuple[float, str]  # a value and the text written at it

# A line of a wrapped label never starts with closing punctuation (Chinese line-breaking rule).
NO_LINE_START = frozenset("）)」』》〉】〕，,、。．.；;：:！!？?%")
MIN_PLOT_PIXELS = 24  # below this a view has no room to lay anything out
LABEL_GAP = 4.0  # pixels between a bar (or point) and its label, at zoom 1


def fit_span(
    marks: Sequence[tuple[float, float, float]], pixels: float, lo: float, hi: float
) -> tuple[float, float]:
    """The smallest range around [lo, hi] in which each (value, pixels below, pixels above)
    keeps that many pixels free on both sides of its value, for a view ``pixels`` long."""
    if pixels < MIN_PLOT_PIXELS:
        return lo, hi
    low, high = lo, hi
    for _ in range(60):
        per_pixel = (high - low) / pixels
        new_low = min([lo, *(value - below * per_pixel for value, below, _ in marks)])
        new_high = max([hi, *(value + above * per_pixel for value, _, above in marks)])
        if math.isclose(new_low, low) and math.isclose(new_high, high):
            break
        low, high = new_low, new_high
    return low, high


def nice_step(span: float, count: int) -> float:
    """The round step (1, 2 or 5 times a power of ten) giving closest to ``count`` ticks."""
    if span <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(span / max(1, count)))
    steps = [power * m for m in (1, 2, 5, 10)]
    return min(steps, key=lambda step: abs(math.log(span / step / max(1, count))))


def plain_number(value: float, step: float) -> str:
    """A tick value as plain digits (never 1e+04 nor an SI prefix), with the step's decimals."""
    places = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    text = f"{value:.{places}f}"
    return "0" if text.strip("-0.") == "" else shown_number(text)


def value_ticks(lo: float, hi: float, pixels: float, spacing: float) -> list[Tick]:
    """Round values about every ``spacing`` pixels of a view ``pixels`` long, as plain
    numbers; at least two steps fit the span."""
    step = nice_step(hi - lo, max(2, int(pixels // spacing)))
    return [
        (tick * step, plain_number(tick * step, step))
        for tick in range(math.ceil(lo / step), math.floor(hi / step) + 1)
    ]


def rank_ticks(lo: float, hi: float, pixels: float, spacing: float, template: str) -> list[Tick]:
    """The ranks written up a rank chart's axis (``template`` is 第{rank}位): round ranks, none
    below 1, and rank 1 itself whenever the span reaches it."""
    ticks = [
        (value, template.format(rank=text))
        for value, text in value_ticks(lo, hi, pixels, spacing)
        if value >= 1
    ]
    if lo <= 1 and (not ticks or ticks[0][0] > 1):
        ticks.insert(0, (1.0, template.format(rank=1)))
    return ticks


def bar_group(
    slot_pixels: float, series: int, widest: float, *, horizontal: bool, zoom: float
) -> tuple[float, float]:
    """(group, thickness): the share of a category's slot its bars take together, and one
    bar's share. Bars keep a sensible thickness however wide the window, and room between
    groups; but a bar is never narrower than its label (``widest`` pixels), or the labels of a
    group would collide."""
    most = (34 if horizontal else 90) * zoom * (1 if series == 1 else 0.75 * series)
    group = min(0.8 if series > 1 else 0.62, most / slot_pixels)
    group = min(0.95, max(group, series * (widest + 6) / slot_pixels))
    return group, group / series


def rank_spread(slot_pixels: float, series: int, side: float, *, em: float, zoom: float) -> float:
    """The share of a category's slot between its first and last point of a rank chart.

    Last year to this year reads left to right, the first point labelled on its left and the
    last on its right (``side``: a point's radius, the gap and the widest label): the points
    stand as far apart as those labels allow, and at least three characters apart.
    """
    if series == 1:
        return 0.0
    room = slot_pixels - 2 * side - 8
    return max(em * 3, min(180 * zoom, room)) / slot_pixels


def minimum_plot_width(
    kind: str, categories: int, series: int, *, em: float, widest: float, side: float
) -> float:
    """The narrowest plot in which no two labels collide and no label is cut off: ``em`` is
    a character of the axis labels, ``widest`` the widest value label, ``side`` a rank
    point's radius, gap and widest label."""
    if kind == "horizontal_bars":
        return 8 * em + 14 + 6 * em + widest + 24
    axis = 4 * em + 14
    if kind == "rank_change":
        return axis + categories * (2 * side + 3 * em) + 24
    return axis + categories * series * (widest + 6) / 0.95 + 24


def minimum_plot_height(
    kind: str, categories: int, *, line: float, legend: float, series: int = 1
) -> float:
    """Room for the legend (``legend`` pixels), the category axis and a readable view: for
    horizontal bars a row of ``line`` pixels per category, and each of a group's ``series``
    bars as tall as its value label (a line and its margins)."""
    if kind == "horizontal_bars":
        row = max(line * 1.6, series * (line + 10) / 0.95)
        return legend + categories * row + 2 * line
    return legend + 8 * line


def category_lines_width(longest: float, categories: int, *, lines: int = 3) -> float:
    """The width a row of vertical bars needs so that no category's name (``longest`` pixels
    on one line) wraps into more than ``lines`` lines under its bars."""
    return categories * longest / lines / 0.92


def rank_x(category: int, series: int, of: int, spread: float) -> float:
    """Where point ``series`` (of ``of``) of a category stands along a rank chart."""
    if of == 1:
        return float(category)
    return category - spread / 2 + spread * series / (of - 1)


def wrap(text: str, advance: Advance, width: float) -> str:
    """``text`` broken into balanced lines no wider than ``width`` (character by character,
    which is how Chinese wraps), never starting a line with closing punctuation."""
    total = advance(text)
    if total <= width or width <= 0 or "\n" in text:
        return text
    lines_needed = math.ceil(total / width)
    target = min(width, total / lines_needed + advance("国"))
    lines: list[str] = []
    line = ""
    for char in text:
        too_wide = advance(line + char) > target
        if line and too_wide and char not in NO_LINE_START:
            lines.append(line)
            line = char
        else:
            line += char
    lines.append(line)
    return "\n".join(lines)


def text_size(text: str, advance: Advance, line_height: float) -> tuple[float, float]:
    """Width and height of a (wrapped) label of lines ``line_height`` apart."""
    lines = text.split("\n")
    return max(advance(line) for line in lines), line_height * len(lines)
