"""Missed statements of the rec10 recall audit (60 unseen articles): the praise and
condemnation verbs «أثنى على» and «ندد بـ» (noun complement with their own preposition
only: «لن يثني المملكة عن …» says nothing), and a long trailing «according to» source
headed by a title («…، حسب الناطق الرسمي باسم مجلس قيادة … فلان.»)."""
from __future__ import annotations

import pytest

from .quotes_support import statement_triples


@pytest.mark.parametrize("cue", ["وأثنى", "أثنى"])
def test_praise_verb_takes_its_preposition(cue: str) -> None:
    text = f"{cue} أحمد سالم على جهود العاملين في المستشفى."
    assert statement_triples(text) == [("أحمد سالم", cue, "جهود العاملين في المستشفى")]


def test_praise_participle_after_a_statement() -> None:
    text = "وأكد أحمد سالم أن المشروع اكتمل، مثنيا على جهود العاملين فيه."
    assert [t[1:] for t in statement_triples(text)] == [
        ("وأكد", "المشروع اكتمل"), ("مثنيا", "جهود العاملين فيه")]


def test_condemnation_verb_takes_its_preposition() -> None:
    text = "وندد أحمد سالم بالهجوم على المدنيين في المدينة."
    assert statement_triples(text) == [("أحمد سالم", "وندد", "بالهجوم على المدنيين في المدينة")]


def test_present_of_athna_without_its_preposition_says_nothing() -> None:
    """«يثني … عن» is "to deter": no «على», no statement of the verb."""
    text = "ولن يثني هذا الهجوم أحمد سالم عن عمله في المدينة."
    assert statement_triples(text) == []


def test_long_titled_trailing_source() -> None:
    text = ("سيطرت القوات على المدينة الساحلية، حسب الناطق الرسمي باسم مجلس قيادة المقاومة "
            "الشعبية الجنوبية حسين علاوي.")
    triples = statement_triples(text)
    assert len(triples) == 1 and triples[0][1] == "حسب"
    assert triples[0][0] == "حسين علاوي" and triples[0][2] == "سيطرت القوات على المدينة الساحلية"


def test_short_untitled_source_still_limited() -> None:
    """A source phrase that is no title keeps the short reach (a plain noun run of eight
    words is no «according to» source)."""
    text = ("سيطرت القوات على المدينة الساحلية، حسب مصادر أمنية عراقية مطلعة في المدينة "
            "الساحلية الكبيرة الواقعة جنوبي البلاد.")
    assert statement_triples(text) == []
