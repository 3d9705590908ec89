"""The window an official sees: tabs, cards, text, menus, keys, themes, settings, opening files."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
)
from pytestqt.qtbot import QtBot

from briefing.actions import ACTIONS
from briefing.model import load_dataset
from briefing.resources import bundled_dataset
from briefing.settings import GEOMETRY, LAST_TAB, THEME, Settings
from briefing.theme import THEMES, Appearance
from briefing.viewer.main_window import MainWindow
from briefing.views.stat_card import StatCard

MakeWindow = Callable[..., MainWindow]


def card(window: MainWindow, figure_id: str) -> StatCard:
    for page in window.pages:
        for found in page.cards:
            if found.figure.id == figure_id:
                return found
    raise LookupError(figure_id)


def test_tabs_are_the_sections_named_by_the_first_half_of_their_heading(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    assert window.windowTitle() == "聚才集智“亮”出新段位"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "强化“首位战略”设计",
        "耦合“首抓成果”链条",
        "推进“首先服务”优化",
    ]
    assert window.pages[1].heading.text() == "耦合“首抓成果”链条　打开科创格局"
    assert window.header is not None
    assert window.header.subtitle.text() == "——鄂尔多斯市2024年发展成就“亮一亮”系列报道之三"
    assert window.header.credits.text() == "文/张晓艳 图/刘博仑"


def test_the_lead_is_the_first_thing_on_the_first_tab(make_window: MakeWindow) -> None:
    window = make_window()
    lead = window.pages[0].lead
    assert lead is not None
    assert lead.text is not None
    assert lead.text.isVisible()
    assert "近悦远来" in lead.text.toPlainText()
    assert [c.shown_value() for c in lead.cards] == ["前50强", "第34位"]
    assert len(lead.images) == 3
    assert all(page.lead is None for page in window.pages[1:])


def test_every_card_of_the_dataset_is_on_its_tab(make_window: MakeWindow) -> None:
    window = make_window()
    briefing = window.dataset.briefing
    for page, section in zip(window.pages, briefing.sections, strict=True):
        expected = (briefing.lead.cards if page.lead else []) + section.cards
        assert [c.figure.id for c in page.cards] == expected


@pytest.mark.parametrize(
    ("figure_id", "value", "change"),
    [
        ("s1-talent-fund", "2.96亿元", "↑196%"),
        ("s1-talent-recruited", "3590人", "↑翻了一番"),
        ("s2-prefecture-innovation-rank", "第33位", "↑提升10位"),
        ("s2-city-innovation-rank", "第62位", "↑提升22个位次"),
        ("s2-regional-platforms", "400余家", None),
        ("s2-high-tech-firms", "突破330家", None),
        ("s2-talent-total", "51.3万人", "↑12%"),
        ("s3-allowances", "3700余万元", None),
        ("lead-best-ecosystem", "前50强", None),
    ],
)
def test_cards_print_values_the_chinese_way_with_their_change(
    make_window: MakeWindow, figure_id: str, value: str, change: str | None
) -> None:
    shown = card(make_window(), figure_id)
    assert shown.shown_value() == value
    assert (shown.change.text() if shown.change else None) == change
    assert shown.derived_mark is None


def test_a_derived_figure_says_so_on_its_card(qtbot: QtBot) -> None:
    dataset = load_dataset(bundled_dataset())
    figures = dataset.briefing.figures()
    derived = StatCard(figures["s1-talent-fund-2023"], figures, Appearance())
    qtbot.addWidget(derived)
    assert derived.shown_value() == "约1.00亿元"
    assert derived.derived_mark is not None
    assert derived.derived_mark.text() == "推算"
    assert "2.96 ÷ (1 + 196 ÷ 100) ≈ 1.00" in derived.toolTip()


def test_change_colour_follows_the_readers_convention(make_window: MakeWindow, theme: Any) -> None:
    window = make_window()
    fund = card(window, "s1-talent-fund")
    assert fund.change is not None

    def colour() -> str:  # as the style sheet paints it
        assert fund.change is not None
        fund.change.ensurePolished()
        return str(fund.change.palette().color(fund.change.foregroundRole()).name())

    assert colour() == THEMES["light"].red
    theme.set_convention("green-up")
    assert colour() == THEMES["light"].green
    assert fund.change.text() == "↑196%", "the arrow never depends on colour"


def test_hovering_a_card_shows_its_sentence_escaped(make_window: MakeWindow) -> None:
    fund = card(make_window(), "s1-talent-fund")
    assert fund.figure.quote is not None
    assert fund.figure.quote in fund.toolTip()


def test_click_or_enter_on_a_card_shows_the_sentence_and_show_in_text_finds_it(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_tab(1)
    rank = card(window, "s2-prefecture-innovation-rank")
    page = window.pages[1]
    assert page.body.text is not None
    assert not page.body.text.isVisible()

    qtbot.mouseClick(rank, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: rank.popup is not None and rank.popup.isVisible())
    assert rank.popup is not None
    assert rank.figure.quote is not None
    assert rank.popup.text.text() == "原文：" + rank.figure.quote
    rank.popup.close()

    rank.setFocus()
    qtbot.keyClick(rank, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rank.popup is not None and rank.popup.isVisible())
    assert rank.popup.button is not None
    scrolled_before = page.verticalScrollBar().value()
    qtbot.mouseClick(rank.popup.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.body.text is not None and page.body.text.isVisible())
    assert page.body.text.highlighted_sentence() == rank.figure.quote
    qtbot.waitUntil(lambda: page.verticalScrollBar().value() > scrolled_before)


def test_section_text_is_collapsed_and_marks_the_card_figures(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    body = window.pages[0].body
    assert body.text is not None
    assert body.text_button is not None
    assert not body.text.isVisible()
    assert "展开" in body.text_button.text()
    qtbot.mouseClick(body.text_button, Qt.MouseButton.LeftButton)
    assert body.text.isVisible()
    assert "收起" in body.text_button.text()
    marked = body.text.highlighted_words()
    assert "2.96亿元" in marked
    assert "3590人" in marked
    text = body.text.toPlainText()
    assert "打造人才友好型城市" in text, "words broken by print are mended"


def test_keys_move_between_tabs(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for index in (2, 0, 1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda index=index: window.tabs.currentIndex() == index)
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 2)
    qtbot.keyClick(window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 0)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 2)


def test_menus_hold_what_works_and_nothing_that_does_not(make_window: MakeWindow) -> None:
    window = make_window()
    menus = {
        action.text(): [a.text() for a in action.menu().actions() if not a.isSeparator()]
        for action in window.menuBar().actions()
        if action.menu() is not None
    }
    assert list(menus) == ["文件(&F)", "编辑(&E)", "视图(&V)", "放映(&S)", "帮助(&H)"]
    assert menus["文件(&F)"] == [
        "打开简报…",
        "最近打开",
        "导出…",
        "打印讲义…",
        "打印幻灯片…",
        "退出",
    ]
    assert menus["编辑(&E)"] == ["查找…", "查找下一个", "查找上一个"]
    view = menus["视图(&V)"]
    assert view[:3] == ["强化“首位战略”设计", "耦合“首抓成果”链条", "推进“首先服务”优化"]
    for item in ("浅色主题", "深色主题", "放大", "缩小", "实际大小", "全屏"):
        assert any(text.startswith(item) for text in view), item
    assert menus["放映(&S)"][:2] == ["从头开始放映", "从当前部分放映"]
    assert menus["帮助(&H)"] == ["键盘快捷键", "关于本简报"]
    assert len({spec.id for spec in ACTIONS}) == len(ACTIONS)


def test_zoom_keys_scale_the_type(make_window: MakeWindow, qtbot: QtBot, theme: Any) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    base = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() > base)
    assert theme.appearance.zoom == 1.1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == base)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() < base)


def test_f11_toggles_full_screen(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_theme_switch_restyles_everything_already_on_screen(
    make_window: MakeWindow, qtbot: QtBot, theme: Any
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=20000):
        window.load_charts()
    chart = window.pages[0].charts[0]
    light = chart.grab().toImage().pixelColor(5, 5)  # type: ignore[attr-defined]
    theme.set_theme("dark")
    assert QApplication.palette().window().color().name() == THEMES["dark"].window
    dark = chart.grab().toImage().pixelColor(5, 5)  # type: ignore[attr-defined]
    assert dark.lightness() < light.lightness()
    assert window.settings.get(THEME) == "dark"


def test_charts_and_images_of_every_tab_are_built(make_window: MakeWindow, qtbot: QtBot) -> None:
    from briefing.views.chart import ChartPanel

    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=20000):
        window.load_charts()
    briefing = window.dataset.briefing
    for page, section in zip(window.pages, briefing.sections, strict=True):
        assert [c.chart.id for c in page.charts] == [c.id for c in section.charts]  # type: ignore[attr-defined]
        assert all(isinstance(c, ChartPanel) for c in page.charts)
    assert [len(page.images) for page in window.pages] == [3, 2, 0]


def test_settings_are_remembered(
    make_window: MakeWindow, qtbot: QtBot, theme: Any, settings: Settings
) -> None:
    window = make_window()
    window.set_tab(2)
    theme.set_theme("projector")
    theme.zoom_in()
    theme.set_convention("green-up")
    window.close()
    assert settings.get(LAST_TAB) == 2
    assert not settings.get(GEOMETRY).isEmpty()
    restored = settings.appearance()
    assert (restored.theme.name, restored.zoom, restored.convention) == (
        "projector",
        1.1,
        "green-up",
    )
    theme.apply(restored)
    again = make_window()
    assert again.tabs.currentIndex() == 2


def test_unreadable_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_bytes(b"\x00\xff[appearance]\ntheme=purple\nzoom=huge\nconvention=7\n[window]\n")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    appearance = settings.appearance()
    assert (appearance.theme.name, appearance.zoom, appearance.convention) == (
        "light",
        1.0,
        "red-up",
    )
    assert settings.get(LAST_TAB) == 0


def test_opening_an_invalid_dataset_lists_its_problems_and_keeps_the_briefing(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "briefing.json").write_text('{"title": 1}', encoding="utf-8")
    assert window.open_path(broken) is False
    box = window.message
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert "未通过校验" in box.text()
    assert "$.title" in box.detailedText()
    assert window.windowTitle() == "聚才集智“亮”出新段位"
    assert window.tabs.count() == 3
    box.close()


def test_dropping_a_dataset_folder_opens_it(
    make_window: MakeWindow, qtbot: QtBot, edit_dataset: Callable[..., Path]
) -> None:
    def retitle(data: dict[str, Any]) -> None:
        data["sections"] = data["sections"][:2]

    folder = edit_dataset(retitle)
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.tabs.count() == 2)
    assert window.dataset.folder == folder


def test_open_takes_the_json_file_too(
    make_window: MakeWindow, dataset_dir: Path, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.open_path(dataset_dir / "briefing.json")
    assert window.dataset.source == dataset_dir / "briefing.json"


def test_help_lists_the_keys_and_about_names_source_and_font(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.show_shortcuts()
    shortcuts = window.findChild(QDialog, "shortcuts-dialog")
    assert shortcuts is not None
    qtbot.waitUntil(shortcuts.isVisible)
    table = shortcuts.findChild(QTableWidget)
    assert table is not None
    keys = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert keys["强化“首位战略”设计"] == "Ctrl+1"
    assert keys["全屏"] == "F11"
    shortcuts.close()
    window.show_about()
    about = window.findChild(QDialog, "about-dialog")
    assert about is not None
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    assert "张晓艳" in texts
    assert "SIL Open Font License" in texts
    import briefing

    assert f"数据简报 {briefing.__version__} 版" in texts, "About shows the version"
    window.show_font_licence()
    licence = window.findChild(QDialog, "licence-dialog")
    assert licence is not None
    text = licence.findChild(QPlainTextEdit)
    assert text is not None
    assert "Reserved Font Name 'Source'" in text.toPlainText()


def test_dataset_text_is_never_interpreted_as_html(
    make_window: MakeWindow, edit_dataset: Callable[..., Path]
) -> None:
    def inject(data: dict[str, Any]) -> None:
        data["sections"][0]["summary"] = '<img src="http://example.invalid/x.png"><b>粗</b>'
        data["sections"][0]["figures"][2]["label"] = "<a href='x'>链接</a>"

    window = make_window(edit_dataset(inject))
    assert window.pages[0].summary.textFormat() == Qt.TextFormat.PlainText
    assert window.pages[0].summary.text().startswith("<img src=")
    fund = card(window, "s1-talent-fund")
    assert fund.label.text() == "<a href='x'>链接</a>"
    assert fund.label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(
    ("size", "theme_name", "zoom"),
    [
        ((1280, 720), "light", 1.0),
        ((1920, 1080), "light", 1.0),
        ((1280, 720), "projector", 1.0),
        ((1920, 1080), "dark", 1.5),
    ],
)
def test_nothing_is_clipped_or_overlapping(
    make_window: MakeWindow,
    qtbot: QtBot,
    theme: Any,
    size: tuple[int, int],
    theme_name: str,
    zoom: float,
) -> None:
    theme.apply(Appearance(theme=THEMES[theme_name], zoom=zoom))  # type: ignore[index]
    window = make_window(size=size)
    with qtbot.waitSignal(window.charts_ready, timeout=20000):
        window.load_charts()
    for index, page in enumerate(window.pages):
        window.set_tab(index)
        qtbot.waitUntil(page.isVisible)
        for body in page.blocks:
            if body.text_button is not None:
                body.set_text_visible(True)
        QApplication.processEvents()
        content = page.widget()
        assert content is not None
        assert content.width() <= page.viewport().width(), "no horizontal scrolling"
        for label in content.findChildren(QLabel):
            if not label.isVisibleTo(content) or not label.text():
                continue
            if label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
            else:
                assert label.width() >= label.sizeHint().width() - 1, label.text()
        for button in content.findChildren(QPushButton):
            if button.isVisibleTo(content):
                assert button.width() >= button.sizeHint().width() - 1, button.text()
        cards = page.cards
        for first in cards:
            for second in cards:
                if first is not second:
                    a = first.geometry().translated(first.parentWidget().mapTo(content, QPoint()))
                    b = second.geometry().translated(second.parentWidget().mapTo(content, QPoint()))
                    assert not a.intersects(b)


def test_every_character_on_every_page_is_drawn_by_the_apps_font(
    make_window: MakeWindow, qtbot: QtBot, app_font: str
) -> None:
    from PySide6.QtGui import QRawFont

    from briefing.fonts import FONT_FILES
    from briefing.resources import resource_path

    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=20000):
        window.load_charts()
    texts = [window.windowTitle()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions()]
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [button.text() for button in window.findChildren(QPushButton)]
    for page in window.pages:
        for body in page.blocks:
            if body.text is not None:
                texts.append(body.text.toPlainText())
        for chart in page.charts:
            texts += chart.value_labels() + chart.category_labels() + chart.legend_labels()  # type: ignore[attr-defined]
    characters = {c for text in texts for c in text if not c.isspace() and c != "&"}
    for name in FONT_FILES:
        raw = QRawFont(resource_path("resources", name).read_bytes(), 16)
        assert raw.isValid()
        missing = sorted(c for c in characters if not raw.supportsCharacter(ord(c)))
        assert missing == [], f"{name} cannot draw {''.join(missing)}"
    label = window.pages[0].heading
    assert QFontInfo(label.font()).family() == app_font


def test_a_page_shows_chinese_not_boxes(make_window: MakeWindow, app_font: str) -> None:
    """A box (tofu) looks the same for every character it stands for: the heading drawn on the
    page differs from other words drawn the same way, while characters neither the app's font
    nor this machine has (it has no CJK font) all draw as the same box."""
    from PySide6.QtGui import QFont, QImage, QPainter

    def draw(text: str) -> QImage:
        image = QImage(160, 60, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setFont(QFont(app_font, 20))
        painter.drawText(5, 45, text)
        painter.end()
        return image

    rare = ("\U00020000\U00020001", "\U00020002\U00020003")  # CJK Extension B
    assert draw(rare[0]) == draw(rare[1]), "this machine must have no CJK font of its own"
    assert draw("聚才") != draw("集智")
    heading = make_window().pages[0].heading
    assert QFontInfo(heading.font()).family() == app_font
    picture = heading.grab().toImage()
    colours = {picture.pixel(x, y) for x in range(picture.width()) for y in range(picture.height())}
    assert len(colours) > 2, "the heading is drawn, anti-aliased glyphs and all"


def test_dataset_with_a_missing_image_still_opens(
    make_window: MakeWindow, dataset_dir: Path
) -> None:
    window_data = json.loads((dataset_dir / "briefing.json").read_text(encoding="utf-8"))
    assert window_data["lead"]["images"]
    dataset = load_dataset(dataset_dir)
    (dataset_dir / dataset.briefing.lead.images[0].file).unlink()
    # validation refuses it, but a file deleted after opening must not break the page
    window = make_window()
    window.dataset = dataset
    from briefing.views.section_page import SectionPage

    page = SectionPage(dataset.briefing.sections[0], dataset, Appearance(), with_lead=True)
    assert page.images[0].is_placeholder()
    assert not page.images[1].is_placeholder()
    page.deleteLater()
