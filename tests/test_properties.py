"""Property tests: any bytes to the loader, any valid briefing to the viewer.

A dataset is mailed by someone else, so the loader must answer anything with a Dataset or a
DatasetError, and the viewer must show anything the loader accepts. `make fuzz` runs these with
many more examples (HYPOTHESIS_PROFILE=fuzz).
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

from briefing.cli import main
from briefing.model import Dataset, DatasetError, load_dataset
from briefing.model.formatting import (
    MULTIPLE_PHRASES,
    change_direction,
    change_token,
    format_value,
)
from briefing.model.problems import MAX_PROBLEMS, json_path
from briefing.model.schema import (
    BLOCK_LIMITS,
    BRIEFING_LIMITS,
    MAX_CATEGORIES,
    MAX_INPUTS,
    MAX_NOTES,
    MAX_SECTIONS,
    MAX_SERIES,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    Change,
)
from briefing.resources import bundled_dataset

# -- profiles ---------------------------------------------------------------------------------

# Failing examples are kept where git already looks away, so a rerun replays them first.
_DATABASE = DirectoryBasedExampleDatabase(
    Path(__file__).resolve().parents[1] / ".pytest_cache" / "hypothesis"
)
_COMMON: dict[str, Any] = {
    "deadline": None,  # a shared CI machine is no clock; no example is timed
    "database": _DATABASE,
    "print_blob": True,
}
hypothesis.settings.register_profile("default", **_COMMON)
hypothesis.settings.register_profile("fuzz", **_COMMON)
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
hypothesis.settings.load_profile(PROFILE)

# Examples per test: the suite (~60 s on 2 cores) and `make fuzz`.
EXAMPLES = {
    "default": {"loader": 1000, "cli": 60, "viewer": 50, "largest": 2, "sizes": 30},
    "fuzz": {"loader": 5000, "cli": 300, "viewer": 400, "largest": 10, "sizes": 300},
}[PROFILE]

# A test takes fixtures once and reuses them across its examples, as intended here: the
# dataset folder, capsys and the Qt fixtures are reset by hand for every example.
REUSED_FIXTURES = [HealthCheck.function_scoped_fixture]
SLOW_EXAMPLES = [*REUSED_FIXTURES, HealthCheck.too_slow, HealthCheck.data_too_large]


# -- JSON written exactly -----------------------------------------------------------------


@dataclass(frozen=True)
class Raw:
    """JSON text written as it is: NaN, 1E+400, an integer of 5000 digits."""

    text: str

    def __repr__(self) -> str:  # a failing example is printed: keep it readable
        shown = self.text if len(self.text) <= 40 else f"{self.text[:20]}…({len(self.text)})"
        return f"Raw({shown!r})"

    def _repr_pretty_(self, printer: Any, _cycle: bool) -> None:  # hypothesis prints with it
        printer.text(repr(self))


class Again(str):
    """A key written a second time in the same object (a dict holds it beside the first)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return self is other

    def __hash__(self) -> int:
        return id(self)


_PLACED = re.compile(r'"\\u0000(\d+)"')


def emit(value: Any) -> str:
    """JSON text with numbers as their exact digits (Decimal 1.50 is written 1.50) and Raw as
    written. The json module writes the rest (at C speed: writing the bundled briefing for each
    example was much of the suite's time); a Decimal or Raw goes in as a numbered place."""
    texts: list[str] = []

    def place(item: Any) -> str:
        if isinstance(item, Raw):
            texts.append(item.text)
        elif isinstance(item, Decimal):
            texts.append(format(item, "f"))
        else:
            raise TypeError(type(item))
        return f"\0{len(texts) - 1}"

    text = json.dumps(value, ensure_ascii=False, default=place)
    return _PLACED.sub(lambda match: texts[int(match.group(1))], text) if texts else text


