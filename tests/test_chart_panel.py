"""What an official sees in a chart: the printed figures, their sources, and a chart that stays
still while the page around it scrolls."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
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
from briefing.views.chart import ChartPanel
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
    assert panel.legend_labels() == ["2023年（推算）", "2024年", "推算"]
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
    assert "推算" in panel.legend_labels()
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
