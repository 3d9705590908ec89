"""What a member of staff gets when exporting a chart for a report: the app's picture at exactly
the size asked, lines and type scaled with it, the DPI written, Chinese intact in every format,
and files that are either whole or not there at all."""

from __future__ import annotations

import ast
import errno
import io
import itertools
import math
import os
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import resvg_py
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from briefing.fonts import FONT_FAMILY, FONT_FILES
from briefing.model import Briefing, Chart, Figure, load_dataset
from briefing.model.formatting import source_line
from briefing.render import chart_files
from briefing.render.chart_files import (
    chart_pdf,
    chart_svg,
    copy_chart_to_clipboard,
    render_chart,
    save_chart,
)
from briefing.render.files import ExportError, ImageOptions
from briefing.render.offscreen import SETTLE_ROUNDS, offscreen
from briefing.render.svg import flatten_cosmetic_strokes, map_pairs, parse_matrix, tidy_svg
from briefing.resources import bundled_dataset, resource_path
from briefing.theme import THEMES
from briefing.views.chart import ChartPanel

BAR = "s1-funds"  # grouped bars: a derived (hatched) series and this year's solid bars
RANK = "s2-innovation-ranks"  # dots and arrows, no baseline
SMALL = ImageOptions(width=1280, height=720)
FOUR_K = ImageOptions(width=3840, height=2160)
SVG = "{http://www.w3.org/2000/svg}"
THIS_YEAR = QColor(THEMES["light"].series[1])  # the solid bars of a two-series chart

Pixels = np.ndarray[Any, np.dtype[np.int16]]


@cache
def bundled() -> tuple[Briefing, dict[str, Chart], dict[str, Figure]]:
    briefing = load_dataset(bundled_dataset()).briefing
    charts = {chart.id: chart for _, block in briefing.blocks() for chart in block.charts}
    return briefing, charts, briefing.figures()


def chart(chart_id: str) -> Chart:
    return bundled()[1][chart_id]


@cache
def rendered(chart_id: str, options: ImageOptions = SMALL) -> QImage:
    """Renders shared between tests: a 4K render is the slow part of this file."""
    briefing, _, figures = bundled()
    return render_chart(chart(chart_id), figures, briefing, options)


def render(chart_value: Chart, options: ImageOptions = SMALL) -> QImage:
    briefing, _, figures = bundled()
    return render_chart(chart_value, figures, briefing, options)


def save(path: Path, chart_id: str = BAR, options: ImageOptions = SMALL, **kwargs: Any) -> Path:
    briefing, _, figures = bundled()
    return save_chart(path, chart(chart_id), figures, briefing, options, **kwargs)


