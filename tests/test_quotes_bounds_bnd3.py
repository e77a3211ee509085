"""Rules of session 13 (bnd3): a far «أن» that belongs to another head than the cue (a reason
«لأن», a pretext noun «بحجة أن») opens no content of the cue; the cue takes its noun
complement.  «تبين أن» (it turned out) and «يعتبر» + an
indefinite accusative (is considered) neither speak nor end a content."""
from __future__ import annotations

from tests.quotes_support import statement_rows


_rows = statement_rows


def test_a_far_reason_clause_is_no_complement_of_the_cue() -> None:
    """«وأكد فلان حرصه على …؛ لأن …»: the object is the content, the reason is in it."""
    rows = _rows("وأكد المواطن خالد العمر حرصه على زيارة المزارع كل أسبوع لأن الهواء فيها نقي.")
    assert rows == [("وأكد", "خالد العمر",
                     "حرصه على زيارة المزارع كل أسبوع لأن الهواء فيها نقي")]


def test_a_reason_clause_right_after_the_subject_still_opens() -> None:
    rows = _rows("وقال الوزير خالد العمر لأن الخطة ناجحة فلن نغيرها.")
    assert [r[2] for r in rows] == ["الخطة ناجحة فلن نغيرها"]


def test_the_cues_own_preposition_before_a_far_opener_is_kept() -> None:
    rows = _rows("وأكد الوزير خالد العمر خلال كلمته في الحفل على أن الخطة ناجحة.")
    assert [r[2] for r in rows] == ["الخطة ناجحة"]


def test_a_pretext_clause_is_no_complement_of_the_cue() -> None:
    """«وأكد فلان رفض الفنادق …؛ بحجة أن …»: the pretext is the hotels' claim."""
    rows = _rows("وأكد الوزير أحمد سالم رفض الفنادق استقبال الأطفال بحجة أن أماكنها غير مهيأة.")
    assert [r[2] for r in rows] == ["رفض الفنادق استقبال الأطفال بحجة أن أماكنها غير مهيأة"]


def test_it_turned_out_goes_on_inside_the_content() -> None:
    """«…، وبعد الكشف عليه تبين أنه …»: «تبين أن» with no subject is "it turned out"."""
    rows = _rows("وقالت وزارة الداخلية إن الطفل نقل إلى المستشفى، وبعد الكشف عليه تبين أنه "
                 "توفي قبل وصوله بساعة.")
    assert rows == [("وقالت", "وزارة الداخلية", "الطفل نقل إلى المستشفى، وبعد الكشف عليه "
                     "تبين أنه توفي قبل وصوله بساعة")]


def test_is_considered_goes_on_inside_the_content() -> None:
    """«…، ويعتبر امتداداً لـ…»: «يعتبر» before an indefinite accusative is "is considered"."""
    rows = _rows("وأكد خالد العمر أن التعاون مع الجامعة يهتم بأبحاث السرطان، ويعتبر امتداداً "
                 "للتميز العلمي في المملكة.")
    assert [r[2] for r in rows] == ["التعاون مع الجامعة يهتم بأبحاث السرطان، ويعتبر "
                                    "امتداداً للتميز العلمي في المملكة"]


def test_a_present_tense_cue_with_its_subject_still_speaks() -> None:
    rows = _rows("وتعتبر وزارة الداخلية أن الخطة ناجحة.")
    assert rows == [("وتعتبر", "وزارة الداخلية", "الخطة ناجحة")]
