"""A chart of the briefing as a widget: ``ChartPanel``, the ``ExportMode`` it is drawn into a
file with, and ``copy_chart_data`` (its table to the clipboard) are its whole public face."""

import os

# pyqtgraph picks its binding at import; without this it would try PyQt6 first. Set here, before
# any module of the package imports it.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from briefing.views.chart._panel import ChartPanel, ExportMode, copy_chart_data

__all__ = ["ChartPanel", "ExportMode", "copy_chart_data"]
