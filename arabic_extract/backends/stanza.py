"""stanza backends: NER and morphology (mwt/pos/lemma) over local models, never downloading.

Our tokens go to stanza as its tokens (pretokenized, with our character offsets), so every
stanza token is one of ours; multi-word tokens (clitics) become segments with offsets when
their words spell the token.  stanza and torch are imported in the constructors only.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path
from typing import Any, Mapping, Sequence

import regex

from ..document import Document, Segment, Token
from ..errors import BackendUnavailableError, ModelNotFoundError, StageError
from .align import align_pieces, mentions_from_tags, shift

PathLike = str | os.PathLike[str]
INSTALL = 'pip install "arabic-extract[stanza]"'
DOWNLOAD = "python -c \"import stanza; stanza.download('ar')\""
_ARABIC_WORD = regex.compile(r"[\p{Script=Arabic}&&\p{L}]{2}", regex.V1)


def resources_dir(model_dir: PathLike | None = None) -> Path:
    """stanza's model directory: the argument, ``$STANZA_RESOURCES_DIR`` or
    ``~/stanza_resources``."""
    if model_dir is not None:
        return Path(model_dir).expanduser()
    env = os.environ.get("STANZA_RESOURCES_DIR")
    return Path(env).expanduser() if env else Path.home() / "stanza_resources"


def _has_official(base: Path, processor: str) -> bool:
    folder = base / "ar" / processor
    return (base / "resources.json").exists() and folder.is_dir() and any(folder.glob("*.pt"))


def _private_resources() -> Path:
    """A directory with an empty ``resources.json``: stanza needs one even when every model
    is given by path."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    target = cache / "arabic_extract" / "stanza_offline"
    target.mkdir(parents=True, exist_ok=True)
    if not (target / "resources.json").exists():
        (target / "resources.json").write_text("{}", encoding="utf-8")
    return target


def _missing(what: str, where: Path | None = None) -> ModelNotFoundError:
    place = f" at {where}" if where else ""
    return ModelNotFoundError(
        f"stanza {what} not found{place}; install the extra with {INSTALL} and the Arabic "
        f"models with {DOWNLOAD} (or pass the model paths)")


def _require_stanza() -> None:
    if importlib.util.find_spec("stanza") is None:
        raise BackendUnavailableError(f"stanza is not installed; install it with: {INSTALL}")


def _import_stanza() -> Any:
    _require_stanza()
    return importlib.import_module("stanza")


def _model_paths(paths: Mapping[str, PathLike | None], base: Path) -> dict[str, str]:
    """``<processor>_model_path`` options for the given files; official models (``None``)
    must be under ``base``."""
    kwargs = {}
    for processor, path in paths.items():
        if path is None:
            if not _has_official(base, processor):
                raise _missing(f"{processor} model", base / "ar" / processor)
        elif not Path(path).expanduser().exists():
            raise _missing(f"{processor} model", Path(path))
        else:
            kwargs[f"{processor}_model_path"] = str(Path(path).expanduser())
    return kwargs


def build_pipeline(processors: Sequence[str], paths: Mapping[str, PathLike | None],
                   model_dir: PathLike | None, options: Mapping[str, Any]) -> Any:
    """``stanza.Pipeline`` for Arabic, pretokenized, offline; ``paths`` maps a processor to
    its model file (``None``: the official model under ``model_dir``)."""
    _require_stanza()
    base = resources_dir(model_dir)
    kwargs: dict[str, Any] = {"use_gpu": False, **_model_paths(paths, base), **options}
    if not (base / "resources.json").exists():
        base, kwargs["allow_unknown_language"] = _private_resources(), True
        kwargs.setdefault("logging_level", "ERROR")  # not "unsupported language: ar"
    kwargs.setdefault("logging_level", "WARN")
    stanza = _import_stanza()
    try:
        return stanza.Pipeline(lang="ar", dir=str(base), processors=",".join(processors),
                               download_method=None, tokenize_pretokenized=True, **kwargs)
    except (OSError, ValueError, KeyError) as exc:
        raise ModelNotFoundError(f"stanza could not load its Arabic models ({exc}); get them "
                                 f"with {DOWNLOAD} or pass the model paths") from exc


def _sentences(doc: Document) -> list[tuple[Token, ...]]:
    spans = [doc.sentence_tokens(s) for s in doc.sentences] if doc.sentences else [doc.tokens]
    return [s for s in spans if s]


