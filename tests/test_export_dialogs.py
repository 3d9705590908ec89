"""The export dialogs as a member of staff uses them for a report: a preview of the picture, its
size in centimetres for Word, SVG text as outlines for a machine without the font, 打开所在文件夹
after an export, and which charts File > 导出… writes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import resvg_py
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.model import load_dataset
from briefing.render.chart_files import chart_svg, render_chart
from briefing.render.everything import plan
from briefing.render.files import ExportError, ImageOptions
from briefing.resources import bundled_dataset
from briefing.theme import THEMES
from briefing.viewer.main_window import MainWindow
from tests.test_export import run_export

MakeWindow = Callable[..., MainWindow]
SVG = "{http://www.w3.org/2000/svg}"
BAR = "s1-funds"
THIS_YEAR = QColor(THEMES["light"].series[1])  # the solid bars of a two-series chart
SMALL = ImageOptions(width=1280, height=720)


def pixels(image: QImage) -> np.ndarray[Any, np.dtype[np.int16]]:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)
    shape = (image.height(), image.bytesPerLine() // 4, 4)
    return data.reshape(shape)[:, : image.width()].astype(np.int16)


def ink(image: QImage, rows: slice) -> float:
    """How much darker than white a band of rows is, summed."""
    grey = pixels(image)[rows, :, :3].mean(axis=2)
    return float((255 - grey).sum())


def has_colour(image: QImage, colour: QColor, tolerance: int = 24) -> bool:
    rgb = pixels(image)[..., :3]
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return bool((np.abs(rgb - target).max(axis=2) <= tolerance).any())


def chart_dialog(window: MainWindow, qtbot: QtBot, chart_id: str = BAR) -> Any:
    window.chart_action(chart_id, "export")
    dialog: Any = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def told(window: MainWindow) -> bool:
    """Whether the window says what happened (a message box is up)."""
    return window.message_box is not None and window.message_box.isVisible()


def preview_after(dialog: Any, qtbot: QtBot, change: Callable[[], object]) -> QImage:
    """The preview once it has been drawn again after ``change``."""
    before = dialog.preview.image
    change()
    qtbot.waitUntil(lambda: dialog.preview.image is not before, timeout=10000)
    image: QImage = dialog.preview.image
    return image


# -- the preview ------------------------------------------------------------------------------


def test_the_preview_shows_the_picture_that_is_written(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    qtbot.waitUntil(lambda: not dialog.preview.image.isNull(), timeout=10000)
    shown = dialog.preview.image
    assert dialog.preview.isVisible()
    assert has_colour(shown, THIS_YEAR), "the chart's bars are in the preview"
    assert abs(shown.width() / shown.height() - 16 / 9) < 0.02
    assert not dialog.preview.pixmap().isNull()

    # What is written, brought down to the preview's size, is the preview.
    target = tmp_path / "funds.png"
    dialog.path.setText(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=30000)
    smooth = Qt.TransformationMode.SmoothTransformation
    written = QImage(str(target)).scaled(shown.size(), mode=smooth)
    assert np.abs(pixels(written)[..., :3] - pixels(shown)[..., :3]).mean() < 4
    window.message_box.close()  # type: ignore[union-attr]


def test_the_preview_follows_the_choices(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    qtbot.waitUntil(lambda: not dialog.preview.image.isNull(), timeout=10000)
    titled = dialog.preview.image

    def square() -> None:
        dialog.size_preset.setCurrentIndex(dialog.size_preset.findData("custom"))
        dialog.width_box.setValue(1000)
        dialog.height_box.setValue(1000)

    shown = preview_after(dialog, qtbot, square)
    assert shown.width() == shown.height()

    shown = preview_after(dialog, qtbot, lambda: dialog.size_preset.setCurrentIndex(1))
    assert shown.size() == titled.size()
    untitled = preview_after(dialog, qtbot, lambda: dialog.with_title.setChecked(False))
    band = slice(0, max(2, titled.height() // 20))  # where the title is drawn
    assert ink(untitled, band) < 0.5 * ink(titled, band)

    # Transparent: the checkerboard shows through around the bars; JPEG has no alpha and is
    # written on white, and the preview says so.
    colours = THEMES["light"]

    def transparent() -> None:
        dialog.background.setCurrentIndex(dialog.background.findData("transparent"))

    clear = preview_after(dialog, qtbot, transparent)
    assert clear.pixelColor(2, 2).alpha() == 0
    canvas = dialog.preview.pixmap().toImage()
    checkerboard = {canvas.pixelColor(x, canvas.height() // 2).name() for x in range(14, 60)}
    assert {colours.surface, colours.surface_alt} <= checkerboard
    jpeg = dialog.format.findData("jpg")
    preview_after(dialog, qtbot, lambda: dialog.format.setCurrentIndex(jpeg))
    canvas = dialog.preview.pixmap().toImage()
    row = {canvas.pixelColor(x, canvas.height() // 2).name() for x in range(14, 60)}
    assert colours.surface_alt not in row
    dialog.reject()


# -- the size in centimetres ------------------------------------------------------------------


def test_the_size_in_centimetres_follows_pixels_scale_and_dpi(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    dialog.dpi.setCurrentIndex(dialog.dpi.findData(150))
    assert dialog.size_note.text() == "1920 × 1080 像素，32.51 × 18.29 厘米（150 dpi）"
    dialog.scale.setCurrentIndex(dialog.scale.findData(2))
    assert dialog.size_note.text() == "3840 × 2160 像素，65.02 × 36.58 厘米（150 dpi）"
    dialog.scale.setCurrentIndex(dialog.scale.findData(1))
    dialog.size_preset.setCurrentIndex(dialog.size_preset.findData("custom"))
    dialog.width_box.setValue(960)
    dialog.height_box.setValue(540)
    assert dialog.size_note.text() == "960 × 540 像素，16.26 × 9.14 厘米（150 dpi）"
    # An SVG is sized in CSS pixels, 96 to the inch: the DPI does not apply to it.
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert not dialog.dpi.isEnabled()
    assert dialog.size_note.text() == "960 × 540 像素，25.40 × 14.29 厘米（SVG 按 96 dpi）"
    dialog.reject()


# -- SVG text as outlines ---------------------------------------------------------------------


def svg_of(options: ImageOptions) -> bytes:
    briefing = load_dataset(bundled_dataset()).briefing
    return chart_svg(briefing.chart(BAR), briefing.figures(), briefing, options)


def without_fonts(svg: bytes) -> QImage:
    """The SVG as a machine with no font at all draws it."""
    data = resvg_py.svg_to_bytes(svg_string=svg.decode("utf-8"), skip_system_fonts=True)
    return QImage.fromData(bytes(data))


def test_outlined_svg_has_no_text_and_draws_without_any_font() -> None:
    briefing = load_dataset(bundled_dataset()).briefing
    as_text = svg_of(SMALL)
    outlined = svg_of(replace(SMALL, outline_text=True))
    root = ET.fromstring(outlined)
    assert list(root.iter(f"{SVG}text")) == []
    labels = [path.get("aria-label") for path in root.iter(f"{SVG}path")]
    assert briefing.chart(BAR).title in labels, "the words stay readable to software"
    assert b"font-family=\"'Noto" not in outlined

    png = render_chart(briefing.chart(BAR), briefing.figures(), briefing, SMALL)
    drawn, bare = without_fonts(outlined), without_fonts(as_text)
    assert drawn.size() == png.size()
    title = slice(0, 40)
    assert 0.75 < ink(drawn, title) / ink(png, title) < 1.25, "the Chinese title is drawn"
    assert ink(bare, title) < 0.1 * ink(png, title), "as text it needs the font"
    assert np.abs(pixels(drawn)[..., :3] - pixels(png)[..., :3]).mean() < 3.5


def test_the_dialog_writes_outlined_svg_and_remembers_it(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    assert not dialog.outlines.isEnabled(), "only an SVG has text to outline"
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    assert dialog.outlines.isEnabled()
    assert "中文字体" in dialog.note.text()
    dialog.outlines.setChecked(True)
    assert "轮廓" in dialog.note.text()
    target = tmp_path / "funds.svg"
    dialog.path.setText(str(target))
    dialog.accept()
    qtbot.waitUntil(target.exists, timeout=30000)
    assert b"<text" not in target.read_bytes()
    assert b"<path" in target.read_bytes()
    window.message_box.close()  # type: ignore[union-attr]
    again = chart_dialog(window, qtbot)
    assert again.outlines.isChecked()
    again.reject()


def test_headless_export_of_chosen_charts_with_outlines(tmp_path: Path) -> None:
    result = run_export(
        "--out", str(tmp_path), "--format", "svg", "--svg-outlines",
        "--charts", "s2-innovation-ranks,s1-funds", "--width", "1280", "--height", "720",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert [path.name for path in written] == [
        "01-人才和科技专项资金投入.svg",
        "03-科技创新发展指数排名.svg",
    ]
    assert all(b"<text" not in path.read_bytes() for path in written)
    unknown = run_export("--out", str(tmp_path / "x"), "--format", "svg", "--charts", "nope")
    assert unknown.returncode == 1
    assert "nope" in unknown.stderr
    assert not (tmp_path / "x").exists()


# -- 打开所在文件夹 ---------------------------------------------------------------------------


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs the app asked the desktop to open (none is opened for real)."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(record))
    return urls


def open_folder_button(box: QMessageBox) -> QAbstractButton:
    found = [button for button in box.buttons() if button.objectName() == "open-folder"]
    assert len(found) == 1
    assert found[0].text() == "打开所在文件夹"
    return found[0]


def test_after_a_chart_export_the_folder_opens(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    folder = tmp_path / "报告"
    folder.mkdir()
    dialog.path.setText(str(folder / "funds.png"))
    dialog.accept()
    box = window.message_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=30000)
    open_folder_button(box).click()
    assert opened == [QUrl.fromLocalFile(str(folder))]
    assert not box.isVisible()


def test_after_a_briefing_export_the_folder_opens(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, opened: list[QUrl]
) -> None:
    window = make_window()
    window.export_briefing()
    dialog: Any = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind == "csv")
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: told(window), timeout=60000)
    assert window.message_box is not None
    open_folder_button(window.message_box).click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_a_failure_offers_no_folder(make_window: MakeWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    dialog = chart_dialog(window, qtbot)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialog.path.setText(str(blocker / "chart.png"))
    dialog.accept()
    box = window.message_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=30000)
    assert [b for b in box.buttons() if b.objectName() == "open-folder"] == []
    box.close()


# -- which charts File > 导出… writes ----------------------------------------------------------


def test_file_export_writes_only_the_charts_chosen(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    window.export_briefing()
    dialog: Any = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    items = dialog.charts.items()
    assert window.dataset is not None
    charts = window.dataset.briefing.charts()
    assert [item.text() for item in items] == [
        f"{number:02d}  {chart.title}" for number, chart in enumerate(charts, start=1)
    ]
    assert dialog.chosen_charts() == [chart.id for chart in charts], "all, to begin with"
    for kind, box in dialog.kinds.items():
        box.setChecked(kind == "png")
    dialog.charts.none_button.click()
    assert dialog.chosen_charts() == []
    assert not dialog.save_button.isEnabled(), "nothing would be written"
    dialog.kinds["csv"].setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.kinds["csv"].setChecked(False)
    dialog.charts.all_button.click()
    assert len(dialog.chosen_charts()) == len(charts)
    dialog.charts.none_button.click()
    for row in (1, 4):
        items[row].setCheckState(items[row].checkState().Checked)
    assert dialog.save_button.isEnabled()
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: told(window), timeout=60000)
    written = sorted(path.name for path in (tmp_path / "charts").iterdir())
    assert written == [f"02-{charts[1].title}.png", f"05-{charts[4].title}.png"]

    window.export_briefing()
    again: Any = window.export_dialog
    assert len(again.chosen_charts()) == len(charts), "a new export offers every chart"
    for kind, box in again.kinds.items():
        box.setChecked(kind == "csv")
    assert not again.charts.isEnabled(), "no images: no charts to choose"
    assert not again.outlines.isEnabled()
    again.kinds["svg"].setChecked(True)
    assert again.charts.isEnabled()
    assert again.outlines.isEnabled()
    again.reject()


def test_plan_refuses_unknown_charts_and_nothing_to_write(tmp_path: Path) -> None:
    dataset = load_dataset(bundled_dataset())
    first = dataset.briefing.charts()[0]
    jobs = plan(dataset, tmp_path, ["png", "csv"], [first.id])
    assert [job.path.name for job in jobs] == [f"01-{first.title}.png", "figures.csv"]
    with pytest.raises(ExportError, match="没有这些图表：nope"):
        plan(dataset, tmp_path, ["png"], ["nope"])
    with pytest.raises(ExportError, match="没有选择要导出的图表"):
        plan(dataset, tmp_path, ["png"], [])
    assert len(plan(dataset, tmp_path, ["png"])) == len(dataset.briefing.charts())
