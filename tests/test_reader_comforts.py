"""Reader comforts (issue 13 §4): File > 最近打开, the compact chrome of a short window,
展开本部分原文 scrolling to the text, padded tooltips, and key lists that fit a 1280×720 screen."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from briefing.actions import show_key_rows
from briefing.resources import bundled_dataset
from briefing.settings import RECENT_FOLDERS, Settings
from briefing.show.overlays import KeyList
from briefing.theme import THEMES
from briefing.viewer.main_window import MainWindow
from briefing.viewer.recent import MOST, recent_folders, remember
from tests.conftest import run_on_screens

MakeWindow = Callable[..., MainWindow]


def recent_menu(window: MainWindow) -> QMenu:
    menu = window.menuBar().findChild(QMenu, "menu-recent")
    assert menu is not None
    menu.aboutToShow.emit()  # as when the reader opens it: its items are made then
    return menu


def items(menu: QMenu) -> list[tuple[str, bool]]:
    return [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]


# -- File > 最近打开 ---------------------------------------------------------------------


def test_recent_menu_lists_the_briefings_opened_most_recent_first(
    make_window: MakeWindow, settings: Settings, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    first, second = tmp_path / "一号简报", tmp_path / "二号简报"
    for folder in (first, second):
        shutil.copytree(bundled_dataset(), folder)
    assert window.open_path(first)
    assert window.open_path(second / "briefing.json")  # the file names its folder
    assert window.open_path(first)  # opened again: first once, not twice
    shown = items(recent_menu(window))
    assert shown[0][0].startswith("&1 "), shown
    assert shown[0][0].endswith("一号简报"), shown
    assert shown[1][0].startswith("&2 "), shown
    assert shown[1][0].endswith("二号简报"), shown
    assert [text for text, _ in shown].count(shown[0][0]) == 1
    assert shown[-1] == ("清除列表", True)

    # Chosen from the menu, a briefing opens as Open… opens it.
    recent_menu(window).actions()[1].trigger()
    assert recent_folders(settings)[0] == second.resolve()
    assert window.windowTitle() == "聚才集智“亮”出新段位"


def test_the_bundled_briefing_is_not_listed(
    make_window: MakeWindow, settings: Settings, tmp_path: Path
) -> None:
    window = make_window()  # the bundled briefing, as the app opens it with no path
    mine = tmp_path / "我的简报"
    shutil.copytree(bundled_dataset(), mine)
    assert window.open_path(mine)
    window.open_bundled()  # 打开内置简报
    assert recent_folders(settings) == [mine.resolve()], "the reader's own briefing stays first"


def test_recent_list_keeps_at_most_eight_and_clears(settings: Settings, tmp_path: Path) -> None:
    for number in range(MOST + 3):
        (tmp_path / f"d{number}").mkdir()
        remember(settings, tmp_path / f"d{number}")
    folders = recent_folders(settings)
    assert len(folders) == MOST
    assert folders[0].name == f"d{MOST + 2}"
    remember(settings, tmp_path / "elsewhere" / "briefing.json")  # the file names its folder
    assert recent_folders(settings)[0] == (tmp_path / "elsewhere").resolve()


def test_a_folder_that_is_gone_is_shown_disabled_and_a_broken_one_says_why(
    make_window: MakeWindow, settings: Settings, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    gone, broken = tmp_path / "gone", tmp_path / "broken"
    gone.mkdir()
    broken.mkdir()
    (broken / "briefing.json").write_text('{"title": 1}', encoding="utf-8")
    remember(settings, gone)
    remember(settings, broken)
    gone.rmdir()
    shown = items(recent_menu(window))
    assert shown[0][1] is True
    assert shown[0][0].endswith("broken")
    assert shown[1] == (shown[1][0], False)
    assert shown[1][0].endswith("（已不存在）")
    recent_menu(window).actions()[0].trigger()
    box = window.message
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "未通过校验" in box.text()
    assert window.tabs.count() == 3, "the open briefing stays"
    box.close()
    clear = recent_menu(window).findChild(QWidget)  # noqa: F841 (the menu is a widget)
    next(
        action for action in recent_menu(window).actions() if action.text() == "清除列表"
    ).trigger()
    assert items(recent_menu(window)) == [("（无）", False), ("清除列表", False)]


def test_a_damaged_recent_list_is_an_empty_one(make_window: MakeWindow, settings: Settings) -> None:
    for damaged in ("not json", json.dumps({"a": 1}), json.dumps([1, None, ""])):
        settings.set(RECENT_FOLDERS, damaged)
        assert recent_folders(settings) == []
    window = make_window()
    assert items(recent_menu(window))[0] == ("（无）", False)


# -- compact chrome ------------------------------------------------------------------------


def content_top(window: MainWindow) -> int:
    """Where the page's content starts, in window pixels: what header and bars take."""
    page = window.pages[window.tabs.currentIndex()]
    viewport = page.viewport()
    return viewport.mapTo(window, QPoint(0, 0)).y()


