"""The ``briefing`` command: open the viewer, or validate, describe and list a dataset headless."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.resources import bundled_dataset

if TYPE_CHECKING:
    from briefing.authoring import Draft
    from briefing.i18n import Language, Translate
    from briefing.model import Dataset, DatasetError, Problem
    from briefing.render.files import ImageOptions

# The model (pydantic, ~0.3 s to import) is imported by the commands that need it, so that
# `briefing` opens its window without waiting for it.

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
PATH_HELP = "a dataset folder or its briefing.json (default: the bundled briefing)"


def _dataset_path(path: str | None) -> Path:
    return Path(path) if path else bundled_dataset()


def _language(args: argparse.Namespace) -> Language:
    """--lang, else the language chosen in the app (View > 语言), else Chinese."""
    from briefing.settings import Settings

    language: Language = getattr(args, "lang", None) or Settings().language()
    return language


def _translator(args: argparse.Namespace) -> Translate:
    from briefing.i18n import translator

    return translator(_language(args))


def _english(_context: str, source: str) -> str:
    return source


def _report(error: DatasetError, translate: Translate) -> int:
    for problem in error.problems:
        print(problem.render(translate))
    _warn(error.warnings, translate)
    count = error.count
    if count == 1:
        summary = translate("Cli", "invalid dataset: {count} problem")
    else:
        summary = translate("Cli", "invalid dataset: {count} problems")
    print(summary.format(count=count), file=sys.stderr)
    return EXIT_INVALID


def _warn(warnings: Sequence[Problem], translate: Translate) -> None:
    # A missing picture does not make the dataset invalid (the viewer shows a placeholder),
    # but whoever prepares the dataset should hear of it.
    for warning in warnings:
        print(translate("Cli", "warning: {line}").format(line=warning.render(translate)))


def _pictures_tried(dataset: Dataset, args: argparse.Namespace) -> Dataset:
    """The dataset with a warning for each picture that is there but cannot be shown (damaged,
    not a picture, an SVG reaching outside itself): each decoded once, small, in a
    QGuiApplication started for it (none is started for a briefing without pictures)."""
    if not dataset.image_places():
        return dataset
    from briefing.app import headless_application
    from briefing.imaging import picture_warnings

    _offscreen()
    headless_application(_language(args), gui=True)
    return dataset.with_warnings(picture_warnings(dataset))


def _offscreen() -> None:
    """A command that opens no window draws on Qt's offscreen platform, whatever platform the
    desktop names: xcb or wayland named where no display can be reached would end it. An
    offscreen platform named with options of its own is kept."""
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def cmd_validate(args: argparse.Namespace) -> int:
    from briefing.model import DatasetError, load_dataset

    translate = _translator(args)
    try:
        dataset = load_dataset(_dataset_path(args.path))
    except DatasetError as error:
        return _report(error, translate)
    dataset = _pictures_tried(dataset, args)
    briefing = dataset.briefing
    figures = briefing.figures().values()
    blocks = [block for _, block in briefing.blocks()]
    summary = translate(
        "Cli",
        "valid: {source}: {sections} sections, {figures} figures ({derived} derived), "
        "{cards} cards, {charts} charts, {images} images",
    )
    print(
        summary.format(
            source=dataset.source,
            sections=len(briefing.sections),
            figures=len(figures),
            derived=sum(1 for figure in figures if figure.derived),
            cards=sum(len(b.cards) for b in blocks),
            charts=sum(len(b.charts) for b in blocks),
            images=sum(len(b.images) for b in blocks),
        )
    )
    _warn(dataset.warnings, translate)
    return EXIT_OK


def cmd_schema(_args: argparse.Namespace) -> int:
    from briefing.model import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_facts(args: argparse.Namespace) -> int:
    from briefing.model import DatasetError, load_dataset
    from briefing.model.facts import facts_csv, facts_json

    try:
        dataset = load_dataset(_dataset_path(args.path))
    except DatasetError as error:
        return _report(error, _translator(args))
    if args.format == "csv":
        # The BOM makes Excel read the file as UTF-8; without it Chinese turns to mojibake.
        data = "\ufeff" + facts_csv(dataset.briefing)
    else:
        data = facts_json(dataset.briefing)
    sys.stdout.buffer.write(data.encode("utf-8"))
    sys.stdout.buffer.flush()
    return EXIT_OK


# What of Qt each format needs: the figures table and the workbook only its translations, the
# deck its pictures (QtGui, the bundled font for an SVG's text). Every other format draws widgets
# (charts, slides) and gets the viewer's QApplication; QtWidgets alone costs the others ~0.2 s.
EXPORT_NEEDS = {"csv": "core", "xlsx": "core", "pptx": "gui"}
PICTURE_FORMATS = {"pdf", "handout", "pptx"}  # those that draw the briefing's pictures


def cmd_export(args: argparse.Namespace) -> int:
    _offscreen()  # headless by itself, and so are its workers (they inherit it)
    from briefing.model import DatasetError, load_dataset
    from briefing.render.everything import export_all
    from briefing.render.files import BRIEFING_FORMATS, ExportCancelled, ExportError, format_name

    translate = _translator(args)
    formats = [format_name(item) for item in args.format.split(",") if item.strip()]
    if not formats:
        message = translate(
            "Cli", "briefing export: --format names nothing to write; any of {known}"
        )
        print(message.format(known=",".join(BRIEFING_FORMATS)), file=sys.stderr)
        return EXIT_USAGE
    try:
        dataset = load_dataset(_dataset_path(args.path))
    except DatasetError as error:
        return _report(error, translate)
    _export_application(formats, args)
    charts = (
        None if args.charts is None else [c.strip() for c in args.charts.split(",") if c.strip()]
    )
    if PICTURE_FORMATS & set(formats):  # one that cannot be drawn is named, as validate does
        from briefing.imaging import picture_warnings

        dataset = dataset.with_warnings(picture_warnings(dataset))
    _warn(dataset.warnings, translate)  # a missing picture is exported as its placeholder
    try:
        with _ctrl_c_stops_at_the_next_file() as still_wanted:
            written = export_all(
                dataset,
                Path(args.out),
                formats,
                _image_options(args),
                force=args.force,
                charts=charts,
                progress=still_wanted,
            )
    except ExportCancelled:  # Ctrl-C: what was written is removed
        return 130
    except ExportError as error:
        print(f"briefing export: {error}", file=sys.stderr)
        return EXIT_INVALID
    for path in written:
        print(path)
    return EXIT_OK


def _export_application(formats: Sequence[str], args: argparse.Namespace) -> None:
    """The least of Qt the formats need (EXPORT_NEEDS), started in the chosen language, with
    the offscreen platform's notes about itself kept out of the export's output."""
    from PySide6.QtCore import qInstallMessageHandler

    from briefing.app import application, headless_application

    previous = qInstallMessageHandler(None)

    def quiet(kind: object, context: object, message: str) -> None:
        # The offscreen platform says "This plugin does not support ..." for every window it
        # lays out; that is about the platform, not the export.
        if not message.startswith("This plugin does not support"):
            if previous is not None:
                previous(kind, context, message)  # type: ignore[arg-type]
            else:
                print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    needs = {EXPORT_NEEDS.get(item, "widgets") for item in formats}
    if "widgets" in needs:
        application(_language(args))
    else:
        headless_application(_language(args), gui="gui" in needs)


def _image_options(args: argparse.Namespace) -> ImageOptions:
    from briefing.render.files import ImageOptions

    return ImageOptions(
        width=args.width,
        height=args.height,
        scale=args.scale,
        dpi=args.dpi,
        background=args.background,
        outline_text=args.svg_outlines,
    )


def cmd_draft(args: argparse.Namespace) -> int:
    from briefing.authoring import (
        NOTES_FILE,
        ArticleDecodeError,
        DraftError,
        decode_article,
        draft_text,
        write_draft,
    )
    from briefing.model.problems import Message

    translate = _translator(args)
    source = Path(args.article)
    try:
        text = decode_article(source.read_bytes())
    except OSError as error:
        message = translate("Cli", "briefing draft: cannot read {path}: {reason}")
        print(message.format(path=source, reason=error.strerror or error), file=sys.stderr)
        return EXIT_INVALID
    except ArticleDecodeError:
        message = translate("Cli", "briefing draft: {path} is neither UTF-8 nor GB18030 text")
        print(message.format(path=source), file=sys.stderr)
        return EXIT_INVALID
    out = Path(args.out)
    try:
        draft = draft_text(text, name=source.stem)
        write_draft(
            draft,
            out,
            force=args.force,
            notes=lambda done: "\n".join(_draft_lines(done, translate, clip=NOTES_CLIP)),
        )
    except DraftError as error:
        fields = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in error.fields.items()
        }  # a validator's message, in the UI language too
        message = translate("Cli", error.template).format(**fields)
        print(
            translate("Cli", "briefing draft: {message}").format(message=message), file=sys.stderr
        )
        return EXIT_INVALID
    summary = translate(
        "Cli",
        "drafted: {path}: {sections} sections, {figures} figures ({derived} derived), "
        "{cards} cards, {charts} charts; {skipped} numbers skipped, {unread} to check",
    )
    print(summary.format(path=out, **draft.counts()))
    for line in _draft_lines(draft, translate, clip=SENTENCE_CLIP)[1:]:
        print(line)
    print(translate("Cli", "the list is also in {file}").format(file=out / NOTES_FILE))
    return EXIT_OK


SENTENCE_CLIP = 60  # characters of a sentence on the terminal
# ... and in the notes file: a sentence is whole there unless it is longer than any a report
# prints (a sentence of 4,000 clauses would write its every number's line that long).
NOTES_CLIP = 400


def _excerpt(sentence: str, at: int | None, clip: int) -> str:
    """The sentence, or when it is longer than ``clip`` the part of it around the number."""
    if len(sentence) <= clip:
        return sentence
    if at is None or at < clip * 2 // 3:
        return sentence[: clip - 1] + "…"
    start = min(at - clip // 3, len(sentence) - clip + 1)
    end = start + clip - 2
    return "…" + sentence[start:end] + ("…" if end < len(sentence) else "")


def _draft_lines(draft: Draft, translate: Translate, clip: int | None = None) -> list[str]:
    """What the author checks: the counts, each number to read, each number skipped."""
    counts = draft.counts()
    lines = [
        translate(
            "Cli",
            "{sections} sections, {figures} figures ({derived} derived), {cards} cards, "
            "{charts} charts; {skipped} numbers skipped, {unread} to check",
        ).format(**counts)
    ]
    for item in sorted(draft.skipped, key=lambda item: not item.unread):
        reason = translate("Cli", item.reason)
        if item.problem is not None:
            reason = f"{reason}: {item.problem.render(translate)}"
        template = (
            translate("Cli", "to check: {number} in: {sentence} ({reason})")
            if item.unread
            else translate("Cli", "skipped: {number} in: {sentence} ({reason})")
        )
        sentence = item.sentence if clip is None else _excerpt(item.sentence, item.at, clip)
        lines.append(template.format(number=item.number, sentence=sentence, reason=reason))
    return lines


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 16384:
        raise argparse.ArgumentTypeError(f"{text}: expected 1..16384")
    return value


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="the language of the window and the messages: zh (Chinese) or en (English); "
        "default: the one chosen in the app (View > Language), else zh",
    )


def has_display() -> bool:
    """Whether a window could be shown: always on Windows and macOS, on Linux with X or Wayland."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_view(args: argparse.Namespace) -> int:
    if not has_display():
        translate = _translator(args)
        message = translate(
            "Cli",
            "briefing: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the viewer cannot "
            "open; to export instead: briefing export --out DIR",
        )
        print(message, file=sys.stderr)
        return EXIT_USAGE  # as when a display is set but cannot be opened (briefing.app)
    from briefing.app import run  # Qt is imported only when a window is wanted

    return run(_dataset_path(args.path), args.lang)


