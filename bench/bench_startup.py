"""Start-up, tab switching and memory of the viewer, against a bare QMainWindow in the same run.

Each measurement starts a fresh Python process (the offscreen platform, so it runs anywhere) and
times, from the moment the process is started:
- first window shown: the first paint of the window has been delivered (for the app: the window
  opens before the dataset is read, showing 正在打开简报…);
- cards painted: the dataset is read and checked, the header and the tab on screen with its
  cards are built and painted (app only);
- all charts drawn: every tab and every chart is built and the window painted again (app only);
and, inside the app process once the charts are drawn, switching tabs (set the tab and paint the
window synchronously) 60 times. Peak memory is each process's maximum resident set size.

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7

CHILD = r"""
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

mode = sys.argv[1]

def say(what):
    print(what, flush=True)

class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then = then
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)
        return False

def finish():
    say(f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    QApplication.instance().quit()

if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)
    watcher = FirstPaint(lambda: (say("shown"), finish()))
    app.installEventFilter(watcher)
    window.show()
    app.exec()
else:
    from briefing.app import application, create_window
    from PySide6.QtCore import QSettings
    from briefing.settings import Settings

    app = application()
    settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = create_window(settings=settings)
    window.resize(1280, 720)

    def switch_tabs():
        timings = []
        for step in range(60):
            start = time.perf_counter()
            window.set_tab((window.tabs.currentIndex() + 1) % window.tabs.count())
            window.repaint()
            timings.append((time.perf_counter() - start) * 1000)
        say("tabs " + " ".join(f"{t:.3f}" for t in timings))
        finish()

    def charts_drawn():
        window.repaint()
        say("charts")
        QTimer.singleShot(0, switch_tabs)

    def cards_painted():
        window.repaint()
        say("cards")

    window.charts_ready.connect(charts_drawn)
    window.briefing_shown.connect(lambda: QTimer.singleShot(0, cards_painted))
    watcher = FirstPaint(lambda: say("shown"))
    app.installEventFilter(watcher)
    window.show()
    app.exec()
"""


def measure(mode: str, settings_file: str) -> dict[str, float | list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, settings_file],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    result: dict[str, float | list[float]] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word, _, rest = line.strip().partition(" ")
        if word in {"shown", "cards", "charts"}:
            result[word] = (time.perf_counter() - start) * 1000
        elif word == "tabs":
            result["tabs"] = [float(value) for value in rest.split()]
        elif word == "maxrss":
            result["maxrss"] = float(rest) / 1024  # KiB -> MiB
    process.wait()
    return result


def main() -> None:
    settings_file = str(Path(tempfile.gettempdir()) / "briefing-bench-settings.ini")
    bare = [measure("bare", settings_file) for _ in range(RUNS)]
    app = [measure("app", settings_file) for _ in range(RUNS)]

    def median(runs: list[dict[str, float | list[float]]], key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]

    bare_shown, bare_rss = median(bare, "shown"), median(bare, "maxrss")
    shown, cards = median(app, "shown"), median(app, "cards")
    charts, rss = median(app, "charts"), median(app, "maxrss")
    tabs = [t for run in app for t in run["tabs"]]  # type: ignore[union-attr]
    print(f"runs: {RUNS} of each, offscreen platform, medians")
    print(f"bare QMainWindow shown           {bare_shown:7.0f} ms  (baseline)")
    print(f"briefing window shown            {shown:7.0f} ms  ({shown / bare_shown:.2f}x)")
    print(f"briefing cards painted           {cards:7.0f} ms  ({cards / bare_shown:.2f}x)")
    print(f"briefing, all charts drawn       {charts:7.0f} ms  ({charts / bare_shown:.2f}x)")
    print(
        f"tab switch (set + paint)         {statistics.median(tabs):7.2f} ms median, "
        f"{max(tabs):.2f} ms worst of {len(tabs)} (goal < 16.7 ms)"
    )
    print(f"peak memory: bare {bare_rss:.0f} MiB, briefing {rss:.0f} MiB ({rss / bare_rss:.2f}x)")


if __name__ == "__main__":
    main()
