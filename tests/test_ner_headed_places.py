"""Rules of the fifth entity review (e16) of unseen articles: people named in quote marks
(«“الملا عمر”», which the CRF reads as the title of a work) and places named after a head
word («منطقة عسير», «قرية الدحلة», «حي الربوة», «قاعدة السهباء الجوية»): made-up
sentences, through the rule functions and the pipeline; and state agencies named by a
nationality («جهاز المخابرات الليبي», «سلاح الجو الملكي الأردني»)."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.headed_places import PlaceHeads, headed_places
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.national import nationalities
from arabic_extract.ner.national_agencies import agency_heads, national_agencies
from arabic_extract.ner.quoted_persons import quoted_honorifics, quoted_persons
from arabic_extract.normalize import normalize

O = "O"
TITLES = frozenset({"الملك", "الامير", "الشيخ"})
BASES = frozenset({"قاعده", "مطار", "منفذ"})


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize("text,tags,expected", [
    ("قال “ سلمان الشويمي ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-PER", "I-PER", O, O]),
    ("ان “ الملا يوسف ” قتل", [O, O, "B-MISC", "I-MISC", O, O], [O, O, "B-PER", "I-PER", O, O]),
    # titles of works: no given name first, an abstract noun, a definite first word
    ("مسلسل “ روح الوحده ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
    ("كتاب “ سلمان والنخيل ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
    ("ديوان “ المجد يوسف ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
    # a last word shaped as no family name: a verbal noun, a plural
    ("في “ سلمان التدبير ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
    ("في “ سلمان الكليبين ” امس", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
    # not when the mention does not fill the quote marks
    ("قال “ سلمان الشويمي يعود ”", [O, O, "B-MISC", "I-MISC", O, O],
     [O, O, "B-MISC", "I-MISC", O, O]),
])
def test_quoted_persons(text: str, tags: list[str], expected: list[str]) -> None:
    norms = _words(text)
    stems = [w[1:] if w == "والنخيل" else w for w in norms]
    quoted_persons(norms, stems, tags, load_lexicon(), quoted_honorifics())
    assert tags == expected


@pytest.mark.parametrize("norms,stems,expected", [
    # an administrative head before a listed place, also an ambiguous one
    ("امطار في منطقه عسير", None, [O, O, O, "B-LOC"]),
    # a village head before a rare word; not a frequent one, not an adjective
    ("في قريه الدحله امس", None, [O, O, "B-LOC", O]),
    ("في قريه التراث امس", None, [O, O, O, O]),
    ("في قريه النائيه امس", None, [O, O, O, O]),
    # a district or street head before a definite noun, not a title nor an adjective
    ("حريق بحي الربوه امس", "حريق حي الربوه امس", [O, "B-LOC", "I-LOC", O]),
    ("في شارع الملك", None, [O, O, O]),
    ("في حي الشمالي", None, [O, O, O]),
    # a base head before a definite noun closed by an adjective
    ("الي قاعده السهباء الجويه", None, [O, O, "B-LOC", O]),
    ("في قاعده البيانات الجديده", None, [O, O, O, O]),
    # not an adjective after the head, nor a head after «و»
    ("لتكوين ولايه جديده امس", None, [O, O, O, O]),
    ("من وحي الكيان", "من حي الكيان", [O, O, O]),
    # no conjunct after the head
    ("في منطقه وعسير", "في منطقه عسير", [O, O, O]),
])
def test_headed_places(norms: str, stems: str | None, expected: list[str]) -> None:
    words = norms.split()
    tags = [O] * len(words)
    headed_places(words, (stems or norms).split(), tags, PlaceHeads.load(), load_lexicon(),
                  TITLES, BASES)
    assert tags == expected


@pytest.mark.parametrize("norms,stems,expected", [
    ("قال جهاز المخابرات الليبي امس", None, [O, "B-ORG", "I-ORG", "I-ORG", O]),
    ("طائره لسلاح الجو الملكي الاردني", "طائره سلاح الجو الملكي الاردني",
     [O, "B-ORG", "I-ORG", "I-ORG", "I-ORG"]),
    # a device, not an agency; no noun before the nationality
    ("يعمل جهاز التنفس الصناعي", None, [O, O, O, O]),
    ("وصل جهاز الليبي امس", None, [O, O, O, O]),
])
def test_national_agencies(norms: str, stems: str | None, expected: list[str]) -> None:
    words = norms.split()
    tags = [O] * len(words)
    national_agencies(words, (stems or norms).split(), tags, agency_heads(), nationalities())
    assert tags == expected


@pytest.mark.parametrize("text,mention,label", [
    ("ونعى الأهالي الراحل “الملا يوسف” الذي توفي أمس.", "الملا يوسف", "PER"),
    ("شهدت منطقة عسير أمطارا غزيرة أمس.", "عسير", "LOC"),
    ("وأثناء مروره بقرية الدحلة انحرفت سيارته.", "الدحلة", "LOC"),
    ("اندلع حريق في شقة بحي النهضة مساء أمس.", "حي النهضة", "LOC"),
    ("وتقع المدرسة في شارع الخمسين شرق المدينة.", "شارع الخمسين", "LOC"),
    ("وصلت الطائرة إلى قاعدة السهباء الجوية أمس.", "السهباء", "LOC"),
    ("وقال جهاز المخابرات الليبي في بيان إن الوضع هادئ.", "جهاز المخابرات الليبي", "ORG"),
])
def test_pipeline(nlp, text: str, mention: str, label: str) -> None:
    assert (mention, label) in {(m.text, m.label) for m in nlp(text).mentions}
    rules = ("quoted_persons", "headed_places", "national_agencies")
    bare = arabic_extract.load(options={"ner": {"disable": rules}})
    assert (mention, label) not in {(m.text, m.label) for m in bare(text).mentions}
