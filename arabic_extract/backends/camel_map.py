"""From one camel-tools analysis (a feature dict) to arabic_extract :class:`Segment` objects.

The ATB segmentation (``atbseg``: «لِ+_لسُّلْطَة», the surface split used by UD Arabic) gives
the pieces; camel-tools' own ``ud`` field gives one UPOS per piece, ``lex`` the stem's
lemma, and gen/num/per/asp/… the stem's features in UD format.
"""
from __future__ import annotations

from typing import Any, Mapping

from ..document import Segment
from ..normalize import strip_diacritics
from .align import align_pieces

Analysis = Mapping[str, Any]

_FEATS = {
    "asp": ("Aspect", {"p": "Perf", "i": "Imp"}),
    "cas": ("Case", {"n": "Nom", "a": "Acc", "g": "Gen"}),
    "stt": ("Definite", {"d": "Def", "i": "Ind", "c": "Cons"}),
    "gen": ("Gender", {"m": "Masc", "f": "Fem"}),
    "mod": ("Mood", {"i": "Ind", "s": "Sub", "j": "Jus"}),
    "num": ("Number", {"s": "Sing", "d": "Dual", "p": "Plur"}),
    "per": ("Person", {"1": "1", "2": "2", "3": "3"}),
    "vox": ("Voice", {"a": "Act", "p": "Pass"}),
}
_POS_UPOS = {
    "noun": "NOUN", "noun_prop": "PROPN", "noun_num": "NUM", "noun_quant": "NOUN",
    "adj": "ADJ", "adj_comp": "ADJ", "adj_num": "ADJ", "adv": "ADV", "adv_interrog": "ADV",
    "adv_rel": "ADV", "verb": "VERB", "verb_pseudo": "VERB", "pron": "PRON",
    "pron_dem": "PRON", "pron_exclam": "PRON", "pron_interrog": "PRON", "pron_rel": "PRON",
    "prep": "ADP", "conj": "CCONJ", "conj_sub": "SCONJ", "part": "PART", "part_neg": "PART",
    "part_det": "DET", "part_focus": "PART", "part_fut": "AUX", "part_interrog": "PART",
    "part_verb": "PART", "part_voc": "PART", "part_restrict": "PART", "punc": "PUNCT",
    "digit": "NUM", "latin": "X", "foreign": "X", "abbrev": "X", "interj": "INTJ",
}
_PRONOUN_LEMMA = {"1s": "أَنَا", "1p": "نَحنُ", "2": "أَنتَ", "3": "هُوَ"}
_CLITIC_CASE = {"poss": "Gen", "dobj": "Acc", "pron": "Gen"}


def split_pieces(seg: str) -> list[tuple[str, str]]:
    """``"وَ+_قالَ"`` → ``[("pro", "وَ"), ("stem", "قالَ")]``; ``_+هُم`` marks an enclitic."""
    pieces = []
    for part in seg.split("_"):
        role = "pro" if part.endswith("+") else "enc" if part.startswith("+") else "stem"
        text = part.strip("+")
        if text:
            pieces.append((role, text))
    return pieces


def ud_feats(analysis: Analysis) -> str | None:
    """The stem's features in UD format (``Gender=Masc|Number=Sing``), sorted by name."""
    pairs = []
    for key, (name, values) in _FEATS.items():
        value = values.get(str(analysis.get(key, "")))
        if value and not (key == "mod" and analysis.get("asp") != "i"):
            pairs.append(f"{name}={value}")
    if analysis.get("asp") == "c":
        pairs.append("Mood=Imp")
    return "|".join(sorted(pairs)) or None


def clitic_feats(enc: str) -> str | None:
    """Features of an enclitic pronoun from camel's ``enc0`` (``3fs_dobj``)."""
    code, _, kind = enc.partition("_")
    if not code or not code[0].isdigit():
        return None
    pairs = [f"Person={code[0]}"]
    pairs += [f"Gender={'Masc' if c == 'm' else 'Fem'}" for c in code[1:] if c in "mf"]
    pairs += [f"Number={_FEATS['num'][1][c]}" for c in code[1:] if c in "sdp"]
    if kind in _CLITIC_CASE:
        pairs.append(f"Case={_CLITIC_CASE[kind]}")
    return "|".join(sorted(pairs))


def _pronoun_lemma(enc: str) -> str | None:
    code = enc.split("_", 1)[0]
    return _PRONOUN_LEMMA.get(code[:2], _PRONOUN_LEMMA.get(code[:1]))


def _piece_upos(analysis: Analysis, roles: list[str]) -> list[str]:
    tags = [t for t in str(analysis.get("ud") or "").split("+") if t]
    if len(tags) == len(roles):
        return tags
    stem = _POS_UPOS.get(str(analysis.get("pos")), "X")
    return [stem if r == "stem" else "PRON" if r == "enc" else "PART" for r in roles]


def _stem_text(analysis: Analysis, piece: str) -> str:
    """camel-tools writes ``NOAN`` for the stem of a back-off (unknown word) analysis."""
    return str(analysis.get("lex") or piece) if piece == "NOAN" else piece


def _pieces(surface: str, analysis: Analysis) -> list[tuple[str, str, str]]:
    """``(role, piece, upos)`` of the analysis; pieces that are only a diacritic (the
    «ـِّي» of «أساسيّ» = «my basis») are dropped, as they have no letters of their own."""
    seg = str(analysis.get("atbseg") or surface)
    pieces = [(r, _stem_text(analysis, p)) for r, p in split_pieces(seg)]
    if "_" in surface or "+" in surface:
        pieces = [("stem", surface)]
    upos = _piece_upos(analysis, [r for r, _ in pieces])
    return [(r, p, u) for (r, p), u in zip(pieces, upos) if strip_diacritics(p)]


def _segment(role: str, piece: str, upos: str, span: tuple[int, int] | None, surface: str,
             analysis: Analysis, lemma: str | None) -> Segment:
    start, end = span if span else (None, None)
    text = surface[start:end] if span else strip_diacritics(piece)
    if role == "stem":
        return Segment(text, start, end, lemma, upos, ud_feats(analysis))
    if role == "enc":
        enc = str(analysis.get("enc0") or "")
        return Segment(text, start, end, _pronoun_lemma(enc), upos, clitic_feats(enc))
    return Segment(text, start, end, piece, upos, None)


def segments_of(surface: str, analysis: Analysis, lemma: str | None) -> tuple[Segment, ...]:
    """Segments of one token (offsets relative to the token) from its chosen analysis."""
    pieces = _pieces(surface, analysis)
    if not pieces:
        return fallback_segments(surface)
    if len(pieces) == 1:
        spans: tuple[tuple[int, int], ...] | None = ((0, len(surface)),)
    else:
        spans = align_pieces(surface, [p for _, p, _ in pieces])
    return tuple(_segment(role, piece, upos, spans[k] if spans else None, surface,
                          analysis, lemma)
                 for k, (role, piece, upos) in enumerate(pieces))


def fallback_segments(surface: str) -> tuple[Segment, ...]:
    """One segment for a token camel-tools has no analysis for."""
    upos = ("NUM" if surface.isdigit() else
            "PUNCT" if not any(c.isalnum() for c in surface) else "X")
    return (Segment(surface, 0, len(surface), surface, upos, None),)
