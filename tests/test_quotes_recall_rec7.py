"""Rules of session 12 (rec7): an evaluation verb with its subject after it and a noun
object («ويعتبر فلان الاتفاق ليس كافيا»); the subject between «كان» and a verb without
«قد» («وكان فلان حث الأعضاء على …»); a cue word that starts a source's name («بحسب صحيفة
البيان»)."""
from __future__ import annotations

import pytest

from arabic_extract.document import Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from tests.quotes_support import make_doc, run, statement_rows


_rows = statement_rows


def test_an_evaluation_verb_with_a_named_subject_takes_a_noun_object() -> None:
    """«ويعتبر فلان الاتفاق ليس كافيا …»: the object and its predicate are his opinion."""
    assert _rows("ويعتبر أحمد سالم الاتفاق ليس كافيا لمنع الحرب في المنطقة.") == [
        ("ويعتبر", "أحمد سالم", "الاتفاق ليس كافيا لمنع الحرب في المنطقة")]


def test_an_evaluation_verb_takes_a_demonstrative_object() -> None:
    rows = _rows("واعتبرت وزارة الداخلية هذا القرار خطوة خطيرة تهدد أمن المنطقة.")
    assert rows == [("واعتبرت", "وزارة الداخلية", "هذا القرار خطوة خطيرة تهدد أمن المنطقة")]


def test_an_evaluation_verb_with_plural_speakers_takes_a_noun_object() -> None:
    """«اعتبر محللون سياسيون هذه التصرفات …»: plural speakers state an opinion."""
    assert _rows("اعتبر محللون سياسيون هذه التصرفات غير لائقة سياسيا وأخلاقيا.") == [
        ("اعتبر", "محللون سياسيون", "هذه التصرفات غير لائقة سياسيا وأخلاقيا")]


def test_an_evaluation_verb_with_a_run_on_plural_speaker_phrase_reports_nothing() -> None:
    """«اعتبر خبراء اقتصاديون عرب قرارات …»: the unnamed subject phrase ran into the object
    («قرارات البنك المركزي»), so no boundary is sure."""
    assert run("اعتبر خبراء اقتصاديون عرب قرارات البنك المركزي متأخرة جدا هذا العام."
               ).statements == ()


@pytest.mark.parametrize("text", [
    "ويعتبر أحمد سالم أحد أهم اللاعبين في الفريق هذا الموسم.",  # "is considered one of"
    "ويُعتبر أحمد سالم الاتفاق ليس كافيا لمنع الحرب في المنطقة.",  # a written passive
    "ويعتبر القطاع الخاص من أهم القطاعات في البلاد.",  # no speaking subject
    "ويعتبر الجيش الأردني بفروعه الثلاثة من أقوى الجيوش في المنطقة.",  # no object
    "ويعتبر أحمد سالم مهندس عملية الإصلاح الاقتصادي في البلاد.",  # present: "is considered"
])
def test_an_evaluation_verb_that_means_is_considered_reports_nothing(text: str) -> None:
    assert run(text).statements == ()


def test_the_subject_between_kana_and_the_verb_speaks_not_the_addressee() -> None:
    """«وكان فلان دعا الحكومة إلى …»: without «قد» too, the noun after the verb is its
    object, the name after «كان» its subject."""
    assert _rows("وكان أحمد سالم دعا الحكومة إلى الإسراع في تنفيذ المشروع.") == [
        ("دعا", "أحمد سالم", "الإسراع في تنفيذ المشروع")]


def test_a_kana_subject_before_a_plural_verb_speaks() -> None:
    doc = run("وكانت الوزارة طالبت المواطنين بالإبلاغ عن المخالفات في الأسواق.")
    assert [(s.speaker.text, s.content.text) for s in doc.statements] == [
        ("الوزارة", "بالإبلاغ عن المخالفات في الأسواق")]


def test_a_newspaper_named_with_a_cue_word_is_a_source() -> None:
    """«…، بحسب صحيفة البيان الإماراتية.»: «البيان» ("statement"), a cue word, starts the
    paper's name (an ORG mention), so it does not end the source phrase."""
    text = ("وارتفعت أسعار الفنادق في المدينة بنسبة كبيرة خلال العيد، بحسب صحيفة البيان"
            " الإماراتية.")
    doc = make_doc(text)
    start = text.index("البيان")
    doc = doc.replace(mentions=(Mention(start, start + 6, "البيان", "ORG"),))
    doc = QuoteAttributor()(EntityLinker()(doc))
    assert [(s.cue.text, s.speaker.text, s.content.text) for s in doc.statements] == [
        ("بحسب", "صحيفة البيان الإماراتية",
         "ارتفعت أسعار الفنادق في المدينة بنسبة كبيرة خلال العيد")]


def test_a_participle_with_its_own_preposition_starts_a_statement_without_a_comma() -> None:
    """«… مع إسرائيل مشيرا إلى …»: no comma, no «أن», but the participle's own preposition
    right after it: the speaker goes on with a statement of its own."""
    assert _rows("وأعلن أحمد سالم أن بلاده مستعدة لتعزيز التعاون العسكري مشيرا إلى مضادات"
                 " الصواريخ والأمن المعلوماتي.") == [
        ("وأعلن", "أحمد سالم", "بلاده مستعدة لتعزيز التعاون العسكري"),
        ("مشيرا", "أحمد سالم", "مضادات الصواريخ والأمن المعلوماتي")]


def test_a_feminine_participle_after_a_noun_is_an_adjective() -> None:
    """«قيود مشددة على …»: the feminine form describes the noun before it."""
    assert _rows("ولفت أحمد سالم إلى أن الحكومة بدأت في فرض قيود مشددة على مرور الأجانب"
                 " عبر حدودها.") == [
        ("ولفت", "أحمد سالم", "الحكومة بدأت في فرض قيود مشددة على مرور الأجانب عبر"
         " حدودها")]


def test_a_participle_before_its_opener_after_an_accusative_word_reports() -> None:
    """«… سياسيًا وأخلاقيًا مؤكدين أن …»: the word before bears tanween, but an adjective
    never takes «أن»; the participle reports."""
    rows = _rows("وتحدث أحمد سالم طويلًا مؤكدًا أن الحكومة أخطأت في حساباتها هذا العام.")
    assert ("مؤكدًا", "أحمد سالم", "الحكومة أخطأت في حساباتها هذا العام") in rows


def test_a_participle_agreeing_with_an_accusative_noun_is_an_adjective() -> None:
    """«مشروعاً مقترحاً لتطوير …»: no opener after it, an adjective."""
    assert run("قدم الوزير أحمد سالم مشروعاً مقترحاً لتطوير التعليم في المنطقة.").statements == ()
