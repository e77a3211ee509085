"""The optional C accelerator of the built-in analyzer (module ``_native``).

``_native`` is compiled from ``_native*.c`` when the package is installed with a C compiler
at hand (see ``setup.py``; without one the install goes on without it).  It does the work
that every new word type costs, in batches: the ranking of candidate segmentations
(:meth:`MorphModel.best_split`) and the feature strings of the pieces and of their context
(:func:`~.tagger.piece_features`, :meth:`MorphModel.stem_ids`, :func:`~.tagger.left_features`,
:func:`~.tagger.right_features`) turned into shared feature ids, and the lemma and feature
string of tagged stems (:meth:`MorphModel._stems`), with its own hash tables built from the
model's dicts at load; also :func:`~.text.letters` with the Arabic-letter check of new texts
and :func:`~.builtin.place` of a whole document (see :func:`placer`).  Its results are the Python code's, exactly
(``tests/test_morphology_native.py``); the Python code runs when the module is absent, when
the model's data is not of the expected shape, or with ``ARABIC_EXTRACT_NATIVE=0``.
"""
from __future__ import annotations

import os
import warnings
from dataclasses import fields
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import regex

from ..document import Segment, Token

from ..normalize import (_ALEF_ONLY, _REMOVED, _TABLE, DIACRITICS, TATWEEL, normalize,
                         normalize_light)
from .features import parse_edit
from .model import Draft, MorphModel
from .scoring import DenseScorer
from .tagger import UPOS
from .text import _BY_NAME, _MARKS, ARABIC_LETTER, Split, letters

#: set to 0 to run the pure-Python analyzer even where the native module is built
ENV = "ARABIC_EXTRACT_NATIVE"
#: a token's native work item: (split or None, piece texts, tanween) or, for a token
#: without Arabic letters, (its feature «rule=TAG», (text,), False)
Item = tuple[Split | str | None, tuple[str, ...], bool]


def native_module() -> ModuleType | None:
    """The compiled module, or None when it is not built or is switched off."""
    if os.environ.get(ENV, "").strip() == "0":
        return None
    try:
        from . import _native  # type: ignore[attr-defined]
    except ImportError:
        return None
    return _native


def changes(function: Callable[[str], str], pattern: str, table: Iterable[int]
            ) -> dict[int, str]:
    """``function`` of every character it changes, for a ``function`` that works character
    by character: removes the characters of the class ``pattern``, maps those of ``table``."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    runs = regex.compile(pattern + "+").finditer(every)
    changed = {cp for m in runs for cp in range(*m.span())} | set(table)
    return {cp: function(chr(cp)) for cp in sorted(changed) if function(chr(cp)) != chr(cp)}


@lru_cache(maxsize=1)
def normalize_tables() -> tuple[dict[int, str], dict[int, str]]:
    """What :func:`normalize` and :func:`normalize_light` change, character by character."""
    light = DIACRITICS.pattern[:-1] + TATWEEL + "]"
    return (changes(normalize, _REMOVED.pattern, _TABLE),
            changes(normalize_light, light, _ALEF_ONLY))


class NativeTables:
    """The native module's tables of one compact model; its methods give what the Python
    code gives, or None / raise only where it would not fit the data (see ``builtin``)."""

    def __init__(self, tables: Any, place: Callable[..., Any] | None = None,
                 letters: Callable[[list[str]], list[tuple[str, tuple[int, ...], bool]]]
                 | None = None) -> None:
        self.tables = tables
        #: (:func:`~.text.letters`, has an Arabic letter) of each text (see :func:`drafts`)
        self.letters = letters or python_letters
        #: :func:`~.builtin.place` over all tokens of a document (see :func:`placer`)
        self.place = place

    def splits(self, words: list[str]) -> list[Split]:
        return self.tables.splits(words)  # type: ignore[no-any-return]

    def ids(self, items: list[Item], texts: list[str]
            ) -> tuple[bytes, bytes, list[list[int] | None]]:
        return self.tables.ids(items, texts)  # type: ignore[no-any-return]

    def stems(self, stems: list[list[int]], requests: Sequence[tuple[Split, str]]
              ) -> list[tuple[str, str]] | None:
        """(lemma, feature string) of each stem (see :meth:`MorphModel._stems`), or None
        for data the tables do not take (an unknown UPOS): the Python code then decides."""
        try:
            return self.tables.stems([(ids, upos, split.stem_text)  # type: ignore[no-any-return]
                                      for ids, (split, upos) in zip(stems, requests)])
        except (KeyError, IndexError, TypeError, ValueError):
            return None


def native_tables(model: MorphModel) -> NativeTables | None:
    """The native tables of a compact model, or None (the Python code then runs)."""
    module = native_module()
    if module is None:
        return None
    stats, ids = model.stats, model.shared_ids()
    norm, light = normalize_tables()
    try:
        tables = module.Tables(ids=ids.index, unknown=ids.unknown, rank=model.seg.weights,
                               counts=stats.counts, clusters=stats.clusters,
                               classes=stats.classes, auto=stats.auto, norm=norm,
                               enclitics=_BY_NAME, split_type=Split)
        tables.set_finish(*finish_data(model), light)
    except (TypeError, ValueError, OverflowError, AttributeError, KeyError) as exc:
        warnings.warn(f"native morphology off, the model does not fit it: {exc}",
                      RuntimeWarning, stacklevel=2)
        return None
    try:
        module.set_letters(*letter_classes())
        letters_of = module.letters
    except (AttributeError, TypeError, ValueError):
        letters_of = None
    return NativeTables(tables, placer(module), letters_of)


def code_points(pattern: regex.Pattern[str]) -> list[int]:
    """Every code point that ``pattern`` (one character class) matches."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    runs = regex.compile(f"(?:{pattern.pattern})+", pattern.flags).finditer(every)
    return [cp for m in runs for cp in range(*m.span())]


