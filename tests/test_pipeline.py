"""Pipeline: construction checks, bad input, error handlers, pipe, backend registry."""
from __future__ import annotations

import pytest

import arabic_extract
from arabic_extract import registry
from arabic_extract.document import Document, Mention
from arabic_extract.errors import BackendUnavailableError, PipelineConfigError, StageError
from arabic_extract.pipeline import Pipeline, record_error
from arabic_extract.tokenize import Tokenizer

from .conftest import SEEDS


class ToyNER:
    """A toy stage: every token equal to «بغداد» is a LOC mention."""

    name = "toy_ner"
    needs = frozenset({"tokens"})
    provides = frozenset({"mentions"})

    def __call__(self, doc: Document) -> Document:
        mentions = tuple(Mention(t.start, t.end, t.text, "LOC")
                         for t in doc.tokens if t.norm == "بغداد")
        return doc.replace(mentions=mentions, annotations=doc.annotations | self.provides)


class Broken:
    name = "broken"
    needs = frozenset({"tokens"})
    provides = frozenset()

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("boom")


class NotADoc(Broken):
    name = "not_a_doc"

    def __call__(self, doc: Document):  # type: ignore[override]
        return "oops"


def test_needs_are_checked_at_construction() -> None:
    with pytest.raises(PipelineConfigError, match="needs \\['tokens'\\]"):
        Pipeline([ToyNER()])
    with pytest.raises(PipelineConfigError, match="not a stage"):
        Pipeline([Tokenizer(), object()])  # type: ignore[list-item]


def test_toy_stage_runs_in_order() -> None:
    nlp = Pipeline([Tokenizer(), ToyNER()])
    doc = nlp("زار الوفد بغداد وبغداد")
    assert [m.text for m in doc.mentions] == ["بغداد"]
    assert {"tokens", "sentences", "mentions"} <= doc.annotations
    assert nlp.stage_names == ("tokenizer", "toy_ner")


@pytest.mark.parametrize("bad", [b"bytes", None, 42, ["list"]])
def test_non_str_is_a_type_error(bad) -> None:
    with pytest.raises(TypeError, match="expects the article as str"):
        arabic_extract.load()(bad)


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_text_gives_empty_document(text: str) -> None:
    doc = arabic_extract.load()(text)
    assert doc.text == text and doc.tokens == () and doc.statements == ()
    assert doc.to_dict()["error"] is None


def test_text_without_arabic_is_fine() -> None:
    doc = arabic_extract.load()("Only English here, 2025.")
    assert [t.text for t in doc.tokens][:2] == ["Only", "English"]


def test_stage_failure_raises_by_default_and_is_recorded_on_request() -> None:
    with pytest.raises(StageError, match="broken.*boom"):
        Pipeline([Tokenizer(), Broken()])("نص")
    doc = Pipeline([Tokenizer(), Broken()], on_error=record_error)("نص", id="a")
    assert doc.error == {"type": "RuntimeError", "message": "broken: boom"}
    assert doc.id == "a" and doc.tokens == ()
    with pytest.raises(StageError, match="returned str"):
        Pipeline([Tokenizer(), NotADoc()])("نص")


def test_pipe_keeps_order_and_context() -> None:
    nlp = Pipeline([Tokenizer(), ToyNER()])
    items = [(f"بغداد {i}", {"id": i}) for i in range(7)] + [("", {"id": 7})]
    out = list(nlp.pipe(items, as_tuples=True, batch_size=3))
    assert [ctx["id"] for _, ctx in out] == list(range(8))
    assert [len(doc.mentions) for doc, _ in out] == [1] * 7 + [0]
    plain = list(nlp.pipe(["بغداد", "دمشق"], batch_size=1))
    assert [len(d.mentions) for d in plain] == [1, 0]


def test_pipe_isolates_a_failing_document() -> None:
    class FailsOnX(Broken):
        name = "fails_on_x"

        def __call__(self, doc: Document) -> Document:
            if "x" in doc.text:
                raise ValueError("no x")
            return doc
    nlp = Pipeline([Tokenizer(), FailsOnX()], on_error=record_error)
    docs = list(nlp.pipe(["نص", "x نص", "نص"], batch_size=8))
    assert [d.error is None for d in docs] == [True, False, True]


def test_unknown_backend_names_the_choices() -> None:
    with pytest.raises(PipelineConfigError, match="unknown ner backend 'nope'"):
        arabic_extract.load(ner="nope")


def test_missing_backend_module_names_the_install_command() -> None:
    registry.register("ner", "ghost", "arabic_extract_ghost_module:Stage",
                      install='pip install "arabic-extract[ghost]"')
    try:
        with pytest.raises(BackendUnavailableError, match=r'pip install "arabic-extract\[ghost\]"'):
            arabic_extract.load(ner="ghost", entities=None, quotes=None)
    finally:
        registry.unregister("ner", "ghost")


def test_registered_callable_backend() -> None:
    registry.register("ner", "toy", lambda: ToyNER())
    try:
        nlp = arabic_extract.load(ner="toy", entities=None, quotes=None)
        assert [m.text for m in nlp("في بغداد").mentions] == ["بغداد"]
    finally:
        registry.unregister("ner", "toy")
    assert "toy" not in arabic_extract.list_backends("ner")


@pytest.mark.slow
def test_a_long_text_costs_about_linear_time() -> None:
    """A book-length input must not make any stage quadratic (entity and quote stages
    once compared every mention at every cue: 365k characters took six minutes)."""
    import time
    nlp = arabic_extract.load()
    seed = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    nlp(seed)  # models loaded, caches warm

    def seconds(copies: int) -> float:
        text = "\n".join([seed] * copies)
        start = time.process_time()
        doc = nlp(text)
        assert len(doc.statements) >= copies * 10  # the 14 seed statements, again and again
        return time.process_time() - start

    # CPU time of this process, the best of two runs each: on a busy machine wall time once
    # made a single 40-copy run 9x the 10-copy one while the code was linear (4.1x alone)
    short, long = min(seconds(10), seconds(10)), min(seconds(40), seconds(40))
    assert long < 8 * short  # linear: 4x; quadratic: 16x


@pytest.mark.slow
def test_one_sentence_repeated_costs_about_linear_time() -> None:
    """Thousands of statements by one speaker: one entity with thousands of mentions (the
    linker once scanned them all per mention) and a statement list scanned at every cue."""
    import time
    nlp = arabic_extract.load()
    sentence = "قال وزير الخارجية العراقي فؤاد حسين إن الوضع مستقر. "

    def seconds(copies: int) -> float:
        start = time.process_time()
        doc = nlp(sentence * copies)
        assert len(doc.statements) == copies and len(doc.entities) == 1
        return time.process_time() - start

    seconds(10)  # models loaded
    short, long = seconds(2000), seconds(8000)
    assert long < 6 * short  # linear: 4x; quadratic parts made it 7.6x


def test_one_name_word_repeated_costs_about_linear_time() -> None:
    """A run of thousands of name words is one long mention; spreading the article's names
    once tried every length up to the longest name at every word (cubic: 5,000 words took
    more than 30 s)."""
    import time
    nlp = arabic_extract.load()

    def seconds(copies: int) -> float:
        start = time.process_time()
        doc = nlp("محمد " * copies)
        assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
        return time.process_time() - start

    seconds(10)  # models loaded
    short = min(seconds(1000) for _ in range(3))  # the best of three: runs of 0.1 s are noisy
    long = min(seconds(4000) for _ in range(3))
    assert long < 8 * short  # linear: 4x; the cubic search made it about 60x
