"""Rules corrected after a review of what the rules change in ANERcorp-style text
(ANERCORP_RULES.md): an indefinite head before a preposition names nothing, ordinals and
praise adjectives open no «… لـX» name, common words are no listed places, a noun that is
also a perfect verb stays at the start of a place (made-up sentences, through the NER stage
and on the rule functions)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.boundaries import split_conjuncts
from arabic_extract.ner.consistency import listed_places
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.mined import org_phrases
from arabic_extract.ner.patterns import OrgPatterns, lam_rule
from arabic_extract.ner.rules import Rules, head_rule
from arabic_extract.ner.tagging import prepositional
from arabic_extract.ner.verbs import common_noun, trim_edge_verbs

from .test_ner import _tag

O, B, I = "O", "B-ORG", "I-ORG"


@pytest.mark.parametrize("norms,stems,expected", [
    # «a foundation for peace»: an indefinite head, no name
    (["تاسيس", "مؤسسه", "للسلام"], ["تاسيس", "مؤسسه", "السلام"], [O, O, O]),
    (["انشاء", "شركه", "للانتاج", "الفني"], ["انشاء", "شركه", "الانتاج", "الفني"], [O, O, O, O]),
    # the genitive without a preposition is still a name
    (["وقالت", "وزاره", "الخارجيه"], ["قالت", "وزاره", "الخارجيه"], [O, B, I]),
])
def test_head_before_a_preposition_names_nothing(norms: list[str], stems: list[str],
                                                 expected: list[str]) -> None:
    heads = Rules(load_lexicon()).heads
    tags = [O] * len(stems)
    head_rule(stems, tags, heads, norms=norms)
    assert tags == expected


def test_prepositional_genitive() -> None:
    assert prepositional(["مؤسسه", "للسلام"], 1)
    assert prepositional(["لجنه", "بالمدينه"], 1)
    assert not prepositional(["وزاره", "الخارجيه"], 1)
    assert not prepositional(None, 1)


def test_head_before_a_preposition_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "وأعلن الوزير عن تأسيس جمعية للأيتام في المدينة .")
    assert not any(label == "ORG" for _, label in found)


@pytest.mark.parametrize("words", [
    "وتصدر الفريق المجموعة الثانية للتصفيات بعد فوزه",
    "وصعد اللاعب إلى الفريق الأول للنادي هذا الموسم",
    "في ظل القيادة الحكيمة لسمو الأمير",
    "وتحرص الإدارة الرشيدة للمملكة على ذلك",
])
def test_ordinal_or_praise_adjective_opens_no_lam_name(ner: BuiltinNER, words: str) -> None:
    assert not any(label == "ORG" for _, label in _tag(ner, words))


def test_lam_rule_not_name_words() -> None:
    patterns = OrgPatterns()
    stems = ["تصدر", "المجموعه", "الثانيه", "التصفيات"]
    norms = ["تصدر", "المجموعه", "الثانيه", "للتصفيات"]
    tags = [O] * 4
    lam_rule(stems, norms, tags, patterns.lam_heads, patterns.not_name, patterns.ordinals)
    assert tags == [O] * 4
    lam_rule(stems, norms, tags, patterns.lam_heads)  # without the list: a name
    assert tags == [O, B, I, I]


@pytest.mark.parametrize("words", [
    "واستعد المنتخب الكويتي للمباراة من خلال معسكر تدريبي",
    "وقاد النجم الفريق الإيطالي للفوز على منافسه",
])
def test_an_event_is_no_field_of_a_lam_name(ner: BuiltinNER, words: str) -> None:
    found = _tag(ner, words)
    assert not any(text.endswith(("للمباراة", "للفوز")) for text, _ in found)


def test_a_true_lam_name_stays(ner: BuiltinNER) -> None:
    found = _tag(ner, "وأعلنت الهيئة السعودية للحياة الفطرية عن برنامج جديد .")
    assert ("الهيئة السعودية للحياة الفطرية", "ORG") in found


def test_an_ordinal_after_an_adjective_stays_in_the_name() -> None:
    patterns = OrgPatterns()
    stems = ["درب", "المنتخب", "السعودي", "الاول", "كره", "القدم"]
    norms = ["درب", "المنتخب", "السعودي", "الاول", "لكره", "القدم"]
    tags = [O] * 6
    lam_rule(stems, norms, tags, patterns.lam_heads, patterns.not_name, patterns.ordinals)
    assert tags == [O, B, I, I, I, I]


@pytest.mark.parametrize("word", ["حماه", "كانو"])
def test_common_words_are_no_listed_places(word: str) -> None:
    assert word not in listed_places()


def test_protectors_are_no_city(ner: BuiltinNER) -> None:
    found = _tag(ner, "وأشاد المتحدث بجهود حماة الوطن المرابطين على الحدود .")
    assert ("حماة", "LOC") not in found


def test_noun_that_reads_as_a_verb_opens_a_place() -> None:
    lex = load_lexicon()
    assert common_noun("درب", lex) and common_noun("وكفر", lex)
    assert not common_noun("احتفلت", lex)
    tags = ["O", "B-LOC", "I-LOC", "O"]
    trim_edge_verbs(["في", "درب", "قرمز", "الواقعه"], tags, lex)
    assert tags == ["O", "B-LOC", "I-LOC", "O"]


def test_place_opened_by_a_noun_through_the_stage(ner: BuiltinNER) -> None:
    found = _tag(ner, "ولد الكاتب في حارة درب قرمز بالقاهرة القديمة .")
    assert ("قرمز", "LOC") not in found


def test_mined_phrase_needs_its_genitive_without_preposition() -> None:
    rules = Rules(load_lexicon())
    stems, tags = ["عن", "شركه", "الانتاج"], [O, O, O]
    org_phrases(stems, tags, rules.lex, rules.heads, rules.org_starts, rules.fields,
                ["عن", "شركه", "للانتاج"])
    assert tags == [O, O, O]
    org_phrases(stems, tags, rules.lex, rules.heads, rules.org_starts, rules.fields,
                ["عن", "شركه", "الانتاج"])
    assert tags == [O, B, I]


def test_a_given_name_with_wa_stays_inside_a_person() -> None:
    lex = load_lexicon()
    norms, stems = ["اخراج", "وفيق", "وجدي"], ["اخراج", "وفيق", "جدي"]
    tags = ["O", "B-PER", "I-PER"]
    split_conjuncts(norms, stems, tags, lex=lex)
    assert tags == ["O", "B-PER", "I-PER"]
    split_conjuncts(norms, stems, tags)  # without the lexicon: «و» + «جدي»
    assert tags == ["O", "B-PER", "B-PER"]
