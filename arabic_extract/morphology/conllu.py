"""Reading UD Arabic CoNLL-U files into surface tokens with their gold words.

Two layouts are supported:

* UD Arabic-PUD: words are surface pieces (``SpaceAfter=No`` between clitics) and
  ``# text`` holds the raw sentence, so gold words are placed on the text by their
  characters, exactly like the CoNLL 2018 shared-task evaluation.
* UD Arabic-PADT as of 2016: vocalized syntactic words, no raw text.  Surface tokens are
  rebuilt by removing diacritics and gluing proclitics (و ف ب ل ك س) to the next word and
  genitive/accusative pronouns to the previous one (ل + ال → لل, ة → ت, ى → ا before a
  pronoun).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import regex

from ..normalize import strip_diacritics
from ..tokenize import tokenize
from .text import ENCLITICS, FATHATAN, PROCLITICS, Piece


@dataclass(frozen=True, slots=True)
class GoldWord:
    """One UD syntactic word; ``start``/``end`` index the sentence's non-space characters."""

    form: str
    lemma: str
    upos: str
    feats: str
    start: int = -1
    end: int = -1
    misc: str = ""


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str | None
    words: tuple[GoldWord, ...]


@dataclass(frozen=True, slots=True)
class TokenExample:
    """An undiacritized surface token with its gold pieces, for training."""

    surface: str
    pieces: tuple[Piece, ...]
    source: str
    tanween: bool = False


def read_conllu(path: str | Path) -> Iterator[GoldSentence]:
    """Sentences of a CoNLL-U file (multiword-token ranges and empty nodes skipped)."""
    text: str | None = None
    words: list[GoldWord] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                text = line[len("# text = "):]
            elif not line:
                if words:
                    yield GoldSentence(text, tuple(words))
                text, words = None, []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and cols[0].isdigit():
                    words.append(GoldWord(cols[1], cols[2], cols[3], cols[5], misc=cols[9]))
    if words:
        yield GoldSentence(text, tuple(words))


def place_words(sentence: GoldSentence) -> GoldSentence | None:
    """Give each word its span in the non-space characters of ``text`` (None if mismatch)."""
    if sentence.text is None:
        return None
    chars = "".join(sentence.text.split())
    placed, pos = [], 0
    for word in sentence.words:
        form = "".join(word.form.split())
        if chars[pos:pos + len(form)] != form:
            return None
        placed.append(GoldWord(word.form, word.lemma, word.upos, word.feats, pos,
                               pos + len(form)))
        pos += len(form)
    return GoldSentence(sentence.text, tuple(placed)) if pos == len(chars) else None


def _bare(form: str) -> str:
    return strip_diacritics(form)


def clean_lemma(lemma: str) -> str:
    """A gold lemma without diacritics; PUD writes the dagger alef as a backtick (ه`ذا)."""
    return strip_diacritics(lemma).replace("`", "")


def _is_proclitic(word: GoldWord) -> bool:
    return _bare(word.form) in PROCLITICS and word.upos not in {"X", "PUNCT", "NUM"}


def _is_enclitic(word: GoldWord) -> bool:
    return (word.upos == "PRON" and _bare(word.form) in ENCLITICS
            and ("Case=Gen" in word.feats or "Case=Acc" in word.feats))


def _glue(prev: str, nxt: str, prev_is_proclitic: bool) -> tuple[str, str]:
    """Surface spellings of two glued pieces (the left one may change its last letter)."""
    if prev_is_proclitic:
        if prev.endswith("ل") and nxt.startswith("ال"):
            return prev, nxt[1:]
        return prev, nxt
    if prev.endswith("ة"):
        return prev[:-1] + "ت", nxt
    if prev.endswith("ى") and len(prev) > 2 and prev not in {"على", "إلى", "لدى"}:
        return prev[:-1] + "ا", nxt
    if prev in {"على", "إلى", "لدى"}:
        return prev[:-1] + "ي", nxt
    return prev, nxt


