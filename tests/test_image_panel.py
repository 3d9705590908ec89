"""What a reader sees of the briefing's pictures: fitted, marked when drawn, never a crash."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from briefing.imaging import ImageLoadError, load_image
from briefing.model import Dataset, load_dataset
from briefing.model.schema import Image
from briefing.resources import bundled_dataset
from briefing.theme import Appearance
from briefing.views.image_panel import PANEL_FIT, ImagePanel, ImageViewer

APPEARANCE = Appearance()


def photo(file: str = "images/photo.jpg", caption: str = "企业人员正在调试设备。") -> Image:
    return Image(
        id="photo",
        file=file,
        caption=caption,
        credit="图/刘博仑",
        alt="无人机放在工作台上。",
        kind="photograph",
    )


def encoded(image: QImage, image_format: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, image_format, 90)
    buffer.close()
    return bytes(data.data())


def filled(width: int, height: int, colour: str) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def jpeg_on_its_side() -> bytes:
    """A 40×20 JPEG, red left and blue right, tagged EXIF Orientation 6 (turn 90° clockwise)."""
    image = filled(40, 20, "red")
    image.fill(QColor("red"))
    for x in range(20, 40):
        for y in range(20):
            image.setPixelColor(x, y, QColor("blue"))
    jpeg = encoded(image, "JPEG")
    # Big-endian TIFF: header, one IFD holding one entry (Orientation, SHORT, 1, value 6).
    tiff = b"MM\x00\x2a" + struct.pack(">I", 8)
    tiff += struct.pack(">H", 1) + struct.pack(">HHIHH", 0x0112, 3, 1, 6, 0) + struct.pack(">I", 0)
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + app1 + jpeg[2:]


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load_dataset(bundled_dataset())


@pytest.fixture(scope="module")
def big_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 6000×4000 camera-sized JPEG, written once for the module."""
    path = tmp_path_factory.mktemp("big") / "big.jpg"
    image = QImage(6000, 4000, QImage.Format.Format_Grayscale8)
    image.fill(QColor("grey"))
    path.write_bytes(encoded(image, "JPEG"))
    return path


def make_panel(qtbot: QtBot, image: Image, source: Path | None, kind: str) -> ImagePanel:
    panel = ImagePanel(image, source, kind, APPEARANCE)
    qtbot.addWidget(panel)
    return panel


def show(qtbot: QtBot, panel: ImagePanel, width: int = 420, height: int = 360) -> None:
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)


def test_each_bundled_image_shows_marked_as_an_illustration(qtbot: QtBot, bundled: Dataset) -> None:
    images = [image for _, block in bundled.briefing.blocks() for image in block.images]
    assert len(images) == 5
    for image in images:
        source, kind = bundled.image_file(image)
        panel = make_panel(qtbot, image, source, kind)
        assert not panel.is_placeholder(), panel.placeholder_text()
        size = panel.image_size()
        assert 0 < size.width() <= PANEL_FIT.width()
        assert 0 < size.height() <= PANEL_FIT.height()
        assert panel.badge().isVisibleTo(panel)
        assert panel.badge().text() == "示意图"
        # The credit belongs to the photograph the drawing stands for.
        assert panel.credit_text() == f"示意图，原照片 {image.credit}"
        assert panel.accessibleName() == image.caption
        assert panel.accessibleDescription() == image.alt
        assert panel.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert panel.property("role") == "panel"


@pytest.mark.parametrize(("width", "height"), [(900, 300), (260, 700)], ids=["wide", "tall"])
def test_picture_fits_the_panel_without_distortion(
    qtbot: QtBot, bundled: Dataset, width: int, height: int
) -> None:
    image = bundled.briefing.lead.images[0]
    panel = make_panel(qtbot, image, *bundled.image_file(image))
    show(qtbot, panel, width, height)
    decoded = panel.image_size()
    drawn = panel.displayed_size()
    assert drawn.width() <= width
    assert drawn.height() <= height
    assert drawn.width() / drawn.height() == pytest.approx(
        decoded.width() / decoded.height(), rel=0.01
    )
    # Wide: the height limits it; tall: the width does. Either way one side fills the space.
    if width > height:
        assert drawn.width() < width - 40
    else:
        assert drawn.width() >= width - 30
    panel.resize(height, width)
    qtbot.waitUntil(lambda: panel.displayed_size() != drawn)
    assert panel.image_size() == decoded  # rescaled, not decoded again


def test_missing_file_shows_a_placeholder_naming_it(qtbot: QtBot, tmp_path: Path) -> None:
    image = photo()
    panel = make_panel(qtbot, image, tmp_path / "gone.jpg", "photograph")
    show(qtbot, panel)
    assert panel.is_placeholder()
    assert "gone.jpg" in panel.placeholder_text()
    assert "文件不存在" in panel.placeholder_text()
    captions = [label for label in panel.findChildren(QLabel) if label.text() == image.caption]
    assert captions
    assert captions[0].isVisible()
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton)
    assert panel.viewer() is None  # nothing to enlarge

    no_file = make_panel(qtbot, image, None, "photograph")
    assert no_file.is_placeholder()
    assert "photo.jpg" in no_file.placeholder_text()


