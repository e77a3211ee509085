"""The kind of speech after a colon: «وقال فلان: إن …» with no quote mark is reported
(indirect) speech, GUIDELINES: "direct" is the text inside quote marks and the content of
indirect speech is the clause after أن/إن; «وقال فلان: الوضع …» stays direct."""
from __future__ import annotations

import pytest

from .quotes_support import run


@pytest.mark.parametrize("text,content,kind", [
    ("وقال أحمد سالم: إن الوضع في المدينة مستقر تماما.", "الوضع في المدينة مستقر تماما",
     "indirect"),
    ("وأضاف أحمد سالم: إننا ننظر في آليات تنمية الموارد.", "ننظر في آليات تنمية الموارد",
     "indirect"),
    ("وقال أحمد سالم: إن الخطة «صفقة جيدة سعينا إليها طويلا» في المفاوضات.",
     "الخطة «صفقة جيدة سعينا إليها طويلا» في المفاوضات", "mixed"),
    ("وقال أحمد سالم: الوضع في المدينة مستقر تماما.", "الوضع في المدينة مستقر تماما",
     "direct"),
    ("وقال أحمد سالم: «الوضع في المدينة مستقر تماما».", "الوضع في المدينة مستقر تماما",
     "direct"),
])
def test_colon_then_complementizer_is_indirect(text: str, content: str, kind: str) -> None:
    assert [(s.content.text, s.kind) for s in run(text).statements] == [(content, kind)]
