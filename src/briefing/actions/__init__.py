"""The one command table: every menu item and shortcut of the window, every key of a focused
card, and every key and mouse gesture of the show, declared as data, one module per context.

Menus, shortcuts, the Help > Keyboard shortcuts list, the show's own key list (F1 in the show)
and the show's key handling all read these tables, so a key is written down once and no list
can drift from what the keys do. Texts are marked for translation (``QT_TRANSLATE_NOOP``) and
translated when the widgets are built.
"""

from briefing.actions.console import (
    CONSOLE_BINDINGS,
    ConsoleBinding,
    ConsoleCommand,
    console_command,
)
from briefing.actions.find import (
    CONSOLE_FIND_KEYS,
    CONSOLE_FIND_OPEN,
    FIND_BAR_KEYS,
    FindCommand,
    FindKey,
    find_command,
    find_key_rows,
)
from briefing.actions.show import (
    GRID_KEYS,
    SHOW_BINDINGS,
    SHOW_CTRL_KEYS,
    SHOW_KEYS,
    ZOOM_KEYS,
    GridCommand,
    ShowBinding,
    ShowCommand,
    ZoomCommand,
    show_key_rows,
    show_key_text,
)
from briefing.actions.widget import (
    CARD_ACTIONS,
    CHART_ACTIONS,
    PICTURE_KEYS,
    CardCommand,
    ChartCommand,
    PictureCommand,
    WidgetActionSpec,
    build_widget_actions,
)
from briefing.actions.window import (
    ACTIONS,
    MENUS,
    SPECS,
    ActionId,
    Actions,
    ActionSpec,
    build_actions,
    build_menus,
    section_key,
    shortcut_rows,
    sync_checks,
)

__all__ = [
    "ACTIONS",
    "CARD_ACTIONS",
    "CHART_ACTIONS",
    "CONSOLE_BINDINGS",
    "CONSOLE_FIND_KEYS",
    "CONSOLE_FIND_OPEN",
    "FIND_BAR_KEYS",
    "GRID_KEYS",
    "MENUS",
    "PICTURE_KEYS",
    "SHOW_BINDINGS",
    "SHOW_CTRL_KEYS",
    "SHOW_KEYS",
    "SPECS",
    "ZOOM_KEYS",
    "ActionId",
    "ActionSpec",
    "Actions",
    "CardCommand",
    "ChartCommand",
    "ConsoleBinding",
    "ConsoleCommand",
    "FindCommand",
    "FindKey",
    "GridCommand",
    "PictureCommand",
    "ShowBinding",
    "ShowCommand",
    "WidgetActionSpec",
    "ZoomCommand",
    "build_actions",
    "build_menus",
    "build_widget_actions",
    "console_command",
    "find_command",
    "find_key_rows",
    "section_key",
    "shortcut_rows",
    "show_key_rows",
    "show_key_text",
    "sync_checks",
]
