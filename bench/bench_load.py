"""How long loading and checking the bundled briefing takes, against baselines from the same run.

- in process: ``load_dataset`` (read, parse, validate, check every quote, derivation and image)
  against a bare ``json.loads`` of the same file;
- as a command: ``briefing validate`` against a bare ``python -c pass``.

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefing.model import load_dataset
from briefing.resources import bundled_dataset
from timing import median_ms  # bench/timing.py, beside this script


def main() -> None:
    folder = bundled_dataset()
    source = folder / "briefing.json"
    load_dataset(folder)  # warm the imports and the file cache
    baseline = median_ms(lambda: json.loads(source.read_bytes()), 200)
    loaded = median_ms(lambda: load_dataset(folder), 50)
    print(f"json.loads of briefing.json      {baseline:8.2f} ms  (baseline)")
    print(f"load_dataset (parse + checks)    {loaded:8.2f} ms  ({loaded / baseline:.1f}x)")

    script = Path(sys.executable).with_name("briefing")
    bare = median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 9)
    command = median_ms(
        lambda: subprocess.run([script, "validate"], check=True, capture_output=True), 9
    )
    print(f"python -c pass                   {bare:8.1f} ms  (baseline)")
    print(f"briefing validate                {command:8.1f} ms  ({command / bare:.1f}x)")


if __name__ == "__main__":
    main()
