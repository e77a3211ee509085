"""Rules of the seventh entity review (blind_dev7, session 11), on made-up sentences: a paper
told something in reversed quote marks («لـ»الحياة»»); a body's name goes on over a portfolio
field («للشؤون …») unless a title stands before it, and a deputy's portfolio leaves the body's
name; «للتربية» is a field; the «ل» of purpose + an imperfect verb ends no name; a name does
not stop on a noun in construct («لجنة ألعاب [كرة اليد]»); a plural nationality («أردنيون») is
no person."""
from __future__ import annotations

import pytest

from arabic_extract.ner.late_rules import RULE_NAMES
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.verbs import imperfect_verb, trim_edge_verbs
from arabic_extract.normalize import normalize

from .entity_support import entity_set


_entities = entity_set


def test_rules_are_registered() -> None:
    assert {"portfolio_tails", "construct_tails"} <= set(RULE_NAMES)


@pytest.mark.parametrize("text, name", [
    ("وقال مسؤول في الوزارة لـ»الحياة»: إن المشروع اكتمل.", "الحياة"),
    ("وأكد الخبير في حديثه لـ»الرياض» أن السوق مستقرة.", "الرياض"),
])
def test_paper_in_reversed_quotes_is_told(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


@pytest.mark.parametrize("text, name", [
    ("وأشاد اللاعب بوكالة الرئاسة للشؤون الشبابية على جهودها.",
     "وكالة الرئاسة للشؤون الشبابية"),
    ("وقال وكيل جامعة الملك خالد للشؤون التعليمية إن الدراسة تبدأ غدا.", "جامعة الملك خالد"),
    ("وقال مساعد رئيس الديوان الملكي للشؤون التنفيذية إن الحفل تأجل.", "الديوان الملكي"),
    ("وقال مدير الإدارة العامة لشؤون الزراعة إن الموسم جيد.", "الإدارة العامة لشؤون الزراعة"),
])
def test_portfolio_fields(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_education_is_a_field() -> None:
    text = "وأعلنت منظمة الخليج للتربية والثقافة عن مؤتمر جديد."
    assert ("ORG", "منظمة الخليج للتربية والثقافة") in _entities(text)


def _trimmed(words: str) -> list[str]:
    norms = [normalize(w) for w in words.split()]
    tags = ["B-ORG"] + ["I-ORG"] * (len(norms) - 1)
    trim_edge_verbs(norms, tags, load_lexicon())
    return tags


def test_purpose_lam_with_an_imperfect_ends_the_name() -> None:
    assert _trimmed("المركز الوطني للتدريب ليخدم") == ["B-ORG", "I-ORG", "I-ORG", "O"]
    assert imperfect_verb(normalize("ليعكس"), load_lexicon())


def test_limited_is_no_verb() -> None:
    assert not imperfect_verb(normalize("ليمتد"), load_lexicon())
    assert _trimmed("شركة النور ليمتد") == ["B-ORG", "I-ORG", "I-ORG"]


@pytest.mark.parametrize("text, name", [
    ("فيما تشرف لجنة ألعاب كرة اليد على البطولة.", "لجنة ألعاب كرة اليد"),
    ("وقال متحدث باسم شرطة مقاطعة يوركشاير إن التحقيق مستمر.", "شرطة مقاطعة يوركشاير"),
    ("وشارك نادي رواد المستقبل في المعرض.", "نادي رواد المستقبل"),
])
def test_construct_chain_is_one_name(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


@pytest.mark.parametrize("text, name", [
    ("وقالت منظمة أوبك في تقريرها إن الإنتاج ارتفع.", "منظمة أوبك"),
])
def test_name_end_waits_for_no_genitive(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_description_after_a_pronoun_is_no_name() -> None:
    text = "واشترت الشركة ميركاتور وهي شركة تكنولوجيا الطيران في دبي."
    assert ("ORG", "شركة تكنولوجيا الطيران") not in _entities(text)


@pytest.mark.parametrize("text", [
    "ورأى خبراء اقتصاديون أردنيون أن الأسعار سترتفع.",
    "وقال مهندسون أردنيون إن المشروع تأخر.",
])
def test_plural_nationality_is_no_person(text: str) -> None:
    assert not any(t == "PER" for t, _ in _entities(text))