def plain_copy(node: Any) -> Any:
    """A copy of a tree of JSON values (its leaves are immutable): copy.deepcopy, faster."""
    if isinstance(node, dict):
        return {key: plain_copy(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain_copy(value) for value in node]
    return node


def encode(text: str) -> bytes:
    """UTF-8, except that a lone surrogate is written as its (invalid) three bytes."""
    return text.encode("utf-8", "surrogatepass")


# -- 1. the loader, any bytes -------------------------------------------------------------

BUNDLED = json.loads((bundled_dataset() / "briefing.json").read_text("utf-8"), parse_float=Decimal)
BUNDLED_FIGURES = {
    figure["id"]: figure
    for block in [BUNDLED["lead"], *BUNDLED["sections"]]
    for figure in block["figures"]
}
DERIVATION_INPUTS = {
    reference.partition(".")[0]
    for figure in BUNDLED_FIGURES.values()
    for reference in figure.get("derived", {}).get("inputs", {}).values()
}
FIELD_NAMES = sorted(
    {
        "format_version", "title", "subtitle", "publisher_line", "author", "photographer",
        "year", "article", "lead", "sections", "paragraphs", "figures", "cards", "charts",
        "images", "id", "heading", "summary", "notes", "label", "value", "unit", "qualifier",
        "printed", "better", "change", "quote", "derived", "kind", "amount", "formula",
        "inputs", "approximate", "note", "categories", "series", "name", "values",
        "file", "caption", "credit", "alt",
    }
)  # fmt: skip

RAW_NUMBERS = [
    Raw("NaN"),
    Raw("Infinity"),
    Raw("-Infinity"),
    Raw("1" * 5000),  # past Python's int-from-string limit (4300 digits)
    Raw("-" + "9" * 4301),
    Raw("1E+400"),
    Raw("1e-400"),
    Raw("1E+100000"),  # 9 characters that print as 100001 digits
    Raw("-0"),
    Raw("-0.0"),
    Raw("0E-10"),
    Raw("1" + "0" * 40 + ".5"),
    Raw("3.000000000000000000000000000001"),
    Raw("1E+27"),
    Raw("123456789012345678901234567890.12"),
]
SPECIAL_STRINGS = [
    "",
    " ",
    "\x00",
    "x" * 300,
    '<img src="x">',
    "<a href=y>",
    "第…位",
    "前…强",
    "…",
    "余",
    "翻了一番",
    "🙂",
    "مرحبا",
    "\u202e",
    "\ud800",
    "\ufeff",
]
PATHS = [
    "\x00",
    "images/a\x00b.svg",
    "../article.txt",
    "../../etc/passwd",
    "/etc/passwd",
    "C:\\briefing\\article.txt",
    "images\\lead-1-lab-teaching.svg",
    "images/" + "长" * 240,  # one part longer than a file name may be (255 bytes)
    "a" * 256,
    "images/" + "a/" * 2000 + "b.svg",  # longer than a path may be (4096 bytes)
    ".",
    "images",
    "images/",
    "article.txt/",
    "briefing.json",
    "images/lead-1-lab-teaching.svg/",
    "images/lead-1-lab-teaching.png",
    "images/nothing.svg",
]
FORMULAS = [
    "a",
    "a / (1 + b / 100)",
    "a - b",
    "a / b",
    "a / 0 + b",
    "a / (b - b)",
    "(a - a) / (b - b)",
    "a * 1e999 + b",
    "a * 1e308 * 1e308 + b",
    "a * " + "9" * 150 + " + b",
    "a / 0.0000000000000000000000000000001 + b",
    "a ** b",
    "a // b",
    "a % b",
    "__import__('os') + a + b",
    "a.real + b",
    "a(b)",
    "[a, b]",
    "a if b else a",
    "lambda: a + b",
    "'x' + a + b",
    "True + a + b",
    "1j * a + b",
    "-" * 150 + "a + b",
    "(" * 99 + "a + b" + ")" * 99,
    "a +",
    "a b",
    "",
]
INVALID_UTF8 = [b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]


def json_values(keys: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Any]:
    """Any JSON value; objects take their keys from ``keys`` (any text by default)."""
    keys = keys if keys is not None else st.text(max_size=20)
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats()  # NaN and infinity too: json writes them as NaN, Infinity
        | st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: Raw(str(d)))
        | st.sampled_from(RAW_NUMBERS)
        | st.text(max_size=40)
        | st.sampled_from(SPECIAL_STRINGS)
    )
    return st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=5) | st.dictionaries(keys, children, max_size=6)
        ),
        max_leaves=30,
    )


def numbers() -> st.SearchStrategy[Any]:
    return (
        st.sampled_from(RAW_NUMBERS)
        | st.integers()
        | st.decimals(min_value=-(10**30), max_value=10**30, allow_nan=False, places=3)
        | st.decimals(allow_nan=False, allow_infinity=False).map(lambda d: Raw(str(d)))
        | st.integers(-40, 40).map(lambda e: Decimal(1).scaleb(e))
        | st.sampled_from(RAW_NUMBERS)
    )


def nasty_strings() -> st.SearchStrategy[str]:
    return st.text(max_size=40) | st.sampled_from(SPECIAL_STRINGS)


def paths() -> st.SearchStrategy[str]:
    return st.sampled_from(PATHS) | st.sampled_from(PATHS) | nasty_strings()


@dataclass(frozen=True)
class Document:
    """The bytes of a briefing.json, and how they were made (for a person reading a failing
    example: 55 kB of JSON would say less than the edits that made it)."""

    raw: bytes
    how: str = ""

    def __repr__(self) -> str:
        if self.how:
            return f"Document(<{len(self.raw)} bytes: {self.how}>)"
        return f"Document({self.raw!r})"

    def _repr_pretty_(self, printer: Any, _cycle: bool) -> None:
        printer.text(repr(self))


@dataclass(frozen=True)
class Slot:
    """A place in the JSON tree: the container, the key in it, and its JSON path."""

    container: Any
    key: Any
    path: tuple[str | int, ...]

    @property
    def value(self) -> Any:
        return self.container[self.key]

    def where(self) -> str:
        return json_path(*self.path[1:])  # path[0] is the holder's index


def _slots(node: Any, path: tuple[str | int, ...] = ()) -> Iterator[Slot]:
    """Every place inside ``node``, each container before its contents (a stack rather than
    nested generators, whose every slot passed up through each level)."""
    stack = [(node, path, iter(list(node.items() if isinstance(node, dict) else enumerate(node))))]
    while stack:
        container, where, items = stack[-1]
        for key, value in items:
            slot = Slot(container, key, (*where, str(key) if isinstance(container, dict) else key))
            yield slot
            if isinstance(value, dict | list):
                entries = value.items() if isinstance(value, dict) else enumerate(value)
                stack.append((value, slot.path, iter(list(entries))))
                break
        else:
            stack.pop()


def _ids(data: Any) -> list[str]:
    return sorted(
        slot.value for slot in _slots([data]) if slot.key == "id" and isinstance(slot.value, str)
    )


