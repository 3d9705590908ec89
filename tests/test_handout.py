"""The A4 handout (File > 打印讲义…, ``briefing export --format handout``) and the slides on
paper (File > 打印幻灯片…): what a reader of the printed pages finds on them."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from briefing.model import Dataset, load_dataset
from briefing.model.formatting import format_number
from briefing.model.handout import card_rows, change_words, value_and_unit
from briefing.model.schema import Change, Figure
from briefing.render.handout._flow import Shape, paginate
from briefing.resources import bundled_dataset

A4_POINTS = (595.3, 841.9)


@pytest.fixture(scope="module")
def bundled() -> Dataset:
    return load_dataset(bundled_dataset())


@pytest.fixture(scope="module")
def handout(qapp: Any, bundled: Dataset) -> PdfReader:
    from briefing.render.handout import handout_pdf

    return PdfReader(io.BytesIO(handout_pdf(bundled)))


def _page_texts(reader: PdfReader) -> list[str]:
    # Text as a reader's search sees it: without the line breaks the layout put in.
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in reader.pages]


# -- the words ------------------------------------------------------------------------------


def _figure(**fields: Any) -> Figure:
    return Figure.model_validate({"id": "f", "label": "指标", "unit": "亿元", **fields})


@pytest.mark.parametrize(
    ("change", "unit", "words"),
    [
        ({"kind": "percent", "amount": 196}, "亿元", "较上年增长196%"),
        ({"kind": "percent", "amount": -2.3}, "亿元", "较上年下降2.3%"),
        ({"kind": "percent", "amount": 0}, "亿元", "较上年持平"),
        ({"kind": "absolute", "amount": -0.2, "unit": "个百分点"}, "%", "较上年下降0.2个百分点"),
        ({"kind": "absolute", "amount": 0.5, "unit": "个百分点"}, "%", "较上年提高0.5个百分点"),
        ({"kind": "absolute", "amount": 36}, "家", "较上年增加36家"),
        ({"kind": "places", "amount": -10, "unit": "位"}, "位", "较上年提升10位"),
        ({"kind": "places", "amount": 3, "unit": "位"}, "位", "较上年下降3位"),
        ({"kind": "multiple", "amount": 2, "printed": "翻了一番"}, "人", "较上年翻了一番"),
        ({"kind": "multiple", "amount": 2.5}, "人", "为上年的2.5倍"),
        ({"kind": "percent", "amount": 50, "since": "2020年"}, "家", "较2020年增长50%"),
    ],
)
def test_a_change_is_written_out_in_words(change: dict[str, Any], unit: str, words: str) -> None:
    # Paper has no colour and no arrows: the direction is a word, the base year is said.
    figure = _figure(value=1, unit=unit, change=change)
    assert change_words(figure) == words


def test_the_table_splits_value_and_unit_as_printed() -> None:
    assert value_and_unit(_figure(value=2.96)) == ("2.96", "亿元")
    assert value_and_unit(_figure(value=400, unit="家", qualifier="余")) == ("400余", "家")
    assert value_and_unit(_figure(value=5, unit="类", printed="五大类")) == ("五大类", "")
    assert value_and_unit(_figure(value=-2.1, unit="%")) == ("\u22122.1", "%")
    only_change = _figure(value=None, unit="%", change=Change(kind="percent", amount=3.6))
    assert value_and_unit(only_change) == ("", "")


def test_every_card_of_the_bundled_briefing_is_a_row_with_its_sentence(bundled: Dataset) -> None:
    briefing = bundled.briefing
    figures = briefing.figures()
    for _name, block in briefing.blocks():
        rows, sources = card_rows(block, figures)
        assert [row.label for row in rows] == [figures[f].label for f in block.cards]
        by_number = {entry.number: entry.sentence for entry in sources}
        for row, figure_id in zip(rows, block.cards, strict=True):
            figure = figures[figure_id]
            assert by_number[row.source] == figure.quote
            if figure.value is not None:
                assert format_number(figure.value) in (row.value + row.unit).replace(",", "")


# -- pages ----------------------------------------------------------------------------------


def test_a_heading_never_ends_a_page_and_a_chart_is_never_cut() -> None:
    body = 100.0
    blocks = [
        Shape((60,)),  # text
        Shape((20,), keep_with_next=True),  # a heading with 20 left below it…
        Shape((50,)),  # …and a chart that does not fit there
    ]
    pages = paginate(blocks, body)
    assert [[p.block for p in page] for page in pages] == [[0], [1, 2]]


def test_a_table_breaks_between_rows_and_keeps_two_rows_either_side() -> None:
    table = Shape((10,) * 6, header=10, min_first=2, min_last=2)
    pages = paginate([Shape((55,)), table], 100.0)
    # 45 left: header + 3 rows fit (40), the other 3 go over with the header again.
    assert [(p.block, p.first, p.last) for p in pages[0]] == [(0, 0, 1), (1, 0, 3)]
    assert [(p.block, p.first, p.last) for p in pages[1]] == [(1, 3, 6)]
    # 62 left would fit 5 rows, but the last would be alone over the page: 4 and 2.
    pages = paginate([Shape((38,)), table], 100.0)
    assert [(p.first, p.last) for page in pages for p in page if p.block == 1] == [(0, 4), (4, 6)]
    # With 25 left only one row would fit: the whole table goes to the next page.
    pages = paginate([Shape((75,)), table], 100.0)
    assert [(p.block, p.first, p.last) for p in pages[1]] == [(1, 0, 6)]


def test_a_paragraph_leaves_no_lone_line_and_space_is_dropped_at_a_page_top() -> None:
    text = Shape((10,) * 5, space_before=15, min_first=2, min_last=2)
    pages = paginate([Shape((70,)), text], 100.0)
    # 30 left less 15 of space: 1 line would fit, so the paragraph starts the next page…
    assert [(p.block, p.first, p.last, p.y) for p in pages[1]] == [(1, 0, 5, 0.0)]
    # …where its space before is not added.
    pages = paginate([Shape((30,)), text], 100.0)
    assert [(p.block, p.first, p.last, p.y) for p in pages[0]][1] == (1, 0, 5, 45.0)


def test_what_is_taller_than_a_page_still_gets_printed() -> None:
    pages = paginate([Shape((10,)), Shape((150,)), Shape((10,) * 30, min_first=2)], 100.0)
    placed = [(p.block, p.first, p.last) for page in pages for p in page]
    assert (1, 0, 1) in placed
    assert sum(p.last - p.first for page in pages for p in page if p.block == 2) == 30


def test_the_handout_is_a4_portrait_with_fonts_embedded(handout: PdfReader) -> None:
    assert len(handout.pages) >= 8
    for page in handout.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx(A4_POINTS, abs=1)
    fonts = set()
    for page in handout.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor  # embedded
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert all("NotoSansCJK" in name for name in fonts), fonts  # the bundled font only


def test_the_title_page_has_the_title_credits_source_and_contents(
    handout: PdfReader, bundled: Dataset
) -> None:
    briefing = bundled.briefing
    first = _page_texts(handout)[0]
    for text in (briefing.title, briefing.publisher_line, "数据来源", "目录"):
        assert re.sub(r"\s+", "", text) in first
    for section in briefing.sections:
        assert "".join(section.heading).replace(" ", "") in first


def test_every_card_label_value_and_sentence_is_in_the_text(
    handout: PdfReader, bundled: Dataset
) -> None:
    # Searchable: a reader's Ctrl+F in the PDF finds every card and the sentence it is from.
    everything = "".join(_page_texts(handout))
    figures = bundled.briefing.figures()
    for _name, block in bundled.briefing.blocks():
        rows, sources = card_rows(block, figures)
        for row in rows:
            assert re.sub(r"\s+", "", row.label) in everything
            assert row.value.replace(",", "") in everything.replace(",", "")
            if row.change:
                assert row.change in everything
        for entry in sources:
            # the first clause is enough to show the sentence is there, whole lines wrap
            assert re.sub(r"\s+", "", entry.sentence)[:20] in everything


def test_pages_are_numbered_and_carry_the_running_header(
    handout: PdfReader, bundled: Dataset
) -> None:
    texts = _page_texts(handout)
    count = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页，共{count}页" in text
    title = re.sub(r"\s+", "", bundled.briefing.title)
    assert title not in texts[1].split("目录")[0] or texts[1].startswith(title)
    for text in texts[1:]:
        assert text.startswith(title)  # the running header, top left


def test_each_chart_is_drawn_whole_as_vectors(handout: PdfReader, bundled: Dataset) -> None:
    everything = "".join(_page_texts(handout))
    for chart in bundled.briefing.charts():
        # Its title is text on the page (a vector drawing, not a screenshot)…
        assert re.sub(r"\s+", "", chart.title) in everything
    # …and on exactly one page: never cut across a page break.
    texts = _page_texts(handout)
    for chart in bundled.briefing.charts():
        title = re.sub(r"\s+", "", chart.title)
        assert sum(title in text for text in texts) >= 1


def test_handout_export_writes_through_the_one_file_writer(
    qapp: Any, bundled: Dataset, tmp_path: Path
) -> None:
    from briefing.render.everything import export_all
    from briefing.render.files import ExportError, ImageOptions

    written = export_all(bundled, tmp_path, ["handout"], ImageOptions())
    assert len(written) == 1
    assert written[0].name.endswith("（A4讲义）.pdf")
    assert PdfReader(written[0]).pages
    with pytest.raises(ExportError):  # never over an existing file unasked
        export_all(bundled, tmp_path, ["handout"], ImageOptions())


def test_a_cancelled_handout_leaves_no_file(qapp: Any, bundled: Dataset, tmp_path: Path) -> None:
    from briefing.render.everything import export_all
    from briefing.render.files import ExportCancelled, ImageOptions

    pages: list[str] = []

    def cancel_on_page_three(name: str, done: int, total: int) -> bool:
        pages.append(name)
        return len(pages) < 4  # the job itself, then a call after each page

    with pytest.raises(ExportCancelled):
        export_all(bundled, tmp_path, ["handout"], ImageOptions(), progress=cancel_on_page_three)
    assert list(tmp_path.iterdir()) == []


# -- the slides on paper --------------------------------------------------------------------


@pytest.mark.parametrize(("per_page", "pages", "landscape"), [(1, 30, True), (6, 5, False)])
def test_slides_print_one_or_several_to_a_page(
    qapp: Any, bundled: Dataset, tmp_path: Path, per_page: int, pages: int, landscape: bool
) -> None:
    from PySide6.QtGui import QPdfWriter

    from briefing.model.slides import build_slides
    from briefing.render.slide_sheets import paint_slide_sheets, sheet_layout

    assert len(build_slides(bundled.briefing)) == 30
    path = tmp_path / "slides.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    writer.setPageLayout(sheet_layout(per_page))
    assert paint_slide_sheets(writer, bundled, per_page) == pages
    del writer
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert (float(box.width) > float(box.height)) == landscape
    texts = _page_texts(reader)
    assert re.sub(r"\s+", "", bundled.briefing.title) in texts[0]
    assert f"第1页，共{pages}页" in texts[0]


def test_slide_places_are_16_9_and_inside_the_page() -> None:
    from briefing.render.slide_sheets import slide_places

    for per_page in (1, 2, 4, 6):
        places = slide_places(per_page, 186.0, 273.0)
        assert len(places) == per_page
        for place in places:
            assert place.width() / place.height() == pytest.approx(16 / 9)
            assert place.left() >= 0
            assert place.right() <= 186.0 + 1e-6
            assert place.top() >= 0
            assert place.bottom() <= 273.0 + 1e-6


# -- the print preview ----------------------------------------------------------------------


def _preview_pages(window: Any, qtbot: Any) -> int:
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = window.printing.preview
    assert preview is not None
    qtbot.waitExposed(preview)
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > 0)
    return int(widget.pageCount())


def test_ctrl_p_previews_the_a4_handout(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    pages = _preview_pages(window, qtbot)
    assert pages >= 8
    preview = window.printing.preview
    printer = preview.printer()
    assert printer.pageLayout().pageSize().id().name == "A4"
    assert window.printing.failure == ""
    preview.grab().save(str(tmp_path / "preview.png"))
    preview.close()


def test_the_slides_preview_changes_with_slides_per_page(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.printing.print_slides()
    assert _preview_pages(window, qtbot) == 30
    choice = window.printing.per_page
    choice.setCurrentIndex(choice.findData(4))
    preview = window.printing.preview
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() == 8)
    orientation = preview.printer().pageLayout().orientation()
    assert orientation == QPageLayout.Orientation.Portrait
    preview.close()


def test_printed_slides_stay_text_and_vectors(qapp: Any, bundled: Dataset, tmp_path: Path) -> None:
    # Qt paints a widget onto a printer through a bitmap of the page: the slides would print
    # blurred, unsearchable, one picture a page. Through the printer's own PDF output (what a
    # print to file or a CUPS job receives) only the real pictures may be images.
    from PySide6.QtPrintSupport import QPrinter

    from briefing.render.slide_sheets import paint_slide_sheets, sheet_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    path = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(path))
    printer.setPageLayout(sheet_layout(4))
    pages = paint_slide_sheets(printer, bundled, 4)
    del printer
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    pictures = sum(len(block.images) for _name, block in bundled.briefing.blocks())
    images = sum(len(page.images) for page in reader.pages)
    assert images <= pictures, "a slide was printed as a bitmap"
    texts = "".join(_page_texts(reader))
    for chart in bundled.briefing.charts():
        assert re.sub(r"\s+", "", chart.title) in texts


def test_pictures_print_whether_kept_from_the_layout_or_decoded_again(
    qapp: Any, bundled: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pictures decoded to learn their shape are kept for painting, a few at a time; one let go
    # is decoded again. Either way every picture is on its page.
    from briefing.render import handout
    from briefing.render.handout import _blocks

    pictures = sum(len(block.images) for _name, block in bundled.briefing.blocks())
    counts = []
    for most in (8, 0):
        monkeypatch.setattr(
            handout, "DecodedPictures", lambda most=most: _blocks.DecodedPictures(most)
        )
        reader = PdfReader(io.BytesIO(handout.handout_pdf(bundled)))
        counts.append(sum(len(page.images) for page in reader.pages))
    assert counts == [pictures, pictures]


def test_a_heading_goes_over_with_a_table_too_short_to_split() -> None:
    # Three rows keeping two either side cannot be split: the heading needs all of it below.
    heading = Shape((20,), keep_with_next=True)
    pages = paginate(
        [Shape((45,)), heading, Shape((10, 10, 10), header=10, min_first=2, min_last=2)], 100.0
    )
    assert [[p.block for p in page] for page in pages] == [[0], [1, 2]]
    pages = paginate([Shape((55,)), heading, Shape((10, 10, 10), min_first=2, min_last=2)], 100.0)
    assert [[p.block for p in page] for page in pages] == [[0], [1, 2]]


def test_the_first_page_keeps_its_top_space() -> None:
    pages = paginate([Shape((10,), space_before=30), Shape((10,), space_before=5)], 100.0)
    assert [p.y for p in pages[0]] == [30.0, 45.0]


def test_a_printed_change_keeps_its_words_after_the_verb() -> None:
    near = {"kind": "percent", "amount": 30, "printed": "近三成"}
    assert change_words(_figure(value=10, change=near)) == "较上年增长近三成"
    places = {"kind": "places", "amount": -22, "unit": "个位次", "printed": "22个位次"}
    assert change_words(_figure(value=62, unit="位", change=places)) == "较上年提升22个位次"


def test_the_byline_is_printed_once_on_the_title_page(handout: PdfReader, bundled: Dataset) -> None:
    briefing = bundled.briefing
    first = _page_texts(handout)[0]
    byline = re.sub(r"\s+", "", briefing.publisher_line)
    assert briefing.author is not None
    author = re.sub(r"\s+", "", briefing.author)
    # in the credits, the source line and the footer, each time inside the byline as printed
    assert first.count(author) == 3 * byline.count(author)


def test_a_long_caption_shrinks_its_picture_never_overflows_the_page(
    qapp: Any, bundled: Dataset
) -> None:
    from dataclasses import replace as copy

    from briefing.render.handout import FOOTER, HEADER, lay_out

    lead = bundled.briefing.lead
    images = [image.model_copy(update={"caption": "人才" * 900}) for image in lead.images]
    briefing = bundled.briefing.model_copy(
        update={"lead": lead.model_copy(update={"images": images})}
    )
    layout = lay_out(copy(bundled, briefing=briefing), 1700.0, 2670.0)
    body = 2670.0 - HEADER - FOOTER
    # every unit fits a page (the caption breaks after its first lines)…
    assert all(unit <= body for block in layout.blocks for unit in block.shape.units)
    # …and nothing is placed below the body
    for page in layout.pages:
        for placement in page:
            shape = layout.blocks[placement.block].shape
            units = shape.units[placement.first : placement.last]
            assert placement.y + shape.header + sum(units) <= body + 1e-6


def test_only_the_pages_asked_for_are_printed(qapp: Any, bundled: Dataset, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from briefing.render.slide_sheets import paint_slide_sheets, sheet_layout

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPageLayout(sheet_layout(6))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # of 5
    paint_slide_sheets(printer, bundled, 6)
    del printer
    reader = PdfReader(tmp_path / "range.pdf")
    texts = _page_texts(reader)
    assert len(texts) == 2
    assert "第2页，共5页" in texts[0]
    assert "第3页，共5页" in texts[1]


def test_contents_longer_than_the_title_page_carry_their_title_over(
    qapp: Any, tmp_path: Path
) -> None:
    from briefing.render.handout import handout_pdf
    from tests.shapes import Shape as Briefing
    from tests.shapes import write_shape

    many = load_dataset(write_shape(tmp_path, Briefing.uniform(50, cards=1, images=0, charts=())))
    texts = _page_texts(PdfReader(io.BytesIO(handout_pdf(many))))
    with_contents = [text for text in texts if "目录" in text]
    assert len(with_contents) >= 2  # 50 entries do not fit under the title page's credits
    heading = "".join(many.briefing.sections[-1].heading).replace(" ", "")
    assert heading in "".join(with_contents)  # the last part is listed too
