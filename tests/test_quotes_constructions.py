"""Quote attribution: one table row (sentence, speaker, cue, content, kind) per
construction of Arabic news, found in the guidelines and in reviews of unseen articles."""
from __future__ import annotations


import pytest

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.quotes.marks import find_quotes
from arabic_extract.tokenize import Tokenizer

from .quotes_support import check_statement, run, speaker_name


# (text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("VSO with title", "وقال وزير الخارجية أحمد سالم إن المحادثات كانت مثمرة.", 0,
     "أحمد سالم", "وقال", "المحادثات كانت مثمرة", "indirect"),
    ("VSO with appositive titles",
     "أكد نائب قائد العمليات، الفريق أول الركن قيس المحمداوي، أن القوات جاهزة لتسلم الملف.",
     0, "قيس المحمداوي", "أكد", "القوات جاهزة لتسلم الملف", "indirect"),
    ("SVO", "وكان رئيس الحكومة محمد السوداني، أكد أنه لا مبرر لبقاء القوات الأجنبية.", 0,
     "محمد السوداني", "أكد", "لا مبرر لبقاء القوات الأجنبية", "indirect"),
    ("via", "ونقلت وكالة الأنباء العراقية عن المستشار، حسين علاوي، قوله إن القوات ستتسلم "
     "القاعدة قريبا.", 0, "حسين علاوي", "قوله", "القوات ستتسلم القاعدة قريبا", "indirect"),
    ("participle", "وقال سالم إن الوضع مستقر، مضيفا أن الحكومة تعمل على حل الأزمة.", 1,
     "سالم", "مضيفا", "الحكومة تعمل على حل الأزمة", "indirect"),
    ("a title subject stops at a preposition",
     "وأكد وزير الداخلية في كلمته أمام الحضور أن الأمن مستتب في المدن.", 0,
     "وزير الداخلية", "وأكد", "الأمن مستتب في المدن", "indirect"),
    ("participle after a verb inside reported content",
     "وذكر الوزير خالد العمر أن الاتفاقية تعتبر الأولى في بغداد، مبيناً أنه تم الاتفاق على "
     "جميع الجوانب.", 1, "خالد العمر", "مبيناً", "تم الاتفاق على جميع الجوانب", "indirect"),
    ("participle with direct quote", "أكد سالم أن الوضع مستقر، قائلاً: «خلال أيام ستعود "
     "الحياة إلى طبيعتها»", 1, "سالم", "قائلاً", "خلال أيام ستعود الحياة إلى طبيعتها", "direct"),
    ("participle takes the subject of its verb", "قالت ليلى حسن إن الخطة جاهزة. وتابع أحمد "
     "سالم قائلاً: «التنفيذ يبدأ غدا في كل المناطق»", 1, "أحمد سالم", "قائلاً",
     "التنفيذ يبدأ غدا في كل المناطق", "direct"),
    ("nominal cue", "واختتم خالد العمر حديثه بقوله: «سنواصل العمل حتى النهاية».", 0,
     "خالد العمر", "بقوله", "سنواصل العمل حتى النهاية", "direct"),
    ("colon speech", "وأضاف أحمد سالم: الوضع تحت السيطرة تماما.", 0, "أحمد سالم", "وأضاف",
     "الوضع تحت السيطرة تماما", "direct"),
    ("unbalanced quote", "وقال أحمد سالم: «الوضع تحت السيطرة والقوات منتشرة\nوفي سياق آخر "
     "وصل الوفد إلى بغداد.", 0, "أحمد سالم", "وقال", "الوضع تحت السيطرة والقوات منتشرة",
     "direct"),
    ("pronoun continuation", "قالت ليلى حسن إن الخطة جاهزة. وأضافت أن التنفيذ يبدأ غدا.", 1,
     "ليلى حسن", "وأضافت", "التنفيذ يبدأ غدا", "indirect"),
    ("gender agreement", "قال أحمد سالم إن الخطة جاهزة. وقالت ليلى حسن إن التمويل متوفر. "
     "وأضاف أن التنفيذ يبدأ غدا.", 2, "أحمد سالم", "وأضاف", "التنفيذ يبدأ غدا", "indirect"),
    ("title anaphora", "قال رئيس الحكومة محمد السوداني إن الوضع مستقر. وقال أحمد سالم إن "
     "الأسعار ارتفعت. وشدد رئيس الحكومة على أن بغداد لا تخضع للضغوط.", 2, "محمد السوداني",
     "وشدد", "بغداد لا تخضع للضغوط", "indirect"),
    ("unnamed source", "وقال مصدر أمني إن الهجوم وقع فجرا.", 0, "مصدر أمني", "وقال",
     "الهجوم وقع فجرا", "indirect"),
    ("organization speaker", "أعلنت قيادة العمليات المشتركة أن القوات ستنسحب الأسبوع المقبل.",
     0, "قيادة العمليات المشتركة", "أعلنت", "القوات ستنسحب الأسبوع المقبل", "indirect"),
    ("noun complement", "أكد أحمد سالم على متانة العلاقات بين البلدين.", 0, "أحمد سالم", "أكد",
     "متانة العلاقات بين البلدين", "indirect"),
    ("verbal noun object", "ونفى أحمد سالم إجراء أي اتصالات مع الجانب الآخر.", 0, "أحمد سالم",
     "ونفى", "إجراء أي اتصالات مع الجانب الآخر", "indirect"),
    ("preposition complement", "وكشف أحمد سالم عن خطة جديدة لتطوير القطاع.", 0, "أحمد سالم",
     "وكشف", "خطة جديدة لتطوير القطاع", "indirect"),
    ("glued preposition", "وطالب أحمد سالم ببذل المزيد من الجهود.", 0, "أحمد سالم", "وطالب",
     "ببذل المزيد من الجهود", "indirect"),
    ("addressee before the complement", "قال المدرب أحمد سالم إن الفريق قدم مباراة جيدة. "
     "وطالب الجميع ببذل المزيد من الجهد.", 1, "أحمد سالم", "وطالب", "ببذل المزيد من الجهد",
     "indirect"),
    ("reporter's gloss excluded", "أكد سالم أن القاعدة ستشهد انسحابا كاملا، في إشارة إلى "
     "جاهزية القوات.", 0, "سالم", "أكد", "القاعدة ستشهد انسحابا كاملا", "indirect"),
    ("mixed", "وأشار سالم إلى أن نسبة التسلل «وصلت إلى الصفر في المئة».", 0, "سالم", "وأشار",
     "نسبة التسلل «وصلت إلى الصفر في المئة»", "mixed"),
    ("cue after the quote", "«سنعود أقوى من قبل بكثير»، قال أحمد سالم.", 0, "أحمد سالم",
     "قال", "سنعود أقوى من قبل بكثير", "direct"),
    ("ASCII quotes", 'وقال سالم "الأمور تسير في الاتجاه الصحيح".', 0, "سالم", "وقال",
     "الأمور تسير في الاتجاه الصحيح", "direct"),
    ("nested quotes", "وقال سالم: «قلت لهم \"لن نتراجع أبدا\" وهذا موقفنا».", 0, "سالم", "وقال",
     "قلت لهم \"لن نتراجع أبدا\" وهذا موقفنا", "direct"),
    ("closing mark used as opener", "وقال سالم: ” نحن مستعدون لكل الاحتمالات ”", 0, "سالم",
     "وقال", "نحن مستعدون لكل الاحتمالات", "direct"),
    ("unnamed SVO subject, object after the cue", "مغرد من الرياض يعزو السبب «أن الناس "
     "تغيرت عاداتهم كثيرا»", 0, "مغرد", "يعزو", "أن الناس تغيرت عاداتهم كثيرا",
     "direct"),
    ("definite title refers back", "قال أحمد سالم إن الخطة جاهزة. وأكد الوزير أن التنفيذ "
     "يبدأ غدا.", 1, "أحمد سالم", "وأكد", "التنفيذ يبدأ غدا", "indirect"),
    ("SVO after a particle", "رفضت الحكومة التعليق لكن المسؤول الحكومي قال إن التحرك كان "
     "ضروريا.", 0, "المسؤول الحكومي", "قال", "التحرك كان ضروريا", "indirect"),
    ("relative clause: the antecedent speaks", "فر المسلح بينما كانت تطارده الشرطة التي "
     "رجحت أنه من سكان المنطقة.", 0, "الشرطة", "رجحت", "من سكان المنطقة", "indirect"),
    ("speech inside a parenthetical relative clause", "وأطلق المسلح، الذي قالت الشرطة إنه "
     "يدعى خالد العمر، النار على المارة.", 0, "الشرطة", "قالت", "يدعى خالد العمر",
     "indirect"),
    ("organization behind a head and quote marks", "وذكرت صحيفة «وكالة الأنباء العراقية» أن "
     "الوفد وصل إلى بغداد.", 0, "وكالة الأنباء العراقية", "وذكرت", "الوفد وصل إلى بغداد",
     "indirect"),
    ("information owned by a named source", "في حين أشارت معلومات «وزارة الداخلية» أن "
     "مدة العقد تبلغ سنتين.", 0, "وزارة الداخلية", "أشارت", "مدة العقد تبلغ سنتين",
     "indirect"),
    ("name in quotes is not speech", "وقال سالم لصحيفة «أخبار اليوم الجديدة» إن الوفد وصل.", 0,
     "سالم", "وقال", "الوفد وصل", "indirect"),
    ("a describing noun before the name", "وقالت الطفلة ليلى حسن إن العرض كان ممتعا.", 0,
     "ليلى حسن", "وقالت", "العرض كان ممتعا", "indirect"),
    ("a family name with آل", "قال راشد بن عبدالله آل خليفة إن الوضع مستقر. وقال آل خليفة "
     "في تصريح له أمس، إن البلاد آمنة.", 1, "راشد بن عبدالله آل خليفة", "وقال",
     "البلاد آمنة", "indirect"),
    ("a cue form after «عدم» is a noun", "وقال مصدر، مفضلا عدم كشف اسمه: «الهجوم وقع فجرا "
     "في بغداد»", 0, "مصدر", "وقال", "الهجوم وقع فجرا في بغداد", "direct"),
    ("«إن شاء الله» opens no clause", "وأكد سالم أن الخطة جاهزة، مشيرا إلى تطبيقها قريبا إن "
     "شاء الله في كل المناطق.", 1, "سالم", "مشيرا", "تطبيقها قريبا إن شاء الله في كل المناطق",
     "indirect"),
    ("a cue inside the reported clause", "وأوضح سالم أن تقرير اللجنة أفاد بأن النسبة بلغت "
     "تسعين في المئة.", 0, "سالم", "وأوضح", "تقرير اللجنة أفاد بأن النسبة بلغت تسعين في المئة",
     "indirect"),
    ("an unclosed quote ends before a new cue", "وقال أحمد سالم: «الوضع تحت السيطرة والقوات "
     "منتشرة. وأوضحت ليلى حسن أن الوفد وصل إلى بغداد.", 1, "ليلى حسن", "وأوضحت",
     "الوفد وصل إلى بغداد", "indirect"),
    ("colon speech starting with a speakerless word", "وقال سالم إن الوضع مستقر. وأضاف: مثل "
     "هذا العمل لن يؤثر على الأمن.", 1, "سالم", "وأضاف", "مثل هذا العمل لن يؤثر على الأمن",
     "direct"),
    ("a feminine cue does not refer back to a man", "قال أحمد سالم إن الخطة جاهزة. وأكدت "
     "المسؤولة أن التنفيذ يبدأ غدا.", 1, "المسؤولة", "وأكدت", "التنفيذ يبدأ غدا", "indirect"),
    ("«أمله» (his hope) is no feminine participle", "قال أحمد سالم إن الخطة جاهزة. وأعرب "
     "الوزير عن أمله أن تنجح الخطة في بغداد.", 1, "أحمد سالم", "وأعرب",
     "أمله أن تنجح الخطة في بغداد", "indirect"),
    ("a noun with a possessive is no speaker", "قال أحمد سالم إن الخطة جاهزة. وأكد علاقته "
     "الجيدة مع الوزارة في بغداد.", 1, "أحمد سالم", "وأكد",
     "علاقته الجيدة مع الوزارة في بغداد", "indirect"),
    ("«وزاد» reports", "قال أحمد سالم إن الخطة جاهزة. وزاد أن التنفيذ يبدأ غدا.", 1,
     "أحمد سالم", "وزاد", "التنفيذ يبدأ غدا", "indirect"),
    ("«أرجع … إلى» reports a cause", "وأرجع أحمد سالم تأخر المشروع إلى نقص التمويل في "
     "الوزارة.", 0, "أحمد سالم", "وأرجع", "تأخر المشروع إلى نقص التمويل في الوزارة",
     "indirect"),
    ("«طالبا» after a comma is a participle", "وقال أحمد سالم إن الخطة جاهزة، طالبا من "
     "الجميع التعاون مع الوزارة.", 1, "أحمد سالم", "طالبا", "من الجميع التعاون مع الوزارة",
     "indirect"),
    ("a cue form after «قرار» is a verbal noun", "وأصدر أحمد سالم قرار نقل الموظفين إلى "
     "بغداد، مؤكدا أن الخطة جاهزة.", 0, "أحمد سالم", "مؤكدا", "الخطة جاهزة", "indirect"),
    ("SVO after «كان» and «قد»", "وكانت وزارة الداخلية قد أعلنت أن القوات جاهزة.", 0,
     "وزارة الداخلية", "أعلنت", "القوات جاهزة", "indirect"),
    ("colon speech ends at a new «وأضاف:»", "وأضاف أحمد سالم: الوضع تحت السيطرة تماما، "
     "وأضاف: القوات منتشرة في كل مكان.", 0, "أحمد سالم", "وأضاف", "الوضع تحت السيطرة تماما",
     "direct"),
    ("colon speech ends at a participle cue", "وقال أحمد سالم: إن الوضع تحت السيطرة في كل "
     "المدن، مضيفا أن القوات منتشرة في كل مكان.", 0, "أحمد سالم", "وقال",
     "الوضع تحت السيطرة في كل المدن", "indirect"),
    ("colon speech keeps its own verbs", "وقال أحمد سالم: هذا العمل يؤكد للجميع أن الأمن "
     "مستتب في بغداد.", 0, "أحمد سالم", "وقال",
     "هذا العمل يؤكد للجميع أن الأمن مستتب في بغداد", "direct"),
    ("content ends at «، كما أشارت»", "وأكدت وزارة الداخلية أنها قامت بسداد الرواتب كاملة، "
     "كما أشارت إلى أنه سيتم تسديد الباقي غدا.", 0, "وزارة الداخلية", "وأكدت",
     "قامت بسداد الرواتب كاملة", "indirect"),
    ("«، كما أكد على» continues with a noun complement", "قال أحمد سالم إن الخطة جاهزة، كما "
     "أكد على ضرورة رفع المستندات المطلوبة.", 1, "أحمد سالم", "أكد",
     "ضرورة رفع المستندات المطلوبة", "indirect"),
    ("a participle after a closing quote starts a new statement", "أكد أحمد سالم أن «الموقف "
     "ثابت لا يتغير أبدا» مضيفا: «العلاقة أكبر من أي محاولة للتعكير»", 1, "أحمد سالم",
     "مضيفا", "العلاقة أكبر من أي محاولة للتعكير", "direct"),
    ("a verbal noun after «دون» governs no participle", "وقال أحمد سالم: العمل يتم دون توقع "
     "عائد مادي للمجتمع، مضيفاً أن الخطة جاهزة.", 1, "أحمد سالم", "مضيفاً", "الخطة جاهزة",
     "indirect"),
    ("the subject's apposition before the preposition", "كشف اللواء قيس المحمداوي قائد "
     "العمليات عن خطة جديدة لتطوير القطاع.", 0, "قيس المحمداوي", "كشف",
     "خطة جديدة لتطوير القطاع", "indirect"),
    ("a listed verbal noun after a source's adjective is the object", "وأكدت مصادر رسمية "
     "مقتل خمسة أشخاص في الهجوم.", 0, "مصادر رسمية", "وأكدت", "مقتل خمسة أشخاص في الهجوم",
     "indirect"),
    ("a verbal noun after a definite source is the object", "وتؤكد التقارير انسحاب القوات "
     "من بغداد قريبا.", 0, "التقارير", "وتؤكد", "انسحاب القوات من بغداد قريبا", "indirect"),
    ("a verbal noun after a place name is the object", "وأكدت مصادر طبية في بغداد ارتفاع "
     "حصيلة الضحايا إلى عشرة.", 0, "مصادر طبية في بغداد", "وأكدت",
     "ارتفاع حصيلة الضحايا إلى عشرة", "indirect"),
    ("an adverb and comma before the object", "وأعلنت وزارة الداخلية أمس، استئناف العمل في "
     "كل المكاتب.", 0, "وزارة الداخلية", "وأعلنت", "استئناف العمل في كل المكاتب",
     "indirect"),
    ("«توقع … توقيع» expects the signing", "وتوقع مصدر في الشركة توقيع جميع العقود الشهر "
     "المقبل.", 0, "مصدر في الشركة", "وتوقع", "توقيع جميع العقود الشهر المقبل", "indirect"),
    ("a name closing a long title run speaks", "أوضح مساعد مدير الأمن العام للشؤون الأمنية "
     "رئيس فريق العمل المكلف بالإشراف ومتابعة سير عمل لجان المراجعة في المدينة اللواء أحمد "
     "سالم أن القوات جاهزة للمهمة.", 0, "أحمد سالم", "أوضح", "القوات جاهزة للمهمة", "indirect"),
    ("a name after an untitled description speaks", "أكد استشاري وأستاذ أمراض القلب الدكتور "
     "خالد العمر أن السهر يضر بالقلب كثيرا.", 0, "خالد العمر", "أكد",
     "السهر يضر بالقلب كثيرا", "indirect"),
    ("a relative's name does not speak", "أكدت والدة اللاعب الدولي أحمد سالم أنها شاهدت "
     "المباراة كاملة.", 0, "والدة", "أكدت", "شاهدت المباراة كاملة", "indirect"),
    ("a participle after an opening phrase and comma: the verb's subject speaks",
     "قال وزير الخارجية أحمد سالم إن المفاوضات صعبة. وفي كلمة أمام البرلمان أمس، كرر "
     "الوزير خالد العمر موقف بلاده، قائلاً إن الاتفاق متوازن.", 1, "خالد العمر", "قائلاً",
     "الاتفاق متوازن", "indirect"),
    ("«من جهته،» before the verb: its subject goes on speaking",
     "قال وزير الخارجية أحمد سالم إن المفاوضات صعبة. من جهته، شكر الوزير خالد العمر "
     "الحضور على مشاركتهم، مؤكدا أن الاتفاق متوازن.", 1, "خالد العمر", "مؤكدا",
     "الاتفاق متوازن", "indirect"),
    ("a phrase of setting before the cue's preposition is no content",
     "وزار أحمد سالم المستشفى أمس. وأكد في ختام زيارته على ضرورة تعزيز الخدمات الصحية.", 0,
     "أحمد سالم", "وأكد", "ضرورة تعزيز الخدمات الصحية", "indirect"),
    ("a phrase of setting closed by a comma is no content",
     "وأعلنت وزارة الداخلية في وقت سابق، استئناف العمل في كل المكاتب.", 0, "وزارة الداخلية",
     "وأعلنت", "استئناف العمل في كل المكاتب", "indirect"),
    ("days and times before the object are no content",
     "وأعلنت وزارة الداخلية أمس الخميس استئناف العمل في كل المكاتب.", 0, "وزارة الداخلية",
     "وأعلنت", "استئناف العمل في كل المكاتب", "indirect"),
    ("«اليوم الأول» is the object itself",
     "وأعلنت وزارة الداخلية اليوم الأول للتسجيل في كل المكاتب.", 0, "وزارة الداخلية",
     "وأعلنت", "اليوم الأول للتسجيل في كل المكاتب", "indirect"),
    ("a participle takes the main verb's speaker, not a cue inside its content",
     "وأكد أحمد سالم قدرة الأجهزة على مواجهة كل ما يهدد خالد العمر، مشيرا إلى أن العمل مستمر.",
     1, "أحمد سالم", "مشيرا", "العمل مستمر", "indirect"),
    ("a participle after «بين» + name takes the main verb's speaker",
     "وقال أحمد سالم في بيان عقب لقاء بين خالد العمر والوفد إن اللقاء مثمر، مضيفا أن "
     "الاتفاق قريب.", 1, "أحمد سالم", "مضيفا", "الاتفاق قريب", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int, speaker: str, cue: str,
                      content: str, kind: str) -> None:
    check_statement(text, index, speaker, cue, content, kind)


