"""Amounts family: money, counts, percentages, durations and measures, exactly normalised.

Runs every sub-family (``money``, ``counts``, ``percent``, ``durations``, ``measures``) over one
document and settles their overlaps in ONE place (``settle``): longer spans first, then the
more specific kind (``PRIORITY``), then the earlier start. Spans inside boilerplate
(``ctx.masked``) and spans touching a NOT-amount cue (제1회, 3호선, 6·25, phone numbers,
IFA 2024 …; ``resources/units/qualifiers.toml``) are dropped.

    >>> # extract(ctx) on "매출 1000만 달러, 200여개 기업, 3박5일"
    >>> # → MONEY 10000000 USD · COUNT 200 개 (counted 기업, approximate) · DURATION 5 P5D nights 3

Span convention: leading 약/최대/최소 and trailing 이상/가량/규모 are inside the span; rate
words (연간, 월, 1인당) are not, they set ``per``. Offsets index the original text.
"""

from __future__ import annotations

import bisect
import logging

from kopress.schemas import Amount

from .. import numbers as N
from . import counts, durations, measures, money, percent
from .base import Context

log = logging.getLogger(__name__)

#: Sub-families, in order. Each exposes ``candidates(ctx, starts) -> list[Amount]`` where
#: ``starts`` are the positions a number can start at (``numbers.number_starts``).
FAMILIES = (money, percent, durations, measures, counts)

#: Tie-break between equally long overlapping candidates: lower wins.
PRIORITY = {"MONEY": 0, "PERCENT_POINT": 1, "PERCENT": 2, "MULTIPLE": 3, "DURATION": 4,
            "MEASURE": 5, "COUNT": 6}


def settle(cands: list[Amount]) -> list[Amount]:
    """Keep non-overlapping candidates: longest first, then by ``PRIORITY``, then leftmost.

    >>> a = Amount(start=0, end=3, text="3개월", kind="DURATION", value=3, unit="P3M")
    >>> b = Amount(start=0, end=2, text="3개", kind="COUNT", value=3, unit="개")
    >>> [x.text for x in settle([b, a])]
    ['3개월']
    """
    order = sorted(cands, key=lambda a: (-(a.end - a.start), PRIORITY.get(a.kind, 9), a.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Amount] = []
    for a in order:
        i = bisect.bisect_left(starts, a.start)
        if i > 0 and ends[i - 1] > a.start:
            continue
        if i < len(starts) and starts[i] < a.end:
            continue
        starts.insert(i, a.start)
        ends.insert(i, a.end)
        kept.append(a)
    kept.sort(key=lambda a: a.start)
    return kept


def extract(ctx: Context) -> list[Amount]:
    """Every amount in the document, one record per span, sorted by start."""
    text = ctx.text
    if not text:
        return []
    blocked = N.Blocked(text)
    starts = N.number_starts(text)  # computed once, shared by every family
    cands: list[Amount] = []
    for family in FAMILIES:
        for a in family.candidates(ctx, starts):
            if ctx.masked(a.start, a.end) or blocked.overlaps(a.start, a.end):
                continue
            cands.append(a)
    return settle(cands)
