"""What a keystroke in the find bar costs, for the bundled briefing made 1×, 8× and 64× larger
(its sections repeated under new ids, as bench_office does), against a baseline from the same run.

For each size, in a main window of 1280×720 on the offscreen platform, every page built (the
charts left as their placeholders: the find bar outlines a chart's frame, whatever is drawn in
it), queries are typed one key press at a time into the find bar, and each key press is timed
from the key event to the end of the events it causes (the search, the count, the tab switch,
the scroll, the outline or the filled words, laid out and painted):

- baseline: the same key presses into a plain line edit in the same window, nothing connected;
- find: the key presses into the find bar;
- F3: the next result, through the list (often another tab), and for comparison Ctrl+PgDown,
  the window's own tab switch;
- the index alone: ``SearchIndex.find`` for each prefix typed; and the time to build the index.

Run with ``python bench/bench_find.py``. Prints medians (and the slowest) and ratios; asserts
nothing. The goal is under 50 ms a keystroke at 64×.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from bench_office import repeated  # bench/bench_office.py, beside this script
from briefing.app import application
from briefing.model import Dataset, load_dataset
from briefing.model.search import SearchIndex
from briefing.model.slides import build_slides
from briefing.resources import bundled_dataset
from briefing.settings import Settings
from briefing.theme import Appearance, ThemeController
from briefing.viewer.main_window import MainWindow
from timing import median_ms  # bench/timing.py, beside this script

QUERIES = ("人才贷", "2.96", "高层次人才", "科技创新发展指数", "无人机")
SIZES = (1, 8, 64)


CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def press(
    widget: QWidget, key: int, text: str = "", modifiers: Qt.KeyboardModifier = NONE
) -> float:
    """Milliseconds from a key press to the end of the events it causes."""
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    if modifiers != NONE:  # a shortcut: through the shortcut map, as from the keyboard
        QTest.keyClick(widget, Qt.Key(key), modifiers)
    else:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, modifiers, text))
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def typed(field: QLineEdit, rounds: int) -> dict[str, list[float]]:
    """Every query typed ``rounds`` times, a key press at a time; the times of each prefix."""
    times: dict[str, list[float]] = {}
    for _ in range(rounds):
        for query in QUERIES:
            field.clear()
            field.textEdited.emit("")
            QApplication.processEvents()
            for n, character in enumerate(query, start=1):
                times.setdefault(query[:n], []).append(press(field, 0, character))
    return times


def flat(times: dict[str, list[float]]) -> list[float]:
    return [ms for values in times.values() for ms in values]


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):6.2f} ms, slowest {max(times):6.1f} ms"


def bench(window: MainWindow, plain: QLineEdit, dataset: Dataset, times: int) -> None:
    briefing = dataset.briefing
    window.show_dataset(dataset, lazy=False)
    QApplication.processEvents()
    tabs, shown = window.tabs, window.tabs.currentWidget()
    for tab in range(tabs.count()):  # laid out and painted once, as load_charts does
        holder = tabs.widget(tab)
        if holder is not shown and shown is not None:
            holder.resize(shown.size())
            holder.grab()
    slides = build_slides(briefing)
    build = median_ms(lambda: SearchIndex(briefing, slides), 3)
    index = SearchIndex(briefing, slides)
    prefixes = [query[:n] for query in QUERIES for n in range(1, len(query) + 1)]
    query_ms = [median_ms(lambda p=p: index.find(p), 5) for p in prefixes]
    window.finder.open()
    bar = window.finder.bar
    assert bar is not None
    typed(bar.field, 1)  # warm: the first search builds the window's index
    baseline = flat(typed(plain, 3))
    by_prefix = typed(bar.field, 3)
    find = flat(by_prefix)
    slowest = sorted(by_prefix, key=lambda p: -statistics.median(by_prefix[p]))[:3]
    bar.field.setText("人才")
    window.finder.search("人才")
    hits = len(window.finder.hits)
    f3 = [press(bar.field, Qt.Key.Key_F3) for _ in range(min(hits, 300))]
    window.finder.close()
    switch = [press(window, Qt.Key.Key_PageDown, "", CTRL) for _ in range(min(tabs.count(), 60))]
    ratio = statistics.median(find) / statistics.median(baseline)
    print(
        f"{times:2d}× ({len(briefing.sections):3d} sections, {len(briefing.figures()):5d} "
        f"figures, {len(index.entries):5d} entries; index built in {build:6.1f} ms)"
    )
    print(f"  plain line edit, a key press   {summary(baseline)}  (baseline)")
    print(f"  find bar, a key press          {summary(find)}  ({ratio:.1f}x)")
    print(f"  F3 through 人才 ({hits:5d} hits)   {summary(f3)}")
    print(f"  Ctrl+PgDown, a tab switch      {summary(switch)}  (what F3 to another tab includes)")
    print(f"  SearchIndex.find alone         {summary(query_ms)}")
    costly = ", ".join(f"{p} {statistics.median(by_prefix[p]):.1f} ms" for p in slowest)
    print(f"  slowest prefixes (median of 3): {costly}")


def main() -> None:
    app = application("zh")
    theme = ThemeController(app, Appearance())
    theme.apply()
    settings_file = str(Path(tempfile.mkdtemp(prefix="bench-find-")) / "settings.ini")
    settings = Settings(QSettings(settings_file, QSettings.Format.IniFormat))
    dataset = load_dataset(bundled_dataset())
    window = MainWindow(theme, settings, dataset)
    window.resize(1280, 720)
    window.show()
    plain = QLineEdit(window)  # the baseline: a field with nothing behind it
    plain.move(10, 10)
    plain.show()
    print("per key press: the key event and every event it causes (search, layout, paint)")
    sizes = [int(arg) for arg in sys.argv[1:]] or SIZES
    for times in sizes:
        bench(window, plain, repeated(dataset, times) if times > 1 else dataset, times)
    window.close()


if __name__ == "__main__":
    main()
