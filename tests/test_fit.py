"""The viewer and the show fit any briefing: at every window width from 1024 px and every zoom
nothing is cut off at the side of a page (no sideways scrolling, which the pages do not offer),
and on a slide a chart's labels, legend and note all show, clear of each other.

The briefings are of chosen shapes (tests/shapes.py): 1 section or 7, no images, 30 cards in a
section, charts of 12 categories, grouped charts of 5, rank charts of 10 to 12 categories,
compositions and time series.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.model.slides import build_slides
from briefing.resources import bundled_dataset
from briefing.theme import THEMES, Appearance
from briefing.views.chart import ChartPanel, ExportMode
from briefing.views.slides import SlideView
from tests.shapes import SHAPES, ChartShape, SectionShape, Shape, write_shape
from tests.test_chart_panel import labels_fit, on_screen, text_items

WINDOWS = [(1024, 720), (1280, 800), (1366, 768), (1920, 1080)]
ZOOMS = [0.8, 1.0, 1.5, 2.0]  # the smallest, the usual and the largest the View menu offers
SLIDES = [(1280, 720), (1920, 1080)]


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("shapes")
    return {name: write_shape(root / name, shape) for name, shape in SHAPES.items()}


def test_every_shape_is_a_valid_briefing(shapes: dict[str, Path]) -> None:
    for name, folder in shapes.items():
        briefing = load_dataset(folder).briefing
        assert len(briefing.sections) == len(SHAPES[name].sections), name
    seven = load_dataset(shapes["seven-sections"]).briefing
    assert len(seven.sections) == 7
    crowded = load_dataset(shapes["thirty-cards"]).briefing.sections[0]
    assert len(crowded.cards) == 30
    assert not any(s.images for s in load_dataset(shapes["no-images"]).briefing.sections)
    twelve = load_dataset(shapes["twelve-categories"]).briefing
    assert {len(c.categories) for _, b in twelve.blocks() for c in b.charts} == {12}
    ranks = [c for _, b in load_dataset(shapes["twelve-ranks"]).briefing.blocks() for c in b.charts]
    assert [(c.kind, len(c.categories)) for c in ranks] == [
        ("rank_change", 12),
        ("rank_change", 10),
        ("rank_change", 11),
    ]
    mixed = load_dataset(shapes["parts-and-years"]).briefing
    kinds = [(c.kind, len(c.series)) for _, b in mixed.blocks() for c in b.charts]
    assert kinds == [("composition", 1), ("composition", 3), ("time_series", 1), ("time_series", 1)]


def sideways_problems(window: Any) -> list[str]:
    """What sticks out of the current page's view, sideways."""
    page = window.pages[window.tabs.currentIndex()]
    view = page.viewport()
    width = view.width()
    problems = []
    if page.widget().width() > width or page.horizontalScrollBar().maximum() > 0:
        problems.append(f"page {page.widget().width()} px wide in a view of {width}")
    items: list[QWidget] = [*page.cards, *page.charts, *page.images]
    for item in items:
        left = item.mapTo(view, QPoint(0, 0)).x()
        if left < 0 or left + item.width() > width:
            problems.append(f"{item.objectName() or type(item).__name__} at {left}+{item.width()}")
    for chart in page.charts:
        assert isinstance(chart, ChartPanel)
        if chart.minimumSizeHint().width() > width:
            problems.append(f"{chart.chart.id} asks for {chart.minimumSizeHint().width()} px")
        plot = chart.plot.geometry()
        if plot.left() < 0 or plot.right() >= chart.width():
            problems.append(f"{chart.chart.id}: plot {plot} outside its panel")
    return problems


def check_every_tab(qtbot: QtBot, window: Any, where: str) -> None:
    for index in range(window.tabs.count()):
        window.set_tab(index)
        try:
            qtbot.waitUntil(lambda: not sideways_problems(window), timeout=3000)
        except TimeoutError:
            raise AssertionError(f"{where}, tab {index + 1}: {sideways_problems(window)}") from None


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_nothing_is_cut_off_sideways_at_any_width_or_zoom(
    qtbot: QtBot, make_window: Callable[..., Any], theme: Any, shapes: dict[str, Path], name: str
) -> None:
    window = make_window(shapes[name], size=WINDOWS[0])
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    for zoom in ZOOMS:
        theme.set_zoom(zoom)
        for size in WINDOWS:
            window.resize(*size)
            check_every_tab(qtbot, window, f"{name} at {size[0]}×{size[1]}, zoom {zoom}")
    theme.set_zoom(1.0)


