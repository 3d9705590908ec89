"""Python's cycle collector, run between events rather than wherever an allocation trips it.

Left automatic, the collector runs inside whatever allocates next, and that can be inside a Qt
call that holds one of Qt's signal-slot mutexes: pyqtgraph reconnects its view signals from
``itemChange`` while an item is given a parent, and PySide's ``disconnect`` allocates. If that
collection frees a cycle holding a Python-owned QObject (a chart's menu, a view left behind),
its destructor waits for a mutex its own thread already holds, and the app freezes for good.
Measured here: the test suite hung twice in three full runs that way, in a chart's
``setParentItem``, after a change that only moved an import (so only the timing of
collections changed).

So the app turns automatic collection off and collects from a timer on the GUI thread, at the
thresholds Python itself uses (a generation when its count passes its threshold): no Qt call
is on the stack then. This is the recipe pyqtgraph ships as ``util.garbage_collector``, kept
here without importing pyqtgraph, which the window's start-up does not load.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # at most this long between a cycle becoming garbage and its collection


def collect_due() -> int:
    """Collect what Python's own thresholds say is due now (nothing, usually): the youngest
    generation when its count passes its threshold, an older one when its count does too.
    Returns how many unreachable objects were found."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    found = 0
    for generation in range(3):
        if counts[generation] <= thresholds[generation]:
            break
        found = gc.collect(generation)
    return found


class IdleCollector(QObject):
    """Automatic collection off from now on; ``collect_due`` every ``INTERVAL_MS`` from the
    event loop instead (or from ``processEvents``, which an export's settling runs)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(collect_due)
        self._timer.start()
        gc.disable()


def collect_between_events(app: QObject) -> IdleCollector:
    """Install the one collector on ``app`` (the application), if it has none yet."""
    existing = app.findChild(IdleCollector)
    return existing if existing is not None else IdleCollector(app)
