"""Rules of the second entity review of the blind development set (session 9): a
preposition never precedes a conjunction («كولو» is no ك + و + «لو»), a listed spelling
after «ك» keeps its letter («كابل»), transliterated company words close a company's name
(«… كابيتال», «… جروب») and customs or intelligence named by field and nationality
adjective («الجمارك الأردنية»): made-up sentences, through the rule functions and the
pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.clitics import proclitic_length
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.normalize import normalize


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.label) for m in arabic_extract.load(quotes=None)(text).mentions}


@pytest.mark.parametrize("word", ["كولو", "كوفي"])
def test_no_conjunction_after_preposition(word: str) -> None:
    assert proclitic_length(normalize(word), load_lexicon().count) == 0


@pytest.mark.parametrize("word,length", [("كرئيس", 1), ("كوسيط", 1), ("وبغداد", 1)])
def test_preposition_still_stripped(word: str, length: int) -> None:
    assert proclitic_length(normalize(word), load_lexicon().count) == length


def test_kaf_name_kept_whole() -> None:
    assert ("كولو", "PER") in _mentions("وقال كولو للصحفيين إن الطريق مغلق.")


def test_listed_spelling_after_kaf() -> None:
    assert ("كابل", "LOC") in _mentions("اجتمع وزراء المنطقة في كابل لبحث الأمن.")


@pytest.mark.parametrize("text,name", [
    ("واستحوذت نورلاند كابيتال على حصة في المصنع.", "نورلاند كابيتال"),
    ("وتحالفت بيرلكس جروب مع المصرف المحلي.", "بيرلكس جروب"),
    ("وقعت العقد شركة ألفاتيك انترناشيونال انكوربوريشن أمس.",
     "ألفاتيك انترناشيونال انكوربوريشن"),
    ("وتوقعت الأردني الهولندي كابيتال ارتفاع الأرباح.", "الأردني الهولندي كابيتال"),
])
def test_company_designators(text: str, name: str) -> None:
    assert (name, "ORG") in _mentions(text)


def test_customs_by_nationality() -> None:
    assert ("الجمارك الأردنية", "ORG") in _mentions("وضبطت الجمارك الأردنية شحنة من السجائر.")


@pytest.mark.parametrize("text,name", [
    ("واستقبل المرجع آية الله حسن كاظمي الوفد أمس.", "حسن كاظمي"),
    ("ودعا آية الله العظمى محمد نوراني إلى الهدوء.", "محمد نوراني"),
    ("وكتب آية الله الطالقاني رسالة إلى الحكومة.", "الطالقاني"),
])
def test_religious_title_outside_name(text: str, name: str) -> None:
    found = _mentions(text)
    assert (name, "PER") in found
    assert not any("آية" in mention or mention.startswith("الله") for mention, _ in found)


def test_religious_title_without_name() -> None:
    assert not any(label == "PER" for _, label in _mentions("وهذه آية الله في خلقه."))


@pytest.mark.parametrize("text,name", [
    ("وذكرت وكالة أنباء كارونا أن الفيضان انحسر.", "وكالة أنباء كارونا"),
    ("ونقلت وكالة أنباء الجمهورية الإسلامية الموريتانية عن الوزير أن الطريق فتح.",
     "وكالة أنباء الجمهورية الإسلامية الموريتانية"),
])
def test_news_agencies(text: str, name: str) -> None:
    assert (name, "ORG") in _mentions(text)


def test_news_agency_description() -> None:
    found = _mentions("ونشرت وكالة أنباء محلية صورا للحادث.")
    assert not any(text.startswith("وكالة") for text, _ in found)
