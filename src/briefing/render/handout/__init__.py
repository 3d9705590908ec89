"""The briefing as an A4 handout, for the printer and as a PDF.

A title page (title, series, credits, source, contents), then for each part (the lead, then each
section): its heading, its cards as a table (number, unit, change in words, 推算 marks, and
which sentence each comes from), its charts, its pictures with captions and credits, its text,
and the numbered sentences its figures come from. Every page after the first carries a running
header (the briefing and the section), and every page the source line and its number.

One painter does both: ``paint_handout`` onto any paged device (the print preview's QPrinter,
a printer, a QPdfWriter), laid out for that device's page, so what the preview shows is what
prints. Lengths are in tenths of a millimetre (``_text``); charts are the app's own chart
panels painted as vectors; nothing is a screenshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from briefing.model import Dataset
from briefing.model.formatting import source_line
from briefing.model.handout import card_rows
from briefing.model.schema import Block as ModelBlock
from briefing.model.schema import Chart
from briefing.render.files import (
    ExportCancelled,
    ExportError,
    ImageOptions,
    Progress,
    check_free,
    write_bytes,
)
from briefing.render.handout._blocks import (
    INK,
    RULE,
    Block,
    CardTable,
    ChartBlock,
    DecodedPictures,
    HeadingBlock,
    PictureBlock,
    SourcesBlock,
    TextBlock,
)
from briefing.render.handout._flow import Placement, Shape, paginate
from briefing.render.handout._text import TYPE, UNITS_PER_MM, Paragraph, page_label, paper_font
from briefing.render.offscreen import printed_pages

# Print margins (mm): wide enough for any office printer's unprintable edge and for a binder.
MARGINS_MM = QMarginsF(20, 15, 20, 15)
HEADER = 110.0  # the running header's band above the body, in units
FOOTER = 90.0  # the footer's band below it
CHART_DESIGN_WIDTH = 800  # a chart laid out this wide fills the text width: type ≈ 8 pt
RESOLUTION = 600  # the PDF's device units per inch (text and shapes are vectors at any)
CREATOR = "briefing"


@dataclass
class Layout:
    """The handout laid out for one page size: its blocks, and where they fall."""

    title: str  # the running header's left side
    blocks: list[Block]
    sections: list[str]  # the running header's words for each block
    pages: list[list[Placement]]
    width: float
    height: float  # of the page's printable area, in units


def _chart_height(chart: Chart, width: float) -> float:
    """A chart's height on paper: 16:9 like the app's, taller when its categories are many
    (they go down the page when they do not fit across)."""
    if chart.kind == "composition":  # one bar per series, its parts side by side
        rows = len(chart.series)
    elif chart.kind == "rank_change":
        rows = len(chart.categories)
    else:
        rows = len(chart.categories) * len(chart.series)
    # No cap here but the page's (the caller's): 80 bars squeezed into a fixed height would
    # print their labels at 3 pt.
    return width * (0.5 if rows <= 10 else 0.5 + 0.035 * (rows - 10))


def _part(
    dataset: Dataset,
    block: ModelBlock,
    heading: str,
    summary: str,
    *,
    width: float,
    body: float,
    kept: DecodedPictures,
    new_page: bool,
) -> list[Block]:
    """One part of the briefing as blocks, in the handout's order; ``new_page``: it starts
    a page (the first part, after the title page)."""
    briefing = dataset.briefing
    figures = briefing.figures()
    out: list[Block] = [HeadingBlock(heading, summary, width, break_before=new_page)]
    rows, sources = card_rows(block, figures, QCoreApplication.translate)
    if rows:
        out.append(CardTable(rows, width))

    def draw(painter: QPainter, chart: Chart, place: QRectF) -> None:
        from briefing.render.chart_files import paint_chart

        options = ImageOptions(
            width=round(place.width()),
            height=round(place.height()),
            background="white",
            title=True,
            source=False,
            theme="light",
        )
        paint_chart(
            painter,
            place,
            chart,
            figures=figures,
            briefing=briefing,
            options=options,
            design_width=CHART_DESIGN_WIDTH,
        )

    for chart in block.charts:
        out.append(ChartBlock(chart, width, min(_chart_height(chart, width), body * 0.9), draw))
    for image in block.images:
        out.append(
            PictureBlock(dataset, image, width, min(body * 0.34, width * 0.5), page=body, kept=kept)
        )
    body_font = paper_font(TYPE.body)
    indent = 2 * QFontMetricsF(body_font).horizontalAdvance("中")  # 空两格, as Chinese prose
    for number, text in enumerate(block.paragraphs):
        paragraph = Paragraph(text, body_font, width, indent=indent, spacing=1.6)
        out.append(TextBlock(paragraph, space_before=40 if number == 0 else 14))
    if sources:
        out.append(SourcesBlock(sources, width))
    return out


def _title_page(dataset: Dataset, width: float) -> list[Block]:
    briefing = dataset.briefing
    centre = Qt.AlignmentFlag.AlignHCenter
    blocks: list[Block] = []

    def line(text: str, points: float, *, bold: bool = False, colour: str = INK.text,
             space: float = 0.0) -> None:  # fmt: skip
        paragraph = Paragraph(
            text, paper_font(points, bold=bold), width, colour=colour, spacing=1.4, align=centre
        )
        blocks.append(TextBlock(paragraph, space_before=space, keep=99))

    if briefing.subtitle:
        line(briefing.subtitle, 12, colour=INK.muted, space=320)
    line(briefing.title, TYPE.title, bold=True, space=0 if briefing.subtitle else 320)
    # The byline as printed names the author and photographer already, as a rule: they are
    # added only when it does not.
    credits = [briefing.publisher_line]
    credits += [name for name in (briefing.author, briefing.photographer) if name]
    shown = [part for n, part in enumerate(credits) if n == 0 or part not in credits[0]]
    line("\u3000".join(shown), TYPE.body, colour=INK.muted, space=60)
    line(source_line(briefing, QCoreApplication.translate), TYPE.small, colour=INK.muted)
    note = QCoreApplication.translate(
        "Handout",
        "表中数字均摘自原文，每个数字的原句列在各部分末尾的“出处”中；"
        "标“推算”的数字由原文数字计算得出。",
    )
    line(note, TYPE.small, colour=INK.muted, space=40)
    return blocks


class _Contents(Block):
    """The title page's list of parts, each with the page it starts on."""

    def __init__(self, headings: list[str], width: float) -> None:
        self.width = width
        self.title = Paragraph(
            QCoreApplication.translate("Handout", "目录"),
            paper_font(TYPE.heading, bold=True),
            width,
        )
        self.entries = [Paragraph(text, paper_font(TYPE.body), width * 0.85) for text in headings]
        self.pages: list[int] = [0] * len(headings)  # filled once the pages are known
        heights = [entry.height + 16 for entry in self.entries]
        # The title heads every page the contents take, as a table's header row does.
        self.shape = Shape(
            tuple(heights),
            space_before=140,
            header=self.title.height + 20,
            min_first=min(2, len(heights)),
            min_last=1,
        )

    def paint(self, painter: QPainter, first: int, last: int, x: float, y: float) -> None:
        self.title.paint(painter, x, y)
        top = y + self.shape.header
        font = paper_font(TYPE.body)
        metrics = QFontMetricsF(font)
        for index in range(first, last):
            entry = self.entries[index]
            entry.paint(painter, x, top)
            number = str(self.pages[index])
            baseline = top + entry.baseline(len(entry.heights) - 1)
            painter.save()
            painter.setFont(font)
            painter.setPen(QColor(INK.text))
            right = x + self.width
            painter.drawText(QPointF(right - metrics.horizontalAdvance(number), baseline), number)
            painter.setPen(QPen(QColor(INK.border), RULE * 1.5, Qt.PenStyle.DotLine))
            start = x + entry.natural_width() + 30
            end = right - metrics.horizontalAdvance(number) - 30
            if end > start:
                painter.drawLine(QPointF(start, baseline), QPointF(end, baseline))
            painter.restore()
            top += entry.height + 16


