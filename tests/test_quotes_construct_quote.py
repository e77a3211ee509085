"""A short quote right after a head noun without the article is that noun's genitive (a
name), not the speech: the speech is looked for after it."""
from __future__ import annotations

from tests.quotes_support import run


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.content.text) for s in run(text).statements]


def test_quoted_name_after_a_title_head_is_no_speech() -> None:
    """«ممثل "…"», «لتحالف "…"»: the quoted name belongs to the speaker's title."""
    assert _said('وقال ممثل "يورو سبورت عربية" أحمد سالم إن الشراكة مهمة.') == [
        ("indirect", "الشراكة مهمة")]
    assert _said('وقالت مريم سالم، المديرة التنفيذية لتحالف "حركة ألمانيا تساعد"، إن'
                 ' البيوت آمنة.') == [("indirect", "البيوت آمنة")]


def test_indefinite_speaker_before_a_quote_still_speaks() -> None:
    """«وقال مسؤول "…"»: an indefinite speaker noun, not a head; the quote is speech."""
    assert _said('وقال مسؤول "لن نسمح بذلك أبدا".') == [("direct", "لن نسمح بذلك أبدا")]
