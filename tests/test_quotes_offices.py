"""An office with a title and no name after it speaks as the whole phrase
(quotes/subjects.py ``_office_subject``): «أوضح مكتب رئيس الوزراء التركي أن …»."""
from __future__ import annotations

from .quotes_support import run


def test_an_office_and_a_title_speak_as_one_phrase() -> None:
    doc = run("وأوضح مكتب رئيس الوزراء التركي أن الاجتماع تأجل إلى الأسبوع المقبل.")
    speaker = doc.statements[0].speaker
    assert speaker.entity is None
    assert speaker.text == "مكتب رئيس الوزراء التركي"
