"""camel-tools backends: morphology (``MorphologyDB`` + ``Analyzer``) and NER (``NERecognizer``).

Nothing from camel-tools, transformers or torch is imported until a stage is constructed;
data is loaded by path only (argument, ``$CAMELTOOLS_DATA`` or camel-tools' default data dir),
and a missing package or data set raises one error naming the command that fixes it.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from ..document import Document, Segment, Token
from ..errors import ModelNotFoundError, StageError
from ..normalize import normalize_light
from . import camel_data as data
from .align import mentions_from_tags, shift
from .camel_map import fallback_segments, segments_of

PathLike = str | os.PathLike[str]
#: Proclitic readings preferred on exact ties over the rarer ones camel-tools also lists
#: (wa_sub, fa_rc, la_emph, li_jus ...): none, conjunction و ف, preposition ل ب ك, future س.
#: (Splitting unknown words at a usual proclitic was tried and lowered segmentation F1 on
#: UD-PUD sentences 1-700: unknown words are mostly foreign names such as «بروس».)
_USUAL_CLITICS = frozenset({"0", "na", "wa_conj", "fa_conj", "li_prep", "bi_prep", "ka_prep",
                            "sa_fut"})


def _preference(word: str, scored: Any) -> tuple:
    """Order of camel's scored analyses.  Analyses spelled as the word is written come
    first (camel-tools looks words up with ة/ه and ى/ي folded, so «فترة» also gets
    «فتره» = ف+تر+ه); exact ties go to the usual clitic readings and to the third person,
    the usual readings in news prose."""
    analysis = scored.analysis
    spelled = normalize_light(str(analysis.get("diac") or "")) == normalize_light(word)
    usual = all(str(analysis.get(p, "0")) in _USUAL_CLITICS for p in ("prc1", "prc2"))
    return (spelled, scored.score, scored.pos_lex_logprob, scored.lex_logprob, usual,
            str(analysis.get("per")) in {"3", "na"})


class CamelMorphology:
    """Morphology stage over camel-tools' analyzer: one analysis per token, as segments.

    ``disambiguator``: ``None`` uses camel-tools' ``MLEDisambiguator`` with its word model
    when ``disambig-mle-calima-msa-r13`` is installed and with the database's own pos-lex
    probabilities otherwise; ``"prob"`` forces the latter; ``"mle"`` or a path to the
    ``model.json`` requires the word model.
    """

    name = "morphology"
    needs = frozenset({"tokens"})
    provides = frozenset({"segments"})

    def __init__(self, db_path: PathLike | None = None, disambiguator: PathLike | None = None,
                 *, backoff: str = "NOAN_PROP", cache_size: int = 100_000) -> None:
        db_file = data.resolve(db_path, data.MORPHOLOGY_DB, data.MORPHOLOGY_PACKAGE,
                               "morphology database")
        mle_file = _mle_path(disambiguator)
        database = data.import_camel("camel_tools.morphology.database")
        analyzer = data.import_camel("camel_tools.morphology.analyzer")
        mle = data.import_camel("camel_tools.disambig.mle")
        utils = data.import_camel("camel_tools.morphology.utils")
        self.db_path = db_file
        self.mle_path = mle_file
        self.analyzer = analyzer.Analyzer(database.MorphologyDB(str(db_file)), backoff)
        self.disambiguator = mle.MLEDisambiguator(
            self.analyzer, str(mle_file) if mle_file else None, top=64, cache_size=0)
        self._strip_lex: Callable[[str], str] = utils.strip_lex
        self._analyse: Callable[[str], tuple[Segment, ...]] = lru_cache(
            maxsize=cache_size)(self._analyse_type)

    def __repr__(self) -> str:
        mode = "mle" if self.mle_path else "pos-lex probabilities"
        return f"CamelMorphology(db={str(self.db_path)!r}, disambiguation={mode})"

    def best_analysis(self, word: str) -> Mapping[str, Any] | None:
        """The analysis chosen for ``word`` (None when camel-tools has none)."""
        scored = self.disambiguator.disambiguate_word([word], 0).analyses
        return max(scored, key=lambda a: _preference(word, a)).analysis if scored else None

    def _analyse_type(self, surface: str) -> tuple[Segment, ...]:
        analysis = self.best_analysis(surface)
        if analysis is None:
            return fallback_segments(surface)
        lemma = self._strip_lex(str(analysis.get("lex") or surface))
        return segments_of(surface, analysis, lemma)

    def analyse(self, token: Token) -> Token:
        """The token with its segments (absolute offsets)."""
        segments = shift(self._analyse(token.text), token.start)
        return Token(token.start, token.end, token.text, token.norm, segments)

    def __call__(self, doc: Document) -> Document:
        tokens = tuple(self.analyse(t) for t in doc.tokens)
        return doc.replace(tokens=tokens, annotations=doc.annotations | self.provides)


def _mle_path(disambiguator: PathLike | None) -> Path | None:
    if disambiguator == "prob":
        return None
    if disambiguator is None:
        return data.find_data(data.MLE_MODEL)
    given = None if disambiguator == "mle" else disambiguator
    return data.resolve(given, data.MLE_MODEL, data.MLE_PACKAGE, "MLE disambiguator model")


class CamelNER:
    """NER stage over camel-tools' ``NERecognizer`` (a BERT token-classification folder).

    Our tokens' texts are the word list camel-tools tags, sentence by sentence; its word
    labels (``B-PERS`` …) become :class:`Mention` objects with our tokens' offsets.
    """

    name = "ner"
    needs = frozenset({"tokens"})
    provides = frozenset({"mentions"})

    def __init__(self, model_path: PathLike | None = None, *, batch_size: int = 32,
                 use_gpu: bool = False) -> None:
        folder = data.resolve(model_path, data.NER_MODEL, data.NER_PACKAGE, "NER model")
        if not (folder / "config.json").exists():
            raise ModelNotFoundError(
                f"{folder} is not a BERT token-classification folder (no config.json); get "
                f"camel-tools' model with `camel_data -i {data.NER_PACKAGE}`")
        ner = data.import_camel("camel_tools.ner")
        self.model_path = folder
        self.batch_size = batch_size
        self.recognizer = ner.NERecognizer(str(folder), use_gpu=use_gpu)

    def __repr__(self) -> str:
        return f"CamelNER(model_path={str(self.model_path)!r})"

    def _taggable(self, word: str) -> bool:
        """camel-tools silently drops words its WordPiece tokenizer turns into nothing."""
        return bool(self.recognizer.tokenizer.tokenize(word))

    def tag(self, sentences: Sequence[Sequence[Token]]) -> list[list[str]]:
        """One label per token of each sentence (``O`` for words BERT cannot see)."""
        kept = [[i for i, t in enumerate(s) if self._taggable(t.text)] for s in sentences]
        words = [[sent[i].text for i in idx] for sent, idx in zip(sentences, kept)]
        predicted = self.recognizer.predict(words, batch_size=self.batch_size)
        labels = []
        for sent, idx, tags in zip(sentences, kept, predicted):
            if len(tags) != len(idx):
                raise StageError(
                    f"camel-tools returned {len(tags)} labels for {len(idx)} words")
            row = ["O"] * len(sent)
            for i, tag in zip(idx, tags):
                row[i] = tag
            labels.append(row)
        return labels

    def __call__(self, doc: Document) -> Document:
        sentences = _sentence_tokens(doc)
        labels = self.tag(sentences) if doc.tokens else []
        mentions = tuple(m for sent, tags in zip(sentences, labels)
                         for m in mentions_from_tags(doc.text, sent, tags))
        return doc.replace(mentions=mentions, annotations=doc.annotations | self.provides)


def _sentence_tokens(doc: Document) -> list[tuple[Token, ...]]:
    """The document's sentences as token tuples (the whole text when it has none)."""
    if doc.sentences:
        return [doc.sentence_tokens(s) for s in doc.sentences]
    return [doc.tokens]
