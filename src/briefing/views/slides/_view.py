"""One slide of the show, drawn for a projector: type sized to the widget, theme colours."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QWidget

from briefing import i18n
from briefing.fonts import FONT_FAMILY
from briefing.imaging import ImageLoadError, load_image
from briefing.model import Dataset, PathOutsideError, figure_parts
from briefing.model.formatting import change_text, chinese_ordinal, source_line
from briefing.model.slides import Slide
from briefing.theme import Appearance, Theme, slide_sheet
from briefing.views.labels import plain_label

if TYPE_CHECKING:  # importing it at run time would load pyqtgraph for every slide
    from briefing.views.chart import ChartPanel

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
_SHRINK = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5, 0.45, 0.4)


Tone = Literal["text", "muted", "accent", "good", "bad"]
ColourRole = Literal["accent", "card", "border", "muted", "grid", "placeholder", "badge"]


def _font(px: float, *, bold: bool = False) -> QFont:
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


def _ink_height(label: QLabel, width: float) -> float:
    top, bottom = _pads(label)
    return _box_height(label, width) - top - bottom


def _place(label: QLabel, x: float, ink_top: float, width: float) -> float:
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


def _place_on_baseline(label: QLabel, x: float, baseline: float) -> float:
    """Put a one-line label with its baseline at ``baseline``; returns its right edge."""
    hint = label.sizeHint()
    top = round(baseline - QFontMetricsF(label.font()).ascent())
    label.setGeometry(QRect(math.floor(x), top, hint.width(), hint.height()))
    return math.floor(x) + hint.width()


def _balanced_width(label: QLabel, width: float) -> float:
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


@dataclass(frozen=True)
class _Shape:
    """A rectangle the slide paints under its text: a card, a rule, a badge's outline."""

    rect: QRectF
    fill: ColourRole | None = None
    outline: ColourRole | None = None
    radius: float = 0.0
    line: float = 0.0
    dashed: bool = False
    stripe: float = 0.0  # an accent stripe this wide down the left edge (cards)


@dataclass
class _Card:
    label: QLabel
    parts: tuple[QLabel, QLabel, QLabel]  # qualifier before, number, unit after
    change: QLabel | None
    compared: QLabel | None  # 较上年
    derived: QLabel | None  # 推算


