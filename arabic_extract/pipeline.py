"""The pipeline: ordered stages ``Document -> Document`` with declared needs and provides."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence, runtime_checkable

from .document import Document
from .errors import PipelineConfigError, StageError

ErrorHandler = Callable[[str, Document, Exception], Document]


@runtime_checkable
class Stage(Protocol):
    """What a stage is: a named callable with the annotations it needs and provides."""

    name: str
    needs: frozenset[str]
    provides: frozenset[str]

    def __call__(self, doc: Document) -> Document: ...


def raise_error(stage: str, doc: Document, exc: Exception) -> Document:
    """Default error handler: re-raise (wrapped so the stage name is in the message)."""
    if isinstance(exc, StageError):
        raise exc
    raise StageError(f"stage {stage!r} failed: {type(exc).__name__}: {exc}") from exc


def record_error(stage: str, doc: Document, exc: Exception) -> Document:
    """Batch error handler: keep the document, drop the partial results, record the error."""
    return Document(text=doc.text, id=doc.id, source=doc.source,
                    error={"type": type(exc).__name__, "message": f"{stage}: {exc}"})


def check_stages(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineConfigError` unless every stage's needs are met before it."""
    available: set[str] = set()
    for stage in stages:
        if not isinstance(stage, Stage):
            raise PipelineConfigError(f"{stage!r} is not a stage (needs name, needs, "
                                      "provides and __call__(doc) -> Document)")
        missing = set(stage.needs) - available
        if missing:
            raise PipelineConfigError(
                f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage "
                f"provides (before it: {[s.name for s in stages[:stages.index(stage)]]})")
        available |= set(stage.provides)


class Pipeline:
    """Run stages in order over a text; ``nlp(text)`` returns a :class:`Document`."""

    def __init__(self, stages: Iterable[Stage], *, on_error: ErrorHandler = raise_error,
                 config: dict[str, Any] | None = None) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        check_stages(self.stages)
        self.on_error = on_error
        self.config = dict(config or {})

    @property
    def stage_names(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.stages)

    def __repr__(self) -> str:
        return f"Pipeline({' -> '.join(self.stage_names)})"

    def make_doc(self, text: str, id: str | None = None, source: str | None = None) -> Document:
        if not isinstance(text, str):
            raise TypeError(f"arabic_extract expects the article as str, got "
                            f"{type(text).__name__}; decode bytes first (text.decode('utf-8'))")
        return Document(text=text, id=id, source=source)

    def __call__(self, text: str | Document, *, id: str | None = None,
                 source: str | None = None) -> Document:
        doc = text if isinstance(text, Document) else self.make_doc(text, id, source)
        if not doc.text.strip():
            return doc
        for stage in self.stages:
            doc = self._run_stage(stage, doc)
            if doc.error:
                break
        return doc

    def _run_stage(self, stage: Stage, doc: Document) -> Document:
        try:
            result = stage(doc)
        except Exception as exc:  # noqa: BLE001 - handed to the configured handler
            return self.on_error(stage.name, doc, exc)
        if not isinstance(result, Document):
            exc = StageError(f"stage {stage.name!r} returned {type(result).__name__}, "
                             "not a Document")
            return self.on_error(stage.name, doc, exc)
        return result

    def pipe(self, texts: Iterable[Any], *, as_tuples: bool = False,
             batch_size: int = 64) -> Iterator[Any]:
        """Process a stream of texts lazily, ``batch_size`` at a time; stages that define
        ``pipe(docs)`` get the whole batch.  With ``as_tuples`` items are
        ``(text, context)`` and ``(doc, context)`` pairs come back, so ids travel along."""
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        for batch in batched(texts, batch_size):
            pairs = batch if as_tuples else [(item, None) for item in batch]
            docs = self._run_batch([self._as_doc(text) for text, _ in pairs])
            for doc, (_, context) in zip(docs, pairs):
                yield (doc, context) if as_tuples else doc

    def _as_doc(self, text: str | Document) -> Document:
        return text if isinstance(text, Document) else self.make_doc(text)

    def _run_batch(self, docs: list[Document]) -> list[Document]:
        active = [i for i, d in enumerate(docs) if d.text.strip()]
        for stage in self.stages:
            batch = [docs[i] for i in active]
            for i, doc in zip(active, self._stage_pipe(stage, batch)):
                docs[i] = doc
            active = [i for i in active if not docs[i].error]
        return docs

    def _stage_pipe(self, stage: Stage, docs: list[Document]) -> list[Document]:
        batch_fn = getattr(stage, "pipe", None)
        if batch_fn is not None and docs:
            try:
                out = list(batch_fn(docs))
                if len(out) == len(docs) and all(isinstance(d, Document) for d in out):
                    return out
            except Exception:  # noqa: BLE001 - retried one by one to isolate the culprit
                pass
        return [self._run_stage(stage, doc) for doc in docs]

    def get_stage(self, name: str) -> Stage:
        for stage in self.stages:
            if stage.name == name:
                return stage
        raise KeyError(f"no stage named {name!r}; stages: {list(self.stage_names)}")


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` consecutive items (the last one may be shorter)."""
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
