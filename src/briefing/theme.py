"""The one theme: colours and type sizes as data, applied in one place to the palette, the style
sheet and (through the ``changed`` signal) the charts already on screen."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, get_args

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from briefing.fonts import FONT_FAMILY

ThemeName = Literal["light", "dark", "projector"]
Convention = Literal["red-up", "green-up"]
THEME_NAMES: tuple[ThemeName, ...] = get_args(ThemeName)
CONVENTIONS: tuple[Convention, ...] = get_args(Convention)
ZOOM_STEPS = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    window: str  # page background
    surface: str  # cards, panels
    surface_alt: str  # header band, hovered card
    border: str
    text: str
    muted: str  # labels, captions, axis text
    accent: str  # tab underline, buttons, this year's bars
    on_accent: str
    highlight: str  # figures highlighted in the section text
    focus: str  # keyboard focus ring
    red: str
    green: str
    series: tuple[str, ...]  # chart series, the year before first
    grid: str
    base_pt: float  # body text
    small_pt: float  # captions, credits, axis labels
    heading_pt: float  # section heading
    title_pt: float  # briefing title
    value_pt: float  # a stat card's value
    line_width: float  # chart axes and outlines, in pixels at zoom 1

    @property
    def is_dark(self) -> bool:
        """Light text on a dark page (the page's colour is darker than mid-grey)."""
        return QColor(self.window).lightnessF() < 0.5


THEMES: dict[ThemeName, Theme] = {
    "light": Theme(
        name="light",
        window="#f3f5f8",
        surface="#ffffff",
        surface_alt="#e9eef5",
        border="#d3dae4",
        text="#18212e",
        muted="#566173",
        accent="#1f5faf",
        on_accent="#ffffff",
        highlight="#ffe69a",
        focus="#1f5faf",
        red="#c62828",
        green="#2e7d32",
        series=("#9db2c9", "#1f5faf", "#e07b39", "#2a9d8f", "#8e6cb8", "#c9a227"),
        grid="#e3e8ef",
        base_pt=11,
        small_pt=9.5,
        heading_pt=17,
        title_pt=21,
        value_pt=26,
        line_width=1.0,
    ),
    "dark": Theme(
        name="dark",
        window="#12161d",
        surface="#1c222b",
        surface_alt="#252d38",
        border="#354050",
        text="#e8edf3",
        muted="#a5b0bf",
        accent="#6aa7f2",
        on_accent="#0b1220",
        highlight="#6b5412",
        focus="#8cc0ff",
        red="#ff6b6b",
        green="#4cc38a",
        series=("#5f6f84", "#6aa7f2", "#f0a060", "#4fc1b0", "#b69ae0", "#e0c25a"),
        grid="#2a323e",
        base_pt=11,
        small_pt=9.5,
        heading_pt=17,
        title_pt=21,
        value_pt=26,
        line_width=1.0,
    ),
    "projector": Theme(
        name="projector",
        window="#ffffff",
        surface="#ffffff",
        surface_alt="#eef1f5",
        border="#1a1a1a",
        text="#000000",
        muted="#262626",
        accent="#0038a8",
        on_accent="#ffffff",
        highlight="#ffd84d",
        focus="#0038a8",
        red="#cc0000",
        green="#00703c",
        series=("#7f8fa6", "#0038a8", "#d35400", "#00796b", "#6a3d9a", "#9a7d0a"),
        grid="#c8ced6",
        base_pt=14,
        small_pt=12,
        heading_pt=22,
        title_pt=27,
        value_pt=34,
        line_width=2.0,
    ),
}


@dataclass(frozen=True)
class Appearance:
    """Everything that decides how the app looks: theme, zoom and the colour convention."""

    theme: Theme = THEMES["light"]
    zoom: float = 1.0
    convention: Convention = "red-up"

    def pt(self, size: float) -> float:
        return round(size * self.zoom, 1)

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(self.pt(size))
        font.setBold(bold)
        return font

    def change_colour(self, improvement: bool) -> str:
        """Red for good news under the Chinese convention (red-up), green under green-up."""
        rising_is_red = self.convention == "red-up"
        return self.theme.red if improvement == rising_is_red else self.theme.green

    def palette(self) -> QPalette:
        t = self.theme
        palette = QPalette()
        roles = {
            QPalette.ColorRole.Window: t.window,
            QPalette.ColorRole.WindowText: t.text,
            QPalette.ColorRole.Base: t.surface,
            QPalette.ColorRole.AlternateBase: t.surface_alt,
            QPalette.ColorRole.Text: t.text,
            QPalette.ColorRole.Button: t.surface,
            QPalette.ColorRole.ButtonText: t.text,
            QPalette.ColorRole.ToolTipBase: t.surface,
            QPalette.ColorRole.ToolTipText: t.text,
            QPalette.ColorRole.Highlight: t.accent,
            QPalette.ColorRole.HighlightedText: t.on_accent,
            QPalette.ColorRole.PlaceholderText: t.muted,
            QPalette.ColorRole.Link: t.accent,
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        return palette

    def stylesheet(self) -> str:
        t = self.theme
        pt = self.pt
        return f"""
QMainWindow, QScrollArea, QWidget#page {{ background: {t.window}; }}
QWidget#header {{ background: {t.surface_alt}; border-bottom: 1px solid {t.border}; }}
QLabel {{ color: {t.text}; }}
QLabel[role="title"] {{ font-size: {pt(t.title_pt)}pt; font-weight: bold; }}
QLabel[role="subtitle"], QLabel[role="muted"] {{ color: {t.muted}; }}
QLabel[role="credit"], QLabel[role="caption-credit"] {{
    color: {t.muted}; font-size: {pt(t.small_pt)}pt; }}
QLabel[role="heading"] {{ font-size: {pt(t.heading_pt)}pt; font-weight: bold; }}
QLabel[role="summary"] {{ color: {t.muted}; font-size: {pt(t.base_pt + 1)}pt; }}
QLabel[role="block-title"] {{ font-size: {pt(t.base_pt + 2)}pt; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {pt(t.base_pt + 1)}pt; }}
QLabel[role="value"] {{ font-size: {pt(t.value_pt)}pt; font-weight: bold; }}
QLabel[role="unit"] {{ font-size: {pt(t.base_pt + 2)}pt; font-weight: bold; }}
QLabel[role="badge"] {{
    color: {t.muted}; border: 1px solid {t.border}; border-radius: 3px;
    padding: 0 4px; font-size: {pt(t.small_pt)}pt; }}
QLabel[role="chart-title"] {{ font-size: {pt(t.base_pt + 1)}pt; font-weight: bold; }}
QFrame[role="card"], QFrame[role="panel"] {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame[role="card"]:hover {{ background: {t.surface_alt}; }}
QFrame[role="card"]:focus, QFrame[role="panel"]:focus {{ border: 2px solid {t.focus}; }}
QFrame[role="popup"] {{ background: {t.surface}; border: 1px solid {t.border}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    padding: 8px 18px; color: {t.muted}; background: transparent;
    border: none; border-bottom: 3px solid transparent; font-size: {pt(t.base_pt + 1)}pt; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 3px solid {t.accent}; font-weight: bold; }}
QTabBar::tab:focus {{ color: {t.accent}; }}
QPushButton {{
    color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
    border-radius: 4px; padding: 4px 12px; }}
QPushButton:hover {{ background: {t.surface_alt}; }}
QPushButton:focus {{ border: 2px solid {t.focus}; }}
QTextBrowser {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 8px; font-size: {pt(t.base_pt + 1)}pt; }}
QToolTip {{ color: {t.text}; background: {t.surface}; border: 1px solid {t.border}; }}
"""

    def with_theme(self, name: ThemeName) -> Appearance:
        return replace(self, theme=THEMES[name])


class ThemeController(QObject):
    """Applies an Appearance to the application; widgets that paint themselves (charts, cards'
    change colours) listen to ``changed`` and restyle."""

    changed = Signal(object)  # the new Appearance

    def __init__(self, app: QApplication, appearance: Appearance | None = None) -> None:
        super().__init__(app)
        self._app = app
        self.appearance = appearance or Appearance()

    def apply(self, appearance: Appearance | None = None) -> None:
        if appearance is not None:
            self.appearance = appearance
        self._app.setFont(self.appearance.font(self.appearance.theme.base_pt))
        self._app.setPalette(self.appearance.palette())
        self._app.setStyleSheet(self.appearance.stylesheet())
        self.changed.emit(self.appearance)

    def set_theme(self, name: ThemeName) -> None:
        self.apply(self.appearance.with_theme(name))

    def set_zoom(self, zoom: float) -> None:
        zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        self.apply(replace(self.appearance, zoom=zoom))

    def zoom_in(self) -> None:
        bigger = [step for step in ZOOM_STEPS if step > self.appearance.zoom + 1e-9]
        self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [step for step in ZOOM_STEPS if step < self.appearance.zoom - 1e-9]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def set_convention(self, convention: Convention) -> None:
        self.apply(replace(self.appearance, convention=convention))
