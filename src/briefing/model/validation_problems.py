"""Pydantic's validation errors in a reader's words: each error type the schema can produce
becomes a Problem naming the JSON path, what was found and what was expected."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from briefing.model.problems import (
    QT_TRANSLATE_NOOP,
    InvalidValueError,
    Message,
    Problem,
    got,
    json_path,
)
from briefing.model.schema import (
    ID_PATTERN,
    INPUT_NAME_PATTERN,
    INPUT_PATTERN,
    Briefing,
)

# What pydantic's error types (every one the schema can produce) expect, for a reader. Types
# whose text needs the error's context are made in _expected.
_EXPECTED = {
    "string_type": QT_TRANSLATE_NOOP("Problems", "a valid string"),
    "string_unicode": QT_TRANSLATE_NOOP("Problems", "text without lone surrogate characters"),
    "int_type": QT_TRANSLATE_NOOP("Problems", "a valid integer"),
    "int_parsing_size": QT_TRANSLATE_NOOP("Problems", "a number of ordinary size"),
    "bool_type": QT_TRANSLATE_NOOP("Problems", "a valid boolean"),
    "bool_parsing": QT_TRANSLATE_NOOP("Problems", "a valid boolean"),
    "list_type": QT_TRANSLATE_NOOP("Problems", "a valid list"),
    "tuple_type": QT_TRANSLATE_NOOP("Problems", "a list"),
    "dict_type": QT_TRANSLATE_NOOP("Problems", "an object"),
    "model_type": QT_TRANSLATE_NOOP("Problems", "an object"),
}
_PATTERNS = {
    ID_PATTERN: QT_TRANSLATE_NOOP(
        "Problems",
        "an id: lower-case letters, digits and hyphens, starting with a letter or digit, at most "
        "64 characters",
    ),
    INPUT_NAME_PATTERN: QT_TRANSLATE_NOOP(
        "Problems",
        "a name: a lower-case letter, then at most 15 letters, digits or underscores",
    ),
    INPUT_PATTERN: QT_TRANSLATE_NOOP(
        "Problems", "a figure id, or a figure id followed by '.change'"
    ),
}


def validation_problems(error: ValidationError, name: str) -> Iterator[Problem]:
    for item in error.errors(include_url=False):
        location = tuple(part for part in item["loc"] if isinstance(part, str | int))
        kind = item["type"]
        context = item.get("ctx", {})
        if location[-1:] == ("[key]",):  # a key of a mapping that is not a valid name
            location = location[:-1]
        if kind == "extra_forbidden":
            allowed = _allowed_keys(location[:-1])
            yield Problem(
                name,
                json_path(*location),
                Message(QT_TRANSLATE_NOOP("Problems", "unknown key {key!r}"), key=location[-1]),
                Message(
                    QT_TRANSLATE_NOOP("Problems", "only the keys {keys}"), keys=", ".join(allowed)
                )
                if allowed
                else Message(QT_TRANSLATE_NOOP("Problems", "no other keys")),
            )
        elif kind == "missing":
            yield Problem(
                name,
                json_path(*location),
                Message(QT_TRANSLATE_NOOP("Problems", "missing item {index}"), index=location[-1])
                if isinstance(location[-1], int)
                else Message(
                    QT_TRANSLATE_NOOP("Problems", "missing key {key!r}"), key=location[-1]
                ),
                Message(QT_TRANSLATE_NOOP("Problems", "a value")),
            )
        elif kind == "value_error" and isinstance(context.get("error"), InvalidValueError):
            raised: InvalidValueError = context["error"]
            yield Problem(name, json_path(*location), raised.message, raised.expected)
        else:
            yield Problem(
                name,
                json_path(*location),
                got(item.get("input")),
                _expected(kind, context, location, item["msg"]),
            )


# Bounds of a length or a range: the context key holding the bound, its template, and the one
# for a bound of one where English needs the singular.
_BOUNDS: dict[str, tuple[str, str, str | None]] = {
    "string_too_short": (
        "min_length",
        QT_TRANSLATE_NOOP("Problems", "at least {count} characters"),
        QT_TRANSLATE_NOOP("Problems", "at least one character"),
    ),
    "string_too_long": (
        "max_length",
        QT_TRANSLATE_NOOP("Problems", "at most {count} characters"),
        None,
    ),
    "too_short": (
        "min_length",
        QT_TRANSLATE_NOOP("Problems", "at least {count} items"),
        QT_TRANSLATE_NOOP("Problems", "at least one item"),
    ),
    "too_long": ("max_length", QT_TRANSLATE_NOOP("Problems", "at most {count} items"), None),
    "greater_than_equal": (
        "ge",
        QT_TRANSLATE_NOOP("Problems", "greater than or equal to {count}"),
        None,
    ),
    "less_than_equal": ("le", QT_TRANSLATE_NOOP("Problems", "less than or equal to {count}"), None),
}


def _expected(
    kind: str, context: dict[str, Any], location: tuple[str | int, ...], text: str
) -> Message:
    """What pydantic's error of this type expected, as a translatable message."""
    if kind in _EXPECTED:
        return Message(_EXPECTED[kind])
    if kind == "literal_error":
        choices = [repr(choice) for choice in _literal_choices(location)]
        if len(choices) == 1:
            return Message.verbatim(choices[0])
        if choices:
            return Message(
                QT_TRANSLATE_NOOP("Problems", "{choices} or {last}"),
                choices=", ".join(choices[:-1]),
                last=choices[-1],
            )
    if kind == "string_pattern_mismatch":
        pattern = str(context.get("pattern", ""))
        return Message(
            _PATTERNS.get(
                pattern, QT_TRANSLATE_NOOP("Problems", "text matching the pattern {pattern}")
            ),
            pattern=pattern,
        )
    if kind in _BOUNDS and _BOUNDS[kind][0] in context:
        key, template, for_one = _BOUNDS[kind]
        bound = context[key]
        return Message(for_one if for_one and bound == 1 else template, count=bound)
    # An error type the schema was not seen to produce: pydantic's own English, untranslated.
    return Message.verbatim(text.removeprefix("Input should be ").removeprefix("Input "))


def _literal_choices(location: tuple[str | int, ...]) -> tuple[Any, ...]:
    annotation: Any = Briefing
    for part in location:
        annotation = _step(annotation, part)
    return typing.get_args(annotation) if typing.get_origin(annotation) is Literal else ()


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
