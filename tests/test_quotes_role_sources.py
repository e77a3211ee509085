"""Role nouns of people in the story («الضابط», «المبتعث», «المصاب»)
are unnamed sources (quotes/data/sources.txt): they speak also with an
addressee («لوكالة …») or a colon before the content, not only right before «إن»."""
from __future__ import annotations

from .quotes_support import run


def _said(text: str) -> list[tuple[str, str]]:
    doc = run(text)
    return [(s.speaker.text or "", s.content.text) for s in doc.statements]


def test_officer_speaks_after_an_addressee() -> None:
    text = "وقع الانفجار صباح أمس. وقال الضابط لوكالة الأنباء إن الانفجار وقع قرب الثكنة."
    assert _said(text) == [("الضابط", "الانفجار وقع قرب الثكنة")]


def test_injured_man_speaks_before_a_colon() -> None:
    text = 'وقع الحادث على الطريق السريع. وقال المصاب: "فقدت السيطرة على السيارة فجأة".'
    assert _said(text) == [("المصاب", "فقدت السيطرة على السيارة فجأة")]


def test_demanded_is_no_role_noun() -> None:
    text = "وقع الحادث أمس. وطالب الأهالي بإصلاح الطريق قبل فصل الشتاء."
    assert all(s.speaker.text != "طالب" for s in run(text).statements)
