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
