"""The one theme: colours and type sizes as data, applied in one place to the palette, the style
sheet and (through the ``changed`` signal) the charts already on screen."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal, get_args

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette

from briefing.fonts import FONT_FAMILY

if TYPE_CHECKING:  # the deck reads the colours with no widgets: QtWidgets is not imported
    from PySide6.QtWidgets import QApplication

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
    found: str  # what find is showing: its card, chart or picture outlined, its words filled
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
        found="#e8710a",
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
        found="#ffa24d",
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
        found="#e65c00",
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
        # Greyed, halfway between text and page: a menu item that cannot be chosen (a recent
        # briefing whose folder is gone) must not look like one that can.
        text, page = QColor(t.text), QColor(t.window)
        grey = QColor(
            (text.red() + page.red()) // 2,
            (text.green() + page.green()) // 2,
            (text.blue() + page.blue()) // 2,
        )
        disabled = QPalette.ColorGroup.Disabled
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(disabled, role, grey)
        return palette

    def stylesheet(self) -> str:
        t = self.theme
        pt = self.pt
        return f"""
QMainWindow, QScrollArea, QWidget#page {{ background: {t.window}; }}
QWidget#header {{ background: {t.surface_alt}; border-bottom: 1px solid {t.border}; }}
QLabel {{ color: {t.text}; }}
QLabel[role="title"] {{ font-size: {pt(t.title_pt)}pt; font-weight: bold; }}
QLabel[role="title-compact"] {{ font-size: {pt(t.base_pt + 4)}pt; font-weight: bold; }}
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
QLabel[role="change"] {{ font-weight: bold; font-size: {pt(t.base_pt + 1)}pt; }}
QLabel[role="change"][tone="good"] {{ color: {self.change_colour(True)}; }}
QLabel[role="change"][tone="bad"] {{ color: {self.change_colour(False)}; }}
QFrame[role="card"], QFrame[role="panel"] {{
    background: {t.surface}; border: 1px solid {t.border}; border-radius: 6px; }}
QFrame[role="card"]:hover {{ background: {t.surface_alt}; }}
QFrame[role="card"]:focus, QFrame[role="panel"]:focus {{ border: 2px solid {t.focus}; }}
QFrame#find-outline {{ background: transparent; border: 3px solid {t.found}; border-radius: 6px; }}
QFrame#find-bar {{
    background: {t.surface}; border: 1px solid {t.border}; border-top: none;
    border-bottom-left-radius: 6px; border-bottom-right-radius: 6px; }}
QFrame#find-bar QLineEdit {{
    color: {t.text}; background: {t.window}; border: 1px solid {t.border};
    border-radius: 4px; padding: 3px 6px; }}
QFrame#find-bar QLineEdit:focus {{ border: 2px solid {t.focus}; }}
QLabel#find-count[found="none"] {{ color: {t.red}; }}
QFrame[role="popup"] {{ background: {t.surface}; border: 1px solid {t.border}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    padding: 8px 18px; color: {t.muted}; background: transparent;
    border: none; border-bottom: 3px solid transparent; font-size: {pt(t.base_pt + 1)}pt; }}
QTabBar[compact="true"]::tab {{ padding: 3px 16px; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 3px solid {t.accent}; font-weight: bold; }}
QTabBar::tab:focus {{
    color: {t.accent}; border: 2px solid {t.focus}; border-bottom-width: 3px;
    padding: 6px 16px 8px 16px; }}
QPushButton {{
    color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
    border-radius: 4px; padding: 4px 12px; }}
QPushButton:hover {{ background: {t.surface_alt}; }}
QPushButton:focus {{ border: 2px solid {t.focus}; }}
QToolButton:focus {{ border: 2px solid {t.focus}; border-radius: 4px; }}
QTextBrowser:focus, QLineEdit:focus {{ border: 2px solid {t.focus}; }}
QTableView[role="data-table"] {{
    background: {t.surface}; color: {t.text}; gridline-color: {t.border};
    border: 1px solid {t.border}; font-size: {pt(t.base_pt)}pt; }}
QTableView[role="data-table"]:focus {{ border: 2px solid {t.focus}; }}
QTableView[role="data-table"]::item:focus {{ border: 2px solid {t.focus}; }}
QTableView[role="data-table"] QHeaderView::section {{
    background: {t.surface_alt}; color: {t.text}; border: none;
    border-right: 1px solid {t.border}; border-bottom: 1px solid {t.border}; padding: 3px 6px; }}
QTableView[role="data-table"] QTableCornerButton::section {{
    background: {t.surface_alt}; border: none; }}
QTextBrowser {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border};
    border-radius: 6px; padding: 8px; font-size: {pt(t.base_pt + 1)}pt; }}
