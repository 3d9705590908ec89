"""A briefing chart on a panel: still, labelled with the printed figures, restyled live, and
drawn into a file through its export mode."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.model.formatting import format_shown
from briefing.model.schema import Chart, Figure
from briefing.theme import Appearance, export_chart_sheet
from briefing.views.chart._plot import ChartPlot, tooltip_text
from briefing.views.labels import plain_label


@dataclass(frozen=True)
class ExportMode:
    """How a chart is drawn into a file rather than on screen; given to
    ``ChartPanel.set_export_mode`` (as pyqtgraph's ``setExportMode`` tells its items).

    The panel is then painted through a painter scaled by ``scale`` (k: the export's pixel
    width over the width it was laid out at), so type, bars and margins keep their proportions
    at any pixel size.
    """

    appearance: Appearance  # its theme, fonts, palette and style sheet, not the running app's
    scale: float = 1.0  # k: device pixels per logical pixel of the painter
    background: str | None = None  # the plot's fill, a colour name; None: transparent
    title: bool = True  # the chart's title above it
    source: str | None = None  # a line written under the chart (数据来源：…)


class ChartPanel(QFrame):
    """A chart of the briefing with its title, unit and note.

    The plot does not move: no pan, zoom, menu or auto-range button, and the mouse wheel
    scrolls the page around it. Every bar or point carries its printed figure as a label and
    its source (the quote, or the derivation) as a tooltip; derived figures are tinted, hatched
    and listed as 推算 in the legend.

    An exporter puts the panel in export mode (``set_export_mode``), shows it off screen and
    waits for ``layout_signature`` to stop changing before it paints it.

    Test hooks, in category order then series order where it applies: ``value_labels``,
    ``legend_labels``, ``category_labels``, ``value_axis_labels``, ``change_labels``,
    ``tooltip_for`` and ``derived_bars``.
    """

    def __init__(
        self,
        chart: Chart,
        figures: Mapping[str, Figure],
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chart = chart
        self._figures = figures
        self._appearance = appearance
        self._export: ExportMode | None = None
        self._title_hidden = False
        self._source: QLabel | None = None

        self.setProperty("role", "panel")
        self.setAccessibleName(chart.title)
        self.setMinimumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        self._menu_actions: list[QAction] = []
        layout.addLayout(self._header(chart))
        if chart.unit is not None:
            layout.addWidget(
                plain_label(
                    QCoreApplication.translate("ChartPanel", "单位：{unit}").format(
                        unit=chart.unit
                    ),
                    "muted",
                )
            )
        self.plot = ChartPlot(chart, figures, appearance)
        layout.addWidget(self.plot, 1)
        self._note: QWidget | None = None
        if chart.note:
            self._note = plain_label(chart.note, "muted")
            layout.addWidget(self._note)
        self.setAccessibleDescription(self._summary())
        self.apply_appearance(appearance)

    def _header(self, chart: Chart) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title_label = plain_label(chart.title, "chart-title")
        header.addWidget(self.title_label, 1)
        # A small button for export and copy; shown once the page gives it actions.
        self.tools = QToolButton()
        self.tools.setObjectName("chart-tools")
        self.tools.setText("…")
        self.tools.setToolTip(QCoreApplication.translate("ChartPanel", "导出或复制本图"))
        self.tools.setAccessibleName(QCoreApplication.translate("ChartPanel", "导出或复制本图"))
        self.tools.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tools.hide()
        header.addWidget(self.tools, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def set_menu_actions(self, actions: list[QAction]) -> None:
        """The chart's own actions (导出图片…, 复制图片), on its small toolbar button and in
        its context menu."""
        self._menu_actions = actions
        menu = QMenu(self.tools)
        menu.addActions(actions)
        self.tools.setMenu(menu)
        self.tools.show()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self._menu_actions:
            QMenu.exec(self._menu_actions, event.globalPos(), None, self)
            event.accept()

    # -- test hooks -------------------------------------------------------------------------

    def value_labels(self) -> list[str]:
        """The text of every bar's (or point's) value label, category order then series order."""
        return self.plot.value_labels()

    def legend_labels(self) -> list[str]:
        """The legend's names, left to right (empty when the chart needs no legend)."""
        return self.plot.legend_labels()

    def category_labels(self) -> list[str]:
        """The category names as drawn on the category axis (line breaks from wrapping removed)."""
        return self.plot.category_labels()

    def value_axis_labels(self) -> list[str]:
        """The numbers (or 第N位) written along the value axis, from the axis origin outward."""
        return self.plot.value_axis_labels()

    def change_labels(self) -> list[str]:
        """A rank chart's change annotations (提升10位), one per category; empty otherwise."""
        return self.plot.change_labels()

    def tooltip_for(self, category: int, series: int) -> str:
        """The plain text of the tooltip of one bar: where the figure comes from."""
        return tooltip_text(self.chart, self._figures, category, series)

    def derived_bars(self) -> list[tuple[int, int]]:
        """(category, series) of every bar or point drawn in the derived style."""
        return [(p.category, p.series) for p in self.plot.points if p.figure.derived is not None]

    # -- appearance and export --------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle in place: colours, fonts and sizes, for a chart already on screen too.

        In export mode the export's appearance stays drawn; this one returns when it ends.
        """
        self._appearance = appearance
        self._restyle()

    def set_export_mode(self, mode: ExportMode | None) -> None:
        """Draw the chart for a file (``mode``), or on screen again (None).

        In export mode the panel takes the export's font, palette and style sheet instead of
        inheriting the running app's; widens its cosmetic pens by ``mode.scale`` (they stay as
        many device pixels wide as their width under any painter: a 4K axis line is then as
        heavy, relative to the chart, as on screen); hides its title if asked; writes the
        source line under the chart; paints its own background (or none) with no cached
        bitmap; and scales the hatching of derived bars with the picture.
        """
        before = None if self._export is None else self._export.appearance
        self._export = mode
        look = None if mode is None else mode.appearance
        # Only when it changes: the font set again under the sheet would override the sizes
        # the sheet gave the labels.
        if look != before:
            self._set_look(look)
        hide_title = mode is not None and not mode.title
        if hide_title != self._title_hidden:
            self.title_label.setHidden(hide_title)
            self._title_hidden = hide_title
        self._set_source(mode)
        self.plot.set_export_painting(mode is not None)
        self._restyle()

    def set_background_cache(self, enabled: bool) -> None:
        """pyqtgraph caches the plot's background in a pixmap: on screen that saves time; in a
        PDF it would be a plot-sized picture of plain white instead of one vector rectangle."""
        cache = QGraphicsView.CacheModeFlag
        self.plot.setCacheMode(cache.CacheBackground if enabled else cache.CacheNone)

    def layout_signature(self) -> tuple[object, ...]:
        """The sizes the panel was laid out at and what the chart's fit chose for them: once
        two passes of the event loop give the same signature, the layout has settled."""
        return (self.size().toTuple(), *self.plot.fit_signature())

    def _set_look(self, look: Appearance | None) -> None:
        """The export's font, palette and style sheet on the panel; None: the app's again."""
        if look is None:
            self.setFont(QFont())
            self.setPalette(QPalette())
            self.setStyleSheet("")
        else:
            self.setFont(look.font(look.theme.base_pt))
            self.setPalette(look.palette())
            self.setStyleSheet(export_chart_sheet(look))

    def _restyle(self) -> None:
        mode = self._export
        look = self._appearance if mode is None else mode.appearance
        if mode is None:
            self.plot.setBackground(look.theme.surface)
        else:
            self.plot.setBackground(mode.background)  # None: transparent
        if self._note is not None:
            self._note.setFont(look.font(look.theme.small_pt))
        self.plot.restyle(look, 1.0 if mode is None else mode.scale)

    def _set_source(self, mode: ExportMode | None) -> None:
        if mode is None or mode.source is None:
            if self._source is not None:
                self._source.hide()
                self._source.deleteLater()
                self._source = None
            return
        if self._source is None:
            self._source = plain_label(mode.source, "credit", parent=self)
        else:
            self._source.setText(mode.source)
        # Its own font: under a widget's (not the application's) style sheet a new child does
        # not inherit its parent's font, and would fall back to the application's family
        # (seen: "Sans Serif" in the SVG, DejaVu digits in the PNG).
        look = mode.appearance
        self._source.setFont(look.font(look.theme.small_pt))
        layout = self.layout()
        if layout is not None and layout.indexOf(self._source) < 0:
            layout.addWidget(self._source)
            if self.isVisible():  # a child added to a shown widget is not shown with it
                self._source.show()

    def _summary(self) -> str:
        """The figures in words, for a screen reader."""
        parts = []
        for point in self.plot.points:
            name = self.chart.series[point.series].name
            category = self.chart.categories[point.category]
            parts.append(f"{category} {name} {format_shown(point.figure)}")
        return "；".join(parts)
