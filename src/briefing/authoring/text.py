"""A report's text as it arrives (UTF-8, UTF-8 with BOM or GB18030; CRLF), its lines, and its
sentences cut after each full stop as the validator cuts them (the same end marks and closing
quotes as ``briefing.model.article``)."""

from __future__ import annotations

from dataclasses import dataclass

SENTENCE_END = "。！？!?"
CLOSING = "”’」』)）"
# A line ending in one of these is finished; any other line that is not a heading was broken by
# print ("打造人才友好 / 型城市") and goes on in the next line.
_LINE_END = SENTENCE_END + CLOSING + "…；;：:"


class ArticleDecodeError(ValueError):
    """The bytes are neither UTF-8 nor GB18030."""


def decode_article(data: bytes) -> str:
    """The text of a report file: UTF-8 (a BOM dropped), else GB18030; line ends as \\n."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as error:
            raise ArticleDecodeError(str(error)) from None
    text = text.removeprefix("\ufeff").replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class Line:
    """One printed line, as it is and trimmed."""

    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def printed_lines(text: str) -> list[Line]:
    """The lines that hold any text (a blank line only separates paragraphs)."""
    return [Line(raw) for raw in text.split("\n") if raw.strip()]


def is_finished(line: str) -> bool:
    """The line ends a paragraph: it ends with a full stop, a closing quote or the like."""
    return line.rstrip()[-1:] in _LINE_END


def sentences(paragraph: str) -> list[str]:
    """The paragraph cut after each full stop (closing quotes kept with it), as the validator
    cuts the article; each piece is a whole sentence of it."""
    pieces, start, index = [], 0, 0
    while index < len(paragraph):
        if paragraph[index] in SENTENCE_END:
            end = index + 1
            while end < len(paragraph) and paragraph[end] in CLOSING:
                end += 1
            pieces.append(paragraph[start:end])
            start = index = end
            continue
        index += 1
    if paragraph[start:].strip():
        pieces.append(paragraph[start:])
    return [piece for piece in pieces if piece.strip()]