COMMANDS: dict[str, tuple[str, Callable[[argparse.Namespace], int]]] = {
    "validate": ("check a dataset; one line per problem, exit 1 when invalid", cmd_validate),
    "schema": ("print the JSON Schema of the dataset format", cmd_schema),
    "facts": ("print every figure of a dataset, one row each", cmd_facts),
    "export": ("write the briefing's PDF, charts and figures table, with no display", cmd_export),
    "draft": ("write a first dataset from a report's plain text", cmd_draft),
}


def _parser(command: str | None) -> argparse.ArgumentParser:
    if command is None:
        parser = argparse.ArgumentParser(
            prog="briefing",
            description="Open a data briefing in the viewer. Other commands: "
            + "; ".join(f"{name}: {text}" for name, (text, _) in COMMANDS.items())
            + ". 'briefing COMMAND --help' for each.",
        )
        parser.add_argument("path", nargs="?", help=PATH_HELP)
        _language_option(parser)
        import briefing as package

        parser.add_argument(
            "--version", action="version", version=f"briefing {package.__version__}"
        )
        parser.set_defaults(handler=cmd_view)
        return parser
    text, handler = COMMANDS[command]
    parser = argparse.ArgumentParser(prog=f"briefing {command}", description=text)
    if command in {"validate", "facts", "export", "draft"}:
        _language_option(parser)
    if command in {"validate", "facts", "export"}:
        parser.add_argument("path", nargs="?", help=PATH_HELP)
    if command == "facts":
        parser.add_argument("--format", choices=("csv", "json"), default="csv")
    if command == "export":
        parser.add_argument("--out", required=True, help="the folder to write into")
        parser.add_argument(
            "--format",
            default="png,svg,pdf,csv",
            help="comma-separated, any of: pdf,handout,png,jpg,svg,csv,xlsx,pptx "
            "(default: png,svg,pdf,csv)",
        )
        parser.add_argument("--width", type=_positive, default=1920, help="chart width in px")
        parser.add_argument("--height", type=_positive, default=1080, help="chart height in px")
        parser.add_argument("--scale", type=int, choices=(1, 2, 3), default=1)
        parser.add_argument("--dpi", type=int, choices=(96, 150, 300), default=96)
        parser.add_argument(
            "--background", choices=("white", "transparent", "theme"), default="white"
        )
        parser.add_argument(
            "--svg-outlines",
            action="store_true",
            help="SVG: every text as the outlines of its glyphs (opens right without the font)",
        )
        parser.add_argument(
            "--charts",
            default=None,
            help="comma-separated chart ids: the charts to write as images (default: all)",
        )
        parser.add_argument("--force", action="store_true", help="replace existing files")
    if command == "draft":
        parser.add_argument("article", help="the report as plain text (UTF-8 or GB18030)")
        parser.add_argument("--out", required=True, help="the dataset folder to write")
        parser.add_argument(
            "--force", action="store_true", help="write into a folder that is not empty"
        )
    parser.set_defaults(handler=handler)
    return parser


