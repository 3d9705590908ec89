"""Text boxes for the slides, in the bundled font with a Chinese fallback PowerPoint and WPS
find on Windows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.slide import Slide
from pptx.text.text import _Paragraph
from pptx.util import Emu, Pt

from briefing.fonts import FONT_FAMILY
from briefing.theme import THEMES

THEME = THEMES["light"]
# On every Windows since Vista (and mapped by WPS): the theme's East Asian font, which
# PowerPoint falls back to when the bundled font is not installed.
WINDOWS_FONT = "微软雅黑"
# GB2312 as DrawingML writes a charset (134, signed): a missing font is replaced by a Chinese
# one, never by a Latin font that shows boxes.
GB2312_CHARSET = "-122"
SANS_PANOSE = "020B0500000000000000"


def rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#"))


def lighter(colour: str, amount: float = 0.55) -> str:
    """The colour mixed with white: how a derived value is filled."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in channels)


def name_fonts(rpr: Any) -> None:
    """Name the bundled font for Latin and East Asian text (python-pptx names the Latin one
    only): a run of Chinese in a Latin-only font would fall back at random."""
    for tag in ("a:latin", "a:ea", "a:cs"):
        found = rpr.find(qn(tag))
        if found is None:
            found = etree.SubElement(rpr, qn(tag))
        found.set("typeface", FONT_FAMILY)
        found.set("panose", SANS_PANOSE)
        found.set("charset", GB2312_CHARSET if tag == "a:ea" else "0")
    # The schema orders latin, ea, cs after the fill and before hyperlinks: move them there.
    fonts = [rpr.find(qn(tag)) for tag in ("a:latin", "a:ea", "a:cs")]
    for element in fonts:
        rpr.remove(element)
    after = [child for child in rpr if child.tag in (qn("a:hlinkClick"), qn("a:hlinkMouseOver"))]
    at = list(rpr).index(after[0]) if after else len(rpr)
    for offset, element in enumerate(fonts):
        rpr.insert(at + offset, element)


def set_theme_fallback(presentation: Presentation) -> None:
    """The theme's East Asian fonts (what a run without a font of its own, and PowerPoint's
    substitution, use) are 微软雅黑 rather than the template's 宋体 or nothing."""
    master_part = presentation.slide_master.part
    theme = master_part.part_related_by(RELATIONSHIP_TYPE.THEME)
    root = etree.fromstring(theme.blob)
    for element in root.iter(qn("a:ea")):
        element.set("typeface", WINDOWS_FONT)
    for element in root.iter(qn("a:font")):
        if element.get("script") in ("Hans", "Hant"):
            element.set("typeface", WINDOWS_FONT)
    theme._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@dataclass(frozen=True)
class Style:
    size: float  # points
    colour: str = THEME.text
    bold: bool = False


def add_run(paragraph: _Paragraph, text: str, style: Style) -> None:
    """A run of ``text`` at the end of ``paragraph``, in ``style``: the XML python-pptx writes
    for ``run.font.size``, ``.bold`` and ``.color.rgb`` (then the fonts), made directly. Through
    python-pptx's proxies a run took ~1 ms, a tenth of the whole deck's time."""
    run = paragraph._p.add_r()
    run.text = text  # python-pptx's escaping of control characters
    properties = run.get_or_add_rPr()
    properties.set("sz", str(Pt(style.size).centipoints))
    properties.set("b", "1" if style.bold else "0")
    fill = etree.SubElement(properties, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", str(rgb(style.colour)))
    name_fonts(properties)


Line = list[tuple[str, Style]]  # one paragraph: its runs


def add_text(
    slide: Slide,
    box: tuple[int, int, int, int],
    lines: list[Line],
    *,
    align: PP_ALIGN = PP_ALIGN.LEFT,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    name: str = "",
) -> Any:
    """A text box at ``box`` (left, top, width, height in EMU), one paragraph per line, text
    wrapping inside it and shrinking in PowerPoint if it would overflow."""
    left, top, width, height = box
    shape = slide.shapes.add_textbox(Emu(left), Emu(top), Emu(width), Emu(height))
    if name:
        shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    for index, runs in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        if index:
            paragraph.space_before = Pt(6)
        for text, style in runs:
            add_run(paragraph, text, style)
    return shape
