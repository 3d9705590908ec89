"""The main window's dialogs: keyboard shortcuts, about, the font's licence, and the problems
of a briefing that cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.i18n import QT_TRANSLATE_NOOP
from briefing.resources import resource_path
from briefing.views.labels import plain_label

if TYPE_CHECKING:
    from briefing.model import Briefing, DatasetError

FONT_NOTICE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "界面与图表字体：Noto Sans CJK SC（思源黑体简体中文）子集，随本程序提供，"
    "依 SIL Open Font License 1.1 授权；版权归 Adobe 所有（保留字体名称 “Source”）。",
)


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def fit_to_screen(dialog: QDialog, parent: QWidget, width: int, height: int) -> None:
    """``width``×``height``, or less on a screen too small for it (a 1280×720 laptop), leaving
    room for the title bar and a panel."""
    screen = parent.screen() if parent is not None else None
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - 80)
        height = min(height, room.height() - 120)
    dialog.resize(width, height)


class ShortcutsDialog(QDialog):
    """Help > 键盘快捷键: groups of (what, keys) rows, a list to read."""

    def __init__(self, groups: list[tuple[str, list[tuple[str, str]]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("键盘快捷键"))
        layout = QVBoxLayout(self)
        table = QTableWidget(sum(1 + len(rows) for _, rows in groups), 2)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("操作"), self.tr("按键")])
        bold = QFont(self.font())
        bold.setBold(True)
        row = 0
        for title, rows in groups:
            heading = QTableWidgetItem(title)
            heading.setFont(bold)
            table.setItem(row, 0, heading)
            table.setItem(row, 1, QTableWidgetItem(""))
            table.setSpan(row, 0, 1, 2)
            row += 1
            for what, keys in rows:
                table.setItem(row, 0, QTableWidgetItem(what))
                table.setItem(row, 1, QTableWidgetItem(keys))
                row += 1
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # a list to read, not pick
        layout.addWidget(table)  # a scroll area: every row is reachable however short the screen
        _close_button(self, layout)
        self.table = table
        # Wide enough for the longest keys (Ctrl+Shift+Tab / Ctrl+PgUp) not to be cut off.
        margins = layout.contentsMargins()
        needed = (
            table.columnWidth(0)
            + table.columnWidth(1)
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
            + margins.left()
            + margins.right()
            + 8
        )
        fit_to_screen(self, parent, max(640, needed), 640)


class AboutDialog(QDialog):
    """Help > 关于本简报: the briefing, the version, where the figures come from, the font."""

    def __init__(self, briefing: Briefing, parent: QWidget) -> None:
        import briefing as package
        from briefing.model.formatting import source_line

        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("关于本简报"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(briefing.title, "heading"))
        version = plain_label(self.tr("数据简报 {0} 版").format(package.__version__), "muted")
        version.setObjectName("about-version")
        layout.addWidget(version)
        source = self.tr(
            "{source}。每个数字均摘自原文，并保留其原句；标“推算”的数字由原文数字计算得出。"
        ).format(source=source_line(briefing, QCoreApplication.translate))
        layout.addWidget(plain_label(source))
        layout.addWidget(plain_label(self.tr(FONT_NOTICE), "muted"))
        layout.addWidget(plain_label(self.tr("本程序离线运行，不连接网络。"), "muted"))
        buttons = _close_button(self, layout)
        self.licence = buttons.addButton(
            self.tr("字体许可证…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.setMinimumWidth(560)  # as tall as its text needs, in any language
        self.adjustSize()


class LicenceDialog(QDialog):
    """The font's copyright and the SIL Open Font License, as shipped beside the font."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("licence-dialog")
        self.setWindowTitle(self.tr("字体许可证：SIL Open Font License 1.1"))
        layout = QVBoxLayout(self)
        text = QPlainTextEdit(resource_path("resources", "fonts/OFL.txt").read_text("utf-8"))
        text.setReadOnly(True)
        layout.addWidget(text)
        _close_button(self, layout)
        self.resize(640, 560)


class ProblemsBox(QMessageBox):
    """A dataset's problems, in the UI language. With nothing open (the briefing the app was
    started with failed, or every one tried since) it offers the bundled briefing or another."""

    def __init__(
        self,
        path: Path,
        error: DatasetError,
        parent: QWidget,
        *,
        nothing_open: bool,
        offer: tuple[Callable[[], None] | None, Callable[[], None]] | None = None,
    ) -> None:
        """``offer``: (open the bundled briefing, choose another), when nothing is open; the
        first is None when it is the bundled briefing that failed."""
        super().__init__(parent)
        count = error.count
        lines = [problem.render(QCoreApplication.translate) for problem in error.problems]
        self.setObjectName("dataset-problems")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("无法打开简报"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        if nothing_open:
            text = self.tr("“{0}”未通过校验，共 {1} 处问题。").format(path, count)
        else:
            text = self.tr("“{0}”未通过校验，共 {1} 处问题。当前简报保持打开。").format(path, count)
        self.setText(text)
        self.setInformativeText("\n".join(lines[:8]))
        self.setDetailedText("\n".join(lines))
        if offer is None:
            self.setStandardButtons(QMessageBox.StandardButton.Ok)
            return
        bundled, choose = offer
        for name, words, act in (
            ("open-bundled", self.tr("打开内置简报"), bundled),
            ("open-other", self.tr("打开其他简报…"), choose),
        ):
            if act is None:
                continue
            button = self.addButton(words, QMessageBox.ButtonRole.ActionRole)
            button.setObjectName(name)
            # After the box has closed: a file dialog or the briefing opens over nothing.
            button.clicked.connect(lambda _checked=False, act=act: QTimer.singleShot(0, act))
        self.addButton(QMessageBox.StandardButton.Close)
