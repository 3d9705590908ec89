"""Endurance: ten thousand slide changes, a hundred tab switches and a hundred exports in one
process; memory at the end against memory after the first pass (goal: within 10 %).

Then the same on a briefing 16 times the bundled one (48 sections, 176 charts; generated as
bench/scaled.py does): ten passes, each switching through every tab and exporting 16 of its
charts as PNG and the figures table (``export_all``, in this process), memory after each pass.

One process, offscreen, one 1920×1080 screen. Run with ``make bench``; asserts nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent))

if TYPE_CHECKING:
    from briefing.model import Dataset
    from briefing.viewer.main_window import MainWindow

SLIDE_CHANGES = int(os.environ.get("BENCH_SLIDES", "10000"))
TAB_SWITCHES = 100
EXPORTS = 100
SCALE, SCALE_PASSES, SCALE_CHARTS = 16, 10, 16  # the larger briefing's part


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
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    larger(lambda dataset: MainWindow(theme, settings, dataset))


def larger(make_window: Callable[[Dataset], MainWindow]) -> None:
    """Tab switches and exports on the 16× briefing: memory after each pass."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from briefing.model import load_dataset
    from briefing.render.everything import export_all
    from briefing.render.export_pool import WORKERS_VARIABLE
    from briefing.render.files import ImageOptions
    from scaled import write_scaled  # bench/scaled.py, beside this script

    os.environ[WORKERS_VARIABLE] = "0"  # the exports' memory is this process's
    app = QApplication.instance()
    assert app is not None
    scratch = Path(tempfile.mkdtemp(prefix="briefing-endurance-"))
    try:
        dataset = load_dataset(write_scaled(scratch / "data", SCALE))
        window = make_window(dataset)
        window.show()
        charts = [chart.id for chart in dataset.briefing.charts()]
        memory = []
        start = time.perf_counter()
        for number in range(SCALE_PASSES):
            for tab in range(window.tabs.count()):
                window.set_tab(tab)
                app.processEvents()
            chosen = charts[number * SCALE_CHARTS % len(charts) :][:SCALE_CHARTS]
            out = scratch / "out"
            export_all(dataset, out, ["png", "csv"], ImageOptions(1280, 720), charts=chosen)
            shutil.rmtree(out)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()
            memory.append(rss_mib())
        elapsed = time.perf_counter() - start
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    growth = (memory[-1] - memory[0]) / memory[0] * 100
    print(
        f"{SCALE}× briefing ({len(dataset.briefing.sections)} sections, {len(charts)} charts): "
        f"{SCALE_PASSES} passes of {window.tabs.count()} tab switches and an export of "
        f"{SCALE_CHARTS} charts and the figures table, {elapsed:.0f} s"
    )
    print("memory after each pass      " + " ".join(f"{m:.0f}" for m in memory) + " MiB")
    print(f"first to last pass          {growth:+.1f} % (goal within 10 %)")


if __name__ == "__main__":
    main()
