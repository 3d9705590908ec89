"""Start-up of the viewer against bare windows measured in the same run: issue 14's table.

Each measurement starts a fresh Python process (the offscreen platform, so it runs anywhere),
the kinds taking turns, and times from the moment the process is started:
- bare: a bare QMainWindow's first paint (the baseline of the window and of the first card) and
  its peak memory (the baseline of memory);
- chart: a bare window holding one pyqtgraph bar chart, painted (the baseline of the charts),
  and its peak memory (the floor under the memory goal for a viewer drawing with pyqtgraph);
- floors (needs, card-floor, chart-floor): what any viewer of this app and stack must do
  before each goal's moment, then a bare (or one-chart) window painted: the app's start (its
  font, catalogue and style sheet), and for a figure the model imported and the dataset
  validated; printed against the same baselines as the goals, so a goal under its floor shows;
- app: the viewer, with
  - shown: its window's first paint (正在打开简报…, before the dataset is read);
  - card: the first stat card with its real value painted;
  - screen: every chart of the tab on screen built (no placeholder left), those in view painted;
  - all: every chart of every tab built, or "on first view" when the viewer builds the others
    only as they are first seen;
  - stall: the longest gap between two turns of the event loop, from the first paint until the
    charts on screen are painted (a 1 ms timer records the gaps), and the longest until the work
    after it has settled (every chart built, or 1.5 s with no turn longer than 20 ms);
  - peak memory (maximum resident set size);
  - tab switches: set the next tab and paint the window synchronously, 60 times, one per turn
    of the event loop; and, for the
    scaling table, every tab visited once (each left when its charts in view are painted), with
    the peak memory after it.

The scaling table is for the bundled briefing with its sections repeated 1×/4×/16×/64×
(bench_office.repeated), written to folders with its article and pictures. The schema takes up to
500 sections; an older tree (``--before``) refused more than 50, so for it the child process
patches that limit away before the viewer starts (it then imports pydantic first).

Python runs each child from compiled bytecode, as an installed app or the frozen bundle does:
the children write it to a folder of their own (PYTHONPYCACHEPREFIX, even where the shell sets
PYTHONDONTWRITEBYTECODE, which would make every run compile the app's sources again: ~30% of
its start-up measured here), and one untimed run of each kind fills it first.

Run with ``make bench``. Prints medians and ratios; asserts nothing. ``--before SRC`` also
runs the app from another tree's src/ in turn with the others (a before/after in one run);
``--no-scale`` skips the scaling table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "7"))
SCALE_RUNS = int(os.environ.get("BENCH_SCALE_RUNS", "3"))
PYCACHE = Path(tempfile.gettempdir()) / "briefing-bench-pycache"
SCALES = tuple(int(t) for t in os.environ.get("BENCH_SCALES", "1,4,16,64").split(","))

CHILD = r"""
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

mode, settings_file, dataset, tour = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"

def say(what):
    print(what, flush=True)

def maxrss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

def finish():
    say(f"maxrss {maxrss()}")
    QApplication.instance().quit()

class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then = then
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            QTimer.singleShot(0, then)
        return False

if mode == "bare":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)
    watcher = FirstPaint(lambda: (say("shown"), finish()))
    app.installEventFilter(watcher)
    window.show()
    app.exec()
elif mode in ("chart", "needs", "card-floor", "chart-floor"):
    # chart: the baseline of the charts. The floors: the app's own start first (its font, its
    # catalogue, its style sheet: what any window of this app does before its first paint);
    # then, for card-floor and chart-floor, the model imported and the dataset validated (what
    # any figure waits for); then a bare window, or the one-chart window, painted.
    if mode == "chart":
        app = QApplication(sys.argv[:1])
    else:
        from briefing.app import application
        from briefing.theme import Appearance, ThemeController
        app = application("zh")
        theme = ThemeController(app, Appearance())
        theme.apply()
    if mode in ("card-floor", "chart-floor"):
        from pathlib import Path
        from briefing.model import load_dataset
        from briefing.resources import bundled_dataset
        load_dataset(bundled_dataset() if dataset == "-" else Path(dataset))
    window = QMainWindow()
    if mode in ("chart", "chart-floor"):
        os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
        import pyqtgraph as pg
        plot = pg.PlotWidget()
        plot.addItem(pg.BarGraphItem(x=[1, 2, 3, 4, 5], height=[3, 5, 2, 6, 4], width=0.6))
        window.setCentralWidget(plot)
    window.resize(1280, 720)
    watcher = FirstPaint(lambda: (say("shown"), finish()))
    app.installEventFilter(watcher)
    window.show()
    app.exec()
