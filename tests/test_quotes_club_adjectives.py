"""Speaker round spk5 (blind_dev5): «الإدارة + the relative adjective of a club» is that
club's management (quotes/nisba_bodies.py)."""
from __future__ import annotations

import regex

from arabic_extract.document import Document, Mention
from arabic_extract.entities import EntityLinker
from arabic_extract.quotes.attribution import QuoteAttributor
from arabic_extract.tokenize import Tokenizer

_BODY = "نورث بريدج"


def _run(text: str, body: str = _BODY) -> Document:
    doc = Tokenizer()(Document(text=text))
    mentions = tuple(Mention(m.start(), m.end(), body, "ORG")
                     for m in regex.finditer(body, text))
    doc = doc.replace(mentions=mentions, annotations=doc.annotations | {"mentions"})
    return QuoteAttributor()(EntityLinker()(doc))


def _speakers(doc: Document) -> list[str | None]:
    return [s.speaker.name if s.speaker.entity else s.speaker.text for s in doc.statements]


def test_a_club_adjective_names_the_club_management() -> None:
    doc = _run("أعلن نادي الهلال عن التعاقد مع لاعب جديد. وكانت الإدارة الهلالية قد نفت "
               "نيتها بيع أي من لاعبيها.", "نادي الهلال")
    assert _speakers(doc) == ["نادي الهلال", "نادي الهلال"]


def test_an_awiyya_adjective_names_the_club() -> None:
    doc = _run("أعلن نادي النصر عن التعاقد مع لاعب جديد. وأكدت الإدارة النصراوية أن "
               "اللاعب سيبقى.", "نادي النصر")
    assert _speakers(doc) == ["نادي النصر", "نادي النصر"]


def test_an_adjective_of_a_body_that_is_no_club_is_left_alone() -> None:
    doc = _run("قال مدير جامعة الملك سعود إن الطلاب نجحوا. وأكدت البعثة السعودية أن "
               "الطلاب وصلوا.", "جامعة الملك سعود")
    assert doc.statements[-1].speaker.entity is None
