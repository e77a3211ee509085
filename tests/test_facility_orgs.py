"""Round ent17: a hotel, mosque, museum or resort whose name the tagger read as an
organization is one place with its head; a planned city or complex named after a person is
a place when an adjective of its kind closes the name, a body when a purpose phrase does."""
from __future__ import annotations

from arabic_extract.ner.facility_orgs import facility_org_heads, retype_facility_orgs
from arabic_extract.ner.lexicon import load_lexicon

from .entity_support import entity_set


def _retype(words: list[str], tags: list[str]) -> list[str]:
    retype_facility_orgs(words, words, tags, facility_org_heads(), load_lexicon())
    return tags


def test_head_before_an_org_joins_it_as_a_place() -> None:
    assert _retype(["في", "فندق", "بيبلوس", "امس"], ["O", "O", "B-ORG", "O"]) == \
        ["O", "B-LOC", "I-LOC", "O"]


def test_an_org_head_after_a_mosque_stays_a_body() -> None:
    tags = ["O", "B-ORG", "I-ORG"]
    assert _retype(["مسجد", "قوات", "الطوارئ"], tags) == ["O", "B-ORG", "I-ORG"]


def test_an_ordinary_word_after_a_mosque_is_no_name() -> None:
    assert _retype(["مسجد", "بني", "في"], ["O", "B-ORG", "O"]) == ["O", "B-ORG", "O"]


def test_city_kinds() -> None:
    ents = entity_set("وتقع مدينة الملك عبدالله الاقتصادية شمال جدة على ساحل البحر الأحمر.")
    assert ("LOC", "مدينة الملك عبدالله الاقتصادية") in ents
    ents = entity_set("وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية عن برنامج جديد.")
    assert ("ORG", "مدينة الملك عبدالعزيز للعلوم والتقنية") in ents


def test_hotel_in_a_sentence() -> None:
    ents = entity_set("وأقيم الحفل في فندق بيبلوس وسط العاصمة اللبنانية.")
    assert ("LOC", "فندق بيبلوس") in ents
