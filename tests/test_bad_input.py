"""A broken dataset is refused by `briefing validate` with one line per problem: file, JSON path,
what is wrong, what was expected; exit 1; never a traceback."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import DatasetError, load_dataset
from briefing.model.loader import MAX_DEPTH, NotRegularFileError, read_regular_file
from tests.conftest import EditDataset


def validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["validate", "--lang", "en", str(path)])
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    return code, out.out.splitlines()


def first_figure(data: dict[str, Any], section: int = 0, index: int = 2) -> dict[str, Any]:
    figure: dict[str, Any] = data["sections"][section]["figures"][index]
    return figure


def set_in(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        node: Any = data
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return change


FIGURE = ("sections", 0, "figures", 2)  # s1-talent-fund: 2.96亿元, 增长196%
IMAGE = ("lead", "images", 0)


def spread(kind: str, per_block: int, blocks: int) -> Callable[[dict[str, Any]], None]:
    """The briefing's sections replaced by ``blocks`` sections of ``per_block`` of ``kind``
    each: more than the whole briefing may hold, though no block holds more than it may (the
    items are only counted, so any item will do)."""

    def change(data: dict[str, Any]) -> None:
        data["sections"] = [{kind: [{}] * per_block} for _ in range(blocks)]

    return change


def figures_with(count: int, **fields: Any) -> Callable[[dict[str, Any]], None]:
    """The first section's figures made ``count`` copies of its first, each with ``fields``."""

    def change(data: dict[str, Any]) -> None:
        section = data["sections"][0]
        first = section["figures"][0]
        section["figures"] = [{**first, "id": f"copy-{index}", **fields} for index in range(count)]
        section["cards"] = []

    return change


