"""One tab: a section's heading and summary, its stat cards, charts, image panels and text."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QVBoxLayout, QWidget

from briefing.model import Block, Chart, Dataset, Figure, PathOutsideError, Section
from briefing.theme import Appearance
from briefing.views.image_panel import ImagePanel
from briefing.views.labels import plain_label
from briefing.views.responsive_grid import ResponsiveGrid, least_width
from briefing.views.section_text import SectionText
from briefing.views.stat_card import StatCard, cited_source

CHART_MIN_HEIGHT = 340


CARD_WIDTH, CHART_WIDTH = 230, 520  # at the light theme's body type, zoom 1


def scaled(width: int, appearance: Appearance) -> int:
    """A width that grows with the type (zoom, projector theme): cards keep their labels to
    two lines, charts keep room for their labels."""
    return round(width * appearance.pt(appearance.theme.base_pt) / 11)


def chart_width(widget: QWidget) -> int:
    """The width a chart's column needs: enough for the chart to keep its own kind (its
    ``natural_width``), which a chart far too wide for the page gives up instead (its least)."""
    natural = getattr(widget, "natural_width", None)
    return int(natural()) if callable(natural) else least_width(widget)


class ChartPlaceholder(QFrame):
    """Holds a chart's place, at its size, until the chart is built (when its tab is first seen,
    after pyqtgraph has been imported)."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setProperty("role", "panel")
        self.setMinimumHeight(CHART_MIN_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(chart.title, "chart-title"))
        layout.addStretch(1)
        layout.addWidget(
            plain_label(self.tr("图表加载中…"), "muted"), 0, Qt.AlignmentFlag.AlignCenter
        )
        layout.addStretch(2)


