"""Places that are also ordinary words (``ambiguous_places.txt``: «عسير» difficult, «ينبع»
springs) in contexts that rule the common word out (round ent14): after a governor's title
(``governor_titles.txt``) or the head of a body named after the place it serves («صحة»,
«أمانة»: then one ORG mention, as with an unambiguous place), and coordinated with a place
(``consistency.tag_known_places``). Made-up sentences through the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract


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


@pytest.mark.parametrize("text,place", [
    ("وهطلت أمطار على عسير وجازان والباحة.", "عسير"),
    ("وزار الوفد مدن الجبيل وينبع ورابغ.", "ينبع"),
    ("وتشمل الأمطار مناطق تبوك والجوف وجازان.", "الجوف"),
])
def test_coordinated_with_a_place(nlp: arabic_extract.Pipeline, text: str, place: str) -> None:
    assert (place, "LOC") in _mentions(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("وزار الوفد ألمانيا الشرقية والاتحاد السوفيتي.", "الشرقية"),  # an adjective of the place
    ("وشارك شعراء أوروبا الغربية والشرقية في المهرجان.", "الشرقية"),
])
def test_adjective_of_a_place_is_no_coordinated_place(nlp: arabic_extract.Pipeline, text: str,
                                                       word: str) -> None:
    assert (word, "LOC") not in _mentions(nlp, text)
