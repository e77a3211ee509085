"""Attributed statements: direct, indirect and mixed speech with speaker, cue and content.

How the pieces fit (each module is small and rule-based; word lists live in ``data/``):

* :mod:`.cues` — the cue lexicon (reporting verbs in every person/number, participles,
  nominal cues) generated from ``data/reporting_verbs.tsv`` and ``data/nominal_cues.txt``;
* :mod:`.marks` — quote-mark pairing that never fails on unbalanced marks;
* :mod:`.clauses` — where content starts (أن/إن, colon, quote, noun complement);
* :mod:`.ends` — where content ends and which cues start a new statement;
* :mod:`.subjects`, :mod:`.anaphora`, :mod:`.speakers` — who speaks at a cue;
* :mod:`.sourced`, :mod:`.sourced_pass` — the reporter's «according to» phrase («…، حسبما
  أعلنت الشرطة», «وبحسب مصادر، فإن …») as attribution, :mod:`.pronoun_cue` its verb with an
  object pronoun («بحسب ما ذكرته الصحيفة»); :mod:`.thus` — ««…».. هكذا قال فلان»;
* :mod:`.attribution` — the pipeline stage :class:`QuoteAttributor`.
"""
from __future__ import annotations

__all__ = ["QuoteAttributor"]


def __getattr__(name: str):  # lazy, so that ``quotes.marks`` imports without the rest
    if name == "QuoteAttributor":
        from .attribution import QuoteAttributor
        return QuoteAttributor
    raise AttributeError(name)
