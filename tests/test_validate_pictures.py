"""`briefing validate` (and `briefing export`) name each picture that is there but cannot be
shown, with the reason the viewer's placeholder gives: a hostile SVG, a damaged or truncated
photograph, a file that is not a picture. The dataset stays valid (the viewer shows the
placeholder); whoever prepares it hears of it before the briefing is shown."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.resources import bundled_dataset
from tests.test_hostile import EXTERNAL, b64, image, svg


def dataset_with(tmp_path: Path, pictures: dict[str, bytes]) -> Path:
    """The bundled dataset with its first pictures' files replaced by ``pictures``, by the
    file name the dataset gives them (each named in a section or the lead)."""
    folder = tmp_path / "dataset"
    shutil.copytree(bundled_dataset(), folder)
    data = json.loads((folder / "briefing.json").read_text("utf-8"))
    images = [i for block in [data["lead"], *data["sections"]] for i in block.get("images", [])]
    for picture, (name, content) in zip(images, pictures.items(), strict=False):
        picture["file"] = f"images/{name}"
        (folder / "images" / name).write_bytes(content)
    (folder / "briefing.json").chmod(0o644)
    (folder / "briefing.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def validate(folder: Path, *lang: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefing", "validate", *lang, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_nested_svg_reaching_outside_is_named_by_validate(tmp_path: Path) -> None:
    outside = tmp_path / "secret.svg"
    outside.write_text(svg(""))
    inner = svg(image(str(outside)))
    hostile = svg(image("data:image/svg+xml;base64," + b64(inner))).encode()
    folder = dataset_with(tmp_path, {"nested.svg": hostile})
    result = validate(folder)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("有效：")
    warnings = [line for line in result.stdout.splitlines() if "nested.svg" in line]
    assert len(warnings) == 1, result.stdout
    assert EXTERNAL in warnings[0]
    assert "$.lead.images[0].file" in warnings[0]
    assert "briefing.json:" in warnings[0]  # with its line and column, for the editor
    assert result.stderr == ""


def test_damaged_pictures_are_named_once_each_in_english(tmp_path: Path) -> None:
    photo = (bundled_dataset() / "images").iterdir().__next__().read_bytes()
    pictures = {
        "cut.svg": photo[: len(photo) // 3],
        "notes.png": b"this is not a picture at all",
    }
    folder = dataset_with(tmp_path, pictures)
    result = validate(folder, "--lang", "en")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("valid: ")
    for name in pictures:
        named = [line for line in lines if name in line]
        assert len(named) == 1, result.stdout
        assert named[0].startswith("warning: ")
        assert "cannot be shown" in named[0]


def test_the_bundled_dataset_has_no_picture_warnings() -> None:
    result = validate(bundled_dataset(), "--lang", "en")
    assert result.returncode == 0
    assert result.stdout.count("\n") == 1, result.stdout  # the summary line alone
    assert result.stderr == ""


@pytest.mark.parametrize("form", ["pdf", "png", "csv"])
def test_export_names_the_picture_too_when_it_draws_pictures(tmp_path: Path, form: str) -> None:
    folder = dataset_with(tmp_path, {"notes.png": b"not a picture"})
    command = ["export", "--lang", "en", "--format", form, "--out", str(tmp_path / "out")]
    result = subprocess.run(
        [sys.executable, "-m", "briefing", *command, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    named = [line for line in result.stdout.splitlines() if "notes.png" in line]
    # Chart images and the figures table draw no picture: they do not decode them to say so.
    assert len(named) == (1 if form == "pdf" else 0), result.stdout


def test_validate_needs_no_display_and_names_the_right_file(tmp_path: Path) -> None:
    """A desktop's platform named without a display to reach, and the folder given relative
    to where the command runs: the damaged picture is still the one named."""
    folder = dataset_with(tmp_path, {"a.png": b"damaged"})
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ""}
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "validate", "--lang", "en", folder.name],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=folder.parent,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    named = [line for line in result.stdout.splitlines() if "cannot be shown" in line]
    assert len(named) == 1, result.stdout
    assert "'images/a.png'" in named[0]
