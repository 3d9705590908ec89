"""What an official sees in a chart: the printed figures, their sources, and a chart that stays
still while the page around it scrolls."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsView,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing.model import Chart, Figure, Series, format_shown, load_dataset
from briefing.model.schema import Derivation
from briefing.resources import bundled_dataset
from briefing.theme import THEMES, Appearance
from briefing.views.chart import ChartPanel, ExportMode
from briefing.views.chart._layout import (
    bar_group,
    fit_span,
    minimum_plot_height,
    minimum_plot_width,
    nice_step,
    plain_number,
    rank_spread,
    rank_ticks,
    rank_x,
    text_size,
    value_ticks,
    wrap,
)
from briefing.views.labels import plain_tooltip

LIGHT = Appearance()
SIZE = (900, 420)


@cache
def bundled() -> tuple[dict[str, Chart], dict[str, Figure]]:
    briefing = load_dataset(bundled_dataset()).briefing
    charts = {chart.id: chart for _, block in briefing.blocks() for chart in block.charts}
    return charts, briefing.figures()


def chart(chart_id: str) -> Chart:
    return bundled()[0][chart_id]


def figures() -> dict[str, Figure]:
    return bundled()[1]


def shown(
    qtbot: QtBot, panel: ChartPanel, size: tuple[int, int] = SIZE, *, settle: bool = True
) -> ChartPanel:
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    if settle:
        qtbot.waitUntil(lambda: labels_fit(panel))
    return panel


def make(qtbot: QtBot, chart_id: str, appearance: Appearance = LIGHT) -> ChartPanel:
    return shown(qtbot, ChartPanel(chart(chart_id), figures(), appearance))


def on_screen(panel: ChartPanel, item: QGraphicsItem) -> QRectF:
    """Where an item is drawn, in the plot's pixels (points ignore the view's scale)."""
    return item.deviceTransform(panel.plot.viewportTransform()).mapRect(item.boundingRect())


def text_items(panel: ChartPanel) -> list[QRectF]:
    """Where every value label and change annotation is drawn."""
    return [
        on_screen(panel, item)
        for item in panel.plot.scene().items()
        if type(item).__name__ == "TextItem" and item.toPlainText()
    ]


def marks(panel: ChartPanel) -> list[QRectF]:
    """Every bar or point: the items that carry a tooltip."""
    return [on_screen(panel, item) for item in panel.plot.scene().items() if item.toolTip()]


def labels_fit(panel: ChartPanel) -> None:
    """Every label inside the plot's view, clear of every bar and point and of each other."""
    view = on_screen(panel, panel.plot.getViewBox()).adjusted(-0.5, -0.5, 0.5, 0.5)
    labels = text_items(panel)
    assert labels
    for index, label in enumerate(labels):
        assert view.contains(label), f"label clipped: {label} outside {view}"
        for mark in marks(panel):
            overlap = label.intersected(mark)
            assert overlap.width() < 1 or overlap.height() < 1, "label over a bar"
        for other in labels[index + 1 :]:
            overlap = label.intersected(other)
            assert overlap.width() < 1 or overlap.height() < 1, "labels collide"


def label_rect(panel: ChartPanel, text: str) -> QRectF:
    items = [i for i in panel.plot.scene().items() if type(i).__name__ == "TextItem"]
    return next(on_screen(panel, i) for i in items if i.toPlainText() == text)


@pytest.mark.parametrize("chart_id", sorted(bundled()[0]))
def test_every_bundled_chart_shows_its_printed_figures_unclipped(
    qtbot: QtBot, chart_id: str
) -> None:
    panel = make(qtbot, chart_id)
    data = chart(chart_id)
    expected = [
        format_shown(figures()[series.values[category]])
        for category in range(len(data.categories))
        for series in data.series
    ]
    assert panel.value_labels() == expected
    assert panel.category_labels() == data.categories
    labels_fit(panel)


@pytest.mark.parametrize(
    "appearance",
    [Appearance(theme=THEMES["projector"]), Appearance(zoom=1.5), Appearance(zoom=0.8)],
    ids=["projector", "zoom-1.5", "zoom-0.8"],
)
def test_labels_fit_in_every_theme_and_zoom(qtbot: QtBot, appearance: Appearance) -> None:
    for chart_id in ("s1-funds", "s2-innovation-ranks", "s3-funding"):
        panel = ChartPanel(chart(chart_id), figures(), appearance)
        shown(qtbot, panel, (620, 480))
        panel.close()


