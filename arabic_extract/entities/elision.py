"""The name of an entity known only by a mention whose article lost its alef after the
preposition ل: «للطائف» is ل + «الطائف», and its mention «لطائف» (the text has no
«الطائف» to point at) names the entity «الطائف»."""
from __future__ import annotations

from collections.abc import Callable

from ..document import Mention
from ..normalize import normalize

#: what may stand before the article's ل in the same word: the preposition, after و/ف
_BEFORE = frozenset({"ل", "ول", "فل"})
#: the definite reading must be at least this share of the bare one: «للجنة» is ل + «لجنة»
#: (or «اللجنة»), never «الجنة», although «الجنة» is a common word
DEFINITE_SHARE = 0.5


def _word_before(text: str, start: int) -> str:
    """The letters of the same word before ``start``."""
    i = start
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:start]


def elided(text: str, mention: Mention, count: Callable[[str], int]) -> bool:
    """Does ``mention`` start with the ل of an article whose alef the preposition ل took
    («للطائف» → «لطائف»)? «للبنان» is ل + «لبنان»: «البنان» is rare."""
    first = normalize(mention.text.split()[0]) if mention.text.split() else ""
    if not first.startswith("ل") or first.startswith("ال") or len(first) < 3:
        return False
    if normalize(_word_before(text, mention.start)) not in _BEFORE:
        return False
    definite = count("ا" + first)
    return definite > 0 and definite >= DEFINITE_SHARE * count(first)


def restored_name(text: str, mention: Mention, count: Callable[[str], int]) -> str:
    """The mention's text, with the article's alef back when it was elided (see
    :func:`elided`): «لطائف» → «الطائف», «لتحالف الدولي» → «التحالف الدولي»."""
    return "ا" + mention.text if elided(text, mention, count) else mention.text