# (name, edit, expected JSON path, words the message must hold)
CASES: list[tuple[str, Callable[[dict[str, Any]], object], str, tuple[str, ...]]] = [
    (
        "more cards in a section than a section may hold",
        lambda data: data["sections"][0].update(cards=["x"] * 100_000),
        "$.sections[0].cards",
        ("got a list of 100,000 items", "expected at most 500 items"),
    ),
    (
        "more sections than a briefing may hold",
        lambda data: data.update(sections=[{}] * 501),
        "$.sections",
        ("got a list of 501 items", "expected at most 500 items"),
    ),
    (
        "a list of a million where two belong",
        set_in(("sections", 0, "heading"), ["一"] * 1_000_000),
        "$.sections[0].heading",
        ("got a list of 1,000,000 items", "expected at most 2 items"),
    ),
    (
        "a derivation of too many inputs",
        set_in(
            ("sections", 0, "figures", 13, "derived", "inputs"),
            {f"a{i}": "s1-talent-fund" for i in range(21)},
        ),
        "$.sections[0].figures[13].derived.inputs",
        ("got an object of 21 keys", "expected at most 20 items"),
    ),
    (
        "more paragraphs than a briefing may hold",
        spread("paragraphs", 1000, 21),
        "$",
        ("the briefing has 21,0", "at most 20,000 paragraphs in the whole briefing"),
    ),
    (
        "more figures than a briefing may hold",
        spread("figures", 1000, 11),
        "$",
        ("the briefing has 11,0", "at most 10,000 figures in the whole briefing"),
    ),
    (
        "more cards than a briefing may hold",
        spread("cards", 500, 9),
        "$",
        ("the briefing has 4,5", "at most 4,000 cards in the whole briefing"),
    ),
    (
        "more charts than a briefing may hold",
        spread("charts", 200, 11),
        "$",
        ("the briefing has 2,2", "at most 2,000 charts in the whole briefing"),
    ),
    (
        "more images than a briefing may hold",
        spread("images", 200, 6),
        "$",
        ("the briefing has 1,2", "at most 1,000 images in the whole briefing"),
    ),
    (
        "more than 200 problems of the schema",
        figures_with(1000, value="x"),
        "$",
        ("and 800 more problems, not listed",),
    ),
    (
        "more than 200 problems of the checks",
        figures_with(1000, quote="不在原文中的一句话。"),
        "$",
        ("the checks stopped after 200 problems",),
    ),
    (
        "string where a number belongs",
        set_in((*FIGURE, "value"), "2.96"),
        "$.sections[0].figures[2].value",
        ("string '2.96'", "expected a number"),
    ),
    (
        "boolean where a number belongs",
        set_in((*FIGURE, "value"), True),
        "$.sections[0].figures[2].value",
        ("expected a number",),
    ),
    (
        "unknown key",
        set_in((*FIGURE, "colour"), "red"),
        "$.sections[0].figures[2].colour",
        ("unknown key 'colour'", "only the keys id, label, value"),
    ),
    (
        "unknown top-level key",
        set_in(("extra",), 1),
        "$.extra",
        ("unknown key 'extra'", "title"),
    ),
    (
        "missing key",
        lambda data: data["sections"][0].pop("summary"),
        "$.sections[0].summary",
        ("missing key 'summary'",),
    ),
    (
        "wrong kind of chart",
        set_in(("sections", 0, "charts", 0, "kind"), "pie"),
        "$.sections[0].charts[0].kind",
        ("'pie'", "'grouped_bars'"),
    ),
    (
        "duplicate id",
        set_in(("sections", 0, "figures", 3, "id"), "s1-talent-fund"),
        "$.sections[0].figures[3].id",
        ("duplicate id 's1-talent-fund'", "$.sections[0].figures[2]"),
    ),
    (
        "absolute image path",
        set_in((*IMAGE, "file"), "/etc/passwd"),
        "$.lead.images[0].file",
        ("'/etc/passwd'", "inside the dataset folder"),
    ),
    (
        "windows absolute image path",
        set_in((*IMAGE, "file"), "C:\\Windows\\win.ini"),
        "$.lead.images[0].file",
        ("inside the dataset folder",),
    ),
    (
        "image path leaving the folder",
        set_in((*IMAGE, "file"), "images/../../secret.svg"),
        "$.lead.images[0].file",
        ("leaves the dataset folder", "'..'"),
    ),
    (
        "image path with backslashes",
        set_in((*IMAGE, "file"), "images\\lead.svg"),
        "$.lead.images[0].file",
        ("is not a relative path", "inside the dataset folder"),
    ),
    (
        "image path with a NUL character",
        set_in((*IMAGE, "file"), "images/lead\u0000.svg"),
        "$.lead.images[0].file",
        ("NUL character",),
    ),
    (
        "image path with a bidi override",
        set_in((*IMAGE, "file"), "images/\u202egvs.exe"),
        "$.lead.images[0].file",
        ("invisible character (U+202E)", "inside the dataset folder"),
    ),
    (
        "article path with a zero-width space",
        set_in(("article",), "article\u200b.txt"),
        "$.article",
        ("invisible character (U+200B)",),
    ),
    (
        "quote not in the article",
        set_in((*FIGURE, "quote"), "2024年人才专项资金投入达到2.96亿元。"),
        "$.sections[0].figures[2].quote",
        ("is not in the article", "verbatim"),
    ),
    (
        "quote that is half a sentence",
        set_in((*FIGURE, "quote"), "2024年人才和科技专项资金投入分别达到2.96亿元、12.32亿元"),
        "$.sections[0].figures[2].quote",
        ("only part of a sentence",),
    ),
    (
        "value its sentence does not state",
        set_in((*FIGURE, "value"), 2.69),
        "$.sections[0].figures[2]",
        ("does not state '2.69亿元'",),
    ),
    (
        "unit its sentence does not state",
        set_in((*FIGURE, "unit"), "万元"),
        "$.sections[0].figures[2]",
        ("does not state '2.96万元'",),
    ),
    (
        "change its sentence does not state",
        set_in((*FIGURE, "change", "amount"), 169),
        "$.sections[0].figures[2].change",
        ("does not state the change '169%'",),
    ),
    (
        "a growth stored as a fall (a sign flipped)",
        set_in((*FIGURE, "change", "amount"), -196),
        "$.sections[0].figures[2].change.amount",
        ("the quote says '196%' rose, but the stored amount is -196",),
    ),
    (
        "a rank that rose stored as one that fell",
        set_in(("sections", 1, "figures", 0, "change", "amount"), 10),
        "$.sections[1].figures[0].change.amount",
        ("'10位' rose", "a negative amount for a better place"),
    ),
    (
        "a change its sentence gives no direction for",
        set_in((*FIGURE, "change"), {"kind": "absolute", "amount": 2.96, "unit": "亿元"}),
        "$.sections[0].figures[2].change",
        ("does not say whether '2.96亿元' went up or down",),
    ),
    (
        "a multiple read as the wrong factor",
        set_in(("sections", 0, "figures", 9, "change", "amount"), 3),
        "$.sections[0].figures[9].change.amount",
        ("'翻了一番' does not mean a factor of 3",),
    ),
    (
        "derived figure that does not match its formula",
        set_in(("sections", 0, "figures", 13, "value"), 1.1),
        "$.sections[0].figures[13].value",
        ("stored 1.1", "gives 1.0"),
    ),
    (
        "derived figure with an unknown input",
        set_in(("sections", 0, "figures", 13, "derived", "inputs", "a"), "no-such-figure"),
        "$.sections[0].figures[13].derived.inputs.a",
        ("'no-such-figure' is not a stated figure",),
    ),
    (
        "derived figure with a formula that runs code",
        set_in(("sections", 0, "figures", 13, "derived", "formula"), "__import__('os')"),
        "$.sections[0].figures[13].derived.formula",
        ("may only use numbers",),
    ),
    (
        "figure with neither quote nor derivation",
        lambda data: first_figure(data).pop("quote"),
        "$.sections[0].figures[2]",
        ("neither",),
    ),
    (
        "card naming no figure",
        set_in(("sections", 0, "cards", 0), "no-such-figure"),
        "$.sections[0].cards[0]",
        ("'no-such-figure' is not a figure here",),
    ),
    (
        "notes on a figure that is not a card",
        set_in(("sections", 0, "figures", 0, "notes"), ["人才引领"]),
        "$.sections[0].figures[0].notes",
        ("'s1-leader-projects' has notes but is not a card",),
    ),
    (
        "empty note on a chart",
        set_in(("sections", 1, "charts", 0, "notes"), [""]),
        "$.sections[1].charts[0].notes[0]",
        ("at least one character",),
    ),
    (
        "chart mixing units",
        set_in(("sections", 1, "charts", 1, "unit"), "万元"),
        "$.sections[1].charts[1].series[0].values[0]",
        ("in '万人', the chart in '万元'",),
    ),
    (
        "chart comparing units on one axis",
        set_in(("sections", 1, "charts", 1, "series", 0, "values", 0), "s2-enclave-residents"),
        "$.sections[1].charts[1].unit",
        ("one axis cannot compare", "'家'", "split it by unit"),
    ),
    (
        "figure with neither a value nor a change",
        lambda data: data["sections"][0]["figures"][2].update(value=None, change=None),
        "$.sections[0].figures[2].value",
        ("has no value", "a change alone"),
    ),
    (
        "a change alone used as a level",
        set_in((*FIGURE, "value"), None),
        "$.sections[0].figures[13].derived.inputs.a",
        ("'s1-talent-fund' states only a change",),
    ),
    (
        "a change alone among levels in a chart",
        set_in((*FIGURE, "value"), None),
        "$.sections[0].charts[0].series",
        ("compares a change ('s1-talent-fund') with a level",),
    ),
    (
        "a change alone in a rank chart",
        set_in(("sections", 1, "figures", 0, "value"), None),
        "$.sections[1].charts[0].series[1].values[0]",
        ("only a change, which a rank_change chart cannot draw",),
    ),
    (
        "unit header not in the article",
        set_in((*FIGURE, "unit_printed_in"), "单位：亿元"),
        "$.sections[0].figures[2].unit_printed_in",
        ("'单位：亿元' is not in the article",),
    ),
    (
        "unit header that does not print the unit",
        set_in((*FIGURE, "unit_printed_in"), "破解人才困局"),
        "$.sections[0].figures[2].unit",
        ("does not print '亿元'",),
    ),
    (
        "a total on a chart that is not a composition",
        set_in(("sections", 0, "charts", 0, "total"), "s1-talent-fund"),
        "$.sections[0].charts[0].total",
        ("only a composition has a total",),
    ),
    (
        "a time series whose categories are not years",
        set_in(("sections", 0, "charts", 0, "kind"), "time_series"),
        "$.sections[0].charts[0].categories[0]",
        ("'人才专项资金' does not name one year",),
    ),
    (
        "a time series with its years out of order",
        lambda data: data["sections"][0]["charts"][1].update(
            kind="time_series", categories=["2024年", "2023年"]
        ),
        "$.sections[0].charts[1].categories",
        ("the years are not in order",),
    ),
    (
        "a composition in a unit with no total",
        set_in(("sections", 1, "charts", 1, "kind"), "composition"),
        "$.sections[1].charts[1].total",
        ("parts in '万人' with no total",),
    ),
    (
        "a composition whose parts do not add up to its total",
        lambda data: data["sections"][1]["charts"][1].update(
            kind="composition", total="s2-talent-total"
        ),
        "$.sections[1].charts[1].series[0].values",
        ("the whole is 51.3", "derived figure (其他)"),
    ),
    (
        "unknown qualifier",
        set_in((*FIGURE, "qualifier"), "大约"),
        "$.sections[0].figures[2].qualifier",
        ("unknown qualifier '大约'",),
    ),
    (
        "caption not in the article",
        set_in((*IMAGE, "caption"), "一张照片。"),
        "$.lead.images[0].caption",
        ("not in the article",),
    ),
    (
        "article file outside the folder",
        set_in(("article",), "../article.txt"),
        "$.article",
        ("leaves the dataset folder",),
    ),
    (
        "article file missing",
        set_in(("article",), "missing.txt"),
        "$.article",
        ("'missing.txt' is missing",),
    ),
    (
        "a list instead of an object",
        lambda data: data.clear(),
        "$.format_version",
        ("missing key",),
    ),
]


