"""The trained morphology model: lexicon of seen words, segmenter, tagger, lemma/features.

Analysis of a word has two steps: :meth:`MorphModel.draft` segments it (lexicon of seen
words, else the segmentation ranker) — context-free and cached per word; after the
contextual tagger has chosen the UPOS of every piece, :meth:`MorphModel.finish` gives
lemmas and features (a seen analysis with those tags, else the classifiers).
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import ModelNotFoundError
from ..normalize import normalize_light
from .features import WordStats, apply_edit, seg_features, stem_features, with_domain
from .perceptron import AveragedPerceptron
from .scoring import DenseScorer
from .tagger import UPOS
from .text import Piece, Split, candidates, split_of

FORMAT_VERSION = 2
LICENSE = ("Derived from UD Arabic-PUD (CC BY-SA 3.0), UD Arabic-PADT 2016 (CC BY-NC-SA 3.0) "
           "and word counts/clusters of SaudiNewsNet (CC BY-NC-SA 4.0): CC BY-NC-SA 4.0.")
PARTS = ("seg", "tagger", "feats", "lemma")


Analysis = tuple[Piece, ...]
#: a trained classifier: dicts while training, numpy arrays once loaded for analysis
Classifier = AveragedPerceptron | DenseScorer


@dataclass(frozen=True, slots=True)
class Draft:
    """A segmented word before tagging: its split and the seen analyses that fit it."""

    word: str
    split: Split | None
    lengths: tuple[int, ...]
    texts: tuple[str, ...]
    known: tuple[Analysis, ...] = ()


def lemma_options(options: Mapping[str, list[str]], upos: str, form: str) -> list[str]:
    """Lemma rules to score for a stem: frequent for its UPOS and for its last letter."""
    by_letter = options.get(f"lemma|{upos}|{form[-1:]}", [])
    return list(dict.fromkeys(by_letter + options.get(f"lemma|{upos}", [])))


@dataclass
class MorphModel:
    """Everything analysis needs; built by ``arabic_extract.train.morphology``."""

    stats: WordStats
    lexicon: Mapping[str, list[list[list[Any]]]]
    clitics: Mapping[str, list[str]]
    options: Mapping[str, list[str]]
    seg: AveragedPerceptron
    tagger: Classifier
    feats: Classifier
    lemma: Classifier
    fixed: Mapping[str, str]
    domain: str = "pud"

    def save(self, path: str | Path) -> None:
        data = {"version": FORMAT_VERSION, "license": LICENSE, "domain": self.domain,
                "counts": self.stats.counts, "clusters": self.stats.clusters,
                "classes": self.stats.classes,
                "lexicon": self.lexicon, "clitics": self.clitics, "options": self.options,
                "fixed": self.fixed,
                **{part: getattr(self, part).to_dict() for part in PARTS}}
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as handle:
            json.dump(data, handle, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def load(cls, path: str | Path) -> "MorphModel":
        try:
            with gzip.open(path, "rt", encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError as exc:
            raise ModelNotFoundError(
                f"morphology model not found at {path}; train it with "
                "`python -m arabic_extract.train morphology`") from exc
        if data.get("version") != FORMAT_VERSION:
            raise ModelNotFoundError(f"{path} is not a version-{FORMAT_VERSION} morphology "
                                     "model; retrain with `python -m arabic_extract.train "
                                     "morphology`")
        parts = {part: AveragedPerceptron.from_dict(data[part]) for part in PARTS}
        stats = WordStats(data["counts"], data["clusters"], data["classes"])
        return cls(stats, data["lexicon"], data["clitics"], data["options"],
                   fixed=data["fixed"], domain=data["domain"], **parts)

    def compact(self) -> "MorphModel":
        """The same model with numpy classifiers: same scores, faster and smaller."""
        return replace(self, tagger=DenseScorer.of(self.tagger, UPOS),
                       feats=DenseScorer.of(self.feats), lemma=DenseScorer.of(self.lemma))

    def draft(self, word: str) -> Draft:
        """Segmentation of an undiacritized Arabic word."""
        seen = self.lexicon.get(word)
        if seen:
            analyses = [tuple(Piece(*p) for p in a) for a in seen]
            first = analyses[0]
            same = tuple(a for a in analyses
                         if [(p.length, p.text) for p in a] == [(p.length, p.text)
                                                                for p in first])
            return Draft(word, split_of(word, first), tuple(p.length for p in first),
                         tuple(p.text for p in first), same)
        split = self.best_split(word)
        texts = split.procs + (split.stem_text,) + ((split.enc,) if split.enc else ())
        return Draft(word, split, split.lengths(), texts)

    def best_split(self, word: str) -> Split:
        options = candidates(word)
        if len(options) == 1:
            return options[0]
        feats = [seg_features(word, s, self.stats) for s in options]
        return options[self.seg.rank(feats)]

    def finish(self, draft: Draft, tags: Sequence[str]) -> Analysis:
        """Lemmas and features of a drafted word once its pieces are tagged."""
        for analysis in draft.known:
            if all(p.upos == t for p, t in zip(analysis, tags)):
                return analysis
        split = draft.split
        if split is None and draft.known:
            return tuple(Piece(p.length, p.text, p.lemma, t, p.feats)
                         for p, t in zip(draft.known[0], tags))
        stem_index = len(split.procs) if split else 0
        stem_tag = tags[stem_index]
        pieces = []
        for i, (length, text, tag) in enumerate(zip(draft.lengths, draft.texts, tags)):
            if i == stem_index and split is not None:
                pieces.append(self._stem(split, tag))
            else:
                role = "pro" if i < stem_index else "enc"
                pieces.append(self._clitic(role, text, tag, stem_tag, length))
        return tuple(pieces)

    def _stem(self, split: Split, upos: str) -> Piece:
        feats = with_domain(stem_features(split, self.stats), self.domain) + [f"u={upos}"]
        choices = self.options.get(f"feats|{upos}") or ["_"]
        form = split.stem_text
        return Piece(len(split.stem), form, self._lemma(form, upos, feats), upos,
                     self.feats.ranked(feats, choices)[0])

    def _lemma(self, form: str, upos: str, feats: list[str]) -> str:
        if upos == "PROPN" or not self.stats.get(form):
            return normalize_light(form[2:] if form.startswith("ال") and len(form) > 4
                                   else form)
        for rule in self.lemma.ranked(feats, lemma_options(self.options, upos, form)):
            lemma = apply_edit(form, rule)
            if lemma:
                return lemma
        return normalize_light(form)

    def _clitic(self, role: str, text: str, upos: str, stem_upos: str, length: int) -> Piece:
        entry = (self.clitics.get(f"{role}|{text}|{stem_upos}")
                 or self.clitics.get(f"{role}|{text}") or [upos, text, "_"])
        return Piece(length, text, entry[1], upos, entry[2])
