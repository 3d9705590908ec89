"""Desktop basics: the window fits the screen it opens on, a missing display is one clear line,
exported files are ordinary documents, and the app says its version."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QRect

from briefing.app import explain_no_display, missing_xcb_libraries
from briefing.render.files import write_bytes
from briefing.settings import GEOMETRY, Settings
from briefing.viewer.main_window import MainWindow
from briefing.viewer.window_parts import fit_window
from tests.conftest import run_on_screens

MakeWindow = Callable[..., MainWindow]


def test_fit_window_shrinks_and_moves_a_window_into_the_screen() -> None:
    laptop = QRect(0, 0, 1280, 720)
    frame = QMargins(2, 30, 2, 2)
    fitted = fit_window(QRect(100, 100, 1280, 800), laptop, frame)
    assert fitted == QRect(2, 30, 1276, 688)
    # A place on a screen to the right that is gone: moved back, size kept.
    assert fit_window(QRect(2500, 200, 800, 600), laptop, frame) == QRect(478, 118, 800, 600)
    # Already inside: unchanged.
    assert fit_window(QRect(50, 60, 800, 600), laptop, frame) == QRect(50, 60, 800, 600)


def test_the_window_fits_a_1280x720_screen(tmp_path: Path) -> None:
    """It opened at 1280×800 on a 1280×720 laptop, its bottom off the screen."""
    screen = {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 720}
    shown = run_on_screens(
        tmp_path,
        [screen],
        """
        window = MainWindow(theme, settings)
        window.show()
        app.processEvents()
        frame = window.frameGeometry()
        print(frame.width(), frame.height(), frame.top() >= 0, frame.bottom() < 720)
        """,
    )
    width, height, top_ok, bottom_ok = shown
    assert int(width) <= 1280
    assert int(height) <= 720
    assert (top_ok, bottom_ok) == ("True", "True")


def test_a_remembered_place_on_a_screen_that_is_gone_is_moved_back(tmp_path: Path) -> None:
    two = [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080},
        {"name": "Projector", "x": 1920, "y": 0, "width": 1920, "height": 1080},
    ]
    geometry = run_on_screens(
        tmp_path,
        two,
        """
        window = MainWindow(theme, settings)
        window.show()
        window.setGeometry(2400, 200, 1000, 700)
        app.processEvents()
        print(bytes(window.saveGeometry().toHex()).decode())
        """,
    )[0]
    one = [{"name": "Laptop", "x": 0, "y": 0, "width": 1920, "height": 1080}]
    shown = run_on_screens(
        tmp_path,
        one,
        f"""
        from PySide6.QtCore import QByteArray
        from briefing.settings import GEOMETRY
        settings.set(GEOMETRY, QByteArray.fromHex(b"{geometry}"))
        window = MainWindow(theme, settings)
        window.show()
        app.processEvents()
        frame = window.frameGeometry()
        print(frame.left(), frame.right(), frame.width())
        """,
    )
    left, right, width = (int(value) for value in shown)
    assert left >= 0
    assert right < 1920, "back on the screen that is there"
    assert width >= 1000 - 2, "the remembered size is kept"


def test_the_main_window_opens_inside_the_screen_in_the_suite(
    make_window: MakeWindow, settings: Settings
) -> None:
    settings.set(GEOMETRY, QByteArray())
    window = make_window(size=(1280, 800))
    window._place_on_screen(QByteArray())
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())


def test_no_display_is_one_clear_line_and_exit_2(tmp_path: Path) -> None:
    """An unreachable DISPLAY ended in Qt's abort and a core dump."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DISPLAY": ":97531",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--lang", "zh"],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    if missing_xcb_libraries():  # Qt gives up before it tries the display: the libraries first
        assert "sudo apt install" in lines[0]
    else:
        assert "DISPLAY=:97531" in lines[0]
        assert "briefing export" in lines[0]
    assert not any(tmp_path.glob("core*"))


def test_a_platform_plugin_that_cannot_load_is_one_line_too(tmp_path: Path) -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "DISPLAY": ":97531",
        "QT_QPA_PLATFORM_PLUGIN_PATH": str(tmp_path / "nowhere"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--lang", "en"],
        capture_output=True, text=True, check=False, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("briefing")


def test_the_no_display_line_names_what_to_install() -> None:
    qt_said = [
        "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.",
        "This application failed to start because no Qt platform plugin could be initialized.",
    ]
    line = explain_no_display(qt_said, ["libxcb-cursor0"], "zh")
    assert "sudo apt install libxcb-cursor0" in line
    two = explain_no_display(qt_said, ["libxcb-cursor0", "libxkbcommon-x11-0"], "zh")
    assert "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in two
    # Qt names xcb-cursor0 whenever xcb fails: with the library there, the line does not.
    assert "apt" not in explain_no_display(qt_said, [], "zh")
    unreachable = ["could not connect to display :5", *qt_said]
    assert "DISPLAY" in explain_no_display(unreachable, ["libxcb-cursor0"], "zh")
    missing = missing_xcb_libraries(lambda name: None if name == "xcb-cursor" else f"lib{name}")
    assert missing == ["libxcb-cursor0"]


def test_exported_files_are_ordinary_documents(tmp_path: Path) -> None:
    """mkstemp made every exported file 0600: readable by its owner only."""
    old = os.umask(0o022)
    try:
        path = write_bytes(tmp_path / "chart.png", b"png")
        assert path.stat().st_mode & 0o777 == 0o644
        os.umask(0o002)
        shared = write_bytes(tmp_path / "shared.png", b"png")
        assert shared.stat().st_mode & 0o777 == 0o664
        os.umask(0o022)
        shared.chmod(0o600)
        write_bytes(shared, b"new", force=True)
        assert shared.stat().st_mode & 0o777 == 0o600, "a replaced file keeps its mode"
    finally:
        os.umask(old)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "shared.png"]


def test_version_on_the_command_line() -> None:
    import briefing

    result = subprocess.run(
        [sys.executable, "-m", "briefing", "--version"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0
    assert result.stdout.strip() == f"briefing {briefing.__version__}"
