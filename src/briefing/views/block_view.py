"""One block of a page (the lead, or a section): its stat cards, charts, image panels and text,
built in parts so a page shows its cards first."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from briefing.model import Block, Chart, Dataset, Figure, PathOutsideError
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
    # What the page around the block is asked to do (SectionPage connects them).
    scroll_wanted = Signal(QWidget, int)  # scroll so this point of the widget is near the top
    view_wanted = Signal(QWidget, QWidget)  # scroll the least that shows top down to bottom
    focus_order_changed = Signal()  # a part built or replaced: Tab's order to be set again

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
        """Build the next part not built yet (Tab's order is set again: focus_order_changed);
        False when every part is."""
        if not self._parts:
            return False
        self._parts.pop(0)()
        self._reorder()
        return True

    def finish(self) -> None:
        """Build every part not built yet (Tab's order set again once, at the end)."""
        if not self._parts:
            return
        while self._parts:
            self._parts.pop(0)()
        self._reorder()

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
        if self._text is not None and self._text_button is not None:
            self.view_wanted.emit(self._text_button, self._text)

    def reveal_sentence(self, figure_id: str) -> None:
        """Open the text, highlight the figure's sentence, and scroll the page to it."""
        self.finish()  # the text is the last part built
        if self._text is None:
            return
        self.set_text_visible(True)
        top = self._text.show_sentence(figure_id)
        if top is not None:
            self.show_in_text.emit(figure_id)
            self.scroll_wanted.emit(self._text, top)

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
        self.focus_order_changed.emit()

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
