"""A chart of the briefing as a widget: ``ChartPanel``, and the ``ExportMode`` it is drawn into a
file with, are its whole public face."""

import os

# pyqtgraph picks its binding at import; without this it would try PyQt6 first. Set here, before
# any module of the package imports it.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from briefing.views.chart._panel import ChartPanel, ExportMode

__all__ = ["ChartPanel", "ExportMode"]
