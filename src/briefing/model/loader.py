"""The one loader: bytes on disk to a checked Briefing, or a DatasetError listing every problem."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from briefing.model.checks import Article, PathOutsideError, check_briefing, resolve_inside
from briefing.model.problems import DatasetError, Problem, json_path
from briefing.model.schema import Briefing, Image

DATASET_FILE = "briefing.json"
MAX_DATASET_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp")


@dataclass(frozen=True)
class Dataset:
    """A checked briefing with the folder its files are named relative to."""

    briefing: Briefing
    folder: Path
    source: Path
    article: Article

    def image_file(self, image: Image) -> tuple[Path, str]:
        """The file to show for an image and whether it is an illustration or a photograph.

        A photograph dropped beside an illustration with the same name (lead-1.jpg beside
        lead-1.svg) is shown instead of it.
        """
        illustration = resolve_inside(self.folder, image.file)
        if image.kind == "illustration":
            for suffix in PHOTO_SUFFIXES:
                name = str(Path(image.file).with_suffix(suffix).as_posix())
                try:
                    photo = resolve_inside(self.folder, name)
                except PathOutsideError:
                    continue
                if photo.is_file():
                    return photo, "photograph"
        return illustration, image.kind


class _NonFinite:
    """Stands for NaN or Infinity in parsed JSON until the walk reports where it was."""

    def __init__(self, token: str) -> None:
        self.token = token


class _Object(dict[str, Any]):
    """A JSON object that remembers keys it saw twice."""

    duplicates: tuple[str, ...] = ()


def _object_from_pairs(pairs: list[tuple[str, Any]]) -> _Object:
    result = _Object()
    duplicates = []
    for key, value in pairs:
        if key in result:
            duplicates.append(key)
        result[key] = value
    result.duplicates = tuple(duplicates)
    return result


def dataset_paths(path: Path) -> tuple[Path, Path]:
    """(folder, json file) for a dataset folder or its briefing.json."""
    if path.is_dir():
        return path, path / DATASET_FILE
    return path.parent, path


def load_dataset(path: Path) -> Dataset:
    """Read, parse, validate and check the dataset at ``path`` (a folder or its JSON file)."""
    folder, source = dataset_paths(path)
    name = str(source)
    data = _read_json(source, name)
    try:
        briefing = Briefing.model_validate(data)
    except ValidationError as error:
        raise DatasetError(list(_validation_problems(error, name))) from None
    article = _read_article(folder, briefing, name)
    problems = check_briefing(briefing, folder, article, name)
    if problems:
        raise DatasetError(problems)
    return Dataset(briefing, folder, source, article)


def _read_json(source: Path, name: str) -> Any:
    def fail(message: str, expected: str, path: str = "$") -> DatasetError:
        return DatasetError([Problem(name, path, message, expected)])

    try:
        size = source.stat().st_size
        if size > MAX_DATASET_BYTES:
            raise fail(
                f"the file is {size / 1048576:.1f} MB",
                f"at most {MAX_DATASET_BYTES // 1048576} MB",
            )
        raw = source.read_bytes()
    except FileNotFoundError:
        raise fail("no such file", "a dataset folder holding briefing.json, or the file") from None
    except IsADirectoryError:
        raise fail("this is a folder without briefing.json", "a dataset folder") from None
    except OSError as error:
        raise fail(f"cannot be read: {error.strerror}", "a readable file") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise fail(
            f"not UTF-8: byte 0x{raw[error.start]:02x} at offset {error.start}",
            "UTF-8 text",
        ) from None
    try:
        data = json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_NonFinite,
            object_pairs_hook=_object_from_pairs,
        )
    except json.JSONDecodeError as error:
        raise fail(
            f"not JSON: {error.msg} at line {error.lineno} column {error.colno}",
            "a JSON object",
        ) from None
    except RecursionError:
        raise fail("nested too deeply to read", f"at most {MAX_DEPTH} levels") from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise fail("a number with thousands of digits", "numbers of ordinary size") from None
    problems = list(_walk(data, name))
    if problems:
        raise DatasetError(problems)
    return data


def _walk(data: Any, name: str) -> Iterator[Problem]:
    """Report what JSON allowed but the format does not: depth, duplicate keys, NaN, Infinity."""
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            yield Problem(
                name, json_path(*path), "nested too deeply", f"at most {MAX_DEPTH} levels"
            )
            return
        if isinstance(node, _NonFinite):
            yield Problem(name, json_path(*path), f"got {node.token}", "a finite number")
        elif isinstance(node, dict):
            for key in getattr(node, "duplicates", ()):
                yield Problem(
                    name, json_path(*path, key), f"key {key!r} appears twice", "each key once"
                )
            stack.extend((value, (*path, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, (*path, i)) for i, value in reversed(list(enumerate(node))))


def _read_article(folder: Path, briefing: Briefing, name: str) -> Article:
    def fail(message: str, expected: str) -> DatasetError:
        return DatasetError([Problem(name, "$.article", message, expected)])

    try:
        path = resolve_inside(folder, briefing.article)
    except PathOutsideError as error:
        raise fail(str(error), "a file inside the dataset folder") from None
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise fail("the article file is too large", f"at most {MAX_ARTICLE_BYTES} bytes")
        return Article(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise fail(
            f"the article file {briefing.article!r} is missing", "the article text"
        ) from None
    except UnicodeDecodeError:
        raise fail("the article file is not UTF-8", "UTF-8 text") from None
    except OSError as error:
        raise fail(f"the article cannot be read: {error.strerror}", "a readable file") from None


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:30] + "…"
        return f"the string {shown!r}"
    return f"the number {value}"


def _validation_problems(error: ValidationError, name: str) -> Iterator[Problem]:
    for item in error.errors(include_url=False):
        location = tuple(part for part in item["loc"] if isinstance(part, str | int))
        kind = item["type"]
        message = item["msg"]
        if kind == "extra_forbidden":
            allowed = _allowed_keys(location[:-1])
            yield Problem(
                name,
                json_path(*location),
                f"unknown key {location[-1]!r}",
                f"only the keys {', '.join(allowed)}" if allowed else "no other keys",
            )
        elif kind == "missing":
            yield Problem(name, json_path(*location), f"missing key {location[-1]!r}", "a value")
        elif kind == "value_error":
            detail = message.removeprefix("Value error, ")
            wrong, _, expected = detail.partition("; expected ")
            yield Problem(name, json_path(*location), wrong, expected or "a valid value")
        else:
            expected = message.removeprefix("Input should be ").removeprefix("Input ")
            yield Problem(
                name, json_path(*location), f"got {_describe(item.get('input'))}", expected
            )


def _allowed_keys(location: tuple[str | int, ...]) -> list[str]:
    """The keys the model at this place accepts, found by following the type annotations."""
    annotation: Any = Briefing
    for part in location:
        annotation = _step(annotation, part)
        if annotation is None:
            return []
    model = _model_in(annotation)
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found:
            return found
    return None


def _step(annotation: Any, part: str | int) -> Any:
    model = _model_in(annotation)
    if isinstance(part, str):
        if model is None or part not in model.model_fields:
            return None
        return model.model_fields[part].annotation
    origin = typing.get_origin(annotation)
    if origin in (types.UnionType, typing.Union):
        for arg in typing.get_args(annotation):
            if arg is not type(None):
                return _step(arg, part)
    args = typing.get_args(annotation)
    return args[0] if args else None
