"""Start the viewer: QApplication, the bundled font, the UI language, theme and settings, then the
main window. Also the lesser application of an export that draws no widget
(``headless_application``): QtWidgets, the theme and the viewer are imported only when needed."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler

from briefing import i18n
from briefing.collector import collect_between_events
from briefing.i18n import Language
from briefing.resources import ResourceError, bundled_dataset, resource_path
from briefing.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from briefing.viewer.main_window import MainWindow

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
EXIT_NO_DISPLAY = 2

# The system libraries Qt's xcb platform plugin loads (Debian package, library): the ones a
# minimal desktop install lacks most often first.
XCB_LIBRARIES = (
    ("libxcb-cursor0", "xcb-cursor"),
    ("libxkbcommon-x11-0", "xkbcommon-x11"),
    ("libxcb-icccm4", "xcb-icccm"),
    ("libxcb-keysyms1", "xcb-keysyms"),
    ("libxcb-image0", "xcb-image"),
    ("libxcb-render-util0", "xcb-render-util"),
    ("libxcb-shape0", "xcb-shape"),
    ("libxcb-randr0", "xcb-randr"),
    ("libxcb-xkb1", "xcb-xkb"),
    ("libegl1", "EGL"),
    ("libgl1", "GL"),
)


def missing_xcb_libraries(find: Callable[[str], str | None] | None = None) -> list[str]:
    """The Debian packages of Qt's xcb libraries this system cannot find (``find``: how a
    library is looked for, ctypes' find_library by default)."""
    if find is None:
        import ctypes.util  # only once Qt has failed: it costs the start of every run

        find = ctypes.util.find_library
    return [package for package, library in XCB_LIBRARIES if find(library) is None]


def explain_no_display(messages: Sequence[str], missing: Sequence[str], language: Language) -> str:
    """One line saying why no window could be opened and what to install or check, from what Qt
    said before it gave up and the system libraries that are missing."""
    translate = i18n.translator(language)
    said = "\n".join(messages)
    # Qt names xcb-cursor0 whenever its xcb plugin fails, whatever the reason: the display
    # comes first, then the libraries really missing.
    if "could not connect to display" in said:
        display = os.environ.get("DISPLAY", "")
        return translate(
            "App",
            "briefing：无法连接到显示器（DISPLAY={display}）。请检查图形界面是否已启动、"
            "DISPLAY 是否正确；没有显示器时可用 briefing export --out 文件夹 导出。",
        ).format(display=display)
    if missing:
        return translate(
            "App",
            "briefing：无法打开窗口，缺少系统库 {packages}。请安装：sudo apt install {packages}",
        ).format(packages=" ".join(missing))
    detail = messages[-1] if messages else ""
    return translate("App", "briefing：无法打开窗口（Qt 无法加载图形平台插件）：{detail}").format(
        detail=detail.replace("\n", " ")[:300]
    )


class _PlatformGuard:
    """While the QApplication is being made: Qt's platform messages are held back, and a fatal
    one (no display, a missing library) ends the process with one clear line and exit code 2
    instead of Qt's abort and core dump."""

    def __init__(self, language: Language) -> None:
        self.language = language
        self.messages: list[str] = []

    def __enter__(self) -> _PlatformGuard:
        self.previous = qInstallMessageHandler(self.handle)
        return self

    def __exit__(self, *_exc: object) -> None:
        qInstallMessageHandler(self.previous)
        for message in self.messages:  # not fatal after all: say them as Qt would have
            print(message, file=sys.stderr)

    def handle(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            self.messages.append(message)
            return
        self.messages.append(message)
        print(explain_no_display(self.messages, missing_xcb_libraries(), self.language),
              file=sys.stderr, flush=True)  # fmt: skip
        os._exit(EXIT_NO_DISPLAY)  # returning would let Qt abort()


def application(language: Language | None = None) -> QApplication:
    """The one QApplication, with the font registered before any widget exists and the UI
    language installed (``language``, else the one chosen last time, else Chinese)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from briefing.fonts import register_fonts
    from briefing.views import accessibility

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        language = language or Settings().language()
        with _PlatformGuard(language):
            app = QApplication(sys.argv[:1])
    app.setApplicationName("briefing")
    app.setOrganizationName("briefing")
    # The menu entry's name (briefing.desktop), so a Wayland dock matches window and entry.
    app.setDesktopFileName("briefing")
    if language is not None:  # made now, or asked for: otherwise the language stays as it is
        i18n.install(language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "数据简报"))
    app.setWindowIcon(app_icon())
    collect_between_events(app)
    accessibility.install()  # before any widget is asked about by a screen reader
    # Every widget, chart and export draws with the bundled family even before (or without) a
    # theme: headless exports must embed this font, not whatever CJK font the machine has.
    app.setFont(QFont(register_fonts(), app.font().pointSize()))
    return app


def headless_application(language: Language, *, gui: bool) -> QCoreApplication:
    """The application an export that draws no widget runs in, with the UI language installed
    (its messages): a QCoreApplication, or with ``gui`` a QGuiApplication with the bundled font
    (pictures are decoded, an SVG's text drawn). An application that exists already is kept.
    QtWidgets is not imported: the workbook and the deck start in a fraction of the viewer's
    time."""
    app = QCoreApplication.instance()
    if app is None:
        if gui:
            from PySide6.QtGui import QGuiApplication

            with _PlatformGuard(language):
                app = QGuiApplication(sys.argv[:1])
        else:
            app = QCoreApplication(sys.argv[:1])
    app.setApplicationName("briefing")
    app.setOrganizationName("briefing")
    i18n.install(language)
    if gui:
        from PySide6.QtGui import QFont, QGuiApplication

        from briefing.fonts import register_fonts

        QGuiApplication.setFont(QFont(register_fonts(), QGuiApplication.font().pointSize()))
    return app


def app_icon() -> QIcon:
    """The app's icon at every size it ships in (window title bars, task bars, Alt+Tab). Each
    file is named with its size, so Qt decodes a picture only when a size is asked for, not
    all eight before the window shows."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        try:
            path = os.fspath(resource_path("resources", f"icons/briefing-{size}.png"))
            icon.addFile(path, QSize(size, size))
        except ResourceError:
            continue  # a checkout whose icons were not built yet: Qt's default icon
    return icon


def create_window(path: Path | None = None, settings: Settings | None = None) -> MainWindow:
    """An empty main window, themed, reading its dataset (the bundled one by default) in a
    thread: the window paints before the dataset is read, and shows it once it is."""
    from briefing.theme import ThemeController
    from briefing.viewer.main_window import MainWindow

    app = application()
    settings = settings or Settings()
    theme = ThemeController(app, settings.appearance())
    theme.apply()
    window = MainWindow(theme, settings)
    window.read_initial(path or bundled_dataset())
    return window


def run(path: Path | None = None, language: Language | None = None) -> int:
    from briefing.errors import ErrorReporter

    app = application(language)
    window = create_window(path)
    reporter = ErrorReporter(window)
    reporter.install()
    window.show()
    try:
        return app.exec()
    finally:
        reporter.uninstall()
