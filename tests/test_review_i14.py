"""Review of issue 14: what a user would have hit in the merged change (each test names how)."""

from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefing.model import Dataset, load_dataset
from briefing.render.everything import export_all
from briefing.render.export_pool import WORKERS_VARIABLE, ExportPool
from briefing.render.files import ImageOptions
from briefing.resources import bundled_dataset

SMALL = ImageOptions(640, 360)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


def test_a_worker_killed_while_the_pdf_is_made_leaves_its_slides_to_this_process(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker that dies while the slides' PDF is made (killed, out of memory): the PDF is
    still written whole, not "unexpected error: BrokenProcessPool" (the next batch of slides
    was handed to the broken pool unguarded)."""
    monkeypatch.setenv(WORKERS_VARIABLE, "0")
    (alone,) = export_all(dataset, tmp_path / "alone", ["pdf"], SMALL)
    monkeypatch.setenv(WORKERS_VARIABLE, "1")
    calls: list[int] = []

    def kill_the_worker(_name: str, _done: int, _total: int) -> bool:
        calls.append(1)
        if len(calls) == 3:  # a few pages in
            for child in multiprocessing.active_children():
                child.kill()
                child.join()
        return True

    (shared,) = export_all(dataset, tmp_path / "shared", ["pdf"], SMALL, progress=kill_the_worker)
    assert len(PdfReader(shared).pages) == len(PdfReader(alone).pages)
    assert multiprocessing.active_children() == []


def test_ctrl_c_stops_the_export_not_its_workers(dataset: Dataset) -> None:
    """Ctrl-C in a terminal is sent to the worker processes too: a worker printed its
    KeyboardInterrupt traceback and died, and the export ended in "unexpected error:
    BrokenProcessPool" instead of stopping quietly. The exporting process alone handles it."""
    chart = dataset.briefing.charts()[0].id
    pool = ExportPool(1, dataset, SMALL)
    try:
        assert pool.charts([(chart, "png")]).result(timeout=120)  # the worker has started
        (worker,) = multiprocessing.active_children()
        assert worker.pid is not None
        status = Path(f"/proc/{worker.pid}/status").read_text()
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        # From its start (while it imports Qt, too), not only once it is ready.
        assert int(fields["SigBlk"], 16) & (1 << (signal.SIGINT - 1))
        os.kill(worker.pid, signal.SIGINT)
        assert pool.charts([(chart, "png")]).result(timeout=120)
        assert worker.is_alive()
    finally:
        pool.close()


LINKED = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
 viewBox="0 0 80 60"><a xlink:href="https://www.stats.gov.cn/"><rect width="80" height="60"
 fill="#c00"/></a><a href="other.svg"><circle r="5"/></a></svg>"""


def test_an_illustration_with_a_hyperlink_is_shown(tmp_path: Path, qapp: object) -> None:
    """An <a> link (a map of counties, each linked to its page; Illustrator's and web tools'
    exports) is never followed by Qt's renderer: the picture was refused as "SVG 引用了外部文件或
    网址" and shown as a placeholder."""
    from PySide6.QtCore import QSize

    from briefing.imaging import load_image

    path = tmp_path / "map.svg"
    path.write_text(LINKED, encoding="utf-8")
    image = load_image(path, QSize(80, 60))
    assert image.pixelColor(40, 30).name() == "#cc0000"


def test_a_malformed_svg_is_named_in_the_reader_s_language(qapp: object) -> None:
    """A cut-off or malformed SVG was refused as "图片已损坏（no element found）": expat's English
    in the Chinese UI. The reason now says where, in the UI's words."""
    from briefing.svg_safety import UnsafeSvgError, check_svg

    for svg, line in (
        (b'<svg xmlns="http://www.w3.org/2000/svg">\n<rect/>', 2),
        (b"<svg><</svg>", 1),
    ):
        with pytest.raises(UnsafeSvgError) as refused:
            check_svg(svg)
        assert refused.value.reason == f"图片已损坏（SVG 第 {line} 行不是格式正确的 XML）"


def test_ctrl_c_during_a_cli_export_stops_it_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C during `briefing export` raised KeyboardInterrupt wherever Python was, often inside
    a Qt call (a chart's paint), where PySide prints it and carries on: the export went on to
    the end with a traceback on the terminal (2 of 4 tries on a 8x briefing), or crashed with a
    segfault leaving charts/ behind. Now Ctrl-C asks the export to stop at its next file or
    page; it stops, removes what it wrote and exits with 130."""
    from briefing import cli
    from briefing.render import everything

    real = everything.export_all
    handlers: list[object] = []

    def interrupted_part_way(*args: object, progress: object = None, **kwargs: object) -> object:
        assert callable(progress)
        calls: list[int] = []

        def then_ctrl_c(name: str, done: int, total: int) -> bool:
            calls.append(done)
            if len(calls) == 3:
                handlers.append(signal.getsignal(signal.SIGINT))
                os.kill(os.getpid(), signal.SIGINT)
            return bool(progress(name, done, total))

        return real(*args, progress=then_ctrl_c, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(everything, "export_all", interrupted_part_way)
    monkeypatch.setenv(WORKERS_VARIABLE, "0")
    out = tmp_path / "out"
    assert cli.main(["export", "--out", str(out), "--format", "png,csv"]) == 130
    assert handlers
    assert handlers[0] is not signal.default_int_handler  # so never raised inside Qt
    assert not out.exists()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # as it was


@pytest.mark.parametrize("formats", [["png", "pdf"], ["png"]])
def test_a_worker_that_cannot_be_started_leaves_the_export_to_this_process(
    tmp_path: Path, dataset: Dataset, monkeypatch: pytest.MonkeyPatch, formats: list[str]
) -> None:
    """No process can be made (ulimit -u reached, no memory to fork): the export was "unexpected
    error: BlockingIOError: Resource temporarily unavailable"; it is drawn here instead."""
    import errno
    from multiprocessing.context import SpawnProcess

    def cannot_fork(_self: object) -> None:
        raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    monkeypatch.setattr(SpawnProcess, "start", cannot_fork)
    monkeypatch.setenv(WORKERS_VARIABLE, "1")
    written = export_all(dataset, tmp_path / "out", formats, SMALL)
    assert len(written) == len(dataset.briefing.charts()) + len(formats) - 1
    assert multiprocessing.active_children() == []
