"""One chart as a file or on the clipboard: PNG, JPEG, SVG or PDF, exactly as the app draws it.

Every format paints the same picture: the app's own ``ChartPanel``, laid out for real at a
*design* width of 1280 logical pixels and painted through a painter scaled by
``k = pixel width / 1280``. A 1920×1080 and a 3840×2160 export are therefore the same picture,
only sharper; the type, bars and margins keep their proportions.

Four things do not follow a scaled painter by themselves, and are handled here:

- Cosmetic pens (axis line, grid, dashed outlines) are always as wide as their width in device
  pixels, whatever the scale: the export theme's ``line_width`` is multiplied by ``k``.
- The arrows of a rank chart take their width from ``line_width`` too, but with an ordinary
  (scaled) pen: they get ``k`` from the painter already and are narrowed back by ``k``.
- Qt's brush patterns (the hatching of derived bars) stay 8 device pixels apart unless the
  view is told to scale them (``NonCosmeticBrushPatterns``).
- Qt's SVG generator writes cosmetic pens as ``vector-effect="non-scaling-stroke"`` inside
  groups scaled to data coordinates (the grid: 900 × 64 user units per value); renderers that
  ignore the effect (librsvg, cairosvg, resvg) draw each grid line as a band 64 px wide. Those
  strokes are rewritten into pixel coordinates (``_flatten_cosmetic_strokes``). pyqtgraph's own
  SVGExporter is not used: on Qt 6.11 it raises ValueError (pyqtgraph#3495).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QPoint,
    QRect,
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
    QRegion,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from briefing.fonts import FONT_FAMILY
from briefing.model.formatting import source_line
from briefing.model.schema import Briefing, Chart, Figure
from briefing.render.files import ExportError, ImageOptions, check_free, write_bytes
from briefing.theme import THEMES, Appearance, ThemeName, export_chart_sheet
from briefing.views.labels import plain_label

if TYPE_CHECKING:
    from briefing.views.chart import ChartPanel

DESIGN_WIDTH = 1280  # logical pixels every export is laid out at, whatever its pixel size
_SETTLE_ROUNDS = 30  # layout passes allowed before a panel counts as laid out
_JPEG_QUALITY = 92  # sharp edges of text and bars; the default 75 rings around them
_METRES_PER_INCH = 0.0254
_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
FORMATS = ("png", "jpg", "svg", "pdf")
_SUFFIXES = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "svg": "svg", "pdf": "pdf"}


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


def _background(options: ImageOptions, appearance: Appearance) -> QColor:
    if options.background == "transparent":
        return QColor(0, 0, 0, 0)
    if options.background == "theme":
        return QColor(appearance.theme.surface)
    return QColor(Qt.GlobalColor.white)


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
        self.panel.render(painter, QPoint(), QRegion(), QWidget.RenderFlag.DrawChildren)
        painter.restore()


def _export_appearance(name: ThemeName, scale: float) -> Appearance:
    theme = THEMES[name]
    # Cosmetic pens stay ``width`` device pixels under any painter scale: widen them by the
    # export's scale so a 4K axis line is as heavy, relative to the chart, as on screen.
    return Appearance(theme=replace(theme, line_width=theme.line_width * scale), zoom=1.0)


def _layout_signature(panel: ChartPanel) -> tuple[object, ...]:
    view = panel.plot.getViewBox()
    return (
        panel.size().toTuple(),
        panel.plot.size().toTuple(),
        view.geometry().getRect(),
        tuple(panel.value_axis_labels()),
        tuple(panel.category_labels()),
    )


def _settle(panel: ChartPanel) -> None:
    """Process events until the panel's layout, the plot's and the chart's own fit agree.

    Each pass may resize the axes, which lays the plot out again: several rounds, never a
    sleep. User input is held back, so a click cannot land in the middle of an export.
    """
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    last: tuple[object, ...] = ()
    for _ in range(_SETTLE_ROUNDS):
        layout = panel.layout()
        if layout is not None:
            layout.activate()
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(flags)
        signature = _layout_signature(panel)
        if signature == last:
            return
        last = signature


def _narrow_arrows(panel: ChartPanel, scale: float) -> None:
    """A rank chart's arrows: their pens are not cosmetic, so the scaled painter already widens
    them; undo the widening the export theme's ``line_width`` gave them on top.

    Reaches into ChartPanel's private arrow class: an export scale known to ChartPanel itself
    (cosmetic widths × k, nothing else) would be the cleaner home for this.
    """
    from briefing.views.chart._panel import _Arrow

    for item in panel.plot.scene().items():
        if isinstance(item, _Arrow):
            item.set_pen(item.colour, item.width / scale)


@contextmanager
def _picture(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> Iterator[_Picture]:
    """The chart laid out for the export; the widget is deleted afterwards."""
    from briefing.views.chart import ChartPanel  # pyqtgraph: only when a chart is exported

    width, height = _check_size(options)
    name = _theme_name(options)
    scale = width / DESIGN_WIDTH
    appearance = _export_appearance(name, scale)
    panel = ChartPanel(chart, figures, appearance)
    try:
        # Fonts and sheet of the export's own, not the running app's (its zoom, its theme).
        panel.setFont(appearance.font(appearance.theme.base_pt))
        panel.setPalette(appearance.palette())
        panel.setStyleSheet(export_chart_sheet(appearance))
        if not options.title:
            for label in panel.findChildren(QLabel):
                if label.property("role") == "chart-title":
                    label.hide()
        if options.source:
            credit = plain_label(
                source_line(briefing, QCoreApplication.translate), "credit", parent=panel
            )
            # Its own font: under a widget's (not the application's) style sheet a new child
            # does not inherit its parent's font, and would fall back to the application's
            # family (seen: "Sans Serif" in the SVG, DejaVu digits in the PNG).
            credit.setFont(appearance.font(appearance.theme.small_pt))
            layout = panel.layout()
            if layout is not None:
                layout.addWidget(credit)
        panel.ensurePolished()

        # A chart that cannot fit 1280 wide at this aspect (a short, wide export) is laid out
        # at its minimum size instead and scaled down to fit: smaller, never clipped.
        need = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        fitted = min(scale, width / max(1, need.width()), height / max(1, need.height()))
        if fitted < scale:
            scale = fitted
            appearance = _export_appearance(name, scale)
            panel.apply_appearance(appearance)
        logical = QSize(math.ceil(width / scale - 1e-6), math.ceil(height / scale - 1e-6))

        background = _background(options, appearance)
        # The plot paints its own background: the export's colour, or nothing at all.
        panel.plot.setBackground(background if background.alpha() > 0 else None)
        # pyqtgraph caches the view's background in a pixmap filled with the palette's grey:
        # an opaque box behind a transparent chart, and a bitmap inside an SVG or PDF.
        panel.plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        panel.plot.viewport().setAutoFillBackground(False)  # that grey again, without a cache
        # The hatching of derived bars scales with the picture, like everything else: Qt's
        # brush patterns are otherwise 8 device pixels apart at any scale (a 4K hatch turns
        # into a grey tint), while the SVG scales them: the formats would disagree.
        panel.plot.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns, True)
        _narrow_arrows(panel, scale)

        # Laid out for real, shown off screen as the app shows it (pyqtgraph's exporters go
        # wrong on a never-shown widget; this path measured the same either way, and a shown
        # widget is the one the app's layout code was written and tested for).
        panel.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        panel.resize(logical)
        panel.show()
        panel.resize(logical)
        _settle(panel)
        yield _Picture(panel, QSize(width, height), scale, background)
    finally:
        panel.hide()
        panel.deleteLater()
        # Now, not whenever an event loop next runs: an export from the command line has
        # none, and a batch would otherwise keep every chart's widget and scene alive.
        QCoreApplication.sendPostedEvents(panel, QEvent.Type.DeferredDelete)


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
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull() or image.size() != size:
        raise ExportError(QCoreApplication.translate("Export", "无法生成图片：内存不足"))
    return _with_dpi(image, options.dpi)


# -- SVG ------------------------------------------------------------------------------------

_Matrix = tuple[float, float, float, float, float, float]
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[A-Za-z]|" + _NUMBER.pattern)
_MATRIX = re.compile(r"^\s*matrix\(([^)]*)\)\s*$")


def _parse_matrix(text: str | None) -> _Matrix | None:
    if text is None:
        return None
    match = _MATRIX.match(text)
    if match is None:
        return None
    values = [float(v) for v in _NUMBER.findall(match.group(1))]
    if len(values) != 6:
        return None
    a, b, c, d, e, f = values
    return a, b, c, d, e, f


def _apply(matrix: _Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def _map_pairs(text: str, matrix: _Matrix) -> str:
    """Coordinates of a Qt path or point list (absolute ``M x,y L x,y C ...``) mapped."""
    out: list[str] = []
    pending: list[float] = []
    count = 0
    for token in _TOKEN.findall(text):
        if token.isalpha():
            out.append(token)
            continue
        pending.append(float(token))
        count += 1
        if len(pending) == 2:
            x, y = _apply(matrix, *pending)
            out.append(f"{_number(x)},{_number(y)}")
            pending = []
    if pending or count == 0:
        raise ValueError(f"not a list of point pairs: {text[:40]}")
    return " ".join(out)


def _flatten_element(element: ET.Element, matrix: _Matrix) -> bool:
    """Rewrite a stroked shape into the group's parent coordinates; False if it cannot be."""
    tag = element.tag.removeprefix(f"{{{_SVG_NS}}}")
    attrs = element.attrib
    try:
        if tag == "path":
            attrs["d"] = _map_pairs(attrs["d"], matrix)
        elif tag in {"polyline", "polygon"}:
            attrs["points"] = _map_pairs(attrs["points"], matrix)
        elif tag == "rect":
            x, y = float(attrs["x"]), float(attrs["y"])
            w, h = float(attrs["width"]), float(attrs["height"])
            corners = f"M{x},{y} L{x + w},{y} L{x + w},{y + h} L{x},{y + h} Z"
            element.tag = f"{{{_SVG_NS}}}path"
            for key in ("x", "y", "width", "height"):
                del attrs[key]
            attrs["d"] = _map_pairs(corners, matrix)
        elif tag == "line":
            x1, y1 = _apply(matrix, float(attrs["x1"]), float(attrs["y1"]))
            x2, y2 = _apply(matrix, float(attrs["x2"]), float(attrs["y2"]))
            attrs.update(x1=_number(x1), y1=_number(y1), x2=_number(x2), y2=_number(y2))
        else:
            return False
    except (KeyError, ValueError):
        return False
    return True


