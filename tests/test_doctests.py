"""The examples in docstrings (``>>>``) are tests too."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import kopress
import kopress.extractors

MODULES = sorted(
    {f"kopress.{m.name}" for m in pkgutil.iter_modules(kopress.__path__)}
    | {f"kopress.extractors.{m.name}" for m in pkgutil.iter_modules(kopress.extractors.__path__)}
    | {"kopress.schemas.arrow", "kopress.schemas.records"}
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
