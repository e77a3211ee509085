"""Saudi governorates and Gulf cities of the place lists (round ent16): the ones with no
ordinary meaning are places alone (``loc_world.txt``); those that are also ordinary words
(``ambiguous_places.txt`` too: «حقل» field, «القرى» villages, «الخبر» the news) only in a
settling context, and not in the idioms of ``head_idioms.txt`` («صحة الخبر», «منطقة
العين»), nor, when marked «-», in a list of places («والقرى التابعة لها»). Made-up
sentences through the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.consistency import ambiguous_places, uncoordinated_places
from arabic_extract.ner.phrases import listed_phrases
from arabic_extract.normalize import normalize


def _mentions(nlp: arabic_extract.Pipeline, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in nlp(text).mentions]


def test_every_ambiguous_governorate_is_also_a_listed_place() -> None:
    world = {e[0] for e in listed_phrases("loc_world.txt") if len(e) == 1}
    for word in ("الخبر", "العين", "حقل", "القرى", "تربة", "الكامل", "بدر", "مرات"):
        assert normalize(word) in ambiguous_places() and normalize(word) in world


def test_marked_places_are_read_without_their_mark() -> None:
    assert {normalize("القرى"), normalize("مرات")} <= uncoordinated_places()
    assert normalize("القرى") in ambiguous_places()


@pytest.mark.parametrize("text,expected", [
    ("ووقع الحادث في الشماسية أمس.", ("الشماسية", "LOC")),
    ("وهطلت الأمطار في يدمة أمس.", ("يدمة", "LOC")),
    ("ووصل الوفد إلى غامد الزناد مساء.", ("غامد الزناد", "LOC")),
    ("وتقع محافظة بدر الجنوب شرق نجران.", ("بدر الجنوب", "LOC")),
    ("وقال محافظ القرى إن المهرجان بدأ.", ("القرى", "LOC")),
    ("ووصلت الفرق إلى محافظة حقل أمس.", ("حقل", "LOC")),  # a facility head, and a place
    ("وشهدت محافظة الكامل أمطارا غزيرة.", ("الكامل", "LOC")),
    ("وأقيمت الفعاليات في الدمام والخبر والقطيف.", ("الخبر", "LOC")),
    ("وشملت الأمطار محافظتي تربة والخرمة.", ("تربة", "LOC")),
])
def test_governorate_is_a_place(nlp: arabic_extract.Pipeline, text: str,
                                expected: tuple[str, str]) -> None:
    assert expected in _mentions(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("وتأكد المحرر من صحة الخبر قبل نشره.", "الخبر"),  # is the news true
    ("وأصيب الطفل بجرح في منطقة العين اليسرى.", "العين"),  # the eye area
    ("ووصلت فرق الإطفاء إلى منطقة الحريق بسرعة.", "الحريق"),  # the area of the fire
    ("وهطلت الأمطار على المدينة المنورة والقرى التابعة لها.", "القرى"),  # villages
    ("وزار الوفد البحرين ومرات عدة الكويت.", "مرات"),  # times
    ("وتعمل الشركة في حقل نفطي كبير.", "حقل"),  # a field
])
def test_common_word_stays_untagged(nlp: arabic_extract.Pipeline, text: str, word: str) -> None:
    assert all(word not in m for m, _ in _mentions(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("وأعلنت إمارة عسير عن بدء الحملة.", ("عسير", "LOC")),
    ("وتقام الفعاليات في محافظات القرى والمندق وبلجرشي.", ("القرى", "LOC")),
    ("وتشمل الأمطار مناطق عسير وجازان.", ("عسير", "LOC")),
    ("وشملت الأمطار محافظتي الكامل وخليص.", ("الكامل", "LOC")),
])
def test_plural_dual_and_emirate_heads(nlp: arabic_extract.Pipeline, text: str,
                                       expected: tuple[str, str]) -> None:
    assert expected in _mentions(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("وشنت الشرطة حملة في كل محافظات الجمهورية أمس.", "الجمهورية"),  # the country's
    ("ودرس الباحثون مناطق الوجه المختلفة.", "الوجه"),  # areas of the face
])
def test_plural_head_idioms(nlp: arabic_extract.Pipeline, text: str, word: str) -> None:
    assert all(word not in m for m, _ in _mentions(nlp, text))
