"""The built-in morphology stage: clitic segmentation, lemma, UPOS and features per token.

Words follow the UD Arabic convention: proclitics (و ف ب ل ك س), the stem (ال stays with
its noun) and an enclitic pronoun.  A segment has ``start``/``end`` only when its text is
exactly the surface under it; «للحكومة» gives ل (0-1) and «الحكومة» without offsets.
Segmentation and tagger vectors are cached per token text (new texts of a document are
scored in one numpy batch) in a bounded cache, and each text's finished analyses per tags of
its pieces beside them: running text costs a few dict lookups and one small vector sum per
word.
"""
from __future__ import annotations

import threading
from itertools import chain
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..document import Document, Segment, Token
from ..resources import data_path
from .model import Analysis, Draft, MorphModel
from .native import Item, NativeTables, drafts, native_tables
from .scoring import DenseScorer, bounded_update
from .tagger import ContextTagger, piece_features, piece_shapes, rule_features
from .text import ARABIC_LETTER, FATHATAN, Split, letters, rule_upos

DEFAULT_MODEL = data_path("morphology", "data", "morphology.json.gz")
CACHE_SIZE = 100_000

#: (relative start, relative end, lines up, text, lemma, upos, feats)
RelSegment = tuple[int, int, bool, str, str, str, str]
#: a :class:`TokenInfo` but its vectors and fixed tags: shapes, draft, bare, index
InfoParts = tuple[tuple[str, ...], Draft | None, str, tuple[int, ...]]
#: shared feature ids of the stems of the token texts new to a document (see MorphModel)
StemIds = dict[Split, list[int]]
#: the tags of a token's pieces: the tag alone for a one-piece token, else their tuple
TagKey = str | tuple[str, ...]


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
    #: finished analyses of this text by its pieces' tags (the tag itself for one piece)
    analyses: dict[TagKey, tuple[RelSegment, ...]] = field(default_factory=dict,
                                                           compare=False, repr=False)


