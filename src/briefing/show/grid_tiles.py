"""The show's grid of slides as pictures: one widget paints the tiles that are on screen, and a
picture is asked for only once its tile is seen, one per turn of the event loop, and kept, so
opening the grid stays quick with thousands of slides."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPoint, QRect, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from briefing.model.slides import Slide
from briefing.show.slide_picture import SLIDE_ASPECT, Render
from briefing.theme import STAGE

COLUMNS = 6
CACHE_LIMIT = 240  # a few screens of tiles; a long briefing must not keep a picture of each
PER_TURN = 1  # pictures made per turn of the event loop (a slide not built yet takes ~90 ms):
# the grid answers keys in between


class TileSheet(QWidget):
    """Every slide as a tile: its picture (once made) and its number and name under it."""

    clicked = Signal(int)

    def __init__(self, slides: list[Slide], render: Render | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._slides = slides
        self._render = render
        self.selected = 0
        self._unit = 1.0
        self._cache: OrderedDict[tuple[int, int, int], QPixmap] = OrderedDict()
        self._wanted: list[int] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._make_some)
        self.renders = 0  # pictures asked for, for the tests

    # Geometry ---------------------------------------------------------------------------------

    def set_unit(self, unit: float) -> None:
        self._unit = unit
        self._fit()

    def _fit(self) -> None:
        rows = -(-len(self._slides) // COLUMNS)
        self.setMinimumHeight(self.margin() * 2 + rows * self._row_height() - self.gap())
        self.update()

    def margin(self) -> int:
        return round(48 * self._unit)

    def gap(self) -> int:
        return round(20 * self._unit)

    def font_px(self) -> int:
        return max(12, round(20 * self._unit))

    def _tile_width(self) -> int:
        inner = self.width() - 2 * self.margin() - (COLUMNS - 1) * self.gap()
        return max(40, inner // COLUMNS)

    def picture_size(self) -> QSize:
        width = self._tile_width() - 8
        return QSize(width, round(width / SLIDE_ASPECT))

    def _row_height(self) -> int:
        return self.picture_size().height() + 8 + round(self.font_px() * 1.8) + self.gap()

    def tile_rect(self, index: int) -> QRect:
        row, column = divmod(index, COLUMNS)
        width = self._tile_width()
        x = self.margin() + column * (width + self.gap())
        y = self.margin() + row * self._row_height()
        return QRect(x, y, width, self._row_height() - self.gap())

    def index_at(self, point: QPoint) -> int | None:
        for index in self._rows_in(QRect(point, QSize(1, 1))):
            if self.tile_rect(index).contains(point):
                return index
        return None

    def _rows_in(self, area: QRect) -> range:
        first = max(0, (area.top() - self.margin()) // self._row_height())
        last = max(0, (area.bottom() - self.margin()) // self._row_height())
        return range(first * COLUMNS, min(len(self._slides), (last + 1) * COLUMNS))

    def resizeEvent(self, event: object) -> None:
        self._fit()

    # Pictures ---------------------------------------------------------------------------------

    def _key(self, index: int) -> tuple[int, int, int]:
        size = self.picture_size()
        return index, size.width(), size.height()

    def picture(self, index: int) -> QPixmap | None:
        """The tile's picture if it has been made at the tile's size."""
        return self._cache.get(self._key(index))

    def _make_some(self) -> None:
        seen = self.visibleRegion().boundingRect()
        wanted, self._wanted = self._wanted, []
        made = 0
        for index in wanted:
            key = self._key(index)
            if key in self._cache or not self.tile_rect(index).intersects(seen):
                continue  # made meanwhile, or scrolled away: asked for again if seen again
            if made == PER_TURN:
                self._wanted.append(index)
                continue
            assert self._render is not None
            self._cache[key] = self._render(index, self.picture_size())
            self.renders += 1
            made += 1
            if len(self._cache) > CACHE_LIMIT:
                self._cache.popitem(last=False)
            self.update(self.tile_rect(index))
        if self._wanted:
            self._timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        font = painter.font()
        font.setPixelSize(self.font_px())
        painter.setFont(font)
        for index in self._rows_in(event.rect()):
            self._paint_tile(painter, index)
        painter.end()
        if self._wanted and not self._timer.isActive():
            self._timer.start()

    def _paint_tile(self, painter: QPainter, index: int) -> None:
        rect = self.tile_rect(index)
        chosen = index == self.selected
        painter.fillRect(rect, QColor(STAGE.chosen if chosen else STAGE.tile))
        size = self.picture_size()
        box = QRect(rect.left() + 4, rect.top() + 4, size.width(), size.height())
        pixmap = self.picture(index) if self._render is not None else None
        label = f"{index + 1}  {self._slides[index].label}"
        if pixmap is not None:
            shape = QSizeF(pixmap.deviceIndependentSize()).scaled(
                QSizeF(box.size()), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRect(0, 0, round(shape.width()), round(shape.height()))
            target.moveCenter(box.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.fillRect(box, QColor(STAGE.placeholder))
            if self._render is not None:
                self._wanted.append(index)
        text = QRect(
            rect.left() + 8, box.bottom() + 4, rect.width() - 16, rect.bottom() - box.bottom() - 4
        )
        painter.setPen(QColor(STAGE.text))
        elided = painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, text.width())
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if chosen:
            edge = max(3, round(4 * self._unit))
            painter.setPen(QPen(QColor(STAGE.chosen_edge), edge))
            half = edge // 2
            painter.drawRect(rect.adjusted(half, half, -half, -half))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index is not None:
            self.clicked.emit(index)
        event.accept()