@pytest.mark.parametrize("name", ["projector", "light", "dark"])
def test_a_short_window_gives_the_page_far_more_room(
    make_window: MakeWindow, theme: Any, qtbot: QtBot, name: str
) -> None:
    theme.set_theme(name)
    tall = make_window(size=(1920, 1080))
    short = make_window(size=(1280, 720))
    qtbot.waitUntil(lambda: short.header is not None and short.header.compact)
    assert tall.header is not None
    assert not tall.header.compact
    before, after = content_top(tall), content_top(short)
    print(f"{name}: the page starts at {before} px at 1920×1080, {after} px at 1280×720")
    # Measured here: 229 → 127 px in 投影, 192 → 104 in the light and dark themes.
    assert after <= before - 65, (before, after)
    assert after <= 160
    header = short.header
    assert header.title.geometry().top() < header.credits.geometry().bottom(), "one line"
    assert (
        header.title.y() == header.subtitle.y()
        or abs(header.title.geometry().center().y() - header.subtitle.geometry().center().y())
        < header.title.height()
    )
    for label in (header.title, header.subtitle, header.credits):
        assert label.isVisible()
        assert header.rect().contains(label.geometry()), "nothing cut off"
    # The toolbar's one button waits in the menu bar's corner.
    assert not short.toolbar.isVisible()
    corner = short.menuBar().cornerWidget()
    assert corner is not None
    assert corner.isVisible()
    assert corner.text() == "从头开始放映"
    # Taller again, the full header comes back.
    short.resize(1280, 1000)
    qtbot.waitUntil(lambda: not header.compact)
    qtbot.waitUntil(lambda: content_top(short) == before, timeout=1000)
    assert short.toolbar.isVisible()
    assert short.menuBar().cornerWidget() is None


def test_the_compact_chrome_survives_another_briefing_and_a_theme_change(
    make_window: MakeWindow, theme: Any, qtbot: QtBot
) -> None:
    window = make_window(size=(1280, 720))
    assert window.open_path(bundled_dataset())
    assert window.header is not None
    assert window.header.compact
    theme.set_theme("projector")
    qtbot.waitUntil(lambda: content_top(window) <= 160)
    assert window.tabs.tabBar().property("compact") is True


# -- 展开本部分原文 ----------------------------------------------------------------------


