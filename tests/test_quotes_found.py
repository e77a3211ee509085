"""The bookkeeping of statements found so far (arabic_extract.quotes.found)."""
from __future__ import annotations

from arabic_extract.document import Span, Statement
from arabic_extract.quotes.found import Found


def _statement(cue: int, start: int, end: int) -> Statement:
    return Statement(None, Span(cue, cue + 3, "قال"), Span(start, end, "x" * (end - start)),
                     "indirect", None)


def test_same_content_span_is_kept_once() -> None:
    found = Found()
    assert found.add(_statement(0, 10, 20))
    assert not found.add(_statement(5, 10, 20))
    assert found.add(_statement(5, 10, 21))
    assert [s.cue.start for s in found.statements] == [0, 5]


def test_covers_offsets_inside_found_contents_only() -> None:
    found = Found()
    found.add(_statement(0, 10, 20))
    found.add(_statement(30, 40, 60))  # content after its cue
    assert [found.covers(x) for x in (5, 10, 19, 20, 35, 40, 59, 60)] == \
        [False, True, True, False, False, True, True, False]


def test_text_order_is_by_cue_then_content() -> None:
    found = Found()
    for cue, start in ((50, 60), (0, 10), (50, 55)):
        found.add(_statement(cue, start, start + 3))
    assert [(s.cue.start, s.content.start) for s in found.in_text_order()] == \
        [(0, 10), (50, 55), (50, 60)]


def test_covering_gives_the_latest_statement_holding_the_offset() -> None:
    found = Found()
    found.add(_statement(0, 10, 60))
    found.add(_statement(20, 25, 40))  # nested in the first one's content
    assert [found.covering(x).content.start if found.covering(x) else None
            for x in (5, 12, 30, 45, 60)] == [None, 10, 25, 10, None]