def test_a_demonstrative_object_before_the_subject_is_no_content() -> None:
    """«وأكد ذلك مدير …»: «ذلك» refers back; the title after it is the subject."""
    doc = run("قال أحمد سالم إن العمل مستمر. وأكد ذلك مدير المستشفى الدكتور إبراهيم الرشيدي، "
              "الذي أوضح أن المستشفى يعمل بكامل طاقته.")
    assert [s.cue.text for s in doc.statements] == ["قال", "أوضح"]


def test_the_reporter_of_a_byline_never_speaks() -> None:
    """«فلان – متابعات» opening the article names the reporter, not a speaker."""
    doc = run("أحمد سالم – متابعات\nتسبب ادعاء سيدة في حالة من الذعر بعدما زعمت أنها تحمل "
              "حزاما ناسفا أمام نقطة الشرطة.")
    assert all(s.speaker.name != "أحمد سالم" for s in doc.statements)


ADJECTIVE_PARTICIPLES = [
    "وكان فوز الفريق متوقعا، لأن المنافس خسر كل مبارياته هذا الموسم.",
    "وتعد الموسوعة مرجعاً علمياً للباحثين في تاريخ الجزيرة العربية.",
    "ووصل الوزير إلى بغداد في زيارة غير معلنة للقاء المسؤولين في الحكومة.",
    "ويقع في المدينة معهد الدراسات ومقره المبنى القديم قرب السوق الكبير.",
]


