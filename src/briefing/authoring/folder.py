"""Writing a draft dataset folder whole or not at all, checked by the one loader first: a
figure the validator refuses is taken out of the draft and listed, never written."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from briefing.authoring.draft import ARTICLE_FILE, Draft, DraftError, figure_token
from briefing.authoring.numbers import Skipped
from briefing.model import DATASET_FILE, Dataset, DatasetError, load_dataset
from briefing.model.formatting import format_number
from briefing.model.loader import MAX_DATASET_BYTES
from briefing.model.problems import QT_TRANSLATE_NOOP, Message, Problem

NOTES_FILE = "draft-notes.txt"
_ROUNDS = 50  # each round takes out what the validator refused; a handful is the most seen
_PATH = re.compile(r"^\$\.(lead|sections\[(\d+)\])\.(figures|charts|cards|paragraphs)\[(\d+)\]")

REFUSED = QT_TRANSLATE_NOOP("Cli", "the validator refused it")
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Cli", "{path} is not empty; nothing written (--force writes into it)"
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Cli", "{path} is not a folder")
CANNOT_WRITE = QT_TRANSLATE_NOOP("Cli", "cannot write {path}: {reason}")
STILL_INVALID = QT_TRANSLATE_NOOP("Cli", "the draft does not validate: {problem}")


def write_draft(
    draft: Draft, out: Path, *, force: bool = False, notes: Callable[[Draft], str] | None = None
) -> Dataset:
    """Write the draft into ``out`` (created, or empty, or anything with ``force``): first into
    a temporary folder beside it, checked there by ``load_dataset``, then moved into place."""
    if out.exists() and not out.is_dir():
        raise DraftError(NOT_A_FOLDER, path=out)
    if out.is_dir() and any(out.iterdir()) and not force:
        raise DraftError(NOT_EMPTY, path=out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent))
    except OSError as error:
        raise DraftError(CANNOT_WRITE, path=out, reason=error.strerror or error) from None
    try:
        settle(draft, temporary)
        if notes is not None:
            _write(temporary / NOTES_FILE, notes(draft).encode("utf-8"))
        _move_into_place(temporary, out)
        return load_dataset(out)
    except OSError as error:
        raise DraftError(CANNOT_WRITE, path=out, reason=error.strerror or error) from None
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


def settle(draft: Draft, folder: Path) -> Dataset:
    """Write the draft into ``folder`` until the loader accepts it, taking out each figure,
    chart, card or paragraph it refuses (the figures listed as skipped, with the reason)."""
    for _ in range(_ROUNDS):
        _refuse_too_large(_characters(draft.document))  # before the text is made at all
        data = dataset_json(draft.document).encode("utf-8")
        _refuse_too_large(len(data))
        _write(folder / ARTICLE_FILE, draft.article.encode("utf-8"))
        _write(folder / DATASET_FILE, data)
        try:
            return load_dataset(folder)
        except DatasetError as error:
            if not drop_refused(draft, error.problems):
                raise DraftError(STILL_INVALID, problem=error.problems[0].message) from None
    raise DraftError(STILL_INVALID, problem="…")


def _refuse_too_large(size: int) -> None:
    """A dataset the loader would refuse as too large is never written; the message is the
    loader's own, so that it is shown in the UI language."""
    if size > MAX_DATASET_BYTES:
        raise DraftError(
            STILL_INVALID,
            problem=Message(
                QT_TRANSLATE_NOOP("Problems", "the file is {size} MB"),
                size=f"{size / 1048576:.1f}",
            ),
        )


def _characters(node: Any) -> int:
    """How many characters the document's text holds at least: no fewer bytes are written."""
    if isinstance(node, str):
        return len(node)
    if isinstance(node, dict):
        return sum(len(key) + _characters(value) for key, value in node.items())
    if isinstance(node, list):
        return sum(_characters(value) for value in node)
    return 1


def drop_refused(draft: Draft, problems: list[Problem]) -> bool:
    """Take out what each problem names; False when a problem names nothing that can go."""
    doomed: dict[tuple[int, str], dict[int, Problem]] = {}
    for problem in problems:
        found = _PATH.match(problem.path)
        if found is None:
            return False
        block = 0 if found.group(1) == "lead" else int(found.group(2)) + 1
        doomed.setdefault((block, found.group(3)), {}).setdefault(int(found.group(4)), problem)
    blocks = draft.blocks()
    for (block, kind), indices in doomed.items():
        items = blocks[block][kind]
        for index in sorted(indices, reverse=True):
            gone = items.pop(index)
            if kind == "figures":
                if "quote" in gone:
                    draft.skipped.append(_refused(gone, indices[index]))
                _forget(blocks[block], gone["id"])
    return True


def _refused(figure: dict[str, Any], problem: Problem) -> Skipped:
    sentence = figure.get("quote") or figure.get("label", "")
    return Skipped(figure_token(figure), sentence, REFUSED, unread=True, problem=problem.message)


def _forget(block: dict[str, Any], figure_id: str) -> None:
    """Cards, charts and derived figures of a figure taken out go with it."""
    gone = {figure_id}
    for figure in list(block["figures"]):
        inputs = (figure.get("derived") or {}).get("inputs", {}).values()
        if any(reference.split(".")[0] in gone for reference in inputs):
            block["figures"].remove(figure)
            gone.add(figure["id"])
    block["cards"] = [card for card in block["cards"] if card not in gone]
    block["charts"] = [
        chart for chart in block["charts"]
        if not any(v in gone for series in chart["series"] for v in series["values"])
    ]  # fmt: skip


def dataset_json(document: dict[str, Any]) -> str:
    """The document as JSON, every number written with exactly its digits (2.50 stays 2.50)."""
    marker = f"@{uuid.uuid4().hex}@"

    def plain(node: Any) -> Any:
        if isinstance(node, Decimal):
            return f"{marker}{format_number(node)}{marker}"
        if isinstance(node, dict):
            return {key: plain(value) for key, value in node.items()}
        if isinstance(node, list):
            return [plain(value) for value in node]
        return node

    text = json.dumps(plain(document), ensure_ascii=False, indent=2)
    return re.sub(f'"{marker}(-?[0-9.]+){marker}"', r"\1", text) + "\n"


def _write(path: Path, data: bytes) -> None:
    with path.open("wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())


def _move_into_place(temporary: Path, out: Path) -> None:
    """A new or empty ``out`` becomes the temporary folder in one rename; into a folder that
    has files (``force``), each file is renamed over its old one."""
    if out.is_dir() and not any(out.iterdir()):
        out.rmdir()
    if not out.exists():
        temporary.rename(out)
        return
    for child in temporary.iterdir():
        child.replace(out / child.name)
