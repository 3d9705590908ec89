"""One tab: a section's heading and summary, then its block (the lead above it on the first
page), in a page that scrolls."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from briefing.model import Dataset, Section
from briefing.theme import Appearance
from briefing.views.block_view import BlockView, ChartPlaceholder
from briefing.views.image_panel import ImagePanel
from briefing.views.labels import plain_label
from briefing.views.stat_card import StatCard


class SectionPage(QScrollArea):
    """A scrolling page: (the lead on the first page,) heading, summary, then the block.

    ``deferred``: the cards first, the other parts after (``build_next_part``; BlockView)."""

    chart_action = Signal(str, str)  # chart id, "export" or "copy"

    def __init__(
        self,
        section: Section,
        dataset: Dataset,
        appearance: Appearance,
        *,
        with_lead: bool = False,
        deferred: bool = False,
        cards_later: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``deferred``: the cards first, the other parts after; with ``cards_later`` too (a
        page built ahead of being seen) the cards are parts built after as well."""
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"page-{section.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A width that does not depend on the page's length: no relayout when a tab first shows.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        content = QWidget()
        content.setObjectName("page")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 20, 28, 28)
        layout.setSpacing(16)

        self.blocks: list[BlockView] = []
        self.lead: BlockView | None = None
        lead = dataset.briefing.lead
        # An empty lead has no heading of its own either: 导语 over nothing looks broken.
        if with_lead and (lead.paragraphs or lead.cards or lead.charts or lead.images):
            layout.addWidget(plain_label(self.tr("导语"), "block-title"))
            self.lead = BlockView(
                lead, dataset, appearance, deferred=deferred, cards_later=cards_later
            )
            self.blocks.append(self.lead)
            layout.addWidget(self.lead)
            layout.addSpacing(12)

        self.heading = plain_label("　".join(section.heading), "heading")
        self.summary = plain_label(section.summary, "summary")
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        # Under the lead's cards the section's are the first thing built in the turn after:
        # the turn that paints the window's first cards builds half as many.
        self.body = BlockView(
            section,
            dataset,
            appearance,
            text_title=self.tr("本部分原文"),
            deferred=deferred,
            cards_later=cards_later or (self.lead is not None and bool(lead.cards)),
        )
        self.blocks.append(self.body)
        for block in self.blocks:
            block.chart_action.connect(self.chart_action)
            block.scroll_wanted.connect(self.scroll_to)
            block.view_wanted.connect(self.bring_into_view)
            block.focus_order_changed.connect(self.order_focus)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.setWidget(content)
        # The page scrolls to what has the focus; it takes none itself (it would show none).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.order_focus()

    def show_first_cards(self) -> None:
        """The cards at the top of the page built now (its tab is shown); those below them
        come with the other parts."""
        for block in self.blocks:
            if block.block.cards:
                block.build_cards()
                return

    def finish(self) -> None:
        """Every part built now, laid out (a reader is about to look at it)."""
        for block in self.blocks:
            block.finish()  # each sets Tab's order again if it built anything

    def build_next_part(self) -> bool:
        """One more part of a deferred page built (its chart placeholders, picture panels or
        text, the lead's first); False when every part is."""
        return any(block.build_next_part() for block in self.blocks)

    def order_focus(self) -> None:
        """Tab in reading order: the lead's cards, charts and pictures, then the section's,
        then its text (charts replace their placeholders later, and are put back in order)."""
        chain = [widget for block in self.blocks for widget in block.focus_chain()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def cards(self) -> list[StatCard]:
        return [card for block in self.blocks for card in block.cards]

    @property
    def charts(self) -> list[QWidget]:
        return [chart for block in self.blocks for chart in block.charts]

    @property
    def images(self) -> list[ImagePanel]:
        return [image for block in self.blocks for image in block.images]

    def charts_loaded(self) -> bool:
        """Every chart is built, in each of its forms."""
        return all(block.is_built() for block in self.blocks) and not any(
            isinstance(chart, ChartPlaceholder) or not getattr(chart, "is_complete", lambda: True)()
            for chart in self.charts
        )

    def pictures_loaded(self) -> bool:
        return all(block.is_built() for block in self.blocks) and all(
            panel.is_decoded() for panel in self.images
        )

    def decode_next_picture(self) -> bool:
        """One more picture decoded (the page's cards show before them); False when all are."""
        return any(block.decode_next_picture() for block in self.blocks)

    def load_charts(self, appearance: Appearance) -> None:
        for block in self.blocks:
            block.load_charts(appearance)
        self.order_focus()

    def build_next_chart(self, appearance: Appearance) -> bool:
        """One more chart built in place of its placeholder; False when all are built."""
        for block in self.blocks:
            if block.build_next_chart(appearance):
                self.order_focus()
                return True
        return False

    def apply_appearance(self, appearance: Appearance) -> None:
        for block in self.blocks:
            block.apply_appearance(appearance)

    def bring_into_view(self, top: QWidget, bottom: QWidget) -> None:
        """Scroll the least that shows ``top`` down to ``bottom`` (from ``top`` when both do
        not fit)."""
        content = self._laid_out()
        if content is None:
            return
        start = top.mapTo(content, top.rect().topLeft()).y()
        end = bottom.mapTo(content, bottom.rect().bottomLeft()).y()
        bar = self.verticalScrollBar()
        view = self.viewport().height()
        if bar.value() <= start and end <= bar.value() + view:
            return
        bar.setValue(max(0, start - 12) if end - start + 12 > view else end - view + 12)

    def _laid_out(self) -> QWidget | None:
        """The page's content laid out now: a part just built or shown (the text opened a
        moment ago, the parts of a page built ahead) has its place before it is scrolled to."""
        # Each layout asks its parent's in a posted event: all of them, innermost first.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        return self.widget()

    def scroll_to(self, widget: QWidget, y: int) -> None:
        """Scroll so that point y of a widget on this page is near the top of the view."""
        content = self._laid_out()
        if content is None:
            return
        target = widget.mapTo(content, widget.rect().topLeft()).y() + y
        self.verticalScrollBar().setValue(max(0, target - 40))
