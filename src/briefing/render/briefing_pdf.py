"""The whole briefing as a PDF handout: one 16:9 page per slide of the show, in order.

Each slide is drawn by the show's own SlideView and rendered through a QPainter onto a
QPdfWriter, so the pages look like the slides, text stays text (searchable, copyable) and the
font subset is embedded: Chinese reads the same on a machine without a CJK font. Nothing is
written to disk here except through ``files.write_bytes``, so a cancel or a failure never
leaves a file behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QRectF,
    QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPicture
from PySide6.QtWidgets import QWidget

from briefing.model import Dataset
from briefing.model.slides import Slide, build_slides
from briefing.render.export_pool import ExportPool, SlideShare
from briefing.render.files import ExportCancelled, ExportError, Progress, check_free, write_bytes
from briefing.render.offscreen import offscreen, render_vectors
from briefing.theme import THEME_NAMES, THEMES, Appearance
from briefing.views.slides import DESIGN, SlideView, pictures_shared

# 10 in × 5.625 in: 16:9, and a size every PDF viewer and printer driver scales cleanly.
PAGE_SIZE_MM = QSizeF(254.0, 142.875)
# At 192 dpi the page is exactly 1920×1080 device units, the size the slide is laid out at, so
# it is painted at scale 1: cosmetic pens (1-2 device pixels: axes, grid, bar outlines) and
# hatch patterns come out as heavy as on a 1080p projector. At 96 dpi they were twice as heavy.
RESOLUTION = 192
CREATOR = "briefing"


def appearance(theme: str) -> Appearance:
    """The look slides are drawn in for ``theme``; ExportError for an unknown one."""
    if theme not in THEME_NAMES:
        raise ExportError(
            QCoreApplication.translate("Export", "未知的主题 “{theme}”").format(theme=theme)
        )
    return Appearance(theme=THEMES[theme])


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    layout = QPageLayout(
        # Exact: a fuzzy match could round it to a standard size of another shape.
        QPageSize(
            PAGE_SIZE_MM,
            QPageSize.Unit.Millimeter,
            "16:9",
            QPageSize.SizeMatchPolicy.ExactMatch,
        ),
        QPageLayout.Orientation.Portrait,  # the size is already wider than tall
        QMarginsF(0, 0, 0, 0),  # the slide has its own margins; the page is all slide
    )
    if not writer.setPageLayout(layout):
        raise ExportError(QCoreApplication.translate("Export", "无法设置 PDF 页面大小"))
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    return writer


@contextmanager
def _laid_out(slide: Slide, dataset: Dataset, look: Appearance) -> Iterator[SlideView]:
    """The slide as the show draws it on a 1080p projector, shown off screen and laid out; it
    is deleted after the block."""
    # The slide is built inside a host carrying the theme's font: the chart's title and unit
    # take their family from their parents' font when they are first styled, in the
    # constructor. In the app that is the theme's font; an export with no theme applied (the
    # command line, a test) would get the system's: on a machine with a CJK font of its own
    # that font, not the bundled one, would be embedded, and here Noto Regular was drawn with
    # a synthetic bold (the text painted twice, which a PDF keeps as two copies of the text).
    host = QWidget()
    host.setFont(look.font(look.theme.base_pt))
    # One slide alive at a time (the host takes its slide with it): 29 slides with 11 charts
    # would otherwise all stay in memory until the export returned.
    with offscreen(host) as stage:
        view = SlideView(slide, dataset, look, host)
        # Laid out at the design size, as on a 1080p projector: type sizes follow the widget's
        # size, so the page shows exactly what the show shows.
        view.resize(DESIGN)
        stage.show(DESIGN)
        view.prepare_for_vector_output()
        yield view


def _into(painter: QPainter, target: QRectF) -> None:
    """Scale the painter so that the slide's design size fills ``target``."""
    scale = min(target.width() / DESIGN.width(), target.height() / DESIGN.height())
    painter.translate(target.topLeft())
    painter.scale(scale, scale)


