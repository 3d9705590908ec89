"""A grid that picks its number of columns from its width, so pages fill large windows and
never clip on small ones."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class ResponsiveGrid(QWidget):
    def __init__(
        self,
        min_item_width: int,
        max_columns: int,
        spacing: int = 12,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.min_item_width = min_item_width
        self.max_columns = max_columns
        self.items: list[QWidget] = []
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def add(self, widget: QWidget) -> None:
        self.items.append(widget)
        self._place(force=True)

    def replace(self, old: QWidget, new: QWidget) -> None:
        index = self.items.index(old)
        self.items[index] = new
        self.grid.replaceWidget(old, new)
        old.hide()
        old.deleteLater()

    def columns_for(self, width: int) -> int:
        spacing = self.grid.spacing()
        fit = (width + spacing) // (self.min_item_width + spacing)
        # Not capped by the number of items: two cards keep a card's width, not half the page.
        return max(1, min(self.max_columns, fit))

    def _place(self, *, force: bool = False) -> None:
        columns = self.columns_for(self.width())
        if columns == self.columns and not force:
            return
        self.columns = columns
        for item in self.items:
            self.grid.removeWidget(item)
        for index, item in enumerate(self.items):
            self.grid.addWidget(item, index // columns, index % columns)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
