"""A section's divider slide: its number, its heading's two halves, its summary, and a mark
for each section of the briefing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from briefing import i18n
from briefing.model.formatting import chinese_ordinal
from briefing.model.slides import numbers_itself
from briefing.views.slides._metrics import LEAD_PX, MARGIN_BOTTOM, SECTION_PX, Shape
from briefing.views.slides._view import SlideView


class SectionSlide(SlideView):
    """第二部分, the heading one half to a line, the summary; the progress marks under them."""

    kind = "section"

    def _build(self) -> None:
        index = self.slide.section or 0
        sections = self._dataset.briefing.sections
        # 第三部分 over the heading, unless the heading numbers itself (一、综合, （三）…).
        self._number = None
        if not numbers_itself(sections[index].heading[0]):
            self._number = self._label(
                QCoreApplication.translate("SlideView", "第{number}部分").format(
                    # 第三部分 in Chinese; a numeral where the words are another language's.
                    number=chinese_ordinal(index + 1) if i18n.current() == "zh" else index + 1
                ),
                "accent",
            )
        # The printed heading's two halves, one to a line: the way a divider slide sets them.
        self._heading = self._label(self.slide.title.replace("　", "\n", 1))
        self._summary = self._label(sections[index].summary, "muted")

    def _layout(self, unit: float) -> None:
        area = self._margins(unit)
        segments = len(self._dataset.briefing.sections)
        # The progress marks under the text: one per section, this one in the accent colour.
        mark_w, mark_h, mark_gap = 72 * unit, 8 * unit, 12 * unit
        area.adjust(40 * unit, 0, -40 * unit, -(mark_h + 24 * unit))
        width = min(area.width(), 1500 * unit)
        items = [
            *([(self._number, 40, True, 0.0)] if self._number is not None else []),
            (self._heading, SECTION_PX, True, 36),
            (self._summary, LEAD_PX, False, 100),
        ]
        self._column(unit, items, width, area, centred=False, rule_after=len(items) - 2)
        self._body_px = self._summary.font().pixelSize()
        bottom = self.height() - MARGIN_BOTTOM * unit
        for index in range(segments):
            rect = QRectF(
                area.left() + index * (mark_w + mark_gap), bottom - mark_h, mark_w, mark_h
            )
            self._shapes.append(
                Shape(rect, fill="accent" if index == self.slide.section else "grid")
            )
