"""The blocks a handout page is made of, each measured for the page's width and painted in the
handout's unit (0.1 mm): text, headings, the cards' table, the sources, a chart, a picture.

Each block has a ``shape`` (what the paginator needs: the heights of the units it may break
between) and ``paint(painter, first, last, x, y)`` for units ``first`` to ``last``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from briefing.imaging import ImageLoadError, load_image
from briefing.model import Dataset
from briefing.model.handout import CardRow, SourceEntry
from briefing.model.paths import PathOutsideError
from briefing.model.schema import Chart, Image
from briefing.render.handout._flow import Shape
from briefing.render.handout._text import TYPE, UNITS_PER_MM, Paragraph, paper_font
from briefing.theme import THEMES

INK = THEMES["light"]  # paper is white: the light theme's colours
RULE = 2.0  # a hairline rule: 0.2 mm
CELL_PAD = 12.0  # inside a table cell, 1.2 mm
PICTURE_DPI = 200  # pictures are decoded at what an office printer shows of a photo, no more


class Block:
    shape: Shape

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        raise NotImplementedError


class TextBlock(Block):
    """A paragraph of body text (or any one style), broken between lines: at least two lines
    stay together at either side of a page break."""

    def __init__(self, paragraph: Paragraph, *, space_before: float = 0.0, keep: int = 2) -> None:
        self.paragraph = paragraph
        self.shape = Shape(
            tuple(paragraph.heights), space_before=space_before, min_first=keep, min_last=keep
        )

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        self.paragraph.paint(painter, x, y, first, last)


class HeadingBlock(Block):
    """A section's heading and the line saying what it shows; never alone at a page's foot."""

    def __init__(self, heading: str, summary: str, width: float, *, break_before: bool) -> None:
        self.title = Paragraph(heading, paper_font(TYPE.heading, bold=True), width, spacing=1.3)
        self.summary = Paragraph(
            summary, paper_font(TYPE.body), width, colour=INK.muted, spacing=1.4
        )
        self.rule_at = self.title.height + 8
        height = self.rule_at + 20 + (self.summary.height if summary else 0) + 20
        self.shape = Shape(
            (height,), space_before=60, keep_with_next=True, break_before=break_before
        )
        self.has_summary = bool(summary)

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        self.title.paint(painter, x, y)
        painter.save()
        painter.setPen(QPen(QColor(INK.accent), 6))
        painter.drawLine(QPointF(x, y + self.rule_at), QPointF(x + 200, y + self.rule_at))
        painter.restore()
        if self.has_summary:
            self.summary.paint(painter, x, y + self.rule_at + 20)


@dataclass
class _Column:
    title: str
    share: float  # of the table's width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    cells: list[Paragraph] = field(default_factory=list)


class CardTable(Block):
    """A section's cards as a table: 指标, 数值, 单位, 较上年, 说明, 出处. Rows break only
    between rows; the header row is printed again above the part on the next page."""

    def __init__(self, rows: Sequence[CardRow], width: float) -> None:
        right = Qt.AlignmentFlag.AlignRight
        centre = Qt.AlignmentFlag.AlignHCenter
        notes = any(row.note for row in rows)
        self.columns = [
            _Column(QCoreApplication.translate("Handout", "指标"), 0.28 if notes else 0.40),
            _Column(QCoreApplication.translate("Handout", "数值"), 0.13, right),
            _Column(QCoreApplication.translate("Handout", "单位"), 0.09),
            _Column(QCoreApplication.translate("Handout", "变化"), 0.22 if notes else 0.28),
            _Column(QCoreApplication.translate("Handout", "说明"), 0.18 if notes else 0.0),
            _Column(QCoreApplication.translate("Handout", "出处"), 0.10, centre),
        ]
        self.width = width
        body, bold = paper_font(TYPE.body), paper_font(TYPE.body, bold=True)
        small = paper_font(TYPE.small)
        self.header = [self._cell(c.title, bold, c, INK.text) for c in self.columns]
        self.header_height = max(p.height for p in self.header) + 2 * CELL_PAD
        heights = []
        for row in rows:
            texts = (row.label, row.value, row.unit, row.change, row.note, f"[{row.source}]")
            for column, text in zip(self.columns, texts, strict=True):
                font = small if column is self.columns[4] else body
                if column is self.columns[1]:
                    font = bold
                column.cells.append(self._cell(text, font, column, INK.text))
            heights.append(max(c.cells[-1].height for c in self.columns) + 2 * CELL_PAD)
        self.heights = heights
        self.shape = Shape(
            tuple(heights),
            space_before=30,
            header=self.header_height,
            min_first=min(2, len(heights)),
            min_last=min(2, len(heights)),
        )

    def _cell(self, text: str, font: QFont, column: _Column, colour: str) -> Paragraph:
        if column.share == 0:
            text = ""
        inner = max(1.0, column.share * self.width - 2 * CELL_PAD)
        return Paragraph(text, font, inner, colour=colour, spacing=1.25, align=column.align)

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        painter.save()
        painter.fillRect(QRectF(x, y, self.width, self.header_height), QColor(INK.surface_alt))
        self._row(painter, self.header, x, y, self.header_height)
        top = y + self.header_height
        for index in range(first, last):
            cells = [column.cells[index] for column in self.columns]
            self._row(painter, cells, x, top, self.heights[index])
            top += self.heights[index]
        pen = QPen(QColor(INK.text), RULE * 2)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y), QPointF(x + self.width, y))
        painter.drawLine(QPointF(x, top), QPointF(x + self.width, top))
        painter.restore()

    def _row(
        self, painter: QPainter, cells: Sequence[Paragraph], x: float, y: float, height: float
    ) -> None:
        left = x
        for column, cell in zip(self.columns, cells, strict=True):
            if column.share > 0:  # 说明 is left out when no row has a note
                cell.paint(painter, left + CELL_PAD, y + CELL_PAD)
            left += column.share * self.width
        painter.setPen(QPen(QColor(INK.border), RULE))
        painter.drawLine(QPointF(x, y + height), QPointF(x + self.width, y + height))


class SourcesBlock(Block):
    """The sentences a section's cards come from, numbered as the table's 出处 column."""

    def __init__(self, sources: Sequence[SourceEntry], width: float) -> None:
        font = paper_font(TYPE.small)
        self.title = Paragraph(
            QCoreApplication.translate("Handout", "出处"),
            paper_font(TYPE.small, bold=True),
            width,
            spacing=1.4,
        )
        hanging = 60.0
        self.entries = [
            Paragraph(
                f"[{entry.number}] {entry.sentence}",
                font,
                width,
                colour=INK.muted,
                hanging=hanging,
                spacing=1.35,
            )
            for entry in sources
        ]
        # One unit per line of every entry, the title with the first: a break may fall
        # between any two lines but never right after the title.
        self.units: list[tuple[int, int]] = []  # (entry, line); entry -1 is the title
        heights: list[float] = []
        for number, entry in enumerate(self.entries):
            for line, height in enumerate(entry.heights):
                above = self.title.height if number == 0 and line == 0 else 0.0
                heights.append(above + height)
                self.units.append((number, line))
        self.shape = Shape(tuple(heights), space_before=30, min_first=2, min_last=1)

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        top = y
        for entry, line in self.units[first:last]:
            if entry == 0 and line == 0:
                self.title.paint(painter, x, top)
                top += self.title.height
            paragraph = self.entries[entry]
            paragraph.paint(painter, x, top, line, line + 1)
            top += paragraph.heights[line]


ChartPainter = Callable[[QPainter, Chart, QRectF], None]


class ChartBlock(Block):
    """A chart, whole: drawn by the app's own chart panel, scaled into its place."""

    def __init__(self, chart: Chart, width: float, height: float, draw: ChartPainter) -> None:
        self.chart = chart
        self.width, self.height = width, height
        self.draw = draw
        self.shape = Shape((height,), space_before=50)

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        self.draw(painter, self.chart, QRectF(x, y, self.width, self.height))
        painter.save()
        painter.setPen(QPen(QColor(INK.border), RULE))
        painter.drawRect(QRectF(x, y, self.width, self.height))
        painter.restore()


