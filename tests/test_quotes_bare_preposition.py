"""A reporting verb written like a preposition («عقب» after, «بين» between; no shadda, no
«و») is the verb only where a clause starts (quotes/ambiguous.py): after a noun it is the
preposition of a time phrase, and the opener after it belongs to the earlier cue."""
from __future__ import annotations

import pytest

from .quotes_support import run

_VISIT = "زار الأمير خالد الفيصل مستشفى الملك فهد في جدة. "


def _said(text: str) -> list[tuple[str, str, str]]:
    doc = run(text)
    return [(s.speaker.name or "", s.cue.text, s.content.text) for s in doc.statements]


@pytest.mark.parametrize("middle", ["في تصريح عقب الزيارة :", "في تصريح عقب الزيارة:",
                                    "عقب الزيارة إن", "في تصريح صحفي عقب الزيارة إن"])
def test_time_phrase_with_after_keeps_the_speech(middle: str) -> None:
    text = _VISIT + f"وقال خالد الفيصل {middle} المستشفى يقدم خدمات متميزة للمرضى."
    said = _said(text)
    assert [(n, c) for n, c, _ in said] == [("خالد الفيصل", "وقال")]
    assert said[0][2].endswith("المستشفى يقدم خدمات متميزة للمرضى")


def test_between_after_a_connective_is_still_the_verb() -> None:
    text = "وأكد الوزير خالد الفيصل أن المشروع يسير وفق الخطة، فيما بين المدير أن العمل سينتهي."
    assert [(c, t) for _, c, t in _said(text)] == [("وأكد", "المشروع يسير وفق الخطة"),
                                                   ("بين", "العمل سينتهي")]


def test_after_the_session_between_commas_is_still_the_main_cues() -> None:
    text = "وأوضح الوزير خالد الفيصل في بيانه للوكالة، عقب الجلسة، أن المجلس وافق على النظام."
    assert _said(text) == [("خالد الفيصل", "وأوضح", "المجلس وافق على النظام")]