QToolTip {{ color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
    border-radius: 4px; padding: 6px 10px; }}
QFrame#problems-title {{
    background: {t.surface_alt}; border: none; border-top: 1px solid {t.border};
    border-left: 4px solid {t.red}; }}
QLabel[role="panel-title"] {{ font-weight: bold; }}
QDockWidget#problems-panel QTreeWidget {{ border: 1px solid {t.border}; }}
"""

    def with_theme(self, name: ThemeName) -> Appearance:
        return replace(self, theme=THEMES[name])


@dataclass(frozen=True)
class Stage:
    """The dark room, whatever the theme: the picture viewer, and the show's blank screens, key
    list and grid. A picture reads best on black, and a list over a slide must not light the
    room."""

    backdrop: str = "#0b0d10"  # the picture viewer
    panel: str = "#15181d"  # the show's key list
    grid: str = "#1b1f24"  # the show's grid of slides
    tile: str = "#2b3138"  # a slide in the grid
    placeholder: str = "#1c2026"  # a picture that cannot be shown, in the viewer
    border: str = "#4a525e"
    text: str = "#ffffff"
    soft_text: str = "#f1f3f6"
    muted: str = "#aab3c0"
    chosen: str = "#0038a8"  # the slide picked in the grid: the projector theme's accent
    chosen_edge: str = "#ffd84d"
    black: str = "#000000"  # B or . in the show
    # The console's countdown: amber as the planned time runs out, red once it is used up;
    # both read on the console's dark ground, and the words beside them say it too.
    time_short: str = "#ffb020"
    time_over: str = "#ff5c5c"
    white: str = "#ffffff"  # W or , in the show
    laser: str = "#ff1a1a"  # the laser pointer's dot (L), red as a real laser's
    laser_halo: str = "#ff6b6b"  # the soft ring around it, drawn half transparent
    ink: str = "#e8141c"  # the pen's ink (Ctrl+P), PowerPoint's red pen
    end_text: str = "#ffffff"  # 放映结束 on the black end slide


STAGE = Stage()


def rgba(colour: str, alpha: float) -> str:
    """A colour of the theme with some transparency, as a style sheet writes it."""
    c = QColor(colour)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"


def fill_sheet(colour: str) -> str:
    return f"background: {colour};"


def picture_badge_sheet(appearance: Appearance) -> str:
    """The 示意图 badge over a picture on a page: its own sheet, so the application's QLabel
    rules cannot make it unreadable over the picture."""
    t = appearance.theme
    return (
        f"QLabel {{ background: {rgba(t.surface, 0.92)}; color: {t.text};"
        f" border: 1px solid {t.border}; border-radius: 3px; padding: 1px 6px;"
        f" font-size: {appearance.pt(t.small_pt)}pt; }}"
    )


def viewer_badge_sheet(appearance: Appearance) -> str:
    """The same badge in the picture viewer, on the stage."""
    return (
        f"QLabel {{ background: {rgba(STAGE.backdrop, 0.8)}; color: {STAGE.soft_text};"
        f" border: 1px solid {STAGE.border}; border-radius: 3px; padding: 2px 8px;"
        f" font-size: {appearance.pt(appearance.theme.small_pt)}pt; }}"
    )


def image_viewer_sheet() -> str:
    # The dialog's own sheet outranks the application's, which would paint dark text.
    return (
        f"QDialog#imageViewer {{ background: {STAGE.backdrop}; }}"
        f" QLabel {{ color: {STAGE.soft_text}; background: transparent; }}"
        f" QLabel#credit, QLabel#hint {{ color: {STAGE.muted}; }}"
    )


def key_list_sheets(unit: float, scale: float = 1.0) -> tuple[str, str]:
    """(title, row) of the show's key list, type sized to the screen like a slide's (``scale``
    smaller when the keys do not fit otherwise)."""
    title = (
        f"color: {STAGE.text}; background: none; font-weight: bold;"
        f" font-size: {max(12, round(48 * unit * scale))}px;"
    )
    row = (
        f"color: {STAGE.soft_text}; background: none;"
        f" font-size: {max(10, round(32 * unit * scale))}px;"
    )
    return title, row


def end_slide_sheet(unit: float) -> str:
    """放映结束 on the show's black end slide, sized to the screen (``unit`` = 1 at 1080 p)."""
    return f"color: {STAGE.end_text}; background: none; font-size: {round(30 * unit)}px;"


def grid_scroll_sheet() -> str:
    """The show's grid scrolls over the stage's ground, its bar in the stage's colours."""
    return (
        "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
        f" QScrollBar:vertical {{ background: {STAGE.grid}; width: 12px; margin: 0; }}"
        f" QScrollBar::handle:vertical {{ background: {STAGE.border}; border-radius: 6px;"
        " min-height: 40px; }"
        " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }"
        " QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"
    )


