"""A present-tense cue verb with «و» and no opener or subject of its own goes on the
reported clause, whose subject it shares («… سيكون إضافة جيدة ويقلل من معاناة …»); a past
verb, or a present one with its own opener or subject, starts the next statement."""
from __future__ import annotations

from .quotes_support import run


def _contents(text: str) -> list[str]:
    return [s.content.text for s in run(text).statements]


def test_present_verb_without_opener_goes_on_the_clause() -> None:
    assert _contents("وقال الوزير إن المشروع سيكون إضافة جيدة للمدينة ويقلل من معاناة "
                     "السكان في الأحياء القديمة.") \
        == ["المشروع سيكون إضافة جيدة للمدينة ويقلل من معاناة السكان في الأحياء القديمة"]


def test_present_verb_with_its_own_opener_or_subject_starts_a_statement() -> None:
    assert _contents("وأكد المدير أن البرنامج يخدم الطلاب ويؤكد المشرف أن التسجيل مفتوح.") \
        == ["البرنامج يخدم الطلاب", "التسجيل مفتوح"]
    assert _contents("وأكدت الوزارة أن الحملة مستمرة في كل المدن وتهيب الوزارة بالمواطنين "
                     "الالتزام بالتعليمات.")[0] == "الحملة مستمرة في كل المدن"


def test_past_verb_still_starts_the_next_statement() -> None:
    assert _contents("وقال الوزير إن المشروع سيكون إضافة جيدة وأكد المدير أن العمل بدأ.") \
        == ["المشروع سيكون إضافة جيدة", "العمل بدأ"]
