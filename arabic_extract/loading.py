"""``load()``: build a pipeline from backend names, importing only what is asked for."""
from __future__ import annotations

from typing import Any, Mapping

from . import registry
from .pipeline import ErrorHandler, Pipeline, raise_error
from .tokenize import Tokenizer

#: The default backend of each stage kind; ``None`` leaves the stage out.
DEFAULTS: dict[str, str | None] = {
    "morphology": None,
    "ner": "builtin",
    "entities": "builtin",
    "quotes": "builtin",
}


def load(morphology: str | None = "default", ner: str | None = "default",
         entities: str | None = "default", quotes: str | None = "default", *,
         options: Mapping[str, Mapping[str, Any]] | None = None,
         on_error: ErrorHandler = raise_error) -> Pipeline:
    """The default pipeline, or one with backends chosen by name.

    ``load(morphology="camel", ner="stanza")`` picks registered backends; ``None`` leaves a
    stage out; ``options={"morphology": {"db_path": ...}}`` passes arguments to a backend.
    Nothing is downloaded: a missing backend raises :class:`BackendUnavailableError` whose
    message names the command that installs it.
    """
    chosen = {"morphology": morphology, "ner": ner, "entities": entities, "quotes": quotes}
    options = options or {}
    stages: list[Any] = [Tokenizer()]
    config: dict[str, Any] = {}
    for kind in registry.KINDS:
        name = DEFAULTS[kind] if chosen[kind] == "default" else chosen[kind]
        config[kind] = name
        if name is not None:
            stages.append(registry.create(kind, name, **dict(options.get(kind, {}))))
    return Pipeline(stages, on_error=on_error, config=config)
