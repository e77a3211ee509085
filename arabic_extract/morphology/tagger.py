"""Contextual UPOS tagger over UD words: greedy left-to-right averaged perceptron.

Features are split so that almost all of the work is cached per word type: *static*
features of a word in its token, features the word gives its right neighbour (*left*
context) and its left neighbour (*right* context); only the previous two tags are
looked up per position.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Sequence

from .features import WordStats, stem_features, with_domain
from .perceptron import AveragedPerceptron
from .text import Split

UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")
BOS = "<s>"
Vector = list[float]


def piece_features(split: Split | None, texts: Sequence[str], counts: WordStats,
                   domain: str, tanween: bool = False) -> list[list[str]]:
    """Static features of each piece of a token (clitics see their stem's shape);
    ``tanween``: the surface carries a fathatan (adverbs and accusatives: «أيضاً»)."""
    if split is None:
        return [with_domain(["r=x", f"cw={t}"], domain) for t in texts]
    stem = split.stem_text
    out = []
    for i, text in enumerate(texts):
        role = "pro" if i < len(split.procs) else "stem" if i == len(split.procs) else "enc"
        if role == "stem":
            feats = stem_features(split, counts) + (["tan"] if tanween else [])
            feats.append(f"a={counts.ambiguity(text)}")
        else:
            feats = [f"r={role}", f"cw={text}", f"cw|p={text}|{stem[:1]}",
                     f"cw|s={text}|{stem[-2:]}", f"cw|k={text}|{split.key}"]
        out.append(with_domain(feats, domain))
    return out


def piece_shapes(split: Split | None, count: int) -> list[str]:
    """A coarse class per piece for tag conjunctions: clitic, or stem with ال / enclitic."""
    if split is None:
        return ["x"] * count
    stem = split.stem_text
    shape = "al" if stem.startswith("ال") else "enc" if split.enc else "bare"
    shape += "|t" if stem.endswith("ة") else ""
    return ["c" if i != len(split.procs) else shape for i in range(count)]


def rule_features(tag: str) -> list[str]:
    return [f"rule={tag}"]


def left_features(text: str, stats: WordStats, domain: str) -> list[str]:
    """What a word tells the word after it."""
    feats = [f"pw={text}", f"ps={text[-2:]}", f"pa={stats.ambiguity(text)}"]
    feats += stats.cluster_features(text, "pk")
    return with_domain(feats, domain)


def right_features(text: str, stats: WordStats, domain: str) -> list[str]:
    """What a word tells the word before it."""
    feats = [f"nw={text}", f"np={text[:2]}", f"ns={text[-2:]}", f"na={stats.ambiguity(text)}"]
    return with_domain(feats + stats.cluster_features(text, "nk"), domain)


def dynamic_features(prev: str, prev2: str, domain: str, shape: str = "",
                     prev_shape: str = "") -> list[str]:
    feats = [f"pt={prev}", f"ppt={prev2}|{prev}", f"pt|s={prev}|{shape}",
             f"pt|ss={prev}|{prev_shape}|{shape}"]
    return with_domain(feats, domain)


@dataclass(frozen=True, slots=True)
class WordView:
    """A word ready for tagging: cached score vectors, or a fixed tag (punctuation...)."""

    static: Vector
    left: Vector
    right: Vector
    fixed: str | None = None
    shape: str = ""


class ContextTagger:
    """Scores cached as vectors over :data:`UPOS`; see :meth:`tag`."""

    def __init__(self, model: AveragedPerceptron, stats: WordStats, domain: str) -> None:
        self.model = model
        self.stats = stats
        self.domain = domain
        self._dynamic: dict[tuple[str, str], Vector] = {}
        self.bos_left = self.vector(left_features(BOS, stats, domain))
        self.eos_right = self.vector(right_features(BOS, stats, domain))

    def vector(self, features: Sequence[str]) -> Vector:
        scores = self.model.scores(features)
        return [scores.get(tag, 0.0) for tag in UPOS]

    def view(self, static: Sequence[str], text: str, fixed: str | None = None,
             shape: str = "") -> WordView:
        return WordView(self.vector(static),
                        self.vector(left_features(text, self.stats, self.domain)),
                        self.vector(right_features(text, self.stats, self.domain)), fixed,
                        shape)

    def tag(self, words: Sequence[WordView]) -> list[str]:
        """Greedy decoding of a word sequence."""
        tags: list[str] = []
        prev = prev2 = BOS
        prev_shape = ""
        last = len(words) - 1
        dynamic, labels, positions = self._dynamic, UPOS, range(len(UPOS))
        for i, word in enumerate(words):
            tag = word.fixed
            if tag is None:
                left = words[i - 1].left if i else self.bos_left
                right = words[i + 1].right if i < last else self.eos_right
                key = (prev, prev2, word.shape, prev_shape)
                dyn = dynamic.get(key) or self._dyn(key)
                scores = [a + b + c + d for a, b, c, d in zip(word.static, left, right, dyn)]
                tag = labels[max(positions, key=scores.__getitem__)]
            tags.append(tag)
            prev, prev2, prev_shape = tag, prev, word.shape
        return tags

    def _dyn(self, key: tuple[str, str, str, str]) -> Vector:
        vec = self._dynamic[key] = self.vector(dynamic_features(*key[:2], self.domain, *key[2:]))
        return vec


#: static features, left-context and right-context features, gold tag, fixed tag, shape
TrainWord = tuple[list[str], list[str], list[str], str, str | None, str]
TrainSentence = tuple[str, list[TrainWord]]  # (domain, words)


def train_tagger(sentences: Sequence[TrainSentence], epochs: int,
                 seed: int) -> AveragedPerceptron:
    """Greedy training with the model's own previous tags (as at analysis time)."""
    model = AveragedPerceptron()
    rng = random.Random(seed)
    order = list(sentences)
    for _ in range(epochs):
        rng.shuffle(order)
        for domain, sentence in order:
            prev = prev2 = BOS
            prev_shape = ""
            for i, (static, _, _, gold, fixed, shape) in enumerate(sentence):
                tag = fixed
                if tag is None:
                    model.tick()
                    feats = (static + _context(sentence, i, domain)
                             + dynamic_features(prev, prev2, domain, shape, prev_shape))
                    guess = model.predict(feats)
                    model.update(gold, guess, feats)
                    tag = guess or gold
                prev, prev2, prev_shape = tag, prev, shape
    model.average()
    return model


def _context(sentence: Sequence[TrainWord], i: int, domain: str) -> list[str]:
    left = sentence[i - 1][1] if i else left_features(BOS, WordStats(), domain)
    right = (sentence[i + 1][2] if i + 1 < len(sentence)
             else right_features(BOS, WordStats(), domain))
    return left + right
