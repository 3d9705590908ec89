"""The sections of a briefing as tabs: a page is built when it is first needed, and the charts
(pyqtgraph, ~0.9 s to import) are drawn after the window has painted, the tab on screen first,
one step per turn of the event loop so the window keeps answering keys."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from briefing.theme import Appearance

if TYPE_CHECKING:
    from briefing.model import Dataset
    from briefing.views.section_page import SectionPage


class SectionTabs(QTabWidget):
    """One tab per section of ``dataset`` (none without one).

    Made anew for every briefing and every change of language: Qt names its own parts (the tab
    bar's scroll buttons) in the language of the moment they are made.
    """

    charts_ready = Signal()  # every page and every chart is built
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
        sections = dataset.briefing.sections if dataset is not None else []
        for index, section in enumerate(sections):
            holder = QWidget()
            holder.setObjectName(f"tab-{section.id}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.addTab(holder, section.heading[0])
            self.setTabToolTip(index, "　".join(section.heading))
        self.setCurrentIndex(current if 0 <= current < self.count() else 0)

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

    def ensure_page(self, index: int) -> SectionPage | None:
        """The page of a tab, built now if it was not yet."""
        if self.dataset is None or not 0 <= index < self.count():
            return None
        if index not in self._pages:
            from briefing.views.section_page import SectionPage

            section = self.dataset.briefing.sections[index]
            page = SectionPage(section, self.dataset, self._appearance(), with_lead=index == 0)
            page.chart_action.connect(self.chart_action)
            holder = self.widget(index)
            layout = holder.layout() if holder is not None else None
            assert layout is not None, "every tab holds a layout for its page"
            layout.addWidget(page)
            self._pages[index] = page
        return self._pages[index]

    def load_charts(self) -> None:
        """Build the pages not built yet, then draw their charts, the tab on screen first."""
        current = self.currentIndex()
        order = [current] + [i for i in range(self.count()) if i != current]
        steps = [i for i in order if i not in self._pages] + order

        def next_step() -> None:
            if self._retired:  # replaced by the tabs of another briefing or language
                return
            while steps:
                index = steps.pop(0)
                page = self._pages.get(index)
                if page is None:
                    self.ensure_page(index)
                    break
                if not page.charts_loaded():
                    page.load_charts(self._appearance())
                    holder, shown = self.widget(index), self.currentWidget()
                    if holder is not None and shown is not None and holder is not shown:
                        # Lay out and paint the hidden tab once, off screen and at the size it
                        # will have, so its first showing costs no more than any tab switch.
                        holder.resize(shown.size())
                        holder.grab()
                    break
            if steps:
                QTimer.singleShot(0, self, next_step)  # never after the tabs are deleted
            elif self.charts_loaded():
                self.charts_ready.emit()

        next_step()

    def charts_loaded(self) -> bool:
        return len(self._pages) == self.count() and all(
            page.charts_loaded() for page in self._pages.values()
        )

    def apply_appearance(self, appearance: Appearance) -> None:
        for page in self.pages:
            page.apply_appearance(appearance)
