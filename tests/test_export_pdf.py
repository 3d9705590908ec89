"""The briefing as a PDF handout: one 16:9 page per slide in the show's order, text kept as text
in the embedded bundled font (so Chinese survives on any machine), progress and cancel, and
the file rules every export follows (never half-written, never over a file unasked)."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from briefing.model import Dataset, load_dataset
from briefing.model.slides import Slide, build_slides
from briefing.render.briefing_pdf import briefing_pdf, save_briefing_pdf
from briefing.render.files import ExportCancelled, ExportError
from briefing.resources import bundled_dataset
from briefing.views.slides import SlideView

BUNDLED_SLIDES = 30


@dataclass(frozen=True)
class Built:
    """The one full export of the module, and what was seen while it was made."""

    path: Path
    reader: PdfReader
    calls: list[tuple[int, int]]  # progress(_, done, total), in order
    named: list[str]  # what each progress call named
    live_views: list[int]  # SlideViews alive at each progress call
    views_before: int


_ALIVE: set[int] = set()


class CountedSlideView(SlideView):
    """A SlideView that knows how many of its kind are alive (walking
    QApplication.allWidgets() from Python can crash while other tests' widgets are being
    deleted)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        key = id(self)
        _ALIVE.add(key)
        self.destroyed.connect(lambda *_: _ALIVE.discard(key))


def live_slide_views() -> int:
    return len(_ALIVE)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(bundled_dataset())


@pytest.fixture(scope="module")
def slides(dataset: Dataset) -> list[Slide]:
    return build_slides(dataset.briefing)


@pytest.fixture(scope="module")
def built(
    qapp: Any, app_font: str, dataset: Dataset, tmp_path_factory: pytest.TempPathFactory
) -> Built:
    """The whole briefing, saved once over an existing file with force=True (it has 11 chart
    slides: every test below reads this one file)."""
    path = tmp_path_factory.mktemp("handout") / "briefing.pdf"
    path.write_bytes(b"an older handout")
    calls: list[tuple[int, int]] = []
    named: list[str] = []
    live: list[int] = []
    before = live_slide_views()

    def progress(what: str, done: int, total: int) -> bool:
        calls.append((done, total))
        named.append(what)
        live.append(live_slide_views())
        return True

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("briefing.render.briefing_pdf.SlideView", CountedSlideView)
        written = save_briefing_pdf(path, dataset, force=True, progress=progress)
    assert written == path
    return Built(path, PdfReader(BytesIO(path.read_bytes())), calls, named, live, before)


def flat(text: str) -> str:
    """Extracted text without the line breaks and spaces a PDF's layout puts in it."""
    return "".join(text.split())


def font_dicts(page: Any) -> list[Any]:
    fonts: DictionaryObject = page["/Resources"]["/Font"].get_object()
    return [fonts[name].get_object() for name in fonts]


def images(page: Any) -> list[str]:
    objects = page["/Resources"].get("/XObject")
    if objects is None:
        return []
    objects = objects.get_object()
    return [name for name in objects if objects[name].get_object().get("/Subtype") == "/Image"]


def test_one_page_per_slide_of_the_show(built: Built, slides: list[Slide]) -> None:
    assert len(slides) == BUNDLED_SLIDES
    assert len(built.reader.pages) == len(slides)


def test_pages_are_16_9_without_margins_to_spare(built: Built) -> None:
    for number, page in enumerate(built.reader.pages, start=1):
        box = page.mediabox
        width, height = float(box.width), float(box.height)
        assert width / height == pytest.approx(16 / 9, abs=1e-3), number
        assert (width, height) == pytest.approx((720, 405), abs=0.5)  # 10 in × 5.625 in


def test_pages_follow_the_slides_in_order(built: Built, slides: list[Slide]) -> None:
    for number, (slide, page) in enumerate(zip(slides, built.reader.pages, strict=True), 1):
        assert flat(slide.title) in flat(page.extract_text()), f"page {number}: {slide.label}"


def test_title_and_first_cards_of_section_one_are_text(built: Built, slides: list[Slide]) -> None:
    pages = built.reader.pages
    assert "聚才集智" in pages[0].extract_text()
    first_cards = next(i for i, s in enumerate(slides) if s.kind == "cards" and s.section == 0)
    text = pages[first_cards].extract_text()
    assert "2.96" in text
    assert "亿元" in text
    assert "人才专项资金投入" in text


def test_every_font_is_the_bundled_one_embedded(built: Built) -> None:
    for number, page in enumerate(built.reader.pages, start=1):
        fonts = font_dicts(page)
        assert fonts, f"page {number} has no text"
        for font in fonts:
            assert "NotoSansCJK" in str(font["/BaseFont"]), (number, font["/BaseFont"])
            described: Any = font
            if font["/Subtype"] == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor: DictionaryObject = described["/FontDescriptor"].get_object()
            embedded = {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor)
            assert embedded, f"page {number}: {font['/BaseFont']} is not embedded"


def test_both_weights_are_used(built: Built) -> None:
    names = {str(font["/BaseFont"]) for page in built.reader.pages for font in font_dicts(page)}
    assert any("Bold" in name for name in names)
    assert any("Regular" in name for name in names)


def test_slides_are_vectors_only_pictures_are_images(built: Built, slides: list[Slide]) -> None:
    for slide, page in zip(slides, built.reader.pages, strict=True):
        expected = 1 if slide.kind == "image" else 0
        assert len(images(page)) == expected, f"{slide.kind}: {slide.label}"


