"""``briefing`` as the real command, with the schema's 50-section limit raised first (see
scaled.py): the scaling benchmarks time 64× briefings (192 sections) through it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    from scaled import unlimited

    unlimited()
    from briefing.cli import main

    sys.exit(main())