@contextlib.contextmanager
def _ctrl_c_stops_at_the_next_file() -> Iterator[Callable[[str, int, int], bool]]:
    """An export's progress callback that says "stop" once Ctrl-C was pressed.

    Python's own SIGINT handler raises KeyboardInterrupt wherever the export is, often inside
    a Qt call (a chart being painted), where PySide prints it and carries on: the export went
    on to the end. The first Ctrl-C now stops it at its next file or page (what it wrote is
    removed); a second one interrupts at once.
    """
    if threading.current_thread() is not threading.main_thread():
        yield lambda _name, _done, _total: True
        return
    pressed: list[bool] = []

    def stop(_signal: int, _frame: object) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)

    previous = signal.signal(signal.SIGINT, stop)
    try:
        yield lambda _name, _done, _total: not pressed
    finally:
        signal.signal(signal.SIGINT, previous)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = arguments[0] if arguments and arguments[0] in COMMANDS else None
    args = _parser(command).parse_args(arguments[1:] if command else arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except BrokenPipeError:
        # The reader (head, a closed pager) went away: nothing left to say to it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback for a user; the message names the cause
        try:
            translate = _translator(args)
        except Exception:  # the failure may be the translator's own: English, then
            translate = _english
        message = translate("Cli", "briefing: unexpected error: {error}")
        print(message.format(error=f"{type(error).__name__}: {error}"), file=sys.stderr)
        return EXIT_INVALID