@pytest.mark.parametrize(
    ("edit", "where", "words"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_validate_names_the_problem(
    edit_dataset: EditDataset,
    capsys: pytest.CaptureFixture[str],
    edit: Callable[[dict[str, Any]], object],
    where: str,
    words: tuple[str, ...],
) -> None:
    folder = edit_dataset(edit)
    code, lines = validate(folder, capsys)
    assert code == 1
    matching = [line for line in lines if f": {where}: " in line]
    assert matching, f"no problem at {where} in {lines}"
    line = matching[0]
    # file:line:column, where the value (or, for a missing key, its object) starts
    assert re.match(re.escape(str(folder / "briefing.json")) + r":\d+:\d+: ", line), line
    for word in words:
        assert word in line


def write(folder: Path, content: bytes) -> Path:
    (folder / "briefing.json").write_bytes(content)
    return folder


RAW_CASES: list[tuple[str, bytes, str, tuple[str, ...]]] = [
    ("not UTF-8", '{"title": "聚才"}'.encode("gb18030"), "$", ("not UTF-8", "offset")),
    ("not JSON", b'{"title": ', "$", ("not JSON", "line 1")),
    ("a number of 5000 digits", b'{"year": ' + b"9" * 5000 + b"}", "$", ("thousands of digits",)),
    ("NaN", b'{"format_version": NaN}', "$.format_version", ("got NaN", "a finite number")),
    ("Infinity", b'{"a": [1, -Infinity]}', "$.a[1]", ("got -Infinity",)),
    ("duplicate key", b'{"title": "a", "title": "b"}', "$.title", ("appears twice",)),
    (
        "nested absurdly deep",
        b"[" * 200_000 + b"]" * 200_000,
        "$",
        ("nested too deeply",),
    ),
    (
        "nested deeper than the format allows",
        b'{"lead": ' + b"[" * (MAX_DEPTH + 5) + b"]" * (MAX_DEPTH + 5) + b"}",
        "$.lead",
        ("nested too deeply", f"at most {MAX_DEPTH} levels"),
    ),
]


@pytest.mark.parametrize(
    ("content", "where", "words"),
    [case[1:] for case in RAW_CASES],
    ids=[case[0] for case in RAW_CASES],
)
def test_validate_refuses_unreadable_files(
    dataset_dir: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    where: str,
    words: tuple[str, ...],
) -> None:
    code, lines = validate(write(dataset_dir, content), capsys)
    assert code == 1
    matching = [line for line in lines if f": {where}" in line]
    assert matching, lines
    for word in words:
        assert word in matching[0]


def test_symlink_leading_out_of_the_folder_is_refused(
    edit_dataset: EditDataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.svg"
    outside.write_text("<svg/>", encoding="utf-8")
    folder = edit_dataset(set_in((*IMAGE, "file"), "images/link.svg"))
    (folder / "images" / "link.svg").symlink_to(outside)
    code, lines = validate(folder, capsys)
    assert code == 1
    assert any("$.lead.images[0].file" in line and "outside the dataset" in line for line in lines)


def test_oversized_file_is_refused_before_parsing(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (dataset_dir / "briefing.json").open("wb") as file:
        file.truncate(21 * 1024 * 1024)  # sparse: no need to write 21 MB
    code, lines = validate(dataset_dir, capsys)
    assert code == 1
    assert "the file is 21.0 MB" in lines[0]
    assert "at most 20 MB" in lines[0]


def test_missing_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = validate(tmp_path / "nowhere", capsys)
    assert code == 1
    assert "no such file" in lines[0]


def test_every_problem_is_listed_not_just_the_first(
    edit_dataset: EditDataset, capsys: pytest.CaptureFixture[str]
) -> None:
    def two_problems(data: dict[str, Any]) -> None:
        set_in((*FIGURE, "quote"), "不在文中。")(data)
        set_in((*IMAGE, "file"), "/etc/passwd")(data)

    code, lines = validate(edit_dataset(two_problems), capsys)
    assert code == 1
    assert len(lines) == 2


def test_loader_raises_its_own_error_type(edit_dataset: EditDataset) -> None:
    folder = edit_dataset(set_in((*FIGURE, "value"), "oops"))
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    assert raised.value.problems[0].path == "$.sections[0].figures[2].value"


def test_command_line_prints_no_traceback(dataset_dir: Path) -> None:
    write(dataset_dir, b"\xff\xfe not json")
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "validate", "--lang", "en", str(dataset_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "not UTF-8" in result.stdout


def test_a_missing_picture_is_a_warning_not_a_refused_briefing(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (dataset_dir / "images" / "lead-1-lab-teaching.svg").unlink()
    dataset = load_dataset(dataset_dir)
    [warning] = dataset.warnings
    assert warning.path == "$.lead.images[0].file"
    assert "'images/lead-1-lab-teaching.svg' is missing" in str(warning)
    image = dataset.briefing.lead.images[0]
    assert dataset.image_file(image) == (
        (dataset_dir / "images" / "lead-1-lab-teaching.svg").resolve(),
        "illustration",
    )
    code, lines = validate(dataset_dir, capsys)
    assert code == 0
    assert lines[0].startswith("valid: ")
    assert lines[1:] == [f"warning: {warning}"]


def test_a_picture_path_leaving_the_folder_is_still_refused(
    edit_dataset: EditDataset, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = edit_dataset(set_in((*IMAGE, "file"), "../x.svg"))
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    assert [problem.path for problem in raised.value.problems] == ["$.lead.images[0].file"]
    code, lines = validate(folder, capsys)
    assert code == 1
    assert "'../x.svg' leaves the dataset folder with '..'" in lines[0]


def test_an_invalid_dataset_lists_its_missing_pictures_too(
    edit_dataset: EditDataset, capsys: pytest.CaptureFixture[str]
) -> None:
    def two_faults(data: dict[str, Any]) -> None:
        set_in((*FIGURE, "quote"), "不在文中。")(data)
        set_in((*IMAGE, "file"), "images/nowhere.svg")(data)

    code, lines = validate(edit_dataset(two_faults), capsys)
    assert code == 1
    assert len(lines) == 2
    assert ": $.sections[0].figures[2].quote: " in lines[0]
    assert lines[1].startswith("warning: ")
    assert "'images/nowhere.svg' is missing" in lines[1]


def test_a_picture_in_a_link_loop_is_a_warning_not_a_crash(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link loop names no file, inside the folder or out: a broken picture, shown as a
    placeholder like a missing one (tests/test_hostile.py exports and views it)."""
    image = dataset_dir / "images" / "lead-1-lab-teaching.svg"
    image.unlink()
    image.symlink_to(dataset_dir / "images" / "loop.svg")
    (dataset_dir / "images" / "loop.svg").symlink_to(image)
    code, lines = validate(dataset_dir, capsys)
    assert code == 0
    assert lines[1].startswith("warning: ")
    assert lines[1].endswith(
        ": $.lead.images[0].file: the path is a loop of symbolic links that names no file; "
        "expected a file inside the dataset folder"
    ), "in the reader's words, not Python's (Symlink loop from '...')"


def test_an_article_in_a_link_loop_is_refused_not_a_crash(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = dataset_dir / "article.txt"
    article.unlink()
    article.symlink_to(dataset_dir / "loop.txt")
    (dataset_dir / "loop.txt").symlink_to(article)
    code, lines = validate(dataset_dir, capsys)
    assert code == 1
    assert ": $.article: the path is a loop of symbolic links that names no file" in lines[0]


TOO_MANY_DIGITS = (
    "got a number of too many digits; expected at most 20 digits before the point and 20 after it"
)


@pytest.mark.parametrize(
    ("number", "refused"),
    [
        ("1e9999999", True),  # 9 bytes; took 30 s and 1.1 GB before it was refused
        ("1e-9999999", True),
        ("1e99999999", True),  # ended in MemoryError
        ("1" * 21, True),
        ("0." + "0" * 20 + "1", True),
        ("1" * 20, False),
        ("0." + "0" * 19 + "1", False),
    ],
)
def test_a_number_of_absurd_size_is_refused_at_once(
    dataset_dir: Path, number: str, refused: bool
) -> None:
    source = dataset_dir / "briefing.json"
    text = source.read_text(encoding="utf-8")
    write(dataset_dir, text.replace('"value": 2.96,', f'"value": {number},', 1).encode())
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    # the lines without their place in the file: the value's line depends on the dataset
    lines = [
        f"{p.file}: {p.path}: {p.message}; expected {p.expected}" for p in raised.value.problems
    ]
    where = f"{source}: $.sections[0].figures[2].value: "
    assert (f"{where}{TOO_MANY_DIGITS}" in lines) == refused, lines


# A FIFO, a device or a socket named as the dataset or its article: reading one would wait for a
# writer forever (or never end), so the loader refuses any file that is not a regular one. The
# reading runs in a thread of its own, so that a loader that does block fails the test instead
# of hanging the run; the FIFO is then opened for writing, which lets the reading go on.
fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def refused_in_time(action: Callable[[], object], fifo: Path) -> None:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    reader = threading.Thread(target=run, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # an end of file, for the reader
        reader.join(10)
        pytest.fail(f"reading {fifo.name} waited for a writer")
    [result] = outcome
    if isinstance(result, BaseException):
        raise result


@fifo_only
@pytest.mark.parametrize(
    ("name", "where", "words"),
    [
        ("briefing.json", "$", "'briefing.json' is not a regular file; expected a readable file"),
        ("article.txt", "$.article", "'article.txt' is not a regular file; expected a readable"),
    ],
)
def test_a_fifo_is_refused_not_waited_on(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str], name: str, where: str, words: str
) -> None:
    fifo = dataset_dir / name
    fifo.unlink()
    os.mkfifo(fifo)
    refused_in_time(lambda: validate(dataset_dir, capsys), fifo)
    with pytest.raises(DatasetError) as raised:
        refused_in_time(lambda: load_dataset(dataset_dir), fifo)
    [problem] = raised.value.problems
    assert problem.path == where
    assert words in str(problem)


@fifo_only
def test_a_file_replaced_by_a_fifo_once_checked_is_refused(dataset_dir: Path) -> None:
    """The file is checked again once open: a FIFO put in its place after the first look is
    refused too."""
    article = dataset_dir / "article.txt"
    stat_of_a_file = article.stat()
    article.unlink()
    os.mkfifo(article)
    looked = Path.stat

    def first_look(path: Path, **kwargs: Any) -> os.stat_result:
        return stat_of_a_file if path == article else looked(path, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "stat", first_look)
        with pytest.raises(NotRegularFileError):
            refused_in_time(lambda: read_regular_file(article, 1 << 20), article)


@fifo_only
def test_a_picture_that_is_a_fifo_is_a_placeholder_not_a_wait(dataset_dir: Path, qapp: Any) -> None:
    from PySide6.QtCore import QSize

    from briefing.imaging import ImageLoadError, load_image

    picture = dataset_dir / "images" / "lead-1-lab-teaching.svg"
    picture.unlink()
    os.mkfifo(picture)
    dataset = load_dataset(dataset_dir)  # a picture that is not a file is a warning
    assert any("is not a file" in str(warning) for warning in dataset.warnings)
    with pytest.raises(ImageLoadError):
        refused_in_time(lambda: load_image(picture, QSize(100, 100)), picture)


def test_an_indented_paragraph_after_a_heading_ending_in_a_letter_starts_a_sentence() -> None:
    """Found by the property tests: the lines of the article were joined before their white
    space was looked at, so the indent of "　　2024年…" after a heading ending "GDP" stood between
    two letters and was kept, and a quote of the paragraph's first sentence was refused as only
    part of a sentence."""
    from briefing.model.article import Article

    article = Article("一、GDP\n　　2024年全市生产总值增长5%。\nTalent\n\tN/Å为第50位。\n")
    assert article.sentence_places("2024年全市生产总值增长5%。") == "sentence"
    assert article.sentence_places("\tN/Å为第50位。") == "sentence"
