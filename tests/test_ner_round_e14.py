"""Rules of the third entity review (e14) of unseen articles: facilities named after a
place («مطار القاهرة»), newspapers named like a city («صحيفة "الرياض"») and blessing
verbs before «الله» («أدام الله عزه»): made-up sentences, through the rule functions, the
NER stage and the pipeline."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract.document import Mention
from arabic_extract.entities.facilities import place_of
from arabic_extract.entities.linker import mention_words
from arabic_extract.entities.votes import vote_labels
from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.facility_places import facility_place_words, join_facility_places
from arabic_extract.normalize import normalize

O, B, I = "O", "B-LOC", "I-LOC"


@pytest.mark.parametrize("text,stems,tags,expected", [
    # head + place (+ adjective) is the facility
    ("وصل الي مطار القاهرة امس", None, [O, O, O, B, O], [O, O, B, I, O]),
    ("هبطت في مطار الجوف الاقليمي مساء", None, [O, O, O, B, O, O], [O, O, B, I, I, O]),
    ("رست في ميناء جدة الاسلامي امس", None, [O, O, O, B, O, O], [O, O, B, I, I, O]),
    # the head with a proclitic: stems without it
    ("وصل لمطار عدن امس", "وصل مطار عدن امس", [O, O, B, O], [O, B, I, O]),
    # not a preposition before the place («a port for Mecca»), not a head without a place
    ("بني ميناء لمكة قديما", "بني ميناء مكة قديما", [O, O, B, O], [O, O, B, O]),
    ("وصل الي المطار امس", None, [O, O, O, O], [O, O, O, O]),
])
def test_facility_places(text: str, stems: str | None, tags: list[str],
                         expected: list[str]) -> None:
    norms = [normalize(w) for w in text.split()]
    stem_list = [normalize(w) for w in (stems or text).split()]
    join_facility_places(norms, stem_list, tags, *facility_place_words())
    assert tags == expected


def _entities(text: str) -> set[tuple[str, str, int]]:
    doc = arabic_extract.load()(text)
    return {(e.type, e.name, len(e.mentions)) for e in doc.entities}


def test_airport_is_not_its_city() -> None:
    found = _entities("وصل الوفد إلى مطار جدة مساء أمس، ثم غادر جدة صباح اليوم.")
    assert ("LOC", "مطار جدة", 1) in found and ("LOC", "جدة", 1) in found


def test_place_of_a_facility() -> None:
    assert place_of(Mention(0, 18, "مطار الجوف الإقليمي", "LOC")) == "الجوف"
    assert place_of(Mention(0, 9, "مطار جدة", "ORG")) == ""


def test_place_alone_is_recovered() -> None:
    """The tagger found the place only inside the facility: the city alone stays a place."""
    found = _entities("وأقيمت المباراة على ملعب ملبورن أمس. وتقام المباراة المقبلة في ملبورن.")
    assert ("LOC", "ملعب ملبورن", 1) in found
    assert any(t == "LOC" and n == "ملبورن" for t, n, _ in found)


def test_paper_keeps_its_label() -> None:
    text = 'ذكرت صحيفة "الرياض" أن الوزير وصل إلى الرياض أمس.'
    paper = Mention(12, 18, "الرياض", "ORG")
    city = Mention(38, 44, "الرياض", "LOC")
    assert text[12:18] == text[38:44] == "الرياض"
    assert vote_labels((paper, city), text) == (paper, city)
    # without the head, one spelling is one type (the first label seen wins a tie)
    assert vote_labels((paper, city))[1].label == "ORG"


def test_paper_and_city_are_two_entities() -> None:
    found = _entities('ذكرت صحيفة "الرياض" أن الوزير وصل إلى الرياض أمس.')
    assert ("ORG", "الرياض", 1) in found and ("LOC", "الرياض", 1) in found


def test_paper_vote_still_names_other_mentions() -> None:
    """A MISC mention of the paper's name elsewhere still becomes the paper."""
    text = 'قالت صحيفتا «تايمز» و«غارديان» كذا. وقالت لصحيفة «غارديان» إن'
    misc = Mention(text.index("غارديان"), text.index("غارديان") + 7, "غارديان", "MISC")
    k = text.rindex("غارديان")
    paper = Mention(k, k + 7, "غارديان", "ORG")
    assert vote_labels((misc, paper), text)[0].label == "ORG"


@pytest.mark.parametrize("norms,stems", [
    (["وقال", "الامير", "ادام", "الله", "عزه", "ان"], ["قال", "الامير", "ادام", "الله", "عز", "ان"]),
    (["لولي", "العهد", "ايده", "الله", "علي"], ["ولي", "العهد", "ايده", "الله", "علي"]),
])
def test_blessing_verbs_are_no_persons(ner: BuiltinNER, norms: list[str],
                                       stems: list[str]) -> None:
    crf = ["O"] * len(norms)
    k = stems.index("الله")
    crf[k - 1:k + 1] = ["B-PER", "I-PER"]
    assert ner._apply_rules(norms, stems, crf, False) == ["O"] * len(norms)


def test_blessing_verb_in_the_pipeline() -> None:
    found = _entities("وقال الأمير أدام الله عزه إن المشروع مهم.")
    assert not any(t == "PER" and "الله" in n for t, n, _ in found)


def test_stadium_heads_are_one_facility() -> None:
    """«استاد الملك فهد» = «ملعب الملك فهد»; the facility is not the place («جدة»)."""
    stadium = mention_words(Mention(0, 15, "استاد الملك فهد", "LOC"))
    assert stadium == mention_words(Mention(0, 14, "ملعب الملك فهد", "LOC"))
    assert mention_words(Mention(0, 8, "مطار جدة", "LOC")) != ("جده",)


def test_quoted_facility_name_is_no_place() -> None:
    assert place_of(Mention(0, 14, 'ملعب "المحالة"', "LOC")) == ""
