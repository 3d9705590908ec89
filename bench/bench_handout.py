"""What the A4 handout costs, against the app's start-up to its cards measured in the same run
(issue 12's goal: the handout PDF of the whole briefing under 2× that).

Each measurement is a fresh process, the three taking turns:
- baseline: the viewer started until its first tab's cards are painted (bench_startup.py's
  measure, offscreen);
- ``briefing export --format handout`` of the bundled briefing, the whole command;
- ``briefing export --format pdf`` (the 16:9 slides), for comparison;
and, in this process, ``handout_pdf`` alone for the bundled briefing and for it made 2× and 4×
larger (its sections repeated), to show how the cost grows with the briefing, with the part the
charts take (the rest is text, tables and pictures).

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench_office import export_ms, repeated  # bench/bench_office.py, beside this script
from bench_startup import measure  # bench/bench_startup.py, beside this script
from briefing.model import load_dataset
from briefing.resources import bundled_dataset
from timing import median_ms, medians_in_turn  # bench/timing.py, beside this script

RUNS = 5


def in_process() -> None:
    from briefing.app import application
    from briefing.render import chart_files
    from briefing.render.handout import handout_pdf

    application("zh")
    dataset = load_dataset(bundled_dataset())
    charts_ms = [0.0]
    paint = chart_files.paint_chart

    def timed(*args: object, **kwargs: object) -> None:
        start = time.perf_counter()
        paint(*args, **kwargs)  # type: ignore[arg-type]
        charts_ms[0] += (time.perf_counter() - start) * 1000

    chart_files.paint_chart = timed  # type: ignore[assignment]
    handout_pdf(dataset)  # warm: fonts, the first chart's imports
    for name, times in (("1×", 1), ("2×", 2), ("4×", 4)):
        data = dataset if times == 1 else repeated(dataset, times)
        charts_ms[0] = 0.0
        total = median_ms(lambda data=data: handout_pdf(data), RUNS)
        per_run = charts_ms[0] / RUNS
        count = len(data.briefing.charts())
        print(
            f"  {name} ({count:3d} charts): handout_pdf {total:7.0f} ms, of which charts "
            f"{per_run:6.0f} ms ({per_run / count:4.0f} ms a chart)"
        )


def main() -> None:
    settings_file = str(Path(tempfile.gettempdir()) / "briefing-bench-handout.ini")
    medians = medians_in_turn(
        {
            "cards": lambda: float(measure("app", settings_file)["cards"]),
            "handout": lambda: export_ms("handout"),
            "pdf": lambda: export_ms("pdf"),
        },
        RUNS,
    )
    cards, handout, slides = medians["cards"], medians["handout"], medians["pdf"]
    print(f"runs: {RUNS} of each in turn, offscreen platform, medians, each a fresh process")
    print(f"viewer started, cards painted        {cards:7.0f} ms  (baseline)")
    ratio = handout / cards
    print(f"briefing export --format handout     {handout:7.0f} ms  ({ratio:.2f}x, goal < 2x)")
    print(f"briefing export --format pdf         {slides:7.0f} ms  ({slides / cards:.2f}x)")
    print("the handout alone, in one process:")
    in_process()


if __name__ == "__main__":
    main()
