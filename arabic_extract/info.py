"""What ``arabic-extract info`` prints: version, backends, whether they load, model paths."""
from __future__ import annotations

import importlib.util
import platform
from pathlib import Path

from . import __version__
from .registry import list_backends
from .resources import data_path

OPTIONAL_PACKAGES = ("camel_tools", "stanza", "torch", "dask", "pandas")


def _module_status(target: str) -> str:
    module = target.partition(":")[0]
    if module.startswith("<"):
        return "registered callable"
    try:
        found = importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        found = False
    return "available" if found else "not built"


def describe() -> str:
    lines = [f"arabic-extract {__version__} (Python {platform.python_version()})",
             f"package data: {data_path()}", "", "backends:"]
    for kind, specs in list_backends().items():
        for name, spec in specs.items():
            extra = f"  [install: {spec.install}]" if spec.install else ""
            lines.append(f"  {kind:<11} {name:<8} {_module_status(spec.target):<12} "
                         f"{spec.description}{extra}")
    lines += ["", "models:", *_model_lines(), "", "optional packages:"]
    for pkg in OPTIONAL_PACKAGES:
        found = importlib.util.find_spec(pkg) is not None
        lines.append(f"  {pkg:<11} {'installed' if found else 'not installed'}")
    return "\n".join(lines)


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:.1f} MB" if path.exists() else "missing"


def _model_lines() -> list[str]:
    """Where the shipped models and the optional backends' data live (nothing is loaded)."""
    from .backends.camel_data import data_dirs
    from .backends.stanza import resources_dir
    from .morphology.builtin import DEFAULT_MODEL
    from .ner.builtin import default_model_path
    shipped = [("morphology builtin", DEFAULT_MODEL), ("ner builtin", default_model_path())]
    lines = [f"  {name:<20} {path}  ({_size(path)})" for name, path in shipped]
    camel = ", ".join(str(d) for d in data_dirs())
    lines.append(f"  {'camel data':<20} {camel}  ($CAMELTOOLS_DATA first)")
    lines.append(f"  {'stanza models':<20} {resources_dir()}  ($STANZA_RESOURCES_DIR)")
    return lines
