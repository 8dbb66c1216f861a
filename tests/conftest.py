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


@pytest.fixture(scope="session")
def find_amount(make_ctx):
    """find_amount(sentence, span) → the Amount record whose text is ``span`` (offsets checked)."""
    from kopress.extractors import amounts

    def find(sentence: str, span: str):
        ctx = make_ctx(sentence)
        found = amounts.extract(ctx)
        for a in found:
            assert ctx.text[a.start:a.end] == a.text
        hits = [a for a in found if a.text == span]
        assert hits, f"{span!r} not in {[a.text for a in found]}"
        return hits[0]

    return find
