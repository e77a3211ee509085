"""The optional C accelerator of the built-in analyzer (module ``_native``).

``_native`` is compiled from ``_native*.c`` when the package is installed with a C compiler
at hand (see ``setup.py``; without one the install goes on without it).  It does the work
that every new word type costs, in batches: the ranking of candidate segmentations
(:meth:`MorphModel.best_split`) and the feature strings of the pieces and of their context
(:func:`~.tagger.piece_features`, :meth:`MorphModel.stem_ids`, :func:`~.tagger.left_features`,
:func:`~.tagger.right_features`) turned into shared feature ids, with its own hash tables
built from the model's dicts at load.  Its results are the Python code's, exactly
(``tests/test_morphology_native.py``); the Python code runs when the module is absent, when
the model's data is not of the expected shape, or with ``ARABIC_EXTRACT_NATIVE=0``.
"""
from __future__ import annotations

import os
import warnings
from functools import lru_cache
from types import ModuleType
from typing import Any, Iterable

import numpy as np
import regex

from ..normalize import _REMOVED, _TABLE, normalize
from .model import Draft, MorphModel
from .text import _BY_NAME, ARABIC_LETTER, Split, letters

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


@lru_cache(maxsize=1)
def normalize_changes() -> dict[int, str]:
    """``normalize`` of every character it changes: it works character by character (one
    character class removed, then a translation table), so this table gives it exactly."""
    every = np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")
    runs = regex.compile(_REMOVED.pattern + "+").finditer(every)
    changed = {cp for m in runs for cp in range(*m.span())} | set(_TABLE)
    return {cp: normalize(chr(cp)) for cp in sorted(changed) if normalize(chr(cp)) != chr(cp)}


def native_tables(model: MorphModel) -> Any | None:
    """The native tables of a compact model, or None (the Python code then runs)."""
    module = native_module()
    if module is None:
        return None
    stats, ids = model.stats, model.shared_ids()
    try:
        return module.Tables(ids=ids.index, unknown=ids.unknown, rank=model.seg.weights,
                             counts=stats.counts, clusters=stats.clusters,
                             classes=stats.classes, auto=stats.auto,
                             norm=normalize_changes(), enclitics=_BY_NAME, split_type=Split)
    except (TypeError, ValueError, OverflowError, AttributeError) as exc:
        warnings.warn(f"native morphology off, the model does not fit it: {exc}",
                      RuntimeWarning, stacklevel=2)
        return None


def drafts(model: MorphModel, tables: Any, texts: Iterable[str]
           ) -> list[tuple[str, tuple[int, ...], Draft | None]]:
    """Letters, their indexes and draft of each token text (no draft without Arabic
    letters, see ``builtin``); the words the lexicon does not know are split natively."""
    out: list[tuple[str, tuple[int, ...], Draft | None]] = []
    unseen: list[str] = []
    where: list[int] = []
    lexicon = model.lexicon
    for text in texts:
        bare, index = letters(text)
        draft = None
        if ARABIC_LETTER.search(bare):
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
