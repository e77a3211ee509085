"""A cue with no subject and a eulogy right after it («وقال عليه السلام: …») is the
figure cited last, not the preacher citing him; nobody cited before: no statement; a
feminine cue after a masculine figure keeps its usual speaker: made-up sentences."""
from __future__ import annotations


def _said(nlp, text: str) -> list[tuple[str, str]]:
    return [(s.cue.text, s.speaker.name) for s in nlp(text).statements]


def test_the_eulogy_after_the_cue_names_the_one_cited(nlp) -> None:
    text = ("وقال الشيخ سعد الفلاني إن الصبر واجب. وقد قال رسول الله صلى الله عليه وسلم: "
            "«الصبر ضياء». وقال عليه السلام: «الطهور شطر الإيمان». وأوضح أن الصلاة نور.")
    assert _said(nlp, text) == [("وقال", "سعد الفلاني"), ("قال", "رسول الله"),
                                ("وقال", "رسول الله"), ("وأوضح", "سعد الفلاني")]


def test_with_nobody_cited_before_the_preacher_does_not_get_the_hadith(nlp) -> None:
    text = ("وقال الشيخ سعد الفلاني إن الصبر واجب. وقال عليه السلام: «الطهور شطر "
            "الإيمان». وأوضح أن الصلاة نور.")
    assert _said(nlp, text) == [("وقال", "سعد الفلاني"), ("وأوضح", "سعد الفلاني")]


def test_a_feminine_cue_does_not_go_to_the_prophet(nlp) -> None:
    text = ("سئلت عائشة رضي الله عنها عن صلاته. وقال رسول الله صلى الله عليه وسلم: «صلوا "
            "كما رأيتموني أصلي». فقالت رضي الله عنها: «كان لا يزيد على إحدى عشرة ركعة».")
    assert _said(nlp, text)[-1] == ("فقالت", "عائشة")
