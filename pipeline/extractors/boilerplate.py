"""boilerplate extractor family (placeholder until its issue lands: finds nothing)."""

from __future__ import annotations

from .base import Context


def extract(ctx: Context) -> list:
    return []
