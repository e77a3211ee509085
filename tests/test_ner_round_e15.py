"""Rules of the fourth entity review (e15) of unseen articles: activities that are no bodies
(«البرنامج الصيفي للطلاب»), work nouns before a title («أوبريت "الحزم"») and bodies named
after a place found after the spreading («بلدية الطائف», «تعليم الخرج»): made-up
sentences, through the rule functions and the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.descriptions import (description_words, drop_activity_bodies,
                                             drop_work_nouns)
from arabic_extract.ner.spread_bodies import join_spread_bodies, spread_heads
from arabic_extract.normalize import normalize

O = "O"


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize("text,tags,expected", [
    # head + activity adjective: a description
    ("انطلق البرنامج الصيفي للطلاب امس", [O, "B-ORG", "I-ORG", "I-ORG", O], [O] * 5),
    ("عن الجهاز العصبي للانسان", [O, "B-ORG", "I-ORG", "I-ORG"], [O] * 4),
    # an identifying adjective names a body
    ("انطلق البرنامج الوطني للحرف امس", [O, "B-ORG", "I-ORG", "I-ORG", O],
     [O, "B-ORG", "I-ORG", "I-ORG", O]),
])
def test_activity_bodies(text: str, tags: list[str], expected: list[str]) -> None:
    drop_activity_bodies(_words(text), tags, description_words()[0])
    assert tags == expected


@pytest.mark.parametrize("text,tags,expected", [
    ("تلاها اوبريت الحزم", [O, "B-PER", O], [O, O, O]),
    ("وعرض مسلسل باب الحارة", [O, "B-ORG", "I-ORG", "I-ORG"], [O, O, "B-ORG", "I-ORG"]),
    # not another word, nor a work noun inside a mention
    ("قال فيصل الفيلم", [O, "B-PER", "I-PER"], [O, "B-PER", "I-PER"]),
])
def test_work_nouns(text: str, tags: list[str], expected: list[str]) -> None:
    drop_work_nouns(_words(text), tags, description_words()[1])
    assert tags == expected


@pytest.mark.parametrize("norms,stems,tags,expected", [
    # a head (with a proclitic or not) + place, or + administrative word + place
    ("قامت بلديه الطائف", None, [O, O, "B-LOC"], [O, "B-ORG", "I-ORG"]),
    ("بتعليم الخرج امس", "تعليم الخرج امس", [O, "B-LOC", O], ["B-ORG", "I-ORG", O]),
    ("نفذتها بلديه محافظه الخرج", None, [O, O, O, "B-LOC"],
     [O, "B-ORG", "I-ORG", "I-ORG"]),
    # not a place with a proclitic (a hospital in Taif), not a facility head
    ("نقل الي مستشفي بالطائف", "نقل الي مستشفي الطائف", [O, O, O, "B-LOC"],
     [O, O, O, "B-LOC"]),
    ("صحه بمكه", "صحه مكه", [O, "B-LOC"], [O, "B-LOC"]),
])
def test_spread_bodies(norms: str, stems: str | None, tags: list[str],
                       expected: list[str]) -> None:
    join_spread_bodies(norms.split(), (stems or norms).split(), tags, spread_heads())
    assert tags == expected


def _entities(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.name) for e in arabic_extract.load()(text).entities}


def test_summer_programme_is_no_body() -> None:
    found = _entities("تنطلق غدا فعاليات البرنامج الصيفي للطلاب الموهوبين بمدارس مدينة الرياض .")
    assert not any(t == "ORG" for t, _ in found) and ("LOC", "الرياض") in found


def test_national_programme_stays() -> None:
    found = _entities("وانطلق البرنامج الوطني للحرف والصناعات اليدوية في الرياض .")
    assert ("ORG", "البرنامج الوطني للحرف والصناعات اليدوية") in found


def test_operetta_is_no_person() -> None:
    found = _entities("وتضمن الحفل قصيدة للشاعر الراحل عبدالرحمن الأبنودي، وأوبريت «الحلم العربي».")
    assert found == {("PER", "عبدالرحمن الأبنودي")}


@pytest.mark.parametrize("text,body", [
    ("كما قامت بلدية الطائف بتنفيذ عدد من المشروعات في المحافظة .", "بلدية الطائف"),
    ("وتمكنت الجهات الأمنية بشرطة القطيف من ضبط الأشخاص المتورطين .", "شرطة القطيف"),
    ("وقال مدير تعليم الخرج إن اللجان تستقبل المرشحين .", "تعليم الخرج"),
])
def test_body_named_after_its_place(text: str, body: str) -> None:
    assert ("ORG", body) in _entities(text)


def test_hospital_in_a_city_is_no_body() -> None:
    assert _entities("ونقل المصاب إلى مستشفى بالطائف لتلقي العلاج .") == {("LOC", "الطائف")}
