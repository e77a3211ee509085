"""Quote attribution: constructions missed on unseen articles (session 9 blind development
review), one made-up sentence per rule; each row fails without its rule."""
from __future__ import annotations

import pytest

from .quotes_support import check_statement, run

# (label, text, index of the statement, speaker name or unnamed-source text, cue, content, kind)
TABLE = [
    ("«أمله» (his hope) is the object of «أعرب», not a cue",
     "وأعرب خالد العمر عن أمله في نجاح الخطة الجديدة.", 0, "خالد العمر", "وأعرب",
     "أمله في نجاح الخطة الجديدة", "indirect"),
    ("a comma before the cue's own preposition opens no apposition",
     "وأعرب المواطن خالد العمر، عن أمله في تحسين الطرق الرئيسية في المدينة.", 0,
     "خالد العمر", "وأعرب", "أمله في تحسين الطرق الرئيسية في المدينة", "indirect"),
    ("a news agency speaks («وكالة أنباء» is no «أنباء»)",
     "وذكرت وكالة أنباء الشرق أن ستة أشخاص اعتقلوا للاشتباه بهم.", 0,
     "وكالة أنباء الشرق", "وذكرت", "ستة أشخاص اعتقلوا للاشتباه بهم", "indirect"),
    ("a comma and a participle cue end the content, even without an opener",
     "وأوضح أحمد سالم أن المقابلات ستستمر ثمانية أيام، مبينا بعض جوانب التسهيلات للمعلمين.",
     0, "أحمد سالم", "وأوضح", "المقابلات ستستمر ثمانية أيام", "indirect"),
    ("a participle of «بيّن» takes a noun complement",
     "وأوضح أحمد سالم أن المقابلات ستستمر ثمانية أيام، مبينا بعض جوانب التسهيلات للمعلمين.",
     1, "أحمد سالم", "مبينا", "بعض جوانب التسهيلات للمعلمين", "indirect"),
    ("a reporting verb with «و» right after a closing quote ends the content",
     'وقال أحمد سالم إنها "غير مرحب بها على الإطلاق" وتساءل عن سبب الصمت الدولي.', 0,
     "أحمد سالم", "وقال", "غير مرحب بها على الإطلاق", "direct"),
    ("«تساءل عن» takes a noun complement",
     'وقال أحمد سالم إنها "غير مرحب بها على الإطلاق" وتساءل عن سبب الصمت الدولي.', 1,
     "أحمد سالم", "وتساءل", "سبب الصمت الدولي", "indirect"),
    ("«كما» + a reporting verb ends a noun complement without a comma",
     "وطالب أحمد سالم الدول الكبرى بتحمل مسؤولياتها بدلا من منح الامتيازات كما دعا إلى "
     "تسجيل احتجاج رسمي.", 0, "أحمد سالم", "وطالب",
     "بتحمل مسؤولياتها بدلا من منح الامتيازات", "indirect"),
    ("an alliance speaks", "وقال الحلف إن الجلسة ستعقد بعد غد في بروكسل.", 0, "الحلف",
     "وقال", "الجلسة ستعقد بعد غد في بروكسل", "indirect"),
    ("the press speaks", "واعتبرت الصحافة أن العلاقة بين البلدين قد تتأزم من جديد.", 0,
     "الصحافة", "واعتبرت", "العلاقة بين البلدين قد تتأزم من جديد", "indirect"),
    ("«وأكمل:» continues speech",
     'قال أحمد سالم إن الخطة جاهزة. وأكمل: "سننتهي من المرحلة الأولى قبل نهاية العام".',
     1, "أحمد سالم", "وأكمل", "سننتهي من المرحلة الأولى قبل نهاية العام", "direct"),
    ("«بالقول:» opens unquoted speech",
     "قال أحمد سالم إن الاتفاق مهم. واستدرك سالم بالقول: لا مانع من النقاش إذا كان هناك "
     "أمر يحتاج إليه.", 1, "أحمد سالم", "بالقول",
     "لا مانع من النقاش إذا كان هناك أمر يحتاج إليه", "direct"),
    ("«برر» with an opener reports",
     "وبرر أحمد سالم أن سبب الانخفاض يعود إلى تراجع الأسعار.", 0, "أحمد سالم", "وبرر",
     "سبب الانخفاض يعود إلى تراجع الأسعار", "indirect"),
    ("«لمّح إلى أن» reports",
     "ولمح أحمد سالم إلى أن التصعيد سيؤثر في اقتصاد الإقليم.", 0, "أحمد سالم", "ولمح",
     "التصعيد سيؤثر في اقتصاد الإقليم", "indirect"),
    ("an unnamed subject ends before the cue's own preposition",
     "وأشارت مصادر طبية إلى سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس خالد العمر "
     "وإصابة 29 بجروح.", 0, "مصادر طبية", "وأشارت",
     "سقوط سبعة قتلى بين صفوف القوات الموالية للرئيس خالد العمر وإصابة 29 بجروح", "indirect"),
    ("the cue's own preposition before a later opener gives the noun complement",
     "وقال أحمد سالم إن الجمعية نشطة، كاشفا عن مشروع للتوظيف تعمل عليه الجمعية، من "
     "المتوقع أن يقام قريبا.", 1, "أحمد سالم", "كاشفا",
     "مشروع للتوظيف تعمل عليه الجمعية، من المتوقع أن يقام قريبا", "indirect"),
    ("a bracketed alias of the subject stands before the cue's preposition",
     "وأعلنت وزارة الداخلية (الداخلية) اليوم الأحد في بغداد عن فتح باب التسجيل للمتطوعين.",
     0, "وزارة الداخلية", "وأعلنت", "فتح باب التسجيل للمتطوعين", "indirect"),
    ("a quoted alias of the subject stands before the cue's preposition",
     "وأعلنت وزارة الداخلية «الداخلية» عن فتح باب التسجيل للمتطوعين في بغداد.",
     0, "وزارة الداخلية", "وأعلنت", "فتح باب التسجيل للمتطوعين في بغداد", "indirect"),
    ("«وكان فلان قد أعلن …»: the subject stands before «قد», the object after the cue",
     "وكانت وزارة الداخلية قد أعلنت أمس هدنة تبدأ ليل الأحد لمدة خمسة أيام.", 0,
     "وزارة الداخلية", "أعلنت", "هدنة تبدأ ليل الأحد لمدة خمسة أيام", "indirect"),
    ("«أفاد ب…» takes a prepositional complement",
     "وأفادت مصادر يمنية أمس الخميس بسيطرة المقاومة على أجزاء من المدينة.", 0,
     "مصادر يمنية", "وأفادت", "بسيطرة المقاومة على أجزاء من المدينة", "indirect"),
    ("«أبدى» takes a noun complement",
     "وأبدى خالد العمر استعداده للتعاون مع أي جهد دولي لتسوية الأزمة.", 0, "خالد العمر",
     "وأبدى", "استعداده للتعاون مع أي جهد دولي لتسوية الأزمة", "indirect"),
    ("«أبدى» with a far opener keeps its noun complement",
     "وأبدى خالد العمر رأيه حول الحملة متطلعا إلى أن تحقق الانتخابات الآمال.", 0,
     "خالد العمر", "وأبدى", "رأيه حول الحملة متطلعا إلى أن تحقق الانتخابات الآمال",
     "indirect"),
    ("«لفت إلى» takes a noun complement",
     "ولفتت وزارة الداخلية إلى إصابة أربعة عسكريين في الهجوم.", 0, "وزارة الداخلية",
     "ولفتت", "إصابة أربعة عسكريين في الهجوم", "indirect"),
    ("«لافتا إلى أن «…»» keeps its quoted clause",
     "وقال أحمد سالم إن المشروع كبير، لافتا إلى أن «التكلفة ستكون مرتفعة جدا هذا العام».",
     1, "أحمد سالم", "لافتا", "التكلفة ستكون مرتفعة جدا هذا العام", "direct"),
    ("«، حيث» + a verb that needs an opener and has none goes on",
     "وقال أحمد سالم إن المشروع يضم جسرا على شكل قوس، حيث يبلغ طول الجسر 380 مترا.", 0,
     "أحمد سالم", "وقال", "المشروع يضم جسرا على شكل قوس، حيث يبلغ طول الجسر 380 مترا",
     "indirect"),
    ("«، حيث» + a reporting verb ends the content",
     "وأبدى خالد العمر رأيه حول الحملة، حيث بيّن أحمد سالم أن الحملة مهمة للجميع.", 1,
     "أحمد سالم", "بيّن", "الحملة مهمة للجميع", "indirect"),
]


