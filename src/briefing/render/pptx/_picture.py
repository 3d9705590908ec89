"""A slide's picture as PNG bytes: lossless, and quick enough for the deck's time budget.

Qt's PNG writer (libpng: zlib's default level, each row's filter chosen by trying them all) kept
the alpha channel of an opaque picture and took ~70 ms for a slide-sized illustration
(1170×780), a fifth of the whole deck. Now an opaque picture is stored as RGB, and an
illustration (drawn: large flat areas, which filters do not help) is written by the app's own
PNG writer (render/png.py, the charts' too), its rows unfiltered and deflated at level 3:
~25 ms, and a file no larger. A photograph still goes
through libpng, whose filters keep it ~35% smaller than unfiltered rows. Either way the pixels
and the resolution (pHYs) are the same as before.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

from briefing.render.png import png_bytes as unfiltered_png

ZLIB_LEVEL = 3
_ALPHA_FORMATS = (QImage.Format.Format_ARGB32, QImage.Format.Format_ARGB32_Premultiplied)


def is_opaque(picture: QImage) -> bool:
    """Whether every pixel's alpha is 255 (a rendered SVG that paints its whole canvas, a
    photo): such a picture loses nothing without its alpha channel."""
    if not picture.hasAlphaChannel():
        return True
    if picture.format() not in _ALPHA_FORMATS:
        picture = picture.convertToFormat(QImage.Format.Format_ARGB32)
    # A 32-bit pixel is 0xAARRGGBB in the machine's byte order; its rows are never padded.
    alpha = bytes(picture.constBits())[3 if sys.byteorder == "little" else 0 :: 4]
    return alpha.count(0xFF) == len(alpha)


def png_bytes(picture: QImage, *, drawn: bool) -> bytes:
    """``picture`` as a PNG: 8-bit RGB when it is opaque, else RGBA (not premultiplied);
    ``drawn`` for an illustration, whose rows are left unfiltered (``render.png``)."""
    if not drawn:
        return _filtered_png(picture)
    if is_opaque(picture):  # no alpha channel: written as RGB
        picture = picture.convertToFormat(QImage.Format.Format_RGB888)
    return unfiltered_png(picture, ZLIB_LEVEL)


def _filtered_png(picture: QImage) -> bytes:
    """Qt's PNG writer, with no alpha channel for an opaque picture."""
    if picture.hasAlphaChannel() and is_opaque(picture):
        picture = picture.convertToFormat(QImage.Format.Format_RGB32)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(picture)
    buffer.close()
    return bytes(data.data())
