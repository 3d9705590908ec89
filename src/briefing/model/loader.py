"""The one loader: bytes on disk to a checked Briefing, or a DatasetError listing every problem."""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import itertools
import json
import os
import stat
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from briefing.model.article import Article
from briefing.model.checks import check_briefing
from briefing.model.limits import limit_problems
from briefing.model.paths import LinkLoopError, PathOutsideError, resolve_inside
from briefing.model.positions import locate_problems
from briefing.model.problems import (
    MAX_PROBLEMS,
    QT_TRANSLATE_NOOP,
    DatasetError,
    Message,
    Problem,
    bounded,
    json_path,
)
from briefing.model.schema import Briefing, Image
from briefing.model.validation_problems import validation_problems

DATASET_FILE = "briefing.json"
MAX_DATASET_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@dataclass(frozen=True)
class Dataset:
    """A checked briefing with the folder its files are named relative to, and what the checks
    noticed without refusing it: a picture that is missing is a warning, shown as a placeholder."""

    briefing: Briefing
    folder: Path
    source: Path
    article: Article
    warnings: tuple[Problem, ...] = ()

    def image_places(self) -> list[tuple[str, Image]]:
        """Every image of the briefing with the JSON path of its ``file``
        (``$.sections[2].images[0].file``), the lead's first, in document order."""
        return [
            (json_path(*place, "images", j, "file"), image)
            for place, block in self.briefing.block_places()
            for j, image in enumerate(block.images)
        ]

    def with_warnings(self, more: list[Problem]) -> Dataset:
        """The dataset with ``more`` warnings after its own, placed at their line and column of
        briefing.json as the loader places its own (when the file can still be read)."""
        if not more:
            return self
        name = str(self.source)
        with contextlib.suppress(DatasetError):
            more = locate_problems(more, _read_text(self.source, name), name)
        return dataclasses.replace(self, warnings=(*self.warnings, *more))

    def image_file(self, image: Image) -> tuple[Path, str]:
        """The file to show for an image and whether it is an illustration or a photograph.

        A photograph dropped beside an illustration with the same name (lead-1.jpg beside
        lead-1.svg) is shown instead of it. A picture in a link loop is named as the dataset
        names it: opening it fails (a placeholder), and it leads nowhere outside.
        """
        try:
            illustration = resolve_inside(self.folder, image.file)
        except LinkLoopError:
            illustration = self.folder / image.file
        if image.kind == "illustration":
            for suffix in PHOTO_SUFFIXES:
                name = str(Path(image.file).with_suffix(suffix).as_posix())
                try:
                    photo = resolve_inside(self.folder, name)
                except PathOutsideError:
                    continue
                try:
                    if photo.is_file():
                        return photo, "photograph"
                except OSError:  # a name too long for the file system: there is no photograph
                    continue
        return illustration, image.kind


class _NonFinite:
    """Stands for NaN or Infinity in parsed JSON until the walk reports where it was."""

    def __init__(self, token: str) -> None:
        self.token = token


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice."""

    duplicates: tuple[str, ...] = ()


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object(pairs)  # the last of a key, as json.loads keeps it
    if len(result) < len(pairs):  # a key given twice: which (looked for only then)
        counted = Counter(key for key, _ in pairs)
        result.duplicates = tuple(key for key, times in counted.items() for _ in range(times - 1))
    return result


def dataset_paths(path: Path) -> tuple[Path, Path]:
    """(folder, json file) for a dataset folder or its briefing.json."""
    if path.is_dir():
        return path, path / DATASET_FILE
    return path.parent, path


def files_named(folder: Path, source: Path) -> list[Path]:
    """The files inside ``folder`` that the JSON in ``source`` names, however broken the rest of
    it: the article, every picture and the photographs that may take an illustration's place.

    For watching a dataset that could not be read, so that creating a file it lacks reads it
    again. Each name is resolved as the loader resolves it, and one leading outside the folder
    (by its name or through a link) is left out, never looked at. Nothing when ``source`` is
    not a regular file of JSON.
    """
    try:
        data = json.loads(read_regular_file(source, MAX_DATASET_BYTES).decode("utf-8-sig"))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(data, dict):
        return []
    names = [data.get("article")]
    sections = data.get("sections")
    for block in [data.get("lead"), *(sections if isinstance(sections, list) else [])]:
        images = block.get("images") if isinstance(block, dict) else None
        for image in images if isinstance(images, list) else []:
            name = image.get("file") if isinstance(image, dict) else None
            if not isinstance(name, str):
                continue
            names.append(name)
            if image.get("kind") == "illustration":
                with contextlib.suppress(ValueError):  # a name with no stem: no photograph
                    stem = Path(name)
                    names += [stem.with_suffix(suffix).as_posix() for suffix in PHOTO_SUFFIXES]
    found = []
    for name in names:
        if isinstance(name, str):
            with contextlib.suppress(PathOutsideError):
                found.append(resolve_inside(folder, name))
    return list(dict.fromkeys(found))


def load_dataset(path: Path) -> Dataset:
    """Read, parse, validate and check the dataset at ``path`` (a folder or its JSON file).

    Every problem and warning of briefing.json names the line and column of its value: they are
    looked up only when there is something to report, so a valid dataset costs nothing more.
    """
    folder, source = dataset_paths(path)
    name = str(source)
    text = _read_text(source, name)
    try:
        dataset = _load(text, folder, source, name)
    except DatasetError as error:
        raise DatasetError(
            locate_problems(bounded(error.problems, error.count), text, name),
            tuple(locate_problems(bounded(list(error.warnings)), text, name)),
            error.count,
        ) from None
    if dataset.warnings:
        warnings = tuple(locate_problems(bounded(list(dataset.warnings)), text, name))
        dataset = dataclasses.replace(dataset, warnings=warnings)
    return dataset


def _load(text: str, folder: Path, source: Path, name: str) -> Dataset:
    data = _read_json(text, name)
    try:
        briefing = Briefing.model_validate(data)
    except ValidationError as error:
        listed = list(itertools.islice(validation_problems(error, name), MAX_PROBLEMS + 1))
        raise DatasetError(listed, count=error.error_count()) from None
    article = _read_article(folder, briefing, name)
    problems, warnings = check_briefing(briefing, folder, article, name)
    if problems:
        raise DatasetError(problems, tuple(warnings), min(len(problems), MAX_PROBLEMS))
    return Dataset(briefing, folder, source, article, tuple(warnings))


def _read_json(text: str, name: str) -> Any:
    """The dataset file parsed, with what JSON allows and the format does not refused."""
    data = _parse(text, name)
    problems = limit_problems(data, name) or list(_walk(data, name))
    if problems:
        raise DatasetError(problems)
    return data


def _fail(
    name: str, message: Message, expected: Message, where: tuple[int, int] | None = None
) -> DatasetError:
    line, column = where or (None, None)
    return DatasetError([Problem(name, "$", message, expected, line=line, column=column)])


class NotRegularFileError(OSError):
    """A name that is there but is not a regular file: a FIFO, a device or a socket, whose
    reading would wait for a writer forever or never end."""


class FileTooLargeError(OSError):
    """A file larger than a limit; ``size`` is how large it is (or at least how much was read)."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, os.strerror(errno.EFBIG))
        self.size = size


