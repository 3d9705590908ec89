"""What is wrong with a dataset: one problem a line, naming the file, the JSON path and the fix."""

from __future__ import annotations

from dataclasses import dataclass

MAX_TEXT = 300  # a problem quotes the dataset; a hostile dataset must not flood the screen


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    message: str
    expected: str

    def __post_init__(self) -> None:
        for name in ("path", "message", "expected"):
            object.__setattr__(self, name, _clip(getattr(self, name)))

    def __str__(self) -> str:
        line = f"{self.file}: {self.path}: {self.message}"
        return f"{line}; expected {self.expected}" if self.expected else line


class DatasetError(Exception):
    """A dataset that cannot be shown; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


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
