"""Find in the briefing (Ctrl+F): a bar over the pages, results as you type, Enter or F3 to the
next, Shift+F3 to the previous; the match's tab is opened, the match scrolled into view and
outlined (its words filled in the text), and "3 / 12" counted; Esc closes and clears it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from briefing.actions import FIND_BAR_KEYS, ActionId, FindCommand, find_command
from briefing.i18n import QT_TRANSLATE_NOOP
from briefing.viewer.background import run_in_thread
from briefing.viewer.section_tabs import SectionTabs
from briefing.views.labels import plain_label

if TYPE_CHECKING:  # the model imports pydantic: only once a search is asked for
    from briefing.model import Briefing
    from briefing.model.search import Hit, Hits, SearchIndex
    from briefing.views.section_page import SectionPage
    from briefing.views.section_text import SectionText

MARK = QTextFormat.Property.UserProperty + 13  # tells find's own selection from the text's
WHERE = {
    "card": QT_TRANSLATE_NOOP("FindBar", "数据卡片"),
    "chart": QT_TRANSLATE_NOOP("FindBar", "图表"),
    "image": QT_TRANSLATE_NOOP("FindBar", "图片"),
    "text": QT_TRANSLATE_NOOP("FindBar", "正文"),
    "heading": QT_TRANSLATE_NOOP("FindBar", "标题"),
    "summary": QT_TRANSLATE_NOOP("FindBar", "摘要"),
    "notes": QT_TRANSLATE_NOOP("FindBar", "演讲备注"),
}
MARGIN = 60  # pixels kept around a match scrolled into view (the bar covers the page's top)


class FindField(QLineEdit):
    """The bar's line edit: its own keys (FIND_BAR_KEYS) become commands."""

    command = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = find_command(FIND_BAR_KEYS, event)
        if command is not None:
            self.command.emit(command.value)
            event.accept()
            return
        super().keyPressEvent(event)


class FindBar(QFrame):
    """The field, the count (3 / 12, 无结果), where the match is, previous, next and close."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("find-bar")
        self.field = FindField(self)
        self.field.setObjectName("find-field")
        self.field.setMinimumWidth(200)
        self.count = plain_label("", "muted", wrap=False, parent=self)
        self.count.setObjectName("find-count")
        # As wide as a long count, so the field does not jump as the count grows.
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0000 / 0000"))
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where = plain_label("", "muted", wrap=False, parent=self)
        self.where.setObjectName("find-where")
        self.previous = self._button("↑", "find-previous")
        self.next = self._button("↓", "find-next")
        self.close_button = self._button("×", "find-close")
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.where)
        for button in (self.previous, self.next, self.close_button):
            layout.addWidget(button)
        self.hide()

    def retranslate(self) -> None:
        """The bar's own words in the UI language of the moment."""
        self.field.setPlaceholderText(self.tr("查找数字、文字、图注、备注"))
        # As wide as the longest place a match can be in, so the bar fits it from the start.
        metrics = self.where.fontMetrics()
        names = [QCoreApplication.translate("FindBar", name) for name in WHERE.values()]
        self.where.setMinimumWidth(max(metrics.horizontalAdvance(name) for name in names))
        for button, tip in (
            (self.previous, self.tr("上一个（Shift+F3）")),
            (self.next, self.tr("下一个（F3 或回车）")),
            (self.close_button, self.tr("关闭查找（Esc）")),
        ):
            button.setToolTip(tip)
            button.setAccessibleName(tip)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("国") * 2 + 12)
        return button

    def set_count(self, current: int, total: int, query: str) -> None:
        if not query.strip():
            text, state = "", ""
        elif total == 0:
            text, state = self.tr("无结果"), "none"
        else:
            text, state = f"{current + 1} / {total}", "some"
        self.count.setText(text)
        if self.count.property("found") != state:
            self.count.setProperty("found", state)
            self.count.style().unpolish(self.count)
            self.count.style().polish(self.count)


