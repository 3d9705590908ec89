"""The title and closing slides: a centred column of three lines, the short accent rule under
the first, and the accent band along the bottom."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel

from briefing.model.formatting import source_line
from briefing.views.slides._metrics import (
    BAND,
    LEAD_PX,
    THANKS_PX,
    TITLE_PX,
    Shape,
    Tone,
    pixel_font,
)
from briefing.views.slides._view import SlideView


class _BandedSlide(SlideView):
    """A column of ``(label, pixel size, bold, gap above)``, centred above the band; the body
    text (what ``body_pixel_size`` reports) is one of its lines."""

    COLUMN_WIDTH: ClassVar[float]  # the widest the column is, on the design slide
    _lines: list[tuple[QLabel, float, bool, float]]
    _body: QLabel

    def _line(
        self, text: str, px: float, gap: float, *, bold: bool = False, tone: Tone = "text"
    ) -> QLabel:
        """A centred line of ``px`` pixels, ``gap`` pixels under the one before."""
        label = self._label(text, tone)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._lines.append((label, px, bold, gap))
        return label

    def _layout(self, unit: float) -> None:
        area = self._margins(unit).adjusted(0, 0, 0, -BAND * unit)
        width = min(area.width(), self.COLUMN_WIDTH * unit)
        self._break_lines(unit, width)
        self._column(unit, self._lines, width, area, centred=True, rule_after=0)
        self._body_px = self._body.font().pixelSize()
        band = BAND * unit
        self._shapes.append(
            Shape(QRectF(0, self.height() - band, self.width(), band), fill="accent")
        )

    def _break_lines(self, unit: float, width: float) -> None:
        """Change a line's text for the column's width before it is stacked."""


class TitleSlide(_BandedSlide):
    """The briefing's title, its series line and its byline."""

    kind = "title"
    COLUMN_WIDTH = 1560

    def _build(self) -> None:
        briefing = self._dataset.briefing
        self._lines = []
        self._line(self.slide.title, TITLE_PX, 0.0, bold=True)
        if briefing.subtitle:
            self._body = self._line("——" + briefing.subtitle, LEAD_PX, 96)
            self._line(briefing.publisher_line, 32, 28, tone="muted")
        else:  # no series line: the byline stands under the title
            self._body = self._line(briefing.publisher_line, 32, 96, tone="muted")


class ClosingSlide(_BandedSlide):
    """Thanks, the briefing's title, and the source line every export carries."""

    kind = "closing"
    COLUMN_WIDTH = 1500

    def _build(self) -> None:
        self._lines = []
        thanks = QCoreApplication.translate("SlideView", "谢谢")
        self._line(thanks, THANKS_PX, 0.0, bold=True, tone="accent")
        self._line(self.slide.title, 56, 88, bold=True)
        self._source = source_line(self._dataset.briefing, QCoreApplication.translate)
        self._body = self._line(self._source, 32, 56, tone="muted")

    def _break_lines(self, unit: float, width: float) -> None:
        # The byline keeps its names together: on a line of its own when the line is full.
        one_line = QFontMetricsF(pixel_font(32 * unit)).horizontalAdvance(self._source) <= width
        byline = self._dataset.briefing.publisher_line
        at = self._source.rfind(byline)
        if one_line or at <= 0:
            self._body.setText(self._source)
        else:
            self._body.setText(self._source[:at].rstrip() + "\n" + self._source[at:])
