"""Backends are registered by name per stage kind and imported lazily on first use."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Callable

from .errors import BackendUnavailableError, PipelineConfigError

#: Stage kinds in pipeline order (the tokenizer always comes first).
KINDS = ("morphology", "ner", "entities", "quotes")


@dataclass(frozen=True)
class BackendSpec:
    """Where a backend lives (``module:attr``) and what a user runs when it is missing."""

    kind: str
    name: str
    target: str
    install: str | None = None
    description: str = ""

    def load(self) -> Callable[..., Any]:
        module_name, _, attr = self.target.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            if isinstance(exc, BackendUnavailableError):
                raise
            hint = f"; install it with: {self.install}" if self.install else ""
            raise BackendUnavailableError(
                f"{self.kind} backend {self.name!r} is unavailable ({exc}){hint}") from exc
        return getattr(module, attr)


_REGISTRY: dict[str, dict[str, BackendSpec]] = {kind: {} for kind in KINDS}


def register(kind: str, name: str, target: str | Callable[..., Any], *,
             install: str | None = None, description: str = "") -> None:
    """Register a backend: ``target`` is ``"module:factory"`` (imported lazily) or a factory.

    The factory is called with the backend options and returns a stage."""
    if kind not in _REGISTRY:
        raise PipelineConfigError(f"unknown stage kind {kind!r}; kinds: {list(KINDS)}")
    if callable(target):
        _FACTORIES[(kind, name)] = target
        target = f"<callable {getattr(target, '__name__', target)!r}>"
    _REGISTRY[kind][name] = BackendSpec(kind, name, target, install, description)


_FACTORIES: dict[tuple[str, str], Callable[..., Any]] = {}


def list_backends(kind: str | None = None) -> dict[str, Any]:
    """The registered backends (all kinds, or one kind)."""
    if kind is None:
        return {k: dict(v) for k, v in _REGISTRY.items()}
    return dict(_REGISTRY[kind])


def create(kind: str, name: str, **options: Any) -> Any:
    """Build the stage of backend ``name`` for ``kind``; clear errors when unknown/missing."""
    specs = _REGISTRY.get(kind)
    if specs is None:
        raise PipelineConfigError(f"unknown stage kind {kind!r}; kinds: {list(KINDS)}")
    if name not in specs:
        raise PipelineConfigError(
            f"unknown {kind} backend {name!r}; registered: {sorted(specs)}")
    factory = _FACTORIES.get((kind, name)) or specs[name].load()
    return factory(**options)


def _register_builtins() -> None:
    camel = 'pip install "arabic-extract[camel]"'
    stanza = 'pip install "arabic-extract[stanza]"'
    register("morphology", "builtin", "arabic_extract.morphology.builtin:BuiltinMorphology",
             description="shipped clitic segmenter, lemmatizer and POS tagger (no torch)")
    register("morphology", "camel", "arabic_extract.backends.camel:CamelMorphology",
             install=camel, description="camel-tools MorphologyDB + Analyzer")
    register("morphology", "stanza", "arabic_extract.backends.stanza:StanzaMorphology",
             install=stanza, description="stanza tokenize/mwt/pos/lemma from local models")
    register("ner", "builtin", "arabic_extract.ner.builtin:BuiltinNER",
             description="shipped NER tagger (no torch)")
    register("ner", "camel", "arabic_extract.backends.camel:CamelNER",
             install=camel, description="camel-tools NERecognizer from a local BERT folder")
    register("ner", "stanza", "arabic_extract.backends.stanza:StanzaNER",
             install=stanza, description="stanza NER from a local model file")
    register("entities", "builtin", "arabic_extract.entities:EntityLinker",
             description="clusters mentions into article entities")
    register("quotes", "builtin", "arabic_extract.quotes.attribution:QuoteAttributor",
             description="direct, indirect and mixed statements with speakers")


_register_builtins()


def unregister(kind: str, name: str) -> None:
    """Remove a registered backend (e.g. a toy backend registered by a test)."""
    _REGISTRY[kind].pop(name, None)
    _FACTORIES.pop((kind, name), None)
