"""arabic_extract: people, places, organizations and attributed statements in Arabic news.

>>> import arabic_extract
>>> nlp = arabic_extract.load()
>>> doc = nlp("قال الرئيس إن الاجتماع كان مثمرا.")
>>> doc.text[doc.tokens[0].start:doc.tokens[0].end]
'قال'
"""
from __future__ import annotations

from .document import (Document, Entity, Mention, Segment, Sentence, Span, Speaker,
                       Statement, Token)
from .errors import (ArabicExtractError, BackendUnavailableError, InputError,
                     ModelNotFoundError, PipelineConfigError, StageError)
from .frames import to_dataframes
from .loading import load
from .pipeline import Pipeline, Stage
from .registry import list_backends, register

__version__ = "0.1.0"

__all__ = [
    "ArabicExtractError", "BackendUnavailableError", "Document", "Entity", "InputError",
    "Mention", "ModelNotFoundError", "Pipeline", "PipelineConfigError", "Segment",
    "Sentence", "Span", "Speaker", "Stage", "StageError", "Statement", "Token",
    "__version__", "list_backends", "load", "register", "to_dataframes",
]
