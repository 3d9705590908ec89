"""A plain `pip install` of the wheel finds its dataset from anywhere, with no checkout around."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installed_in_a_clean_venv_validates_from_tmp(tmp_path: Path) -> None:
    # Build from a copy: a build/ folder left in the checkout would leak stale files into the wheel.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "src", "data", "resources"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy2
        copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(wheels), str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    (wheel,) = wheels.glob("briefing-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing/data/ordos-talent-2024/briefing.json" in names
    assert "briefing/data/ordos-talent-2024/article.txt" in names
    assert sum(name.startswith("briefing/data/ordos-talent-2024/images/") for name in names) == 5
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = zipfile.ZipFile(wheel).read(metadata).decode()
    for dependency in ("PySide6-Essentials", "pyqtgraph", "pydantic"):
        assert f"Requires-Dist: {dependency}" in requires

    target = tmp_path / "venv"
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()
    )  # fmt: skip
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True,
    )  # fmt: skip
    # Dependencies come from this environment's site-packages, added after the venv's own; the
    # checkout's editable hook is not processed there, so `briefing` can only be the wheel's.
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    script = target / "bin" / "briefing"
    result = subprocess.run(
        [script, "validate"], cwd="/tmp", capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"valid: {site}/briefing/data/ordos-talent-2024/briefing.json" in result.stdout
