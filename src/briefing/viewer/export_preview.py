"""The chart export dialog's preview: the picture the export writes, drawn small."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from briefing.render.files import ImageOptions
from briefing.theme import THEMES, Theme

PREVIEW_SIZE = QSize(360, 240)  # logical pixels the preview takes in the dialog
_MARGIN = 8  # around the picture, so its edge shows against the dialog
_CHECKER = 8  # a square of the checkerboard that stands for transparency, in logical pixels

Draw = Callable[[ImageOptions], QImage]
"""``draw(options)``: the chart as the export draws it, at ``options.pixel_size``."""


def _theme(name: str) -> Theme:
    return next((theme for key, theme in THEMES.items() if key == name), THEMES["light"])


class ExportPreview(QLabel):
    """The chart at the export's aspect, with its background, title and source line: what
    the file will hold, only smaller. Transparency shows as a checkerboard; a JPEG, which has
    none, on white as it is written."""

    def __init__(self, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export-preview")
        self.setFixedSize(PREVIEW_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.colours = _theme(theme)
        self.image = QImage()  # the chart as drawn last, at the size ``fit`` chose

    def fit(self, pixel_size: tuple[int, int]) -> QSize:
        """The size (device pixels) the chart is drawn at: the export's aspect, as large as
        the preview holds, never larger than the export itself."""
        ratio = self.devicePixelRatioF()
        room_width = (PREVIEW_SIZE.width() - 2 * _MARGIN) * ratio
        room_height = (PREVIEW_SIZE.height() - 2 * _MARGIN) * ratio
        width, height = pixel_size
        k = min(1.0, room_width / max(1, width), room_height / max(1, height))
        return QSize(max(1, round(width * k)), max(1, round(height * k)))

    def show_image(self, image: QImage, *, flatten: bool) -> None:
        """Show ``image`` (drawn at ``fit``'s size); ``flatten``: on white, as JPEG writes it."""
        self.image = image
        ratio = self.devicePixelRatioF()
        canvas = QPixmap(self.size() * ratio)
        canvas.setDevicePixelRatio(ratio)
        canvas.fill(QColor(self.colours.window))
        logical = QSizeF(image.size()) / ratio
        corner = QPointF(
            (self.width() - logical.width()) / 2, (self.height() - logical.height()) / 2
        )
        target = QRectF(corner, logical)
        painter = QPainter(canvas)
        try:
            if flatten:
                painter.fillRect(target, QColor(Qt.GlobalColor.white))
            else:
                painter.fillRect(target, QBrush(self._checkerboard(ratio)))
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(target, image)
            painter.setPen(QColor(self.colours.border))
            painter.drawRect(target.adjusted(-0.5, -0.5, 0.5, 0.5))
        finally:
            painter.end()
        self.setText("")
        self.setPixmap(canvas)

    def show_problem(self, text: str) -> None:
        """Why there is no picture (the options cannot be drawn)."""
        self.image = QImage()
        self.setPixmap(QPixmap())
        self.setText(text)

    def _checkerboard(self, ratio: float) -> QPixmap:
        tile = QPixmap(QSize(2 * _CHECKER, 2 * _CHECKER) * ratio)
        tile.setDevicePixelRatio(ratio)
        tile.fill(QColor(self.colours.surface))
        painter = QPainter(tile)
        dark = QColor(self.colours.surface_alt)
        painter.fillRect(0, 0, _CHECKER, _CHECKER, dark)
        painter.fillRect(_CHECKER, _CHECKER, _CHECKER, _CHECKER, dark)
        painter.end()
        return tile


__all__ = ["PREVIEW_SIZE", "Draw", "ExportPreview"]
