"""What the audience sees of one slide: large type at any projector size, the printed figures,
pictures or their placeholder, theme colours, and nothing clipped."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontInfo, QMouseEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.model.formatting import chinese_ordinal, source_line
from briefing.model.slides import Slide, build_slides
from briefing.resources import bundled_dataset
from briefing.theme import THEMES, Appearance
from briefing.views.slides import (
    CardsSlide,
    ChartSlide,
    ClosingSlide,
    PictureSlide,
    SectionSlide,
    SlideView,
    TitleSlide,
    slide_view,
)

PROJECTOR = Appearance(theme=THEMES["projector"])
SIZES = [(1920, 1080), (1280, 720), (3840, 2160)]


@cache
def bundled() -> Dataset:
    return load_dataset(bundled_dataset())


def slides(kind: str | None = None) -> list[Slide]:
    every = build_slides(bundled().briefing)
    return [s for s in every if kind is None or s.kind == kind]


def shown(
    qtbot: QtBot,
    slide: Slide,
    size: tuple[int, int] = (1920, 1080),
    dataset: Dataset | None = None,
    appearance: Appearance = PROJECTOR,
) -> SlideView:
    view = slide_view(slide, dataset or bundled(), appearance)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def clipped(view: SlideView) -> list[str]:
    """Every child outside the slide, and every label smaller than its text needs."""
    problems = []
    bounds = view.rect()
    for child in view.findChildren(QWidget):
        if not child.isVisibleTo(view):
            continue
        place = QRect(child.mapTo(view, QPoint(0, 0)), child.size())
        if not bounds.contains(place):
            problems.append(f"{type(child).__name__} {place} outside {bounds}")
    for label in view.findChildren(QLabel):
        if not label.isVisibleTo(view) or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if label.height() < needed:
                problems.append(f"{label.text()!r}: {label.height()} px high, needs {needed}")
        else:
            hint = label.sizeHint()
            if label.width() < hint.width() or label.height() < hint.height():
                problems.append(f"{label.text()!r}: {label.size()} smaller than {hint}")
    return problems


def fits(qtbot: QtBot, view: SlideView) -> None:
    """Wait for the chart's own layout to settle, then fail with what is clipped."""

    def no_clipping() -> None:
        assert not clipped(view), f"{view.slide.label}: {clipped(view)}"

    qtbot.waitUntil(no_clipping, timeout=3000)


def label_with(view: SlideView, text: str) -> QLabel:
    return next(label for label in view.findChildren(QLabel) if label.text() == text)


def pixel(view: SlideView, x: int, y: int) -> QColor:
    return view.grab().toImage().pixelColor(x, y)


def cards(*figure_ids: str) -> Slide:
    return Slide("cards", "强化“首位战略”设计", 0, figures=figure_ids)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_slide_fits_at_every_projector_size(qtbot: QtBot, size: tuple[int, int]) -> None:
    for slide in slides():
        view = shown(qtbot, slide, size)
        assert (view.width(), view.height()) == size
        fits(qtbot, view)
        if slide.kind == "image":
            picture = view.picture_rect()
            assert view.rect().toRectF().contains(picture)
            caption = label_with(view, slide.title)
            assert picture.bottom() <= caption.geometry().top()
        view.close()


def test_type_is_large_enough_for_the_back_of_the_room_at_1080p(qtbot: QtBot) -> None:
    for slide in slides():
        if slide.kind == "chart":
            continue  # charts: see test_chart_fills_the_slide_with_type_sized_to_it
        view = shown(qtbot, slide)
        if slide.kind == "cards":
            assert view.value_pixel_size() >= 72, slide.label
        else:
            assert view.value_pixel_size() == 0
        assert view.body_pixel_size() >= 28, slide.label
        for label in view.findChildren(QLabel):
            assert QFontInfo(label.font()).pixelSize() >= 28, label.text()
        view.close()


def test_type_scales_with_the_slide(qtbot: QtBot) -> None:
    slide = slides("cards")[0]
    small = shown(qtbot, slide, (1280, 720))
    large = shown(qtbot, slide, (3840, 2160))
    assert large.value_pixel_size() == pytest.approx(3 * small.value_pixel_size(), abs=3)
    assert large.body_pixel_size() == pytest.approx(3 * small.body_pixel_size(), abs=3)
    # A resize restyles in place.
    large.resize(1280, 720)
    assert large.value_pixel_size() == small.value_pixel_size()


