"""Rules of the e10 error review of unseen articles: plural organization heads and their
joined names, the nationality adjective after a definite body, listed places of several
words, rare foreign names whose first letter looks like a proclitic, family names after a
lineage and two bodies joined by «و» in one mention (made-up sentences, through the NER
stage and on the rule functions)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.late_rules import RULE_NAMES
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.lineage_surnames import join_lineage_surnames
from arabic_extract.ner.listed_places import listed_place, retype_listed_places
from arabic_extract.ner.national_tails import join_national_tails
from arabic_extract.ner.org_conjuncts import split_org_conjuncts
from arabic_extract.ner.plural_heads import split_plural_heads
from arabic_extract.ner.whole_names import unseen_article, whole_name

from .test_ner import _tag

O, B, I = "O", "B-ORG", "I-ORG"


def test_the_rules_are_registered() -> None:
    assert {"plural_heads", "national_tails", "listed_places", "lineage_surnames",
            "org_conjuncts"} <= set(RULE_NAMES)


@pytest.mark.parametrize("norms,tags,expected", [
    (["وتعاقدت", "شركات", "زاندرو", "وكوليكس", "مع"], [O, B, I, O, O], [O, O, B, B, O]),
    (["وتعاقدت", "شركات", "زاندرو", "وال", "جي", "مع"], [O, B, I, O, O, O],
     [O, O, B, B, I, O]),
    # a common word ends the list; a one-word rest before a definite word is a construct
    (["شركات", "زاندرو", "والبنوك"], [B, I, O], [O, B, O]),
    (["طالبت", "شركات", "حجاج", "الداخل"], [O, B, I, O], [O, O, O, O]),
    (["شركات", "ناشئه", "في"], [B, I, O], [O, O, O]),
    # no plural head: nothing changes
    (["شركه", "زاندرو", "وكوليكس"], [B, I, O], [B, I, O]),
])
def test_a_plural_head_opens_no_name(norms: list[str], tags: list[str],
                                     expected: list[str]) -> None:
    split_plural_heads(norms, [n[1:] if n.startswith("و") else n for n in norms], tags,
                       load_lexicon())
    assert tags == expected


def test_plural_head_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وتتنافس شركات سامسونغ وإل جي وقوقل على السوق .")
    assert {("سامسونغ", "ORG"), ("إل جي", "ORG"), ("قوقل", "ORG")} <= found
    assert not any(text.startswith("شركات") for text, _ in found)


ADJ = frozenset({"الياباني", "اليابانيه", "السعودي", "المصريه", "الامريكيه"})


@pytest.mark.parametrize("stems,tags,sports,expected", [
    (["قرر", "البنك", "المركزي", "الياباني", "خفض"], [O, B, I, O, O], False,
     [O, B, I, I, O]),
    (["القوات", "المسلحه", "الامريكيه"], [B, I, O], False, [B, I, I]),
    # gender disagreement: the adjective describes an earlier noun
    (["قوات", "الامن", "المركزي", "المصريه"], [O, B, I, O], False, [O, B, I, O]),
    # one word, a non-adjective inside, or a sports report: a description
    (["فاز", "الهلال", "السعودي"], [O, B, O], False, [O, B, O]),
    (["الاتحاد", "الاسيوي", "الحكم", "السعودي"], [B, I, I, O], False, [B, I, I, O]),
    (["الترجي", "الجرجيسي", "السعودي"], [B, I, O], True, [B, I, O]),
])
def test_a_definite_body_takes_its_nationality(stems: list[str], tags: list[str],
                                               sports: bool, expected: list[str]) -> None:
    join_national_tails(stems, tags, ADJ, sports)
    assert tags == expected


def test_national_tail_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وقرر البنك المركزي الياباني خفض أسعار الفائدة .")
    assert ("البنك المركزي الياباني", "ORG") in found


def test_a_listed_place_of_several_words() -> None:
    assert listed_place(["بيونغ", "يانغ"]) and not listed_place(["يانغ"])
    tags = ["O", "B-PER", "I-PER", "O"]
    retype_listed_places(["اطلقت", "بيونغ", "يانغ", "صاروخا"],
                         ["اطلقت", "يونغ", "يانغ", "صاروخا"], tags)
    assert tags == ["O", "B-LOC", "I-LOC", "O"]
    tags = ["B-ORG", "I-ORG"]  # read whole by the counts: the tagger's type stays
    retype_listed_places(["الشرق", "الاوسط"], ["الشرق", "الاوسط"], tags)
    assert tags == ["B-ORG", "I-ORG"]


def test_listed_place_through_the_stage(ner: BuiltinNER) -> None:
    assert ("بيونغ يانغ", "LOC") in _tag(ner, "وأطلقت بيونغ يانغ صاروخا جديدا أمس .")


def test_a_rare_name_keeps_a_letter_like_a_proclitic() -> None:
    count = load_lexicon().count
    assert unseen_article("ف", "اليريتسا", count)
    assert not unseen_article("ف", "الحكومه", count)  # a seen noun: a clitic
    assert not unseen_article("و", "اليريتسا", count)  # «و» is left to the counts
    assert whole_name("فاليريتسا", count)


def test_rare_name_through_the_stage(ner: BuiltinNER) -> None:
    found = {text for text, _ in _tag(ner, "وقالت اللاعبة فاليريتسا كونتارفو إنها سعيدة .")}
    assert any(text.startswith("فاليريتسا") for text in found)


P, Q = "B-PER", "I-PER"
EXCLUDED = (frozenset({"الذي"}), frozenset({"النائب"}))


@pytest.mark.parametrize("norms,tags,expected", [
    (["قال", "زياد", "بن", "فهد", "الزويقري", "ان"], [O, P, Q, Q, O, O],
     [O, P, Q, Q, Q, O]),
    # a function word, a title, a common word or adjective, a school's adjective
    (["زياد", "بن", "فهد", "الذي"], [P, Q, Q, O], [P, Q, Q, O]),
    (["زياد", "بن", "فهد", "النائب"], [P, Q, Q, O], [P, Q, Q, O]),
    (["زياد", "بن", "فهد", "السجن"], [P, Q, Q, O], [P, Q, Q, O]),
    (["زياد", "بن", "فهد", "المعروف"], [P, Q, Q, O], [P, Q, Q, O]),
    (["مدرسه", "زياد", "بن", "فهد", "الزويقري"], [O, P, Q, Q, O], [O, P, Q, Q, O]),
    # no lineage: left to the other surname rules
    (["زياد", "فهد", "الزويقري"], [P, Q, O], [P, Q, O]),
])
def test_a_lineage_takes_its_family_name(norms: list[str], tags: list[str],
                                         expected: list[str]) -> None:
    join_lineage_surnames(norms, norms, tags, load_lexicon(), EXCLUDED,
                          frozenset({"مدرسه"}))
    assert tags == expected


def test_lineage_surname_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وحضر الحفل زياد بن فهد الربيعة وعدد من المسؤولين .")
    assert ("زياد بن فهد الربيعة", "PER") in found


HEADS = frozenset({"مركز", "منظمه", "شركات", "لجان"})
NATIONS = frozenset({"السوري", "الدولي"})


@pytest.mark.parametrize("norms,stems,tags,expected", [
    # «و» + head: another body, named when a word follows inside the mention
    (["منظمه", "الزراعه", "ومركز", "البحوث"], ["منظمه", "الزراعه", "مركز", "البحوث"],
     [B, I, I, I], [B, I, B, I]),
    (["منظمه", "الزراعه", "والمنظمه", "العربيه"], ["منظمه", "الزراعه", "المنظمه", "العربيه"],
     [B, I, I, I], [B, I, B, I]),
    # a plural head names no one body; a nation's body with its adjective is no field
    (["الشركه", "الوطنيه", "والشركات", "الاخري"], ["الشركه", "الوطنيه", "الشركات", "الاخري"],
     [B, I, I, I], [B, I, O, O]),
    (["حزب", "الاحرار", "والنظام", "السوري"], ["حزب", "الاحرار", "النظام", "السوري"],
     [B, I, I, I], [B, I, O, O]),
    # a field joined by «و» stays, with its adjective too
    (["معهد", "العلوم", "والامن", "الدولي"], ["معهد", "العلوم", "الامن", "الدولي"],
     [B, I, I, I], [B, I, I, I]),
])
def test_two_bodies_joined_by_and(norms: list[str], stems: list[str], tags: list[str],
                                  expected: list[str]) -> None:
    split_org_conjuncts(norms, stems, tags, HEADS, NATIONS)
    assert tags == expected


def test_org_conjuncts_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وأعلنت منظمة الصحة العالمية ومركز السيطرة والتحكم عن حالات جديدة .")
    assert ("منظمة الصحة العالمية", "ORG") in found


def test_two_listed_names_joined_by_and() -> None:
    names = ({"زاندروس": frozenset({"ORG"}), "كوليكس": frozenset({"MORG"})},
             frozenset({("بالوني", "سيتي")}))
    tags = [B, I]
    split_org_conjuncts(["زاندروس", "وكوليكس"], ["زاندروس", "كوليكس"], tags, HEADS, NATIONS,
                        names)
    assert tags == [B, B]
    tags = [B, I, I]
    split_org_conjuncts(["زاندروس", "وبالوني", "سيتي"], ["زاندروس", "بالوني", "سيتي"], tags,
                        HEADS, NATIONS, names)
    assert tags == [B, B, I]
    tags = [B, I]  # an unlisted word after «و» stays in the name
    split_org_conjuncts(["زاندروس", "وتيلر"], ["زاندروس", "تيلر"], tags, HEADS, NATIONS, names)
    assert tags == [B, I]


def test_two_clubs_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وتعادل يوفنتوس ولاتسيو في المباراة .")
    assert {("يوفنتوس", "ORG"), ("لاتسيو", "ORG")} <= found