def test_opening_the_section_text_scrolls_it_into_view(
    make_window: MakeWindow, qtbot: QtBot, theme: Any
) -> None:
    theme.set_theme("projector")
    window = make_window(size=(1280, 720))
    window.set_tab(1)
    page = window.pages[1]
    body = page.body
    assert body.text is not None
    assert body.text_button is not None
    content = page.widget()
    assert content is not None

    def visible_top() -> int:
        text = body.text
        assert text is not None
        return text.mapTo(content, QPoint(0, 0)).y() - page.verticalScrollBar().value()

    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > 0)
    body.text_button.setFocus()
    qtbot.keyClick(body.text_button, Qt.Key.Key_Space)
    assert body.text.isVisible()
    view = page.viewport().height()
    # The text starts inside the view, high enough that a good part of it shows.
    qtbot.waitUntil(lambda: 0 <= visible_top() < view // 2)
    # Closing it does not jump the page.
    value = page.verticalScrollBar().value()
    qtbot.keyClick(body.text_button, Qt.Key.Key_Space)
    assert not body.text.isVisible()
    assert page.verticalScrollBar().value() <= value


# -- tooltips ------------------------------------------------------------------------------


def test_tooltips_have_padding_and_what_cannot_be_chosen_looks_greyed(theme: Any) -> None:
    for name in THEMES:
        theme.set_theme(name)
        sheet = theme.appearance.stylesheet()
        rule = sheet[sheet.index("QToolTip {") :].split("}", 1)[0]
        assert "padding: 6px 10px" in rule
        palette = theme.appearance.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            shown = palette.color(QPalette.ColorGroup.Active, role)
            greyed = palette.color(QPalette.ColorGroup.Disabled, role)
            assert abs(shown.lightness() - greyed.lightness()) > 60, name


# -- the key lists ----------------------------------------------------------------------------


def settle() -> None:
    """Let the layouts the list's last resize asked for run (as the next paint would)."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def assert_nothing_clipped(key_list: KeyList) -> None:
    rect = key_list.rect()
    for label in [key_list.title, *key_list.rows]:
        assert label.isVisible(), label.text()
        where = label.geometry()
        assert rect.contains(where), (label.text(), where, rect)
        assert where.width() >= label.sizeHint().width(), f"{label.text()} is cut"
        assert where.height() >= label.sizeHint().height(), f"{label.text()} is cut"


def long_rows() -> list[tuple[str, str]]:
    extra = [(f"另一条放映按键的说明，第{n}行", f"Ctrl+Shift+{chr(65 + n)}") for n in range(12)]
    return show_key_rows() + extra


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_a_long_key_list_goes_into_two_columns_and_fits(
    qtbot: QtBot, size: tuple[int, int]
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    key_list = KeyList(host, long_rows())
    key_list.cover()
    qtbot.waitExposed(key_list)
    settle()
    assert len(key_list.pairs) >= 20
    assert key_list.columns == 2
    assert_nothing_clipped(key_list)
    # Even 32 lines stay legible: type no smaller than 12 px at 1280×720.
    assert min(label.fontInfo().pixelSize() for label in key_list.rows) >= 12 * size[1] // 720
    # The two columns side by side, the second starting right of the first's widest text.
    first_keys, second_keys = key_list.pairs[0][0], key_list.pairs[-1][0]
    assert second_keys.x() > max(label.geometry().right() for label, _ in key_list.pairs[:5])
    second_column = -(-len(key_list.pairs) // 2)  # the first line of the second column
    assert first_keys.y() == key_list.pairs[second_column][0].y()


def test_the_shows_own_key_list_stays_in_one_column_while_it_fits(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1280, 720)
    host.show()
    key_list = KeyList(host)
    key_list.cover()
    qtbot.waitExposed(key_list)
    settle()
    assert_nothing_clipped(key_list)
    if len(key_list.pairs) < 16:
        assert key_list.columns == 1
    else:  # the show's 20 lines today: two columns, in type a presenter reads at a glance
        assert key_list.columns == 2
        assert min(label.fontInfo().pixelSize() for label in key_list.rows) >= 15


def test_the_shortcuts_dialog_fits_a_1280x720_screen(tmp_path: Path) -> None:
    laptop = [{"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 720}]
    printed = run_on_screens(
        tmp_path,
        laptop,
        """
        from PySide6.QtWidgets import QDialog
        window = MainWindow(theme, settings, load_dataset(bundled_dataset()))
        window.show()
        app.processEvents()
        window.show_shortcuts()
        app.processEvents()
        dialog = window.findChild(QDialog, "shortcuts-dialog")
        room = window.screen().availableGeometry()
        table = dialog.table
        bar = table.verticalScrollBar()
        last = table.rowCount() - 1
        table.scrollToBottom()
        app.processEvents()
        seen = table.viewport().rect().intersects(table.visualRect(table.model().index(last, 0)))
        metrics = table.fontMetrics()
        cut = [
            table.item(row, 1).text()
            for row in range(table.rowCount())
            if table.columnSpan(row, 0) == 1
            and metrics.horizontalAdvance(table.item(row, 1).text()) + 8 > table.columnWidth(1)
        ]
        print(not cut,room.height() - dialog.height() >= 100, room.width() >= dialog.width(),
              bar.maximum() > 0, seen)
        """,
    )
    assert printed == ["True", "True", "True", "True", "True"], "no keys cut off, all reachable"


def test_shortcuts_dialog_keeps_its_size_on_a_big_screen(make_window: MakeWindow) -> None:
    window = make_window(size=(1920, 1080))
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcuts-dialog")
    assert dialog is not None
    assert dialog.height() == 640
    assert dialog.width() >= 640
    dialog.close()
