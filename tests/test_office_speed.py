"""What keeps the deck and the workbook quick without changing them: the headless export imports
no widgets (nor numpy for the workbook), pictures are written losslessly by a faster encoder, a
picture's size is fitted as Qt fits it; and the deck's divider slides say 第N部分 as the show's
do."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from briefing.imaging import fitted
from briefing.model import load_dataset
from briefing.model.slides import build_slides, numbers_itself
from briefing.render.pptx import briefing_pptx
from briefing.render.pptx._picture import is_opaque, png_bytes

# Run in a fresh process: which modules the export command imported, by the end of it.
IMPORTED = """
import sys
from briefing.cli import main
code = main(["export", "--out", sys.argv[1], "--format", sys.argv[2]])
print(code, " ".join(sorted(sys.modules)))
"""


@pytest.mark.parametrize(
    ("kind", "absent"),
    [
        ("xlsx", {"PySide6.QtWidgets", "PySide6.QtGui", "pyqtgraph", "numpy", "briefing.viewer"}),
        ("pptx", {"PySide6.QtWidgets", "pyqtgraph", "numpy", "briefing.viewer"}),
    ],
)
def test_the_workbook_and_the_deck_are_written_without_widgets(
    tmp_path: Path, kind: str, absent: set[str]
) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-c", IMPORTED, str(tmp_path), kind],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    code, modules = result.stdout.splitlines()[-1].split(" ", 1)
    assert code == "0"
    assert absent.isdisjoint(modules.split())
    assert [path.suffix for path in tmp_path.iterdir()] == [f".{kind}"]


def _picture(alpha: int) -> QImage:
    picture = QImage(37, 23, QImage.Format.Format_ARGB32_Premultiplied)  # odd: padded RGB rows
    picture.fill(QColor(30, 120, 200, alpha))
    for x in range(37):
        picture.setPixelColor(x, x % 23, QColor(250, 10, x * 6, alpha))
    picture.setDotsPerMeterX(5906)  # 150 dpi
    picture.setDotsPerMeterY(5906)
    return picture


@pytest.mark.parametrize("drawn", [True, False])
@pytest.mark.parametrize(("alpha", "mode"), [(255, "RGB"), (128, "RGBA")])
def test_a_picture_keeps_its_pixels_and_resolution(alpha: int, mode: str, drawn: bool) -> None:
    picture = _picture(alpha)
    data = png_bytes(picture, drawn=drawn)
    assert is_opaque(picture) == (alpha == 255)
    assert Image.open(io.BytesIO(data)).mode == mode
    assert Image.open(io.BytesIO(data)).info["dpi"] == pytest.approx((150, 150), abs=0.05)
    decoded = QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32)
    assert decoded == picture.convertToFormat(QImage.Format.Format_ARGB32)
    assert decoded.dotsPerMeterX() == picture.dotsPerMeterX()


def test_a_picture_is_fitted_as_qt_fits_it() -> None:
    fits = [QSize(1820, 780), QSize(1, 1), QSize(640, 2000), QSize(333, 333)]
    sizes = [QSize(w, h) for w in (1, 2, 7, 1170, 1920, 6000) for h in (1, 3, 780, 1080, 4000)]
    for fit in fits:
        for size in sizes:
            assert fitted(size, fit) == size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)


def _section_texts(deck: Any) -> list[str]:
    return [
        shape.text_frame.text
        for page in deck.slides
        for shape in page.shapes
        if shape.name == "section"
    ]


def test_a_section_slide_says_which_part_it_is(edit_dataset: Any, dataset_dir: Path) -> None:
    heading: list[str] = []

    def number_the_second(data: dict[str, Any]) -> None:
        heading.append(data["sections"][1]["heading"][0])
        data["sections"][1]["heading"][0] = "二、" + heading[0]

    edit_dataset(number_the_second)
    article = dataset_dir / "article.txt"  # the heading is quoted from the article's
    text = article.read_text(encoding="utf-8")
    article.write_text(
        text.replace(f"\n{heading[0]} ", f"\n二、{heading[0]} ", 1), encoding="utf-8"
    )
    dataset = load_dataset(dataset_dir)
    deck = Presentation(io.BytesIO(briefing_pptx(dataset)))
    texts = _section_texts(deck)
    assert len(texts) == len(dataset.briefing.sections) == 3
    assert texts[0].splitlines()[0] == "第一部分"
    assert texts[1].splitlines()[0].startswith("二、")  # numbered by itself: no 第二部分 over it
    assert "第二部分" not in texts[1]
    assert texts[2].splitlines()[0] == "第三部分"
    slides = build_slides(dataset.briefing)
    assert sum(slide.kind == "section" for slide in slides) == 3


@pytest.mark.parametrize(
    ("heading", "numbered"),
    [("一、综合", True), ("（三）开放", True), ("第二部分 人才", True), ("1. 总量", True),
     ("强化“首位战略”设计", False), ("十年来", False)],
)  # fmt: skip
def test_a_heading_that_numbers_itself(heading: str, numbered: bool) -> None:
    assert numbers_itself(heading) == numbered
