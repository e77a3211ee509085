"""Precision rules of quote attribution: constructions that look like reported speech but
report none, or whose content or speaker bounds were taken too wide."""
from __future__ import annotations

from tests.quotes_support import run, speaker_name


def test_a_things_relative_clause_reports_nothing() -> None:
    """«المعسكرات التي تؤكد أن …»: the present verb of a thing's relative clause is no
    speech; a person's relative clause («سالم الذي يؤكد أن …») and an object relative with
    a past verb («الهجوم الذي قال إن …», the speaker is the reporter's subject) still are."""
    doc = run("وأشاد أحمد سالم بسير المعسكرات الداخلية والخارجية التي تؤكد أن اللاعبين"
              " في أفضل حال.")
    assert [s.cue.text for s in doc.statements] == ["وأشاد"]
    doc = run("وأشاد المدرب بأداء أحمد سالم الذي يؤكد أن اللاعبين في أفضل حال.")
    assert [(speaker_name(doc, i), s.content.text) for i, s in enumerate(doc.statements)
            if s.cue.text == "يؤكد"] == [("أحمد سالم", "اللاعبين في أفضل حال")]
    doc = run("وتحدث أحمد سالم عن الهجوم الذي قال إن حصيلة ضحاياه ارتفعت إلى عشرة.")
    assert [s.content.text for s in doc.statements] == ["حصيلة ضحاياه ارتفعت إلى عشرة"]


def test_a_prayer_is_no_statement() -> None:
    """«داعياً المولى أن يتغمده …» (God addressed) and «داعية له بالمغفرة» (a blessing
    asked for) are prayers; «ودعا فلان إلى الحوار» is a call and is reported."""
    doc = run("وقدم أحمد سالم العزاء لأسرة الفقيد، داعيا المولى عز وجل أن يتغمده بواسع رحمته.")
    assert doc.statements == ()
    doc = run("وقال أحمد سالم إن الفقيد كان مثالا للعطاء. وأضاف داعيا للفقيد بالرحمة والمغفرة"
              " والرضوان.")
    assert [s.cue.text for s in doc.statements] == ["وقال"]
    doc = run("ودعا أحمد سالم إلى الحوار بين الأطراف كافة.")
    assert [s.content.text for s in doc.statements] == ["الحوار بين الأطراف كافة"]


def test_a_setting_phrase_before_the_object_is_left_out() -> None:
    """«وأشار فلان في تقريره عن العام الماضي، إلى …»: the cue's preposition right after the
    setting's comma opens the object; quote marks of a name inside the setting («في حوار
    مع صحيفة «الحياة» …») do not end it."""
    doc = run("وأشار أحمد سالم في تقريره عن العام الماضي، إلى الانتهاء من مشروع النظام الجديد.")
    assert [s.content.text for s in doc.statements] == ["الانتهاء من مشروع النظام الجديد"]
    doc = run("ودعا أحمد سالم في حوار جريء جدا مع صحيفة «الحياة» اللندنية إلى إعادة النظر في"
              " السياسة الخارجية.")
    assert [s.content.text for s in doc.statements] == ["إعادة النظر في السياسة الخارجية"]


def test_a_short_title_after_an_owned_work_is_no_speech() -> None:
    """«وحسين علاوي في كتابه "…" أن …»: a short quote after «كتابه» names the book, the
    «أن» clause is what the historians report; a long quote after «روايته» cites it."""
    doc = run('فيذكر المؤرخ أحمد سالم، وحسين علاوي في كتابه "القوافل القديمة للتجارة" أن'
              " التجارة ازدهرت في القرن الماضي.")
    assert [s.content.text for s in doc.statements] == ["التجارة ازدهرت في القرن الماضي"]
    doc = run('يقول أحمد سالم في مقدمة روايته "العود الأبدي فكرة يكتنفها الغموض وبها أربك'
              ' الفلاسفة كثيرا في كل العصور".')
    assert [s.kind for s in doc.statements] == ["direct"]


def test_a_participle_never_takes_the_object_of_the_verb_before_it() -> None:
    """«وتوقعت انصياع بعض المسؤولين …، معربة عن …»: the verbal noun after a verb without
    its own subject is its object, no speaker of the participle after it."""
    doc = run("وأكدت ليلى حسن أن التصريحات لا تخدم البلاد. وتوقعت انصياع بعض المسؤولين"
              " للأجندات الأجنبية، معربة عن أملها في عودة الهدوء إلى المنطقة.")
    assert [speaker_name(doc, i) for i, s in enumerate(doc.statements)
            if s.cue.text == "معربة"] == ["ليلى حسن"]
    doc = run("وأكدت ليلى حسن أن التصريحات لا تخدم البلاد، وتؤكد انصياع بعض المسؤولين"
              " للأجندات الأجنبية، معربة عن أملها في عودة الهدوء إلى المنطقة.")
    assert [speaker_name(doc, i) for i, s in enumerate(doc.statements)
            if s.cue.text == "معربة"] == ["ليلى حسن"]


def test_a_date_before_the_object_is_left_out() -> None:
    """«أعلنت في 8 يوليو الحالي الاستغناء عن …»: the date is the cue's adjunct of time,
    the object starts after it (also before the cue's own preposition)."""
    doc = run("وكان أحمد سالم قد أعلن في 8 يوليو الحالي الاستغناء عن عدد من الموظفين.")
    assert [s.content.text for s in doc.statements] == ["الاستغناء عن عدد من الموظفين"]
    doc = run("وكشف أحمد سالم في مايو الماضي عن زيادة كبيرة في أرباح الشركة.")
    assert [s.content.text for s in doc.statements] == ["زيادة كبيرة في أرباح الشركة"]
    doc = run("وأعلن أحمد سالم يوم الخميس الماضي إغلاق جميع المدارس في المدينة.")
    assert [s.content.text for s in doc.statements] == ["إغلاق جميع المدارس في المدينة"]


def test_a_title_before_a_body_does_not_name_the_body() -> None:
    """«وأعلن قائد الجيش …» after «قال الجيش …»: the commander is not the army (a body
    named right after a title is the title's, not its bearer)."""
    doc = run("قالت قيادة العمليات المشتركة إن المناورات انتهت. وأعلن قائد قيادة العمليات"
              " المشتركة أن القوات مستعدة للدفاع عن البلاد.")
    assert [s.speaker.entity is None for s in doc.statements] == [False, True]


def test_a_genitive_after_the_subject_is_not_the_object() -> None:
    """«وتوقعت الهيئة العامة للطيران المدني ارتفاع …، …»: a «لل…» phrase after the subject
    continues its name even with a comma later in the clause; the verbal noun after it is
    the object."""
    doc = run("وتوقعت الهيئة العامة للطيران المدني ارتفاع عدد المسافرين هذا العام، بنسبة"
              " عشرة في المئة.")
    assert [s.content.text for s in doc.statements] == [
        "ارتفاع عدد المسافرين هذا العام، بنسبة عشرة في المئة"]


def test_an_event_noun_after_a_cue_is_its_object() -> None:
    """«كما توقع حدوث ارتباك …», «وأكد وقوع الانفجار …»: a verbal noun of an event is what
    is reported, the speaker is the one named before."""
    doc = run("وقال أحمد سالم إن الوضع هادئ. كما توقع حدوث ارتباك لدى المنتقدين بين"
              " المنشآت المعلنة والمخفية.")
    assert [(speaker_name(doc, i), s.content.text[:10]) for i, s in enumerate(doc.statements)] \
        == [("أحمد سالم", "الوضع هادئ"), ("أحمد سالم", "حدوث ارتبا")]
