"""A chart of the briefing as a widget: ``ChartPanel`` is its whole public face."""

from briefing.views.chart._panel import ChartPanel

__all__ = ["ChartPanel"]