class DecodedPictures:
    """Pictures decoded while the handout is laid out (to learn their shape), kept to be
    painted: at most ``most`` at a time, so memory stays bounded for any briefing; one that
    was let go is decoded again when its page is painted."""

    def __init__(self, most: int = 8) -> None:
        self.most = most
        self._kept: deque[PictureBlock] = deque()

    def keep(self, block: PictureBlock) -> None:
        self._kept.append(block)
        if len(self._kept) > self.most:
            self._kept.popleft().decoded = None


class PictureBlock(Block):
    """A picture with its caption and credit below it, kept whole on one page (only a caption
    longer than a page breaks, after its first two lines)."""

    def __init__(
        self,
        dataset: Dataset,
        image: Image,
        width: float,
        most: float,
        *,
        page: float,
        kept: DecodedPictures,
    ) -> None:
        """At most ``most`` high, and with its caption and credit no taller than ``page``
        (a caption of many lines makes the picture smaller, never the block overflow)."""
        self.dataset, self.image = dataset, image
        self.width = width
        self.reason = ""
        self.decoded: QImage | None = None
        credit = image.credit
        path_kind = self._kind()
        if path_kind == "illustration":
            credit = QCoreApplication.translate("SlideView", "示意图，原照片 {credit}").format(
                credit=credit
            )
        self.caption = Paragraph(
            image.caption,
            paper_font(TYPE.small, bold=True),
            width,
            spacing=1.4,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        self.credit = Paragraph(
            credit,
            paper_font(TYPE.small),
            width,
            colour=INK.muted,
            spacing=1.3,
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        # The caption's and credit's lines, in order: (paragraph, line).
        self.lines = [(self.caption, n) for n in range(len(self.caption.heights))]
        self.lines += [(self.credit, n) for n in range(len(self.credit.heights))]
        heights = [paragraph.heights[n] for paragraph, n in self.lines]
        words = 20 + sum(heights)
        size = self._picture_size(width, max(min(most, page - words), page * 0.1))
        if self.decoded is not None:
            kept.keep(self)
        self.picture_size = size
        # Whole, as a rule. Only a caption too long for any page is broken after its first
        # two lines, which stay with the picture.
        head = 2 if size[1] + words > page else len(self.lines)
        self.units_lines = [head, *([1] * (len(self.lines) - head))]
        self.shape = Shape((size[1] + 20 + sum(heights[:head]), *heights[head:]), space_before=50)

    def _kind(self) -> str:
        try:
            return self.dataset.image_file(self.image)[1]
        except PathOutsideError:
            return ""

    def _load(self, width: float, height: float) -> QImage:
        path, _kind = self.dataset.image_file(self.image)
        dots = PICTURE_DPI / 25.4 / UNITS_PER_MM  # pixels per unit at print resolution
        return load_image(path, QSize(max(1, round(width * dots)), max(1, round(height * dots))))

    def _picture_size(self, width: float, most: float) -> tuple[float, float]:
        try:
            picture = self._load(width, most)
        except (PathOutsideError, ImageLoadError) as error:
            self.reason = error.reason if isinstance(error, ImageLoadError) else str(error)
            return width, min(most, 400.0)
        # Decoded to fit the box at print resolution: the very pixels the page will show.
        self.decoded = picture
        scale = min(width / picture.width(), most / picture.height())
        return picture.width() * scale, picture.height() * scale

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        top = y
        if first == 0:
            self._paint_picture(painter, x, y)
            top = y + self.picture_size[1] + 20
        start = sum(self.units_lines[:first])
        for paragraph, line in self.lines[start : sum(self.units_lines[:last])]:
            paragraph.paint(painter, x, top, line, line + 1)
            top += paragraph.heights[line]

    def _paint_picture(self, painter: QPainter, x: float, y: float) -> None:
        width, height = self.picture_size
        left = x + (self.width - width) / 2
        place = QRectF(left, y, width, height)
        painter.save()
        if self.reason:
            painter.setPen(QPen(QColor(INK.border), RULE))
            painter.drawRect(place)
            painter.setFont(paper_font(TYPE.small))
            painter.setPen(QColor(INK.muted))
            missing = QCoreApplication.translate("SlideView", "图片无法显示")
            painter.drawText(place, Qt.AlignmentFlag.AlignCenter, f"{missing}\n{self.reason}")
        else:
            picture = self.decoded
            self.decoded = None  # painted once: the memory goes back
            if picture is None:
                try:
                    picture = self._load(width, height)
                except (PathOutsideError, ImageLoadError):
                    picture = QImage()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(place, picture)
        painter.restore()


__all__ = [
    "Block",
    "CardTable",
    "ChartBlock",
    "ChartPainter",
    "HeadingBlock",
    "PictureBlock",
    "SourcesBlock",
    "TextBlock",
]
