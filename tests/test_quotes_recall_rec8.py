"""Rules of session 13 (rec8): a one-word subject between a reporting verb and its «أن»
speaks («وأوضح الصندوق أن …», «وقالت النقابات إن …», «وكشف فلان أنه …»), unless it is a
document, a thing, a time or the verb's object."""
from __future__ import annotations

import pytest

from arabic_extract.quotes.cues import lexicon
from tests.quotes_support import run, statement_rows

_rows = statement_rows


@pytest.mark.parametrize("text, speaker, content", [
    ("وقالت النقابات إن الوقت حان لزيادة أجور القطاع العام هذا العام.", "النقابات",
     "الوقت حان لزيادة أجور القطاع العام هذا العام"),
    ("وأضاف المركز أن مقاتلي المقاومة يفرضون حصارا على القاعدة منذ أيام.", "المركز",
     "مقاتلي المقاومة يفرضون حصارا على القاعدة منذ أيام"),
    ("وأكد الضابط أن التنظيم قد يحاول الهجوم على الحدود خلال الأسابيع المقبلة.", "الضابط",
     "التنظيم قد يحاول الهجوم على الحدود خلال الأسابيع المقبلة"),
    ("وقال السياسي اليمني إن أربعة وزراء وصلوا يوم الخميس إلى المدينة.", "السياسي اليمني",
     "أربعة وزراء وصلوا يوم الخميس إلى المدينة"),  # a definite noun and its adjective
    ("وأشار المدعي العام إلى أنه قام بتحقيقات ميدانية في عدة مدن.", "المدعي العام",
     "قام بتحقيقات ميدانية في عدة مدن"),  # the cue's own preposition before «أن»
])
def test_a_one_word_subject_before_the_opener_speaks(text: str, speaker: str,
                                                      content: str) -> None:
    """Nothing but the subject stands between the verb and its «أن»: a body, a person or
    a name the lexicons do not list spoke."""
    assert _rows(text) == [(text.split()[0], speaker, content)]


def test_a_one_word_person_noun_speaks_and_her_continuation_follows() -> None:
    """«وقالت العمدة إن …. وأضافت أن …»: a person the title lexicon does not list."""
    doc = run("وقالت العمدة إن كلية النساء لم تكن بمثل أهميتها كما هي الآن. وأضافت أن "
              "الكلية ستفتح أبوابها في الخريف المقبل.")
    assert [(s.cue.text, s.speaker.name or s.speaker.text, s.content.text)
            for s in doc.statements] == [
        ("وقالت", "العمدة", "كلية النساء لم تكن بمثل أهميتها كما هي الآن"),
        ("وأضافت", "العمدة", "الكلية ستفتح أبوابها في الخريف المقبل")]


@pytest.mark.parametrize("text", [
    "وكشفت النتائج أن الأشخاص الذين ارتفعت مؤشراتهم أصيبوا بالمرض لاحقا.",  # a document
    "وبرر الارتفاع بأن الشراء من المصنع أصبح أغلى من العام الماضي.",  # the verb's object
    "أكد الأسبوع أنه وصل إلى سن البلوغ وأصبح يقف على أرجله.",  # a time word
    "وتوقع الجميع أن يكون الفريق الضيف صيدا سهلا للنادي المضيف.",  # everyone
    "وقالت الفقرة السابعة إن إجمالي الأجهزة المقلدة بلغ نحو ألف جهاز.",  # a document
    "وشددت الإجراءات والضوابط الانتخابية على أن الهوية هي الوثيقة الوحيدة.",  # and: a list
])
def test_a_one_word_non_speaker_before_the_opener_reports_nothing(text: str) -> None:
    assert run(text).statements == ()


def test_a_bare_bayna_or_an_object_verb_takes_no_lone_subject() -> None:
    """«وبين الناس أن …» (between), «وبرر الارتفاع بأن …»: no lone subject; the
    feminine «وبينت الصحف أن …» is the verb."""
    from arabic_extract.quotes.lone_subject import _noun_like  # new in this round
    table = lexicon()
    assert _noun_like(table["وبين"]) and _noun_like(table["وبرر"])
    assert not _noun_like(table["وبينت"]) and not _noun_like(table["واكد"])


def test_awrada_reports_with_its_opener() -> None:
    """«أورد» (cited, reported) is a strict reporting verb: «وأوردت فلانة أن …»."""
    assert _rows("وأوردت ليلى حسن أن الوزير وقع القرار صباح أمس في بغداد.") == [
        ("وأوردت", "ليلى حسن", "الوزير وقع القرار صباح أمس في بغداد")]


def test_awrada_with_an_object_reports_nothing() -> None:
    """«الوكالة التي أوردت الخبر»: no opener, no statement."""
    assert run("ولم تقدم وكالة الأنباء العراقية التي أوردت الخبر تفاصيل عن الحادث في بغداد."
               ).statements == ()
