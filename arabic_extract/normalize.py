"""Orthographic normalization of Arabic, used *beside* the surface text, never instead of it.

``normalize`` removes diacritics (harakat, shadda, sukun, dagger alef, Quranic marks),
tatweel and invisible format characters (bidi marks, zero-width joiners), unifies alef variants (أ إ آ ٱ → ا), alef maqsura and Farsi ya (ى ی → ي),
ta marbuta (ة → ه), Farsi kaf (ک → ك), maps Arabic-Indic digits to ASCII digits, and
Arabic presentation forms (contextual glyphs such as «ﻋﺒﺪ», U+FB50–U+FDFF, U+FE70–U+FEFE,
which some sites store instead of letters) to the letters they show.
"""
from __future__ import annotations

import unicodedata

import regex

DIACRITICS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u08D3-\u08FF]")
TATWEEL = "\u0640"
#: invisible characters inside a character class: format characters (bidi marks, zero-width
#: joiners, BOM) and control characters that are not whitespace
INVISIBLE = r"\p{Cf}\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
_REMOVED = regex.compile(DIACRITICS.pattern[:-1] + INVISIBLE + "]")


def _presentation_forms() -> dict[str, str]:
    """Each Arabic presentation form → its compatibility letters («ﻋ» → «ع», «ﻻ» → «لا»)."""
    table = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        char = chr(code)
        letters = unicodedata.normalize("NFKC", char)
        if letters != char and all("\u0600" <= c <= "\u06FF" for c in letters.strip()):
            table[char] = letters.strip()
    return table


_TABLE = str.maketrans({
    **_presentation_forms(),
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك",
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    TATWEEL: None,
})


def strip_diacritics(text: str) -> str:
    """Remove harakat, shadda, sukun, dagger alef and tatweel; keep every letter."""
    return DIACRITICS.sub("", text).replace(TATWEEL, "")


def normalize(text: str) -> str:
    """Normalized form for matching and features (see module docstring)."""
    return _REMOVED.sub("", text).translate(_TABLE)


def normalize_light(text: str) -> str:
    """Like :func:`normalize` but keeps ta marbuta and alef maqsura (for lemmas/display)."""
    return strip_diacritics(text).translate(_ALEF_ONLY)


_ALEF_ONLY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
