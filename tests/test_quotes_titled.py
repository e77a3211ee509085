"""A title phrase names a person, never a body (quotes/titled.py), and an unclosed quote
ends before a reporting participle after a comma (quotes/context.py)."""
from __future__ import annotations

import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.tokenize import Tokenizer

from .quotes_support import run


def _run_with(text: str, names: list[tuple[str, str]]) -> Document:
    doc = Tokenizer()(Document(text=text))
    mentions = [Mention(m.start(), m.end(), name, label) for name, label in names
                for m in regex.finditer(regex.escape(name), text)]
    mentions.sort(key=lambda m: m.start)
    doc = doc.replace(mentions=tuple(mentions), annotations=doc.annotations | {"mentions"})
    return QuoteAttributor()(EntityLinker()(doc))


def test_a_title_tagged_as_organization_is_an_unnamed_person() -> None:
    doc = _run_with("افتتحت جامعة النور مركزا جديدا. ومن جانبه أكد مدير الجامعة المكلف "
                    "أن المركز مهم.", [("جامعة النور", "ORG"), ("مدير الجامعة", "ORG")])
    speaker = doc.statements[-1].speaker
    assert speaker.entity is None and speaker.text == "مدير الجامعة المكلف"


def test_a_company_head_is_no_company() -> None:
    doc = _run_with("وقعت شركة النور اتفاقية. وقال رئيس الشركة إن الاتفاقية مهمة.",
                    [("شركة النور", "ORG"), ("رئيس الشركة", "ORG")])
    assert doc.statements[-1].speaker.entity is None
    assert doc.statements[-1].speaker.text == "رئيس الشركة"


def test_a_team_named_with_a_title_word_stays_the_team() -> None:
    doc = _run_with("وقال فريق النور إن المباراة صعبة.", [("فريق النور", "ORG")])
    speaker = doc.statements[0].speaker
    assert speaker.entity is not None and doc.entities[0].type == "ORG"


def test_an_unclosed_quote_ends_before_a_reporting_participle() -> None:
    doc = run("وأكد أحمد سالم مجددا «لا أحد يمنع المواطنين من السفر، موضحا أنه سيتم "
              "تسهيل الإجراءات. وعاد الوفد إلى المدينة.")
    contents = [st.content.text for st in doc.statements]
    assert contents[0] == "لا أحد يمنع المواطنين من السفر"
    assert "سيتم تسهيل الإجراءات" in contents[1]


def test_a_participle_without_its_content_does_not_cut_a_quote() -> None:
    doc = run("وقال أحمد سالم «وصلنا إلى المدينة، مضيفة الطائرة كانت لطيفة.")
    assert doc.statements[0].content.text.endswith("كانت لطيفة.")


def test_a_title_tagged_as_organization_refers_to_its_bearer() -> None:
    doc = _run_with("وقال مدير الجامعة أحمد سالم إن الدوام يبدأ غدا. وأكد مدير الجامعة أن "
                    "المباني جاهزة.", [("أحمد سالم", "PER"), ("مدير الجامعة", "ORG")])
    speaker = doc.statements[-1].speaker
    assert speaker.name == "أحمد سالم" and speaker.text == "مدير الجامعة"


def test_a_word_of_an_eponymous_body_after_a_title_is_no_name() -> None:
    """«وقال مدير جامعة الملك سعود إن …»: «سعود» names the university; the speaker is the
    director, unnamed; «الاتحاد السعودي لكرة القدم» is no «لكرة القدم» speaker."""
    import arabic_extract
    nlp = arabic_extract.load()
    for text, speaker in [("وقال مدير جامعة الملك سعود إن التسجيل بدأ.", "مدير جامعة الملك سعود"),
                          ("وقال رئيس الاتحاد السعودي لكرة القدم إن المنتخب جاهز.",
                           "رئيس الاتحاد السعودي لكرة القدم")]:
        st = nlp(text).statements[0]
        assert (st.speaker.entity, st.speaker.text) == (None, speaker)