@pytest.mark.parametrize("text", ADJECTIVE_PARTICIPLES)
def test_participles_read_as_adjectives_or_nouns_report_nothing(text: str) -> None:
    """A comma, another preposition or an adjective after the participle, or a possessive
    suffix on it: no statement continues the previous speaker."""
    doc = run("قال أحمد سالم إن الوضع جيد. " + text)
    assert [s.cue.text for s in doc.statements] == ["قال"]


def test_via_is_the_relaying_agency() -> None:
    doc = run("ونقلت وكالة الأنباء العراقية عن المستشار، حسين علاوي، قوله إن القوات ستتسلم "
              "القاعدة قريبا.")
    agency = next(e for e in doc.entities if e.type == "ORG")
    assert doc.statements[0].via == agency.id


def test_speaker_name_missed_by_the_ner_is_still_found() -> None:
    text = "التقى الوزير أحمد قطان بالوفد. وقال قطان إن اللقاء كان مثمرا."
    doc = Tokenizer()(Document(text=text))
    doc = doc.replace(mentions=(Mention(13, 22, "أحمد قطان", "PER"),),
                      annotations=doc.annotations | {"mentions"})
    doc = QuoteAttributor()(EntityLinker()(doc))
    assert [(s.speaker.name, s.speaker.text, s.content.text) for s in doc.statements] == \
        [("أحمد قطان", "قطان", "اللقاء كان مثمرا")]


