"""Pages from a flow of blocks (no Qt): where each block, or each piece of it, goes.

A block is a column of *units* of known height: the lines of a paragraph, the rows of a table,
the entries of a list, or one unit for what must never be cut (a chart, a picture, a heading).
A block may be split between units only where both sides keep enough of them (no lone first
line at the foot of a page, no lone last line at the top of the next); a table's header row
is printed again above each piece. A heading keeps with the start of what follows it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_EPSILON = 1e-6  # heights are sums of floats


@dataclass(frozen=True)
class Shape:
    """What the paginator needs to know of a block."""

    units: tuple[float, ...]  # heights, top to bottom
    space_before: float = 0.0  # dropped at the top of a page
    header: float = 0.0  # printed above every piece (a table's header row)
    min_first: int = 1  # units a piece at the foot of a page keeps at least
    min_last: int = 1  # units the piece at the top of the next page keeps at least
    keep_with_next: bool = False  # never the last thing on a page (a heading)
    break_before: bool = False  # starts a page

    @property
    def height(self) -> float:
        return self.header + sum(self.units)

    def head(self) -> float:
        """The least of this block that may stand at the foot of a page: its first
        ``min_first`` units, or all of it when it is too short to be split at all."""
        first = self.min_first
        if len(self.units) - first < self.min_last:
            first = len(self.units)
        return self.header + sum(self.units[: max(1, first)])


@dataclass(frozen=True)
class Placement:
    """A piece of a block on a page: units ``first`` to ``last`` (exclusive), its top at ``y``."""

    block: int
    first: int
    last: int
    y: float


def paginate(blocks: Sequence[Shape], body: float) -> list[list[Placement]]:
    """The pages the blocks take, each a list of placements top to bottom; at least one page.

    A unit taller than the page is placed alone at the top of one (the caller scales charts
    and pictures to fit, so only an absurd table row can be that tall)."""
    pages: list[list[Placement]] = [[]]
    y = 0.0
    for index, block in enumerate(blocks):
        if block.break_before and pages[-1]:
            pages.append([])
            y = 0.0
        start = 0
        count = len(block.units)
        following = _following_head(blocks, index)
        while start < count:
            # Space before a block is dropped at the top of a page, but not of the first:
            # there it is the document's own (the title page's top margin).
            gap = block.space_before if start == 0 and (pages[-1] or len(pages) == 1) else 0.0
            room = body - y - gap - block.header
            rest = block.units[start:]
            if sum(rest) + following <= room + _EPSILON:
                pages[-1].append(Placement(index, start, count, y + gap))
                y += gap + block.header + sum(rest)
                break
            fits = _fitting(rest, room)
            fits = min(fits, len(rest) - block.min_last)
            least = block.min_first if start == 0 else 1
            if fits >= max(1, least) and fits < len(rest):
                pages[-1].append(Placement(index, start, start + fits, y + gap))
                start += fits
            elif pages[-1]:
                pass  # does not start here: on to a fresh page, where it is tried again
            else:  # alone on a fresh page and still too tall: as much as fits, at least one
                fits = max(1, _fitting(rest, room))
                pages[-1].append(Placement(index, start, start + fits, 0.0))
                start += fits
                if start >= count:
                    y = block.header + sum(rest[:fits])
                    break
            pages.append([])
            y = 0.0
    return pages


def _following_head(blocks: Sequence[Shape], index: int) -> float:
    """What must follow block ``index`` on its page: the head of the next block (and of the
    one after it when that one must keep with its own next too), for a heading."""
    need = 0.0
    while index < len(blocks) and blocks[index].keep_with_next and index + 1 < len(blocks):
        following = blocks[index + 1]
        if following.break_before:
            break
        need += following.space_before + following.head()
        index += 1
    return need


def _fitting(units: Sequence[float], room: float) -> int:
    total = 0.0
    for count, height in enumerate(units):
        total += height
        if total > room + _EPSILON:
            return count
    return len(units)


__all__ = ["Placement", "Shape", "paginate"]
