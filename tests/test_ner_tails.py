"""Words after a complete organization or place name end it (``ner/org_tails.py``):
ب + word, a title, a given name (made-up sentences, through the stage's rules)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.lexicon import load_lexicon

O, B, I = "O", "B-ORG", "I-ORG"
TAIL_TABLE = [
    # ب + a definite word, or a frequent word after a definite one, ends the name
    (["وطالبت", "منظمه", "التجاره", "العالميه", "بالغاء", "الرسوم"], [O, B, I, I, I, O],
     [O, B, I, I, O, O]),
    (["ونشر", "نادي", "الاتحاد", "بشكل", "رسمي"], [O, B, I, I, O], [O, B, I, O, O]),
    # … and a place after it is a place of its own
    (["وافتتحت", "وزاره", "العمل", "بالرياض", "مكتبا"], [O, B, I, I, O],
     [O, B, I, "B-LOC", O]),
    # a transliterated name goes on
    (["وذكرت", "واشنطن", "بوست", "ان"], [O, B, I, O], [O, B, I, O]),
    # a title after two words of the name ends it; a name after the title is a person
    (["وانتقد", "الحزب", "الشيوعي", "للرئيس", "خطابه"], [O, B, I, I, O], [O, B, I, O, O]),
    (["وقال", "رئيس", "هيئه", "قناه", "السويس", "المهندس", "خالد", "الدعلوج"],
     [O, O, B, I, I, I, I, I], [O, O, B, I, I, O, "B-PER", "I-PER"]),
    # a title right after the head opens an eponym, or is its genitive
    (["في", "مستشفى", "الملك", "فهد", "امس"], [O, B, I, I, O], [O, B, I, I, O]),
    (["وقال", "مكتب", "الرئيس", "ان"], [O, B, I, O], [O, B, I, O]),
    # a given name right after a definite word: the organization, then the person
    (["وقال", "نقيب", "الهيئه", "الوطنيه", "للمحامين", "سعد", "الدعلوج", "ان"],
     [O, O, B, I, I, I, I, O], [O, O, B, I, I, "B-PER", "I-PER", O]),
    (["وقال", "مدير", "جامعه", "الملك", "سعود", "ان"], [O, O, B, I, I, O],
     [O, O, B, I, I, O]),
]


@pytest.mark.parametrize("norms,crf,expected", TAIL_TABLE)
def test_words_after_a_complete_name_end_it(ner: BuiltinNER, norms: list[str],
                                            crf: list[str], expected: list[str]) -> None:
    """«منظمة التجارة العالمية بالحواجز», «الحزب الشيوعي للرئيس», «… للمحامين سعد»."""
    stems = ner._tagger.stems(norms)
    assert ner._apply_rules(norms, stems, list(crf), False) == expected


CITY_CLUB_TABLE = [
    # in a sports report a town + a masculine nationality adjective is the club
    (["وتعادل", "زيورخ", "السويسري", "مع", "ضيفه"], ["O", "B-LOC", "O", "O", "O"], True,
     ["O", "B-ORG", "O", "O", "O"]),
    # not with a feminine adjective, a region adjective, or outside sports reports
    (["ووصل", "الي", "زيورخ", "السويسريه", "امس"], ["O", "O", "B-LOC", "O", "O"], True,
     ["O", "O", "B-LOC", "O", "O"]),
    (["وتعادل", "زيورخ", "السويسري", "مع", "ضيفه"], ["O", "B-LOC", "O", "O", "O"], False,
     ["O", "B-LOC", "O", "O", "O"]),
]


@pytest.mark.parametrize("norms,crf,sports,expected", CITY_CLUB_TABLE)
def test_a_town_with_a_masculine_nationality_is_its_club(
        ner: BuiltinNER, norms: list[str], crf: list[str], sports: bool,
        expected: list[str]) -> None:
    """«وسار دورتموند الألماني», «ضيفه بازل السويسري» name clubs (made-up sentences)."""
    stems = ner._tagger.stems(norms)
    assert ner._apply_rules(norms, stems, list(crf), sports) == expected


REGRESSION_TABLE = [
    # a rare transliteration with the article goes on through «ب…» («الواشنطن بوست»)
    (["وقالت", "صحيفه", "الفلوريدا", "بوست", "ان"], [O, B, I, I, O], [O, B, I, I, O]),
    # a quoted title is no name to cut: neither at an indefinite word nor at «ب…»
    (["وزار", "الوفد", "متحف", "«", "السلام", "عليك", "يا", "وطني", "»", "امس"],
     [O, O, "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", O],
     [O, O, "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC", O]),
    # a given name after «ب» + place opens a person, not more of the place
    (["وقال", "مستشفى", "الامل", "بالقطيف", "سعد", "الدعلوج", "ان"], [O, B, I, I, I, I, O],
     [O, B, I, "B-LOC", "B-PER", "I-PER", O]),
    # 11th–19th: «عشر» after an ordinal unit stays in the name, with the legal form after it
    (["واعلنت", "شركه", "الثالث", "عشر", "القابضه", "ان"], [O, B, I, O, O, O],
     [O, B, I, I, I, O]),
    # a head + an ordinary noun + a name genitive is one organization, not dropped
    (["وقالت", "شركه", "واحه", "الرياض", "ان"], [O, B, I, "B-LOC", O], [O, B, I, I, O]),
    # … but an adjective before the name leaves a description and the place
    (["وقالت", "شركات", "اميركيه", "الرياض", "ان"], [O, B, I, "B-LOC", O],
     [O, O, O, "B-LOC", O]),
    # … and another body after it is no genitive («شركة X» + «لجنة التحكيم»)
    (["وكرمت", "شركه", "واحه", "لجنه", "التحكيم"], [O, B, I, B, I], [O, O, O, B, I]),
]


@pytest.mark.parametrize("norms,crf,expected", REGRESSION_TABLE)
def test_complete_names_are_not_cut(ner: BuiltinNER, norms: list[str], crf: list[str],
                                    expected: list[str]) -> None:
    """«الواشنطن بوست», «متحف «…»», «بالقطيف» + a person, «الحادي عشر», «شركة واحة مكة»."""
    stems = ner._tagger.stems(norms)
    assert ner._apply_rules(norms, stems, list(crf), False) == expected


@pytest.mark.parametrize("norms,crf,expected", [
    # an imperfect verb after an organization is its predicate, not its name
    (["وقال", "ان", "البرلمان", "يستعدون", "للتصويت"], [O, O, B, I, O], [O, O, B, O, O]),
    (["وقال", "ان", "المجلس", "الاعلى", "سيواصل", "عمله"], [O, O, B, I, I, O],
     [O, O, B, I, O, O]),
    # … but the name right after an organization head stays
    (["وقالت", "شركه", "فيدار", "ان"], [O, B, I, O], [O, B, I, O]),
])
def test_organizations_lose_a_verb_at_their_end(ner: BuiltinNER, norms: list[str],
                                                crf: list[str], expected: list[str]) -> None:
    """«الكونغرس يستعدون» → «الكونغرس» (made-up sentences)."""
    stems = ner._tagger.stems(norms)
    assert ner._apply_rules(norms, stems, list(crf), False) == expected


def test_time_words_and_years_end_names() -> None:
    """A word of time or a four-digit number ends a mention; not after a head («صحيفه اليوم»)."""
    from arabic_extract.ner.edge_words import time_words, trim_time_tails
    lex = load_lexicon()
    norms = ["قال", "مجلس", "الامن", "اليوم", "ان", "القرار", "مجلس", "الامن", "2216"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG"]
    trim_time_tails(norms, tags, time_words(), lex)
    assert tags == ["O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG", "O"]
    tags = ["B-ORG", "I-ORG"]
    trim_time_tails(["صحيفه", "اليوم"], tags, time_words(), lex)
    assert tags == ["B-ORG", "I-ORG"]


def test_possessive_noun_opens_no_name() -> None:
    """«زعيمه فلان …»: the noun with a pronoun leaves the mention; a name «عبده» stays."""
    from arabic_extract.ner.edge_words import trim_possessives
    lex = load_lexicon()
    words = ["قتل", "زعيمه", "ناصر", "الحربي"]
    tags = ["O", "B-PER", "I-PER", "I-PER"]
    trim_possessives(words, words, tags, lex.count)
    assert tags == ["O", "O", "B-PER", "I-PER"]
    tags = ["O", "B-PER", "I-PER"]
    trim_possessives(["قال", "عبده", "سالم"], ["قال", "عبده", "سالم"], tags, lex.count)
    assert tags == ["O", "B-PER", "I-PER"]


def test_given_name_after_a_role_is_no_possessive() -> None:
    """«توفيت المعلمة رحمه سالم …»: after a role a listed given name spelled with ه («رحمة»)
    opens the name; with no role before it, it is still «his mercy»."""
    from arabic_extract.ner.edge_words import trim_possessives
    lex = load_lexicon()
    names = frozenset(w for w, kinds in lex.words.items() if "PER" in kinds)
    words = ["توفيت", "المعلمه", "رحمه", "سالم", "الحربي"]
    tags = ["O", "O", "B-PER", "I-PER", "I-PER"]
    trim_possessives(words, words, tags, lex.count, frozenset({"المعلمه"}), names)
    assert tags == ["O", "O", "B-PER", "I-PER", "I-PER"]
    words = ["وسعت", "الي", "رحمه", "سالم", "الحربي"]
    trim_possessives(words, words, tags, lex.count, frozenset({"المعلمه"}), names)
    assert tags == ["O", "O", "O", "B-PER", "I-PER"]


def test_feminine_perfect_leaves_a_name() -> None:
    """«واحتفلت سفارة المملكة», «وباركت فلان»: a feminine perfect opens no organization or
    person; «رفعت» (a listed given name) stays."""
    from arabic_extract.ner.verbs import trim_edge_verbs
    lex = load_lexicon()
    tags = ["B-ORG", "I-ORG", "I-ORG", "O"]
    trim_edge_verbs(["احتفلت", "سفاره", "المملكه", "امس"], tags, lex)
    assert tags == ["O", "B-ORG", "I-ORG", "O"]
    tags = ["B-PER", "I-PER", "I-PER"]
    trim_edge_verbs(["وباركت", "خالد", "الحربي"], tags, lex)
    assert tags == ["O", "B-PER", "I-PER"]
    tags = ["B-PER", "I-PER"]
    trim_edge_verbs(["رفعت", "الحربي"], tags, lex)
    assert tags == ["B-PER", "I-PER"]


def test_relational_adjective_ends_a_name() -> None:
    """«التابعة» or «القيادي» relates the name to what follows and is no part of it."""
    from arabic_extract.ner.relational import relational_adjectives, trim_relational
    words = relational_adjectives()
    norms = ["قالت", "هيئة", "النقل", "البحري", "التابعه", "للوزاره"]
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    trim_relational(norms, tags, words)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
    norms = ["وقال", "سامي", "الفلاني", "القيادي", "بالحزب"]
    tags = ["O", "B-PER", "I-PER", "I-PER", "I-PER"]
    trim_relational(norms, tags, words)
    assert tags == ["O", "B-PER", "I-PER", "O", "O"]


def test_rare_definite_word_after_a_given_name_is_the_family_name() -> None:
    """«عبدالله» alone + a rare definite word with no bare corpus form: one person;
    a common definite word stays out."""
    from arabic_extract.ner.surnames import join_surnames
    lex = load_lexicon()
    assert lex.count("القشيمزي") == 0 and lex.count("الاسبوع") >= 300
    norms = ["وقال", "عبدالله", "القشيمزي", "ان", "عبدالله", "الاسبوع"]
    tags = ["O", "B-PER", "O", "O", "B-PER", "O"]
    join_surnames(norms, norms, tags, lex)
    assert tags == ["O", "B-PER", "I-PER", "O", "B-PER", "O"]


TITLE_END_TABLE = [
    # a title that is also a given name, before a place or body head: the title alone
    (["واوضح", "امين", "منطقه", "الرياض"], ["اوضح", "امين", "منطقه", "الرياض"],
     ["O", "B-PER", "O", "B-LOC"], ["O", "O", "O", "B-LOC"]),
    # … at the end of a name, before «عام»
    (["وقال", "سالم", "الدعلوج", "حاكم", "عام", "الجزيره"],
     ["قال", "سالم", "الدعلوج", "حاكم", "عام", "الجزيره"],
     ["O", "B-PER", "I-PER", "I-PER", "O", "O"], ["O", "B-PER", "I-PER", "O", "O", "O"]),
    # a family name before a place with a preposition stays (and the street named after
    # the person is one place with it, round ent13)
    (["شارع", "سالم", "قاضي", "بمكه"], ["شارع", "سالم", "قاضي", "مكه"],
     ["O", "B-PER", "I-PER", "B-LOC"], ["B-LOC", "I-LOC", "I-LOC", "B-LOC"]),
]


@pytest.mark.parametrize("norms,stems,crf,expected", TITLE_END_TABLE)
def test_a_title_before_a_place_ends_no_name(ner: BuiltinNER, norms: list[str],
                                            stems: list[str], crf: list[str],
                                            expected: list[str]) -> None:
    """«أمين منطقة …», «فلان حاكم عام …»: the title is no name (made-up names)."""
    assert ner._apply_rules(norms, stems, list(crf), False) == expected
