"""Type for paper: fonts sized in the handout's unit (0.1 mm) and paragraphs broken into lines.

Every length on a handout page is in tenths of a millimetre, whatever the printer's resolution:
the painter is scaled to the device once. Fonts are therefore sized in pixels of that unit and
unhinted, so a line breaks at the same character in the preview, on a 1200 dpi printer and in
the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextLayout, QTextOption

from briefing.fonts import FONT_FAMILY

UNITS_PER_MM = 10.0
UNITS_PER_PT = 254.0 / 72.0  # a point is 1/72 inch; a unit 1/254 inch


def paper_font(points: float, *, bold: bool = False) -> QFont:
    """The app's font at ``points`` on paper (10.5 pt is 五号, the size of Chinese documents)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(points * UNITS_PER_PT)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Kerning and the font's own spacing as designed, at every size alike.
    font.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    return font


@dataclass(frozen=True)
class Type:
    """The handout's type sizes, in points."""

    title: float = 22.0  # 二号
    heading: float = 16.0  # 三号
    body: float = 10.5  # 五号
    small: float = 9.0  # 小五: captions, table notes, sources
    running: float = 8.0  # header and footer


TYPE = Type()


class Paragraph:
    """Text broken into lines ``width`` wide; each line is a unit the paginator may break after.

    ``indent`` is the first line's (two characters in Chinese body text); ``hanging`` every
    other line's (a numbered list's)."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        colour: str = "#000000",
        indent: float = 0.0,
        hanging: float = 0.0,
        spacing: float = 1.5,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.colour = colour
        self._layout = QTextLayout(text, font)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        self._layout.setCacheEnabled(True)
        self.heights: list[float] = []
        self._tops: list[float] = []
        top = 0.0
        self._layout.beginLayout()
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            offset = indent if not self.heights else hanging
            line.setLineWidth(max(1.0, width - offset))
            # The leading above the line: the text sits in the lower part of its unit's height.
            leading = line.height() * (spacing - 1)
            line.setPosition(QPointF(offset, top + leading))
            self._tops.append(top)
            height = line.height() * spacing
            self.heights.append(height)
            top += height
        self._layout.endLayout()
        if not self.heights:  # empty text: still one (blank) line high
            self.heights.append(0.0)
            self._tops.append(0.0)

    @property
    def height(self) -> float:
        return sum(self.heights)

    def baseline(self, line: int) -> float:
        """Where line ``line``'s text stands, from the paragraph's top."""
        drawn = self._layout.lineAt(line)
        return drawn.y() + drawn.ascent()

    def natural_width(self) -> float:
        widths = [self._layout.lineAt(i).naturalTextWidth() for i in range(self._lines())]
        return max(widths, default=0.0)

    def _lines(self) -> int:
        return self._layout.lineCount()

    def paint(
        self, painter: QPainter, x: float, y: float, first: int = 0, last: int | None = None
    ) -> None:
        """Draw lines ``first`` to ``last`` (exclusive) with line ``first``'s top at ``y``."""
        last = self._lines() if last is None else min(last, self._lines())
        if first >= last:
            return
        painter.save()
        painter.setPen(QColor(self.colour))
        origin = QPointF(x, y - self._tops[first])
        for number in range(first, last):
            self._layout.lineAt(number).draw(painter, origin)
        painter.restore()


def page_label(page: int, count: int) -> str:
    """第 3 页，共 16 页: the words at the foot of page ``page`` (from 1) of ``count``."""
    return QCoreApplication.translate("Handout", "第 {page} 页，共 {count} 页").format(
        page=page, count=count
    )


__all__ = [
    "TYPE",
    "UNITS_PER_MM",
    "UNITS_PER_PT",
    "Paragraph",
    "Type",
    "page_label",
    "paper_font",
]
