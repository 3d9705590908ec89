"""One slide of the show as a widget, for the screen and for the PDF."""

from briefing.views.slides._view import DESIGN, SlideView

__all__ = ["DESIGN", "SlideView"]
