"""What the viewer and the show look like, against reference pictures: every tab of the window
and every kind of slide at 1920×1080, Chinese, the light (window) and projector (show) themes,
on a machine without CJK fonts.

A change meant to alter the look regenerates them (and says why in its commit):

    BRIEFING_UPDATE_SCREENS=1 make test   # or: pytest tests/test_screens.py

and the new pictures in tests/screens/ are looked at before they are committed.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from briefing import i18n
from briefing.model import load_dataset
from briefing.model.slides import build_slides
from briefing.resources import bundled_dataset
from briefing.settings import Settings
from briefing.theme import THEMES, Appearance, ThemeController
from briefing.viewer.main_window import MainWindow
from briefing.views.slides import SlideView

SCREENS = Path(__file__).with_name("screens")
UPDATE = os.environ.get("BRIEFING_UPDATE_SCREENS") == "1"
SIZE = (1920, 1080)
# Anti-aliased edges may differ by a level or two between machines' FreeType and CPU paths;
# anything a reader would see (a moved label, another colour, a missing bar) is far more.
CHANNEL_TOLERANCE = 24
PIXEL_SHARE = 0.002


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    rows = data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4]
    # A copy: the array must not outlive the converted image's memory it points into.
    return rows.reshape(image.height(), image.width(), 4).copy()


def compare(name: str, image: QImage, tmp_path: Path) -> None:
    reference = SCREENS / f"{name}.png"
    if UPDATE:
        SCREENS.mkdir(exist_ok=True)
        assert image.save(str(reference))
        return
    assert reference.exists(), f"no reference for {name}: BRIEFING_UPDATE_SCREENS=1"
    expected = QImage(str(reference))
    assert image.size() == expected.size(), name
    difference = np.abs(pixels(image).astype(int) - pixels(expected).astype(int)).max(axis=2)
    changed = float((difference > CHANNEL_TOLERANCE).mean())
    if changed > PIXEL_SHARE:
        image.save(str(tmp_path / f"{name}-now.png"))
        raise AssertionError(
            f"{name}: {changed:.2%} of the pixels differ from {reference}; "
            f"now: {tmp_path / f'{name}-now.png'}"
        )


@pytest.fixture
def chinese(qapp: object) -> None:
    i18n.install("zh")


@pytest.mark.usefixtures("chinese")
def test_every_tab_looks_as_it_did(
    qtbot: QtBot, theme: ThemeController, settings: Settings, tmp_path: Path
) -> None:
    window = MainWindow(theme, settings, load_dataset(bundled_dataset()))
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    for index in range(window.tabs.count()):
        window.set_tab(index)
        qtbot.wait(1)
        compare(f"tab-{index + 1}", window.grab().toImage(), tmp_path)


@pytest.mark.usefixtures("chinese", "theme")
def test_every_kind_of_slide_looks_as_it_did(qtbot: QtBot, tmp_path: Path) -> None:
    # With the application's default theme applied, as in the app: a slide's own style sheet
    # outranks it, but what it leaves to the application must not depend on an earlier test.
    dataset = load_dataset(bundled_dataset())
    slides = build_slides(dataset.briefing)
    first = {}
    for slide in slides:
        first.setdefault(slide.kind, slide)
    assert set(first) == {"title", "cards", "section", "chart", "image", "closing"}
    look = Appearance(theme=THEMES["projector"])
    for kind, slide in first.items():
        view = SlideView(slide, dataset, look)
        qtbot.addWidget(view)
        view.resize(*SIZE)
        view.show()
        qtbot.waitExposed(view)
        qtbot.wait(1)
        compare(f"slide-{kind}", view.grab().toImage(), tmp_path)
        view.close()