def pixels(image: QImage) -> Pixels:
    """Height × width × RGBA, as signed numbers so differences do not wrap."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(rgba.constBits(), np.uint8).reshape(
        rgba.height(), rgba.bytesPerLine() // 4, 4
    )
    return data[:, : rgba.width()].astype(np.int16)


def grey(image: Pixels) -> Pixels:
    return image[..., :3].mean(axis=2).astype(np.int16)


def shrink(image: Pixels, factor: int) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Average ``factor`` × ``factor`` blocks: a 4K image as 1280 pixels, or a blurred one."""
    height, width = image.shape[0] // factor * factor, image.shape[1] // factor * factor
    blocks = image[:height, :width].reshape(height // factor, factor, width // factor, factor, -1)
    return blocks.mean(axis=(1, 3))


def colour_mask(image: Pixels, colour: QColor, tolerance: int = 8) -> np.ndarray[Any, Any]:
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return np.abs(image[..., :3] - target).max(axis=2) <= tolerance


def runs(values: np.ndarray[Any, Any]) -> list[int]:
    """Lengths of the runs of True in a 1-D boolean array."""
    lengths, current = [], 0
    for value in values:
        if value:
            current += 1
        elif current:
            lengths.append(current)
            current = 0
    if current:
        lengths.append(current)
    return lengths


def font_files() -> list[str]:
    return [str(resource_path("resources", name)) for name in FONT_FILES]


# -- size, DPI, background ------------------------------------------------------------------


@pytest.mark.parametrize("chart_id", [BAR, RANK])
@pytest.mark.parametrize(
    ("width", "height", "scale", "expected"),
    [
        (1280, 720, 1, (1280, 720)),
        (1920, 1080, 1, (1920, 1080)),
        (3840, 2160, 1, (3840, 2160)),
        (1280, 720, 2, (2560, 1440)),
        (1280, 720, 3, (3840, 2160)),
    ],
)
def test_image_has_exactly_the_pixels_asked_for(
    chart_id: str, width: int, height: int, scale: int, expected: tuple[int, int]
) -> None:
    options = ImageOptions(width=width, height=height, scale=scale)
    image = rendered(chart_id, FOUR_K if expected == (3840, 2160) else options)
    assert (image.width(), image.height()) == expected
    assert image.format() == QImage.Format.Format_ARGB32
    assert image.dotsPerMeterX() == round(96 / 0.0254)


@pytest.mark.parametrize("size", [(1000, 1000), (1200, 300), (333, 777)])
def test_odd_sizes_are_exact_and_keep_everything_in(size: tuple[int, int]) -> None:
    """A short, wide strip cannot hold the chart at 1280 logical pixels: it is laid out at the
    chart's minimum size and scaled down, so the last line (the source) is still drawn."""
    image = render(chart("s2-enclave-results"), ImageOptions(width=size[0], height=size[1]))
    assert (image.width(), image.height()) == size
    ink = grey(pixels(image)) < 160
    rows = np.flatnonzero(ink.any(axis=1))
    assert rows.size
    assert rows.max() < size[1] - 2, "the bottom line touches the edge: clipped"


@pytest.mark.parametrize("dpi", [150, 300])
def test_png_and_jpeg_carry_the_dpi(tmp_path: Path, dpi: int) -> None:
    options = ImageOptions(width=640, height=360, dpi=dpi)
    for suffix in ("png", "jpg"):
        path = save(tmp_path / f"chart.{suffix}", options=options)
        image = QImage(str(path))
        assert image.size().toTuple() == (640, 360)
        assert abs(image.dotsPerMeterX() - dpi / 0.0254) <= 1
        assert abs(image.dotsPerMeterY() - dpi / 0.0254) <= 1


def test_transparent_background_is_transparent(tmp_path: Path) -> None:
    path = save(tmp_path / "chart.png", options=replace(SMALL, background="transparent"))
    image = pixels(QImage(str(path)))
    for y, x in [(0, 0), (0, -1), (-1, 0), (-1, -1)]:
        assert image[y, x, 3] == 0
    # No card, no plot background: only the marks and the text are opaque.
    assert (image[..., 3] == 0).mean() > 0.6


def test_white_and_theme_backgrounds_are_opaque(tmp_path: Path) -> None:
    white = pixels(QImage(str(save(tmp_path / "white.png"))))
    dark = pixels(render(chart(BAR), replace(SMALL, background="theme", theme="dark")))
    surface = QColor(THEMES["dark"].surface)
    for y, x in [(0, 0), (0, -1), (-1, 0), (-1, -1)]:
        assert tuple(white[y, x]) == (255, 255, 255, 255)
        assert tuple(dark[y, x]) == (surface.red(), surface.green(), surface.blue(), 255)


# -- the picture scales, not only the canvas --------------------------------------------------


def baseline_thickness(image: QImage) -> int:
    """The bar chart's baseline (the category axis line), measured down columns between the
    two groups of bars: the first dark run below the middle (the note and the source line
    come further down)."""
    grey_pixels = grey(pixels(image))
    height, width = grey_pixels.shape
    found = []
    for column in range(int(width * 0.47), int(width * 0.53), max(1, width // 200)):
        lower = grey_pixels[height // 2 :, column] < 170  # the muted axis; the grid is lighter
        lengths = runs(lower)
        assert lengths, f"no axis line in column {column}"
        found.append(lengths[0])
    return int(np.median(found))


def test_axis_line_is_thicker_in_4k() -> None:
    """Cosmetic pens are one device pixel at any scale: the export theme widens them."""
    assert baseline_thickness(rendered(BAR)) == 1
    assert baseline_thickness(rendered(BAR, FOUR_K)) >= 2


def label_box(image: QImage) -> tuple[int, int]:
    """Width and height of the value label over the tallest solid bar (12.32亿元)."""
    image_pixels = pixels(image)
    bars = colour_mask(image_pixels, THIS_YEAR)
    height = image_pixels.shape[0]
    columns = np.flatnonzero(bars[: height * 9 // 10].sum(axis=0) > height // 10)
    right_bar = columns[columns > image_pixels.shape[1] // 2]
    left, right = right_bar.min(), right_bar.max()
    top = np.flatnonzero(bars[:, (left + right) // 2]).min()
    margin = right - left
    area = grey(image_pixels)[top - height // 10 : top, left - margin : right + margin + 1] < 128
    ys, xs = np.nonzero(area)
    assert ys.size, "no value label above the tallest bar"
    return int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1)


def test_value_labels_are_three_times_bigger_in_4k() -> None:
    small_width, small_height = label_box(rendered(BAR))
    big_width, big_height = label_box(rendered(BAR, FOUR_K))
    assert 2.7 <= big_width / small_width <= 3.3
    assert 2.6 <= big_height / small_height <= 3.4


def hatch_period(image: QImage) -> float:
    """Pixels between the hatch lines of the tall derived bar (约9.9亿元), along a row."""
    row = grey(pixels(image))[image.height() * 6 // 10]
    width = image.width()
    dark = row[width * 69 // 100 : width * 73 // 100] < 200
    starts = np.flatnonzero(dark[1:] & ~dark[:-1])
    assert len(starts) >= 3, "no hatching found"
    return float(np.median(np.diff(starts)))


def test_hatching_scales_with_the_picture() -> None:
    """Qt's brush patterns keep 8 device pixels at any scale unless told otherwise: at 4K the
    hatch of a derived bar would shrink into a grey tint."""
    assert hatch_period(rendered(BAR)) == pytest.approx(8, abs=1)
    assert hatch_period(rendered(BAR, FOUR_K)) == pytest.approx(24, abs=2)


@pytest.mark.parametrize("chart_id", [BAR, RANK])
def test_4k_is_the_same_picture_as_1280(chart_id: str) -> None:
    """Averaged down to 1280×720, the 4K export is the 1280×720 export: same layout, same
    type, same arrows. Glyphs are hinted differently at each size, so the 8×8 blocks they
    cover differ by up to ~57 grey levels (measured); type left at 1280 size, or a rank
    chart's arrows three times too heavy, make blocks differ by 145 and more."""
    small = pixels(rendered(chart_id))[..., :3]
    big = shrink(pixels(rendered(chart_id, FOUR_K))[..., :3], 3)
    difference = np.abs(small - big).mean(axis=2)
    assert difference.mean() < 2.0
    assert shrink(difference[..., None], 8).max() < 90


# -- SVG ----------------------------------------------------------------------------------------


def test_pyqtgraph_svg_exporter_still_fails_on_this_qt(qtbot: QtBot) -> None:
    """pyqtgraph 0.14's SVGExporter raises ValueError on Qt 6.11+ (pyqtgraph#3495, fixed on
    master by #3458). When this test FAILS, a pyqtgraph release has the fix: re-check whether
    its SVG draws bars correctly, and whether ``chart_svg``'s own path can go."""
    import pyqtgraph as pg  # type: ignore[import-untyped]
    import pyqtgraph.exporters  # type: ignore[import-untyped]

    plot = pg.PlotWidget()
    try:
        plot.addItem(pg.BarGraphItem(x=[0, 1], height=[3, 5], width=0.6, brush="b"))
        plot.resize(400, 300)
        plot.show()
        qtbot.waitExposed(plot)
        with pytest.raises(ValueError, match="not enough values to unpack"):
            pyqtgraph.exporters.SVGExporter(plot.getPlotItem()).export(toBytes=True)
    finally:
        plot.close()
        plot.deleteLater()
        QCoreApplication.sendPostedEvents(plot, QEvent.Type.DeferredDelete)


@cache
def svg_of(chart_id: str, options: ImageOptions = SMALL) -> bytes:
    briefing, _, figures = bundled()
    return chart_svg(chart(chart_id), figures, briefing, options)


def svg_texts(data: bytes) -> list[str]:
    return [text.text or "" for text in ET.fromstring(data).iter(f"{SVG}text")]


SHAPES = {"path", "rect", "polyline", "polygon", "line", "ellipse", "circle"}


def stroke_widths(root: ET.Element) -> list[float]:
    """Every drawn stroke's width in the document's pixels (its transform's scale applied)."""
    widths = []
    for group in root.iter(f"{SVG}g"):
        for element in group:
            stroke = element.get("stroke", group.get("stroke", "none"))
            if element.tag.removeprefix(SVG) not in SHAPES or stroke == "none":
                continue
            width = float(element.get("stroke-width", group.get("stroke-width", "1")))
            transform = element.get("transform", group.get("transform", "matrix(1,0,0,1,0,0)"))
            a, b, c, d = (float(v) for v in transform[7:-1].split(",")[:4])
            widths.append(width * math.sqrt(abs(a * d - b * c)))
    return widths


def test_svg_is_pixels_sized_with_text_as_text_and_sane_strokes() -> None:
    data = svg_of(BAR)
    root = ET.fromstring(data)
    assert (root.get("width"), root.get("height"), root.get("viewBox")) == (
        "1280",
        "720",
        "0 0 1280 720",
    )
    assert b"non-scaling-stroke" not in data  # renderers ignore it: strokes become bands
    assert b"<image" not in data  # no bitmap anywhere, not even a cached background
    texts = svg_texts(data)
    assert chart(BAR).title in texts
    families = {text.get("font-family", "") for text in root.iter(f"{SVG}text")}
    assert all(family.startswith("'Noto Sans CJK SC'") for family in families)
    # Bars are filled shapes of the series colour, not strokes.
    bar_groups = [g for g in root.iter(f"{SVG}g") if g.get("fill") == THIS_YEAR.name()]
    assert sum(1 for g in bar_groups for _ in g.iter(f"{SVG}rect")) >= 2
    widths = stroke_widths(root)
    assert widths
    assert max(widths) <= 6, f"a stroke {max(widths)} px wide"


@pytest.mark.parametrize("chart_id", [BAR, RANK])
def test_svg_renders_like_the_png(chart_id: str) -> None:
    """Rendered by resvg with only the bundled font, the SVG is the PNG. Qt lays text out with
    whole-pixel advances and resvg with exact ones, and they antialias differently: across the
    bundled charts the mean difference is 1.1-2.4 grey levels (measured). Grid lines left as
    non-scaling strokes, which resvg ignores, raise it to 4.2-8.5."""
    png = pixels(rendered(chart_id))
    rendered_svg = QImage.fromData(
        resvg_py.svg_to_bytes(
            svg_string=svg_of(chart_id).decode("utf-8"),
            skip_system_fonts=True,  # the machine's fonts must not rescue the file
            font_files=font_files(),
        )
    )
    svg = pixels(rendered_svg)
    assert svg.shape == png.shape
    assert np.abs(png[..., :3] - svg[..., :3]).mean() < 3.5
    # Every solid bar (or this year's point) where the PNG has one.
    marks = colour_mask(png, THIS_YEAR, 0)
    assert marks.sum() > 200
    assert colour_mask(svg, THIS_YEAR, 12)[marks].mean() > 0.95
    # The text is there, in the bundled font: as much ink in the title band.
    band = slice(0, 40)
    png_ink = (255 - grey(png)[band, :600]).sum()
    svg_ink = (255 - grey(svg)[band, :600]).sum()
    assert 0.75 < svg_ink / png_ink < 1.25


def test_title_and_source_line_follow_the_options() -> None:
    briefing = bundled()[0]
    with_both = svg_texts(svg_of(BAR))
    assert chart(BAR).title in with_both
    assert source_line(briefing) in with_both
    assert "数据来源：《聚才集智“亮”出新段位——" in source_line(briefing)
    assert source_line(briefing).endswith("》，" + briefing.publisher_line)
    neither = svg_texts(svg_of(BAR, replace(SMALL, title=False, source=False)))
    assert chart(BAR).title not in neither
    assert not any("数据来源" in text for text in neither)
    assert "单位：亿元" in neither  # the unit belongs to the chart, not to its title


SCALED_GRID = f"""<svg xmlns="http://www.w3.org/2000/svg" width="26.5mm" height="13.2mm">
<g fill="none" stroke="#cccccc" stroke-width="2" transform="matrix(10,0,0,-5,0,50)">
<path vector-effect="non-scaling-stroke" d="M0,0 L10,0 M0,5 L10,5"/>
<rect vector-effect="non-scaling-stroke" x="1" y="1" width="2" height="3"/>
<line vector-effect="non-scaling-stroke" x1="0" y1="10" x2="10" y2="10"/>
<path vector-effect="non-scaling-stroke" d="M0,0 L10"/>
<text x="0" y="0" font-family="{FONT_FAMILY}">0</text>
</g>
<g stroke="#000000"><path vector-effect="non-scaling-stroke" d="M0,0 L5,5"/></g>
<g transform="matrix(2,0,0,2,0,0)"><path d="M0,0 L5,5"/></g>
</svg>"""


def test_cosmetic_strokes_of_a_scaled_group_are_drawn_in_pixels() -> None:
    """Qt writes a grid line as a non-scaling stroke in data coordinates; renderers that
    ignore the effect draw it as a band as wide as the scale. Flattened, each shape is in
    pixels (its stroke 2 px wide, as meant) and the group's transform is gone."""
    root = ET.fromstring(SCALED_GRID)
    flatten_cosmetic_strokes(root)
    grid, plain, scaled = list(root)
    assert "transform" not in grid.attrib
    path, rect, line, broken, text = list(grid)
    assert path.get("d") == "M 0,50 L 100,50 M 0,25 L 100,25"
    assert rect.tag == f"{SVG}path"
    assert rect.get("d") == "M 10,45 L 30,45 L 30,30 L 10,30 Z"
    assert [line.get(k) for k in ("x1", "y1", "x2", "y2")] == ["0", "0", "100", "0"]
    for shape in (path, rect, line):
        assert "vector-effect" not in shape.attrib
    # What cannot be mapped keeps the group's transform on itself: drawn as before.
    assert broken.get("transform") == "matrix(10,0,0,-5,0,50)"
    assert broken.get("vector-effect") == "non-scaling-stroke"
    assert text.get("transform") == "matrix(10,0,0,-5,0,50)"
    # Already in pixels: only the effect goes. No cosmetic stroke: untouched.
    assert "vector-effect" not in plain[0].attrib
    assert plain[0].get("d") == "M0,0 L5,5"
    assert scaled.get("transform") == "matrix(2,0,0,2,0,0)"


def test_svg_matrices_and_point_lists() -> None:
    assert parse_matrix("matrix(1,0,0,1,5.5,-6e1)") == (1, 0, 0, 1, 5.5, -60)
    assert parse_matrix(" matrix(1 0 0 1 5 6) ") == (1, 0, 0, 1, 5, 6)
    assert parse_matrix("translate(1,2)") is None
    assert parse_matrix("matrix(1,2)") is None
    assert parse_matrix(None) is None
    assert map_pairs("M1,2 L3.5,4 Z", (2, 0, 0, 2, 1, 1)) == "M 3,5 L 8,9 Z"
    assert map_pairs("M0.1234,0", (1, 0, 0, 1, 0, 0)) == "M 0.123,0"
    for odd in ("M1,2 L3", "M L Z"):
        with pytest.raises(ValueError, match="point pairs"):
            map_pairs(odd, (1, 0, 0, 1, 0, 0))


def test_tidied_svg_is_sized_in_pixels_and_names_the_bundled_font_first() -> None:
    root = ET.fromstring(tidy_svg(SCALED_GRID.encode(), 100, 50))
    assert (root.get("width"), root.get("height")) == ("100", "50")
    assert "transform" not in next(iter(root)).attrib  # its strokes flattened into pixels
    (text,) = root.iter(f"{SVG}text")
    assert text.get("font-family") == f"'{FONT_FAMILY}', 'Noto Sans SC', sans-serif"


# -- the off-screen life of a widget ------------------------------------------------------------


def test_offscreen_shows_at_the_size_and_deletes_the_widget_even_on_an_error() -> None:
    widget = QLabel("图")
    gone: list[bool] = []
    widget.destroyed.connect(lambda: gone.append(True))
    seen: list[tuple[bool, bool, QSize]] = []

    def export() -> None:
        with offscreen(widget) as stage:
            assert stage.show(QSize(320, 200)) is widget
            attribute = widget.testAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            seen.append((widget.isVisible(), attribute, widget.size()))
            raise RuntimeError("half-way through an export")

    with pytest.raises(RuntimeError, match="half-way"):
        export()
    assert seen == [(True, True, QSize(320, 200))]
    assert gone == [True]  # at once: no event loop runs in between


def test_settling_takes_rounds_until_the_layout_stops_changing() -> None:
    seen: list[int] = []
    values = iter([1, 2, 3, 3, 4])

    def signature() -> int:
        seen.append(next(values))
        return seen[-1]

    with offscreen(QWidget()) as stage:
        stage.show(QSize(10, 10), signature=signature)
        assert seen == [1, 2, 3, 3]
        counter = itertools.count()
        stage.settle(lambda: next(counter))  # never settles: a bounded number of rounds
        assert next(counter) == SETTLE_ROUNDS


def test_the_chart_exporter_uses_only_the_charts_public_face() -> None:
    """No private chart class, no reaching into the panel's plot or its labels, no test hooks:
    what the export needs, the panel's export mode does."""
    tree = ast.parse(Path(chart_files.__file__).read_text(encoding="utf-8"))
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "briefing.views.chart" in modules
    assert not {m for m in modules if m and m.startswith("briefing.views.chart.")}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    hooks = {"plot", "findChildren", "value_axis_labels", "category_labels", "title_label"}
    assert not attributes & hooks


# -- PDF ----------------------------------------------------------------------------------------


def test_pdf_is_one_page_of_the_image_aspect_with_fonts_embedded() -> None:
    briefing, _, figures = bundled()
    options = replace(SMALL, dpi=150)
    reader = PdfReader(io.BytesIO(chart_pdf(chart(RANK), figures, briefing, options)))
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(1280 * 72 / 150, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(720 * 72 / 150, abs=0.5)
    fonts = page["/Resources"]["/Font"]
    assert len(fonts) >= 1
    for reference in fonts.values():
        font = reference.get_object()
        described = [d.get_object() for d in font.get("/DescendantFonts", [font])]
        for descendant in described:
            descriptor = descendant["/FontDescriptor"].get_object()
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys()), font
    text = page.extract_text()
    assert chart(RANK).title in text  # vector text, Chinese and searchable


# -- files --------------------------------------------------------------------------------------

SMALL_FILE = ImageOptions(width=640, height=360)
MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff", "svg": b"<?xml", "pdf": b"%PDF-"}


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a.png", "png"), ("b.jpg", "jpg"), ("c.JPEG", "jpg"), ("d.svg", "svg"), ("e.pdf", "pdf")],
)
def test_save_chart_picks_the_format_from_the_suffix(tmp_path: Path, name: str, kind: str) -> None:
    path = save(tmp_path / name, options=SMALL_FILE)
    assert path == tmp_path / name
    data = path.read_bytes()
    assert data.startswith(MAGIC[kind])
    if kind in {"png", "jpg"}:
        assert QImage.fromData(data).size().toTuple() == (640, 360)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_jpeg_flattens_transparency_onto_white(tmp_path: Path) -> None:
    options = replace(SMALL_FILE, background="transparent")
    image = QImage(str(save(tmp_path / "chart.jpg", options=options)))
    corner = image.pixelColor(0, 0)
    assert min(corner.red(), corner.green(), corner.blue()) >= 250


def test_format_argument_overrides_the_suffix(tmp_path: Path) -> None:
    path = save(tmp_path / "chart.bin", options=SMALL_FILE, format="png")
    assert path.read_bytes().startswith(MAGIC["png"])


def test_unknown_format_is_refused_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="不支持的格式"):
        save(tmp_path / "chart.gif", options=SMALL_FILE)
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "chart.png"
    path.write_bytes(b"the report's own picture")
    with pytest.raises(ExportError, match="已存在"):
        save(path, options=SMALL_FILE)
    assert path.read_bytes() == b"the report's own picture"
    save(path, options=SMALL_FILE, force=True)
    assert path.read_bytes().startswith(MAGIC["png"])


def test_full_disk_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    existing = tmp_path / "old.png"
    existing.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="磁盘已满"):
        save(tmp_path / "new.svg", options=SMALL_FILE)
    with pytest.raises(ExportError, match="磁盘已满"):
        save(existing, options=SMALL_FILE, force=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.png"]
    assert existing.read_bytes() == b"old"


def test_unwritable_folder_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated: as root (the test machines) a read-only folder is still writable."""

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(ExportError, match="没有写入权限"):
        save(tmp_path / "chart.png", options=SMALL_FILE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_read_only_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(ExportError, match="没有写入权限"):
            save(folder / "chart.png", options=SMALL_FILE)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_copy_puts_the_image_of_the_asked_size_on_the_clipboard() -> None:
    briefing, _, figures = bundled()
    options = ImageOptions(width=800, height=450, scale=2)
    image = copy_chart_to_clipboard(chart(BAR), figures, briefing, options)
    assert image.size().toTuple() == (1600, 900)
    pasted = QGuiApplication.clipboard().image()
    assert pasted.size().toTuple() == (1600, 900)
    assert pasted.pixelColor(0, 0) == QColor(Qt.GlobalColor.white)


def test_no_widget_is_left_behind() -> None:
    """The chart widget an export lays out is gone when the export returns, event loop or
    not (the command-line export has none)."""

    def panels() -> int:
        return sum(isinstance(w, ChartPanel) for w in QApplication.allWidgets())

    before = panels()
    render(chart(RANK), ImageOptions(width=640, height=360))
    assert panels() == before


# -- Chinese ------------------------------------------------------------------------------------


def test_chinese_title_is_drawn_not_boxes() -> None:
    """Two different Chinese titles of the same length render differently; as missing glyphs
    (boxes, on a machine without a CJK font) they would be the same four boxes."""
    options = replace(SMALL, source=False)
    first = pixels(render(chart(BAR).model_copy(update={"title": "人才总量"}), options))
    second = pixels(render(chart(BAR).model_copy(update={"title": "科技创新"}), options))
    band = (slice(0, 40), slice(0, 400))
    assert (grey(first)[band] < 128).sum() > 100  # the title is drawn at all
    assert not np.array_equal(first[band], second[band])
    assert np.array_equal(first[200:], second[200:])  # and only the title differs
