"""The problems of the dataset on disk, docked at the bottom of the main window while the last
valid briefing stays on screen: one row a problem with its place (file:line:column), JSON path,
what is wrong and what was expected. Not modal: the author keeps editing, and it closes itself
once the dataset is valid again."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from briefing.views.labels import plain_label, plain_tooltip

if TYPE_CHECKING:  # the model imports pydantic: only once a dataset is read
    from briefing.model import Problem

ROWS_SHOWN = 5  # rows the panel opens with; more scroll, or it is dragged taller
# Rows listed at most, the rest counted in a last row: a row costs about 20 µs on the GUI thread
# (300,000 unknown keys would freeze it for six seconds more), and the author fixes the first
# ones first; briefing validate prints every one, each with its line and column.
ROWS_LISTED = 1000
LINE_ROLE = Qt.ItemDataRole.UserRole  # the problem's whole line, as briefing validate prints it


def short_place(problem: Problem) -> str:
    """``briefing.json:12:7``: the file by its name (the panel says which folder)."""
    name = Path(problem.file).name
    if problem.line is None:
        return name
    return f"{name}:{problem.line}:{problem.column or 1}"


class ProblemList(QTreeWidget):
    """The rows; Ctrl+C copies the selected ones, each as the whole line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            lines = [item.data(0, LINE_ROLE) for item in self.selectedItems()]
            if lines:
                QGuiApplication.clipboard().setText("\n".join(lines))
                event.accept()
                return
        super().keyPressEvent(event)


class TitleBar(QFrame):
    """The panel's title, marked as an error, and a button that closes it (the dock's own
    close icon is drawn by the style, and is lost on the dark theme)."""

    def __init__(self, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.setObjectName("problems-title")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        self.label = plain_label("", "panel-title")
        self.close_button = QPushButton()
        self.close_button.setObjectName("problems-close")
        self.close_button.clicked.connect(dock.close)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)


class ProblemsPanel(QDockWidget):
    """The dock; ``show_problems`` fills and opens it, ``hide`` closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems-panel")
        # Closable, not floating: a floating panel would be lost behind the author's editor.
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea)
        self.title = TitleBar(self)
        self.setTitleBarWidget(self.title)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 4, 12, 8)
        layout.setSpacing(4)
        self.hint = plain_label("", "muted")
        self.hint.setObjectName("problems-hint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list = ProblemList()
        self.list.setObjectName("problems")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.itemActivated.connect(self.copy_item)  # a double click, Enter or Return
        layout.addWidget(self.list)
        self.setWidget(body)
        self.setFocusProxy(self.list)
        self.problems: tuple[Problem, ...] = ()
        self.folder: Path | None = None
        self.showing_last_valid = True
        self.retranslate()

    def show_problems(
        self, folder: Path, problems: Sequence[Problem], *, showing_last_valid: bool
    ) -> None:
        """List ``problems`` of the dataset in ``folder`` and open the panel."""
        self.folder = folder
        self.problems = tuple(problems)
        self.showing_last_valid = showing_last_valid
        self._fill()
        self.show()
        self.raise_()

    def _fill(self) -> None:
        """The rows in the UI language; the row chosen before stays chosen when it is there."""
        chosen = self.list.currentIndex().row()
        self.list.clear()
        translate = QCoreApplication.translate
        for problem in self.problems[:ROWS_LISTED]:
            line = problem.render(translate)
            expected = problem.expected.render(translate) if problem.expected else ""
            item = QTreeWidgetItem(
                [short_place(problem), problem.path, problem.message.render(translate), expected]
            )
            item.setData(0, LINE_ROLE, line)
            for column in range(4):
                item.setToolTip(column, plain_tooltip(line))
            self.list.addTopLevelItem(item)
        listed = min(len(self.problems), ROWS_LISTED)
        if len(self.problems) > listed:
            more = self.tr("还有 {0} 处问题未列出：briefing validate 列出全部").format(
                len(self.problems) - listed
            )
            item = QTreeWidgetItem(["", "", more, ""])
            item.setData(0, LINE_ROLE, more)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a note, not a problem to choose
            self.list.addTopLevelItem(item)
        current = self.list.topLevelItem(min(max(chosen, 0), listed - 1))
        if current is not None:
            self.list.setCurrentItem(current)
        self.retranslate()

    def copy_item(self, item: QTreeWidgetItem) -> None:
        """The row's whole line to the clipboard, to paste into an editor's search or a note."""
        QGuiApplication.clipboard().setText(item.data(0, LINE_ROLE))
        self.hint.setText(self.tr("已复制到剪贴板：{0}").format(item.data(0, LINE_ROLE)))

    def fitting_height(self) -> int:
        """Room for the title, the hint, the header and up to ``ROWS_SHOWN`` rows."""
        rows = max(1, min(len(self.problems), ROWS_SHOWN))
        row = self.list.sizeHintForRow(0) if self.problems else self.fontMetrics().height()
        header = self.list.header().sizeHint().height()
        chrome = self.height() - self.list.viewport().height() - header if self.isVisible() else 0
        title_and_hint = self.fontMetrics().height() * 3 + 24
        return max(chrome, title_and_hint) + header + rows * max(row, 1) + 8

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:  # View > 语言 / Language
            self._fill()

    def focus_list(self) -> None:
        self.show()
        self.raise_()
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def retranslate(self) -> None:
        count = len(self.problems)
        if self.showing_last_valid:
            title = self.tr("数据有 {0} 处问题：窗口中仍是上次有效的简报").format(count)
        else:
            title = self.tr("数据有 {0} 处问题，简报无法显示").format(count)
        self.setWindowTitle(title)
        self.title.label.setText(title)
        self.title.close_button.setText(self.tr("关闭"))
        self.list.setAccessibleName(title)
        self.hint.setText(
            self.tr(
                "“{0}”：在编辑器中改正并保存，简报会自动重新载入。双击或按回车复制一行。"
            ).format(self.folder or "")
        )
        self.list.setHeaderLabels(
            [self.tr("位置（行:列）"), self.tr("JSON 路径"), self.tr("问题"), self.tr("应为")]
        )
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(2, max(self.list.columnWidth(2), 360))
