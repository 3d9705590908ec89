"""A plain `pip install` of the wheel is the whole app: every module, the dataset, fonts,
icons and translations, found from anywhere with no checkout around."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_under_src_is_listed_for_the_wheel() -> None:
    """setuptools installs only the packages pyproject.toml lists: a package added under
    src/briefing and not listed would be missing from `pip install .` (the viewer once was)."""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT / "src").parts)
        for init in (ROOT / "src" / "briefing").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert {"briefing.data", "briefing.assets"} <= listed


@pytest.mark.slow
@pytest.mark.timeout(900)  # a wheel built and installed into a new venv
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
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [script, "validate", "--lang", "en"],
        cwd=elsewhere, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"valid: {site}/briefing/data/ordos-talent-2024/briefing.json" in result.stdout

    # Every module of the installed package imports, from the installed copy (all but
    # __main__, whose import runs the app).
    walk = (
        "import importlib, json, pkgutil, briefing\n"
        "found = pkgutil.walk_packages(briefing.__path__, 'briefing.')\n"
        "names = ['briefing'] + [m.name for m in found if m.name != 'briefing.__main__']\n"
        "files = {n: importlib.import_module(n).__file__ for n in names}\n"
        "print(json.dumps(files))"
    )
    result = subprocess.run(
        [python, "-c", walk], cwd=elsewhere, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    modules = json.loads(result.stdout)
    source = ROOT / "src" / "briefing"
    expected = {
        ".".join(path.relative_to(source.parent).with_suffix("").parts).removesuffix(".__init__")
        for path in source.rglob("*.py")
        if path.name != "__main__.py"
    }
    assert expected - set(modules) == set(), "modules of the checkout missing from the wheel"
    assert all(Path(file).is_relative_to(site) for file in modules.values())

    # The whole app: export everything, headless, from another folder.
    out = tmp_path / "export"
    result = subprocess.run(
        [script, "export", "--out", str(out), "--format", "png,svg,pdf,csv"],
        cwd=elsewhere, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert len(list((out / "charts").glob("*.png"))) == 11
    assert len(list((out / "charts").glob("*.svg"))) == 11
    assert len(list(out.glob("*.pdf"))) == 1
    assert (out / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert {"briefing/assets/i18n/briefing_en.qm", "briefing/assets/icons/briefing-256.png"} <= set(
        names
    )
