"""A large export: drawn by worker processes as well as this one, the same files either way, and
a failure or a cancel part-way leaves the folder exactly as it was."""

from __future__ import annotations

import errno
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from briefing.model import Dataset, load_dataset
from briefing.model.formatting import chinese_ordinal, parse_chinese_number
from briefing.render.everything import export_all, plan
from briefing.render.export_pool import WORKERS_VARIABLE, SlideShare, worker_count
from briefing.render.files import ExportCancelled, ExportError, ImageOptions
from briefing.resources import bundled_dataset
from briefing.viewer.main_window import MainWindow
from tests.test_export_close import open_export

SMALL = ImageOptions(640, 360)  # every chart drawn, quickly


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (by path inside it) with its bytes, and every folder."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        found[str(path.relative_to(folder))] = path.read_bytes() if path.is_file() else b"/"
    return found


def workers(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    monkeypatch.setenv(WORKERS_VARIABLE, str(count))


def test_a_small_export_starts_no_worker_and_a_large_one_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1})
    assert worker_count(11) == 0  # the bundled briefing's charts: a worker would not pay
    assert worker_count(704) == 1  # 64 times as many: the second core
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0})
    assert worker_count(704) == 0
    workers(monkeypatch, 3)
    assert worker_count(11) == 3


@pytest.mark.parametrize("count", [0, 1])
def test_every_chart_file_is_the_same_whichever_process_drew_it(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    workers(monkeypatch, 0)
    alone = export_all(dataset, tmp_path / "alone", ["png", "svg"], SMALL)
    workers(monkeypatch, count)
    shared = export_all(dataset, tmp_path / "shared", ["png", "svg"], SMALL)
    assert [p.relative_to(tmp_path / "shared") for p in shared] == [
        p.relative_to(tmp_path / "alone") for p in alone
    ]  # named and listed in the briefing's order
    assert contents(tmp_path / "shared") == contents(tmp_path / "alone")
    assert multiprocessing.active_children() == []  # every worker has ended


def test_in_the_app_a_worker_draws_in_the_app_s_theme_too(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, theme: object
) -> None:
    """In the app the application carries the theme's font, palette and style sheet: a
    worker takes them on, so its files are those the app would have drawn itself."""
    assert theme is not None
    workers(monkeypatch, 0)
    export_all(dataset, tmp_path / "alone", ["png", "svg"], SMALL)
    workers(monkeypatch, 1)
    export_all(dataset, tmp_path / "shared", ["png", "svg"], SMALL)
    assert contents(tmp_path / "shared") == contents(tmp_path / "alone")


@pytest.mark.parametrize("wait", [True, False])
def test_the_slides_pdf_is_the_same_when_workers_record_slides(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, wait: bool
) -> None:
    workers(monkeypatch, 0)
    (alone,) = export_all(dataset, tmp_path / "alone", ["pdf"], SMALL)
    workers(monkeypatch, 1)
    # With ``wait``, every batch given to the worker is played here, even those this process
    # would have painted sooner itself while the worker started; without, as it comes.
    monkeypatch.setattr(SlideShare, "wait_for_workers", wait)
    (shared,) = export_all(dataset, tmp_path / "shared", ["pdf"], SMALL)
    pages = [page.extract_text() for page in PdfReader(alone).pages]
    assert [page.extract_text() for page in PdfReader(shared).pages] == pages
    assert len(pages) > 20
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(shared).pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("NotoSansCJK" in name for name in fonts), fonts


@pytest.mark.parametrize("count", [0, 1])
@pytest.mark.parametrize("failing", [1, 5, 13])
def test_a_disk_full_part_way_leaves_the_folder_as_it_was(
    tmp_path: Path,
    dataset: Dataset,
    monkeypatch: pytest.MonkeyPatch,
    count: int,
    failing: int,
) -> None:
    """The Nth file fails: every file this export wrote before it is removed, and the folders
    it made; what was in the folder before stays, byte for byte."""
    out = tmp_path / "out"
    (out / "charts").mkdir(parents=True)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "charts" / "old.png").write_bytes(b"an older picture")
    before = contents(out)
    writes = []
    real = os.fsync

    def full_at_the_nth(fd: int) -> None:
        writes.append(fd)
        if len(writes) == failing:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(os, "fsync", full_at_the_nth)  # files are written here, not in a worker
    workers(monkeypatch, count)
    with pytest.raises(ExportError) as raised:
        export_all(dataset, out, ["pdf", "png", "csv"], SMALL)
    assert str(raised.value).startswith("无法写入 ")
    assert str(raised.value).endswith("：磁盘已满")
    assert len(writes) == failing
    assert contents(out) == before
    assert multiprocessing.active_children() == []


