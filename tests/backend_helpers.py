"""Helpers shared by the optional-backend tests (camel-tools, stanza)."""
from __future__ import annotations

from arabic_extract.document import Document
from arabic_extract.pipeline import Pipeline
from arabic_extract.tokenize import Tokenizer

from .conftest import assert_offsets


def tokenized(text: str) -> Document:
    """``text`` through the tokenizer only (tokens and sentences)."""
    return Pipeline([Tokenizer()])(text)


def assert_all_offsets(doc: Document) -> None:
    """The offset invariant for every span and every segment that has offsets."""
    assert_offsets(doc)
    for token in doc.tokens:
        for seg in token.segments:
            if seg.start is not None:
                assert token.start <= seg.start < seg.end <= token.end, seg
                assert doc.text[seg.start:seg.end] == seg.text, seg
