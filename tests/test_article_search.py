"""Finding quotes in the article by its index of three-character runs gives exactly the answers
of reading it whole (``in``, ``find``, ``rfind``), whatever the article and the quotes."""

from __future__ import annotations

from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.model import article as article_module
from briefing.model.article import Article, normal_form

# Few characters, so that quotes are often printed, often several times, across sentences,
# lines and the white space and punctuation widths a quote may print otherwise.
_ALPHABET = '一二三亿元，,。.！？!?“”"（）() 　\n\r12ab单位：:万'
_TEXTS = st.text(_ALPHABET, max_size=300)


@st.composite
def articles_and_quotes(draw: st.DrawFn) -> tuple[str, list[str]]:
    """An article and quotes of it: pieces cut from it (so printed there, or nearly) and
    made-up ones, short (under three characters) and long."""
    raw = draw(_TEXTS)
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        start = draw(st.integers(0, len(raw)))
        end = draw(st.integers(start, min(len(raw), start + 40)))
        pieces.append(raw[start:end])
    made_up = draw(st.lists(st.text(_ALPHABET, max_size=12), max_size=4))
    return raw, pieces + made_up


def _old_contains(article: Article, passage: str) -> bool:
    return normal_form(passage) in article.passage.normal


def _old_heads(article: Article, header: str, passage: str) -> bool:
    normal = article.passage.normal
    at = normal.find(normal_form(passage))
    wanted = normal_form(header)
    above = normal.rfind(wanted, 0, at) if at >= 0 else -1
    unit = article_module._UNIT_HEADER
    return above >= 0 and unit.search(normal, above + len(wanted), at) is None


def _old_places(article: Article, passage: str) -> Literal["sentence", "part", "too often"]:
    wanted = normal_form(passage)
    if article._as_sentences(wanted):
        return "sentence"
    normal, ends = article.passage.normal, article.normal_boundaries
    start = normal.find(wanted)
    for _ in range(article_module.MAX_PLACES):
        if start == -1:
            return "part"
        if start in ends and start + len(wanted) in ends:
            return "sentence"
        start = normal.find(wanted, start + 1)
    return "too often" if start != -1 else "part"


@pytest.mark.parametrize("candidates", [4096, 3])  # 3: passages of common runs read whole
@settings(deadline=None, max_examples=300)
@given(case=articles_and_quotes())
def test_the_index_answers_as_reading_the_article_whole(
    case: tuple[str, list[str]], candidates: int
) -> None:
    raw, quotes = case
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_module, "_INDEX_AFTER", 0)  # indexed at the first quote
        patch.setattr(article_module, "_CANDIDATES", candidates)
        patch.setattr(article_module, "MAX_PLACES", 3)  # "too often" within a short text
        article = Article(raw)
        for quote in quotes:
            assert article.contains(quote) == _old_contains(article, quote), quote
            assert article.sentence_places(quote) == _old_places(article, quote), quote
            for header in quotes:
                assert article.heads(header, quote) == _old_heads(article, header, quote)


def test_an_indexed_article_finds_a_quote_printed_anywhere_in_it() -> None:
    raw = "".join(f"第{n}项工作稳步推进，各项指标保持平稳增长态势。\n" for n in range(3000))
    article = Article(raw + "单位：万元\n全年完成投资12亿元。")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_module, "_INDEX_AFTER", 0)
        assert article.contains("第2999项工作")
        assert not article.contains("第3000项工作")
        assert article.contains("投资12亿元")  # past the last run of three: the text's end
        assert article.contains("元。")
        assert article.sentence_places("第17项工作稳步推进，") == "part"
        assert article.sentence_places("各项指标保持平稳增长态势。") == "too often"
        assert article.heads("单位：万元", "完成投资12亿元")
        assert not article.heads("单位：万元", "第12项工作")
