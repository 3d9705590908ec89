"""Copying for a document: a chart's data pastes as cells (TSV) or a table (HTML); a card's
Ctrl+C copies its figure with its source; each copy says in the status bar that it worked."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from briefing.model.formatting import plotted_value
from briefing.viewer.main_window import MainWindow
from briefing.views.stat_card import StatCard, figure_citation

MakeWindow = Callable[..., MainWindow]


def _with_charts(make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    return window


def _action(panel: object, name: str) -> object:
    tools = panel.tools  # type: ignore[attr-defined]
    assert isinstance(tools, QToolButton)
    menu = tools.menu()
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.objectName() == name]
    return action


def test_copy_data_puts_the_chart_table_on_the_clipboard_as_tsv_and_html(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = _with_charts(make_window, qtbot)
    briefing = window.dataset.briefing  # type: ignore[union-attr]
    figures = briefing.figures()
    panel = window.pages[1].charts[0]
    chart = panel.chart  # type: ignore[attr-defined]
    QGuiApplication.clipboard().clear()
    _action(panel, "chart-copy-data").trigger()  # type: ignore[attr-defined]
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasText()
    assert "<table" in data.html()
    assert f"<caption>{chart.title}</caption>" in data.html()
    pasted = [line.split("\t") for line in data.text().splitlines()]
    assert pasted[0] == ["", *(series.name for series in chart.series)]
    assert [row[0] for row in pasted[1:]] == chart.categories
    for index, row in enumerate(pasted[1:]):
        expected = [plotted_value(figures[s.values[index]]) for s in chart.series]
        assert [Decimal(cell) for cell in row[1:]] == expected
    assert chart.title in window.statusBar().currentMessage()


def test_copy_picture_says_it_worked(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = _with_charts(make_window, qtbot)
    panel = window.pages[1].charts[0]
    _action(panel, "chart-copy").trigger()  # type: ignore[attr-defined]
    assert not QGuiApplication.clipboard().image().isNull()
    message = window.statusBar().currentMessage()
    assert message.startswith("已复制图片")
    assert panel.chart.title in message  # type: ignore[attr-defined]


def _card(window: MainWindow, figure_id: str) -> StatCard:
    """The card of a figure on the tab shown (a figure may have a card on two tabs)."""
    (card,) = [
        c for c in window.pages[window.tabs.currentIndex()].cards if c.figure.id == figure_id
    ]
    return card


def test_ctrl_c_on_a_card_copies_the_figure_with_its_source(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    card = _card(window, "s1-talent-fund")  # on the first tab
    window.activateWindow()
    qtbot.waitActive(window)
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(card, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    figure = card.figure
    assert figure.quote is not None
    head, source = text.split("\n")
    assert head == "人才专项资金投入：2.96亿元（较上年+196%）"
    title = window.dataset.briefing.title  # type: ignore[union-attr]
    assert source == f"《{title}》：{figure.quote}"
    assert figure.label in window.statusBar().currentMessage()


def test_a_cards_context_menu_copies_and_a_derived_figure_says_how(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    card = _card(window, "s1-talent-fund")  # on the first tab
    assert card.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [action.text() for action in card.actions()] == ["复制数字及出处"]
    QGuiApplication.clipboard().clear()
    card.actions()[0].trigger()
    assert QGuiApplication.clipboard().text().startswith("人才专项资金投入：2.96亿元")
    figures = window.dataset.briefing.figures()  # type: ignore[union-attr]
    derived = next(f for f in figures.values() if f.derived is not None and f.quote is None)
    text = figure_citation(derived, figures, "《题目》")
    assert text.startswith(f"{derived.label}：约")
    assert "\n推算：" in text
    assert "\n《题目》：" in text


def test_the_shortcut_list_names_the_cards_copy(make_window: MakeWindow) -> None:
    from briefing.actions import shortcut_rows

    window = make_window()
    rows = dict(shortcut_rows(window.actions_))
    assert rows["复制数字及出处"] == "Ctrl+C"


def test_the_shortcut_list_names_the_chart_table_and_the_picture_viewer(
    make_window: MakeWindow,
) -> None:
    from briefing.actions import shortcut_rows

    window = make_window()
    rows = dict(shortcut_rows(window.actions_))
    assert rows["数据表"] == "T"
    assert rows["图片查看器：下一张图片"] == "Right / Down / PgDown"
    assert rows["图片查看器：放大"] == "+ / ="
    assert rows["图片查看器：适合窗口"] == "0"