def paint_slide(
    painter: QPainter, slide: Slide, dataset: Dataset, look: Appearance, target: QRectF
) -> None:
    """Paint ``slide`` as the show draws it on a 1080p projector, scaled into ``target`` of the
    painter's coordinates (a page of the PDF, or a place on a printed handout page)."""
    with _laid_out(slide, dataset, look) as view:
        painter.save()
        _into(painter, target)
        # render() onto the PDF painter, not a grab(): a grab is a raster, this keeps text as
        # text with the font subset embedded, and shapes as vectors.
        render_vectors(view, painter)
        painter.restore()


def slide_picture(slide: Slide, dataset: Dataset, look: Appearance) -> bytes:
    """The slide recorded as a QPicture (its text, shapes and pictures, as ``paint_slide``
    would paint them), to be played onto a page by another process: ``play_slide``."""
    picture = QPicture()
    with _laid_out(slide, dataset, look) as view:
        recorder = QPainter(picture)
        try:
            render_vectors(view, recorder)
        finally:
            recorder.end()
    data: memoryview = picture.data()  # type: ignore[assignment]  # PySide6 types it as object
    return bytes(data)


def play_slide(painter: QPainter, recorded: bytes, target: QRectF) -> None:
    """Paint a slide ``slide_picture`` recorded into ``target``: the same page as
    ``paint_slide`` paints (text stays text, shapes shapes)."""
    picture = QPicture()
    picture.setData(recorded)
    if picture.isNull():
        raise ExportError(QCoreApplication.translate("Export", "无法生成 PDF"))
    device = painter.device()
    painter.save()
    _into(painter, target)
    # A picture plays back scaled by the device's resolution against its own (96 dpi).
    painter.scale(
        picture.logicalDpiX() / device.logicalDpiX(), picture.logicalDpiY() / device.logicalDpiY()
    )
    painter.drawPicture(QPoint(0, 0), picture)
    painter.restore()


def briefing_pdf(
    dataset: Dataset,
    *,
    theme: str = "projector",
    progress: Progress | None = None,
    pool: ExportPool | None = None,
) -> bytes:
    """A PDF with one 16:9 page per slide of ``build_slides(dataset.briefing)``, in order.

    ``progress(label, done, total)`` is called after each page with its slide's label; when
    it returns False the export stops and ExportCancelled is raised. With a ``pool`` (of the
    same dataset) some slides are drawn by its workers, recorded, and played onto their pages
    here. Needs a QApplication with the app's font registered.
    """
    look = appearance(theme)
    slides = build_slides(dataset.briefing, lead_title=QCoreApplication.translate("Slides", "导语"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, dataset.briefing.title)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(QCoreApplication.translate("Export", "无法生成 PDF"))
    share = SlideShare(pool, theme, len(slides))
    try:
        # A picture shown on many slides is one pixmap: decoded once, embedded once.
        with pictures_shared():
            for done, slide in enumerate(slides, start=1):
                if done > 1 and not writer.newPage():
                    raise ExportError(QCoreApplication.translate("Export", "无法生成 PDF"))
                page = QRectF(0, 0, writer.width(), writer.height())
                recorded = share.recorded(done - 1)
                if recorded is None:
                    paint_slide(painter, slide, dataset, look, page)
                else:
                    play_slide(painter, recorded, page)
                if progress is not None and not progress(slide.label, done, len(slides)):
                    raise ExportCancelled
    finally:
        share.drop()
        # Ends the document even on a cancel: a painter left active on the writer would
        # abort when the writer is destroyed.
        painter.end()
        buffer.close()
    return bytes(data.data())


def save_briefing_pdf(
    path: Path,
    dataset: Dataset,
    *,
    theme: str = "projector",
    force: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write the briefing's PDF to ``path``; an existing file is replaced only with ``force``.

    The whole document is built in memory first: a cancel or a failure leaves no file.
    """
    # Checked before the slides are drawn, so a refusal is immediate rather than after the
    # whole document; write_bytes checks again at the moment of writing.
    check_free(path, force=force)
    data = briefing_pdf(dataset, theme=theme, progress=progress)
    return write_bytes(path, data, force=force)
