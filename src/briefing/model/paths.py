"""Paths a dataset names: relative, '/'-separated, and never leading out of its folder."""

from __future__ import annotations

import errno
import unicodedata
from pathlib import Path, PurePosixPath, PureWindowsPath

from briefing.model.problems import QT_TRANSLATE_NOOP, Message, MessageError

# Control and format characters (bidi overrides, zero-width spaces), line and paragraph
# separators: a name that holds one is not the name a reader sees.
_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})


class PathOutsideError(MessageError):
    """A dataset path that is absolute or leaves the dataset folder."""


class LinkLoopError(PathOutsideError):
    """A dataset path whose links lead round in a loop: it names no file, inside or out."""


def resolve_inside(folder: Path, relative: str) -> Path:
    """The real path of a file named relative to the dataset folder, refusing any way out of it.

    Absolute paths, drive letters, backslashes and ``..`` are refused before the file system is
    touched; then symlinks are followed and the real path must still lie inside the folder.
    """
    if "\x00" in relative:
        raise PathOutsideError(
            Message(QT_TRANSLATE_NOOP("Problems", "the path holds a NUL character"))
        )
    invisible = next((c for c in relative if unicodedata.category(c) in _INVISIBLE), None)
    if invisible is not None:  # a bidi override shows "gvs.exe" as "exe.svg"
        raise PathOutsideError(
            Message(
                QT_TRANSLATE_NOOP("Problems", "the path holds an invisible character ({code})"),
                code=f"U+{ord(invisible):04X}",
            )
        )
    if "\\" in relative or PureWindowsPath(relative).drive or PurePosixPath(relative).is_absolute():
        raise PathOutsideError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "{path!r} is not a relative path with '/' separators"
                ),
                path=relative,
            )
        )
    if ".." in PurePosixPath(relative).parts:
        raise PathOutsideError(
            Message(
                QT_TRANSLATE_NOOP("Problems", "{path!r} leaves the dataset folder with '..'"),
                path=relative,
            )
        )
    try:
        root = folder.resolve()
        target = (root / relative).resolve()
    # A name too long, or a link loop: Python 3.11 and 3.12 raise RuntimeError for that one,
    # later ones OSError(ELOOP).
    except (OSError, ValueError, RuntimeError) as error:
        if isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP:
            # Said in the reader's words, not Python's ("Symlink loop from '...'").
            raise LinkLoopError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the path is a loop of symbolic links that names no file"
                    )
                )
            ) from None
        raise PathOutsideError(
            Message(
                QT_TRANSLATE_NOOP("Problems", "the path cannot be used: {reason}"), reason=error
            )
        ) from None
    if not target.is_relative_to(root):
        raise PathOutsideError(
            Message(
                QT_TRANSLATE_NOOP(
                    "Problems", "{path!r} leads outside the dataset folder (to {target})"
                ),
                path=relative,
                target=target,
            )
        )
    return target
