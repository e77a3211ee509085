"""Rules of the sixth entity review (blind_dev5 and blind_dev4, session 10), on made-up
sentences: a public body named by a head, a definite common noun and an adjective of scope
(«مجموعة الأبحاث الدولية», «مصلحة الموانئ العامة») is an organization; the people a body
serves end its name after «لل» («جمعية … للمكفوفين»), people who are told do not."""
from __future__ import annotations

import pytest

from arabic_extract.ner.adjective_bodies import (body_adjectives, body_heads,
                                                 tag_adjective_bodies)
from arabic_extract.ner.late_rules import RULE_NAMES
from arabic_extract.normalize import normalize

from .entity_support import entity_set


_entities = entity_set


def test_rule_is_registered() -> None:
    assert "adjective_bodies" in RULE_NAMES


@pytest.mark.parametrize("text, name", [
    ("وقال تقرير أصدرته مجموعة الأبحاث الدولية إن الأسعار سترتفع.", "مجموعة الأبحاث الدولية"),
    ("وأعلنت مصلحة الموانئ العامة عن خطة جديدة.", "مصلحة الموانئ العامة"),
    ("وقال متحدث باسم مكتب المطوفين الموحد إن العمل انتهى.", "مكتب المطوفين الموحد"),
])
def test_adjective_body_is_an_organization(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def _tags(words: str, tags: list[str]) -> list[str]:
    norms = [normalize(w) for w in words.split()]
    tag_adjective_bodies(norms, norms, tags, body_heads(), body_adjectives())
    return tags


def test_function_tags_head_noun_and_adjectives() -> None:
    assert _tags("عن غرفة التجارة الدولية العامة أمس", ["O"] * 6) == \
        ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


@pytest.mark.parametrize("words", [
    "أمانة المدينة للعام الثاني",       # a proclitic on the adjective: «للعام» is no name
    "مكتب المحامي الدولي أمس",         # a word in «ي» after the head (an adjective)
    "حركة التجارة الدولية أمس",        # a head that is an everyday noun
    "مجموعة كبيرة الدولية أمس",        # no article on the noun
])
def test_function_leaves_descriptions(words: str) -> None:
    n = len(words.split())
    assert _tags(words, ["O"] * n) == ["O"] * n


def test_function_needs_a_free_word_before() -> None:
    tags = ["B-PER", "O", "O", "O"]
    assert _tags("سالم مجموعة الأبحاث الدولية", list(tags)) == tags


@pytest.mark.parametrize("text, name", [
    ("وقال رئيس جمعية الأمل للمكفوفين إن البرنامج بدأ.", "جمعية الأمل للمكفوفين"),
    ("وقالت رئيسة جمعية الوفاء للأيتام إن التبرعات زادت.", "جمعية الوفاء للأيتام"),
])
def test_people_a_body_serves_end_its_name(text: str, name: str) -> None:
    assert ("ORG", name) in _entities(text)


def test_people_told_stay_out_of_the_name() -> None:
    names = {n for _, n in _entities("وقال رئيس شركة الأمل للصحفيين إن الأرباح ارتفعت.")}
    assert not any("للصحفيين" in n for n in names)
