"""Start-up that keeps the window answering: the dataset read in a thread, charts built as their
tab is seen, and the pages of tabs long unseen given up (and built again when seen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.resources import bundled_dataset
from briefing.viewer import section_tabs
from briefing.viewer.main_window import MainWindow
from briefing.views.stat_card import StatCard

SOON = 30000


def built(window: MainWindow, index: int) -> bool:
    page = window.tabs.page(index)
    return page is not None and page.charts_loaded() and bool(page.charts)


def test_the_dataset_read_in_a_thread_is_shown_with_the_charts_of_its_tab(
    qtbot: QtBot, theme: Any, settings: Any, dataset_dir: Path
) -> None:
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.read_initial(dataset_dir)
        window.show()
    assert window.dataset is not None
    assert window.dataset.folder == dataset_dir
    current = window.tabs.page(window.tabs.currentIndex())
    assert current is not None
    assert current.cards
    assert current.charts_loaded()


def test_a_dataset_that_cannot_be_read_in_the_thread_says_why(
    qtbot: QtBot, theme: Any, settings: Any, dataset_dir: Path
) -> None:
    source = dataset_dir / "briefing.json"
    source.write_text(source.read_text("utf-8").replace('"value": 34,', '"value": "34",'), "utf-8")
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.read_initial(dataset_dir)
    window.show()
    qtbot.waitUntil(lambda: isinstance(window.message, QMessageBox), timeout=SOON)
    box = window.message
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert window.dataset is None
    assert "1 处问题" in window.empty.label.text()


def window_keeping_one_page(
    qtbot: QtBot, theme: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    """The bundled briefing open, its tab on screen's charts built, one page kept built."""
    monkeypatch.setattr(section_tabs, "KEEP_PAGES", 1)
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.open_initial(bundled_dataset())
    return window


def test_a_tab_first_seen_builds_its_charts_and_one_long_unseen_gives_its_page_up(
    qtbot: QtBot, theme: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_keeping_one_page(qtbot, theme, settings, monkeypatch)
    first = window.tabs.currentIndex()
    assert built(window, first)
    other = (first + 1) % window.tabs.count()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.set_tab(other)
    assert built(window, other)
    assert window.tabs.page(first) is None  # its cards, pictures and charts are given up
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.set_tab(first)  # seen again: built again
    assert built(window, first)
    page = window.tabs.page(first)
    assert page is not None
    assert page.cards
    assert window.isVisible()


def test_load_charts_still_builds_every_chart(qtbot: QtBot, make_window: Any) -> None:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.load_charts()
    assert window.charts_loaded()
    assert all(page.charts_loaded() for page in window.pages)


def test_a_tab_first_seen_shows_its_cards_at_once_then_its_pictures_and_charts(
    qtbot: QtBot, theme: Any, settings: Any, edit_dataset: Any
) -> None:
    def pictures_on_the_last_tab(data: dict[str, Any]) -> None:
        *_, middle, last = data["sections"]
        last["images"], middle["images"] = middle["images"], []

    folder = edit_dataset(pictures_on_the_last_tab)
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.open_initial(folder)
    assert window.tabs.currentIndex() == 0
    pictured = window.tabs.count() - 1  # not a neighbour of the first: not built ahead
    assert window.tabs.page(pictured) is None
    window.set_tab(pictured)
    page = window.tabs.page(pictured)
    assert page is not None
    # What this turn of the event loop paints: the cards with their values; the pictures and
    # charts hold their places.
    assert page.cards
    assert all(card.isVisibleTo(page) for card in page.cards)
    assert not page.body.is_built()  # its charts' places, pictures and text come after
    assert not any(panel.is_decoded() for panel in page.images)
    assert not page.charts_loaded()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        pass
    assert all(panel.is_decoded() and not panel.is_placeholder() for panel in page.images)
    assert page.charts_loaded()


def test_a_page_given_up_comes_back_as_it_was(
    qtbot: QtBot, theme: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_keeping_one_page(qtbot, theme, settings, monkeypatch)
    first = window.tabs.currentIndex()
    before = window.grab().toImage()
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.set_tab((first + 1) % window.tabs.count())
    assert window.tabs.page(first) is None
    with qtbot.waitSignal(window.charts_ready, timeout=SOON):
        window.set_tab(first)
    assert window.grab().toImage() == before


def opened_in_one_turn(qtbot: QtBot, theme: Any, settings: Any) -> tuple[MainWindow, Dataset]:
    """A shown window, and the bundled briefing shown in it as the turn that opens a briefing
    shows it (no event handled since)."""
    dataset = load_dataset(bundled_dataset())
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_dataset(dataset, lazy=True)
    return window, dataset


def test_the_first_turn_builds_the_leads_cards_and_the_sections_follow_in_the_next(
    qtbot: QtBot, theme: Any, settings: Any
) -> None:
    window, dataset = opened_in_one_turn(qtbot, theme, settings)
    page = window.tabs.page(window.tabs.currentIndex())
    assert page is not None
    assert page.lead is not None
    lead = page.lead.findChildren(StatCard)
    assert [card.figure.id for card in lead] == dataset.briefing.lead.cards
    assert all(card.isVisibleTo(page) for card in lead)
    assert page.body.findChildren(StatCard) == []  # half the work of this turn: next turn
    section = dataset.briefing.sections[window.tabs.currentIndex()]
    qtbot.waitUntil(lambda: len(page.body.findChildren(StatCard)) == len(section.cards))
    assert [card.figure.id for card in page.body.cards] == section.cards
    cards, charts = page.body.card_grid, page.body.chart_grid
    assert cards is not None
    assert charts is not None
    # Built a turn after the lead's cards, and still above the charts.
    qtbot.waitUntil(lambda: 0 < cards.geometry().bottom() < charts.geometry().top())


def test_a_page_built_ahead_has_its_cards_in_the_turn_its_tab_is_shown(
    qtbot: QtBot, theme: Any, settings: Any
) -> None:
    window, dataset = opened_in_one_turn(qtbot, theme, settings)
    other = (window.tabs.currentIndex() + 1) % window.tabs.count()
    ahead = window.tabs.ensure_page(other, whole=False)  # as the idle work builds it
    assert ahead is not None
    assert ahead.findChildren(StatCard) == []  # not on screen: nothing built at once
    window.set_tab(other)
    shown = ahead.findChildren(StatCard)
    assert [card.figure.id for card in shown] == dataset.briefing.sections[other].cards
    assert all(card.isVisibleTo(ahead) for card in shown)


def test_the_first_paint_of_a_card_is_at_the_width_it_keeps(
    qtbot: QtBot, theme: Any, settings: Any
) -> None:
    painted: dict[str, int] = {}

    class FirstPaints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, StatCard):
                painted.setdefault(watched.figure.id, watched.width())
            return False

    watcher = FirstPaints()
    QApplication.instance().installEventFilter(watcher)
    try:
        window = MainWindow(theme, settings)
        qtbot.addWidget(window)
        window.resize(1280, 720)
        with qtbot.waitSignal(window.charts_ready, timeout=SOON):
            window.read_initial(bundled_dataset())
            window.show()
    finally:
        QApplication.instance().removeEventFilter(watcher)
    page = window.tabs.page(window.tabs.currentIndex())
    assert page is not None
    assert painted  # the lead's two cards share a row of five places, not the whole row
    assert {card.figure.id: card.width() for card in page.cards if card.figure.id in painted} == (
        painted
    )
