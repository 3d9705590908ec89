"""Every problem names the line and column of its value in briefing.json, as an editor counts
them: lines and columns from 1, a column in characters (a Chinese character or a tab is one)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import DatasetError, load_dataset
from briefing.model.positions import (
    JsonPath,
    Position,
    path_parts,
    position_index,
    value_positions,
)
from briefing.model.problems import json_path
from briefing.resources import bundled_dataset
from tests.conftest import EditDataset

TEXT = """{
  "title": "标题",
  "sections": [
    {"id": "一", "figures": [{"id": "a", "value": 1}, {"id": "b", "value": 2.5}]},
\t{"名称": "鄂尔多斯", "value": [true, null]}
  ],
  "odd key": {"x.y": "z"}
}
"""


def at(line: int, column: int) -> Position:
    return Position(line, column)


def test_object_keys_and_array_indexes_are_placed_where_their_value_starts() -> None:
    found = value_positions(
        TEXT,
        [
            (),
            ("title",),
            ("sections",),
            ("sections", 0),
            ("sections", 0, "figures", 1, "value"),
            ("odd key", "x.y"),
        ],
    )
    assert found == {
        (): at(1, 1),
        ("title",): at(2, 12),
        ("sections",): at(3, 15),
        ("sections", 0): at(4, 5),
        ("sections", 0, "figures", 1, "value"): at(4, 75),
        ("odd key", "x.y"): at(7, 22),
    }


def test_a_column_counts_characters_not_bytes_and_a_tab_as_one() -> None:
    # line 5 is a tab, then {"名称": "鄂尔多斯", "value": [true, null]}
    found = value_positions(TEXT, [("sections", 1, "value", 1), ("sections", 1, "名称")])
    line = TEXT.splitlines()[4]
    assert found[("sections", 1, "名称")] == at(5, line.index('"鄂') + 1) == at(5, 9)
    assert found[("sections", 1, "value", 1)] == at(5, line.index("null") + 1) == at(5, 33)


def test_a_path_that_does_not_exist_is_placed_at_its_nearest_parent() -> None:
    found = value_positions(
        TEXT,
        [
            ("sections", 0, "figures", 0, "unit"),  # a missing key: its object
            ("sections", 7, "id"),  # past the end of the list: the list
            ("nowhere", "at", "all"),  # the whole document
        ],
    )
    assert found == {
        ("sections", 0, "figures", 0, "unit"): at(4, 29),
        ("sections", 7, "id"): at(3, 15),
        ("nowhere", "at", "all"): at(1, 1),
    }


def test_windows_line_ends_and_a_key_given_twice() -> None:
    text = '{\r\n  "a": 1,\r\n  "a": [\r\n    "x"]\r\n}'
    # a key given twice is placed where it is first given (the loader says it is there twice)
    assert value_positions(text, [("a",), ("a", 0)]) == {("a",): at(2, 8), ("a", 0): at(2, 8)}
    assert value_positions(text, [("b",)]) == {("b",): at(1, 1)}


def test_the_index_of_every_path_points_at_that_value() -> None:
    """Read back at each position, the text is the value the path names, for every value of
    the bundled briefing."""
    text = (bundled_dataset() / "briefing.json").read_text(encoding="utf-8")
    data = json.loads(text)
    index = position_index(text)
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    decoder = json.JSONDecoder()
    count = 0

    def check(value: Any, path: JsonPath) -> None:
        nonlocal count
        where = index[path]
        assert decoder.raw_decode(text, starts[where.line - 1] + where.column - 1)[0] == value
        count += 1
        if isinstance(value, dict | list):
            children = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in children:
                check(child, (*path, key))

    check(data, ())
    assert count == len(index) > 500
    some = list(index)[::97]
    assert value_positions(text, some) == {path: index[path] for path in some}


def test_text_that_is_not_json_places_what_came_before_the_fault() -> None:
    text = '{"a": {"b": 1}, "c": [1, 2,'
    assert value_positions(text, [("a", "b"), ("c", 5)]) == {
        ("a", "b"): at(1, 13),
        ("c", 5): at(1, 22),
    }
    assert value_positions("", [("a",)]) == {("a",): at(1, 1)}  # where the text would start


@pytest.mark.parametrize(
    "parts",
    [
        (),
        ("sections", 0, "figures", 12, "value"),
        ("inputs", "x_1"),
        ("odd key", "it's", 'say "hi"', "中文", 3),
        ("a.b", "[0]", "$"),
    ],
)
def test_a_path_reads_back_into_its_parts(parts: JsonPath) -> None:
    assert path_parts(json_path(*parts)) == parts


def test_a_path_cut_short_reads_back_as_far_as_it_goes() -> None:
    assert path_parts("$.sections[3].figures[1].qual…") == ("sections", 3, "figures", 1, "qual")
    assert path_parts("$.sections[3]['a b…") == ("sections", 3)
    assert path_parts("not a path") == ()


def test_a_syntax_error_is_placed_where_json_stopped(dataset_dir: Path) -> None:
    source = dataset_dir / "briefing.json"
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    # drop the comma after the title: line 3 is "title": "…", line 4 starts the next key
    assert lines[2].lstrip().startswith('"title"')
    lines[2] = lines[2].rstrip(",")
    source.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (4, 3)
    assert str(problem).startswith(f"{source}:4:3: $: not JSON: Expecting ',' delimiter")


def test_a_byte_that_is_not_utf8_is_placed_in_characters(dataset_dir: Path) -> None:
    source = dataset_dir / "briefing.json"
    source.write_bytes('{\n  "title": "聚才\xff'.encode()[:-2] + b"\xff\xfe")
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    [problem] = raised.value.problems
    assert "not UTF-8" in str(problem)
    assert (problem.line, problem.column) == (2, 15)  # after '  "title": "聚才'


def test_every_problem_and_warning_of_the_loader_names_its_place(
    edit_dataset: EditDataset,
) -> None:
    def faults(data: dict[str, Any]) -> None:
        data["title"] = "不在原文里的标题"
        data["lead"]["images"][0]["file"] = "images/nowhere.svg"  # a warning

    folder = edit_dataset(faults)
    text = (folder / "briefing.json").read_text(encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    [title] = raised.value.problems
    assert (title.line, title.column) == place_in(text, '"不在原文里的标题"')
    [warning] = raised.value.warnings
    assert (warning.line, warning.column) == place_in(text, '"images/nowhere.svg"')


def test_a_missing_key_is_placed_at_its_object(edit_dataset: EditDataset) -> None:
    folder = edit_dataset(lambda data: data["sections"][1]["figures"][0].pop("label"))
    text = (folder / "briefing.json").read_text(encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    [missing] = raised.value.problems
    assert missing.path == "$.sections[1].figures[0].label"
    figure_id = json.loads(text)["sections"][1]["figures"][0]["id"]
    line, column = place_in(text, f'"id": "{figure_id}"')
    # the "{" that opens the figure, on the line before its first key, two columns to the left
    assert (missing.line, missing.column) == (line - 1, column - 2)


def place_in(text: str, value: str) -> tuple[int, int]:
    offset = text.index(value)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def test_validate_prints_file_line_and_column(
    edit_dataset: EditDataset, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = edit_dataset(lambda data: data.update(title="别的标题"))
    assert main(["validate", "--lang", "en", str(folder)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    match = re.match(r"(.*briefing\.json):(\d+):(\d+): \$\.title: ", line)
    assert match, line
    assert match[1] == str(folder / "briefing.json")
    text = (folder / "briefing.json").read_text(encoding="utf-8")
    assert (int(match[2]), int(match[3])) == place_in(text, '"别的标题"')


class _Scanned(str):
    """A text that adds up how many characters its searches for a newline look at."""

    looked_at = 0

    def _span(self, start: int | None, end: int | None) -> None:
        start, end, _ = slice(start, end).indices(len(self))
        _Scanned.looked_at += max(0, end - start)

    def rfind(self, sub: str, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return super().rfind(sub, start, end)

    def count(self, sub: str, start: Any = None, end: Any = None) -> int:
        self._span(start, end)
        return super().count(sub, start, end)


@pytest.mark.parametrize("lines", [1, 3], ids=["one-line", "a-few-lines"])
def test_placing_many_values_looks_at_each_character_a_bounded_number_of_times(
    lines: int,
) -> None:
    """Thousands of problems on one line (a minified file): their lines and columns are found
    in one sweep, not by searching back to the start of the line for each one."""
    count = 3000
    keys = [f'"键{n}": {n}' for n in range(count)]
    step = -(-count // lines)
    text = "{" + ",\n".join(", ".join(keys[at : at + step]) for at in range(0, count, step)) + "}"
    paths: list[JsonPath] = [(f"键{n}",) for n in range(count)]
    _Scanned.looked_at = 0
    found = value_positions(_Scanned(text), paths)
    assert _Scanned.looked_at <= 2 * len(text)
    starts = [0] + [match.end() for match in re.finditer("\n", text)]
    for n in (0, 1, step - 1, min(step, count - 1), count // 2, count - 1):
        offset = text.index(f'"键{n}": ') + len(f'"键{n}": ')
        line = text.count("\n", 0, offset) + 1
        assert found[(f"键{n}",)] == at(line, offset - starts[line - 1] + 1), n


def test_a_value_at_the_start_of_a_line_is_in_column_one() -> None:
    text = '[\n1,\n2,\n\n"三"\n]'
    assert value_positions(text, [(0,), (1,), (2,)]) == {
        (0,): at(2, 1),
        (1,): at(3, 1),
        (2,): at(5, 1),
    }