def _nest(value: Any, depth: int, *, as_list: bool) -> Raw:
    """The value at the bottom of ``depth`` lists or objects (as text: emit would recurse)."""
    opening, closing = ("[", "]") if as_list else ('{"value": ', "}")
    return Raw(opening * depth + emit(value) + closing * depth)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:60]}…({len(text)} characters)"


# Where an edit lands: anywhere, or a kind of value the checks treat specially.
TARGETS: dict[str, Callable[[Slot], bool]] = {
    "any": lambda _slot: True,
    "number": lambda s: isinstance(s.value, int | Decimal) and not isinstance(s.value, bool),
    "string": lambda s: isinstance(s.value, str),
    "formula": lambda s: s.key == "formula",
    # the value of a derived figure or of a figure one is derived from
    "derivation": lambda s: (
        s.key == "value"
        and isinstance(s.container, dict)
        and ("derived" in s.container or str(s.container.get("id")) in DERIVATION_INPUTS)
    ),
    "path": lambda s: s.key in {"file", "article"},
    # ids, and the lists and inputs that name them
    "reference": lambda s: (
        isinstance(s.value, str) and (isinstance(s.container, list) or s.key in {"id", "a", "b"})
    ),
    "object": lambda s: isinstance(s.value, dict) and bool(s.value),
}


def _edit_anything(draw: st.DrawFn, slot: Slot, top: bool) -> str:
    container, key, value = slot.container, slot.key, slot.value
    operation = draw(st.sampled_from(["drop", "replace", "retype", "nest", "add-key"]))
    if operation == "drop" and not top:
        del container[key]
        return "dropped"
    if operation == "replace" or top:
        container[key] = draw(json_values(st.sampled_from(FIELD_NAMES) | st.text(max_size=20)))
    elif operation == "retype":
        container[key] = draw(
            st.sampled_from(["2.96", 2, True, None, [], {}, [value], {"x": value}])
        )
    elif operation == "nest":
        depth = draw(st.integers(1, 40) | st.sampled_from([1000, 3000, 100_000]))
        as_list = draw(st.booleans())
        container[key] = _nest(value, depth, as_list=as_list)
        return f"nested {depth} deep in {'lists' if as_list else 'objects'}"
    elif isinstance(value, dict):
        name = draw(st.sampled_from(FIELD_NAMES) | st.text(max_size=20))
        value[name] = draw(json_values())
        return f"gains the key {name!r} = {_short(value[name])}"
    return f"= {_short(container[key])}"


def _mutate(draw: st.DrawFn, holder: list[Any]) -> str:
    """One edit of the tree in ``holder[0]``: a key dropped, a value of another type, deep
    nesting, NaN, a huge number, a bad path or formula, a dangling id, a duplicate key."""
    target = draw(st.sampled_from(sorted(TARGETS)))
    slots = list(_slots(holder))
    wanted = [slot for slot in slots if TARGETS[target](slot)]
    if not wanted:
        target, wanted = "any", slots
    slot = draw(st.sampled_from(wanted))
    container, key = slot.container, slot.key
    if target in {"number", "derivation"}:
        container[key] = draw(numbers())
    elif target == "string":
        container[key] = draw(nasty_strings())
    elif target == "path":
        container[key] = draw(paths())
    elif target == "formula":
        container[key] = draw(st.sampled_from(FORMULAS) | st.text("ab+-*/(). 019e", max_size=200))
    elif target == "reference":
        reference = draw(st.sampled_from(_ids(holder[0]) or ["x"]))
        container[key] = draw(st.sampled_from([reference, f"{reference}.change", "nothing"]))
    elif target == "object":
        value = slot.value
        twice = draw(st.sampled_from(sorted(value)))
        value[Again(twice)] = draw(st.just(value[twice]) | json_values())
        return f"{slot.where()}: the key {twice!r} twice, then = {_short(value[twice])}"
    else:
        return f"{slot.where()}: {_edit_anything(draw, slot, container is holder)}"
    return f"{slot.where()} = {_short(container[key])}"


@st.composite
def mutated_bundled(draw: st.DrawFn) -> Document:
    """The real briefing.json with one to three edits, then maybe broken as bytes."""
    holder = [plain_copy(BUNDLED)]
    edits = [_mutate(draw, holder) for _ in range(draw(st.sampled_from([1, 1, 1, 2, 3])))]
    raw, how = draw(byte_edits(encode(emit(holder[0]))))
    return Document(raw, "the bundled briefing.json; " + "; ".join([*edits, how]))


@st.composite
def byte_edits(draw: st.DrawFn, raw: bytes) -> tuple[bytes, str]:
    edit = draw(st.sampled_from(["none", "none", "none", "none", "utf8", "cut", "bom", "byte"]))
    at = draw(st.integers(0, len(raw)))
    if edit == "utf8":
        bad = draw(st.sampled_from(INVALID_UTF8))
        return raw[:at] + bad + raw[at:], f"{bad!r} inserted at byte {at}"
    if edit == "cut":
        return raw[:at], f"cut after {at} bytes"
    if edit == "bom":
        count = draw(st.integers(1, 2))
        return b"\xef\xbb\xbf" * count + raw, f"{count} BOM"
    if edit == "byte":
        byte = draw(st.integers(0, 255))
        return raw[:at] + bytes([byte]) + raw[at + 1 :], f"byte {at} set to 0x{byte:02x}"
    return raw, "as JSON"


