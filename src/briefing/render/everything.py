"""Export the whole briefing: the PDF of the slides, the A4 handout, every chart, the figures
table, the workbook, the deck.

Used by File > Export… and by ``briefing export``; it opens no dialog. Every file is written
whole or not at all; an existing file is replaced only with ``force``; a cancel removes what this
run had already written, so the folder is as it was.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Collection, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from briefing.model import Dataset
from briefing.model.facts import facts_csv
from briefing.render.export_pool import CHUNK, ExportPool, worker_count
from briefing.render.files import (
    BRIEFING_CHART_FORMATS,
    BRIEFING_FORMATS,
    ExportCancelled,
    ExportError,
    ImageOptions,
    Progress,
    exists_message,
    safe_file_name,
    write_bytes,
)

CHART_FOLDER = "charts"


@dataclass(frozen=True)
class Job:
    path: Path
    kind: str  # one of BRIEFING_FORMATS
    chart: str | None = None  # chart id for png/jpg/svg


def plan(
    dataset: Dataset, out: Path, formats: Iterable[str], charts: Collection[str] | None = None
) -> list[Job]:
    """The files an export would write, in the order it writes them; the images only of the
    charts whose ids are in ``charts`` (all of them when it is None)."""
    wanted = set(formats)
    if not wanted:
        raise ExportError(
            QCoreApplication.translate("Export", "没有选择要导出的内容；可选 {known}").format(
                known=", ".join(BRIEFING_FORMATS)
            )
        )
    unknown = wanted - set(BRIEFING_FORMATS)
    if unknown:
        raise ExportError(
            QCoreApplication.translate("Export", "不支持的格式：{unknown}；可选 {known}").format(
                unknown=", ".join(sorted(unknown)), known=", ".join(BRIEFING_FORMATS)
            )
        )
    briefing = dataset.briefing
    jobs: list[Job] = []
    if "pdf" in wanted:
        jobs.append(Job(out / f"{safe_file_name(briefing.title)}.pdf", "pdf"))
    if "handout" in wanted:
        handout = QCoreApplication.translate("Export", "{title}（A4讲义）").format(
            title=briefing.title
        )
        jobs.append(Job(out / f"{safe_file_name(handout)}.pdf", "handout"))
    chosen = _chosen_charts(dataset, charts)
    for number, chart in enumerate(briefing.charts(), start=1):
        if chart.id not in chosen:
            continue  # numbered as in the briefing all the same: 03 is always the third chart
        stem = f"{number:02d}-{safe_file_name(chart.title)}"
        for kind in BRIEFING_CHART_FORMATS:
            if kind in wanted:
                jobs.append(Job(out / CHART_FOLDER / f"{stem}.{kind}", kind, chart.id))
    if "csv" in wanted:
        jobs.append(Job(out / "figures.csv", "csv"))
    if "xlsx" in wanted:
        jobs.append(Job(out / f"{safe_file_name(briefing.title)}.xlsx", "xlsx"))
    if "pptx" in wanted:
        jobs.append(Job(out / f"{safe_file_name(briefing.title)}.pptx", "pptx"))
    if not jobs:
        raise ExportError(QCoreApplication.translate("Export", "没有选择要导出的图表"))
    return jobs


def _chosen_charts(dataset: Dataset, charts: Collection[str] | None) -> set[str]:
    """The ids of the charts to write; an id the briefing has no chart of is refused."""
    known = [chart.id for chart in dataset.briefing.charts()]
    if charts is None:
        return set(known)
    unknown = set(charts) - set(known)
    if unknown:
        raise ExportError(
            QCoreApplication.translate("Export", "没有这些图表：{unknown}；可选 {known}").format(
                unknown=", ".join(sorted(unknown)), known=", ".join(known)
            )
        )
    return set(charts)


def conflicts(jobs: Iterable[Job]) -> list[Path]:
    return [job.path for job in jobs if job.path.exists()]


def export_all(
    dataset: Dataset,
    out: Path,
    formats: Iterable[str],
    options: ImageOptions,
    *,
    force: bool = False,
    progress: Progress | None = None,
    charts: Collection[str] | None = None,
) -> list[Path]:
    """Write the export; return the files written. Refuses, before writing anything, when a
    file exists and ``force`` is not given, or when the charts cannot be drawn at the size
    asked for. A failure or a cancel half-way removes what this run created (files and
    folders; a file it replaced with ``force`` stays, since the old one is gone): the folder is
    as it was. ``charts``: as for ``plan``."""
    jobs = plan(dataset, out, formats, charts)
    existing = conflicts(jobs)
    if existing and not force:
        raise ExportError(exists_message(existing))
    if any(job.chart for job in jobs):
        from briefing.render.chart_files import check_options

        check_options(options)
    written: list[Path] = []
    created: list[Path] = []
    replaced = set(existing)
    try:
        created = _make_folders(jobs)
        _Run(dataset, options, jobs, progress, written).run()
    except BaseException:
        _remove(written, replaced, created)
        raise
    order = {job.path: number for number, job in enumerate(jobs)}
    return sorted(written, key=order.__getitem__)  # as planned, whichever process drew it


def _remove(written: list[Path], replaced: set[Path], created: list[Path]) -> None:
    """Undo a failed export: the files it wrote (not those it replaced: the old ones are gone)
    and the folders it made, once they are empty."""
    for path in written:
        if path not in replaced:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
    for folder in reversed(created):
        with contextlib.suppress(OSError):  # not empty: something else was put there
            folder.rmdir()


class _Run:
    """One export's jobs written in order, its chart files drawn by this process and, for a
    large export, by worker processes too (``export_pool``): the workers take the charts from
    the end of the list, this process from the start, until they meet (and record some of the
    PDF's slides). Every file is written here, as it comes, and added to ``written`` at once:
    what a failure must remove is always known."""

    def __init__(
        self,
        dataset: Dataset,
        options: ImageOptions,
        jobs: list[Job],
        progress: Progress | None,
        written: list[Path],
    ) -> None:
        self.dataset = dataset
        self.options = options
        self.jobs = jobs
        self.progress = progress
        self.written = written
        self.figures = dataset.briefing.figures()  # once: each is a walk of the whole briefing
        self.charts = {chart.id: chart for chart in dataset.briefing.charts()}
        self.pending: deque[list[Job]] = deque()
        self.in_flight: dict[Future[list[bytes]], list[Job]] = {}
        self.pool: ExportPool | None = None
        self.name = ""  # the file named to ``progress`` last

    def tick(self, name: str | None = None) -> None:
        """Say a file is about to be written (None: still the one before); ExportCancelled if
        the asker no longer wants the export."""
        if name is not None:
            self.name = name
        done, total = len(self.written), len(self.jobs)
        name = self.name
        if self.progress is not None and not self.progress(name, done, total):
            raise ExportCancelled

    def run(self) -> None:
        chart_jobs = [job for job in self.jobs if job.chart is not None]
        workers = worker_count(len(chart_jobs) + self._slides())
        try:
            if workers:
                self.pool = ExportPool(workers, self.dataset, self.options)
                self.pending.extend(
                    chart_jobs[i : i + CHUNK] for i in range(0, len(chart_jobs), CHUNK)
                )
            for job in self.jobs:
                if job.chart is None:
                    self._write_other(job)
                elif self.pool is None:
                    self._write_chart(job)
            self._finish_charts()
        finally:
            if self.pool is not None:
                self.pool.close()
        # The last report too can be answered with a cancel (the window closed as the last
        # file was done): what was written goes, as the one who stopped it was told.
        if self.progress is not None and not self.progress("", len(self.jobs), len(self.jobs)):
            raise ExportCancelled

    def _slides(self) -> int:
        """The pages of the slides' PDF, if it is one of the files."""
        if not any(job.kind == "pdf" for job in self.jobs):
            return 0
        from briefing.model.slides import build_slides

        return len(build_slides(self.dataset.briefing, lead_title=""))

    # -- charts ---------------------------------------------------------------------------

    def _write_chart(self, job: Job) -> None:
        from briefing.render.chart_files import chart_bytes

        assert job.chart is not None, "a chart's job names its chart"
        self.tick(job.path.name)
        briefing = self.dataset.briefing
        data = chart_bytes(job.kind, self.charts[job.chart], self.figures, briefing, self.options)
        self.written.append(write_bytes(job.path, data, force=True))

    def _top_up(self) -> None:
        """Keep two batches queued for each worker, taken from the end of the list."""
        assert self.pool is not None
        while self.pending and len(self.in_flight) < 2 * self.pool.workers:
            chunk = self.pending.pop()
            tasks = [(job.chart or "", job.kind) for job in chunk]
            try:
                self.in_flight[self.pool.charts(tasks)] = chunk
            # Died while the PDF was made, or could not be started (OSError: no process left).
            except (BrokenProcessPool, OSError):
                self.pending.append(chunk)
                self._without_workers()
                return

    def _collect(self, timeout: float | None) -> None:
        """Write the files of every batch the workers have finished (waiting up to
        ``timeout`` seconds for one); a worker's error is raised here."""
        if not self.in_flight:
            return
        finished, _ = wait(self.in_flight, timeout=timeout, return_when=FIRST_COMPLETED)
        for future in finished:
            chunk = self.in_flight.pop(future)
            try:
                files = future.result()
            except BrokenProcessPool:
                self.pending.append(chunk)
                self._without_workers()
                return
            for job, data in zip(chunk, files, strict=True):
                self.tick(job.path.name)
                self.written.append(write_bytes(job.path, data, force=True))

    def _without_workers(self) -> None:
        """A worker died (killed, out of memory): this process draws what it was given."""
        for chunk in self.in_flight.values():
            self.pending.append(chunk)
        self.in_flight.clear()
        if self.pool is not None:
            self.pool.close()
        self.pool = None

    def _finish_charts(self) -> None:
        """Draw the charts left, here and in the workers, until none is."""
        if self.pool is None:
            return
        while self.pending or self.in_flight:
            self._collect(timeout=0)
            if self.pool is not None:
                self._top_up()
            if self.pool is None:  # the workers died: the rest here
                for chunk in self.pending:
                    for job in chunk:
                        self._write_chart(job)
                self.pending.clear()
                return
            if self.pending:
                for job in self.pending.popleft():
                    self._write_chart(job)
            else:
                # Waiting for the workers' last batches: a tenth of a second at a time, so a
                # progress dialog's Cancel is still seen.
                self._collect(timeout=0.1)
                self.tick()

    # -- the rest -------------------------------------------------------------------------

    def _write_other(self, job: Job) -> None:
        self.tick(job.path.name)
        done = len(self.written)

        def still_wanted(_slide: str, _page: int, _pages: int) -> bool:
            return self.progress is None or self.progress(job.path.name, done, len(self.jobs))

        self.written.append(_write(job, self.dataset, still_wanted, self.pool))


def _make_folders(jobs: list[Job]) -> list[Path]:
    """Create the folders the jobs write into; return those that did not exist, parents
    first."""
    created: list[Path] = []
    for folder in sorted({job.path.parent for job in jobs}):
        missing = [path for path in reversed((folder, *folder.parents)) if not path.exists()]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            created += missing
        except OSError as error:
            for path in reversed(created):
                with contextlib.suppress(OSError):
                    path.rmdir()
            raise ExportError(
                QCoreApplication.translate("Export", "无法创建文件夹 {folder}：{reason}").format(
                    folder=folder, reason=error.strerror
                )
            ) from None
    return created


def _write(
    job: Job, dataset: Dataset, still_wanted: Progress, pool: ExportPool | None = None
) -> Path:
    """Write one file that is not a chart's."""
    briefing = dataset.briefing
    if job.kind == "csv":
        data = ("\ufeff" + facts_csv(briefing)).encode("utf-8")
        return write_bytes(job.path, data, force=True)
    if job.kind == "xlsx":
        from briefing.render.xlsx import briefing_xlsx

        return write_bytes(job.path, briefing_xlsx(briefing), force=True)
    if job.kind == "pptx":
        from briefing.render.pptx import briefing_pptx

        # A cancel is looked at after every slide.
        return write_bytes(job.path, briefing_pptx(dataset, progress=still_wanted), force=True)
    if job.kind == "handout":
        from briefing.render.handout import handout_pdf

        return write_bytes(job.path, handout_pdf(dataset, progress=still_wanted), force=True)
    assert job.kind == "pdf", job.kind
    from briefing.render.briefing_pdf import briefing_pdf

    # The PDF takes a second or two: a cancel is looked at after every page.
    data = briefing_pdf(dataset, progress=still_wanted, pool=pool)
    return write_bytes(job.path, data, force=True)
