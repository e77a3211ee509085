"""Rules from the review of unseen SaudiNewsNet articles (made-up sentences): field plurals
in organization names, eponyms the tagger typed as organizations, dotted acronyms, the first
words of place names, currencies after amounts, a proclitic before an organization's head."""
from __future__ import annotations

import pytest

from arabic_extract.document import Document, Mention
from arabic_extract.ner.acronyms import dotted_chains, join_dotted
from arabic_extract.ner.amounts import currencies, retype_currencies
from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.conjunct_orgs import conjunct_heads, conjunct_org_rule
from arabic_extract.ner.place_openers import join_place_openers, place_openers
from arabic_extract.tokenize import Tokenizer

O = "O"


def _mentions(ner: BuiltinNER, text: str) -> list[tuple[str, str]]:
    doc = ner(Tokenizer()(Document(text=text)))
    return [(m.label, m.text) for m in doc.mentions]


def test_a_field_plural_joins_the_organization_name() -> None:
    """«جمعية الثقافة والفنون»: «الفنون» ends like a sound plural but names a field."""
    norms = ["وقال", "رئيس", "جمعيه", "الثقافه", "والفنون", "ان"]
    tags = [O, O, "B-ORG", "I-ORG", O, O]
    conjunct_org_rule(norms, norms, tags, conjunct_heads(), frozenset())
    assert tags == [O, O, "B-ORG", "I-ORG", "I-ORG", O]
    persons = ["وقال", "رئيس", "جمعيه", "الثقافه", "والموظفين", "ان"]
    tags = [O, O, "B-ORG", "I-ORG", O, O]
    conjunct_org_rule(persons, persons, tags, conjunct_heads(), frozenset())
    assert tags == [O, O, "B-ORG", "I-ORG", O, O]


@pytest.mark.parametrize("text,expected", [
    ("وقال رئيس جمعية الثقافة والفنون بالدمام إن الحفل ناجح.",
     ("ORG", "جمعية الثقافة والفنون")),
    ("أعلنت وزارة العمل والشؤون الاجتماعية أن القرار نافذ.",
     ("ORG", "وزارة العمل والشؤون الاجتماعية")),
    # the tagger typed «الملك فيصل» as an organization: the hospital is the place
    ("نقل المريض إلى مستشفى الملك فيصل بمكة المكرمة أمس.", ("LOC", "مستشفى الملك فيصل")),
    ("نقل المريض إلى مستشفى الملك فيصل التخصصي بالرياض.",
     ("LOC", "مستشفى الملك فيصل التخصصي")),
    ("وشملت الزيارة مستشفى الملك فهد المركزي بجيزان، وتجول على الأقسام.",
     ("LOC", "مستشفى الملك فهد المركزي")),
    # letters with dots are one acronym
    ("وقال في مقابلة مع بي.بي.سي إن الاتفاق جيد.", ("ORG", "بي.بي.سي")),
    ("كان المؤشر يصدر برعاية مجموعة إتش.إس.بي.سي المصرفية.", ("ORG", "مجموعة إتش.إس.بي.سي")),
    # the first word of a place name joins the rest
    ("وقال بلاتر في الاجتماع الذي عقد في سان بطرسبرج قبل القرعة إنه سعيد.",
     ("LOC", "سان بطرسبرج")),
    # «و» before an organization's head is a proclitic
    ("وزار الوزير ومؤسسة النقد العربي السعودي.", ("ORG", "مؤسسة النقد العربي السعودي")),
])
def test_whole_names_of_unseen_articles(ner: BuiltinNER, text: str,
                                        expected: tuple[str, str]) -> None:
    assert expected in _mentions(ner, text)


@pytest.mark.parametrize("text,word", [
    ("من شبه المؤكد أن تكلفة الطاقة ستنخفض.", "شبه"),
    ("سينضم اللاعب عوض خميس منتصف الأسبوع المقبل.", "خميس"),
    ("وبلغت قيمته (84.540.000) ريال ومدته ثلاث سنوات.", "ريال"),
    ("وقال لتلفزيون بي.بي.سي إن الاتفاق جيد.", "بي"),
])
def test_no_name_in_unseen_articles(ner: BuiltinNER, text: str, word: str) -> None:
    """No person, place or body (a currency may be MISC, as ANERcorp tags it)."""
    names = [(label, mention) for label, mention in _mentions(ner, text) if label != "MISC"]
    assert all(word != mention for _, mention in names)
    assert all(label != "PER" for label, _ in names)


def test_place_openers_join_or_go() -> None:
    openers = place_openers()
    tags = [O, "B-LOC", "B-LOC", O, "B-LOC", O]
    join_place_openers(["في", "سان", "بطرسبرج", "و", "جزر", "في"], tags, openers)
    assert tags == [O, "B-LOC", "I-LOC", O, O, O]


def test_currency_after_an_amount_is_misc() -> None:
    """A currency is MISC as in ANERcorp (no article entity); «ريال مدريد» stays ORG."""
    norms = ["بتكلفه", "500", "مليون", "ريال", "و", "(", "84", ")", "ريال", "مع", "ريال", "مدريد"]
    tags = [O, O, O, "B-ORG", O, O, O, O, "B-ORG", O, "B-ORG", "I-ORG"]
    retype_currencies(norms, tags, currencies())
    assert tags == [O, O, O, "B-MISC", O, O, O, O, "B-MISC", O, "B-ORG", "I-ORG"]


def test_dotted_acronyms() -> None:
    text = "قال بي.بي.سي ومجموعة «إتش. إس. بي. سي» و سي.إن ثم إس. إي وفي.ان"
    assert [text[a:b] for a, b in dotted_chains(text)] == [
        "بي.بي.سي", "إتش. إس. بي. سي", "سي.إن"]
    text = "مجموعة إتش.إس.بي.سي"
    joined = join_dotted(text, [Mention(0, 10, "مجموعة إتش", "ORG"),
                                Mention(11, 13, "إس", "LOC"), Mention(14, 16, "بي", "ORG")])
    assert joined == [Mention(0, len(text), text, "ORG")]
