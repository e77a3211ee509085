"""Quote attribution, second blind-development round: openers and content bounds.  One
made-up sentence per rule; each marked row fails without its rule."""
from __future__ import annotations

import pytest

from .quotes_support import check_statement, run

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("a written shadda makes «بيّن» a verb even before an unlinked subject",
     "وبيّن منسق عام اللجنة المحلية، أن الخطة التدريبية جاهزة للتنفيذ.", 0,
     "منسق عام اللجنة المحلية", "وبيّن", "الخطة التدريبية جاهزة للتنفيذ", "indirect"),
    ("after a concessive «رغم …», «إلا أن» opens the cue's clause (guard)",
     "وأوضح أحمد سالم رغم هذه الصعوبات إلا أن الخطة ستنجح في النهاية.", 0, "أحمد سالم",
     "وأوضح", "الخطة ستنجح في النهاية", "indirect"),
    ("a noun complement ends before «، إلا أن» (however)",
     "وحذرت وزارة الداخلية من السفر إلى المنطقة، إلا أن ذلك لم يمنع كثيرين من السفر.", 0,
     "وزارة الداخلية", "وحذرت", "السفر إلى المنطقة", "indirect"),
    ("a noun complement ends before «، غير أن» (however)",
     "وأعلنت وزارة الداخلية فتح باب التسجيل للمتطوعين، غير أن الإقبال كان ضعيفا.", 0,
     "وزارة الداخلية", "وأعلنت", "فتح باب التسجيل للمتطوعين", "indirect"),
    ("an «أن» clause keeps its «، إلا أن» (guard)",
     "وقال أحمد سالم إن الوضع صعب، إلا أن الحكومة ستتجاوزه قريبا.", 0, "أحمد سالم",
     "وقال", "الوضع صعب، إلا أن الحكومة ستتجاوزه قريبا", "indirect"),
    ("a coordinated verb with an object pronoun takes the later opener",
     "وأكد خالد العمر ضرورة التمسك بالاتفاق ووصفه بأنه خط أحمر لا يجوز المس به.", 0,
     "خالد العمر", "وأكد", "ضرورة التمسك بالاتفاق", "indirect"),
    ("«وطالبة» (and female students) is no verb with a pronoun (guard)",
     "وأعلنت وزارة الداخلية قبول 800 طالب وطالبة بالجامعة هذا العام.", 0,
     "وزارة الداخلية", "وأعلنت", "قبول 800 طالب وطالبة بالجامعة هذا العام", "indirect"),
    ("a «led by» phrase closes an SVO subject before «قد»",
     "وكانت وزارة الداخلية بقيادة خالد العمر قد أعلنت أمس هدنة تبدأ ليل الأحد لمدة خمسة "
     "أيام.", 0, "وزارة الداخلية", "أعلنت", "هدنة تبدأ ليل الأحد لمدة خمسة أيام", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int, speaker: str, cue: str,
                      content: str, kind: str) -> None:
    check_statement(text, index, speaker, cue, content, kind)


NO_SPEECH = [
    ("«إلا أن» (however) is no opener of the cue before it",
     "واعتبر أحمد سالم الخطة ناجحة، إلا أن الوزارة لم توافق عليها بعد."),
    ("«بيد أن» (however) is no opener of the cue before it",
     "وتعتبر صحف كثيرة «معتدلة» في البلاد، بيد أن الحكومة تراقبها عن كثب."),
    ("a voweled «تبيّن» in a relative clause stays a thing's verb (guard)",
     "ونناقش الفكر المناقشة الهادئة التي تبيّن زيفه، وعدم صلته بالعلم، وإن لبس ثوبه خداعا "
     "للناس."),
]


@pytest.mark.parametrize("label,text", NO_SPEECH, ids=[row[0] for row in NO_SPEECH])
def test_no_speech(label: str, text: str) -> None:
    assert run(text).statements == ()