def _flatten_cosmetic_strokes(root: ET.Element) -> None:
    """Move cosmetic strokes out of scaled groups, into the document's pixel coordinates.

    Qt writes each painter state as a ``<g transform=...>``; a cosmetic pen's shape keeps the
    group's coordinates and asks for ``vector-effect="non-scaling-stroke"``. In a group with
    such shapes, every shape is mapped to pixels (its stroke-width is then in pixels, as the
    cosmetic pen meant) and everything else keeps the group's transform on itself.
    """
    effect = "vector-effect"
    for group in root.iter(f"{{{_SVG_NS}}}g"):
        matrix = _parse_matrix(group.get("transform"))
        cosmetic = [child for child in group if child.get(effect) == "non-scaling-stroke"]
        if not cosmetic:
            continue
        if matrix is None:  # already in pixels: the effect changes nothing
            for child in cosmetic:
                del child.attrib[effect]
            continue
        transform = group.attrib.pop("transform")
        for child in group:
            if child in cosmetic and _flatten_element(child, matrix):
                del child.attrib[effect]
            else:
                own = child.get("transform")
                child.set("transform", f"{transform} {own}" if own else transform)


def _tidy_svg(data: bytes, size: QSize) -> bytes:
    ET.register_namespace("", _SVG_NS)
    ET.register_namespace("xlink", _XLINK_NS)
    root = ET.fromstring(data)  # our own generator's output, never a user's file
    # Qt writes the size in millimetres from its resolution; renderers disagree on how many
    # pixels a millimetre is. Pixels, as asked.
    root.set("width", str(size.width()))
    root.set("height", str(size.height()))
    _flatten_cosmetic_strokes(root)
    for text in root.iter(f"{{{_SVG_NS}}}text"):
        # The bundled family first; a viewer without it should still pick a CJK sans-serif.
        if text.get("font-family") == FONT_FAMILY:
            text.set("font-family", f"'{FONT_FAMILY}', 'Noto Sans SC', sans-serif")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body).encode("utf-8")


def chart_svg(
    chart: Chart, figures: Mapping[str, Figure], briefing: Briefing, options: ImageOptions
) -> bytes:
    """The chart as SVG, ``options.pixel_size`` pixels, text kept as text."""
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
    return _tidy_svg(bytes(buffer.data().data()), size)


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


def _encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if kind == "jpg":
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
    name = (format if format is not None else path.suffix).lower().lstrip(".")
    kind = _SUFFIXES.get(name)
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
    """The file's contents for a format of ``FORMATS``."""
    makers: dict[str, Callable[[], bytes]] = {
        "png": lambda: _encoded(render_chart(chart, figures, briefing, options), "png"),
        "jpg": lambda: _encoded(render_chart(chart, figures, briefing, options), "jpg"),
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
    "FORMATS",
    "chart_bytes",
    "chart_pdf",
    "chart_svg",
    "check_options",
    "copy_chart_to_clipboard",
    "format_for",
    "render_chart",
    "save_chart",
]
