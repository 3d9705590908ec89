"""The presenter's tools in the show, with real keys and mouse on real slides: the laser pointer,
the pen and its ink, the zoom, and the black end slide."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.model.slides import Slide, build_slides
from briefing.resources import bundled_dataset
from briefing.show.show_window import ShowWindow
from briefing.show.tools import Tool
from briefing.theme import STAGE, THEMES, Appearance

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


@pytest.fixture(scope="module")
def slides(dataset: Dataset) -> list[Slide]:
    return build_slides(dataset.briefing)


@pytest.fixture
def show(qtbot: QtBot, slides: list[Slide], dataset: Dataset) -> Iterator[ShowWindow]:
    """A full-screen show of the bundled briefing's real slides on the projector screen."""
    from briefing.views.slides import SlideView

    appearance = Appearance(theme=THEMES["projector"])
    window = ShowWindow(slides, lambda i: SlideView(slides[i], dataset, appearance), appearance)
    window.place_on(QGuiApplication.screens()[1])
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.stack.currentWidget().size() == window.size())
    yield window
    window.end()
    window.deleteLater()


def chart_slide(show: ShowWindow) -> int:
    return next(i for i, slide in enumerate(show.slides) if slide.kind == "chart")


def pixel(show: ShowWindow, point: QPoint) -> QColor:
    return show.grab().toImage().pixelColor(point)


def is_colour(found: QColor, wanted: str, tolerance: int = 40) -> bool:
    target = QColor(wanted)
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(
            (found.red(), found.green(), found.blue()),
            (target.red(), target.green(), target.blue()),
            strict=True,
        )
    )


class PaintCounter(QObject):
    """Counts the paints of a widget and of every widget inside it."""

    def __init__(self, root: QWidget) -> None:
        super().__init__()
        self.count = 0
        self.widgets = [root, *root.findChildren(QWidget)]
        for widget in self.widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def remove(self) -> None:
        for widget in self.widgets:
            widget.removeEventFilter(self)


# -- the laser pointer ----------------------------------------------------------------------


