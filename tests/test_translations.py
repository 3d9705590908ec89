"""Chinese throughout, English on request: the catalogues are complete and up to date, Qt's own
dialogs speak Chinese, and with English on no Chinese character is left in the app's chrome."""

from __future__ import annotations

import json
import re
import shutil
import string
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from briefing import i18n
from briefing.model import figure_parts, format_change, format_shown, load_dataset
from briefing.model.formatting import APPROXIMATE
from briefing.resources import bundled_dataset
from briefing.viewer.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
sys.path.insert(0, str(I18N))
import update_translations  # noqa: E402

MakeWindow = Callable[..., MainWindow]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Chinese characters and Chinese punctuation (（）：，、…) alike want translating into English.
WIDE = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element, for every message of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def finished(translation: ET.Element | None) -> bool:
    return translation is not None and translation.get("type") is None and bool(translation.text)


def test_the_catalogues_are_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over today's sources changes nothing, and lrelease of the .ts files gives the
    committed .qm files byte for byte: no string is missing or stale at run time."""
    for name in update_translations.CATALOGUES:
        shutil.copy(I18N / name, tmp_path / name)
    update_translations.update(tmp_path)
    for name in update_translations.CATALOGUES:
        committed, fresh = messages(I18N / name), messages(tmp_path / name)
        assert set(fresh) - set(committed) == set(), f"{name}: run `make translations`"
        assert set(committed) - set(fresh) == set(), f"{name}: stale entries; `make translations`"
    qm = tmp_path / "qm"
    qm.mkdir()
    for built in update_translations.release(I18N, qm):
        assert built.read_bytes() == (I18N / built.name).read_bytes(), f"{built.name} is stale"


def test_every_string_not_already_in_the_language_is_translated() -> None:
    """The app's strings are Chinese and the model's problems English: English translates the
    first, Chinese the second, each with the same {fields} and nothing left untranslated."""
    english = messages(I18N / "briefing_en.ts")
    chinese = messages(I18N / "briefing_zh_CN.ts")
    assert "" not in {context for context, _ in english}, "a string lupdate cannot place"
    for (context, source), translation in english.items():
        if context not in i18n.ENGLISH_CONTEXTS and WIDE.search(source):
            assert finished(translation), (context, source)
            assert translation is not None
            assert translation.text is not None
            assert not WIDE.search(translation.text), (context, source, translation.text)
            assert fields(translation.text) == fields(source), (context, source)
    for (context, source), translation in chinese.items():
        if context in i18n.ENGLISH_CONTEXTS:
            assert finished(translation), (context, source)
            assert translation is not None
            assert translation.text is not None
            assert fields(translation.text) == fields(source), (context, source)


def test_no_catalogue_rewrites_a_string_already_in_its_language() -> None:
    """The Chinese catalogue leaves the app's Chinese strings alone (an English sentence there
    would reach a Chinese screen reader: 人才专项资金投入, 2.96亿元), and the English one the
    model's English problems."""
    chinese = messages(I18N / "briefing_zh_CN.ts")
    for (context, source), translation in chinese.items():
        if context not in i18n.ENGLISH_CONTEXTS:
            assert not finished(translation), (context, source)
    english = messages(I18N / "briefing_en.ts")
    for (context, source), translation in english.items():
        if context in i18n.ENGLISH_CONTEXTS and finished(translation):
            assert translation is not None
            assert translation.text == source, (context, source)


def test_qt_ships_its_own_chinese_and_the_app_installs_it(qapp: QApplication) -> None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert Path(folder, "qtbase_zh_CN.qm").is_file()
    try:
        i18n.install("zh")
        translate = QCoreApplication.translate
        assert translate("QPlatformTheme", "Cancel") == "取消"
        assert translate("QPlatformTheme", "&Yes") == "是(&Y)"
        assert translate("QFileDialog", "Look in:") == "查找范围："
        i18n.install("en")
        assert translate("QPlatformTheme", "Cancel") == "Cancel"
        assert translate("Actions", "导出…") == "Export…"
    finally:
        i18n.install("zh")


