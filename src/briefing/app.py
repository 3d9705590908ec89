"""Start the viewer: QApplication, the bundled font, theme and settings, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from briefing.fonts import register_fonts
from briefing.resources import bundled_dataset
from briefing.settings import Settings
from briefing.theme import ThemeController
from briefing.ui.main_window import MainWindow


def application() -> QApplication:
    """The one QApplication, with the font registered before any widget exists."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("briefing")
    app.setOrganizationName("briefing")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "数据简报"))
    # Every widget, chart and export draws with the bundled family even before (or without) a
    # theme: headless exports must embed this font, not whatever CJK font the machine has.
    app.setFont(QFont(register_fonts(), app.font().pointSize()))
    return app


def create_window(path: Path | None = None, settings: Settings | None = None) -> MainWindow:
    """An empty main window, themed, with ``open_initial`` queued for the dataset (the bundled
    one by default): the window can paint before the dataset is read."""
    app = application()
    settings = settings or Settings()
    theme = ThemeController(app, settings.appearance())
    theme.apply()
    window = MainWindow(theme, settings)
    window.after_first_paint(lambda: window.open_initial(path or bundled_dataset()))
    return window


def run(path: Path | None = None) -> int:
    from briefing.errors import ErrorReporter

    app = application()
    window = create_window(path)
    reporter = ErrorReporter(window)
    reporter.install()
    window.show()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
