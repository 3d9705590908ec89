"""The picture viewer: a picture of the briefing large on a dark backdrop, the other pictures of
its section a key away (arrows, PgUp/PgDn), zoomed with +, − and 0 or Ctrl and the wheel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from briefing.actions import PICTURE_KEYS, PictureCommand
from briefing.model.schema import Image
from briefing.theme import STAGE, Appearance, image_viewer_sheet, viewer_badge_sheet
from briefing.views.labels import plain_label
from briefing.views.picture import Picture, badge_text, credit_text, show_picture

ZOOMS = (1.0, 1.5, 2.0, 3.0, 4.0)  # 0 (or a click on nothing) is back to the first


@dataclass(frozen=True)
class ViewerPicture:
    """One picture the viewer can show: as ``Dataset.image_file`` found it."""

    image: Image
    source: Path | None
    kind: str


class ImageViewer(QDialog):
    """The picture large on a dark backdrop, with caption and credit; Esc or a click closes it.

    ``album``: the pictures of its section (this one among them, at ``at``), which the arrows
    and PgUp/PgDn step through; +, − and 0 (or Ctrl and the wheel) zoom into its centre.
    Decoded again at about the size of its screen, never at the file's full size.
    """

    def __init__(
        self,
        image: Image,
        source: Path | None,
        kind: str,
        appearance: Appearance,
        parent: QWidget | None = None,
        *,
        album: Sequence[ViewerPicture] = (),
        at: int = 0,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imageViewer")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._appearance = appearance
        self._album = list(album) or [ViewerPicture(image, source, kind)]
        self._at = at if album else 0
        self._zoom = 0  # index in ZOOMS
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        ratio = screen.devicePixelRatio()
        self._fit = QSize(
            round(screen.size().width() * ratio), round(screen.size().height() * ratio)
        )

        self._picture = Picture(self)
        self._caption = plain_label("", parent=self)
        self._credit = plain_label("", parent=self)
        hint = (
            QCoreApplication.translate(
                "ImagePanel", "← → 上一张 / 下一张，+ − 缩放，0 还原，Esc 或单击任意处关闭"
            )
            if len(self._album) > 1
            else QCoreApplication.translate("ImagePanel", "+ − 缩放，0 还原，Esc 或单击任意处关闭")
        )
        self._hint = plain_label(hint, wrap=False, parent=self)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self._credit.setObjectName("credit")
        self._hint.setObjectName("hint")
        # Under the picture, which is centred too.
        self._caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._credit.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._caption)
        layout.addWidget(self._credit)
        layout.addWidget(self._hint)
        self._show_current()

        if parent is not None:
            self.resize(parent.window().size())
        else:
            available = screen.availableSize()
            self.resize(round(available.width() * 0.9), round(available.height() * 0.9))

    def _show_current(self) -> None:
        shown = self._album[self._at]
        image = shown.image
        self._kind = shown.kind
        self.setWindowTitle(image.caption)  # a window title is never rich text
        self.setAccessibleName(image.caption)
        self.setAccessibleDescription(image.alt)
        show_picture(self._picture, image, shown.source, self._fit)
        self._caption.setText(image.caption)
        self._credit.setText(credit_text(image, shown.kind))
        self.set_zoom(0)
        self.apply_appearance(self._appearance)

    def step(self, by: int) -> None:
        """The next (``by`` 1) or previous (-1) picture of the section, round at the ends;
        said to a screen reader as the viewer's new name."""
        if len(self._album) < 2:
            return
        self._at = (self._at + by) % len(self._album)
        self._show_current()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def set_zoom(self, step: int) -> None:
        self._zoom = max(0, min(step, len(ZOOMS) - 1))
        self._picture.set_zoom(ZOOMS[self._zoom])

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance
        t = appearance.theme
        self._caption.setFont(appearance.font(t.base_pt + 2))
        self._credit.setFont(appearance.font(t.small_pt))
        self._hint.setFont(appearance.font(t.small_pt))
        self._picture.set_placeholder_colours(STAGE.placeholder, STAGE.border, STAGE.muted)
        badge = badge_text(self._kind)
        self._picture.set_badge(badge, viewer_badge_sheet(appearance))
        self.setStyleSheet(image_viewer_sheet())

    # Test hooks -------------------------------------------------------------------------------

    def is_placeholder(self) -> bool:
        return self._picture.image().isNull()

    def displayed_size(self) -> QSize:
        return self._picture.drawn_size()

    def image_size(self) -> QSize:
        return self._picture.image().size()

    def caption(self) -> str:
        return self._caption.text()

    def zoom(self) -> float:
        return ZOOMS[self._zoom]

    # Events -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # QDialog rejects on Esc already; said here so a later default button cannot take it.
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.reject()
            return
        command = PICTURE_KEYS.get(Qt.Key(event.key()))
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        {
            PictureCommand.NEXT: lambda: self.step(1),
            PictureCommand.PREVIOUS: lambda: self.step(-1),
            PictureCommand.ZOOM_IN: lambda: self.set_zoom(self._zoom + 1),
            PictureCommand.ZOOM_OUT: lambda: self.set_zoom(self._zoom - 1),
            PictureCommand.ZOOM_FIT: lambda: self.set_zoom(0),
        }[command]()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.set_zoom(self._zoom + (1 if steps > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.reject()
            return
        super().mouseReleaseEvent(event)