class BuiltinMorphology:
    """Pipeline stage filling ``Token.segments``; also :meth:`analyze` for one word."""

    name = "morphology"
    needs = frozenset({"tokens"})
    provides = frozenset({"segments"})

    def __init__(self, model_path: str | Path | None = None,
                 cache_size: int = CACHE_SIZE) -> None:
        self.model_path = Path(model_path) if model_path else DEFAULT_MODEL
        self.cache_size = cache_size
        self._loaded: tuple[MorphModel, ContextTagger, NativeTables | None] | None = None
        self._lock = threading.Lock()
        self._infos: OrderedDict[str, TokenInfo] = OrderedDict()

    def __getstate__(self) -> dict[str, object]:
        """Picklable for worker processes: the model is reloaded lazily on the other side."""
        return {"model_path": self.model_path, "cache_size": self.cache_size}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(state["model_path"], state["cache_size"])  # type: ignore[misc, arg-type]

    @property
    def model(self) -> MorphModel:
        """The trained model, loaded from disk on first use."""
        return self._load()[0]

    def _load(self) -> tuple[MorphModel, ContextTagger, NativeTables | None]:
        """The model, its tagger and its native tables (None: the Python code runs)."""
        if self._loaded is None:
            with self._lock:
                if self._loaded is None:
                    model = MorphModel.load(self.model_path).compact()
                    tagger = ContextTagger(DenseScorer.of(model.tagger), model.shared_ids(),
                                           model.stats, model.domain, self.cache_size)
                    model.native = native_tables(model)
                    self._loaded = (model, tagger, model.native)
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
        texts = [tok.text for tok in tokens]
        infos, stems = self._token_infos(texts)
        tags = self._tags(infos)
        rels: list[tuple[RelSegment, ...] | None] = []
        missing: dict[tuple[str, TagKey], list[int]] = {}
        pos = 0
        for text, info in zip(texts, infos):
            size = len(info.fixed)
            key = tags[pos] if size == 1 else tuple(tags[pos:pos + size])
            pos += size
            rel = info.analyses.get(key)
            if rel is None:
                missing.setdefault((text, key), []).append(len(rels))
            rels.append(rel)
        if missing:
            self._fill(rels, missing, infos, stems)
        tables = self._load()[2]
        if tables is not None and tables.place is not None:
            return tables.place(tuple(tokens), rels)  # type: ignore[no-any-return]
        return tuple(Token(tok.start, tok.end, tok.text, tok.norm, place(rel, tok))
                     for tok, rel in zip(tokens, rels))  # type: ignore[arg-type]

    def _tags(self, infos: list[TokenInfo]) -> list[str]:
        """UPOS of every piece of the tokens, in order."""
        if not infos:
            return []
        vectors = np.concatenate([info.vectors for info in infos])
        fixed = list(chain.from_iterable(info.fixed for info in infos))
        shapes = list(chain.from_iterable(info.shapes for info in infos))
        return self._load()[1].tag(vectors, fixed, shapes)

    def _token_infos(self, texts: list[str]) -> tuple[list[TokenInfo], StemIds]:
        """Infos of ``texts``: cached ones, the others made in one batch; and the stem
        features computed for the new ones."""
        cache = self._infos
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        made, stems = self._make_infos(missing) if missing else ([], {})
        fresh = dict(zip(missing, made))
        infos = [cache.get(t) or fresh[t] for t in texts]
        bounded_update(cache, fresh, self.cache_size)
        return infos, stems

    def _make_infos(self, texts: list[str]) -> tuple[list[TokenInfo], StemIds]:
        """New infos; the tagger scores all their pieces at once."""
        _, tagger, tables = self._load()
        parts: list[tuple[InfoParts, tuple[str | None, ...], int]]
        if tables is not None:
            parts, vectors, stems = self._native_parts(texts, tables)
        else:
            stems = {}
            made = [self._draft(text, stems) for text in texts]
            parts = [(info, fixed, len(group)) for info, fixed, group in made]
            vectors = tagger.vectors([piece for _, _, group in made for piece in group])
        out, pos = [], 0
        for (shapes, draft, bare, index), fixed, size in parts:
            out.append(TokenInfo(vectors[pos:pos + size], fixed, shapes, draft, bare, index))
            pos += size
        return out, stems

    def _native_parts(self, texts: list[str], tables: NativeTables
                      ) -> tuple[list[tuple[InfoParts, tuple[str | None, ...], int]],
                                 np.ndarray, StemIds]:
        """What :meth:`_draft` gives for each text and the tagger's vectors of all their
        pieces, by the native module (see ``native``)."""
        model, tagger, _ = self._load()
        parts: list[tuple[InfoParts, tuple[str | None, ...], int]] = []
        items: list[Item] = []
        for text, (bare, index, draft) in zip(texts, drafts(model, tables, texts)):
            item: Item
            if draft is None:
                tag = rule_upos(text)
                parts.append(((("",), None, "", ()), (tag,), 1))
                item = (rule_features(tag)[0], (text,), False)
            else:
                info, fixed = self._parts(draft, bare, index)
                parts.append((info, fixed, len(draft.texts)))
                item = (draft.split, draft.texts, FATHATAN in text)
            items.append(item)
        pieces = [piece for _, group, _ in items for piece in group]
        new = tagger.new_texts(pieces)
        flat, sizes, stem_ids = tables.ids(items, new)
        vectors = tagger.vectors_of(np.frombuffer(flat, np.int64),
                                    np.frombuffer(sizes, np.int64), pieces, new)
        stems = {item[0]: ids for item, ids in zip(items, stem_ids)
                 if ids is not None and isinstance(item[0], Split)}
        return parts, vectors, stems

    def _parts(self, draft: Draft, bare: str, index: tuple[int, ...]
               ) -> tuple[InfoParts, tuple[str | None, ...]]:
        """A drafted token's info but its vectors, and its fixed tags."""
        shapes = tuple(piece_shapes(draft.split, len(draft.texts)))
        fixed = tuple(map(self._load()[0].fixed.get, draft.texts))
        return (shapes, draft, bare, index), fixed

    def _draft(self, text: str, stems: StemIds
               ) -> tuple[InfoParts, tuple[str | None, ...], list[tuple[list[int], str]]]:
        """A token's info but its vectors and fixed tags; its fixed tags; its (feature ids,
        text) pieces.  The feature ids of its stem are added to ``stems``."""
        model = self._load()[0]
        of = model.shared_ids().of
        bare, index = letters(text)
        if not ARABIC_LETTER.search(bare):
            tag = rule_upos(text)
            return (("",), None, "", ()), (tag,), [(of(rule_features(tag)), text)]
        draft = model.draft(bare)
        static = piece_features(draft.split, draft.texts, model.stats, model.domain,
                                FATHATAN in text, [])
        ids = [of(feats) for feats in static]
        if draft.split is not None:
            stem = stems.get(draft.split)
            if stem is None:
                stem = stems[draft.split] = model.stem_ids(draft.split)
            ids[len(draft.split.procs)] = stem + ids[len(draft.split.procs)]
        info, fixed = self._parts(draft, bare, index)
        return info, fixed, list(zip(ids, draft.texts))

    def _fill(self, rels: list[tuple[RelSegment, ...] | None],
              missing: dict[tuple[str, TagKey], list[int]], infos: list[TokenInfo],
              stems: StemIds) -> None:
        """Analyses of the tagged token texts not seen with these tags before (made in one
        batch, kept in their :class:`TokenInfo`) put at their places in ``rels``."""
        items = [((text, (key,) if isinstance(key, str) else key), infos[places[0]])
                 for (text, key), places in missing.items()]
        for ((_, key), places), (_, info), rel in zip(missing.items(), items,
                                                       self._finish(items, stems)):
            info.analyses[key] = rel
            for i in places:
                rels[i] = rel

    def _finish(self, items: list[tuple[tuple[str, tuple[str, ...]], TokenInfo]],
                stems: StemIds) -> list[tuple[RelSegment, ...]]:
        """Relative segments of tagged tokens; the model finishes all drafts at once."""
        drafted = [(info.draft, tags) for (_, tags), info in items if info.draft is not None]
        analyses = iter(self.model.finish_many(drafted, stems))
        return [((0, len(text), True, text, text, tags[0], "_"),) if info.draft is None
                else relative(text, info, next(analyses)) for (text, tags), info in items]


def relative(text: str, info: TokenInfo, analysis: Analysis) -> tuple[RelSegment, ...]:
    """Segments of a token's analysis, offsets relative to the token."""
    bare, index = info.bare, info.index
    out, pos = [], 0
    for piece in analysis:
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
    if len(rel) == 1:  # most tokens: one segment, the whole token
        a, b, lines_up, text, lemma, upos, feats = rel[0]
        if lines_up and not a and b == size:
            return (Segment(text, start, end, lemma, upos, feats),)
    out = []
    for a, b, lines_up, text, lemma, upos, feats in rel:
        if lines_up:
            out.append(Segment(text, start + a if a else start, end if b == size else start + b,
                               lemma, upos, feats))
        else:
            out.append(Segment(text, None, None, lemma, upos, feats))
    return tuple(out)

