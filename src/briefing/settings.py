"""Typed settings, declared in one place; QSettings is only the storage.

Every value is checked when read: a missing, corrupt or out-of-range value gives the default,
so a damaged settings file can never stop the app from opening.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from briefing.i18n import DEFAULT_LANGUAGE, Language, parse_language

if TYPE_CHECKING:
    from briefing.theme import Appearance

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def parse(self, raw: Any) -> T:
        """The stored value as a T, or the default when it is not a valid one."""
        default = self.default
        try:
            if isinstance(default, bool):
                value: Any = raw if isinstance(raw, bool) else str(raw).lower() == "true"
            elif isinstance(default, int):
                value = int(raw)
            elif isinstance(default, float):
                value = float(raw)
            elif isinstance(default, QByteArray):
                value = raw if isinstance(raw, QByteArray) else default
            else:
                value = str(raw)
        except (TypeError, ValueError):
            return default
        return value  # type: ignore[no-any-return]


THEME = Setting("appearance/theme", "light")
ZOOM = Setting("appearance/zoom", 1.0)
CONVENTION = Setting("appearance/convention", "red-up")
LAST_TAB = Setting("window/last_tab", 0)
GEOMETRY = Setting("window/geometry", QByteArray())
LAST_FOLDER = Setting("files/last_folder", "")
EXPORT_FOLDER = Setting("files/export_folder", "")
# File > 最近打开: the dataset folders opened last, most recent first, as a JSON list of paths.
RECENT_FOLDERS = Setting("files/recent", "[]")
SHOW_SCREEN = Setting("present/screen", "")  # the name of the screen chosen for the show
SHOW_THEME = Setting("present/theme", "projector")
# The presenter console: the notes' type size in % of its own (A+ / A−), and the minutes the
# talk is planned to take (0: no countdown, the time counts up).
NOTES_SIZE = Setting("present/notes_size", 100)
PLANNED_MINUTES = Setting("present/planned_minutes", 0)
LANGUAGE = Setting("ui/language", "zh")  # checked against briefing.i18n.LANGUAGES where read
# The chart export dialog's last choices, offered again next time.
EXPORT_FORMAT = Setting("export/format", "png")
EXPORT_WIDTH = Setting("export/width", 1920)
EXPORT_HEIGHT = Setting("export/height", 1080)
EXPORT_SCALE = Setting("export/scale", 1)
EXPORT_DPI = Setting("export/dpi", 96)
EXPORT_BACKGROUND = Setting("export/background", "white")
EXPORT_TITLE = Setting("export/title", True)
EXPORT_SOURCE = Setting("export/source", True)
EXPORT_SVG_OUTLINES = Setting("export/svg_outlines", False)  # both dialogs: SVG text as outlines
# The briefing export dialog's kinds of file, comma-separated.
EXPORT_KINDS = Setting("export/kinds", "pdf,png,svg,csv")


class Settings:
    """The app's settings over a QSettings store (an INI file in the user's config folder)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "briefing", "briefing"
        )

    def get(self, setting: Setting[T]) -> T:
        if self.store.status() != QSettings.Status.NoError:
            return setting.default
        raw = self.store.value(setting.key, setting.default)
        return setting.parse(raw)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def language(self) -> Language:
        """The UI language chosen last (View > 语言 / Language), else Chinese."""
        return parse_language(self.get(LANGUAGE)) or DEFAULT_LANGUAGE

    def appearance(self) -> Appearance:
        # The theme (QtGui, QtWidgets) only when asked: the command line reads the language
        # from here and needs neither.
        from briefing.theme import CONVENTIONS, THEME_NAMES, THEMES, ZOOM_STEPS, Appearance

        theme = self.get(THEME)
        convention = self.get(CONVENTION)
        zoom = self.get(ZOOM)
        return Appearance(
            theme=THEMES[theme] if theme in THEME_NAMES else THEMES["light"],
            zoom=zoom if ZOOM_STEPS[0] <= zoom <= ZOOM_STEPS[-1] else 1.0,
            convention=convention if convention in CONVENTIONS else "red-up",
        )

    def save_appearance(self, appearance: Appearance) -> None:
        self.set(THEME, appearance.theme.name)
        self.set(ZOOM, appearance.zoom)
        self.set(CONVENTION, appearance.convention)

    def sync(self) -> None:
        self.store.sync()
