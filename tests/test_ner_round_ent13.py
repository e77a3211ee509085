"""Round ent13: a tagged person's name right after an untagged head of the names given after
a person (ner/data/eponym_heads.tsv) is one mention of the head's type with it
(ner/headed_persons.py); a European name particle alone before a person mention opens it
(ner/data/name_openers.txt).  Made-up sentences, through the rule functions and the
pipeline."""
from __future__ import annotations

from functools import lru_cache

import arabic_extract
from arabic_extract.ner.eponyms import bare_eponym_heads
from arabic_extract.ner.headed_persons import join_eponym_heads
from arabic_extract.ner.particles import join_particles, joining_particles, name_openers
from arabic_extract.pipeline import Pipeline

_STOPS = frozenset({"التركي"})


@lru_cache(maxsize=1)
def _nlp() -> Pipeline:
    return arabic_extract.load()


def _heads(words: list[str], tags: list[str]) -> list[str]:
    join_eponym_heads(words, words, tags, bare_eponym_heads(), _STOPS)
    return tags


def test_head_and_name_make_one_mention_of_the_head_type() -> None:
    assert _heads(["زار", "مدرسه", "حسان", "بن", "ثابت", "المتوسطه"],
                  ["O", "O", "B-PER", "I-PER", "I-PER", "O"]) == \
        ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "I-LOC"]
    assert _heads(["شركه", "فلان", "الفلاني"], ["O", "B-PER", "I-PER"]) == \
        ["B-ORG", "I-ORG", "I-ORG"]
    assert _heads(["في", "ميناء", "فلانجي", "التركي"], ["O", "O", "B-PER", "O"]) == \
        ["O", "B-LOC", "I-LOC", "O"]


def test_leader_heads_idioms_and_starring_keep_the_person() -> None:
    """«قوات/إدارة X» are the person's; «عن طريق X» (through X); «بطولة X» (starring X)."""
    for words in (["قوات", "صالح"], ["اداره", "اوباما"], ["بطوله", "فلان"]):
        assert _heads(["و"] + words, ["O", "O", "B-PER"]) == ["O", "O", "B-PER"]
    assert _heads(["عن", "طريق", "فلان"], ["O", "O", "B-PER"]) == ["O", "O", "B-PER"]


def test_pipeline_company_named_after_its_owner_speaks() -> None:
    doc = _nlp()("وقالت شركة محمد بن لادن إن المشروع سيكتمل العام المقبل.")
    assert [(m.text, m.label) for m in doc.mentions] == [("شركة محمد بن لادن", "ORG")]
    assert doc.statements[0].speaker.name == "شركة محمد بن لادن"


def test_particle_alone_opens_the_name() -> None:
    tags = ["O", "O", "O", "B-PER", "O"]
    join_particles(["وشدد", "المدرب", "دا", "سيلفا", "على"], tags, joining_particles())
    assert tags == ["O", "O", "B-PER", "I-PER", "O"]
    tags = ["O", "O", "B-PER"]  # «فان» reads as «فإن», «لا» is «no»
    join_particles(["قال", "فان", "فلان"], tags, joining_particles())
    assert tags == ["O", "O", "B-PER"]
    assert name_openers().isdisjoint({"فان", "لا", "بن"})
