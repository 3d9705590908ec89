"""Exported file names from hostile or long titles (issue 14, cases 5, 6 and 8): visible
characters only, short enough for the file system in bytes, apart after shortening, and
temporary names short whatever the final one."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from briefing.model import Dataset, load_dataset
from briefing.render.everything import export_all
from briefing.render.files import MAX_NAME_BYTES, ImageOptions, safe_file_name, write_atomically

INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def visible_and_short(name: str) -> bool:
    return (
        all(unicodedata.category(c) not in INVISIBLE for c in name)
        and not set(name) & set('<>:"/\\|?*')
        and name == name.strip(" .")
        and len(name.encode()) <= MAX_NAME_BYTES
    )


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("\u202egnp.exe\u200b人才资金", "gnp.exe人才资金"),  # shown as 人才资金exe.png before
        ("人才\u2066资金\u2069\u200d", "人才资金"),
        ("第一行\n第二行\t第三\u2028段", "第一行 第二行 第三 段"),
        ('a<b>c:d"e/f\\g|h?i*', "a_b_c_d_e_f_g_h_i_"),
        ("标题。. . ", "标题。"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("COM1", "_COM1"),
        ("\u200b\u202e", "chart"),
    ],
)
def test_a_file_name_is_made_of_visible_characters_only(title: str, name: str) -> None:
    assert safe_file_name(title) == name
    assert visible_and_short(name)


def test_a_long_title_is_shortened_in_bytes_and_names_stay_apart() -> None:
    titles = ["人" * 100 + "甲", "人" * 100 + "乙", "A" * 300, "e\u0301" * 200]
    names = [safe_file_name(title) for title in titles]
    assert all(visible_and_short(name) for name in names), names
    assert len(set(names)) == len(names)
    assert names[0].startswith("人" * 40)
    assert unicodedata.category(names[3][-8]) != "Mn" or names[3][-9] == "e"


def exported_with(dataset_dir: Path, edit: Callable[[dict[str, Any]], None]) -> Dataset:
    source = dataset_dir / "briefing.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    edit(data)
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return load_dataset(dataset_dir)


@pytest.mark.parametrize(
    "title", ["\u202egnp.exe\u200b人才资金", "人" * 100, "资" * 78, "A" * 200, "CON"]
)
def test_an_export_with_a_hostile_or_long_chart_title_writes_safe_names(
    qapp: object, dataset_dir: Path, tmp_path: Path, title: str
) -> None:
    def retitle(data: dict[str, Any]) -> None:
        data["sections"][0]["charts"][0]["title"] = title

    dataset = exported_with(dataset_dir, retitle)
    out = tmp_path / "out"
    written = export_all(dataset, out, ["png", "csv"], ImageOptions(320, 180))
    on_disk = sorted(path for path in out.rglob("*") if path.is_file())
    assert on_disk == sorted(written)  # no temporary file left beside them
    first = next(path for path in written if path.name.startswith("01-"))
    assert visible_and_short(first.stem[3:])
    assert first.stem[3:] == safe_file_name(title)


def test_a_long_briefing_title_keeps_the_slides_and_the_handout_apart(
    qapp: object, dataset_dir: Path, tmp_path: Path
) -> None:
    article = (dataset_dir / "article.txt").read_text(encoding="utf-8")
    longest = max(article.splitlines(), key=len)[:200]  # the title is quoted from the article

    def retitle(data: dict[str, Any]) -> None:
        data["title"] = longest

    dataset = exported_with(dataset_dir, retitle)
    written = export_all(dataset, tmp_path / "out", ["pdf", "handout"], ImageOptions(320, 180))
    assert len({path.name for path in written}) == 2
    assert all(len(path.name.encode()) <= 255 for path in written)


def test_the_temporary_name_is_short_whatever_the_final_one(tmp_path: Path) -> None:
    final = tmp_path / ("资" * 83 + ".png")  # 253 bytes: a valid name
    seen: list[str] = []

    def write(file: BinaryIO) -> None:
        seen.extend(path.name for path in tmp_path.iterdir())
        file.write(b"data")

    write_atomically(final, write)
    [temporary] = seen
    assert len(temporary.encode()) <= 60
    assert temporary.startswith(".资")
    assert [path.name for path in tmp_path.iterdir()] == [final.name]
    assert final.read_bytes() == b"data"
