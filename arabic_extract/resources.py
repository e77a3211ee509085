"""Access to the data files that ship inside the package (word lists, models)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

PACKAGE = "arabic_extract"


def data_path(*parts: str) -> Path:
    """Filesystem path of a packaged data file, e.g. ``data_path("data", "x.txt")``."""
    return Path(str(resources.files(PACKAGE).joinpath("/".join(parts))))


@lru_cache(maxsize=None)
def word_list(*parts: str) -> tuple[str, ...]:
    """Lines of a packaged word list, without comments (``#``) and blank lines."""
    lines = data_path(*parts).read_text(encoding="utf-8").splitlines()
    return tuple(s.strip() for s in lines if s.strip() and not s.lstrip().startswith("#"))
