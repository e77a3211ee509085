"""Common words that the document steps must not turn into names (arabic_extract.ner.common_words).
Made-up sentences."""
from __future__ import annotations

from arabic_extract.ner.builtin import BuiltinNER
from arabic_extract.ner.common_words import (drop_glued_ma, glued_ma, preposition_noun,
                                             trim_interrogatives)
from arabic_extract.ner.consistency import propagate, tag_known_places
from arabic_extract.ner.lexicon import load_lexicon

from .test_ner import _tag


def test_preposition_noun_surname_is_not_spread() -> None:
    """«آيس بواقع» misread as a person: «بواقع» (ب + واقع) is not tagged elsewhere."""
    sentences = [(["ارتفع", "سهم", "ايس", "بواقع", "5"], ["O", "O", "B-PER", "I-PER", "O"]),
                 (["وتراجع", "المؤشر", "بواقع", "40", "نقطه"], ["O"] * 5)]
    propagate(sentences)
    assert sentences[1][1] == ["O"] * 5


def test_real_surnames_still_spread() -> None:
    """A surname that is no glued preposition («كيري», a listed «كمال») still spreads."""
    sentences = [(["جون", "كيري", "و", "احمد", "كمال"], ["B-PER", "I-PER", "O", "B-PER", "I-PER"]),
                 (["وقال", "كيري", "ان", "كمال", "حضر"], ["O"] * 5)]
    propagate(sentences)
    assert sentences[1][1] == ["O", "B-PER", "O", "B-PER", "O"]


def test_preposition_noun_words() -> None:
    lex = load_lexicon()
    assert preposition_noun("بواقع", lex) and preposition_noun("بنسبه", lex)
    assert not any(preposition_noun(w, lex) for w in ("كيري", "كمال", "بندر", "بوتين",
                                                          "بلان", "كاين"))


def test_interrogative_opens_no_name() -> None:
    tags = ["O", "B-PER", "I-PER", "O"]
    trim_interrogatives(["الي", "اين", "شارل", "يا"], tags, load_lexicon())
    assert tags == ["O", "O", "B-PER", "O"]
    rooney = ["B-PER", "I-PER"]  # «واين روني»: Wayne Rooney, a listed given name
    trim_interrogatives(["واين", "روني"], rooney, load_lexicon())
    assert rooney == ["B-PER", "I-PER"]


def test_glued_ma_is_no_name(ner: BuiltinNER) -> None:
    lex = load_lexicon()
    assert glued_ma("ماتقدم", lex) and glued_ma("ماحدث", lex)
    assert not any(glued_ma(w, lex) for w in ("مالك", "ماجد", "ماكرون", "مانشستر"))
    tags = ["O", "B-PER", "O"]
    drop_glued_ma(["ان", "ماتقدم", "ذكره"], tags, lex)
    assert tags == ["O", "O", "O"]
    assert not any(label == "PER" for _, label in
                   _tag(ner, "وقال الشيخ إن ماتقدم ذكره صحيح ."))


def test_place_before_nationality_is_no_mention(ner: BuiltinNER) -> None:
    sentences = [(["امراه", "سوريه", "الجنسيه", "في", "سوريه"], ["O"] * 5)]
    tag_known_places(sentences, frozenset({"سوريه"}))
    assert sentences[0][1] == ["O", "O", "O", "O", "B-LOC"]
    assert ("سورية", "LOC") not in _tag(ner, "وأوقفت الشرطة امرأة سورية الجنسية في الرياض .")