def test_a_grouped_chart_of_five_categories_fits_a_1280_window(
    qtbot: QtBot, make_window: Callable[..., Any], shapes: dict[str, Path]
) -> None:
    """The case that was reported: two such charts side by side made the tab wider than the
    window. Now they stand one under the other, each in its own kind (vertical bars)."""
    window = make_window(shapes["five-grouped"], size=(1280, 800))
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    check_every_tab(qtbot, window, "1280×800")
    first, second = window.pages[0].charts
    qtbot.waitUntil(lambda: first.geometry().bottom() < second.geometry().top())
    assert first.x() == second.x()
    assert [c.plot.chart.kind for c in (first, second)] == ["grouped_bars", "grouped_bars"]


def panel_for(
    qtbot: QtBot, shape: ChartShape, tmp_path: Path, appearance: Appearance
) -> ChartPanel:
    folder = write_shape(tmp_path / "one", Shape(sections=(SectionShape(0, 0, (shape,)),)))
    briefing = load_dataset(folder).briefing
    panel = ChartPanel(briefing.sections[0].charts[0], briefing.figures(), appearance)
    qtbot.addWidget(panel)
    return panel


@pytest.mark.parametrize(
    "shape",
    [
        ChartShape("grouped_bars", 12, 2, derived=True),
        ChartShape("bars", 12, long_labels=True),
        ChartShape("grouped_bars", 5, 3),
    ],
    ids=["12-grouped", "12-long-labels", "5-by-3"],
)
def test_bars_too_many_for_the_width_are_drawn_across(
    qtbot: QtBot, tmp_path: Path, shape: ChartShape
) -> None:
    """A chart never asks for more width than a page has: too narrow for its vertical bars,
    it draws them horizontally, taller; given the width again, it stands them up again."""
    panel = panel_for(qtbot, shape, tmp_path, Appearance(zoom=2.0))
    assert panel.minimumSizeHint().width() <= 700
    panel.resize(700, panel.minimumSizeHint().height())
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.plot.chart.kind == "horizontal_bars")
    assert panel.category_labels() == list(panel.chart.categories)
    assert len(panel.value_labels()) == shape.categories * shape.series
    qtbot.waitUntil(lambda: labels_fit(panel))
    panel.resize(panel.natural_width(), 900)
    qtbot.waitUntil(lambda: panel.plot.chart.kind == shape.kind)


RANKS = [
    ChartShape("rank_change", 12, derived=True),
    ChartShape("rank_change", 10, long_labels=True, derived=True),
    ChartShape("rank_change", 11),
    ChartShape("rank_change", 12, 3),  # three years: the middle one labelled above its point
]
RANK_IDS = ["12-derived", "10-long-labels", "11-stated", "12-by-3"]
PAGE_1024 = 980  # the width of a chart on a page of a 1024 px window


def form(panel: ChartPanel) -> str:
    return type(panel.plot).__name__


def in_rows(panel: ChartPanel) -> list[str]:
    """How a rank chart drawn in rows breaks its rule: a category to a row, top down, the
    ranks across with 第1位 at the left, every label inside the plot and clear of the rest."""
    problems = []
    plot = panel.plot
    if plot.chart.kind != "rank_change" or form(panel) != "RankRowsPlot":
        return [f"drawn as {form(panel)}"]
    rows = [on_screen(panel, mark).center() for mark in plot._marks]
    for point, centre in zip(plot.points, rows, strict=True):
        if abs(centre.y() - rows[point.category * len(plot.chart.series)].y()) > 0.5:
            problems.append(f"category {point.category}: points not in one row")
    tops = [rows[c * len(plot.chart.series)].y() for c in range(len(plot.chart.categories))]
    if tops != sorted(tops):
        problems.append("categories not top down")
    ranked = sorted(zip(plot.points, rows, strict=True), key=lambda pair: pair[0].figure.value)
    xs = [centre.x() for _, centre in ranked]
    if xs != sorted(xs):
        problems.append("better ranks not further left")
    if not panel.value_axis_labels() or not panel.value_axis_labels()[0].startswith("第"):
        problems.append(f"rank axis {panel.value_axis_labels()}")
    for arrow in plot._arrows:
        to_screen = arrow.deviceTransform(plot.viewportTransform())
        start, end = to_screen.map(arrow.start), to_screen.map(arrow.end)
        if abs(end.x() - start.x()) <= 2 * arrow.gap + 1:
            continue  # too short to be drawn
        left, right = sorted((start.x(), end.x()))
        line = QRectF(left + arrow.gap, start.y() - 1, right - left - 2 * arrow.gap, 2)
        crossed = [r for r in text_items(panel) if r.intersected(line).width() >= 1]
        if crossed:
            problems.append(f"an arrow {line} through a label {crossed[0]}")
    box = plot.geometry()
    if box.left() < 0 or box.right() >= panel.width():
        problems.append(f"plot {box} outside its panel of {panel.width()}")
    try:
        labels_fit(panel)
    except AssertionError as error:
        problems.append(str(error))
    return problems