def test_cards_show_the_printed_values_changes_and_derived_marks(qtbot: QtBot) -> None:
    view = shown(qtbot, cards("s1-talent-fund", "s1-talent-fund-2023", "s2-high-tech-firms"))
    texts = view.texts()
    joined = "".join(texts)
    assert "人才专项资金投入2.96亿元↑196%较上年" in joined
    assert "约1.00亿元" in joined  # an approximate derived figure says so
    assert "突破330家" in joined  # the qualifier as printed
    assert texts.count("推算") == 1  # only the derived figure is marked
    assert view.value_pixel_size() >= 72
    fits(qtbot, view)


def test_a_rank_shows_its_change_in_words(qtbot: QtBot) -> None:
    view = shown(qtbot, cards("s2-prefecture-innovation-rank", "s1-talent-recruited"))
    joined = "".join(view.texts())
    assert "第33位↑提升10位较上年" in joined
    assert "3590人↑翻了一番" in joined


@pytest.mark.parametrize(("count", "columns"), [(1, 1), (2, 2), (3, 3), (4, 2)])
def test_cards_stand_in_a_grid(qtbot: QtBot, count: int, columns: int) -> None:
    figure_ids = ("s1-talent-fund", "s1-tech-fund", "s1-talent-recruited", "s1-academicians")
    view = shown(qtbot, cards(*figure_ids[:count]), (1280, 720))
    numbers = [label_with(view, n) for n in ("2.96", "12.32", "3590", "5")[:count]]
    assert len({n.x() for n in numbers}) == columns
    assert len({n.y() for n in numbers}) == -(-count // columns)
    fits(qtbot, view)


def test_changes_follow_the_colour_convention_and_say_it_in_words(qtbot: QtBot) -> None:
    view = shown(qtbot, cards("s1-talent-fund"))
    change = label_with(view, "↑196%")  # arrow and words, not colour alone
    colour = change.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QColor(THEMES["projector"].red)
    view.apply_appearance(Appearance(theme=THEMES["projector"], convention="green-up"))
    colour = change.palette().color(QPalette.ColorRole.WindowText)
    assert colour == QColor(THEMES["projector"].green)


def test_the_application_style_sheet_does_not_restyle_a_slide(qtbot: QtBot, theme: Any) -> None:
    assert theme.appearance.theme.name == "light"  # its sheet colours and sizes every QLabel
    view = shown(qtbot, cards("s1-talent-fund"))
    number = label_with(view, "2.96")
    assert number.palette().color(QPalette.ColorRole.WindowText) == QColor(
        THEMES["projector"].accent
    )
    assert QFontInfo(number.font()).pixelSize() == view.value_pixel_size()
    fits(qtbot, view)


def test_apply_appearance_changes_the_background(qtbot: QtBot) -> None:
    view = shown(qtbot, slides("section")[0])
    assert pixel(view, 4, 4) == QColor(THEMES["projector"].window)
    view.apply_appearance(Appearance(theme=THEMES["dark"]))
    assert pixel(view, 4, 4) == QColor(THEMES["dark"].window)
    heading = label_with(view, "强化“首位战略”设计\n破解人才困局")
    assert heading.palette().color(QPalette.ColorRole.WindowText) == QColor(THEMES["dark"].text)


def test_title_slide_shows_title_series_line_and_byline(qtbot: QtBot) -> None:
    briefing = bundled().briefing
    view = shown(qtbot, slides("title")[0])
    assert view.texts() == [
        briefing.title,
        "——鄂尔多斯市2024年发展成就“亮一亮”系列报道之三",
        "文/张晓艳 图/刘博仑",
    ]


def test_closing_slide_shows_title_source_and_thanks(qtbot: QtBot) -> None:
    briefing = bundled().briefing
    view = shown(qtbot, slides("closing")[0])
    texts = view.texts()
    assert "谢谢" in texts
    assert briefing.title in texts
    # The one source line of every export and slide; the byline may go to a line of its own,
    # never split.
    assert (
        texts[-1].replace("\n", "")
        == source_line(briefing)
        == (
            "数据来源：《聚才集智“亮”出新段位——鄂尔多斯市2024年发展成就“亮一亮”系列报道之三》"
            "，文/张晓艳 图/刘博仑"
        )
    )
    assert texts[-1].splitlines()[-1].endswith(briefing.publisher_line)


def test_section_slide_shows_number_heading_and_summary(qtbot: QtBot) -> None:
    view = shown(qtbot, slides("section")[1])
    assert view.texts() == [
        "第二部分",
        "耦合“首抓成果”链条\n打开科创格局",
        "科技创新排名跃升，飞地、平台和产教融合聚起科创力量。",
    ]
    assert [chinese_ordinal(n) for n in (1, 3, 10, 12, 20, 35, 50)] == [
        "一", "三", "十", "十二", "二十", "三十五", "五十",
    ]  # fmt: skip


def test_image_slide_fits_the_picture_with_caption_credit_and_mark(qtbot: QtBot) -> None:
    slide = slides("image")[0]
    view = shown(qtbot, slide)
    texts = view.texts()
    assert "鄂尔多斯新能源研究院正在进行实验教学。" in texts
    assert "示意图，原照片 图/刘博仑" in texts
    assert label_with(view, "示意图").isVisible()  # the drawing is marked as one
    picture = view.picture_rect()
    assert picture.width() / picture.height() == pytest.approx(1.5, abs=0.01)  # not distorted
    assert picture.height() >= 0.6 * view.height()  # as large as the caption leaves room for
    assert view.placeholder_text() == ""


@pytest.mark.parametrize(
    ("damage", "reason"),
    [("delete", "文件不存在"), ("garble", "")],
    ids=["missing", "damaged"],
)
def test_a_picture_that_cannot_be_shown_leaves_a_placeholder(
    qtbot: QtBot, dataset_dir: Path, damage: str, reason: str
) -> None:
    dataset = load_dataset(dataset_dir)
    target = dataset_dir / "images" / "lead-1-lab-teaching.svg"
    if damage == "delete":
        target.unlink()
    else:
        target.write_bytes(b"<svg this is not")
    view = shown(qtbot, slides("image")[0], (1280, 720), dataset=dataset)
    placeholder = view.placeholder_text()
    assert "lead-1-lab-teaching.svg" in placeholder
    assert reason in placeholder
    assert placeholder in view.texts()
    assert "鄂尔多斯新能源研究院正在进行实验教学。" in view.texts()  # the caption stays
    assert "示意图" not in view.texts()  # no mark on a picture that is not there
    assert view.picture_rect().isEmpty()
    fits(qtbot, view)


def with_title(dataset_dir: Path, data: dict[str, Any], title: str) -> None:
    """Give the briefing another title (a title must be words of the article: add them)."""
    data["title"] = title
    article = dataset_dir / "article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n" + title, encoding="utf-8")