def bundled_with(figure_id: str | None, path: tuple[str | int, ...], value: Any) -> Document:
    """The bundled briefing.json with one value set (inside a figure when one is named)."""
    data = plain_copy(BUNDLED)
    node = data
    if figure_id is not None:
        node = next(slot.value for slot in _slots(data) if _is_figure(slot.value, figure_id))
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    where = json_path(*path) if figure_id is None else f"figure {figure_id}: {json_path(*path)}"
    return Document(encode(emit(data)), f"the bundled briefing.json; {where} = {_short(value)}")


def _is_figure(node: Any, figure_id: str) -> bool:
    return isinstance(node, dict) and node.get("id") == figure_id and "label" in node


# Found by these tests once; each runs on every run of the suite from now on.
REGRESSIONS = [
    bundled_with(None, ("article",), "\x00"),  # ValueError: embedded null byte
    bundled_with(None, ("lead", "images", 0, "file"), "images/" + "长" * 240),  # ENAMETOOLONG
    bundled_with("s1-talent-fund", ("value",), Raw("1E+40")),  # derived: InvalidOperation
    bundled_with("s1-talent-fund-2023", ("derived", "formula"), "a * 1e999 + b"),
    bundled_with("lead-best-ecosystem", ("value",), Raw("1E+100000")),  # 100001 digits
    bundled_with("lead-best-ecosystem", ("value",), Raw("1" * 5000)),  # past int's 4300
]


def regressions(test: Callable[..., None]) -> Callable[..., None]:
    for document in reversed(REGRESSIONS):
        test = example(document=document)(test)
    return test


def dataset_bytes() -> st.SearchStrategy[Document]:
    """Whatever a briefing.json might hold: any bytes, any JSON (shaped like the format or
    not), and the real dataset mutated (half the time: it gets furthest into the checks)."""
    shaped = json_values(st.sampled_from(FIELD_NAMES))
    return (
        st.binary(max_size=2000).map(Document)
        | json_values().map(emit).map(encode).map(Document)
        | shaped.map(emit).map(encode).map(Document)
        | mutated_bundled()
        | mutated_bundled()
        | mutated_bundled()
    )


@pytest.fixture(scope="module")
def loader_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled dataset's article and images, once; each example rewrites briefing.json."""
    folder = tmp_path_factory.mktemp("fuzzed") / "dataset"
    shutil.copytree(bundled_dataset(), folder)
    (folder / "briefing.json").chmod(0o644)
    return folder


def check_loads_or_lists_problems(folder: Path, document: Document) -> list[Any]:
    source = folder / "briefing.json"
    source.write_bytes(document.raw)
    try:
        dataset = load_dataset(folder)
    except DatasetError as error:
        refused, problems, warnings = True, error.problems, error.warnings
    else:
        assert isinstance(dataset, Dataset)
        refused, problems, warnings = False, [], dataset.warnings  # missing pictures
    assert bool(problems) == refused, "a DatasetError names at least one problem"
    for problem in [*problems, *warnings]:
        line = str(problem)
        assert problem.file == str(source)
        assert problem.path.startswith("$")
        assert str(problem.message)
        assert problem.file in line
        assert problem.path in line
        assert str(problem.message) in line
        # A problem quotes the file, it never blows it up: 1E+9999999 is 10 bytes that
        # print as ten million digits (and the loader then takes minutes and gigabytes).
        assert len(line) <= len(document.raw) + 2000, f"a problem of {len(line)} characters"
    # however many there are, a reader gets a list to take in: 200, then how many more
    assert len(problems) <= MAX_PROBLEMS + 1
    return problems


@pytest.mark.fuzz
@hypothesis.settings(max_examples=EXAMPLES["loader"])
@given(document=dataset_bytes())
@regressions
def test_the_loader_returns_a_dataset_or_lists_problems(
    loader_folder: Path, document: Document
) -> None:
    check_loads_or_lists_problems(loader_folder, document)


@pytest.mark.fuzz
@hypothesis.settings(max_examples=EXAMPLES["cli"], suppress_health_check=REUSED_FIXTURES)
@given(document=dataset_bytes())
@regressions
def test_validate_never_prints_a_traceback(
    loader_folder: Path, capsys: pytest.CaptureFixture[str], document: Document
) -> None:
    (loader_folder / "briefing.json").write_bytes(document.raw)
    code = main(["validate", str(loader_folder)])
    out = capsys.readouterr()
    said = out.out + out.err
    assert code in {0, 1}
    assert "Traceback" not in said
    # The CLI's last-resort line: the loader raised something other than DatasetError.
    assert "unexpected error" not in said
    if code == 1:
        assert out.out.strip(), "an invalid dataset is listed one problem a line"


# -- 1b. sizes near and past the format's limits ---------------------------------------------


def _limited_lists(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], int]]:
    """Every list (or the inputs object) of the bundled briefing that has a limit, with it."""
    found: list[tuple[tuple[str | int, ...], int]] = [(("sections",), MAX_SECTIONS)]
    blocks: list[tuple[str | int, ...]] = [("lead",)]
    blocks += [("sections", i) for i in range(len(data["sections"]))]
    for where in blocks:
        block = data[where[0]] if len(where) == 1 else data["sections"][where[1]]
        found += [((*where, kind), limit) for kind, limit in BLOCK_LIMITS.items()]
        if where != ("lead",):
            found += [((*where, "heading"), 2), ((*where, "notes"), MAX_NOTES)]
        for i, figure in enumerate(block.get("figures", [])):
            found.append(((*where, "figures", i, "notes"), MAX_NOTES))
            if "derived" in figure:
                found.append(((*where, "figures", i, "derived", "inputs"), MAX_INPUTS))
        for i, chart in enumerate(block.get("charts", [])):
            found.append(((*where, "charts", i, "categories"), MAX_CATEGORIES))
            found.append(((*where, "charts", i, "series"), MAX_SERIES))
            for j in range(len(chart["series"])):
                found.append(((*where, "charts", i, "series", j, "values"), MAX_CATEGORIES))
    return found


