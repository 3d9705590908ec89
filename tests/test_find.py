"""Find: the index (what a query finds, and where), the window's find bar as a reader uses it
(Ctrl+F, typing, F3 / Shift+F3, Esc), and the presenter console's find jumping the show."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import Briefing, load_dataset
from briefing.model.search import SearchIndex, fold
from briefing.model.slides import build_slides
from briefing.resources import bundled_dataset
from briefing.viewer.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` one key press at a time (QTest.keyClicks aborts on Chinese characters)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_dataset(bundled_dataset()).briefing


def index_of(briefing: Briefing) -> SearchIndex:
    return SearchIndex(briefing, build_slides(briefing))


# -- the index -------------------------------------------------------------------------------


def test_a_value_as_shown_finds_its_card_first(briefing: Briefing) -> None:
    hits = index_of(briefing).find("2.96")
    assert (hits[0].where, hits[0].target) == ("card", "s1-talent-fund")
    assert {hit.where for hit in hits} >= {"card", "chart", "text"}


def test_a_label_finds_its_card_and_the_slide_holding_it(briefing: Briefing) -> None:
    slides = build_slides(briefing)
    hit = SearchIndex(briefing, slides).find("人才贷")[0]
    assert (hit.where, hit.target, hit.tab) == ("card", "s1-talent-loans", 0)
    assert "s1-talent-loans" in slides[hit.slide].figures


def test_full_width_digits_and_latin_case_are_folded(briefing: Briefing) -> None:
    index = index_of(briefing)
    assert [h.target for h in index.find("２．９６")] == [h.target for h in index.find("2.96")]
    sections = list(briefing.sections)
    sections[1] = sections[1].model_copy(update={"summary": "GDP and AI Parks"})
    changed = briefing.model_copy(update={"sections": sections})
    hits = index_of(changed).find("gdp and ai")
    assert [(h.where, h.tab, h.snippet()) for h in hits] == [("summary", 1, "GDP and AI Parks")]
    assert fold("ＡＢＣ，") == "abc,"


def test_captions_chart_titles_and_notes_are_found_with_their_slides(briefing: Briefing) -> None:
    slides = build_slides(briefing)
    index = SearchIndex(briefing, slides)
    picture = next(h for h in index.find("无人机") if h.where == "image")
    assert slides[picture.slide].image == picture.target
    chart = next(h for h in index.find("科技创新发展指数排名") if h.where == "chart")
    assert slides[chart.slide].chart == chart.target
    note = briefing.sections[2].notes[0]
    found = [h for h in index.find(note[:12]) if h.where == "notes"]
    assert found
    assert slides[found[0].slide].kind == "section"
    assert slides[found[0].slide].section == 2


def test_notes_of_a_chart_a_picture_and_a_card_are_found_on_their_own_slides(
    briefing: Briefing,
) -> None:
    from tests.notes_data import CARD, CHART, CHART_NOTES, IMAGE, IMAGE_NOTES, with_own_notes

    noted = with_own_notes(briefing)
    slides = build_slides(noted)
    index = SearchIndex(noted, slides)
    for words, holds in (
        (CHART_NOTES[0], CHART),
        (IMAGE_NOTES[0], IMAGE),
        ("卡片自己的备注", CARD),
    ):
        found = [h for h in index.find(words) if h.where == "notes"]
        assert len(found) == 1, words
        slide = slides[found[0].slide]
        assert holds in (slide.chart, slide.image, *slide.figures), (words, slide)


def test_text_hits_say_where_their_words_are(briefing: Briefing) -> None:
    hit = next(h for h in index_of(briefing).find("人才贷") if h.where == "text")
    joined = "\n".join(briefing.sections[0].paragraphs)
    assert joined[hit.entry.base + hit.start : hit.entry.base + hit.end] == "人才贷"


def test_an_empty_query_finds_nothing(briefing: Briefing) -> None:
    assert len(index_of(briefing).find("  ")) == 0


# -- the find bar ----------------------------------------------------------------------------


def open_find(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.processEvents()
    qtbot.keyClick(window, K.Key_F, CTRL)
    bar = window.finder.bar
    assert bar is not None
    qtbot.waitUntil(lambda: bar.isVisible() and bar.field.hasFocus())


def in_view(window: MainWindow, widget: QWidget, rect: QRect | None = None) -> bool:
    """Whether ``rect`` of ``widget`` (all of it by default) is inside its page's view."""
    page = window.tabs.page(window.tabs.currentIndex())
    assert page is not None
    area = rect if rect is not None else widget.rect()
    top_left = widget.mapTo(page.viewport(), area.topLeft())
    return page.viewport().rect().contains(QRect(top_left, area.size()))


def outlined(window: MainWindow, widget: QWidget) -> bool:
    """Whether the find outline is shown over ``widget``'s edge, whole (not clipped)."""
    outline = window.finder.outline
    if outline is None or not outline.isVisible() or outline.parentWidget() is None:
        return False
    parent = outline.parentWidget()
    assert parent is not None
    box = QRect(widget.mapTo(parent, widget.rect().topLeft()), widget.size())
    return outline.geometry().contains(box) and parent.rect().contains(outline.geometry())


def count_text(window: MainWindow) -> str:
    assert window.finder.bar is not None
    return window.finder.bar.count.text()