class SlideView(QWidget):
    """One slide of ``build_slides``, drawn to fill whatever size it is given.

    Every size is a size on a 1920×1080 slide times min(height / 1080, width / 1920): at
    1920×1080 text is at least 28 px and a card's number as large as its card allows (112 to
    175 px for the bundled briefing). Type shrinks together rather than clip when a dataset's
    text is long. Colours come from the appearance's theme, changes follow its colour
    convention, all text is plain text. Children take neither the focus nor the mouse: the
    show window handles every key and click. Layout happens on resize (or on first use by a
    hook or a paint), so building is cheap; a picture is decoded then, at the size it is shown.

    Test hooks: ``texts()`` (every string shown, in reading order), ``value_pixel_size()`` and
    ``body_pixel_size()`` (font pixel sizes after the slide is laid out at its current size),
    ``chart_panel()`` (the ChartPanel of a chart slide), ``picture_rect()`` (where an image
    slide draws its picture), ``placeholder_text()`` (an image slide's placeholder, or "").
    """

    def __init__(
        self,
        slide: Slide,
        dataset: Dataset,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slide = slide
        self._dataset = dataset
        self._appearance = appearance
        self._labels: list[QLabel] = []  # in reading order
        self._shapes: list[_Shape] = []
        self._laid_out: QSize | None = None  # the size the children were placed for
        self._unit = 1.0
        self._value_px = 0
        self._body_px = 0
        self._heading: QLabel | None = None
        self._page: QLabel | None = None
        self._cards: list[_Card] = []
        self._chart: ChartPanel | None = None
        self._chart_zoom = 0.0
        self._image_source: tuple[Path, str] | None = None
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None
        self._picture = QRectF()
        self._image_error = ""  # the placeholder's text when the picture cannot be shown
        self._placeholder_font = QFont()
        self._placeholder_rect = QRectF()
        self._source = ""  # the closing slide's source line, before it is broken
        self._styled_unit = 0.0  # the unit the chart's title and unit are sized for
        self._badge: QLabel | None = None
        self._layouts: dict[str, Callable[[float], None]] = {
            "title": self._layout_title,
            "cards": self._layout_cards,
            "section": self._layout_section,
            "chart": self._layout_chart,
            "image": self._layout_image,
            "closing": self._layout_closing,
        }

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self.setAccessibleName(slide.label)
        builders: dict[str, Callable[[], None]] = {
            "title": self._build_title,
            "cards": self._build_cards,
            "section": self._build_section,
            "chart": self._build_chart,
            "image": self._build_image,
            "closing": self._build_closing,
        }
        builders[slide.kind]()
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._restyle()

    # -- building ---------------------------------------------------------------------------

    def _label(self, text: str, tone: Tone = "text", *, wrap: bool = True) -> QLabel:
        label = plain_label(text, wrap=wrap, parent=self)
        label.setProperty("tone", tone)
        # Clicks and the wheel go through to the show window, which turns the pages.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._labels.append(label)
        return label

    def _build_title(self) -> None:
        briefing = self._dataset.briefing
        self._label(self.slide.title).setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._label("——" + briefing.subtitle).setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._label(briefing.publisher_line, "muted").setAlignment(Qt.AlignmentFlag.AlignHCenter)

    def _build_closing(self) -> None:
        briefing = self._dataset.briefing
        self._label(QCoreApplication.translate("SlideView", "谢谢"), "accent").setAlignment(
            Qt.AlignmentFlag.AlignHCenter
        )
        self._label(self.slide.title).setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._source = source_line(briefing, QCoreApplication.translate)
        self._label(self._source, "muted").setAlignment(Qt.AlignmentFlag.AlignHCenter)

    def _build_section(self) -> None:
        index = self.slide.section or 0
        sections = self._dataset.briefing.sections
        self._label(
            QCoreApplication.translate("SlideView", "第{number}部分").format(
                # 第三部分 in Chinese; a numeral where the words are another language's.
                number=chinese_ordinal(index + 1) if i18n.current() == "zh" else index + 1
            ),
            "accent",
        )
        # The printed heading's two halves, one to a line: the way a divider slide sets them.
        self._label(self.slide.title.replace("　", "\n", 1))
        self._label(sections[index].summary, "muted")

    def _build_heading(self) -> None:
        self._heading = self._label(self.slide.title)
        number, count = self.slide.page
        if count > 1:
            self._page = self._label(f"{number} / {count}", "muted", wrap=False)

    def _build_cards(self) -> None:
        self._build_heading()
        figures = self._dataset.briefing.figures()
        for figure_id in self.slide.figures:
            figure = figures[figure_id]
            before, number, after = figure_parts(figure)
            if figure.derived is not None and figure.derived.approximate:
                before = QCoreApplication.translate("SlideView", "约") + before
            label = self._label(figure.label, "muted")
            parts = (
                self._label(before, wrap=False),
                self._label(number, "accent", wrap=False),
                self._label(after, wrap=False),
            )
            change = compared = None
            shown = change_text(figure)
            if shown is not None:
                change = self._label(shown[0], "good" if shown[1] else "bad", wrap=False)
                compared = self._label(
                    QCoreApplication.translate("SlideView", "较上年"), "muted", wrap=False
                )
            derived = (
                self._label(QCoreApplication.translate("SlideView", "推算"), "muted", wrap=False)
                if figure.derived
                else None
            )
            self._cards.append(_Card(label, parts, change, compared, derived))

    def _build_chart(self) -> None:
        # Imported here: pyqtgraph takes most of a second to import, and only charts need it.
        from briefing.views.chart import ChartPanel

        # A first guess at the zoom from the screen, so the chart is seldom restyled on its
        # first layout.
        screen = self.screen().size()
        self._chart_zoom = self._zoom_for(self._unit_for(screen.width(), screen.height()))
        self._chart = ChartPanel(
            self._dataset.briefing.chart(self.slide.chart or ""),
            self._dataset.briefing.figures(),
            self._chart_appearance(),
            self,
        )
        self._chart.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def _build_image(self) -> None:
        image = self._dataset.briefing.image(self.slide.image or "")
        try:
            self._image_source = self._dataset.image_file(image)
        except PathOutsideError as error:
            self._image_error = self._placeholder(Path(image.file).name, str(error))
        kind = self._image_source[1] if self._image_source else image.kind
        if kind == "illustration":
            self._badge = self._label(QCoreApplication.translate("SlideView", "示意图"), wrap=False)
        self._label(image.caption).setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The drawing only evokes the photograph: the credit names the photographer of that.
        credit = (
            QCoreApplication.translate("SlideView", "示意图，原照片 {credit}").format(
                credit=image.credit
            )
            if kind == "illustration"
            else image.credit
        )
        self._label(credit, "muted").setAlignment(Qt.AlignmentFlag.AlignHCenter)

    @staticmethod
    def _placeholder(name: str, reason: str) -> str:
        return "\n".join((QCoreApplication.translate("SlideView", "图片无法显示"), name, reason))

    # -- appearance -------------------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle in place: theme colours, the colour convention of changes, the chart."""
        self._appearance = appearance
        self._restyle()
        if self._chart is not None:
            if self._laid_out is not None:  # another theme may size its type differently
                self._chart_zoom = self._zoom_for(self._unit)
            self._chart.apply_appearance(self._chart_appearance())
        self.update()

    def _restyle(self) -> None:
        chart_px = None
        if self._chart is not None:
            unit = self._styled_unit = self._unit
            chart_px = (max(1, round(HEADING_PX * unit)), max(1, round(SMALL_PX * unit)))
        self.setStyleSheet(slide_sheet(self._appearance, chart_px))

    def _chart_appearance(self) -> Appearance:
        # The plot's background is the slide's, so the chart sits on the slide, not on a panel.
        theme = replace(self._appearance.theme, surface=self._appearance.theme.window)
        return replace(self._appearance, theme=theme, zoom=self._chart_zoom)

    def _zoom_for(self, unit: float) -> float:
        """The chart zoom that sets its value labels and axis labels at the slide's sizes."""
        theme = self._appearance.theme
        points_per_pixel = 72 / max(1.0, self.logicalDpiY())
        zoom = max(
            CHART_BODY_PX * unit * points_per_pixel / theme.base_pt,
            CHART_SMALL_PX * unit * points_per_pixel / theme.small_pt,
        )
        return max(0.3, round(zoom, 2))  # rounded: a resize by a pixel does not restyle

    # -- layout -----------------------------------------------------------------------------

    @staticmethod
    def _unit_for(width: int, height: int) -> float:
        return max(0.0, min(width / DESIGN.width(), height / DESIGN.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ensure_layout()  # a hook or a grab may have laid out a hidden slide already

    def _ensure_layout(self) -> None:
        if self._laid_out != self.size():
            self._relayout()

    def _relayout(self) -> None:
        self._laid_out = self.size()
        self._unit = self._unit_for(self.width(), self.height())
        self._shapes = []
        if self.width() < 8 or self.height() < 8:
            return
        self._layouts[self.slide.kind](self._unit)
        self.update()

    def _margins(self, unit: float) -> QRectF:
        """The area inside the slide's margins; a slide wider than 16:9 keeps its text column."""
        width, height = self.width(), self.height()
        side = max(MARGIN_X * unit, (width - DESIGN.width() * unit) / 2 + MARGIN_X * unit)
        return QRectF(
            side,
            MARGIN_TOP * unit,
            max(0.0, width - 2 * side),
            max(0.0, height - (MARGIN_TOP + MARGIN_BOTTOM) * unit),
        )

    def _column(
        self,
        unit: float,
        items: Sequence[tuple[QLabel, float, bool, float]],
        width: float,
        area: QRectF,
        *,
        centred: bool,
        rule_after: int | None = None,
    ) -> None:
        """Stack ``(label, pixel size, bold, gap above)`` in ``area``, centred vertically,
        shrinking every size together until the stack fits. ``rule_after`` puts the short
        accent rule in the middle of the gap after that item."""
        rule_w, rule_h = RULE[0] * unit, RULE[1] * unit
        for scale in _SHRINK:
            total = 0.0
            for label, px, bold, gap in items:
                label.setFont(_font(px * unit * scale, bold=bold))
                total += gap * unit * scale + _ink_height(label, width)
            if total <= area.height():
                break
        y = area.top() + (area.height() - total) / 2
        for index, (label, _, _, gap) in enumerate(items):
            y += gap * unit * scale
            shown = _balanced_width(label, width)
            x = area.left() + (area.width() - shown) / 2 if centred else area.left()
            y = _place(label, x, y, shown)
            if index == rule_after:
                following = items[index + 1][3] if index + 1 < len(items) else 0.0
                top = y + (following * unit * scale - rule_h) / 2
                left = area.center().x() - rule_w / 2 if centred else area.left()
                self._shapes.append(_Shape(QRectF(left, top, rule_w, rule_h), fill="accent"))

    def _band(self, unit: float) -> None:
        band = BAND * unit
        self._shapes.append(
            _Shape(QRectF(0, self.height() - band, self.width(), band), fill="accent")
        )

    def _layout_title(self, unit: float) -> None:
        title, subtitle, byline = self._labels
        area = self._margins(unit).adjusted(0, 0, 0, -BAND * unit)
        width = min(area.width(), 1560 * unit)
        items = [
            (title, TITLE_PX, True, 0.0),
            (subtitle, LEAD_PX, False, 96),
            (byline, 32, False, 28),
        ]
        self._column(unit, items, width, area, centred=True, rule_after=0)
        self._body_px = subtitle.font().pixelSize()
        self._value_px = 0
        self._band(unit)

    def _layout_closing(self, unit: float) -> None:
        thanks, title, source = self._labels
        area = self._margins(unit).adjusted(0, 0, 0, -BAND * unit)
        width = min(area.width(), 1500 * unit)
        # The byline keeps its names together: on a line of its own when the line is full.
        one_line = QFontMetricsF(_font(32 * unit)).horizontalAdvance(self._source) <= width
        byline = self._dataset.briefing.publisher_line
        at = self._source.rfind(byline)
        if one_line or at <= 0:
            source.setText(self._source)
        else:
            source.setText(self._source[:at].rstrip() + "\n" + self._source[at:])
        items = [
            (thanks, THANKS_PX, True, 0.0),
            (title, 56, True, 88),
            (source, 32, False, 56),
        ]
        self._column(unit, items, width, area, centred=True, rule_after=0)
        self._body_px = source.font().pixelSize()
        self._value_px = 0
        self._band(unit)

    def _layout_section(self, unit: float) -> None:
        number, heading, summary = self._labels
        area = self._margins(unit)
        segments = len(self._dataset.briefing.sections)
        # The progress marks under the text: one per section, this one in the accent colour.
        mark_w, mark_h, mark_gap = 72 * unit, 8 * unit, 12 * unit
        area.adjust(40 * unit, 0, -40 * unit, -(mark_h + 24 * unit))
        width = min(area.width(), 1500 * unit)
        items = [
            (number, 40, True, 0.0),
            (heading, SECTION_PX, True, 36),
            (summary, LEAD_PX, False, 100),
        ]
        self._column(unit, items, width, area, centred=False, rule_after=1)
        self._body_px = summary.font().pixelSize()
        self._value_px = 0
        bottom = self.height() - MARGIN_BOTTOM * unit
        for index in range(segments):
            rect = QRectF(
                area.left() + index * (mark_w + mark_gap), bottom - mark_h, mark_w, mark_h
            )
            self._shapes.append(
                _Shape(rect, fill="accent" if index == self.slide.section else "grid")
            )

    def _layout_heading(self, unit: float, area: QRectF) -> float:
        """The heading at the top left with its accent bar, the page number at the right;
        returns where the heading's last line ends."""
        assert self._heading is not None
        heading = self._heading
        heading.setFont(_font(HEADING_PX * unit, bold=True))
        indent = (ACCENT_BAR + 24) * unit
        page_width = 0.0
        if self._page is not None:
            self._page.setFont(_font(SMALL_PX * unit))
            page_width = self._page.sizeHint().width() + 40 * unit
        bottom = _place(
            heading, area.left() + indent, area.top(), area.width() - indent - page_width
        )
        em = HEADING_PX * unit
        self._shapes.append(
            _Shape(QRectF(area.left(), area.top(), ACCENT_BAR * unit, em), fill="accent")
        )
        if self._page is not None:
            baseline = heading.y() + QFontMetricsF(heading.font()).ascent()
            right = area.right() - self._page.sizeHint().width()
            _place_on_baseline(self._page, right, baseline)
        return bottom

    def _layout_cards(self, unit: float) -> None:
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

        for scale in _SHRINK:
            value_px = self._fit_values(unit, scale, inner, largest)
            label_h = max(_ink_height(c.label, inner) for c in self._cards) if self._cards else 0
            value_top, value_bottom = self._value_extent()
            footer_top, footer_bottom = self._footer_extent(unit * scale)
            gap_label = 28 * unit * scale
            gap_footer = 36 * unit * scale if footer_top or footer_bottom else 0.0
            group = label_h + gap_label + value_top + value_bottom + gap_footer
            group += footer_top + footer_bottom
            if group <= card_h - 1.5 * pad:  # centred, so at least 3/4 of the padding shows
                break
        self._value_px = value_px
        self._body_px = self._cards[0].label.font().pixelSize() if self._cards else 0
        if rows == 1:  # a single row is not as tall as the slide: the cards are not posters
            card_h = min(card_h, max(group + 2.4 * pad, card_h * 0.62))
        # The grid stands a little above the middle of the space under the heading.
        left = grid.left() + (grid.width() - columns * card_w - (columns - 1) * gap) / 2
        top = grid.top() + (grid.height() - rows * card_h - (rows - 1) * gap) * 0.45

        for index, card in enumerate(self._cards):
            row, column = divmod(index, columns)
            rect = QRectF(
                left + column * (card_w + gap), top + row * (card_h + gap), card_w, card_h
            )
            self._shapes.append(_Shape(rect, fill="card", radius=14 * unit, stripe=stripe))
            x = rect.left() + stripe + pad
            y = rect.top() + (card_h - group) / 2
            # Labels sit just above their numbers; numbers line up across the row.
            own = _ink_height(card.label, inner)
            _place(card.label, x, y + label_h - own, _balanced_width(card.label, inner))
            baseline = y + label_h + gap_label + value_top
            before, number, after = card.parts
            space = UNIT_RATIO * value_px * 0.12
            right = x
            if before.text():
                right = _place_on_baseline(before, right, baseline) + space
            right = _place_on_baseline(number, right, baseline)
            if after.text():
                _place_on_baseline(after, right + space, baseline)
            baseline += value_bottom + gap_footer + footer_top
            self._layout_footer(card, x, baseline, unit * scale)

    def _fit_values(self, unit: float, scale: float, inner: float, largest: float) -> int:
        """Set the cards' fonts; one number size for the slide, the largest every card fits."""
        value_px = largest * unit * scale
        for card in self._cards:
            card.label.setFont(_font(BODY_PX * unit * scale))
            if card.change is not None:
                card.change.setFont(_font(CHANGE_PX * unit * scale, bold=True))
            for part in (card.compared, card.derived):
                if part is not None:
                    part.setFont(_font(SMALL_PX * unit * scale))
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
            number.setFont(_font(value_px, bold=True))
            for part in (before, after):
                part.setFont(_font(value_px * UNIT_RATIO, bold=True))

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
            if card.derived is not None:
                top = max(top, (EM_TOP * SMALL_PX + 10) * unit)
                bottom = max(bottom, (EM_BOTTOM * SMALL_PX + 10) * unit)
        return top, bottom

    def _layout_footer(self, card: _Card, x: float, baseline: float, unit: float) -> None:
        right = x
        if card.change is not None and card.compared is not None:
            right = _place_on_baseline(card.change, right, baseline) + 12 * unit
            right = _place_on_baseline(card.compared, right, baseline) + 32 * unit
        if card.derived is not None:
            pad_x = 14 * unit
            label_right = _place_on_baseline(card.derived, right + pad_x, baseline)
            px = card.derived.font().pixelSize()
            box = QRectF(
                right,
                baseline - EM_TOP * px - 10 * unit,
                label_right - right + pad_x,
                px + 20 * unit,
            )
            self._shapes.append(
                _Shape(box, outline="muted", radius=8 * unit, line=max(1.0, 2 * unit))
            )

    def _layout_chart(self, unit: float) -> None:
        assert self._chart is not None
        area = self._margins(unit)
        zoom = self._zoom_for(unit)
        if zoom != self._chart_zoom:
            self._chart_zoom = zoom
            self._restyle()  # the chart's title and unit are sized by the style sheet
            self._chart.apply_appearance(self._chart_appearance())
        elif self._styled_unit != unit:
            self._restyle()
        # The chart's own title stands where other slides have their heading: the panel's
        # margins (its layout's, in pixels) reach out past the slide's.
        margins = self._chart.layout().contentsMargins()  # type: ignore[union-attr]
        indent = (ACCENT_BAR + 24) * unit
        heading_px = max(1, round(HEADING_PX * unit))
        metrics = QFontMetricsF(_font(heading_px, bold=True))
        title_top = area.top() - (metrics.ascent() - EM_TOP * heading_px)
        panel = QRect(
            math.floor(area.left() + indent - margins.left()),
            math.floor(title_top - margins.top()),
            math.ceil(area.width() - indent + margins.left() + margins.right()),
            0,
        )
        panel.setBottom(math.floor(self.height() - MARGIN_BOTTOM * unit * 0.6))
        self._chart.setGeometry(panel)
        self._shapes.append(
            _Shape(QRectF(area.left(), area.top(), ACCENT_BAR * unit, heading_px), fill="accent")
        )
        font = QFontInfo(self._chart_appearance().font(self._appearance.theme.base_pt))
        self._body_px = font.pixelSize()
        self._value_px = 0

    def _layout_image(self, unit: float) -> None:
        labels = list(self._labels)
        badge = labels.pop(0) if self._badge is not None else None
        caption, credit = labels
        area = self._margins(unit)
        area.setTop(64 * unit)
        width = min(area.width(), 1600 * unit)
        for scale in _SHRINK:
            caption.setFont(_font(LEAD_PX * unit * scale, bold=True))
            credit.setFont(_font(SMALL_PX * unit * scale))
            caption_w = _balanced_width(caption, width)
            text_h = _ink_height(caption, caption_w) + 20 * unit + _ink_height(credit, width)
            if text_h <= area.height() * 0.3:
                break
        self._body_px = caption.font().pixelSize()
        self._value_px = 0
        credit_top = area.bottom() - _ink_height(credit, width)
        caption_top = credit_top - 20 * unit - _ink_height(caption, caption_w)
        _place(caption, area.center().x() - caption_w / 2, caption_top, caption_w)
        credit_w = _balanced_width(credit, width)
        _place(credit, area.center().x() - credit_w / 2, credit_top, credit_w)

        space = QRectF(area.left(), area.top(), area.width(), caption_top - 40 * unit - area.top())
        self._picture = self._fit_picture(space)
        if self._pixmap.isNull():
            self._layout_placeholder(unit, space)
        elif badge is not None:
            badge.setFont(_font(SMALL_PX * unit))
            inset = 20 * unit
            pad = 12 * unit
            x = self._picture.left() + inset + pad
            top = self._picture.top() + inset + pad * 0.6
            bottom = _place(badge, x, top, 0)
            box = QRectF(
                self._picture.left() + inset,
                self._picture.top() + inset,
                badge.sizeHint().width() + 2 * pad,
                bottom - top + 1.2 * pad,
            )
            self._shapes.append(
                _Shape(box, fill="badge", outline="border", radius=6 * unit, line=max(1.0, unit))
            )
        if badge is not None:
            badge.setVisible(not self._pixmap.isNull())

    def _fit_picture(self, space: QRectF) -> QRectF:
        """Decode the picture at the size it is shown (never at the file's own size) and
        return where it is drawn; an empty rectangle when it cannot be shown."""
        ratio = self.devicePixelRatioF()
        fit = QSize(max(1, round(space.width() * ratio)), max(1, round(space.height() * ratio)))
        if not self._image_error and self._image_source is not None:
            key = (fit.width(), fit.height(), ratio)
            if key != self._pixmap_key:
                try:
                    image = load_image(self._image_source[0], fit)
                except ImageLoadError as error:
                    self._image_error = self._placeholder(self._image_source[0].name, error.reason)
                    self._pixmap = QPixmap()
                else:
                    target = image.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)
                    if target != image.size():
                        image = image.scaled(
                            target,
                            Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation,
                        )
                    # Only the pixmap is kept: every slide of the show is built ahead.
                    self._pixmap = QPixmap.fromImage(image)
                    self._pixmap.setDevicePixelRatio(ratio)
                self._pixmap_key = key
        if self._pixmap.isNull():
            return QRectF()
        size = self._pixmap.deviceIndependentSize()
        rect = QRectF(0, 0, size.width(), size.height())
        rect.moveCenter(space.center())
        return rect

    def _layout_placeholder(self, unit: float, space: QRectF) -> None:
        width = min(space.width(), space.height() * 3 / 2)
        box = QRectF(0, 0, width, min(space.height(), width * 2 / 3))
        box.moveCenter(space.center())
        self._shapes.append(
            _Shape(
                box,
                fill="placeholder",
                outline="muted",
                radius=14 * unit,
                line=2 * unit,
                dashed=True,
            )
        )
        inner = box.adjusted(32 * unit, 24 * unit, -32 * unit, -24 * unit)
        for scale in _SHRINK:
            self._placeholder_font = _font(BODY_PX * unit * scale)
            needed = QFontMetricsF(self._placeholder_font).boundingRect(
                inner, self._placeholder_flags(), self._image_error
            )
            if needed.height() <= inner.height() and needed.width() <= inner.width():
                break
        self._placeholder_rect = inner

    @staticmethod
    def _placeholder_flags() -> int:
        # Anywhere: a file name is one long word.
        return int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere)

    # -- painting ---------------------------------------------------------------------------

    def _colour(self, role: ColourRole) -> QColor:
        t: Theme = self._appearance.theme
        if role == "card":
            # A card stands out from the slide: the raised surface, or the tint when they match.
            return QColor(t.surface_alt if t.surface == t.window else t.surface)
        if role == "badge":
            colour = QColor(t.surface)
            colour.setAlphaF(0.92)
            return colour
        if role == "placeholder":
            return QColor(t.surface_alt)
        return QColor(getattr(t, role))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._appearance.theme.window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape in self._shapes:
            self._paint_shape(painter, shape)
        if not self._pixmap.isNull():
            painter.drawPixmap(self._picture.topLeft(), self._pixmap)
            self._paint_badge_box(painter)
        elif self._image_error and self._shapes:
            painter.setFont(self._placeholder_font)
            painter.setPen(QColor(self._appearance.theme.muted))
            # drawText never reads markup: a file named "<b>.png" shows as written.
            painter.drawText(self._placeholder_rect, self._placeholder_flags(), self._image_error)

    def _paint_badge_box(self, painter: QPainter) -> None:
        for shape in self._shapes:
            if shape.fill == "badge":
                self._paint_shape(painter, shape, over_picture=True)

    def _paint_shape(self, painter: QPainter, shape: _Shape, *, over_picture: bool = False) -> None:
        if (shape.fill == "badge") != over_picture:
            return  # the 示意图 badge's box is painted over the picture, not under it
        if shape.outline is not None:
            pen = QPen(self._colour(shape.outline), shape.line)
            if shape.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        rect = shape.rect
        if shape.outline is not None:
            inset = shape.line / 2
            rect = rect.adjusted(inset, inset, -inset, -inset)
        if shape.radius:
            painter.drawRoundedRect(rect, shape.radius, shape.radius)
        else:
            painter.drawRect(rect)
        if shape.stripe:
            path = QPainterPath()
            path.addRoundedRect(rect, shape.radius, shape.radius)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(
                QRectF(rect.left(), rect.top(), shape.stripe, rect.height()), self._colour("accent")
            )
            painter.restore()

    # -- test hooks -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every string the slide shows, in reading order (a chart's: title, unit, note, then
        its value labels, legend, categories, axis numbers and changes)."""
        self._ensure_layout()  # whether a picture can be shown is known once it is decoded
        shown = [label.text() for label in self._labels if not label.isHidden()]
        if self._image_error:
            shown.insert(0, self._image_error)
        if self._chart is not None:
            chart = self._chart
            shown += [label.text() for label in chart.findChildren(QLabel) if label.text()]
            shown += chart.value_labels() + chart.legend_labels() + chart.category_labels()
            shown += chart.value_axis_labels() + chart.change_labels()
        return shown

    def value_pixel_size(self) -> int:
        """The pixel size of a card's number on a cards slide at its current size; 0 otherwise."""
        self._ensure_layout()
        return self._value_px

    def body_pixel_size(self) -> int:
        """The pixel size of the slide's body text (card labels, summary, caption, a chart's
        value labels) at its current size."""
        self._ensure_layout()
        return self._body_px

    def chart_panel(self) -> ChartPanel | None:
        return self._chart

    def picture_rect(self) -> QRectF:
        """Where an image slide draws its picture; empty for a placeholder or another kind."""
        self._ensure_layout()
        return QRectF(self._picture) if not self._pixmap.isNull() else QRectF()

    def placeholder_text(self) -> str:
        """The placeholder's text (heading, file name, reason) of a picture that cannot be
        shown; "" otherwise."""
        self._ensure_layout()
        return self._image_error
