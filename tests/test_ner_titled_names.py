"""Person names after titles and ranks: a listed given name and the next word after an
honorific («ويرى المهندس علي كريم عدم …»), a two-word rank modifier («اللواء أركان حرب»),
and a title alone, which is never a person («يكتب الطبيب …»): made-up sentences, through
the rule functions and the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.ner.bare_titles import definite_titles, drop_bare_titles
from arabic_extract.ner.consistency import propagate
from arabic_extract.ner.honorifics import HonorificRule
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.ner.titled_names import tag_titled_names
from arabic_extract.normalize import normalize

O = "O"


@pytest.fixture(scope="module")
def rule() -> HonorificRule:
    return HonorificRule(load_lexicon(), frozenset({"قال", "اكد"}), frozenset())


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


@pytest.mark.parametrize("text,expected", [
    # given name + a word that is also an adjective, nothing closing the name
    ("ويري المهندس علي كريم عدم وجود فرق", [O, O, "B-PER", "I-PER", O, O, O]),
    ("وحضر الدكتور سعيد جميل الحفل", [O, O, "B-PER", "I-PER", O]),
    # later listed names and family names are taken too
    ("وحضر اللواء سفر الغامدي الحفل", [O, O, "B-PER", "I-PER", O]),
    # a verb, a frequent common word or an unlisted definite word is no name
    ("الامير علي يهاجم الاتحاد", [O, O, O, O]),
    ("وقال الامير ادام الله عزه", [O, O, O, O, O]),
    ("اشادت المستشاره ميركل مرارا بالعلاقات", [O, O, O, O, O]),
    ("اللواء ملائكه الفعل الاجرامي", [O, O, O, O]),
    # a clitic on the honorific's second word: «بركن» is no «ركن»
    ("الفريق بركن هديه العيد", [O, O, O, O]),
    # a bare title names nobody
    ("وقال المهندس ان المشروع", [O, O, O, O]),
])
def test_titled_names(rule: HonorificRule, text: str, expected: list[str]) -> None:
    words = _words(text)
    stems = [w[1:] if w in ("ويري", "وحضر", "بركن") else w for w in words]
    tags = [O] * len(words)
    tag_titled_names(stems, words, tags, rule)
    assert tags == expected


def test_two_word_rank_modifier(rule: HonorificRule) -> None:
    words = _words("وقال اللواء اركان حرب عصمت مراد ان")
    assert rule.name_start(words, 1) == 4


def test_bare_title_is_dropped() -> None:
    words = _words("يكتب الطبيب للطفل وقال ماجد الطبيب")
    tags = [O, "B-PER", O, O, "B-PER", "I-PER"]
    drop_bare_titles(words, tags)
    assert tags == [O, O, O, O, "B-PER", "I-PER"]


def test_title_surname_is_kept() -> None:
    assert "الطبيب" in definite_titles() and "السيد" not in definite_titles()
    tags = ["B-PER"]
    drop_bare_titles(["السيد"], tags)
    assert tags == ["B-PER"]


def test_title_surname_not_spread() -> None:
    sentences = [(["فيكتور", "فالديس", "الحارس"], ["B-PER", "I-PER", "I-PER"]),
                 (["مستقبل", "الحارس", "الاساسي"], [O, O, O]),
                 (["هزم", "الرائد", "الفتح"], [O, "B-ORG", O]),
                 (["لاعب", "الرائد"], [O, O])]
    propagate(sentences, frozenset())
    assert sentences[1][1] == [O, O, O] and sentences[3][1] == [O, "B-ORG"]


def test_engineer_named_in_pipeline() -> None:
    doc = arabic_extract.load()(
        "ويرى المهندس علي كريم عدم وجود فرق في كون المرشح رجلا أو امرأة، "
        "وقال «أنا أؤمن بقدرة المرأة على التغيير».")
    assert {e.name for e in doc.entities if e.type == "PER"} == {"علي كريم"}
    assert [s.speaker.name for s in doc.statements] == ["علي كريم"]


@pytest.mark.parametrize("text,expected", [
    ("وفند فيكتور فالديس الحارس هذه المزاعم . وتواصلت التكهنات حول مستقبل الحارس الأساسي "
     "ديفيد دي خيا .", ["فيكتور فالديس الحارس", "ديفيد دي خيا"]),
    ("وفي كل مرة يكتب الطبيب للطفل الخروج . المشكلة ان الطبيب لا يعرف ماجد الطبيب .",
     ["ماجد الطبيب"]),
])
def test_title_alone_in_pipeline(text: str, expected: list[str]) -> None:
    doc = arabic_extract.load()(text)
    assert [text[m.start:m.end] for m in doc.mentions if m.label == "PER"] == expected
