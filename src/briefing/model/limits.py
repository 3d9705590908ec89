"""How much a briefing may hold, checked on the parsed JSON before pydantic builds a model of it.

Counting lists costs nothing next to validating their items: 100,000 cards are refused in the
time ``json.loads`` takes, not after seconds of building models (and then of checks). Only the
places the format has are looked at, by their keys, each list by its length alone; whatever has
another shape is left to the schema, which holds the same limits (``max_length``) for Python
callers and for ``briefing schema``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Problem, json_path
from briefing.model.schema import (
    BLOCK_LIMITS,
    BRIEFING_LIMITS,
    MAX_CATEGORIES,
    MAX_INPUTS,
    MAX_NOTES,
    MAX_SECTIONS,
    MAX_SERIES,
)

Path = tuple[str | int, ...]

# What the whole briefing holds too many of, in a reader's words, each its own template (a
# translated template cannot take a translated word as an argument).
_TOO_MANY = {
    "paragraphs": (
        QT_TRANSLATE_NOOP("Problems", "the briefing has {count} paragraphs"),
        QT_TRANSLATE_NOOP("Problems", "at most {limit} paragraphs in the whole briefing"),
    ),
    "figures": (
        QT_TRANSLATE_NOOP("Problems", "the briefing has {count} figures"),
        QT_TRANSLATE_NOOP("Problems", "at most {limit} figures in the whole briefing"),
    ),
    "cards": (
        QT_TRANSLATE_NOOP("Problems", "the briefing has {count} cards"),
        QT_TRANSLATE_NOOP("Problems", "at most {limit} cards in the whole briefing"),
    ),
    "charts": (
        QT_TRANSLATE_NOOP("Problems", "the briefing has {count} charts"),
        QT_TRANSLATE_NOOP("Problems", "at most {limit} charts in the whole briefing"),
    ),
    "images": (
        QT_TRANSLATE_NOOP("Problems", "the briefing has {count} images"),
        QT_TRANSLATE_NOOP("Problems", "at most {limit} images in the whole briefing"),
    ),
}


def limit_problems(data: Any, file: str) -> list[Problem]:
    """Every list of the briefing longer than the format allows, and every kind of item the
    whole briefing holds too many of; nothing for data of another shape."""
    if not isinstance(data, dict):
        return []
    problems = list(_lists(data, file))
    totals = dict.fromkeys(BRIEFING_LIMITS, 0)
    for _, block in _blocks(data):
        for kind in totals:
            items = block.get(kind)
            totals[kind] += len(items) if isinstance(items, list) else 0
    for kind, count in totals.items():
        if count > BRIEFING_LIMITS[kind]:
            message, expected = _TOO_MANY[kind]
            problems.append(
                Problem(
                    file,
                    "$",
                    Message(message, count=f"{count:,}"),
                    Message(expected, limit=f"{BRIEFING_LIMITS[kind]:,}"),
                )
            )
    return problems


def _blocks(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    lead = data.get("lead")
    if isinstance(lead, dict):
        yield ("lead",), lead
    sections = data.get("sections")
    if isinstance(sections, list) and len(sections) <= MAX_SECTIONS:
        for index, section in enumerate(sections):
            if isinstance(section, dict):
                yield ("sections", index), section


def _lists(data: dict[str, Any], file: str) -> Iterator[Problem]:
    yield from _longer(data, ("sections",), MAX_SECTIONS, file)
    for where, block in _blocks(data):
        for kind, limit in BLOCK_LIMITS.items():
            yield from _longer(block, (*where, kind), limit, file)
        if where != ("lead",):
            yield from _longer(block, (*where, "heading"), 2, file)
            yield from _longer(block, (*where, "notes"), MAX_NOTES, file)
        for kind in ("figures", "charts", "images"):
            yield from _items(block, (*where, kind), file)


def _items(block: dict[str, Any], where: Path, file: str) -> Iterator[Problem]:
    """The lists inside each figure, chart or image of a block (when the block's list of them
    is not already too long: its items are then not looked at)."""
    items = block.get(str(where[-1]))
    if not isinstance(items, list) or len(items) > BLOCK_LIMITS[str(where[-1])]:
        return
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        yield from _longer(item, (*where, index, "notes"), MAX_NOTES, file)
        derived = item.get("derived")
        if isinstance(derived, dict):
            yield from _longer(derived, (*where, index, "derived", "inputs"), MAX_INPUTS, file)
        yield from _longer(item, (*where, index, "categories"), MAX_CATEGORIES, file)
        yield from _longer(item, (*where, index, "series"), MAX_SERIES, file)
        series = item.get("series")
        if isinstance(series, list) and len(series) <= MAX_SERIES:
            for number, one in enumerate(series):
                if isinstance(one, dict):
                    path = (*where, index, "series", number, "values")
                    yield from _longer(one, path, MAX_CATEGORIES, file)


def _longer(holder: dict[str, Any], path: Path, limit: int, file: str) -> Iterator[Problem]:
    items = holder.get(str(path[-1]))
    if isinstance(items, list | dict) and len(items) > limit:
        yield Problem(
            file,
            json_path(*path),
            Message(
                QT_TRANSLATE_NOOP("Problems", "got a list of {count} items")
                if isinstance(items, list)
                else QT_TRANSLATE_NOOP("Problems", "got an object of {count} keys"),
                count=f"{len(items):,}",
            ),
            Message(QT_TRANSLATE_NOOP("Problems", "at most {count} items"), count=f"{limit:,}"),
        )
