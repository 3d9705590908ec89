"""A briefing of any size the format allows opens, and one past its limits is refused, with
every problem a reader can take in listed and the rest counted."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.cli import main
from briefing.model import DatasetError, load_dataset
from briefing.model.problems import MAX_PROBLEMS
from briefing.resources import bundled_dataset


def _renamed(value: Any, ids: set[str], suffix: str) -> Any:
    """``value`` with every id of ``ids`` it names (as such or as id.change) given ``suffix``."""
    if isinstance(value, dict):
        return {key: _renamed(item, ids, suffix) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item, ids, suffix) for item in value]
    if isinstance(value, str):
        head, dot, tail = value.partition(".")
        return f"{head}{suffix}{dot}{tail}" if head in ids else value
    return value


def repeated_sections(data: dict[str, Any], times: int) -> None:
    """The briefing's sections repeated ``times`` times, each copy under new ids (valid: the
    figures keep their quotes)."""
    sections = []
    for copy in range(times):
        for section in data["sections"]:
            ids = {section["id"]}
            ids |= {
                item["id"]
                for kind in ("figures", "charts", "images")
                for item in section.get(kind, [])
            }
            sections.append(_renamed(section, ids, f"-{copy}"))
    data["sections"] = sections


def write_repeated(folder: Path, times: int) -> Path:
    shutil.copytree(bundled_dataset(), folder)
    source = folder / "briefing.json"
    source.chmod(0o644)
    data = json.loads(source.read_text("utf-8"))
    repeated_sections(data, times)
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


@pytest.fixture(scope="module")
def briefing_64x(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled briefing 64 times over: 192 sections, 4,354 figures, 704 charts."""
    return write_repeated(tmp_path_factory.mktemp("scale") / "dataset", 64)


def test_a_briefing_of_192_sections_is_valid(
    briefing_64x: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--lang", "en", str(briefing_64x)]) == 0
    assert "192 sections" in capsys.readouterr().out


def test_the_viewer_opens_a_briefing_of_more_than_50_sections(
    tmp_path: Path, make_window: Any, qtbot: Any
) -> None:
    """51 sections, past the limit the format had (the 64 times briefing's 192 open as well,
    in about half a minute here: too long for every run of the suite)."""
    window = make_window(write_repeated(tmp_path / "dataset", 17))
    assert window.tabs.count() == 51
    assert window.tabs.tabText(50) == window.tabs.tabText(2)  # the last copy of section 3
    window.set_tab(50)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 50)
    assert window.ensure_page(50) is not None
    sections = window.actions_.sections
    assert len(sections) == 51
    sections[40].trigger()  # the 节 menu's entry of section 41
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 40)


def test_a_title_of_ten_megabytes_is_refused_by_its_length(dataset_dir: Path) -> None:
    source = dataset_dir / "briefing.json"
    data = json.loads(source.read_text("utf-8"))
    data["title"] = "长" * 3_000_000  # 9 MB of UTF-8
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    [problem] = raised.value.problems
    assert problem.path == "$.title"
    assert "at most 200 characters" in str(problem)
    assert len(str(problem)) < 1000  # the title is quoted, not printed


def write_9800_bad_figures(dataset_dir: Path) -> None:
    """Within every limit (49 sections of 200 figures), each figure's value a string."""
    source = dataset_dir / "briefing.json"
    data = json.loads(source.read_text("utf-8"))
    figure = {"label": "x", "value": "x", "unit": ""}
    data["sections"] = [
        {**data["sections"][0], "id": f"s{s}", "cards": [], "charts": [], "images": []}
        for s in range(49)
    ]
    for s, section in enumerate(data["sections"]):
        section["figures"] = [{"id": f"f{s}-{i}", **figure} for i in range(200)]
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_9800_bad_figures_list_200_and_count_the_rest(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The schema's problems are listed up to 200, then one line counts the others."""
    write_9800_bad_figures(dataset_dir)
    assert main(["validate", "--lang", "en", str(dataset_dir)]) == 1
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[-1].endswith("$: and 9,600 more problems, not listed")
    assert "invalid dataset: 9800 problems" in out.err


def test_a_million_numbers_under_an_unknown_key_are_one_problem(dataset_dir: Path) -> None:
    source = dataset_dir / "briefing.json"
    data = json.loads(source.read_text("utf-8"))
    data["lead"]["extra"] = [0] * 1_000_000
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    [problem] = raised.value.problems
    assert problem.path == "$.lead.extra"
    assert "unknown key 'extra'" in str(problem)


def test_the_viewer_counts_every_problem_and_lists_200(
    dataset_dir: Path, make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    write_9800_bad_figures(dataset_dir)
    assert window.open_path(dataset_dir) is False
    box = window.message
    qtbot.waitUntil(box.isVisible)
    assert "共 9800 处问题" in box.text(), "every problem counted, not the 201 lines listed"
    lines = box.detailedText().splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert "9,600" in lines[-1], "the last line counts the problems not listed"
    box.close()
