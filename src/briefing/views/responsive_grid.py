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
        self._fillers: list[QWidget] = []
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

    def set_min_item_width(self, width: int) -> None:
        if width != self.min_item_width:
            self.min_item_width = width
            self._place(force=True)

    def columns_for(self, width: int) -> int:
        spacing = self.grid.spacing()
        fit = (width + spacing) // (self.min_item_width + spacing)
        return max(1, min(self.max_columns, fit))

    def _place(self, *, force: bool = False) -> None:
        columns = self.columns_for(self.width())
        if columns == self.columns and not force:
            return
        self.columns = columns
        for widget in [*self.items, *self._fillers]:
            self.grid.removeWidget(widget)
        for index, item in enumerate(self.items):
            self.grid.addWidget(item, index // columns, index % columns)
        # Empty cells of the last row hold blank fillers, so that two cards keep a card's
        # width instead of sharing the whole row.
        empty = (-len(self.items)) % columns
        while len(self._fillers) < empty:
            filler = QWidget(self)
            filler.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
            self._fillers.append(filler)
        row = (len(self.items) - 1) // columns if self.items else 0
        for offset, filler in enumerate(self._fillers):
            if offset < empty:
                self.grid.addWidget(filler, row, columns - empty + offset)
                filler.show()
            else:
                filler.hide()
        for column in range(max(self.grid.columnCount(), self.max_columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()
