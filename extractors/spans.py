"""The one overlap policy of the span extractors: first claim wins.

Each extractor tries its readings in priority order (`dates._PATTERNS` is in that order: the more
specific form first) and claims the characters of each one it keeps; a later reading that touches
a claimed character is refused, the way spaCy's `prioritize_existing_ents_filter` keeps the
entities already set. Spans owned by someone else (a table's cells and headers) are claimed up
front. Lookups are O(log n), so a paper with many thousands of dates stays linear-ish.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Claims:
    """Claimed character spans [start, end), kept sorted and merged."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)  # overlapping or touching: one span
            else:
                self._starts.append(start)
                self._ends.append(end)

    def __len__(self) -> int:
        return len(self._starts)

    def free(self, start: int, end: int) -> bool:
        """No claimed character lies in [start, end)."""
        i = bisect_right(self._starts, start)
        if i and self._ends[i - 1] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def holds(self, pos: int) -> bool:
        """The character at `pos` is claimed."""
        return not self.free(pos, pos + 1)

    def claim(self, start: int, end: int) -> bool:
        """Claim [start, end) if it is free; False (and nothing claimed) if any of it is taken."""
        if start >= end or not self.free(start, end):
            return False
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
