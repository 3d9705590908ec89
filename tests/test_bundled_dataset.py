"""The bundled briefing holds every figure of the article, each traceable to its sentence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.model import Dataset, format_figure, load_dataset
from briefing.model.article import mentions
from briefing.model.formatting import change_token
from briefing.resources import bundled_dataset

SOURCE_ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "source" / "article.txt"

# Numbers in the article that are not figures: years, dates, names of policies and lists.
NOT_FIGURES = {
    "2024年": "a year",
    "(2025)": "the report's edition",
    "1月11日": "a date",
    "“双30条”": "the name of a policy",
    "“2.0版”": "the name of a policy version",
    "0477系列措施": "an area code used as a name",
    "“5个100”": "the name of a fund",
    "“1+2”": "the name of a programme",
    "排名前50中": "the size of a ranking list",
    "排名前100中": "the size of a ranking list",
    "2024最佳人才发展生态城市": "the name of an award",
}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


def test_bundled_article_is_the_source_unchanged(dataset: Dataset) -> None:
    if not SOURCE_ARTICLE.exists():
        pytest.skip("shared/source is not beside this checkout")
    assert dataset.article.raw == SOURCE_ARTICLE.read_text(encoding="utf-8")


def test_every_number_in_the_article_is_a_figure_or_named_as_not_one(dataset: Dataset) -> None:
    text = dataset.article.text
    covered = [False] * len(text)

    def cover(passage: str, start: int = 0, end: int | None = None) -> None:
        for match in re.finditer(re.escape(passage), text[start:end]):
            for index in range(start + match.start(), start + match.end()):
                covered[index] = True

    for figure in dataset.briefing.figures().values():
        if figure.quote is None:
            continue
        begin = text.index(figure.quote)
        cover(format_figure(figure), begin, begin + len(figure.quote))
        if figure.change:
            cover(change_token(figure.change, figure.unit), begin, begin + len(figure.quote))
    for passage in NOT_FIGURES:
        assert passage in text, passage
        cover(passage)
    missing = [
        text[max(0, m.start() - 12) : m.end() + 6]
        for m in re.finditer(r"[0-9]+(?:\.[0-9]+)?", text)
        if not all(covered[m.start() : m.end()])
    ]
    assert missing == [], "numbers of the article missing from the dataset"


def test_numbers_in_chinese_numerals_are_there_too(dataset: Dataset) -> None:
    printed = {figure.printed for figure in dataset.briefing.figures().values()}
    assert "五大类" in printed


def test_well_over_sixty_stated_figures_each_with_its_sentence(dataset: Dataset) -> None:
    figures = list(dataset.briefing.figures().values())
    stated = [f for f in figures if f.quote is not None]
    assert len(stated) > 60
    for figure in stated:
        assert figure.quote is not None
        assert figure.quote in dataset.article.text
        assert dataset.article.is_sentence(figure.quote)
        assert mentions(figure.quote, format_figure(figure))


def test_headline_figures_are_cards(dataset: Dataset) -> None:
    for section in dataset.briefing.sections:
        assert 6 <= len(section.cards) <= 10, section.id
    assert dataset.briefing.lead.cards == ["lead-best-ecosystem", "lead-attraction-rank"]
    shown = {
        format_figure(figure)
        for _, block in dataset.briefing.blocks()
        for figure in block.figures
        if figure.id in block.cards
    }
    for headline in (
        "2.96亿元",
        "12.32亿元",
        "3590人",
        "第33位",
        "51.3万人",
        "400余家",
        "突破330家",
    ):
        assert headline in shown


def test_derived_figures_say_so_and_are_recomputed(dataset: Dataset) -> None:
    figures = dataset.briefing.figures()
    derived = {f.id: f for f in figures.values() if f.derived is not None}
    assert str(derived["s1-talent-fund-2023"].value) == "1.00"
    assert derived["s2-prefecture-innovation-rank-before"].value == 43
    assert derived["s2-city-innovation-rank-before"].value == 84
    for figure in derived.values():
        assert figure.quote is None
        assert "推算" in figure.label


def test_each_section_has_charts_of_what_the_article_gives(dataset: Dataset) -> None:
    figures = dataset.briefing.figures()
    kinds = set()
    for section in dataset.briefing.sections:
        assert len(section.charts) >= 2, section.id
        for chart in section.charts:
            kinds.add(chart.kind)
            ids = [value for series in chart.series for value in series.values]
            if chart.kind == "grouped_bars":
                assert any(figures[i].derived for i in ids), "last year is derived"
    assert kinds == {"bars", "grouped_bars", "horizontal_bars", "rank_change"}


def test_five_captions_with_the_photographers_credit(dataset: Dataset) -> None:
    images = [image for _, block in dataset.briefing.blocks() for image in block.images]
    assert len(images) == 5
    for image in images:
        assert image.credit == "图/刘博仑"
        assert image.kind == "illustration"
        assert image.caption in dataset.article.text
        path, kind = dataset.image_file(image)
        assert path.suffix == ".svg"
        assert kind == "illustration"
        assert "<svg" in path.read_text(encoding="utf-8")


def test_a_photograph_dropped_in_by_name_replaces_its_illustration(dataset_dir: Path) -> None:
    folder = dataset_dir
    dataset = load_dataset(folder)
    image = dataset.briefing.lead.images[0]
    photo = (folder / image.file).with_suffix(".jpg")
    photo.write_bytes(b"\xff\xd8\xff\xe0")
    assert dataset.image_file(image) == (photo.resolve(), "photograph")


def test_sections_are_the_articles_three_in_order(dataset: Dataset) -> None:
    headings = [" ".join(section.heading) for section in dataset.briefing.sections]
    assert headings == [
        "强化“首位战略”设计 破解人才困局",
        "耦合“首抓成果”链条 打开科创格局",
        "推进“首先服务”优化 厚植生态新局",
    ]
    text = dataset.article.text
    for section in dataset.briefing.sections:
        assert section.notes, "speaker notes"
        # mended paragraphs: no word left broken by print
        assert all(paragraph in text for paragraph in section.paragraphs)
    paragraphs = [p for s in dataset.briefing.sections for p in s.paragraphs]
    assert any("打造人才友好型城市" in p for p in paragraphs)
    assert any("在研科技项目32项" in p for p in paragraphs)


def test_speaker_notes_only_use_figures_of_the_article(dataset: Dataset) -> None:
    text = dataset.article.text
    for name, block in dataset.briefing.blocks():
        # A section's notes, and those of its charts, pictures and cards.
        notes = [*getattr(block, "notes", [])]
        notes += [note for chart in block.charts for note in chart.notes]
        notes += [note for image in block.images for note in image.notes]
        notes += [note for figure in block.figures for note in figure.notes]
        for note in notes:
            for number in re.findall(r"[0-9]+(?:\.[0-9]+)?", note):
                assert number in text, (name, number)
