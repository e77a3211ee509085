"""Batch extraction: folders and corpora → records, with workers, resume and progress."""
from __future__ import annotations

from .inputs import Task, iter_tasks
from .runner import BatchSummary, extract_corpus, extract_folder, extract_to
from .writers import open_writer, read_done_ids

__all__ = ["BatchSummary", "Task", "extract_corpus", "extract_folder", "extract_to",
           "iter_tasks", "open_writer", "read_done_ids"]
