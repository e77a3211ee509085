"""Aligning what a backend returns (pieces of a word, word-level BIO labels) with our tokens.

Backends see the text through our tokens' strings; everything they give back is mapped onto
character offsets here, so that ``doc.text[x.start:x.end] == x.text`` holds for every
segment with offsets and every mention.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from ..document import LABELS, Mention, Segment, Token
from ..normalize import normalize, strip_diacritics

#: Backend entity types → ours (camel-tools says PERS, AQMAR says MIS).
LABEL_MAP = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC",
             "ORG": "ORG", "MISC": "MISC", "MIS": "MISC"}
_CLITIC_UPOS = frozenset({"CCONJ", "ADP", "PART", "SCONJ", "AUX", "DET"})
#: (normalized letter in the piece, letter written before a suffix): ة→ت, ى→ا.
_ALTERNATIONS = frozenset({("ه", "ت"), ("ي", "ا")})


def skeleton(text: str) -> tuple[str, tuple[int, ...]]:
    """Letters of ``text`` without diacritics/tatweel, normalized one to one, and the index
    of each in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        if strip_diacritics(char):
            chars.append(normalize(char) or char)
            index.append(i)
    return "".join(chars), tuple(index)


def _spells(surface: str, piece: str, final: bool) -> bool:
    """Whether ``piece`` spells ``surface``; before a suffix its last letter may take the
    written form it has there (بطولة + ه → «بطولته», إلى + ه → «إليه»)."""
    if surface == piece:
        return True
    return (not final and len(surface) == len(piece) and surface[:-1] == piece[:-1]
            and (piece[-1], surface[-1]) in _ALTERNATIONS)


def align_pieces(text: str, pieces: Sequence[str]) -> tuple[tuple[int, int], ...] | None:
    """Offsets of ``pieces`` relative to ``text`` when, without diacritics, they spell it
    (``و`` + ``بغداد`` = «وبغداد»); ``None`` when they do not line up (ل + الحكومة)."""
    skel, index = skeleton(text)
    piece_skels = [skeleton(p)[0] for p in pieces]
    if not index or sum(map(len, piece_skels)) != len(skel) or not all(piece_skels):
        return None
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, piece in enumerate(piece_skels):
        if not _spells(skel[pos:pos + len(piece)], piece, i == len(pieces) - 1):
            return None
        start = 0 if i == 0 else index[pos]
        pos += len(piece)
        end = len(text) if pos == len(index) else index[pos]
        spans.append((start, end))
    return tuple(spans)


def shift(segments: Iterable[Segment], offset: int) -> tuple[Segment, ...]:
    """Segments with relative offsets moved to absolute ones."""
    return tuple(s if s.start is None or s.end is None else
                 Segment(s.text, s.start + offset, s.end + offset, s.lemma, s.upos, s.feats)
                 for s in segments)


def split_tag(tag: str) -> tuple[str, str | None]:
    """``B-PERS`` → ``("B", "PER")``; ``O`` and unknown types → ``("O", None)``.
    BIOES prefixes are kept (``S``, ``E``); a bare type counts as ``I``."""
    prefix, _, kind = tag.partition("-") if "-" in tag else ("I", "", tag)
    label = LABEL_MAP.get(kind.upper())
    if prefix.upper() not in {"B", "I", "E", "S"} or label not in LABELS:
        return "O", None
    return prefix.upper(), label


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token index spans ``(first, last + 1, label)`` of a BIO or BIOES tag sequence; an
    ``I`` that does not continue an entity of its type starts one."""
    spans: list[tuple[int, int, str]] = []
    inside = False
    for i, tag in enumerate(tags):
        prefix, label = split_tag(tag)
        if label is None:
            inside = False
            continue
        if inside and prefix in {"I", "E"} and spans[-1][2] == label:
            spans[-1] = (spans[-1][0], i + 1, label)
        else:
            spans.append((i, i + 1, label))
        inside = prefix in {"B", "I"}
    return spans


def name_start(token: Token) -> int:
    """Where a name starts inside its first token: after attached proclitics («وبغداد» →
    at «بغداد») when the morphology stage gave segments with offsets, else the token start."""
    segments = token.segments
    for k, seg in enumerate(segments[:-1]):
        if seg.upos not in _CLITIC_UPOS or seg.end is None:
            break
        following = segments[k + 1]
        if following.start is not None and following.upos not in _CLITIC_UPOS:
            return following.start
    return token.start


def mentions_from_tags(text: str, tokens: Sequence[Token],
                       tags: Sequence[str]) -> tuple[Mention, ...]:
    """Mentions with character offsets from one tag per token (proclitics left outside)."""
    mentions: list[Mention] = []
    for first, last, label in bio_spans(tags):
        start, end = name_start(tokens[first]), tokens[last - 1].end
        if start >= end:
            start = tokens[first].start
        mentions.append(Mention(start, end, text[start:end], label))
    return tuple(mentions)
