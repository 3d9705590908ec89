"""Work done off the GUI thread, its outcome handed back to the GUI thread by a queued signal.

For pure Python that would hold the event loop: reading and checking a dataset (and importing
pydantic), importing pyqtgraph (~0.75 s; it makes no QObject and asks nothing of the
application at import), building the find index. The work must not touch a widget; what it
returns (or raises) is given to ``done`` on the GUI thread, unless ``owner`` is gone by then.
The GIL is shared by turns of 5 ms (sys.getswitchinterval()), so the window keeps answering.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal


class _Courier(QObject):
    """Lives on the GUI thread for the whole process: a thread's signal to it is queued."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, parcel: Callable[[], None]) -> None:
        parcel()


_couriers: list[_Courier] = []  # the one courier, made on the GUI thread at first use


def run_in_thread(
    work: Callable[[], Any],
    done: Callable[[Any], None],
    owner: QObject,
    *,
    name: str = "briefing-background",
) -> threading.Thread:
    """Run ``work()`` in a thread of its own; then ``done(result)`` on the GUI thread (an
    exception ``work`` raised is re-raised there, where the error reporter sees it). Must be
    called on the GUI thread."""
    if not _couriers:
        _couriers.append(_Courier())
    courier = _couriers[0]

    def body() -> None:
        failure: BaseException | None = None
        result: Any = None
        try:
            result = work()
        except BaseException as error:  # re-raised on the GUI thread
            failure = error

        def parcel() -> None:
            if not shiboken6.isValid(owner):
                return  # the window went while the thread worked
            if failure is not None:
                raise failure
            done(result)

        courier.arrived.emit(parcel)

    thread = threading.Thread(target=body, name=name, daemon=True)
    thread.start()
    return thread
