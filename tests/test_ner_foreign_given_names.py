"""Round ent12: a common foreign given name in Arabic transliteration, left untagged before
the one-word family name the tagger found, joins it (ner/data/foreign_given_names.txt):
made-up sentences, through the rule function and the pipeline."""
from __future__ import annotations

from functools import lru_cache

import arabic_extract
from arabic_extract.ner.given_names import join_given_names
from arabic_extract.ner.lexicon import load_lexicon
from arabic_extract.pipeline import Pipeline


@lru_cache(maxsize=1)
def _nlp() -> Pipeline:
    return arabic_extract.load()


def _join(words: list[str], tags: list[str]) -> list[str]:
    join_given_names(words, words, tags, load_lexicon())
    return tags


def test_foreign_given_name_joins_the_family_name() -> None:
    assert _join(["قال", "بنيامين", "فلانوفيتش", "ان"], ["O", "O", "B-PER", "O"]) \
        == ["O", "B-PER", "I-PER", "O"]
    assert _join(["التقى", "اشلي", "سميثرز"], ["O", "O", "B-PER"]) == ["O", "B-PER", "I-PER"]


def test_unlisted_or_ambiguous_word_does_not_join() -> None:
    """«بين» (between) and «فان» (= «فإن») are left out of the list; a clitic blocks too."""
    for first in ("بين", "فان", "وجون"):
        assert _join(["قال", first, "سميثرز"], ["O", "O", "B-PER"]) == ["O", "O", "B-PER"]


def test_pipeline_speaker_carries_the_given_name() -> None:
    doc = _nlp()("وقال رئيس الوزراء بنيامين نتنياهو إن الحكومة ستجتمع غدا.")
    names = [(m.text, m.label) for m in doc.mentions]
    assert ("بنيامين نتنياهو", "PER") in names
    assert doc.statements and doc.statements[0].speaker is not None