def fonts_drawing(page: Any, text: str) -> list[str]:
    """The font of every run of text on ``page`` that contains ``text``."""
    fonts: list[str] = []

    def visit(run: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
        if text in run and font is not None:
            fonts.append(str(font["/BaseFont"]))

    page.extract_text(visitor_text=visit)
    return fonts


def test_chart_titles_are_drawn_once_in_the_bold_face(built: Built, slides: list[Slide]) -> None:
    """A chart's title in a fallback font is painted twice with a synthetic bold, which a PDF
    keeps as two copies of the text."""
    charts = [(s, p) for s, p in zip(slides, built.reader.pages, strict=True) if s.kind == "chart"]
    assert len(charts) == 11
    for slide, page in charts:
        assert flat(page.extract_text()).count(flat(slide.title)) == 1, slide.title
        fonts = fonts_drawing(page, slide.title)
        assert fonts, slide.title
        assert all("Bold" in name for name in fonts), (slide.title, fonts)


def test_document_is_titled_with_the_briefing(built: Built, dataset: Dataset) -> None:
    metadata = built.reader.metadata
    assert metadata is not None
    assert metadata.title == dataset.briefing.title
    assert metadata.creator == "briefing"


def test_progress_is_reported_after_each_page(built: Built, slides: list[Slide]) -> None:
    total = BUNDLED_SLIDES
    assert built.calls == [(done, total) for done in range(1, total + 1)]
    assert built.named == [slide.label for slide in slides]  # the page just drawn


def test_no_slide_outlives_its_page(built: Built) -> None:
    assert built.live_views == [built.views_before] * BUNDLED_SLIDES
    assert live_slide_views() == built.views_before


def test_force_replaced_the_existing_file_atomically(built: Built) -> None:
    assert built.path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in built.path.parent.iterdir()] == [built.path.name]  # no temp left


def cancel_at(page: int, calls: list[tuple[int, int]]) -> Any:
    def progress(_what: str, done: int, total: int) -> bool:
        calls.append((done, total))
        return done < page

    return progress


def test_returning_false_from_progress_cancels(dataset: Dataset) -> None:
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled, match="已取消导出") as raised:
        briefing_pdf(dataset, progress=cancel_at(2, calls))
    assert type(raised.value) is ExportCancelled  # the exporters' one, not a kind of its own
    assert calls == [(1, BUNDLED_SLIDES), (2, BUNDLED_SLIDES)]
    assert issubclass(ExportCancelled, ExportError)


def test_a_cancelled_save_leaves_no_file(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    with pytest.raises(ExportCancelled):
        save_briefing_pdf(target, dataset, progress=cancel_at(1, []))
    assert list(tmp_path.iterdir()) == []


def test_a_cancelled_save_keeps_the_file_it_would_have_replaced(
    dataset: Dataset, tmp_path: Path
) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"last week's handout")
    with pytest.raises(ExportCancelled):
        save_briefing_pdf(target, dataset, force=True, progress=cancel_at(1, []))
    assert target.read_bytes() == b"last week's handout"
    assert list(tmp_path.iterdir()) == [target]


def test_save_refuses_to_overwrite_without_force(dataset: Dataset, tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    target.write_bytes(b"last week's handout")
    calls: list[tuple[int, int]] = []
    with pytest.raises(ExportError, match="已存在") as raised:
        save_briefing_pdf(target, dataset, progress=cancel_at(BUNDLED_SLIDES, calls))
    assert not isinstance(raised.value, ExportCancelled)
    assert calls == []  # refused before a single slide was drawn
    assert target.read_bytes() == b"last week's handout"
    assert list(tmp_path.iterdir()) == [target]


def test_an_unknown_theme_is_an_export_error(dataset: Dataset) -> None:
    with pytest.raises(ExportError, match="sepia"):
        briefing_pdf(dataset, theme="sepia")


def image_objects(reader: PdfReader) -> list[int]:
    """The object number of every image drawn, page by page: one number per use."""
    numbers = []
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject")
        if objects is None:
            continue
        objects = objects.get_object()
        numbers += [
            objects.raw_get(name).idnum
            for name in objects
            if objects[name].get_object().get("/Subtype") == "/Image"
        ]
    return numbers


def pictures_shown(dataset: Dataset) -> list[Path]:
    """The file of every picture the slides show, slide by slide: one per use."""
    return [
        dataset.image_file(dataset.briefing.image(slide.image))[0]
        for slide in build_slides(dataset.briefing)
        if slide.image
    ]


def test_a_picture_shown_twice_is_embedded_once(qapp: Any, app_font: str, tmp_path: Path) -> None:
    """The briefing twice over shows each picture on two slides: the PDF holds it once (a
    handout of a long briefing is not its pictures over and over)."""
    from tests.test_scale import write_repeated

    twice = load_dataset(write_repeated(tmp_path / "twice", 2))
    shown = pictures_shown(twice)
    assert len(shown) > len(set(shown)), "the sections' pictures are shown twice"
    used = image_objects(PdfReader(BytesIO(briefing_pdf(twice))))
    assert len(used) == len(shown)
    assert len(set(used)) == len(set(shown)), used


def test_the_shared_pictures_are_bounded(
    qapp: Any, app_font: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With room for one picture only, each is decoded again when next shown: the pages are
    the same, and a long briefing's photos are never all held at once."""
    from briefing.views.slides import _picture
    from tests.test_scale import write_repeated

    twice = load_dataset(write_repeated(tmp_path / "twice", 2))
    monkeypatch.setattr(_picture, "SHARED_BYTES", 1)
    kept: list[int] = []
    keep = _picture._keep

    def counted(shared: Any, key: Any, value: Any) -> None:
        keep(shared, key, value)
        kept.append(len(shared))

    monkeypatch.setattr(_picture, "_keep", counted)
    used = image_objects(PdfReader(BytesIO(briefing_pdf(twice))))
    assert kept
    assert max(kept) == 1
    assert len(set(used)) == len(used)  # nothing shared: each use decoded, embedded anew
