"""The PowerPoint / WPS deck, read back with python-pptx: one slide per slide of the show, native
charts holding the dataset's numbers, every card's words, the notes, the source; written safely."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pptx import Presentation
from pptx.oxml.ns import qn
from pptx.util import Emu
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from briefing.fonts import FONT_FAMILY
from briefing.model import Dataset, figure_parts, load_dataset
from briefing.model.formatting import APPROXIMATE, change_text, plotted_value, source_line
from briefing.model.slides import build_slides, slide_notes
from briefing.render.everything import export_all
from briefing.render.files import ExportCancelled, ExportError, ImageOptions
from briefing.render.pptx import briefing_pptx
from briefing.resources import bundled_dataset
from tests.notes_data import (
    CARD,
    CARD_NOTES,
    CHART,
    CHART_NOTES,
    IMAGE,
    IMAGE_NOTES,
    dataset_with_own_notes,
)


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


@pytest.mark.parametrize("name", ["parts-and-years", "twelve-ranks", "twelve-categories"])
def test_every_kind_of_chart_is_native(tmp_path: Path, name: str) -> None:
    """Composition and time series (not in the bundled briefing), ranks, many categories."""
    from pptx.enum.chart import XL_CHART_TYPE

    from tests.shapes import SHAPES, write_shape

    dataset = load_dataset(write_shape(tmp_path / name, SHAPES[name]))
    deck = Presentation(io.BytesIO(briefing_pptx(dataset)))
    figures = dataset.briefing.figures()
    expected_type = {
        "composition": (XL_CHART_TYPE.BAR_STACKED_100, XL_CHART_TYPE.BAR_STACKED),
        "time_series": (XL_CHART_TYPE.COLUMN_CLUSTERED,),
        "rank_change": (XL_CHART_TYPE.LINE_MARKERS,),
        "bars": (XL_CHART_TYPE.COLUMN_CLUSTERED,),
        "grouped_bars": (XL_CHART_TYPE.COLUMN_CLUSTERED,),
        "horizontal_bars": (XL_CHART_TYPE.BAR_CLUSTERED,),
    }
    slides = build_slides(dataset.briefing)
    assert len(deck.slides) == len(slides)
    for slide, page in zip(slides, deck.slides, strict=True):
        if slide.kind != "chart":
            continue
        chart = dataset.briefing.chart(slide.chart or "")
        native = next(shape for shape in page.shapes if shape.has_chart).chart
        assert native.chart_type in expected_type[chart.kind]
        table = [[float(plotted_value(figures[v])) for v in s.values] for s in chart.series]
        if chart.kind == "composition":  # its parts stacked in one bar per series
            assert list(native.plots[0].categories) == [s.name for s in chart.series]
            assert [s.name for s in native.series] == chart.categories
            table = [list(column) for column in zip(*table, strict=True)]
        else:
            assert list(native.plots[0].categories) == chart.categories
        assert [list(drawn.values) for drawn in native.series] == table


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


def test_value_labels_print_the_figure_as_shown(deck: Any, dataset: Dataset) -> None:
    """A label keeps the article's decimals and marks an approximation (约1.00, not 1); the
    other points of its series still show their values."""
    slides = build_slides(dataset.briefing)
    index = next(i for i, s in enumerate(slides) if s.chart == "s1-funds")
    native = next(shape for shape in deck.slides[index].shapes if shape.has_chart).chart
    derived = native.series[0]  # 2023年（推算）: 1.00 and 9.9, both approximate
    codes = [
        derived.points[i].data_label._dLbl.find(qn("c:numFmt")).get("formatCode") for i in range(2)
    ]
    assert codes == ['"约"0.00', '"约"0.0']
    assert derived.data_labels.show_value
    assert native.plots[0].data_labels.show_value  # 2024年: as General prints them


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


def test_each_slide_has_its_notes_in_the_notes_pane(deck: Any, dataset: Dataset) -> None:
    briefing = dataset.briefing
    for slide, page in zip(build_slides(briefing), deck.slides, strict=True):
        notes = slide_notes(briefing, slide)
        assert page.has_notes_slide == bool(notes.lines)
        if notes.lines:
            assert page.notes_slide.notes_text_frame.text == "\n".join(notes.lines)
        if slide.section is not None and notes.lines:
            # The bundled briefing gives notes per section only.
            assert notes.lines == tuple(briefing.sections[slide.section].notes)


def test_a_slides_own_notes_replace_its_sections(dataset: Dataset) -> None:
    own = dataset_with_own_notes(dataset)
    deck = Presentation(io.BytesIO(briefing_pptx(own)))
    by_kind: dict[str, str] = {}
    for slide, page in zip(build_slides(own.briefing), deck.slides, strict=True):
        text = page.notes_slide.notes_text_frame.text if page.has_notes_slide else ""
        if slide.chart == CHART:
            by_kind["chart"] = text
        elif slide.image == IMAGE:
            by_kind["image"] = text
        elif CARD in slide.figures:
            by_kind["cards"] = text
        elif slide.kind == "chart" and slide.section == 1:
            by_kind["other chart"] = text
    assert by_kind["chart"] == "\n".join(CHART_NOTES)
    assert by_kind["image"] == "\n".join(IMAGE_NOTES)
    assert by_kind["cards"] == "\n".join(CARD_NOTES)
    assert by_kind["other chart"] == "\n".join(own.briefing.sections[1].notes)


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


def test_the_export_writes_it_safely(tmp_path: Path, dataset: Dataset) -> None:
    (path,) = export_all(dataset, tmp_path, ["pptx"], ImageOptions())
    assert path.suffix == ".pptx"
    assert len(Presentation(str(path)).slides) == len(build_slides(dataset.briefing))
    path.write_bytes(b"mine")
    with pytest.raises(ExportError, match="已存在"):
        export_all(dataset, tmp_path, ["pptx"], ImageOptions())
    assert path.read_bytes() == b"mine"
    export_all(dataset, tmp_path, ["pptx"], ImageOptions(), force=True)
    assert path.read_bytes() != b"mine"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_cancel_half_way_leaves_nothing(tmp_path: Path, dataset: Dataset) -> None:
    calls: list[str] = []

    def cancel_at_the_fifth_slide(name: str, _done: int, _total: int) -> bool:
        calls.append(name)  # the file's name first, then once for each slide
        return len(calls) < 6

    with pytest.raises(ExportCancelled):
        export_all(dataset, tmp_path, ["pptx"], ImageOptions(), progress=cancel_at_the_fifth_slide)
    assert len(calls) == 6
    assert list(tmp_path.iterdir()) == []


def test_briefing_export_format_pptx(tmp_path: Path, dataset: Dataset) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    command = [sys.executable, "-m", "briefing", "export", "--out", str(tmp_path)]
    result = subprocess.run(
        [*command, "--format", "pptx"], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    (printed,) = result.stdout.splitlines()
    assert Path(printed).suffix == ".pptx"
    assert len(Presentation(printed).slides) == len(build_slides(dataset.briefing))
    again = subprocess.run(
        [*command, "--format", "pptx"], capture_output=True, text=True, env=env, check=False
    )
    assert again.returncode == 1
    assert "已存在" in again.stderr
    helped = subprocess.run(
        [*command, "--help"], capture_output=True, text=True, env=env, check=False
    )
    assert "pptx" in helped.stdout


def test_the_export_dialog_writes_the_deck(
    make_window: Callable[..., Any], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    window.export_briefing()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind == "pptx")
    dialog.folder.setText(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.pptx")), timeout=60000)
    qtbot.waitUntil(window.message_box.isVisible, timeout=60000)
    assert window.message_box.objectName() == "export-message"
    (deck,) = tmp_path.glob("*.pptx")
    assert Presentation(str(deck)).slides


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
