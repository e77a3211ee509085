"""Rules of the e11 error review of unseen articles: verbal nouns after a body's name,
two full names joined by «و», two-word organization fields, nouns with a possessive
pronoun and their adjectives (made-up sentences, through the NER stage and on the rule
functions)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.domain_tails import domain_nouns, join_domain_tails, org_heads
from arabic_extract.ner.masdar_tails import trim_masdar_tails, verbal_noun_objects
from arabic_extract.ner.person_conjuncts import split_person_conjuncts
from arabic_extract.ner.possessed import drop_possessed, possessed

from .test_ner import _tag

O, B, I = "O", "B-ORG", "I-ORG"


@pytest.mark.parametrize("norms,tags,expected", [
    (["وقرر", "مجلس", "الوزراء", "الموافقه", "علي"], [O, B, I, I, O], [O, B, I, O, O]),
    (["واعلن", "مجلس", "الشوري", "البدء", "في"], [O, B, I, I, O], [O, B, I, O, O]),
    # a field stays; so does a listed word after «و» (a name's conjunct)
    (["وقالت", "هيئه", "التعليم", "ان"], [O, B, I, O], [O, B, I, O]),
    (["وقالت", "هيئه", "الرقابه", "والموافقه"], [O, B, I, I], [O, B, I, I]),
])
def test_a_verbal_noun_ends_a_body(norms: list[str], tags: list[str],
                                   expected: list[str]) -> None:
    trim_masdar_tails(norms, tags, verbal_noun_objects())
    assert tags == expected


def test_a_verbal_noun_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وقرر مجلس الوزراء الموافقة على مشروع النظام الجديد في الرياض .")
    assert ("مجلس الوزراء", "ORG") in found
    assert ("مجلس الوزراء الموافقة", "ORG") not in found


def test_two_full_names_joined_by_and(ner: BuiltinNER) -> None:
    found = _tag(ner, "وكان الفيلسوف آدم سميث وكارس ماركس من أبرز المفكرين .")
    assert {("آدم سميث", "PER"), ("كارس ماركس", "PER")} <= found


def test_a_known_name_with_waw_stays_inside(ner: BuiltinNER) -> None:
    tags = ["B-PER", "I-PER", "I-PER", "I-PER"]
    norms = ["محمد", "بن", "وليد", "الخالد"]
    split_person_conjuncts(norms, norms, tags, ner.lexicon)
    assert tags == ["B-PER", "I-PER", "I-PER", "I-PER"]
    tags = ["B-PER", "I-PER", "I-PER"]  # one word after it: no full name there
    split_person_conjuncts(["ادم", "سميث", "وكارس"], ["ادم", "سميث", "وكارس"], tags,
                           ner.lexicon)
    assert tags == ["B-PER", "I-PER", "I-PER"]


def test_a_two_word_field() -> None:
    norms = ["واعلنت", "شركه", "ستار", "لتنظيم", "المعارض", "عن"]
    tags = [O, B, I, O, O, O]
    join_domain_tails(norms, norms, tags, domain_nouns(), org_heads())
    assert tags == [O, B, I, I, I, O]
    norms = ["وتعاقدت", "غرفه", "جده", "لتنظيم", "الحفل", "السنوي"]  # a purpose
    tags = [O, B, I, O, O, O]
    join_domain_tails(norms, norms, tags, domain_nouns(), org_heads())
    assert tags == [O, B, I, O, O, O]


def test_possessed_nouns_are_no_names(ner: BuiltinNER) -> None:
    lex = ner.lexicon
    assert possessed("تصريحه", lex) and possessed("هاتفها", lex)
    assert not possessed("فاطمه", lex) and not possessed("شرطه", lex)
    tags = ["O", "B-PER", "O", "O"]
    drop_possessed(["وقال", "تصريحه", "ان", "."], ["قال", "تصريحه", "ان", "."], tags, lex)
    assert tags == ["O"] * 4


def test_an_adjective_after_a_possessed_noun(ner: BuiltinNER) -> None:
    assert ("الذكي", "ORG") not in _tag(ner, "وتطلق الشركة هاتفها الذكي الجديد في الأسواق .")
    tags = ["O", "O", "B-ORG", "O"]
    drop_possessed(["زار", "هاتفها", "الذكي", "."], ["زار", "هاتفها", "الذكي", "."], tags,
                   ner.lexicon)
    assert tags == ["O"] * 4
    tags = ["O", "B-LOC", "O"]  # a place after it is the place: «زيارته السعودية»
    drop_possessed(["زيارته", "السعوديه", "."], ["زيارته", "السعوديه", "."], tags, ner.lexicon)
    assert tags == ["O", "B-LOC", "O"]
