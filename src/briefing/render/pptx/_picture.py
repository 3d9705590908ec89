"""A slide's picture as PNG bytes: lossless, and quick enough for the deck's time budget.

Qt's PNG writer (libpng: zlib's default level, each row's filter chosen by trying them all) kept
the alpha channel of an opaque picture and took ~70 ms for a slide-sized illustration
(1170×780), a fifth of the whole deck. Now an opaque picture is stored as RGB, and an
illustration (drawn: large flat areas, which filters do not help) is written here, its rows
unfiltered and deflated at level 3: ~25 ms, and a file no larger. A photograph still goes
through libpng, whose filters keep it ~35% smaller than unfiltered rows. Either way the pixels
and the resolution (pHYs) are the same as before.
"""

from __future__ import annotations

import struct
import sys
import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ZLIB_LEVEL = 3
_RGB, _RGBA = 2, 6  # PNG colour types
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


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(picture: QImage, *, drawn: bool) -> bytes:
    """``picture`` as a PNG: 8-bit RGB when it is opaque, else RGBA (not premultiplied);
    ``drawn`` for an illustration, whose rows are left unfiltered."""
    if not drawn:
        return _filtered_png(picture)
    if is_opaque(picture):
        colour, channels = _RGB, picture.convertToFormat(QImage.Format.Format_RGB888)
    else:
        colour, channels = _RGBA, picture.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, stride = channels.width(), channels.height(), channels.bytesPerLine()
    pixels = bytes(channels.constBits())
    row = width * (3 if colour == _RGB else 4)  # a QImage row may be padded to 4 bytes
    # Each row after its filter type, 0: none.
    rows = b"".join(b"\x00" + pixels[y * stride : y * stride + row] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    chunks = [_chunk(b"IHDR", header)]
    x_dpm, y_dpm = picture.dotsPerMeterX(), picture.dotsPerMeterY()
    if x_dpm > 0 and y_dpm > 0:  # as Qt writes it: pixels per metre
        chunks.append(_chunk(b"pHYs", struct.pack(">IIB", x_dpm, y_dpm, 1)))
    chunks.append(_chunk(b"IDAT", zlib.compress(rows, ZLIB_LEVEL)))
    chunks.append(_chunk(b"IEND", b""))
    return PNG_SIGNATURE + b"".join(chunks)


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