@lru_cache(maxsize=1)
def letter_classes() -> tuple[list[int], list[int]]:
    """The code points :func:`~.text.letters` leaves out and those of ARABIC_LETTER."""
    return code_points(_MARKS), code_points(ARABIC_LETTER)


def python_letters(texts: list[str]) -> list[tuple[str, tuple[int, ...], bool]]:
    """What the native ``letters`` gives, in Python."""
    return [(bare, index, bool(ARABIC_LETTER.search(bare)))
            for bare, index in map(letters, texts)]


def placer(module: ModuleType) -> Callable[..., Any] | None:
    """The module's ``place(tokens, rels)``, which fills the slots of the Token and Segment
    objects it makes directly: only while their classes are plain frozen slotted
    dataclasses of the fields it knows (else None: the Python code places)."""
    expected = ((Token, ("start", "end", "text", "norm", "segments")),
                (Segment, ("text", "start", "end", "lemma", "upos", "feats")))
    for cls, names in expected:
        params = getattr(cls, "__dataclass_params__", None)
        if (tuple(f.name for f in fields(cls)) != names or hasattr(cls, "__post_init__")
                or not (params and params.frozen) or "__dict__" in dir(cls)):
            return None
    try:
        module.set_types(Token, Segment)
    except (AttributeError, TypeError):
        return None
    return module.place  # type: ignore[no-any-return]


def finish_data(model: MorphModel) -> tuple[Any, ...]:
    """What ``Tables.set_finish`` takes (but the normalize_light table): the feature and
    lemma scorers' tables and remaps, the id of «u=UPOS» and the feature strings (sorted,
    with their columns) allowed for each UPOS, and the lemma rules (sorted, with columns
    and parsed edits) of each :func:`~.features.lemma_options` key, «UPOS|last letter»,
    and of each UPOS alone (a last letter without rules of its own)."""
    feats, lemma, options = model.feats, model.lemma, model.options
    assert isinstance(feats, DenseScorer) and isinstance(lemma, DenseScorer)
    u_ids = {u: model.shared_ids().of((f"u={u}",))[0] for u in UPOS}
    choices = {u: list(zip(*model._feat_choices(u))) for u in UPOS}
    zero = len(lemma.classes)
    keys = {key[len("lemma|"):] for key in options if key.startswith("lemma|")}
    rules = {}
    for key in keys | set(UPOS):
        upos = key.split("|")[0]
        by_letter = options.get(f"lemma|{key}", []) if "|" in key else []
        names = sorted(set(by_letter + options.get(f"lemma|{upos}", [])))
        rules[key] = [(lemma.class_index.get(name, zero), *parse_edit(name)) for name in names]
    return (feats.table, feats.remap, lemma.table, lemma.remap, u_ids, choices, rules)


def drafts(model: MorphModel, tables: NativeTables, texts: Iterable[str]
           ) -> list[tuple[str, tuple[int, ...], Draft | None]]:
    """Letters, their indexes and draft of each token text (no draft without Arabic
    letters, see ``builtin``); the words the lexicon does not know are split natively."""
    out: list[tuple[str, tuple[int, ...], Draft | None]] = []
    unseen: list[str] = []
    where: list[int] = []
    lexicon = model.lexicon
    for bare, index, arabic in tables.letters(list(texts)):
        draft = None
        if arabic:
            if lexicon.get(bare):
                draft = model.draft(bare)
            else:
                unseen.append(bare)
                where.append(len(out))
        out.append((bare, index, draft))
    for i, split in zip(where, tables.splits(unseen)):
        bare, index, _ = out[i]
        texts_ = split.procs + (split.stem_text,) + ((split.enc,) if split.enc else ())
        out[i] = (bare, index, Draft(bare, split, split.lengths(), texts_))
    return out
