"""Rules of the entity review of the blind development set (session 9): nisba adjectives
after a «لل» field ending an organization name, a paper told something before a colon or
«في حديثه مع», and the short form of a «general» body's name (made-up sentences, through
the pipeline and the rule functions)."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.entities.general_forms import short_form
from arabic_extract.ner.field_adjectives import join_field_adjectives
from arabic_extract.ner.org_endings import EndingWords
from arabic_extract.ner.national import nationalities
from arabic_extract.ner.person_places import person_place_heads, retype_person_places
from arabic_extract.normalize import normalize

O, B, I = "O", "B-ORG", "I-ORG"


@pytest.fixture(scope="module")
def nlp():
    return arabic_extract.load(quotes=None)


def _mentions(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in nlp(arabic_extract.Document(text=text)).mentions]


@pytest.mark.parametrize("text,tags,expected", [
    # a nisba after the «لل» field ends the name, also after a definite head
    ("بدات لجنة المدينة للانتخابات البلدية عملها", [O, B, I, I, O, O], [O, B, I, I, I, O]),
    ("قالت اللجنة الفرعية للاغاثة الانسانية ان", [O, B, I, I, O, O], [O, B, I, I, I, O]),
    # not an adjective of time, nor after a mention that ends with no field
    ("قالت لجنة المدينة للانتخابات السنوية ان", [O, B, I, I, O, O], [O, B, I, I, O, O]),
    ("قالت لجنة المدينة الانسانية ان", [O, B, I, O, O], [O, B, I, O, O]),
    # only after an organization head
    ("قال سالم الرياض للانتخابات البلدية ان", [O, B, I, I, O, O], [O, B, I, I, O, O]),
])
def test_field_adjectives(text: str, tags: list[str], expected: list[str]) -> None:
    norms = [normalize(w) for w in text.split()]
    words = EndingWords.load(nationalities())
    join_field_adjectives(norms, norms, tags, words.heads, words.not_name)
    assert tags == expected


def test_field_adjectives_in_pipeline(nlp) -> None:
    found = _mentions(nlp, "بدأت اللجنة الفرعية للانتخابات البلدية في المحافظة عملها.")
    assert ("اللجنة الفرعية للانتخابات البلدية", "ORG") in found


@pytest.mark.parametrize("text", [
    # the verb is far from «لـ», but a colon follows the paper's name
    "وقال سالم العتيبي، الباحث في مركز الدراسات الاستراتيجية بجامعة الملك سعود في الرياض "
    "منذ سنوات، لـ«الشرق الأوسط»: «الأسعار سترتفع».",
    # «مع» after a speech noun with its pronoun
    "وأوضح خالد في حديثه مع «الشرق الأوسط» أن الأسعار سترتفع.",
])
def test_told_paper(nlp, text: str) -> None:
    assert ("الشرق الأوسط", "ORG") in _mentions(nlp, text)


def test_with_is_no_speech_alone(nlp) -> None:
    found = _mentions(nlp, "وسافر الوفد مع «الشرق الأوسط» إلى الرياض.")
    assert ("الشرق الأوسط", "ORG") not in found


@pytest.mark.parametrize("words,expected", [
    (("الهيئه", "العامه", "للسياحه"), "هيئه السياحه"),
    (("لمؤسسه", "العامه", "للموانئ", "البحريه"), "مؤسسه الموانئ البحريه"),
    (("الهيئه", "الملكيه", "للجبيل"), None),
    (("الامانه", "العامه", "لمجلس"), None),
])
def test_short_form(words: tuple[str, ...], expected: str | None) -> None:
    assert short_form(words) == expected


def test_general_body_is_one_entity() -> None:
    doc = arabic_extract.load()(arabic_extract.Document(
        text="أعلنت المؤسسة العامة للموانئ البحرية أمس خطة جديدة. وقال مدير في مؤسسة الموانئ "
             "البحرية إن العمل يبدأ غدا."))
    names = [e.name for e in doc.entities if e.type == "ORG"]
    assert len(names) == 1, names


P, Q, L, M = "B-PER", "I-PER", "B-LOC", "I-LOC"


@pytest.mark.parametrize("text,tags,expected", [
    # an administrative head stays out of the place, a «+» head belongs to it
    ("في منطقة سالم باشا امس", [O, O, P, Q, O], [O, O, L, M, O]),
    ("علي مشارف دار سالم امس", [O, O, O, P, O], [O, O, L, M, O]),
    # not after «ولاية» (a term of office), nor a definite name (an eponym)
    ("خلال ولاية سالم الثانية", [O, O, P, O], [O, O, P, O]),
    ("في مدينة الملك سالم الطبية", [O, O, P, Q, O], [O, O, P, Q, O]),
])
def test_person_places(text: str, tags: list[str], expected: list[str]) -> None:
    stems = [normalize(w) for w in text.split()]
    retype_person_places(stems, tags, person_place_heads())
    assert tags == expected


def test_person_places_in_pipeline(nlp) -> None:
    found = _mentions(nlp, "اندلعت مواجهات بين الشرطة ومحتجين في منطقة محمود أحمد باشا في أنقرة.")
    assert ("محمود أحمد باشا", "LOC") in found


def test_servant_names_are_no_titles() -> None:
    """«عبد» + a title word is a given name: «عبد الملك» joins the surname after it, the
    title «الملك» alone still keeps two persons apart."""
    from arabic_extract.document import Document
    from arabic_extract.ner.adjacent_persons import join_adjacent_persons
    from arabic_extract.tokenize import Tokenizer
    stop = frozenset({normalize("الملك")})
    for text, tags, expected in [
        ("حساب عبد الملك الزبيدي", [O, P, Q, P], [O, P, Q, Q]),
        ("زار الملك سالم الزبيدي", [O, P, Q, P], [O, P, Q, P]),
    ]:
        tokens = Tokenizer()(Document(text)).tokens
        stems = [t.norm for t in tokens]
        join_adjacent_persons(text, tokens, stems, tags, stop, frozenset())
        assert tags == expected, text


def test_name_after_a_title_and_its_complement(nlp) -> None:
    found = _mentions(nlp, "وأوضح مدير شؤون الطلاب ربيع مقبول أن التسجيل سيبدأ غدا.")
    assert ("ربيع مقبول", "PER") in found


@pytest.mark.parametrize("text,word", [
    # a time word after the complement, and «على» (normalized «علي») with a common noun
    ("وقال وزير الداخلية صباح الأحد إن الوضع مستقر.", "صباح"),
    ("وقال مدرب الفريق على سبيل المثال إن الفوز مهم.", "سبيل"),
])
def test_no_name_after_a_title(nlp, text: str, word: str) -> None:
    assert not any(word in m and label == "PER" for m, label in _mentions(nlp, text))


def test_presentation_forms_are_letters() -> None:
    assert normalize("ﺳﺎﻟﻢ ﺍﻟﻌﻠﻲ") == normalize("سالم العلي")
    assert normalize("ﻻ") == "لا"


@pytest.mark.parametrize("text,expected", [
    ("وأدانت الخارجية الكندية الهجوم.", ("الخارجية الكندية", "ORG")),
    ("وأعلنت العدل الأردنية أمس عن تعديل جديد.", ("العدل الأردنية", "ORG")),
])
def test_ministry_by_its_field(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(nlp, text)


def test_ministry_field_after_a_title_or_a_noun() -> None:
    from arabic_extract.ner.ministry_names import ministry_names, tag_ministry_names
    fields, adjectives = ministry_names(), frozenset({normalize("الكندية")})
    for text in ("قالت وزيرة الخارجية الكندية ان", "انتقد التجارة الخارجية الكندية امس"):
        norms = [normalize(w) for w in text.split()]
        tags = ["O"] * len(norms)
        tag_ministry_names(norms, norms, tags, fields, adjectives)
        assert tags == ["O"] * len(norms), text


def test_an_institute_is_named_by_its_field(nlp) -> None:
    found = _mentions(nlp, "وأعلن معهد الدراسات الدبلوماسية عن دورة جديدة.")
    assert ("معهد الدراسات الدبلوماسية", "ORG") in found


@pytest.mark.parametrize("text,expected", [
    ("وتعمل الشركة في جنوب شرق آسيا منذ سنوات.", ("جنوب شرق آسيا", "LOC")),
    # not before a country: the south of the country
    ("وصل الوفد إلى جنوب لبنان أمس.", ("لبنان", "LOC")),
    # an administrative head of a listed phrase stays out
    ("وصل الوفد إلى مدينة حمص أمس.", ("حمص", "LOC")),
])
def test_compass_words_of_listed_places(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _mentions(nlp, text)
