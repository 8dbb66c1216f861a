"""Extractor families, run in this order on one document.

Each family module exposes ``extract(ctx) -> list[record]``; see ``base.py`` for the contract.
Later families read what earlier ones found: deals read entities, amounts and dates, with
their ids already assigned (ent-1, amt-1, date-1 … in text order within the document).
"""

from __future__ import annotations

from operator import attrgetter

from .base import Context, with_id

__all__ = ["Context", "run_all", "assign_ids"]


def _numbered(records: list, prefix: str) -> list:
    """Copies of ``records`` in text order with ids ``prefix-1``, ``prefix-2`` …"""
    if not records:
        return []
    ordered = sorted(records, key=_start_end)
    return [with_id(r, f"{prefix}-{i}") for i, r in enumerate(ordered, 1)]


_start_end = attrgetter("start", "end")


def assign_ids(ctx: Context) -> None:
    """Number the records of each family in text order: ent-1, amt-1, date-1, bp-1."""
    ctx.set_boilerplate(_numbered(ctx.boilerplate, "bp"))
    ctx.entities = _numbered(ctx.entities, "ent")
    ctx.amounts = _numbered(ctx.amounts, "amt")
    ctx.dates = _numbered(ctx.dates, "date")


def run_all(ctx: Context) -> Context:
    """Run every family on ``ctx`` in order and store the results (with ids) on it."""
    from . import amounts, boilerplate, dates, deals, entities, quotes

    ctx.set_boilerplate(boilerplate.extract(ctx))
    ctx.amounts = amounts.extract(ctx)
    ctx.dates = dates.extract(ctx)
    ctx.entities = entities.extract(ctx)
    assign_ids(ctx)
    ctx.deals = _numbered(deals.extract(ctx), "deal")
    ctx.quotes = _numbered(quotes.extract(ctx), "q")  # speakers are linked entities
    return ctx
