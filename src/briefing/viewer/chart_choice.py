"""Which of a briefing's charts an export writes as images: a checkable list, all by default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

VISIBLE_ROWS = 6  # a longer list scrolls


class _ChartList(QListWidget):
    """A list as tall as ``VISIBLE_ROWS`` of its rows (fewer when it has fewer), measured when
    it is laid out: a row's height depends on the style sheet and font it gets when shown."""

    def sizeHint(self) -> QSize:
        rows = max(1, min(self.count(), VISIBLE_ROWS))
        row = max(self.sizeHintForRow(0), self.fontMetrics().height())
        return QSize(super().sizeHint().width(), row * rows + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


class ChartChoice(QGroupBox):
    """The charts, numbered as their files are (``01-title.png``), each with a check box;
    全选 and 全不选 below. ``changed`` is emitted whenever a chart is checked or unchecked."""

    changed = Signal()

    def __init__(self, charts: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        """``charts``: (id, title) of every chart, in the briefing's order."""
        super().__init__(self.tr("要导出图片的图表"), parent)
        self.setObjectName("export-chart-choice")
        self.list = _ChartList()
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.list.setObjectName("export-charts")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for number, (chart_id, title) in enumerate(charts, start=1):
            item = QListWidgetItem(f"{number:02d}  {title}")  # an item's text is plain text
            item.setData(Qt.ItemDataRole.UserRole, chart_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.all_button = QPushButton(self.tr("全选"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.none_button = QPushButton(self.tr("全不选"))
        self.none_button.clicked.connect(lambda: self.check_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def chosen(self) -> list[str]:
        """The ids of the checked charts, in the briefing's order."""
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.blockSignals(True)  # one ``changed`` for the lot, not one per chart
        try:
            for item in self.items():
                item.setCheckState(state)
        finally:
            self.list.blockSignals(False)
        self.list.viewport().update()
        self.changed.emit()


__all__ = ["ChartChoice"]
