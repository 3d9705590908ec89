"""The sections of a briefing as tabs: a page is built when it is first needed, and the charts
(pyqtgraph, ~0.9 s to import, imported in a thread) after the window has painted: the tab on
screen's first, then its neighbours' when idle, any other tab's when it is first seen, one chart
per turn of the event loop so the window keeps answering keys; the pages of tabs long unseen
are given up (KEEP_PAGES), so memory stays flat however long the briefing."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from briefing.theme import Appearance
from briefing.viewer import chart_import

# The tabs whose pages stay built, the most recently seen: a tab seen longer ago gives up its
# page (its pictures and charts above all), built again when it is seen again.
KEEP_PAGES = 6

if TYPE_CHECKING:
    from briefing.model import Dataset
    from briefing.views.section_page import SectionPage


class SectionTabs(QTabWidget):
    """One tab per section of ``dataset`` (none without one).

    Made anew for every briefing and every change of language: Qt names its own parts (the tab
    bar's scroll buttons) in the language of the moment they are made.
    """

    # The charts asked for are built: the tab on screen's (start_charts, a tab first seen), or
    # every tab's (load_charts).
    charts_ready = Signal()
    chart_action = Signal(str, str)  # chart id, "export" or "copy", from any page

    def __init__(
        self,
        dataset: Dataset | None,
        appearance: Callable[[], Appearance],
        current: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sections")
        self.setDocumentMode(True)
        self.dataset = dataset
        self._appearance = appearance
        self._pages: dict[int, SectionPage] = {}
        self._retired = False
        self._queue: list[int] = []  # tabs whose charts are wanted now, the first first
        self._idle: list[int] = []  # tabs whose charts are built when nothing else is wanted
        self._seen: list[int] = []  # tabs that may hold charts, the longest unseen first
        self._started = self._all = False
        # One slice of the work per timeout. A timer, not a queued call (QTimer.singleShot(0)
        # is one in Qt 6): queued calls posted while posted events are being sent run in the
        # same pass, back to back, and the slices would add up to one long stall.
        self._stepper = QTimer(self)  # a child: it never fires after the tabs are deleted
        self._stepper.setSingleShot(True)
        self._stepper.setInterval(0)
        self._stepper.timeout.connect(self._step)
        self._announced = False  # charts_ready said for what is wanted now
        sections = dataset.briefing.sections if dataset is not None else []
        for index, section in enumerate(sections):
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, section.heading[0])
            self.setTabToolTip(index, "　".join(section.heading))
        self.setCurrentIndex(current if 0 <= current < self.count() else 0)
        self._seen = [self.currentIndex()] if self.count() else []
        self.currentChanged.connect(self._seen_now)

    @property
    def pages(self) -> list[SectionPage]:
        """The section pages built so far, in tab order (all of them once charts_ready)."""
        return [self._pages[i] for i in sorted(self._pages)]

    def page(self, index: int) -> SectionPage | None:
        """The page of a tab if it is built."""
        return self._pages.get(index)

    def retire(self) -> None:
        """A newer set of tabs replaces this one: stop building, and go."""
        self._retired = True
        self.blockSignals(True)
        self.hide()
        self.deleteLater()

    def ensure_page(self, index: int, *, whole: bool = True) -> SectionPage | None:
        """The page of a tab, built now if it was not yet: all its parts, or with ``whole``
        False only the cards at its top if it is the tab on screen (painted in the same turn),
        nothing yet if not; the rest in the turns after. Its pictures and charts come later
        either way."""
        if self.dataset is None or not 0 <= index < self.count():
            return None
        if index not in self._pages:
            from briefing.views.section_page import SectionPage

            section = self.dataset.briefing.sections[index]
            # Its cards now, its other parts and pictures in the turns after (_step), so the
            # tab shows its cards in the turn it is chosen (a tab not on screen: its cards
            # later too); reading a part builds it at once.
            page = SectionPage(
                section,
                self.dataset,
                self._appearance(),
                with_lead=index == 0,
                deferred=True,
                cards_later=index != self.currentIndex(),  # built ahead: nothing at once
            )
            page.chart_action.connect(self.chart_action)
            holder = self.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None, "every tab holds a layout for its page"
            layout.addWidget(page)
            self._pages[index] = page
            self._kick()
        if whole:
            self._pages[index].finish()
        elif index == self.currentIndex():  # built ahead, shown now: its cards at once
            self._pages[index].show_first_cards()
        return self._pages[index]

    def start_charts(self) -> None:
        """Build the charts of the tab on screen now, then its neighbours' when idle, and any
        other tab's when it is first seen; charts_ready once the tab on screen's are built.
        pyqtgraph is imported in a thread meanwhile: the window answers throughout."""
        self._started = True
        self._want(self.currentIndex())

    def load_charts(self) -> None:
        """Build every page and every chart, the tab on screen first; charts_ready once all of
        them are (for what needs them all: an export of what is shown, tests)."""
        self._started = self._all = True
        self._announced = False
        current = self.currentIndex()
        order = [current] + [i for i in range(self.count()) if i != current]
        self._queue.extend(i for i in order if i not in self._queue)
        self._kick()

    def _want(self, index: int) -> None:
        """The charts of ``index`` are wanted now: first in the queue."""
        if not 0 <= index < self.count():
            if not self._queue:
                self._kick()  # no tab: nothing to build, and that is ready at once
            return
        if index in self._queue:
            self._queue.remove(index)
        self._queue.insert(0, index)
        self._announced = False
        self._kick()

    def _seen_now(self, index: int) -> None:
        """A tab shown: its charts are wanted (once charts are being built at all), and the
        pages of the tabs longest unseen are released past KEEP_PAGES."""
        if index in self._seen:
            self._seen.remove(index)
        if index >= 0:
            self._seen.append(index)
        if self._started:
            self._want(index)
        self._release_unseen()

    def _release_unseen(self) -> None:
        if self._all:
            return  # every chart was asked for: none goes
        while len(self._seen) > KEEP_PAGES:
            index = self._seen.pop(0)
            if index != self.currentIndex() and index in self._pages:
                self.release_page(index)

    def release_page(self, index: int) -> None:
        """Give up a tab's page (its cards, pictures, charts): built again when next seen."""
        page = self._pages.pop(index)
        holder = self.widget(index)
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.removeWidget(page)
        page.hide()
        page.deleteLater()

    def _kick(self) -> None:
        if not self._stepper.isActive():
            self._stepper.start()

    def _step(self) -> None:
        """One slice of the work: a picture decoded, a page or a chart built, then the event
        loop runs again."""
        if self._retired:  # replaced by the tabs of another briefing or language
            return
        if self._build_part() or self._decode_picture():
            self._kick()
            return
        if not self._started:
            return  # no chart asked for yet
        if not chart_import.imported():
            if not self._all and self._queue + self._idle:
                chart_import.import_in_background(self, self._kick)
                return
            chart_import.import_now()
        if self._queue:
            self._build(self._queue)
            if not self._queue:
                self._ready()
        elif self._idle:
            self._build(self._idle)
        else:
            self._ready()
            return
        if self._queue or self._idle:
            self._kick()

    def _pages_first_wanted(self) -> list[SectionPage]:
        """The built pages, the tab on screen's first, then those whose charts are wanted."""
        order = dict.fromkeys([self.currentIndex(), *self._queue, *sorted(self._pages)])
        return [self._pages[index] for index in order if index in self._pages]

    def _build_part(self) -> bool:
        """Build one part of a page not built yet (placeholders, picture panels, text)."""
        return any(page.build_next_part() for page in self._pages_first_wanted())

    def _decode_picture(self) -> bool:
        """Decode one picture of a built page, the tab on screen's first; False if none was
        left (pictures need no import, so they come while pyqtgraph is imported)."""
        return any(page.decode_next_picture() for page in self._pages_first_wanted())

    def _build(self, queue: list[int]) -> None:
        index = queue[0]
        if self.dataset is None or not 0 <= index < self.count():
            queue.pop(0)
            return
        page = self._pages.get(index)
        if page is None:
            self.ensure_page(index, whole=False)
            return
        if page.build_next_chart(self._appearance()):
            return
        queue.pop(0)
        holder, shown = self.widget(index), self.currentWidget()
        if self._all and holder is not None and shown is not None and holder is not shown:
            # Lay out and paint the hidden tab once, off screen and at the size it will have,
            # so its first showing costs no more than any tab switch.
            holder.resize(shown.size())
            holder.grab()
        if index not in self._seen:  # built ahead of being seen: the first to go
            self._seen.insert(0, index)
            self._release_unseen()

    def _ready(self) -> None:
        """The charts asked for are built: say so, then build the neighbours' when idle."""
        if self._announced:
            return
        self._announced = True
        self.charts_ready.emit()
        current = self.currentIndex()
        self._idle = []  # the neighbours of the tab on screen now, not of those before
        for index in (current + 1, current - 1):
            page = self._pages.get(index)
            wanted = 0 <= index < self.count() and (page is None or not page.charts_loaded())
            if wanted and index not in self._idle:
                self._idle.append(index)
        if self._idle:
            self._kick()

    def charts_loaded(self) -> bool:
        return len(self._pages) == self.count() and all(
            page.charts_loaded() and page.pictures_loaded() for page in self._pages.values()
        )

    def apply_appearance(self, appearance: Appearance) -> None:
        for page in self.pages:
            page.apply_appearance(appearance)
