"""Morphological analysis: clitic segmentation, lemma, UPOS and features per token."""
from __future__ import annotations

from .builtin import BuiltinMorphology

__all__ = ["BuiltinMorphology"]
