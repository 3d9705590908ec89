"""Generated briefings N× the bundled one, on disk, for the scaling benchmarks.

The sections are repeated under new ids (``bench_positions.scaled``), the article and pictures
copied beside them: a valid dataset of 3·N sections. Until the schema takes more than 50 sections
the limit is raised in the process that loads one (``unlimited``); ``briefing_unlimited.py``
beside this script runs the real ``briefing`` command with it raised.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench_positions import scaled, write  # bench/bench_positions.py, beside this script

SECTION_LIMIT = 100_000


def unlimited() -> None:
    """Let this process load briefings of more than 50 sections (a no-op once the schema's
    own limit is higher)."""
    from annotated_types import MaxLen

    from briefing.model.schema import Briefing

    field = Briefing.model_fields["sections"]
    changed = False
    for number, item in enumerate(field.metadata):
        if isinstance(item, MaxLen) and item.max_length < SECTION_LIMIT:
            field.metadata[number] = MaxLen(SECTION_LIMIT)
            changed = True
    if changed:
        Briefing.model_rebuild(force=True)
        from briefing.model import loader

        # Rebuilding the model makes a new validator: anything that kept the old one needs it.
        for name in dir(loader):
            if getattr(loader, name) is Briefing:
                setattr(loader, name, Briefing)


def write_scaled(folder: Path, times: int) -> Path:
    """The bundled dataset ``times`` over, written to ``folder`` (which must not exist)."""
    from briefing.resources import bundled_dataset

    data = json.loads((bundled_dataset() / "briefing.json").read_text(encoding="utf-8"))
    return write(folder, scaled(data, times))
