"""Name keys for matching mentions, and title/role phrases found around a name."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex

from ..document import Token
from .hamza import leading_hamza_title
from ..normalize import normalize
from ..resources import word_list

_LETTER = regex.compile(r"\p{L}")
_WAW = regex.compile(r"و\p{Mn}*")
_PUNCT = regex.compile(r"[\"'«»“”„‹›()\[\]{}.,،؛:;!?؟\-–—_/]")
_ABD = regex.compile(r"(?<!\S)(عبد|ابو|أبو|بو)\s+(?=ال)")
PROCLITICS = "وفبلك"
SENTENCE_END = frozenset({".", "!", "?", "؟", "…", "...", "؛", ":"})
COMMAS = frozenset({",", "،"})
_MAX_TITLE = 7
#: words a title phrase never runs back over: a clause starts there («وأضاف الوزير أن
#: السيسي …»: «الوزير» is not السيسي's title)
_CLAUSE_WORDS = frozenset(normalize(w) for w in (
    "أن", "أنه", "أنها", "أنهم", "إن", "إنه", "إنها", "بأن", "لأن", "وأن", "الذي", "التي",
    "الذين", "اللذان", "اللتان", "اللذين", "اللتين"))


def name_key(text: str | None) -> str:
    """Matching key of a name: normalized letters, no punctuation or quote marks,
    «عبد الله» written as one word, single spaces (kept for the last texts asked for:
    the stages ask for the same names many times)."""
    return _name_key(text) if text else ""


@lru_cache(maxsize=1 << 16)
def _name_key(text: str) -> str:
    key = _PUNCT.sub(" ", normalize(text))
    key = _ABD.sub(lambda m: normalize(m.group(1)), key)
    return " ".join(key.split())


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Normalized title/role head words (data/titles.txt)."""
    return frozenset(name_key(w) for w in word_list("entities", "data", "titles.txt"))


