"""How long `briefing draft` takes, against baselines measured in the same run, and how the
cost grows with the article (the bundled article, 4,260 characters, repeated 1×, 3× — past
10,000 characters — 4× and 16×).

- ``draft_text``: the text read into sections, paragraphs, figures, cards and charts;
- ``draft + write``: that, written to a folder and checked there by ``load_dataset`` (what
  the command does);
- baselines: decoding the text and cutting it into sentences (the least any drafting does),
  and ``load_dataset`` of the bundled, hand-made dataset;
- one long sentence (全年增长3.5%， 1,000, 4,000 and 16,000 times, then 全年新增就业3.6万人
  the same): ``draft_text`` grows in proportion to it, never with its square.

Run with ``make bench``. Prints medians and ratios; asserts nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path

from briefing.authoring import decode_article, draft_text, write_draft
from briefing.authoring.text import sentences
from briefing.model import load_dataset
from briefing.resources import bundled_dataset
from timing import median_ms  # bench/timing.py, beside this script


def split(data: bytes) -> int:
    text = decode_article(data)
    return sum(len(sentences(line)) for line in text.split("\n") if line.strip())


def draft_only(data: bytes) -> None:
    draft_text(decode_article(data))


def draft_and_write(data: bytes, scratch: Path) -> None:
    out = scratch / "out"
    shutil.rmtree(out, ignore_errors=True)
    write_draft(draft_text(decode_article(data)), out)


def main() -> None:
    folder = bundled_dataset()
    article = (folder / "article.txt").read_bytes()
    load_dataset(folder)  # warm the imports and the file cache
    loaded = median_ms(lambda: load_dataset(folder), 30)
    print(f"load_dataset, bundled dataset            {loaded:8.2f} ms  (baseline)")
    with tempfile.TemporaryDirectory() as scratch:
        for times in (1, 3, 4, 16):
            data = b"\n".join([article] * times)
            size = len(decode_article(data))
            runs = 15 if times < 16 else 5
            base = median_ms(partial(split, data), runs)
            drafted = median_ms(partial(draft_only, data), runs)
            whole = median_ms(partial(draft_and_write, data, Path(scratch)), runs)
            print(
                f"{times:2d}x ({size:6d} characters): read+split {base:7.2f} ms | "
                f"draft_text {drafted:8.1f} ms ({drafted / base:5.1f}x split) | "
                f"draft + write {whole:8.1f} ms ({whole / loaded:5.1f}x load_dataset)"
            )
    long_sentences()


def one_sentence(clause: str, times: int) -> str:
    return f"标题\n一、综合\n{clause * times}。\n"


def long_sentences() -> None:
    for clause in ("全年增长3.5%，", "全年新增就业3.6万人"):
        first = None
        for times in (1000, 4000, 16000):
            text = one_sentence(clause, times)
            drafted = median_ms(partial(draft_text, text), 5 if times < 16000 else 3)
            first = first or drafted
            print(
                f"one sentence, {clause} x{times:5d} ({len(text):6d} characters): "
                f"draft_text {drafted:8.1f} ms ({drafted / first:5.1f}x the 1,000)"
            )


if __name__ == "__main__":
    main()
