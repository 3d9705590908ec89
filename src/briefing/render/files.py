"""Writing export files safely: never over an existing file unless asked, never half-written."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from PySide6.QtCore import QCoreApplication

from briefing.i18n import QT_TRANSLATE_NOOP

Background = Literal["white", "transparent", "theme"]

# The one table of export formats. A chart: suffix -> the name a reader knows it by. The whole
# briefing: the slides' PDF, every chart in each chart format but PDF, the figures table, and the
# workbook (the figures and each chart's data).
CHART_FORMATS: dict[str, str] = {"png": "PNG", "jpg": "JPEG", "svg": "SVG", "pdf": "PDF"}
BRIEFING_CHART_FORMATS = ("png", "jpg", "svg")
BRIEFING_FORMATS = ("pdf", "handout", *BRIEFING_CHART_FORMATS, "csv", "xlsx", "pptx")
FORMAT_ALIASES = {"jpeg": "jpg"}  # what a user may write for a format


def format_name(text: str) -> str:
    """A format as a user writes it (JPEG, .jpeg, jpg) as the table names it (jpg); a
    zero-width or other invisible character pasted with it is left out."""
    visible = "".join(c for c in text if unicodedata.category(c) not in _DROPPED)
    name = visible.strip().lower().lstrip(".")
    return FORMAT_ALIASES.get(name, name)


class ExportError(Exception):
    """An export that could not be done; the message says why, for the person who asked."""


class ExportCancelled(ExportError):  # noqa: N818 - a cancel is not an error of the app
    """The person who asked for the export cancelled it; nothing of it is left."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("Export", "已取消导出") if message is None else message
        )


Progress = Callable[[str, int, int], bool]
"""``progress(what, done, total)`` as an export goes: ``what`` names the piece at hand (a file's
name, a page's slide; "" once all are done), and ``done`` of ``total`` pieces are finished.
Returning False cancels the export, which then raises ExportCancelled."""


@dataclass(frozen=True)
class ImageOptions:
    """How a chart image is made: its exact pixel size is width*scale × height*scale."""

    width: int = 1920
    height: int = 1080
    scale: int = 1
    dpi: int = 96  # written into the file
    background: Background = "white"
    title: bool = True  # draw the chart's title above it
    source: bool = True  # draw the source line (数据来源：…) under it
    theme: str = "light"
    outline_text: bool = False  # SVG: every text as the outlines of its glyphs, no font needed

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.scale, self.height * self.scale


_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Export", "磁盘已满"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Export", "磁盘配额已满"),
    errno.EACCES: QT_TRANSLATE_NOOP("Export", "没有写入权限"),
    errno.EPERM: QT_TRANSLATE_NOOP("Export", "没有写入权限"),
    errno.EROFS: QT_TRANSLATE_NOOP("Export", "文件夹是只读的"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Export", "文件夹不存在"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Export", "文件名太长"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Export", "文件名无效"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Export", "已有同名的文件"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Export", "路径中有一段是文件而不是文件夹"),
    errno.ELOOP: QT_TRANSLATE_NOOP("Export", "符号链接循环"),
}


def describe(error: OSError, path: Path) -> str:
    known = _REASONS.get(error.errno or 0)
    reason = QCoreApplication.translate("Export", known) if known else error.strerror or str(error)
    return QCoreApplication.translate("Export", "无法写入 {path}：{reason}").format(
        path=path, reason=reason
    )


def exists_message(paths: list[Path]) -> str:
    """Why an export refused to start: files it would replace (the first few named)."""
    names = QCoreApplication.translate("Export", "、").join(str(path) for path in paths[:5])
    if len(paths) > 5:
        names = QCoreApplication.translate("Export", "{names} 等 {count} 个文件").format(
            names=names, count=len(paths)
        )
    return QCoreApplication.translate(
        "Export", "{names} 已存在；未覆盖（需要覆盖时请确认，或使用 --force）"
    ).format(names=names)


