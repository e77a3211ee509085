"""Regex tokenizer with character offsets, and a sentence splitter.

Every non-space character of the text ends up in exactly one token, except invisible
format and control characters (bidi marks, zero-width joiners, BOM: Unicode Cf/Cc) outside
a word, which belong to no token («قال\u200f الوزير» gives «قال», «الوزير»); inside an Arabic
word they stay in its token and leave its normalized form.  Tokens never contain
whitespace (``str.isspace``) and ``text[token.start:token.end] == token.text``.
"""
from __future__ import annotations

import sys
from functools import lru_cache

import regex

from .document import Document, Sentence, Token
from .normalize import INVISIBLE, normalize
from .resources import word_list

#: every character ``str.isspace`` calls whitespace (regex's ``\s`` misses U+001C–U+001F)
_WS = regex.escape("".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()))
_NON_WS = "[^" + _WS + INVISIBLE + "]"
_INVISIBLE = f"[{INVISIBLE}]"
_AR_LETTER = r"[\p{Script=Arabic}&&\p{L}]"
_WORD_CHAR = rf"(?:{_AR_LETTER}|\p{{M}}|\u0640)"
_URL_END = "[^" + _WS + r"<>«»\"“”'.,;:!?،؛؟)\]}" + INVISIBLE + "]"

# Tried in order at each position; Arabic words first (the common case, and none of the
# other patterns can start with an Arabic letter).
TOKEN_PATTERNS: tuple[tuple[str, str], ...] = (
    ("ARABIC", rf"(?:{_AR_LETTER}|\u0640)(?:{_WORD_CHAR}|{_INVISIBLE}+(?={_WORD_CHAR}))*"),
    ("URL", rf"(?:https?://|www\.)[^{_WS}<>«»\"“”]*{_URL_END}"),
    ("EMAIL", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"),
    ("HASHTAG", r"[#@][\p{L}\p{M}\p{Nd}_\u0640]+"),
    ("DATE", r"\p{Nd}{1,4}[-/.]\p{Nd}{1,2}[-/.]\p{Nd}{1,4}(?!\p{Nd})"),
    ("TIME", r"\p{Nd}{1,2}:\p{Nd}{2}(?::\p{Nd}{2})?(?!\p{Nd})"),
    ("NUM", r"\p{Nd}+(?:[.,٫٬]\p{Nd}+)*"),
    ("ABBR", r"(?:\p{Lu}\.){2,}"),
    ("LATIN", r"[\p{Latin}][\p{Latin}\p{M}\p{Nd}]*(?:['’][\p{Latin}]+)?"),
    ("PUNCT", r"\.{2,}|[!?؟]{2,}"),
    ("OTHER", rf"{_NON_WS}\p{{M}}*"),
)
TOKEN_RE = regex.compile("|".join(f"(?:{p})" for _, p in TOKEN_PATTERNS), regex.V1)

SENTENCE_END = frozenset({".", "!", "?", "؟", "…", "...", "!!", "؟!", "!؟", "?!", "؟؟"})
OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›", "(": ")"}
CLOSERS = frozenset(OPENERS.values())


@lru_cache(maxsize=200_000)
def _norm(surface: str) -> str:
    return normalize(surface)


def tokenize(text: str) -> tuple[Token, ...]:
    """Cut ``text`` into tokens with offsets and a normalized form beside each."""
    spans = (m.span() for m in TOKEN_RE.finditer(text))
    return tuple(Token(s, e, text[s:e], _norm(text[s:e])) for s, e in spans)


def _abbreviations() -> frozenset[str]:
    return frozenset(word_list("data", "abbreviations.txt"))


def _is_abbreviation(prev: Token | None) -> bool:
    if prev is None:
        return False
    if prev.text in _abbreviations():
        return True
    return len(prev.text) == 1 and regex.match(_AR_LETTER, prev.text) is not None


def _newline_after(tokens: tuple[Token, ...], i: int, text: str) -> bool:
    return i + 1 < len(tokens) and "\n" in text[tokens[i].end:tokens[i + 1].start]


def _ends_sentence(tokens: tuple[Token, ...], i: int, depth: int) -> bool:
    tok = tokens[i]
    if depth > 0 or tok.text not in SENTENCE_END:
        return False
    return not (tok.text == "." and (_is_abbreviation(tokens[i - 1] if i else None)
                                     or in_acronym(tokens, i)))


def in_acronym(tokens: tuple[Token, ...], i: int) -> bool:
    """Is the dot at ``i`` glued between two short letter groups («بي.بي.سي», «U.S»)?  A
    longer word after it is a missing space after a sentence («جيد.وقال»)."""
    if i == 0 or i + 1 >= len(tokens):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    return prev.end == tokens[i].start and nxt.start == tokens[i].end \
        and all(len(t.text) <= 3 and t.text.isalpha() for t in (prev, nxt))


def _quote_depth(tok: Token, depth: int, ascii_open: bool) -> tuple[int, bool]:
    if tok.text in OPENERS:
        return depth + 1, ascii_open
    if tok.text in CLOSERS:
        return max(0, depth - 1), ascii_open
    if tok.text == '"':
        return (max(0, depth - 1), False) if ascii_open else (depth + 1, True)
    return depth, ascii_open


def split_sentences(text: str, tokens: tuple[Token, ...]) -> tuple[Sentence, ...]:
    """Sentences over ``tokens``: a newline always ends one; . ! ? ؟ … end one unless they
    stand inside quotes or brackets or after an abbreviation.  Quote depth is reset at every
    paragraph, so one unbalanced quote mark never swallows the rest of the article."""
    sentences: list[Sentence] = []
    first, depth, ascii_open = 0, 0, False
    for i, tok in enumerate(tokens):
        depth, ascii_open = _quote_depth(tok, depth, ascii_open)
        paragraph_end = _newline_after(tokens, i, text)
        if i + 1 == len(tokens) or paragraph_end or _ends_sentence(tokens, i, depth):
            start, end = tokens[first].start, tok.end
            sentences.append(Sentence(start, end, text[start:end], first, i + 1))
            first = i + 1
        if paragraph_end:
            depth, ascii_open = 0, False
    return tuple(sentences)


class Tokenizer:
    """Pipeline stage: fills ``doc.tokens`` and ``doc.sentences``."""

    name = "tokenizer"
    needs: frozenset[str] = frozenset()
    provides = frozenset({"tokens", "sentences"})

    def __call__(self, doc: Document) -> Document:
        tokens = tokenize(doc.text)
        return doc.replace(tokens=tokens, sentences=split_sentences(doc.text, tokens),
                           annotations=doc.annotations | self.provides)
