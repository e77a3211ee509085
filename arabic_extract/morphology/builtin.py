"""The built-in morphology stage: clitic segmentation, lemma, UPOS and features per token.

Words follow the UD Arabic convention: proclitics (و ف ب ل ك س), the stem (ال stays with
its noun) and an enclitic pronoun.  A segment has ``start``/``end`` only when its text is
exactly the surface under it; «للحكومة» gives ل (0-1) and «الحكومة» without offsets.
Segmentation and feature vectors are cached per token text, and final analyses per
(token text, tags), both in bounded LRU caches: running text costs a few dict lookups and
one small vector sum per word.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..document import Document, Segment, Token
from ..resources import data_path
from .model import Draft, MorphModel
from .tagger import ContextTagger, WordView, piece_features, piece_shapes, rule_features
from .text import ARABIC_LETTER, FATHATAN, letters, rule_upos

DEFAULT_MODEL = data_path("morphology", "data", "morphology.json.gz")
CACHE_SIZE = 100_000

#: (relative start, relative end, lines up, text, lemma, upos, feats)
RelSegment = tuple[int, int, bool, str, str, str, str]


@dataclass(frozen=True, slots=True)
class TokenInfo:
    """A token text made ready for tagging (cached per text)."""

    views: tuple[WordView, ...]
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
        self._info = lru_cache(maxsize=cache_size)(self._token_info)
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
                    model = MorphModel.load(self.model_path)
                    self._loaded = (model, ContextTagger(model.tagger, model.stats, model.domain))
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
        info_of, relative = self._info, self._relative
        infos = [info_of(tok.text) for tok in tokens]
        tags = self._load()[1].tag([view for info in infos for view in info.views])
        out, pos = [], 0
        for tok, info in zip(tokens, infos):
            size = len(info.views)
            rel = relative(tok.text, (tags[pos],) if size == 1 else tuple(tags[pos:pos + size]))
            pos += size
            start = tok.start
            segments = tuple([Segment(text, start + a, start + b, lemma, upos, feats) if lines_up
                              else Segment(text, None, None, lemma, upos, feats)
                              for a, b, lines_up, text, lemma, upos, feats in rel])
            out.append(Token(start, tok.end, tok.text, tok.norm, segments))
        return tuple(out)

    def _token_info(self, text: str) -> TokenInfo:
        model, tagger = self._load()
        bare, index = letters(text)
        if not ARABIC_LETTER.search(bare):
            tag = rule_upos(text)
            return TokenInfo((tagger.view(rule_features(tag), text, fixed=tag),))
        draft = model.draft(bare)
        static = piece_features(draft.split, draft.texts, model.stats, model.domain,
                                FATHATAN in text)
        shapes = piece_shapes(draft.split, len(draft.texts))
        views = tuple(tagger.view(f, t, model.fixed.get(t), h)
                      for f, t, h in zip(static, draft.texts, shapes))
        return TokenInfo(views, draft, bare, index)

    def _finish(self, text: str, tags: tuple[str, ...]) -> tuple[RelSegment, ...]:
        info = self._info(text)
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

