"""Endurance: ten thousand slide changes, a hundred tab switches and a hundred exports in one
process; memory at the end against memory after the first pass (goal: within 10 %).

One process, offscreen, one 1920×1080 screen. Run with ``make bench``; asserts nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import tempfile
import time
from pathlib import Path

SLIDE_CHANGES = int(os.environ.get("BENCH_SLIDES", "10000"))
TAB_SWITCHES = 100
EXPORTS = 100


def rss_mib() -> float:
    """Resident memory now (not the peak), from /proc, after asking the C allocator to give
    back what is free (otherwise freed heap still counts as resident)."""
    with contextlib.suppress(OSError):  # not glibc: measure as it is
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:  # noqa: PLR0915 - one benchmark, read top to bottom
    config = Path(tempfile.gettempdir()) / "briefing-bench-endurance.json"
    screen = {"name": "P", "x": 0, "y": 0, "width": 1920, "height": 1080}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from briefing.app import application
    from briefing.model import load_dataset
    from briefing.render.chart_files import render_chart
    from briefing.render.files import ImageOptions
    from briefing.resources import bundled_dataset
    from briefing.settings import Settings
    from briefing.theme import Appearance, ThemeController
    from briefing.viewer.main_window import MainWindow

    app = application()
    theme = ThemeController(app, Appearance())
    theme.apply()
    settings = Settings(QSettings(str(config.with_suffix(".ini")), QSettings.Format.IniFormat))
    dataset = load_dataset(bundled_dataset())
    window = MainWindow(theme, settings, dataset)
    window.show()
    window.load_charts()
    while not window.charts_loaded():
        app.processEvents()
    charts = [chart for _, block in dataset.briefing.blocks() for chart in block.charts]
    figures = dataset.briefing.figures()

    def one_pass(slides: int, tabs: int, exports: int) -> None:
        window.present(from_section=False)
        presentation = window.presentation
        assert presentation is not None
        show = presentation.show
        while not show.all_built():
            app.processEvents()
        count = len(presentation.slides)
        for step in range(slides):
            show.go(step % count)
            app.processEvents()
        show.end()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        for step in range(tabs):
            window.set_tab(step % window.tabs.count())
            app.processEvents()
        for step in range(exports):
            chart = charts[step % len(charts)]
            render_chart(chart, figures, dataset.briefing, ImageOptions(1280, 720))
            app.processEvents()
        # Outside app.exec() Qt does not delete what deleteLater() queued: do what the
        # running event loop would.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    start = time.perf_counter()
    passes = 10
    one_pass(SLIDE_CHANGES // passes, TAB_SWITCHES // passes, EXPORTS // passes)
    after_first = rss_mib()
    for _ in range(passes - 1):
        one_pass(SLIDE_CHANGES // passes, TAB_SWITCHES // passes, EXPORTS // passes)
    at_end = rss_mib()
    elapsed = time.perf_counter() - start
    growth = (at_end - after_first) / after_first * 100
    print(
        f"{SLIDE_CHANGES} slide changes, {TAB_SWITCHES} tab switches, {EXPORTS} chart exports "
        f"in {passes} passes (a show started and ended each pass), {elapsed:.0f} s"
    )
    print(f"memory after the first pass {after_first:6.0f} MiB")
    print(f"memory at the end           {at_end:6.0f} MiB  ({growth:+.1f} %, goal within 10 %)")


if __name__ == "__main__":
    main()
