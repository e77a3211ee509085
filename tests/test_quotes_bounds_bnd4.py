"""Rules of session 15 (bnd4): content spans.  Speech after a colon written between brackets
(«قال: (…)»): the brackets are its marks; the reporter's words after the closing bracket are
no part of it."""
from __future__ import annotations

from tests.quotes_support import statement_rows


def test_bracketed_colon_speech_ends_at_its_closing_bracket() -> None:
    rows = statement_rows("وقال الوزير خالد العمر: (لن نسمح بأي تجاوز للقانون)، فأخرس بذلك "
                          "المشككين وأنهى الجدل الطويل حول المشروع.")
    assert [r[2] for r in rows] == ["لن نسمح بأي تجاوز للقانون"]


def test_doubled_and_curly_brackets_are_marks_too() -> None:
    rows = statement_rows("وقال الشيخ خالد العمر: ((من غشنا فليس منا))؛ متفق عليه. ثم تحدث "
                          "عن الأمانة.")
    assert [r[2] for r in rows] == ["من غشنا فليس منا"]


def test_a_short_bracketed_heading_is_no_speech_mark() -> None:
    """«(مطار أوكلاند) …»: two words in brackets name a heading; the colon speech goes on."""
    rows = statement_rows("وقال الكاتب خالد العمر: (مطار أوكلاند) هو أول ما رأيت هناك.")
    assert [r[2] for r in rows] == ["(مطار أوكلاند) هو أول ما رأيت هناك"]


def test_an_unclosed_bracket_keeps_the_colon_speech() -> None:
    rows = statement_rows("وقال الوزير خالد العمر: (لن نسمح بأي تجاوز للقانون.")
    assert [r[2] for r in rows] == ["(لن نسمح بأي تجاوز للقانون"]
