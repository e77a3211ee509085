"""Document model: schema record, offsets invariant, JSON round trips."""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabic_extract
from arabic_extract.document import (Document, Entity, Mention, Segment, Span, Speaker,
                                     Statement)

from .conftest import assert_offsets

TEXT = "قال محمد شياع السوداني إن العراق مستعد. وأكد السوداني أن «الأمن أولا»."


def _span(text: str, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), piece)


def sample_doc() -> Document:
    nlp = arabic_extract.load(morphology=None, ner=None, entities=None, quotes=None)
    doc = nlp(TEXT, id="x1", source="mem")
    full, short = _span(TEXT, "محمد شياع السوداني"), _span(TEXT, "السوداني", 1)
    iraq = _span(TEXT, "العراق")
    person = Entity("e1", "PER", full.text, (full, short), ("رئيس الوزراء",))
    place = Entity("e2", "LOC", "العراق", (iraq,))
    statement = Statement(Speaker("e1", full.text, short.start, short.end, short.text),
                          _span(TEXT, "وأكد"), _span(TEXT, "الأمن أولا"), "mixed")
    mentions = (Mention(full.start, full.end, full.text, "PER"),
                Mention(iraq.start, iraq.end, iraq.text, "LOC"))
    return doc.replace(entities=(person, place), statements=(statement,), mentions=mentions)


def test_record_follows_schema() -> None:
    record = sample_doc().to_dict()
    assert list(record) == ["id", "source", "text_length", "people", "places",
                            "organizations", "statements", "error"]
    assert record["text_length"] == len(TEXT)
    assert record["people"][0]["mentions"][1]["text"] == "السوداني"
    assert record["places"][0]["name"] == "العراق" and record["organizations"] == []
    st0 = record["statements"][0]
    assert st0["speaker"] == {"entity": "e1", "name": "محمد شياع السوداني",
                              "start": TEXT.index("السوداني", 30), "end":
                              TEXT.index("السوداني", 30) + 8, "text": "السوداني"}
    assert st0["kind"] == "mixed" and st0["via"] is None and record["error"] is None


def test_offsets_hold_on_sample() -> None:
    assert_offsets(sample_doc())


def test_full_round_trip_through_json() -> None:
    doc = sample_doc()
    again = Document.from_dict(json.loads(doc.to_json(full=True)))
    assert again == doc


def test_plain_record_round_trip_needs_text() -> None:
    doc = sample_doc()
    with pytest.raises(ValueError, match="text"):
        Document.from_dict(doc.to_dict())
    again = Document.from_dict(json.loads(doc.to_json()), text=TEXT)
    assert again.to_dict() == doc.to_dict()


def test_segment_feats_dict() -> None:
    seg = Segment("كتب", 0, 3, "كتب", "VERB", "Aspect=Perf|Gender=Masc")
    assert seg.feats_dict == {"Aspect": "Perf", "Gender": "Masc"}
    assert Segment("و").feats_dict == {}


def test_frozen() -> None:
    doc = sample_doc()
    with pytest.raises(AttributeError):
        doc.text = "x"  # type: ignore[misc]


@given(st.text(max_size=120))
def test_any_text_round_trips(text: str) -> None:
    nlp = arabic_extract.load()
    doc = nlp(text)
    assert_offsets(doc)
    assert Document.from_dict(json.loads(doc.to_json(full=True))) == doc
