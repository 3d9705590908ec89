"""What is wrong with a dataset: one problem a line, naming the file, the JSON path and the fix.

Every text is a ``Message``: an English template with named arguments, marked for Qt's lupdate
with ``QT_TRANSLATE_NOOP("Problems", ...)``. The model stays Qt-free: ``str()`` gives English,
and ``render(translate)`` gives the language of a translate function such as
``QCoreApplication.translate``. Only templates are translated, never the dataset text quoted in
their arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

MAX_TEXT = 300  # a problem quotes the dataset; a hostile dataset must not flood the screen
CONTEXT = "Problems"  # the translation context of every template

Translate = Callable[[str, str], str]
"""``translate(context, source)`` returns the source's translation, or the source itself."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a literal template for lupdate, which reads this call in the source; the text is
    translated only when shown, by ``Message.render``."""
    return text


def english(context: str, text: str) -> str:
    """The translate function that keeps every template as written."""
    return text


_LINE = QT_TRANSLATE_NOOP("Problems", "{file}: {path}: {message}")
_WITH_EXPECTED = QT_TRANSLATE_NOOP("Problems", "{line}; expected {expected}")
VERBATIM = "{text}"  # a text that is not ours to translate (an unknown pydantic message)


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


@dataclass(frozen=True, init=False)
class Message:
    """A template and its arguments: ``Message(template, passage="…")``.

    Arguments are kept as text, clipped to MAX_TEXT; a template quotes one with ``{name!r}``.
    """

    template: str
    args: tuple[tuple[str, str], ...]

    def __init__(self, template: str, /, **args: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(
            self, "args", tuple((name, _clip(str(value))) for name, value in args.items())
        )

    @classmethod
    def verbatim(cls, text: str) -> Message:
        return cls(VERBATIM, text=text)

    def render(self, translate: Translate = english) -> str:
        """The text in the translation's language, clipped to MAX_TEXT."""
        return _clip(_fill(translate(CONTEXT, self.template), self.template, dict(self.args)))

    def __str__(self) -> str:
        return self.render()


def _fill(translated: str, template: str, args: dict[str, str]) -> str:
    # A translation naming a field the template does not have must not break the dialog that
    # lists the problems: the English template is used instead.
    try:
        return translated.format(**args) if translated else template.format(**args)
    except (KeyError, IndexError, ValueError):
        return template.format(**args)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a dataset (or, in ``Dataset.warnings``, one thing it lacks)."""

    file: str
    path: str
    message: Message
    expected: Message | None = None
    # Where in ``file`` the path's value starts, from 1, the column in characters: set by the
    # loader for problems of briefing.json; None when there is no such place (a missing file).
    line: int | None = None
    column: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", _clip(self.path))

    @property
    def place(self) -> str:
        """``file:line:column``, the way compilers write it and editors follow it; the file
        alone when the place in it is not known."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}:{self.column or 1}"

    def render(self, translate: Translate) -> str:
        """The whole line in the language of ``translate(context, source)``."""
        line = _fill(
            translate(CONTEXT, _LINE),
            _LINE,
            {"file": self.place, "path": self.path, "message": self.message.render(translate)},
        )
        if self.expected is None:
            return line
        expected = self.expected.render(translate)
        return _fill(
            translate(CONTEXT, _WITH_EXPECTED), _WITH_EXPECTED, {"line": line, "expected": expected}
        )

    def __str__(self) -> str:
        return self.render(english)


MAX_PROBLEMS = 200  # listed of a dataset's problems (and of its warnings); the rest are counted


class DatasetError(Exception):
    """A dataset that cannot be shown; ``problems`` lists the reasons found, ``warnings`` what
    else was noticed on the way (a missing picture). ``count`` is how many problems were found:
    the loader lists the first MAX_PROBLEMS and then one line saying how many more there are."""

    def __init__(
        self,
        problems: list[Problem],
        warnings: tuple[Problem, ...] = (),
        count: int | None = None,
    ) -> None:
        self.problems = problems
        self.warnings = warnings
        self.count = len(problems) if count is None else count
        super().__init__()

    def __str__(self) -> str:  # made when asked for: 100,000 problems are not rendered twice
        return "\n".join(str(problem) for problem in self.problems)


def bounded(problems: list[Problem], count: int | None = None) -> list[Problem]:
    """The first MAX_PROBLEMS of ``count`` problems (all of ``problems`` by default), then one
    line saying how many more there are: a list a reader can take in, made and printed fast
    however many a hostile dataset has."""
    count = len(problems) if count is None else count
    if count <= MAX_PROBLEMS:
        return problems
    file = problems[0].file if problems else ""
    more = Message(
        QT_TRANSLATE_NOOP("Problems", "and {count} more problems, not listed"),
        count=f"{count - MAX_PROBLEMS:,}",
    )
    return [*problems[:MAX_PROBLEMS], Problem(file, "$", more)]


class MessageError(ValueError):
    """A ValueError whose text is a Message, so whoever shows it can translate it."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class InvalidValueError(ValueError):
    """Raised by a schema validator; the loader reads both halves back from pydantic's error."""

    def __init__(self, message: Message, expected: Message) -> None:
        super().__init__(f"{message}; expected {expected}")
        self.message = message
        self.expected = expected


def got(value: Any) -> Message:
    """What a JSON value is, for a reader: got the string '2.96', got null, got a list."""
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:30] + "…"
        return Message(QT_TRANSLATE_NOOP("Problems", "got the string {text!r}"), text=shown)
    if value is None or isinstance(value, bool):
        constants = {
            None: QT_TRANSLATE_NOOP("Problems", "got null"),
            True: QT_TRANSLATE_NOOP("Problems", "got true"),
            False: QT_TRANSLATE_NOOP("Problems", "got false"),
        }
        return Message(constants[value])
    if isinstance(value, int | float | Decimal):
        return Message(QT_TRANSLATE_NOOP("Problems", "got the number {number}"), number=value)
    if isinstance(value, dict | list):
        return Message(
            QT_TRANSLATE_NOOP("Problems", "got an object")
            if isinstance(value, dict)
            else QT_TRANSLATE_NOOP("Problems", "got a list")
        )
    return Message(
        QT_TRANSLATE_NOOP("Problems", "got a value of type {kind}"), kind=type(value).__name__
    )


def json_path(*parts: str | int) -> str:
    """``$.sections[1].figures[3].value`` from ("sections", 1, "figures", 3, "value")."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}"
        else:
            text += f"[{part!r}]"
    return text