class Outline(QFrame):
    """The orange frame around the card, chart, picture or heading find is showing: a frame of
    its own laid over the widget, so marking it changes nothing in the widget's own layout (a
    thicker border would rewrap a card's label) and restyles nothing."""

    GAP = 0  # over the widget's own edge: outside it, the grid holding it would clip it

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("find-outline")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.target: QWidget | None = None

    def follow(self, target: QWidget | None) -> None:
        if self.target is not None and isValid(self.target):  # a chart's placeholder goes
            self.target.removeEventFilter(self)
        self.target = target
        if target is None or target.parentWidget() is None:
            self.hide()
            return
        self.setParent(target.parentWidget())
        target.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        if self.target is not None and isValid(self.target):
            gap = self.GAP
            self.setGeometry(self.target.geometry().adjusted(-gap, -gap, gap, gap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._place()
        return False


def build_index(briefing: Briefing, lead: str) -> SearchIndex:
    """The find index of a briefing (pure Python: on any thread)."""
    from briefing.model.search import SearchIndex
    from briefing.model.slides import build_slides

    return SearchIndex(briefing, build_slides(briefing, lead_title=lead))


class Finder(QObject):
    """Find in one main window: the bar, the index of the open briefing, and what is marked."""

    def __init__(self, window: QMainWindow, tabs: Callable[[], SectionTabs]) -> None:
        """``tabs()`` is the window's current SectionTabs (made anew for each briefing)."""
        super().__init__(window)
        self.window = window
        self._tabs = tabs
        self.bar: FindBar | None = None
        self._index: SearchIndex | None = None
        self._index_of: object = None  # the dataset the index was built for
        self.hits: Hits | list[Hit] = []
        self.current = -1
        self._marked: QWidget | None = None
        self.outline: Outline | None = None
        self._marked_text: SectionText | None = None
        window.installEventFilter(self)  # placed again when the window's size changes
        # Indexed in a thread once the charts on screen are built, so Ctrl+F opens at once on a
        # long briefing too and the index never holds the window (80-125 ms at 64×).
        self._indexing: object = None  # the dataset an index is being built for
        charts_ready = getattr(window, "charts_ready", None)
        if charts_ready is not None:
            charts_ready.connect(self.index_in_background)

    def handlers(self) -> dict[ActionId, Callable[[], None]]:
        return {
            ActionId.FIND: self.open,
            ActionId.FIND_NEXT: lambda: self.step(1),
            ActionId.FIND_PREVIOUS: lambda: self.step(-1),
        }

    # -- the bar ------------------------------------------------------------------------------

    def _ensure_bar(self) -> FindBar:
        if self.bar is None:
            central = self.window.centralWidget()
            assert central is not None
            self.bar = FindBar(central)
            self.bar.field.textEdited.connect(self.search)
            self.bar.field.command.connect(self._command)
            self.bar.previous.clicked.connect(lambda: self.step(-1))
            self.bar.next.clicked.connect(lambda: self.step(1))
            self.bar.close_button.clicked.connect(self.close)
        return self.bar

    def _command(self, command: str) -> None:
        if command == FindCommand.CLOSE:
            self.close()
        else:
            self.step(-1 if command == FindCommand.PREVIOUS else 1)

    def is_open(self) -> bool:
        return self.bar is not None and self.bar.isVisible()

    def open(self) -> None:
        """Ctrl+F: show the bar with the focus in its field, its words selected."""
        if getattr(self.window, "dataset", None) is None:
            return
        bar = self._ensure_bar()
        self.index()  # built now, not on the first key press
        bar.show()
        self._place()
        bar.raise_()
        bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.field.selectAll()

    def _place(self) -> None:
        """Top right of the pages, just under the tab bar, clear of the page's scroll bar."""
        if self.bar is None:
            return
        tabs, bar = self._tabs(), self.bar
        hint = bar.sizeHint()
        width = min(tabs.width() - 48, max(hint.width(), min(620, tabs.width() // 2)))
        bar.resize(width, hint.height())
        bar.move(tabs.x() + tabs.width() - width - 24, tabs.y() + tabs.tabBar().height())

    def close(self) -> None:
        """Esc: the bar goes, and so does the mark; the page keeps its place."""
        self._unmark()
        if self.bar is not None and self.bar.isVisible():
            self.bar.hide()
            tabs = self._tabs()
            (tabs.currentWidget() or tabs).setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.is_open():
            self._place()
        return False

    # -- searching ----------------------------------------------------------------------------

    def index(self) -> SearchIndex | None:
        """The index of the briefing on screen, built now if it was not yet."""
        dataset = getattr(self.window, "dataset", None)
        if dataset is None:
            return None
        if self._index is None or self._index_of is not dataset:
            lead = QCoreApplication.translate("Slides", "导语")
            self._index = build_index(dataset.briefing, lead)
            self._index_of = dataset
        return self._index

    def index_in_background(self) -> None:
        """Build the index of the briefing on screen in a thread, if it is not built yet."""
        dataset = getattr(self.window, "dataset", None)
        if dataset is None or dataset is self._index_of or dataset is self._indexing:
            return
        self._indexing = dataset
        lead = QCoreApplication.translate("Slides", "导语")

        def built(index: SearchIndex) -> None:
            if self._indexing is dataset:
                self._indexing = None
            if getattr(self.window, "dataset", None) is dataset and self._index_of is not dataset:
                self._index, self._index_of = index, dataset

        run_in_thread(lambda: build_index(dataset.briefing, lead), built, self, name="find-index")

    def briefing_changed(self) -> None:
        """Another briefing, or the same one rebuilt (a new language, a save on disk): the marks
        went with the old pages; the bar searches again if it is open."""
        self._marked = self._marked_text = None
        if self.outline is not None:  # it went with the old pages
            self.outline.target = None
            self.outline = None
        self.hits, self.current = [], -1
        if self.bar is not None:
            self.bar.retranslate()
        if self.is_open() and self.bar is not None:
            self._place()
            self.search(self.bar.field.text())

    def search(self, query: str) -> None:
        """Results as the reader types: the first at or after the tab on screen is shown."""
        index = self.index()
        if index is None:
            return
        self.hits = index.find(query)
        self.current = self.hits.first_from(self._tabs().currentIndex()) if self.hits else -1
        self._show_current(query)

    def step(self, step: int) -> None:
        """F3 / Shift+F3 (Enter / Shift+Enter in the field): the next or previous result,
        round from the last to the first; with the bar closed, it opens on the last search."""
        if not self.is_open():
            self.open()
            if self.bar is None:
                return
            if not self.hits:
                self.search(self.bar.field.text())
                return
        if not self.hits or self.bar is None:
            return
        self.current = (self.current + step) % len(self.hits)
        self._show_current(self.bar.field.text())

    def _show_current(self, query: str) -> None:
        self._unmark()
        bar = self._ensure_bar()
        bar.set_count(self.current, len(self.hits), query)
        if self.current < 0:
            bar.where.setText("")
            return
        hit = self.hits[self.current]
        bar.where.setText(QCoreApplication.translate("FindBar", WHERE[hit.where]))
        self._reveal(hit)

    # -- showing a match ----------------------------------------------------------------------

    def _reveal(self, hit: Hit) -> None:
        tabs = self._tabs()
        moved = tabs.currentIndex() != hit.tab
        tabs.setCurrentIndex(hit.tab)
        page = tabs.ensure_page(hit.tab)
        if page is None:
            return
        if moved:  # the tab just shown is laid out before it scrolls
            _settle(page)
        if hit.where == "text":
            self._reveal_text(page, hit)
            return
        widget = _widget_of(page, hit)
        if widget is not None:
            if self.outline is None:
                self.outline = Outline()
            self.outline.follow(widget)
            self._marked = widget
            page.ensureWidgetVisible(widget, MARGIN, MARGIN)

    def _reveal_text(self, page: SectionPage, hit: Hit) -> None:
        from briefing.model.search import LEAD

        block = page.lead if hit.target == LEAD else page.body
        if block is None or block.text is None:
            return
        if not block.text.isVisible():
            block.set_text_visible(True)
            _settle(page, block.text)
        text = block.text
        start = hit.entry.base + hit.start
        cursor = QTextCursor(text.document())
        cursor.setPosition(start)
        cursor.setPosition(hit.entry.base + hit.end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        theme = text.appearance.theme
        selection.format.setBackground(QColor(theme.found))
        selection.format.setForeground(QColor("#000000"))
        selection.format.setProperty(MARK, True)
        text.setExtraSelections([*_others(text), selection])
        self._marked_text = text
        content = page.widget()
        if content is None:
            return
        where = QTextCursor(text.document())
        where.setPosition(start)
        point = text.viewport().mapTo(content, text.cursorRect(where).center())
        page.ensureVisible(point.x(), point.y(), MARGIN, 2 * MARGIN)

    def _unmark(self) -> None:
        if self._marked is not None and self.outline is not None:
            self.outline.follow(None)
        self._marked = None
        if self._marked_text is not None:
            self._marked_text.setExtraSelections(_others(self._marked_text))
            self._marked_text = None

    # -- test hooks ---------------------------------------------------------------------------

    def marked(self) -> QWidget | None:
        """The card, chart, picture or heading outlined, or the text whose words are filled."""
        return self._marked or self._marked_text

    def marked_words(self) -> str:
        """The words filled in the text, if the match is in the text."""
        if self._marked_text is None:
            return ""
        for selection in self._marked_text.extraSelections():
            if selection.format.property(MARK):
                return str(selection.cursor.selectedText())
        return ""


def _settle(page: SectionPage, grown: QWidget | None = None) -> None:
    """Lay the page out now (a tab just shown, a text just opened), so a match is scrolled to
    where it will be. A text that opens grows to its height in steps, each a layout request
    posted to the widget above: those of its own ancestors are handled here, not every window's
    (costly in a long briefing)."""
    chain: list[QWidget] = []
    widget = grown
    while widget is not None and widget is not page:
        chain.append(widget)
        widget = widget.parentWidget()
    content = page.widget()
    layout = content.layout() if content is not None else None
    for _ in range(3 if chain else 1):
        for ancestor in [*chain, page]:
            QCoreApplication.sendPostedEvents(ancestor, QEvent.Type.LayoutRequest)
        if layout is not None:
            layout.activate()


def _others(text: SectionText) -> list[QTextEdit.ExtraSelection]:
    """The text's selections that are not find's (the sentence 在原文中显示 highlights)."""
    return [s for s in text.extraSelections() if not s.format.property(MARK)]


def _widget_of(page: SectionPage, hit: Hit) -> QWidget | None:
    """The card, chart, picture or label on ``page`` the hit is in."""
    if hit.where in ("heading", "notes"):  # the notes are the section's: its heading stands in
        return page.heading
    if hit.where == "summary":
        return page.summary
    for block in page.blocks:
        model = block.block
        pairs: list[tuple[str, QWidget]] = []
        if hit.where == "card":
            pairs = list(zip(model.cards, block.cards, strict=False))
        elif hit.where == "chart":
            pairs = [(c.id, w) for c, w in zip(model.charts, block.charts, strict=False)]
        elif hit.where == "image":
            pairs = [(i.id, w) for i, w in zip(model.images, block.images, strict=False)]
        for target, widget in pairs:
            if target == hit.target:
                return widget
    return None
