"""«بين» and «عقب» need a written shadda to be sure verbs, since bare they are also the
prepositions "between" and "after".  A past suffix makes them as sure (quotes/cues.py):
«وبينت الوزارة أن …» speaks like «وأوضحت الوزارة أن …», while the bare «وبين الوزارة …»
stays the preposition."""
from __future__ import annotations

import pytest

from .quotes_support import run

_NEWS = "أعلنت وزارة الداخلية القبض على عشرة مطلوبين في بغداد. "


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.name or "", s.cue.text) for s in run(text).statements]


@pytest.mark.parametrize("cue", ["وبينت", "وبيّنت", "وأوضحت"])
def test_ministry_named_before_speaks_with_a_suffixed_verb(cue: str) -> None:
    text = _NEWS + f"{cue} الوزارة أن المقبوض عليهم أحيلوا إلى القضاء."
    assert _said(text)[-1] == ("وزارة الداخلية", cue)


def test_bare_between_with_a_body_stays_the_preposition() -> None:
    text = _NEWS + "وبين الوزارة والهيئة اتفاق على أن المقبوض عليهم أحيلوا إلى القضاء."
    assert all(cue != "وبين" for _, cue in _said(text))
