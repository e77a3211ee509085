"""«يعتبر/تعتبر» before an indefinite predicate is the passive "is considered": no
statement, and no stop for the content of the cue before it."""
from __future__ import annotations

from tests.quotes_support import run


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.content.text) for s in run(text).statements]


def test_is_considered_is_no_statement() -> None:
    """«… تعتبر بعيدة عن …، علما أن …», «هل يعتبر جريمة …، مع يقيني أن …»: the predicate
    is no speaker, and the later «أن» no content of the passive."""
    assert _said("وزار الوفد القرى التي تعتبر بعيدة عن الطرق الرئيسية، علما أن المشروع"
                 " يشملها.") == []
    assert _said("والسؤال هل يعتبر جريمة لهذه الدرجة، مع يقيني أن اللائحة واضحة.") == []


def test_is_considered_inside_a_statement_goes_on() -> None:
    """«وقال … إن الدواء يعتبر نقلة …»: one statement through the passive."""
    assert _said("وقال أحمد سالم إن الدواء الجديد يعتبر علاجا مهما للمرضى.") == [
        ("وقال", "الدواء الجديد يعتبر علاجا مهما للمرضى")]


def test_a_speaker_considering_still_reports() -> None:
    """«ويعتبر مراقبون أن …», a long subject before «أن»: opinions reported."""
    assert _said("ويعتبر مراقبون أن الاتفاق هش.") == [("ويعتبر", "الاتفاق هش")]
    assert _said("ويعتبر دعاة التوسع في صناعة السيارات ذاتية القيادة أن الطرق آمنة.") == [
        ("ويعتبر", "الطرق آمنة")]
