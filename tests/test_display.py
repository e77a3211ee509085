"""Jupyter display and DataFrames."""
from __future__ import annotations

import json

import pytest

import arabic_extract
from arabic_extract.display import render

from .test_document import TEXT, sample_doc


def test_render_is_rtl_with_bdi_labels_and_unreversed_text() -> None:
    html = sample_doc()._repr_html_()
    assert 'dir="rtl"' in html and '<bdi class="ae-label">PER</bdi>' in html
    assert "محمد شياع السوداني" in html and "محمد شياع السوداني"[::-1] not in html
    assert '<span class="ae-cue">وأكد</span>' in html
    assert '<span class="ae-quote">الأمن أولا</span>' in html
    assert '<bdi class="ae-speaker">محمد شياع السوداني</bdi>' in html


def test_render_escapes_article_text() -> None:
    doc = arabic_extract.load()('قال <script>alert("x")</script> & "رد" \'أ\'')
    html = render(doc)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "&quot;رد&quot;" in html and "&amp;" in html


def test_dataframes_from_doc_and_jsonl(tmp_path) -> None:
    pytest.importorskip("pandas", reason="the [notebook] extra is not installed")
    frames = sample_doc().to_dataframes()
    assert list(frames["entities"]["name"]) == ["محمد شياع السوداني", "العراق"]
    assert list(frames["mentions"]["text"]) == ["محمد شياع السوداني", "السوداني", "العراق"]
    row = frames["statements"].iloc[0]
    assert row["speaker"] == "محمد شياع السوداني" and TEXT[row["content_start"]:row["content_end"]] == row["content"]
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(sample_doc().to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    again = arabic_extract.to_dataframes(path)
    assert again["statements"].shape == (1, 11) and again["entities"].shape[0] == 2


def test_render_names_co_speakers_beside_the_speaker() -> None:
    from .quotes_support import run
    doc = run("وقال أحمد سالم وليلى حسن إن المحادثات مثمرة.")
    html = render(doc)
    assert '<bdi class="ae-speaker">أحمد سالم وليلى حسن</bdi>' in html
