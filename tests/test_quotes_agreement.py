"""Quote attribution: gender agreement of a cue without subject with a speaker whose
gender is guessed (quotes/genders.py), the addressee of a verb of demand
(quotes/addressees.py), a relative as speaker (quotes/kin.py) and announced things
(quotes/nonspeech.py)."""
from __future__ import annotations

from arabic_extract.document import Speaker
from arabic_extract.quotes.genders import likely_gender, name_gender, title_gender

from .quotes_support import run


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker.name, s.speaker.text) for s in run(text).statements]


def test_given_name_and_title_gender():
    assert name_gender("خالد العمر") == "m" and name_gender("عبدالرحمن الراشد") == "m"
    assert name_gender("عزيزة الراشد") == "f" and name_gender("حمزة العلي") == "m"
    assert name_gender("الله") is None and name_gender("كريستين لاغارد") is None
    assert title_gender("مديرة المدرسة") == "f" and title_gender("مدير الإدارة") == "m"
    assert likely_gender(Speaker(None, "المتحدثة باسم الوزارة")) == "f"


def test_feminine_cue_skips_a_male_given_name():
    text = "التقى خالد العمر الوفد أمس. ولفتت إلى أن الوزارة وفرت الكتب."
    assert [s for s in _speakers(text) if s[0] == "خالد العمر"] == []


def test_feminine_cue_skips_an_unnamed_man_cued_before():
    text = "وقال مدير الإدارة إن الاجتماع كان مثمرا. وشاركت في الحفل ليلى حسن. " \
        "ولفتت إلى أن الوزارة وفرت الكتب."
    assert _speakers(text)[-1][0] != "مدير الإدارة"


def test_unnamed_woman_goes_on_with_her_cued_gender():
    text = "وقالت عضو مجلس الشورى إن الاجتماع كان مثمرا. وأضافت أن الوزارة وفرت الكتب."
    assert _speakers(text)[-1][0] == "عضو مجلس الشورى"


def test_country_after_demand_verb_is_the_addressee():
    text = "وقال أحمد سالم إن الوضع خطير. ودعا واشنطن إلى التدخل الفوري لوقف القتال."
    assert [name for name, _ in _speakers(text)] == ["أحمد سالم", "أحمد سالم"]


def test_relative_with_pronoun_is_the_speaker():
    text = "قتل أحمد سالم أمس. ويقول والده إن ابنه كان بريئا."
    assert _speakers(text) == [(None, "والده")]


def test_announced_thing_is_no_statement():
    assert run("الوزارة تعلن عن موعد بدء الدراسة").statements == ()
    assert run("تعلن نتائج القبول الأسبوع المقبل\nيعلن عن موعد البطولة قريبا").statements == ()