@pytest.mark.parametrize("shape", RANKS, ids=RANK_IDS)
def test_ranks_too_many_for_the_width_are_drawn_in_rows(
    qtbot: QtBot, tmp_path: Path, shape: ChartShape
) -> None:
    """At every zoom a rank chart of 10 to 12 categories fits a 1024 window's page in rows
    (one category to a row, the ranks across), clear of each other; given the width again,
    it stands in columns again."""
    panel = panel_for(qtbot, shape, tmp_path, Appearance())
    panel.show()
    qtbot.waitExposed(panel)
    for zoom in ZOOMS:
        panel.apply_appearance(Appearance(zoom=zoom))
        least = panel.minimumSizeHint().width()
        assert least <= PAGE_1024, f"zoom {zoom}: {least} px"
        for width in (least, PAGE_1024, min(1880, panel.natural_width() - 1)):
            panel.resize(width, panel.minimumSizeHint().height())
            try:
                qtbot.waitUntil(lambda: not in_rows(panel), timeout=3000)
            except TimeoutError:
                raise AssertionError(f"zoom {zoom}, {width} px: {in_rows(panel)}") from None
        panel.resize(panel.natural_width(), 900)
        qtbot.waitUntil(lambda: form(panel) == "RankColumnsPlot")
        qtbot.waitUntil(lambda: labels_fit(panel))


def drawn(panel: ChartPanel) -> dict[str, object]:
    """What a reader can learn from a rank chart, in either form."""
    plot = panel.plot
    return {
        "values": panel.value_labels(),
        "changes": panel.change_labels(),
        "categories": panel.category_labels(),
        "legend": legend_entries(panel),
        "derived": panel.derived_bars(),
        "tooltips": [mark.toolTip() for mark in plot._marks],
        "arrows": [arrow.colour.name() for arrow in plot._arrows],
        "change colours": [label.color.name() for label in plot._changes],
        "styles": [(m.style.fill.name(), m.style.derived) for m in plot._marks],
    }


@pytest.mark.parametrize("look", [Appearance(), Appearance(convention="green-up", zoom=1.5)])
def test_a_rank_chart_in_rows_shows_what_its_columns_show(
    qtbot: QtBot, tmp_path: Path, look: Appearance
) -> None:
    panel = panel_for(qtbot, RANKS[0], tmp_path, look)
    panel.resize(panel.natural_width(), 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: form(panel) == "RankColumnsPlot")
    columns = drawn(panel)
    assert columns["changes"] == [f"提升{3 + c}位" for c in range(12)]
    assert all(re.fullmatch(r"第\d+位", value) for value in panel.value_labels())
    panel.resize(PAGE_1024, 700)
    qtbot.waitUntil(lambda: form(panel) == "RankRowsPlot")
    assert drawn(panel) == columns
    # The arrows are drawn between the points they join, in the colour of good news.
    good = look.change_colour(True)
    assert set(columns["arrows"]) == {QColor(good).name()}  # type: ignore[arg-type]
    plot = panel.plot
    for arrow in plot._arrows:
        assert arrow.end.x() < arrow.start.x()  # a better rank this year: towards the left


def test_a_rank_chart_in_rows_draws_for_a_file_as_on_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """Export mode in rows: cosmetic pens widened by the export's scale, arrows left to the
    painter, the same figures; back on screen, as before."""
    panel = panel_for(qtbot, RANKS[0], tmp_path, Appearance())
    panel.resize(PAGE_1024, 700)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: form(panel) == "RankRowsPlot")
    plot = panel.plot
    screen = drawn(panel), plot._grid.pen.widthF(), [a.width for a in plot._arrows]
    panel.set_export_mode(ExportMode(Appearance(), scale=2.0))
    qtbot.waitUntil(lambda: labels_fit(panel))
    assert form(panel) == "RankRowsPlot"
    assert drawn(panel) == screen[0]
    assert plot._grid.pen.widthF() == 2 * screen[1]
    assert [a.width for a in plot._arrows] == screen[2]  # the scaled painter widens them
    panel.set_export_mode(None)
    assert (drawn(panel), plot._grid.pen.widthF(), [a.width for a in plot._arrows]) == screen


