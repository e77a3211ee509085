"""Rules of the second entity review (e13) of unseen articles: the ends of organization
names («مديرية الأمن العام», «وزارة التربية والتعليم»), the title «ولي العهد», and
nationality adjectives read as one-word names after a definite noun (made-up sentences,
through the NER stage, the pipeline and the rule functions)."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.adjective_repeats import drop_adjective_repeats, name_honorifics
from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.crown_titles import untag_crown_titles
from arabic_extract.ner.national import nationalities
from arabic_extract.ner.org_endings import EndingWords, join_org_endings
from arabic_extract.normalize import normalize

from .test_ner import _tag

O, B, I = "O", "B-ORG", "I-ORG"


def _norms(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize("text,tags,expected", [
    # a masculine name adjective ends the name, also after a place name
    ("وقال مديرية الامن العام في", [O, B, I, O, O], [O, B, I, I, O]),
    ("الي مستشفى تبوك العام امس", [O, B, I, O, O], [O, B, I, I, O]),
    # … but not «العام» of «العام الماضي»
    ("وانفقت وزارة الصحه العام الماضي", [O, B, I, O, O], [O, B, I, O, O]),
    # «و» + a field goes on, and a nisba after that field
    ("وقالت وزارة التربية والتعليم ان", [O, B, I, O, O], [O, B, I, I, O]),
    ("شركة الرياض للتنمية والتطوير العمراني امس", [B, I, I, O, O, O], [B, I, I, I, I, O]),
    # not a body or a person after «و», nor a nisba after the name itself
    ("وقالت وزارة الحج والقطاعات الحكومية", [O, B, I, O, O], [O, B, I, O, O]),
    ("وقال حزب الله الموالي لايران", [O, B, I, O, O], [O, B, I, O, O]),
    # only after an organization head
    ("وقال الامن العام ان", [O, B, I, O], [O, B, I, O]),
])
def test_org_endings(text: str, tags: list[str], expected: list[str]) -> None:
    norms = _norms(text)
    stems = [n[1:] if n.startswith("وال") else n for n in norms]
    join_org_endings(norms, stems, tags, EndingWords.load(nationalities()))
    assert tags == expected


@pytest.mark.parametrize("text", [
    "واكدت وزارة التربية والتعليم العالي ان الدراسة تبدأ غدا .",
    "وقال مدير مديرية الأمن العام في المحافظة إن الوضع مستقر .",
])
def test_org_endings_in_the_stage(ner: BuiltinNER, text: str) -> None:
    names = {m for m, label in _tag(ner, text) if label == "ORG"}
    assert names & {"وزارة التربية والتعليم العالي", "مديرية الأمن العام"}


@pytest.mark.parametrize("text,tags,expected", [
    # the tagger ran the name over the title
    ("الامير فهد بن سعد ولي العهد نائب", [O, "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", O],
     [O, "B-PER", "I-PER", "I-PER", O, O, O]),
    ("الامير فهد بن سعد وليا لولي العهد", [O, "B-PER", "I-PER", "I-PER", "B-PER", O, O],
     [O, "B-PER", "I-PER", "I-PER", O, O, O]),
    ("وعبر ولي العهد عن", [O, O, "B-PER", O], [O, O, O, O]),
    # «ولي» before a name is no title
    ("وقال ولي نصر ان", [O, "B-PER", "I-PER", O], [O, "B-PER", "I-PER", O]),
])
def test_crown_titles(text: str, tags: list[str], expected: list[str]) -> None:
    untag_crown_titles(_norms(text), tags)
    assert tags == expected


def test_crown_title_is_no_person() -> None:
    nlp = arabic_extract.load()
    doc = nlp("وتعيين الأمير فهد بن سعد وليا للعهد، وقال ولي العهد إن المرحلة مهمة .")
    assert all(e.name not in ("العهد", "يا", "ولي العهد") for e in doc.entities)


@pytest.mark.parametrize("text,tags,expected", [
    # the adjective of a definite noun is untagged, the surname after an honorific stays
    ("دعم العمل العربي المشترك", [O, O, "B-PER", O], [O, O, O, O]),
    ("وقال الدكتور العربي ان", [O, O, "B-PER", O], [O, O, "B-PER", O]),
    ("في الدوري المصري لكره", [O, O, "B-ORG", O], [O, O, O, O]),
    # a place keeps its name («السعودية» after a definite word)
    ("بين الصين السعوديه امس", [O, "B-LOC", "B-LOC", O], [O, "B-LOC", "B-LOC", O]),
])
def test_adjective_repeats(text: str, tags: list[str], expected: list[str]) -> None:
    drop_adjective_repeats([(_norms(text), tags)], nationalities(), name_honorifics())
    assert tags == expected


def test_nationality_surname_is_not_recovered_as_an_adjective() -> None:
    nlp = arabic_extract.load()
    doc = nlp("وأكد الأمين العام سامي العربي دعم العمل العربي المشترك. "
              "وقال الدكتور العربي إن الأمن القومي العربي مهم.")
    person = next(e for e in doc.entities if e.name == "سامي العربي")
    assert sorted(m.start for m in person.mentions if m.text == "العربي") == \
        [doc.text.index("الدكتور العربي") + len("الدكتور ")]
