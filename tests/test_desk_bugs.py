"""Bugs found by trying the app as a new user would; each test failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.model import load_dataset
from briefing.resources import bundled_dataset
from briefing.settings import THEME
from briefing.theme import THEMES
from briefing.viewer.main_window import MainWindow
from briefing.views.stat_card import StatCard
from tests.conftest import run_on_screens
from tests.test_main_window import card

MakeWindow = Callable[..., MainWindow]


def show_sentence_in_text(window: MainWindow, qtbot: QtBot, figure_id: str) -> StatCard:
    """Click a card, then 在原文中显示: the section text opens with the sentence highlighted."""
    found = card(window, figure_id)
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: found.popup is not None and found.popup.isVisible())
    assert found.popup is not None
    assert found.popup.button is not None
    qtbot.mouseClick(found.popup.button, Qt.MouseButton.LeftButton)
    text = window.pages[window.tabs.currentIndex()].body.text
    assert text is not None
    qtbot.waitUntil(text.isVisible)
    return found


def test_zoom_and_theme_after_show_in_text_restyle_everything(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    """Bug 1: after 在原文中显示, zoom or a theme change raised "QTextCursor already deleted"
    from the section text, and the restyle stopped half-way (dark page, white charts)."""
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    window.set_tab(1)
    found = show_sentence_in_text(window, qtbot, "s2-prefecture-innovation-rank")
    text = window.pages[1].body.text
    assert text is not None
    window.theme.zoom_in()
    window.theme.set_theme("dark")
    assert text.highlighted_sentence() == found.figure.quote, "the highlight survives"
    dark = THEMES["dark"].surface
    for page in window.pages:
        for chart in page.charts:
            assert chart.plot.backgroundBrush().color() == QColor(dark)  # type: ignore[attr-defined]
    assert window.settings.get(THEME) == "dark", "the settings are saved"


def test_exports_from_the_dark_theme_are_legible_on_white(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Bug 2: with the dark theme on, 复制图片, 导出图片… on a white background and File > 导出…
    drew the dark theme's near-white text on white. A white or transparent picture is drawn in
    the light palette; only the theme background keeps the theme's colours."""
    from briefing.render.chart_files import render_chart
    from briefing.render.files import ImageOptions

    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    window.theme.set_theme("dark")
    assert window.dataset is not None
    briefing = window.dataset.briefing
    chart = briefing.sections[0].charts[0]
    light = render_chart(chart, briefing.figures(), briefing, ImageOptions())

    QApplication.clipboard().clear()
    window.chart_action(chart.id, "copy")
    copied = QApplication.clipboard().image().convertToFormat(QImage.Format.Format_ARGB32)
    assert copied == light.convertToFormat(QImage.Format.Format_ARGB32)

    for background in ("white", "transparent"):
        options = ImageOptions(1280, 720, background=background, theme="dark")
        image = render_chart(chart, briefing.figures(), briefing, options)
        same = ImageOptions(1280, 720, background=background, theme="light")
        assert image == render_chart(chart, briefing.figures(), briefing, same), background
    themed = render_chart(
        chart,
        briefing.figures(),
        briefing,
        ImageOptions(1280, 720, background="theme", theme="dark"),
    )
    assert QColor(themed.pixel(4, 4)) == QColor(THEMES["dark"].surface)


def test_the_console_counts_from_f5_and_s_closes_it_again(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: Any
) -> None:
    """Bug 5: the console's timer started when the console opened, not at F5; and S could
    only open the console, never close it."""
    from briefing.show.controller import Presentation

    now = [100.0]
    monkeypatch.setattr(Presentation, "clock", staticmethod(lambda: now[0]))
    window = make_window()
    window.present(from_section=False)
    presentation = window.presentation
    assert presentation is not None
    show = presentation.show
    qtbot.waitUntil(show.isFullScreen)
    console = presentation.console
    assert console is not None
    qtbot.waitUntil(console.isVisible)
    qtbot.keyClick(show, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: not console.isVisible())
    now[0] = 190.0
    qtbot.keyClick(show, Qt.Key.Key_S)
    qtbot.waitUntil(console.isVisible)
    assert console.elapsed_text() == "01:30", "counted from F5, not from reopening"
    qtbot.keyClick(console, Qt.Key.Key_S)  # S in the console closes it too
    qtbot.waitUntil(lambda: not console.isVisible())
    assert show.isVisible()

    # A console made for the first time long after F5 (as on one screen) counts from F5 too.
    presentation.console = None
    console.deleteLater()
    now[0] = 400.0
    qtbot.keyClick(show, Qt.Key.Key_S)
    fresh = presentation.console
    assert fresh is not None
    assert fresh is not console
    qtbot.waitUntil(fresh.isVisible)
    assert fresh.elapsed_text() == "05:00"
    show.end()