def lay_out(dataset: Dataset, width: float, height: float) -> Layout:
    """The handout for a printable area ``width`` × ``height`` (units)."""
    briefing = dataset.briefing
    body = height - HEADER - FOOTER
    blocks: list[Block] = _title_page(dataset, width)
    sections = [""] * len(blocks)
    parts: list[tuple[ModelBlock, str, str]] = []
    lead = briefing.lead
    if lead.cards or lead.charts or lead.images or lead.paragraphs:
        parts.append((lead, QCoreApplication.translate("Slides", "导语"), ""))
    for section in briefing.sections:
        parts.append((section, "\u3000".join(section.heading), section.summary))
    contents = _Contents([heading for _block, heading, _summary in parts], width)
    blocks.append(contents)
    sections.append("")
    starts: list[int] = []
    kept = DecodedPictures()
    for number, (block, heading, summary) in enumerate(parts):
        # The first part starts on the page after the title page.
        part = _part(
            dataset,
            block,
            heading,
            summary,
            width=width,
            body=body,
            kept=kept,
            new_page=number == 0,
        )
        starts.append(len(blocks))
        blocks += part
        sections += [heading] * len(part)
    pages = paginate([block.shape for block in blocks], body)
    where = {placement.block: page for page, placed in enumerate(pages) for placement in placed}
    contents.pages = [where.get(start, 0) + 1 for start in starts]
    return Layout(briefing.title, blocks, sections, pages, width, height)


