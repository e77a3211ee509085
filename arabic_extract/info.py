"""What ``arabic-extract info`` prints: version, backends, whether they load, model paths."""
from __future__ import annotations

import importlib.util
import platform

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
    lines += ["", "optional packages:"]
    for pkg in OPTIONAL_PACKAGES:
        found = importlib.util.find_spec(pkg) is not None
        lines.append(f"  {pkg:<11} {'installed' if found else 'not installed'}")
    return "\n".join(lines)
