"""A person's name never opens with an organization's head: «وقال فلان، رئيس [معهد X]» —
the rules that tag the name after a title («رئيس …») or a role took «معهد X» for the
bearer.  A PER mention whose first word is a head of ``org_heads.txt`` (without the
article: «معهد», «شركة», «نادي») is the organization; one opened by a place or body head
of ``eponym_heads.tsv`` («جامع», «مسجد», «ستاد») is a mention of the head's type.

Nor is a person's name right after an untagged head of the names given after a person
(``eponym_heads.tsv``, the heads of :mod:`.eponyms`) a mention of its own: «شركة [محمد بن
لادن]», «بمدرسة [البراء بن مالك] الابتدائية», «مستشفى [ألبرت أينشتاين]» are one mention of
the head's type, with the adjectives that close the name.  (Heads of bodies a person leads
or commands, «قوات [صالح]», «إدارة [أوباما]», «بقيادة [فلان]», are no such heads.)
Applied last among the sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from .conll import spans
from .eponyms import adjectives_end
from .facilities import is_idiom
from .tagging import put_label


def retype_headed_persons(stems: Sequence[str], tags: list[str], heads: frozenset[str],
                          eponym_heads: Mapping[str, str] | None = None) -> None:
    """Retag as ORG the PER mentions opened by an organization head, and with the head's
    type those opened by a place or body head of ``eponym_heads`` («[جامع فلان]»,
    «[مسجد الصادق]», «[ستاد جابر]»; tags changed in place)."""
    if "B-PER" not in tags:
        return
    eponym_heads = eponym_heads or {}
    for lo, hi, label in spans(tags):
        if label != "PER" or hi - lo < 2:
            continue
        if stems[lo] in heads:
            put_label(tags, lo, hi, "ORG")
        elif eponym_heads.get(stems[lo]) in ("LOC", "ORG"):
            put_label(tags, lo, hi, eponym_heads[stems[lo]])


def join_eponym_heads(stems: Sequence[str], norms: Sequence[str], tags: list[str],
                      heads: Mapping[str, str], stops: frozenset[str]) -> None:
    """«eponym head + PER mention (+ adjectives)» → one mention of the head's type (module
    doc; not an idiom's head, «عن طريق [فلان]»; ``norms``: the words before clitic
    stripping; ``heads``: :func:`.eponyms.bare_eponym_heads`; ``stops``: adjectives that
    close no such name, the not-adjectives of :mod:`.eponyms` and definite nationalities,
    «ميناء [X] التركي» being a port in Turkey; tags changed in place)."""
    if "B-PER" not in tags:
        return
    for lo, hi, label in list(spans(tags)):
        kind = heads.get(stems[lo - 1]) if lo > 0 else None
        if label != "PER" or kind is None or tags[lo - 1] != "O" or is_idiom(stems, lo - 1):
            continue
        put_label(tags, lo - 1, adjectives_end(stems, norms, tags, hi, stops), kind)
