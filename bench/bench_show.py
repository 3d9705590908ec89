"""How fast the show answers: starting it, and a key press to the next slide painted.

One process, the offscreen platform with one 1920×1080 screen. The baseline, measured in the same
run, is a bare full-screen QStackedWidget of plain labels switched and painted the same way.

- start: from F5 (``MainWindow.present``) to the first slide painted;
- key to slide: a Right key sent to the show, then the window painted synchronously, for every
  slide of a full run through the show (after the slides have been built ahead);
- the laser pointer and the pen: one mouse move on a chart slide, then the window's pending
  paint (the dirty rectangle only), taking turns with a full repaint of the slide's widgets
  (``grab``) as the baseline; and how many times the slide's widgets were painted by those moves.

Run with ``make bench``. Prints medians and worst cases; asserts nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def switch_timings(widget: object, step: object, count: int) -> list[float]:
    """Milliseconds for ``step()`` and a synchronous repaint of ``widget``, ``count`` times."""
    timings = []
    for _ in range(count):
        start = time.perf_counter()
        step()  # type: ignore[operator]
        widget.repaint()  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - start) * 1000)
    return timings


SCREEN = {"name": "Projector", "x": 0, "y": 0, "width": 1920, "height": 1080,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def main() -> None:
    config = Path(tempfile.gettempdir()) / "briefing-bench-screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtWidgets import QLabel, QStackedWidget

    from briefing.app import application

    app = application()
    bare = QStackedWidget()
    for number in range(30):
        bare.addWidget(QLabel(f"第 {number + 1} 张"))
    bare.showFullScreen()
    app.processEvents()
    baseline = switch_timings(
        bare, lambda: bare.setCurrentIndex((bare.currentIndex() + 1) % bare.count()), 60
    )
    bare.close()

    run_show(app, baseline)


def run_show(app: object, baseline: list[float]) -> None:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QKeyEvent

    from briefing.model import load_dataset
    from briefing.resources import bundled_dataset
    from briefing.settings import Settings
    from briefing.theme import Appearance, ThemeController
    from briefing.viewer.main_window import MainWindow

    theme = ThemeController(app, Appearance())  # type: ignore[arg-type]
    theme.apply()
    settings_file = Path(tempfile.gettempdir()) / "briefing-bench-show.ini"
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    window = MainWindow(theme, settings, load_dataset(bundled_dataset()))
    window.resize(1280, 720)
    window.show()
    window.load_charts()
    while not window.charts_loaded():
        app.processEvents()  # type: ignore[attr-defined]

    start = time.perf_counter()
    window.present(from_section=False)
    presentation = window.presentation
    assert presentation is not None
    show = presentation.show
    show.repaint()
    started = (time.perf_counter() - start) * 1000
    while not show.all_built():
        app.processEvents()  # type: ignore[attr-defined]

    def next_slide() -> None:
        event = QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(show, event)

    keys = switch_timings(show, next_slide, len(presentation.slides) - 1)
    tools = run_tools(app, show)
    show.end()

    print(f"slides: {len(presentation.slides)}, one 1920×1080 screen, offscreen platform")
    print(f"start the show (F5 to first slide painted)   {started:7.1f} ms  (goal < 300 ms)")
    print(
        f"key to next slide painted: median {statistics.median(keys):6.2f} ms, "
        f"worst {max(keys):6.2f} ms  (goal < 16 ms median, < 50 ms worst)"
    )
    print(
        f"baseline, bare stacked labels:  median {statistics.median(baseline):6.2f} ms, "
        f"worst {max(baseline):6.2f} ms"
    )
    for line in tools:
        print(line)
    sys.stdout.flush()


def run_tools(app: object, show: object) -> list[str]:
    """The laser pointer and the pen on a chart slide: one mouse move and the window painted
    (the dirty rectangle only), against a full repaint of the slide's widgets, taking turns."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QWidget

    from briefing.show.tools import Tool
    from timing import medians_in_turn  # bench/timing.py, beside this script

    chart = next(i for i, slide in enumerate(show.slides) if slide.kind == "chart")  # type: ignore[attr-defined]
    show.go(chart)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    layer = show.tools  # type: ignore[attr-defined]
    view = show.stack.currentWidget()  # type: ignore[attr-defined]
    steps = iter(range(10**9))

    class Paints(QObject):
        """Paints of the slide's widgets while a mouse move is handled."""

        count = 0
        counting = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and Paints.counting:
                Paints.count += 1
            return False

    paints = Paints()
    for widget in [view, *view.findChildren(QWidget)]:
        widget.installEventFilter(paints)

    def move(buttons: Qt.MouseButton) -> float:
        step = next(steps)
        point = QPointF(200 + (step * 7) % 1500, 200 + (step * 3) % 700)
        event = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            show.mapToGlobal(point.toPoint()),  # type: ignore[attr-defined]
            Qt.MouseButton.NoButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        Paints.counting = True
        start = time.perf_counter()
        QCoreApplication.sendEvent(layer, event)
        app.processEvents()  # type: ignore[attr-defined]  # the dirty rectangle painted
        taken = (time.perf_counter() - start) * 1000
        Paints.counting = False
        return taken

    def full_repaint() -> float:
        start = time.perf_counter()
        view.grab()
        return (time.perf_counter() - start) * 1000

    layer.set_tool(Tool.POINTER)
    app.processEvents()  # type: ignore[attr-defined]
    pointer = medians_in_turn(
        {"pointer": lambda: move(Qt.MouseButton.NoButton), "slide": full_repaint}, 200
    )
    layer.set_tool(Tool.PEN)
    layer.mousePressEvent(
        QMouseEvent(
            QEvent.Type.MouseButtonPress,
            QPointF(200, 200),
            show.mapToGlobal(QPoint(200, 200)),  # type: ignore[attr-defined]
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    pen = medians_in_turn(
        {"pen": lambda: move(Qt.MouseButton.LeftButton), "slide": full_repaint}, 200
    )
    layer.set_tool(Tool.ARROW)
    return [
        "laser pointer, one mouse move painted:  "
        f"median {pointer['pointer']:6.2f} ms  (full slide repaint {pointer['slide']:6.2f} ms)",
        "pen, one mouse move of a stroke painted: "
        f"median {pen['pen']:6.2f} ms  (full slide repaint {pen['slide']:6.2f} ms)",
        f"slide widgets painted by 400 pointer and pen moves: {Paints.count}",
    ]


if __name__ == "__main__":
    main()