def test_grouped_chart_marks_derived_figures(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    assert panel.value_labels() == ["约1.00亿元", "2.96亿元", "约9.9亿元", "12.32亿元"]
    assert panel.derived_bars() == [(0, 0), (1, 0)]
    assert panel.legend_labels() == ["2023年（推算）", "2024年"]  # its name says 推算
    unit = [label.text() for label in panel.findChildren(QLabel)]
    assert "单位：亿元" in unit


def test_legend_only_when_it_says_something(qtbot: QtBot) -> None:
    # One series: no series legend, but a derived bar still needs the 推算 key.
    assert make(qtbot, "s1-recruited").legend_labels() == ["推算"]
    assert make(qtbot, "s1-recruited").derived_bars() == [(0, 0)]
    assert make(qtbot, "s3-funding").legend_labels() == []
    assert make(qtbot, "s3-funding").derived_bars() == []


def test_horizontal_chart_lists_categories_top_down_with_room(qtbot: QtBot) -> None:
    panel = make(qtbot, "s3-funding")
    categories = chart("s3-funding").categories
    assert panel.category_labels() == categories
    first, last = label_rect(panel, "9665万元"), label_rect(panel, "900万元")
    assert first.center().y() < last.center().y()
    # The longest label fits on one line beside the bars at this width, never clipped.
    axis = panel.plot.getPlotItem().getAxis("left")
    metrics = QFontMetricsF(LIGHT.font(LIGHT.theme.small_pt))
    assert axis.width() >= max(metrics.horizontalAdvance(c) for c in categories)
    assert panel.value_axis_labels()[0] == "0"


def test_horizontal_value_labels_sit_right_of_the_bar_ends(qtbot: QtBot) -> None:
    panel = make(qtbot, "s2-platforms")
    bars = sorted(marks(panel), key=lambda rect: rect.top())
    for bar, text in zip(bars, panel.value_labels(), strict=True):
        label = label_rect(panel, text)
        assert label.left() >= bar.right()
        assert bar.top() <= label.center().y() <= bar.bottom()


def test_rank_chart_reads_better_is_up(qtbot: QtBot) -> None:
    panel = make(qtbot, "s2-innovation-ranks")
    assert panel.plot.getViewBox().yInverted()
    assert panel.value_labels() == ["第43位", "第33位", "第84位", "第62位"]
    assert panel.change_labels() == ["提升10位", "提升22个位次"]
    assert panel.derived_bars() == [(0, 0), (1, 0)]
    assert panel.legend_labels()[0] == "去年（推算）"  # the derived style, explained once
    # This year's 33rd place is drawn above last year's 43rd, and to its right.
    before, after = label_rect(panel, "第43位"), label_rect(panel, "第33位")
    assert after.center().y() < before.center().y()
    assert after.left() > before.right()
    assert all(re.fullmatch(r"第\d+位", text) for text in panel.value_axis_labels())
    # Points, not bars: every mark is a small square around a point.
    assert all(rect.width() == rect.height() < 40 for rect in marks(panel))


def test_tooltips_give_the_quote_or_the_formula(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    stated = panel.tooltip_for(0, 1)
    assert stated.splitlines()[:2] == ["人才专项资金", "2024年：2.96亿元"]
    assert stated.splitlines()[2] == "原文：" + str(figures()["s1-talent-fund"].quote)
    derived = panel.tooltip_for(0, 0)
    assert derived.splitlines()[1] == "2023年（推算）：约1.00亿元"
    assert derived.splitlines()[2].startswith("推算：2.96 ÷ (1 + 196 ÷ 100) ≈ 1.00")

    # Hovering the 2.96 bar (just under its label) shows that text, escaped.
    label = label_rect(panel, "2.96亿元")
    inside_bar = QPoint(round(label.center().x()), round(label.bottom() + 8))
    viewport = panel.plot.viewport()
    help_event = QHelpEvent(QEvent.Type.ToolTip, inside_bar, viewport.mapToGlobal(inside_bar))
    QApplication.sendEvent(viewport, help_event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == plain_tooltip(stated)
    QToolTip.hideText()


def test_chart_does_not_move(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    item = panel.plot.getPlotItem()
    view = item.getViewBox()
    assert view.mouseEnabled() == [False, False]
    assert not item.menuEnabled()
    assert not view.menuEnabled()
    assert item.buttonsHidden
    assert not item.autoBtn.isVisible()
    assert not any(view.autoRangeEnabled())
    for name in ("left", "bottom"):
        assert item.getAxis(name).autoSIPrefix is False
    before = view.viewRange()

    centre = QPoint(panel.plot.width() // 2, panel.plot.height() // 2)
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.RightButton, pos=centre)
    assert QApplication.activePopupWidget() is None
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert view.viewRange() == before

    # A resize and back lands on exactly the same range: it is computed, not auto-ranged.
    panel.resize(900, 360)
    qtbot.waitUntil(lambda: view.viewRange() != before)
    panel.resize(*SIZE)
    qtbot.waitUntil(lambda: view.viewRange() == before)


def test_value_axis_has_plain_numbers(qtbot: QtBot) -> None:
    # 万元 in the thousands: no "×10⁴", no "1e+04", no SI prefix.
    panel = make(qtbot, "s3-funding")
    labels = panel.value_axis_labels()
    assert labels == ["0", "2000", "4000", "6000", "8000", "10000"]
    assert panel.plot.getPlotItem().getAxis("bottom").autoSIPrefix is False


def test_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    panel = ChartPanel(chart("s1-funds"), figures(), LIGHT)
    layout.addWidget(panel)
    layout.addSpacing(2000)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(900, 600)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    view = panel.plot.getViewBox()
    before = view.viewRange()
    plot = panel.plot
    axis_width = plot.getPlotItem().getAxis("left").width()
    # Over the bars, and over the value axis (pyqtgraph's axis takes the wheel by default).
    for point in (QPoint(plot.width() // 2, plot.height() // 2), QPoint(axis_width // 2, 150)):
        bar.setValue(0)
        window = area.windowHandle()
        assert window is not None
        QTest.wheelEvent(window, QPointF(plot.mapTo(area, point)), QPoint(0, -120))
        qtbot.waitUntil(lambda: bar.value() > 0)
        assert view.viewRange() == before


def colour_near(image: QImage, rect: QRectF, colour: str, tolerance: int = 40) -> int:
    """How many pixels in ``rect`` are close to ``colour``."""
    target = QColor(colour)
    count = 0
    box = rect.toAlignedRect().intersected(image.rect())
    for y in range(box.top(), box.bottom() + 1):
        for x in range(box.left(), box.right() + 1):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
                < tolerance
            ):
                count += 1
    return count


def test_theme_change_restyles_a_chart_on_screen(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    dark = LIGHT.with_theme("dark")

    def grab() -> QImage:
        return panel.plot.grab().toImage()

    assert grab().pixelColor(2, 2) == QColor(LIGHT.theme.surface)
    assert colour_near(grab(), label_rect(panel, "12.32亿元"), LIGHT.theme.text) > 10
    panel.apply_appearance(dark)
    qtbot.waitUntil(lambda: grab().pixelColor(2, 2) == QColor(dark.theme.surface))
    qtbot.waitUntil(
        lambda: colour_near(grab(), label_rect(panel, "12.32亿元"), dark.theme.text) > 10
    )

    # Zoom makes the labels bigger, and they still fit.
    small = label_rect(panel, "12.32亿元").height()
    panel.apply_appearance(Appearance(theme=dark.theme, zoom=1.5))
    qtbot.waitUntil(lambda: label_rect(panel, "12.32亿元").height() > small * 1.3)
    qtbot.waitUntil(lambda: labels_fit(panel))


@pytest.mark.parametrize("chart_id", ["s3-funding", "s2-platforms"])
def test_a_horizontal_chart_writes_its_numbers_in_its_first_picture(
    qtbot: QtBot, chart_id: str
) -> None:
    """At zoom 2, painted once and never before: pyqtgraph sizes the axis under the bars as it
    paints, and used to leave the numbers out of the first picture (they did not fit)."""
    panel = ChartPanel(chart(chart_id), figures(), Appearance(zoom=2.0))
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    image = panel.grab().toImage()
    numbers = panel.value_axis_labels()
    assert numbers[0] == "0"
    assert len(numbers) >= 2
    plot = panel.plot
    axis = plot.getPlotItem().getAxis("bottom")
    area = plot.mapFromScene(axis.sceneBoundingRect()).boundingRect()
    area.translate(plot.mapTo(panel, QPoint(0, 0)))
    assert colour_near(image, QRectF(area), LIGHT.theme.muted) > 30 * len(numbers)


def test_dataset_text_is_shown_literally(qtbot: QtBot) -> None:
    image, bold = '<img src="x">', "<b>x</b>"
    stated = Figure(
        id="stated", label=bold, value=Decimal(5), unit="家", quote="<b>原文</b>里的句子"
    )
    derived = Figure(
        id="derived",
        label=image,
        value=Decimal("2.5"),
        unit="家",
        derived=Derivation(formula="a / 2", inputs={"a": "stated"}, note="<i>note</i>"),
    )
    hostile = Chart(
        id="hostile",
        kind="grouped_bars",
        title=bold,
        unit="<u>家</u>",
        categories=[image],
        series=[
            Series(name="<i>去年</i>", values=["derived"]),
            Series(name=bold, values=["stated"]),
        ],
        note=image,
    )
    panel = shown(qtbot, ChartPanel(hostile, {"stated": stated, "derived": derived}, LIGHT))
    texts = {label.text(): label.textFormat() for label in panel.findChildren(QLabel)}
    assert texts[bold] == Qt.TextFormat.PlainText
    assert texts[image] == Qt.TextFormat.PlainText
    assert texts["单位：<u>家</u>"] == Qt.TextFormat.PlainText
    assert panel.category_labels() == [image]
    assert panel.legend_labels() == ["<i>去年</i>", bold, "推算"]
    assert panel.tooltip_for(0, 1).splitlines()[2] == "原文：<b>原文</b>里的句子"
    assert "（<i>note</i>）" in panel.tooltip_for(0, 0)
    tooltip = next(item.toolTip() for item in panel.plot.scene().items() if item.toolTip())
    assert "<img" not in tooltip
    assert "<b>x" not in tooltip
    assert "&lt;" in tooltip


# -- export mode ----------------------------------------------------------------------------


def visible_texts(panel: ChartPanel) -> list[str]:
    return [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]


def items_named(panel: ChartPanel, name: str) -> list[QGraphicsItem]:
    return [item for item in panel.plot.scene().items() if type(item).__name__ == name]


def test_export_mode_hides_the_title_and_writes_the_source_under_the_chart(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    title = chart("s1-funds").title
    assert title in visible_texts(panel)
    panel.set_export_mode(ExportMode(LIGHT, title=False, source="数据来源：《某报》"))
    assert title not in visible_texts(panel)
    assert "单位：亿元" in visible_texts(panel)  # the unit belongs to the chart, not its title
    assert visible_texts(panel)[-1] == "数据来源：《某报》"  # the last line of the panel
    # Set again (an export that must shrink to fit): still one source line.
    panel.set_export_mode(ExportMode(LIGHT, scale=0.8, title=False, source="数据来源：《某报》"))
    assert visible_texts(panel).count("数据来源：《某报》") == 1
    panel.set_export_mode(None)
    assert title in visible_texts(panel)
    assert "数据来源：《某报》" not in visible_texts(panel)


def test_export_mode_widens_cosmetic_pens_and_leaves_arrows_to_the_painter(
    qtbot: QtBot,
) -> None:
    """A scaled painter leaves cosmetic pens (grid, baseline) one device pixel wide: the panel
    widens them by the export's scale. An arrow's pen is an ordinary one, which the painter
    widens itself: its width stays that of the screen."""
    projector = Appearance(theme=THEMES["projector"])  # lines 2 px wide
    for chart_id, appearance in (("s2-innovation-ranks", LIGHT), ("s1-funds", projector)):
        panel = make(qtbot, chart_id, appearance)
        axis = panel.plot.getPlotItem().getAxis("bottom")

        def widths(panel: ChartPanel = panel, axis: object = axis) -> tuple[float, ...]:
            (grid,) = items_named(panel, "Grid")
            arrows = [arrow.width for arrow in items_named(panel, "Arrow")]  # type: ignore[attr-defined]
            return (grid.pen.widthF(), axis.pen().widthF(), *arrows)  # type: ignore[attr-defined]

        screen = widths()
        assert screen[0] == appearance.theme.line_width
        panel.set_export_mode(ExportMode(appearance, scale=3.0))
        exported = widths()
        assert exported[:2] == (3 * screen[0], 3 * screen[1])
        assert exported[2:] == screen[2:]
        panel.set_export_mode(None)
        assert widths() == screen
        panel.close()


def test_export_mode_paints_its_own_background_without_a_cached_bitmap(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    plot = panel.plot
    hatch = QPainter.RenderHint.NonCosmeticBrushPatterns
    panel.set_export_mode(ExportMode(LIGHT))  # no background: transparent
    assert plot.backgroundBrush().style() == Qt.BrushStyle.NoBrush
    assert plot.cacheMode() == QGraphicsView.CacheModeFlag.CacheNone
    assert not plot.viewport().autoFillBackground()
    assert plot.renderHints() & hatch
    panel.set_export_mode(ExportMode(LIGHT, background="#123456"))
    assert plot.backgroundBrush().color() == QColor("#123456")
    panel.apply_appearance(LIGHT.with_theme("dark"))  # the export's background stays
    assert plot.backgroundBrush().color() == QColor("#123456")
    panel.set_export_mode(None)
    assert plot.backgroundBrush().color() == QColor(THEMES["dark"].surface)
    assert plot.cacheMode() == QGraphicsView.CacheModeFlag.CacheBackground
    assert plot.viewport().autoFillBackground()
    assert not plot.renderHints() & hatch


def test_export_mode_draws_in_the_exports_appearance_not_the_apps(qtbot: QtBot) -> None:
    panel = make(qtbot, "s1-funds")
    dark = LIGHT.with_theme("dark")
    panel.set_export_mode(ExportMode(dark))
    text = QPalette.ColorRole.WindowText
    assert panel.palette().color(text) == QColor(dark.theme.text)
    assert panel.font().family() == dark.font(dark.theme.base_pt).family()
    panel.apply_appearance(Appearance(theme=THEMES["projector"]))  # the app's, kept for later
    assert panel.palette().color(text) == QColor(dark.theme.text)
    assert "2.96亿元" in panel.value_labels()
    panel.set_export_mode(None)
    assert panel.styleSheet() == ""


def test_export_mode_draws_in_its_appearance_under_the_running_apps_style_sheet(
    qtbot: QtBot, theme: Any
) -> None:
    """As in the app, whose style sheet is applied (a panel's own sheet, set after its palette,
    used to put the app's palette back)."""
    theme.set_zoom(1.5)
    panel = make(qtbot, "s1-funds")
    dark = LIGHT.with_theme("dark")
    panel.set_export_mode(ExportMode(dark))
    text = QPalette.ColorRole.WindowText
    assert panel.palette().color(text) == QColor(dark.theme.text)
    panel.set_export_mode(None)
    assert panel.palette().color(text) == QColor(LIGHT.theme.text)


def test_layout_signature_says_when_the_layout_has_settled(qtbot: QtBot) -> None:
    panel = make(qtbot, "s3-funding")
    settled = panel.layout_signature()
    QApplication.processEvents()
    assert panel.layout_signature() == settled
    panel.resize(700, 420)
    qtbot.waitUntil(lambda: panel.layout_signature() != settled)
    panel.resize(*SIZE)
    qtbot.waitUntil(lambda: panel.layout_signature() == settled)


# -- the arithmetic of the layout, without a widget -------------------------------------------


def advance(text: str) -> float:
    """Ten pixels a character, as a monospaced font would measure it."""
    return 10.0 * len(text)


def test_steps_are_one_two_or_five_times_a_power_of_ten() -> None:
    assert nice_step(12.32, 5) == 2
    assert nice_step(9665, 4) == 2000
    assert nice_step(0.3, 3) == pytest.approx(0.1)
    assert nice_step(0, 5) == 1.0  # nothing to divide


def test_tick_values_are_plain_numbers() -> None:
    assert plain_number(10000.0, 2000.0) == "10000"  # never 1e+04 nor 10k
    assert plain_number(0.5, 0.1) == "0.5"
    assert plain_number(-0.0, 0.1) == "0"
    assert plain_number(1e-17, 0.1) == "0"  # a rounding error is no "-0.0"
    assert value_ticks(0, 10200, 600, 100) == [
        (0, "0"),
        (2000, "2000"),
        (4000, "4000"),
        (6000, "6000"),
        (8000, "8000"),
        (10000, "10000"),
    ]


def test_rank_ticks_start_at_first_place_and_never_above_it() -> None:
    ticks = rank_ticks(-3.2, 88.0, 500, 55, "第{rank}位")
    assert ticks[0] == (1.0, "第1位")
    assert all(value >= 1 for value, _ in ticks)
    assert ticks[1:] == [(v, f"第{t}位") for v, t in value_ticks(-3.2, 88.0, 500, 55) if v >= 1]
    assert rank_ticks(30.0, 88.0, 500, 55, "第{rank}位")[0][0] > 1  # first place not in view


def test_a_span_keeps_room_for_the_labels_past_its_values() -> None:
    # 10 keeps 20 px above it in a 100 px view: 12.5 is the top.
    low, high = fit_span([(10.0, 0.0, 20.0)], 100, 0.0, 10.0)
    assert low == 0.0
    assert (high - 10) / (high - low) * 100 == pytest.approx(20, rel=1e-3)
    # And below a negative value, as much as it asks.
    low, high = fit_span([(-10.0, 20.0, 0.0)], 100, -10.0, 0.0)
    assert (-10 - low) / (high - low) * 100 == pytest.approx(20, rel=1e-3)
    assert fit_span([(10.0, 0.0, 20.0)], 10, 0.0, 10.0) == (0.0, 10.0)  # no room at all


def test_labels_wrap_into_balanced_lines_never_starting_with_punctuation() -> None:
    assert wrap("一二三四五六", advance, 100) == "一二三四五六"  # fits
    assert wrap("一二三四五六七八", advance, 60) == "一二三四五\n六七八"
    assert wrap("一二三四，五六", advance, 40) == "一二三四，\n五六"
    assert wrap("甲\n乙", advance, 5) == "甲\n乙"  # already broken by the dataset
    assert wrap("一二三", advance, 0) == "一二三"  # no room: as it is
    assert text_size("一二\n三", advance, 18.0) == (20.0, 36.0)


def test_bars_are_never_narrower_than_their_labels() -> None:
    # A sensible thickness: not the whole slot.
    assert bar_group(400, 1, 50, horizontal=False, zoom=1.0) == (0.225, 0.225)
    # Two series with wide labels: each bar as wide as its label and a little.
    group, thickness = bar_group(400, 2, 120, horizontal=False, zoom=1.0)
    assert thickness * 400 >= 120 + 6
    assert group == 2 * thickness
    # Never more than 95% of the slot, whatever the labels.
    assert bar_group(100, 2, 120, horizontal=True, zoom=1.0)[0] == 0.95


def test_rank_points_stand_as_far_apart_as_their_labels_allow() -> None:
    assert rank_spread(600, 1, 80, em=16, zoom=1.0) == 0.0  # one point: in the middle
    assert rank_spread(600, 2, 80, em=16, zoom=1.0) == pytest.approx(180 / 600)
    assert rank_spread(200, 2, 80, em=16, zoom=1.0) == pytest.approx(3 * 16 / 200)  # narrow
    assert rank_x(1, 0, 2, 0.3) == pytest.approx(0.85)
    assert rank_x(1, 1, 2, 0.3) == pytest.approx(1.15)
    assert rank_x(3, 0, 1, 0.3) == 3.0


def test_the_narrowest_plot_has_room_for_every_label() -> None:
    bars = minimum_plot_width("bars", 3, 1, em=16, widest=60, side=0)
    assert minimum_plot_width("bars", 3, 1, em=16, widest=90, side=0) > bars  # wider labels
    assert minimum_plot_width("grouped_bars", 3, 2, em=16, widest=60, side=0) > bars  # 2 a slot
    # A rank chart: the axis, then each category's points with a label on either side.
    assert minimum_plot_width("rank_change", 2, 2, em=16, widest=60, side=70) >= 78 + 2 * 140
    # Horizontal bars need a row per category; others a readable view under the legend.
    rows = [minimum_plot_height("horizontal_bars", n, line=20, legend=30) for n in (5, 10)]
    assert rows[1] - rows[0] == 5 * 20 * 1.6
    assert minimum_plot_height("bars", 10, line=20, legend=30) == 30 + 8 * 20
