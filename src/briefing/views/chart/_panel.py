"""A briefing chart on a panel: still, labelled with the printed figures, restyled live, and
drawn into a file through its export mode."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.actions import CHART_ACTIONS, ChartCommand, build_widget_actions
from briefing.model.schema import Chart, Figure
from briefing.model.spoken import chart_description
from briefing.model.tables import chart_table, table_html, table_tsv
from briefing.theme import Appearance, export_chart_sheet
from briefing.views.chart._kinds import has_narrow_form, narrow_plot, own_plot
from briefing.views.chart._layout import category_lines_width
from briefing.views.chart._plot import ChartPlot, tooltip_text
from briefing.views.chart._table import ChartDataTable
from briefing.views.labels import plain_label

MIN_HEIGHT = 320
# A chart with no narrower form (horizontal bars, compositions) sets its type smaller rather
# than run past its panel, down to this zoom (the View menu's smallest), in steps of this much.
SMALLEST_ZOOM, ZOOM_STEP = 0.8, 0.1


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


def copy_chart_data(chart: Chart, figures: Mapping[str, Figure]) -> None:
    """Put the chart's data table on the clipboard as tab-separated text and as an HTML table,
    so it pastes as cells into Excel or WPS and as a table into Word."""
    table = chart_table(chart, figures)
    data = QMimeData()
    data.setText(table_tsv(table))
    data.setHtml(table_html(table))
    QGuiApplication.clipboard().setMimeData(data)  # the clipboard owns it from here


class ChartPanel(QFrame):
    """A chart of the briefing with its title, unit and note.

    The plot does not move: no pan, zoom, menu or auto-range button, and the mouse wheel
    scrolls the page around it. Vertical bars too many for the panel's width are drawn as
    horizontal bars instead (``NARROW_KIND``), and a rank chart too wide for its columns in
    rows, a category to a row with the ranks across: the panel never asks for more width than
    the narrower form needs (``minimumSizeHint``), and says at what width it keeps its own
    (``natural_width``); a chart with no narrower form (horizontal bars, compositions) sets
    its type smaller instead, down to zoom 0.8. Every bar or point carries its printed figure
    as a label and
    its source (the quote, or the derivation) as a tooltip; derived figures are tinted, hatched
    and listed as 推算 in the legend.

    An exporter puts the panel in export mode (``set_export_mode``), shows it off screen and
    waits for ``layout_signature`` to stop changing before it paints it.

    Test hooks, in category order then series order where it applies: ``value_labels``,
    ``legend_labels``, ``category_labels``, ``value_axis_labels``, ``change_labels``,
    ``tooltip_for`` and ``derived_bars``.
    """

    table_opened = Signal()  # the data table was built

    def __init__(
        self,
        chart: Chart,
        figures: Mapping[str, Figure],
        appearance: Appearance,
        parent: QWidget | None = None,
        *,
        narrow_on_demand: bool = False,
    ) -> None:
        """``narrow_on_demand``: build the chart's narrower form only once the panel is too
        narrow for its own (an export, laid out once at a size it knows: most never need it),
        or when ``complete`` is called (on screen, a turn of the event loop later: both are
        built, so the panel's minimum is the narrower one's)."""
        super().__init__(parent)
        self.chart = chart
        self._figures = figures
        self._appearance = appearance
        self._export: ExportMode | None = None
        self._title_hidden = False
        self._source: QLabel | None = None
        self._floor_height = MIN_HEIGHT
        self._plot_zoom: float | None = None  # the smaller zoom a too wide chart is drawn at
        self._styled_zoom: float | None = None  # the zoom the plot was last restyled at
        self._needs: dict[float, int] = {}  # the plot's least width at a zoom, this look

        self.setProperty("role", "panel")
        self.setAccessibleName(chart.title)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        layout = QVBoxLayout(self)
        # The panel's minimum is its own (minimumSizeHint), not the layout's: the layout would
        # make the plot on show, vertical bars perhaps, the least the panel can be.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(4)
        self._menu_actions: list[QAction] = []
        layout.addLayout(self._header(chart))
        if chart.unit:  # a ratio or a count of nothing in particular has no unit line
            layout.addWidget(
                plain_label(
                    QCoreApplication.translate("ChartPanel", "单位：{unit}").format(
                        unit=chart.unit
                    ),
                    "muted",
                )
            )
        self._has_narrow = has_narrow_form(chart)
        self._background_cache = True
        self._plots = [own_plot(chart, figures, appearance)]
        if self._has_narrow and not narrow_on_demand:
            self._plots.append(self._new_narrow_plot())
        self.plot = self._plots[0]
        for plot in self._plots:
            layout.addWidget(plot, 1)
            plot.setVisible(plot is self.plot)
        self.data_table: ChartDataTable | None = None  # built when first asked for
        (self.table_action,) = build_widget_actions(
            self, CHART_ACTIONS, {ChartCommand.DATA_TABLE: self.toggle_data_table}
        )
        self.table_action.setCheckable(True)
        self._note: QWidget | None = None
        if chart.note:
            self._note = plain_label(chart.note, "muted")
            layout.addWidget(self._note)
        self.setAccessibleDescription(chart_description(chart, figures, QCoreApplication.translate))
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

    # -- size -------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrowest way of drawing the chart; as tall as the way it is drawn
        at its present width needs."""
        margins = self._side_margins()
        width = min(plot.minimumWidth() for plot in self._plots) + margins
        if not self._has_narrow and self._export is None:
            width = self._need_at(self._zoom_steps()[-1]) + margins
        height = max(super().minimumSizeHint().height(), self._floor_height)
        return QSize(width, height)

    def set_floor_height(self, pixels: int) -> None:
        """The least height the panel takes, however little its chart needs."""
        self._floor_height = pixels
        self.updateGeometry()

    def natural_width(self) -> int:
        """The narrowest width at which the chart keeps its own form (vertical bars vertical,
        ranks in columns): each bar as wide as its label, each category's name in at most
        three lines; a chart with no narrower form, at the look's own type."""
        plot = self._plots[0]
        width = plot.minimumWidth()
        if not self._has_narrow and self._export is None:
            width = self._need_at(self._zoom_steps()[0])
        elif self._has_narrow:
            look = self._look()
            metrics = QFontMetricsF(look.font(look.theme.small_pt))
            longest = max(metrics.horizontalAdvance(c) for c in self.chart.categories)
            axis = 4 * metrics.horizontalAdvance("国") + 38
            lines = category_lines_width(longest, len(self.chart.categories))
            width = max(width, round(axis + lines))
        return int(width) + self._side_margins()

    def _side_margins(self) -> int:
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        return margins.left() + margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.choose_plot()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.choose_plot()

    def choose_plot(self) -> None:
        """Show the chart in its own form when the panel is wide enough, else the narrower
        one, or (a chart with no narrower form) in smaller type (on every resize; a hidden
        panel is resized only once it is shown)."""
        if not self._has_narrow:
            self._fit_type()
            return
        plot = self._plots[0] if self.width() >= self.natural_width() else self._narrow()
        changed = plot is not self.plot
        self.plot = plot
        for form in self._plots:  # only the form chosen shows, whatever showed before
            if form.isVisibleTo(self) != (form is plot):
                form.setVisible(form is plot)
        if changed:
            self.updateGeometry()

    def is_complete(self) -> bool:
        """Every form the chart is drawn in is built (see ``complete``)."""
        return not self._has_narrow or len(self._plots) > 1

    def complete(self) -> bool:
        """Build the narrower form now if it was left for later (a panel built in two turns of
        the event loop, each a frame's work); False when there was nothing left to build."""
        if self.is_complete():
            return False
        self._narrow()
        self.updateGeometry()  # its minimum is the narrower form's from now on
        self.choose_plot()
        return True

    def _new_narrow_plot(self) -> ChartPlot:
        plot = narrow_plot(self.chart, self._figures, self._appearance)
        assert plot is not None, "only a chart with a narrower form asks for it"
        return plot

    def _narrow(self) -> ChartPlot:
        """The narrower form, built now if it was left for when it is needed, and brought to
        the state the panel's own form is in (export painting, look, background cache)."""
        if len(self._plots) > 1:
            return self._plots[1]
        plot = self._new_narrow_plot()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self._plots[0]) + 1, plot, 1)
        plot.setVisible(False)
        self._plots.append(plot)
        mode = self._export
        plot.set_export_painting(mode is not None)
        cache = QGraphicsView.CacheModeFlag
        plot.setCacheMode(cache.CacheBackground if self._background_cache else cache.CacheNone)
        look = self._look()
        plot.setBackground(look.theme.surface if mode is None else mode.background)
        plot.restyle(look, 1.0 if mode is None else mode.scale)
        return plot

    def _zoom_steps(self) -> list[float]:
        """The zooms the plot may be drawn at, largest first: the look's, then smaller."""
        zoom = self._look().zoom
        steps = [zoom]
        while steps[-1] - ZOOM_STEP >= min(zoom, SMALLEST_ZOOM) - 1e-9:
            steps.append(round(steps[-1] - ZOOM_STEP, 2))
        return steps

    def _need_at(self, zoom: float) -> int:
        """The plot's least width at ``zoom`` (measured by styling it so, once per look)."""
        if zoom not in self._needs:
            styled = self._styled_zoom
            if zoom != styled:
                self._style_plot(zoom)
            self._needs[zoom] = self.plot.minimumWidth()
            if styled is not None and zoom != styled:
                self._style_plot(styled)
        return self._needs[zoom]

    def _fit_type(self) -> None:
        if self._export is not None:
            return  # an export is laid out at a size of its own, and scaled to fit
        room = self.width() - self._side_margins()
        steps = self._zoom_steps()
        zoom = next((z for z in steps if self._need_at(z) <= room), steps[-1])
        wanted = None if zoom == steps[0] else zoom
        if wanted != self._plot_zoom:
            self._plot_zoom = wanted
            self._style_plot(zoom)
            self.updateGeometry()

    def _style_plot(self, zoom: float) -> None:
        mode = self._export
        self.plot.restyle(replace(self._look(), zoom=zoom), 1.0 if mode is None else mode.scale)
        self._styled_zoom = zoom

    def set_menu_actions(self, actions: list[QAction]) -> None:
        """The chart's own actions (导出图片…, 复制图片, 复制数据), on its small toolbar button
        and in its context menu."""
        self._menu_actions = actions
        menu = QMenu(self.tools)
        menu.addActions(actions)
        menu.addAction(self.table_action)
        self.tools.setMenu(menu)
        self.tools.show()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        QMenu.exec([*self._menu_actions, self.table_action], event.globalPos(), None, self)
        event.accept()

    def toggle_data_table(self, *, focus: bool = True) -> ChartDataTable:
        """Show the chart's data table under it, or hide it (T, or 数据表 on its menus); the
        focus (with ``focus``) goes into the table when it opens, back to the chart when it
        closes."""
        if self.data_table is None:
            self.data_table = ChartDataTable(self.chart, self._figures)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(layout.indexOf(self._plots[-1]) + 1, self.data_table)
            self.data_table.hide()
            self.table_opened.emit()  # its page puts it in the Tab order, after the chart
        shown = not self.data_table.isVisible()
        self.data_table.setVisible(shown)
        self.table_action.setChecked(shown)
        self.updateGeometry()
        if focus:
            (self.data_table if shown else self).setFocus(Qt.FocusReason.OtherFocusReason)
        return self.data_table

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
        for plot in self._plots:
            plot.set_export_painting(mode is not None)
        self._restyle()

    def set_background_cache(self, enabled: bool) -> None:
        """pyqtgraph caches the plot's background in a pixmap: on screen that saves time; in a
        PDF it would be a plot-sized picture of plain white instead of one vector rectangle."""
        cache = QGraphicsView.CacheModeFlag
        self._background_cache = enabled
        for plot in self._plots:
            plot.setCacheMode(cache.CacheBackground if enabled else cache.CacheNone)

    def layout_signature(self) -> tuple[object, ...]:
        """The sizes the panel was laid out at and what the chart's fit chose for them: once
        two passes of the event loop give the same signature, the layout has settled."""
        form = type(self.plot).__name__, self.plot.chart.kind
        return (self.size().toTuple(), *form, *self.plot.fit_signature())

    def _set_look(self, look: Appearance | None) -> None:
        """The export's font, palette and style sheet on the panel; None: the app's again.

        The palette comes after the sheet: under an application style sheet (the running
        app's), setting a widget's sheet puts back the palette it had when last polished,
        undoing a palette set just before.
        """
        if look is None:
            self.setFont(QFont())
            self.setStyleSheet("")
            self.setPalette(QPalette())
        else:
            self.setFont(look.font(look.theme.base_pt))
            self.setStyleSheet(export_chart_sheet(look))
            self.setPalette(look.palette())

    def _look(self) -> Appearance:
        return self._appearance if self._export is None else self._export.appearance

    def _restyle(self) -> None:
        mode = self._export
        look = self._look()
        self._needs = {}
        self._plot_zoom = None
        for plot in self._plots:
            # None: transparent
            plot.setBackground(look.theme.surface if mode is None else mode.background)
            plot.restyle(look, 1.0 if mode is None else mode.scale)
        self._styled_zoom = look.zoom
        if self._note is not None:
            self._note.setFont(look.font(look.theme.small_pt))
        if self._has_narrow or self.isVisible():
            self.choose_plot()
        self.updateGeometry()

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
