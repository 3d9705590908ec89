"""Writing export files safely: never over an existing file unless asked, never half-written."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

Background = Literal["white", "transparent", "theme"]


class ExportError(Exception):
    """An export that could not be done; the message says why, for the person who asked."""


class ExportCancelled(ExportError):  # noqa: N818 - a cancel is not an error of the app
    """The person who asked for the export cancelled it; nothing of it is left."""


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

    @property
    def pixel_size(self) -> tuple[int, int]:
        return self.width * self.scale, self.height * self.scale


_REASONS = {
    errno.ENOSPC: "磁盘已满",
    errno.EDQUOT: "磁盘配额已满",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "文件夹是只读的",
    errno.ENOENT: "文件夹不存在",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EINVAL: "文件名无效",
}


def describe(error: OSError, path: Path) -> str:
    reason = _REASONS.get(error.errno or 0, error.strerror or str(error))
    return f"无法写入 {path}：{reason}"


def check_free(path: Path, *, force: bool) -> None:
    """Refuse to replace an existing file unless ``force``."""
    if path.exists() and not force:
        raise ExportError(f"{path} 已存在；未覆盖（需要覆盖时请确认，或使用 --force）")


def write_atomically(path: Path, write: Callable[[BinaryIO], None], *, force: bool = False) -> Path:
    """Write ``path`` through ``write(file)`` into a temporary file in the same folder, then
    rename it into place; on any failure the temporary file is removed and nothing is left."""
    check_free(path, force=force)
    folder = path.parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(describe(error, path)) from None
    try:
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


def write_bytes(path: Path, data: bytes, *, force: bool = False) -> Path:
    def write(file: BinaryIO) -> None:
        file.write(data)

    return write_atomically(path, write, force=force)


def safe_file_name(text: str) -> str:
    """A file name from a chart title: no path separators or characters Windows refuses."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")
    return cleaned[:80] or "chart"
