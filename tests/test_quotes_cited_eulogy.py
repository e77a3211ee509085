"""A prophet or companion cited with a eulogy after his name («فقال نوح عليه السلام»,
«رضي الله عنه»; quotes/data/eulogies.txt) keeps his own statement, but does not become the
running speaker: a later «مبينا», «وأوضح», «وقال» goes on with the preacher citing him
(quotes/citations.py)."""
from __future__ import annotations

from functools import lru_cache

import pytest

import arabic_extract


@lru_cache(maxsize=1)
def _nlp() -> arabic_extract.Pipeline:
    return arabic_extract.load()

_SERMON = "وقال الشيخ سعود الشريم في خطبة الجمعة إن التقوى أساس الفلاح. "


def _said(text: str) -> list[tuple[str, str]]:
    doc = _nlp()(text)
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(s.speaker.entity or "", s.speaker.text or ""), s.content.text[:20])
            for s in doc.statements]


def test_participle_after_a_prophet_goes_on_with_the_preacher() -> None:
    text = _SERMON + ("وأضاف أن الأنبياء يدعون للمؤمنين، فقال نوح عليه السلام ((رب اغفر لي "
                      "ولوالدي ولمن دخل بيتي مؤمنا)) ، مبينا أن النبي كان يستغفر للمؤمنين. "
                      "وقال إن الله يحب المتقين.")
    speakers = [who for who, _ in _said(text)]
    assert speakers == ["سعود الشريم"] * 4


@pytest.mark.parametrize("cited, name", [
    ("وقال عمر بن الخطاب رضي الله عنه إن الحساب قريب.", "عمر بن الخطاب"),
    ('وقال رسول الله صلى الله عليه وسلم: "الدين النصيحة".', "رسول الله"),
])
def test_later_cue_goes_back_to_the_preacher(cited: str, name: str) -> None:
    said = _said(_SERMON + cited + " وأوضح أن النصيحة واجبة على كل مسلم.")
    assert [who for who, _ in said] == ["سعود الشريم", name, "سعود الشريم"]
