"""Exporting the whole briefing, headless and from the app: every file whole or not at all,
nothing overwritten unasked, a clear message on any failure."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.render.everything import export_all, plan
from briefing.render.files import ExportCancelled, ExportError, ImageOptions
from briefing.resources import bundled_dataset
from briefing.viewer.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    return subprocess.run(
        [sys.executable, "-m", "briefing", "export", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


def test_export_needs_no_display_whatever_platform_is_named(tmp_path: Path) -> None:
    """A desktop that names its platform (xcb) with no display to reach: the export still
    draws, offscreen, and writes its files."""
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    command = ["export", "--format", "png,csv", "--charts", "s1-funds", "--out", str(tmp_path)]
    result = subprocess.run(
        [sys.executable, "-m", "briefing", *command],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.rglob("*.*")) == [".csv", ".png"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """One full headless export, shared by the tests that read it."""
    out = tmp_path_factory.mktemp("export")
    result = run_export("--out", str(out))
    assert result.returncode == 0, result.stderr
    return out, result.stdout.splitlines()


def test_headless_export_writes_and_prints_every_file(
    exported: tuple[Path, list[str]], dataset: Dataset
) -> None:
    out, printed = exported
    expected = [job.path for job in plan(dataset, out, ("pdf", "png", "svg", "csv"))]
    assert [Path(line) for line in printed] == expected
    assert all(path.is_file() and path.stat().st_size > 0 for path in expected)
    assert len([p for p in expected if p.suffix == ".png"]) == 11
    assert (out / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    leftovers = [p for p in out.rglob("*") if p.name.endswith(".part")]
    assert leftovers == []


def test_headless_export_refuses_to_overwrite_without_force(
    exported: tuple[Path, list[str]],
) -> None:
    out, _ = exported
    csv = out / "figures.csv"
    before = csv.stat().st_mtime_ns
    result = run_export("--out", str(out), "--format", "csv")
    assert result.returncode == 1
    assert "已存在" in result.stderr
    assert "Traceback" not in result.stderr
    assert csv.stat().st_mtime_ns == before
    forced = run_export("--out", str(out), "--format", "csv", "--force")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.strip() == str(csv)


def test_headless_export_at_an_exact_size(tmp_path: Path) -> None:
    result = run_export(
        "--out", str(tmp_path), "--format", "png", "--width", "1280", "--height", "720",
        "--scale", "2", "--dpi", "150", "--background", "transparent",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(result.stdout.splitlines()[0])
    assert (image.width(), image.height()) == (2560, 1440)
    assert image.pixelColor(0, 0).alpha() == 0
    assert round(image.dotsPerMeterX() * 0.0254) == 150


def test_headless_export_of_an_invalid_dataset_says_why(tmp_path: Path) -> None:
    (tmp_path / "briefing.json").write_text("{}", encoding="utf-8")
    result = run_export(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "$.format_version" in result.stdout
    assert not (tmp_path / "out").exists()


def test_an_unwritable_folder_gives_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run_export("--out", str(blocker / "out"), "--format", "csv")
    assert result.returncode == 1
    assert "无法创建文件夹" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("kind", ["csv", "xlsx", "handout"])
def test_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Every format goes through the one file writing: a full disk leaves no file of it."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="磁盘已满"):
        export_all(dataset, tmp_path, [kind], ImageOptions())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", ["pptx", "xlsx", "handout"])
def test_a_read_only_folder_gives_the_same_message(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """The office formats go through the same file writing as the others, and its words."""

    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)  # as root, chmod would not stop a write
    with pytest.raises(ExportError, match="文件夹是只读的"):
        export_all(dataset, tmp_path, [kind], ImageOptions())
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_export_removes_what_it_wrote(tmp_path: Path, dataset: Dataset) -> None:
    calls: list[int] = []

    def cancel_after_two(_name: str, done: int, _total: int) -> bool:
        calls.append(done)
        return done < 2

    with pytest.raises(ExportCancelled):
        export_all(
            dataset, tmp_path, ["png", "csv"], ImageOptions(1280, 720), progress=cancel_after_two
        )
    assert calls == [0, 1, 2]
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_a_cancel_answered_to_the_last_report_removes_everything(
    tmp_path: Path, dataset: Dataset
) -> None:
    """The window closed (停止导出并关闭) just as the last file was done: the files go, as
    the question said they would."""
    reports: list[tuple[int, int]] = []

    def cancel_when_done(_name: str, done: int, total: int) -> bool:
        reports.append((done, total))
        return done < total

    with pytest.raises(ExportCancelled):
        export_all(dataset, tmp_path, ["csv"], ImageOptions(), progress=cancel_when_done)
    assert reports[-1][0] == reports[-1][1]
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []


def test_unknown_format_is_refused(tmp_path: Path, dataset: Dataset) -> None:
    with pytest.raises(ExportError, match="不支持的格式"):
        export_all(dataset, tmp_path, ["gif"], ImageOptions())


def test_chart_export_from_the_app(make_window: MakeWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    panel = window.pages[0].charts[0]
    menu = panel.tools.menu()  # type: ignore[attr-defined]
    assert [a.text() for a in menu.actions()] == ["导出图片…", "复制图片", "复制数据", "数据表"]
    menu.actions()[0].trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    target = tmp_path / "funds.png"
    dialog.path.setText(str(target))  # type: ignore[attr-defined]
    dialog.size_preset.setCurrentIndex(0)  # type: ignore[attr-defined]
    dialog.accept()
    qtbot.waitUntil(target.exists)
    from PySide6.QtGui import QImage

    assert QImage(str(target)).size().toTuple() == (1280, 720)
    before = target.stat().st_mtime_ns
    menu.actions()[0].trigger()
    window.export_dialog.path.setText(str(target))  # type: ignore[attr-defined]
    window.export_dialog.accept()
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.objectName() == "confirm-overwrite"
    assert target.stat().st_mtime_ns == before, "nothing overwritten before the answer"
    box.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: target.stat().st_mtime_ns != before)


def test_copy_chart_puts_an_image_on_the_clipboard(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    QGuiApplication.clipboard().clear()
    panel = window.pages[1].charts[0]
    panel.tools.menu().actions()[1].trigger()  # type: ignore[attr-defined]
    assert not QGuiApplication.clipboard().image().isNull()


def test_file_export_writes_the_briefing_with_progress(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    window.export_briefing()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    for kind, box in dialog.kinds.items():  # type: ignore[attr-defined]
        box.setChecked(kind in {"csv", "png"})
    dialog.folder.setText(str(tmp_path))  # type: ignore[attr-defined]
    dialog.accept()
    csv = tmp_path / "figures.csv"
    qtbot.waitUntil(csv.exists, timeout=60000)
    assert len(list((tmp_path / "charts").glob("*.png"))) == 11
    assert window.message_box.objectName() == "export-message"


def test_a_failed_chart_export_says_why_and_leaves_the_app_as_it_was(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    window.chart_action(window.dataset.briefing.sections[0].charts[0].id, "export")
    dialog = window.export_dialog
    dialog.path.setText(str(blocker / "chart.png"))  # type: ignore[attr-defined]
    dialog.accept()
    box = window.message_box
    qtbot.waitUntil(box.isVisible)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "无法写入" in box.text()
    assert list(tmp_path.iterdir()) == [blocker]
    assert window.tabs.count() == 3
    box.close()


def test_an_export_folder_that_vanishes_gives_a_message(tmp_path: Path, dataset: Dataset) -> None:
    import shutil

    out = tmp_path / "out"

    def vanish(_name: str, done: int, _total: int) -> bool:
        if done == 1:
            shutil.rmtree(out)
        return True

    with pytest.raises(ExportError, match="文件夹不存在"):
        export_all(dataset, out, ["png", "csv"], ImageOptions(1280, 720), progress=vanish)
    assert not out.exists()
