"""Pictures of the briefing on the page: a captioned panel that opens the picture viewer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from briefing.model.schema import Image
from briefing.theme import Appearance, picture_badge_sheet
from briefing.views.labels import plain_label, plain_tooltip
from briefing.views.picture import Picture, badge_text, credit_text, show_picture
from briefing.views.picture_viewer import ImageViewer, ViewerPicture

__all__ = ["PANEL_FIT", "ImagePanel", "ImageViewer"]

_ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})

PANEL_FIT = QSize(1600, 1200)  # a panel never needs more, even full width on a 4K screen


class ImagePanel(QFrame):
    """A picture of the briefing with its caption and credit; click, Enter or Space enlarges it.

    ``source`` and ``kind`` come from ``Dataset.image_file``: a photograph dropped beside an
    illustration replaces it. A missing or damaged file shows a placeholder naming the file and
    the reason; the caption stays and no viewer opens for it.

    With ``deferred`` the picture is decoded only by ``decode`` (a later turn of the event loop:
    a page shows its cards first) or by the first question about it; until then the panel
    holds its place, caption and credit, with an empty picture.

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
        *,
        deferred: bool = False,
    ) -> None:
        super().__init__(parent)
        self._image = image
        self._source = source
        self._kind = kind
        self._appearance = appearance
        self._opens_viewer = True
        self._viewer: ImageViewer | None = None
        self._album: Sequence[ImagePanel] = ()  # the section's pictures, this one among them
        self.setProperty("role", "panel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(image.caption)
        self.setAccessibleDescription(image.alt)
        self.setToolTip(plain_tooltip(image.alt))

        self._picture = Picture(self)
        self._pending = True
        self._caption = plain_label(image.caption, parent=self)
        self._credit = plain_label(credit_text(image, kind), "credit", parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        layout.addWidget(self._picture, 1)
        layout.addWidget(self._caption)
        layout.addWidget(self._credit)
        self.activated.connect(self._open_if_wanted)
        self.apply_appearance(appearance)
        if not deferred:
            self.decode()

    def is_decoded(self) -> bool:
        """Whether the picture (or the placeholder saying why there is none) is in place."""
        return not self._pending

    def decode(self) -> bool:
        """Decode the picture now if it was not yet; False when it already was."""
        if not self._pending:
            return False
        self._pending = False
        show_picture(self._picture, self._image, self._source, PANEL_FIT)
        self._picture.set_badge(badge_text(self._kind), picture_badge_sheet(self._appearance))
        if not self._picture.image().isNull():
            self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        return True

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle fonts and the colours the style sheet does not reach (placeholder, badge)."""
        self._appearance = appearance
        t = appearance.theme
        self._caption.setFont(appearance.font(t.base_pt))
        self._credit.setFont(appearance.font(t.small_pt))
        self._picture.set_placeholder_colours(t.surface_alt, t.border, t.muted)
        badge = badge_text(self._kind)
        self._picture.set_badge(badge, picture_badge_sheet(appearance))
        if self._viewer is not None:
            self._viewer.apply_appearance(appearance)

    def set_album(self, panels: Sequence[ImagePanel]) -> None:
        """The pictures of this one's section, which its viewer steps through."""
        self._album = panels

    def viewer_picture(self) -> ViewerPicture:
        return ViewerPicture(self._image, self._source, self._kind)

    def set_opens_viewer(self, opens: bool) -> None:
        """Whether ``activated`` also opens the ImageViewer (the default)."""
        self._opens_viewer = opens

    def open_viewer(self) -> ImageViewer | None:
        """Show the picture large, modal to this window; None for a placeholder."""
        self.decode()
        if self.is_placeholder():
            return None
        if self._viewer is None:
            album = [panel for panel in self._album if not panel.is_placeholder()]
            viewer = ImageViewer(
                self._image,
                self._source,
                self._kind,
                self._appearance,
                self.window(),
                album=[panel.viewer_picture() for panel in album],
                at=album.index(self) if self in album else 0,
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
        self.decode()
        return self._picture.image().isNull()

    def placeholder_text(self) -> str:
        """The placeholder's text (heading, file name, reason), or "" when the picture shows."""
        self.decode()
        return self._picture.placeholder()

    def displayed_size(self) -> QSize:
        """The size of the picture as drawn, in device-independent pixels."""
        self.decode()
        return self._picture.drawn_size()

    def image_size(self) -> QSize:
        """The size of the decoded image (at most PANEL_FIT); an empty size for a placeholder."""
        self.decode()
        return self._picture.image().size()

    def viewer(self) -> ImageViewer | None:
        """The open ImageViewer, if any."""
        return self._viewer

    def badge(self) -> QLabel:
        """The "示意图" mark drawn on an illustration (hidden for a photograph)."""
        self.decode()
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
