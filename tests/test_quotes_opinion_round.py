"""Statement misses of the final audit: an أن-clause after a colon with a cue that does not
take bare colon speech, the participle of «اعتبر» with a noun complement, and the public
addressed by a demand verb right after it."""
from __future__ import annotations

from .quotes_support import statement_triples


def test_colon_then_complementizer_speaks() -> None:
    """«وأشار: أنه …»: «أشار» takes no bare colon speech, but «: أن» is indirect speech."""
    text = "وقال أحمد سالم إن المشروع تأخر كثيرا. وأشار: أنه كمختصين يرون أن الحل قريب."
    assert statement_triples(text)[1] == ("أحمد سالم", "وأشار", "كمختصين يرون أن الحل قريب")


def test_colon_far_after_the_cue_is_a_list() -> None:
    """«أعلنت الكلية عن فتح باب القبول ضمن الشروط الآتية: أن …»: conditions, no speech."""
    text = "أعلنت وزارة الداخلية عن فتح باب القبول للوظائف ضمن الشروط الآتية: أن يكون " \
           "المتقدم سعودي الجنسية."
    assert [s for s in statement_triples(text) if s[2].startswith("يكون")] == []


def test_considering_participle_with_noun_complement() -> None:
    """«معتبرا الدمج بينهما خطأ»: an opinion given as object and predicate."""
    text = "وقال أحمد سالم إن المشروع تأخر كثيرا، معتبرا الدمج بين الإدارتين خطأ كبيرا."
    assert ("أحمد سالم", "معتبرا", "الدمج بين الإدارتين خطأ كبيرا") in statement_triples(text)


def test_is_considered_says_nothing() -> None:
    """«ويعتبر الموقع مثاليا …» ("is considered") reports no opinion of anyone."""
    text = "وقال أحمد سالم إن المشروع تأخر كثيرا. ويعتبر الموقع مثاليا لرصد الفوهات القمرية."
    assert [s[1] for s in statement_triples(text)] == ["وقال"]


def test_feminine_demand_to_the_public_keeps_the_ministry() -> None:
    """«وطالبت المواطنين بـ…»: the oblique plural is the public addressed; the feminine
    verb goes on with the ministry, not with its spokesman named before."""
    text = "وأكدت وزارة الداخلية على لسان متحدثها أحمد سالم أن الأمن مستتب. " \
           "وطالبت المواطنين بالتعاون مع الأجهزة الأمنية."
    assert statement_triples(text)[1] == ("وزارة الداخلية", "وطالبت", "بالتعاون مع الأجهزة الأمنية")


def test_participle_after_demand_to_the_public() -> None:
    """«ودعا الراغبين في الترشح …، مؤكدا بأنها …»: the oblique plural after the demand verb
    is addressed; the participle goes on with the one who called, not with them."""
    text = "وقال أحمد سالم إن المشروع تأخر. ودعا الراغبين في الترشح قراءة النظام الجديد، " \
           "مؤكدا بأنها خطوة تشجيعية للناس."
    assert ("أحمد سالم", "مؤكدا", "خطوة تشجيعية للناس") in statement_triples(text)


def test_nominative_plural_after_demand_still_speaks() -> None:
    """«ودعا المشاركون …»: a nominative plural is the subject, not the public addressed."""
    text = "وقال أحمد سالم إن المشروع تأخر. ودعا المشاركون إلى وقف الحرب فورا."
    assert statement_triples(text)[1][0] == "المشاركون"
