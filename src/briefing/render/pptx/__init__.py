"""The briefing as a PowerPoint / WPS deck: one 16:9 slide per slide of the show, cards as text
boxes, charts as native charts with the dataset's numbers, each slide's notes (its own, else its
section's) in the notes pane."""

from __future__ import annotations

import io
import math

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide as PptxSlide
from pptx.util import Emu, Inches
from PySide6.QtCore import QCoreApplication, QSize

from briefing import i18n
from briefing.imaging import ImageLoadError, load_image
from briefing.model import Dataset, figure_parts
from briefing.model.formatting import APPROXIMATE, change_text, chinese_ordinal, source_line
from briefing.model.paths import PathOutsideError
from briefing.model.slides import Slide, build_slides, numbers_itself, slide_notes
from briefing.render.files import ExportCancelled, Progress
from briefing.render.pptx._charts import add_chart
from briefing.render.pptx._picture import png_bytes
from briefing.render.pptx._text import THEME, Line, Style, add_text, rgb, set_theme_fallback

__all__ = ["briefing_pptx"]

WIDTH, HEIGHT = Emu(12_192_000), Emu(6_858_000)  # 16:9: PowerPoint's widescreen, 13.33 × 7.5 in
MARGIN = Inches(0.6)
BODY_TOP = Inches(1.45)
FOOTER_TOP = Inches(6.9)
PICTURE_DPI = 150  # a picture is decoded at its size on the slide at this resolution


def briefing_pptx(dataset: Dataset, progress: Progress | None = None) -> bytes:
    """The deck of ``build_slides(dataset.briefing)``, in order, as .pptx bytes. ``progress``
    is asked after every slide; returning False raises ExportCancelled."""
    briefing = dataset.briefing
    slides = build_slides(briefing, lead_title=QCoreApplication.translate("Slides", "导语"))
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = WIDTH, HEIGHT
    set_theme_fallback(presentation)
    blank = presentation.slide_layouts[6]
    source = source_line(briefing, QCoreApplication.translate)
    for done, slide in enumerate(slides):
        if progress is not None and not progress(slide.label, done, len(slides)):
            raise ExportCancelled
        page = presentation.slides.add_slide(blank)
        _BUILDERS[slide.kind](page, slide, dataset)
        add_text(page, _footer(), [[(source, Style(11, THEME.muted))]], name="source")
        # The notes the console shows: the slide's own, else its section's (or the lead's).
        notes = slide_notes(briefing, slide)
        if notes.lines:
            page.notes_slide.notes_text_frame.text = "\n".join(notes.lines)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _footer() -> tuple[int, int, int, int]:
    return MARGIN, FOOTER_TOP, WIDTH - 2 * MARGIN, Inches(0.4)


def _heading(page: PptxSlide, text: str) -> None:
    add_text(
        page,
        (MARGIN, Inches(0.4), WIDTH - 2 * MARGIN, Inches(0.85)),
        [[(text, Style(30, THEME.text, bold=True))]],
        anchor=MSO_ANCHOR.MIDDLE,
        name="heading",
    )
    bar = page.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, MARGIN, Inches(1.25), Inches(1.2), Inches(0.06)
    )
    bar.fill.solid()
    bar.fill.fore_color.rgb = rgb(THEME.accent)
    bar.line.fill.background()


