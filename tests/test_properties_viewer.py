"""Property tests of the viewer: any briefing the loader accepts is shown, every tab with its
cards, charts and images, with no exception and no Qt warning.

Apart from tests/test_properties.py (which makes the briefings) so that the two workers of
``make test`` share the slowest property tests rather than one worker running them all.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
import traceback
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import given
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, DatasetError, load_dataset
from tests.test_properties import (
    EXAMPLES,
    LARGEST,
    SLOW_EXAMPLES,
    GeneratedBriefing,
    valid_briefings,
)


def check_tabs(window: Any, dataset: Dataset) -> None:
    """One tab per section, named by its heading; each page holds its cards, charts (drawn)
    and images, the first page the lead's too."""
    from briefing.views.chart import ChartPanel

    briefing = dataset.briefing
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        section.heading[0] for section in briefing.sections
    ]
    assert len(window.pages) == len(briefing.sections)
    for index, (page, section) in enumerate(zip(window.pages, briefing.sections, strict=True)):
        blocks = [briefing.lead, section] if index == 0 else [section]
        assert [card.figure.id for card in page.cards] == [c for b in blocks for c in b.cards]
        assert [chart.chart.id for chart in page.charts] == [
            chart.id for b in blocks for chart in b.charts
        ]
        assert all(isinstance(chart, ChartPanel) for chart in page.charts)
        assert len(page.images) == sum(len(b.images) for b in blocks)


def show_and_check(
    qtbot: QtBot,
    qtlog: Any,
    theme: Any,
    settings: Any,
    tmp_path: Path,
    generated: GeneratedBriefing,
) -> None:
    """Write the briefing, load it, build the window and every chart, and check the tabs;
    an exception in a Qt callback or a Qt warning fails this example (not only the test, at
    its end), so hypothesis can make it smaller."""
    from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType

    from briefing.viewer.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="briefing-", dir=tmp_path))
    try:
        generated.write(folder)
        try:
            dataset = load_dataset(folder)
        except DatasetError as error:
            pytest.fail(f"the generator made a briefing the validator refuses:\n{error}")
        seen = len(qtlog.records)
        ready: list[bool] = []
        with qtbot.captureExceptions() as errors:
            window = MainWindow(theme, settings, dataset)
            try:
                window.charts_ready.connect(lambda: ready.append(True))
                window.resize(1280, 720)
                window.show()
                qtbot.waitExposed(window)
                window.load_charts()
                # charts_ready, or an exception in a chart step that would keep it away
                qtbot.waitUntil(lambda: bool(ready or errors), timeout=60_000)
                if not errors:
                    check_tabs(window, dataset)
            finally:
                window.close()
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                # Python's side of what was deleted goes now, in this example, so a wrong
                # order of destruction fails here rather than in a later test's event loop.
                gc.collect()
        assert not errors, "".join(
            traceback.format_exception(error) for _kind, error, _trace in errors
        )
        bad = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        said = [r.message for r in qtlog.records[seen:] if r.type in bad and not r.ignored]
        assert not said, f"Qt warned: {said}"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.fuzz
@hypothesis.settings(max_examples=EXAMPLES["viewer"], suppress_health_check=SLOW_EXAMPLES)
@given(generated=valid_briefings())
def test_the_viewer_shows_any_valid_briefing(
    qtbot: QtBot,
    qtlog: Any,
    theme: Any,
    settings: Any,
    tmp_path: Path,
    generated: GeneratedBriefing,
) -> None:
    show_and_check(qtbot, qtlog, theme, settings, tmp_path, generated)


@pytest.mark.fuzz
@hypothesis.settings(max_examples=EXAMPLES["largest"], suppress_health_check=SLOW_EXAMPLES)
@given(generated=valid_briefings(LARGEST))
def test_the_viewer_shows_the_largest_briefing(
    qtbot: QtBot,
    qtlog: Any,
    theme: Any,
    settings: Any,
    tmp_path: Path,
    generated: GeneratedBriefing,
) -> None:
    """12 sections, one of 30 cards with 200-character labels, charts of every kind."""
    show_and_check(qtbot, qtlog, theme, settings, tmp_path, generated)
