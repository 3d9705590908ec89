"""What a keyboard and a screen reader get: every card, chart and picture of the bundled briefing
named and described through Qt's accessibility interfaces (as a screen reader asks), the data
tables, Tab in reading order, the picture viewer's keys, the show's announcements and its T."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QGuiApplication, QWheelEvent
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import load_dataset
from briefing.model.formatting import format_shown, plotted_value
from briefing.model.slides import build_slides
from briefing.resources import bundled_dataset
from briefing.show.show_window import ShowWindow
from briefing.theme import THEMES, Appearance
from briefing.views.slides import slide_view

MakeWindow = Callable[..., Any]
Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def accessible(widget: QWidget) -> Any:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    assert interface.isValid()
    return interface


@pytest.fixture
def window(make_window: MakeWindow, qtbot: QtBot) -> Iterator[Any]:
    """The bundled briefing with every tab built and every chart loaded."""
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=20000):
        window.load_charts()
    return window


def test_every_card_is_a_button_named_in_one_sentence(window: Any) -> None:
    briefing = load_dataset(bundled_dataset()).briefing
    figures = briefing.figures()
    cards = [card for page in window.pages for card in page.cards]
    assert len(cards) == sum(len(block.cards) for _, block in briefing.blocks())
    for card in cards:
        figure = figures[card.figure.id]
        interface = accessible(card)
        assert interface.role() == QAccessible.Role.Button
        name = interface.text(Name)
        assert name.startswith(f"{figure.label}，")
        if figure.value is not None:
            assert format_shown(figure) in name  # value and unit as printed: 2.96亿元
        if figure.change is not None:
            assert "较" in name
            assert "↑" not in name
            assert "↓" not in name
        assert interface.text(Description) == (figure.quote or card.accessibleDescription())
        # The split value (突破|330|家) and the other labels are not read one by one.
        assert interface.childCount() == 0
    fund = next(card for card in cards if card.figure.id == "s1-talent-fund")
    assert accessible(fund).text(Name) == "人才专项资金投入，2.96亿元，较上年增长196%"
    rank = next(
        card for card in cards if card.figure.change and card.figure.change.kind == "places"
    )
    assert "提升" in accessible(rank).text(Name)


def test_enter_on_a_card_opens_its_source(window: Any, qtbot: QtBot) -> None:
    card = window.pages[0].cards[0]
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert card.popup is not None
    assert card.popup.isVisible()
    assert card.figure.quote in card.popup.text.text()
    card.popup.close()
    # A screen reader's "press" does the same.
    other = window.pages[0].cards[1]
    interface = accessible(other)
    assert QAccessibleActionInterface.pressAction() in interface.actionNames()
    interface.doAction(QAccessibleActionInterface.pressAction())
    assert other.popup is not None
    assert other.popup.isVisible()


def chart_panels(window: Any) -> list[Any]:
    from briefing.views.chart import ChartPanel

    charts = [chart for page in window.pages for chart in page.charts]
    assert all(isinstance(chart, ChartPanel) for chart in charts)
    return charts


def test_every_chart_is_named_by_its_title_and_described_by_its_data(window: Any) -> None:
    briefing = load_dataset(bundled_dataset()).briefing
    figures = briefing.figures()
    charts = chart_panels(window)
    assert len(charts) == sum(len(block.charts) for _, block in briefing.blocks())
    for panel in charts:
        chart = panel.chart
        interface = accessible(panel)
        assert panel.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert panel.plot.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert interface.text(Name) == chart.title
        description = interface.text(Description)
        assert description.startswith(f"共{len(chart.categories)}项；")
        assert description.endswith("。")
        for series in chart.series:
            values = [figures[figure_id] for figure_id in series.values]
            high = max(range(len(values)), key=lambda i: plotted_value(values[i]))
            low = min(range(len(values)), key=lambda i: plotted_value(values[i]))
            # The series, its highest and lowest with their categories, as printed.
            for index in (high, low):
                said = f"{chart.categories[index]}（{format_shown(values[index])}）"
                assert said in description or len(values) == 1, (chart.id, said)
            assert series.name in description


def test_data_table_of_every_chart_holds_its_dataset(window: Any, qtbot: QtBot) -> None:
    briefing = load_dataset(bundled_dataset()).briefing
    figures = briefing.figures()
    for page_index, page in enumerate(window.pages):
        window.tabs.setCurrentIndex(page_index)
        for panel in page.charts:
            panel.setFocus()
            qtbot.waitUntil(panel.hasFocus)
            qtbot.keyClick(panel, Qt.Key.Key_T)  # the chart's own key (actions/widget.py)
            table = panel.data_table
            assert isinstance(table, QTableView)
            assert table.isVisible()
            assert table.hasFocus(), "the table opens with the focus in it"
            chart = panel.chart
            expected = [["", *(series.name for series in chart.series)]] + [
                [category, *(format_shown(figures[s.values[row]]) for s in chart.series)]
                for row, category in enumerate(chart.categories)
            ]
            assert table.cell_texts() == expected
            interface = accessible(table)
            assert interface.role() == QAccessible.Role.Table
            assert chart.title in interface.text(Name)
            # What a screen reader walks: the headers and every cell, by name.
            children = [interface.child(i) for i in range(interface.childCount())]
            said = {(child.role(), child.text(Name)) for child in children if child is not None}
            cell, column, row = (
                QAccessible.Role.Cell,
                QAccessible.Role.ColumnHeader,
                QAccessible.Role.RowHeader,
            )
            assert {(column, name) for name in expected[0][1:]} <= said
            assert {(row, line[0]) for line in expected[1:]} <= said
            cells = {name for role, name in said if role == cell}
            for line in expected[1:]:
                for shown in line[1:]:
                    assert shown in cells or f"{shown}（推算）" in cells, (chart.id, shown)
            qtbot.keyClick(table, Qt.Key.Key_T)  # in the table too
            assert not table.isVisible()
            assert panel.hasFocus()
            assert panel.table_action.isChecked() is False


def test_pictures_are_named_by_caption_and_described_by_alt_text(window: Any) -> None:
    briefing = load_dataset(bundled_dataset()).briefing
    images = [image for _, block in briefing.blocks() for image in block.images]
    panels = [panel for page in window.pages for panel in page.images]
    assert len(panels) == len(images)
    for panel, image in zip(panels, images, strict=True):
        interface = accessible(panel)
        assert interface.text(Name) == image.caption
        assert interface.text(Description) == image.alt


def focus_after_tab(qtbot: QtBot) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_tab_follows_reading_order(window: Any, qtbot: QtBot) -> None:
    """Cards, then charts (each with its menu button), then pictures, then the text's button;
    the page, the lead's text and the plots take no focus."""
    window.tabs.setCurrentIndex(0)
    page = window.pages[0]
    page.cards[0].setFocus()
    qtbot.waitUntil(page.cards[0].hasFocus)
    seen = [page.cards[0]]
    for _ in range(40):
        widget = focus_after_tab(qtbot)
        if widget is seen[0]:
            break
        seen.append(widget)
    blocks = [page.lead, page.body]
    expected: list[QWidget] = []
    for block in blocks:
        expected += block.cards
        for chart in block.charts:
            expected += [chart, chart.tools]
        expected += block.images
    expected.append(page.body.text_button)
    assert seen[: len(expected)] == expected
    assert all(not isinstance(w, type(page)) for w in seen)
    assert page.lead.text not in seen
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_focus_ring_is_drawn(window: Any, qtbot: QtBot, theme: Any) -> None:
    """A focused card and chart show the theme's focus colour on their border."""
    focus = THEMES["light"].focus
    for widget in (window.pages[0].cards[0], chart_panels(window)[0]):
        before = widget.grab().toImage()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        after = widget.grab().toImage()
        middle = after.height() // 2
        assert (
            after.pixelColor(0, middle).name() == focus
            or after.pixelColor(1, middle).name() == focus
        )
        assert before.pixelColor(1, middle).name() != focus


