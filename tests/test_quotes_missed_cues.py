"""Quote attribution: missed statements of the session 10 blind development review (rec3),
one made-up sentence per rule; each rule row fails without its rule."""
from __future__ import annotations

import pytest

from .quotes_support import check_statement

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("«إمام» with a hamza below is a title word, not the preposition «أمام»",
     'وقال إمام وخطيب الجامع الكبير الشيخ خالد العمر: "الصبر مفتاح الفرج في كل الأحوال".',
     0, "خالد العمر", "وقال", "الصبر مفتاح الفرج في كل الأحوال", "direct"),
    ("neighbours («جيران») are people: a group of them speaks",
     "وأوضح عدد من جيران المنزل أن الحريق بدأ من المطبخ قبل منتصف الليل.", 0,
     "عدد من جيران المنزل", "وأوضح", "الحريق بدأ من المطبخ قبل منتصف الليل", "indirect"),
    ("«عبّر عن» written with a shadda is a reporting verb",
     "وعبّر خالد العمر عن سعادته بنجاح المهرجان هذا العام.", 0, "خالد العمر", "وعبّر",
     "سعادته بنجاح المهرجان هذا العام", "indirect"),
    ("guard: «عبر» without a shadda stays the preposition «via»",
     "وقال خالد العمر عبر حسابه في تويتر إن المهرجان نجح هذا العام.", 0, "خالد العمر",
     "وقال", "المهرجان نجح هذا العام", "indirect"),
    ("a title of the run before a name refers back to that person",
     "وأكد وكيل الوزارة للمشاريع المهندس خالد العمر أن العمل بدأ في الطريق. وأوضح المهندس "
     "أن المرحلة الثانية ستنتهي قبل نهاية العام.", 1, "خالد العمر", "وأوضح",
     "المرحلة الثانية ستنتهي قبل نهاية العام", "indirect"),
    ("an imam's title run before his name refers back to him",
     "وأكد إمام وخطيب الجامع الكبير الشيخ خالد العمر أن الصبر مفتاح الفرج. وأوضح إمام "
     "وخطيب الجامع أن الصلاة عماد الدين.", 1, "خالد العمر", "وأوضح", "الصلاة عماد الدين",
     "indirect"),
    ("«أهاب بـ» (to appeal to) is a reporting verb",
     "وأهاب خالد العمر بالشباب الالتزام بالتعليمات الصادرة من الجهات المختصة.", 0,
     "خالد العمر", "وأهاب", "بالشباب الالتزام بالتعليمات الصادرة من الجهات المختصة",
     "indirect"),
    ("«وتهيب» ends the content of the statement before it",
     "وأكدت الوزارة أنها حذرت من هذا الخطر مرارا وتهيب الوزارة بالمواطنين ضرورة الحذر.",
     0, "الوزارة", "وأكدت", "حذرت من هذا الخطر مرارا", "indirect"),
    ("a dash-enclosed aside after the subject keeps a strict cue's opener near",
     "وبين خالد العمر - وهو مدير الإدارة - أن الاجتماع سيعقد غدا في الرياض.", 0,
     "خالد العمر", "وبين", "الاجتماع سيعقد غدا في الرياض", "indirect"),
    ("a dash-enclosed aside before the cue's own preposition",
     "وأعرب خالد العمر -وهو مدير الإدارة- عن سعادته بالنجاح الكبير.", 0, "خالد العمر",
     "وأعرب", "سعادته بالنجاح الكبير", "indirect"),
    ("«وعبر» without a shadda opening a sentence, «عن» after its subject, is the verb",
     "قال خالد العمر إن المهرجان نجح. وعبر المصدر عن خالص التعازي لأسر الضحايا.", 1,
     "المصدر", "وعبر", "خالص التعازي لأسر الضحايا", "indirect"),
    ("guard: «وعبر» + a noun + a comma is the preposition «via»",
     "وعبر الهاتف، قال خالد العمر إن المهرجان نجح هذا العام.", 0, "خالد العمر", "قال",
     "المهرجان نجح هذا العام", "indirect"),
    ("«بأن» after a short object of a strict cue («وصف هذه الخطوة بأنها») is its opener",
     "ووصف خالد العمر هذه الخطوة بأنها مهمة جدا للاقتصاد الوطني.", 0, "خالد العمر",
     "ووصف", "مهمة جدا للاقتصاد الوطني", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int, speaker: str, cue: str,
                      content: str, kind: str) -> None:
    check_statement(text, index, speaker, cue, content, kind)
