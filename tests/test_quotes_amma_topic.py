"""«أما X … ف<cue>»: the fronted topic speaks even when the NER missed its name."""
from __future__ import annotations

import pytest

from tests.quotes_support import run

_BEFORE = "وقال أحمد سالم إن المعرض ناجح. "


@pytest.mark.parametrize("text,speaker", [
    # a describing adjective of origin before a name the NER missed
    (_BEFORE + "أما الأردني نبيل زريقات فقال إن التنظيم كان ممتازا.", "نبيل زريقات"),
    # a given name the NER missed, with an age after it
    (_BEFORE + "أما سامي 25 عاما فقال: التذاكر كانت غالية جدا هذا العام.", "سامي"),
])
def test_the_topic_after_amma_speaks(text: str, speaker: str) -> None:
    statements = run(text).statements
    assert [s.speaker.text for s in statements][1:] == [speaker]


def test_a_place_or_a_phrase_after_amma_keeps_the_last_speaker() -> None:
    text = _BEFORE + "أما في المساء فقال إن الزوار كانوا أكثر."
    statements = run(text).statements
    assert [s.speaker.text for s in statements][1:] != ["المساء"]
