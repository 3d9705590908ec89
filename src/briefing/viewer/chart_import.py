"""pyqtgraph and the chart widgets, imported once per process: in a thread while the window
answers (``import_in_background``), or at once where nothing can wait (``import_now``)."""

from __future__ import annotations

import threading
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject

from briefing.viewer.background import run_in_thread

_lock = threading.Lock()
_state = {"ready": False, "started": False}
_waiting: list[tuple[QObject, Callable[[], None]]] = []


def imported() -> bool:
    """True once the chart widgets can be made without an import on the GUI thread."""
    return _state["ready"]


def _import() -> None:
    import briefing.views.chart  # noqa: F401  (pyqtgraph with it)


def import_now() -> None:
    """Import on this thread (waits for an import under way in the background)."""
    _import()
    _state["ready"] = True


def import_in_background(owner: QObject, then: Callable[[], None]) -> None:
    """Import in a thread, then ``then()`` on the GUI thread (if ``owner`` is still there); at
    once if imported already."""
    if _state["ready"]:
        then()
        return
    _waiting.append((owner, then))
    with _lock:
        if _state["started"]:
            return
        _state["started"] = True

    def arrived(_result: object) -> None:
        _state["ready"] = True
        waiting = list(_waiting)
        _waiting.clear()
        for waiter, call in waiting:
            if shiboken6.isValid(waiter):
                call()

    application = QCoreApplication.instance()
    assert application is not None, "the charts are imported for an application's windows"
    run_in_thread(_import, arrived, application, name="briefing-import-charts")