UNLINKED = [
    # (text, speaker text): names the NER did not tag
    ("وقال بنيامين محمد لصحيفة «أخبار اليوم الجديدة» إن الوفد وصل.", "بنيامين محمد"),
    ("وتابع السوداني قائلاً: «خلال أيام ستعود الحياة إلى طبيعتها»", "السوداني"),
    ("وقالت المتحدثة باسم الشركة تشارلا لورد إن الشركة غير ملزمة بالدفع.", "تشارلا لورد"),
    ("وأعلن السفير قطان أن هناك خططا لتطوير التعاون.", "قطان"),
    ("قالت مدينة سبوكين إن الشركة يتعين عليها الدفع.", "سبوكين"),
    ("وقال كاميرون إن بلاده ستواصل الحرب على التطرف.", "كاميرون"),
]


@pytest.mark.parametrize("text,speaker", UNLINKED)
def test_names_missed_by_the_ner(text: str, speaker: str) -> None:
    doc = QuoteAttributor()(EntityLinker()(Tokenizer()(Document(text=text)).replace(
        annotations=frozenset({"tokens", "sentences", "mentions"}))))
    sp = doc.statements[0].speaker
    assert (sp.entity, sp.text, sp.name) == (None, speaker, speaker)


def test_pronoun_continues_an_unlinked_name() -> None:
    doc = QuoteAttributor()(EntityLinker()(Tokenizer()(Document(
        text="وقال بنيامين محمد إن الوفد وصل. وأضاف أن العقد سيوقع غدا.")).replace(
        annotations=frozenset({"tokens", "sentences", "mentions"}))))
    assert [s.speaker.name for s in doc.statements] == ["بنيامين محمد", "بنيامين محمد"]


def test_unnamed_source_has_no_entity() -> None:
    sp = run("وقال مصدر أمني إن الهجوم وقع فجرا.").statements[0].speaker
    assert sp.entity is None and sp.text == "مصدر أمني"