LIMITED = _limited_lists(BUNDLED)


@dataclass(frozen=True)
class Sized:
    document: Document
    path: str  # of the list made long
    limit: int
    length: int


def _get(data: Any, path: tuple[str | int, ...]) -> Any:
    for part in path:
        data = data[part] if isinstance(part, int) or part in data else None
        if data is None:
            return None
    return data


@st.composite
def sized_bundled(draw: st.DrawFn) -> Sized:
    """The bundled briefing with one limited list made a length near its limit (one under, at,
    one past, or far past), of copies of its first item (or of {} or "x")."""
    path, limit = draw(st.sampled_from(LIMITED))
    length = draw(
        st.sampled_from([limit - 1, limit, limit + 1, limit * 20 if limit < 100 else limit + 99])
    )
    data = plain_copy(BUNDLED)
    holder = _get(data, path[:-1])
    assert isinstance(holder, dict), path
    now = holder.get(path[-1])
    if isinstance(now, dict) or path[-1] == "inputs":
        holder[path[-1]] = {f"a{i}": "s1-talent-fund" for i in range(length)}
    else:
        # a copy of the list's first item while that stays small (500 sections would not)
        items = [now[0]] if now and limit < 500 else []
        item = draw(st.sampled_from([*items, {}, "x"]))
        holder[path[-1]] = [item] * length
    where = json_path(*path)
    raw = encode(emit(data))
    return Sized(Document(raw, f"{where} of {length} items (limit {limit})"), where, limit, length)


@st.composite
def spread_past_the_whole(draw: st.DrawFn) -> Sized:
    """Sections each as full as a block may be, together near the whole briefing's limit of
    one kind of item."""
    kind = draw(st.sampled_from(sorted(BRIEFING_LIMITS)))
    per_block, limit = BLOCK_LIMITS[kind], BRIEFING_LIMITS[kind]
    data = plain_copy(BUNDLED)
    lead = len(data["lead"].get(kind, []))
    blocks = (limit - lead) // per_block + draw(st.sampled_from([0, 1]))
    data["sections"] = [{kind: [{}] * per_block} for _ in range(blocks)]
    total = lead + blocks * per_block
    document = Document(encode(emit(data)), f"{blocks} sections of {per_block} {kind}")
    return Sized(document, "$", limit, total)


@pytest.mark.fuzz
@hypothesis.settings(max_examples=EXAMPLES["sizes"], suppress_health_check=SLOW_EXAMPLES)
@given(sized=sized_bundled() | spread_past_the_whole())
def test_a_list_past_its_limit_is_refused_by_its_length(loader_folder: Path, sized: Sized) -> None:
    """Past a limit, a problem at the list names the limit (before any item is validated);
    at or under it, no problem is about its length."""
    problems = check_loads_or_lists_problems(loader_folder, sized.document)
    about_length = [
        p for p in problems if p.path == sized.path and f"{sized.limit:,}" in str(p.expected)
    ]
    assert bool(about_length) == (sized.length > sized.limit), problems[:3]


# -- 2. the viewer, any valid briefing ------------------------------------------------------

UNITS = ["", "人", "万人", "亿元", "万元", "家", "项", "%", "个", "名", "位次"]
QUALIFIERS = [None, *sorted(SUFFIX_QUALIFIERS), *sorted(PREFIX_QUALIFIERS)]
# Words a briefing from anywhere may hold: markup that must stay text, emoji (with joiners,
# skin tones and flags), right-to-left scripts and the override that flips the line.
TEXT_PIECES = [
    "人才",
    "鄂尔多斯市",
    "引才育才",
    "Talent",
    '<img src="x">',
    "<a href=y>",
    "<b>粗</b>",
    "&amp;",
    "&",
    "😀",
    "👩‍🔬",
    "🧑🏽‍🚀",
    "🇨🇳",
    "مرحبا بالعالم",
    "שלום עולם",
    "\u202eRTL\u202c",
    "“引号”",
    "（1）",
    "[*]",
    "%1",
    " ",
    "，",
]
ANY_CHARACTER = st.characters(exclude_categories=["Cs"], exclude_characters="\n\r")
CHINESE_DIGITS = "一二三四五六七八九"
PNG, SVG = "png", "svg"


# Lines made of those pieces, so that one draw gives a whole line (hypothesis keeps a budget
# of draws per example, and a briefing of 12 sections needs thousands of lines).
MIXED_TEXTS = [
    *TEXT_PIECES,
    *(f"人才{piece}集聚" for piece in TEXT_PIECES),
    *(a + b + c for a, b, c in zip(TEXT_PIECES, TEXT_PIECES[5:], TEXT_PIECES[11:], strict=False)),
    "".join(TEXT_PIECES),
]


@st.composite
def texts(draw: st.DrawFn, max_len: int = 200) -> str:
    """One line of text with something to see (the article keeps no blank line), now and
    then as long as the field allows."""
    text = draw(st.sampled_from(MIXED_TEXTS) | st.text(ANY_CHARACTER, min_size=1, max_size=12))
    text = (text * draw(st.sampled_from([1, 1, 1, 2, 1000])))[:max_len]
    return text if text.strip() else "文" + text[: max_len - 1]


