"""The layers over a show's slides: blank screens, the slide counter and progress bar, the key
list and the grid of all slides (as pictures, painted by grid_tiles). Their colours are the
theme's stage."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMargins, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from briefing.actions import GRID_KEYS, GridCommand, show_key_rows
from briefing.model.slides import Slide
from briefing.show.grid_tiles import COLUMNS, TileSheet
from briefing.show.slide_picture import Render
from briefing.theme import STAGE, THEMES, fill_sheet, grid_scroll_sheet, key_list_sheets
from briefing.views.labels import plain_label


class Overlay(QFrame):
    """A layer over the slides (a blank screen, the key list, the grid)."""

    def __init__(self, parent: QWidget, colour: str) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setStyleSheet(fill_sheet(colour))
        self.hide()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()


class Hud(QWidget):
    """The slide counter and the thin progress bar along the bottom edge."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.index, self.count = 0, 1
        projector = THEMES["projector"]  # until the show gives its own theme's colours
        self.colour = QColor(projector.accent)
        self.ink = QColor(projector.muted)

    def set_position(self, index: int, count: int) -> None:
        self.index, self.count = index, max(1, count)
        self.update()

    def text(self) -> str:
        return f"{self.index + 1} / {self.count}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        height = self.height()
        bar = max(3, height // 180)
        painter.fillRect(
            0, height - bar, self.width() * (self.index + 1) // self.count, bar, self.colour
        )
        font = painter.font()
        font.setPixelSize(max(14, height // 50))
        painter.setFont(font)
        painter.setPen(self.ink)
        margin = height // 60
        painter.drawText(
            self.rect().adjusted(0, 0, -margin * 2, -margin - bar),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
            self.text(),
        )
        painter.end()


class KeyList(Overlay):
    """The list of keys (F1 or ?), its type sized to the screen like a slide's: in one column
    while it fits, in two once the show has more keys than one column holds, and in smaller
    type only if two columns do not fit either."""

    COLUMN_GAP = 64  # between the two columns, in pixels of a 1920×1080 screen

    def __init__(self, parent: QWidget, rows: list[tuple[str, str]] | None = None) -> None:
        """``rows``: (what, keys) lines; the show's own keys (``show_key_rows``) by default."""
        super().__init__(parent, STAGE.panel)
        layout = QVBoxLayout(self)
        self.title = plain_label(QCoreApplication.translate("Show", "放映按键"), wrap=False)
        layout.addWidget(self.title)
        self.grid = QGridLayout()
        self.rows: list[QLabel] = []
        self.pairs: list[tuple[QLabel, QLabel]] = []  # (keys, what), one per line
        for what, keys in show_key_rows() if rows is None else rows:
            pair = (
                plain_label(keys, wrap=False, parent=self),
                plain_label(what, wrap=False, parent=self),
            )
            self.pairs.append(pair)
            self.rows.extend(pair)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.columns = 0

    def resizeEvent(self, event: object) -> None:
        unit = min(self.height() / 1080, self.width() / 1920) or 1
        self.grid.setVerticalSpacing(round(14 * unit))
        # The largest type that fits: one column first, then two, then smaller type.
        for scale in (1.0, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5):
            for columns in (1, 2):
                room = self._arrange(columns, unit, scale)
                needed = self._needed()
                if needed.width() <= room.width() and needed.height() <= room.height():
                    return

    def _arrange(self, columns: int, unit: float, scale: float) -> QSize:
        """Lay the lines out in ``columns`` at ``scale`` of the type; the room they have."""
        # Two columns take the room of the side margins first, before the type gets smaller.
        margin_x, margin_y = round((140 if columns == 1 else 60) * unit), round(90 * unit)
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        self.grid.setHorizontalSpacing(round((64 if columns == 1 else 40) * unit))
        title, row = key_list_sheets(unit, scale)
        self.title.setStyleSheet(title)
        for label in self.rows:
            label.setStyleSheet(row)
        if columns != self.columns:
            self.columns = columns
            for label in self.rows:
                self.grid.removeWidget(label)
            per_column = -(-len(self.pairs) // columns)
            for index, (keys, what) in enumerate(self.pairs):
                column, line = divmod(index, per_column)
                self.grid.addWidget(keys, line, column * 3)
                self.grid.addWidget(what, line, column * 3 + 1)
            for column in range(3 * columns):
                self.grid.setColumnStretch(column, 1 if column % 3 == 1 else 0)
        self.grid.setColumnMinimumWidth(2, round(self.COLUMN_GAP * unit) if columns > 1 else 0)
        return self.size().shrunkBy(QMargins(margin_x, margin_y, margin_x, margin_y))

    def _needed(self) -> QSize:
        """The title's and the grid's size at the type just set."""
        grid = self.grid.sizeHint()
        title = self.title.sizeHint()
        layout = self.layout()
        spacing = layout.spacing() if layout is not None else 0
        return QSize(max(grid.width(), title.width()), grid.height() + title.height() + spacing)


class _Tile:
    """A tile of the grid, where it is in the grid's coordinates (the tiles are painted, not
    widgets: thousands of widgets would make the grid slow to open)."""

    def __init__(self, grid: GridOverlay, index: int) -> None:
        self.grid, self.index = grid, index

    def geometry(self) -> QRect:
        sheet = self.grid.sheet
        rect = sheet.tile_rect(self.index)
        return QRect(sheet.mapTo(self.grid, rect.topLeft()), rect.size())


class GridOverlay(Overlay):
    """Every slide as a picture; arrows move, Enter or a click picks, Esc closes."""

    picked = Signal(int)
    COLUMNS = COLUMNS

    def __init__(self, parent: QWidget, slides: list[Slide], render: Render | None = None) -> None:
        super().__init__(parent, STAGE.grid)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.selected = 0
        self.forward: Callable[[QKeyEvent], None] | None = None
        self.scroller = QScrollArea(self)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setStyleSheet(grid_scroll_sheet())
        self.scroller.verticalScrollBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sheet = TileSheet(slides, render, self.scroller)
        self.sheet.clicked.connect(self.picked)
        self.scroller.setWidget(self.sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroller)
        self.tiles = [_Tile(self, index) for index in range(len(slides))]
        self._style()

    def resizeEvent(self, event: object) -> None:
        self._style()

    def _style(self) -> None:
        self.sheet.set_unit(min(self.height() / 1080, self.width() / 1920) or 1)

    def select(self, index: int) -> None:
        before = self.sheet.tile_rect(self.sheet.selected)
        self.selected = max(0, min(index, len(self.tiles) - 1))
        self.sheet.selected = self.selected
        # Only the two tiles that changed are painted again.
        self.sheet.update(before)
        self.sheet.update(self.sheet.tile_rect(self.selected))
        rect = self.sheet.tile_rect(self.selected)
        margin = self.sheet.gap()
        self.scroller.ensureVisible(
            rect.center().x(),
            rect.center().y(),
            margin + rect.width() // 2,
            margin + rect.height() // 2,
        )

    def handle_key(self, key: Qt.Key) -> None:
        command = GRID_KEYS.get(key)
        moves = {
            GridCommand.RIGHT: 1,
            GridCommand.LEFT: -1,
            GridCommand.DOWN: self.COLUMNS,
            GridCommand.UP: -self.COLUMNS,
        }
        if command in moves:
            self.select(self.selected + moves[command])
        elif command == GridCommand.PICK:
            self.picked.emit(self.selected)
        elif command == GridCommand.CLOSE:
            self.hide()
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # In a show every key goes to the show first (a blank screen, the key list); alone,
        # the grid answers its own keys.
        if self.forward is not None:
            self.forward(event)
        else:
            self.handle_key(Qt.Key(event.key()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = self.sheet.mapFrom(self, event.position().toPoint())
        index = self.sheet.index_at(point)
        if index is not None:
            self.picked.emit(index)
        event.accept()
