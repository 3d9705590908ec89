"""What the presenter's tools hold, apart from any widget: the ink drawn on each slide, and the
zoom (its factor and which part of the slide it shows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, QSizeF

# Z (or +) steps through these; - steps back, Esc or 0 goes straight to 1×.
ZOOM_FACTORS = (1.0, 2.0, 3.0)


class Tool(StrEnum):
    ARROW = "arrow"  # the plain mouse: a click moves on
    POINTER = "pointer"  # the laser pointer (L)
    PEN = "pen"  # the pen (Ctrl+P): a drag draws, a click does not move on


Stroke = list[QPointF]  # points in the slide's own units: 0..1 across and down


@dataclass
class Ink:
    """The strokes drawn on each slide, kept while the show lasts (going back shows them)."""

    strokes: dict[int, list[Stroke]] = field(default_factory=dict)

    def on(self, index: int) -> list[Stroke]:
        return self.strokes.get(index, [])

    def start(self, index: int, point: QPointF) -> None:
        self.strokes.setdefault(index, []).append([point])

    def extend(self, index: int, point: QPointF) -> None:
        strokes = self.strokes.get(index)
        if strokes:
            strokes[-1].append(point)

    def erase(self, index: int) -> bool:
        """Every stroke of one slide gone; whether there was any."""
        return bool(self.strokes.pop(index, None))


@dataclass
class Zoom:
    """A zoom into the slide: ``factor`` and the slide's point at the screen's top left
    (``origin``, in the slide's pixels at 1×). A screen point ``p`` shows the slide's point
    ``origin + p / factor``."""

    size: QSizeF = field(default_factory=QSizeF)
    factor: float = 1.0
    origin: QPointF = field(default_factory=QPointF)

    @property
    def zoomed(self) -> bool:
        return self.factor > 1.0

    def to_slide(self, point: QPointF) -> QPointF:
        return self.origin + point / self.factor

    def to_screen(self, point: QPointF) -> QPointF:
        return (point - self.origin) * self.factor

    def region(self) -> QRectF:
        """The part of the slide on screen, in the slide's pixels."""
        return QRectF(self.origin, self.size / self.factor)

    def step(self, steps: int, at: QPointF) -> bool:
        """Zoom ``steps`` factors in (or out, when negative), keeping the slide's point under the
        screen point ``at`` where it is; whether the factor changed."""
        index = ZOOM_FACTORS.index(self.factor) if self.factor in ZOOM_FACTORS else 0
        factor = ZOOM_FACTORS[max(0, min(index + steps, len(ZOOM_FACTORS) - 1))]
        if factor == self.factor:
            return False
        under = self.to_slide(at)
        self.factor = factor
        self.origin = under - at / factor
        self._clamp()
        return True

    def reset(self) -> bool:
        changed = self.zoomed
        self.factor, self.origin = 1.0, QPointF()
        return changed

    def pan(self, dx: float, dy: float) -> bool:
        """Move the view by a share of what is on screen (0.25 = a quarter of it)."""
        before = QPointF(self.origin)
        seen = self.size / self.factor
        self.origin += QPointF(dx * seen.width(), dy * seen.height())
        self._clamp()
        return self.origin != before

    def _clamp(self) -> None:
        seen = self.size / self.factor
        x = max(0.0, min(self.origin.x(), self.size.width() - seen.width()))
        y = max(0.0, min(self.origin.y(), self.size.height() - seen.height()))
        self.origin = QPointF(x, y)
