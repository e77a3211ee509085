"""Rules of the e9 error review of unseen articles: the sunset prayer, organization field
tails, chambers and Algerian clubs named after a city, hyphenated person names, verbs with
object pronouns (made-up sentences, through the NER stage and on the rule functions)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.domain_tails import domain_nouns, join_domain_tails, org_heads
from arabic_extract.ner.pronoun_verbs import pronoun_verb, trim_pronoun_verbs

from .test_ner import _tag


@pytest.mark.parametrize("text,absent", [
    ("وأدى المصلون صلاة المغرب في الجامع ثم غادروا .", ("المغرب", "LOC")),
    ("وبعد صلاتي المغرب والعشاء اجتمع الأهالي في الساحة .", ("المغرب", "LOC")),
    ("ورفع أذان المغرب في الحي القديم .", ("المغرب", "LOC")),
])
def test_the_sunset_prayer_is_no_place(ner: BuiltinNER, text: str,
                                       absent: tuple[str, str]) -> None:
    assert absent not in _tag(ner, text)


def test_morocco_stays_a_place(ner: BuiltinNER) -> None:
    assert ("المغرب", "LOC") in _tag(ner, "وفاز المغرب على تونس في المباراة الودية .")


O, B, I = "O", "B-ORG", "I-ORG"


@pytest.mark.parametrize("norms,tags,expected", [
    (["وأعلنت", "شركه", "اسيا", "للاستثمار", "عن"], [O, B, I, O, O], [O, B, I, I, O]),
    (["وقدم", "صندوق", "الامير", "سلطان", "لتنميه", "المراه", "منحا"],
     [O, B, I, I, O, O, O], [O, B, I, I, I, I, O]),
    (["وقالت", "شركه", "البلاد", "للاوراق", "الماليه", "ان"], [O, B, I, O, O, O],
     [O, B, I, I, I, O]),
    # people are no field: a dative stays out; a mention without a head takes no tail
    (["وقال", "رئيس", "شركه", "سابك", "للصحفيين", "ان"], [O, O, B, I, O, O],
     [O, O, B, I, O, O]),
    (["وفاز", "الهلال", "للاستثمار"], [O, B, O], [O, B, O]),
])
def test_an_organization_takes_its_field(norms: list[str], tags: list[str],
                                         expected: list[str]) -> None:
    stems = [n[2:] if n.startswith("لل") else n for n in norms]
    stems = ["ال" + s if n.startswith("لل") else s for n, s in zip(norms, stems)]
    join_domain_tails(norms, stems, tags, domain_nouns(), org_heads())
    assert tags == expected


def test_a_field_tail_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وأعلنت شركة آسيا للاستثمار عن أرباحها السنوية .")
    assert ("شركة آسيا للاستثمار", "ORG") in found


@pytest.mark.parametrize("text,name", [
    ("وقال رئيس غرفة جدة إن الاستثمارات تضاعفت .", "غرفة جدة"),
    ("وفاز فريق مولودية الجزائر على منافسه بهدفين .", "مولودية الجزائر"),
])
def test_a_chamber_or_club_named_after_a_city(ner: BuiltinNER, text: str, name: str) -> None:
    assert (name, "ORG") in _tag(ner, text)


def test_a_glued_hyphen_joins_a_persons_name(ner: BuiltinNER) -> None:
    assert ("كيم كي-جونغ", "PER") in _tag(ner, "وقال اللاعب كيم كي-جونغ إن فريقه مستعد .")


def test_verbs_with_object_pronouns_are_no_names() -> None:
    assert pronoun_verb("سيستعبدونك") and pronoun_verb("ويؤذونك") and pronoun_verb("تمكينهم")
    assert not pronoun_verb("يوليانه") and not pronoun_verb("يونس")
    tags = ["O", "B-PER", "I-PER", "O"]
    trim_pronoun_verbs(["فتاه", "سيستعبدونك", "ويؤذونك", "."], tags)
    assert tags == ["O"] * 4
    tags = ["B-PER", "I-PER", "I-PER"]
    trim_pronoun_verbs(["سعد", "الدعلوج", "يقدمونها"], tags)
    assert tags == ["B-PER", "I-PER", "O"]


def test_a_ministry_takes_no_field() -> None:
    tags = [O, B, I, O, O]
    join_domain_tails(["بموقع", "وزاره", "الداخليه", "للخدمات", "الالكترونيه"],
                      ["موقع", "وزاره", "الداخليه", "الخدمات", "الالكترونيه"], tags,
                      domain_nouns(), org_heads())
    assert tags == [O, B, I, O, O]
