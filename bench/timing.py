"""The one timing helper the benchmarks share: the median of several runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def medians_in_turn(measures: dict[str, Callable[[], float]], runs: int) -> dict[str, float]:
    """Each measure ``runs`` times, the measures taking turns (so a change in the machine's
    load falls on all of them alike); the median of each, by name."""
    taken: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(runs):
        for name, measure in measures.items():
            taken[name].append(measure())
    return {name: statistics.median(values) for name, values in taken.items()}
