"""The article a dataset is checked against: its text with print's line breaks removed, where its
sentences start and end, and whether a sentence states a figure."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

MAX_PLACES = 1000  # where a quote is looked for as a sentence, at most
_SENTENCE_END = "。！？!?"
_CLOSING = "”’」』)）"
_SENTENCE = re.compile(f"[{_SENTENCE_END}][{_CLOSING}]*")  # a sentence's end, quotes closed


# Punctuation a quote may print in the other width (， for ,; （ for (; “ for "): full-width forms
# of ASCII punctuation, and curly quotes. Never digits, letters or ％ (a unit).
_WIDTH = str.maketrans(
    {
        **{
            chr(code): chr(code - 0xFEE0)
            for code in range(0xFF01, 0xFF5F)
            if not chr(code - 0xFEE0).isalnum() and code != 0xFF05
        },
        "−": "-",  # the minus sign and the hyphen-minus are one sign in a number
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
    }
)
# White space, of which a run is kept only between two digits or letters.
_SPACE = re.compile(r"\s+")
_WORD = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_PIECEWISE = 2000  # characters past which a text is put in one width a character at a time


def _without_spaces(text: str) -> tuple[str, list[int]]:
    """The text without the white space a quote may leave out (all but one space between two
    digits or letters: 2 024 is not 2024), and where that white space was.

    The runs of white space are found by a plain scan and then looked at: a pattern with
    look-arounds tried at every character took 1.5 s over a 5 MB article."""
    removed: list[int] = []
    kept: list[str] = []
    last = 0
    for match in _SPACE.finditer(text):
        start, end = match.span()
        if start > 0 and end < len(text) and text[start - 1] in _WORD and text[end] in _WORD:
            continue
        removed.extend(range(start, end))
        kept.append(text[last:start])
        last = end
    if not removed:
        return text, removed
    kept.append(text[last:])
    return "".join(kept), removed


_OTHER_WIDTH = re.compile("[" + re.escape("".join(map(chr, _WIDTH))) + "]")


def _one_width(text: str) -> str:
    """``text.translate(_WIDTH)``; for a long text one ``replace`` for each character of
    _WIDTH it holds (translate looks each character up: 1.1 s for a 5 MB article)."""
    if len(text) <= _PIECEWISE:
        # most passages hold none of them: the search is much cheaper than translate's lookups
        return text.translate(_WIDTH) if _OTHER_WIDTH.search(text) else text
    for code, replacement in _WIDTH.items():
        character = chr(code)
        if character in text:
            text = text.replace(character, replacement)
    return text


@dataclass(frozen=True)
class Passage:
    """A text as quotes are compared with it: white space dropped (but between two digits or
    letters) and punctuation in one width; ``original`` gives back a position in the text."""

    text: str
    normal: str = field(init=False)
    removed: tuple[int, ...] = field(init=False)

    def __post_init__(self) -> None:
        normal, removed = _without_spaces(self.text)
        object.__setattr__(self, "normal", _one_width(normal))
        object.__setattr__(self, "removed", tuple(removed))

    def position(self, original: int) -> int:
        """The position in ``normal`` of a position in the text."""
        return original - bisect_left(self.removed, original)

    def original(self, position: int) -> int:
        """The position in the text of a position in ``normal``."""
        result = position
        for index in self.removed:
            if index > result:
                break
            result += 1
        return result

    def find(self, passage: str, start: int = 0) -> int:
        """Where the passage starts in ``normal`` as it compares, or -1."""
        return self.normal.find(normal_form(passage), start)


@functools.lru_cache(maxsize=4096)  # a quote is compared several times (found, sentence, token)
def normal_form(passage: str) -> str:
    """The passage as it compares with the article (see ``Passage``)."""
    return Passage(passage).normal


def find_passage(text: str, passage: str) -> tuple[int, int] | None:
    """Where in ``text`` the passage stands, as quotes compare (white space and punctuation
    width aside): start and end in ``text``, or None."""
    normal = Passage(text)
    start = normal.find(passage)
    if start < 0:
        return None
    end = start + len(normal_form(passage))
    return normal.original(start), normal.original(end - 1) + 1 if end > start else start


@dataclass(frozen=True)
class Article:
    """The article text with line breaks removed, and where its sentences start and end.

    A quote, a heading or a paragraph compares with it as ``Passage`` says: white space and the
    width of punctuation (， or ,) do not matter; digits, letters and units must be the same."""

    raw: str
    text: str = field(init=False)
    boundaries: frozenset[int] = field(init=False)
    passage: Passage = field(init=False)
    normal_boundaries: frozenset[int] = field(init=False)
    # Where sentences start in ``passage.normal``, by their first _KEY characters (``long``), and
    # by the whole of those shorter than that (``short``): see ``_as_sentences``.
    _long: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    _short: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    _index: _Index = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text_parts: list[str] = []
        boundaries = {0}
        position = 0
        for raw_line in self.raw.replace("\r\n", "\n").split("\n"):
            # Each line on its own: the white space that indents a paragraph ("　　2024年…" after
            # a heading ending "GDP") would otherwise sit between two letters once the lines
            # are joined, and be kept there, so its first sentence would not start at the line.
            line = raw_line.strip()
            if line:
                boundaries.add(position)  # a paragraph starts; headings end with no full stop
                text_parts.append(line)
                position += len(line)
                boundaries.add(position)
        text = "".join(text_parts)
        boundaries.update(match.end() for match in _SENTENCE.finditer(text))
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "boundaries", frozenset(boundaries))
        normal = Passage(text)
        object.__setattr__(self, "passage", normal)
        normal_boundaries = frozenset(normal.position(b) for b in boundaries)
        object.__setattr__(self, "normal_boundaries", normal_boundaries)
        long, short = _sentence_starts(normal.normal, sorted(normal_boundaries))
        object.__setattr__(self, "_long", long)
        object.__setattr__(self, "_short", short)
        object.__setattr__(self, "_index", _Index())

    def _as_sentences(self, wanted: str) -> bool:
        """The passage (in its normal form) stands somewhere as whole sentences, found by where
        sentences start rather than by reading the article: a quote costs its own length, not
        the article's (10,000 quotes of a 5 MB article were 30 s). False may still be printed as
        whole sentences at over MAX_PLACES places of the same start: the callers then read."""
        if not wanted:
            return False
        normal, ends = self.passage.normal, self.normal_boundaries
        if len(wanted) < _KEY:  # the short table holds whole sentences: a start is a place
            return wanted in self._short
        for start in self._long.get(wanted[:_KEY], ())[:MAX_PLACES]:
            if normal.startswith(wanted, start) and start + len(wanted) in ends:
                return True
        return False

    def _places(self, wanted: str, limit: int | None) -> list[int] | None:
        """The first ``limit`` places (all with None) where ``wanted`` starts in the normal
        text, in order, found by the index of ``_Grams``; None where the text is to be read
        as before: until reading it whole has cost more than building the index, and for a
        passage whose every run of characters is printed too often."""
        index, normal = self._index, self.passage.normal
        if not wanted:  # found at every place: as read
            return None
        if index.grams is None:
            index.scanned += len(normal)
            if index.scanned < _INDEX_AFTER:
                return None
            index.grams = _Grams(normal)
        return index.grams.places(normal, wanted, limit)

    def contains(self, passage: str) -> bool:
        wanted = normal_form(passage)
        if self._as_sentences(wanted):
            return True
        places = self._places(wanted, 1)
        return bool(places) if places is not None else wanted in self.passage.normal

    def heads(self, header: str, passage: str) -> bool:
        """The header is the nearest unit line (单位：…) above the passage's first place: the
        header of the table the passage is a row of."""
        normal = self.passage.normal
        quoted, wanted = normal_form(passage), normal_form(header)
        first = self._places(quoted, 1)
        at = normal.find(quoted) if first is None else first[0] if first else -1
        if at < 0:
            return False
        headers = self._places(wanted, None)
        if headers is None:
            above = normal.rfind(wanted, 0, at)
        else:  # as rfind: the last place that ends by ``at``
            above = max((place for place in headers if place + len(wanted) <= at), default=-1)
        return above >= 0 and _UNIT_HEADER.search(normal, above + len(wanted), at) is None

    def is_sentence(self, passage: str) -> bool:
        """The passage is found and runs from one sentence boundary to another."""
        return self.sentence_places(passage) == "sentence"

    def sentence_places(self, passage: str) -> Literal["sentence", "part", "too often"]:
        """Whether the passage stands as whole sentences at one of the places it is printed
        ("sentence"), only as part of one ("part", also when it is not printed), or is printed
        at over MAX_PLACES places ("too often": a quote so repeated, ，，，…, cannot be checked
        in reasonable time, and no report repeats a sentence that often)."""
        wanted = normal_form(passage)
        if self._as_sentences(wanted):
            return "sentence"
        ends = self.normal_boundaries
        places = self._places(wanted, MAX_PLACES + 1)
        if places is not None:
            if any(at in ends and at + len(wanted) in ends for at in places[:MAX_PLACES]):
                return "sentence"
            return "too often" if len(places) > MAX_PLACES else "part"
        start = self.passage.normal.find(wanted)
        for _ in range(MAX_PLACES):
            if start == -1:
                return "part"
            if start in ends and start + len(wanted) in ends:
                return "sentence"
            start = self.passage.normal.find(wanted, start + 1)
        return "too often" if start != -1 else "part"


_KEY = 16  # characters of a sentence's start by which it is found


def _sentence_starts(
    normal: str, boundaries: list[int]
) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """For each place a sentence may start (``boundaries``, in order): its first _KEY characters
    -> the places (``long``), and each run of whole sentences shorter than that -> the places
    (``short``). One pass over the boundaries: a run of sentences under _KEY characters spans
    at most _KEY boundaries."""
    long: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    for index, start in enumerate(boundaries):
        long.setdefault(normal[start : start + _KEY], []).append(start)
        following = index + 1
        while following < len(boundaries) and boundaries[following] - start < _KEY:
            short.setdefault(normal[start : boundaries[following]], []).append(start)
            following += 1
    return long, short


# Characters of the article read whole (``in``, ``find``) before it is indexed: reading 1.6
# million characters is about a millisecond, indexing them about 0.15 s.
_INDEX_AFTER = 100_000_000
_CANDIDATES = 4096  # places of a passage's rarest three characters verified, at most
_BITS = 21  # a code point's bits: three of them make one 63-bit key, in the text's order


class _Index:
    """An article's ``_Grams``, built once reading it whole has cost enough; a worker process
    given the article is given none (it builds its own if it must)."""

    def __init__(self) -> None:
        self.grams: _Grams | None = None
        self.scanned = 0

    def __reduce__(self) -> tuple[type[_Index], tuple[()]]:
        return _Index, ()


def _codes(text: str) -> npt.NDArray[np.uint64]:
    import numpy as np  # only when an article is indexed

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32).astype(np.uint64)


class _Grams:
    """Every run of three characters of a text as one number (their code points side by side,
    so the numbers sort as the runs do), sorted, with where each stands: the places a passage
    may start are those of its rarest run, each then compared with the passage. Looking a
    passage up costs its length and the places of that run, not the text's length (10,000
    quotes that are not whole sentences of a 5 MB article were 8 s of ``in``)."""

    def __init__(self, text: str) -> None:
        import numpy as np

        codes = _codes(text)
        keys = codes << np.uint64(2 * _BITS)  # the last two places: the text's end as zeros
        keys[:-1] |= codes[1:] << np.uint64(_BITS)
        keys[:-2] |= codes[2:]
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.starts = order.astype(np.int64)

    def _candidates(self, wanted: str) -> list[int] | None:
        """Where the passage may start, in order: the places of its rarest run less where in
        the passage that run is (a passage under three characters: of the runs it starts);
        None past _CANDIDATES of them."""
        import numpy as np

        codes = _codes(wanted)
        if len(codes) < 3:  # the runs that start with it: one range of keys
            shift = _BITS * (3 - len(codes))
            prefix = int(codes[0])
            if len(codes) == 2:
                prefix = prefix << _BITS | int(codes[1])
            bounds = np.array([prefix << shift, (prefix + 1) << shift], np.uint64)
            first, last = (int(at) for at in np.searchsorted(self.keys, bounds, "left"))
            offset = 0
        else:
            runs = codes[:-2] << np.uint64(2 * _BITS)
            runs |= codes[1:-1] << np.uint64(_BITS)
            runs |= codes[2:]
            firsts = np.searchsorted(self.keys, runs, "left")
            lasts = np.searchsorted(self.keys, runs, "right")
            offset = int(np.argmin(lasts - firsts))
            first, last = int(firsts[offset]), int(lasts[offset])
        if last - first > _CANDIDATES:
            return None
        starts: list[int] = np.sort(self.starts[first:last]).tolist()
        return [start - offset for start in starts if start >= offset]

    def places(self, text: str, wanted: str, limit: int | None) -> list[int] | None:
        """The first ``limit`` places (all with None) where the passage starts in the text,
        in order; None when its rarest run is printed at over _CANDIDATES places."""
        candidates = self._candidates(wanted)
        if candidates is None:
            return None
        found: list[int] = []
        for start in candidates:
            if text.startswith(wanted, start):
                found.append(start)
                if len(found) == limit:
                    break
        return found


# A table's unit line: 单位：万吨, （单位：亿元）, 单位：万元、%.
_UNIT_HEADER = re.compile(r"单位[:：]\s*([^）)，,；;。\s]+)")


def header_units(header: str) -> list[str]:
    """The units a table's header line names (单位：万元、% -> [万元, %]); none without 单位："""
    found = _UNIT_HEADER.search(header)
    return [unit for unit in re.split(r"[、/]", found.group(1)) if unit] if found else []


