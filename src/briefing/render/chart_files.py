"""One chart as a file or on the clipboard: PNG, JPEG, SVG or PDF, exactly as the app draws it.

Every format paints the same picture: the app's own ``ChartPanel``, laid out for real at a
*design* width of 1280 logical pixels and painted through a painter scaled by
``k = pixel width / 1280``. A 1920×1080 and a 3840×2160 export are therefore the same picture,
only sharper; the type, bars and margins keep their proportions.

What does not follow a scaled painter by itself (cosmetic pens, a rank chart's arrows, Qt's
brush patterns, pyqtgraph's cached background) the panel handles in its export mode
(``ExportMode``), and the SVG is made portable by ``briefing.render.svg``. pyqtgraph's own
SVGExporter is not used: on Qt 6.11 it raises ValueError (pyqtgraph#3495).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QImageWriter,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from briefing.model.formatting import source_line
from briefing.model.schema import Briefing, Chart, Figure
from briefing.render.files import (
    CHART_FORMATS,
    ExportError,
    ImageOptions,
    check_free,
    format_name,
    write_bytes,
)
from briefing.render.offscreen import offscreen, render_vectors
from briefing.render.png import png_bytes
from briefing.render.svg import tidy_svg
from briefing.theme import THEMES, Appearance, ThemeName

if TYPE_CHECKING:
    from briefing.views.chart import ChartPanel, ExportMode

DESIGN_WIDTH = 1280  # logical pixels every export is laid out at, whatever its pixel size
_JPEG_QUALITY = 92  # sharp edges of text and bars; the default 75 rings around them
_METRES_PER_INCH = 0.0254


def _theme_name(options: ImageOptions) -> ThemeName:
    """The theme the chart is drawn in: the app's, unless it is a dark one and the picture's
    background is not the theme's. A dark theme's light text on a white page (or on the white
    of the document a transparent picture is pasted into) would be all but invisible."""
    for name in THEMES:
        if name == options.theme:
            if options.background != "theme" and THEMES[name].is_dark:
                return "light"
            return name
    raise ExportError(
        QCoreApplication.translate("Export", "未知的主题 “{theme}”").format(theme=options.theme)
    )


def check_options(options: ImageOptions) -> None:
    """Refuse options no chart can be drawn with (an export checks before it writes)."""
    _check_size(options)
    _theme_name(options)


def _check_size(options: ImageOptions) -> tuple[int, int]:
    width, height = options.pixel_size
    if width < 1 or height < 1 or options.scale < 1:
        raise ExportError(
            QCoreApplication.translate("Export", "图片尺寸无效：{width}×{height}").format(
                width=width, height=height
            )
        )
    if width * height > 16384 * 16384:  # a QImage of more would fail to allocate
        raise ExportError(
            QCoreApplication.translate("Export", "图片太大：{width}×{height}").format(
                width=width, height=height
            )
        )
    if options.dpi < 1:
        raise ExportError(
            QCoreApplication.translate("Export", "分辨率无效：{dpi} dpi").format(dpi=options.dpi)
        )
    return width, height


def _background(options: ImageOptions, appearance: Appearance) -> str | None:
    """The picture's fill, a colour name; None: transparent."""
    if options.background == "transparent":
        return None
    if options.background == "theme":
        return appearance.theme.surface
    return QColor(Qt.GlobalColor.white).name()


