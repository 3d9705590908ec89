"""What naming the line and column of every problem costs, against loading without it, in the
same run, for the bundled briefing made 1×, 4× and 16× larger (its sections repeated with new
ids) and for a 20 MB file (the largest the loader reads).

For each size:
- ``json.loads`` of the file, the baseline;
- ``load_dataset`` of the valid dataset (no problem, so no position is looked up);
- ``load_dataset`` of the dataset with one problem at its end, and with a problem in every figure,
  each with and without the positions (``locate_problems`` replaced by a pass-through);
- ``position_index``, every value's position, for comparison.

Then many problems on one line, as a minified file has them: the bundled briefing on a single
line with 10,000, 40,000 and 160,000 unknown keys in its lead (1×, 4×, 16×), and the time
``locate_problems`` takes to place them; it grows as the problems do (it once searched back to
the start of the line for each, which grew with their square). What growth is left in the time a
problem is Python's garbage collector walking the problems held: it is shown without it too.

Run with ``python bench/bench_positions.py``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import gc
import json
import shutil
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.model import DatasetError, Problem, load_dataset, loader
from briefing.model.positions import locate_problems, position_index
from briefing.resources import bundled_dataset
from timing import median_ms  # bench/timing.py, beside this script

BROKEN_QUOTE = "这句话不在原文中。"


def renamed(section: dict[str, Any], copy_number: int) -> dict[str, Any]:
    """A copy of a section whose ids (and every reference to them) end in -k<copy_number>."""
    suffix = f"-k{copy_number}"
    section = copy.deepcopy(section)
    section["id"] += suffix
    for figure in section.get("figures", []):
        figure["id"] += suffix
        derived = figure.get("derived")
        if derived:
            derived["inputs"] = {
                name: target.replace(".", suffix + ".", 1) if "." in target else target + suffix
                for name, target in derived["inputs"].items()
            }
    section["cards"] = [card + suffix for card in section.get("cards", [])]
    for chart in section.get("charts", []):
        chart["id"] += suffix
        for series in chart["series"]:
            series["values"] = [value + suffix for value in series["values"]]
    for image in section.get("images", []):
        image["id"] += suffix
    return section


def scaled(data: dict[str, Any], times: int) -> dict[str, Any]:
    data = copy.deepcopy(data)
    sections = data["sections"]
    data["sections"] = sections + [
        renamed(section, n) for n in range(1, times) for section in sections
    ]
    return data


def write(folder: Path, data: dict[str, Any]) -> Path:
    shutil.copytree(bundled_dataset(), folder)
    (folder / "briefing.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return folder


def fails(folder: Path) -> Callable[[], int]:
    def load() -> int:
        try:
            load_dataset(folder)
        except DatasetError as error:
            return len(error.problems)
        raise AssertionError(f"{folder} is valid")

    return load


def without_positions(action: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        def unplaced(problems: Any, _text: str, _file: str) -> list[Problem]:
            return list(problems)

        kept = loader.locate_problems
        loader.locate_problems = unplaced
        try:
            return action()
        finally:
            loader.locate_problems = kept

    return run


def compare(label: str, folder: Path, runs: int) -> None:
    """Load without and with positions, alternately, so both see the same machine."""
    count = fails(folder)()
    plain_runs, placed_runs = [], []
    for _ in range(runs):
        plain_runs.append(median_ms(without_positions(fails(folder)), 1))
        placed_runs.append(median_ms(fails(folder), 1))
    plain, placed = statistics.median(plain_runs), statistics.median(placed_runs)
    print(
        f"  {label:<28} {plain:9.1f} ms without, {placed:9.1f} ms with positions "
        f"({placed / plain:.2f}×, {count} problems)"
    )


def bench(root: Path, times: int, data: dict[str, Any], runs: int) -> None:
    big = scaled(data, times)
    valid = write(root / f"valid-{times}", big)
    text = (valid / "briefing.json").read_text(encoding="utf-8")
    print(f"{times}× ({len(text.encode()) / 1048576:.2f} MB, {len(big['sections'])} sections)")
    baseline = median_ms(lambda: json.loads(text), runs)
    print(f"  {'json.loads':<28} {baseline:9.1f} ms  (baseline)")
    loaded = median_ms(lambda: load_dataset(valid), runs)
    print(f"  {'load_dataset, valid':<28} {loaded:9.1f} ms  ({loaded / baseline:.1f}×)")

    last = copy.deepcopy(big)
    last["sections"][-1]["figures"][-1]["quote"] = BROKEN_QUOTE
    compare("one problem at the end", write(root / f"last-{times}", last), runs)

    every = copy.deepcopy(big)
    for block in [every["lead"], *every["sections"]]:
        for figure in block["figures"]:
            if figure.get("quote"):
                figure["quote"] = BROKEN_QUOTE
    compare("a problem in every figure", write(root / f"every-{times}", every), runs)

    index = median_ms(lambda: position_index(text), runs)
    print(f"  {'position_index (every value)':<28} {index:9.1f} ms  ({index / baseline:.1f}×)")


def bench_largest(root: Path, data: dict[str, Any]) -> None:
    """20 MB: more than 50 sections, so one problem ($.sections: at most 50 items), found by
    validating the whole file."""
    size = len(json.dumps(data, ensure_ascii=False, indent=2).encode())
    times = loader.MAX_DATASET_BYTES // size
    big = scaled(data, times)
    folder = write(root / "largest", big)
    text = (folder / "briefing.json").read_text(encoding="utf-8")
    print(f"{times}× ({len(text.encode()) / 1048576:.2f} MB, {len(big['sections'])} sections)")
    baseline = median_ms(lambda: json.loads(text), 3)
    print(f"  {'json.loads':<28} {baseline:9.1f} ms  (baseline)")
    compare("too many sections", folder, 5)
    # 50 sections, the last one's figures given 400 times: a duplicate id in every copy
    big["sections"] = big["sections"][:50]
    big["sections"][-1]["figures"].extend(big["sections"][-1]["figures"] * 400)
    repeated = write(root / "largest-2", big)
    megabytes = (repeated / "briefing.json").stat().st_size / 1048576
    compare(f"ids given 400× ({megabytes:.1f} MB)", repeated, 3)
    index = median_ms(lambda: position_index(text), 3)
    print(f"  {'position_index (every value)':<28} {index:9.1f} ms  ({index / baseline:.1f}×)")


def bench_one_line(root: Path, data: dict[str, Any]) -> None:
    """Unknown keys on a single line: placing them (``locate_problems`` alone, the problems found
    once beforehand) grows as their number does, the time a problem staying flat."""
    print("one line, many problems: placing them")
    first = 0.0
    for count, runs in ((10_000, 5), (40_000, 3), (160_000, 3)):
        broken = copy.deepcopy(data)
        broken["lead"].update({f"k{n}": n for n in range(count)})
        folder = root / f"one-line-{count}"
        shutil.copytree(bundled_dataset(), folder)
        text = json.dumps(broken, ensure_ascii=False, separators=(",", ":"))
        source = folder / "briefing.json"
        source.write_text(text, encoding="utf-8")
        try:
            load_dataset(folder)
        except DatasetError as error:
            unplaced = [dataclasses.replace(p, line=None, column=None) for p in error.problems]
        else:
            raise AssertionError(f"{folder} is valid")
        place = functools.partial(locate_problems, unplaced, text, str(source))
        placing = median_ms(place, runs)
        gc.disable()  # what is left of the growth is the collector walking the live problems
        try:
            uncollected = median_ms(place, runs)
        finally:
            gc.enable()
        first = first or placing
        print(
            f"  {len(unplaced):>7} problems on a line of {len(text.encode()) / 1048576:.2f} MB: "
            f"{placing:8.1f} ms ({placing / first:4.1f}×), "
            f"{placing * 1000 / len(unplaced):5.1f} µs a problem; "
            f"{uncollected * 1000 / len(unplaced):5.1f} µs without the garbage collector"
        )


def main() -> None:
    data = json.loads((bundled_dataset() / "briefing.json").read_text(encoding="utf-8"))
    load_dataset(bundled_dataset())  # warm the imports
    with tempfile.TemporaryDirectory(prefix="bench-positions-") as name:
        root = Path(name)
        for times, runs in ((1, 21), (4, 9), (16, 5)):
            bench(root, times, data, runs)
        bench_largest(root, data)
        bench_one_line(root, data)


if __name__ == "__main__":
    main()
