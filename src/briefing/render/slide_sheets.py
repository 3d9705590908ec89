"""The show's slides on paper: one 16:9 slide per landscape A4 page, or 2, 4 or 6 per portrait
page as presentation programs print handouts (2: one above the other; 4: two by two; 6: two
across, three down), each slide framed, the page numbered.

Each slide is the show's own SlideView painted as vectors (``briefing_pdf.paint_slide``), so
what prints is what the audience saw.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
)

from briefing.model import Dataset
from briefing.model.slides import build_slides
from briefing.render.briefing_pdf import appearance, paint_slide
from briefing.render.files import ExportCancelled, ExportError, Progress
from briefing.render.handout import TYPE, UNITS_PER_MM, page_label, paper_font
from briefing.render.offscreen import printed_pages
from briefing.theme import THEMES

PER_PAGE = (1, 2, 4, 6)
GRIDS = {1: (1, 1), 2: (1, 2), 4: (2, 2), 6: (2, 3)}  # columns, rows
MARGINS_MM = QMarginsF(12, 12, 12, 12)
GAP_MM = 8.0  # between slides
FOOTER_MM = 7.0  # the page number's band
INK = THEMES["light"]


def sheet_layout(per_page: int) -> QPageLayout:
    """A4, landscape for one slide a page (the slide's own shape), portrait for more."""
    orientation = (
        QPageLayout.Orientation.Landscape if per_page == 1 else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


def slide_places(per_page: int, width: float, height: float) -> list[QRectF]:
    """Where the slides of one page go in a printable area ``width`` × ``height`` (mm): the
    largest 16:9 rectangles the grid allows, centred in their cells."""
    if per_page not in GRIDS:
        raise ExportError(
            QCoreApplication.translate("Export", "每页幻灯片数只能是 {choices}").format(
                choices="、".join(str(n) for n in PER_PAGE)
            )
        )
    columns, rows = GRIDS[per_page]
    cell_w = (width - GAP_MM * (columns - 1)) / columns
    cell_h = (height - FOOTER_MM - GAP_MM * (rows - 1)) / rows
    slide_w = min(cell_w, cell_h * 16 / 9)
    slide_h = slide_w * 9 / 16
    # The grid as a whole is centred, the slides a gap apart: not each in the middle of its
    # cell, which would leave wide bands between the rows of a portrait page.
    left0 = (width - columns * slide_w - GAP_MM * (columns - 1)) / 2
    top0 = (height - FOOTER_MM - rows * slide_h - GAP_MM * (rows - 1)) / 2
    return [
        QRectF(
            left0 + column * (slide_w + GAP_MM), top0 + row * (slide_h + GAP_MM), slide_w, slide_h
        )
        for row in range(rows)
        for column in range(columns)
    ]


def paint_slide_sheets(
    device: QPagedPaintDevice,
    dataset: Dataset,
    per_page: int,
    *,
    theme: str = "light",
    progress: Progress | None = None,
) -> int:
    """Paint every slide of the show onto ``device``, ``per_page`` to a page; returns the
    pages painted. ``progress(label, done, total)`` after each slide; False cancels."""
    look = appearance(theme)
    slides = build_slides(dataset.briefing, lead_title=QCoreApplication.translate("Slides", "导语"))
    per_mm_x = device.logicalDpiX() / 25.4
    per_mm_y = device.logicalDpiY() / 25.4
    width, height = device.width() / per_mm_x, device.height() / per_mm_y
    places = slide_places(per_page, width, height)
    pages = -(-len(slides) // per_page)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate("Handout", "无法开始打印"))
    try:
        wanted = printed_pages(device, pages)
        for done, slide in enumerate(slides, start=1):
            page, spot = divmod(done - 1, per_page)
            if page not in wanted:
                continue
            if spot == 0 and page > wanted.start and not device.newPage():
                raise ExportError(QCoreApplication.translate("Handout", "无法开始新的一页"))
            painter.save()
            painter.scale(per_mm_x, per_mm_y)
            if spot == 0:
                _footer(painter, page, pages, width, height)
            place = places[spot]
            paint_slide(painter, slide, dataset, look, place)
            painter.setPen(QPen(QColor(INK.border), 0.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(place)
            painter.restore()
            if progress is not None and not progress(slide.label, done, len(slides)):
                raise ExportCancelled
    finally:
        painter.end()
    return pages


def _footer(painter: QPainter, page: int, pages: int, width: float, height: float) -> None:
    font = paper_font(TYPE.running)
    metrics = QFontMetricsF(font)
    text = page_label(page + 1, pages)
    painter.save()
    painter.scale(1 / UNITS_PER_MM, 1 / UNITS_PER_MM)  # the handout's unit: its fonts unhinted
    painter.setFont(font)
    painter.setPen(QColor(INK.muted))
    right, bottom = width * UNITS_PER_MM, height * UNITS_PER_MM
    painter.drawText(QPointF(right - metrics.horizontalAdvance(text), bottom - 10), text)
    painter.restore()


__all__ = ["PER_PAGE", "paint_slide_sheets", "sheet_layout", "slide_places"]