def test_ctrl_f_then_typing_outlines_the_card_and_counts(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "人才贷")
    assert count_text(window) == "1 / 3"
    card = window.finder.marked()
    assert card is not None
    assert card.objectName() == "card-s1-talent-loans"
    assert outlined(window, card)
    assert in_view(window, card)
    assert bar.where.text() == "数据卡片"


def test_a_match_on_another_tab_opens_that_tab(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    assert window.tabs.currentIndex() == 0
    open_find(window, qtbot)
    assert window.finder.bar is not None
    type_text(window.finder.bar.field, "无人机")
    assert window.tabs.currentIndex() == 1
    picture = window.finder.marked()
    assert picture is not None
    assert outlined(window, picture)
    assert in_view(window, picture)


def test_f3_and_shift_f3_go_round(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "人才贷")
    seen = []
    for _ in range(3):
        qtbot.keyClick(bar.field, K.Key_F3)
        seen.append(count_text(window))
    assert seen == ["2 / 3", "3 / 3", "1 / 3"]
    qtbot.keyClick(bar.field, K.Key_F3, SHIFT)
    assert count_text(window) == "3 / 3"
    qtbot.keyClick(bar.field, K.Key_Return)
    assert count_text(window) == "1 / 3"
    qtbot.keyClick(bar.field, K.Key_Return, SHIFT)
    assert count_text(window) == "3 / 3"


def test_a_match_in_the_text_opens_the_text_and_fills_the_words(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "人才贷")
    qtbot.keyClick(bar.field, K.Key_F3)
    assert bar.where.text() == "正文"
    text = window.finder.marked()
    page = window.tabs.page(0)
    assert page is not None
    assert page.body.text is text
    assert text.isVisible()
    assert window.finder.marked_words() == "人才贷"
    selection = next(s for s in page.body.text.extraSelections())
    cursor = QTextCursor(selection.cursor)
    cursor.setPosition(selection.cursor.selectionStart())
    assert in_view(window, page.body.text.viewport(), page.body.text.cursorRect(cursor))


def test_esc_closes_the_bar_and_clears_the_mark(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "2.96")
    card = window.finder.marked()
    assert card is not None
    assert outlined(window, card)
    qtbot.keyClick(bar.field, K.Key_Escape)
    assert not bar.isVisible()
    assert not outlined(window, card)
    assert window.finder.marked() is None


def test_no_match_says_so(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "不存在的词语")
    assert count_text(window) == "无结果"
    assert window.finder.marked() is None
    assert bar.count.property("found") == "none"


def test_f3_with_the_bar_closed_opens_it_on_the_next_result(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "人才贷")
    qtbot.keyClick(bar.field, K.Key_Escape)
    qtbot.keyClick(window, K.Key_F3)
    assert bar.isVisible()
    assert count_text(window) == "2 / 3"
    assert window.finder.marked_words() == "人才贷"


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_bar_fits_the_window(
    make_window: MakeWindow, qtbot: QtBot, size: tuple[int, int]
) -> None:
    window = make_window(size=size)
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "高层次人才")
    central = window.centralWidget()
    assert central is not None
    assert central.rect().contains(bar.geometry())
    for part in (bar.field, bar.count, bar.where, bar.next, bar.close_button):
        assert bar.rect().contains(part.geometry()), part.objectName()
    assert not bar.count.geometry().intersects(bar.field.geometry())
    for label in (bar.count, bar.where):  # their words whole, never cut off
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    window.grab().save(f"/work/briefs/find-{size[0]}x{size[1]}.png")


# -- the presenter console -------------------------------------------------------------------


def test_console_find_jumps_the_show_to_the_slide(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, K.Key_F5)
    qtbot.waitUntil(lambda: window.presentation is not None)
    presentation = window.presentation
    assert presentation is not None
    assert presentation.console is not None
    console = presentation.console
    qtbot.waitUntil(console.isVisible)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, K.Key_F, CTRL)
    qtbot.waitUntil(lambda: console.slide_find.isVisible() and console.slide_find.field.hasFocus())
    type_text(console.slide_find.field, "无人机b")  # B in the field is a letter, not a black screen
    assert presentation.show.blank is None
    assert console.slide_find.count.text() == "无结果"
    console.slide_find.field.setText("人才")
    console.slide_find.search("人才")
    console.grab().save("/work/briefs/find-console-1920x1080.png")
    console.slide_find.field.setText("无人机b")
    qtbot.keyClick(console.slide_find.field, K.Key_Backspace)
    assert console.slide_find.results.count() == 1
    assert console.slide_find.results.item(0).text().startswith("第 21 张")
    qtbot.keyClick(console.slide_find.field, K.Key_Return)
    assert presentation.show.index == 20
    assert "无人机" in presentation.slides[20].title
    assert console.current_index() == 20
    assert not console.slide_find.isVisible()
    qtbot.keyClick(console, K.Key_PageUp)  # the keys drive the show again
    assert presentation.show.index == 19
    presentation.show.end()


def test_the_bar_searches_again_when_the_pages_are_rebuilt(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    open_find(window, qtbot)
    bar = window.finder.bar
    assert bar is not None
    type_text(bar.field, "高层次人才")
    qtbot.keyClick(bar.field, K.Key_F3)
    assert count_text(window) == "2 / 20"
    try:
        window.set_language("en")  # every page is built again
        assert bar.isVisible()
        assert count_text(window) == "1 / 20"
        card = window.finder.marked()
        assert card is not None
        assert card.window() is window
        qtbot.waitUntil(lambda: outlined(window, card))  # once the new page has been laid out
    finally:
        window.set_language("zh")
