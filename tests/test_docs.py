"""The documentation site builds without warnings (mkdocs --strict)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def test_mkdocs_build_strict(tmp_path) -> None:
    pytest.importorskip("mkdocs", reason="the [docs] extra is not installed")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "-d", str(tmp_path / "site")], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").exists()


def test_every_shipped_data_file_has_its_license_written_down() -> None:
    """docs/licenses.md names each data file under a package ``data/`` directory, by
    name or by its directory's wildcard (``quotes/data/*``)."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    licenses = (root / "docs" / "licenses.md").read_text(encoding="utf-8")
    package = root / "arabic_extract"
    missing = []
    for path in sorted(package.rglob("data/*")):
        if path.is_dir() or path.name in ("README.md", "__init__.py"):
            continue
        rel = path.relative_to(package)
        if f"`{path.name}`" not in licenses and f"{rel.parent.as_posix()}/*" not in licenses \
                and f"`{rel.as_posix()}`" not in licenses:
            missing.append(rel.as_posix())
    assert not missing, f"not in docs/licenses.md: {missing}"
