"""Exporting everything headless (every chart as PNG at 1920×1080 and as SVG, the PDF of all
slides, the figures CSV): time and peak memory, next to the app's own start-up (window shown
with its cards) measured in the same run.

Run with ``make bench``. Prints medians; asserts nothing.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_startup import measure

RUNS = 3


def export_once(out: Path) -> tuple[float, float]:
    """(seconds, peak MiB) of one `briefing export` run in a fresh process."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "briefing", "export", "--out", str(out), "--force"],
        check=True,
        capture_output=True,
        env=env,
    )
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        runs = [export_once(Path(folder)) for _ in range(RUNS)]
        files = [p for p in Path(folder).rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
    settings = str(Path(tempfile.gettempdir()) / "briefing-bench-export.ini")
    startup = [measure("app", settings) for _ in range(RUNS)]
    seconds = statistics.median(run[0] for run in runs)
    cards = statistics.median(float(run["cards"]) for run in startup) / 1000  # type: ignore[arg-type]
    app_rss = statistics.median(float(run["maxrss"]) for run in startup)  # type: ignore[arg-type]
    print(f"runs: {RUNS}; {len(files)} files, {size / 1048576:.1f} MiB written")
    print(f"briefing export (everything)      {seconds:6.2f} s   ({seconds / cards:.1f}x start-up)")
    print(f"app start-up, cards painted       {cards:6.2f} s   (baseline)")
    print(f"peak memory: export {max(run[1] for run in runs):.0f} MiB (largest child so far), "
          f"app {app_rss:.0f} MiB")  # fmt: skip


if __name__ == "__main__":
    main()
