"""Worker processes for a large export, so that it uses every core: chart files drawn, and
slides of the PDF recorded, in other processes.

A chart is a pyqtgraph scene of QGraphicsItems and a slide a tree of widgets, laid out and
painted on the GUI thread: not safe on a second thread of one process. So each worker is a
process of its own, started fresh (``spawn``: a fork of a process that has started Qt is not
safe), with its own offscreen QApplication, the bundled font, the export's language and the
app's way of collecting garbage (collector.py). It is given the dataset once, then batches: of
charts, for which it sends back each file's bytes; of slides, for which it sends back each one
recorded as a QPicture, which the exporting process plays onto its page of the one PDF (the
page is the same as one painted there: text stays text, the font is embedded once). Slides
that show a picture are painted by the exporting process, so a picture shown on many slides is
decoded and embedded once whichever process has the slides around it. Every file
is written by the exporting process alone (``everything.export_all``), so what was written is
known and a failure or a cancel can remove it.

A worker costs a second or two to start (Python, Qt and pyqtgraph imported): it pays only for
an export of many charts or slides, and the exporting process draws its share meanwhile.
``BRIEFING_EXPORT_WORKERS`` sets the number of workers whatever the size (0: none).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from briefing import i18n
from briefing.i18n import Language
from briefing.model import Dataset
from briefing.render.files import ImageOptions

WORKERS_VARIABLE = "BRIEFING_EXPORT_WORKERS"
# Pieces (chart files, slides) an export must have per worker before one is started: about
# what the exporting process draws while a worker starts (1-2 s at 40-60 ms a piece).
PIECES_PER_WORKER = 40
CHUNK = 4  # pieces sent to a worker at a time: a cancel waits for at most one such batch

Task = tuple[str, str]  # (chart id, format)


def worker_count(pieces: int) -> int:
    """How many worker processes an export of ``pieces`` charts and slides starts."""
    asked = os.environ.get(WORKERS_VARIABLE, "").strip()
    if asked.isdigit():
        return int(asked) if pieces else 0
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(0, min(cores - 1, pieces // PIECES_PER_WORKER))


class ExportPool:
    """Worker processes drawing for one export: one dataset, one set of image options."""

    def __init__(self, workers: int, dataset: Dataset, options: ImageOptions) -> None:
        self._executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start,
            initargs=(dataset, options, i18n.current(), _app_look()),
        )
        self.workers = workers

    def charts(self, tasks: Sequence[Task]) -> Future[list[bytes]]:
        """The files of these charts, in their formats (``chart_files.chart_bytes``)."""
        with _workers_deaf_to_ctrl_c():
            return self._executor.submit(_draw, list(tasks))

    def slides(self, theme: str, indexes: Sequence[int]) -> Future[list[bytes]]:
        """These slides of ``build_slides``, recorded (``briefing_pdf.slide_picture``)."""
        with _workers_deaf_to_ctrl_c():
            return self._executor.submit(_record, theme, list(indexes))

    def close(self) -> None:
        """Stop the workers: what was not started is dropped, what is being drawn finishes
        (one batch at most), and every worker process has ended on return."""
        self._executor.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def _workers_deaf_to_ctrl_c() -> Iterator[None]:
    """While a submit may start a worker: SIGINT blocked in this thread, which the new process
    inherits from its first instruction, so Ctrl-C in a terminal, sent to the whole process
    group, never ends a worker with a traceback, even while it starts. Here the signal is only
    held: it is handled once unblocked (or at once by another thread), never lost."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _app_look() -> tuple[str, str, bytes]:
    """The exporting application's font, style sheet and palette (its theme, in the app), for
    a worker to draw with too: what a widget sets no value of its own for comes from them."""
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    sheet = app.styleSheet() if isinstance(app, QApplication) else ""
    palette = QByteArray()
    QDataStream(palette, QIODevice.OpenModeFlag.WriteOnly) << QGuiApplication.palette()
    return QGuiApplication.font().toString(), sheet, bytes(palette.data())


# Of every ``MAIN_SHARE + WORKER_SHARE * workers`` batches of a PDF's slides, how many this
# process paints and how many each worker records: this process also plays every recorded
# page onto the PDF, a fifth of the time painting it takes (measured at 1x: 19 ms to paint a
# slide, 17 to record one, 5 to play it), so the workers take the larger share.
MAIN_SHARE, WORKER_SHARE = 2, 3