@dataclass(frozen=True)
class _Picture:
    """A laid-out chart panel and how to paint it onto a device of the export's pixel size."""

    panel: ChartPanel
    size: QSize  # pixels of the export
    scale: float  # device pixels per logical pixel (k)
    background: QColor

    def paint(self, painter: QPainter, *, fill: bool = True) -> None:
        """Paint the picture with the painter's origin at the top left of the export."""
        painter.save()
        if fill and self.background.alpha() > 0:
            painter.fillRect(QRect(QPoint(0, 0), self.size), self.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.scale(self.scale, self.scale)
        # DrawChildren only: the window background would be the palette's, painted over the
        # export's own background (and over transparency).
        render_vectors(self.panel, painter, QWidget.RenderFlag.DrawChildren)
        painter.restore()


def _export_mode(
    options: ImageOptions, briefing: Briefing, scale: float
) -> tuple[ExportMode, QColor]:
    """How the panel is drawn for ``options``, and the colour the picture is filled with."""
    from briefing.views.chart import ExportMode  # pyqtgraph: only when a chart is exported

    appearance = Appearance(theme=THEMES[_theme_name(options)], zoom=1.0)
    background = _background(options, appearance)
    mode = ExportMode(
        appearance=appearance,
        scale=scale,
        background=background,
        title=options.title,
        source=source_line(briefing, QCoreApplication.translate) if options.source else None,
    )
    return mode, QColor(0, 0, 0, 0) if background is None else QColor(background)


@contextmanager
def _picture(
    chart: Chart,
    figures: Mapping[str, Figure],
    briefing: Briefing,
    options: ImageOptions,
    design_width: int = DESIGN_WIDTH,
) -> Iterator[_Picture]:
    """The chart laid out for the export (at ``design_width`` logical pixels: narrower makes
    its type larger against the picture); the widget is deleted afterwards."""
    from briefing.views.chart import ChartPanel

    width, height = _check_size(options)
    mode, background = _export_mode(options, briefing, width / design_width)
    # Its narrower form is built only if this size needs it: most exports never do.
    panel = ChartPanel(chart, figures, mode.appearance, narrow_on_demand=True)
    with offscreen(panel) as stage:
        panel.set_export_mode(mode)
        panel.ensurePolished()
        # A chart that cannot fit 1280 wide at this aspect (a short, wide export) is laid out
        # at its minimum size instead and scaled down to fit: smaller, never clipped. What it
        # needs depends on the width it has (vertical bars too many for it are drawn across).
        panel.resize(math.ceil(width / mode.scale), math.ceil(height / mode.scale))
        panel.choose_plot()
        need = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        scale = min(mode.scale, width / max(1, need.width()), height / max(1, need.height()))
        if scale < mode.scale:
            panel.set_export_mode(replace(mode, scale=scale))
        logical = QSize(math.ceil(width / scale - 1e-6), math.ceil(height / scale - 1e-6))
        stage.show(logical, signature=panel.layout_signature)
        yield _Picture(panel, QSize(width, height), scale, background)


def _with_dpi(image: QImage, dpi: int) -> QImage:
    # Set after painting: a QImage's dots per metre is also its logical DPI, which would resize
    # any text resolved against the image.
    dots = round(dpi / _METRES_PER_INCH)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def render_chart(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> QImage:
    """The chart as an ARGB32 image of exactly ``options.pixel_size``, carrying ``options.dpi``."""
    image = _painted(chart, figures, briefing, options)
    return _with_dpi(image.convertToFormat(QImage.Format.Format_ARGB32), options.dpi)


def _painted(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> QImage:
    """The chart painted into a premultiplied ARGB32 image of ``options.pixel_size``."""
    with _picture(chart, figures, briefing, options) as picture:
        size = picture.size
        # Premultiplied is the format the raster engine paints fastest; converted at the end.
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(picture.background)
        painter = QPainter(image)
        try:
            picture.paint(painter, fill=False)
        finally:
            painter.end()
    if image.isNull() or image.size() != size:
        raise ExportError(QCoreApplication.translate("Export", "无法生成图片：内存不足"))
    return image


def paint_chart(
    painter: QPainter,
    target: QRectF,
    chart: Chart,
    *,
    figures: Mapping[str, Figure],
    briefing: Briefing,
    options: ImageOptions,
    design_width: int = DESIGN_WIDTH,
) -> None:
    """Paint the chart, as the exports draw it at ``options.pixel_size``, scaled into
    ``target`` of the painter's coordinates (a page of a printed document): vectors and text
    stay vectors and text on a PDF or a printer."""
    with _picture(chart, figures, briefing, options, design_width) as picture:
        painter.save()
        painter.translate(target.topLeft())
        painter.scale(
            target.width() / picture.size.width(), target.height() / picture.size.height()
        )
        picture.paint(painter)
        painter.restore()


# -- SVG ------------------------------------------------------------------------------------


def chart_svg(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> bytes:
    """The chart as SVG, ``options.pixel_size`` pixels, text kept as text (or, with
    ``options.outline_text``, drawn as the outlines of its glyphs)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with _picture(chart, figures, briefing, options) as picture:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(picture.size)
        generator.setViewBox(QRect(QPoint(0, 0), picture.size))
        # Font sizes are written as points × resolution / 72: the DPI the panel was laid out
        # at keeps every label the width it was measured at.
        generator.setResolution(picture.panel.logicalDpiY())
        generator.setTitle(chart.title)
        generator.setDescription(source_line(briefing, QCoreApplication.translate))
        painter = QPainter(generator)
        try:
            picture.paint(painter)
        finally:
            painter.end()
        size = picture.size
    buffer.close()
    data = bytes(buffer.data().data())
    return tidy_svg(data, size.width(), size.height(), outline_text=options.outline_text)


# -- PDF ------------------------------------------------------------------------------------


def chart_pdf(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> bytes:
    """The chart on one PDF page of the image's aspect, at ``options.dpi``, fonts embedded."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with _picture(chart, figures, briefing, options) as picture:
        width, height = picture.size.width(), picture.size.height()
        writer = QPdfWriter(buffer)
        writer.setResolution(options.dpi)
        # The page is the image at its DPI: 1920×1080 at 96 dpi is 20×11.25 inches.
        page = QPageSize(
            QSizeF(width * 72 / options.dpi, height * 72 / options.dpi),
            QPageSize.Unit.Point,
            chart.title,
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
        writer.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        writer.setTitle(chart.title)
        writer.setCreator("briefing")
        painter = QPainter(writer)
        try:
            # The device is the page in dots at the DPI, within rounding of the pixel size.
            painter.scale(writer.width() / width, writer.height() / height)
            picture.paint(painter)
        finally:
            painter.end()
    buffer.close()
    return bytes(data.data())


# -- files and clipboard --------------------------------------------------------------------


def _image_file(
    kind: str,
    chart: Chart,
    figures: Mapping[str, Figure],
    briefing: Briefing,
    options: ImageOptions,
) -> bytes:
    """The chart as a PNG or JPEG file's bytes. An opaque picture is written as RGB, with no
    alpha channel: a quarter fewer bytes to compress, the same pixels. The PNG is the app's
    own writer's (render/png.py: the same pixels, a quarter of Qt's time)."""
    image = _painted(chart, figures, briefing, options)
    if options.background != "transparent":
        wanted = QImage.Format.Format_RGB888
    else:  # straight alpha: PNG's RGBA; the JPEG is flattened onto white from ARGB32
        wanted = QImage.Format.Format_RGBA8888 if kind == "png" else QImage.Format.Format_ARGB32
    image = image.convertToFormat(wanted)
    if image.isNull():
        raise ExportError(QCoreApplication.translate("Export", "无法生成图片：内存不足"))
    image = _with_dpi(image, options.dpi)
    return png_bytes(image) if kind == "png" else _encoded(image, kind)


def _encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if kind == "jpg" and image.hasAlphaChannel():
        # JPEG has no alpha: transparent pixels would turn black. Flatten onto white.
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        flat.setDotsPerMeterX(image.dotsPerMeterX())
        flat.setDotsPerMeterY(image.dotsPerMeterY())
        image = flat
    writer = QImageWriter(buffer, QByteArray(b"JPEG" if kind == "jpg" else b"PNG"))
    if kind == "jpg":
        writer.setQuality(_JPEG_QUALITY)
    if not writer.write(image):
        raise ExportError(
            QCoreApplication.translate("Export", "无法编码图片（{kind}）：{reason}").format(
                kind=kind.upper(), reason=writer.errorString()
            )
        )
    buffer.close()
    return bytes(data.data())


def format_for(path: Path, format: str | None = None) -> str:
    """The export format for ``path``: ``png``, ``jpg``, ``svg`` or ``pdf``."""
    name = format_name(format if format is not None else path.suffix)
    kind = name if name in CHART_FORMATS else None
    if kind is None:
        raise ExportError(
            QCoreApplication.translate(
                "Export", "不支持的格式“{name}”：请使用 PNG、JPEG、SVG 或 PDF"
            ).format(name=name or path.name)
        )
    return kind


def chart_bytes(
    kind: str,
    chart: Chart,
    figures: Mapping[str, Figure],
    briefing: Briefing,
    options: ImageOptions,
) -> bytes:
    """The file's contents for a format of ``CHART_FORMATS``."""
    makers: dict[str, Callable[[], bytes]] = {
        "png": lambda: _image_file("png", chart, figures, briefing, options),
        "jpg": lambda: _image_file("jpg", chart, figures, briefing, options),
        "svg": lambda: chart_svg(chart, figures, briefing, options),
        "pdf": lambda: chart_pdf(chart, figures, briefing, options),
    }
    if kind not in makers:
        raise ExportError(
            QCoreApplication.translate("Export", "不支持的格式“{name}”").format(name=kind)
        )
    return makers[kind]()


def save_chart(
    path: Path,
    chart: Chart,
    figures: Mapping[str, Figure],
    briefing: Briefing,
    options: ImageOptions,
    *,
    format: str | None = None,
    force: bool = False,
) -> Path:
    """Write the chart to ``path`` (format from its suffix unless given); never over an
    existing file unless ``force``, never half-written."""
    kind = format_for(path, format)
    check_free(path, force=force)  # before the work of drawing, not only after it
    return write_bytes(path, chart_bytes(kind, chart, figures, briefing, options), force=force)


def copy_chart_to_clipboard(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> QImage:
    """Put the chart's image on the clipboard, to paste into a document; returns the image."""
    image = render_chart(chart, figures, briefing, options)
    clipboard = QGuiApplication.clipboard()
    clipboard.setImage(image)
    return image


__all__ = [
    "DESIGN_WIDTH",
    "chart_bytes",
    "chart_pdf",
    "chart_svg",
    "check_options",
    "copy_chart_to_clipboard",
    "format_for",
    "paint_chart",
    "render_chart",
    "save_chart",
]