def legend_entries(panel: ChartPanel) -> list[tuple[str, bool]]:
    """(name, drawn in the derived style) of every legend entry."""
    return [(e.text, e.style.derived) for e in panel.plot._legend.entries]


def test_derived_values_have_one_legend_entry(qtbot: QtBot, tmp_path: Path) -> None:
    # The series of the year before is all derived and says so: it is the only derived entry.
    panel = panel_for(qtbot, ChartShape("grouped_bars", 3, 2, derived=True), tmp_path, Appearance())
    assert legend_entries(panel) == [("2023年（推算）", True), ("2024年", False)]
    # One series with a derived bar: the 推算 entry says what the hatching means.
    bundled = load_dataset(bundled_dataset()).briefing
    recruited = ChartPanel(bundled.chart("s1-recruited"), bundled.figures(), Appearance())
    qtbot.addWidget(recruited)
    assert legend_entries(recruited) == [("推算", True)]
    ranks = ChartPanel(bundled.chart("s2-innovation-ranks"), bundled.figures(), Appearance())
    qtbot.addWidget(ranks)
    assert [derived for _, derived in legend_entries(ranks)] == [True, False]


def chart_slides(dataset: Dataset) -> Iterator[Any]:
    for slide in build_slides(dataset.briefing):
        if slide.kind == "chart":
            yield slide


def on_slide(widget: QWidget, slide: QWidget) -> QRect:
    return QRect(widget.mapTo(slide, QPoint(0, 0)), widget.size())


def axis_labels(axis: Any) -> list[QRectF]:
    """Where an axis writes its tick labels, in the scene (its bounding rect reaches further)."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [] if specs is None else [axis.mapRectToScene(rect) for rect, _, _ in specs[2]]


def slide_problems(view: SlideView) -> list[str]:
    """Where a chart slide's note, legend, axes and labels overlap or leave the slide."""
    panel = view.chart_panel()
    assert panel is not None
    plot = panel.plot
    problems = []
    slide = view.rect()
    plot_rect = on_slide(plot, view)
    if not slide.contains(on_slide(panel, view)):
        problems.append(f"panel {on_slide(panel, view)} outside the slide {slide}")
    note = [label for label in panel.findChildren(QLabel) if label.text() == panel.chart.note]
    for label in note:
        if on_slide(label, view).intersects(plot_rect):
            problems.append(f"note {on_slide(label, view)} over the plot {plot_rect}")
        if not slide.contains(on_slide(label, view)):
            problems.append("note off the slide")
    inside = QRectF(plot.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    item = plot.getPlotItem()
    pieces = [("legend", plot._legend.sceneBoundingRect()), ("view", item.vb.sceneBoundingRect())]
    for name in ("left", "bottom"):
        pieces += [(f"{name} axis label", rect) for rect in axis_labels(item.getAxis(name))]
    for what, scene_rect in pieces:
        rect = plot.mapFromScene(scene_rect).boundingRect()
        if not inside.contains(QRectF(rect)):
            problems.append(f"{what} {rect} outside the plot {plot.rect()}")
    try:
        labels_fit(panel)
    except AssertionError as error:
        problems.append(str(error))
    return problems


@pytest.mark.parametrize(
    "name", ["twelve-categories", "five-grouped", "no-images", "twelve-ranks", "parts-and-years"]
)
def test_chart_slides_show_note_legend_and_axes_apart(
    qtbot: QtBot, shapes: dict[str, Path], name: str
) -> None:
    """As the show draws them, and the PDF (its pages are the slides at 1920×1080)."""
    dataset = load_dataset(shapes[name])
    look = Appearance(theme=THEMES["projector"])
    for slide in chart_slides(dataset):
        for size in SLIDES:
            view = SlideView(slide, dataset, look)
            qtbot.addWidget(view)
            view.resize(*size)
            view.show()
            qtbot.waitExposed(view)
            try:
                qtbot.waitUntil(lambda view=view: not slide_problems(view), timeout=3000)
            except TimeoutError:
                raise AssertionError(f"{slide.label} at {size}: {slide_problems(view)}") from None
            view.close()
    QApplication.processEvents()