def test_l_shows_a_red_dot_that_follows_the_mouse_with_the_cursor_hidden(
    show: ShowWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(show, K.Key_L)
    assert show.tools.tool == Tool.POINTER
    assert show.tools.isVisible()
    first, second = QPoint(400, 300), QPoint(1200, 700)
    qtbot.mouseMove(show.tools, first)
    assert show.tools.dot == QPointF(first)
    assert show.childAt(first) is show.tools, "the layer takes the mouse"
    assert show.tools.cursor().shape() == Qt.CursorShape.BlankCursor, "the cursor is hidden"
    assert is_colour(pixel(show, first), STAGE.laser)
    qtbot.mouseMove(show.tools, second)
    image = show.grab().toImage()
    assert is_colour(image.pixelColor(second), STAGE.laser), "the dot moved with the mouse"
    assert not is_colour(image.pixelColor(first), STAGE.laser), "and left nothing behind"
    qtbot.keyClick(show, K.Key_L)
    assert show.tools.tool == Tool.ARROW
    assert not show.tools.isVisible()
    assert not is_colour(pixel(show, second), STAGE.laser)


def test_ctrl_l_toggles_the_pointer_too_and_a_click_still_moves_on(
    show: ShowWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(show, K.Key_L, CTRL)
    assert show.tools.tool == Tool.POINTER
    qtbot.mouseClick(show.tools, LEFT, pos=QPoint(500, 500))
    assert show.index == 1, "with the pointer on, a click still moves on"
    assert show.tools.tool == Tool.POINTER, "and the pointer stays on"
    qtbot.keyClick(show, K.Key_L, CTRL)
    assert show.tools.tool == Tool.ARROW


def test_the_pointer_moves_without_repainting_the_slide(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(chart_slide(show))
    qtbot.waitUntil(lambda: show.stack.currentWidget().size() == show.size())
    qtbot.keyClick(show, K.Key_L)
    qtbot.mouseMove(show.tools, QPoint(100, 100))
    qtbot.wait(1)
    slide = PaintCounter(show.stack.currentWidget())
    layer = PaintCounter(show.tools)
    for step in range(20):
        qtbot.mouseMove(show.tools, QPoint(120 + step * 40, 200 + step * 20))
        qtbot.wait(1)
    slide.remove()
    layer.remove()
    assert layer.count > 0, "the dot was painted"
    assert slide.count == 0, "the slide itself was never painted again"


# -- the pen -------------------------------------------------------------------------------


def draw(show: ShowWindow, qtbot: QtBot, points: list[QPoint]) -> None:
    qtbot.mousePress(show.tools, LEFT, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(show.tools, point)
    qtbot.mouseRelease(show.tools, LEFT, pos=points[-1])


def test_the_pen_draws_ink_kept_per_slide_and_e_erases_it(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(2)
    qtbot.keyClick(show, K.Key_P, CTRL)
    assert show.tools.tool == Tool.PEN
    assert show.tools.cursor().shape() == Qt.CursorShape.CrossCursor
    line = [QPoint(300, 500), QPoint(600, 500), QPoint(900, 500)]
    draw(show, qtbot, line)
    assert show.index == 2, "a stroke with the pen does not move on"
    strokes = show.tools.ink.on(2)
    assert len(strokes) == 1
    assert len(strokes[0]) == 3
    assert is_colour(pixel(show, QPoint(450, 500)), STAGE.ink), "the ink is on screen"

    qtbot.keyClick(show, K.Key_Right)
    assert show.index == 3
    assert show.tools.ink.on(3) == []
    assert not is_colour(pixel(show, QPoint(450, 500)), STAGE.ink), "the next slide has none"
    qtbot.keyClick(show, K.Key_A, CTRL)
    assert show.tools.tool == Tool.ARROW
    qtbot.keyClick(show, K.Key_Left)
    assert show.tools.isVisible(), "going back shows the ink again, with the arrow"
    assert is_colour(pixel(show, QPoint(450, 500)), STAGE.ink)

    qtbot.keyClick(show, K.Key_E)
    assert show.tools.ink.on(2) == []
    assert not show.tools.isVisible()
    assert not is_colour(pixel(show, QPoint(450, 500)), STAGE.ink), "E erased it"
    qtbot.mouseClick(show, LEFT, pos=QPoint(500, 500))
    assert show.index == 3, "with the arrow, a click moves on again"


def test_the_pen_keys_belong_to_the_show_not_to_an_application_shortcut(
    show: ShowWindow, qtbot: QtBot
) -> None:
    elsewhere = QWidget()
    printing = QAction(elsewhere)
    printing.setShortcut(QKeySequence("Ctrl+P"))
    printing.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    elsewhere.addAction(printing)
    elsewhere.show()  # another window of the app, like the main window under the show
    qtbot.waitExposed(elsewhere)
    fired: list[bool] = []
    printing.triggered.connect(lambda: fired.append(True))
    show.activateWindow()
    qtbot.waitUntil(show.isActiveWindow)
    # Through the window, as the system sends it: that is where Qt tries shortcuts first.
    QTest.keyClick(show.windowHandle(), K.Key_P, CTRL)
    assert show.tools.tool == Tool.PEN
    assert fired == [], "Ctrl+P is the show's pen, not a print shortcut"
    assert show.index == 0, "nor P (previous)"
    elsewhere.deleteLater()


def test_escape_puts_the_pen_away_before_it_ends_the_show(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_P, CTRL)
    with qtbot.assertNotEmitted(show.finished):
        qtbot.keyClick(show, K.Key_Escape)
    assert show.tools.tool == Tool.ARROW
    assert show.isVisible()


# -- the zoom ------------------------------------------------------------------------------


def sharp_edges(image: QImage) -> int:
    """How many neighbouring pixels, across and down, differ by more than a third of the grey
    scale: a hard edge blown up 3× spreads over three pixels and falls under that."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, line = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())
    rows = [data[y * line : y * line + width] for y in range(height)]
    pairs = [(a, b) for row in rows[::2] for a, b in itertools.pairwise(row)]
    pairs += [
        (a, b)
        for top, bottom in itertools.pairwise(rows)
        for a, b in zip(top[::2], bottom[::2], strict=True)
    ]
    return sum(1 for a, b in pairs if abs(a - b) > 85)


def test_z_zooms_twice_then_three_times_into_the_mouse_and_esc_goes_back(
    show: ShowWindow, qtbot: QtBot
) -> None:
    index = chart_slide(show)
    show.go(index)
    qtbot.waitUntil(lambda: show.stack.currentWidget().size() == show.size())
    under = QPoint(800, 600)
    qtbot.mouseMove(show, under)
    qtbot.keyClick(show, K.Key_Z)
    zoom = show.tools.zoom
    assert zoom.factor == 2
    assert show.tools.isVisible()
    assert zoom.to_slide(QPointF(under)) == QPointF(under), "the point under the mouse stays"
    assert zoom.region().contains(QPointF(under))
    assert zoom.region().width() == show.width() / 2
    qtbot.keyClick(show, K.Key_Plus)
    assert zoom.factor == 3
    qtbot.keyClick(show, K.Key_Equal)
    assert zoom.factor == 3, "3× is the most"
    qtbot.keyClick(show, K.Key_Minus)
    assert zoom.factor == 2

    origin = QPointF(zoom.origin)
    qtbot.keyClick(show, K.Key_Right)
    assert show.index == index, "zoomed, an arrow pans rather than changing slides"
    assert zoom.origin.x() > origin.x()
    qtbot.keyClick(show, K.Key_Up)
    assert zoom.origin.y() < origin.y()

    with qtbot.assertNotEmitted(show.finished):
        qtbot.keyClick(show, K.Key_Escape)
    assert zoom.factor == 1
    assert not show.tools.isVisible()
    qtbot.keyClick(show, K.Key_Z)
    qtbot.keyClick(show, K.Key_0)
    assert zoom.factor == 1, "0 goes back to the whole slide too"
    qtbot.keyClick(show, K.Key_Right)
    assert show.index == index + 1, "not zoomed, the arrows change slides again"


def test_the_zoomed_slide_is_drawn_again_sharp_not_blown_up(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(chart_slide(show))
    qtbot.waitUntil(lambda: show.stack.currentWidget().size() == show.size())
    whole = show.grab().toImage()
    qtbot.mouseMove(show, QPoint(692, 730))  # the label 2.96亿元
    for _ in range(2):
        qtbot.keyClick(show, K.Key_Z)
    assert show.tools.zoom.factor == 3
    zoomed = show.grab().toImage()
    region = show.tools.zoom.region().toRect()
    blown_up = whole.copy(region).scaled(
        show.size(),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    assert sharp_edges(zoomed) > max(100, 2 * sharp_edges(blown_up))


def test_ink_drawn_while_zoomed_lands_on_the_slide_where_it_was_drawn(
    show: ShowWindow, qtbot: QtBot
) -> None:
    qtbot.mouseMove(show, QPoint(960, 540))
    qtbot.keyClick(show, K.Key_Z)
    assert show.tools.zoom.factor == 2
    qtbot.keyClick(show, K.Key_P, CTRL)
    draw(show, qtbot, [QPoint(900, 540), QPoint(1020, 540)])
    assert is_colour(pixel(show, QPoint(960, 540)), STAGE.ink)
    qtbot.keyClick(show, K.Key_0)
    assert show.tools.zoom.factor == 1
    # At 1× the stroke is half as long, around the point that was under the mouse.
    image = show.grab().toImage()
    assert is_colour(image.pixelColor(QPoint(960, 540)), STAGE.ink)
    assert is_colour(image.pixelColor(QPoint(935, 540)), STAGE.ink)
    assert not is_colour(image.pixelColor(QPoint(1010, 540)), STAGE.ink)


def test_changing_slides_ends_the_zoom(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_Z)
    assert show.tools.zoom.factor == 2
    qtbot.keyClick(show, K.Key_PageDown)
    assert show.index == 1
    assert show.tools.zoom.factor == 1


# -- the end slide -------------------------------------------------------------------------


def test_after_the_last_slide_a_black_end_slide_then_any_key_ends(
    show: ShowWindow, qtbot: QtBot
) -> None:
    last = len(show.slides) - 1
    qtbot.keyClick(show, K.Key_End)
    with qtbot.assertNotEmitted(show.finished):
        qtbot.keyClick(show, K.Key_Right)
    assert show.end_slide.isVisible()
    assert show.end_slide.label.text() == "放映结束，单击鼠标或按任意键退出"
    assert is_colour(pixel(show, QPoint(960, 700)), STAGE.black, tolerance=5)
    assert not show.hud.isVisible() or show.childAt(QPoint(1900, 1070)) is not show.hud
    qtbot.keyClick(show, K.Key_PageUp)
    assert not show.end_slide.isVisible(), "previous goes back to the last slide"
    assert show.index == last
    qtbot.keyClick(show, K.Key_Space)
    assert show.end_slide.isVisible()
    with qtbot.assertNotEmitted(show.finished):
        qtbot.keyClick(show, K.Key_Shift)
    with qtbot.waitSignal(show.finished) as ended:
        qtbot.keyClick(show, K.Key_X)
    assert ended.args == [last]
    assert not show.isVisible()


def test_a_click_on_the_end_slide_ends_the_show(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(len(show.slides) - 1)
    qtbot.mouseClick(show, LEFT, pos=QPoint(500, 500))
    assert show.end_slide.isVisible()
    with qtbot.waitSignal(show.finished):
        qtbot.mouseClick(show.end_slide, LEFT, pos=QPoint(500, 500))


def test_the_key_list_names_the_tools(show: ShowWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(show, K.Key_F1)
    texts = " ".join(label.text() for label in show.help.findChildren(QLabel))
    for words in ("激光笔", "画笔", "Ctrl+P", "Ctrl+A", "Ctrl+L", "擦除", "放大", "Esc 0 -"):
        assert words in texts, words


def test_e_while_the_pen_is_still_down_ends_the_stroke(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(2)
    qtbot.keyClick(show, K.Key_P, CTRL)
    qtbot.mousePress(show.tools, LEFT, pos=QPoint(300, 500))
    qtbot.mouseMove(show.tools, QPoint(400, 500))
    qtbot.keyClick(show, K.Key_E)  # the button still held
    assert show.tools.ink.on(2) == []
    qtbot.mouseMove(show.tools, QPoint(500, 500))  # raised IndexError, one error box a move
    qtbot.mouseRelease(show.tools, LEFT, pos=QPoint(500, 500))
    assert show.tools.ink.on(2) == []
    draw(show, qtbot, [QPoint(300, 600), QPoint(600, 600)])
    assert len(show.tools.ink.on(2)) == 1, "the pen draws again"


def test_a_slide_number_with_a_zero_is_typed_while_zoomed(show: ShowWindow, qtbot: QtBot) -> None:
    show.go(chart_slide(show))
    qtbot.mouseMove(show, QPoint(800, 600))
    qtbot.keyClick(show, K.Key_Z)
    assert show.tools.zoom.zoomed
    qtbot.keyClicks(show, "10")
    qtbot.keyClick(show, K.Key_Return)
    assert show.index == 9, "1, 0, Enter: slide 10, not a zoom reset and the next slide"


def test_t_on_a_zoomed_chart_slide_shows_the_table_in_the_zoomed_picture(
    show: ShowWindow, qtbot: QtBot
) -> None:
    show.go(chart_slide(show))
    qtbot.waitUntil(lambda: show.stack.currentWidget().size() == show.size())
    qtbot.keyClick(show, K.Key_L)  # the pointer: the layer shows a picture of the slide
    before = show.tools.background
    qtbot.keyClick(show, K.Key_T)
    assert show.tools.background is not before, "the slide's picture is taken again"
