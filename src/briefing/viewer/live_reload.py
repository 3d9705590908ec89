"""Editing is a loop, not a restart: the main window watches the dataset it shows and reads it
again, through the one loader, whenever briefing.json, the article or a picture changes on disk.

Editors save in different ways: in place (sometimes in several writes), or by writing a temporary
file and renaming it over the old one, which ends a watch on the old file. So the folders are
watched too, every path is watched again after each change, changes are gathered for
``DEBOUNCE_MS`` into one reload, and a reload happens only when a file the dataset reads really
changed (its size, time or inode), not when an editor touches a swap file beside it.

A valid dataset replaces the briefing on screen, on the same tab (by section id) and at the same
scroll position. An invalid one (a file caught half-written is one) leaves the last valid briefing
on screen and lists its problems in the problems panel, until the next save.

The bundled briefing is not watched: it is part of the installed program (read-only in the .deb),
and a window showing it should not change because someone edits the checkout's data/ folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Qt, QTimer
from PySide6.QtWidgets import QScrollBar

from briefing.settings import LAST_TAB
from briefing.viewer.window_parts import is_bundled

if TYPE_CHECKING:
    from briefing.model import Dataset, Problem
    from briefing.viewer.main_window import MainWindow
    from briefing.viewer.problems_panel import ProblemsPanel

DEBOUNCE_MS = 300  # a save that writes several times is read once
RELOADED_MS = 4000  # how long the status bar says 已重新载入
SCROLL_PATIENCE_MS = 3000  # how long the scroll position waits for the page to grow back

Fingerprint = dict[str, tuple[int, int, int, int] | None]


def _stat(path: Path) -> tuple[int, int, int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_ctime_ns, status.st_size, status.st_ino)


def dataset_files(dataset: Dataset) -> list[Path]:
    """The files a dataset is read from: briefing.json, the article, every picture (and the
    photograph that may take an illustration's place)."""
    from briefing.model import PathOutsideError, resolve_inside

    files = [dataset.source]
    with contextlib.suppress(PathOutsideError):  # a valid dataset's article is inside
        files.append(resolve_inside(dataset.folder, dataset.briefing.article))
    for _, block in dataset.briefing.blocks():
        for image in block.images:
            try:
                files.append(resolve_inside(dataset.folder, image.file))
                files.append(dataset.image_file(image)[0])
            except PathOutsideError:
                continue
    return list(dict.fromkeys(files))


def loose_files(folder: Path) -> list[Path]:
    """Before any valid reading, the files of the folder the dataset may read: its JSON and text
    files (not hidden ones, which editors use for swap and lock files)."""
    try:
        return sorted(
            entry
            for entry in folder.iterdir()
            if entry.suffix in {".json", ".txt"} and not entry.name.startswith((".", "#"))
        )
    except OSError:
        return []


class LiveReload(QObject):
    """The watch over the dataset of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None  # None while nothing is watched
        self.source = Path()  # the JSON file in it
        self.followed: Dataset | None = None  # the last valid reading
        self.files: list[Path] = []
        self.fingerprint: Fingerprint = {}
        self.panel: ProblemsPanel | None = None
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._changed)
        self.watcher.directoryChanged.connect(self._changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.reload)
        self._said: list[str] = []  # the problems last said on the terminal
        self._bar_followed = False  # the status bar hides again after a passing message

    # -- what is watched ------------------------------------------------------------------------

    def follow(self, dataset: Dataset) -> None:
        """Watch the dataset the window shows (a reload's result, or another one opened)."""
        if dataset is not self.followed:  # a new reading, not the same shown again (language)
            self.close_panel()
            self.followed = dataset
        if is_bundled(dataset.folder):
            self.stop()
            return
        self.folder, self.source = dataset.folder, dataset.source
        self.files = dataset_files(dataset)
        self.fingerprint = self._fingerprint()
        self._watch()

    def follow_path(self, path: Path) -> None:
        """Watch a dataset that could not be read (the one the app was started with), so that
        fixing it opens it."""
        from briefing.model.loader import dataset_paths

        if is_bundled(path):
            return
        self.folder, self.source = dataset_paths(path)
        self.files = []
        self.fingerprint = self._fingerprint()
        self._watch()

    def stop(self) -> None:
        self.timer.stop()
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        self.folder = None

    def _read_files(self) -> list[Path]:
        if self.files or self.folder is None:
            return self.files
        return list(dict.fromkeys([self.source, *loose_files(self.folder)]))

    def _fingerprint(self) -> Fingerprint:
        return {str(path): _stat(path) for path in self._read_files()}

    def _watch(self) -> None:
        """Watch every file again, and the folders holding them: a file replaced by a rename is
        a new file, which the old watch does not see."""
        watched = self.watcher.files() + self.watcher.directories()
        if watched:
            self.watcher.removePaths(watched)
        if self.folder is None:
            return
        files = self._read_files()
        folders = dict.fromkeys([self.folder, *(path.parent for path in files)])
        paths = [os.fspath(path) for path in [*folders, *files] if path.exists()]
        if paths:
            self.watcher.addPaths(paths)

    def _changed(self, _path: str) -> None:
        self.timer.start()  # again: the reload waits for the last of a burst of writes

    # -- reading again --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the dataset again if a file it reads changed, and show it or its problems."""
        from briefing.model import DatasetError, load_dataset

        if self.folder is None:
            return
        before = self._fingerprint()
        if before == self.fingerprint:
            self._watch()  # an editor's swap file, or a rename that ended a watch
            return
        try:
            dataset = load_dataset(self.source)
        except DatasetError as error:
            self._show_problems(error.problems)
            self._watch()
            self.fingerprint = before
        else:
            self._show(dataset)  # which follows the new reading, its files perhaps others
            self.fingerprint = {
                path: before.get(path, now) for path, now in self.fingerprint.items()
            }
        # As the files were before they were read: a save while they were read is one more.
        if self._fingerprint() != self.fingerprint:
            self.timer.start()

    def _show(self, dataset: Dataset) -> None:
        window = self.window
        section, scroll = self._place()
        sections = [s.id for s in dataset.briefing.sections]
        tab = sections.index(section) if section in sections else window.tabs.currentIndex()
        window.settings.set(LAST_TAB, max(0, min(tab, len(sections) - 1)))
        nothing_was_open = window.dataset is None
        window.show_dataset(dataset, lazy=True)  # which follows it: watched again
        window.load_charts()
        if nothing_was_open and window.message is not None:
            window.message.close()  # the box saying why it could not be opened
        page = window.tabs.page(window.tabs.currentIndex())
        if page is not None:
            ScrollKeeper(page.verticalScrollBar(), scroll)
        self._said = []
        self._say(self.tr("已重新载入"))

    def _place(self) -> tuple[str | None, int]:
        """The section on screen (by id) and how far down it is scrolled."""
        window = self.window
        index = window.tabs.currentIndex()
        if window.dataset is None or not 0 <= index < len(window.dataset.briefing.sections):
            return None, 0
        page = window.tabs.page(index)
        scroll = page.verticalScrollBar().value() if page is not None else 0
        return window.dataset.briefing.sections[index].id, scroll

    def _show_problems(self, problems: list[Problem]) -> None:
        from briefing.viewer.problems_panel import ProblemsPanel

        if self.panel is None:
            self.panel = ProblemsPanel(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        assert self.folder is not None
        showing = self.window.dataset is not None
        if not showing:  # the empty window says why, with today's count
            self.window.empty.show_failure(self.folder, len(problems))
        opening = not self.panel.isVisible()
        self.panel.show_problems(self.folder, problems, showing_last_valid=showing)
        if opening:  # as tall as a few rows; the author may drag it taller
            self.window.resizeDocks(
                [self.panel], [self.panel.fitting_height()], Qt.Orientation.Vertical
            )
        # Said on the terminal too, as briefing validate says it, once for each new reading.
        lines = [problem.render(QCoreApplication.translate) for problem in problems]
        if lines != self._said:
            print("\n".join(lines), file=sys.stderr)
            self._said = lines

    def close_panel(self) -> None:
        if self.panel is not None:
            self.panel.hide()

    def focus_problems(self) -> None:
        """F8: to the list of problems, when there are some."""
        if self.panel is not None and self.panel.problems and self.panel.isVisible():
            self.panel.focus_list()
        else:
            self._say(self.tr("数据没有问题"))

    def _say(self, text: str) -> None:
        """A passing message on the status bar, which is hidden while it has nothing to say."""
        bar = self.window.statusBar()
        if not self._bar_followed:
            self._bar_followed = True
            bar.messageChanged.connect(self._bar_quiet)
        bar.show()
        bar.showMessage(text, RELOADED_MS)

    def _bar_quiet(self, message: str) -> None:
        warning = self.window.warning
        if not message and (warning is None or not warning.text()):
            self.window.statusBar().hide()


class ScrollKeeper(QObject):
    """Puts a page back at a scroll position: at once if it is tall enough, else as soon as it
    grows (its layout and charts come after the reload), giving up when the author scrolls."""

    def __init__(self, bar: QScrollBar, value: int) -> None:
        super().__init__(bar)
        self.bar = bar
        self.value = value
        bar.setValue(value)
        if bar.value() == value:
            self.deleteLater()
            return
        bar.rangeChanged.connect(self._grown)
        bar.actionTriggered.connect(self._done)
        QTimer.singleShot(SCROLL_PATIENCE_MS, self, self._done)

    def _grown(self, _minimum: int, maximum: int) -> None:
        self.bar.setValue(min(self.value, maximum))
        if maximum >= self.value:
            self._done()

    def _done(self, *_args: object) -> None:
        if self.value < 0:
            return
        self.value = -1
        self.bar.rangeChanged.disconnect(self._grown)
        self.bar.actionTriggered.disconnect(self._done)
        self.deleteLater()