# Opening a FIFO for reading waits for a writer; without blocking it opens at once, and the open
# file is then seen not to be a regular file. Windows has neither FIFOs nor the flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, of at most ``limit`` bytes.

    Checked before it is opened and again on the open file (it may have been replaced in
    between), so a FIFO, a device or a socket is refused instead of read: raises
    NotRegularFileError, IsADirectoryError for a folder, FileTooLargeError, or the OSError of
    the file system (FileNotFoundError, PermissionError, ...).
    """

    def check(info: os.stat_result) -> None:
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
        if info.st_size > limit:
            raise FileTooLargeError(info.st_size)

    check(path.stat())
    with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as file:
        check(os.fstat(file.fileno()))
        raw = file.read(limit + 1)  # a file growing while it is read is still held to the limit
    if len(raw) > limit:
        raise FileTooLargeError(len(raw))
    return raw


def _not_regular(file: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "{file!r} is not a regular file"), file=file)


def _read_text(source: Path, name: str) -> str:
    """The dataset file's text: there, a regular file, not too large, readable, UTF-8."""
    try:
        raw = read_regular_file(source, MAX_DATASET_BYTES)
    except FileTooLargeError as error:
        raise _fail(
            name,
            Message(
                QT_TRANSLATE_NOOP("Problems", "the file is {size} MB"),
                size=f"{error.size / 1048576:.1f}",
            ),
            Message(
                QT_TRANSLATE_NOOP("Problems", "at most {limit} MB"),
                limit=MAX_DATASET_BYTES // 1048576,
            ),
        ) from None
    except NotRegularFileError:
        raise _fail(name, _not_regular(source.name), _A_READABLE_FILE) from None
    except FileNotFoundError:
        raise _fail(
            name,
            Message(QT_TRANSLATE_NOOP("Problems", "no such file")),
            Message(
                QT_TRANSLATE_NOOP("Problems", "a dataset folder holding briefing.json, or the file")
            ),
        ) from None
    except IsADirectoryError:
        raise _fail(
            name,
            Message(QT_TRANSLATE_NOOP("Problems", "this is a folder without briefing.json")),
            Message(QT_TRANSLATE_NOOP("Problems", "a dataset folder")),
        ) from None
    except OSError as error:
        raise _fail(
            name,
            Message(
                QT_TRANSLATE_NOOP("Problems", "cannot be read: {reason}"), reason=error.strerror
            ),
            _A_READABLE_FILE,
        ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise _fail(
            name,
            Message(
                QT_TRANSLATE_NOOP("Problems", "not UTF-8: byte 0x{byte} at offset {offset}"),
                byte=f"{raw[error.start]:02x}",
                offset=error.start,
            ),
            _UTF8_TEXT,
            _byte_place(raw, error.start),
        ) from None


def _byte_place(raw: bytes, offset: int) -> tuple[int, int]:
    """The line and column (in characters, as an editor shows them) of a byte of the file."""
    start = raw.rfind(b"\n", 0, offset) + 1
    before = raw[start:offset].decode("utf-8-sig" if start == 0 else "utf-8", errors="replace")
    return raw.count(b"\n", 0, offset) + 1, len(before) + 1


def _parse(text: str, name: str) -> Any:
    """JSON, numbers kept exact as Decimal, NaN and duplicate keys marked for the walk."""
    try:
        return json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_NonFinite,
            object_pairs_hook=_object_from_pairs,
        )
    except json.JSONDecodeError as error:
        # Python's own words for what is wrong (Expecting value, ...) are quoted, not translated.
        raise _fail(
            name,
            Message(
                QT_TRANSLATE_NOOP("Problems", "not JSON: {reason} at line {line} column {column}"),
                reason=error.msg,
                line=error.lineno,
                column=error.colno,
            ),
            Message(QT_TRANSLATE_NOOP("Problems", "a JSON object")),
            (error.lineno, error.colno),
        ) from None
    except RecursionError:
        raise _fail(
            name, Message(QT_TRANSLATE_NOOP("Problems", "nested too deeply to read")), _max_depth()
        ) from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise _fail(
            name,
            Message(QT_TRANSLATE_NOOP("Problems", "a number with thousands of digits")),
            Message(QT_TRANSLATE_NOOP("Problems", "numbers of ordinary size")),
        ) from None