class BlockView(QWidget):
    """The cards, charts, images and text of one block (the lead, or a section).

    With ``deferred`` only what a reader sees first is built at once (the lead's text, the
    cards); the chart placeholders, the picture panels and the section's text follow one part
    per ``build_next_part``, in that order, each a later turn of the event loop. With
    ``cards_later`` too (a block below another's cards: the section under the lead) its cards
    are the first of those parts. Reading ``charts``, ``images``, ``text`` or ``text_button``
    builds what is left first, and reading ``cards`` the cards, so no reader of a block sees
    it half made.
    """

    show_in_text = Signal(str)
    chart_action = Signal(str, str)  # chart id, "export" or "copy"

    def __init__(
        self,
        block: Block,
        dataset: Dataset,
        appearance: Appearance,
        *,
        text_title: str = "",
        deferred: bool = False,
        cards_later: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``text_title`` names the collapsible text; without it the text is always shown first
        (the lead, whose few lines a reader needs before anything else)."""
        super().__init__(parent)
        self.block = block
        self._dataset = dataset
        self._appearance = appearance
        self.figures: Mapping[str, Figure] = dataset.briefing.figures()
        self._source = cited_source(dataset.briefing)  # what a copied figure cites
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(14)

        self._text: SectionText | None = None
        self._text_button: QPushButton | None = None
        self._text_title = text_title
        if block.paragraphs and not text_title:
            self._text = SectionText(block, appearance)
            # The lead's few lines are read with the page, not tabbed to.
            self._text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self._layout.addWidget(self._text)

        self._cards: list[StatCard] = []
        self._card_grid: ResponsiveGrid | None = None
        later = deferred and cards_later
        if block.cards and not later:
            self._add_cards()

        self._charts: list[QWidget] = []
        self._chart_grid: ResponsiveGrid | None = None
        self._images: list[ImagePanel] = []
        parts = (
            (self._add_cards, bool(block.cards) and later),
            (self._add_charts, bool(block.charts)),
            (self._add_images, bool(block.images)),
            (self._add_text, bool(block.paragraphs and text_title)),
        )
        self._parts: list[Callable[[], None]] = [part for part, wanted in parts if wanted]
        if not deferred:
            self.finish()

    def build_next_part(self) -> bool:
        """Build the next part not built yet; False when every part is."""
        if not self._parts:
            return False
        self._parts.pop(0)()
        return True

    def finish(self) -> None:
        """Build every part not built yet."""
        while self.build_next_part():
            pass

    def is_built(self) -> bool:
        return not self._parts

    @property
    def cards(self) -> list[StatCard]:
        self.build_cards()
        return self._cards

    @property
    def card_grid(self) -> ResponsiveGrid | None:
        self.build_cards()
        return self._card_grid

    def build_cards(self) -> None:
        """The cards built now if they were still to come (always the first part left)."""
        if self._parts and self._parts[0] == self._add_cards:
            self.build_next_part()
            self._reorder()  # Tab reaches them in reading order

    @property
    def charts(self) -> list[QWidget]:
        self.finish()
        return self._charts

    @property
    def chart_grid(self) -> ResponsiveGrid | None:
        self.finish()
        return self._chart_grid

    @property
    def images(self) -> list[ImagePanel]:
        self.finish()
        return self._images

    @property
    def text(self) -> SectionText | None:
        self.finish()
        return self._text

    @property
    def text_button(self) -> QPushButton | None:
        self.finish()
        return self._text_button

    def _add_cards(self) -> None:
        grid = ResponsiveGrid(min_item_width=scaled(CARD_WIDTH, self._appearance), max_columns=5)
        by_id = {figure.id: figure for figure in self.block.figures}
        for figure_id in self.block.cards:
            card = StatCard(by_id[figure_id], self.figures, self._appearance, source=self._source)
            card.show_in_text.connect(self.reveal_sentence)
            self._cards.append(card)
            grid.add(card)
        self._card_grid = grid
        self._add(grid)

    def _add_charts(self) -> None:
        grid = ResponsiveGrid(
            min_item_width=scaled(CHART_WIDTH, self._appearance),
            max_columns=2,
            spacing=14,
            item_width=chart_width,
        )
        for chart in self.block.charts:
            placeholder = ChartPlaceholder(chart)
            self._charts.append(placeholder)
            grid.add(placeholder)
        self._chart_grid = grid
        self._add(grid)

    def _add_images(self) -> None:
        self._add(self._image_grid(self._dataset, self._appearance))

    def _add_text(self) -> None:
        self._text = SectionText(self.block, self._appearance)
        self._text_button = QPushButton()
        self._text_button.setObjectName("text-toggle")
        self._text_button.setCheckable(True)
        self._text_button.toggled.connect(self.set_text_visible)
        self._text_button.clicked.connect(self._opened_by_reader)
        self.set_text_visible(False)
        self._add(self._text_button, Qt.AlignmentFlag.AlignLeft)
        self._add(self._text)

    def _add(self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None) -> None:
        """A part at the end of the block, shown at once unless hidden on purpose (Qt would
        show it in a later turn, after a layout done now has left it out)."""
        if alignment is None:
            self._layout.addWidget(widget)
        else:
            self._layout.addWidget(widget, 0, alignment)
        if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            widget.show()

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab reaches, in reading order: cards, charts (each with its button and
        its data table), pictures, then the text's button and the text."""
        chain: list[QWidget] = [*self._cards]
        for chart in self._charts:
            chain.append(chart)
            chain.extend(
                child
                for child in (getattr(chart, "tools", None), getattr(chart, "data_table", None))
                if isinstance(child, QWidget)
            )
        chain.extend(self._images)
        chain.extend(w for w in (self._text_button, self._text) if w is not None)
        return [w for w in chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def _image_grid(self, dataset: Dataset, appearance: Appearance) -> ResponsiveGrid:
        grid = ResponsiveGrid(min_item_width=300, max_columns=3, spacing=14)
        for image in self.block.images:
            try:
                source, kind = dataset.image_file(image)
            except PathOutsideError:
                source, kind = None, image.kind
            # Decoded in a later turn (decode_next_picture): the cards show first.
            panel = ImagePanel(image, source, kind, appearance, deferred=True)
            self._images.append(panel)
            panel.set_album(self._images)
            grid.add(panel)
        return grid

    def set_text_visible(self, visible: bool) -> None:
        if self._text is None or self._text_button is None:
            return  # the lead's text is always shown
        if visible:  # the pictures above it take their own heights before it is scrolled to
            while self.decode_next_picture():
                pass
        self._text.setVisible(visible)
        self._text_button.setChecked(visible)
        arrow = "▲" if visible else "▼"
        words = self.tr("收起{title}") if visible else self.tr("展开{title}")
        self._text_button.setText(f"{words.format(title=self._text_title)} {arrow}")

    def _opened_by_reader(self, opened: bool) -> None:
        """展开本部分原文 pressed: once the text is laid out, scroll the page to it."""
        if opened:
            QTimer.singleShot(0, self, self.bring_text_into_view)

    def bring_text_into_view(self) -> None:
        """Scroll so the opened text shows: its button at the top, unless all of it is in
        view already."""
        page = self._page()
        if page is None or self._text is None or self._text_button is None:
            return
        page.bring_into_view(self._text_button, self._text)

    def reveal_sentence(self, figure_id: str) -> None:
        """Open the text, highlight the figure's sentence, and scroll the page to it."""
        self.finish()  # the text is the last part built
        if self._text is None:
            return
        self.set_text_visible(True)
        top = self._text.show_sentence(figure_id)
        if top is not None:
            self.show_in_text.emit(figure_id)
            page = self._page()
            if page is not None:
                page.scroll_to(self._text, top)

    def _page(self) -> SectionPage | None:
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, SectionPage):
            widget = widget.parentWidget()
        return widget

    def decode_next_picture(self) -> bool:
        """Decode the first picture not decoded yet; False when there was none left."""
        return any(panel.decode() for panel in self._images)

    def load_charts(self, appearance: Appearance) -> None:
        """Decode the pictures, and replace each placeholder with its chart (imports pyqtgraph
        on first use)."""
        self.finish()
        while self.decode_next_picture():
            pass
        while self.build_next_chart(appearance):
            pass

    def build_next_chart(self, appearance: Appearance) -> bool:
        """Finish a chart built in the step before, or replace the first placeholder with its
        chart; False when there was nothing left to build."""
        from briefing.views.chart import ChartPanel

        if self.build_next_part():  # the placeholders first
            return True
        for chart in self._charts:
            complete = getattr(chart, "complete", None)
            if callable(complete) and complete():
                if self._chart_grid is not None:
                    self._chart_grid.relayout()  # its least width is the narrower form's now
                return True
        for index, placeholder in enumerate(self._charts):
            if isinstance(placeholder, ChartPlaceholder) and self._chart_grid is not None:
                # Its narrower form comes in the next step: each step is about a frame's work.
                panel = ChartPanel(
                    placeholder.chart, self.figures, appearance, narrow_on_demand=True
                )
                panel.set_floor_height(CHART_MIN_HEIGHT)
                panel.set_menu_actions(self._chart_actions(panel, placeholder.chart.id))
                self._chart_grid.replace(placeholder, panel)
                self._charts[index] = panel
                panel.table_opened.connect(self._reorder)
                return True
        return False

    def _reorder(self) -> None:
        page = self._page()
        if page is not None:
            page.order_focus()

    def _chart_actions(self, panel: QWidget, chart_id: str) -> list[QAction]:
        actions = []
        for what, text in (
            ("export", self.tr("导出图片…")),
            ("copy", self.tr("复制图片")),
            ("copy-data", self.tr("复制数据")),
        ):
            action = QAction(text, panel)
            action.setObjectName(f"chart-{what}")
            action.triggered.connect(
                lambda _checked=False, what=what: self.chart_action.emit(chart_id, what)
            )
            actions.append(action)
        return actions

    def apply_appearance(self, appearance: Appearance) -> None:
        self._appearance = appearance  # for the parts still to be built too
        if self._card_grid is not None:
            self._card_grid.set_min_item_width(scaled(CARD_WIDTH, appearance))
        if self._chart_grid is not None:
            self._chart_grid.set_min_item_width(scaled(CHART_WIDTH, appearance))
        for card in self._cards:
            card.apply_appearance(appearance)
        for panel in self._images:
            panel.apply_appearance(appearance)
        for chart in self._charts:
            restyle = getattr(chart, "apply_appearance", None)
            if restyle is not None:
                restyle(appearance)
        if self._text is not None:
            self._text.apply_appearance(appearance)
        for grid in (self._card_grid, self._chart_grid):
            if grid is not None:
                grid.relayout()  # the items' needs grew or shrank with their type


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
        if all(block.is_built() for block in self.blocks):
            return
        for block in self.blocks:
            block.finish()
        self.order_focus()

    def build_next_part(self) -> bool:
        """One more part of a deferred page built (its chart placeholders, picture panels or
        text, the lead's first); False when every part is."""
        for block in self.blocks:
            if block.build_next_part():
                self.order_focus()
                return True
        return False

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
