"""Qt's SVG made portable: sized in pixels, with no stroke left for a renderer to misdraw, and
on request with no text left for a machine without the font to draw as boxes.

Qt's SVG generator writes cosmetic pens as ``vector-effect="non-scaling-stroke"`` inside groups
scaled to data coordinates (a chart's grid: 900 × 64 user units per value); renderers that
ignore the effect (librsvg, cairosvg, resvg) draw each grid line as a band 64 px wide. Those
strokes are rewritten into pixel coordinates (``flatten_cosmetic_strokes``). A ``<text>`` can
be replaced by the outlines of its glyphs (``outline_texts``), drawn by Qt from the same font.
XML work on the generator's output, never on a user's file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QPainterPath

from briefing.fonts import FONT_FAMILY

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"

Matrix = tuple[float, float, float, float, float, float]  # SVG's matrix(a, b, c, d, e, f)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[A-Za-z]|" + _NUMBER.pattern)
_MATRIX = re.compile(r"^\s*matrix\(([^)]*)\)\s*$")


def parse_matrix(text: str | None) -> Matrix | None:
    """A ``transform="matrix(...)"`` as its six numbers; None for no or any other transform."""
    if text is None:
        return None
    match = _MATRIX.match(text)
    if match is None:
        return None
    values = [float(v) for v in _NUMBER.findall(match.group(1))]
    if len(values) != 6:
        return None
    a, b, c, d, e, f = values
    return a, b, c, d, e, f


def _apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def map_pairs(text: str, matrix: Matrix) -> str:
    """Coordinates of a Qt path or point list (absolute ``M x,y L x,y C ...``) mapped."""
    out: list[str] = []
    pending: list[float] = []
    count = 0
    for token in _TOKEN.findall(text):
        if token.isalpha():
            out.append(token)
            continue
        pending.append(float(token))
        count += 1
        if len(pending) == 2:
            x, y = _apply(matrix, *pending)
            out.append(f"{_number(x)},{_number(y)}")
            pending = []
    if pending or count == 0:
        raise ValueError(f"not a list of point pairs: {text[:40]}")
    return " ".join(out)


def _flatten_element(element: ET.Element, matrix: Matrix) -> bool:
    """Rewrite a stroked shape into the group's parent coordinates; False if it cannot be."""
    tag = element.tag.removeprefix(f"{{{_SVG_NS}}}")
    attrs = element.attrib
    try:
        if tag == "path":
            attrs["d"] = map_pairs(attrs["d"], matrix)
        elif tag in {"polyline", "polygon"}:
            attrs["points"] = map_pairs(attrs["points"], matrix)
        elif tag == "rect":
            x, y = float(attrs["x"]), float(attrs["y"])
            w, h = float(attrs["width"]), float(attrs["height"])
            corners = f"M{x},{y} L{x + w},{y} L{x + w},{y + h} L{x},{y + h} Z"
            element.tag = f"{{{_SVG_NS}}}path"
            for key in ("x", "y", "width", "height"):
                del attrs[key]
            attrs["d"] = map_pairs(corners, matrix)
        elif tag == "line":
            x1, y1 = _apply(matrix, float(attrs["x1"]), float(attrs["y1"]))
            x2, y2 = _apply(matrix, float(attrs["x2"]), float(attrs["y2"]))
            attrs.update(x1=_number(x1), y1=_number(y1), x2=_number(x2), y2=_number(y2))
        else:
            return False
    except (KeyError, ValueError):
        return False
    return True


def flatten_cosmetic_strokes(root: ET.Element) -> None:
    """Move cosmetic strokes out of scaled groups, into the document's pixel coordinates.

    Qt writes each painter state as a ``<g transform=...>``; a cosmetic pen's shape keeps the
    group's coordinates and asks for ``vector-effect="non-scaling-stroke"``. In a group with
    such shapes, every shape is mapped to pixels (its stroke-width is then in pixels, as the
    cosmetic pen meant) and everything else keeps the group's transform on itself.
    """
    effect = "vector-effect"
    for group in root.iter(f"{{{_SVG_NS}}}g"):
        matrix = parse_matrix(group.get("transform"))
        cosmetic = [child for child in group if child.get(effect) == "non-scaling-stroke"]
        if not cosmetic:
            continue
        if matrix is None:  # already in pixels: the effect changes nothing
            for child in cosmetic:
                del child.attrib[effect]
            continue
        transform = group.attrib.pop("transform")
        for child in group:
            if child in cosmetic and _flatten_element(child, matrix):
                del child.attrib[effect]
            else:
                own = child.get("transform")
                child.set("transform", f"{transform} {own}" if own else transform)


