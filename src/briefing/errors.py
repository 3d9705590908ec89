"""When something unexpected goes wrong at run time: a short message with "copy details", the
details in a log file in the user's data folder, and the app keeps running."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

LOG_NAME = "briefing-errors.log"


def log_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) if location else Path.home() / ".briefing"


def write_log(details: str, folder: Path | None = None) -> Path | None:
    """Append the details to the log; None when even that is impossible (a full disk)."""
    path = (folder or log_folder()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:
        return None
    return path


class ErrorReporter:
    """Replaces sys.excepthook while the app runs. An exception raised in a slot reaches it;
    the app is not stopped."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        self.parent = parent
        self.folder = folder
        self.last: QMessageBox | None = None
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.report

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def report(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        path = write_log(details, self.folder)
        print(details, file=sys.stderr)
        box = QMessageBox(self.parent)
        box.setObjectName("unexpected-error")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("Errors", "出现了意外问题"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote dataset text
        box.setText(
            QCoreApplication.translate(
                "Errors", "刚才的操作没有完成：{0}。简报和其他功能可以继续使用。"
            ).format(f"{kind.__name__}: {error}"[:200])
        )
        if path is not None:
            box.setInformativeText(
                QCoreApplication.translate("Errors", "详细信息已记录在 {0}").format(path)
            )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("Errors", "复制详情"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        self.last = box
        box.open()
