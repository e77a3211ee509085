"""A nationality adjective after a two-word name is its family name (`ner/nisba_names.name_nisbas`)."""
from __future__ import annotations

import pytest

import arabic_extract as ae
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.nisba_names import name_nisbas
from arabic_extract.normalize import normalize

NATIONALITIES = frozenset({"الليبي", "العراقي", "العراقية", "السعودي"})


def _tag(words: str, tags: list[str]) -> list[str]:
    norms = [normalize(w) for w in words.split()]
    tags = list(tags)
    name_nisbas(norms, norms, tags, load_lexicon(), NATIONALITIES)
    return tags


@pytest.mark.parametrize("words,tags,expected", [
    # a kunya and a given name + second name take the adjective
    ("قتل أبو حمزة الليبي أمس", ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "I-PER", "O"]),
    ("وقال خالد جبار العراقي إن", ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "I-PER", "O"]),
    # not a feminine adjective, not after an article word, not before a «لل» word
    ("وقالت سارة جبار العراقية إن", ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "O"]),
    ("وقال خالد الجبوري العراقي إن", ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "O"]),
    ("دوري خالد جبار السعودي للمحترفين", ["O", "B-PER", "I-PER", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "O"]),
    # a word of origin after the adjective: a description («… الكوبي الأصل»)
    ("وقال خالد جبار العراقي الأصل إن", ["O", "B-PER", "I-PER", "O", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "O", "O"]),
    # one-word names keep the adjective out («ميسي الأرجنتيني»)
    ("وقال خالد العراقي إن", ["O", "B-PER", "O", "O"], ["O", "B-PER", "O", "O"]),
])
def test_name_nisbas(words: str, tags: list[str], expected: list[str]) -> None:
    assert _tag(words, tags) == expected


def test_family_nisba_in_the_pipeline() -> None:
    doc = ae.load()("وأكد رئيس الوزراء خالد جبار العراقي أن الحكومة ماضية في الإصلاح.")
    names = [(e.type, e.name) for e in doc.entities]
    assert ("PER", "خالد جبار العراقي") in names