CUT_PNG = encoded(filled(120, 80, "teal"), "PNG")
CUT_JPEG = encoded(filled(120, 80, "teal"), "JPEG")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.jpg", b"", "文件是空的"),
        ("notes.jpg", "这不是图片，只是一段文字。\n".encode() * 20, "不是可识别的图片"),
        ("cut.png", CUT_PNG[: len(CUT_PNG) // 2], "图片已损坏"),
        ("cut.jpg", CUT_JPEG[: len(CUT_JPEG) // 2], "图片已损坏"),
    ],
    ids=["zero-bytes", "text-named-jpg", "truncated-png", "truncated-jpeg"],
)
def test_broken_file_shows_a_placeholder_with_the_reason(
    qtbot: QtBot, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImageLoadError, match=reason):
        load_image(path, QSize(400, 300))
    panel = make_panel(qtbot, photo(), path, "photograph")
    show(qtbot, panel)
    assert panel.is_placeholder()
    assert name in panel.placeholder_text()
    assert reason in panel.placeholder_text()
    assert panel.open_viewer() is None


def test_absurd_dimensions_are_refused_before_decoding(tmp_path: Path) -> None:
    header = struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0)
    path = tmp_path / "huge.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b""))
        + png_chunk(b"IEND", b"")
    )
    with pytest.raises(ImageLoadError, match="图片过大（30000×30000）"):
        load_image(path, QSize(400, 300))


def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "sideways.jpg"
    path.write_bytes(jpeg_on_its_side())
    upright = load_image(path, QSize(100, 100))
    assert upright.size() == QSize(20, 40)
    top, bottom = upright.pixelColor(10, 5), upright.pixelColor(10, 34)
    # The left (red) half is turned to the top, the right (blue) half to the bottom.
    assert (top.red() > 200, top.blue() < 80) == (True, True)
    assert (bottom.blue() > 200, bottom.red() < 80) == (True, True)
    # Scaled while decoding: the fit applies to the upright picture, not the stored one.
    assert load_image(path, QSize(10, 10)).size() == QSize(5, 10)


def test_large_photo_is_decoded_no_larger_than_needed(qtbot: QtBot, big_photo: Path) -> None:
    fitted = QSize(6000, 4000).scaled(QSize(1600, 1200), Qt.AspectRatioMode.KeepAspectRatio)
    assert load_image(big_photo, QSize(1600, 1200)).size() == fitted
    panel = make_panel(qtbot, photo(), big_photo, "photograph")
    assert panel.image_size() == fitted
    viewer = ImageViewer(photo(), big_photo, "photograph", APPEARANCE)
    qtbot.addWidget(viewer)
    screen = QGuiApplication.primaryScreen()
    screen_size = screen.size() * screen.devicePixelRatio()
    assert viewer.image_size().width() <= screen_size.width()
    assert viewer.image_size().height() <= screen_size.height()
    # Decoded to fill the screen in one direction (which one depends on the screen's shape).
    fill = max(
        viewer.image_size().width() / screen_size.width(),
        viewer.image_size().height() / screen_size.height(),
    )
    assert fill == pytest.approx(1, 0.01)


def test_photograph_beside_an_illustration_replaces_it(qtbot: QtBot, dataset_dir: Path) -> None:
    (dataset_dir / "images" / "lead-1-lab-teaching.jpg").write_bytes(
        encoded(filled(300, 200, "green"), "JPEG")
    )
    dataset = load_dataset(dataset_dir)
    image = dataset.briefing.lead.images[0]
    source, kind = dataset.image_file(image)
    assert (source.name, kind) == ("lead-1-lab-teaching.jpg", "photograph")
    panel = make_panel(qtbot, image, source, kind)
    assert not panel.is_placeholder()
    assert panel.image_size() == QSize(300, 200)
    assert not panel.badge().isVisibleTo(panel)
    assert panel.credit_text() == image.credit


def test_enter_and_click_open_the_viewer_and_esc_closes_it(qtbot: QtBot, bundled: Dataset) -> None:
    image = bundled.briefing.lead.images[1]
    panel = make_panel(qtbot, image, *bundled.image_file(image))
    show(qtbot, panel)
    panel.activateWindow()
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)

    qtbot.keyClick(panel, Qt.Key.Key_Return)
    viewer = panel.viewer()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    assert viewer.windowTitle() == image.caption
    assert viewer.windowModality() == Qt.WindowModality.WindowModal
    assert not viewer.is_placeholder()
    with qtbot.waitSignal(viewer.finished):
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
    assert panel.viewer() is None

    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton)
    viewer = panel.viewer()
    assert viewer is not None
    qtbot.waitExposed(viewer)
    with qtbot.waitSignal(viewer.finished):
        qtbot.mouseClick(viewer, Qt.MouseButton.LeftButton)
    assert panel.viewer() is None

    panel.set_opens_viewer(False)
    with qtbot.waitSignal(panel.activated):
        qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert panel.viewer() is None


def test_markup_in_caption_and_alt_shows_literally(qtbot: QtBot, tmp_path: Path) -> None:
    caption = "<img src=x><b>粗体</b>"
    path = tmp_path / "photo.jpg"
    path.write_bytes(encoded(filled(60, 40, "orange"), "JPEG"))
    image = photo(caption=caption).model_copy(update={"alt": "<i>alt</i>"})
    panel = make_panel(qtbot, image, path, "photograph")
    show(qtbot, panel)
    labels = [label for label in panel.findChildren(QLabel) if label.text() == caption]
    assert labels
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    assert "&lt;i&gt;alt&lt;/i&gt;" in panel.toolTip()
