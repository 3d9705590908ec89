"""The frozen bundle (`make dist`) against the venv: size on disk, `briefing validate` and
`briefing export --format png,pdf,csv` from process start to exit.

    python bench/bench_bundle.py [--dist DIR] [--bundle DIR]

Uses the packages `make dist` left in dist/ and its bundle in build/dist/bundle/, building them
first when they are missing. Every run is a fresh process with an emptied environment (PATH and
HOME only), the bundle's and the venv's alternated, each export into a new folder; prints
medians and the ratio bundle / venv. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
VALIDATE_RUNS = 9
EXPORT_RUNS = 5


def mib(size: float) -> str:
    return f"{size / 2**20:.0f} MiB"


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def needed_distributions(name: str = "briefing") -> list[str]:
    """The app and every distribution it requires, recursively (no extras)."""
    seen: list[str] = []
    todo = [name]
    while todo:
        current = todo.pop()
        try:
            dist = distribution(current)
        except PackageNotFoundError:
            continue
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen.append(key)
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def venv_bytes() -> tuple[int, list[str]]:
    """What the app's distributions occupy in site-packages (the editable app: its sources)."""
    total = 0
    names = needed_distributions()
    for name in names:
        dist = distribution(name)
        if name == "briefing":  # an editable install: count what its wheel would hold
            total += sum(tree_bytes(ROOT / f) for f in ("src/briefing", "data", "resources"))
            continue
        for file in dist.files or []:
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                total += path.stat().st_size
    return total, names


def timed(command: list[str], home: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        ["env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}", *command],
        cwd=home, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def alternate(
    programs: dict[str, Path], args: list[str], runs: int, home: Path
) -> dict[str, float]:
    """Median seconds of each program; runs alternated, a fresh --out folder for exports."""
    times: dict[str, list[float]] = {name: [] for name in programs}
    for run in range(runs + 1):  # the first round warms the page cache and is dropped
        order = list(programs) if run % 2 == 0 else list(reversed(programs))
        for name in order:
            extra = ["--out", str(home / f"out-{name}-{run}")] if args[0] == "export" else []
            seconds = timed([str(programs[name]), *args, *extra], home)
            if run:
                times[name].append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "dist" / "bundle")
    args = parser.parse_args()
    bundle = args.bundle / f"briefing-{VERSION}"
    tarball = args.dist / f"briefing-{VERSION}-linux-x86_64.tar.gz"
    deb = args.dist / f"briefing_{VERSION}_amd64.deb"
    if not (bundle.is_dir() and tarball.is_file() and deb.is_file()):
        print("building the packages first (make dist) ...", flush=True)
        subprocess.run(
            [sys.executable, str(ROOT / "resources" / "packaging" / "build_dist.py"),
             "--out", str(args.dist), "--work", str(args.bundle.parent)],
            check=True,
        )  # fmt: skip

    venv_size, names = venv_bytes()
    bundle_size = tree_bytes(bundle)
    programs = {"bundle": bundle / "briefing", "venv": Path(sys.prefix) / "bin" / "briefing"}
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        validate = alternate(programs, ["validate"], VALIDATE_RUNS, home)
        export = alternate(programs, ["export", "--format", "png,pdf,csv"], EXPORT_RUNS, home)

    rows = [
        ("size: bundle folder / site-packages", mib(bundle_size), mib(venv_size),
         f"{bundle_size / venv_size:.2f}x"),
        ("size: .tar.gz", mib(tarball.stat().st_size), "", ""),
        ("size: .deb", mib(deb.stat().st_size), "", ""),
        (f"validate, median of {VALIDATE_RUNS}", f"{validate['bundle']:.2f} s",
         f"{validate['venv']:.2f} s", f"{validate['bundle'] / validate['venv']:.2f}x"),
        (f"export png,pdf,csv, median of {EXPORT_RUNS}", f"{export['bundle']:.2f} s",
         f"{export['venv']:.2f} s", f"{export['bundle'] / export['venv']:.2f}x"),
    ]  # fmt: skip
    print(f"site-packages counted: {', '.join(names)} (the venv's Python itself is not)")
    print(f"| {'what':38} | {'bundle':>9} | {'venv':>9} | {'bundle / venv':>13} |")
    print(f"|{'-' * 40}|{'-' * 11}|{'-' * 11}|{'-' * 15}|")
    for what, frozen, venv, ratio in rows:
        print(f"| {what:38} | {frozen:>9} | {venv:>9} | {ratio:>13} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
