"""The corpus counts and name lists of the NER lexicon, as the quote stage reads them."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..ner.lexicon import Lexicon


def news_lexicon() -> Lexicon:
    """The NER lexicon's corpus counts and name lists, imported on first use (the NER
    package imports the quote modules' word lists)."""
    from ..ner.lexicon import load_lexicon
    return load_lexicon()
