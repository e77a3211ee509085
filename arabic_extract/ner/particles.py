"""A name particle inside a person's name joins the words on both sides into one name.

The model splits «[لويس فان] غال», «[نوف بنت] [محمد …]», «[فلان بن فلان] بن [فلان]»: a
person mention ending with a particle of ``joining_particles.txt`` goes on over the next
person mention or the next plain word («دي لا» takes one more), and a particle alone between
two person mentions, or opening the second, joins them.  Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .wordlists import ner_words

#: the article of Romance names after a particle («دي لا …», «دي لوس …»)
ARTICLES = frozenset({"لا", "لوس"})


def joining_particles() -> frozenset[str]:
    return ner_words("joining_particles.txt")


def _plain(word: str) -> bool:
    """Can an untagged word be the name after a particle (letters, not one)?"""
    return word.isalpha() and len(word) > 1


@lru_cache(maxsize=1)
def name_openers() -> frozenset[str]:
    """Particles that open a name (``name_openers.txt``: «ابن عباس», «دا سيلفا»)."""
    return ner_words("name_openers.txt")


def open_names(norms: Sequence[str], tags: list[str]) -> None:
    """An untagged particle of ``name_openers.txt`` right before a person mention and after
    no name opens it: «عن عكرمة مولى [ابن عباس]», «خورخي دا [سيلفا]» (tags changed in place)."""
    openers = name_openers()
    for i in range(len(norms) - 1):
        if norms[i] in openers and tags[i] == "O" and tags[i + 1] == "B-PER" \
                and (i == 0 or not tags[i - 1].endswith("-PER")):
            tags[i], tags[i + 1] = "B-PER", "I-PER"


def relation_words() -> frozenset[str]:
    return ner_words("relation_words.txt")


def split_relations(stems: Sequence[str], tags: list[str], words: frozenset[str],
                    particles: frozenset[str]) -> None:
    """A relation word of ``words`` inside a person mention, before another name word or a
    particle, separates two persons: «[عكرمة] مولى [ابن عباس]» (a family name «أحمد مولى»
    at the end stays; tags changed in place)."""
    for i in range(1, len(tags) - 1):
        if tags[i] == "I-PER" and stems[i] in words and \
                (tags[i + 1] != "O" or stems[i + 1] in particles):
            tags[i] = "O"
            if tags[i + 1] == "I-PER":
                tags[i + 1] = "B-PER"


def join_particles(norms: Sequence[str], tags: list[str], particles: frozenset[str]) -> None:
    """Person mentions joined over their name particles (tags changed in place)."""
    if particles.isdisjoint(norms):
        return
    open_names(norms, tags)
    for i in range(1, len(norms) - 1):
        if norms[i] not in particles or not tags[i - 1].endswith("-PER"):
            continue
        if tags[i] == "O" and tags[i + 1] == "B-PER":  # «[فلان] بن [فلان]»
            tags[i] = tags[i + 1] = "I-PER"
        elif tags[i] == "B-PER":  # «[فلان] [بن فلان]»
            tags[i] = "I-PER"
        elif tags[i] == "I-PER" and tags[i + 1] == "B-PER":  # «[فلان بن] [فلان]»
            tags[i + 1] = "I-PER"
        elif tags[i] == "I-PER" and tags[i + 1] == "O" and _plain(norms[i + 1]):
            k = i + 2 if norms[i + 1] in ARTICLES and i + 2 < len(norms) \
                and tags[i + 2] == "O" and _plain(norms[i + 2]) else i + 1
            tags[i + 1:k + 1] = ["I-PER"] * (k - i)  # «[لويس فان] غال», «دي لا فينيا»
