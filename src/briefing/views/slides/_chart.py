"""A chart slide: one chart of the briefing filling the slide, its title where other slides
have their heading, its type sized to the slide."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontInfo, QFontMetricsF
from PySide6.QtWidgets import QLabel

from briefing.theme import Appearance, slide_sheet
from briefing.views.slides._metrics import (
    ACCENT_BAR,
    CHART_BODY_PX,
    CHART_SMALL_PX,
    EM_TOP,
    HEADING_PX,
    MARGIN_BOTTOM,
    SMALL_PX,
    Shape,
    pixel_font,
)
from briefing.views.slides._view import SlideView

if TYPE_CHECKING:  # importing it at run time would load pyqtgraph for every slide
    from briefing.views.chart import ChartPanel

# The scales a chart's type is tried at when it does not fit the slide at the slide's own:
# 0.97, 0.97², … down to a quarter, for two dozen bars each as thick as its label. Small type,
# but nothing cut off or overlapping.
FIT_RATIO, FIT_STEPS = 0.97, 46


class ChartSlide(SlideView):
    """A ChartPanel on the slide's background, restyled when the slide's size or theme
    changes its type."""

    kind = "chart"

    def _build(self) -> None:
        # Imported here: pyqtgraph takes most of a second to import, and only charts need it.
        from briefing.views.chart import ChartPanel

        self._styled_unit = 0.0  # the unit the chart's title and unit are sized for
        # A first guess at the zoom from the screen, so the chart is seldom restyled on its
        # first layout.
        screen = self.screen().size()
        self._chart_zoom = self._zoom_for(self._unit_for(screen.width(), screen.height()))
        self._chart: ChartPanel = ChartPanel(
            self._dataset.briefing.chart(self.slide.chart or ""),
            self._dataset.briefing.figures(),
            self._chart_appearance(),
            self,
        )
        self._chart.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._chart.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # every key is the show's

    # -- appearance -------------------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        super().apply_appearance(appearance)
        self._chart.apply_appearance(self._chart_appearance())
        if self._laid_out is not None:  # another theme may size its type differently
            self._relayout()

    def _restyle(self) -> None:
        unit = self._styled_unit = self._unit
        chart_px = (max(1, round(HEADING_PX * unit)), max(1, round(SMALL_PX * unit)))
        self.setStyleSheet(slide_sheet(self._appearance, chart_px))

    def _chart_appearance(self) -> Appearance:
        # The plot's background is the slide's, so the chart sits on the slide, not on a panel.
        theme = replace(self._appearance.theme, surface=self._appearance.theme.window)
        return replace(self._appearance, theme=theme, zoom=self._chart_zoom)

    def _set_chart_zoom(self, zoom: float) -> None:
        if zoom != self._chart_zoom:
            self._chart_zoom = zoom
            self._chart.apply_appearance(self._chart_appearance())

    def _zoom_for(self, unit: float) -> float:
        """The chart zoom that sets its value labels and axis labels at the slide's sizes."""
        theme = self._appearance.theme
        points_per_pixel = 72 / max(1.0, self.logicalDpiY())
        zoom = max(
            CHART_BODY_PX * unit * points_per_pixel / theme.base_pt,
            CHART_SMALL_PX * unit * points_per_pixel / theme.small_pt,
        )
        return max(0.3, round(zoom, 2))  # rounded: a resize by a pixel does not restyle

    # -- layout -----------------------------------------------------------------------------

    def _layout(self, unit: float) -> None:
        area = self._margins(unit)
        if self._styled_unit != unit:
            self._restyle()  # the chart's title and unit are sized by the style sheet
        # The chart's own title stands where other slides have their heading: the panel's
        # margins (its layout's, in pixels) reach out past the slide's.
        margins = self._chart.layout().contentsMargins()  # type: ignore[union-attr]
        indent = (ACCENT_BAR + 24) * unit
        heading_px = max(1, round(HEADING_PX * unit))
        metrics = QFontMetricsF(pixel_font(heading_px, bold=True))
        title_top = area.top() - (metrics.ascent() - EM_TOP * heading_px)
        panel = QRect(
            math.floor(area.left() + indent - margins.left()),
            math.floor(title_top - margins.top()),
            math.ceil(area.width() - indent + margins.left() + margins.right()),
            0,
        )
        panel.setBottom(math.floor(self.height() - MARGIN_BOTTOM * unit * 0.6))
        self._fit_chart(panel, self._zoom_for(unit))
        self._shapes.append(
            Shape(QRectF(area.left(), area.top(), ACCENT_BAR * unit, heading_px), fill="accent")
        )
        font = QFontInfo(self._chart_appearance().font(self._appearance.theme.base_pt))
        self._body_px = font.pixelSize()

    def _fit_chart(self, panel: QRect, zoom: float) -> None:
        """Put the chart in ``panel`` at the slide's type (``zoom``), or the largest smaller
        type at which its labels, legend and note all fit there: a slide cannot scroll."""
        if self._chart_fits(panel, zoom):
            return
        # Too big at the slide's type: the largest smaller type that fits, found by halving.
        scales = [FIT_RATIO**step for step in range(1, FIT_STEPS + 1)]
        low, high = 0, len(scales) - 1  # scales[high] is taken to fit
        while low < high:
            middle = (low + high) // 2
            if self._chart_fits(panel, zoom * scales[middle]):
                high = middle
            else:
                low = middle + 1
        self._chart_fits(panel, zoom * scales[high])

    def _chart_fits(self, panel: QRect, zoom: float) -> bool:
        self._set_chart_zoom(max(0.2, round(zoom, 2)))
        self._chart.setGeometry(panel)
        self._chart.choose_plot()  # now: a slide not yet shown has its resize pending
        need = self._chart.minimumSizeHint()
        return need.width() <= panel.width() and need.height() <= panel.height()

    def toggle_data_table(self) -> bool:
        """Show the chart's data table under it on the slide, or hide it (T in the show): the
        chart is fitted again into what room is left. Whether it is shown now."""
        table = self._chart.toggle_data_table(focus=False)  # the show keeps its keys
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.clearSelection()
        # The slide's type, not the application's (a child under a widget's sheet would fall
        # back to the default family).
        look = self._chart_appearance()
        table.set_type(look.font(look.theme.small_pt))
        table.fit_height()
        self._relayout()
        layout = self._chart.layout()
        if layout is not None:
            layout.activate()  # placed now, not at the next turn of the event loop
        return table.isVisible()

    # -- test hooks -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        chart = self._chart
        shown = super().texts()
        shown += [label.text() for label in chart.findChildren(QLabel) if label.text()]
        shown += chart.value_labels() + chart.legend_labels() + chart.category_labels()
        shown += chart.value_axis_labels() + chart.change_labels()
        return shown

    def chart_panel(self) -> ChartPanel:
        return self._chart

    def prepare_for_vector_output(self) -> None:
        self._chart.set_background_cache(False)
