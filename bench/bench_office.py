"""What the office files cost, against the app's start-up to its cards measured in the same run
(the issue's goal: a deck and a workbook of the whole briefing each under 1× that).

Each measurement is a fresh process, timed from its start to its end or to the moment it says so,
the three taking turns:
- baseline: the viewer started until its first tab's cards are painted (as bench_startup.py
  measures it, offscreen);
- ``briefing export --format pptx`` and ``--format xlsx`` of the bundled briefing, the whole
  command, to a fresh folder;
and, in this process, the writers alone (``briefing_pptx``, the workbook) once their modules are
imported, for the bundled briefing and for it made 4× larger (its sections repeated), to show
how the cost grows with the briefing.

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench_startup import measure  # bench/bench_startup.py, beside this script
from briefing.model import Dataset, load_dataset
from briefing.model.schema import Section
from briefing.resources import bundled_dataset
from timing import median_ms, medians_in_turn  # bench/timing.py, beside this script

RUNS = 5


def export_ms(kind: str) -> float:
    """The whole ``briefing export --format KIND`` command, in a fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, "-m", "briefing", "export", str(bundled_dataset())]
        command += ["--out", out, "--format", kind]
        start = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True)
        return (time.perf_counter() - start) * 1000


def writers() -> None:
    """The writers alone, in this process, at 1× and 4× the bundled briefing."""
    from PySide6.QtWidgets import QApplication

    from briefing.render.pptx import briefing_pptx
    from briefing.render.xlsx import briefing_xlsx

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert app is not None
    dataset = load_dataset(bundled_dataset())
    larger = repeated(dataset, 4)
    for name, data in (("1×", dataset), ("4×", larger)):
        pptx = median_ms(lambda data=data: briefing_pptx(data), RUNS)
        xlsx = median_ms(lambda data=data: briefing_xlsx(data.briefing), RUNS)
        charts = len(data.briefing.charts())
        print(
            f"  {name} ({charts:3d} charts): briefing_pptx {pptx:7.0f} ms   workbook {xlsx:6.0f} ms"
        )


def repeated(dataset: Dataset, times: int) -> Dataset:
    """The dataset with its sections repeated under new ids (the figures keep their quotes)."""
    briefing = dataset.briefing
    sections = [
        renamed(section, f"-{copy}") for copy in range(times) for section in briefing.sections
    ]
    return replace(dataset, briefing=briefing.model_copy(update={"sections": sections}))


def renamed(section: Section, suffix: str) -> Section:
    ids = {item.id for item in (*section.figures, *section.charts, *section.images)}

    def rename(value: Any) -> Any:
        if isinstance(value, dict):
            return {key: rename(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [rename(item) for item in value]
        if isinstance(value, str):
            head, dot, tail = value.partition(".")
            return f"{head}{suffix}{dot}{tail}" if head in ids else value
        return value

    data = rename(section.model_dump())
    data["id"] = section.id + suffix
    return Section.model_validate(data)


def main() -> None:
    settings_file = str(Path(tempfile.gettempdir()) / "briefing-bench-office.ini")
    medians = medians_in_turn(
        {
            "cards": lambda: float(measure("app", settings_file)["cards"]),
            "pptx": lambda: export_ms("pptx"),
            "xlsx": lambda: export_ms("xlsx"),
        },
        RUNS,
    )
    cards, pptx, xlsx = medians["cards"], medians["pptx"], medians["xlsx"]
    print(f"runs: {RUNS} of each in turn, offscreen platform, medians, each a fresh process")
    print(f"viewer started, cards painted      {cards:7.0f} ms  (baseline)")
    print(f"briefing export --format pptx      {pptx:7.0f} ms  ({pptx / cards:.2f}x, goal < 1x)")
    print(f"briefing export --format xlsx      {xlsx:7.0f} ms  ({xlsx / cards:.2f}x, goal < 1x)")
    print("the writers alone, in one process:")
    writers()


if __name__ == "__main__":
    main()
