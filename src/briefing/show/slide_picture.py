"""A slide as a picture in the presenter console: the current one and the next one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing.theme import Theme

Render = Callable[[int, QSize], QPixmap]

# Slides are asked for at 16:9, the shape of a projector or TV; a picture of another shape is
# still fitted whole into that box.
SLIDE_ASPECT = 16 / 9


class SlidePicture(QWidget):
    """One slide as a picture, fitted 16:9 at the top left of the widget.

    It asks for a picture only while it is visible, and again only when its size changes, never
    while painting: the show renders the picture from its own widgets, which must not be laid out
    in the middle of this widget's paint.
    """

    def __init__(self, picture: Render, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = picture
        self._theme = theme
        self._index: int | None = None
        self._pixmap: QPixmap | None = None
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_index(self, index: int | None) -> None:
        self._index = index
        self._load()
        self.update()

    def box(self) -> QRect:
        """Where the slide is drawn: the largest 16:9 rectangle that fits, top left."""
        width = min(self.width(), round(self.height() * SLIDE_ASPECT))
        return QRect(0, 0, width, round(width / SLIDE_ASPECT))

    def _load(self) -> None:
        self._pixmap = None
        box = self.box()
        if self._index is not None and self.isVisible() and not box.isEmpty():
            self._pixmap = self._picture(self._index, box.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        box = self.box()
        painter.fillRect(box, QColor(self._theme.surface))
        pixmap = self._pixmap
        if pixmap is not None and not pixmap.isNull():
            # The show may hand back a grab with a device pixel ratio: fit its logical size.
            shape = QSizeF(pixmap.deviceIndependentSize()).scaled(
                QSizeF(box.size()), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRect(0, 0, round(shape.width()), round(shape.height()))
            target.moveCenter(box.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(target, pixmap)
        painter.setPen(QPen(QColor(self._theme.border), 1))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        painter.end()
