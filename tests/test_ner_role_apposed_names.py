"""A name apposed between commas after a title and its complement («وقال مدرب المنتخب،
[X Y]، إن …») is the person even when its words are foreign and the tagger typed them as
a place or organization; «باسم» before a definite word belongs to the complement
(«المتحدث باسم الحكومة [X Y]»): made-up sentences through the pipeline."""
from __future__ import annotations

import pytest

from .conftest import person_texts


@pytest.mark.parametrize("text, name", [
    ("وقالت نائبة المتحدث باسم الحكومة السويسرية، كاتارينا فيلدس، إن برن قلقة.",
     "كاتارينا فيلدس"),
    ("وقال المسؤول الإعلامي للجناح السياسي للحزب، بختيار كوران، إن المفاوضات متوقفة.",
     "بختيار كوران"),
    ("وقال مدرب هندوراس، خورخي لويس بينتو، إن فريقه جاهز.", "خورخي لويس بينتو"),
    ("وقال المتحدث الرسمي باسم الحكومة الانتقالية، ناجح بامخرم، إن الوزراء سيعودون.",
     "ناجح بامخرم"),
    ("وقال المتحدث باسم الحكومة الانتقالية ناجح بامخرم إن الوزراء سيعودون.", "ناجح بامخرم"),
])
def test_a_name_after_a_title_and_its_complement_is_a_person(nlp, text, name):
    assert name in person_texts(nlp(text))


def test_the_apposed_foreign_name_speaks_and_goes_on_speaking(nlp) -> None:
    doc = nlp("وقالت نائبة المتحدث باسم الحكومة السويسرية، كاتارينا فيلدس، إن برن قلقة. "
              "وأضافت فيلدس أن الزيارة مؤجلة.")
    assert [s.speaker.name for s in doc.statements] == ["كاتارينا فيلدس"] * 2


@pytest.mark.parametrize("text", [
    "ونظمت محافظة الأقصر، مسيرة حاشدة، احتفالا بالافتتاح.",
    "وهنأ ولي العهد وزير الداخلية، ببرقية تهنئة، الرئيس المنتخب.",
    "وقال وزير الخارجية، أمس الأول، إن المحادثات مستمرة.",
])
def test_no_person_where_the_slot_holds_no_name(nlp, text) -> None:
    assert person_texts(nlp(text)) == []


def test_a_given_name_that_is_a_word_still_opens_a_name_before_a_family_name(nlp) -> None:
    assert "أمل الأسمري" in person_texts(nlp("وحضرت رئيسة التمريض أمل الأسمري الحفل."))
