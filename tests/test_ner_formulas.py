"""Religious formulas are no persons (``ner/formulas.py``): made-up sentences through the
stage's rules, with the tags a CRF might give."""
from __future__ import annotations

import pytest

from arabic_extract.ner.builtin import BuiltinNER

O, B, I = "O", "B-PER", "I-PER"
FORMULA_TABLE = [
    # formula word + «الله» (clitic «ب» stripped in the stems)
    (["وتم", "بتوفيق", "الله", "افتتاح", "المبني"], ["وتم", "توفيق", "الله", "افتتاح", "المبني"],
     [O, B, I, O, O], [O] * 5),
    (["وقال", ":", "نحمد", "الله", "علي", "ذلك"], ["وقال", ":", "نحمد", "الله", "علي", "ذلك"],
     [O, O, B, I, O, O], [O] * 6),
    (["لخدمه", "ضيوف", "الرحمن", "في", "الموسم"], ["خدمه", "ضيوف", "الرحمن", "في", "الموسم"],
     [O, B, I, O, O], [O] * 5),
    # «الله» first, written with a preposition
    (["وهو", "بخير", "ولله", "الحمد"], ["وهو", "خير", "ولله", "الحمد"], [O, O, B, I], [O] * 4),
    # «الله» and an epithet after it
    (["ونسال", "الله", "العلي", "القدير", "ان"], ["نسال", "الله", "العلي", "القدير", "ان"],
     [O, B, I, I, O], [O] * 5),
    # a given name built on «الله» stays
    (["وقال", "نصر", "الله", "ان"], ["وقال", "نصر", "الله", "ان"], [O, B, I, O], [O, B, I, O]),
]


@pytest.mark.parametrize("norms,stems,crf,expected", FORMULA_TABLE)
def test_formulas_are_no_persons(ner: BuiltinNER, norms: list[str], stems: list[str],
                                 crf: list[str], expected: list[str]) -> None:
    assert ner._apply_rules(norms, stems, list(crf), False) == expected