def _frame(painter: QPainter, layout: Layout, number: int, source: str) -> None:
    """The running header (from the second page) and the footer of page ``number`` (0-based)."""
    width, height = layout.width, layout.height
    font = paper_font(TYPE.running)
    metrics = QFontMetricsF(font)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(INK.muted))
    if number > 0:
        placed = layout.pages[number]
        section = layout.sections[placed[0].block] if placed else ""
        baseline = metrics.ascent()
        title = metrics.elidedText(layout.title, Qt.TextElideMode.ElideRight, width * 0.48)
        painter.drawText(QPointF(0, baseline), title)
        right = metrics.elidedText(section, Qt.TextElideMode.ElideRight, width * 0.48)
        painter.drawText(QPointF(width - metrics.horizontalAdvance(right), baseline), right)
        painter.setPen(QPen(QColor(INK.border), RULE))
        rule = metrics.height() + 12
        painter.drawLine(QPointF(0, rule), QPointF(width, rule))
    page = page_label(number + 1, len(layout.pages))
    baseline = height - metrics.descent()
    painter.setPen(QColor(INK.muted))
    painter.drawText(QPointF(width - metrics.horizontalAdvance(page), baseline), page)
    room = width - metrics.horizontalAdvance(page) - 60
    painter.drawText(
        QPointF(0, baseline), metrics.elidedText(source, Qt.TextElideMode.ElideRight, room)
    )
    painter.restore()


def paint_handout(
    device: QPagedPaintDevice, dataset: Dataset, *, progress: Progress | None = None
) -> int:
    """Paint the handout onto ``device``, laid out for its page; returns the pages painted.

    ``progress(label, done, total)`` after each page; False stops with ExportCancelled."""
    scale_x = device.logicalDpiX() / 25.4 / UNITS_PER_MM
    scale_y = device.logicalDpiY() / 25.4 / UNITS_PER_MM
    layout = lay_out(dataset, device.width() / scale_x, device.height() / scale_y)
    # The footer names the article and its byline; the series line is on the title page (with
    # it, the line is too long for a page's width and the byline would be cut off).
    source = source_line(
        dataset.briefing.model_copy(update={"subtitle": None}), QCoreApplication.translate
    )
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate("Handout", "无法开始打印"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        wanted = printed_pages(device, len(layout.pages))
        for number in wanted:
            placed = layout.pages[number]
            if number > wanted.start and not device.newPage():
                raise ExportError(QCoreApplication.translate("Handout", "无法开始新的一页"))
            painter.save()
            painter.scale(scale_x, scale_y)
            _frame(painter, layout, number, source)
            for placement in placed:
                block = layout.blocks[placement.block]
                top = HEADER + placement.y
                block.paint(painter, placement.first, placement.last, 0.0, top)
            painter.restore()
            label = QCoreApplication.translate("Handout", "第 {page} 页").format(page=number + 1)
            done = number + 1 - wanted.start
            if progress is not None and not progress(label, done, len(wanted)):
                raise ExportCancelled
    finally:
        painter.end()
    return len(layout.pages)


def a4_layout() -> QPageLayout:
    """A4 portrait with the handout's print margins."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def handout_pdf(dataset: Dataset, *, progress: Progress | None = None) -> bytes:
    """The handout as a PDF: A4 portrait, fonts embedded, text selectable."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    if not writer.setPageLayout(a4_layout()):
        raise ExportError(QCoreApplication.translate("Export", "无法设置 PDF 页面大小"))
    writer.setTitle(dataset.briefing.title)
    writer.setCreator(CREATOR)
    paint_handout(writer, dataset, progress=progress)
    buffer.close()
    return bytes(data.data())


def save_handout(
    path: Path, dataset: Dataset, *, force: bool = False, progress: Progress | None = None
) -> Path:
    """Write the handout's PDF to ``path``, whole or not at all."""
    check_free(path, force=force)
    return write_bytes(path, handout_pdf(dataset, progress=progress), force=force)


__all__ = [
    "TYPE",
    "UNITS_PER_MM",
    "Layout",
    "a4_layout",
    "handout_pdf",
    "lay_out",
    "page_label",
    "paint_handout",
    "paper_font",
    "save_handout",
]
