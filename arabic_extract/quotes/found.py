"""The statements found so far in a document, with the two questions the quote stage asks
of them in linear time on long texts: is this content already taken, and is this offset
inside a content already found?"""
from __future__ import annotations

from heapq import heappop, heappush

from ..document import Statement


class Found:
    """Statements in the order they were found; offsets asked about must only grow."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []
        self._spans: set[tuple[int, int]] = set()
        self._live: list[tuple[int, int, int]] = []  # heap of (end, start, n) not yet passed

    def add(self, statement: Statement) -> bool:
        """Keep ``statement`` unless a statement with the same content span was found."""
        span = (statement.content.start, statement.content.end)
        if span in self._spans:
            return False
        self.statements.append(statement)
        self._spans.add(span)
        heappush(self._live, (span[1], span[0], len(self.statements) - 1))
        return True

    def covers(self, offset: int) -> bool:
        """Is ``offset`` inside the content of a statement found so far?  Contents ending
        at or before it leave the heap for good."""
        return self.covering(offset) is not None

    def covering(self, offset: int) -> Statement | None:
        """The latest statement found whose content holds ``offset``."""
        live = self._live
        while live and live[0][0] <= offset:
            heappop(live)
        n = max((n for _, start, n in live if start <= offset), default=-1)
        return self.statements[n] if n >= 0 else None

    def in_text_order(self) -> tuple[Statement, ...]:
        return tuple(sorted(self.statements, key=lambda s: (s.cue.start, s.content.start)))
