"""Registers the bundled Chinese font so nothing shows as boxes on a machine without one."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from briefing.resources import resource_path

FONT_FAMILY = "Noto Sans CJK SC"  # the family of the bundled subsets below

FONT_FILES = ("fonts/NotoSansCJKsc-Regular-subset.otf", "fonts/NotoSansCJKsc-Bold-subset.otf")
_registered: list[int] = []


class FontError(RuntimeError):
    """The bundled font is missing or Qt refused it."""


def register_fonts() -> str:
    """Add the bundled font to Qt's database (once) and return its family.

    Call after the QApplication exists and before any widget is created, so every widget and
    chart resolves the family to this font.
    """
    if not _registered:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFontFromData(
                resource_path("resources", name).read_bytes()
            )
            if font_id < 0 or FONT_FAMILY not in QFontDatabase.applicationFontFamilies(font_id):
                raise FontError(f"the bundled font {name} could not be loaded")
            _registered.append(font_id)
    return FONT_FAMILY
