"""Pictures of the briefing: decoded safely at the size shown, a captioned panel, a large viewer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QDialog, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from briefing.imaging import ImageLoadError, load_image
from briefing.model.schema import Image
from briefing.theme import (
    STAGE,
    THEMES,
    Appearance,
    image_viewer_sheet,
    picture_badge_sheet,
    viewer_badge_sheet,
)
from briefing.views.labels import plain_label, plain_tooltip

_ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})

PANEL_FIT = QSize(1600, 1200)  # a panel never needs more, even full width on a 4K screen


def _credit_text(image: Image, kind: str) -> str:
    if kind == "illustration":
        # The credit names the photographer of the original; the drawing only evokes it.
        return QCoreApplication.translate("ImagePanel", "示意图，原照片 {credit}").format(
            credit=image.credit
        )
    return image.credit


def _placeholder_text(name: str, reason: str) -> str:
    return "\n".join((QCoreApplication.translate("ImagePanel", "图片无法显示"), name, reason))


class _Picture(QWidget):
    """Draws one decoded image fitted without distortion and centred, or a placeholder.

    The image is decoded once; a resize only rescales it to a new pixmap.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QImage()
        self._placeholder = ""
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None
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
        self._refresh()

    def set_placeholder(self, text: str) -> None:
        self._image = QImage()
        self._placeholder = text
        self._pixmap = QPixmap()
        self._pixmap_key = None
        self._badge.hide()
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
        size = size.expandedTo(QSize(1, 1))
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
        if target.isEmpty() or key == self._pixmap_key:
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
        target = self.target_rect()
        if not target.isEmpty():
            self._badge.move(target.left() + 8, target.top() + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refresh()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
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


def _show(picture: _Picture, image: Image, source: Path | None, fit: QSize) -> None:
    """Put the decoded picture, or a placeholder naming the file and the reason, in ``picture``."""
    name = source.name if source is not None else Path(image.file).name
    if source is None:
        reason = QCoreApplication.translate("ImagePanel", "没有可显示的图片文件")
        picture.set_placeholder(_placeholder_text(name, reason))
        return
    try:
        picture.set_image(load_image(source, fit))
    except ImageLoadError as error:
        picture.set_placeholder(_placeholder_text(name, error.reason))


class ImagePanel(QFrame):
    """A picture of the briefing with its caption and credit; click, Enter or Space enlarges it.

    ``source`` and ``kind`` come from ``Dataset.image_file``: a photograph dropped beside an
    illustration replaces it. A missing or damaged file shows a placeholder naming the file and
    the reason; the caption stays and no viewer opens for it.

    Test hooks: ``is_placeholder``, ``placeholder_text``, ``displayed_size`` (the pixmap as
    drawn), ``image_size`` (as decoded), ``viewer`` (the open ImageViewer), ``badge``.
    """

    activated = Signal()

    def __init__(
        self,
        image: Image,
        source: Path | None,
        kind: str,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._image = image
        self._source = source
        self._kind = kind
        self._appearance = appearance
        self._opens_viewer = True
        self._viewer: ImageViewer | None = None
        self.setProperty("role", "panel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(image.caption)
        self.setAccessibleDescription(image.alt)
        self.setToolTip(plain_tooltip(image.alt))

        self._picture = _Picture(self)
        _show(self._picture, image, source, PANEL_FIT)
        self._caption = plain_label(image.caption, parent=self)
        self._credit = plain_label(_credit_text(image, kind), "credit", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._caption)
        layout.addWidget(self._credit)
        if not self.is_placeholder():
            self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.activated.connect(self._open_if_wanted)
        self.apply_appearance(appearance)

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle fonts and the colours the style sheet does not reach (placeholder, badge)."""
        self._appearance = appearance
        t = appearance.theme
        self._caption.setFont(appearance.font(t.base_pt))
        self._credit.setFont(appearance.font(t.small_pt))
        self._picture.set_placeholder_colours(t.surface_alt, t.border, t.muted)
        badge = (
            QCoreApplication.translate("ImagePanel", "示意图")
            if self._kind == "illustration"
            else ""
        )
        self._picture.set_badge(badge, picture_badge_sheet(appearance))
        if self._viewer is not None:
            self._viewer.apply_appearance(appearance)

    def set_opens_viewer(self, opens: bool) -> None:
        """Whether ``activated`` also opens the ImageViewer (the default)."""
        self._opens_viewer = opens

    def open_viewer(self) -> ImageViewer | None:
        """Show the picture large, modal to this window; None for a placeholder."""
        if self.is_placeholder():
            return None
        if self._viewer is None:
            viewer = ImageViewer(
                self._image, self._source, self._kind, self._appearance, self.window()
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.finished.connect(self._viewer_closed)
            self._viewer = viewer
        self._viewer.open()
        return self._viewer

    def _open_if_wanted(self) -> None:
        if self._opens_viewer:
            self.open_viewer()

    def _viewer_closed(self) -> None:
        self._viewer = None

    # Test hooks -------------------------------------------------------------------------------

    def is_placeholder(self) -> bool:
        """True when the picture could not be shown and the placeholder is drawn instead."""
        return self._picture.image().isNull()

    def placeholder_text(self) -> str:
        """The placeholder's text (heading, file name, reason), or "" when the picture shows."""
        return self._picture.placeholder()

    def displayed_size(self) -> QSize:
        """The size of the picture as drawn, in device-independent pixels."""
        return self._picture.drawn_size()

    def image_size(self) -> QSize:
        """The size of the decoded image (at most PANEL_FIT); an empty size for a placeholder."""
        return self._picture.image().size()

    def viewer(self) -> ImageViewer | None:
        """The open ImageViewer, if any."""
        return self._viewer

    def badge(self) -> QLabel:
        """The "示意图" mark drawn on an illustration (hidden for a photograph)."""
        return self._picture.badge()

    def credit_text(self) -> str:
        return self._credit.text()

    # Events -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ACTIVATE_KEYS and not event.isAutoRepeat():
            event.accept()
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()  # so that the release comes here too
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            event.accept()
            self.activated.emit()
            return
        super().mouseReleaseEvent(event)


class ImageViewer(QDialog):
    """The picture large on a dark backdrop, with caption and credit; Esc or a click closes it.

    Decoded again at about the size of its screen, never at the file's full size.
    """

    def __init__(
        self,
        image: Image,
        source: Path | None,
        kind: str,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowTitle(image.caption)  # a window title is never rich text
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAccessibleName(image.caption)
        self.setAccessibleDescription(image.alt)
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio()
        fit = QSize(round(screen.size().width() * ratio), round(screen.size().height() * ratio))

        self._picture = _Picture(self)
        _show(self._picture, image, source, fit)
        self._caption = plain_label(image.caption, parent=self)
        self._credit = plain_label(_credit_text(image, kind), parent=self)
        self._hint = plain_label(
            QCoreApplication.translate("ImagePanel", "按 Esc 或单击任意处关闭"),
            wrap=False,
            parent=self,
        )
        self._hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._credit.setObjectName("credit")
        self._hint.setObjectName("hint")
        # Under the picture, which is centred too.
        self._caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._credit.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._caption)
        layout.addWidget(self._credit)
        layout.addWidget(self._hint)
        self.apply_appearance(appearance)

        if parent is not None:
            self.resize(parent.window().size())
        else:
            available = screen.availableSize()
            self.resize(round(available.width() * 0.9), round(available.height() * 0.9))

    def apply_appearance(self, appearance: Appearance) -> None:
        t = appearance.theme
        self._caption.setFont(appearance.font(t.base_pt + 2))
        self._credit.setFont(appearance.font(t.small_pt))
        self._hint.setFont(appearance.font(t.small_pt))
        self._picture.set_placeholder_colours(STAGE.placeholder, STAGE.border, STAGE.muted)
        badge = (
            QCoreApplication.translate("ImagePanel", "示意图")
            if self._kind == "illustration"
            else ""
        )
        self._picture.set_badge(badge, viewer_badge_sheet(appearance))
        self.setStyleSheet(image_viewer_sheet())

    # Test hooks -------------------------------------------------------------------------------

    def is_placeholder(self) -> bool:
        return self._picture.image().isNull()

    def displayed_size(self) -> QSize:
        return self._picture.drawn_size()

    def image_size(self) -> QSize:
        return self._picture.image().size()

    # Events -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog rejects on Esc already; said here so a later default button cannot take it.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.reject()
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.reject()
            return
        super().mouseReleaseEvent(event)