def check_free(path: Path, *, force: bool) -> None:
    """Refuse to replace an existing file unless ``force``."""
    if path.exists() and not force:
        raise ExportError(exists_message([path]))


def write_atomically(path: Path, write: Callable[[BinaryIO], None], *, force: bool = False) -> Path:
    """Write ``path`` through ``write(file)`` into a temporary file in the same folder, then
    rename it into place; on any failure the temporary file is removed and nothing is left."""
    check_free(path, force=force)
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=temporary_prefix(path), suffix=".part", dir=folder
        )
    except OSError as error:
        raise ExportError(describe(error, path)) from None
    try:
        # mkstemp makes the file private (0600); an exported file is an ordinary document
        # (0644 under umask 022), or keeps the mode of the file it replaces.
        with contextlib.suppress(OSError):  # a file system without modes (FAT): as it is
            Path(temporary).chmod(_file_mode(path))
        with os.fdopen(handle, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        Path(temporary).replace(path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(describe(error, path)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def temporary_prefix(path: Path) -> str:
    """The start of a temporary file's name: hidden, and naming the file it becomes in at most
    40 bytes, so the temporary name is short whatever the final one (mkstemp adds 8 letters)."""
    return f".{_cut(path.name, 40)}."


def _file_mode(path: Path) -> int:
    """The permissions a new file gets from the user's umask, or those of the one replaced."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        pass
    umask = os.umask(0o022)  # reading the umask means setting it: put it straight back
    os.umask(umask)
    return 0o666 & ~umask


def write_bytes(path: Path, data: bytes, *, force: bool = False) -> Path:
    def write(file: BinaryIO) -> None:
        file.write(data)

    return write_atomically(path, write, force=force)


# A file name is made of visible characters only. Control and format characters (bidi
# overrides that turn "人才.exe.png" around, zero-width spaces), surrogates, private-use and
# unassigned code points are dropped; a tab, a line or paragraph break and any other space is
# one plain space; what Windows refuses in a name is "_", and a name Windows reserves (CON,
# NUL, COM1, ...) gets a "_" before it. The name is cut to a number of UTF-8 bytes that leaves room
# for a number before it, a suffix after it and the temporary name (ext4 allows 255 bytes a
# name; a CJK character is 3), with a mark of the whole text so two titles cut alike differ.
MAX_NAME_BYTES = 150
_DROPPED = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
_WINDOWS_REFUSED = frozenset('<>:"/\\|?*')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{name}{digit}" for name in ("COM", "LPT") for digit in "0123456789¹²³"}
)


def safe_file_name(text: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name from a chart's or the briefing's title: visible characters only, nothing a
    file system refuses, at most ``max_bytes`` bytes of UTF-8; "chart" if nothing is left."""
    kept = []
    for character in unicodedata.normalize("NFC", text):
        category = unicodedata.category(character)
        if character.isspace() or category in ("Zl", "Zp"):  # a tab, a line break: a space
            kept.append(" ")
        elif category in _DROPPED:
            continue
        elif character in _WINDOWS_REFUSED:
            kept.append("_")
        else:
            kept.append(character)
    cleaned = " ".join("".join(kept).split()).strip(" .")
    if not cleaned:
        return "chart"
    if cleaned.split(".")[0].strip().upper() in _WINDOWS_RESERVED:
        cleaned = f"_{cleaned}"
    if len(cleaned.encode("utf-8")) <= max_bytes:
        return cleaned
    mark = "~" + hashlib.sha1(cleaned.encode("utf-8")).hexdigest()[:6]
    return _cut(cleaned, max_bytes - len(mark)) + mark


def _cut(text: str, max_bytes: int) -> str:
    """The longest start of ``text`` of at most ``max_bytes`` UTF-8 bytes, ending on a whole
    character (no combining mark left without its base, no space or dot at the end)."""
    start = text.encode("utf-8")[:max_bytes].decode("utf-8", "ignore")
    while start and unicodedata.category(start[-1]).startswith("M"):
        start = start[:-1]
    return start.rstrip(" .")