@lru_cache(maxsize=1)
def name_heads() -> frozenset[str]:
    """Normalized generic head words of organization/place names (data/name_heads.txt)."""
    return frozenset(name_key(w) for w in word_list("entities", "data", "name_heads.txt"))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Normalized function words that are never a name on their own (data/not_names.txt)."""
    return frozenset(name_key(w) for w in word_list("entities", "data", "not_names.txt"))


def bare(word: str) -> str:
    """A normalized word without a conjunction proclitic and without the article."""
    if len(word) > 3 and word[0] in "وف" and word[1:3] == "ال":
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def is_title_word(word: str) -> bool:
    return bare(name_key(word)) in title_heads()


_HEAD_QUOTED = regex.compile(r"\S+\s*[\"«“](?P<name>[^\"«»“”]+)[\"»”]")


def quoted_name(text: str) -> str:
    """The quoted name of a «head + quoted name» mention («ملعب "المحالة"» → «المحالة»,
    the facility's key), else ``text``."""
    found = _HEAD_QUOTED.fullmatch(text)
    return found.group("name") if found else text


def strip_head(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a leading generic head («شركة», «مملكة») when something follows it."""
    if len(words) > 1 and words[0] in name_heads():
        return words[1:]
    return words


#: «X بن Y»: the father's name after it is left out of the short form of a name
LINEAGE = frozenset({"بن", "بنت"})


def without_lineage(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's key words without «بن/بنت» and the father's name after it: «عبدالعزيز بن
    عبدالله ال الشيخ» → «عبدالعزيز ال الشيخ», the form the article shortens it to."""
    out: list[str] = []
    skip = False
    for word in words:
        if skip:
            skip = False
        elif word in LINEAGE:
            skip = True
        else:
            out.append(word)
    return tuple(out)


def token_index(tokens: tuple[Token, ...], offset: int) -> int:
    """Index of the first token starting at or after ``offset`` (a binary search)."""
    return bisect_left(tokens, offset, key=_start)


def _start(token: Token) -> int:
    return token.start


def _run_back(tokens: tuple[Token, ...], j: int, floor: int = 0) -> int | None:
    """Start index of a title phrase ending just before token ``j``: the earliest title
    head among the words right before it (no punctuation or «أن» in between, nothing
    before the offset ``floor``, the end of another person's name).  A title head
    with «و» glued on («ورئيس مجموعة اليورو فلان», a list of officials) starts the phrase
    and ends the run: the words before it belong to the list's previous member."""
    best = None
    for k in range(j - 1, max(-1, j - 1 - _MAX_TITLE), -1):
        tok = tokens[k]
        if tok.start < floor:
            break
        abbreviation = tok.text == "." and k > 0 and len(tokens[k - 1].text) == 1
        if not _LETTER.match(tok.text) and not abbreviation \
                or tok.norm in _CLAUSE_WORDS or _adverbial(tokens, k):
            break
        if conjoined_title(tok):
            return k
        if is_title_word(tok.text) or leading_hamza_title(tokens, k):
            best = k  # «إمام وخطيب المسجد …»: the hamza below marks the title
    return best


def conjoined_title(tok: Token) -> bool:
    """A title head with the conjunction «و» glued on: «ورئيس», «ووزير», «والمدير» (not
    «وزير» or «وكيل», whose «و» is a root letter)."""
    return tok.norm[:1] == "و" and len(tok.norm) > 3 and is_title_word(tok.text[1:])


def _conjunction_length(tok: Token) -> int:
    """Characters of the «و» (and its vowel marks) a conjoined title head starts with; one
    for a presentation form «ﻭ» (text stored as glyphs: «ﻭﺭﺋﻴﺲ»), which only the norm reads
    as «و»."""
    if not conjoined_title(tok):
        return 0
    match = _WAW.match(tok.text)
    return match.end() if match else 1


def _adverbial(tokens: tuple[Token, ...], k: int) -> bool:
    """An indefinite accusative after a definite word («واثبت المدرب الفرنسي سريعا تأثير
    شيك»): an adverb, not part of a title phrase."""
    norm = tokens[k].norm
    return k > 0 and (norm.endswith("ا") or "\u064b" in tokens[k].text) \
        and not norm.startswith("ال") and tokens[k - 1].norm.startswith("ال")


def titles_before(text: str, tokens: tuple[Token, ...], start: int,
                  floor: int = 0) -> list[str]:
    """Title phrases standing before the name at ``start``, nearest last:
    «نائب قائد العمليات المشتركة، الفريق أول الركن قيس …» gives both phrases, and so does a
    chain longer than one phrase («مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة …»).
    No phrase reaches back over ``floor``, the end of the person's name before: «… الشيخ
    [فلان] عن محبة [العبد المسلم]» gives the imam's titles to فلان only."""
    titles: list[str] = []
    j = token_index(tokens, start)
    while len(titles) < 3:
        k = _run_back(tokens, j, floor)
        if k is None:
            break
        start = tokens[k].start + _conjunction_length(tokens[k])
        titles.insert(0, text[start:tokens[j - 1].end])
        if k == 0 or start > tokens[k].start:
            break
        j = k - 1 if tokens[k - 1].text in COMMAS else k  # a chain goes on without commas
    return titles


def title_after(text: str, tokens: tuple[Token, ...], end: int) -> list[str]:
    """Appositive titles right after the name, split at «و» + title:
    «قطان، سفير خادم الحرمين في القاهرة والمندوب الدائم …،» gives two titles; none when
    the comma is followed by «و» + title (the next member of a list)."""
    j = token_index(tokens, end)
    if j + 2 < len(tokens) and tokens[j].text not in COMMAS and tokens[j + 1].text in COMMAS:
        j += 1  # one name word the mention left out: «أحمد عبدالعزيز [قطان]، سفير …»
    if j + 1 >= len(tokens) or tokens[j].text not in COMMAS \
            or not is_title_word(tokens[j + 1].text) or conjoined_title(tokens[j + 1]):
        return []  # «فلان، والأمير علان»: the list's next member, not an apposition
    pieces = [[j + 1]]
    k = j + 1
    while k + 1 < len(tokens) and k - j < 2 * _MAX_TITLE \
            and _LETTER.match(tokens[k + 1].text):
        k += 1
        if tokens[k].norm.startswith("و") and is_title_word(tokens[k].text[1:]):
            pieces.append([k])
        else:
            pieces[-1].append(k)
    return [text[tokens[p[0]].start + (1 if n else 0):tokens[p[-1]].end]
            for n, p in enumerate(pieces)]
