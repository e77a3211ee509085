"""«إن» opens reported content only as a complementizer: a conditional «إن» («حتى إن
كانت …», «ــ إن وجدت»), or an «إن» glued to the letters and digits of a code
(«اتش7إن7»), opens nothing; right after a verb of saying and its subject a conditional is
the reported sentence itself («وقال الوزير إن لم …»)."""
from __future__ import annotations

from .quotes_support import run


def _contents(text: str) -> list[str]:
    return [s.content.text for s in run(text).statements]


def test_in_of_a_letters_and_digits_code_opens_nothing() -> None:
    found = _contents("وأكدت الهيئة ظهور إصابة من سلالة اتش7إن7 في مزرعة بالشمال.")
    assert not any(c.startswith("7") for c in found)


def test_conditional_in_opens_nothing() -> None:
    found = _contents("وحذر أحمد سالم مدرب الفريق، اللاعبين من مغبة تناول أي أدوية، حتى إن "
                      "كانت بوصفة طبية، لأنها تضر بهم.")
    assert not any(c.startswith("كانت") for c in found)
    found = _contents("وأعلنت الوزارة فتح باب التوظيف، مؤكدة ضرورة إرفاق صورة من الهوية "
                      "الوطنية، إلى جانب صورة من الدورات التدريبية ــ إن وجدت، عند تقديم الطلب.")
    assert not any(c.startswith("وجدت") for c in found)
    found = _contents("وهددوا الموقع بنشر أسمائهم إن لم يغير مهنته ويتوقف عن نشاطه.")
    assert not any(c.startswith("لم") for c in found)


def test_conditional_right_after_a_verb_of_saying_is_still_reported() -> None:
    assert _contents("وقال الوزير للصحفيين إن لم تتحسن الأوضاع فسنتخذ إجراءات صارمة.") \
        == ["لم تتحسن الأوضاع فسنتخذ إجراءات صارمة"]
    assert _contents("وحذر المسؤول القرويين من ترك قراهم، قائلا إن كان ضروريا فعليهم "
                     "البقاء.")[-1] == "كان ضروريا فعليهم البقاء"


def test_number_right_after_the_complementizer_is_a_missing_space() -> None:
    assert _contents("وقال أحمد سالم ان17 شخصا قتلوا في الهجوم.") == ["17 شخصا قتلوا في الهجوم"]
