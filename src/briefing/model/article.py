"""The article a dataset is checked against: its text with print's line breaks removed, where its
sentences start and end, and whether a sentence states a figure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SENTENCE_END = "。！？!?"
_CLOSING = "”’」』)）"


@dataclass(frozen=True)
class Article:
    """The article text with line breaks removed, and where its sentences start and end."""

    raw: str
    text: str = field(init=False)
    boundaries: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        text_parts: list[str] = []
        boundaries = {0}
        position = 0
        for line in self.raw.replace("\r\n", "\n").split("\n"):
            if line.strip():
                boundaries.add(position)  # a paragraph starts; headings end with no full stop
                text_parts.append(line)
                position += len(line)
                boundaries.add(position)
        text = "".join(text_parts)
        for index, char in enumerate(text):
            if char in _SENTENCE_END:
                end = index + 1
                while end < len(text) and text[end] in _CLOSING:
                    end += 1
                boundaries.add(end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "boundaries", frozenset(boundaries))

    def contains(self, passage: str) -> bool:
        return passage in self.text

    def is_sentence(self, passage: str) -> bool:
        """The passage is found and runs from one sentence boundary to another."""
        start = self.text.find(passage)
        while start != -1:
            if start in self.boundaries and start + len(passage) in self.boundaries:
                return True
            start = self.text.find(passage, start + 1)
        return False


# A thousands separator as reports print them (41,541万元; also full-width, 41，541): a comma
# between a digit and a group of exactly three more.
_SEPARATOR = re.compile(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")


def without_separators(text: str) -> str:
    """The text with the thousands separators of its numbers taken out: 41,541 -> 41541."""
    return _SEPARATOR.sub("", text)


def mention_positions(sentence: str, token: str) -> list[int]:
    """Where the sentence states the token, not as part of a longer number (5名 is not in
    35名, 1 is not in 21, 41 is not in 41,541), positions in ``without_separators(sentence)``;
    the sentence may print the number with separators and the token without, or both alike."""
    plain, token = without_separators(sentence), without_separators(token)
    tail = r"(?![0-9])" if token[-1:].isdigit() else ""
    pattern = rf"(?<![0-9.]){re.escape(token)}{tail}"
    return [match.start() for match in re.finditer(pattern, plain)]


def mentions(sentence: str, token: str) -> bool:
    """The sentence states the token, not as part of a longer number (5名 is not in 35名)."""
    return bool(mention_positions(sentence, token))
