"""The addressee of a verb of demand or appeal («دعا», «ناشد», «طالب», «حث») is no part of
its subject: the people addressed, a definite oblique plural or a country after a closed
subject phrase start the object."""
from __future__ import annotations

import pytest

from arabic_extract.quotes.appeal_object import addressee_starts
from arabic_extract.quotes.context import Context
from tests.quotes_support import make_doc, run


def _speaker_texts(text: str) -> list[str | None]:
    return [s.speaker.text for s in run(text).statements]


@pytest.mark.parametrize("text,speaker", [
    # a word for the public after the subject
    ("ودعت البلدية المواطنين ممن يملكون محلات تجارية تجديد رخصهم قبل نهاية الشهر.",
     "البلدية"),
    ("وناشدت الهيئة المجتمع الدولي التدخل لوقف القتال في المدينة.", "الهيئة"),
    ("ودعت الإدارة العامة جميع السائقين الالتزام بالسرعة المحددة.", "الإدارة العامة"),
    # a definite oblique plural cannot agree with a nominative singular subject
    ("ودعا موقع الجمعية المتطوعين الراغبين في المشاركة تسجيل بياناتهم.", "موقع الجمعية"),
])
def test_the_addressee_is_no_part_of_the_subject(text: str, speaker: str) -> None:
    assert _speaker_texts(text)[:1] == [speaker]


@pytest.mark.parametrize("text,expected", [
    ("ودعت الوزارة المواطنين إلى الحذر.", True),
    # a plural subject may go on with an oblique-looking word; a report verb has no addressee
    ("ودعا المسؤولون المحليين إلى الحوار.", False),
    ("وقالت الوزارة المواطنين ملتزمون بالتعليمات.", False),
    # «والمواطنين»: the subject is conjoined, it goes on
    ("ودعت الوزارة والمواطنين إلى الحذر.", False),
])
def test_where_the_addressee_starts(text: str, expected: bool) -> None:
    ctx = Context.build(make_doc(text))
    assert addressee_starts(ctx, 1, 2) is expected


def _contents(text: str) -> list[str]:
    return [s.content.text for s in run(text).statements]


@pytest.mark.parametrize("text,content", [
    # the public addressed, then the demanded act (no preposition of the cue)
    ("وناشدت البلدية المواطنين والمقيمين أخذ الحذر عند عبور الطريق.",
     "أخذ الحذر عند عبور الطريق"),
    ("ناشد الرجل الجهات المختصة مساعدته في علاج ابنه.", "مساعدته في علاج ابنه"),
    # «جميع …» then the cue's preposition («على» left out as the addressee's end)
    ("وطالب المدير جميع الموظفين بالالتزام بمواعيد العمل.", "بالالتزام بمواعيد العمل"),
])
def test_the_addressed_public_is_no_part_of_the_content(text: str, content: str) -> None:
    assert _contents(text)[:1] == [content]


@pytest.mark.parametrize("text,content", [
    # a relative after the addressee: where the act starts is unsure, the phrase stays
    ("ودعت الوزارة المواطنين ممن يرغبون في التسجيل مراجعة مكاتبها.",
     "المواطنين ممن يرغبون في التسجيل مراجعة مكاتبها"),
    # «الجميع التعاون»: a definite act is no adjective of the public
    ("وناشدت الإدارة الجميع التعاون مع فرق العمل.", "الجميع التعاون مع فرق العمل"),
])
def test_an_unsure_addressee_end_keeps_the_content(text: str, content: str) -> None:
    assert _contents(text)[:1] == [content]
