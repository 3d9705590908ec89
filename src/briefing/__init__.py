"""briefing: an offline desktop viewer for a data briefing."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # importlib.metadata costs ~50 ms at start-up; only look the version up when asked.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("briefing")
        except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            return "0.0.0"
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
