"""Exporting generated briefings 1×, 4×, 16× and 64× the bundled one: how the time grows.

For each size, in fresh processes taking turns (so a change in the machine's load falls on all
alike), the real ``briefing`` command:
- baseline: ``briefing export --format png --charts FIRST`` of the same dataset: the process
  started, the dataset loaded, Qt and pyqtgraph started, one chart written (every fixed cost);
- ``briefing export --format png,csv`` (every chart as a 1920×1080 PNG, the figures table);
- ``briefing export --format pdf`` (one page per slide);
- ``briefing validate`` of the same dataset, for reference.

Printed for each: the median time; the time per chart (per slide for the PDF) once the
baseline is taken off; that per-chart time against the 1× one (1.00: linear; more: worse than
linear); and the peak memory of the largest process (the export's, or a worker's). An export
of 40 pieces or more starts worker processes on a machine of more than one core
(render/export_pool.py); ``BRIEFING_EXPORT_WORKERS=0`` in the environment measures it without.

``python bench/bench_export.py`` (``BENCH_SIZES=1,4`` for fewer sizes, ``BENCH_RUNS`` for
more or fewer runs than 3). Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from scaled import write_scaled  # bench/scaled.py, beside this script

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "1,4,16,64").split(",")]
COMMAND = [sys.executable, "-m", "briefing"]


@dataclass
class Run:
    seconds: float
    peak_mib: float
    cpu: float  # seconds of CPU, the command's and its workers'


def timed(*args: str) -> Run:
    """One command in a fresh process: its time, and the largest resident size of it or of
    any process it waited for (a worker)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    start = time.perf_counter()
    child = subprocess.Popen(
        [*COMMAND, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        assert child.stderr is not None
        raise SystemExit(f"{' '.join(args)} failed: {child.stderr.read().decode()}")
    return Run(elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def counts(folder: Path) -> tuple[int, int, str]:
    """(charts, slides, the first chart's id) of the dataset."""
    from briefing.model import load_dataset
    from briefing.model.slides import build_slides

    briefing = load_dataset(folder).briefing
    charts = briefing.charts()
    return len(charts), len(build_slides(briefing, lead_title="导语")), charts[0].id


def measure(folder: Path, out: Path, first: str) -> dict[str, Run]:
    """The median of each measure, the four taking turns."""

    def export(name: str, *args: str) -> Run:
        return timed("export", str(folder), *args, "--out", str(out / name), "--force")

    measures = {
        "one": lambda: export("one", "--format", "png", "--charts", first),
        "png,csv": lambda: export("png", "--format", "png,csv"),
        "pdf": lambda: export("pdf", "--format", "pdf"),
        "validate": lambda: timed("validate", str(folder)),
    }
    taken: dict[str, list[Run]] = {name: [] for name in measures}
    for _ in range(RUNS):
        for name, action in measures.items():
            taken[name].append(action())
    return {
        name: Run(
            statistics.median(run.seconds for run in runs),
            max(run.peak_mib for run in runs),
            statistics.median(run.cpu for run in runs),
        )
        for name, runs in taken.items()
    }


def main() -> None:
    load = os.getloadavg()[0]
    print(
        f"runs: {RUNS} of each in turn, medians; {os.cpu_count()} cores, load {load:.1f} at start"
    )
    print(
        f"{'size':>4} {'charts':>6} {'slides':>6} | {'validate':>8} {'1 chart':>8} | "
        f"{'png,csv':>8} {'/chart':>7} {'×linear':>7} {'cpu/ch':>7} {'peak':>7} | "
        f"{'pdf':>7} {'/slide':>7} {'×linear':>7} {'cpu/sl':>7} {'peak':>7}"
    )
    first: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for size in SIZES:
            folder = write_scaled(Path(scratch) / f"x{size}", size)
            charts, slides, first_chart = counts(folder)
            medians = measure(folder, Path(scratch) / "out", first_chart)
            one = medians["one"]
            base = one.seconds
            png, pdf = medians["png,csv"], medians["pdf"]
            per_chart = (png.seconds - base) / (charts - 1)
            per_slide = (pdf.seconds - base) / slides
            cpu_chart = (png.cpu - one.cpu) / (charts - 1)
            cpu_slide = (pdf.cpu - one.cpu) / slides
            first.setdefault("chart", per_chart)
            first.setdefault("slide", per_slide)
            print(
                f"{size:>3}× {charts:>6} {slides:>6} | {medians['validate'].seconds:>7.2f}s "
                f"{base:>7.2f}s | {png.seconds:>7.1f}s {per_chart * 1000:>5.0f}ms "
                f"{per_chart / first['chart']:>7.2f} {cpu_chart * 1000:>5.0f}ms "
                f"{png.peak_mib:>4.0f}MiB | "
                f"{pdf.seconds:>6.1f}s {per_slide * 1000:>5.0f}ms "
                f"{per_slide / first['slide']:>7.2f} {cpu_slide * 1000:>5.0f}ms "
                f"{pdf.peak_mib:>4.0f}MiB",
                flush=True,
            )
            shutil.rmtree(folder)
    print(f"load at the end {os.getloadavg()[0]:.1f}")
    print("/chart, /slide: (export − the one-chart export) per further chart, or per slide;")
    print("×linear: that against the 1× figure (1.00 is linear; below it, the workers' help)")
    print("cpu/ch, cpu/sl: the same in CPU time of the command and its workers (the work done,")
    print("whatever the load; with a worker, more than the wall time it takes)")


if __name__ == "__main__":
    main()
