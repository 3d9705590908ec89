"""The section's own text, with every figure shown on a card highlighted where it is stated."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QTextEdit, QWidget

from briefing.model import Block, Figure, format_figure
from briefing.model.article import find_passage, mentions
from briefing.theme import Appearance


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class SectionText(QTextBrowser):
    """Read-only text that grows to its full height (the page scrolls, not the text)."""

    def __init__(self, block: Block, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.setObjectName("section-text")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.quotes: dict[str, Span] = {}  # figure id -> where its sentence is
        self.figure_spans: dict[str, list[Span]] = {}  # card figure id -> its words in the text
        self.appearance = appearance
        self._build()

    def _build(self) -> None:
        """Write the paragraphs as plain text; mark each card figure where its sentence says it."""
        text = "\n".join(self.block.paragraphs)
        cards = [f for f in self.block.figures if f.id in self.block.cards]
        for figure in self.block.figures:
            if figure.quote and (where := find_passage(text, figure.quote)) is not None:
                self.quotes[figure.id] = Span(*where)
        for figure in cards:
            self.figure_spans[figure.id] = self._token_spans(text, figure)
        self.setPlainText(text)
        self._style()

    def _token_spans(self, text: str, figure: Figure) -> list[Span]:
        sentence = self.quotes.get(figure.id)
        if sentence is None:
            return []
        token = format_figure(figure)
        inside = text[sentence.start : sentence.end]
        spans = []
        start = inside.find(token)
        while start >= 0:
            if mentions(inside[start:], token):
                spans.append(Span(sentence.start + start, sentence.start + start + len(token)))
                break
            start = inside.find(token, start + 1)
        return spans

    def _style(self) -> None:
        theme = self.appearance.theme
        document = self.document()
        document.setDocumentMargin(6)
        block_format = QTextCursor(document)
        block_format.select(QTextCursor.SelectionType.Document)
        paragraph = block_format.blockFormat()
        paragraph.setLineHeight(160, 1)  # ProportionalHeight: Chinese body text wants air
        paragraph.setBottomMargin(10)
        paragraph.setTextIndent(2 * self.fontMetrics().horizontalAdvance("国"))
        block_format.mergeBlockFormat(paragraph)
        mark = QTextCharFormat()
        mark.setBackground(QColor(theme.highlight))
        mark.setFontWeight(QFont.Weight.Bold)
        for spans in self.figure_spans.values():
            for span in spans:
                cursor = QTextCursor(document)
                cursor.setPosition(span.start)
                cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(mark)
        self._fit_height()

    def apply_appearance(self, appearance: Appearance) -> None:
        self.appearance = appearance
        # Where the highlight is, as numbers: setPlainText deletes the cursors of the text it
        # replaces, and a cursor kept across it raises "already deleted" when read.
        spans = [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.extraSelections()
        ]
        self.setExtraSelections([])
        self.setPlainText("\n".join(self.block.paragraphs))
        self._style()
        if spans:
            self.highlight_sentence_at(*spans[0])

    def highlighted_words(self) -> list[str]:
        """The words marked as card figures, in text order (for tests and accessibility)."""
        text = self.toPlainText()
        spans = [span for spans in self.figure_spans.values() for span in spans]
        return [text[s.start : s.end] for s in sorted(spans, key=lambda s: s.start)]

    def show_sentence(self, figure_id: str) -> int | None:
        """Highlight the sentence a figure came from; return its top in this widget's pixels."""
        span = self.quotes.get(figure_id)
        if span is None:
            return None
        return self.highlight_sentence_at(span.start, span.end)

    def highlight_sentence_at(self, start: int, end: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setBackground(QColor(self.appearance.theme.accent))
        selection.format.setForeground(QColor(self.appearance.theme.on_accent))
        self.setExtraSelections([selection])
        top = QTextCursor(self.document())
        top.setPosition(start)
        return self.cursorRect(top).top()

    def highlighted_sentence(self) -> str:
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    def _fit_height(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        margins = self.contentsMargins()
        height = int(self.document().size().height()) + margins.top() + margins.bottom() + 4
        if self.height() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()
