"""arabic_extract.spans.Reach against a plain scan of the spans."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from arabic_extract.spans import Reach, Within

SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)).map(
    lambda p: (p[0], p[0] + p[1])), max_size=12)


@given(SPANS, st.integers(0, 90), st.integers(0, 20))
def test_reaches_is_a_scan_of_every_span(spans: list[tuple[int, int]], start: int,
                                         length: int) -> None:
    end = start + length
    assert Reach(spans).reaches(start, end) == any(s <= start and e >= end for s, e in spans)


@given(SPANS, st.integers(0, 90))
def test_covers_is_inside_some_span(spans: list[tuple[int, int]], offset: int) -> None:
    assert Reach(spans).covers(offset) == any(s <= offset < e for s, e in spans)


def test_nested_spans() -> None:
    reach = Reach([(10, 50), (12, 20), (30, 35)])
    assert reach.reaches(13, 45) and not reach.reaches(9, 20) and not reach.reaches(40, 51)
    assert [reach.covers(x) for x in (9, 10, 49, 50)] == [False, True, True, False]


@given(SPANS, st.integers(0, 90), st.integers(0, 40))
def test_any_inside_is_a_scan_of_every_span(spans: list[tuple[int, int]], start: int,
                                            length: int) -> None:
    end = start + length
    assert Within(spans).any_inside(start, end) == \
        any(s >= start and e <= end for s, e in spans)
