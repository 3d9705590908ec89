"""The window's commands: every menu item and shortcut, declared as data; menus, shortcuts and
the Help > Keyboard shortcuts list are built from this table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from briefing.actions.find import find_key_rows
from briefing.actions.widget import CARD_ACTIONS, CHART_ACTIONS, Key, picture_key_rows
from briefing.i18n import LANGUAGE_NAMES, QT_TRANSLATE_NOOP


class ActionId(StrEnum):
    OPEN = "open"
    EXPORT = "export"
    PRINT = "print"
    PRINT_SLIDES = "print-slides"
    QUIT = "quit"
    FIND = "find"
    FIND_NEXT = "find-next"
    FIND_PREVIOUS = "find-previous"
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
    LANGUAGE_ZH = "language-zh"
    LANGUAGE_EN = "language-en"
    PRESENT_START = "present-start"
    PRESENT_SECTION = "present-section"
    SLIDE_TIMES = "slide-times"
    SHOW_THEME_PROJECTOR = "show-theme-projector"
    SHOW_THEME_LIGHT = "show-theme-light"
    SHOW_THEME_DARK = "show-theme-dark"
    PROBLEMS = "problems"
    SHORTCUTS = "shortcuts"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str  # source text, marked for translation in context "Actions"
    keys: tuple[Key, ...] = ()
    group: str = ""  # checkable actions in one group exclude each other
    translated: bool = True  # False for a language's own name, shown as it is in any language
    # (state, value): the action is checked while the window's state[state] == value; the check
    # marks are derived from the state each time it changes, never set by hand.
    checked_when: tuple[str, str] | None = None


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OPEN, QT_TRANSLATE_NOOP("Actions", "打开简报…"), (QKeySequence.StandardKey.Open,)
    ),
    ActionSpec(ActionId.EXPORT, QT_TRANSLATE_NOOP("Actions", "导出…"), ("Ctrl+E",)),
    ActionSpec(
        ActionId.PRINT, QT_TRANSLATE_NOOP("Actions", "打印讲义…"), (QKeySequence.StandardKey.Print,)
    ),
    ActionSpec(
        ActionId.PRINT_SLIDES, QT_TRANSLATE_NOOP("Actions", "打印幻灯片…"), ("Ctrl+Shift+P",)
    ),
    ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "退出"), ("Ctrl+Q",)),
    ActionSpec(
        ActionId.FIND, QT_TRANSLATE_NOOP("Actions", "查找…"), (QKeySequence.StandardKey.Find,)
    ),
    ActionSpec(
        ActionId.FIND_NEXT,
        QT_TRANSLATE_NOOP("Actions", "查找下一个"),
        (QKeySequence.StandardKey.FindNext,),
    ),
    ActionSpec(
        ActionId.FIND_PREVIOUS,
        QT_TRANSLATE_NOOP("Actions", "查找上一个"),
        (QKeySequence.StandardKey.FindPrevious,),
    ),
    ActionSpec(
        ActionId.NEXT_SECTION, QT_TRANSLATE_NOOP("Actions", "下一部分"), ("Ctrl+Tab", "Ctrl+PgDown")
    ),
    ActionSpec(
        ActionId.PREVIOUS_SECTION,
        QT_TRANSLATE_NOOP("Actions", "上一部分"),
        ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
    ),
    ActionSpec(
        ActionId.THEME_LIGHT,
        QT_TRANSLATE_NOOP("Actions", "浅色主题"),
        group="theme",
        checked_when=("theme", "light"),
    ),
    ActionSpec(
        ActionId.THEME_DARK,
        QT_TRANSLATE_NOOP("Actions", "深色主题"),
        group="theme",
        checked_when=("theme", "dark"),
    ),
    ActionSpec(
        ActionId.THEME_PROJECTOR,
        QT_TRANSLATE_NOOP("Actions", "投影主题（高对比、大字）"),
        group="theme",
        checked_when=("theme", "projector"),
    ),
    ActionSpec(
        ActionId.RED_UP,
        QT_TRANSLATE_NOOP("Actions", "红色表示上升（中国惯例）"),
        group="convention",
        checked_when=("convention", "red-up"),
    ),
    ActionSpec(
        ActionId.GREEN_UP,
        QT_TRANSLATE_NOOP("Actions", "绿色表示上升"),
        group="convention",
        checked_when=("convention", "green-up"),
    ),
    ActionSpec(ActionId.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "放大"), ("Ctrl+=", "Ctrl++")),
    ActionSpec(ActionId.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "缩小"), ("Ctrl+-",)),
    ActionSpec(ActionId.ZOOM_RESET, QT_TRANSLATE_NOOP("Actions", "实际大小"), ("Ctrl+0",)),
    ActionSpec(ActionId.FULL_SCREEN, QT_TRANSLATE_NOOP("Actions", "全屏"), ("F11",)),
    ActionSpec(
        ActionId.LANGUAGE_ZH,
        LANGUAGE_NAMES["zh"],
        group="language",
        translated=False,
        checked_when=("language", "zh"),
    ),
    ActionSpec(
        ActionId.LANGUAGE_EN,
        LANGUAGE_NAMES["en"],
        group="language",
        translated=False,
        checked_when=("language", "en"),
    ),
    ActionSpec(ActionId.PRESENT_START, QT_TRANSLATE_NOOP("Actions", "从头开始放映"), ("F5",)),
    ActionSpec(
        ActionId.PRESENT_SECTION, QT_TRANSLATE_NOOP("Actions", "从当前部分放映"), ("Shift+F5",)
    ),
    # Enabled once a show has run in this window: the time spent on each of its slides.
    ActionSpec(ActionId.SLIDE_TIMES, QT_TRANSLATE_NOOP("Actions", "上次放映的各张用时…")),
    ActionSpec(
        ActionId.SHOW_THEME_PROJECTOR,
        QT_TRANSLATE_NOOP("Actions", "投影（高对比、大字）"),
        group="show-theme",
        checked_when=("show-theme", "projector"),
    ),
    ActionSpec(
        ActionId.SHOW_THEME_LIGHT,
        QT_TRANSLATE_NOOP("Actions", "浅色"),
        group="show-theme",
        checked_when=("show-theme", "light"),
    ),
    ActionSpec(
        ActionId.SHOW_THEME_DARK,
        QT_TRANSLATE_NOOP("Actions", "深色"),
        group="show-theme",
        checked_when=("show-theme", "dark"),
    ),
    # F8 as in the editors an author writes the dataset with: to the problems found.
    ActionSpec(ActionId.PROBLEMS, QT_TRANSLATE_NOOP("Actions", "数据问题列表"), ("F8",)),
    ActionSpec(ActionId.SHORTCUTS, QT_TRANSLATE_NOOP("Actions", "键盘快捷键"), ("F1",)),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "关于本简报")),
)
SPECS = {spec.id: spec for spec in ACTIONS}

# Menu order: "-" is a separator, "sections" is where the per-section items go, a
# (title, items) pair is a submenu, and a (title, "@name") pair a submenu whose items are made
# each time it opens (the screens, which come and go; the briefings opened last).
MenuItem = str | tuple[str, tuple[str, ...] | str]
MENUS: tuple[tuple[str, str, tuple[MenuItem, ...]], ...] = (
    (
        "file",
        QT_TRANSLATE_NOOP("Actions", "文件(&F)"),
        (
            "open",
            (QT_TRANSLATE_NOOP("Actions", "最近打开"), "@recent"),
            "export",
            "-",
            "print",
            "print-slides",
            "-",
            "quit",
        ),
    ),
    ("edit", QT_TRANSLATE_NOOP("Actions", "编辑(&E)"), ("find", "find-next", "find-previous")),
    (
        "view",
        QT_TRANSLATE_NOOP("Actions", "视图(&V)"),
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
            "problems",
            "-",
            # Named in both languages: whoever cannot read the current one still finds it.
            (QT_TRANSLATE_NOOP("Actions", "语言 / Language"), ("language-zh", "language-en")),
        ),
    ),
    (
        "present",
        QT_TRANSLATE_NOOP("Actions", "放映(&S)"),
        (
            "present-start",
            "present-section",
            "slide-times",
            "-",
            (QT_TRANSLATE_NOOP("Actions", "放映屏幕"), "@screens"),
            (
                QT_TRANSLATE_NOOP("Actions", "放映主题"),
                ("show-theme-projector", "show-theme-light", "show-theme-dark"),
            ),
        ),
    ),
    ("help", QT_TRANSLATE_NOOP("Actions", "帮助(&H)"), ("shortcuts", "-", "about")),
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


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
        action = QAction(_translate(spec.text) if spec.translated else spec.text, parent)
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


# What a menu made when it opens is filled with: name -> fill(menu).
Fillers = Mapping[str, Callable[[QMenu], None]]


def _fill(menu: QMenu, items: tuple[MenuItem, ...], actions: Actions, fillers: Fillers) -> None:
    for item in items:
        if isinstance(item, tuple):
            title, children = item
            submenu = menu.addMenu(_translate(title))
            if isinstance(children, str):
                name = children.removeprefix("@")
                submenu.setObjectName(f"menu-{name}")
                fill = fillers[name]
                submenu.aboutToShow.connect(lambda m=submenu, f=fill: f(m))
                continue
            submenu.setObjectName(f"menu-{children[0].rsplit('-', 1)[0]}")
            _fill(submenu, children, actions, fillers)
        elif item == "-":
            menu.addSeparator()
        elif item == "sections":
            for action in actions.sections:
                menu.addAction(action)
        else:
            menu.addAction(actions[ActionId(item)])


def build_menus(menu_bar: QMenuBar, actions: Actions, fillers: Fillers) -> dict[str, QMenu]:
    menus = {}
    for name, title, items in MENUS:
        menu = menu_bar.addMenu(_translate(title))
        menu.setObjectName(f"menu-{name}")
        _fill(menu, items, actions, fillers)
        menus[name] = menu
    return menus


def sync_checks(actions: Actions, state: Mapping[str, str]) -> None:
    """Check every action whose ``checked_when`` matches the window's state (its group unchecks
    the others)."""
    for spec in ACTIONS:
        if spec.checked_when is not None:
            key, value = spec.checked_when
            if state.get(key) == value:
                actions[spec.id].setChecked(True)


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(what, keys) of the window's shortcuts for the Help > Keyboard shortcuts list, then those
    of a focused card and chart, of the picture viewer and of the find fields."""
    rows = []
    for action in [*actions.sections, *actions.by_id.values()]:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", ""), " / ".join(keys)))
    for spec in (*CARD_ACTIONS, *CHART_ACTIONS):
        keys = [
            QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in spec.keys
        ]
        rows.append((_translate(spec.text), " / ".join(keys)))
    return rows + picture_key_rows() + find_key_rows()
