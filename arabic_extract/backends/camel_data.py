"""Finding camel-tools data without network, and importing camel-tools safely.

``import camel_tools.data`` downloads a catalogue when ``$CAMELTOOLS_DATA/catalogue.json``
(default ``~/.camel_tools``) is missing.  :func:`import_camel` avoids that: when no catalogue
is there it points camel-tools, for the time of the import only, at a private directory
holding a minimal one.  Data is then always loaded by path (never by catalogue name).
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from ..errors import BackendUnavailableError, ModelNotFoundError

INSTALL = 'pip install "arabic-extract[camel]"'
MORPHOLOGY_PACKAGE = "morphology-db-msa-r13"
MLE_PACKAGE = "disambig-mle-calima-msa-r13"
NER_PACKAGE = "ner-arabert"
MORPHOLOGY_DB = ("morphology_db", "calima-msa-r13", "morphology.db")
MLE_MODEL = ("disambig_mle", "calima-msa-r13", "model.json")
NER_MODEL = ("ner", "arabert")
_MIN_CATALOGUE = {"version": "1.6", "packages": {},
                  "components": {"MorphologyDB": {"default": "x", "datasets": {}}}}


def data_dirs() -> tuple[Path, ...]:
    """Where camel-tools keeps data: ``$CAMELTOOLS_DATA`` first, then its default dir."""
    dirs = []
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        dirs.append(Path(env).expanduser())
    home = Path.home()
    dirs.append(home / "AppData/Roaming/camel_tools" if sys.platform == "win32"
                else home / ".camel_tools")
    return tuple(dirs)


def find_data(parts: tuple[str, ...]) -> Path | None:
    """``<data dir>/data/<parts>`` (camel-tools' layout) or ``<data dir>/<parts>`` in the
    first data dir that has it."""
    for base in data_dirs():
        for candidate in (base.joinpath("data", *parts), base.joinpath(*parts)):
            if candidate.exists():
                return candidate
    return None


def resolve(path: str | os.PathLike[str] | None, parts: tuple[str, ...], package: str,
            what: str) -> Path:
    """The given path (a file, or a folder holding ``parts[-1]``) or the standard location;
    :class:`ModelNotFoundError` naming the ``camel_data`` command otherwise."""
    if path is not None:
        given = Path(path).expanduser()
        if given.is_dir() and Path(parts[-1]).suffix:  # the folder of a file was given
            given = given / parts[-1]
        if given.exists():
            return given
        raise ModelNotFoundError(f"camel-tools {what} not found at {given}; get it with "
                                 f"`camel_data -i {package}` (or pass its path)")
    found = find_data(parts)
    if found is None:
        where = " or ".join(str(d.joinpath("data", *parts)) for d in data_dirs())
        raise ModelNotFoundError(
            f"camel-tools {what} not found (looked in {where}); install the extra with "
            f"{INSTALL} and the data with `camel_data -i {package}`, or set CAMELTOOLS_DATA "
            f"to the folder that holds data/{'/'.join(parts)}")
    return found


def _offline_catalogue_dir() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    target = cache / "arabic_extract" / "camel_offline"
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError:
        target = Path(tempfile.mkdtemp(prefix="arabic_extract_camel_"))
    catalogue = target / "catalogue.json"
    if not catalogue.exists():
        catalogue.write_text(json.dumps(_MIN_CATALOGUE), encoding="utf-8")
    return target


def _catalogue_present() -> bool:
    """Whether the catalogue camel-tools will read (first data dir) exists."""
    return (data_dirs()[0] / "catalogue.json").exists()


def import_camel(module: str) -> ModuleType:
    """Import a camel-tools module without letting it reach the network."""
    if importlib.util.find_spec("camel_tools") is None:
        raise BackendUnavailableError(
            f"camel-tools is not installed; install it with: {INSTALL} "
            f"(then the data: `camel_data -i {MORPHOLOGY_PACKAGE}`)")
    if "camel_tools.data" in sys.modules or _catalogue_present():
        return importlib.import_module(module)
    saved = os.environ.get("CAMELTOOLS_DATA")
    os.environ["CAMELTOOLS_DATA"] = str(_offline_catalogue_dir())
    try:
        return importlib.import_module(module)
    finally:
        if saved is None:
            del os.environ["CAMELTOOLS_DATA"]
        else:
            os.environ["CAMELTOOLS_DATA"] = saved
