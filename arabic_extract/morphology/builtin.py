"""The built-in morphology stage: clitic segmentation, lemma, UPOS and features per token.

Words follow the UD Arabic convention: proclitics (و ف ب ل ك س), the stem (ال stays with
its noun) and an enclitic pronoun.  A segment has ``start``/``end`` only when its text is
exactly the surface under it; «للحكومة» gives ل (0-1) and «الحكومة» without offsets.
Segmentation and tagger vectors are cached per token text (new texts of a document are
scored in one numpy batch), and final analyses per (token text, tags), both in bounded
caches: running text costs a few dict lookups and one small vector sum per word.
"""
from __future__ import annotations

import threading
from itertools import chain
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..document import Document, Segment, Token
from ..resources import data_path
from .model import Draft, MorphModel
from .scoring import DenseScorer
from .tagger import ContextTagger, piece_features, piece_shapes, rule_features
from .text import ARABIC_LETTER, FATHATAN, letters, rule_upos

DEFAULT_MODEL = data_path("morphology", "data", "morphology.json.gz")
CACHE_SIZE = 100_000
NO_VECTORS = np.zeros((0, 3, 0))

#: (relative start, relative end, lines up, text, lemma, upos, feats)
RelSegment = tuple[int, int, bool, str, str, str, str]


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token text made ready for tagging (cached per text): per piece, the tagger's
    static/left/right vectors (see :meth:`ContextTagger.vectors`), fixed tag and shape."""

    vectors: np.ndarray
    fixed: tuple[str | None, ...]
    shapes: tuple[str, ...]
    draft: Draft | None = None
    bare: str = ""
    index: tuple[int, ...] = ()


class BuiltinMorphology:
    """Pipeline stage filling ``Token.segments``; also :meth:`analyze` for one word."""

    name = "morphology"
    needs = frozenset({"tokens"})
    provides = frozenset({"segments"})

    def __init__(self, model_path: str | Path | None = None,
                 cache_size: int = CACHE_SIZE) -> None:
        self.model_path = Path(model_path) if model_path else DEFAULT_MODEL
        self.cache_size = cache_size
        self._loaded: tuple[MorphModel, ContextTagger] | None = None
        self._lock = threading.Lock()
        self._infos: OrderedDict[str, TokenInfo] = OrderedDict()
        self._relative = lru_cache(maxsize=cache_size)(self._finish)

    def __getstate__(self) -> dict[str, object]:
        """Picklable for worker processes: the model is reloaded lazily on the other side."""
        return {"model_path": self.model_path, "cache_size": self.cache_size}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["model_path"], state["cache_size"])  # type: ignore[misc, arg-type]

    @property
    def model(self) -> MorphModel:
        """The trained model, loaded from disk on first use."""
        return self._load()[0]

    def _load(self) -> tuple[MorphModel, ContextTagger]:
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    model = MorphModel.load(self.model_path).compact()
                    tagger = ContextTagger(DenseScorer.of(model.tagger), model.stats,
                                           model.domain)
                    self._loaded = (model, tagger)
        return self._loaded

    def __call__(self, doc: Document) -> Document:
        tokens = self._analyse(doc.tokens)
        return doc.replace(tokens=tokens, annotations=doc.annotations | self.provides)

    def pipe(self, docs: list[Document]) -> list[Document]:
        return [self(doc) for doc in docs]

    def analyze(self, word: str) -> tuple[Segment, ...]:
        """Segments of one word out of context, with offsets relative to the word."""
        return self._analyse((Token(0, len(word), word, word),))[0].segments

    def _analyse(self, tokens: tuple[Token, ...]) -> tuple[Token, ...]:
        relative = self._relative
        infos = self._token_infos([tok.text for tok in tokens])
        tags = self._tags(infos)
        out, pos = [], 0
        for tok, info in zip(tokens, infos):
            size = len(info.fixed)
            rel = relative(tok.text, (tags[pos],) if size == 1 else tuple(tags[pos:pos + size]))
            pos += size
            out.append(Token(tok.start, tok.end, tok.text, tok.norm, place(rel, tok)))
        return tuple(out)

    def _tags(self, infos: list[TokenInfo]) -> list[str]:
        """UPOS of every piece of the tokens, in order."""
        if not infos:
            return []
        vectors = np.concatenate([info.vectors for info in infos])
        fixed = list(chain.from_iterable(info.fixed for info in infos))
        shapes = list(chain.from_iterable(info.shapes for info in infos))
        return self._load()[1].tag(vectors, fixed, shapes)

    def _token_infos(self, texts: list[str]) -> list[TokenInfo]:
        """Infos of ``texts``: cached ones, the others made in one batch (oldest cached
        entries are dropped beyond ``cache_size``)."""
        cache = self._infos
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        fresh = dict(zip(missing, self._make_infos(missing))) if missing else {}
        infos = [cache.get(t) or fresh[t] for t in texts]
        cache.update(fresh)
        while len(cache) > self.cache_size:
            cache.popitem(last=False)
        return infos

    def _make_infos(self, texts: list[str]) -> list[TokenInfo]:
        """New infos; the tagger scores all their pieces at once."""
        drafts = [self._draft(text) for text in texts]
        pieces = [piece for _, _, group in drafts for piece in group]
        vectors = self._load()[1].vectors(pieces)
        out, pos = [], 0
        for info, fixed, group in drafts:
            out.append(replace(info, vectors=vectors[pos:pos + len(group)], fixed=fixed))
            pos += len(group)
        return out

    def _draft(self, text: str) -> tuple[TokenInfo, tuple[str | None, ...],
                                         list[tuple[list[str], str]]]:
        """A token's info without vectors, its fixed tags and its (features, text) pieces."""
        model = self._load()[0]
        bare, index = letters(text)
        if not ARABIC_LETTER.search(bare):
            tag = rule_upos(text)
            return TokenInfo(NO_VECTORS, (), ("",)), (tag,), [(rule_features(tag), text)]
        draft = model.draft(bare)
        static = piece_features(draft.split, draft.texts, model.stats, model.domain,
                                FATHATAN in text)
        shapes = tuple(piece_shapes(draft.split, len(draft.texts)))
        fixed = tuple(model.fixed.get(t) for t in draft.texts)
        return (TokenInfo(NO_VECTORS, (), shapes, draft, bare, index), fixed,
                list(zip(static, draft.texts)))

    def _finish(self, text: str, tags: tuple[str, ...]) -> tuple[RelSegment, ...]:
        info = self._infos.get(text) or self._make_infos([text])[0]
        if info.draft is None:
            return ((0, len(text), True, text, text, tags[0], "_"),)
        bare, index = info.bare, info.index
        out, pos = [], 0
        for piece in self.model.finish(info.draft, tags):
            end = min(pos + piece.length, len(bare))
            start_char = index[pos] if pos and pos < len(index) else 0
            end_char = index[end] if end < len(index) else len(text)
            lines_up = piece.text == bare[pos:end] and end > pos
            out.append((start_char, end_char, lines_up,
                        text[start_char:end_char] if lines_up else piece.text,
                        piece.lemma, piece.upos, piece.feats))
            pos = end
        return tuple(out)


def place(rel: tuple[RelSegment, ...], tok: Token) -> tuple[Segment, ...]:
    """Segments at the token's offsets; offsets equal to the token's reuse its int objects
    (millions of segments are kept in memory by batch runs)."""
    start, end = tok.start, tok.end
    size = tok.end - start
    out = []
    for a, b, lines_up, text, lemma, upos, feats in rel:
        if lines_up:
            out.append(Segment(text, start + a if a else start, end if b == size else start + b,
                               lemma, upos, feats))
        else:
            out.append(Segment(text, None, None, lemma, upos, feats))
    return tuple(out)

