"""The PowerPoint / WPS deck, read back with python-pptx: one slide per slide of the show, native
charts holding the dataset's numbers, every card's words, the notes, the source; written safely."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu
from pypdf import PdfReader

from briefing.fonts import FONT_FAMILY
from briefing.model import Dataset, figure_parts, load_dataset
from briefing.model.formatting import APPROXIMATE, change_text, plotted_value, source_line
from briefing.model.slides import build_slides
from briefing.render.pptx import briefing_pptx
from briefing.resources import bundled_dataset


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


@pytest.fixture(scope="module")
def deck_bytes(dataset: Dataset) -> bytes:
    return briefing_pptx(dataset)


@pytest.fixture(scope="module")
def deck(deck_bytes: bytes) -> Any:
    return Presentation(io.BytesIO(deck_bytes))


def slide_text(page: Any) -> list[str]:
    return [shape.text_frame.text for shape in page.shapes if shape.has_text_frame]


def test_one_16_9_slide_per_slide_of_the_show(deck: Any, dataset: Dataset) -> None:
    assert len(deck.slides) == len(build_slides(dataset.briefing))
    assert deck.slide_width * 9 == deck.slide_height * 16


def test_every_chart_is_native_with_the_datasets_numbers(deck: Any, dataset: Dataset) -> None:
    briefing = dataset.briefing
    figures = briefing.figures()
    slides = build_slides(briefing)
    charted = 0
    for slide, page in zip(slides, deck.slides, strict=True):
        if slide.kind != "chart":
            continue
        chart = briefing.chart(slide.chart or "")
        (frame,) = [shape for shape in page.shapes if shape.has_chart]
        native = frame.chart
        assert list(native.plots[0].categories) == chart.categories
        assert [s.name for s in native.series] == [s.name for s in chart.series]
        for drawn, series in zip(native.series, chart.series, strict=True):
            expected = [float(plotted_value(figures[value])) for value in series.values]
            assert list(drawn.values) == expected
        assert native.plots[0].has_data_labels
        charted += 1
    assert charted == len(briefing.charts())


def test_derived_values_have_a_lighter_fill_and_the_note(deck: Any, dataset: Dataset) -> None:
    briefing = dataset.briefing
    figures = briefing.figures()
    slides = build_slides(briefing)
    seen = 0
    for slide, page in zip(slides, deck.slides, strict=True):
        if slide.kind != "chart":
            continue
        chart = briefing.chart(slide.chart or "")
        native = next(shape for shape in page.shapes if shape.has_chart).chart
        rank = chart.kind == "rank_change"
        for drawn, series in zip(native.series, chart.series, strict=True):
            for index, figure_id in enumerate(series.values):
                point = drawn.points[index]
                fill = point.marker.format.fill if rank else point.format.fill
                own = drawn.marker.format.fill if rank else drawn.format.fill
                derived = figures[figure_id].derived is not None
                if derived:
                    assert fill.fore_color.rgb != own.fore_color.rgb
                    seen += 1
        if any(figures[v].derived for s in chart.series for v in s.values):
            assert any("推算" in text for text in slide_text(page)), chart.id
    assert seen > 0


def test_every_card_is_on_its_slide(deck: Any, dataset: Dataset) -> None:
    briefing = dataset.briefing
    slides = build_slides(briefing)
    cards = 0
    for slide, page in zip(slides, deck.slides, strict=True):
        text = "\n".join(slide_text(page))
        for figure_id in slide.figures:
            figure = briefing.figure(figure_id)
            before, number, after = figure_parts(figure)
            if figure.derived is not None and figure.derived.approximate:
                before = APPROXIMATE + before
            assert figure.label in text
            assert before + number + after in text
            shown = change_text(figure)
            if shown is not None and figure.value is not None:
                assert shown[0] in text
            cards += 1
    assert cards == sum(len(block.cards) for _, block in briefing.blocks())


def test_the_section_notes_are_in_the_notes_pane(deck: Any, dataset: Dataset) -> None:
    briefing = dataset.briefing
    for slide, page in zip(build_slides(briefing), deck.slides, strict=True):
        if slide.section is None:
            continue
        notes = briefing.sections[slide.section].notes
        assert page.has_notes_slide == bool(notes)
        if notes:
            assert page.notes_slide.notes_text_frame.text == "\n".join(notes)


def test_the_source_line_is_on_every_slide(deck: Any, dataset: Dataset) -> None:
    source = source_line(dataset.briefing)
    for page in deck.slides:
        assert source in slide_text(page)


def test_text_names_the_bundled_font_for_chinese(deck: Any) -> None:
    for page in deck.slides:
        for shape in page.shapes:
            if not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                for run in paragraph.runs:
                    east_asian = run._r.rPr.find(qn("a:ea"))
                    assert east_asian is not None
                    assert east_asian.get("typeface") == FONT_FAMILY
                    assert east_asian.get("charset") == "-122"  # substituted by a Chinese font


def test_pictures_are_on_their_slides_inside_the_slide(deck: Any, dataset: Dataset) -> None:
    pictures = 0
    for slide, page in zip(build_slides(dataset.briefing), deck.slides, strict=True):
        if slide.kind != "image":
            continue
        image = dataset.briefing.image(slide.image or "")
        (picture,) = [shape for shape in page.shapes if shape.shape_type == 13]  # PICTURE
        assert picture.image.content_type == "image/png"
        assert picture.left >= 0
        assert picture.left + picture.width <= deck.slide_width
        assert image.caption in "\n".join(slide_text(page))
        pictures += 1
    assert pictures == sum(len(block.images) for _, block in dataset.briefing.blocks())


def test_everything_on_a_slide_stays_on_it(deck: Any) -> None:
    for page in deck.slides:
        for shape in page.shapes:
            assert shape.left >= 0
            assert shape.top >= 0
            assert shape.left + shape.width <= deck.slide_width
            assert shape.top + shape.height <= deck.slide_height + Emu(1)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_renders_every_slide(
    tmp_path: Path, deck_bytes: bytes, dataset: Dataset
) -> None:
    path = tmp_path / "deck.pptx"
    path.write_bytes(deck_bytes)
    result = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True, text=True, check=False, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The pages themselves were looked at; the text LibreOffice writes with a fallback font has
    # no reliable Unicode map, so only the pages are counted here.
    reader = PdfReader(tmp_path / "deck.pdf")
    assert len(reader.pages) == len(build_slides(dataset.briefing))
