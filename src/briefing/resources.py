"""The one accessor for files the app carries: the bundled dataset, fonts, styles.

Works the same from a checkout (``pip install -e .``) and from an installed wheel, because every
file is read through ``importlib.resources`` from the packages the top-level ``data/`` and
``resources/`` folders are installed as (``briefing.data`` and ``briefing.assets``), never through
``__file__`` or the working directory.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path, PurePosixPath

BUNDLED_DATASET = "ordos-talent-2024"
_PACKAGES = {"data": "briefing.data", "resources": "briefing.assets"}


class ResourceError(LookupError):
    """A packaged file that is missing or a name that would leave the package."""


def resource_path(package: str, relative: str) -> Path:
    """The path of a packaged file or folder: ``resource_path("data", "ordos-talent-2024")``.

    ``package`` is "data" or "resources"; ``relative`` is '/'-separated and may not be absolute
    or contain '..'.
    """
    parts = PurePosixPath(relative).parts
    if package not in _PACKAGES or PurePosixPath(relative).is_absolute() or ".." in parts:
        raise ResourceError(f"not a packaged file: {package}/{relative}")
    root = _folder(_PACKAGES[package])
    target = root.joinpath(*parts)
    if not target.exists():
        raise ResourceError(f"missing packaged file: {package}/{relative} (looked in {root})")
    return target


def _folder(package: str) -> Path:
    """The package's folder on disk. ``files()`` returns a ``pathlib.Path`` for an ordinary
    install, but other Traversables elsewhere (a frozen app's or Nuitka's reader): any of them
    that stands for a real folder has a file-system path, ``os.fspath`` gives it."""
    root = files(package)
    try:
        return Path(os.fspath(root))  # type: ignore[call-overload]
    except TypeError:  # a zipped install: no folder to read the dataset's files from
        raise ResourceError(f"package {package} is not installed as files") from None


def bundled_dataset() -> Path:
    """The folder of the briefing that ships with the app."""
    return resource_path("data", BUNDLED_DATASET)
