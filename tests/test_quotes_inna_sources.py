"""An indefinite source noun after «إنّ» or a sister is accusative («لكن مسؤولا قال …»,
«إلا أن مصدرا أكد …»): it is the unnamed speaker of the verb that follows, not the last
person named (quotes/context.py ``Context.is_source``, data/function_words.txt
[inna_particles])."""
from __future__ import annotations

import pytest

from .quotes_support import run

_BEFORE = "وقال وزير الخارجية محمد العلي إن الوضع مستقر. "


def _said(text: str) -> list[tuple[str, str]]:
    doc = run(text)
    return [(s.speaker.text or "", s.content.text) for s in doc.statements]


@pytest.mark.parametrize("clause, speaker", [
    ("ولكن مسؤولا قال إن القتال لم يكن عرقيا.", "مسؤولا"),
    ("لكن مصدراً مقربا من الحكومة أكد أن الاتفاق قريب.", "مصدراً مقربا"),
    ("غير أن متحدثا باسم الجيش أكد أن القوات انسحبت.", "متحدثا باسم الجيش"),
])
def test_accusative_source_speaks(clause: str, speaker: str) -> None:
    said = _said(_BEFORE + clause)
    assert said[0] == ("محمد العلي", "الوضع مستقر")
    assert said[1][0] == speaker


def test_our_citizens_is_no_accusative_source() -> None:
    text = "المشكلة أن مواطنينا يعتبرون أن الفندق بيتهم."
    assert all(s.speaker.text != "مواطنينا" for s in run(text).statements)
