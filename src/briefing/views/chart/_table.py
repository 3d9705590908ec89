"""A chart's data as a table (数据表): its categories down, its series across, each cell the
figure as a reader sees it; read cell by cell by a screen reader, reached by Tab."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from briefing.model.schema import Chart, Figure
from briefing.model.tables import DERIVED_MARK, chart_table


class ChartDataTable(QTableWidget):
    """Read-only: categories as row headers, series as column headers, printed figures as cells
    (a derived one in italics, 推算 in its accessible text and tooltip)."""

    def __init__(self, chart: Chart, figures: Mapping[str, Figure]) -> None:
        table = chart_table(chart, figures)
        super().__init__(len(table.rows), len(table.header) - 1)
        self.setObjectName(f"data-table-{chart.id}")
        self.setProperty("role", "data-table")
        name = QCoreApplication.translate("ChartPanel", "{title} 数据表").format(title=chart.title)
        self.setAccessibleName(name)
        if table.unit:
            unit = QCoreApplication.translate("ChartPanel", "单位：{unit}").format(unit=table.unit)
            self.setAccessibleDescription(unit)
        self.setHorizontalHeaderLabels(list(table.header[1:]))
        self.setVerticalHeaderLabels([category for category, _ in table.rows])
        for row, (_category, cells) in enumerate(table.rows):
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell.shown)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if cell.derived:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setToolTip(DERIVED_MARK)
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole, f"{cell.shown}（{DERIVED_MARK}）"
                    )
                self.setItem(row, column, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if self.rowCount() and self.columnCount():  # where the arrows start; nothing selected
            self.selectionModel().setCurrentIndex(
                self.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.fit_height()

    def set_type(self, font: QFont) -> None:
        """The table's, its headers' and their items' font (under a slide's own sheet they
        would fall back to the default family)."""
        for widget in (self, self.horizontalHeader(), self.verticalHeader()):
            widget.setFont(font)
        headers = [self.horizontalHeaderItem(c) for c in range(self.columnCount())]
        headers += [self.verticalHeaderItem(r) for r in range(self.rowCount())]
        for item in headers:
            if item is not None:
                item.setFont(font)
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as its rows: the page scrolls, never the table."""
        self.ensurePolished()
        self.resizeRowsToContents()
        rows = self.verticalHeader().length()
        frame = 2 * self.frameWidth()
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + frame + 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_height()  # now that the style sheet has given it its type

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_height()  # a theme or zoom changes the rows' height

    def cell_texts(self) -> list[list[str]]:
        """Test hook: the header row then each category with its cells, as shown (read through
        the model, as a screen reader reads it)."""
        model = self.model()
        across, down = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        rows = [["", *(str(model.headerData(c, across)) for c in range(model.columnCount()))]]
        for row in range(model.rowCount()):
            cells = [str(model.index(row, c).data()) for c in range(model.columnCount())]
            rows.append([str(model.headerData(row, down)), *cells])
        return rows