else:
    if dataset != "-" and os.environ.get("BENCH_UNLIMITED_SECTIONS"):
        # An older tree (--before) refused more than 50 sections.
        from annotated_types import MaxLen
        from briefing.model import schema
        field = schema.Briefing.model_fields["sections"]
        field.metadata = [m for m in field.metadata if not isinstance(m, MaxLen)]
        schema.Briefing.model_rebuild(force=True)
    from pathlib import Path
    from briefing.app import application, create_window
    from PySide6.QtCore import QSettings
    from briefing.settings import Settings

    app = application()
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    window = create_window(None if dataset == "-" else Path(dataset), settings=settings)
    window.resize(1280, 720)
    start = time.perf_counter()
    state = {"last": None, "stall": 0.0, "after": 0.0, "phase": "wait", "painted": set(),
             "card": False, "quiet": None}

    def is_a(widget, name):
        return any(k.__name__ == name for k in type(widget).__mro__)

    def page():
        return window.tabs.page(window.tabs.currentIndex())

    def in_view(widget):
        return not widget.visibleRegion().isEmpty()

    def screen_done():
        current = page()
        if current is None:
            return False
        # Every chart of the tab built, and those in view painted. A page built in parts has
        # them all first (asked before .charts, which would build the rest at once).
        if not all(getattr(b, "is_built", lambda: True)() for b in current.blocks):
            return False
        if any(is_a(c, "ChartPlaceholder") for c in current.charts):
            return False
        shown = [c for c in current.charts if c.isVisible() and in_view(c)]
        return all(id(c) in state["painted"] for c in shown)

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and state["phase"] != "wait":
                widget = watched
                while widget is not None:
                    if is_a(widget, "StatCard") and not state["card"]:
                        state["card"] = True
                        QTimer.singleShot(0, lambda: say("card"))
                    if is_a(widget, "ChartPanel"):
                        state["painted"].add(id(widget))
                        break
                    widget = widget.parentWidget() if hasattr(widget, "parentWidget") else None
            return False

    def tick():
        now = time.perf_counter()
        if state["last"] is not None:
            gap = now - state["last"]
            if gap > 0.02:
                state["quiet"] = None  # work still going on: not settled yet
            if state["phase"] == "first":
                state["stall"] = max(state["stall"], gap)
            if state["phase"] in ("first", "after"):
                state["after"] = max(state["after"], gap)
        state["last"] = now
        if state["phase"] == "first" and state["card"] and screen_done():
            state["phase"] = "after"
            say("screen")
            say(f"stall {state['stall'] * 1000:.1f}")
        elif state["phase"] == "after":
            if window.charts_loaded():
                finish_after("all")
            elif state["quiet"] is None:
                state["quiet"] = now
            elif now - state["quiet"] > 1.5:
                finish_after("first-view")

    def finish_after(how):
        state["phase"] = "done"
        timer.stop()
        say(f"all {how}")
        say(f"settled {state['after'] * 1000:.1f}")
        QTimer.singleShot(0, switch_tabs)

    timings = []

    def switch_tabs():
        # One switch per turn of the event loop, as a reader's keys come.
        if len(timings) == 60:
            say("tabs " + " ".join(f"{t:.3f}" for t in timings))
            say(f"rss {maxrss()}")
            if tour:
                visit(0)
            else:
                finish()
            return
        t = time.perf_counter()
        window.set_tab((window.tabs.currentIndex() + 1) % window.tabs.count())
        window.repaint()
        timings.append((time.perf_counter() - t) * 1000)
        QTimer.singleShot(0, switch_tabs)

    def visit(index):
        if index >= window.tabs.count():
            finish()
            return
        window.set_tab(index)
        def wait():
            window.repaint()
            if screen_done():
                visit(index + 1)
            else:
                QTimer.singleShot(5, wait)
        QTimer.singleShot(0, wait)

    def first_paint():
        say("shown")
        state["phase"] = "first"
        state["last"] = time.perf_counter()

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    watch = Watch()
    app.installEventFilter(watch)
    watcher = FirstPaint(first_paint)
    app.installEventFilter(watcher)
    window.show()
    app.exec()
