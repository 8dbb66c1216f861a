"""Extractor families, run in this order on one document.

Each family module exposes ``extract(ctx) -> list[record]``; see ``base.py`` for the contract.
Later families may read what earlier ones found (deals read entities, amounts and dates).
"""

from __future__ import annotations

from . import amounts, boilerplate, dates, deals, entities
from .base import Context

__all__ = ["Context", "run_all"]


def run_all(ctx: Context) -> Context:
    """Run every family on ``ctx`` in order and store the results on it."""
    ctx.set_boilerplate(boilerplate.extract(ctx))
    ctx.amounts = amounts.extract(ctx)
    ctx.dates = dates.extract(ctx)
    ctx.entities = entities.extract(ctx)
    ctx.deals = deals.extract(ctx)
    return ctx
