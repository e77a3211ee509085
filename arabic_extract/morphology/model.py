"""The trained morphology model: lexicon of seen words, segmenter, tagger, lemma/features.

Analysis of a word has two steps: :meth:`MorphModel.draft` segments it (lexicon of seen
words, else the segmentation ranker) — context-free and cached per word; after the
contextual tagger has chosen the UPOS of every piece, :meth:`MorphModel.finish_many` gives
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
from .features import DOMAINS, WordStats, apply_edit, seg_features, stem_features, with_domain
from .perceptron import AveragedPerceptron
from .scoring import DenseScorer
from .tagger import UPOS
from .text import Piece, Split, candidates, split_of

FORMAT_VERSION = 2
LICENSE = ("Derived from UD Arabic-PUD (CC BY-SA 3.0), UD Arabic-PADT 2016 (CC BY-NC-SA 3.0) "
           "and word counts/clusters/automatic tags of SaudiNewsNet (CC BY-NC-SA 4.0): "
           "CC BY-NC-SA 4.0.")
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
                "classes": self.stats.classes, "auto": self.stats.auto,
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
        stats = WordStats(data["counts"], data["clusters"], data["classes"],
                          data.get("auto", {}))
        return cls(stats, data["lexicon"], data["clitics"], data["options"],
                   fixed=data["fixed"], domain=data["domain"], **parts)

    def compact(self) -> "MorphModel":
        """The same model for analysis: numpy classifiers merged for its domain (features
        are then computed once, unmarked), same scores, faster and smaller."""
        merged = {part: DenseScorer.of(getattr(self, part), UPOS if part == "tagger" else None,
                                       self.domain, DOMAINS)
                  for part in ("tagger", "feats", "lemma")}
        return replace(self, domain="", **merged)

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

    def finish_many(self, items: Sequence[tuple[Draft, Sequence[str]]],
                    stem_feats: Mapping[Split, list[str]] | None = None) -> list[Analysis]:
        """Lemmas and features of drafted words once their pieces are tagged; the stems
        that need the classifiers are scored in one batch (``stem_feats``: results of
        :meth:`stem_features` already computed)."""
        settled = [self._settled(draft, tags) for draft, tags in items]
        todo = [(draft.split, tags[len(draft.split.procs)])
                for (draft, tags), done in zip(items, settled)
                if done is None and draft.split is not None]
        stems = iter(self._stems(todo, stem_feats or {}))
        return [done if done is not None else
                self._assemble(draft, tags, None if draft.split is None else next(stems))
                for (draft, tags), done in zip(items, settled)]

    def stem_features(self, split: Split) -> list[str]:
        """Features of a stem for the feature and lemma classifiers (without its UPOS)."""
        return with_domain(stem_features(split, self.stats), self.domain)

    @staticmethod
    def _settled(draft: Draft, tags: Sequence[str]) -> Analysis | None:
        """The analysis of a word the lexicon decides, if any."""
        for analysis in draft.known:
            if all(p.upos == t for p, t in zip(analysis, tags)):
                return analysis
        if draft.split is None and draft.known:
            return tuple(Piece(p.length, p.text, p.lemma, t, p.feats)
                         for p, t in zip(draft.known[0], tags))
        return None

    def _assemble(self, draft: Draft, tags: Sequence[str], stem: Piece | None) -> Analysis:
        """The word's pieces: its analysed ``stem`` and its clitics."""
        stem_index = len(draft.split.procs) if draft.split else 0
        stem_tag = tags[stem_index]
        pieces = []
        for i, (length, text, tag) in enumerate(zip(draft.lengths, draft.texts, tags)):
            if i == stem_index and stem is not None:
                pieces.append(stem)
            else:
                role = "pro" if i < stem_index else "enc"
                pieces.append(self._clitic(role, text, tag, stem_tag, length))
        return tuple(pieces)

    def _stems(self, requests: Sequence[tuple[Split, str]],
               known: Mapping[Split, list[str]]) -> list[Piece]:
        """Stem pieces of ``(split, UPOS)`` requests: features and lemma in two batches."""
        if not requests:
            return []
        feats = [(known.get(split) or self.stem_features(split)) + [f"u={upos}"]
                 for split, upos in requests]
        scorer = DenseScorer.of(self.feats)
        best = scorer.best_many([(scorer.rows(f), self.options.get(f"feats|{upos}") or ["_"])
                                 for f, (_, upos) in zip(feats, requests)])
        lemmas = self._lemmas(requests, feats)
        return [Piece(len(split.stem), split.stem_text, lemma, upos, top)
                for (split, upos), lemma, top in zip(requests, lemmas, best)]

    def _lemmas(self, requests: Sequence[tuple[Split, str]],
                feats: Sequence[list[str]]) -> list[str]:
        """Lemma of each stem: the best lemma rule that applies (a batch), or the form
        itself for names and words never seen in raw text."""
        forms = [split.stem_text for split, _ in requests]
        scored = [i for i, ((_, upos), form) in enumerate(zip(requests, forms))
                  if upos != "PROPN" and self.stats.get(form)]
        scorer = DenseScorer.of(self.lemma)
        rules = dict(zip(scored, scorer.ranked_many(
            [(scorer.rows(feats[i]), lemma_options(self.options, requests[i][1], forms[i]))
             for i in scored])))
        out = []
        for i, form in enumerate(forms):
            if i not in rules:
                out.append(normalize_light(form[2:] if form.startswith("ال") and len(form) > 4
                                           else form))
                continue
            lemma = next(filter(None, (apply_edit(form, rule) for rule in rules[i])), None)
            out.append(lemma or normalize_light(form))
        return out

    def _clitic(self, role: str, text: str, upos: str, stem_upos: str, length: int) -> Piece:
        entry = (self.clitics.get(f"{role}|{text}|{stem_upos}")
                 or self.clitics.get(f"{role}|{text}") or [upos, text, "_"])
        return Piece(length, text, entry[1], upos, entry[2])