def _title(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    briefing = dataset.briefing
    lines: list[Line] = [[(briefing.title, Style(40, THEME.text, bold=True))]]
    if briefing.subtitle:
        lines.append([(briefing.subtitle, Style(24, THEME.muted))])
    lines.append([(briefing.publisher_line, Style(18, THEME.muted))])
    box = (MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(4.5))
    add_text(page, box, lines, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, name="title")


def section_number(index: int) -> str:
    """第三部分 over a section's heading, as the show's divider slide prints it: Chinese
    numerals in Chinese, a numeral in another language."""
    number = chinese_ordinal(index + 1) if i18n.current() == "zh" else index + 1
    return QCoreApplication.translate("SlideView", "第{number}部分").format(number=number)


def _section(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    index = slide.section or 0
    section = dataset.briefing.sections[index]
    lines: list[Line] = []
    if not numbers_itself(section.heading[0]):  # 一、综合 says its number itself
        lines.append([(section_number(index), Style(20, THEME.accent, bold=True))])
    lines += [[(half, Style(44, THEME.text, bold=True))] for half in section.heading]
    lines.append([(section.summary, Style(22, THEME.muted))])
    box = (MARGIN, Inches(1.2), WIDTH - 2 * MARGIN, Inches(5))
    add_text(page, box, lines, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, name="section")


def _closing(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    thanks = QCoreApplication.translate("SlideView", "谢谢")
    lines: list[Line] = [
        [(thanks, Style(48, THEME.text, bold=True))],
        [(dataset.briefing.title, Style(24, THEME.muted))],
    ]
    box = (MARGIN, Inches(1.5), WIDTH - 2 * MARGIN, Inches(4.5))
    add_text(page, box, lines, align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, name="closing")


def card_lines(dataset: Dataset, figure_id: str) -> list[Line]:
    """A card as paragraphs: its label; its number as printed, the number large; its change
    against the year before (or since); 推算 for a derived figure."""
    figure = dataset.briefing.figure(figure_id)
    before, number, after = figure_parts(figure)
    if figure.derived is not None and figure.derived.approximate:
        before = APPROXIMATE + before
    lines: list[Line] = [[(figure.label, Style(18, THEME.muted))]]
    value: Line = [(before, Style(24)), (number, Style(48, THEME.accent, bold=True))]
    lines.append([run for run in (*value, (after, Style(24))) if run[0]])
    shown = change_text(figure)
    if shown is not None:
        since = figure.change.since if figure.change else None
        compared = (
            QCoreApplication.translate("SlideView", "较{since}").format(since=since)
            if since
            else QCoreApplication.translate("SlideView", "较上年")
        )
        colour = THEME.red if shown[1] else THEME.green  # red-up: the Chinese convention
        change: Line = [(compared, Style(18, THEME.muted))]
        if figure.value is not None:  # a figure that is only its change shows it above
            change.insert(0, (shown[0] + "　", Style(22, colour, bold=True)))
        lines.append(change)
    if figure.derived is not None:
        lines.append([(QCoreApplication.translate("SlideView", "推算"), Style(16, THEME.muted))])
    return lines


def _cards(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    number, count = slide.page
    _heading(page, slide.title + (f"（{number}/{count}）" if count > 1 else ""))
    total = len(slide.figures)
    columns = 3 if total == 3 else min(total, 2)
    rows = math.ceil(total / max(columns, 1))
    gap = Inches(0.3)
    width = (WIDTH - 2 * MARGIN - gap * (columns - 1)) // max(columns, 1)
    height = (FOOTER_TOP - Inches(0.2) - BODY_TOP - gap * (rows - 1)) // max(rows, 1)
    for index, figure_id in enumerate(slide.figures):
        row, column = divmod(index, columns)
        left = MARGIN + column * (width + gap)
        top = BODY_TOP + row * (height + gap)
        card = page.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Emu(left), Emu(top), Emu(width), Emu(height)
        )
        card.adjustments[0] = 0.06
        card.fill.solid()
        card.fill.fore_color.rgb = rgb(THEME.surface)
        card.line.color.rgb = rgb(THEME.border)
        card.shadow.inherit = False
        inset = Inches(0.3)
        box = (left + inset, top + inset // 2, width - 2 * inset, height - inset)
        add_text(page, box, card_lines(dataset, figure_id), anchor=MSO_ANCHOR.MIDDLE, name="card")


def _chart(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    briefing = dataset.briefing
    chart = briefing.chart(slide.chart or "")
    _heading(page, chart.title)
    notes = [chart.note] if chart.note else []
    table_top = BODY_TOP
    if chart.unit:
        unit = QCoreApplication.translate("ChartPanel", "单位：{unit}").format(unit=chart.unit)
        add_text(
            page,
            (MARGIN, BODY_TOP - Inches(0.1), WIDTH - 2 * MARGIN, Inches(0.4)),
            [[(unit, Style(14, THEME.muted))]],
            name="unit",
        )
        table_top += Inches(0.3)
    note_h = Inches(0.45) * (len(notes) + 1)
    box = (MARGIN, table_top, WIDTH - 2 * MARGIN, FOOTER_TOP - note_h - table_top)
    table = add_chart(page, box, chart, briefing.figures())
    if table.has_derived:
        notes.append(
            QCoreApplication.translate("BriefingPptx", "浅色虚线框：推算（由原文数字计算得出）")
        )
    if notes:
        lines: list[Line] = [[(note, Style(13, THEME.muted))] for note in notes]
        note_box = (MARGIN, FOOTER_TOP - note_h, WIDTH - 2 * MARGIN, note_h)
        add_text(page, note_box, lines, anchor=MSO_ANCHOR.BOTTOM, name="note")


def _image(page: PptxSlide, slide: Slide, dataset: Dataset) -> None:
    image = dataset.briefing.image(slide.image or "")
    credit = image.credit
    space = (MARGIN, Inches(0.4), WIDTH - 2 * MARGIN, Inches(5.2))
    try:
        path, kind = dataset.image_file(image)
        fit = QSize(*(round(side / 914400 * PICTURE_DPI) for side in space[2:]))
        picture = load_image(path, fit)
    except (PathOutsideError, ImageLoadError) as error:
        reason = error.reason if isinstance(error, ImageLoadError) else str(error)
        missing = QCoreApplication.translate("SlideView", "图片无法显示")
        add_text(page, space, [[(f"{missing}\n{reason}", Style(20, THEME.muted))]],
                 align=PP_ALIGN.CENTER, anchor=MSO_ANCHOR.MIDDLE, name="placeholder")  # fmt: skip
    else:
        if kind == "illustration":
            credit = QCoreApplication.translate("SlideView", "示意图，原照片 {credit}").format(
                credit=credit
            )
        scale = min(space[2] / picture.width(), space[3] / picture.height())
        width, height = round(picture.width() * scale), round(picture.height() * scale)
        left = space[0] + (space[2] - width) // 2
        shape = page.shapes.add_picture(
            io.BytesIO(png_bytes(picture, drawn=kind == "illustration")),
            Emu(left),
            Emu(space[1]),
            Emu(width),
            Emu(height),
        )
        shape.name = image.id
        shape._element.nvPicPr.cNvPr.set("descr", image.alt)  # what a screen reader says
    lines: list[Line] = [
        [(image.caption, Style(20, THEME.text, bold=True))],
        [(credit, Style(14, THEME.muted))],
    ]
    box = (MARGIN, Inches(5.7), WIDTH - 2 * MARGIN, Inches(1.15))
    add_text(page, box, lines, align=PP_ALIGN.CENTER, name="caption")


_BUILDERS = {
    "title": _title,
    "cards": _cards,
    "section": _section,
    "chart": _chart,
    "image": _image,
    "closing": _closing,
}