# Glyphs are outlined at this pixel size and scaled down: whole-pixel hinting and rounded
# advances at 14.67 px would shift every glyph a little; at 1000 px they are the design's.
_OUTLINE_PIXELS = 1000
_WEIGHTS = {"normal": 400, "bold": 700, "bolder": 700, "lighter": 300}


def _svg_font(text: ET.Element) -> tuple[QFont, float]:
    """The font a ``<text>`` names, at ``_OUTLINE_PIXELS``, and its own size in pixels."""
    family = text.get("font-family", FONT_FAMILY).split(",")[0].strip().strip("'\"")
    size = float(text.get("font-size", "16"))
    weight_text = text.get("font-weight", "400")
    weight = _WEIGHTS.get(weight_text) or int(float(weight_text))
    font = QFont(family)
    font.setPixelSize(_OUTLINE_PIXELS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setWeight(min(QFont.Weight, key=lambda known: abs(known.value - weight)))
    font.setItalic(text.get("font-style", "normal") in {"italic", "oblique"})
    return font, size


def _outline_path(text: ET.Element) -> str:
    """The ``d`` of the glyph outlines of a ``<text>``, in its own coordinates ("" for blanks)."""
    font, size = _svg_font(text)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text.text or "")
    k = size / _OUTLINE_PIXELS
    x0, y0 = float(text.get("x", "0")), float(text.get("y", "0"))
    commands: list[str] = []
    kinds = QPainterPath.ElementType
    for index in range(path.elementCount()):
        element = path.elementAt(index)
        point = f"{_number(x0 + element.x * k)},{_number(y0 + element.y * k)}"
        if element.type == kinds.MoveToElement:
            commands.append(f"Z M{point}" if commands else f"M{point}")
        elif element.type == kinds.LineToElement:
            commands.append(f"L{point}")
        elif element.type == kinds.CurveToElement:
            commands.append(f"C{point}")
        else:  # the control point or end point of the curve just begun
            commands.append(point)
    return " ".join(commands) + " Z" if commands else ""


def outline_texts(root: ET.Element) -> None:
    """Replace every ``<text>`` by a ``<path>`` of its glyphs, in its place and colour.

    The file then needs no font: it draws the same on a machine without a CJK font, in any
    renderer; the words stay readable to software as each path's ``aria-label``.
    """
    tag = f"{{{_SVG_NS}}}text"
    parents = [parent for parent in root.iter() if any(child.tag == tag for child in parent)]
    for parent in parents:
        for index, text in reversed(list(enumerate(parent))):
            if text.tag != tag:
                continue
            outline = _outline_path(text)
            if not outline:
                del parent[index]
                continue
            attrs = {
                "fill": text.get("fill", "#000000"),
                "fill-opacity": text.get("fill-opacity", "1"),
            }
            attrs.update({"stroke": "none", "fill-rule": "nonzero", "aria-label": text.text or ""})
            if text.get("transform"):
                attrs["transform"] = text.get("transform", "")
            attrs["d"] = outline
            parent[index] = ET.Element(f"{{{_SVG_NS}}}path", attrs)


def tidy_svg(data: bytes, width: int, height: int, *, outline_text: bool = False) -> bytes:
    """Qt's SVG of a picture ``width`` × ``height`` pixels, made to draw the same everywhere:
    sized in pixels, cosmetic strokes in pixel coordinates, the bundled font named first (or,
    with ``outline_text``, every text turned into the outlines of its glyphs)."""
    ET.register_namespace("", _SVG_NS)
    ET.register_namespace("xlink", _XLINK_NS)
    root = ET.fromstring(data)  # our own generator's output, never a user's file
    # Qt writes the size in millimetres from its resolution; renderers disagree on how many
    # pixels a millimetre is. Pixels, as asked.
    root.set("width", str(width))
    root.set("height", str(height))
    flatten_cosmetic_strokes(root)
    if outline_text:
        outline_texts(root)
    for text in root.iter(f"{{{_SVG_NS}}}text"):
        # The bundled family first; a viewer without it should still pick a CJK sans-serif.
        if text.get("font-family") == FONT_FAMILY:
            text.set("font-family", f"'{FONT_FAMILY}', 'Noto Sans SC', sans-serif")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body).encode("utf-8")


__all__ = [
    "Matrix",
    "flatten_cosmetic_strokes",
    "map_pairs",
    "outline_texts",
    "parse_matrix",
    "tidy_svg",
]
