"""Quote attribution: missed statements of the blind_dev5 review (rec5, session 10), one
made-up sentence per rule; each rule row fails without its rule."""
from __future__ import annotations

import pytest

from . import quotes_support as qs
from .quotes_support import check_row

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("guard: the statement after a quote closed by a double prime is found",
     "وقال خالد العمر: “الإصدار الجديد أفضل من الإصدار 5″. وأكد أن الأسعار ستبقى كما هي في "
     "متجر “النور”.", 1, "خالد العمر", "وأكد", "الأسعار ستبقى كما هي في متجر “النور”",
     "indirect"),  # a quoted shop name is no quoted fragment of speech
    ("the quote closed by a double prime keeps its content",
     "وقال خالد العمر: “الإصدار الجديد أفضل من الإصدار 5″. وأكد أن الأسعار ستبقى كما هي.",
     0, "خالد العمر", "وقال", "الإصدار الجديد أفضل من الإصدار 5", "direct"),
    ("«لمح إلى» (hamza-less «ألمح») takes its prepositional complement as content",
     "ولمح خالد العمر إلى إمكانية رفع الأسعار في العام المقبل.", 0, "خالد العمر",
     "ولمح", "إمكانية رفع الأسعار في العام المقبل", "indirect"),
    ("guard: «لمح» with a direct object (glimpsed) says nothing",
     "ولمح خالد العمر سيارة مسرعة في الشارع.", None, None, None, None, None),
    ("«استشاري» (consultant) is a title word: the name after the title run speaks",
     "حذر استشاري طب وجراحة العيون الدكتور خالد العمر هواة الصيد من الإصابات، مؤكدا أن "
     "الحالات تزايدت.", 1, "خالد العمر", "مؤكدا", "الحالات تزايدت", "indirect"),
    ("guard: «وعدّ» (considered) with its opener reports",
     "وعدّ خالد العمر المستشار القانوني للشركة أن القرار سيحفز الاستثمار.", 0, "خالد العمر",
     "وعدّ", "القرار سيحفز الاستثمار", "indirect"),
    ("guard: the participle «واعدة» (promising) is an adjective",
     "وقال خالد العمر إن الفرص في القطاع كبيرة وواعدة في السنوات المقبلة.", 0, "خالد العمر",
     "وقال", "الفرص في القطاع كبيرة وواعدة في السنوات المقبلة", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int | None, speaker: str, cue: str,
                      content: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qs, "PEOPLE", qs.PEOPLE + ("خالد نجيب",))
    check_row(text, index, speaker, cue, content, kind)
