"""The notebooks run top to bottom on the corpus (their last cells assert on real figures).

Each notebook is executed with nbclient in a kernel that runs ipykernel on *this* interpreter
(the one kopress is installed in), whatever kernels the machine has registered, with its working
folder set to ``notebooks/`` as Jupyter would. Any cell error fails the test.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = ["01-quickstart.ipynb", "02-analysis.ipynb"]
CELL_TIMEOUT = 300  # seconds; the first cell that loads Kiwi takes a few
KERNEL = "kopress-test"


@pytest.fixture(scope="module")
def kernel_dirs(tmp_path_factory) -> list[str]:
    """A private kernel spec: ``python -m ipykernel_launcher`` with this very interpreter."""
    root = tmp_path_factory.mktemp("kernels")
    spec = root / KERNEL
    spec.mkdir()
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kopress (test interpreter)",
        "language": "python",
    }))
    return [str(root)]


def _load(name: str) -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK_DIR / name, as_version=4)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_stored_without_outputs(name):
    nb = _load(name)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "a notebook with no code"
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, f"{name}: cell {cell.get('id')} has outputs"
    assert (NOTEBOOK_DIR / name).stat().st_size < 100_000
    assert "assert" in code[-1].source, f"{name}: the last cell must assert on real figures"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_top_to_bottom(name, kernel_dirs, tmp_path, monkeypatch):
    # Connection files and caches under the test's folder: nothing depends on a writable HOME.
    for var, sub in (("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython")):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(var, str(tmp_path / sub))
    nb = _load(name)
    km = AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=KernelSpecManager(kernel_dirs=kernel_dirs))
    client = NotebookClient(nb, km=km, timeout=CELL_TIMEOUT, allow_errors=False,
                            resources={"metadata": {"path": str(NOTEBOOK_DIR)}})
    try:
        client.execute()  # raises CellExecutionError on the first failing cell
    finally:
        nbformat.write(nb, tmp_path / name)  # the executed copy, for a look after a failure
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    ran = [c.execution_count for c in nb.cells if c.cell_type == "code"]
    assert None not in ran and ran == sorted(ran), "every code cell ran, in order"
