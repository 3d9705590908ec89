"""What every slide of the show shares: its unit from its size, margins, stacked labels, accent
shapes, theme colours, and the one interface the show, the console and the PDF use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from briefing.model import Dataset
from briefing.model.slides import Slide, SlideKind
from briefing.theme import Appearance, Theme, slide_sheet
from briefing.views.labels import plain_label
from briefing.views.slides._metrics import (
    DESIGN,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    SHRINK,
    ColourRole,
    Shape,
    Tone,
    balanced_width,
    ink_height,
    pixel_font,
    place,
)

if TYPE_CHECKING:  # importing it at run time would load pyqtgraph for every slide
    from briefing.views.chart import ChartPanel

__all__ = ["DESIGN", "SlideView", "slide_view"]  # DESIGN: the size the PDF lays a slide out at

# The class that draws each kind of slide; each registers itself by its ``kind``.
_KINDS: dict[SlideKind, type[SlideView]] = {}
# A subclass of SlideView made elsewhere, joined with a kind's class: made once per pair.
_JOINED: dict[tuple[type[SlideView], SlideKind], type[SlideView]] = {}


class SlideView(QWidget):
    """One slide of ``build_slides``, drawn to fill whatever size it is given.

    ``SlideView(slide, dataset, appearance)`` builds the view of the slide's kind (a
    ``TitleSlide``, ``CardsSlide``, ``SectionSlide``, ``ChartSlide``, ``PictureSlide`` or
    ``ClosingSlide``); a subclass of SlideView made elsewhere gets that kind's class under it.
    A kind's class builds its children once (``_build``) and places them for a unit
    (``_layout``); everything else is here.

    Every size is a size on a 1920×1080 slide times min(height / 1080, width / 1920): at
    1920×1080 text is at least 28 px and a card's number as large as its card allows (112 to
    175 px for the bundled briefing). Type shrinks together rather than clip when a dataset's
    text is long. Colours come from the appearance's theme, changes follow its colour
    convention, all text is plain text. Children take neither the focus nor the mouse: the
    show window handles every key and click. Layout happens on resize (or on first use by a
    hook or a paint), so building is cheap; a picture is decoded then, at the size it is shown.

    Test hooks: ``texts()`` (every string shown, in reading order), ``value_pixel_size()`` and
    ``body_pixel_size()`` (font pixel sizes after the slide is laid out at its current size),
    ``chart_panel()`` (the ChartPanel of a chart slide), ``picture_rect()`` (where an image
    slide draws its picture), ``placeholder_text()`` (an image slide's placeholder, or "").
    """

    kind: ClassVar[SlideKind]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "kind" in cls.__dict__:
            _KINDS[cls.kind] = cls

    def __new__(
        cls,
        slide: Slide,
        dataset: Dataset,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> Self:
        # Always a subclass of cls, so Python goes on to call its __init__ with these arguments.
        return super().__new__(cast("type[Self]", _class_for(cls, slide.kind)))

    def __init__(
        self,
        slide: Slide,
        dataset: Dataset,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.slide = slide
        self._dataset = dataset
        self._appearance = appearance
        self._labels: list[QLabel] = []  # in reading order
        self._shapes: list[Shape] = []
        self._laid_out: QSize | None = None  # the size the children were placed for
        self._unit = 1.0
        self._value_px = 0
        self._body_px = 0

        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # paintEvent fills it all
        self.setAccessibleName(slide.label)
        self._build()
        for child in self.findChildren(QWidget):
            child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._restyle()

    # -- what each kind of slide provides ---------------------------------------------------

    def _build(self) -> None:
        """Make the slide's children and its kind's state, once, from the constructor."""
        raise NotImplementedError

    def _layout(self, unit: float) -> None:
        """Place the children for ``unit``, adding the shapes painted under them."""
        raise NotImplementedError

    def _paint_over(self, painter: QPainter) -> None:
        """Paint what lies over the shapes and under the children (a picture)."""

    # -- building ---------------------------------------------------------------------------

    def _label(self, text: str, tone: Tone = "text", *, wrap: bool = True) -> QLabel:
        label = plain_label(text, wrap=wrap, parent=self)
        label.setProperty("tone", tone)
        # Clicks and the wheel go through to the show window, which turns the pages.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._labels.append(label)
        return label

    # -- appearance -------------------------------------------------------------------------

    def apply_appearance(self, appearance: Appearance) -> None:
        """Restyle in place: theme colours, the colour convention of changes, the chart."""
        self._appearance = appearance
        self._restyle()
        self.update()

    def _restyle(self) -> None:
        self.setStyleSheet(slide_sheet(self._appearance))

    # -- layout -----------------------------------------------------------------------------

    @staticmethod
    def _unit_for(width: int, height: int) -> float:
        return max(0.0, min(width / DESIGN.width(), height / DESIGN.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ensure_layout()  # a hook or a grab may have laid out a hidden slide already

    def _ensure_layout(self) -> None:
        if self._laid_out != self.size():
            self._relayout()

    def _relayout(self) -> None:
        self._laid_out = self.size()
        self._unit = self._unit_for(self.width(), self.height())
        self._shapes = []
        if self.width() < 8 or self.height() < 8:
            return
        self._layout(self._unit)
        self.update()

    def _margins(self, unit: float) -> QRectF:
        """The area inside the slide's margins; a slide wider than 16:9 keeps its text column."""
        width, height = self.width(), self.height()
        side = max(MARGIN_X * unit, (width - DESIGN.width() * unit) / 2 + MARGIN_X * unit)
        return QRectF(
            side,
            MARGIN_TOP * unit,
            max(0.0, width - 2 * side),
            max(0.0, height - (MARGIN_TOP + MARGIN_BOTTOM) * unit),
        )

    def _column(
        self,
        unit: float,
        items: Sequence[tuple[QLabel, float, bool, float]],
        width: float,
        area: QRectF,
        *,
        centred: bool,
        rule_after: int | None = None,
    ) -> None:
        """Stack ``(label, pixel size, bold, gap above)`` in ``area``, centred vertically,
        shrinking every size together until the stack fits. ``rule_after`` puts the short
        accent rule in the middle of the gap after that item."""
        rule_w, rule_h = RULE[0] * unit, RULE[1] * unit
        for scale in SHRINK:
            total = 0.0
            for label, px, bold, gap in items:
                label.setFont(pixel_font(px * unit * scale, bold=bold))
                total += gap * unit * scale + ink_height(label, width)
            if total <= area.height():
                break
        y = area.top() + (area.height() - total) / 2
        for index, (label, _, _, gap) in enumerate(items):
            y += gap * unit * scale
            shown = balanced_width(label, width)
            x = area.left() + (area.width() - shown) / 2 if centred else area.left()
            y = place(label, x, y, shown)
            if index == rule_after:
                following = items[index + 1][3] if index + 1 < len(items) else 0.0
                top = y + (following * unit * scale - rule_h) / 2
                left = area.center().x() - rule_w / 2 if centred else area.left()
                self._shapes.append(Shape(QRectF(left, top, rule_w, rule_h), fill="accent"))

    # -- painting ---------------------------------------------------------------------------

    def _colour(self, role: ColourRole) -> QColor:
        t: Theme = self._appearance.theme
        if role == "card":
            # A card stands out from the slide: the raised surface, or the tint when they match.
            return QColor(t.surface_alt if t.surface == t.window else t.surface)
        if role == "badge":
            colour = QColor(t.surface)
            colour.setAlphaF(0.92)
            return colour
        if role == "placeholder":
            return QColor(t.surface_alt)
        return QColor(getattr(t, role))

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._appearance.theme.window))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for shape in self._shapes:
            self._paint_shape(painter, shape)
        self._paint_over(painter)

    def _paint_shape(self, painter: QPainter, shape: Shape) -> None:
        if shape.outline is not None:
            pen = QPen(self._colour(shape.outline), shape.line)
            if shape.dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        rect = shape.rect
        if shape.outline is not None:
            inset = shape.line / 2
            rect = rect.adjusted(inset, inset, -inset, -inset)
        if shape.radius:
            painter.drawRoundedRect(rect, shape.radius, shape.radius)
        else:
            painter.drawRect(rect)
        if shape.stripe:
            path = QPainterPath()
            path.addRoundedRect(rect, shape.radius, shape.radius)
            painter.save()
            painter.setClipPath(path)
            painter.fillRect(
                QRectF(rect.left(), rect.top(), shape.stripe, rect.height()), self._colour("accent")
            )
            painter.restore()

    # -- test hooks -------------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every string the slide shows, in reading order (a chart's: title, unit, note, then
        its value labels, legend, categories, axis numbers and changes)."""
        self._ensure_layout()  # whether a picture can be shown is known once it is decoded
        return [label.text() for label in self._labels if not label.isHidden()]

    def value_pixel_size(self) -> int:
        """The pixel size of a card's number on a cards slide at its current size; 0 otherwise."""
        self._ensure_layout()
        return self._value_px

    def body_pixel_size(self) -> int:
        """The pixel size of the slide's body text (card labels, summary, caption, a chart's
        value labels) at its current size."""
        self._ensure_layout()
        return self._body_px

    def chart_panel(self) -> ChartPanel | None:
        """The ChartPanel of a chart slide; None on another kind."""
        return None

    def prepare_for_vector_output(self) -> None:
        """About to be rendered onto a PDF: nothing on the slide may be a cached bitmap."""

    def picture_rect(self) -> QRectF:
        """Where an image slide draws its picture; empty for a placeholder or another kind."""
        return QRectF()

    def placeholder_text(self) -> str:
        """The placeholder's text (heading, file name, reason) of a picture that cannot be
        shown; "" otherwise."""
        return ""


def _class_for(cls: type[SlideView], kind: SlideKind) -> type[SlideView]:
    """The class that shows a slide of ``kind`` when ``cls(slide, ...)`` is called."""
    chosen = _KINDS[kind]
    if issubclass(chosen, cls):
        return chosen
    if issubclass(cls, tuple(_KINDS.values())):
        raise ValueError(f"{cls.__name__} cannot show a slide of kind {kind!r}")
    # A subclass made elsewhere (a test's counting view) keeps its own methods above the kind's.
    key = (cls, kind)
    if key not in _JOINED:
        _JOINED[key] = type(cls.__name__, (cls, chosen), {})
    return _JOINED[key]


def slide_view(
    slide: Slide, dataset: Dataset, appearance: Appearance, parent: QWidget | None = None
) -> SlideView:
    """The view of ``slide``'s kind: the same as ``SlideView(slide, dataset, appearance)``."""
    return SlideView(slide, dataset, appearance, parent)
