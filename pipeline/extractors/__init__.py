"""Extractor families, run in this order on one document.

Each family module exposes ``extract(ctx) -> list[record]``; see ``base.py`` for the contract.
Later families read what earlier ones found: deals read entities, amounts and dates, with
their ids already assigned (ent-1, amt-1, date-1 … in text order within the document).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from .base import Context, with_id

__all__ = ["Context", "run_all", "assign_ids", "steps"]


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


@lru_cache(maxsize=1)
def steps() -> tuple[tuple[str, Callable[[Context], None]], ...]:
    """The stages of ``run_all`` in order, by name: ``bench/extraction_cost.py`` times each."""
    from . import amounts, boilerplate, dates, deals, entities, quotes

    def _boilerplate(ctx: Context) -> None:
        ctx.set_boilerplate(boilerplate.extract(ctx))

    def _amounts(ctx: Context) -> None:
        ctx.amounts = amounts.extract(ctx)

    def _dates(ctx: Context) -> None:
        ctx.dates = dates.extract(ctx)

    def _entities(ctx: Context) -> None:
        ctx.entities = entities.extract(ctx)

    def _deals(ctx: Context) -> None:
        ctx.deals = _numbered(deals.extract(ctx), "deal")

    def _quotes(ctx: Context) -> None:
        ctx.quotes = _numbered(quotes.extract(ctx), "q")  # speakers are linked entities

    return (("boilerplate", _boilerplate), ("amounts", _amounts), ("dates", _dates),
            ("entities", _entities), ("ids", assign_ids), ("deals", _deals), ("quotes", _quotes))


def run_all(ctx: Context) -> Context:
    """Run every family on ``ctx`` in order and store the results (with ids) on it."""
    for _, step in steps():
        step(ctx)
    return ctx