def padt_tokens(sentence: GoldSentence) -> Iterator[list[GoldWord]]:
    """Group the words of a PADT-2016 sentence into surface tokens."""
    group: list[GoldWord] = []
    for i, word in enumerate(sentence.words):
        if group and not (_is_proclitic(group[-1]) or _is_enclitic(word)):
            yield group
            group = []
        group.append(word)
        if i + 1 == len(sentence.words):
            yield group


def padt_example(group: list[GoldWord], source: str) -> TokenExample | None:
    """The surface token of a group of PADT words, or None when it cannot be rebuilt."""
    forms = [_bare(w.form) for w in group]
    if any(not f or _unanalysed(w) for f, w in zip(forms, group)):
        return None
    surfaces = list(forms)
    for i in range(len(forms) - 1):
        left, right = _glue(surfaces[i], surfaces[i + 1], _is_proclitic(group[i]))
        surfaces[i], surfaces[i + 1] = left, right
    pieces = tuple(Piece(len(s), f, clean_lemma(w.lemma), _padt_upos(w), w.feats)
                   for s, f, w in zip(surfaces, forms, group))
    return TokenExample("".join(surfaces), pieces, source)


#: UD v1 CONJ for أن/إن: with shadda (أنّ, إنّ) as in UD v2 PUD, else the particle أن.
_CONJ_UPOS = {("أن", True): "SCONJ", ("أن", False): "ADP", ("إن", True): "PART",
              ("إن", False): "ADP"}
_PROPER_GLOSS = regex.compile(r"Gloss=[A-Z][a-z]+(?<!ian)(?:[,|]|$)")


def _unanalysed(word: GoldWord) -> bool:
    """PADT left some words unanalysed (X, not vocalized); those that may hide a
    proclitic («وبغداد» as one word) would teach wrong segmentations."""
    return (word.upos == "X" and word.form == _bare(word.form) and len(word.form) > 1
            and word.form[0] in PROCLITICS)


def _padt_upos(word: GoldWord) -> str:
    """UD v1 → v2 tags (CONJ → CCONJ; foreign names tagged X → PROPN)."""
    if word.upos == "CONJ":
        return _CONJ_UPOS.get((_bare(word.form), "\u0651" in word.form), "CCONJ")
    if word.upos == "X" and "Abbr=Yes" not in word.feats and len(_bare(word.form)) > 1:
        return "PROPN"
    if word.upos == "NOUN" and _PROPER_GLOSS.search(word.misc):
        return "PROPN"
    return word.upos


def nonspace_offsets(text: str) -> list[int]:
    """For each character of ``text``, its index among the non-space characters."""
    out, count = [], 0
    for ch in text:
        out.append(count)
        if not ch.isspace():
            count += 1
    out.append(count)
    return out


def pud_examples(sentence: GoldSentence, source: str = "pud") -> list[TokenExample]:
    """Tokens of the raw text (project tokenizer) whose gold words tile them exactly."""
    placed = place_words(sentence)
    if placed is None or placed.text is None:
        return []
    index = nonspace_offsets(placed.text)
    by_start = {w.start: i for i, w in enumerate(placed.words)}
    examples = []
    for token in tokenize(placed.text):
        start, end = index[token.start], index[token.end]
        i = by_start.get(start)
        group: list[GoldWord] = []
        while i is not None and i < len(placed.words) and placed.words[i].end <= end:
            group.append(placed.words[i])
            i += 1
        if group and group[-1].end == end:
            example = _pud_example(token.text, group, source)
            if example is not None:
                examples.append(example)
    return examples


def _pud_example(text: str, group: list[GoldWord], source: str) -> TokenExample | None:
    pieces, prev = [], ""
    for word in group:
        bare = _bare(word.form)
        form = bare
        if prev == "ل" and bare.startswith("ل") and "Definite=Def" in word.feats:
            form = "ا" + bare
        pieces.append(Piece(len(bare), form, clean_lemma(word.lemma), word.upos, word.feats))
        prev = bare
    surface = _bare(text)
    if sum(p.length for p in pieces) != len(surface):
        return None
    return TokenExample(surface, tuple(pieces), source, FATHATAN in text)
