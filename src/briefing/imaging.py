"""Safe picture decoding: size guards before decoding, an allocation limit, self-contained SVG,
damaged files named, and decoding at the size shown. Used by every view that shows a picture."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

MAX_SIDE = 20_000
MAX_PIXELS = 100_000_000
SVG_MAX_BYTES = 50 * 1024 * 1024
ALLOCATION_LIMIT_MB = 256
_VECTOR_FORMATS = frozenset({"svg", "svgz"})
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# libjpeg's note about stray bytes before a marker: many cameras write them, no pixel is lost.
_HARMLESS_DECODER_NOTES = ("extraneous bytes",)


class ImageLoadError(Exception):
    """An image file that cannot be shown; ``reason`` says why, in words for the reader."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def load_image(path: Path, fit: QSize) -> QImage:
    """Decode ``path`` to at most ``fit`` (aspect ratio kept, EXIF orientation applied).

    Large pictures are scaled while decoding, so a 6000×4000 photo is never held at full size;
    vector pictures (SVG) are rendered to fill ``fit``. Raises ImageLoadError for a missing,
    empty, unrecognised, oversized or damaged file. Call it from one thread at a time: the
    decoder's complaints are caught with Qt's process-wide message handler.
    """
    fit = fit.expandedTo(QSize(1, 1))
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "文件不存在")) from None
    except OSError as error:
        raise ImageLoadError(
            QCoreApplication.translate("ImagePanel", "无法读取文件（{error}）").format(
                error=error.strerror or error
            )
        ) from None
    if not path.is_file():
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "不是文件"))
    if info.st_size == 0:
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "文件是空的（0 字节）"))

    # A process-wide setting; set here so no caller can forget it before a decode.
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    # Reading the header is decoding too (size, EXIF), so the whole read is listened to.
    try:
        with _decoder_messages() as messages:
            image = _read(reader, path, fit)
    except OSError as error:  # the PNG check reads the file itself
        raise ImageLoadError(
            QCoreApplication.translate("ImagePanel", "无法读取文件（{error}）").format(
                error=error.strerror or error
            )
        ) from None
    complaints = [
        text
        for kind, text in messages
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        and not any(note in text for note in _HARMLESS_DECODER_NOTES)
    ]
    if image.isNull() and reader.error() == QImageReader.ImageReaderError.UnsupportedFormatError:
        raise _unreadable(reader)
    # Qt returns a truncated JPEG with its missing part filled grey: that is a damaged picture.
    if image.isNull() or complaints:
        detail = complaints[0] if complaints else _reader_error(reader)
        raise ImageLoadError(
            QCoreApplication.translate("ImagePanel", "图片已损坏（{detail}）").format(detail=detail)
        )
    return image


def _read(reader: QImageReader, path: Path, fit: QSize) -> QImage:
    """Check what the header promises, then decode at the size to be shown."""
    if not reader.canRead():
        raise _unreadable(reader)
    image_format = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if image_format in _VECTOR_FORMATS:
        _check_self_contained(path)
    # Before the PNG decoder reads even the header (see _check_png_chunks).
    if image_format == "png":
        _check_png_chunks(path)
    vector = image_format in _VECTOR_FORMATS
    stored = reader.size()
    # A vector picture is rendered at the size asked for, so its declared size costs nothing.
    if stored.isValid() and not vector:
        width, height = stored.width(), stored.height()
        if max(width, height) > MAX_SIDE or width * height > MAX_PIXELS:
            raise ImageLoadError(
                QCoreApplication.translate("ImagePanel", "图片过大（{width}×{height}）").format(
                    width=width, height=height
                )
            )
    scaled = _decode_size(stored, reader.transformation(), fit, vector=vector)
    if scaled.isValid():
        reader.setScaledSize(scaled)
    return reader.read()


# In an SVG, an href or url() that is not a fragment (#id) or embedded data (data:) would make
# the renderer read another file or try a URL: a dataset is untrusted, so such a file is refused.
_EXTERNAL_REFERENCE = re.compile(
    rb"""(?:href\s*=\s*["']\s*(?!#|data:)[^"'\s])|(?:url\(\s*["']?\s*(?!#|data:))|@import""",
    re.IGNORECASE,
)


