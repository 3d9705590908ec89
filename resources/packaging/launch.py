"""The frozen program's entry point: the same as the ``briefing`` command of a pip install."""

import locale
import os
import sys


def _coerce_c_locale() -> None:
    # What the `python` command does at start-up (PEP 538) and a frozen program does not: under
    # the C locale (no LANG, as under cron or `env -i`), use C.UTF-8, or Qt warns on every run
    # that it "depends on a UTF-8 locale". LC_ALL, when set, is the user's word and stays.
    if os.environ.get("LC_ALL"):
        return
    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        current = "C"
    if current in {"C", "POSIX"}:
        os.environ["LC_CTYPE"] = "C.UTF-8"


if __name__ == "__main__":
    # A parallel export's worker (render/chart_pool.py) is this program started again by
    # multiprocessing: freeze_support() runs the worker and exits instead of the command.
    import multiprocessing

    multiprocessing.freeze_support()
    _coerce_c_locale()

    from briefing.cli import main

    sys.exit(main())
