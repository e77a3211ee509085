"""Speaker and precision rules of session 12 (spk6): a reporting verb after a conditional
particle reports nothing; a two-word title with a place name refers to the person it was
written after; a given name the tagger left out joins the family name after it; «وقالت
الجامعة» is the university that spoke, not one named in passing since."""
from __future__ import annotations

import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.ner.given_names import join_given_names
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.tokenize import Tokenizer
from tests.quotes_support import run, speaker_name, statement_rows


_rows = statement_rows


def test_a_verb_after_if_does_not_cut_the_statement_before_it() -> None:
    """«إذا اعتقد أنه …» is the condition inside her statement, not a new one."""
    rows = _rows("وقالت فاطمة الزهراني إنه سيكون «خطأ كبيرا من الحزب» إذا اعتقد أنه من خلال"
                 " الاستمرار في نفس السياسات سيحصل على نتيجة مختلفة.")
    assert [(cue, spk) for cue, spk, _ in rows] == [("وقالت", "فاطمة الزهراني")]
    assert rows[0][2].endswith("سيحصل على نتيجة مختلفة")


def test_a_verb_after_law_is_no_statement() -> None:
    """«ولو قال فلان إن …» (if he had said): a condition, nobody said it."""
    assert _rows("ولو قال أحمد سالم إن الخطة فشلت لتغير الموقف كله.") == []


def test_a_plain_verb_still_speaks() -> None:
    assert _rows("وقال أحمد سالم إن الخطة نجحت.") == [("وقال", "أحمد سالم", "الخطة نجحت")]


def test_a_title_with_a_place_name_refers_to_the_person_it_followed() -> None:
    """«أحمد سالم محافظ بغداد … . وأشار محافظ بغداد إلى أن …» → أحمد سالم."""
    doc = run("دشن أحمد سالم محافظ بغداد المعرض الجديد مساء أمس. وحضر الحفل عدد من"
              " المسؤولين في المنطقة والضيوف من خارجها. وأشار محافظ بغداد إلى أن المهرجان"
              " سيستمر شهرا.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == ["أحمد سالم"]


def test_a_two_word_title_without_a_name_still_refers_to_nobody() -> None:
    """«مدير عام» alone names many people."""
    doc = run("دشن أحمد سالم مدير عام المعرض الجديد مساء أمس. وحضر الحفل عدد من المسؤولين"
              " في المنطقة والضيوف من خارجها. وأشار مدير عام إلى أن المهرجان سيستمر شهرا.")
    assert [s.speaker.entity for s in doc.statements] == [None]


def _joined(words: list[str], tags: list[str]) -> list[str]:
    tags = list(tags)
    join_given_names(words, words, tags, load_lexicon())
    return tags


def test_a_listed_given_name_joins_the_family_name_after_it() -> None:
    """«أكد عمر [أبو سالم] السفير»: the given name belongs to the person mention."""
    assert _joined(["اكد", "عمر", "ابو", "سالم", "السفير"],
                   ["O", "O", "B-PER", "I-PER", "O"]) == ["O", "B-PER", "I-PER", "I-PER", "O"]


def test_a_given_name_that_is_also_a_common_word_does_not_join() -> None:
    """«المتحدث باسم [فلان]» is "on behalf of", «حصة [الأسد]» "the lion's share"."""
    assert _joined(["المتحدث", "باسم", "الشهري"], ["O", "O", "B-PER"]) == ["O", "O", "B-PER"]
    assert _joined(["حصه", "الاسد"], ["O", "B-PER"]) == ["O", "B-PER"]


def test_a_noun_in_ta_marbuta_joins_only_after_a_title_or_a_body() -> None:
    """«نشر رواية [بدرية]» is a novel; «مديرة الجمعية [بجدة] منى …» a woman's name."""
    assert _joined(["نشر", "روايه", "بدريه"], ["O", "O", "B-PER"]) == ["O", "O", "B-PER"]
    assert _joined(["لجنه", "الملتقيات", "زكيه", "الشهري"],
                   ["B-ORG", "I-ORG", "O", "B-PER"]) == ["B-ORG", "I-ORG", "B-PER", "I-PER"]


def test_the_name_after_kana_urges_and_the_object_is_the_addressee() -> None:
    """«وكان فلان حث أعضاء المجلس على …» (pluperfect without «قد»): he urged them."""
    doc = run("وكان أحمد سالم حث أعضاء المجلس على رفض الاتفاق.")
    assert [speaker_name(doc, i) for i in range(len(doc.statements))] == ["أحمد سالم"]


def _run_with(text: str, names: list[tuple[str, str]]) -> Document:
    doc = Tokenizer()(Document(text=text))
    found: list[Mention] = []
    for name, label in names:
        found += [Mention(m.start(), m.end(), name, label)
                  for m in regex.finditer(regex.escape(name), text)]
    found.sort(key=lambda m: m.start)
    doc = doc.replace(mentions=tuple(found), annotations=doc.annotations | {"mentions"})
    return QuoteAttributor()(EntityLinker()(doc))


def test_a_bare_head_goes_to_the_body_that_spoke_not_one_named_in_passing() -> None:
    """A university speaks, a professor «في جامعة البصرة» speaks, «وقالت الجامعة» → the
    first university (the second was only his affiliation)."""
    doc = _run_with("قالت جامعة بغداد إنها عثرت على مخطوطة قديمة في مكتبتها. وقال أحمد سالم،"
                    " الأستاذ في جامعة البصرة، إن الاكتشاف مهم جدا. وقالت الجامعة إنها ستعرض"
                    " المخطوطة في أكتوبر.",
                    [("جامعة بغداد", "ORG"), ("جامعة البصرة", "ORG"), ("أحمد سالم", "PER")])
    names = {e.id: e.name for e in doc.entities}
    assert [names.get(s.speaker.entity) for s in doc.statements] == [
        "جامعة بغداد", "أحمد سالم", "جامعة بغداد"]
