"""What happens when things go wrong at run time, and what the app promises about the network
and the dataset folder."""

from __future__ import annotations

import ast
import shutil
import socket
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from briefing.errors import LOG_NAME, ErrorReporter
from briefing.imaging import ImageLoadError, load_image
from briefing.model import load_dataset
from briefing.viewer.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
SOURCE = Path(__file__).resolve().parents[1] / "src" / "briefing"
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "requests", "httpx", "ftplib", "smtplib"}


def test_an_unexpected_error_shows_a_message_logs_it_and_the_app_goes_on(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    reporter = ErrorReporter(window, folder=tmp_path)
    try:
        raise RuntimeError("the slot failed")
    except RuntimeError as error:
        reporter.report(type(error), error, error.__traceback__)
    box = reporter.last
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "RuntimeError: the slot failed" in box.text()
    assert "Traceback" in box.detailedText()
    log = (tmp_path / LOG_NAME).read_text(encoding="utf-8")
    assert "the slot failed" in log
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "复制详情")
    copy.click()
    assert "RuntimeError: the slot failed" in QGuiApplication.clipboard().text()
    window.set_tab(2)
    assert window.tabs.currentIndex() == 2, "the app keeps working"


def test_the_reporter_is_the_excepthook_while_the_app_runs(tmp_path: Path) -> None:
    reporter = ErrorReporter(folder=tmp_path)
    before = sys.excepthook
    reporter.install()
    try:
        assert sys.excepthook == reporter.report
    finally:
        reporter.uninstall()
    assert sys.excepthook is before


def test_a_log_that_cannot_be_written_does_not_make_things_worse(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    reporter = ErrorReporter(folder=blocker / "logs")
    error = ValueError("x")
    reporter.report(ValueError, error, None)
    assert reporter.last is not None
    assert reporter.last.informativeText() == ""
    reporter.last.close()


def network_imports() -> list[str]:
    found = []
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            for name in names:
                if name.split(".")[0] in NETWORK_MODULES or "QtNetwork" in name:
                    found.append(f"{path.relative_to(SOURCE)}: {name}")
    return found


def test_no_module_of_the_app_imports_networking() -> None:
    assert network_imports() == []


def test_app_show_and_every_export_work_with_the_network_impossible(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.render.everything import export_all
    from briefing.render.files import ImageOptions

    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network connections are impossible in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    window = make_window()
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    window.present(from_section=False)
    assert window.presentation is not None
    show = window.presentation.show
    qtbot.waitUntil(show.all_built, timeout=30000)
    show.end()
    assert window.dataset is not None
    written = export_all(
        window.dataset, tmp_path, ["pdf", "png", "svg", "csv"], ImageOptions(1280, 720)
    )
    assert len(written) == 24
    assert attempts == []
    assert not any("QtNetwork" in name for name in sys.modules)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
        for p in sorted(folder.rglob("*"))
    }


def test_the_app_never_writes_into_the_dataset_folder(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path, tmp_path: Path
) -> None:
    from briefing.render.everything import export_all
    from briefing.render.files import ImageOptions

    before = snapshot(dataset_dir)
    window = make_window(dataset_dir)
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    window.present(from_section=False)
    assert window.presentation is not None
    window.presentation.show.end()
    assert window.dataset is not None
    export_all(window.dataset, tmp_path / "out", ["csv", "png"], ImageOptions(1280, 720))
    window.close()
    assert snapshot(dataset_dir) == before


def test_a_dataset_folder_deleted_while_open_breaks_nothing(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path, tmp_path: Path
) -> None:
    from briefing.render.everything import export_all
    from briefing.render.files import ImageOptions

    window = make_window(dataset_dir)
    with qtbot.waitSignal(window.charts_ready, timeout=30000):
        window.load_charts()
    shutil.rmtree(dataset_dir)
    window.present(from_section=False)
    assert window.presentation is not None
    show = window.presentation.show
    qtbot.waitUntil(show.all_built, timeout=30000)
    show.go(2)  # a picture whose file is gone: a placeholder
    show.repaint()
    show.end()
    assert window.dataset is not None
    written = export_all(window.dataset, tmp_path, ["pdf", "csv"], ImageOptions(1280, 720))
    assert len(written) == 2


@pytest.mark.parametrize(
    "reference",
    [
        '<image href="file:///etc/passwd" width="10" height="10"/>',
        '<image xlink:href="../secret.png" width="10" height="10"/>',
        '<image href="http://example.invalid/x.png" width="10" height="10"/>',
        "<style>@import url(http://example.invalid/x.css);</style>",
    ],
)
def test_an_svg_that_references_other_files_or_urls_is_refused(
    tmp_path: Path, reference: str
) -> None:
    from PySide6.QtCore import QSize

    svg = tmp_path / "picture.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        f' width="100" height="100">{reference}<rect width="10" height="10"/></svg>',
        encoding="utf-8",
    )
    with pytest.raises(ImageLoadError, match="外部"):
        load_image(svg, QSize(100, 100))


def test_a_self_contained_svg_still_loads(tmp_path: Path) -> None:
    from PySide6.QtCore import QSize

    svg = tmp_path / "ok.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        '<defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/>'
        "</svg>",
        encoding="utf-8",
    )
    assert not load_image(svg, QSize(100, 100)).isNull()


def test_dataset_loading_errors_are_its_own_type(tmp_path: Path) -> None:
    from briefing.model import DatasetError

    (tmp_path / "briefing.json").write_bytes(b"\x00" * 10)
    with pytest.raises(DatasetError):
        load_dataset(tmp_path)
    assert QMessageBox is not None
