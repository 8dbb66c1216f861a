"""kopress: Korean press-release extraction with exact offsets.

>>> import kopress
>>> doc = kopress.extract("㈜한빛마린은 1000만 달러 규모의 수출계약을 체결했다.")  # doctest: +SKIP
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Pipeline, PipelineConfig, extract  # noqa: E402
from .batch import RunSummary, run  # noqa: E402


def nlp():
    """The spaCy ``Language``: Kiwi tokenizer plus the kopress extraction component."""
    from .doc import make_nlp

    return make_nlp()


__all__ = ["extract", "run", "nlp", "Pipeline", "PipelineConfig", "RunSummary", "__version__"]
