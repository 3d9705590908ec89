"""How fast the show's grid of slides (G) opens on a long briefing, now that its tiles are
pictures: the bundled briefing with its sections repeated 64 times.

One process, the offscreen platform with one 1920×1080 screen, a real show of real slides:

- open: from G to the grid painted, its tiles drawn (pictures still to come as placeholders);
- pictures: from G until every tile on screen holds its picture (made a few per turn of the
  event loop, so the grid answers keys meanwhile), and how many were made;
- a key in the open grid (→, the choice moved and painted), median and worst.

Run with ``make bench`` or by itself. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_office import repeated  # bench/bench_office.py, beside this script
from bench_show import SCREEN, switch_timings

TIMES = 64


def main() -> None:
    config = Path(tempfile.gettempdir()) / "briefing-bench-grid-screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QKeyEvent

    from briefing.app import application
    from briefing.model import load_dataset
    from briefing.model.slides import build_slides
    from briefing.resources import bundled_dataset
    from briefing.show.show_window import ShowWindow
    from briefing.theme import THEMES, Appearance
    from briefing.views.slides import SlideView

    app = application()
    dataset = repeated(load_dataset(bundled_dataset()), TIMES)
    slides = build_slides(dataset.briefing)
    appearance = Appearance(theme=THEMES["projector"])
    show = ShowWindow(
        slides, lambda index: SlideView(slides[index], dataset, appearance), appearance
    )
    show.place_on(app.primaryScreen())
    app.processEvents()

    def key(code: Qt.Key, target: object) -> None:
        event = QKeyEvent(QKeyEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(target, event)  # type: ignore[arg-type]

    start = time.perf_counter()
    key(Qt.Key.Key_G, show)
    show.grid.repaint()
    opened = (time.perf_counter() - start) * 1000
    sheet = show.grid.sheet
    seen = sheet.visibleRegion().boundingRect()
    on_screen = [i for i in range(len(slides)) if sheet.tile_rect(i).intersects(seen)]
    while any(sheet.picture(i) is None for i in on_screen):
        app.processEvents()
    pictured = (time.perf_counter() - start) * 1000
    made = sheet.renders
    keys = switch_timings(show.grid, lambda: key(Qt.Key.Key_Right, show.grid), 60)
    show.end()

    print(f"slides: {len(slides)} (the bundled briefing ×{TIMES}), one 1920×1080 screen")
    print(f"G to the grid painted                    {opened:7.1f} ms")
    print(f"G to every tile on screen pictured       {pictured:7.1f} ms  ({made} pictures made)")
    print(f"a key in the grid: median {statistics.median(keys):6.2f} ms, worst {max(keys):6.2f} ms")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