def test_standard_dialogs_are_chinese(make_window: MakeWindow, qtbot: QtBot) -> None:
    """Qt's own buttons (OK, Yes/No, Close, Show Details…, Cancel) and the file dialog."""
    from PySide6.QtWidgets import QFileDialog

    i18n.install("zh")
    window = make_window()
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("details")
    box.open()
    qtbot.waitUntil(box.isVisible)
    texts = {button.text() for button in box.findChildren(QAbstractButton)}
    assert {"是(&Y)", "否(&N)"} <= texts
    assert "显示详情..." in texts
    box.close()
    dialog = QFileDialog(window, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    buttons = " ".join(button.text() for button in dialog.findChildren(QAbstractButton))
    assert "查找范围" in labels
    assert "取消" in buttons
    dialog.close()


# -- English on -------------------------------------------------------------------------------


class Recorder(QTranslator):
    """Installed first: notes every (context, source) the app asks for, translates nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.add(context)
        return None


def dataset_words() -> list[str]:
    """Every text of the dataset, and every figure as the app writes it: content, shown as
    written in any UI language. Longest first, so a sentence goes before its words."""
    dataset = load_dataset(bundled_dataset())
    raw = json.loads((bundled_dataset() / "briefing.json").read_text("utf-8"))

    def strings(node: Any) -> Iterator[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)

    words = set(strings(raw))
    for figure in dataset.briefing.figures().values():
        words.add(format_shown(figure))
        words.update(part for part in figure_parts(figure) if part)  # a card's 第|33|位
        if figure.change is not None:
            words.add(format_change(figure.change, figure.better))
    words.add(i18n.LANGUAGE_NAMES["zh"])  # the language chooser names each language in itself
    words.add(APPROXIMATE)  # 约 before a figure that is only close: the figure's own wording
    return sorted(words, key=len, reverse=True)


def own_texts(widget: QWidget) -> list[str]:
    """What a widget itself says, by kind: its text, items, cells, headers or title."""
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()]
    if isinstance(widget, QMenu):
        return [widget.title()]
    if isinstance(widget, QTableWidget | QTreeWidget):
        return cells(widget)
    return []


def cells(widget: QTableWidget | QTreeWidget) -> list[str]:
    """The texts of a table's (or a tree's) cells and headers."""
    if isinstance(widget, QTreeWidget):
        rows = [widget.headerItem()]
        rows += [widget.topLevelItem(r) for r in range(widget.topLevelItemCount())]
        return [row.text(c) for row in rows if row for c in range(widget.columnCount())]
    items = [
        widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())
    ]
    headers = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
    return [item.text() for item in [*items, *headers] if item is not None]


def chrome_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the app's own UI says in a window: labels, buttons, menus,
    tooltips, accessible names, combo items, table cells, window titles."""
    for widget in [root, *root.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow():
            yield name, widget.windowTitle()
        yield name + ".toolTip", widget.toolTip()
        yield name + ".accessibleName", widget.accessibleName()
        for text in own_texts(widget):
            yield name, text
        for action in widget.actions():
            yield f"{name}.action", action.text()
            yield f"{name}.action.toolTip", action.toolTip()


def menus(actions: list[Any]) -> Iterator[QMenu]:
    """The menus a user can open from these actions, submenus included."""
    for action in actions:
        menu = action.menu()
        if menu is not None:
            yield menu
            yield from menus(menu.actions())


def chinese_left(texts: Iterator[tuple[str, str]], content: list[str]) -> list[tuple[str, str]]:
    left = []
    for where, text in texts:
        rest = text
        for words in content:
            if words in rest:
                rest = rest.replace(words, "")
        if CJK.search(rest):
            left.append((where, text))
    return left


def test_with_english_on_no_chinese_is_left_in_the_chrome(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    content = dataset_words()
    recorder = Recorder()
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    try:
        window.set_language("en")
        assert window.settings.get(i18n_setting()) == "en", "remembered"
        # Searched before the catalogues installed earlier: it sees every look-up.
        QCoreApplication.installTranslator(recorder)
        with qtbot.waitSignal(window.charts_ready, timeout=30000):
            window.retranslate()
        found: list[tuple[str, str]] = []

        def check(widget: QWidget) -> None:
            found.extend(chinese_left(chrome_texts(widget), content))

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        for index in range(window.tabs.count()):
            window.set_tab(index)
        check(window)
        for menu in menus(window.menuBar().actions()):
            check(menu)

        # Every dialog the window opens.
        window.show_shortcuts()
        check(window.findChild(QDialog, "shortcuts-dialog"))
        window.show_about()
        check(window.findChild(QDialog, "about-dialog"))
        window.show_font_licence()
        check(window.findChild(QDialog, "licence-dialog"))
        assert window.dataset is not None
        chart = window.dataset.briefing.sections[0].charts[0]
        window.chart_action(chart.id, "export")
        check(window.export_dialog)
        taken = tmp_path / "taken.png"
        taken.write_bytes(b"png")
        window.export_dialog.path.setText(str(taken))  # type: ignore[union-attr]
        window.export_dialog.accept()  # type: ignore[union-attr]
        check(window.message_box)  # "overwrite?", in the export conversation's words
        window.message_box.done(QMessageBox.StandardButton.No)  # type: ignore[union-attr]
        window.export_dialog.reject()  # type: ignore[union-attr]
        window.export_briefing()
        check(window.export_dialog)
        window.export_dialog.reject()
        # The print previews: the handout (its pages ask the Handout context) and the slides,
        # with the slides-per-page choice in the preview's toolbar.
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        for preview in (window.printing.print_handout, window.printing.print_slides):
            preview()
            dialog = window.printing.preview
            assert dialog is not None
            pages = dialog.findChild(QPrintPreviewWidget)
            qtbot.waitUntil(lambda pages=pages: pages.pageCount() > 0, timeout=60000)
            check(dialog)
            dialog.close()
        card = window.pages[0].cards[0]
        check(card.open_source())
        # The find bar, with a match and with none (its count and 无结果 in English).
        window.finder.open()
        window.finder.search("2.96")
        check(window.finder.bar)
        window.finder.search("no such words anywhere")
        check(window.finder.bar)
        window.finder.close()
        lacking = tmp_path / "lacking"
        shutil.copytree(bundled_dataset(), lacking)
        (lacking / "images" / "lead-1-lab-teaching.svg").unlink()
        assert window.open_path(lacking)
        check(window.statusBar())  # what the briefing lacks
        broken = tmp_path / "broken"
        broken.mkdir()
        (broken / "briefing.json").write_text("{}", encoding="utf-8")
        window.open_path(broken)
        check(window.message)
        window.message.close()  # type: ignore[union-attr]
        # The briefing on screen saved broken: the problems panel; saved valid: 已重新载入.
        source = lacking / "briefing.json"
        good = source.read_text(encoding="utf-8")
        source.write_text(good.replace('"title"', '"title": 1, "x"', 1), encoding="utf-8")
        qtbot.waitUntil(lambda: window.live.panel is not None and window.live.panel.isVisible())
        check(window)
        source.write_text(good, encoding="utf-8")
        qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
        found.extend(chinese_left(iter([("status", window.statusBar().currentMessage())]), []))

        # The show and its console.
        window.present(from_section=False)
        presentation = window.presentation
        assert presentation is not None
        qtbot.waitUntil(presentation.show.isFullScreen)
        for index in range(len(presentation.slides)):
            presentation.show.go(index)
            check(presentation.show)
        assert presentation.console is not None
        check(presentation.console)
        presentation.show.end()

        assert found == [], "\n".join(map(str, found))
        contexts = {context for context, _ in messages(I18N / "briefing_en.ts")}
        # Contexts only reached on failures the test cannot cause here, or outside the window
        # (the command line: tests/test_cli.py), or only in a file written (a deck's note:
        # tests/test_pptx.py).
        rare = {"Errors", "ImagePanel", "App", "Export", "Cli", "BriefingPptx"}
        assert contexts - recorder.asked - rare == set(), "contexts lupdate wrote but never asked"
    finally:
        QCoreApplication.removeTranslator(recorder)
        window.set_language("zh")


def i18n_setting() -> Any:
    from briefing.settings import LANGUAGE

    return LANGUAGE


@pytest.fixture(autouse=True)
def _chinese_after(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install("zh")


def test_buttons_of_the_message_boxes_follow_the_language(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    window.set_language("en")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", parent=window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {b.text() for b in box.findChildren(QAbstractButton)} >= {"&Yes", "&No"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Close"
    window.set_language("zh")
    again = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert again.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
