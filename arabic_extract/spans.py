"""Questions about a fixed set of character spans, answered by binary search."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable


class Reach:
    """Spans ``(start, end)`` sorted by start with the running maximum of their ends: is
    a range inside some span?  Exact for nested and overlapping spans, O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def reaches(self, start: int, end: int) -> bool:
        """Is there a span with ``span.start <= start`` and ``span.end >= end``?"""
        k = bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end

    def covers(self, offset: int) -> bool:
        """Is ``offset`` inside a span (``start <= offset < end``)?"""
        return self.reaches(offset, offset + 1)


class Within:
    """Spans ``(start, end)`` sorted by start with the running minimum of their ends from
    the right: does some span lie inside a range?  O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        ends = [e for _, e in ordered]
        self._least = list(accumulate(reversed(ends), min))[::-1]

    def any_inside(self, start: int, end: int) -> bool:
        """Is there a span with ``span.start >= start`` and ``span.end <= end``?"""
        k = bisect_left(self._starts, start)
        return k < len(self._least) and self._least[k] <= end