def _check_self_contained(path: Path) -> None:
    data = path.read_bytes()
    if path.suffix.lower() == ".svgz" or data[:2] == b"\x1f\x8b":
        # Bounded: a small compressed file must not unpack into gigabytes.
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            data = unpacker.decompress(data, SVG_MAX_BYTES)
        except zlib.error:
            raise ImageLoadError(
                QCoreApplication.translate("ImagePanel", "图片已损坏（压缩数据无效）")
            ) from None
        if unpacker.unconsumed_tail:
            raise ImageLoadError(QCoreApplication.translate("ImagePanel", "SVG 文件过大"))
    if _EXTERNAL_REFERENCE.search(data):
        raise ImageLoadError(
            QCoreApplication.translate("ImagePanel", "SVG 引用了外部文件或网址，为安全起见不予显示")
        )


def _decode_size(
    stored: QSize, transformation: QImageIOHandler.Transformation, fit: QSize, *, vector: bool
) -> QSize:
    """The size to ask the decoder for, or an invalid QSize to decode as stored.

    The decoder scales before it applies the EXIF rotation, so for a picture stored on its side
    the fit is worked out on the upright size and turned back.
    """
    if not stored.isValid() or stored.isEmpty():
        return QSize()
    sideways = bool(transformation & QImageIOHandler.Transformation.TransformationRotate90)
    upright = stored.transposed() if sideways else stored
    if not vector and upright.width() <= fit.width() and upright.height() <= fit.height():
        return QSize()  # small enough: enlarging a raster at decode time only adds blur
    shown = fitted(upright, fit).expandedTo(QSize(1, 1))
    return shown.transposed() if sideways else shown


def fitted(size: QSize, fit: QSize) -> QSize:
    """``size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio)``, worked out as Qt does (integer
    division): the first use of PySide6's ``Qt`` namespace builds all its enums, ~20 ms of a
    headless export that has no other use for it."""
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        return QSize(fit)
    scaled_width = fit.height() * width // height
    if scaled_width <= fit.width():
        return QSize(scaled_width, fit.height())
    return QSize(fit.width(), fit.width() * height // width)


def _check_png_chunks(path: Path) -> None:
    """Refuse a PNG whose chunks are cut off or fail their checksum.

    libpng prints its errors straight to stderr, past any Qt message handler, so a damaged PNG
    is found here, before it reaches the decoder.
    """
    damaged = ImageLoadError(QCoreApplication.translate("ImagePanel", "图片已损坏（文件不完整）"))
    with path.open("rb") as file:
        if file.read(8) != _PNG_SIGNATURE:
            raise damaged
        while True:
            header = file.read(8)
            if len(header) < 8:
                raise damaged
            length = int.from_bytes(header[:4], "big")
            kind = header[4:]
            checksum = zlib.crc32(kind)
            remaining = length
            while remaining:
                block = file.read(min(remaining, 1 << 20))
                if not block:
                    raise damaged
                checksum = zlib.crc32(block, checksum)
                remaining -= len(block)
            stored = file.read(4)
            if len(stored) < 4:
                raise damaged
            if int.from_bytes(stored, "big") != checksum:
                raise ImageLoadError(
                    QCoreApplication.translate("ImagePanel", "图片已损坏（校验和不符）")
                )
            if kind == b"IEND":
                return


@contextmanager
def _decoder_messages() -> Iterator[list[tuple[QtMsgType, str]]]:
    """Collect what Qt logs while a picture is decoded, to report it as the reason.

    Decoders log damage (``Corrupt JPEG data: ...``) instead of failing; left alone those lines
    would reach the console, or fail a test run, while the reader calls the image fine.
    Decoding runs on this thread, so what is logged meanwhile comes from the decoder.
    """
    messages: list[tuple[QtMsgType, str]] = []

    def keep(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
        messages.append((kind, text))

    previous = qInstallMessageHandler(keep)
    try:
        yield messages
    finally:
        qInstallMessageHandler(previous)


def _reader_error(reader: QImageReader) -> str:
    errors = QImageReader.ImageReaderError
    words = {
        errors.FileNotFoundError: QCoreApplication.translate("ImagePanel", "文件不存在"),
        errors.DeviceError: QCoreApplication.translate("ImagePanel", "无法读取文件"),
        errors.UnsupportedFormatError: QCoreApplication.translate("ImagePanel", "格式不受支持"),
        errors.InvalidDataError: QCoreApplication.translate("ImagePanel", "数据无效"),
    }
    return words.get(reader.error(), reader.errorString())


def _unreadable(reader: QImageReader) -> ImageLoadError:
    if reader.error() in (
        QImageReader.ImageReaderError.FileNotFoundError,
        QImageReader.ImageReaderError.DeviceError,
    ):
        return ImageLoadError(_reader_error(reader))
    return ImageLoadError(
        QCoreApplication.translate("ImagePanel", "不是可识别的图片（{detail}）").format(
            detail=_reader_error(reader)
        )
    )
