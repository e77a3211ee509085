"""Quote attribution: missed statements of the blind_dev4 review (rec4, session 10), one
made-up sentence per rule; each rule row fails without its rule."""
from __future__ import annotations

import pytest

from . import quotes_support as qs
from .quotes_support import check_row

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("a name word that reads like a first-person verb does not block the opener",
     "وأوضح خالد نجيب، مدير عام الشركة، أن الأرباح ارتفعت هذا العام.", 0, "خالد نجيب",
     "وأوضح", "الأرباح ارتفعت هذا العام", "indirect"),
    ("a bare «عقب» with a comma before the opener is the preposition «after»",
     "وأوضح خالد العمر في بيانه، عقب الاجتماع، أن المشروع سينتهي قريبا.", 0, "خالد العمر",
     "وأوضح", "المشروع سينتهي قريبا", "indirect"),
    ("the dot of «د.» does not end the content",
     "وكشف خالد العمر أن الوفد التقى بالوزير د. سامي في الرياض أمس.", 0, "خالد العمر",
     "وكشف", "الوفد التقى بالوزير د. سامي في الرياض أمس", "indirect"),
    ("a number at the end of the paragraph before does not make the cue a counted noun",
     "وبلغ عدد الفروع 12\nوقال خالد العمر إن العدد سيرتفع في العام المقبل.", 0,
     "خالد العمر", "وقال", "العدد سيرتفع في العام المقبل", "indirect"),
    ("«خلص إلى أن» (to conclude) is a reporting verb",
     "وخلصت الدراسة إلى أن النوم المبكر يحسن الذاكرة لدى الأطفال.", 0, "الدراسة",
     "وخلصت", "النوم المبكر يحسن الذاكرة لدى الأطفال", "indirect"),
    ("«خلص» after a noun that is no known speaker and without «و» gives no statement",
     "وكان استطلاع للرأي خلص إلى أن المدينة هي الأسعد في البلاد.", None, None, None, None,
     None),
    ("guard: «خلص» after a known speaker noun still reports",
     "الدراسة خلصت إلى أن النوم المبكر مفيد للصحة.", 0, "الدراسة", "خلصت",
     "النوم المبكر مفيد للصحة", "indirect"),
    ("the dot after «هـ» of a date still ends the content",
     "وأعلن خالد العمر أن التسجيل يبدأ في 10 / 10 / 1436 هـ. ويستمر الموسم شهرا كاملا.",
     0, "خالد العمر", "وأعلن", "التسجيل يبدأ في 10 / 10 / 1436 هـ", "indirect"),
    ("«ختم أن» (to conclude) is a reporting verb",
     "وختم خالد العمر أن الموسم سيبدأ في موعده المحدد.", 0, "خالد العمر", "وختم",
     "الموسم سيبدأ في موعده المحدد", "indirect"),
    ("a title after a named subject keeps a strict cue's opener near",
     "ورأى خالد العمر أستاذ الاقتصاد في الجامعة أن الأسعار ستنخفض قريبا.", 0, "خالد العمر",
     "ورأى", "الأسعار ستنخفض قريبا", "indirect"),
    ("a quote ends before a framing participle with its opener («، مشيرا إلى أن»)",
     "وقال خالد العمر: «الفريق جاهز للموسم الجديد، مشيرا إلى أن المعسكر حقق أهدافه».", 0,
     "خالد العمر", "وقال", "الفريق جاهز للموسم الجديد", "direct"),
    ("the participle after the cut quote speaks, without the misplaced closing mark",
     "وقال خالد العمر: «الفريق جاهز للموسم الجديد، مشيرا إلى أن المعسكر حقق أهدافه».", 1,
     "خالد العمر", "مشيرا", "المعسكر حقق أهدافه", "indirect"),
    ("guard: a whole quote after «بأنه» keeps its closing mark and stays direct",
     "ووصف خالد العمر القرار بأنه “خطوة مهمة للغاية في الطريق الصحيح.”\n وقال مسؤول إن "
     "القرار نافذ.", 0, "خالد العمر", "ووصف", "خطوة مهمة للغاية في الطريق الصحيح.", "direct"),
    ("«وأضاف،» with no opener: the words after the comma are the speaker's own",
     "وقال خالد العمر إن الفريق جاهز. وأضاف، كل لاعب لديه دور كبير في المباراة.", 1,
     "خالد العمر", "وأضاف", "كل لاعب لديه دور كبير في المباراة", "direct"),
    ("guard: «وأضاف، رداً على …» is an aside, not speech",
     "وقال خالد العمر إن الفريق جاهز. وأضاف، رداً على سؤال عن الموسم المقبل.", 1, None,
     None, None, None),
    ("guard: another clause before the opener keeps a strict cue's opener far",
     "ورأى خالد العمر الأسواق ثم تبين له أن الأسعار ستنخفض قريبا.", None, None, None, None,
     None),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int | None, speaker: str, cue: str,
                      content: str, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(qs, "PEOPLE", qs.PEOPLE + ("خالد نجيب",))
    check_row(text, index, speaker, cue, content, kind)
