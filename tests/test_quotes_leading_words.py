"""Quote attribution, blind development set 2 (helper r3): honorific subjects before a noun
complement, the reporter's pluperfect background after a comma, and «ومقره» (its seat).
One made-up sentence per rule; each rule row fails without its rule, guard rows pass on
both."""
from __future__ import annotations

import pytest

from .quotes_support import run, speaker_name

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("an honorific subject is left out of a «بـ» complement",
     "قال الوزير خالد العمر إن المشروع مهم. وأشاد معاليه بما تقوم به الجهات المختصة من "
     "جهود كبيرة.", 1, "خالد العمر", "وأشاد",
     "بما تقوم به الجهات المختصة من جهود كبيرة", "indirect"),
    ("an honorific subject and its comma are left out of a noun complement",
     "قال الأمير خالد العمر إن المشروع مهم. وأكد سموه، استنكار أهالي المنطقة لهذا العمل "
     "الإجرامي الخطير.", 1, "خالد العمر", "وأكد",
     "استنكار أهالي المنطقة لهذا العمل الإجرامي الخطير", "indirect"),
    ("«سعادته» after «أبدى» is his happiness, kept in the content (guard)",
     "وأبدى المدرب خالد العمر سعادته بانضمام اللاعب الجديد إلى الفريق.", 0,
     "خالد العمر", "وأبدى", "سعادته بانضمام اللاعب الجديد إلى الفريق", "indirect"),
    ("«، وكانت … قد» opens the reporter's background: the content ends before it",
     "وقال مصدر طبي إن المريض يعاني من التهاب حاد في الرئة، وكانت عائلته قد نقلته إلى "
     "المستشفى قبل يومين.", 0, "مصدر طبي", "وقال",
     "المريض يعاني من التهاب حاد في الرئة", "indirect"),
    ("«، وكان» without «قد» stays in the content (guard)",
     "وقال مصدر طبي إن المريض يعاني من التهاب حاد، وكان يشكو من ضيق التنفس منذ أسبوع "
     "تقريبا.", 0, "مصدر طبي", "وقال",
     "المريض يعاني من التهاب حاد، وكان يشكو من ضيق التنفس منذ أسبوع تقريبا", "indirect"),
    ("«ومقره + place» between the subject and «إن» is no cue and no barrier",
     "وقال المرصد السوري لحقوق الإنسان ومقره بريطانيا إن عشرات المواطنين ما زالوا "
     "مفقودين.", 0, "المرصد السوري", "وقال",
     "عشرات المواطنين ما زالوا مفقودين", "indirect"),
    ("«، ومقره + place،» after a bracketed short name and before a far «أن»",
     "وأوضح معهد الاقتصاد الألماني (أي دابليو)، ومقره كولونيا، في الدراسة التي نشرها أمس "
     "أن الإضرابات كلفت ألمانيا نحو مليون يوم عمل.", 0, "معهد الاقتصاد الألماني",
     "وأوضح", "الإضرابات كلفت ألمانيا نحو مليون يوم عمل", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int, speaker: str, cue: str,
                      content: str, kind: str) -> None:
    doc = run(text)
    assert len(doc.statements) > index, [s.content.text for s in doc.statements]
    st_ = doc.statements[index]
    assert (speaker_name(doc, index), st_.cue.text, st_.content.text, st_.kind) == \
        (speaker, cue, content, kind)


NO_SPEECH = [
    ("«على مضيفه» (its host) is no feminine participle cue (guard)",
     "وفاز الفريق على مضيفه النادي الأهلي بهدفين مقابل هدف في المباراة."),
]


@pytest.mark.parametrize("label,text", NO_SPEECH, ids=[row[0] for row in NO_SPEECH])
def test_no_speech(label: str, text: str) -> None:
    assert run(text).statements == ()
