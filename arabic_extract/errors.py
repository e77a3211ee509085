"""One exception hierarchy for the whole library."""
from __future__ import annotations


class ArabicExtractError(Exception):
    """Base class of every error raised on purpose by arabic_extract."""


class BackendUnavailableError(ArabicExtractError, ImportError):
    """A backend's package or model data is missing; the message names the fix."""


class ModelNotFoundError(BackendUnavailableError):
    """A model file or directory could not be found at the given or default path."""


class PipelineConfigError(ArabicExtractError, ValueError):
    """Stages were put together in an order whose needs are not met, or a name is unknown."""


class StageError(ArabicExtractError, RuntimeError):
    """A stage failed or returned something that is not a Document."""


class InputError(ArabicExtractError, ValueError):
    """An input file or record could not be read as Arabic text."""


class BinaryInputError(InputError):
    """The input looks like a binary file (NUL bytes), not text."""


class EmptyInputError(InputError):
    """The input has no text at all (a batch records it rather than returning nothing)."""


class NoArabicTextError(InputError):
    """The input has text but no Arabic letters."""


class InputTooLargeError(InputError):
    """The input is longer than the configured limit."""