@st.composite
def labels(draw: st.DrawFn, *, longest: bool = False) -> str:
    """A label, sometimes (or always) the longest allowed: 200 characters."""
    text = draw(texts())
    if longest or draw(st.integers(0, 5)) == 0:
        return (text * (200 // len(text) + 1))[:200]
    return text


def chinese_numeral(n: int) -> str:
    """1..99 as printed in words: 五, 十二, 二十."""
    tens, ones = divmod(n, 10)
    words = "" if tens == 0 else ("十" if tens == 1 else CHINESE_DIGITS[tens - 1] + "十")
    return words + (CHINESE_DIGITS[ones - 1] if ones else "")


@dataclass
class Draft:
    """What a briefing needs besides its JSON: the article's lines and the image files."""

    lines: list[str] = field(default_factory=list)
    pictures: dict[str, tuple[str, int, int, int]] = field(default_factory=dict)
    counter: Iterator[int] = field(default_factory=itertools.count)

    def new_id(self, kind: str) -> str:
        return f"{kind}-{next(self.counter)}"


@dataclass
class GeneratedBriefing:
    data: dict[str, Any]
    article: str
    pictures: dict[str, tuple[str, int, int, int]]  # file -> (png or svg, width, height, rgb)

    def write(self, folder: Path) -> None:
        from PySide6.QtGui import QColor, QImage

        (folder / "briefing.json").write_bytes(encode(emit(self.data)))
        (folder / "article.txt").write_bytes(encode(self.article))
        for name, (kind, width, height, rgb) in self.pictures.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if kind == SVG:
                shutil.copyfile(next((bundled_dataset() / "images").glob("*.svg")), path)
                continue
            image = QImage(width, height, QImage.Format.Format_RGB32)
            image.fill(QColor(rgb))
            assert image.save(str(path), "PNG")


def number(draw: st.DrawFn) -> Decimal:
    """0.001 to 10^15, any number of digits alike, its decimals as written (1.500 keeps its
    zeros)."""
    places = draw(st.integers(0, 3))
    low = 10 ** draw(st.integers(0, 15 + places))
    digits = draw(st.integers(low, min(10 * low - 1, 10 ** (15 + places))))
    return Decimal(digits).scaleb(-places)


def percent_change(draw: st.DrawFn) -> dict[str, Any]:
    places = draw(st.integers(0, 1))
    scale = 10**places
    amount = Decimal(draw(st.integers(-(100 * scale - 1), 3000 * scale))).scaleb(-places)
    return {"kind": "percent", "amount": amount}


def places_change(draw: st.DrawFn) -> dict[str, Any]:
    amount = draw(st.integers(-60, 60))
    return {"kind": "places", "amount": amount, "unit": draw(st.sampled_from(["位", "个位次"]))}


def any_change(draw: st.DrawFn, unit: str) -> dict[str, Any] | None:
    which = draw(st.sampled_from(["none", "percent", "absolute", "multiple", "places"]))
    if which == "percent":
        return percent_change(draw)
    if which == "absolute":
        sign = draw(st.sampled_from([1, -1]))
        return {"kind": "absolute", "amount": sign * number(draw), "unit": unit}
    if which == "multiple":
        phrase = draw(st.sampled_from(sorted(MULTIPLE_PHRASES)))
        return {"kind": "multiple", "amount": MULTIPLE_PHRASES[phrase], "printed": phrase}
    if which == "places":
        return places_change(draw)
    return None


def stated_figure(
    draw: st.DrawFn, draft: Draft, kind: str, unit: str | None = None, *, longest: bool = False
) -> tuple[dict[str, Any], str]:
    """A figure the article states, and the clause of the article that states it.

    ``kind``: plain (any number, unit and qualifier), percent (plain, with a percent change),
    rank (第…位, lower is better), moved (a rank with its change in places), top (前…强),
    words (a Chinese numeral: 五大类), rate (a change alone: 比上年增长3.6%).
    """
    figure: dict[str, Any] = {"id": draft.new_id("fig"), "label": draw(labels(longest=longest))}
    change: dict[str, Any] | None = None
    printed = None
    if kind in {"rank", "moved"}:
        value, qualifier, unit = Decimal(draw(st.integers(1, 500))), "第…位", "位"
        figure["better"] = "lower"
        if kind == "moved" or draw(st.booleans()):
            change = places_change(draw)
    elif kind == "top":
        value, qualifier, unit = Decimal(draw(st.sampled_from([10, 50, 100, 500]))), "前…强", "强"
        figure["better"] = "lower"
    elif kind == "rate":  # 比上年增长3.6%: a change with no level stated
        change = percent_change(draw)
        value, qualifier, unit = None, None, ""
    elif kind == "words":
        count = draw(st.integers(1, 99))
        value, qualifier, unit = Decimal(count), None, ""
        printed = chinese_numeral(count) + draw(st.sampled_from(["大类", "项", "个方面"]))
        figure["printed"] = printed
    else:
        value = number(draw)
        qualifier = draw(st.sampled_from(QUALIFIERS))
        if unit is None:
            unit = draw(st.sampled_from(UNITS) | texts(max_len=12))
        figure["better"] = draw(st.sampled_from(["higher", "lower"]))
        change = percent_change(draw) if kind == "percent" else any_change(draw, unit)
    figure.update(value=value, unit=unit)
    if qualifier is not None:
        figure["qualifier"] = qualifier
    clause = draw(texts(max_len=60))
    if value is not None:
        clause += f"为{printed or format_value(value, unit, qualifier)}"
    if change is not None:
        figure["change"] = change
        # The word the sentence says the direction with, which the checker holds the sign to.
        direction = change_direction(Change.model_validate(change))
        verb = {1: "增长", -1: "下降", 0: "持平"}[direction]
        if change["kind"] == "places":
            verb = {1: "提升", -1: "下降", 0: "持平"}[direction]
        elif change["kind"] == "multiple":
            verb = ""
        words = change_token(Change.model_validate(change))
        clause += f"，{verb}{words}"
    return figure, clause


DERIVATIONS = {"percent": "a / (1 + b / 100)", "places": "a - b", "multiple": "a / b"}


def derived_figure(draw: st.DrawFn, draft: Draft, source: dict[str, Any]) -> dict[str, Any]:
    """A figure computed from a stated one and its change (the year before), its value
    rounded exactly as the checker rounds: half up, to the decimals it is stored with."""
    change = source["change"]
    formula = DERIVATIONS[change["kind"]]
    a, b = Decimal(source["value"]), Decimal(change["amount"])
    if formula == "a / (1 + b / 100)":
        result = a / (Decimal(1) + b / Decimal(100))
    elif formula == "a - b":
        result = a - b
    else:
        result = a / b
    places = draw(st.integers(0, 3))
    value = result.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    derivation: dict[str, Any] = {
        "formula": formula,
        "inputs": {"a": source["id"], "b": f"{source['id']}.change"},
        "approximate": draw(st.booleans()),
    }
    if draw(st.booleans()):
        derivation["note"] = draw(texts())
    figure = {
        "id": draft.new_id("derived"),
        "label": draw(labels()),
        "value": value,
        "unit": source["unit"],
        "better": source.get("better", "higher"),
        "derived": derivation,
    }
    if source.get("qualifier", "").count("…") == 1:
        figure["qualifier"] = source["qualifier"]
    return figure


def chart(
    draw: st.DrawFn, draft: Draft, kind: str, categories: int, distinct: int
) -> tuple[dict[str, Any], list[tuple[dict[str, Any], str]], list[dict[str, Any]]]:
    """A chart of ``kind`` with figures of its own: (chart, stated with clauses, derived).

    Past ``distinct`` categories the names and figures repeat (a chart may show one figure
    twice), which keeps a chart of many categories within hypothesis's budget of draws.
    """
    stated: list[tuple[dict[str, Any], str]] = []
    derived: list[dict[str, Any]] = []
    shared_unit = draw(st.sampled_from(UNITS))  # one axis, one unit
    series_count = {"grouped_bars": draw(st.integers(2, 3)), "rank_change": 2}.get(kind, 1)
    by_derivation = series_count > 1 and draw(st.booleans())
    series: list[list[str]] = [[] for _ in range(series_count)]
    for category in range(categories):
        if category >= distinct:
            for values in series:
                values.append(values[category % distinct])
            continue
        for index in range(series_count):
            if index == 0 and by_derivation:
                continue
            if kind == "rank_change":
                figure_kind = "moved" if by_derivation else "rank"
            else:
                figure_kind = "percent" if by_derivation else "plain"
            figure, clause = stated_figure(draw, draft, figure_kind, shared_unit)
            stated.append((figure, clause))
            series[index].append(figure["id"])
            if index == 1 and by_derivation:
                previous = derived_figure(draw, draft, figure)
                derived.append(previous)
                series[0].append(previous["id"])
    names = [draw(texts()) for _ in range(min(categories, distinct))]
    units = {figure["unit"] for figure, _ in stated} | {figure["unit"] for figure in derived}
    assert len(units) == 1, units
    one_unit = units.pop()
    body: dict[str, Any] = {
        "id": draft.new_id("chart"),
        "kind": kind,
        "title": draw(texts()),
        # A unitless chart may say so with null or with "".
        "unit": one_unit or draw(st.sampled_from([None, ""])),
        "categories": [names[i % len(names)] for i in range(categories)],
        "series": [{"name": draw(texts()), "values": values} for values in series],
    }
    if draw(st.booleans()):
        body["note"] = draw(texts())
    return body, stated, derived


@dataclass(frozen=True)
class Sizes:
    """How much a briefing holds: per block, and how many sections."""

    figures: st.SearchStrategy[int]
    charts: st.SearchStrategy[int]
    categories: st.SearchStrategy[int]
    images: st.SearchStrategy[int]
    sections: st.SearchStrategy[int]
    distinct: int = 1000  # figures and categories drawn per block or chart; the rest repeat
    # The largest briefing: one section of 30 figures, all cards with 200-character labels,
    # and the sections' charts taking the four kinds in turn.
    crowded: bool = False


CHART_KINDS = ["bars", "grouped_bars", "horizontal_bars", "rank_change"]
# Mostly small; now and then 30 figures in a block or 12 sections.
SMALL = Sizes(
    figures=st.sampled_from([0, 1, 2, 3, 4, 30]),
    charts=st.sampled_from([0, 0, 1, 2]),
    categories=st.integers(1, 5),
    images=st.sampled_from([0, 0, 1, 2]),
    sections=st.sampled_from([1, 2, 3, 1, 2, 12]),
)
LARGEST = Sizes(
    figures=st.integers(0, 1),
    charts=st.just(1),
    categories=st.just(40),
    images=st.just(1),
    sections=st.just(12),
    distinct=2,
    crowded=True,
)


def state_in_sentences(
    draw: st.DrawFn, draft: Draft, stated: list[tuple[dict[str, Any], str]]
) -> None:
    """Write the clauses into the article, up to three to a sentence; each figure quotes the
    whole sentence its clause ends up in."""
    sentence: list[tuple[dict[str, Any], str]] = []
    for position, item in enumerate(stated):
        sentence.append(item)
        if position == len(stated) - 1 or len(sentence) == 3 or draw(st.booleans()):
            text = "，".join(clause for _, clause in sentence) + "。"
            draft.lines.append(text)
            for figure, _ in sentence:
                figure["quote"] = text
            sentence = []


def image(draw: st.DrawFn, draft: Draft) -> dict[str, Any]:
    """An image whose file will be written (a PNG, or an SVG for an illustration)."""
    image_id = draft.new_id("image")
    kind = draw(st.sampled_from(["photograph", "illustration"]))
    picture = SVG if kind == "illustration" and draw(st.booleans()) else PNG
    name = f"images/{image_id}.{picture}"
    width, height = draw(st.integers(1, 48)), draw(st.integers(1, 48))
    if draw(st.integers(0, 7)) == 0:  # a panorama or a pole
        width, height = draw(st.sampled_from([(1200, 2), (2, 1200)]))
    draft.pictures[name] = (picture, width, height, draw(st.integers(0, 0xFFFFFF)))
    caption = draw(texts(max_len=400))
    draft.lines.append(caption)
    return {
        "id": image_id,
        "file": name,
        "caption": caption,
        "credit": draw(texts()),
        "alt": draw(texts()),
        "kind": kind,
    }


def block(draw: st.DrawFn, draft: Draft, sizes: Sizes, index: int) -> dict[str, Any]:
    """Paragraphs, figures (stated and derived), cards, charts and images of the block at
    ``index`` (the lead is -1); the article gets every sentence that states a figure, each
    paragraph and each caption."""
    crowded = sizes.crowded and index == 0
    paragraphs = draw(st.lists(texts(max_len=1000), max_size=2))
    draft.lines.extend(paragraphs)
    kinds = st.sampled_from(["plain", "plain", "percent", "rank", "moved", "top", "words", "rate"])
    count = 30 if crowded else draw(sizes.figures)
    stated = [
        stated_figure(draw, draft, draw(kinds), longest=crowded)
        for _ in range(min(count, sizes.distinct))
    ]
    own = [figure for figure, _ in stated]
    derived = [
        derived_figure(draw, draft, figure)
        for figure, _ in stated
        if figure.get("change", {}).get("kind") in DERIVATIONS
        and figure["value"] is not None  # a change alone has no level to compute from
        and draw(st.booleans())
    ]
    charts = []
    for turn in range(draw(sizes.charts)):
        if sizes.crowded:
            kind = CHART_KINDS[(index + turn) % len(CHART_KINDS)]
        else:
            kind = draw(st.sampled_from(CHART_KINDS))
        categories = draw(sizes.categories)
        body, chart_stated, chart_derived = chart(draw, draft, kind, categories, sizes.distinct)
        charts.append(body)
        stated += chart_stated
        derived += chart_derived
    state_in_sentences(draw, draft, stated)
    # past ``distinct``, the block's figures repeat under new ids (quote and all)
    repeats = [{**own[i % len(own)], "id": draft.new_id("fig")} for i in range(count - len(own))]
    figures = own + repeats + [figure for figure, _ in stated[len(own) :]] + derived
    ids = [figure["id"] for figure in figures]
    cards = ids if crowded or not ids else draw(st.lists(st.sampled_from(ids), unique=True))
    return {
        "paragraphs": paragraphs,
        "figures": figures,
        "cards": cards,
        "charts": charts,
        "images": [image(draw, draft) for _ in range(draw(sizes.images))],
    }


@st.composite
def valid_briefings(draw: st.DrawFn, sizes: Sizes = SMALL) -> GeneratedBriefing:
    """A briefing the validator accepts, with the article written from its data: every quote
    is a sentence of it that prints its figure (and change) exactly as the checker does."""
    draft = Draft()
    title, subtitle = draw(texts()), draw(texts())
    draft.lines += [title, subtitle]
    lead = block(draw, draft, sizes, -1)
    sections = []
    for index in range(draw(sizes.sections)):
        heading = [draw(texts()), draw(texts())]
        draft.lines += heading
        body = block(draw, draft, sizes, index)
        sections.append(
            {
                "id": draft.new_id("section"),
                "heading": heading,
                "summary": draw(texts()),
                "notes": draw(st.lists(texts(max_len=1000), max_size=2)),
                **body,
            }
        )
    data = {
        "format_version": 1,
        "title": title,
        "subtitle": subtitle,
        "publisher_line": draw(texts()),
        "author": draw(texts()),
        "photographer": draw(texts()),
        "year": draw(st.integers(1900, 2200)),
        "article": "article.txt",
        "lead": lead,
        "sections": sections,
    }
    # The first line is fixed: a BOM that opens a generated title would be read as the
    # file's encoding mark, and the title would no longer be in the article.
    article = "\n".join(["原文", *draft.lines]) + "\n"
    return GeneratedBriefing(data, article, draft.pictures)
