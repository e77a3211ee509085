"""The short form of a «general» body's name: «الهيئة العامة للغذاء والدواء» is also written
«هيئة الغذاء والدواء», «المؤسسة العامة للتقاعد» «مؤسسة التقاعد», «الإدارة العامة للتعليم»
«إدارة التعليم»: the head loses its article and «العامة», and the field after «لل» becomes
its definite genitive.  The linker keys the long form by its short form too, so that the
two make one entity (also the long form after «لل», «للهيئة العامة …» → «لهيئة …»)."""
from __future__ import annotations

from ..normalize import normalize

GENERAL = normalize("العامة")
Words = tuple[str, ...]


def _bare_head(word: str) -> str:
    """The head without its article or the elided «لل» («الهيئه», «لهيئه» → «هيئه»)."""
    if word.startswith("ال"):
        return word[2:]
    return word[1:] if word.startswith("ل") else word


def short_form(words: Words) -> str | None:
    """The text of the short form of «ال + head + العامة + لل + field …» (normalized key
    words), else None."""
    if len(words) < 3 or words[1] != GENERAL or not words[2].startswith("لل") \
            or not words[0].startswith(("ال", "ل")) or len(_bare_head(words[0])) < 3:
        return None
    return " ".join((_bare_head(words[0]), "ال" + words[2][2:], *words[3:]))
