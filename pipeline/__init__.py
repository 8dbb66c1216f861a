"""kopress: Korean press-release extraction with exact offsets.

>>> import kopress
>>> doc = kopress.extract("㈜한빛마린은 1000만 달러 규모의 수출계약을 체결했다.")  # doctest: +SKIP

The API is imported lazily, so ``import kopress.schemas`` stays light.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "run", "nlp", "Pipeline", "PipelineConfig", "RunSummary", "__version__"]

_LAZY = {
    "extract": "api", "Pipeline": "api", "PipelineConfig": "api",
    "run": "batch", "RunSummary": "batch",
}


def nlp(reference_date: str | None = None):
    """The spaCy ``Language``: Kiwi tokenizer plus the kopress extraction component."""
    from .doc import make_nlp

    return make_nlp(reference_date)


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'kopress' has no attribute {name!r}")
