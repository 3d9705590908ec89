"""Editing is a loop, not a restart: the main window watches the dataset it shows and reads it
again, through the one loader, whenever briefing.json, the article or a picture changes on disk.

Editors save in different ways: in place (sometimes in several writes), or by writing a temporary
file and renaming it over the old one, which ends a watch on the old file. So the folders are
watched too, every path is watched again after each change, changes are gathered for
``DEBOUNCE_MS`` into one reload, and a reload happens only when a file the dataset reads really
changed (its size, time or inode), not when an editor touches a swap file beside it.

After a reading that failed, the files the broken dataset names are watched too (an article
renamed in briefing.json is read once it is created), and while the dataset folder itself is gone
its nearest remaining parent folder is watched for its return. Only files inside the dataset
folder are ever looked at: every path is resolved first, and one that leads outside (a link
beside briefing.json, a name through a linked folder) is neither read nor watched. The one
exception is briefing.json itself, which is what was opened and what the loader reads.

A window stops watching when it closes, and when it opens another dataset.

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
    # Each picture once, however many times the briefing shows it: a large briefing shows a
    # few files hundreds of times, and each look-up resolves links and asks for photographs.
    pictures = {
        (image.file, image.kind): image for _, b in dataset.briefing.blocks() for image in b.images
    }
    for image in pictures.values():
        try:
            files.append(resolve_inside(dataset.folder, image.file))
            files.append(dataset.image_file(image)[0])
        except PathOutsideError:
            continue
    return list(dict.fromkeys(files))


def loose_files(folder: Path) -> list[Path]:
    """Before any valid reading, the files of the folder the dataset may read: its JSON and text
    files (not hidden ones, which editors use for swap and lock files), resolved, and only those
    that stay inside the folder (a link beside the dataset may lead anywhere)."""
    from briefing.model import PathOutsideError, resolve_inside

    try:
        names = sorted(
            entry.name
            for entry in folder.iterdir()
            if entry.suffix in {".json", ".txt"} and not entry.name.startswith((".", "#"))
        )
    except OSError:
        return []
    files = []
    for name in names:
        with contextlib.suppress(PathOutsideError):
            files.append(resolve_inside(folder, name))
    return files


def _nearest_existing(folder: Path) -> Path | None:
    """The nearest parent of a folder that is gone, to watch for its return."""
    for parent in folder.parents:
        with contextlib.suppress(OSError):
            if parent.is_dir():
                return parent
    return None


class LiveReload(QObject):
    """The watch over the dataset of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder: Path | None = None  # None while nothing is watched
        self.source = Path()  # the JSON file in it
        self.followed: Dataset | None = None  # the last valid reading
        self.files: list[Path] = []  # what the last valid reading read
        self.named: list[Path] = []  # what the last failed reading names
        self.fingerprint: Fingerprint = {}
        self.panel: ProblemsPanel | None = None
        self.watcher: QFileSystemWatcher | None = None  # made when there is something to watch
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
        if (dataset.folder, dataset.source) != (self.folder, self.source):
            self.stop()  # another dataset: nothing of the last one's watch is kept
        if is_bundled(dataset.folder):
            return
        self.folder, self.source = dataset.folder, dataset.source
        self.files = dataset_files(dataset)
        self.named = []
        self.fingerprint = self._fingerprint()
        self._watch()

    def follow_path(self, path: Path) -> None:
        """Watch a dataset that could not be read (the one the app was started with, or one
        opened in an empty window), so that fixing it opens it."""
        from briefing.model.loader import dataset_paths, files_named

        self.stop()
        self.close_panel()
        if is_bundled(path):
            return
        self.folder, self.source = dataset_paths(path)
        self.files = []
        self.named = files_named(self.folder, self.source)
        self.fingerprint = self._fingerprint()
        self._watch()

    def stop(self) -> None:
        """Watch nothing: no reload is waiting, and the watcher and its watches are released
        (when the window closes, or before another dataset is watched)."""
        self.timer.stop()
        if self.watcher is not None:
            watched = self.watched()
            if watched:
                self.watcher.removePaths(watched)
            self.watcher.fileChanged.disconnect(self._changed)
            self.watcher.directoryChanged.disconnect(self._changed)
            self.watcher.deleteLater()
            self.watcher = None
        self.folder = None
        self.files, self.named, self.fingerprint = [], [], {}

    def watched(self) -> list[str]:
        """The files and folders watched now."""
        if self.watcher is None:
            return []
        return self.watcher.files() + self.watcher.directories()

    def _read_files(self) -> list[Path]:
        """The files whose change is a reason to read the dataset again: briefing.json, what
        the last valid reading read (or, before any, the folder's JSON and text files), and
        what the last failed reading names."""
        if self.folder is None:
            return []
        read = self.files or loose_files(self.folder)
        return list(dict.fromkeys([self.source, *read, *self.named]))

    def _fingerprint(self) -> Fingerprint:
        return {str(path): _stat(path) for path in self._read_files()}

    def _watch(self) -> None:
        """Watch every file again, and the folders holding them: a file replaced by a rename is
        a new file, which the old watch does not see. While the dataset folder is gone, its
        nearest parent is watched instead, for its return."""
        watched = self.watched()
        if self.watcher is not None and watched:
            self.watcher.removePaths(watched)
        if self.folder is None:
            return
        if self.folder.is_dir():
            files = self._read_files()
            folders = dict.fromkeys([self.folder, *(path.parent for path in files)])
            paths = [os.fspath(path) for path in [*folders, *files] if path.exists()]
        else:
            parent = _nearest_existing(self.folder)
            paths = [os.fspath(parent)] if parent is not None else []
        if not paths:
            return
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.fileChanged.connect(self._changed)
            self.watcher.directoryChanged.connect(self._changed)
        self.watcher.addPaths(paths)

    def _changed(self, _path: str) -> None:
        if self.folder is not None:
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
            from briefing.model.loader import files_named

            # what it names now is watched too: creating a file it lacks reads it again
            self.named = files_named(self.folder, self.source)
            self._show_problems(error.problems)
            self._watch()
            self.fingerprint = {
                path: before.get(path, now) for path, now in self._fingerprint().items()
            }
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
        window.start_charts()
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