class SlideShare:
    """Which slides of a PDF the workers record and which this process paints, spread evenly
    (``MAIN_SHARE`` to ``WORKER_SHARE`` per worker), asked for a few batches ahead of the page
    at hand. A worker's batch that has not been started when its first page comes (the
    workers are still starting, a second or more) is painted here rather than waited for."""

    wait_for_workers = False  # tests: every batch given to a worker is played, none painted

    def __init__(self, pool: ExportPool | None, theme: str, count: int) -> None:
        self._pool = pool
        self._theme = theme
        self._count = count
        self._asked: dict[int, Future[list[bytes]]] = {}  # by batch
        self._next = 0  # the first batch not yet given to a worker or passed over
        self._up = False  # a worker has finished a batch: they have started
        self._playing: tuple[int, list[bytes]] | None = None  # the batch whose pages come now

    def _theirs(self, batch: int) -> bool:
        """Whether ``batch`` is the workers' (this process's share spread evenly among them)."""
        pool = self._pool
        if pool is None or batch == 0:
            return False
        cycle = MAIN_SHARE + WORKER_SHARE * pool.workers
        place = batch % cycle
        return (place + 1) * MAIN_SHARE // cycle == place * MAIN_SHARE // cycle

    def recorded(self, index: int) -> bytes | None:
        """Slide ``index`` as a worker recorded it (waiting for it if it is being recorded),
        or None: paint it here."""
        if self._pool is None:
            return None
        batch = index // CHUNK
        try:
            if self._playing is None or self._playing[0] != batch:
                self._playing = (batch, self._take(batch))
                self._ask(batch)
        # A worker died (killed, out of memory) or none could be started (OSError: no process
        # or memory left to fork): paint them here.
        except (BrokenProcessPool, OSError):
            self.drop()
            self._pool = None
            return None
        pictures = self._playing[1]
        # b"": a slide the worker leaves to this process (one that shows a picture)
        return (pictures[index - batch * CHUNK] or None) if pictures else None

    def _take(self, batch: int) -> list[bytes]:
        """The batch's pictures from its worker, or [] to paint it here."""
        future = self._asked.pop(batch, None)
        if future is None:
            return []
        # Not being recorded yet (or the workers are not known to have started: a batch
        # waiting for a starting worker looks as if it were): painted here, it is sooner.
        if not (future.done() or self.wait_for_workers or (self._up and future.running())):
            future.cancel()  # a worker that took it already records it for nothing: once
            return []
        pictures = future.result()
        self._up = True
        return pictures

    def _ask(self, batch: int) -> None:
        """Give the workers their batches up to a few past ``batch``, and take back those
        it has passed; BrokenProcessPool once one has died (a submit to a broken pool raises
        at once)."""
        assert self._pool is not None
        for passed in [key for key in self._asked if key < batch]:
            self._asked.pop(passed).cancel()
        self._next = max(self._next, batch + 1)
        ahead = batch + 2 * (MAIN_SHARE + WORKER_SHARE * self._pool.workers)
        while self._next <= ahead and self._next * CHUNK < self._count:
            if self._theirs(self._next):
                first = self._next * CHUNK
                indexes = range(first, min(first + CHUNK, self._count))
                self._asked[self._next] = self._pool.slides(self._theme, indexes)
            self._next += 1

    def drop(self) -> None:
        """Forget the batches not yet played (a cancel, a failure)."""
        for future in self._asked.values():
            future.cancel()
        self._asked.clear()
        self._playing = None


# -- in the worker ---------------------------------------------------------------------------

_state: dict[str, object] = {}


def _end_with_the_exporter() -> None:
    """End this worker when the process that started it ends, however it ends (killed, too):
    the worker holds its own end of the queue it reads, so it would wait on it for ever."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="end-with-the-exporter", daemon=True).start()


def _start(
    dataset: Dataset, options: ImageOptions, language: Language, look: tuple[str, str, bytes]
) -> None:
    """A worker's start: the application the exporting process draws in, and the dataset."""
    # Ctrl-C in a terminal reaches every process of its group: the exporting process stops
    # the export (and its workers); a worker that took it would die with a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_the_exporter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QDataStream, qInstallMessageHandler
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QApplication

    from briefing.collector import collect_between_events
    from briefing.fonts import register_fonts

    # The offscreen platform's notes ("This plugin does not support ...") are no one's business.
    qInstallMessageHandler(lambda *_args: None)
    app = QApplication.instance() or QApplication(["briefing-export"])
    assert isinstance(app, QApplication)
    i18n.install(language)
    # As in the app: Python's cycle collector run between batches, never inside a Qt call
    # (collector.py says why).
    collect_between_events(app)
    register_fonts()
    font, sheet, palette = look
    chosen = QFont()
    chosen.fromString(font)
    app.setFont(chosen)
    colours = QPalette()
    QDataStream(QByteArray(palette)) >> colours
    app.setPalette(colours)
    app.setStyleSheet(sheet)
    from briefing.render import chart_files  # noqa: F401 - imported now, not on the first batch

    briefing = dataset.briefing
    _state.update(
        dataset=dataset,
        figures=briefing.figures(),
        charts={chart.id: chart for chart in briefing.charts()},
        options=options,
        app=app,  # kept for the worker's life
    )


def _dataset() -> Dataset:
    dataset = _state["dataset"]
    assert isinstance(dataset, Dataset)
    return dataset


def _draw(tasks: list[Task]) -> list[bytes]:
    from briefing.collector import collect_due
    from briefing.render.chart_files import chart_bytes

    collect_due()  # no event loop runs here: what its timer would have done
    briefing = _dataset().briefing
    figures, charts, options = _state["figures"], _state["charts"], _state["options"]
    assert isinstance(figures, dict)
    assert isinstance(charts, dict)
    assert isinstance(options, ImageOptions)
    return [chart_bytes(kind, charts[chart], figures, briefing, options) for chart, kind in tasks]


def _record(theme: str, indexes: list[int]) -> list[bytes]:
    from PySide6.QtCore import QCoreApplication

    from briefing.collector import collect_due
    from briefing.model.slides import build_slides
    from briefing.render.briefing_pdf import appearance, slide_picture

    collect_due()
    dataset = _dataset()
    slides = _state.get("slides")
    if not isinstance(slides, list):
        lead = QCoreApplication.translate("Slides", "导语")
        slides = _state["slides"] = build_slides(dataset.briefing, lead_title=lead)
    look = appearance(theme)
    # A picture slide is left to the exporting process (b""): played from here, its picture
    # would be a copy of its own in the PDF; painted there, it is the one decoded picture that
    # every slide showing it shares, embedded once.
    return [
        b"" if slides[index].kind == "image" else slide_picture(slides[index], dataset, look)
        for index in indexes
    ]


__all__ = [
    "CHUNK",
    "PIECES_PER_WORKER",
    "WORKERS_VARIABLE",
    "ExportPool",
    "SlideShare",
    "worker_count",
]
