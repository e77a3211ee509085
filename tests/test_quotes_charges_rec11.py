"""Verbs of accusation and attribution (flag ``charge``, quotes/charges.py): «اتهم X بـ…»
and «عزا X إلى …» report an object then their own preposition; a preposition right after
the cue («اتهم بالفساد», unvocalized passive) or the noun «متهمين» after a number says
nothing (round rec11)."""
from __future__ import annotations

import pytest

from .quotes_support import statement_triples


@pytest.mark.parametrize("cue", ["واتهم", "اتهم"])
def test_accusation_takes_object_and_charge(cue: str) -> None:
    text = f"{cue} أحمد سالم الحكومة بالتقصير في حماية المدنيين."
    assert statement_triples(text) == [("أحمد سالم", cue, "الحكومة بالتقصير في حماية المدنيين")]


def test_attribution_takes_object_and_cause() -> None:
    text = "وعزا أحمد سالم السبب إلى ارتفاع أسعار النفط في الأسواق."
    assert statement_triples(text) == [
        ("أحمد سالم", "وعزا", "السبب إلى ارتفاع أسعار النفط في الأسواق")]


def test_accusing_participle_after_a_statement() -> None:
    text = "وقال أحمد سالم إن الوضع صعب، متهما الحكومة بالتقصير في حماية المدنيين."
    assert [t[1:] for t in statement_triples(text)] == [
        ("وقال", "الوضع صعب"), ("متهما", "الحكومة بالتقصير في حماية المدنيين")]


def test_passive_accusation_says_nothing() -> None:
    """«واتهم فلان بالفساد» is unvocalized «واتُّهم»: the preposition follows no object."""
    assert statement_triples("واتهم أحمد سالم بالفساد والاحتيال في الشركة.") == []


def test_counted_defendants_say_nothing() -> None:
    text = "وقال أحمد سالم إن المحكمة حكمت على خمسة متهمين آخرين بالسجن لمدد مختلفة."
    assert [t[1] for t in statement_triples(text)] == ["وقال"]


def test_cue_after_a_cardinal_number_with_its_conjunction() -> None:
    """«… عوامل ثلاثة وأوضح فلان أن …»: the «و» starts a new clause, no counted noun."""
    text = "تحدث التقرير عن عوامل ثلاثة وأوضح أحمد سالم أن الأمر يعود إلى ضعف الرقابة."
    assert statement_triples(text) == [("أحمد سالم", "وأوضح", "الأمر يعود إلى ضعف الرقابة")]


def test_coordinated_accusation_ends_the_content_before_it() -> None:
    """«…، واتهم X بـ…» after a statement: an object and its charge start a new statement
    by the same speaker; the first content ends before it."""
    text = "وقال أحمد سالم إن الوضع صعب، واتهم خصومه بالعمالة لجهات خارجية."
    assert [t[1:] for t in statement_triples(text)] == [
        ("وقال", "الوضع صعب"), ("واتهم", "خصومه بالعمالة لجهات خارجية")]


def test_adverb_is_no_object_of_a_charge() -> None:
    """«واتهم كثيرا بالضعف» is the passive with an adverb: no new statement."""
    text = "وقال أحمد سالم إن بداية الرئيس لم تكن واضحة، واتهم كثيرا بالضعف والتردد."
    assert [t[1] for t in statement_triples(text)] == ["وقال"]
