"""Letters of a token, clitic inventories and the candidate segmentations of a word.

A segmentation is described on the undiacritized surface: proclitic pieces, a stem piece
and an optional enclitic pronoun, each a run of letters.  The only spelling change kept
in the segment text is ل + ال written «لل»: the stem's text gets its ا back.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import regex

from ..normalize import DIACRITICS, INVISIBLE, TATWEEL

#: Proclitics of the UD Arabic word convention (ال stays with its noun).
PROCLITICS = frozenset({"و", "ف", "ب", "ك", "ل", "س"})
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل", "س")
#: Enclitic (attached) pronouns.
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني",
                       "نا"})
_BY_NAME = tuple(sorted(ENCLITICS))
FATHATAN = "\u064b"
MIN_STEM = 2
#: One-letter "stems" that carry an enclitic pronoun: ل + ه «له», ب + ها «بها».
SHORT_STEMS = frozenset({"ل", "ب", "ك"})


@dataclass(frozen=True, slots=True)
class Piece:
    """An analysed segment of a word: ``length`` letters of the undiacritized surface."""

    length: int
    text: str
    lemma: str
    upos: str
    feats: str


@dataclass(frozen=True, slots=True)
class Split:
    """One way to cut a word: proclitics, stem and enclitic, all as surface letters.

    ``restore`` means the stem is spelled with ال whose ا the surface drops after ل."""

    procs: tuple[str, ...]
    stem: str
    enc: str
    restore: bool = False

    @property
    def stem_text(self) -> str:
        return "ا" + self.stem if self.restore else self.stem

    @property
    def key(self) -> str:
        pre = "+".join(self.procs) + ("+ال" if self.restore else "")
        return f"{pre}|{self.enc}"

    def lengths(self) -> tuple[int, ...]:
        parts = [len(p) for p in self.procs] + [len(self.stem)]
        return tuple(parts + [len(self.enc)] if self.enc else parts)


#: what a word's letters leave out: diacritics, tatweel, invisible format characters
_MARKS = regex.compile(DIACRITICS.pattern[:-1] + TATWEEL + INVISIBLE + "]")


def letters(text: str) -> tuple[str, tuple[int, ...]]:
    """Undiacritized text and, for each of its letters, the index in ``text``."""
    if not _MARKS.search(text):
        return text, tuple(range(len(text)))
    keep = [(i, ch) for i, ch in enumerate(text) if not _MARKS.match(ch)]
    return "".join(ch for _, ch in keep), tuple(i for i, _ in keep)


def _prefix_options(word: str) -> list[tuple[tuple[str, ...], bool]]:
    options: list[tuple[tuple[str, ...], bool]] = [((), False)]
    for conj in ("",) + CONJUNCTIONS:
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        base = (conj,) if conj else ()
        if conj:
            options.append((base, False))
        for prep in PREPOSITIONS:
            if rest.startswith(prep):
                options.append((base + (prep,), False))
                if prep == "ل" and rest.startswith("لل"):
                    options.append((base + (prep,), True))
    return options


def candidates(word: str) -> list[Split]:
    """Every plausible segmentation of an undiacritized Arabic word (the whole word first)."""
    found = [Split((), word, "")]
    encs = [""] + [e for e in _BY_NAME if word.endswith(e)]
    for procs, restore in _prefix_options(word):
        start = sum(len(p) for p in procs)
        for enc in encs:
            stem = word[start:len(word) - len(enc)]
            short = len(stem) < MIN_STEM and not (enc and stem in SHORT_STEMS)
            if not stem or short or (not procs and not enc):
                continue
            found.append(Split(procs, stem, enc, restore))
    return found


def split_of(surface: str, pieces: Sequence[Any]) -> Split | None:
    """The :class:`Split` of analysed pieces (``.text``, ``.length``, ``.upos``), or None
    when they are not proclitics + stem + enclitic pronoun (e.g. «مما» = م + ما)."""
    rest = list(pieces)
    enc = ""
    if len(rest) > 1 and rest[-1].text in ENCLITICS and rest[-1].upos == "PRON":
        enc = rest.pop().text
    stem, procs = rest[-1], rest[:-1]
    if any(p.text not in PROCLITICS or p.length != len(p.text) for p in procs):
        return None
    start = sum(p.length for p in procs)
    bare = surface[start:start + stem.length]
    restore = stem.text != bare
    if restore and not (stem.text == "ا" + bare and procs and procs[-1].text == "ل"):
        return None
    return Split(tuple(p.text for p in procs), bare, enc, restore)


_RULES = (
    (regex.compile(r"\p{Nd}[\p{Nd}.,٫٬:/-]*"), "NUM"),
    (regex.compile(r"[%٪‰\u0640\p{S}]+"), "SYM"),
    (regex.compile(r"\p{P}+"), "PUNCT"),
    (regex.compile(r"\p{Lu}[\p{Latin}\p{Nd}'’.-]*"), "PROPN"),
)
ARABIC_LETTER = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)


def rule_upos(text: str) -> str:
    """UPOS of a token without Arabic letters: NUM, SYM, PUNCT, PROPN (Latin name) or X."""
    for pattern, upos in _RULES:
        if pattern.fullmatch(text):
            return upos
    return "X"
