"""Export the whole briefing: the PDF of the slides, the A4 handout, every chart, the figures
table, the workbook, the deck.

Used by File > Export… and by ``briefing export``; it opens no dialog. Every file is written
whole or not at all; an existing file is replaced only with ``force``; a cancel removes what this
run had already written, so the folder is as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from briefing.model import Dataset
from briefing.model.facts import facts_csv
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
        for done, job in enumerate(jobs):
            if progress is not None and not progress(job.path.name, done, len(jobs)):
                raise ExportCancelled

            def still_wanted(
                _slide: str, _page: int, _pages: int, name: str = job.path.name, step: int = done
            ) -> bool:
                return progress is None or progress(name, step, len(jobs))

            written.append(_write(job, dataset, options, still_wanted))
        if progress is not None:
            progress("", len(jobs), len(jobs))
    except BaseException:
        for path in written:
            if path not in replaced:
                path.unlink(missing_ok=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):  # not empty: something else was put there
                folder.rmdir()
        raise
    return written


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


def _write(job: Job, dataset: Dataset, options: ImageOptions, still_wanted: Progress) -> Path:
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
    if job.kind == "pdf":
        from briefing.render.briefing_pdf import briefing_pdf

        # The PDF takes a second or two: a cancel is looked at after every page.
        return write_bytes(job.path, briefing_pdf(dataset, progress=still_wanted), force=True)
    from briefing.render.chart_files import save_chart

    assert job.chart is not None, "a chart's job names its chart"
    chart = briefing.chart(job.chart)
    return save_chart(job.path, chart, briefing.figures(), briefing, options, force=True)
