"""A grid that picks its number of columns from its width, so pages fill large windows and
never clip on small ones."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QSizePolicy, QWidget


def least_width(widget: QWidget) -> int:
    """The narrowest a widget can be: its minimum width, or else its minimum size hint's."""
    return widget.minimumWidth() or widget.minimumSizeHint().width()


class ResponsiveGrid(QWidget):
    """Items in as many equal columns (up to ``max_columns``) as fit its width, each column at
    least ``min_item_width`` and as wide as every item needs (``item_width``: by default the
    least width an item can take). Never wider than its widest item: the columns adapt to the
    width the grid is given, rather than the grid to its columns."""

    def __init__(
        self,
        min_item_width: int,
        max_columns: int,
        spacing: int = 12,
        parent: QWidget | None = None,
        *,
        item_width: Callable[[QWidget], int] = least_width,
    ) -> None:
        super().__init__(parent)
        self.min_item_width = min_item_width
        self.max_columns = max_columns
        self.item_width = item_width
        self.items: list[QWidget] = []
        self._fillers: list[QWidget] = []
        self.columns = 0
        self.grid = QGridLayout(self)
        # The grid's minimum is its own (minimumSizeHint), one column's: the layout would make
        # the columns of the moment the least the grid can be, and they would never change.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
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
        self._place()  # the new item may need wider columns

    def set_min_item_width(self, width: int) -> None:
        if width != self.min_item_width:
            self.min_item_width = width
            self._place(force=True)

    def columns_for(self, width: int) -> int:
        spacing = self.grid.spacing()
        need = max([self.min_item_width, *(self.item_width(item) for item in self.items)])
        fit = (width + spacing) // (need + spacing)
        return max(1, min(self.max_columns, fit))

    def minimumSizeHint(self) -> QSize:
        widest = max((least_width(item) for item in self.items), default=0)
        return QSize(widest, self.grid.minimumSize().height())

    def relayout(self) -> None:
        """Choose the columns again: an item's need has changed (its type, its chart)."""
        self._place()
        self.updateGeometry()

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
        before = self.columns
        self._place()
        if self.columns != before:
            # Laid out now, not in a later turn: the paint that follows this resize would
            # draw the items where the columns of before put them (two cards across a row).
            self.grid.activate()