def console_sheet(theme: Theme) -> str:
    """The presenter console's own sheet: it outranks the application's, which paints for the
    show's theme (dark text, light hover backgrounds); every state a button can be in is
    restated here."""
    t = theme
    return f"""
QWidget#presenterConsole {{ background: {t.window}; }}
QLabel {{ color: {t.text}; background: transparent; }}
QLabel#caption, QLabel#timeCaption, QLabel#nextLabel {{ color: {t.muted}; }}
QLabel#elapsed[paused="true"] {{ color: {t.muted}; }}
QLabel#elapsed[countdown="short"], QLabel#timeCaption[countdown="short"] {{
    color: {STAGE.time_short}; }}
QLabel#elapsed[countdown="over"], QLabel#timeCaption[countdown="over"] {{
    color: {STAGE.time_over}; }}
QLabel#notesSource {{ color: {t.muted}; }}
QLabel#notesSource[own="true"] {{ color: {t.accent}; }}
QComboBox {{
    color: {t.text}; background: {t.surface_alt}; border: 1px solid {t.border};
    border-radius: 6px; padding: 4px 10px; }}
QComboBox QAbstractItemView {{
    color: {t.text}; background: {t.surface}; selection-background-color: {t.accent};
    selection-color: {t.on_accent}; }}
QPushButton {{
    color: {t.text}; background: {t.surface_alt}; border: 1px solid {t.border};
    border-radius: 6px; padding: 6px 16px; }}
QPushButton:hover {{ background: {t.border}; }}
QPushButton:pressed {{ background: {t.accent}; color: {t.on_accent}; }}
QPushButton:disabled {{ color: {t.muted}; background: {t.surface}; }}
QTextEdit#notes {{
    color: {t.text}; background: {t.surface}; border: 1px solid {t.border};
    border-radius: 6px; padding: 8px 10px; }}
QScrollBar:vertical {{ background: {t.surface}; width: 12px; margin: 0; }}
QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 6px; min-height: 40px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


def console_find_sheet(theme: Theme) -> str:
    """The presenter console's find field and its results, in the console's dark theme."""
    t = theme
    return f"""
QFrame#console-find {{ background: {t.surface}; border: 2px solid {t.accent}; border-radius: 8px; }}
QLineEdit {{ color: {t.text}; background: {t.window}; border: 1px solid {t.border};
    border-radius: 4px; padding: 4px 8px; }}
QListWidget {{ color: {t.text}; background: {t.surface}; border: none; }}
QListWidget::item:selected {{ background: {t.found}; color: #000000; }}
QLabel {{ color: {t.muted}; background: transparent; }}
"""


def slide_sheet(appearance: Appearance, chart_px: tuple[int, int] | None = None) -> str:
    """A slide's own sheet, which outranks the application's (whose QLabel rules would colour,
    and for a chart's labels size, the text). ``chart_px``: (title, small) type of a chart
    slide's chart, in pixels."""
    t = appearance.theme
    sheet = f"""
QLabel {{ color: {t.text}; background: transparent; }}
QLabel[tone="muted"] {{ color: {t.muted}; }}
QLabel[tone="accent"] {{ color: {t.accent}; }}
QLabel[tone="good"] {{ color: {appearance.change_colour(True)}; }}
QLabel[tone="bad"] {{ color: {appearance.change_colour(False)}; }}
"""
    if chart_px is not None:
        title_px, small_px = chart_px
        sheet += f"""
QFrame[role="panel"] {{ background: transparent; border: none; }}
QLabel[role="chart-title"] {{ font-size: {title_px}px;
    font-weight: bold; }}
QLabel[role="muted"] {{ color: {t.muted}; font-size: {small_px}px; }}
QTableView[role="data-table"] {{
    background: {t.window}; color: {t.text}; gridline-color: {t.border};
    border: 1px solid {t.border}; font-size: {small_px}px; }}
QTableView[role="data-table"] QHeaderView::section {{
    background: {t.surface_alt}; color: {t.text}; border: none;
    border-right: 1px solid {t.border}; border-bottom: 1px solid {t.border}; padding: 2px 6px; }}
QTableView[role="data-table"] QTableCornerButton::section {{
    background: {t.surface_alt}; border: none; }}
"""
    return sheet


def export_chart_sheet(appearance: Appearance) -> str:
    """An exported chart's sheet: the app's, so labels look as on screen whatever the running
    app's theme is; then the panel's border and fill removed, as the chart sits on the
    export's own background."""
    return (
        appearance.stylesheet()
        + '\nQFrame[role="panel"] { background: transparent; border: none; }\n'
    )


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
