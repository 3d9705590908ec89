"""Find in the presenter console (Ctrl+F): a field over the console, the results as you type,
each with the slide that holds it; Enter (or a click) jumps the show to that slide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from briefing.actions import CONSOLE_FIND_KEYS, CONSOLE_FIND_OPEN, FindCommand, find_command
from briefing.model import Briefing
from briefing.model.search import Hit, SearchIndex
from briefing.model.slides import Slide
from briefing.theme import Appearance, console_find_sheet
from briefing.views.labels import plain_label

MAX_ROWS = 200  # a one-letter search in a long briefing: the first rows are the ones read


class _Field(QLineEdit):
    """Takes every key while it has the focus: the console passes unhandled keys to the show,
    and typing B must not blank the screen."""

    command = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = find_command(CONSOLE_FIND_KEYS, event)
        if command is not None:
            self.command.emit(command.value)
        else:
            super().keyPressEvent(event)
        event.accept()


class ConsoleFind(QFrame):
    """Hidden until Ctrl+F in ``console``; ``slide_chosen`` says which slide to show."""

    slide_chosen = Signal(int)

    def __init__(
        self, console: QWidget, slides: list[Slide], briefing: Briefing, appearance: Appearance
    ) -> None:
        super().__init__(console)
        self.setObjectName("console-find")
        self.setStyleSheet(console_find_sheet(appearance.theme))
        self._console = console
        self._slides = slides
        self._briefing = briefing
        self._index: SearchIndex | None = None
        self.hits: list[Hit] = []
        self.field = _Field(self)
        self.field.setObjectName("console-find-field")
        # Focusable only while open: a closed find must not take the show's keys (Tab, a click).
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.field.setPlaceholderText(
            QCoreApplication.translate("ConsoleFind", "查找数字或文字，回车跳到所在幻灯片")
        )
        self.field.textEdited.connect(self.search)
        self.field.command.connect(self._command)
        self.count = plain_label("", wrap=False, parent=self)
        self.count.setObjectName("console-find-count")
        self.results = QListWidget(self)
        self.results.setObjectName("console-find-results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field
        self.results.itemClicked.connect(lambda _item: self.pick())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        opener = QAction(console)
        opener.setObjectName("console-find")
        opener.setShortcuts(QKeySequence.keyBindings(CONSOLE_FIND_OPEN))
        opener.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        opener.triggered.connect(self.open)
        console.addAction(opener)
        self.hide()

    def open(self) -> None:
        console = self._console
        width = max(420, console.width() // 2)
        height = max(240, console.height() * 3 // 5)
        self.setGeometry((console.width() - width) // 2, console.height() // 8, width, height)
        font = console.font()
        font.setPixelSize(max(16, console.height() // 40))  # read from a step back, as the notes
        for part in (self.field, self.count, self.results):
            part.setFont(font)
        self.show()
        self.raise_()
        self.field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_find(self) -> None:
        self.hide()
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._console.setFocus(Qt.FocusReason.OtherFocusReason)  # the keys go to the show again

    def search(self, query: str) -> None:
        if self._index is None:
            self._index = SearchIndex(self._briefing, self._slides)
        # The console thinks in slides: the results in the show's order.
        self.hits = sorted(self._index.find(query), key=lambda hit: hit.slide)
        self.results.clear()
        for hit in self.hits[:MAX_ROWS]:
            slide = self._slides[hit.slide]
            row = QCoreApplication.translate("ConsoleFind", "第 {n} 张 · {label}：{words}")
            text = row.format(n=hit.slide + 1, label=slide.label, words=hit.snippet())
            QListWidgetItem(text, self.results)
        if self.hits:
            self.results.setCurrentRow(0)
        if not query.strip():
            self.count.setText("")
        elif not self.hits:
            self.count.setText(QCoreApplication.translate("ConsoleFind", "无结果"))
        else:
            self.count.setText(
                QCoreApplication.translate("ConsoleFind", "{n} 个结果").format(n=len(self.hits))
            )

    def _command(self, command: str) -> None:
        rows = self.results.count()
        if command == FindCommand.CLOSE:
            self.close_find()
        elif command == FindCommand.PICK:
            self.pick()
        elif rows:
            step = 1 if command == FindCommand.NEXT else -1
            self.results.setCurrentRow((self.results.currentRow() + step) % rows)

    def pick(self) -> None:
        """The chosen result's slide goes on screen, and the find closes."""
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            slide = self.hits[row].slide
            self.close_find()
            self.slide_chosen.emit(slide)