def to_stanza(stanza: Any, doc: Document, sentences: Sequence[Sequence[Token]],
              mark_mwt: bool) -> Any:
    """A stanza Document whose tokens are ours (same text, same offsets); with ``mark_mwt``
    Arabic words are offered to the MWT expander, which keeps or splits each."""
    rows = []
    for sentence in sentences:
        row = []
        for i, token in enumerate(sentence, 1):
            misc = f"start_char={token.start}|end_char={token.end}"
            if mark_mwt and _ARABIC_WORD.match(token.text):
                misc += "|MWT=Yes"
            row.append({"id": (i,), "text": token.text, "misc": misc})
        rows.append(row)
    return stanza.Document(rows, text=doc.text)


def _run(stage: Any, doc: Document, mark_mwt: bool = False) -> tuple[list, list]:
    sentences = _sentences(doc)
    if not sentences:
        return [], []
    result = stage.pipeline(to_stanza(stage.stanza, doc, sentences, mark_mwt))
    tokens = [s.tokens for s in result.sentences]
    if [len(t) for t in tokens] != [len(s) for s in sentences]:
        raise StageError("stanza changed the tokenization it was given")
    return sentences, tokens


class StanzaNER:
    """NER stage over a stanza NER model (official ``ar`` model or ``model_path``).

    ``**options`` go to ``stanza.Pipeline`` (e.g. ``ner_pretrain_path``,
    ``ner_forward_charlm_path`` for a model trained with them)."""

    name = "ner"
    needs = frozenset({"tokens"})
    provides = frozenset({"mentions"})

    def __init__(self, model_path: PathLike | None = None, *,
                 model_dir: PathLike | None = None, **options: Any) -> None:
        self.model_path = model_path
        self.pipeline = build_pipeline(("tokenize", "ner"), {"ner": model_path}, model_dir,
                                       options)
        self.stanza = _import_stanza()

    def __repr__(self) -> str:
        return f"StanzaNER(model_path={self.model_path!r})"

    def __call__(self, doc: Document) -> Document:
        sentences, tokens = _run(self, doc)
        mentions = tuple(m for sent, toks in zip(sentences, tokens)
                         for m in mentions_from_tags(doc.text, sent, [t.ner for t in toks]))
        return doc.replace(mentions=mentions, annotations=doc.annotations | self.provides)


class StanzaMorphology:
    """Morphology stage over stanza's ``mwt`` (optional), ``pos`` and ``lemma`` (optional).

    Without paths the official models under ``model_dir`` are used; give ``pos_model_path``
    (and ``mwt_model_path``/``lemma_model_path`` when you have them) for your own."""

    name = "morphology"
    needs = frozenset({"tokens"})
    provides = frozenset({"segments"})

    def __init__(self, model_dir: PathLike | None = None, *,
                 pos_model_path: PathLike | None = None,
                 mwt_model_path: PathLike | None = None,
                 lemma_model_path: PathLike | None = None, **options: Any) -> None:
        official = pos_model_path is None
        paths: dict[str, PathLike | None] = {"pos": pos_model_path}
        if mwt_model_path is not None or official:
            paths["mwt"] = mwt_model_path
        if lemma_model_path is not None or official:
            paths["lemma"] = lemma_model_path
        self.mwt = "mwt" in paths
        processors = ["tokenize"] + [p for p in ("mwt", "pos", "lemma") if p in paths]
        self.pipeline = build_pipeline(processors, paths, model_dir, options)
        self.stanza = _import_stanza()
        self.processors = tuple(processors)

    def __repr__(self) -> str:
        return f"StanzaMorphology(processors={','.join(self.processors)})"

    def __call__(self, doc: Document) -> Document:
        sentences, tokens = _run(self, doc, mark_mwt=self.mwt)
        analysed = {id(t): _segments(t, s) for sent, toks in zip(sentences, tokens)
                    for t, s in zip(sent, toks)}
        new = tuple(Token(t.start, t.end, t.text, t.norm, analysed.get(id(t), t.segments))
                    for t in doc.tokens)
        return doc.replace(tokens=new, annotations=doc.annotations | self.provides)


def _segments(token: Token, stanza_token: Any) -> tuple[Segment, ...]:
    """Our token's segments from the stanza token's words, with offsets where they line up."""
    words = stanza_token.words
    spans = (((0, len(token.text)),) if len(words) == 1 else
             align_pieces(token.text, [w.text for w in words]))
    relative = []
    for k, word in enumerate(words):
        start, end = spans[k] if spans else (None, None)
        text = token.text[start:end] if spans else word.text
        relative.append(Segment(text, start, end, word.lemma, word.upos, word.feats or None))
    return shift(relative, token.start)
