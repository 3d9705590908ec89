"""One slide of the show as a widget, for the screen and for the PDF: a class per kind of
slide behind one interface, ``SlideView``, which builds the right one.

``SlideView(slide, dataset, appearance)`` (or ``slide_view``, the same) gives a
``TitleSlide``, ``CardsSlide``, ``SectionSlide``, ``ChartSlide``, ``PictureSlide`` or
``ClosingSlide``; each is a SlideView, with the same methods and test hooks.
"""

from briefing.views.slides._cards import CardsSlide
from briefing.views.slides._chart import ChartSlide
from briefing.views.slides._picture import PictureSlide, pictures_shared
from briefing.views.slides._section import SectionSlide
from briefing.views.slides._title import ClosingSlide, TitleSlide
from briefing.views.slides._view import DESIGN, SlideView, slide_view

__all__ = [
    "DESIGN",
    "CardsSlide",
    "ChartSlide",
    "ClosingSlide",
    "PictureSlide",
    "SectionSlide",
    "SlideView",
    "TitleSlide",
    "pictures_shared",
    "slide_view",
]
