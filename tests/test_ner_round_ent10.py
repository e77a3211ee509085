"""Entity audit ent10 of unseen articles: media named with a word of time keep it
(«عين اليوم», «روسيا اليوم»), newspapers and news sites of media lists: made-up
sentences, through the rule function and the pipeline."""
from __future__ import annotations

from functools import lru_cache

import arabic_extract
from arabic_extract.ner.edge_words import time_words, trim_time_tails
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.pipeline import Pipeline


@lru_cache(maxsize=1)
def _nlp() -> Pipeline:
    return arabic_extract.load()


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in _nlp()(text).mentions]


def test_listed_name_keeps_its_time_word() -> None:
    """«اليوم» closing a listed name stays; after another name it still goes."""
    lex, kept = load_lexicon(), frozenset({("عين", "اليوم"), ("المصري", "اليوم")})
    tags = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG"]
    trim_time_tails(["عين", "اليوم", "قال", "مجلس", "الامن", "اليوم"], tags, time_words(),
                    lex, kept)
    assert tags == ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O"]


def test_byline_paper_is_an_organization() -> None:
    found = _mentions("كتب خالد سالم – عين اليوم\nوقال الوزير إن العمل بدأ أمس.")
    assert ("عين اليوم", "ORG") in found
    assert ("المصري اليوم", "ORG") in _mentions("وذكرت صحيفة المصري اليوم أن العمل بدأ.")


def test_listed_papers_are_organizations() -> None:
    assert ("كريستيان ساينس مونيتور", "ORG") in _mentions(
        "ونشر موقع كريستيان ساينس مونيتور تقريرا عن الادخار.")
    assert ("عرب نيوز", "ORG") in _mentions("وقال رئيس تحرير عرب نيوز إن العدد جاهز.")


def test_listed_state_and_european_bodies_are_organizations() -> None:
    """Security forces and European bodies known by their standard names (orgs_world.txt)."""
    found = _mentions("وشاركت قوات الأمن الخاصة في الحملة، وزار الوفد مقر قوات الطوارئ.")
    assert ("قوات الأمن الخاصة", "ORG") in found and ("قوات الطوارئ", "ORG") in found
    found = _mentions("وقال رئيس مجموعة اليورو إن أرقام يوروستات تظهر تحسنا.")
    assert ("مجموعة اليورو", "ORG") in found and ("يوروستات", "ORG") in found
