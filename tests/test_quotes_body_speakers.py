"""Speaker round spk4 (blind_dev4): a person named after «برئاسة» does not speak for the
body before it (quotes/led_by.py), and a title whose second word is a common noun with the
article refers to the person seen with that noun's name (quotes/generic_titles.py)."""
from __future__ import annotations

import pytest
import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.ner.conjunct_orgs import conjunct_heads, conjunct_org_rule
from arabic_extract.quotes.attribution import QuoteAttributor

from .quotes_support import make_doc, run, speaker_name


def test_the_chair_after_biriasa_does_not_speak_for_the_body() -> None:
    doc = run("وأكدت اللجنة في اجتماعها برئاسة الدكتور خالد العمر أن القرار نهائي.")
    assert doc.statements[0].speaker.entity is None
    assert doc.statements[0].content.text == "القرار نهائي"


def test_a_command_after_biqiyada_is_no_chair() -> None:
    doc = run("وأوضح المتحدث الرسمي بقيادة حرس الحدود بالمنطقة النقيب خالد العمر، أن "
              "الفرق أنقذت ثلاثة أشخاص.")
    assert speaker_name(doc, 0) == "خالد العمر"


def test_a_chair_in_a_relative_clause_keeps_the_base_reading() -> None:
    doc = run("وأكد سعد الغامدي نجاح الاجتماع الذي عقد برئاسة الدكتور خالد العمر مطالبا "
              "بكشف احتياجات النادي.")
    assert all(s.speaker.text is None or "الذي" not in s.speaker.text for s in doc.statements)


def test_the_university_director_refers_to_the_named_university_director() -> None:
    doc = run("وقع مدير جامعة الملك سعود المكلف الدكتور خالد العمر اتفاقية مع جامعة القاهرة. "
              "وقال أحمد سالم إن الاتفاقية مهمة. من جانبه أكد مدير الجامعة المكلف أن "
              "الاتفاقية مهمة.")
    assert speaker_name(doc, -1) == "خالد العمر"


def test_a_generic_title_with_another_later_word_does_not_refer() -> None:
    doc = run("وقع مدير جامعة الملك سعود المكلف الدكتور خالد العمر اتفاقية مع جامعة القاهرة. "
              "وقال أحمد سالم إن الاتفاقية مهمة. من جانبه أكد مدير الجامعة السابق أن "
              "الاتفاقية مهمة.")
    assert speaker_name(doc, -1) != "خالد العمر"


def _run_with_orgs(text: str, orgs: tuple[str, ...]) -> Document:
    """``run`` with ``orgs`` as ORG mentions besides the test vocabulary's."""
    doc = make_doc(text)
    extra = [Mention(m.start(), m.end(), name, "ORG") for name in orgs
             for m in regex.finditer(regex.escape(name), text)]
    mentions = tuple(sorted([*doc.mentions, *extra], key=lambda m: m.start))
    return QuoteAttributor()(EntityLinker()(doc.replace(mentions=mentions)))


def test_a_bare_head_noun_goes_to_the_body_that_has_been_speaking() -> None:
    doc = _run_with_orgs("أعلنت وزارة الصحة عن تسجيل حالات جديدة. وقالت الوزارة إن الحالات مستقرة. "
              "وتم التنسيق مع وزارة الداخلية في المنافذ. وأكدت الوزارة أن "
              "الفحوص مستمرة.", ("وزارة الصحة",))
    assert speaker_name(doc, -1) == "وزارة الصحة"


def test_an_accusative_adverb_ends_the_subject_phrase() -> None:
    doc = _run_with_orgs("أعلنت وزارة الصحة عن تسجيل حالات جديدة. وأكدت الوزارة مجددا "
                         "حرصها على سلامة المواطنين.", ("وزارة الصحة",))
    assert doc.statements[-1].speaker.text == "الوزارة"
    assert doc.statements[-1].content.text.startswith("حرصها")


@pytest.mark.parametrize("norms,crf,expected", [
    # a third field after «و»: «الهيئة العامة للرقابة والتفتيش والجودة»
    (["قالت", "الهيئه", "العامه", "للرقابه", "والتفتيش", "والجوده", "ان"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]),
    # a further conjunct with a definite word after it is another body of a list
    (["مع", "هيئه", "الرقابه", "والتفتيش", "والبريد", "الوطني", "ان"],
     ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
     ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]),
])
def test_an_organization_name_joins_a_third_field(norms: list[str], crf: list[str],
                                                  expected: list[str]) -> None:
    tags = list(crf)
    conjunct_org_rule(norms, [n[1:] if n.startswith("وال") else n for n in norms], tags,
                      conjunct_heads(), frozenset())
    assert tags == expected
