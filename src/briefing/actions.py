"""The one action registry: every menu item and shortcut of the app, declared as data.

Menus, the keyboard-shortcut list in Help and the tests all read this table, so a shortcut is
written down once. Items of features that are not built yet are simply not in it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


class ActionId(StrEnum):
    OPEN = "open"
    EXPORT = "export"
    QUIT = "quit"
    NEXT_SECTION = "next-section"
    PREVIOUS_SECTION = "previous-section"
    THEME_LIGHT = "theme-light"
    THEME_DARK = "theme-dark"
    THEME_PROJECTOR = "theme-projector"
    RED_UP = "red-up"
    GREEN_UP = "green-up"
    ZOOM_IN = "zoom-in"
    ZOOM_OUT = "zoom-out"
    ZOOM_RESET = "zoom-reset"
    FULL_SCREEN = "full-screen"
    PRESENT_START = "present-start"
    PRESENT_SECTION = "present-section"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    menu: str  # "file", "view", "present", "help" (the order and separators are in MENUS)
    text: str  # source text; shown through tr()
    keys: tuple[Key, ...] = ()
    group: str = ""  # checkable actions in one group exclude each other


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(ActionId.OPEN, "file", "打开简报…", (QKeySequence.StandardKey.Open,)),
    ActionSpec(ActionId.EXPORT, "file", "导出…", ("Ctrl+E",)),
    ActionSpec(ActionId.QUIT, "file", "退出", ("Ctrl+Q",)),
    ActionSpec(ActionId.NEXT_SECTION, "view", "下一部分", ("Ctrl+Tab", "Ctrl+PgDown")),
    ActionSpec(ActionId.PREVIOUS_SECTION, "view", "上一部分", ("Ctrl+Shift+Tab", "Ctrl+PgUp")),
    ActionSpec(ActionId.THEME_LIGHT, "view", "浅色主题", group="theme"),
    ActionSpec(ActionId.THEME_DARK, "view", "深色主题", group="theme"),
    ActionSpec(ActionId.THEME_PROJECTOR, "view", "投影主题（高对比、大字）", group="theme"),
    ActionSpec(ActionId.RED_UP, "view", "红色表示上升（中国惯例）", group="convention"),
    ActionSpec(ActionId.GREEN_UP, "view", "绿色表示上升", group="convention"),
    ActionSpec(ActionId.ZOOM_IN, "view", "放大", ("Ctrl+=", "Ctrl++")),
    ActionSpec(ActionId.ZOOM_OUT, "view", "缩小", ("Ctrl+-",)),
    ActionSpec(ActionId.ZOOM_RESET, "view", "实际大小", ("Ctrl+0",)),
    ActionSpec(ActionId.FULL_SCREEN, "view", "全屏", ("F11",)),
    ActionSpec(ActionId.PRESENT_START, "present", "从头开始放映", ("F5",)),
    ActionSpec(ActionId.PRESENT_SECTION, "present", "从当前部分放映", ("Shift+F5",)),
    ActionSpec(ActionId.SHORTCUTS, "help", "键盘快捷键", ("F1",)),
    ActionSpec(ActionId.ABOUT, "help", "关于本简报"),
)
SPECS = {spec.id: spec for spec in ACTIONS}

# Menu order; "-" is a separator, "sections" is where the per-section items go.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("file", "文件(&F)", ("open", "export", "-", "quit")),
    (
        "view",
        "视图(&V)",
        (
            "sections",
            "next-section",
            "previous-section",
            "-",
            "theme-light",
            "theme-dark",
            "theme-projector",
            "-",
            "red-up",
            "green-up",
            "-",
            "zoom-in",
            "zoom-out",
            "zoom-reset",
            "-",
            "full-screen",
        ),
    ),
    ("present", "放映(&S)", ("present-start", "present-section")),
    ("help", "帮助(&H)", ("shortcuts", "-", "about")),
)


def section_key(index: int) -> str:
    return f"Ctrl+{index + 1}" if index < 9 else ""


@dataclass
class Actions:
    """The QActions of one window: the fixed ones by id, and one per section."""

    by_id: dict[ActionId, QAction]
    sections: list[QAction]

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self.by_id[action_id]


def build_actions(
    parent: QWidget,
    handlers: Mapping[ActionId, Callable[[], None]],
    section_names: list[str],
    on_section: Callable[[int], None],
) -> Actions:
    groups: dict[str, QActionGroup] = {}
    by_id: dict[ActionId, QAction] = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.text), parent)
        action.setObjectName(spec.id.value)
        action.setShortcuts([QKeySequence(key) for key in spec.keys])
        if spec.group:
            action.setCheckable(True)
            groups.setdefault(spec.group, QActionGroup(parent)).addAction(action)
        action.triggered.connect(handlers[spec.id])
        by_id[spec.id] = action
    sections = []
    for index, name in enumerate(section_names):
        action = QAction(name, parent)
        action.setObjectName(f"section-{index + 1}")
        action.setCheckable(True)
        groups.setdefault("sections", QActionGroup(parent)).addAction(action)
        if section_key(index):
            action.setShortcut(QKeySequence(section_key(index)))
        action.triggered.connect(lambda _checked=False, i=index: on_section(i))
        sections.append(action)
    for action in [*by_id.values(), *sections]:
        parent.addAction(action)  # shortcuts work in full screen, with the menu bar hidden
    return Actions(by_id, sections)


def build_menus(menu_bar: QMenuBar, actions: Actions) -> dict[str, QMenu]:
    menus = {}
    for name, title, items in MENUS:
        menu = menu_bar.addMenu(tr(title))
        menu.setObjectName(f"menu-{name}")
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif item == "sections":
                for action in actions.sections:
                    menu.addAction(action)
            else:
                menu.addAction(actions[ActionId(item)])
        menus[name] = menu
    return menus


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(what, keys) for the Help > Keyboard shortcuts list, in menu order."""
    rows = []
    for action in [*actions.sections, *actions.by_id.values()]:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", ""), " / ".join(keys)))
    return rows
