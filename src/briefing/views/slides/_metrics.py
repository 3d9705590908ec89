"""A slide's sizes on the 1920×1080 design, and labels placed by what the eye sees of their type."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel

from briefing.fonts import FONT_FAMILY

# Every size below is in pixels on a 1920×1080 slide and is multiplied by the slide's unit,
# min(height / 1080, width / 1920): the slide keeps its proportions on any projector.
DESIGN = QSize(1920, 1080)
MARGIN_X = 120
MARGIN_TOP = 84
MARGIN_BOTTOM = 84
TITLE_PX = 104  # the briefing's title on the title slide
SECTION_PX = 88  # a section's heading
THANKS_PX = 120
HEADING_PX = 52  # the heading of a cards or chart slide
VALUE_PX = 140  # a card's number, before it is fitted to its card
UNIT_RATIO = 0.42  # qualifier and unit beside the number, relative to it
LEAD_PX = 40  # subtitle, section summary, caption
BODY_PX = 34  # card labels
CHANGE_PX = 38
SMALL_PX = 30  # byline, credit, page number, 较上年, 推算: still readable from the back row
CHART_BODY_PX = 32  # a chart's value labels
CHART_SMALL_PX = 28  # a chart's axis labels
ACCENT_BAR = 10  # the bar beside a heading, the stripe of a card
RULE = (120, 8)  # the short accent rule of the title, section and closing slides
BAND = 20  # the accent band along the bottom of the title and closing slides

# Noto Sans CJK's ideographic em box rises 0.88 em above the baseline and sinks 0.12 em below:
# spacing is measured between what the eye sees of the lines, not the font's ascent and descent.
EM_TOP = 0.88
EM_BOTTOM = 0.12
# The scales a slide's type is tried at, largest first, until its text fits.
SHRINK = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5, 0.45, 0.4)

Tone = Literal["text", "muted", "accent", "good", "bad"]
ColourRole = Literal["accent", "card", "border", "muted", "grid", "placeholder", "badge"]


@dataclass(frozen=True)
class Shape:
    """A rectangle the slide paints under its text: a card, a rule, a badge's outline."""

    rect: QRectF
    fill: ColourRole | None = None
    outline: ColourRole | None = None
    radius: float = 0.0
    line: float = 0.0
    dashed: bool = False
    stripe: float = 0.0  # an accent stripe this wide down the left edge (cards)


def pixel_font(px: float, *, bold: bool = False) -> QFont:
    """A pixel-sized font: a slide's type depends on its size, never on the screen's DPI."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def _pads(label: QLabel) -> tuple[float, float]:
    """How far a label's box reaches above its first line's em box and below its last."""
    metrics = QFontMetricsF(label.font())
    px = label.font().pixelSize()
    return metrics.ascent() - EM_TOP * px, metrics.descent() - EM_BOTTOM * px


def _box_height(label: QLabel, width: float) -> int:
    return label.heightForWidth(int(width)) if label.wordWrap() else label.sizeHint().height()


def ink_height(label: QLabel, width: float) -> float:
    """From the top of the first line's em box to the bottom of the last's, ``width`` wide."""
    top, bottom = _pads(label)
    return _box_height(label, width) - top - bottom


def place(label: QLabel, x: float, ink_top: float, width: float) -> float:
    """Put ``label`` at ``x`` so its first line's em box starts at ``ink_top``; a wrapping label
    is ``width`` wide, another as wide as its text or ``width``, whichever is more. Returns where
    the last line's em box ends."""
    top_pad, bottom_pad = _pads(label)
    height = _box_height(label, width)
    if not label.wordWrap():
        width = max(width, label.sizeHint().width())
    top = math.floor(ink_top - top_pad)
    label.setGeometry(QRect(math.floor(x), top, math.ceil(width), height))
    return top + height - bottom_pad


def place_on_baseline(label: QLabel, x: float, baseline: float) -> float:
    """Put a one-line label with its baseline at ``baseline``; returns its right edge."""
    hint = label.sizeHint()
    top = round(baseline - QFontMetricsF(label.font()).ascent())
    label.setGeometry(QRect(math.floor(x), top, hint.width(), hint.height()))
    return math.floor(x) + hint.width()


def balanced_width(label: QLabel, width: float) -> float:
    """The narrowest width that keeps the lines a wrapping label needs at ``width``: its lines
    then come out even, never a long line and a lone character under it."""
    height = label.heightForWidth(int(width))
    if height <= label.sizeHint().height() and label.sizeHint().width() <= width:
        return width  # one line
    low, high = int(width / 3), int(width)
    while high - low > 2:
        middle = (low + high) // 2
        if label.heightForWidth(middle) <= height:
            high = middle
        else:
            low = middle
    return high
