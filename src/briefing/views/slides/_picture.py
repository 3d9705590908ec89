"""A picture slide: one of the briefing's pictures, as large as its caption and credit leave
room for, marked 示意图 when it is a drawing; a placeholder when it cannot be shown."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap

from briefing.imaging import ImageLoadError, load_image
from briefing.model import PathOutsideError
from briefing.views.slides._metrics import (
    BODY_PX,
    LEAD_PX,
    SHRINK,
    SMALL_PX,
    Shape,
    balanced_width,
    ink_height,
    pixel_font,
    place,
)
from briefing.views.slides._view import SlideView

# Anywhere: a file name is one long word.
_PLACEHOLDER_FLAGS = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWrapAnywhere)

# The pictures decoded while ``pictures_shared`` is open, by file and size shown (or why one
# cannot be shown), the most recently used last: the innermost open one last. Empty outside
# it: the show keeps nothing beyond its slides.
_Key = tuple[Path, int, int, float]
_SHARED: list[OrderedDict[_Key, QPixmap | str]] = []
# What the shared pictures may hold at once: a picture shown again after this much else was
# decoded is decoded again (a briefing of 1,000 photos never holds them all).
SHARED_BYTES = 96 * 1024 * 1024


@contextmanager
def pictures_shared() -> Iterator[None]:
    """Within it, a picture shown on several slides at one size is decoded once and drawn
    as one pixmap, which a PDF embeds once rather than once per page (while it is among the
    last SHARED_BYTES decoded). For a document made in one go; the show decodes each slide's
    picture for that slide."""
    _SHARED.append(OrderedDict())
    try:
        yield
    finally:
        _SHARED.pop()


def _keep(shared: OrderedDict[_Key, QPixmap | str], key: _Key, value: QPixmap | str) -> None:
    shared[key] = value
    held = sum(v.width() * v.height() * 4 for v in shared.values() if isinstance(v, QPixmap))
    while held > SHARED_BYTES and len(shared) > 1:
        _, old = shared.popitem(last=False)
        if isinstance(old, QPixmap):
            held -= old.width() * old.height() * 4


def _decoded(path: Path, fit: QSize, ratio: float) -> QPixmap:
    """The picture at ``path`` decoded to fit ``fit`` device pixels (never at the file's
    own size), for a device pixel ratio of ``ratio``; ImageLoadError when it cannot be."""
    key = (path, fit.width(), fit.height(), ratio)
    shared = _SHARED[-1] if _SHARED else None
    if shared is not None and key in shared:
        shared.move_to_end(key)
        known = shared[key]
        if isinstance(known, str):
            raise ImageLoadError(known)  # a new error: no earlier slide's frames kept
        return known
    try:
        image = load_image(path, fit)
    except ImageLoadError as error:
        if shared is not None:
            _keep(shared, key, error.reason)
        raise
    target = image.size().scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)
    if target != image.size():
        image = image.scaled(
            target, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    # Only the pixmap is kept: every slide of the show is built ahead.
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    if shared is not None:
        _keep(shared, key, pixmap)
    return pixmap


class PictureSlide(SlideView):
    """The picture decoded at the size it is shown, the caption and credit centred under it."""

    kind = "image"

    def _build(self) -> None:
        self._image_source: tuple[Path, str] | None = None
        self._pixmap = QPixmap()
        self._pixmap_key: tuple[int, int, float] | None = None
        self._picture = QRectF()
        self._image_error = ""  # the placeholder's text when the picture cannot be shown
        self._placeholder_font = QFont()
        self._placeholder_rect = QRectF()
        self._badge_box: Shape | None = None  # painted over the picture, not under it
        image = self._dataset.briefing.image(self.slide.image or "")
        try:
            self._image_source = self._dataset.image_file(image)
        except PathOutsideError as error:
            self._image_error = self._placeholder(Path(image.file).name, str(error))
        kind = self._image_source[1] if self._image_source else image.kind
        self._badge = (
            self._label(QCoreApplication.translate("SlideView", "示意图"), wrap=False)
            if kind == "illustration"
            else None
        )
        self._caption = self._label(image.caption)
        self._caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # The drawing only evokes the photograph: the credit names the photographer of that.
        credit = (
            QCoreApplication.translate("SlideView", "示意图，原照片 {credit}").format(
                credit=image.credit
            )
            if kind == "illustration"
            else image.credit
        )
        self._credit = self._label(credit, "muted")
        self._credit.setAlignment(Qt.AlignmentFlag.AlignHCenter)

    @staticmethod
    def _placeholder(name: str, reason: str) -> str:
        return "\n".join((QCoreApplication.translate("SlideView", "图片无法显示"), name, reason))

    # -- layout -----------------------------------------------------------------------------

    def _layout(self, unit: float) -> None:
        caption, credit = self._caption, self._credit
        area = self._margins(unit)
        area.setTop(64 * unit)
        width = min(area.width(), 1600 * unit)
        for scale in SHRINK:
            caption.setFont(pixel_font(LEAD_PX * unit * scale, bold=True))
            credit.setFont(pixel_font(SMALL_PX * unit * scale))
            caption_w = balanced_width(caption, width)
            text_h = ink_height(caption, caption_w) + 20 * unit + ink_height(credit, width)
            if text_h <= area.height() * 0.3:
                break
        self._body_px = caption.font().pixelSize()
        credit_top = area.bottom() - ink_height(credit, width)
        caption_top = credit_top - 20 * unit - ink_height(caption, caption_w)
        place(caption, area.center().x() - caption_w / 2, caption_top, caption_w)
        credit_w = balanced_width(credit, width)
        place(credit, area.center().x() - credit_w / 2, credit_top, credit_w)

        space = QRectF(area.left(), area.top(), area.width(), caption_top - 40 * unit - area.top())
        self._picture = self._fit_picture(space)
        self._badge_box = None
        if self._pixmap.isNull():
            self._layout_placeholder(unit, space)
        elif self._badge is not None:
            self._layout_badge(unit)
        if self._badge is not None:
            self._badge.setVisible(not self._pixmap.isNull())

    def _fit_picture(self, space: QRectF) -> QRectF:
        """Decode the picture at the size it is shown (never at the file's own size) and
        return where it is drawn; an empty rectangle when it cannot be shown."""
        ratio = self.devicePixelRatioF()
        fit = QSize(max(1, round(space.width() * ratio)), max(1, round(space.height() * ratio)))
        if not self._image_error and self._image_source is not None:
            key = (fit.width(), fit.height(), ratio)
            if key != self._pixmap_key:
                try:
                    self._pixmap = _decoded(self._image_source[0], fit, ratio)
                except ImageLoadError as error:
                    self._image_error = self._placeholder(self._image_source[0].name, error.reason)
                    self._pixmap = QPixmap()
                self._pixmap_key = key
        if self._pixmap.isNull():
            return QRectF()
        size = self._pixmap.deviceIndependentSize()
        rect = QRectF(0, 0, size.width(), size.height())
        rect.moveCenter(space.center())
        return rect

    def _layout_badge(self, unit: float) -> None:
        """The 示意图 mark in a box at the picture's top left corner."""
        assert self._badge is not None
        badge = self._badge
        badge.setFont(pixel_font(SMALL_PX * unit))
        inset = 20 * unit
        pad = 12 * unit
        x = self._picture.left() + inset + pad
        top = self._picture.top() + inset + pad * 0.6
        bottom = place(badge, x, top, 0)
        box = QRectF(
            self._picture.left() + inset,
            self._picture.top() + inset,
            badge.sizeHint().width() + 2 * pad,
            bottom - top + 1.2 * pad,
        )
        self._badge_box = Shape(
            box, fill="badge", outline="border", radius=6 * unit, line=max(1.0, unit)
        )

    def _layout_placeholder(self, unit: float, space: QRectF) -> None:
        width = min(space.width(), space.height() * 3 / 2)
        box = QRectF(0, 0, width, min(space.height(), width * 2 / 3))
        box.moveCenter(space.center())
        self._shapes.append(
            Shape(
                box,
                fill="placeholder",
                outline="muted",
                radius=14 * unit,
                line=2 * unit,
                dashed=True,
            )
        )
        inner = box.adjusted(32 * unit, 24 * unit, -32 * unit, -24 * unit)
        for scale in SHRINK:
            self._placeholder_font = pixel_font(BODY_PX * unit * scale)
            needed = QFontMetricsF(self._placeholder_font).boundingRect(
                inner, _PLACEHOLDER_FLAGS, self._image_error
            )
            if needed.height() <= inner.height() and needed.width() <= inner.width():
                break
        self._placeholder_rect = inner

    # -- painting ---------------------------------------------------------------------------

    def _paint_over(self, painter: QPainter) -> None:
        if not self._pixmap.isNull():
            painter.drawPixmap(self._picture.topLeft(), self._pixmap)
            if self._badge_box is not None:
                self._paint_shape(painter, self._badge_box)
        elif self._image_error and self._shapes:
            painter.setFont(self._placeholder_font)
            painter.setPen(QColor(self._appearance.theme.muted))
            # drawText never reads markup: a file named "<b>.png" shows as written.
            painter.drawText(self._placeholder_rect, _PLACEHOLDER_FLAGS, self._image_error)

    # -- test hooks -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        shown = super().texts()  # lays the slide out: the picture is decoded then
        if self._image_error:
            shown.insert(0, self._image_error)
        return shown

    def picture_rect(self) -> QRectF:
        self._ensure_layout()
        return QRectF(self._picture) if not self._pixmap.isNull() else QRectF()

    def placeholder_text(self) -> str:
        self._ensure_layout()
        return self._image_error