def test_picture_viewer_steps_through_the_section_and_zooms(window: Any, qtbot: QtBot) -> None:
    page = window.pages[0]
    panels = page.lead.images
    assert len(panels) >= 2
    panels[0].setFocus()
    qtbot.keyClick(panels[0], Qt.Key.Key_Return)
    viewer = panels[0].viewer()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    captions = [panel.accessibleName() for panel in panels]
    assert accessible(viewer).text(Name) == captions[0]
    qtbot.keyClick(viewer, Qt.Key.Key_Right)
    assert viewer.caption() == captions[1]
    assert accessible(viewer).text(Name) == captions[1]
    assert accessible(viewer).text(Description) == panels[1].accessibleDescription()
    qtbot.keyClick(viewer, Qt.Key.Key_PageUp)
    assert viewer.caption() == captions[0]
    qtbot.keyClick(viewer, Qt.Key.Key_Left)
    assert viewer.caption() == captions[-1], "round from the first to the last"
    qtbot.keyClick(viewer, Qt.Key.Key_PageDown)
    assert viewer.caption() == captions[0]

    fitted = viewer.displayed_size()
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert viewer.zoom() == 1.5
    assert viewer.displayed_size().width() > fitted.width()
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert viewer.displayed_size() == fitted
    for _ in range(2):
        qtbot.keyClick(viewer, Qt.Key.Key_Equal)
    assert viewer.zoom() == 2.0
    viewer.grab()  # paints the zoomed part
    qtbot.keyClick(viewer, Qt.Key.Key_0)
    assert viewer.zoom() == 1.0
    centre = QPointF(viewer.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewer.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewer, wheel)
    assert viewer.zoom() == 1.5
    qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panels[0].viewer() is None)


