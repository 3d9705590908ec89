"""Where a value starts in a JSON text, by its JSON path: the line and column an editor shows.

Lines and columns count from 1; a column counts characters, as an editor does (a Chinese
character or a tab is one). Only the paths asked for are looked up, in one pass: the containers on
their way are walked key by key, and everything else is skipped by the json module's own scanner
(C speed), so placing a few problems in a 20 MB dataset costs about one ``json.loads`` of it.
A path that does not exist (a missing key, an index past the end) gets the position of its nearest
parent that does. The pass ends as soon as every path asked for is placed.
"""

from __future__ import annotations

import ast
import contextlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from briefing.model.problems import Problem

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Position:
    line: int  # from 1
    column: int  # from 1, in characters


_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SKIP = json.JSONDecoder().raw_decode  # (value, end) of the value at an offset
_EVERYTHING: dict[Any, Any] = {}  # a wanted-tree that asks for every path below it
# What walking a text that is not JSON raises (JSONDecodeError is a ValueError).
_NOT_JSON = (ValueError, IndexError, RecursionError)

# The parts of a path as json_path writes them: .name, [3], ['a key'] (a Python literal).
_PART = re.compile(r"""\.(\w+)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\]""")


def path_parts(path: str) -> JsonPath:
    """The parts of a path written by ``json_path``: ("sections", 0, "title") for
    ``$.sections[0].title``. A path cut short (a long one is clipped with …) gives the parts
    read before the cut."""
    if not path.startswith("$"):
        return ()
    parts: list[str | int] = []
    at = 1
    while match := _PART.match(path, at):
        name, index, quoted = match.groups()
        if name is not None:
            parts.append(name)
        elif index is not None:
            parts.append(int(index))
        else:
            parts.append(ast.literal_eval(quoted))
        at = match.end()
    return tuple(parts)


def value_positions(text: str, paths: Iterable[JsonPath]) -> dict[JsonPath, Position]:
    """The position of the value of each path in ``text`` (each path's nearest existing parent's
    when it has none). Text that is not JSON places what came before the fault."""
    paths = list(paths)
    wanted: dict[Any, Any] = {}
    for path in paths:
        node = wanted
        for part in path:
            node = node.setdefault(part, {})
    found = _lines_and_columns(text, _Walk(text, wanted).offsets)
    result = {}
    for path in paths:
        parent = path
        while parent not in found and parent:
            parent = parent[:-1]
        if parent in found:
            result[path] = found[parent]
    return result


def position_index(text: str) -> dict[JsonPath, Position]:
    """The position of every value in ``text``, by path (the root is ``()``)."""
    return _lines_and_columns(text, _Walk(text, _EVERYTHING).offsets)


def locate_problems(problems: Iterable[Problem], text: str, file: str) -> list[Problem]:
    """The problems of ``file`` with the line and column of their path in ``text`` (its
    contents); problems of other files, and those placed already, as they are."""
    problems = list(problems)
    parts = {p.path: path_parts(p.path) for p in problems if p.file == file and p.line is None}
    if not parts:
        return problems
    found = value_positions(text, set(parts.values()))
    placed = []
    for problem in problems:
        where = found.get(parts[problem.path]) if problem.path in parts else None
        if where is None or problem.file != file or problem.line is not None:
            placed.append(problem)
        else:
            placed.append(replace(problem, line=where.line, column=where.column))
    return placed


def _skip_space(text: str, at: int) -> int:
    match = _WHITESPACE.match(text, at)
    return match.end() if match else at


def _leaves(wanted: dict[Any, Any]) -> int:
    return sum(_leaves(below) for below in wanted.values()) if wanted else 1


class _AllPlacedError(Exception):
    """Every path asked for is placed, or known not to be there: the rest need not be read."""


class _Walk:
    """One pass over ``text`` noting the offset where each wanted value starts, in ``offsets``.

    A key given twice is placed where it is given first: the loader refuses such a document
    before validating it, so the only problem about that key is that it is there twice.
    """

    def __init__(self, text: str, wanted: dict[Any, Any]) -> None:
        self.text = text
        self.offsets: dict[JsonPath, int] = {}
        # the paths asked for that are not placed yet, nor known to be absent
        self.open = -1 if wanted is _EVERYTHING else _leaves(wanted)
        with contextlib.suppress(_AllPlacedError, *_NOT_JSON):
            self.value(_skip_space(text, 0), (), wanted)

    def value(self, at: int, path: JsonPath, wanted: dict[Any, Any]) -> int:
        """Note where the value at ``at`` starts, walk into it where ``wanted`` asks for more,
        and return where it ends."""
        self.offsets[path] = at
        if wanted is _EVERYTHING or wanted:
            if self.text[at] in "{[":
                return self.container(at, path, wanted)
            if wanted:  # paths below a number or a string: there are none
                self.placed(_leaves(wanted))
        else:
            self.placed(1)
        return int(_SKIP(self.text, at)[1])

    def container(self, at: int, path: JsonPath, wanted: dict[Any, Any]) -> int:
        text = self.text
        everything = wanted is _EVERYTHING
        closing = "}" if text[at] == "{" else "]"
        at = _skip_space(text, at + 1)
        seen: set[str | int] = set()
        while text[at] != closing:
            key: str | int = len(seen)
            if closing == "}":
                if text[at] != '"':
                    raise ValueError(at)
                key, at = _SKIP(text, at)
                at = _skip_space(text, at)
                if text[at] != ":":
                    raise ValueError(at)
                at = _skip_space(text, at + 1)
            below = _EVERYTHING if everything else wanted.get(key)
            if below is None or key in seen:
                at = int(_SKIP(text, at)[1])
            else:
                at = self.value(at, (*path, key), below)
            seen.add(key)
            at = _skip_space(text, at)
            if text[at] == ",":
                at = _skip_space(text, at + 1)
            elif text[at] != closing:
                raise ValueError(at)
        if not everything:  # what this container was asked for and does not hold
            self.placed(sum(_leaves(below) for key, below in wanted.items() if key not in seen))
        return at + 1

    def placed(self, count: int) -> None:
        self.open -= count
        if self.open == 0:
            raise _AllPlacedError


def _lines_and_columns(text: str, offsets: dict[JsonPath, int]) -> dict[JsonPath, Position]:
    """Offsets in ``text`` to lines and columns in one sweep from start to end: the offsets in
    order, the newlines between one and the next counted once, and the start of the line found
    by searching back no further than the offset before (so 300,000 problems on one line cost
    one pass over the text, not one search back to its start each)."""
    result = {}
    line, counted, line_start = 1, 0, 0  # line_start: the offset just after the last newline
    for path, offset in sorted(offsets.items(), key=lambda item: item[1]):
        newlines = text.count("\n", counted, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted, offset) + 1
        counted = offset
        result[path] = Position(line, offset - line_start + 1)
    return result
