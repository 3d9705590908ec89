"""Safe picture decoding: size guards before decoding, an allocation limit, self-contained SVG,
damaged files named, and decoding at the size shown. Used by every view that shows a picture."""

from __future__ import annotations

import errno
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMessageLogContext,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from briefing import i18n
from briefing.i18n import QT_TRANSLATE_NOOP
from briefing.model import Dataset, Message, PathOutsideError, Problem
from briefing.model.loader import FileTooLargeError, NotRegularFileError, read_regular_file
from briefing.svg_safety import VECTOR_FORMATS, UnsafeSvgError, check_svg

MAX_SIDE = 20_000
MAX_PIXELS = 100_000_000
MAX_FILE_BYTES = 200 * 1024 * 1024  # a picture file; a 100-megapixel photo is less
ALLOCATION_LIMIT_MB = 256
# The size a picture is decoded at to learn whether it can be shown at all (validate).
_TRIAL = QSize(64, 64)
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
    vector pictures (SVG) are rendered to fill ``fit``. The file is read once, and only if it is
    a regular file of at most MAX_FILE_BYTES (a FIFO, a device or a link loop is refused, not
    waited on), then decoded from memory, so the decoder opens nothing itself. Raises
    ImageLoadError for a missing, empty, unrecognised, oversized or damaged file. Call it from
    one thread at a time: the decoder's complaints are caught with Qt's process-wide message
    handler.
    """
    fit = fit.expandedTo(QSize(1, 1))
    data = _read_file(path)
    # A process-wide setting; set here so no caller can forget it before a decode.
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    # Reading the header is decoding too (size, EXIF), so the whole read is listened to.
    with _decoder_messages() as messages:
        reader, _buffer = _reader(data)
        image = _read(reader, data, fit)
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
        raise _damaged(complaints[0]) if complaints else _damaged_as_read(reader)
    return image


# What the decoders (libjpeg, libpng, zlib) say of a damaged picture, by words of their English
# complaints, lower case: each said in the reader's language as one of our own reasons.
_INCOMPLETE = (
    "premature end",
    "read error",
    "truncat",
    "not enough image data",
    "end of file",
    "missing sos",  # the file ends before the picture data starts
)
_CHECKSUM = ("crc error", "adler32", "checksum")
_COMPRESSED = ("invalid distance", "header check", "invalid block", "invalid stored", "huffman")


def _damaged(complaint: str) -> ImageLoadError:
    """A picture the decoder complained of, in the reader's words: a known complaint as our own
    reason; another as 数据无效 in Chinese, and in English as the decoder said it (its words
    are English, and more exact than ours)."""
    said = complaint.lower()
    if any(words in said for words in _INCOMPLETE):
        reason = QCoreApplication.translate("ImagePanel", "图片已损坏（文件不完整）")
    elif any(words in said for words in _CHECKSUM):
        reason = QCoreApplication.translate("ImagePanel", "图片已损坏（校验和不符）")
    elif any(words in said for words in _COMPRESSED):
        reason = QCoreApplication.translate("ImagePanel", "图片已损坏（压缩数据无效）")
    else:
        english = i18n.current() == "en"
        detail = complaint.removeprefix("libpng error: ").strip() if english else ""
        detail = detail or QCoreApplication.translate("ImagePanel", "数据无效")
        reason = QCoreApplication.translate("ImagePanel", "图片已损坏（{detail}）").format(
            detail=detail
        )
    return ImageLoadError(reason)


def _damaged_as_read(reader: QImageReader) -> ImageLoadError:
    """A picture the reader gave up on without a complaint: the reader's reason, in our words
    where we have them; Qt's own text is translated by Qt's catalogue."""
    return ImageLoadError(
        QCoreApplication.translate("ImagePanel", "图片已损坏（{detail}）").format(
            detail=_reader_error(reader)
        )
    )


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    """A reader of ``data`` (with the buffer it reads, to keep while it reads).

    The content alone picks the decoder, so the reader's format() names the one that decodes:
    with a format given (as a file's suffix gives one), format() says that one even when Qt
    falls back to another, and an SVG named .pdf was drawn unchecked.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader, buffer


# The reader's words for what the system says in English (Too many levels of symbolic links).
_READ_REASONS = {
    errno.ELOOP: QT_TRANSLATE_NOOP("ImagePanel", "符号链接循环"),
    errno.EACCES: QT_TRANSLATE_NOOP("ImagePanel", "没有读取权限"),
    errno.EPERM: QT_TRANSLATE_NOOP("ImagePanel", "没有读取权限"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("ImagePanel", "文件名太长"),
    errno.ENOENT: QT_TRANSLATE_NOOP("ImagePanel", "文件不存在"),
    errno.EIO: QT_TRANSLATE_NOOP("ImagePanel", "读取出错"),
}


def _read_file(path: Path) -> bytes:
    """The picture's bytes: a regular file, not empty, not too large."""
    try:
        data = read_regular_file(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "文件不存在")) from None
    except (NotRegularFileError, IsADirectoryError):
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "不是文件")) from None
    except FileTooLargeError as error:
        raise ImageLoadError(
            QCoreApplication.translate(
                "ImagePanel", "文件过大（{size} MB，最多 {limit} MB）"
            ).format(size=f"{error.size / 1048576:.0f}", limit=MAX_FILE_BYTES // 1048576)
        ) from None
    except OSError as error:  # a link loop, a name too long, no permission
        known = _READ_REASONS.get(error.errno or 0)
        reason = QCoreApplication.translate("ImagePanel", known) if known else error.strerror
        raise ImageLoadError(
            QCoreApplication.translate("ImagePanel", "无法读取文件（{error}）").format(
                error=reason or error
            )
        ) from None
    if not data:
        raise ImageLoadError(QCoreApplication.translate("ImagePanel", "文件是空的（0 字节）"))
    return data


def _read(reader: QImageReader, data: bytes, fit: QSize) -> QImage:
    """Check what the header promises, then decode at the size to be shown."""
    if not reader.canRead():
        raise _unreadable(reader)
    image_format = bytes(reader.format().data()).decode("ascii", "replace").lower()
    vector = image_format in VECTOR_FORMATS
    if vector:
        try:
            check_svg(data)
        except UnsafeSvgError as error:
            raise ImageLoadError(error.reason) from None
    # Before the PNG decoder reads even the header (see _check_png_chunks).
    if image_format == "png":
        _check_png_chunks(data)
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


def _check_png_chunks(data: bytes) -> None:
    """Refuse a PNG whose chunks are cut off or fail their checksum.

    libpng prints its errors straight to stderr, past any Qt message handler, so a damaged PNG
    is found here, before it reaches the decoder.
    """
    damaged = ImageLoadError(QCoreApplication.translate("ImagePanel", "图片已损坏（文件不完整）"))
    if data[:8] != _PNG_SIGNATURE:
        raise damaged
    at = 8
    view = memoryview(data)
    while True:
        if at + 8 > len(data):
            raise damaged
        length = int.from_bytes(view[at : at + 4], "big")
        kind = bytes(view[at + 4 : at + 8])
        end = at + 8 + length
        if end + 4 > len(data):
            raise damaged
        checksum = zlib.crc32(view[at + 8 : end], zlib.crc32(kind))
        if int.from_bytes(view[end : end + 4], "big") != checksum:
            raise ImageLoadError(
                QCoreApplication.translate("ImagePanel", "图片已损坏（校验和不符）")
            )
        if kind == b"IEND":
            return
        at = end + 4


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


def picture_warnings(dataset: Dataset) -> list[Problem]:
    """A warning for each picture that is there but cannot be shown (damaged, not a picture,
    too large, an SVG that reaches outside itself...): the viewer and the export show its
    placeholder, and whoever prepares the dataset should hear why. Each file is decoded once,
    small; a picture the loader already warned of (missing) is not named twice. Needs a
    QGuiApplication (an SVG's text is laid out with the app's fonts)."""
    warned = {warning.path for warning in dataset.warnings}
    folder = dataset.folder.resolve()  # as the picture's own path is
    reasons: dict[Path, str | None] = {}
    found = []
    for place, image in dataset.image_places():
        if place in warned:
            continue
        try:
            path = dataset.image_file(image)[0]
        except PathOutsideError:
            continue  # the loader refused it, or warned of it
        if path not in reasons:
            try:
                load_image(path, _TRIAL)
            except ImageLoadError as error:
                reasons[path] = error.reason
            else:
                reasons[path] = None
        reason = reasons[path]
        if reason is not None:
            found.append(
                Problem(
                    str(dataset.source),
                    place,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "image file {file!r} cannot be shown: {reason}"
                        ),
                        file=path.relative_to(folder).as_posix()
                        if path.is_relative_to(folder)
                        else image.file,
                        reason=reason,
                    ),
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "a picture that opens (PNG, JPEG, WebP or SVG)"
                        )
                    ),
                )
            )
    return found
