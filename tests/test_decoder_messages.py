"""A damaged picture is reported in the reader's language: the decoders' English complaints
(libjpeg's "Corrupt JPEG data: premature end of data segment") become our own words in Chinese;
in English an unknown complaint keeps the decoder's exact words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QSize
from PySide6.QtGui import QImage

from briefing import i18n
from briefing.imaging import ImageLoadError, load_image


def _encoded(kind: str) -> bytes:
    """A picture of varied pixels (so its compressed data is most of the file)."""
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    for y in range(300):
        for x in range(0, 400, 3):
            image.setPixel(x, y, (x * 977 + y * 131) & 0xFFFFFF)
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)
    return bytes(buffer.data())


def _bogus_marker(jpeg: bytes) -> bytes:
    damaged = bytearray(jpeg)
    damaged[jpeg.index(b"\xff\xda") + 2] = 0xFF  # the scan header's length, past the file
    return bytes(damaged)


def _refusal(tmp_path: Path, name: str, data: bytes, language: i18n.Language) -> str:
    i18n.install(language)
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImageLoadError) as refused:
        load_image(path, QSize(400, 300))
    return refused.value.reason


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("kind", ["JPEG", "PNG"])
@pytest.mark.parametrize(
    ("language", "said"),
    [("zh", "图片已损坏（文件不完整）"), ("en", "The image is damaged (the file is incomplete)")],
)
def test_a_cut_picture_is_called_incomplete_in_the_readers_language(
    tmp_path: Path, kind: str, language: i18n.Language, said: str
) -> None:
    data = _encoded(kind)
    assert _refusal(tmp_path, f"cut.{kind.lower()}", data[: len(data) * 2 // 3], language) == said


@pytest.mark.usefixtures("qapp")
def test_an_unknown_complaint_is_ours_in_chinese_and_the_decoders_in_english(
    tmp_path: Path,
) -> None:
    data = _bogus_marker(_encoded("JPEG"))
    chinese = _refusal(tmp_path, "bogus.jpg", data, "zh")
    assert chinese == "图片已损坏（数据无效）"
    assert not re.search("[A-Za-z]", chinese)
    english = _refusal(tmp_path, "bogus.jpg", data, "en")
    assert english == "The image is damaged (Bogus marker length)"