"""


def measure(
    mode: str,
    settings_file: str,
    dataset: str = "-",
    *,
    tour: bool = False,
    patch: bool = False,
    source: str | None = None,
) -> dict[str, float | str | list[float]]:
    """One fresh process of ``mode`` (bare, chart or app); its events in ms from its start.
    ``source``: another tree's src/ to run the app from (to compare with it in the same run)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(PYCACHE))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if source is not None:
        env["PYTHONPATH"] = source
    if patch:
        env["BENCH_UNLIMITED_SECTIONS"] = "1"
    Path(settings_file).unlink(missing_ok=True)  # the first tab, a fresh window
    start = time.perf_counter()
    args = [sys.executable, "-c", CHILD, mode, settings_file, dataset, "1" if tour else "0"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True, env=env)
    result: dict[str, float | str | list[float]] = {}
    assert process.stdout is not None
    for line in process.stdout:
        word, _, rest = line.strip().partition(" ")
        if word in {"shown", "card", "screen"}:
            result[word] = (time.perf_counter() - start) * 1000
        elif word == "all":
            result["all"] = (time.perf_counter() - start) * 1000
            result["all_how"] = rest
        elif word in {"stall", "settled"}:
            result[word] = float(rest)
        elif word == "tabs":
            result["tabs"] = [float(value) for value in rest.split()]
        elif word in {"maxrss", "rss"}:
            result[word] = float(rest) / 1024  # KiB -> MiB
    process.wait()
    result["cards"] = result.get("card", 0.0)  # the name the other benchmarks read
    return result


Runs = list[dict[str, float | str | list[float]]]


def median(runs: Runs, key: str) -> float:
    return statistics.median(float(run[key]) for run in runs if key in run)  # type: ignore[arg-type]


def in_turn(
    kinds: dict[str, Callable[[], dict[str, float | str | list[float]]]], runs: int
) -> dict[str, Runs]:
    taken: dict[str, Runs] = {name: [] for name in kinds}
    for _ in range(runs):
        for name, run in kinds.items():
            taken[name].append(run())
    return taken


def generated(times: int, into: Path) -> Path:
    """The bundled briefing with its sections repeated ``times`` times, as a folder on disk."""
    from scaled import write_scaled  # bench/scaled.py, beside this script

    folder = into / f"x{times}"
    return folder if folder.exists() else write_scaled(folder, times)


def main_table(settings_file: str, before: str | None) -> None:
    kinds = {
        "bare": lambda: measure("bare", settings_file),
        "chart": lambda: measure("chart", settings_file),
        "app": lambda: measure("app", settings_file),
    }
    for floor in FLOORS:
        kinds[floor] = lambda floor=floor: measure(floor, settings_file)
    if before is not None:
        kinds["before"] = lambda: measure("app", settings_file, source=before)
    in_turn(kinds, 1)  # untimed: the bytecode written, the files in the page cache
    taken = in_turn(kinds, RUNS)
    if before is not None:
        print(f"before ({before}):")
        table(taken["bare"], taken["chart"], taken["before"])
        print()
        print("after (this tree):")
    table(taken["bare"], taken["chart"], taken["app"])
    floors_table(taken)


# The least any viewer of this app and stack can take, measured in the same run: what the
# goals of the start-up table stand on (each against the same baseline as its goal).
FLOORS = {
    "needs": ("the app's start (its font, catalogue, style sheet), then a bare window painted",
              "bare", "main window shown ≤ 1.5×"),
    "card-floor": ("the app's start, the model imported and the bundled dataset validated, then "
                   "a bare window painted", "bare", "first stat card ≤ 2.0×"),
    "chart-floor": ("the app's start, the model imported and the dataset validated, then the "
                    "one-chart window painted", "chart", "charts on screen ≤ 1.5×"),
}  # fmt: skip


def floors_table(taken: dict[str, Runs]) -> None:
    print()
    print("floors: what the goals above stand on (same runs, medians)")
    print()
    print("| floor | time | baseline | ratio | under the goal |")
    print("|---|---|---|---|---|")
    for floor, (name, baseline, goal) in FLOORS.items():
        value, base = median(taken[floor], "shown"), median(taken[baseline], "shown")
        print(f"| {name} | {value:.0f} ms | {base:.0f} ms | {value / base:.2f}× | {goal} |")


