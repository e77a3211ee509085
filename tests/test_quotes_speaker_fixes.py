"""Speakers: sources of a body are not the body («مصادر «الصحيفة»» …
«وذكرت المصادر»: quotes/anaphora.py with data/member_nouns.txt); a subjectless cue goes on
with the clause subject past a fragment cut off after a year (quotes/topics.py); a time
phrase ends an unnamed subject («يوم الخميس»: data/function_words.txt [subject_end]); a
title after the name and an official's nationality make title anaphora (quotes/title_fits.py);
«هناك من يقول» names nobody (quotes/generic_who.py)."""
from __future__ import annotations

from arabic_extract.entities import EntityLinker

from .quotes_support import make_doc, run, speaker_name


def test_sources_of_a_named_body_stay_unnamed_sources() -> None:
    for source in ("مصادر «وزارة الداخلية»", "مصادر بوزارة الداخلية"):
        doc = run(f"وذكرت {source} أن القتال اندلع أمس. وقالت المصادر إن القادة تدخلوا "
                  "لوقف القتال.")
        assert doc.statements[-1].speaker.entity is None
        assert speaker_name(doc, -1) == "المصادر"


def test_a_body_introduced_by_its_own_head_still_refers_back() -> None:
    doc = run("وذكرت وكالة الأنباء العراقية أن القتال اندلع أمس. وقالت الوكالة إن "
              "القادة تدخلوا لوقف القتال.")
    assert speaker_name(doc, -1) == "وكالة الأنباء العراقية"


def test_a_subjectless_cue_goes_on_past_a_fragment_after_a_year() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وأمضى خالد العمر سبعة أشهر في الاعتقال في "
              "1987. بتهمة التجسس للخارج.\n\nوقال: «عندما اقتادوني إلى الزنزانة كانت جحيما».")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_time_phrase_ends_an_unnamed_subject() -> None:
    doc = run("قالت جامعة بريطانية يوم الخميس إن الدراسة شملت ألف طالب.")
    assert speaker_name(doc, 0) == "جامعة بريطانية"
    doc = run("أعلنت السلطات المحلية ليلة أمس إغلاق الطريق.")
    assert speaker_name(doc, 0) == "السلطات المحلية"


def test_a_title_written_after_the_name_lets_the_bare_title_refer_back() -> None:
    doc = run("أكد الشيخ أحمد سالم وزير الداخلية بمملكة البحرين أن التدخلات مرفوضة. وقال "
              "الشيخ أحمد سالم إن البلاد لن تتردد. وبين الوزير أن الدول متضامنة.")
    assert doc.statements[-1].speaker.name == "أحمد سالم"


def test_an_official_named_by_nationality_is_the_person_with_it() -> None:
    doc = run("صرح المتحدث باسم الخارجية الأمريكية حسين علاوي بأن الحوار مستمر. وقالت "
              "ليلى حسن إن الوفد وصل. وقال المسؤول الأمريكي إن الاتفاق مهم.")
    assert doc.statements[-1].speaker.name == "حسين علاوي"
    doc = run("صرحت المتحدثة باسم الحكومة ليلى حسن بأن الحوار مستمر. وقال المسؤول "
              "الحكومي إن الاتفاق مهم.")
    assert doc.statements[-1].speaker.entity is None


def test_whoever_says_is_nobody() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وهناك من يقول إن الحكومة فشلت.")
    assert len(doc.statements) == 1
    doc = run("وقال أحمد سالم إن الوضع صعب. ولا أستغرب أن يأتيك من يقول لك إن العرب موتى.")
    assert len(doc.statements) == 1


def test_first_who_keeps_its_antecedent() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وكانت وكالة الأنباء العراقية أول من ذكرت أن "
              "الوزارة قررت بيع الصحيفة.")
    assert len(doc.statements) == 2


def test_a_relative_cue_after_a_comma_or_apposition_is_the_named_person() -> None:
    doc = run("وقال أحمد سالم إن الفريق جاهز. وشهد اللقاء حضور رئيس النادي خالد العمر، "
              "الذي تمنى أن يجني الفريق ثمار المعسكر.")
    assert speaker_name(doc, -1) == "خالد العمر"
    doc = run("وقال أحمد سالم إن الفريق جاهز. واتفقت مع خالد العمر، المدعي العام للمقاطعة، "
              "الذي قال إن المتهم كان يعلم.")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_relative_cue_disagreeing_with_the_name_is_not_the_persons() -> None:
    doc = run("وقال أحمد سالم إن الفريق جاهز. تأتي هذه الخطوة مستمدة من توجيهات أمير "
              "المنطقة رئيس مجلس إدارة الجمعية الأمير خالد العمر، التي تدعو إلى الانتقال "
              "بالعمل الخيري إلى ما هو أفضل.")
    assert all(s.speaker.name != "خالد العمر" for s in doc.statements)


def test_a_plural_relative_cue_is_not_the_persons_before_it() -> None:
    doc = run("انتقد سياسيون في البلاد اللاعب خالد العمر، الذين يقولون إن ملابسه لم تكن لائقة.")
    assert all(s.speaker.name != "خالد العمر" for s in doc.statements)


def test_a_masculine_verb_ending_in_ta_opens_a_topic() -> None:
    doc = run("وقال أحمد سالم إن الوضع صعب. وبات خالد العمر يريد أن يرى المتهم في المحكمة. "
              "وقال: «يجب أن يحضر».")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_participle_describing_the_noun_before_it_reports_nothing() -> None:
    import arabic_extract
    nlp = arabic_extract.load()
    for text in ("وصل الرئيس الفرنسي جان دوبون مساء أمس إلى كينيا في زيارة وسط إجراءات "
                 "أمنية مشددة في هذا البلد الذي يشهد هجمات.",
                 "وصل وزير الدفاع الفرنسي جان دوبون إلى بغداد في زيارة غير معلنة للقاء "
                 "مسؤولين عراقيين."):
        assert nlp(text).statements == ()


def test_a_participle_after_a_noun_it_does_not_agree_with_still_reports() -> None:
    from arabic_extract.quotes.adjectival import adjectival
    from arabic_extract.quotes.context import Context
    doc = make_doc("وتدخل الضابط دون حدوث أي اشتباكات مطالباً الجميع بالهدوء، وسط إجراءات "
                   "أمنية مشددة في المدينة.")
    ctx = Context.build(EntityLinker()(doc))
    found = {tok.text: adjectival(ctx, i, ctx.cue(i)) for i, tok in enumerate(doc.tokens)
             if ctx.cue(i) is not None}
    assert found == {"مطالباً": False, "مشددة": True}


def test_a_belief_verb_after_the_relative_is_no_statement_of_the_person() -> None:
    doc = run("وقال أحمد سالم إن الحرب مستمرة. وكان المدون خالد العمر، الذي يعتقد أنه من "
              "جماعة معارضة، قد نشر سلسلة تغريدات.")
    assert all(s.speaker.name != "خالد العمر" for s in doc.statements)


def test_the_person_of_a_trailing_according_phrase_goes_on_speaking() -> None:
    doc = run("وقال أحمد سالم إن الأزمة مختلفة. وأول عملية أجراها الاتحاد تظهر ثقة "
              "المستثمرين، بحسب خالد العمر الذي أشرف على العملية. وقال إن الطلب كان كبيرا.")
    assert speaker_name(doc, -1) == "خالد العمر"
