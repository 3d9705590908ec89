"""Shared test set-up: Qt offscreen before anything imports it, and a writable dataset copy."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing.resources import bundled_dataset

EditDataset = Callable[[Callable[[dict[str, Any]], object]], Path]


@pytest.fixture
def dataset_dir(tmp_path: Path) -> Path:
    """A copy of the bundled dataset that a test may break."""
    target = tmp_path / "dataset"
    shutil.copytree(bundled_dataset(), target)
    return target


@pytest.fixture
def edit_dataset(dataset_dir: Path) -> EditDataset:
    """Apply ``change(data)`` to the copy's briefing.json and return the folder."""

    def edit(change: Callable[[dict[str, Any]], object]) -> Path:
        path = dataset_dir / "briefing.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        return dataset_dir

    return edit
