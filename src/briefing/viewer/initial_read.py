"""The dataset the app starts with, read in a thread once the window has painted: the model
needs pydantic (~0.15 s to import and build the schema), and the window answers meanwhile. The
read begins after the first paint, not before it: the thread is pure Python and shares the GIL,
so begun earlier it made that paint ~20 ms later (45 ms rather than 24) and the first card no
sooner (the two run by turns either way)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from briefing.viewer.background import run_in_thread
from briefing.viewer.window_parts import FirstPaint

if TYPE_CHECKING:
    from briefing.model import Dataset, DatasetError


def read_dataset(path: Path) -> Dataset | DatasetError:
    """The dataset at ``path``, or why it cannot be read (on any thread: no widget is touched;
    the section page's modules are imported too, so the GUI thread finds them ready)."""
    from briefing.model import DatasetError, load_dataset

    try:
        dataset = load_dataset(path)
    except DatasetError as error:
        return error
    import briefing.views.section_page  # noqa: F401

    return dataset


def read_after_paint(
    window: QWidget, path: Path, show: Callable[[Dataset | DatasetError], None]
) -> None:
    """Read ``path`` in a thread once ``window`` has painted for the first time; then
    ``show(outcome)`` on the GUI thread."""

    def read() -> None:
        run_in_thread(lambda: read_dataset(path), show, window, name="briefing-read")

    window.installEventFilter(FirstPaint(window, read))
