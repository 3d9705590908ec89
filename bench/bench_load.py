"""How long loading and checking a briefing takes, against baselines from the same run.

- in process: ``load_dataset`` (read, parse, validate, check every quote, derivation and image)
  against a bare ``json.loads`` of the same file, for the bundled briefing and for it repeated
  4, 16 and 64 times (its sections under new ids, written to disk with its article and
  pictures): the goal is a ratio that stays flat as the briefing grows (linear growth);
- refusals: a briefing past each limit of the format (100,000 cards in a section, 100,000
  naming one figure, 501 sections, a million items where two belong, 100,000 bad figures, a
  5 MB article with 9,000 quotes that are not in it), each against ``json.loads`` of its file:
  the goal is a refusal within a second or two;
- quotes that are not whole sentences (10,000 of them, half printed as part of a sentence, half
  not printed) against an article of 1,000 … 64,000 lines: ``Article`` finding them by its
  index against reading the article whole for each (as before it had one), and the ratio to
  the 1,000-line article: the goal is flat (linear in article + quotes);
- as a command: ``briefing validate`` against a bare ``python -c pass``.

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from briefing.model import DatasetError, load_dataset
from briefing.model import article as article_module
from briefing.model.article import Article, normal_form
from briefing.model.schema import Briefing
from briefing.resources import bundled_dataset
from scaled import write_scaled  # bench/scaled.py, beside this script
from timing import median_ms, medians_in_turn  # bench/timing.py, beside this script

TIMES = (1, 4, 16, 64)


def dumped(data: Any) -> str:
    """JSON text with every Decimal written as its exact digits (json writes no Decimal)."""

    def marked(value: Any) -> Any:
        if isinstance(value, Decimal):
            return "\0D" + format(value, "f")
        if isinstance(value, dict):
            return {key: marked(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [marked(item) for item in value]
        return value

    text = json.dumps(marked(data), ensure_ascii=False, indent=1)
    return re.sub(r'"\\u0000D([-0-9.]+)"', r"\1", text)


def write_dataset(folder: Path, briefing: Briefing | dict[str, Any]) -> Path:
    """A dataset folder holding the bundled article and pictures and this briefing.json."""
    shutil.copytree(bundled_dataset(), folder)
    data = briefing if isinstance(briefing, dict) else briefing.model_dump(exclude_defaults=True)
    source = folder / "briefing.json"
    source.chmod(0o644)
    source.write_text(dumped(data), encoding="utf-8")
    return folder


def write_repeated(folder: Path, times: int) -> Path:
    """The bundled briefing with its sections repeated ``times`` times, as a dataset on disk
    (64 times: 192 sections, 4,354 figures, 1,730 cards, 704 charts)."""
    return write_scaled(folder, times)


def _bundled() -> dict[str, Any]:
    text = (bundled_dataset() / "briefing.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text, parse_float=Decimal)
    return data


def _cards(data: dict[str, Any], same: bool) -> None:
    section = data["sections"][0]
    if same:
        section["cards"] = [section["figures"][0]["id"]] * 100_000
        return
    figure = {"label": "x", "value": 1, "unit": "", "quote": "x"}
    section["figures"] = [{"id": f"f{i}", **figure} for i in range(100_000)]
    section["cards"] = [f"f{i}" for i in range(100_000)]


def _bad_figures(data: dict[str, Any]) -> None:
    figure = {"label": "x", "value": "x", "unit": ""}
    data["sections"][0]["figures"] = [{"id": f"f{i}", **figure} for i in range(100_000)]


def _quotes_not_in_a_large_article(folder: Path) -> None:
    """A 5 MB article and 9,000 figures quoting sentences it does not hold."""
    article = folder / "article.txt"
    filler = "".join(
        f"全市第{n}项工作稳步推进，各项指标保持平稳增长态势。\n" for n in range(65_000)
    )
    article.write_text(article.read_text("utf-8") + filler, encoding="utf-8")
    data = _bundled()
    for block in range(9):
        figures = [
            {"id": f"q-{block}-{i}", "label": "x", "value": i, "unit": "个", "quote": f"无{i}个。"}
            for i in range(1000)
        ]
        data["sections"].append({**data["sections"][0], "id": f"big-{block}", "cards": []})
        data["sections"][-1]["figures"] = figures
        data["sections"][-1]["charts"] = []
    (folder / "briefing.json").write_text(dumped(data), encoding="utf-8")


def refusals(root: Path) -> dict[str, Path]:
    """A dataset past each limit, by what it holds."""
    edits: dict[str, Callable[[dict[str, Any]], None]] = {
        "100,000 cards in a section": lambda data: _cards(data, same=False),
        "100,000 cards naming one figure": lambda data: _cards(data, same=True),
        "501 sections": lambda data: data.update(sections=data["sections"] * 167),
        "a heading of 1,000,000 parts": lambda data: data["sections"][0].update(
            heading=["一"] * 1_000_000
        ),
        "100,000 figures of bad values": _bad_figures,
    }
    found = {}
    for number, (name, edit) in enumerate(edits.items()):
        data = _bundled()
        edit(data)
        found[name] = write_dataset(root / f"refused-{number}", data)
    folder = write_dataset(root / "refused-quotes", _bundled())
    _quotes_not_in_a_large_article(folder)
    found["9,000 quotes not in a 5 MB article"] = folder
    return found


def _load_or_refuse(folder: Path) -> None:
    normal_form.cache_clear()  # as a fresh process loads it: no quote seen before
    with contextlib.suppress(DatasetError):
        load_dataset(folder)


def _pair(folder: Path, runs: int) -> tuple[float, float]:
    source = folder / "briefing.json"
    medians = medians_in_turn(
        {
            "json": lambda: median_ms(lambda: json.loads(source.read_bytes()), 1),
            "load": lambda: median_ms(lambda: _load_or_refuse(folder), 1),
        },
        runs,
    )
    return medians["json"], medians["load"]


def scaling(root: Path) -> None:
    print("load_dataset as the briefing grows, against json.loads of the same file")
    print(f"  {'briefing':10} {'MB':>6} {'json.loads':>11} {'load_dataset':>13} {'ratio':>6}")
    first = None
    for times in TIMES:
        folder = write_repeated(root / f"x{times}", times)
        size = (folder / "briefing.json").stat().st_size / 1e6
        baseline, loaded = _pair(folder, 5 if times < 64 else 3)
        first = first or loaded
        print(
            f"  {times:>3}x{'':6} {size:6.1f} {baseline:9.1f} ms {loaded:10.1f} ms "
            f"{loaded / baseline:6.1f}x   ({loaded / first:5.1f}x the 1x load)"
        )


def refused(root: Path) -> None:
    print("refused at a limit, against json.loads of the same file")
    for name, folder in refusals(root).items():
        baseline, loaded = _pair(folder, 3)
        try:
            load_dataset(folder)
            said = "accepted!"
        except DatasetError as error:
            said = f"{error.count} problems"
        print(f"  {name:36} {baseline:7.1f} ms {loaded:8.1f} ms {loaded / baseline:6.1f}x  {said}")


def _find_quotes(raw: str, quotes: list[str], indexed: bool) -> None:
    normal_form.cache_clear()
    default = article_module._INDEX_AFTER
    article_module._INDEX_AFTER = default if indexed else 10**30  # never indexed: read whole
    try:
        article = Article(raw)
        for quote in quotes:
            if article.contains(quote):
                article.sentence_places(quote)
    finally:
        article_module._INDEX_AFTER = default


def _whole_and_indexed(raw: str, wanted: list[str]) -> dict[str, float]:
    return medians_in_turn(
        {
            "whole": lambda: median_ms(lambda: _find_quotes(raw, wanted, False), 1),
            "indexed": lambda: median_ms(lambda: _find_quotes(raw, wanted, True), 1),
        },
        3,
    )


def quotes() -> None:
    print("10,000 quotes that are not whole sentences, by the article's length")
    print(f"  {'lines':>7} {'MB':>5} {'read whole':>11} {'indexed':>10} {'ratio':>6}")
    first = None
    for lines in (1_000, 4_000, 16_000, 64_000):
        raw = "".join(
            f"全市第{n}项工作稳步推进，各项指标保持平稳增长态势。\n" for n in range(lines)
        )
        step = max(1, lines // 5000)
        wanted = [f"第{n}项工作稳步推进" for n in range(0, lines, step)][:5000]
        wanted += [f"无{n}项工作" for n in range(10_000 - len(wanted))]
        medians = _whole_and_indexed(raw, wanted)
        first = first or medians["indexed"]
        print(
            f"  {lines:>7} {len(raw.encode()) / 1e6:5.1f} {medians['whole']:8.0f} ms "
            f"{medians['indexed']:7.0f} ms {medians['whole'] / medians['indexed']:5.1f}x"
            f"   ({medians['indexed'] / first:5.1f}x the 1,000-line article)"
        )


def command() -> None:
    script = Path(sys.executable).with_name("briefing")
    bare = median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 9)
    validate = median_ms(
        lambda: subprocess.run([script, "validate"], check=True, capture_output=True), 9
    )
    print(f"python -c pass                   {bare:8.1f} ms  (baseline)")
    print(f"briefing validate                {validate:8.1f} ms  ({validate / bare:.1f}x)")


def main() -> None:
    load_dataset(bundled_dataset())  # warm the imports and the file cache
    with tempfile.TemporaryDirectory(prefix="bench-load-") as folder:
        scaling(Path(folder))
        refused(Path(folder))
    quotes()
    command()


if __name__ == "__main__":
    main()
