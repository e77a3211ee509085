"""The cue lexicon: reporting verbs, participles and nominal cues, generated from data files.

``quotes/data/reporting_verbs.tsv`` gives one lexeme per line (past 3ms, present 3ms,
accusative participle, flags, prepositions); this module generates the persons, genders
and numbers (past «أكدت أكدوا أكدا», present «تؤكد يؤكدون نؤكد», participle «مؤكدة»), the
nominal forms («قوله بقوله قولها تصريحاته») and the و/ف/ب proclitic variants, all in
normalized spelling (:func:`~arabic_extract.normalize.normalize`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from ..document import Token
from ..normalize import normalize, strip_diacritics
from ..resources import data_path, word_list

DATA = ("quotes", "data")
VERB, PARTICIPLE, NOUN = "verb", "participle", "noun"
_SUFFIXES = ("ه", "ها", "هم", "هما", "نا", "ني", "ي", "كم", "ك")


@dataclass(frozen=True, slots=True)
class Cue:
    """One surface form of a reporting cue."""

    lemma: str
    pos: str
    gender: str  # "m", "f", "pl", "du" or "?" (unknown)
    person: int = 3
    flags: frozenset[str] = frozenset()
    preps: tuple[str, ...] = ()
    proclitic: str = ""
    past: bool = False
    wasl: bool = False  # past begins with hamzat wasl (اعتبر): «أعتبر» is first person

    @property
    def strict(self) -> bool:
        return "strict" in self.flags

    @property
    def takes_object(self) -> bool:  # «objpart»: only the participle («معتبرا الدمج خطأ»)
        return "obj" in self.flags or "objpart" in self.flags and self.pos == PARTICIPLE


def _past(p: str) -> Iterator[tuple[str, str, int]]:
    if p.endswith(("ى", "ا")):
        yield from ((p, "m", 3), (p[:-1] + "ت", "f", 3), (p[:-1] + "وا", "pl", 3))
        return
    yield from ((p, "m", 3), (p + "ت", "f", 3), (p + "وا", "pl", 3), (p + "ا", "du", 3),
                (p + "تا", "du", 3), (p + "نا", "pl", 1))


def _present(y: str) -> Iterator[tuple[str, str, int]]:
    stem = y[1:]
    plural = (y[:-1] if y.endswith(("ي", "و")) else y) + "ون"
    yield from ((y, "m", 3), ("ت" + stem, "f", 3), (plural, "pl", 3), (y + "ان", "du", 3),
                ("أ" + stem, "?", 1), ("ن" + stem, "pl", 1))


def _participle(a: str) -> Iterator[tuple[str, str, int]]:
    base = a[:-1] if a.endswith("ا") else a  # accusative (حال) only: «مؤكد» is an adjective
    plural = base[:-1] if base.endswith("ي") else base  # defective «داعيا»: «داعين», «متمنين»
    yield from ((base + "ا", "m", 3), (base + "ة", "f", 3), (plural + "ين", "pl", 3))


def _noun(entry: str) -> Iterator[tuple[str, str, int]]:
    n = entry.rstrip("*")
    stem = n[:-1] + "ت" if n.endswith("ة") else n
    plural = (n[:-1] if n.endswith("ة") else n) + "ات"
    if not entry.endswith("*"):
        yield from ((n, "?", 3), ("ال" + n, "?", 3), (plural, "?", 3))
    yield from ((stem + "ه", "m", 3), (stem + "ها", "f", 3), (stem + "هم", "pl", 3),
                (stem + "هما", "du", 3), (plural + "ه", "m", 3), (plural + "ها", "f", 3))


def _rows() -> Iterator[list[str]]:
    text = data_path(*DATA, "reporting_verbs.tsv").read_text(encoding="utf-8")
    for line in text.splitlines()[1:]:
        if line.strip() and not line.startswith("#") and not line.startswith("past\t"):
            yield (line.split("\t") + ["-"] * 5)[:5]


def _add(table: dict[str, Cue], form: str, cue: Cue, proclitics: tuple[str, ...]) -> None:
    for pro in ("", *proclitics):
        key = normalize(pro + form)
        if key not in table or (table[key].person != 3 and cue.person == 3):
            table[key] = Cue(cue.lemma, cue.pos, cue.gender, cue.person, cue.flags,
                             cue.preps, pro, cue.past, cue.wasl)


@lru_cache(maxsize=2)
def lexicon(shadda: bool = False) -> dict[str, Cue]:
    """Normalized surface form -> :class:`Cue` for every generated form; with ``shadda``,
    only the verbs that need a written shadda (flag ``needshadda``: «عبّر»), which the
    plain table leaves out («عبر» is "via")."""
    table: dict[str, Cue] = {}
    for past, present, participle, flags, preps in _rows():
        flag_set = frozenset(f for f in flags.split(",") if f and f != "-")
        if ("needshadda" in flag_set) != shadda:
            continue
        prep_t = tuple(normalize(p) for p in preps.split(",") if p and p != "-")
        lemma = normalize(past)
        for gen, col, pos in ((_past, past, VERB), (_present, present, VERB),
                              (_participle, participle, PARTICIPLE)):
            if col and col != "-":
                for form, gender, person in gen(col):
                    cue = Cue(lemma, pos, gender, person, flag_set, prep_t, "", gen is _past,
                              past.startswith("ا"))
                    _add(table, form, cue, ("و", "ف"))
    for line in () if shadda else word_list(*DATA, "nominal_cues.txt"):
        noun, says = line.rstrip(":"), line.endswith(":")  # «بالقول: …» speaks unquoted
        flags = frozenset({"strict", "say"} if says else {"strict"})
        for form, gender, person in _noun(noun):
            _add(table, form, Cue(normalize(noun.rstrip("*")), NOUN, gender, person, flags),
                 ("و", "ف", "ب", "وب"))
    return table


@lru_cache(maxsize=1)
def owned_nouns() -> frozenset[str]:
    """Surface forms (diacritics stripped) of nouns with a pronoun that meet a cue form."""
    return frozenset(word_list(*DATA, "owned_nouns.txt"))


def entry(token: Token) -> Cue | None:
    """The lexicon entry of a token, none for a listed noun with a pronoun («ومقره»)."""
    cue = lexicon().get(token.norm)
    if cue is None and "\u0651" in token.text:
        cue = lexicon(True).get(token.norm)  # «عبّر عن …»; «عبر تويتر» is "via"
    return None if cue is None or strip_diacritics(token.text) in owned_nouns() else cue


def lookup(token: Token) -> Cue | None:
    """The cue a token is, if any: third person only (first-person verbs are quoted
    speech), and not a vocalized passive («أُعلن», «ذُكر», «يُقال»)."""
    cue = entry(token)
    if cue is None or cue.person != 3:
        return None
    surface = token.text[len(cue.proclitic):]
    if cue.past and cue.wasl and surface.startswith("أ"):
        return None
    if cue.pos == VERB and "\u064b" in surface:
        return None  # tanween: «طالبًا», «ذكراً» are nouns, not verbs
    if cue.pos == NOUN and cue.gender == "m" and strip_diacritics(surface).endswith("ة"):
        return None  # «دراسة حديثة»: a ta marbuta, not the pronoun of «حديثه»
    if cue.pos == VERB and not cue.past and _present_passive(surface):
        return None
    if cue.pos == VERB and cue.wasl and cue.past and _wasl_passive(surface):
        return None
    if cue.pos == PARTICIPLE and cue.gender == "f" and strip_diacritics(surface).endswith("ه"):
        if normalize(surface)[:-1] == cue.lemma:
            return None  # «أمله» is the noun with «his» (أمل + ه), not the feminine «آملة»
        return replace(cue, gender="?")  # «مؤكده» written with ه: gender unknown
    if "shadda" in cue.flags and ("\u0651" in surface or _suffixed_past(cue)):
        cue = replace(cue, flags=cue.flags | {"voweled"})  # «وبيّن، في …، أن …»: not «بين»
    return None if cue.past and _passive(surface, 0) else cue


def _suffixed_past(cue: Cue) -> bool:
    """A past verb with the suffix of «بينت», «بينوا», «عقبت»: no preposition is spelled
    so, the verb is as sure as with a written shadda (flag ``voweled``)."""
    return cue.pos == VERB and cue.past and cue.gender in ("f", "pl")


def _passive(surface: str, skip: int) -> bool:
    letters = surface[skip:]
    return len(letters) > 1 and letters[1] == "\u064f"


def _wasl_passive(surface: str) -> bool:
    """Forms VII, VIII and X (past with hamzat wasl: «استبعد», «اعتبر») have no damma in
    the active past: «استُبعِد», «اعتُبر» are passives."""
    letters = [i for i, ch in enumerate(surface) if "\u0621" <= ch <= "\u064a"][:4]
    return any(surface[i + 1:i + 2] == "\u064f" for i in letters)


def _present_passive(surface: str) -> bool:
    """«يُذكَر», «يُقال», «يُؤكَّد»: damma on the prefix and fatha (or alef) before the last
    letter; the active «يُؤكِّد» has kasra there, «يَذكُر» fatha on the prefix."""
    if not _passive(surface, 0):
        return False
    letters = [(i, ch) for i, ch in enumerate(surface) if "\u0621" <= ch <= "\u064a"]
    if len(letters) < 3:
        return False
    i, ch = letters[-2]
    marks = surface[i + 1:letters[-1][0]]
    return ch == "ا" or "\u064e" in marks


@lru_cache(maxsize=1)
def complementizers() -> frozenset[str]:
    """Normalized complementizers, with their pronoun-suffixed forms («أنه», «بأننا»)."""
    base = [normalize(w) for w in word_list(*DATA, "complementizers.txt")]
    forms = set(base)
    for word in base:
        forms.update(word + s for s in _SUFFIXES)
        forms.update(("و" + word, "ف" + word))  # «وحسبما نقلت …، فإن …»
    return frozenset(forms)


def is_complementizer(token: Token) -> bool:
    return token.norm in complementizers()
