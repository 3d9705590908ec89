"""File > 最近打开: the briefings opened last, one dataset folder each, most recent first."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from briefing.resources import bundled_dataset
from briefing.settings import RECENT_FOLDERS, Settings

MOST = 8  # as many as a menu shows at a glance


def dataset_folder(path: Path) -> Path:
    """The folder of a dataset, whether ``path`` names it or its briefing.json (either may
    be gone by now)."""
    return path.parent if path.suffix.lower() == ".json" else path


def recent_folders(settings: Settings) -> list[Path]:
    """The remembered folders, most recent first; a damaged list is an empty one."""
    try:
        stored = json.loads(settings.get(RECENT_FOLDERS))
    except ValueError:
        return []
    if not isinstance(stored, list):
        return []
    return [Path(item) for item in stored if isinstance(item, str) and item][:MOST]


def remember(settings: Settings, path: Path) -> None:
    """Put a dataset that has just opened first in the list (once, however often opened). The
    bundled briefing is not listed: it opens by itself, and 打开内置简报 opens it again."""
    folder = dataset_folder(path).resolve()
    if folder == bundled_dataset().resolve():
        return
    folders = [folder, *(f for f in recent_folders(settings) if f != folder)][:MOST]
    settings.set(RECENT_FOLDERS, json.dumps([str(f) for f in folders], ensure_ascii=False))


def forget_all(settings: Settings) -> None:
    settings.set(RECENT_FOLDERS, "[]")


def _shown(folder: Path) -> str:
    """A folder as the menu names it: the home folder as ~, and & kept from being a mnemonic."""
    home = Path.home()
    text = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
    return text.replace("&", "&&")


def fill_recent_menu(
    menu: QMenu, settings: Settings, open_folder: Callable[[Path], object]
) -> None:
    """The menu's items, made each time it opens: a folder that is gone is shown, disabled."""
    menu.clear()
    folders = recent_folders(settings)
    for number, folder in enumerate(folders, start=1):
        text = f"&{number} {_shown(folder)}"
        action = menu.addAction(text)
        action.setObjectName(f"recent-{number}")
        if not folder.is_dir():
            action.setText(text + QCoreApplication.translate("Actions", "（已不存在）"))
            action.setEnabled(False)
        action.triggered.connect(lambda _checked=False, f=folder: open_folder(f))
    if not folders:
        empty = menu.addAction(QCoreApplication.translate("Actions", "（无）"))
        empty.setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("Actions", "清除列表"))
    clear.setObjectName("recent-clear")
    clear.setEnabled(bool(folders))
    clear.triggered.connect(lambda: forget_all(settings))
