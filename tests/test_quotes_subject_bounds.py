"""Where a subject phrase after the cue ends (the object, a time phrase or the office of a
named person is no part of the speaker), and what is left out of the content."""
from __future__ import annotations

import pytest

from tests.quotes_support import run, speaker_name


def _pairs(text: str) -> list[tuple[str | None, str, str]]:
    doc = run(text)
    return [(speaker_name(doc, i), s.cue.text, s.content.text) for i, s in enumerate(doc.statements)]


@pytest.mark.parametrize("text,expected", [
    # a demonstrative after a closed phrase starts the object
    ("وعدّت أمانة المنظمة هذه التصريحات غير مقبولة، مؤكدة أنها تخالف الأعراف الدبلوماسية.",
     [("أمانة المنظمة", "مؤكدة", "تخالف الأعراف الدبلوماسية")]),
    ("وأكد وزير الخارجية هذا الأسبوع أن الحكومة ستجتمع قريبا.",
     [("وزير الخارجية", "وأكد", "الحكومة ستجتمع قريبا")]),
    # an indefinite accusative («فوزا») is the object, no name
    ("وتوقع رئيس النادي فوزا سهلا على الضيوف، مشيرا إلى أن الفريق جاهز.",
     [("رئيس النادي", "وتوقع", "فوزا سهلا على الضيوف"),
      ("رئيس النادي", "مشيرا", "الفريق جاهز")]),
    # «أول من أمس» is a time phrase
    ("قال علماء أول من أمس، إن العقار يقلل المخاطر كثيرا.",
     [("علماء", "قال", "العقار يقلل المخاطر كثيرا")]),
])
def test_the_object_after_the_subject_is_no_speaker(text: str, expected: list) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text,speaker", [
    ("قالت المصادر ذاتها إن القوات انسحبت من المدينة.", "المصادر ذاتها"),
    ("تقول إحدى هذه الرسائل: نحن ننتظر التوظيف منذ سنوات طويلة.", "إحدى هذه الرسائل"),
])
def test_an_emphatic_or_a_partitive_keeps_the_phrase(text: str, speaker: str) -> None:
    """«المصادر ذاتها» ends in «ا» but is no accusative; «إحدى هذه …» governs the
    demonstrative."""
    assert speaker_name(run(text), 0) == speaker


@pytest.mark.parametrize("text,speaker", [
    ("وقال مكتب رئيس الوزراء أحمد سالم إن الحكومة ستجتمع غدا.", "مكتب رئيس الوزراء أحمد سالم"),
    ("وقال بيان صادر عن مكتب الرئيس أحمد سالم إن الحكومة ستجتمع غدا.",
     "مكتب الرئيس أحمد سالم"),
    ("وأوضح مدير مكتب الحملة أحمد سالم أن الحكومة ستجتمع غدا.", "أحمد سالم"),
    ("وأكدت الحكومة في بيان صادر عن مكتب الوزير أحمد سالم أن القوات انسحبت.", "الحكومة"),
])
def test_an_office_speaks_for_the_person(text: str, speaker: str) -> None:
    """«قال مكتب رئيس الوزراء فلان»: the office speaks (an unnamed speaker), not the person;
    a title governing «مكتب» («مدير مكتب …») still names the speaker; a channel phrase
    («في بيان صادر عن مكتب فلان») ends the subject before the name."""
    assert speaker_name(run(text), 0) == speaker


@pytest.mark.parametrize("text,content", [
    ("وقال أحمد سالم إن الحل قريب، مشيدا في ذات الوقت بجهود الحكومة لاستعادة السلام.",
     "بجهود الحكومة لاستعادة السلام"),
    ("وقال أحمد سالم إن الحل قريب، مؤكدا في الوقت نفسه استمرار الأعمال الرقابية على المحلات.",
     "استمرار الأعمال الرقابية على المحلات"),
])
def test_at_the_same_time_is_no_content(text: str, content: str) -> None:
    """«مشيدا في ذات الوقت بـ…»: «at the same time» after the cue is left out of its object
    (not taken for a setting up to the cue's preposition «على»)."""
    assert run(text).statements[1].content.text == content


@pytest.mark.parametrize("text,content", [
    ("وأكد أحمد سالم على التمازج بين الثقافتين، معبرا عن سعادته بترجمة روايته.",
     "التمازج بين الثقافتين"),
    ("وأفاد التقرير أن عدد المشتركين بلغ ألف مشترك، متطرقا إلى التنظيمات الجديدة للغرفة.",
     "عدد المشتركين بلغ ألف مشترك"),
])
def test_the_speakers_manner_after_a_comma_is_no_content(text: str, content: str) -> None:
    """«…، معبرا عن سعادته …», «…، متطرقا إلى …»: the speaker's own manner, a gloss."""
    assert run(text).statements[0].content.text == content


@pytest.mark.parametrize("text,speaker", [
    ("وصل أحمد سالم إلى المطار. وقال وهو يبتسم إن الحل قريب جدا.", "أحمد سالم"),
    ("وقالت الوزيرة وهي تبتسم إن الحل قريب جدا.", "الوزيرة"),
])
def test_a_circumstantial_clause_is_no_subject(text: str, speaker: str) -> None:
    """«وقال وهو يبتسم إن …»: «و» + pronoun opens a clause about the speaker, no name."""
    doc = run(text)
    assert speaker_name(doc, len(doc.statements) - 1) == speaker
