"""Rules of the eighth entity review (blind_dev9, session 13), on made-up sentences: a
nationality adjective read as a place of its own after a place («ميلانو [الإيطالية]») is no
place; two rare one-word places side by side are one foreign place («نورث داكوتا»); a chamber
of commerce, a health or education directorate takes «بـ + place» into its name; «عن طريق»
(«by way of») heads no facility; the Civil Defence, the Border Guard, the Special Emergency
Forces, the Holy Capital's municipality and the Suez Canal Authority are named bodies; a hospital named after its town is a place, one entity with or
without its «العام»."""
from __future__ import annotations

import pytest

from arabic_extract.ner.late_rules import RULE_NAMES
from arabic_extract.ner.headed_places import PlaceHeads
from arabic_extract.ner.place_tails import join_place_tails
from arabic_extract.ner.split_places import join_split_places
from arabic_extract.entities.facilities import facility_words
from arabic_extract.ner.facilities import head_idioms
from arabic_extract.ner.place_adjectives import drop_split_adjectives
from arabic_extract.normalize import normalize

from .entity_support import entity_set


_entities = entity_set


def test_rules_are_registered() -> None:
    assert {"split_adjectives", "split_places", "facility_orgs"} <= set(RULE_NAMES)


@pytest.mark.parametrize("text, adjective", [
    ("وافتتح المعرض في مدينة مونتريال الكندية بحضور الوزير.", "الكندية"),
    ("ويقع المصنع في مدينة جدانسك البولندية على بحر البلطيق.", "البولندية"),
    ("وقعت الاشتباكات قرب بلدة كوباني السورية الحدودية أمس.", "السورية"),
])
def test_adjective_after_a_place_is_no_place(text: str, adjective: str) -> None:
    ents = _entities(text)
    assert ("LOC", adjective) not in ents
    assert any(t == "LOC" for t, _ in ents)


def test_listed_place_after_a_place_stays() -> None:
    """«السعودية» is a country of the gazetteers, not only an adjective."""
    norms = ["جده", "السعوديه"]
    tags = ["B-LOC", "B-LOC"]
    drop_split_adjectives(norms, norms, tags, frozenset({"السعوديه"}),
                          frozenset({("السعوديه",)}))
    assert tags == ["B-LOC", "B-LOC"]


@pytest.mark.parametrize("text, name", [
    ("وولدت الكاتبة في بلدة صغيرة بولاية نورث داكوتا قبل أربعين عاما.", "نورث داكوتا"),
    ("وأعلنت السلطات في ولاية ساوث كارولينا حالة الطوارئ.", "ساوث كارولينا"),
    ("وقع الانفجار في بلدة طوز خورماتو شمالي البلاد.", "طوز خورماتو"),
])
def test_two_rare_places_side_by_side_are_one(text: str, name: str) -> None:
    assert ("LOC", name) in _entities(text)


class _Counts:
    """A lexicon stand-in: every word rare except «مهرجان»."""

    def count(self, word: str) -> int:
        return 2000 if word == "مهرجان" else 5


@pytest.mark.parametrize("words, joined", [
    (["شانلي", "اورفه"], True),
    (["شانلي", "ومولتان"], False),       # a conjunction left on a rare word
    (["مهرجان", "لوكارنو"], False),      # a common head noun
    (["سوروتش", "انقره"], False),        # the second a listed place by itself
])
def test_split_place_conditions(words: list[str], joined: bool) -> None:
    tags = ["B-LOC", "B-LOC"]
    join_split_places(words, words, tags, frozenset({("انقره",)}), frozenset(), _Counts())
    assert (tags == ["B-LOC", "I-LOC"]) is joined


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس الغرفة التجارية الصناعية بالدمام إن المعرض يفتتح غدا.",
     "الغرفة التجارية الصناعية بالدمام"),
    ("ونظمت الغرفة التجارية بالمنطقة الشرقية ملتقى للمستثمرين.",
     "الغرفة التجارية بالمنطقة الشرقية"),
])
def test_chamber_takes_its_place(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_chamber_without_ba_is_not_extended() -> None:
    norms = [normalize(w) for w in ["الغرفة", "التجارية", "في", "الدمام"]]
    tags = ["O", "O", "O", "B-LOC"]
    join_place_tails(norms, norms, tags, [("الغرفه", "التجاريه")], PlaceHeads.load())
    assert tags == ["O", "O", "O", "B-LOC"]


def test_by_way_of_is_no_road() -> None:
    assert (normalize("عن"), normalize("طريق")) in head_idioms()
    text = "وتمكن التنظيم من تهريب السلاح عن طريق «الحرس الثوري» خلال العام الماضي."
    assert not any(name.startswith("طريق") for _, name in _entities(text))


def test_a_quoted_road_name_stays_a_road() -> None:
    text = "وأغلقت الشرطة طريق «الخرمة» بعد الحادث أمس."
    assert ("LOC", "طريق «الخرمة»") in _entities(text)


@pytest.mark.parametrize("text, name", [
    ("وباشرت فرق الدفاع المدني الحريق في المستودع مساء أمس.", "الدفاع المدني"),
    ("وأنقذت دوريات حرس الحدود ثلاثة صيادين في عرض البحر.", "حرس الحدود"),
    ("واستهدف الهجوم مقر قوات الطوارئ الخاصة في المدينة.", "قوات الطوارئ الخاصة"),
    ("وأعلنت أمانة العاصمة المقدسة خطة لتطوير الأحياء.", "أمانة العاصمة المقدسة"),
    ("وقال رئيس هيئة قناة السويس إن الإيرادات ارتفعت.", "هيئة قناة السويس"),
])
def test_named_bodies(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_hospital_named_after_its_town_is_a_place() -> None:
    text = "ونقل المصاب إلى مستشفى الدوادمي العام لتلقي العلاج اللازم."
    ents = _entities(text)
    assert ("LOC", "مستشفى الدوادمي العام") in ents
    assert not any(t == "ORG" for t, _ in ents)


def test_facility_adjective_leaves_the_key() -> None:
    words = [("مستشفي", "صبيا", "العام"), ("مستشفي", "صبيا"), ("مطار", "جده", "الدولي")]
    keys = [facility_words("LOC", w) for w in words]
    assert keys[0] == keys[1] == ("مستشفي", "صبيا")
    assert keys[2] == ("مطار", "جده")