def test_dataset_text_is_shown_literally(
    qtbot: QtBot, dataset_dir: Path, edit_dataset: Any
) -> None:
    def mark_up(data: dict[str, Any]) -> None:
        with_title(dataset_dir, data, "<b>x</b>标题")
        data["publisher_line"] = "文/<i>张晓艳</i>"
        data["sections"][0]["summary"] = "<b>x</b>摘要"
        data["sections"][0]["figures"][2]["label"] = "<b>x</b><img src='a.png'>"

    dataset = load_dataset(edit_dataset(mark_up))
    title = dataset.briefing.title
    for slide in (
        Slide("title", title),
        slides("section")[0],
        cards("s1-talent-fund"),
        Slide("closing", title),
    ):
        view = shown(qtbot, slide, dataset=dataset)
        assert any("<b>x</b>" in text for text in view.texts())
        for label in view.findChildren(QLabel):
            assert label.textFormat() == Qt.TextFormat.PlainText
        fits(qtbot, view)


def test_long_dataset_text_shrinks_to_fit_rather_than_clip(
    qtbot: QtBot, dataset_dir: Path, edit_dataset: Any
) -> None:
    def lengthen(data: dict[str, Any]) -> None:
        with_title(dataset_dir, data, "聚才集智“亮”出新段位" * 12)
        data["sections"][0]["summary"] = "真金白银投入人才和科技，一年引进人才数量翻了一番。" * 7
        data["sections"][0]["figures"][2]["label"] = "人才专项资金投入" * 12

    dataset = load_dataset(edit_dataset(lengthen))
    title = dataset.briefing.title
    for slide in (Slide("title", title), slides("section")[0], cards("s1-talent-fund")):
        for size in ((1280, 720), (1920, 1080)):
            view = shown(qtbot, slide, size, dataset=dataset)
            fits(qtbot, view)
            view.close()