def _walk(data: Any, name: str) -> Iterator[Problem]:
    """Report what JSON allowed but the format does not: depth, duplicate keys, NaN, Infinity.

    Only what may hold such a thing is visited: containers and the NaN marks, never a number or
    a string (a list of a million numbers under an unknown key took 6 s of paths made for each).
    """
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _NonFinite):
            yield Problem(
                name,
                json_path(*path),
                Message(QT_TRANSLATE_NOOP("Problems", "got {value}"), value=node.token),
                Message(QT_TRANSLATE_NOOP("Problems", "a finite number")),
            )
            continue
        for key in getattr(node, "duplicates", ()):
            yield Problem(
                name,
                json_path(*path, key),
                Message(QT_TRANSLATE_NOOP("Problems", "key {key!r} appears twice"), key=key),
                Message(QT_TRANSLATE_NOOP("Problems", "each key once")),
            )
        if not isinstance(node, dict | list) or not node:
            continue
        if len(path) >= MAX_DEPTH:  # its first item is a level too deep
            first = next(iter(node)) if isinstance(node, dict) else 0
            yield Problem(
                name,
                json_path(*path, first),
                Message(QT_TRANSLATE_NOOP("Problems", "nested too deeply")),
                _max_depth(),
            )
            return
        if isinstance(node, list) and _INNER_TYPES.isdisjoint(map(type, node)):
            continue  # numbers and strings alone, told apart at C speed
        items = node.items() if isinstance(node, dict) else enumerate(node)
        inner = [(value, (*path, key)) for key, value in items if isinstance(value, _INNER)]
        stack.extend(reversed(inner))


_INNER = (dict, list, _NonFinite)  # what _walk looks into or reports
_INNER_TYPES = frozenset({dict, _Object, list, _NonFinite})


def _read_article(folder: Path, briefing: Briefing, name: str) -> Article:
    def fail(message: Message, expected: Message) -> DatasetError:
        return DatasetError([Problem(name, "$.article", message, expected)])

    try:
        path = resolve_inside(folder, briefing.article)
    except PathOutsideError as error:
        raise fail(
            error.message,
            Message(QT_TRANSLATE_NOOP("Problems", "a file inside the dataset folder")),
        ) from None
    try:
        return Article(read_regular_file(path, MAX_ARTICLE_BYTES).decode("utf-8-sig"))
    except FileTooLargeError:
        raise fail(
            Message(QT_TRANSLATE_NOOP("Problems", "the article file is too large")),
            Message(
                QT_TRANSLATE_NOOP("Problems", "at most {limit} bytes"), limit=MAX_ARTICLE_BYTES
            ),
        ) from None
    except NotRegularFileError:
        raise fail(_not_regular(briefing.article), _A_READABLE_FILE) from None
    except FileNotFoundError:
        raise fail(
            Message(
                QT_TRANSLATE_NOOP("Problems", "the article file {file!r} is missing"),
                file=briefing.article,
            ),
            Message(QT_TRANSLATE_NOOP("Problems", "the article text")),
        ) from None
    except UnicodeDecodeError:
        raise fail(
            Message(QT_TRANSLATE_NOOP("Problems", "the article file is not UTF-8")), _UTF8_TEXT
        ) from None
    except OSError as error:
        raise fail(
            Message(
                QT_TRANSLATE_NOOP("Problems", "the article cannot be read: {reason}"),
                reason=error.strerror,
            ),
            _A_READABLE_FILE,
        ) from None


_A_READABLE_FILE = Message(QT_TRANSLATE_NOOP("Problems", "a readable file"))
_UTF8_TEXT = Message(QT_TRANSLATE_NOOP("Problems", "UTF-8 text"))


def _max_depth() -> Message:
    return Message(QT_TRANSLATE_NOOP("Problems", "at most {depth} levels"), depth=MAX_DEPTH)
