"""Python's cycles are collected between events, never inside a Qt call (briefing.collector):
a collection there that freed a QObject froze the app for good."""

from __future__ import annotations

import gc
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from pytestqt.qtbot import QtBot

from briefing.app import application
from briefing.collector import INTERVAL_MS, IdleCollector, collect_between_events


class _Cycle(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_the_application_collects_from_its_event_loop_not_on_allocation(qtbot: QtBot) -> None:
    app = application()
    assert not gc.isenabled()  # no collection can start inside a Qt call
    assert len(app.findChildren(IdleCollector)) == 1
    assert collect_between_events(app) is app.findChild(IdleCollector)  # one, however asked
    # A window an earlier test left to be deleted would free enough, in the wait below, to
    # take the youngest generation's count back under its threshold.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    # Garbage enough to make the youngest generation due, as a window's work makes it.
    junk: list[Any] = []
    for _ in range(gc.get_threshold()[0] + 10):
        node: list[Any] = []
        node.append(node)
        junk.append(node)
    del junk, node
    assert gone() is not None  # no allocation collected it
    qtbot.waitUntil(lambda: gone() is None, timeout=INTERVAL_MS * 6)
