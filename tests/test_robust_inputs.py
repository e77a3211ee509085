"""Inputs that once cost a batch its time or its run: thousands of unclosed quote marks
(quadratic work), and an output file in a folder that does not exist yet."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import arabic_extract as ae
from arabic_extract.batch.writers import open_writer
from arabic_extract.errors import ArabicExtractError
from arabic_extract.quotes.marks import MAX_OPEN, find_quotes


def test_open_quotes_are_capped() -> None:
    text = "قال أحمد «" * 50
    quotes = find_quotes(text)
    assert len(quotes) == 50
    assert max(q.depth for q in quotes) < MAX_OPEN
    # only the last MAX_OPEN quotes run to the end of the text; each earlier one ends
    # where the quote that pushed it out opens
    assert sum(q.end == len(text) or q.outer_end == len(text) for q in quotes) == MAX_OPEN
    assert all(q.close is None for q in quotes)


def test_real_nesting_is_kept() -> None:
    text = "قال: «قال «نعم» ثم «لا»» وانتهى."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["قال «نعم» ثم «لا»", "نعم", "لا"]


def test_many_unclosed_marks_stay_fast() -> None:
    # 8,000 unclosed openers in one paragraph: linear work (about 1 s here; about 40 s
    # when every open quote ran to the end of the paragraph)
    nlp = ae.load()
    began = time.perf_counter()
    doc = nlp("قال أحمد «" * 8000 + "\nوقال سالم إن الوضع مستقر في بغداد.")
    assert time.perf_counter() - began < 15
    assert [s.content.text for s in doc.statements][-1] == "الوضع مستقر في بغداد"


def test_output_folder_is_made(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "out.jsonl"
    writer = open_writer(path)
    writer.write({"id": "a"})
    writer.close()
    assert path.read_text(encoding="utf-8").strip() == '{"id": "a"}'


def test_an_output_that_cannot_be_written_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArabicExtractError, match="cannot write the output"):
        open_writer(tmp_path)  # a folder, not a file
