"""Named-entity recognition: the built-in CRF tagger (``BuiltinNER``) and its features."""
from __future__ import annotations

from .builtin import BuiltinNER

__all__ = ["BuiltinNER"]
