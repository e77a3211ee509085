"""A reporting verb in the imperfect right after «أن» is a subjunctive (to be said, meant
to be said) and reports nothing; after «قبل» or a verb of wishing it still reports."""
from __future__ import annotations

from tests.quotes_support import run


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in run(text).statements]


def test_expected_or_purposed_saying_is_no_statement() -> None:
    """«ومن المنتظر أن يعلن …», «من أجل أن يعلن …», «بأن تصرح بأن …»: nothing said yet."""
    assert _said("ومن المنتظر أن يعلن النادي أن اللاعب سيبقى مع الفريق.") == []
    assert _said("وعاد الفريق من أجل أن يعلن منذ البداية أنه قادر على المنافسة.") == []
    assert _said("وستبرر الحكومة موقفها بأن تصرح بأن الاتفاق جيد.") == []


def test_subjunctive_is_no_stop_for_the_content_before() -> None:
    """«وقال … إنه يجب أن يعلن الجميع أن …» is one statement."""
    assert _said("وقال أحمد سالم إنه يجب أن يعلن الجميع أن الاتفاق مهم.") == [
        ("وقال", "يجب أن يعلن الجميع أن الاتفاق مهم")]


def test_narrating_and_wishing_still_report() -> None:
    """«قبل أن يضيف أن …» narrates; «تود الوزارة أن توضح أن …» is the statement itself."""
    said = _said("وقال أحمد سالم إن الفريق سيفوز، قبل أن يضيف أن المباراة صعبة.")
    assert ("يضيف", "المباراة صعبة") in said
    assert _said("وتود الوزارة أن توضح أن الخدمة متاحة للجميع.") == [
        ("توضح", "الخدمة متاحة للجميع")]