def test_on_one_screen_s_toggles_the_console_over_the_show(tmp_path: Path) -> None:
    """Bug 5: on one screen, S covered the show with the console and trapped the presenter:
    S again and 交换屏幕 did nothing. Now S gives the show back, and swapping is disabled."""
    only = [{"name": "Only", "x": 0, "y": 0, "width": 1920, "height": 1080}]
    printed = run_on_screens(
        tmp_path,
        only,
        """
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent
        window = MainWindow(theme, settings, load_dataset(bundled_dataset()))
        window.show()
        window.present(from_section=False)
        app.processEvents()
        presentation = window.presentation
        show = presentation.show
        s = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_S, Qt.KeyboardModifier.NoModifier)
        show.handle_key(s)
        app.processEvents()
        console = presentation.console
        print(console.isVisible(), console.isFullScreen(), console.swap_enabled())
        console.keyPressEvent(s)
        app.processEvents()
        print(console.isVisible(), show.isVisible(), show.isFullScreen())
        show.end()
        """,
    )
    assert printed == ["True", "True", "False", "False", "True", "True"]


def test_the_source_popup_opens_inside_the_visible_page_and_yields_to_dialogs(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    """Bug 6: the source popup could open partly off the visible area (below a card at the
    bottom edge of the view), and it stayed open over the export progress dialog."""
    window = make_window(size=(1280, 720))
    page = window.pages[0]
    viewport = page.viewport()
    for found in page.cards:
        # Scroll so that the card's bottom edge is the view's bottom edge.
        content = page.widget()
        assert content is not None
        bottom = found.mapTo(content, found.rect().bottomLeft()).y()
        page.verticalScrollBar().setValue(max(0, bottom - viewport.height() + 2))
        qtbot.waitUntil(lambda card=found: card.visibleRegion().boundingRect().height() > 20)
        popup = found.open_source()
        qtbot.waitUntil(popup.isVisible)
        parent = popup.parentWidget()
        assert parent is not None
        shown = QRect(parent.mapTo(viewport, popup.pos()), popup.size())
        assert viewport.rect().contains(shown), (found.figure.id, shown, viewport.rect())
        popup.close()

    popup = page.cards[0].open_source()
    qtbot.waitUntil(popup.isVisible)
    window.export_briefing()
    qtbot.waitUntil(window.export_dialog.isVisible)
    assert not popup.isVisible()
    window.export_dialog.reject()


def test_enter_presses_a_focused_button_outside_dialogs(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    """Bug 7: Enter on a focused 在原文中显示 (and other push buttons outside dialogs) did
    nothing; only Space pressed them."""
    window = make_window()
    window.set_tab(1)
    found = card(window, "s2-prefecture-innovation-rank")
    popup = found.open_source()
    qtbot.waitUntil(popup.isVisible)
    assert popup.button is not None
    qtbot.waitUntil(popup.button.hasFocus)
    qtbot.keyClick(popup.button, Qt.Key.Key_Return)
    text = window.pages[1].body.text
    assert text is not None
    qtbot.waitUntil(text.isVisible)
    assert text.highlighted_sentence() == found.figure.quote

    toggle = window.pages[1].body.text_button
    assert toggle is not None
    toggle.setFocus()
    qtbot.waitUntil(toggle.hasFocus)
    qtbot.keyClick(toggle, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: not text.isVisible())


def test_no_to_overwrite_gives_the_dialog_back_and_choices_are_remembered(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Bug 8: answering 否 to "overwrite?" threw the export dialog and its choices away, and the
    dialog forgot format, size, DPI and background between uses."""
    window = make_window()
    assert window.dataset is not None
    chart = window.dataset.briefing.sections[0].charts[0]
    taken = tmp_path / "taken.jpg"
    taken.write_bytes(b"someone else's file")

    window.chart_action(chart.id, "export")
    dialog: Any = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.format.setCurrentIndex(dialog.format.findData("jpg"))
    dialog.size_preset.setCurrentIndex(dialog.size_preset.findData("1280x720"))
    dialog.scale.setCurrentIndex(dialog.scale.findData(2))
    dialog.dpi.setCurrentIndex(dialog.dpi.findData(300))
    dialog.background.setCurrentIndex(dialog.background.findData("transparent"))
    dialog.with_source.setChecked(False)
    dialog.path.setText(str(taken))
    dialog.accept()
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "confirm-overwrite"
    box.done(QMessageBox.StandardButton.No)
    qtbot.waitUntil(dialog.isVisible)
    assert window.export_dialog is dialog, "the same dialog, choices and all"
    assert dialog.suffix() == "jpg"
    assert taken.read_bytes() == b"someone else's file"

    fresh = tmp_path / "fresh.jpg"
    dialog.path.setText(str(fresh))
    dialog.accept()
    qtbot.waitUntil(fresh.exists, timeout=30000)
    assert QImage(str(fresh)).size().toTuple() == (2560, 1440)
    window.message_box.close()

    window.chart_action(chart.id, "export")
    again: Any = window.export_dialog
    assert again is not dialog
    assert again.suffix() == "jpg"
    assert (again.width_box.value(), again.height_box.value()) == (1280, 720)
    assert again.scale.currentData() == 2
    assert again.dpi.currentData() == 300
    assert again.background.currentData() == "transparent"
    assert not again.with_source.isChecked()
    assert Path(again.path.text()).parent == tmp_path, "the folder used last"
    again.reject()

    window.export_briefing()
    whole: Any = window.export_dialog
    for kind, box_ in whole.kinds.items():
        box_.setChecked(kind == "csv")
    whole.folder.setText(str(tmp_path))
    (tmp_path / "figures.csv").write_text("old", encoding="utf-8")
    whole.accept()
    qtbot.waitUntil(window.message_box.isVisible)
    window.message_box.done(QMessageBox.StandardButton.No)
    qtbot.waitUntil(whole.isVisible)
    assert whole.formats() == ["csv"]
    whole.reject()


def test_export_refuses_an_empty_format_list_and_leaves_no_folder_behind(
    tmp_path: Path,
) -> None:
    """Bug 9: `briefing export --format ""` exited 0 having written nothing; a refused export
    left an empty charts/ folder; JPEG was offered in the app but not headless."""
    import subprocess
    import sys

    def export(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "briefing", "export", "--lang", "zh", *args],
            capture_output=True, text=True, check=False, timeout=300,
        )  # fmt: skip

    out = tmp_path / "out"
    empty = export("--out", str(out), "--format", "")
    assert empty.returncode == 2
    assert "--format" in empty.stderr
    assert not out.exists()

    too_big = export(
        "--out", str(out), "--format", "png", "--width", "16384", "--height", "16384",
        "--scale", "3",
    )  # fmt: skip
    assert too_big.returncode == 1
    assert "图片太大" in too_big.stderr
    assert not out.exists(), "nothing created: not the folder, not charts/"

    jpeg = export("--out", str(out), "--format", "jpg", "--width", "640", "--height", "360")
    assert jpeg.returncode == 0, jpeg.stderr
    pictures = sorted((out / "charts").glob("*.jpg"))
    assert len(pictures) == 11
    assert QImage(str(pictures[0])).size().toTuple() == (640, 360)


def test_a_failed_export_removes_the_folders_it_made_but_never_a_file_it_replaced(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Bug 9, the library side: a failure half-way leaves the folder as it was, except for a
    file replaced with force (its old content is gone; deleting the new one would lose both)."""
    import pytest

    from briefing.render import everything
    from briefing.render.files import ExportError, ImageOptions

    dataset = load_dataset(bundled_dataset())
    out = tmp_path / "out"
    out.mkdir()
    pdf = everything.plan(dataset, out, ["pdf"])[0].path
    pdf.write_bytes(b"old")
    write = everything.write_bytes
    written: list[str] = []

    def fail_on_the_third(path: Path, *args: Any, **kwargs: Any) -> Path:
        written.append(path.suffix)
        if len(written) == 3:
            raise ExportError("磁盘已满")
        return write(path, *args, **kwargs)

    # Every file of an export, the PDF's and the charts', is written by write_bytes.
    monkeypatch.setattr(everything, "write_bytes", fail_on_the_third)
    with pytest.raises(ExportError):
        everything.export_all(
            dataset, out, ["pdf", "png", "csv"], ImageOptions(640, 360), force=True
        )
    assert written[0] == ".pdf", "the PDF first, then charts and the CSV as they are drawn"
    assert len(written) == 3, "the export stopped at the failure"
    assert [p.name for p in out.rglob("*")] == [pdf.name], "no charts/, no PNG, no CSV"
    assert pdf.read_bytes().startswith(b"%PDF"), "the replaced file keeps its new content"


def test_both_key_lists_come_from_the_one_key_table(make_window: MakeWindow, qtbot: QtBot) -> None:
    """Bug 10: the F1 list omitted the show's keys, and the show's own list omitted right
    click, O and F5. Both are generated from the key table now."""
    from PySide6.QtWidgets import QDialog, QTableWidget

    from briefing.actions import SHOW_BINDINGS, ZOOM_KEYS, show_key_rows, show_key_text

    rows = show_key_rows()
    assert len(rows) == len(SHOW_BINDINGS) + 1, "every binding, then the zoomed slide's keys"
    for (what, keys), binding in zip(rows, SHOW_BINDINGS, strict=False):
        assert what
        for key in binding.keys:
            assert show_key_text(key) in keys, (what, key)
        for key in binding.ctrl_keys:
            assert show_key_text(key, ctrl=True) in keys, (what, key)
    assert all(show_key_text(key) in rows[-1][1] for key in ZOOM_KEYS)
    listed = " ".join(keys for _, keys in rows)
    for shown in ("右键单击", "O", "F5", "G", "S", "Esc"):
        assert shown in listed

    window = make_window()
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcuts-dialog")
    assert dialog is not None
    table = dialog.findChild(QTableWidget, "shortcuts")
    assert table is not None
    cells = [
        (table.item(row, 0).text(), table.item(row, 1).text() if table.item(row, 1) else "")
        for row in range(table.rowCount())
    ]
    for what, keys in rows:
        assert (what, keys) in cells, what
    assert ("从头开始放映", "F5") in cells
    dialog.close()

    window.present(from_section=False)
    assert window.presentation is not None
    show = window.presentation.show
    qtbot.waitUntil(show.isFullScreen)
    qtbot.keyClick(show, Qt.Key.Key_F1)
    qtbot.waitUntil(show.help.isVisible)
    shown = [label.text() for label in show.help.rows]
    assert shown == [text for row in rows for text in (row[1], row[0])]
    show.end()


def test_a_missing_picture_is_a_placeholder_not_a_refused_briefing(
    make_window: MakeWindow, dataset_dir: Path
) -> None:
    """Bug 3: one missing picture refused the whole briefing. It opens, the picture is a
    placeholder naming the file, and the status bar says what is missing."""
    (dataset_dir / "images" / "lead-1-lab-teaching.svg").unlink()
    window = make_window(dataset_dir)
    assert window.tabs.count() == 3
    panel = window.pages[0].images[0]
    assert panel.is_placeholder()
    assert "lead-1-lab-teaching.svg" in panel.placeholder_text()
    assert window.warning is not None
    message = window.warning.text()
    assert "lead-1-lab-teaching.svg" in message
    assert "$.lead.images[0].file" in message
    window.statusBar().showMessage("")  # what hovering a menu item does: the warning stays
    assert window.warning.text() == message
    assert window.statusBar().isVisible()
    window.open_path(bundled_dataset())
    assert window.warning.text() == ""
    assert not window.statusBar().isVisible()


def test_started_with_an_invalid_dataset_it_offers_the_bundled_one_or_another(
    qtbot: QtBot, theme: Any, settings: Any, tmp_path: Path
) -> None:
    """Bug 4: started with an invalid dataset, the dialog said 当前简报保持打开 over a blank
    window with nothing open. Now it says what failed and offers the ways out."""
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "briefing.json").write_text('{"format_version": 1}', encoding="utf-8")
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_initial(broken)
    box = window.message
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "当前简报保持打开" not in box.text()
    buttons = {button.objectName(): button for button in box.buttons()}
    assert {"open-bundled", "open-other"} <= set(buttons)
    empty = window.empty
    assert empty.isVisible()
    assert empty.bundled.isVisible()
    assert empty.other.isVisible()
    assert str(broken) in empty.label.text()
    # Another broken one, tried from there: still nothing open, and the box says so.
    other = tmp_path / "other"
    other.mkdir()
    (other / "briefing.json").write_text("[]", encoding="utf-8")
    box.close()
    window.open_path(other)
    second = window.message
    assert second is not None
    assert second is not box
    assert "当前简报保持打开" not in second.text()
    assert str(other) in empty.label.text()
    buttons = {button.objectName(): button for button in second.buttons()}
    buttons["open-bundled"].click()
    qtbot.waitUntil(lambda: window.tabs.count() == 3)
    assert window.dataset is not None
    assert window.dataset.folder == bundled_dataset()
    assert not window.empty.isVisible()


def test_a_cards_change_and_its_words_are_never_squeezed(make_window: MakeWindow) -> None:
    """Found while looking: in English "vs. last year" squeezed the change (↑提升22个位次 cut
    off), and the first cure wrapped 较上年 onto two lines in a 1280×720 window."""
    from briefing import i18n

    for language in ("zh", "en"):
        i18n.install(language)
        try:
            window = make_window(size=(1280, 720))
            for page in range(window.tabs.count()):
                window.set_tab(page)
                QApplication.processEvents()  # laid out as the tab shows
                for found in window.pages[page].cards:
                    if found.change is None:
                        continue
                    for label in (found.change, found.compared):
                        assert label.width() >= label.sizeHint().width(), (language, label.text())
                        assert label.height() < 1.6 * label.fontMetrics().height(), label.text()
        finally:
            i18n.install("zh")
