"""Generated briefings N× the bundled one, on disk, for the scaling benchmarks.

The sections are repeated under new ids (``bench_positions.scaled``), the article and pictures
copied beside them: a valid dataset of 3·N sections.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench_positions import scaled, write  # bench/bench_positions.py, beside this script


def write_scaled(folder: Path, times: int) -> Path:
    """The bundled dataset ``times`` over, written to ``folder`` (which must not exist)."""
    from briefing.resources import bundled_dataset

    data = json.loads((bundled_dataset() / "briefing.json").read_text(encoding="utf-8"))
    return write(folder, scaled(data, times))
