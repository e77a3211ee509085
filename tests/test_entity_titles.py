"""Titles of people written in lists of officials: «…، ورئيس مجلس الوزراء فلان، ووزير المالية علان»."""
import arabic_extract
from arabic_extract.document import Document
from arabic_extract.entities.names import title_after, titles_before
from arabic_extract.tokenize import Tokenizer

LIST = ("وحضر الاجتماع رئيس البرلمان الأوروبي مارتن شولتز، ورئيس المصرف المركزي الأوروبي "
        "ماريو دراغي، ووزير المالية محمد العلي، والمدير التنفيذي للصندوق خالد السالم.")


def _tokens(text):
    return Tokenizer()(Document(text=text)).tokens


def test_a_title_with_a_glued_waw_starts_the_title_without_it():
    tokens = _tokens(LIST)
    assert titles_before(LIST, tokens, LIST.index("ماريو")) == ["رئيس المصرف المركزي الأوروبي"]
    assert titles_before(LIST, tokens, LIST.index("محمد العلي")) == ["وزير المالية"]
    assert titles_before(LIST, tokens, LIST.index("خالد")) == ["المدير التنفيذي للصندوق"]


def test_the_title_run_stops_at_the_previous_member_of_the_list():
    text = "استقبل الشيخ فيصل الفوزان ورئيس المحكمة العامة إبراهيم الحسني."
    tokens = _tokens(text)
    assert titles_before(text, tokens, text.index("إبراهيم")) == ["رئيس المحكمة العامة"]


def test_a_waw_that_belongs_to_the_title_word_is_kept():
    text = "وصرح وزير الداخلية أحمد سالم بأن الوضع مستقر."
    assert titles_before(text, _tokens(text), text.index("أحمد")) == ["وزير الداخلية"]


def test_the_next_member_of_a_list_is_no_apposition():
    text = "وحضر الحفل الأمير فيصل بن سلمان، والأمير تركي بن عبدالله، وعدد من المسؤولين."
    tokens = _tokens(text)
    assert title_after(text, tokens, text.index("، والأمير")) == []
    apposed = "وقال أحمد قطان، سفير المملكة في القاهرة، إن الزيارة ناجحة."
    assert title_after(apposed, _tokens(apposed), apposed.index("،")) == ["سفير المملكة في القاهرة"]


def test_a_title_from_a_list_lets_a_later_title_subject_speak_as_the_person():
    text = LIST.replace("والمدير التنفيذي للصندوق", "ورئيس مجلس الوزراء") + \
        " وقال رئيس مجلس الوزراء إن الاتفاق جيد."
    doc = arabic_extract.load()(text)
    people = {e.name: e.titles for e in doc.entities if e.type == "PER"}
    assert people["خالد السالم"] == ("رئيس مجلس الوزراء",)
    assert people["محمد العلي"] == ("وزير المالية",)
    (statement,) = doc.statements
    assert statement.speaker.name == "خالد السالم"


def test_military_ranks_are_titles_and_family_names_stay_names():
    doc = arabic_extract.load()("وقال العميد ملازم ثاني خالد أحمد إن الوضع هادئ. "
                                "ونقل جثمان العريف سعيد محمد الغامدي إلى محافظة بارق.")
    people = {e.name: e.titles for e in doc.entities if e.type == "PER"}
    assert people["خالد أحمد"] == ("العميد ملازم ثاني",)
    assert people["سعيد محمد الغامدي"] == ("العريف",)
    family = arabic_extract.load()("وقال الفنان أحمد الجندي إن الفيلم ناجح.")
    assert [e.name for e in family.entities] == ["أحمد الجندي"]


def test_an_imam_title_with_its_mosque_joins_the_title_run():
    """«إمام» (hamza below) heads a title when a mosque follows it as its genitive."""
    text = "أوصى إمام وخطيب المسجد الحرام بمكة المكرمة الشيخ الدكتور سالم العتيبي المصلين."
    assert titles_before(text, _tokens(text), text.index("سالم")) == [
        "إمام وخطيب المسجد الحرام بمكة المكرمة", "الشيخ الدكتور"]


def test_the_surname_imam_ending_a_name_is_no_title_of_the_next_name():
    text = "وشارك عادل إمام وسعيد صالح في العرض المسرحي."
    assert titles_before(text, _tokens(text), text.index("سعيد")) == []


def test_the_imam_title_speaks_for_the_preacher_named_after_it():
    text = ("أوصى إمام وخطيب المسجد الحرام بمكة المكرمة الشيخ الدكتور سالم العتيبي المصلين "
            "بالتقوى. وكشف إمام وخطيب المسجد الحرام أن الحقد يعمي القلوب.")
    doc = arabic_extract.load()(text)
    assert [(s.cue.text, s.speaker.name) for s in doc.statements][-1] == ("وكشف", "سالم العتيبي")