def test_chart_fills_the_slide_with_type_sized_to_it(qtbot: QtBot) -> None:
    slide = next(s for s in slides("chart") if s.chart == "s2-enclave-results")
    view = shown(qtbot, slide)
    panel = view.chart_panel()
    assert panel is not None
    assert panel.width() * panel.height() >= 0.7 * view.width() * view.height()
    assert view.body_pixel_size() >= 28
    assert "2024年4家人才飞地入驻和注册的企业" in view.texts()
    assert "56家" in view.texts()  # the printed figure on its bar
    fits(qtbot, view)
    view.apply_appearance(Appearance(theme=THEMES["dark"]))  # its type is smaller in points
    assert view.body_pixel_size() >= 28
    fits(qtbot, view)
    view.resize(1280, 720)  # smaller slide, smaller chart type
    assert view.body_pixel_size() < 28
    fits(qtbot, view)


def test_no_child_takes_the_focus_or_the_mouse(qtbot: QtBot) -> None:
    class Show(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.presses = 0

        def mousePressEvent(self, event: QMouseEvent) -> None:
            self.presses += 1

    show = Show()
    qtbot.addWidget(show)
    show.resize(1280, 720)
    chart = next(s for s in slides("chart") if s.chart == "s1-funds")
    for slide in (cards("s1-talent-fund"), chart):
        view = SlideView(slide, bundled(), PROJECTOR, show)
        view.resize(show.size())
        show.show()
        view.show()
        qtbot.waitExposed(show)
        assert view.focusPolicy() == Qt.FocusPolicy.NoFocus
        for child in view.findChildren(QWidget):
            assert child.focusPolicy() == Qt.FocusPolicy.NoFocus, type(child).__name__
        # Every point of the slide is the slide's own to the mouse, and it passes clicks on.
        for x in range(0, view.width(), 40):
            for y in range(0, view.height(), 40):
                assert show.childAt(x, y) is view, (x, y, show.childAt(x, y))
        presses = show.presses
        QTest.mouseClick(view, Qt.MouseButton.LeftButton)
        assert show.presses == presses + 1
        view.deleteLater()


def test_each_kind_of_slide_has_its_own_view_behind_one_interface(qtbot: QtBot) -> None:
    classes = {
        "title": TitleSlide,
        "cards": CardsSlide,
        "section": SectionSlide,
        "chart": ChartSlide,
        "image": PictureSlide,
        "closing": ClosingSlide,
    }
    for slide in slides():
        view = SlideView(slide, bundled(), PROJECTOR)
        qtbot.addWidget(view)
        assert type(view) is classes[slide.kind], slide.label
        assert isinstance(view, SlideView)
        assert (view.chart_panel() is not None) == (slide.kind == "chart")
        if slide.kind != "image":
            assert view.picture_rect().isEmpty()
            assert view.placeholder_text() == ""
        view.deleteLater()


def test_a_subclass_of_slide_view_shows_every_kind(qtbot: QtBot) -> None:
    built: list[str] = []

    class Counted(SlideView):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            built.append(self.slide.kind)

    for kind in ("title", "cards", "chart"):
        view = Counted(slides(kind)[0], bundled(), PROJECTOR)
        qtbot.addWidget(view)
        assert isinstance(view, Counted)
        assert view.texts()
    assert built == ["title", "cards", "chart"]
    with pytest.raises(ValueError, match="TitleSlide"):
        TitleSlide(slides("closing")[0], bundled(), PROJECTOR)


def test_importing_the_slide_view_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys, briefing.views.slides; "
        "sys.exit('pyqtgraph' in sys.modules or 'briefing.views.chart' in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
