"""`arabic-extract evaluate sample`: random items for a hand audit, gold articles left out."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import arabic_extract
from arabic_extract.evaluate.sample import articles, gold_openings, sample

TEXTS = ["وقال الوزير أحمد سالم إن المحادثات في بغداد كانت مثمرة.",
         "وأكدت وزارة الداخلية أن الطريق بين بغداد والبصرة آمن.",
         "وقال المدرب خالد العمر إن الفريق جاهز للمباراة."]


def test_sample_skips_gold_articles_and_is_fixed_by_its_seed(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "content": t}, ensure_ascii=False)
                              + "\n" for i, t in enumerate(TEXTS)), encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text(TEXTS[1], encoding="utf-8")
    items = articles(str(corpus), 0, 10, gold_openings([gold]))
    assert [line for line, _ in items] == [0, 2]
    nlp = arabic_extract.load()
    first = list(sample(nlp, items, "statements", 5, seed=3))
    assert len(first) == 2 and all("content: " in block for block in first)
    assert first == list(sample(nlp, items, "statements", 5, seed=3))
    assert all("PER name=" in b or "LOC name=" in b for b in sample(nlp, items, "entities", 5, 1))


def test_an_exclude_folder_without_articles_is_an_error(tmp_path):
    """A mistyped --exclude path must not silently exclude nothing."""
    from arabic_extract.errors import InputError
    with pytest.raises(InputError, match="no \\*.txt articles"):
        gold_openings([tmp_path / "missing"])