# A thousands separator as reports print them (41,541万元; also full-width, 41，541): a comma
# between a digit and a group of exactly three more.
_SEPARATOR = re.compile(r"(?<=[0-9])[,，](?=[0-9]{3}(?![0-9]))")


def without_separators(text: str) -> str:
    """The text with the thousands separators of its numbers taken out: 41,541 -> 41541."""
    return _SEPARATOR.sub("", text)


# What may not stand before a number for it to be the number printed: a digit or a point (5 of
# 35, 5 of 3.5), a minus sign (5 of −5), a digit and a space or two (541 of 41 541).
_NOT_BEFORE = r"(?<![0-9.\-−－])(?<![0-9]\s)(?<![0-9]\s\s)"
# ... and after a number that ends the token: a digit, a point and a digit (41 of 41.5), a space
# or two and a digit (41 of 41 541).
_NOT_AFTER = r"(?![0-9])(?!\.[0-9])(?!\s{1,2}[0-9])"


_HEAD, _HEAD_NEGATIVE = re.compile(_NOT_BEFORE), re.compile(r"(?<![0-9.])")
_TAIL = re.compile(_NOT_AFTER)


def mention_positions(sentence: str, token: str) -> list[int]:
    """Where the sentence states the token, not as part of a longer number (5名 is not in
    35名, 1 is not in 21, 41 is not in 41,541 or 41.5, 5℃ is not in −5℃), positions in
    ``without_separators(sentence)``; the sentence may print the number with separators and the
    token without, or both alike. A token that starts with a minus sign is a negative number."""
    plain, token = without_separators(sentence), without_separators(token)
    # The token found with str.find and the look-arounds tried at each place, as re.finditer
    # would match head + token + tail, but with no pattern compiled for each token (a
    # briefing of 10,000 figures has 10,000 tokens; compiling them was most of validate).
    head = _HEAD_NEGATIVE if token[:1] in "-−－" and token else _HEAD
    if not token:  # as re.finditer of the look-behind alone
        return [at for at in range(len(plain) + 1) if head.match(plain, at)]
    tail = _TAIL if token[-1:].isdigit() else None
    found, at = [], plain.find(token)
    while at >= 0:
        if head.match(plain, at) and (tail is None or tail.match(plain, at + len(token))):
            found.append(at)
            at = plain.find(token, at + len(token))
        else:
            at = plain.find(token, at + 1)
    return found


def mentions(sentence: str, token: str) -> bool:
    """The sentence states the token, not as part of a longer number (5名 is not in 35名)."""
    return bool(mention_positions(sentence, token))
