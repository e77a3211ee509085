"""Places that are also ordinary words (``ambiguous_places.txt``: «عسير» difficult, «ينبع»
springs) in contexts that rule the common word out (round ent14): after a governor's title
(``governor_titles.txt``) or the head of a body named after the place it serves («صحة»,
«أمانة»: then one ORG mention, as with an unambiguous place). Made-up sentences through the
pipeline."""
from __future__ import annotations

import pytest

import arabic_extract


@pytest.fixture(scope="module")
def nlp() -> arabic_extract.Pipeline:
    return arabic_extract.load()


def _mentions(nlp: arabic_extract.Pipeline, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in nlp(text).mentions]


@pytest.mark.parametrize("text,expected", [
    ("وقال أمير عسير إن الأمطار غزيرة.", ("عسير", "LOC")),
    ("وقال محافظ ينبع إن المشروع اكتمل.", ("ينبع", "LOC")),
    ("وقال أمين حائل إن المشروع اكتمل.", ("حائل", "LOC")),
    ("وقال مدير تعليم عسير إن الاختبارات تبدأ غدا.", ("تعليم عسير", "ORG")),
    ("وأعلنت صحة عسير أن المستشفى جاهز.", ("صحة عسير", "ORG")),
    ("وأعلنت شرطة الليث القبض على المتهم.", ("شرطة الليث", "ORG")),
    ("وأعلنت أمانة المجمعة عن مشروع جديد.", ("أمانة المجمعة", "ORG")),
])
def test_settling_head_makes_an_ambiguous_place(nlp: arabic_extract.Pipeline, text: str,
                                                expected: tuple[str, str]) -> None:
    assert expected in _mentions(nlp, text)


@pytest.mark.parametrize("text", [
    "وكان الطريق عسير على السائقين.",
    "وأكد صحة وعسير الأمر أن المشروع جاهز.",  # a conjunct after the head: no place
])
def test_common_word_stays_untagged(nlp: arabic_extract.Pipeline, text: str) -> None:
    assert all("عسير" not in m for m, _ in _mentions(nlp, text))