def test_a_failure_removes_the_folders_the_export_made(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def full_at_the_third(_fd: int) -> None:
        calls.append(_fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full_at_the_third)
    with pytest.raises(ExportError, match="磁盘已满"):
        export_all(dataset, tmp_path / "new" / "out", ["png"], SMALL)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("count", [0, 1])
def test_a_cancel_with_workers_running_leaves_nothing(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    seen: list[int] = []

    def cancel_at_six(_name: str, done: int, _total: int) -> bool:
        seen.append(done)
        return done < 6

    workers(monkeypatch, count)
    with pytest.raises(ExportCancelled):
        export_all(dataset, out, ["png", "svg", "csv"], SMALL, progress=cancel_at_six)
    assert max(seen) == 6  # it went as far as asked, and stopped there
    assert contents(out) == {"notes.txt": b"mine"}
    assert multiprocessing.active_children() == []


def test_the_files_a_failed_export_replaced_are_the_new_ones(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With ``force`` a file is replaced when its turn comes: after a failure the old one is
    gone, so the new one stays rather than nothing."""
    export_all(dataset, tmp_path, ["csv"], SMALL)
    table = tmp_path / "figures.csv"
    table.write_bytes(b"old")
    jobs = plan(dataset, tmp_path, ["png", "csv"])
    calls = []
    real = os.fsync

    def full_after_the_table(fd: int) -> None:
        calls.append(fd)
        if len(calls) > len(jobs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd)

    monkeypatch.setattr(os, "fsync", full_after_the_table)
    workers(monkeypatch, 0)
    with pytest.raises(ExportError, match="磁盘已满"):
        export_all(dataset, tmp_path, ["png", "csv", "xlsx"], SMALL, force=True)
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["figures.csv"]


def test_sections_past_ninety_nine_are_numbered_in_words() -> None:
    """A briefing of 192 sections numbers its section slides 第一百九十二部分, not an error."""
    words = [chinese_ordinal(n) for n in (99, 100, 105, 110, 112, 192, 1003, 2010)]
    assert words == [
        "九十九", "一百", "一百零五", "一百一十", "一百一十二", "一百九十二", "一千零三",
        "二千零一十",
    ]  # fmt: skip
    assert all(parse_chinese_number(chinese_ordinal(n)) == n for n in range(1, 10_000))


def test_a_worker_killed_part_way_leaves_its_charts_to_this_process(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies (killed, out of memory) costs time, not the export: what it was
    drawing is drawn here, and every file is as an export without workers writes it."""
    workers(monkeypatch, 0)
    export_all(dataset, tmp_path / "alone", ["png", "csv"], SMALL)
    workers(monkeypatch, 1)
    killed: list[int] = []

    def kill_the_worker(_name: str, done: int, _total: int) -> bool:
        if done == 2 and not killed:
            for child in multiprocessing.active_children():
                killed.append(child.pid or 0)
                child.kill()
        return True

    export_all(dataset, tmp_path / "shared", ["png", "csv"], SMALL, progress=kill_the_worker)
    assert killed
    assert contents(tmp_path / "shared") == contents(tmp_path / "alone")
    assert multiprocessing.active_children() == []


def test_cancel_in_the_app_with_a_worker_drawing_leaves_nothing(
    make_window: Callable[..., MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File > 导出…, PNG and the PDF, a worker drawing: 取消 in the progress dialog part-way
    stops the export, says so, and the folder is empty."""
    workers(monkeypatch, 1)
    window = make_window()
    dialog = open_export(window, qtbot, tmp_path, {"png", "pdf"})
    labels: list[str] = []

    def cancel_once_charts_are_written() -> None:
        progress = window.exports.progress
        if progress is None or not progress.isVisible():
            return
        labels.append(progress.labelText())
        if len(list((tmp_path / "charts").glob("*.png"))) >= 2:
            progress.cancel()

    watcher = QTimer()
    watcher.timeout.connect(cancel_once_charts_are_written)
    watcher.start(20)
    dialog.accept()
    qtbot.waitUntil(lambda: window.message_box is not None and window.message_box.isVisible(),
                    timeout=120000)  # fmt: skip
    watcher.stop()
    assert window.message_box.text() == "导出已取消，没有留下任何文件。"
    assert list(tmp_path.iterdir()) == []
    assert any(label.startswith("正在写入 ") for label in labels)  # progress was shown
    assert multiprocessing.active_children() == []


def test_a_picture_on_slides_of_every_process_is_embedded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The briefing twice over, its PDF drawn with a worker: each picture is in the file once,
    as when this process draws every slide (a slide recorded in a worker would carry its own
    copy of the picture, embedded again when played)."""
    from tests.test_export_pdf import image_objects, pictures_shown
    from tests.test_scale import write_repeated

    twice = load_dataset(write_repeated(tmp_path / "twice", 2))
    shown = pictures_shown(twice)
    assert len(shown) > len(set(shown)), "the sections' pictures are shown twice"
    workers(monkeypatch, 1)
    monkeypatch.setattr(SlideShare, "wait_for_workers", True)  # the worker's batches played
    (pdf,) = export_all(twice, tmp_path / "out", ["pdf"], SMALL)
    used = image_objects(PdfReader(pdf))
    assert len(used) == len(shown)
    assert len(set(used)) == len(set(shown)), used
