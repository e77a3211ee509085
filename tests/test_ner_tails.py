"""Words after a complete organization or place name end it (``ner/org_tails.py``):
ب + word, a title, a given name (made-up sentences, through the stage's rules)."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER

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