@pytest.fixture
def real_show(qtbot: QtBot) -> Iterator[ShowWindow]:
    dataset = load_dataset(bundled_dataset())
    slides = build_slides(dataset.briefing)
    appearance = Appearance(theme=THEMES["projector"])

    def make_view(index: int) -> QWidget:
        return slide_view(slides[index], dataset, appearance)

    show = ShowWindow(slides, make_view, appearance)
    show.place_on(QGuiApplication.screens()[1])
    qtbot.waitUntil(show.isFullScreen)
    qtbot.waitExposed(show)
    yield show
    show.end()
    show.deleteLater()


def test_slide_changes_are_announced(real_show: ShowWindow, qtbot: QtBot) -> None:
    show = real_show
    count = len(show.slides)
    assert accessible(show).text(Name) == f"第1张，共{count}张：{show.slides[0].label}"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert accessible(show).text(Name) == f"第2张，共{count}张：{show.slides[1].label}"


def test_t_on_a_chart_slide_shows_its_data_table(real_show: ShowWindow, qtbot: QtBot) -> None:
    show = real_show
    first_chart = next(i for i, slide in enumerate(show.slides) if slide.kind == "chart")
    qtbot.keyClick(show, Qt.Key.Key_T)  # the title slide: nothing to show
    show.go(first_chart)
    view = show.views[first_chart]
    panel = view.chart_panel()
    assert panel is not None
    qtbot.keyClick(show, Qt.Key.Key_T)
    table = panel.data_table
    assert table is not None
    assert table.isVisible()
    assert table.geometry().bottom() <= panel.height(), "the table fits on the slide"
    assert panel.geometry().bottom() <= view.height()
    assert show.hasFocus(), "the show keeps its keys"
    assert "数据表" in accessible(show).text(Name)
    dataset = load_dataset(bundled_dataset())
    chart = dataset.briefing.chart(show.slides[first_chart].chart or "")
    assert table.cell_texts()[1][0] == chart.categories[0]
    qtbot.keyClick(show, Qt.Key.Key_T)
    assert not table.isVisible()
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.index == first_chart + 1
