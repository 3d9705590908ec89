"""The console's speaker notes: the current slide's own notes or its section's, saying which,
in a type size the presenter sets with A+ / A− (or Ctrl+= / Ctrl+-), remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QTextEdit, QVBoxLayout, QWidget

from briefing.actions import CONSOLE_BINDINGS, ConsoleCommand
from briefing.model.slides import SlideNotes
from briefing.settings import NOTES_SIZE, Settings
from briefing.views.labels import plain_label

# The notes' size in % of the console's own: the steps A+ and A− go through.
SIZE_STEPS = (70, 85, 100, 120, 140, 170, 200, 240)
NOTES_MIN_PX = 14  # at the smallest step, on the smallest console


def source_text(notes: SlideNotes) -> str:
    """Whose notes these are, said beside the caption."""
    texts = {
        "own": QCoreApplication.translate("PresenterConsole", "本张备注"),
        "section": QCoreApplication.translate("PresenterConsole", "本部分备注"),
        "lead": QCoreApplication.translate("PresenterConsole", "导语"),
        "none": "",
    }
    return texts[notes.source]


def _key_tip(command: ConsoleCommand) -> str:
    """What the button does and its key, from the command table."""
    binding = next(b for b in CONSOLE_BINDINGS if b.command == command)
    key = QKeySequence(binding.keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("PresenterConsole", "{what}（快捷键 {key}）").format(
        what=QCoreApplication.translate("PresenterConsole", binding.text), key=key
    )


def _nearest_step(percent: int) -> int:
    return min(SIZE_STEPS, key=lambda step: abs(step - percent))


def console_button(parent: QWidget, text: str, name: str) -> QPushButton:
    """A button of the console, which never takes the focus: a focused button would swallow
    Space and Enter, the keys that advance the show."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class NotesPanel(QWidget):
    """Caption, whose notes they are, A− / A+, and the notes as a bulleted list."""

    def __init__(self, muted: str, settings: Settings | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._muted = muted
        self._settings = settings
        self._percent = _nearest_step(settings.get(NOTES_SIZE) if settings else 100)
        self._base_px = 20.0
        self._base_font = QFont()
        self._notes = SlideNotes((), "none")

        self.caption = plain_label(
            QCoreApplication.translate("PresenterConsole", "备注"), wrap=False, parent=self
        )
        self.caption.setObjectName("caption")
        self.source = plain_label("", wrap=False, parent=self)
        self.source.setObjectName("notesSource")
        self.smaller = console_button(self, "A−", "notesSmaller")
        self.smaller.setToolTip(_key_tip(ConsoleCommand.NOTES_SMALLER))
        self.smaller.clicked.connect(lambda: self.step(-1))
        self.larger = console_button(self, "A+", "notesLarger")
        self.larger.setToolTip(_key_tip(ConsoleCommand.NOTES_LARGER))
        self.larger.clicked.connect(lambda: self.step(1))
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.caption)
        header.addWidget(self.source)
        header.addStretch(1)
        header.addWidget(self.smaller)
        header.addWidget(self.larger)

        self.text = QTextEdit(self)
        self.text.setObjectName("notes")
        self.text.setReadOnly(True)
        self.text.setAcceptRichText(False)
        # Only the wheel and the scroll bar move the notes: a click must not take the keys.
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.text.setFrameShape(QFrame.Shape.NoFrame)
        self.text.verticalScrollBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.text, 1)
        self._sync_buttons()

    # Size -------------------------------------------------------------------------------------

    def percent(self) -> int:
        return self._percent

    def pixel_size(self) -> int:
        return self.text.font().pixelSize()

    def set_base(self, font: QFont, pixels: float, caption: QFont, buttons: QFont) -> None:
        """The console's type for its size: the notes are ``percent`` of ``pixels``."""
        self._base_font = QFont(font)
        self._base_px = pixels
        self.caption.setFont(caption)
        self.source.setFont(caption)
        for button in (self.smaller, self.larger):
            button.setFont(buttons)
        self._apply_size()

    def step(self, direction: int) -> None:
        """One step larger (1) or smaller (-1), remembered for the next show."""
        index = SIZE_STEPS.index(self._percent) + direction
        if not 0 <= index < len(SIZE_STEPS):
            return
        self._percent = SIZE_STEPS[index]
        if self._settings is not None:
            self._settings.set(NOTES_SIZE, self._percent)
        self._sync_buttons()
        self._apply_size()

    def _sync_buttons(self) -> None:
        self.smaller.setEnabled(self._percent > SIZE_STEPS[0])
        self.larger.setEnabled(self._percent < SIZE_STEPS[-1])

    def _apply_size(self) -> None:
        font = QFont(self._base_font)
        font.setPixelSize(max(NOTES_MIN_PX, round(self._base_px * self._percent / 100)))
        self.text.setFont(font)
        self._fill()

    # Text -------------------------------------------------------------------------------------

    def set_notes(self, notes: SlideNotes) -> None:
        self._notes = notes
        self.source.setText(source_text(notes))
        own = notes.own
        if self.source.property("own") != own:
            self.source.setProperty("own", own)
            self.source.style().unpolish(self.source)
            self.source.style().polish(self.source)
        self._fill()

    def _fill(self) -> None:
        """The notes as a bulleted list, each line inserted as text (never parsed as HTML)."""
        lines = self._notes.lines
        pixels = self.text.font().pixelSize()
        document = self.text.document()
        document.clear()
        # Qt's default 40 px list indent costs the notes a word on every line.
        document.setIndentWidth(pixels * 1.3)
        cursor = QTextCursor(document)
        first = QTextBlockFormat()
        first.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        # Space between items only: a margin under the last one would add a scroll bar for it.
        spacing = QTextBlockFormat(first)
        spacing.setTopMargin(pixels * 0.6)
        cursor.setBlockFormat(first)
        if not lines:
            muted = QTextCharFormat()
            muted.setForeground(QColor(self._muted))
            cursor.insertText(
                QCoreApplication.translate("PresenterConsole", "（本页无备注）"), muted
            )
            return
        bullets = QTextListFormat()
        bullets.setStyle(QTextListFormat.Style.ListDisc)
        bullets.setIndent(1)
        items = cursor.createList(bullets)
        for number, line in enumerate(lines):
            if number:
                cursor.insertBlock(spacing)
                items.add(cursor.block())
            cursor.insertText(line)
        self.text.verticalScrollBar().setValue(0)


__all__ = ["SIZE_STEPS", "NotesPanel", "source_text"]
