"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 does not on Python 3.11:
every call of a method returning nothing drops a reference to None, and a long session aborts)."""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject


def test_calls_returning_nothing_keep_none_alive() -> None:
    target = QObject()
    target.setObjectName("warm-up")
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(1000):
        target.setObjectName("x")
    gc.collect()
    assert sys.getrefcount(None) >= before - 10
