"""Shared fixtures: one Kiwi per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kopress.extractors.base import Context
from kopress.tokenize import default_tokenizer

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def tokenizer():
    return default_tokenizer()


@pytest.fixture(scope="session")
def make_ctx(tokenizer):
    """make_ctx(text, reference_date=None) → a Context with Kiwi's analysis of ``text``."""

    def build(text: str, reference_date: dt.date | str | None = None, **kw) -> Context:
        if isinstance(reference_date, str):
            reference_date = dt.date.fromisoformat(reference_date)
        return Context(tokenizer.analyse(text), reference_date=reference_date, **kw)

    return build
