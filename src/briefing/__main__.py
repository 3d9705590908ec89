"""``python -m briefing``: the same as the ``briefing`` command."""

import sys

from briefing.cli import main

# Guarded: a worker process of a parallel export (render/export_pool.py, started by ``spawn``)
# imports the main module again, and must not run the command a second time.
if __name__ == "__main__":
    sys.exit(main())
