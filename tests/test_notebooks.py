"""The example notebooks run from top to bottom (nbclient); skipped without the extra."""
from __future__ import annotations

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_three_notebooks_are_committed() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01_quickstart.ipynb", "02_corpus_analysis.ipynb",
                                           "03_backends.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_executes(path) -> None:
    nbformat = pytest.importorskip("nbformat", reason="the [notebook] extra is not installed")
    nbclient = pytest.importorskip("nbclient", reason="the [notebook] extra is not installed")
    pytest.importorskip("ipykernel", reason="the [notebook] extra is not installed")
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    if path.stem == "01_quickstart":
        html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert any('dir="rtl"' in h and "ae-ent" in h for h in html)
