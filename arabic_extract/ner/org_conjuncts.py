"""Two bodies joined by «و» inside one organization mention: the tagger and the field rule
(:mod:`.conjunct_orgs`) run a name on through «و» («منظمة الصحة العالمية [ومركز السيطرة]»,
«حزب الله [والنظام السوري]»).  A field joined to a field belongs to the name («وزارة
التجارة والصناعة», «معهد العلوم والأمن الدولي»), but a «و» + organization head
(``common_body_heads.txt``, with or without the article) opens another body, and a «و» +
a nation's body + nationality adjective («والنظام السوري», «والجيش اللبناني»:
``state_bodies.txt``) is no field of the first; nor is a listed name after a listed name
(«يوفنتوس ولاتسيو», «إيفرتون وكريستال بالاس»: two clubs).  The first keeps its words
before the «و»; the second is a mention when it has a name after a singular head or is
listed, else none (a bare «والنظام السوري» is a description, «والشركات الأخرى» no body).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache

from .conll import spans
from .tagging import conjoined
from .wordlists import ner_words

#: listed words → gazetteer kinds, and the foreign clubs' names (word tuples)
Names = tuple[Mapping[str, Collection[str]], Collection[tuple[str, ...]]]


@lru_cache(maxsize=1)
def state_bodies() -> frozenset[str]:
    return ner_words("state_bodies.txt")


def _nation_body(stems: Sequence[str], i: int, adjectives: frozenset[str]) -> bool:
    """«النظام» + «السوري»: a nation's body (``state_bodies.txt``) and its adjective."""
    return stems[i] in state_bodies() and i + 1 < len(stems) and stems[i + 1] in adjectives


def _head(stem: str, heads: frozenset[str]) -> bool:
    """An organization head, also with the article («ومركز», «والمنظمة»)."""
    return stem in heads or stem.startswith("ال") and stem[2:] in heads


@lru_cache(maxsize=1)
def plural_body_heads() -> frozenset[str]:
    return ner_words("plural_body_heads.txt")


def _plural(stem: str) -> bool:
    """A plural head names no one body («والشركات الأخرى», «واللجان الثقافية»)."""
    return stem.endswith("ات") or stem.removeprefix("ال") in plural_body_heads()


#: gazetteer kinds of organization names (curated and mined)
ORG_KINDS = frozenset({"ORG", "MORG"})


def _listed(words: tuple[str, ...], names: Names) -> bool:
    """Are ``words`` a foreign club's name, or one listed organization word?"""
    listed, clubs = names
    return words in clubs or len(words) == 1 and \
        not ORG_KINDS.isdisjoint(listed.get(words[0], ()))


def _two_names(stems: Sequence[str], lo: int, i: int, hi: int, names: Names) -> bool:
    """«يوفنتوس ولاتسيو», «إيفرتون وكريستال بالاس»: a listed name before the «و» and a
    listed name (of at most the rest of the mention) after it."""
    return _listed(tuple(stems[lo:i]), names) and \
        any(_listed(tuple(stems[i:end]), names) for end in range(i + 1, hi + 1))


def split_org_conjuncts(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                        heads: frozenset[str], adjectives: frozenset[str],
                        names: Names = ({}, frozenset())) -> None:
    """End an ORG mention before «و» + head (which opens a new ORG mention when a word
    follows inside and the head is singular), before «و» + a nation's body + nationality
    adjective, or split it between two listed names (module doc; tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label != "ORG":
            continue
        for i in range(lo + 1, hi):
            if not conjoined(norms[i], stems[i]):
                continue
            if _head(stems[i], heads):
                opens = i + 1 < hi and not _plural(stems[i])
                tags[i:hi] = ["B-ORG"] + tags[i + 1:hi] if opens else ["O"] * (hi - i)
                break
            if _nation_body(stems, i, adjectives):
                tags[i:hi] = ["O"] * (hi - i)
                break
            if _two_names(stems, lo, i, hi, names):
                tags[i] = "B-ORG"
                break
