"""pyqtgraph's PlotItem without the parts a still chart never shows.

``pg.PlotItem.__init__`` builds, for every plot, its "Plot Options" context menu: a form of
some thirty widgets (transforms, downsampling, averaging, alpha, grid, points), a QMenu holding
them and a WidgetGroup watching them; about a third of the time a chart takes to build, for a
menu that a chart with ``enableMenu=False`` never opens. ``StillPlotItem`` is built as
PlotItem builds itself, up to that menu, and leaves it out.

Written against pyqtgraph 0.14 (``PlotItem.__init__``); the methods of PlotItem that read the
menu's widgets (``addItem`` of data curves, ``showGrid``, ``setLogMode``, downsampling,
averaging, ``saveState``) are never called for a briefing chart: its marks are added to the
ViewBox directly and its grid is its own item.
"""

from __future__ import annotations

import weakref

import pyqtgraph as pg  # type: ignore[import-untyped]  # it ships no type information
from pyqtgraph import functions as fn
from pyqtgraph import icons
from pyqtgraph.graphicsItems.ButtonItem import ButtonItem  # type: ignore[import-untyped]
from PySide6.QtWidgets import QGraphicsGridLayout, QSizePolicy

from briefing.views.chart._items import Axis


class StillPlotItem(pg.PlotItem):  # type: ignore[misc]  # pyqtgraph ships no type information
    """A PlotItem with its axes, view, title and auto-range button, but no options menu.

    ``axisItems``: the axes shown (left or bottom, for the categories and the values)."""

    def __init__(self, axisItems: dict[str, pg.AxisItem]) -> None:  # noqa: N803 (pyqtgraph's)
        # Not PlotItem.__init__: that builds the menu. The rest of it, in its order.
        pg.GraphicsWidget.__init__(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.autoBtn = ButtonItem(icons.getGraphPixmap("auto"), 14, self)
        self.autoBtn.mode = "auto"
        self.autoBtn.clicked.connect(self.autoBtnClicked)
        self.buttonsHidden = False
        self.mouseHovering = False

        self.layout = QGraphicsGridLayout()
        self.layout.setContentsMargins(1, 1, 1, 1)
        self.setLayout(self.layout)
        self.layout.setHorizontalSpacing(0)
        self.layout.setVerticalSpacing(0)

        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        self.vb.sigStateChanged.connect(self.viewStateChanged)
        self.ctrl = self.ctrlMenu = self.stateGroup = self.fileDialog = None
        self.setMenuEnabled(False, None)
        self.vb.sigRangeChanged.connect(self.sigRangeChanged)
        self.vb.sigXRangeChanged.connect(self.sigXRangeChanged)
        self.vb.sigYRangeChanged.connect(self.sigYRangeChanged)
        self.vb.sigRangeChangedManually.connect(self.sigRangeChangedManually)
        self.layout.addItem(self.vb, 2, 1)
        self.alpha = 1.0
        self.autoAlpha = True
        self.spectrumMode = False
        self.legend = None

        self.axes: dict[str, dict[str, object]] = {}
        # The two axes not given are made here too, as PlotItem makes them, hidden; but
        # without SI prefixes, as the given ones are (Axis).
        hidden = [side for side in ("top", "bottom", "left", "right") if side not in axisItems]
        self.setAxisItems(axisItems | {side: Axis(side, parent=self) for side in hidden})
        for side in hidden:
            self.hideAxis(side)
        self.titleLabel = pg.LabelItem("", size="11pt", parent=self)
        self.layout.addItem(self.titleLabel, 0, 1)
        self.setTitle(None)  # hidden
        self._shape_layout()

        self.items: list[object] = []
        self.curves: list[object] = []
        self.itemMeta: weakref.WeakKeyDictionary[object, object] = weakref.WeakKeyDictionary()
        self.dataItems: list[object] = []
        self.paramList: dict[str, object] = {}
        self.avgCurves: dict[str, object] = {}
        self.avgPen = fn.mkPen((0, 200, 0))
        self.avgShadowPen = fn.mkPen((0, 0, 0), width=4)

    def _shape_layout(self) -> None:
        """The rows and columns of title, axes and view, as PlotItem sets them."""
        for i in range(4):
            self.layout.setRowPreferredHeight(i, 0)
            self.layout.setRowMinimumHeight(i, 0)
            self.layout.setRowSpacing(i, 0)
            self.layout.setRowStretchFactor(i, 1)
        for i in range(3):
            self.layout.setColumnPreferredWidth(i, 0)
            self.layout.setColumnMinimumWidth(i, 0)
            self.layout.setColumnSpacing(i, 0)
            self.layout.setColumnStretchFactor(i, 1)
        self.layout.setRowStretchFactor(2, 100)
        self.layout.setColumnStretchFactor(1, 100)
