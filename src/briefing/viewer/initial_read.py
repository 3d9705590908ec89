"""The dataset the app starts with, read in a thread while the window opens and paints: the
model needs pydantic (~0.3 s to import), and the window answers meanwhile."""

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
    """Read ``path`` in a thread from now on; ``show(outcome)`` on the GUI thread once it is
    read and ``window`` has painted for the first time, whichever comes last."""
    read: list[Dataset | DatasetError] = []
    painted: list[bool] = []

    def show_when_both() -> None:
        if read and painted:
            show(read[0])

    def arrived(outcome: Dataset | DatasetError) -> None:
        read.append(outcome)
        show_when_both()

    def first_paint() -> None:
        painted.append(True)
        show_when_both()

    run_in_thread(lambda: read_dataset(path), arrived, window, name="briefing-read")
    window.installEventFilter(FirstPaint(window, first_paint))