FROM_UNSEEN_ARTICLES = [
    ("a channel «في بيان» does not block the verb", "وأعلنت وزارة الداخلية في بيان أن القوات "
     "ستنسحب من المدينة غدا.", 0, "وزارة الداخلية", "وأعلنت", "القوات ستنسحب من المدينة غدا",
     "indirect"),
    ("a strict cue reaches its opener past the channel", "وبين أحمد سالم في حديثه لصحيفة "
     "محلية، أن الدراسة ما زالت مستمرة.", 0, "أحمد سالم", "وبين", "الدراسة ما زالت مستمرة",
     "indirect"),
    ("a noun speaks through a channel", "وقال المرصد في بيان إن عشرات المدنيين قتلوا أمس.", 0,
     "المرصد", "وقال", "عشرات المدنيين قتلوا أمس", "indirect"),
    ("an unnamed source ends before the channel", "وأوضح مسؤول محلي في تصريح صحفي أن "
     "الطائرات قصفت مواقع المسلحين.", 0, "مسؤول محلي", "وأوضح",
     "الطائرات قصفت مواقع المسلحين", "indirect"),
    ("the subject of the sentence's first verb speaks", "وقال أحمد سالم إن الوضع مستقر. "
     "وأبدى خالد العمر سعادته بالفوز، وقال: «هذا يوم تاريخي لنا جميعا».", 1, "خالد العمر",
     "وقال", "هذا يوم تاريخي لنا جميعا", "direct"),
    ("a participle takes the sentence's subject", "وقال أحمد سالم إن الوضع مستقر. واستقبل "
     "خالد العمر الوفد في مكتبه، مؤكدا أن التعاون مستمر بين البلدين.", 1, "خالد العمر",
     "مؤكدا", "التعاون مستمر بين البلدين", "indirect"),
    ("«كلمة، أكد فيها» resumes the sentence's subject", "وقال أحمد سالم إن الوضع مستقر. "
     "وألقى خالد العمر كلمة، أكد فيها أن التعاون مستمر بين البلدين.", 1, "خالد العمر", "أكد",
     "التعاون مستمر بين البلدين", "indirect"),
    ("a plural participle after two names joined by و", "وقال أحمد سالم إن الوضع مستقر. "
     "والتقى خالد العمر وحسين علاوي بالوفد، مؤكدين أن التعاون مستمر.", 1, "خالد العمر",
     "مؤكدين", "التعاون مستمر", "indirect"),
    ("a dual cue continues two names", "وقال أحمد سالم وخالد العمر إن الوضع مستقر. وأكدا أن "
     "الحل قريب جدا.", 1, "أحمد سالم", "وأكدا", "الحل قريب جدا", "indirect"),
    ("a title with a name refers back", "وقال أمير منطقة عسير الأمير أحمد سالم إن الوضع مستقر. "
     "وقال خالد العمر إن الطقس حار. وأكد أمير منطقة عسير أن المشاريع ستنفذ.", 2, "أحمد سالم",
     "وأكد", "المشاريع ستنفذ", "indirect"),
    ("a title with a quoted name refers back", "وقال رئيس تحرير «الأنباء» أحمد سالم إن "
     "الصحيفة مستقلة. وقال خالد العمر إن الطقس حار. وأضاف رئيس تحرير «الأنباء» أن الصحيفة "
     "ستتوسع.", 2, "أحمد سالم", "وأضاف", "الصحيفة ستتوسع", "indirect"),
    ("a possessed verbal noun is no speaker", "وقال أحمد سالم إن الوضع مستقر. وأكد ترشحه "
     "للانتخابات المقبلة.", 1, "أحمد سالم", "وأكد", "ترشحه للانتخابات المقبلة", "indirect"),
    ("an adverb without tanween is no speaker", "وقال أحمد سالم إن الوضع مستقر. وأكد مرارا "
     "أن الحل قريب جدا.", 1, "أحمد سالم", "وأكد", "الحل قريب جدا", "indirect"),
    ("a demand's complement, not a later clause's «أن»", "طالب أحمد سالم بتشديد العقوبات "
     "على المخالفين، لتوجيه رسالة مفادها أن التهاون مرفوض.", 0, "أحمد سالم", "طالب",
     "بتشديد العقوبات على المخالفين", "indirect"),
    ("a demand's addressee of several definite words", "وقال أحمد سالم إن الوضع مستقر، "
     "مطالبا البلديات الكبرى والجهات المعنية بمضاعفة الجهود في المدن.", 1, "أحمد سالم", "مطالبا",
     "بمضاعفة الجهود في المدن", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind",
                         FROM_UNSEEN_ARTICLES, ids=[row[0] for row in FROM_UNSEEN_ARTICLES])
def test_construction_from_unseen_articles(label: str, text: str, index: int, speaker: str,
                                           cue: str, content: str, kind: str) -> None:
    test_construction(label, text, index, speaker, cue, content, kind)


# (text, contents of all its statements): false cues after a real statement
NOT_CUES = [
    ("وقال أحمد سالم إن الانفجار وقع فجرا. وعثر على أشلاء يعتقد أنها ناتجة عن تفجير.",
     ["الانفجار وقع فجرا"]),
    ("وقال أحمد سالم إن المطار مغلق. ويتوقع أن تصل الطائرة غدا.", ["المطار مغلق"]),
    ("وقال مصدر أمني إن الأسعار مستقرة. ولازالت التأكيدات تفيد بأن المباراة ستقام في لندن.",
     ["الأسعار مستقرة"]),
    ("وقال مصدر أمني إن الحادث وقع ليلا. ثم تبين أنها سيدة مضطربة نفسيا.",
     ["الحادث وقع ليلا"]),
    ("وقال مصدر أمني إن الحادث وقع ليلا. وتبين لهم أن الشركتين وهميتان.", ["الحادث وقع ليلا"]),
    ("وقال أحمد سالم إن المخدرات انتشرت. وأصبحت خطراً يهدد حياة الشباب في المدن الكبرى.",
     ["المخدرات انتشرت"]),
    ("وقال أحمد سالم إن الوضع هادئ. وتوقع الوزارة اليوم مذكرة تفاهم مع الشركة.",
     ["الوضع هادئ"]),
    ("ويهدد أحمد سالم الحكومة ولا شك أن الحكومة ستتدخل.", []),
    ("وقال أحمد سالم إن الطريق مزدحم. إلا أنه يعتقد أن الحل قريب جدا.",
     ["الطريق مزدحم", "الحل قريب جدا"]),
]


@pytest.mark.parametrize("text,contents", NOT_CUES)
def test_false_cues_in_context(text: str, contents: list[str]) -> None:
    assert [s.content.text for s in run(text).statements] == contents


def test_a_plural_source_names_no_one_after_it() -> None:
    doc = run("ونفت مصادر مقربة من اللاعب أحمد سالم تفكيره في الاعتزال نهائيا.")
    sp = doc.statements[0].speaker
    assert sp.entity is None and sp.text.startswith("مصادر")


def test_an_unclosed_quote_stops_before_the_reporter_s_paragraph() -> None:
    text = 'قال: «لن نتراجع. أبدا\nوقال سالم إن «الوضع »» مستقر «'
    alone = run(text.split("\n")[1]).statements
    doc = run(text)
    assert [(speaker_name(doc, 0), s.content.text) for s in doc.statements] == \
        [("سالم", alone[0].content.text)]
    nested = "قال: ” منذ قرأت النص\nمن جانب آخر “ذاكرة من ورق” تختلف تماما.”"
    assert find_quotes(nested)[0].close == len(nested) - 1  # a quote going on still closes


# (label, text, index, speaker, cue, content, kind): round 4 of constructions from unseen news
GROUPS = [
    ("a definite sound plural after the verb is an unnamed group",
     "وأكد المشاركون أن الندوة كانت ناجحة جدا.", 0, "المشاركون", "وأكد",
     "الندوة كانت ناجحة جدا", "indirect"),
    ("a singular cue does not continue a plural group",
     "قالت ليلى حسن إن الخطة جاهزة. وقال الباحثون إن النتائج مشجعة. وأضافت أن التنفيذ يبدأ "
     "غدا.", 2, "ليلى حسن", "وأضافت", "التنفيذ يبدأ غدا", "indirect"),
    ("a group phrase keeps only agreeing plural adjectives",
     "وأكد الزعماء القبليون اليوم أن الحملة ستستمر.", 0, "الزعماء القبليون", "وأكد",
     "الحملة ستستمر", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", GROUPS,
                         ids=[row[0] for row in GROUPS])
def test_group_speakers(label: str, text: str, index: int, speaker: str, cue: str,
                             content: str, kind: str) -> None:
    test_construction(label, text, index, speaker, cue, content, kind)


@pytest.mark.parametrize("text", ["وقال القانون إن المخالف يعاقب بالسجن.",
                                  "ويقول الزيتون أمس إن الموسم جيد هذا العام."])
def test_a_singular_noun_in_un_is_no_group(text: str) -> None:
    assert run(text).statements == ()


def test_a_broken_plural_of_people_speaks_through_a_plural_participle() -> None:
    doc = run("وقال أحمد سالم إن الوضع مستقر. وأدان الوزراء بشدة الهجمات الأخيرة، مؤكدين أن "
              "الإرهاب لا دين له.")
    sp = doc.statements[1].speaker
    assert (sp.entity, sp.name or sp.text, doc.statements[1].content.text) == (
        None, "الوزراء", "الإرهاب لا دين له")


def test_a_threat_to_something_is_no_statement() -> None:
    """«يهدد» reports only with its preposition («هدد بمقاطعة …»), not «يهدد حياة …»."""
    doc = run("وقال أحمد سالم إن الوضع خطير. ويهدد حياته وحياة المجتمعات الإنسانية. وهدد "
              "خالد العمر عام 2010 بمقاطعة المنتجات المستوردة.")
    assert [s.cue.text for s in doc.statements] == ["وقال", "وهدد"]


# (label, text, index, speaker, cue, content, kind): round 7 of constructions from unseen news
NAMES_AT_THE_CUE = [
    ("an interrogative after the cue is no speaker",
     "قالت ليلى حسن إن الخطة جاهزة. وأضافت كيف لنا أن نترك الأطفال وحدهم.", 1, "ليلى حسن",
     "وأضافت", "نترك الأطفال وحدهم", "indirect"),
    ("a cue form after «أبو» is a part of the speaker's name",
     "وأوضح الدكتور أحمد أبو طالب أن المستشفيات جاهزة لاستقبال الحجاج.", 0, "أحمد أبو طالب",
     "وأوضح", "المستشفيات جاهزة لاستقبال الحجاج", "indirect"),
    ("an addressee the NER took into a name ends the speaker",
     "وقال خالد العمر للصحفيين إن الفريق سيعود أقوى.", 0, "خالد العمر", "وقال",
     "الفريق سيعود أقوى", "indirect"),
    ("a name cut before its addressee links to the person named earlier",
     "قال أحمد سالم إن الأسعار مرتفعة. وقال سالم لشبكة الجزيرة إن الأندية تعرف ذلك.", 1,
     "أحمد سالم", "وقال", "الأندية تعرف ذلك", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", NAMES_AT_THE_CUE,
                         ids=[row[0] for row in NAMES_AT_THE_CUE])
def test_names_at_the_cue(label: str, text: str, index: int, speaker: str, cue: str,
                             content: str, kind: str) -> None:
    test_construction(label, text, index, speaker, cue, content, kind)


@pytest.mark.parametrize("text", [
    "وثمن اللواء صالح آل طالب دور البريد في خدمة المواطنين.",
    "ووصلت الحافلات إلى باب علي بن أبي طالب رضي الله عنه، وباب الملك عبد العزيز."])
def test_a_cue_form_inside_a_name_reports_nothing(text: str) -> None:
    assert run(text).statements == ()


# --- speech nested in reported content (quotes/ends.inside_clause) ----------------------

def test_a_relative_clause_cue_stays_in_the_content_and_speaks_nested() -> None:
    """«… فلان الذي ذكر أن …»: the outer content runs over the relative clause, whose cue
    still gives its own statement."""
    doc = run("وقال أحمد سالم إنه التقى بالوزير خالد العمر الذي ذكر أن المفاوضات ستستأنف "
              "قريبا.")
    assert [(speaker_name(doc, i), s.cue.text, s.content.text)
            for i, s in enumerate(doc.statements)] == [
        ("أحمد سالم", "وقال", "التقى بالوزير خالد العمر الذي ذكر أن المفاوضات ستستأنف قريبا"),
        ("خالد العمر", "ذكر", "المفاوضات ستستأنف قريبا")]


def test_the_predicate_of_the_reported_subject_is_no_new_statement() -> None:
    """«أن تقديرات الائتلاف … ترجح أن …»: the verb of the clause's own subject."""
    doc = run("وذكرت ليلى حسن أن تقديرات الائتلاف الحكومي الجديد ترجح أن تنتهي الأزمة قريبا.")
    assert [s.content.text for s in doc.statements] == [
        "تقديرات الائتلاف الحكومي الجديد ترجح أن تنتهي الأزمة قريبا"]


def test_a_relative_cue_without_subject_is_the_outer_speaker() -> None:
    """«في الهجوم الذي قالت إنه …»: the reporter goes on inside its own content."""
    doc = run("وأعلنت وزارة الداخلية مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] == [
        ("وزارة الداخلية", "مقتل جنديين في الهجوم الذي قالت إنه استهدف قافلة عسكرية"),
        ("وزارة الداخلية", "استهدف قافلة عسكرية")]


def test_a_contrasting_cue_after_fi_hin_ends_the_content() -> None:
    """«… في حين قال فلان إن …» (whereas) opens another statement, «حين قالت» (when) not."""
    doc = run("وقال أحمد سالم إن الوضع مستقر في حين قال خالد العمر إن الأزمة مستمرة.")
    assert [s.content.text for s in doc.statements] == ["الوضع مستقر", "الأزمة مستمرة"]
    doc = run("وأوضح أحمد سالم أن الطالبة غضبت حين قالت ليلى حسن إنها لن تنجح.")
    assert doc.statements[0].content.text == "الطالبة غضبت حين قالت ليلى حسن إنها لن تنجح"


# --- cues that report no speech here (quotes/nonspeech.py) -------------------------------

NO_SPEECH = [
    "وأظهرت بيانات ملاحية أن سبع سفن حجزت مؤقتا لنقل الوقود.",
    "وستأخذ القضية منحى جديدا بعد ظهور فيديو يكشف تفاصيل جديدة الحادثة، ففي الوقت الذي "
    "نفت فيه الجامعة صلتها بالوفاة، يظهر الفيديو نقاشا حادا.",
    "وهناك فرضيات كثيرة تدعي أن العالم يتعرض لمؤامرة كبرى.",
    "وأعلن أحمد سالم عزمه زيارة بغداد في سبتمبر المقبل.",
    "بينما أعلن وزير الخارجية، أحمد سالم، زيارته المقبلة، كما تستطلع بغداد آفاق الاستثمار.",
]


@pytest.mark.parametrize("text", NO_SPEECH)
def test_things_intentions_and_connectives_report_nothing(text: str) -> None:
    """Data, a video or hypotheses show or claim; «عزمه» announces a plan; «كما …» after the
    subject opens the reporter's next clause, no object.  After a woman speaking, nothing
    else speaks."""
    doc = run("قالت ليلى حسن إن الوضع صعب. " + text)
    assert [s.cue.text for s in doc.statements] == ["قالت"]


def test_a_cue_right_after_an_as_claimed_cue_opens_its_own_content() -> None:
    """«حسبما يدعي وقال فلان إنه …»: «وقال» has the content, not «يدعي»."""
    doc = run("قال أحمد سالم إن الوضع صعب. وطرد اللاعب بعد إشارة غير لائقة ردا على الإساءة "
              "حسبما يدعي وقال خالد العمر في بيان إنه عاقب اللاعب بالإيقاف.")
    assert [(s.cue.text, speaker_name(doc, i)) for i, s in enumerate(doc.statements)] == [
        ("قال", "أحمد سالم"), ("وقال", "خالد العمر")]


def test_a_denied_intention_is_still_reported() -> None:
    doc = run("ونفت وزارة الداخلية نيتها إغلاق المكاتب في بغداد.")
    assert [s.cue.text for s in doc.statements] == ["ونفت"]


@pytest.mark.parametrize("text,cue,speaker,content", [
    ("وروى أحد سكان المدينة ويدعى أحمد سالم أن المدينة غارقة في الفوضى.", "وروى",
     "أحمد سالم", "المدينة غارقة في الفوضى"),
    ("وقال مقيم أردني يُدعى أحمد سالم \"المدينة جميلة جدا في فصل الصيف\".", "وقال",
     "أحمد سالم", "المدينة جميلة جدا في فصل الصيف"),
    ("وقال أحمد سالم الذي يصف نفسه بأنه خبير إن القرار خاطئ.", "وقال", "أحمد سالم",
     "القرار خاطئ"),
])
def test_is_called_and_self_descriptions_are_no_cues(text: str, cue: str, speaker: str,
                                                      content: str) -> None:
    """«يُدعى فلان» names someone, «يصف نفسه بأنه» describes: the real cue speaks."""
    doc = run(text)
    assert [(s.cue.text, speaker_name(doc, i), s.content.text)
            for i, s in enumerate(doc.statements)] == [(cue, speaker, content)]


def test_about_it_between_the_cue_and_its_subject() -> None:
    """«قالت عنها الوزارة إنها …»; a relay «ونقلت عنها الوكالة أن …» keeps the person
    named before and relays through the agency."""
    doc = run("وتدعم الهواتف تقنية جديدة قالت عنها وزارة الداخلية إنها تتيح الشحن السريع.")
    assert [(speaker_name(doc, 0), s.content.text) for s in doc.statements] == [
        ("وزارة الداخلية", "تتيح الشحن السريع")]
    doc = run("قالت ليلى حسن إن العمل مستمر. ونقلت عنها وكالة الأنباء العراقية أن المشروع "
              "سيكتمل قريبا.")
    agency = next(e for e in doc.entities if e.type == "ORG")
    assert (speaker_name(doc, 1), doc.statements[1].via) == ("ليلى حسن", agency.id)


@pytest.mark.parametrize("text,expected", [
    ("ودعا خبراء من شرق آسيا الحكومة أمس إلى معالجة المخاوف بشأن الخطة.",
     [("خبراء", "معالجة المخاوف بشأن الخطة")]),
    ("وأعلنت وزارة الداخلية في بيان لها اليوم استشهاد أحد الجنود في بغداد.",
     [("وزارة الداخلية", "استشهاد أحد الجنود في بغداد")]),
    ("وتوقع تقرير منفصل للوزارة حول الأسواق هبوط الأسعار لعدة أشهر.", []),
])
def test_a_subject_phrase_before_a_noun_object_is_not_the_object(
        text: str, expected: list[tuple[str, str]]) -> None:
    """After a subject, a prepositional phrase not the cue's own («من شرق آسيا», «في بيان
    لها») goes with the subject or the setting: the object starts at the cue's preposition
    or a verbal noun after it, else no boundary is sure and nothing is reported."""
    doc = run(text)
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == expected


@pytest.mark.parametrize("text,expected", [
    ("ويرى البعض أن الخطة جاءت متأخرة جدا في هذا الوقت.", []),
    ("عدد كبير من الخبراء يشكك في أن الحكومة قادرة على إنجاز المشروع.", []),
    ("وأكد عدد من الخبراء أن الأسعار سترتفع خلال العام المقبل.",
     [("عدد من الخبراء", "الأسعار سترتفع خلال العام المقبل")]),
    ("ورأى أحمد سالم أن الخطة جاءت متأخرة جدا.", [("أحمد سالم", "الخطة جاءت متأخرة جدا")]),
])
def test_an_indefinite_group_holds_opinions_but_speaks_only_with_speech_verbs(
        text: str, expected: list[tuple[str, str]]) -> None:
    """«ويرى البعض أن …», «عدد من الخبراء يشكك في أن …»: a belief, doubt or evaluation of
    some is no statement; «وأكد عدد من الخبراء أن …» is, and so is «ورأى فلان أن …»."""
    doc = run(text)
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == expected


def test_a_belief_inside_reported_content_is_part_of_it() -> None:
    """«أعلنت الوزارة أن بغداد تعتبر أن …»: the belief is what the ministry announced, not
    a statement of its own."""
    doc = run("أعلنت وزارة الداخلية أن بغداد تعتبر أن القضية انتهت تماما بعد دفع المبالغ.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == [("وزارة الداخلية", "بغداد تعتبر أن القضية انتهت تماما بعد دفع المبالغ")]


@pytest.mark.parametrize("tail", ["وفق الوزارة", "بحسب وزارة الداخلية", "وفقا للوزارة",
                                  "نقلا عن مصادر أمنية"])
def test_an_attribution_phrase_after_the_reported_clause_ends_it(tail: str) -> None:
    """«… "…" وفق المرصد، الذي …»: the reporter's «وفق/بحسب/وفقا لـ/نقلا عن» + a source
    is a gloss, not what was said."""
    doc = run(f"قالت وزارة الداخلية إن الشرطة اعتقلت \"ثلاثة أشخاص آخرين في بغداد\" {tail}، "
              "التي أشارت إلى أن التحقيق مستمر.")
    assert doc.statements[0].content.text == "الشرطة اعتقلت \"ثلاثة أشخاص آخرين في بغداد\""


def test_abana_is_a_reporting_verb() -> None:
    """«وأبان X أن …» ("X made clear that …") reports speech like «وبين»."""
    doc = run("زار أحمد سالم بغداد أمس. وأبان سالم أن المشروع سيكتمل قبل نهاية العام المقبل.")
    assert [(speaker_name(doc, i), s.cue.text, s.content.text)
            for i, s in enumerate(doc.statements)] \
        == [("أحمد سالم", "وأبان", "المشروع سيكتمل قبل نهاية العام المقبل")]


@pytest.mark.parametrize("text,expected", [
    ('ونفى أحمد سالم في تصريح إلى "الصباح" ما ذكرته الشركة عن نقل الموظفين إلى المستشفى.',
     [("أحمد سالم", "ما ذكرته الشركة عن نقل الموظفين إلى المستشفى")]),
    ("وناشد أحمد سالم خلال حديثه لـ«الصباح» بضرورة إيجاد حلول عاجلة لقطاع التعليم.",
     [("أحمد سالم", "بضرورة إيجاد حلول عاجلة لقطاع التعليم")]),
    ("وأكد أحمد سالم في تصريح صحفي لـ«الصباح» تميز موسم الحصاد هذا العام بجودة المحصول.",
     [("أحمد سالم", "تميز موسم الحصاد هذا العام بجودة المحصول")]),
])
def test_a_channel_phrase_before_the_object_is_left_out(
        text: str, expected: list[tuple[str, str]]) -> None:
    """«ونفى فلان في تصريح إلى "…" ما …», «خلال حديثه لـ«…» بضرورة …»: the channel of the
    speech and its addressee stand before the object; the content starts after them."""
    doc = run(text)
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == expected


def test_hasab_before_an_ordinary_noun_phrase_is_no_source() -> None:
    """«حسب حركة السوق» (depending on the market's movement): a head noun of bodies in
    construct with an ordinary noun is no source gloss; the content goes on."""
    doc = run("وقال أحمد سالم إن الأسعار تتغير أسبوعيا حسب حركة السوق في المنطقة.")
    assert [s.content.text for s in doc.statements] \
        == ["الأسعار تتغير أسبوعيا حسب حركة السوق في المنطقة"]


def test_a_quantity_of_things_is_no_speaking_group() -> None:
    """«نقلت لنا الكثير من الصور أنه …»: a quantity noun counting things is no group of
    people; «أوضح مجموعة من رجال الفكر أن …» is."""
    assert run("نقلت لنا الكثير من الصور أنه حين ترك الناس أماكنهم تركوا النفايات.").statements == ()
    doc = run("وأوضح مجموعة من رجال الفكر أن القراءة تراجعت كثيرا في السنوات الأخيرة.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)] \
        == [("مجموعة من رجال الفكر", "القراءة تراجعت كثيرا في السنوات الأخيرة")]


@pytest.mark.parametrize("text,content", [
    ("وقال أحمد سالم: إن الظروف الاجتماعية تلعب دورا أساسيا في عطاء الموظف.",
     "الظروف الاجتماعية تلعب دورا أساسيا في عطاء الموظف"),
    ("وأضاف أحمد سالم: إننا ننظر في آليات تنمية الموارد.", "ننظر في آليات تنمية الموارد"),
    ("وقال أحمد سالم: إن لم نعمل بجد فلن ننجح في هذه المهمة.",
     "إن لم نعمل بجد فلن ننجح في هذه المهمة"),
])
def test_a_complementizer_after_a_colon_opens_the_content(text: str, content: str) -> None:
    """«وقال فلان: إن …»: the complementizer after the colon is left out like after the
    cue; a conditional «إن لم …» stays."""
    assert [s.content.text for s in run(text).statements] == [content]


def test_yudhkar_anna_is_the_reporters_formula() -> None:
    """«يُذكر أن …» (it is worth mentioning) without a subject: nobody speaks; «ويذكر
    فلان أن …» still reports."""
    doc = run("وقال أحمد سالم إن المشروع ناجح.\nيذكر أنه تم إطلاق المشروع قبل عامين في المدينة.")
    assert [s.content.text for s in doc.statements] == ["المشروع ناجح"]
    doc = run("وقال أحمد سالم إن المشروع ناجح. ويذكر سالم أن الحكومة أطلقت المشروع قبل عامين.")
    assert [s.content.text for s in doc.statements] \
        == ["المشروع ناجح", "الحكومة أطلقت المشروع قبل عامين"]