def table(bare: Runs, chart: Runs, app: Runs) -> None:
    bare_shown, chart_shown = median(bare, "shown"), median(chart, "shown")
    bare_rss, chart_rss = median(bare, "maxrss"), median(chart, "maxrss")
    shown, card, screen = median(app, "shown"), median(app, "card"), median(app, "screen")
    stall, settled, rss = median(app, "stall"), median(app, "settled"), median(app, "maxrss")
    tabs = [t for run in app for t in run["tabs"]]  # type: ignore[union-attr]
    print(f"runs: {RUNS} of each in turn, offscreen platform, medians, from process start")
    print(f"baselines: bare QMainWindow shown {bare_shown:.0f} ms; one pyqtgraph bar chart "
          f"painted {chart_shown:.0f} ms; bare peak memory {bare_rss:.0f} MiB")  # fmt: skip
    print()
    print("| measure | viewer | baseline | ratio | goal |")
    print("|---|---|---|---|---|")
    rows = [
        ("main window shown / bare window", shown, bare_shown, "ms", "≤ 1.5×"),
        ("first stat card with its real value painted / bare window", card, bare_shown, "ms",
         "≤ 2.0×"),
        ("charts of the tab on screen painted / bare window with one bar chart", screen,
         chart_shown, "ms", "≤ 1.5×"),
        ("peak memory, viewer / bare window", rss, bare_rss, "MiB", "≤ 2.0×"),
    ]  # fmt: skip
    # What a window holding one pyqtgraph chart takes already: the floor under the goal above
    # for any viewer that draws its charts with pyqtgraph; and the viewer over that floor.
    rows += [
        ("peak memory, bare window with one bar chart / bare window", chart_rss, bare_rss, "MiB",
         "(the floor)"),
        ("peak memory, viewer / bare window with one bar chart", rss, chart_rss, "MiB", "–"),
    ]  # fmt: skip
    for name, value, base, unit, goal in rows:
        print(f"| {name} | {value:.0f} {unit} | {base:.0f} {unit} | {value / base:.2f}× | {goal} |")
    print(f"| longest stretch with no event handled, first paint → charts on screen | "
          f"{stall:.0f} ms | – | – | ≤ 50 ms |")  # fmt: skip
    print(f"| … and until the work after it settles | {settled:.0f} ms | – | – | ≤ 50 ms |")
    print(f"| tab switch (set + paint), median / worst of {len(tabs)} | "
          f"{statistics.median(tabs):.1f} / {max(tabs):.1f} ms | – | – | < 16.7 ms |")  # fmt: skip


def scaling_table(settings_file: str, folder: Path, source: str | None) -> None:
    print()
    print(f"scaling: the bundled briefing's sections repeated, {SCALE_RUNS} runs each, medians")
    if source is not None:
        print("(over 50 sections the older tree's limit is patched: pydantic is imported first)")
    print()
    print("| briefing | sections | first card | charts on screen | all charts "
          "| longest stall (to screen / settled) | peak memory "
          "| after visiting every tab |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    for times in SCALES:
        path = generated(times, folder)
        sections = len(json.loads((path / "briefing.json").read_text("utf-8"))["sections"])
        runs = [
            measure(
                "app",
                settings_file,
                str(path),
                tour=True,
                patch=sections > 50 and source is not None,
                source=source,
            )
            for _ in range(SCALE_RUNS)
        ]
        hows = {str(run.get("all_how")) for run in runs}
        every = f"{median(runs, 'all') / 1000:.2f} s" if hows == {"all"} else "built on first view"
        print(
            f"| {times}× | {sections} | {median(runs, 'card') / 1000:.2f} s "
            f"| {median(runs, 'screen') / 1000:.2f} s | {every} "
            f"| {median(runs, 'stall'):.0f} / {median(runs, 'settled'):.0f} ms "
            f"| {median(runs, 'rss'):.0f} MiB "
            f"| {median(runs, 'maxrss'):.0f} MiB |"
        )


def main() -> None:
    settings_file = str(Path(tempfile.gettempdir()) / f"briefing-bench-{os.getpid()}.ini")
    before = sys.argv[sys.argv.index("--before") + 1] if "--before" in sys.argv else None
    if "--no-main" not in sys.argv:
        main_table(settings_file, before)
    if "--no-scale" not in sys.argv:
        with tempfile.TemporaryDirectory() as folder:
            scaling_table(settings_file, Path(folder), None)
            if before is not None:
                print(f"before ({before}):")
                scaling_table(settings_file, Path(folder), before)


if __name__ == "__main__":
    main()
