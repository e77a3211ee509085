"""Article records → pandas DataFrames (extra ``[notebook]``)."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator

from .document import RECORD_GROUPS
from .errors import BackendUnavailableError


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise BackendUnavailableError(
            'DataFrames need pandas: pip install "arabic-extract[notebook]"') from exc
    return pandas


def _records(source: Any) -> Iterator[dict]:
    if isinstance(source, (str, os.PathLike)):
        with open(Path(source), encoding="utf-8") as handle:
            yield from (json.loads(line) for line in handle if line.strip())
    else:
        yield from source


def _entity_rows(record: dict) -> Iterator[tuple[dict, dict]]:
    for key, label in RECORD_GROUPS:
        for entity in record.get(key, ()):
            yield entity, {"article": record["id"], "entity": entity["id"], "type": label,
                           "name": entity["name"]}


def to_dataframes(records: Iterable[dict] | str | os.PathLike[str]) -> dict[str, Any]:
    """DataFrames from records or a JSONL file: ``entities`` (one row per entity),
    ``mentions`` (one per mention) and ``statements`` (one per statement)."""
    pd = _pandas()
    entities, mentions, statements = [], [], []
    for record in _records(records):
        for entity, base in _entity_rows(record):
            entities.append({**base, "mentions": len(entity["mentions"]),
                             "titles": "، ".join(entity.get("titles", ()))})
            mentions.extend({**base, **m} for m in entity["mentions"])
        statements.extend(_statement_row(record["id"], st) for st in record["statements"])
    return {"entities": pd.DataFrame(entities, columns=_ENTITY_COLS),
            "mentions": pd.DataFrame(mentions, columns=_MENTION_COLS),
            "statements": pd.DataFrame(statements, columns=_STATEMENT_COLS)}


_ENTITY_COLS = ["article", "entity", "type", "name", "mentions", "titles"]
_MENTION_COLS = ["article", "entity", "type", "name", "start", "end", "text"]
_STATEMENT_COLS = ["article", "speaker_entity", "speaker", "speaker_text", "cue", "content",
                   "kind", "via", "co_speakers", "content_start", "content_end"]


def _statement_row(article: str, st: dict) -> dict:
    speaker = st["speaker"]
    return {"article": article, "speaker_entity": speaker.get("entity"),
            "speaker": speaker.get("name"), "speaker_text": speaker.get("text"),
            "cue": st["cue"]["text"], "content": st["content"]["text"], "kind": st["kind"],
            "via": st.get("via"),
            "co_speakers": "؛ ".join(c.get("name") or c.get("text") or ""
                                     for c in st.get("co_speakers", ())),
            "content_start": st["content"]["start"],
            "content_end": st["content"]["end"]}
