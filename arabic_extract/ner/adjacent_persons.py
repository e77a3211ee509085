"""Two person mentions side by side, with only a space between, are mostly one name cut in
two: the tagger read «جيب» and «بوش» apart, or the spreading tagged the surname («مارادونا»,
«الحوثي») after the tagger had taken only the given names («دييجو أرماندو», «عبد الملك»).
After the spreading, a person mention followed by another with one space between (no
punctuation, no line break) becomes one mention, unless one of them holds a title, a role, a
kinship or nationality word or a function word («الشيخ محمد بن سلمان ∣ محمد بن زايد»,
«الهولندي ∣ آريين روبن»), a word of them opens with the conjunction «و» and is no given name
(«كلمات فلان ∣ وألحان فلان», «فلان ∣ وياسمينا فلان»; «وليد» is a name), the second opens
with another proclitic («باطرفي ∣ بمحمد») or is the preposition «على» (normalized «علي»),
the first is one definite word («الشريف ∣ سلطان الفعر», «الغربي ∣ حسن حلو»), or the first
ends with a family name and the second is itself a full name («عبداللطيف الحسيني ∣ فيصل
البدين»).  A word right after «عبد» is part of the given name, not a title («عبد الملك ∣
الحوثي»).
"""
from __future__ import annotations

from collections.abc import Sequence

from ..document import Token
from .conll import spans

#: the longest name made by joining two mentions, in words
LONGEST = 5


def _conjunction(token: Token, given: frozenset[str]) -> bool:
    """Does ``token`` open with «و» and is no given name («وألحان», «وياسمينا»; not «وليد»)?"""
    return token.norm.startswith("و") and len(token.norm) > 2 and token.norm not in given


#: «عبد» + the word after it is one given name («عبد الملك»: «الملك» is no title there)
SERVANT = "عبد"


def _own_words(stems: Sequence[str]) -> list[str]:
    """The stems without the words right after «عبد»."""
    return [w for i, w in enumerate(stems) if not (i and stems[i - 1] == SERVANT)]


def _joinable(left: Sequence[str], right: Sequence[str], words: Sequence[Token],
              stop: frozenset[str], given: frozenset[str]) -> bool:
    """May the person mentions of stems ``left`` and ``right`` (``words``: the tokens of
    both) be one name?"""
    first_right = words[len(left)]
    if len(words) > LONGEST or not stop.isdisjoint(_own_words(left)) \
            or not stop.isdisjoint(_own_words(right)) \
            or first_right.norm != right[0] or first_right.text == "على" \
            or any(_conjunction(token, given) for token in words):
        return False
    if len(left) == 1 and left[0].startswith("ال"):
        return False
    return not (len(left) > 1 and left[-1].startswith("ال") and len(right) > 1)


def join_adjacent_persons(text: str, tokens: Sequence[Token], stems: Sequence[str],
                          tags: list[str], stop: frozenset[str],
                          given: frozenset[str]) -> None:
    """Join each person mention to the next one when only a space separates them and
    :func:`_joinable` allows it (``stop``: words of no joined name; ``given``: given names
    that start with «و»; tags changed in place)."""
    found = [(lo, hi) for lo, hi, label in sorted(spans(tags)) if label == "PER"]
    for (lo, hi), (lo2, hi2) in zip(found, found[1:]):
        if hi != lo2 or text[tokens[hi - 1].end:tokens[lo2].start] != " ":
            continue
        if tags[lo] != "B-PER":  # the first was joined to the one before it
            while lo > 0 and tags[lo] == "I-PER":
                lo -= 1
        if _joinable(stems[lo:hi], stems[lo2:hi2], tokens[lo:hi2], stop, given):
            tags[lo2] = "I-PER"