@pytest.mark.parametrize("label,text,index,speaker,cue,content,kind", TABLE,
                         ids=[row[0] for row in TABLE])
def test_construction(label: str, text: str, index: int, speaker: str, cue: str,
                      content: str, kind: str) -> None:
    check_statement(text, index, speaker, cue, content, kind)


NO_SPEECH = [
    ("«مفيدة للصحة» is an adjective", "الفاكهة مفيدة للصحة لأن فيها حديدا ونحاسا."),
    ("«يبدون» in a relative clause", "ويمنح الأهالي حق منع الشباب الذين يبدون رغبة بالسفر."),
    ("«لفت الأنظار» draws attention", "ولفت خالد العمر الأنظار بأدائه المميز في المباراة."),
    ("«لافتة» is an adjective with a far opener",
     "وشاع استعمالها بطريقة لافتة لدى أعداد متصاعدة من الساسة، إلا أنها تكاد تختفي اليوم."),
    ("a threat with a far opener says nothing",
     "إن صراع الهويات بات يهدد دولنا ومجتمعاتنا كلها، والأخطر أن هناك دولا طامعة."),
]


@pytest.mark.parametrize("label,text", NO_SPEECH, ids=[row[0] for row in NO_SPEECH])
def test_no_speech(label: str, text: str) -> None:
    assert run(text).statements == ()


def test_sourced_clause_of_a_prepositional_cue() -> None:
    """«…، حسبما أفاد مسؤولون»: the clause before the cue is speech, whatever its
    preposition."""
    doc = run("لقي 16 شرطيا حتفهم في تحطم طائرة، حسبما أفاد مسؤولون أمس.")
    assert [(s.cue.text, s.content.text) for s in doc.statements] == \
        [("أفاد", "لقي 16 شرطيا حتفهم في تحطم طائرة")]


def test_a_participle_after_a_preposition_is_a_noun() -> None:
    """«وكتب على لافتة …»: a sign, not the participle of «لفت»."""
    doc = run('وقالت ليلى حسن إن المدينة نظيفة. وكتب على لافتة علقت بالقرب من الجدران '
              'باللغات الانجليزية والصينية "ابق في منزلك ولا تخرج الليلة".')
    assert [s.cue.text for s in doc.statements] == ["وقالت"]
