"""Speaker rules of session 13 (spk7): a body's name in quote marks after its head noun
(«وذكر موقع صحيفة "…" أن …») is the speaker, tagged or not; a sentence opened by «ثم»
still has its first verb's subject as the topic a later subjectless cue goes on with."""
from __future__ import annotations

import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.tokenize import Tokenizer
from tests.quotes_support import statement_rows

_rows = statement_rows


def _rows_with(text: str, name: str, label: str) -> list[tuple[str, str | None]]:
    """(cue, speaker) with ``name`` as the only mention of ``text``."""
    doc = Tokenizer()(Document(text=text))
    m = regex.search(regex.escape(name), text)
    doc = doc.replace(mentions=(Mention(m.start(), m.end(), name, label),),
                      annotations=doc.annotations | {"mentions"})
    doc = QuoteAttributor()(EntityLinker()(doc))
    return [(s.cue.text, s.speaker.name if s.speaker.entity else s.speaker.text)
            for s in doc.statements]


def test_an_untagged_quoted_name_after_head_nouns_speaks() -> None:
    """«موقع صحيفة "زهرة المدائن"»: the paper named in quotes, not «موقع صحيفة»."""
    rows = _rows('وذكر موقع صحيفة "زهرة المدائن" أن الوزير استقال من منصبه.')
    assert rows == [("وذكر", "زهرة المدائن", "الوزير استقال من منصبه")]


def test_a_tagged_quoted_name_may_hold_inna() -> None:
    """«قناة «سي إن إن»»: the channel's «إن» is no complementizer inside its name."""
    rows = _rows_with("وكشفت قناة «سي إن إن»، أن الرئيس سيزور المنطقة.", "سي إن إن", "ORG")
    assert rows == [("وكشفت", "سي إن إن")]


def test_a_quoted_report_name_is_no_speaker() -> None:
    """«تقرير "ساما"»: a report is not a body's head noun; the report stays the phrase."""
    rows = _rows('وكشف تقرير "ساما" أن الودائع ارتفعت.')
    assert [(cue, spk) for cue, spk, _ in rows] == [("وكشف", "تقرير")]


def test_a_long_quote_after_a_head_is_no_name() -> None:
    """Five quoted words or more after «موقع» are speech or a title, not a name."""
    rows = _rows('وذكر موقع "الأخبار العاجلة من كل مكان في العالم" أن الوزير استقال.')
    assert rows == [] or rows[0][1] != "الأخبار العاجلة من كل مكان في العالم"


def test_then_before_the_first_verb_keeps_its_subject_as_topic() -> None:
    """«ثم فاجأ فلان … فريق فلان عندما قال»: the first one spoke, not the object's person."""
    rows = _rows("ثم فاجأ أحمد سالم جماهير النادي بعد مواجهة فريق حسين علاوي عندما قال إن"
                 " الفريق سيبقى في القمة.")
    assert rows == [("قال", "أحمد سالم", "الفريق سيبقى في القمة")]
