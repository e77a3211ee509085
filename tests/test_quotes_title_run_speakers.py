"""Speaker round spk3 (blind dev): a name closing a title run before «، أن»
(quotes/complement.py), the subject of «كان … قد» (quotes/kana_subject.py), a quoted name
after a preposition is no SVO subject (quotes/preverbal.py) and a partitive + plural of
people before the verb (quotes/partitive_groups.py)."""
from __future__ import annotations

from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.context import Context
from arabic_extract.quotes.kana_subject import kana_name

from .quotes_support import make_doc, run, speaker_name


def test_a_name_after_a_title_run_with_a_comma_before_the_clause() -> None:
    doc = run("وأوضح منسق عام اللجنة المحلية قيس المحمداوي، أن الخطة جاهزة.")
    assert speaker_name(doc, 0) == "قيس المحمداوي"


def test_a_title_run_without_a_name_keeps_the_title() -> None:
    doc = run("قال أحمد سالم إن العمل مستمر. وأوضح منسق عام اللجنة المحلية، أن الخطة جاهزة.")
    assert doc.statements[-1].speaker.entity is None


def test_the_name_before_qad_in_a_pluperfect_clause_speaks() -> None:
    doc = run("قال أحمد سالم إن الجلسة تأجلت. وكان المتهم الأول في هذه القضية قيس "
              "المحمداوي قد أقر أمام المحكمة بأنه قام بتجهيز الحزام.")
    assert speaker_name(doc, -1) == "قيس المحمداوي"


def test_the_name_right_after_kana_speaks_past_its_apposition() -> None:
    doc = run("قال أحمد سالم إن الثغرة خطيرة. وكان حسين علاوي الباحث في شركة «وزارة "
              "الداخلية»قد كشف الثغرة الموجودة في النظام.")
    assert speaker_name(doc, -1) == "حسين علاوي"


def _kana(text: str, verb: str) -> object:
    doc = make_doc(text)
    ctx = Context.build(EntityLinker()(doc))
    return kana_name(ctx, next(k for k, tok in enumerate(doc.tokens) if tok.text == verb))


def test_a_name_led_by_the_subject_does_not_speak_for_it() -> None:
    assert _kana("وكان مجلس إدارة النادي برئاسة المستشار خالد العمر قد حذر الجماهير من "
                 "التواجد في المدرجات.", "حذر") is None
    assert _kana("وكان رئيس النادي خالد العمر قد حذر الجماهير من التواجد في المدرجات.",
                 "حذر") is not None


def test_a_body_quoted_after_a_preposition_is_no_subject() -> None:
    doc = run("ولكن القيادي حسين علاوي كتب تعليقا على حسابه في موقع «وكالة الأنباء العراقية» "
              "يقول: «ليس هناك أي حساب للسيد في الموقع، وكل ما ينشر مزور».")
    assert speaker_name(doc, 0) == "حسين علاوي"


def test_a_quoted_body_after_its_head_still_speaks() -> None:
    doc = run("قال أحمد سالم إن الأسعار ارتفعت. لكن «وزارة الداخلية» أكدت أن الأسعار "
              "انخفضت.")
    assert speaker_name(doc, -1) == "وزارة الداخلية"


def test_a_partitive_and_a_plural_of_people_speak_unnamed() -> None:
    doc = run("قال المخرج أحمد سالم إن الفيلم نجح. أحد المداخلين الأمريكيين المعجبين "
              "بالفيلم دعا أن يعرض الفيلم في المهرجانات.")
    speaker = doc.statements[-1].speaker
    assert speaker.entity is None and speaker.text.startswith("أحد المداخلين")


def test_a_name_closing_a_title_run_before_time_words_and_the_clause() -> None:
    doc = run("قال كبير المفاوضين في الملف النووي قيس المحمداوي اليوم الأربعاء إن المحادثات "
              "مستمرة.")
    assert speaker_name(doc, 0) == "قيس المحمداوي"


def test_a_name_closing_a_title_run_before_the_cues_complement() -> None:
    doc = run("قال أحمد سالم إن السوق هادئ. ويشير مقاول البناء والتشييد قيس المحمداوي إلى "
              "أن البلك بديل جيد.")
    assert speaker_name(doc, -1) == "قيس المحمداوي"


def test_a_name_after_a_quoted_addressee_is_no_late_speaker() -> None:
    from arabic_extract.quotes.complement import late_name
    doc = make_doc("أكد رئيس لجنة الاحتراف لـ\"الوطن\" صحة انتقال اللاعب حسين علاوي إلى "
                   "النادي.")
    ctx = Context.build(EntityLinker()(doc))
    assert late_name(ctx, 1, len(doc.tokens)) is None


def test_a_family_noun_keeps_the_name_after_it_a_genitive() -> None:
    doc = run("قالت عائلة زعيم الحركة الراحل قيس المحمداوي اليوم الأحد إنها لم تدعم خليفته.")
    assert doc.statements[0].speaker.entity is None


def test_a_name_closing_a_title_run_before_an_addressee_and_the_clause() -> None:
    doc = run("قال أبرز الداعين إلى المحاكمة في المنظمة حسين علاوي، لوكالة الأنباء العراقية: "
              "إن المحاكمة عادلة.")
    assert speaker_name(doc, 0) == "حسين علاوي"


def test_ali_after_a_person_is_the_next_name_of_the_chain() -> None:
    from arabic_extract.ner.surface import ali_after
    tags = ["O", "B-PER", "O", "O", "O"]
    ali_after(["أكد", "محمد", "علي", "النقي", "أن"], tags)
    assert tags == ["O", "B-PER", "I-PER", "I-PER", "O"]
    tags = ["B-PER", "O", "B-PER", "I-PER"]
    ali_after(["محمد", "علي", "جعفري", "سليماني"], tags)
    assert tags == ["B-PER", "I-PER", "I-PER", "I-PER"]
    tags = ["B-PER", "O", "O"]  # the preposition «على» is no name
    ali_after(["البكري", "على", "أن"], tags)
    assert tags == ["B-PER", "O", "O"]
