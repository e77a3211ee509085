"""Shared fixtures: repo paths, the seed articles, ../shared data (skipped when absent)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from arabic_extract.ner.builtin import BuiltinNER

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("ARABIC_EXTRACT_SHARED", ROOT.parent / "shared"))

settings.register_profile("ci", deadline=None, max_examples=150,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def assert_offsets(doc) -> None:
    """Every span of ``doc`` satisfies ``doc.text[start:end] == text``."""
    for span in doc.spans():
        assert doc.text[span.start:span.end] == span.text, span


@pytest.fixture(scope="session")
def ner() -> BuiltinNER:
    """The built-in NER stage, loaded once for the NER test modules."""
    return BuiltinNER()


def speakers_by_cue(doc) -> dict[str, str | None]:
    """Cue text → the speaker's name (or its text for an unnamed source) of each statement."""
    return {s.cue.text: s.speaker.name or s.speaker.text for s in doc.statements}


def person_texts(doc) -> list[str]:
    """The texts of the PER mentions of ``doc``, in order."""
    return [m.text for m in doc.mentions if m.label == "PER"]


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, loaded once for the whole run."""
    import arabic_extract
    return arabic_extract.load()
