"""A picture drawn from its decoded image, fitted and centred (and zoomed, in the viewer), or a
placeholder naming the file and why it cannot be shown; shared by the panel and the viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from briefing.imaging import ImageLoadError, load_image
from briefing.model.schema import Image
from briefing.theme import THEMES


def credit_text(image: Image, kind: str) -> str:
    if kind == "illustration":
        # The credit names the photographer of the original; the drawing only evokes it.
        return QCoreApplication.translate("ImagePanel", "示意图，原照片 {credit}").format(
            credit=image.credit
        )
    return image.credit


def badge_text(kind: str) -> str:
    """The mark on an illustration (示意图); none on a photograph."""
    return QCoreApplication.translate("ImagePanel", "示意图") if kind == "illustration" else ""


def placeholder_text(name: str, reason: str) -> str:
    return "\n".join((QCoreApplication.translate("ImagePanel", "图片无法显示"), name, reason))


class Picture(QWidget):
    """Draws one decoded image fitted without distortion and centred, or a placeholder.

    The image is decoded once; a resize only rescales it to a new pixmap.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._placeholder = ""
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None
        self._zoom = 1.0  # the viewer's: larger than fits, centred, cut at the edges
        light = THEMES["light"]  # until the panel gives its own colours
        self._placeholder_fill = QColor(light.surface_alt)
        self._placeholder_border = QColor(light.border)
        self._placeholder_ink = QColor(light.muted)
        self._badge = QLabel(self)
        self._badge.setTextFormat(Qt.TextFormat.PlainText)
        self._badge.hide()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage) -> None:
        self._image = image
        self._placeholder = ""
        self._pixmap_key = None
        self.updateGeometry()  # its height for a width is the picture's shape now
        self._refresh()

    def set_placeholder(self, text: str) -> None:
        self._image = QImage()
        self._placeholder = text
        self._pixmap = QPixmap()
        self._pixmap_key = None
        self._badge.hide()
        self.updateGeometry()
        self.update()

    def set_badge(self, text: str, style: str) -> None:
        self._badge.setText(text)
        self._badge.setStyleSheet(style)
        self._badge.adjustSize()
        self._badge.setVisible(bool(text) and not self._image.isNull())
        self._place_badge()

    def set_placeholder_colours(self, fill: str, border: str, ink: str) -> None:
        self._placeholder_fill = QColor(fill)
        self._placeholder_border = QColor(border)
        self._placeholder_ink = QColor(ink)
        self.update()

    def badge(self) -> QLabel:
        return self._badge

    def set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._pixmap_key = None
        self._refresh()
        self.update()

    def image(self) -> QImage:
        return self._image

    def placeholder(self) -> str:
        return self._placeholder

    def target_rect(self) -> QRect:
        """Where the picture is drawn: the image's shape, as large as fits, centred."""
        area = self.contentsRect()
        if self._image.isNull() or area.isEmpty():
            return QRect()
        size = self._image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        size = (size * self._zoom).expandedTo(QSize(1, 1))
        rect = QRect(0, 0, size.width(), size.height())
        rect.moveCenter(area.center())
        return rect

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The picture's own shape, so a panel in a column has no empty bands; a portrait
        picture is held to 5:4 tall and shown narrower instead."""
        if self._image.isNull():
            return max(100, round(width * 2 / 3))
        shape = self._image.height() / self._image.width()
        return max(100, round(width * min(shape, 1.25)))

    def sizeHint(self) -> QSize:
        return QSize(400, self.heightForWidth(400))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    def _refresh(self) -> None:
        target = self.target_rect()
        ratio = self.devicePixelRatioF()
        key = (target.width(), target.height(), ratio)
        if self._zoom != 1:  # drawn from the image, only the part on screen (paintEvent)
            self._pixmap = QPixmap()
        if target.isEmpty() or key == self._pixmap_key or self._zoom != 1:
            self._place_badge()
            return
        scaled = self._image.scaled(
            round(target.width() * ratio),
            round(target.height() * ratio),
            Qt.AspectRatioMode.IgnoreAspectRatio,  # the target already has the image's shape
            Qt.TransformationMode.SmoothTransformation,
        )
        self._pixmap = QPixmap.fromImage(scaled)
        self._pixmap.setDevicePixelRatio(ratio)
        self._pixmap_key = key
        self._place_badge()
        self.update()

    def drawn_size(self) -> QSize:
        self._refresh()
        return self.target_rect().size() if not self._image.isNull() else QSize()

    def _place_badge(self) -> None:
        target = self.target_rect().intersected(self.contentsRect())  # zoomed: the part shown
        if not target.isEmpty():
            self._badge.move(target.left() + 8, target.top() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if not self._image.isNull() and self._zoom != 1:
            self._paint_zoomed(painter)
            return
        if not self._image.isNull():
            self._refresh()
            painter.drawPixmap(self.target_rect().topLeft(), self._pixmap)
            return
        if not self._placeholder:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.contentsRect().adjusted(1, 1, -1, -1)
        pen = QPen(self._placeholder_border, 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(self._placeholder_fill)
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(self._placeholder_ink)
        # drawText never interprets markup, so a file name like "<b>.png" shows as written.
        painter.drawText(
            box.adjusted(16, 12, -16, -12),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere,
            self._placeholder,
        )

    def _paint_zoomed(self, painter: QPainter) -> None:
        """The part of the zoomed picture inside the widget, scaled from the decoded image
        (never a pixmap of the whole zoomed picture: at 4× that would be most of a gigabyte)."""
        target = self.target_rect()
        shown = target.intersected(self.contentsRect())
        if shown.isEmpty():
            return
        scale = self._image.width() / target.width()
        source = QRectF(
            (shown.left() - target.left()) * scale,
            (shown.top() - target.top()) * scale,
            shown.width() * scale,
            shown.height() * scale,
        )
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(shown), self._image, source)


def show_picture(picture: Picture, image: Image, source: Path | None, fit: QSize) -> None:
    """Put the decoded picture, or a placeholder naming the file and the reason, in ``picture``."""
    name = source.name if source is not None else Path(image.file).name
    if source is None:
        reason = QCoreApplication.translate("ImagePanel", "没有可显示的图片文件")
        picture.set_placeholder(placeholder_text(name, reason))
        return
    try:
        picture.set_image(load_image(source, fit))
    except ImageLoadError as error:
        picture.set_placeholder(placeholder_text(name, error.reason))
