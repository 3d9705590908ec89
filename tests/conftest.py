"""Shared test set-up: Qt offscreen on two screens and a machine without CJK fonts, before
anything imports Qt;
the app's font; isolated settings; a writable dataset copy; the main window."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Two 1920×1080 screens, a laptop and a projector, for the show and the presenter console.
os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile=" + str(
    Path(__file__).with_name("screens.json")
)
os.environ["FONTCONFIG_FILE"] = str(Path(__file__).with_name("fresh-fonts.conf"))
# The user's own settings (UI language, last folders) and error log never reach a test, nor its
# subprocesses: a folder of the run's own stands for the configuration and data folders.
os.environ["XDG_CONFIG_HOME"] = str(Path(tempfile.mkdtemp(prefix="briefing-tests-"), "config"))
os.environ["XDG_DATA_HOME"] = str(Path(os.environ["XDG_CONFIG_HOME"]).with_name("data"))

import gc
import json
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from briefing.resources import bundled_dataset

EditDataset = Callable[[Callable[[dict[str, Any]], object]], Path]


@pytest.fixture(autouse=True)
def language_as_it_was() -> Iterator[None]:
    """The UI language a test installed (i18n.install) is undone after it: Qt's own words
    ("Right" or 右方向 in a shortcut list) never depend on which tests ran before, on the same
    worker, in an order xdist chooses."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from briefing import i18n

    translators, language, locale = list(i18n._installed), i18n.current(), QLocale()
    yield
    if i18n._installed == translators:
        return
    for translator in i18n._installed:
        QCoreApplication.removeTranslator(translator)
    i18n._installed[:] = translators
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    i18n._current[0] = language
    QLocale.setDefault(locale)


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


@pytest.fixture(scope="session", autouse=True)
def app_font(qapp: Any) -> str:
    """The app's font is registered before any widget exists, Python's cycles are collected
    between events and the accessibility factory is installed, as the app itself does all."""
    from briefing.collector import collect_between_events
    from briefing.fonts import register_fonts
    from briefing.views import accessibility

    collect_between_events(qapp)
    accessibility.install()  # as app.application does
    return register_fonts()


@pytest.fixture(autouse=True)
def collect_after_test() -> Iterator[None]:
    """What the collector would find due, collected after each test (outside any Qt call), as
    the app's timer does between events: a test that processes no events keeps no garbage."""
    yield
    from briefing.collector import collect_due

    collect_due()


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    """Settings in a file of the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    from briefing.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def theme(qapp: Any) -> Iterator[Any]:
    """A theme controller applying the default appearance; removed after the test, and the
    application's font, palette and style sheet as they were before it (a zoomed or dark
    theme left applied would reach every later test's widgets)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from briefing.theme import Appearance, ThemeController

    before = (qapp.font(), qapp.palette(), qapp.styleSheet())
    controller = ThemeController(qapp, Appearance())
    controller.apply()
    yield controller
    controller.deleteLater()
    # Every widget the test left for deletion or as garbage goes now, while the style sheet
    # that styled it is there. Removing the application's sheet ends Qt's style-sheet caches'
    # era; a widget of the old era that Qt styled but never polished (a label measured and not
    # shown) is styled again in the next one without Qt watching for its deletion, and when the
    # collector frees it later, the next theme change walks Qt's cache into freed memory (the
    # suite crashed in QApplication.setStyleSheet that way). The app removes its sheet never.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    font, palette, sheet = before
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def make_window(qtbot: QtBot, theme: Any, settings: Any) -> Iterator[Callable[..., Any]]:
    """Build a main window for a dataset (the bundled one by default) and show it; every
    window is deleted after the test, so later tests do not restyle dead windows."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from briefing.model import load_dataset
    from briefing.viewer.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(path: Path | None = None, *, size: tuple[int, int] = (1280, 720)) -> Any:
        window = MainWindow(theme, settings, load_dataset(path or bundled_dataset()))
        windows.append(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_on_screens(tmp_path: Path, screens: list[dict[str, object]], body: str) -> list[str]:
    """Run ``body`` in a process of its own whose offscreen screens are ``screens`` (they are
    fixed when Qt starts), with ``app``, ``theme``, ``settings`` (a file in ``tmp_path``) and
    ``MainWindow``, ``load_dataset``, ``bundled_dataset`` at hand; returns the words it printed."""
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}))
    script = textwrap.dedent(
        f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen:configfile={config}"
        from PySide6.QtCore import QSettings
        from briefing.app import application
        from briefing.model import load_dataset
        from briefing.resources import bundled_dataset
        from briefing.settings import Settings
        from briefing.theme import Appearance, ThemeController
        from briefing.viewer.main_window import MainWindow
        app = application("zh")
        theme = ThemeController(app, Appearance())
        settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
        """
    ) + textwrap.dedent(body)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(Path(os.environ["XDG_CONFIG_HOME"]).parent, ignore_errors=True)
