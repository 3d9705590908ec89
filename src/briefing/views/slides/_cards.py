"""A slide of figure cards: a heading with its page number, then up to four cards in a grid,
each with its label, its number as printed, its change and its 推算 mark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from briefing.model import figure_parts
from briefing.model.formatting import APPROXIMATE, change_text
from briefing.views.slides._metrics import (
    ACCENT_BAR,
    BODY_PX,
    CHANGE_PX,
    EM_BOTTOM,
    EM_TOP,
    HEADING_PX,
    SHRINK,
    SMALL_PX,
    UNIT_RATIO,
    VALUE_PX,
    Shape,
    Tone,
    balanced_width,
    ink_height,
    pixel_font,
    place,
    place_on_baseline,
)
from briefing.views.slides._view import SlideView


@dataclass
class _Card:
    label: QLabel
    parts: tuple[QLabel, QLabel, QLabel]  # qualifier before, number, unit after
    change: QLabel | None
    compared: QLabel | None  # 较上年
    derived: QLabel | None  # 推算


@dataclass(frozen=True)
class _Fit:
    """The type scale every card of the slide fits at, and the vertical spans it gives."""

    inner: float  # the width of a card's text
    scale: float
    value_px: int
    label_h: float  # the tallest label
    gap_label: float
    value_top: float  # the numbers' ink above and below their baseline
    value_bottom: float
    gap_footer: float
    footer_top: float  # the change line's reach above its baseline
    group: float  # label, number and change line together


class CardsSlide(SlideView):
    """The figures of a block, as many to a slide as stay large (see ``build_slides``)."""

    kind = "cards"

    def _build(self) -> None:
        self._heading = self._label(self.slide.title)
        number, count = self.slide.page
        self._page = self._label(f"{number} / {count}", "muted", wrap=False) if count > 1 else None
        self._cards: list[_Card] = []
        figures = self._dataset.briefing.figures()
        for figure_id in self.slide.figures:
            figure = figures[figure_id]
            before, number_text, after = figure_parts(figure)
            if figure.derived is not None and figure.derived.approximate:
                before = APPROXIMATE + before
            label = self._label(figure.label, "muted")
            shown = change_text(figure)
            # A rate stated on its own is the headline (↑3.6%), its arrow coloured good or
            # bad, with only 较上年 under it.
            alone = shown is not None and figure.value is None
            arrow_tone: Tone = ("good" if shown[1] else "bad") if shown and alone else "text"
            parts = (
                self._label(before, arrow_tone, wrap=False),
                self._label(number_text, "accent", wrap=False),
                self._label(after, wrap=False),
            )
            change = compared = None
            if shown is not None and not alone:
                change = self._label(shown[0], "good" if shown[1] else "bad", wrap=False)
            since = figure.change.since if figure.change else None
            if shown is not None:
                words = (
                    QCoreApplication.translate("SlideView", "较{since}").format(since=since)
                    if since
                    else QCoreApplication.translate("SlideView", "较上年")
                )
                compared = self._label(words, "muted", wrap=False)
            derived = (
                self._label(QCoreApplication.translate("SlideView", "推算"), "muted", wrap=False)
                if figure.derived
                else None
            )
            self._cards.append(_Card(label, parts, change, compared, derived))

    # -- layout -----------------------------------------------------------------------------

    def _layout(self, unit: float) -> None:
        area = self._margins(unit)
        top = self._layout_heading(unit, area) + 64 * unit
        grid = QRectF(area.left(), top, area.width(), area.bottom() - top)
        count = max(1, len(self._cards))
        columns = {1: 1, 2: 2, 3: 3, 4: 2}.get(count, 3)
        rows = -(-count // columns)
        gap = 40 * unit
        card_w = (grid.width() - (columns - 1) * gap) / columns
        if count == 1:
            card_w = min(card_w, 1100 * unit)
        card_h = (grid.height() - (rows - 1) * gap) / rows
        pad = 52 * unit
        stripe = ACCENT_BAR * unit
        inner = card_w - stripe - 2 * pad
        # Fewer cards, bigger numbers: the width of the card decides in the end.
        largest = VALUE_PX * {1: 1.45, 2: 1.25, 3: 1.1}.get(count, 1.0)
        fit = self._fit(unit, inner, largest, card_h - 1.5 * pad)
        self._value_px = fit.value_px
        self._body_px = self._cards[0].label.font().pixelSize() if self._cards else 0
        if rows == 1:  # a single row is not as tall as the slide: the cards are not posters
            card_h = min(card_h, max(fit.group + 2.4 * pad, card_h * 0.62))
        # The grid stands a little above the middle of the space under the heading.
        left = grid.left() + (grid.width() - columns * card_w - (columns - 1) * gap) / 2
        top = grid.top() + (grid.height() - rows * card_h - (rows - 1) * gap) * 0.45

        for index, card in enumerate(self._cards):
            row, column = divmod(index, columns)
            rect = QRectF(
                left + column * (card_w + gap), top + row * (card_h + gap), card_w, card_h
            )
            self._shapes.append(Shape(rect, fill="card", radius=14 * unit, stripe=stripe))
            x = rect.left() + stripe + pad
            y = rect.top() + (card_h - fit.group) / 2
            self._layout_card(card, x, y, fit, unit)

    def _layout_heading(self, unit: float, area: QRectF) -> float:
        """The heading at the top left with its accent bar, the page number at the right;
        returns where the heading's last line ends."""
        heading = self._heading
        heading.setFont(pixel_font(HEADING_PX * unit, bold=True))
        indent = (ACCENT_BAR + 24) * unit
        page_width = 0.0
        if self._page is not None:
            self._page.setFont(pixel_font(SMALL_PX * unit))
            page_width = self._page.sizeHint().width() + 40 * unit
        bottom = place(
            heading, area.left() + indent, area.top(), area.width() - indent - page_width
        )
        em = HEADING_PX * unit
        self._shapes.append(
            Shape(QRectF(area.left(), area.top(), ACCENT_BAR * unit, em), fill="accent")
        )
        if self._page is not None:
            baseline = heading.y() + QFontMetricsF(heading.font()).ascent()
            right = area.right() - self._page.sizeHint().width()
            place_on_baseline(self._page, right, baseline)
        return bottom

    def _fit(self, unit: float, inner: float, largest: float, room: float) -> _Fit:
        """The largest scale at which every card's label, number and change line stand in
        ``room`` pixels of height (centred, so at least 3/4 of the padding shows)."""
        for scale in SHRINK:
            value_px = self._fit_values(unit, scale, inner, largest)
            label_h = max(ink_height(c.label, inner) for c in self._cards) if self._cards else 0
            value_top, value_bottom = self._value_extent()
            footer_top, footer_bottom = self._footer_extent(unit * scale)
            gap_label = 28 * unit * scale
            gap_footer = 36 * unit * scale if footer_top or footer_bottom else 0.0
            group = label_h + gap_label + value_top + value_bottom + gap_footer
            group += footer_top + footer_bottom
            if group <= room:
                break
        return _Fit(
            inner=inner,
            scale=scale,
            value_px=value_px,
            label_h=label_h,
            gap_label=gap_label,
            value_top=value_top,
            value_bottom=value_bottom,
            gap_footer=gap_footer,
            footer_top=footer_top,
            group=group,
        )

    def _layout_card(self, card: _Card, x: float, y: float, fit: _Fit, unit: float) -> None:
        """Place one card's text from ``(x, y)``, the top left of its group."""
        # Labels sit just above their numbers; numbers line up across the row.
        own = ink_height(card.label, fit.inner)
        place(card.label, x, y + fit.label_h - own, balanced_width(card.label, fit.inner))
        baseline = y + fit.label_h + fit.gap_label + fit.value_top
        before, number, after = card.parts
        space = UNIT_RATIO * fit.value_px * 0.12
        right = x
        if before.text():
            right = place_on_baseline(before, right, baseline) + space
        right = place_on_baseline(number, right, baseline)
        if after.text():
            place_on_baseline(after, right + space, baseline)
        baseline += fit.value_bottom + fit.gap_footer + fit.footer_top
        self._layout_footer(card, x, baseline, unit * fit.scale)

    def _fit_values(self, unit: float, scale: float, inner: float, largest: float) -> int:
        """Set the cards' fonts; one number size for the slide, the largest every card fits."""
        value_px = largest * unit * scale
        for card in self._cards:
            card.label.setFont(pixel_font(BODY_PX * unit * scale))
            if card.change is not None:
                card.change.setFont(pixel_font(CHANGE_PX * unit * scale, bold=True))
            for part in (card.compared, card.derived):
                if part is not None:
                    part.setFont(pixel_font(SMALL_PX * unit * scale))
        for _ in range(3):  # widths are nearly proportional to the size: converges at once
            self._set_value_fonts(value_px)
            widest = max((self._value_width(c, value_px) for c in self._cards), default=0.0)
            if widest <= inner:
                break
            value_px = max(1.0, value_px * inner / widest - 1)
        return round(value_px)

    def _set_value_fonts(self, value_px: float) -> None:
        for card in self._cards:
            before, number, after = card.parts
            number.setFont(pixel_font(value_px, bold=True))
            for part in (before, after):
                part.setFont(pixel_font(value_px * UNIT_RATIO, bold=True))

    @staticmethod
    def _value_width(card: _Card, value_px: float) -> float:
        before, number, after = card.parts
        space = UNIT_RATIO * value_px * 0.12
        width = float(number.sizeHint().width())
        for part in (before, after):
            if part.text():
                width += part.sizeHint().width() + space
        return width

    def _value_extent(self) -> tuple[float, float]:
        """How far the numbers' ink rises above and falls below their baseline, over all cards."""
        top = bottom = 0.0
        for card in self._cards:
            for part in card.parts:
                if part.text():
                    ink = QFontMetricsF(part.font()).tightBoundingRect(part.text())
                    top, bottom = max(top, -ink.top()), max(bottom, ink.bottom())
        return top, bottom

    def _footer_extent(self, unit: float) -> tuple[float, float]:
        """The change line's reach above and below its baseline (0, 0 when no card has one)."""
        top = bottom = 0.0
        for card in self._cards:
            if card.change is not None:
                top, bottom = (
                    max(top, EM_TOP * CHANGE_PX * unit),
                    max(bottom, EM_BOTTOM * CHANGE_PX * unit),
                )
            elif card.compared is not None:
                top, bottom = (
                    max(top, EM_TOP * SMALL_PX * unit),
                    max(bottom, EM_BOTTOM * SMALL_PX * unit),
                )
            if card.derived is not None:
                top = max(top, (EM_TOP * SMALL_PX + 10) * unit)
                bottom = max(bottom, (EM_BOTTOM * SMALL_PX + 10) * unit)
        return top, bottom

    def _layout_footer(self, card: _Card, x: float, baseline: float, unit: float) -> None:
        right = x
        if card.change is not None:
            right = place_on_baseline(card.change, right, baseline) + 12 * unit
        if card.compared is not None:
            right = place_on_baseline(card.compared, right, baseline) + 32 * unit
        if card.derived is not None:
            pad_x = 14 * unit
            label_right = place_on_baseline(card.derived, right + pad_x, baseline)
            px = card.derived.font().pixelSize()
            box = QRectF(
                right,
                baseline - EM_TOP * px - 10 * unit,
                label_right - right + pad_x,
                px + 20 * unit,
            )
            self._shapes.append(
                Shape(box, outline="muted", radius=8 * unit, line=max(1.0, 2 * unit))
            )
