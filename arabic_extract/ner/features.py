"""CRF features for the built-in NER tagger, cached per word type for speed.

Feature groups (switchable for the ablation in ``docs/ner_results.md``):
``base`` (surface, normalized form, clitic-stripped stem, affixes, shape, context words),
``gaz`` (gazetteer membership of words and multi-word entries), ``trigger`` (titles, organization
heads, place words, name particles), ``clusters`` (word2vec k-means clusters and corpus
frequency from unannotated news), ``mined`` (names mined from news by patterns),
``context`` (neighbours' surface forms, coarse clusters and the next-word bigram), ``expand``
(types inferred from word-vector neighbours of gazetteer words), ``chars``
(character trigrams of rare words, for transliterated foreign names), ``embed`` (dense
features: the PCA-reduced word2vec vector of the word's stem and of its two neighbours, as
weighted attributes ``e0…`` / ``-1:e0…``), ``auto`` (the type a CRF trained on the training
part gives the word in most of its occurrences in unannotated news, ``selftagged.tsv``).
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from .clitics import stem_of
from .lexicon import Lexicon

ALL_GROUPS = ("base", "gaz", "trigger", "clusters", "mined", "context", "expand", "chars",
              "embed", "auto")
DEFAULT_GROUPS = ("base", "gaz", "trigger", "clusters", "mined", "expand")
_GROUP_OF = {"PER": "gaz", "LOC": "gaz", "ORG": "gaz", "MPER": "mined", "MLOC": "mined",
             "MORG": "mined", "TITLE": "trigger", "OHEAD": "trigger", "PLACEW": "trigger",
             "PART": "trigger", "XPER": "expand", "XLOC": "expand", "XORG": "expand",
             **{f"A{t}{s}": "auto" for t in ("PER", "LOC", "ORG", "MISC") for s in ("", "+")}}
OFFSETS = (-2, -1, 1, 2)
DENSE_OFFSETS = (0, -1, 1)  # the word itself and its neighbours get dense features
RARE = 100  # corpus count under which a word gets character-trigram features
TypeFeatures = tuple[list[str], dict[int, list[str]], str]


def shape(word: str) -> str:
    """A coarse character class: ar, lat, Lat (capitalized), dig, pun or mix."""
    if all("\u0600" <= c <= "\u06ff" for c in word):
        return "ar"
    if word.isdigit():
        return "dig"
    if word.isascii() and word.isalpha():
        return "Lat" if word[0].isupper() else "lat"
    return "pun" if not any(c.isalnum() for c in word) else "mix"


class FeatureExtractor:
    """Turns a sentence of normalized words into crfsuite feature lists."""

    def __init__(self, lexicon: Lexicon, groups: Sequence[str] = ALL_GROUPS) -> None:
        self.lex = lexicon
        self.groups = frozenset(groups)
        self._cache: dict[str, TypeFeatures] = {}
        self._phrase_types = {p: sorted(g for g in gs if _GROUP_OF[g] in self.groups)
                              for p, gs in lexicon.phrases.items()}
        self._phrase_starts = frozenset(p[0] for p in self._phrase_types)
        self._cluster_keys = {tag: tuple(f"{tag}{k}=" for k in lexicon.sizes)
                              for tag in ("c", "sc")}

    def _gaz(self, stem: str) -> list[str]:
        found = set(self.lex.words.get(stem, ()))
        if stem.startswith("ال") and len(stem) > 3:
            found.update(self.lex.words.get(stem[2:], ()))
        return sorted(g for g in found if _GROUP_OF[g] in self.groups) if found else []

    def _clusters(self, norm: str, stem: str) -> list[str]:
        out: list[str] = []
        get = self.lex.clusters.get
        for tag, word in (("c", norm), ("sc", stem)):
            ids = get(word)
            if ids:
                out += [prefix + c for prefix, c in zip(self._cluster_keys[tag], ids)]
            else:
                out.append(f"{tag}=none")
        out.append(f"fq={int(math.log2(1 + self.lex.count(stem)))}")
        return out

    def type_features(self, norm: str) -> TypeFeatures:
        """``(own features, {offset: features seen from a neighbour}, stem)`` of a word."""
        own, near, far, stem = self.type_parts(norm)
        context = {o: [f"{o}:{f}" for f in (near if abs(o) == 1 else far)] for o in OFFSETS}
        return own, context, stem

    def type_parts(self, norm: str) -> tuple[list[str], list[str], list[str], str]:
        """``(own features, features a neighbour at ±1 sees unprefixed, the same at ±2,
        stem)`` of a word (:meth:`type_features` adds the ``offset:`` prefixes)."""
        pc, stem = stem_of(norm, self.lex.count)
        shp = shape(norm)
        feats = [f"w={norm}", f"s={stem}", f"pc={pc}", f"sh={shp}",
                 f"p2={stem[:2]}", f"p3={stem[:3]}", f"x1={stem[-1:]}", f"x2={stem[-2:]}",
                 f"x3={stem[-3:]}", f"ln={min(len(stem), 8)}", f"al={stem.startswith('ال')}"]
        gaz = [f"g={g}" for g in self._gaz(stem)]
        clus = self._clusters(norm, stem) if "clusters" in self.groups else []
        near = [f"s={stem}", f"sh={shp}", *gaz,
                *(c for c in clus if c.startswith(("sc256=", "sc1024=")))]
        if "context" in self.groups:
            near += [f"w={norm}", f"pc={pc}",
                     *(c for c in clus if c.startswith(("sc64=", "c256=")))]
        far = [f"s={stem}", *gaz, *(c for c in clus if c.startswith("sc256="))]
        return feats + gaz + clus + self._chars(stem), near, far, stem

    def _chars(self, stem: str) -> list[str]:
        if "chars" not in self.groups or len(stem) < 4 or self.lex.count(stem) >= RARE:
            return []
        padded = f"<{stem}>"
        return [f"cg={padded[i:i + 3]}" for i in range(len(padded) - 2)]

    def dense(self, norm: str, stem: str) -> np.ndarray | None:
        """The word's vector for the ``embed`` group (stem first, then the whole word)."""
        if "embed" not in self.groups:
            return None
        vec = self.lex.vector(stem)
        return self.lex.vector(norm) if vec is None else vec

    def word(self, norm: str) -> TypeFeatures:
        cached = self._cache.get(norm)
        if cached is None:
            cached = self._cache[norm] = self.type_features(norm)
        return cached

    def _phrases(self, stems: list[str]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in stems]
        longest = self.lex.max_phrase
        for i, stem in enumerate(stems):
            if stem not in self._phrase_starts:
                continue
            for n in range(min(longest, len(stems) - i), 1, -1):
                types = self._phrase_types.get(tuple(stems[i:i + n]))
                if types:
                    for t in types:
                        out[i].append(f"ph=B-{t}")
                        out[i + 1:i + n] = [o + [f"ph=I-{t}"] for o in out[i + 1:i + n]]
                    break
        # overlapping phrases give a word the same feature twice: once, as in training
        # (crfsuite's feature dict), not summed twice by the numpy tagger
        return [list(dict.fromkeys(o)) if len(o) > 1 else o for o in out]

    def phrase_features(self, stems: Sequence[str]) -> list[list[str]]:
        """The gazetteer-phrase features (``ph=B-…``, ``ph=I-…``) of each word."""
        return self._phrases(list(stems)) if self._phrase_types else [[] for _ in stems]

    def sentence_extras(self, stems: Sequence[str]) -> list[list[str]]:
        """Features that depend on more than one word: gazetteer phrases, stem bigrams."""
        extras = self.phrase_features(stems)
        nxt = "context" in self.groups
        for i, feats in enumerate(extras):
            feats.append(f"bg={stems[i - 1] if i else '^'}|{stems[i]}")
            if nxt:
                feats.append(f"bn={stems[i]}|{stems[i + 1] if i + 1 < len(stems) else '$'}")
        return extras

    def sentence(self, norms: Sequence[str]) -> list[dict[str, float]]:
        """One weighted feature dict per word of the sentence (the training-time path)."""
        types = [self.word(w) for w in norms]
        extras = self.sentence_extras([t[2] for t in types])
        vectors = [self.dense(w, t[2]) for w, t in zip(norms, types)]
        last = len(types) - 1
        seqs = []
        for i, (own, _, _) in enumerate(types):
            feats = dict.fromkeys(["b", *own, *extras[i]], 1.0)
            for o in OFFSETS:
                j = i + o
                feats.update(dict.fromkeys(types[j][1][o] if 0 <= j <= last
                                           else (f"{o}:edge",), 1.0))
            for o in DENSE_OFFSETS:
                vec = vectors[i + o] if 0 <= i + o <= last else None
                if vec is not None:
                    feats.update(zip(dense_names(o, len(vec)), vec.tolist()))
            seqs.append(feats)
        return seqs


def dense_names(offset: int, dims: int) -> list[str]:
    """Attribute names of the dense features seen at ``offset`` (``e3``, ``-1:e3``)."""
    prefix = f"{offset}:" if offset else ""
    return [f"{prefix}e{k}" for k in range(dims)]
