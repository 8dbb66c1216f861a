"""Amounts family: money, counts, percentages, durations and measures, exactly normalised.

Runs every sub-family (``money``, ``percent``, ``durations``, ``measures``, ``counts``) over one
document and settles their overlaps in ONE place (``settle``): longer spans first, then the
more specific kind (``PRIORITY``), then the earlier start. Spans inside boilerplate
(``ctx.masked``) and spans touching a NOT-amount cue (제1회, 1차, 2단계, 2공장, 3호선, 6·25,
062-613-1234, IFA 2024, v2.1, 테헤란로 152, 101동 1203호 …; ``resources/units/qualifiers.toml``)
are dropped.

    >>> # extract(ctx) on "연간 1000만 달러, 200여개 기업, 3박5일, 12.5% 증가"
    >>> # → MONEY 10000000 USD per year · COUNT 200 개 counted 기업 approximate
    >>> # · DURATION 5 P5D nights 3 · PERCENT 12.5 %

Conventions (each documented again in its family module and data file):

- value: exact ``Decimal`` (never float), read by ``kopress.numbers``; stored in Parquet as
  decimal128(38, 6) (``schemas.arrow``): numbers ≥ 10³² or with more than 6 decimals are
  rejected (no record), so a 10,000-digit number or 999조조조 yields nothing and the document
  still comes out.
- MONEY: unit = ISO 4217 (KRW, USD, EUR, JPY, CNY …), value in that currency's units.
- COUNT: unit = the counter as written (개, 명, 곳, 개사 …; None for 두 회사 / 하나), counted =
  the noun after the counter (200여개 기업 → 기업).
- PERCENT "%", PERCENT_POINT "%p", MULTIPLE "배" (2배, 두 배 → 2).
- DURATION: value in the written unit, unit = ISO 8601 (12시간 → PT12H, 3년간 → P3Y);
  3박5일 → 5, P5D, nights 3; compounds in the smallest unit (1년 6개월 → 18, P1Y6M). Bare 3일 /
  2023년 are dates (left to the dates family, which skips our DURATION spans).
- MEASURE: normalised unit name, value as written (30평 → 30 pyeong; 영하 20도 → -20 degC;
  ages 41세 / 김모(33)씨 → unit age; 20대 → 20…29 age).
- Ranges (100억~150억 원, 100억에서 150억 원, 3~5명, 3~5억 원 = 3억~5억): value and value_max.
  "X에서 Y으로" is a change, not a range: two records (money.change_from.v1 for X).
- approximate: 약, 대략, 여 (200여개), 가량, 안팎, 내외, 남짓, 쯤, 정도, 가까이, and 대/선 glued to money
  and percentages (1만원대, 5천만원선). qualifier: one word as written (이상, 이하, 미만, 초과,
  이내, 넘게, 최대, 최소, 규모 …); when two occur the precedence list in qualifiers.toml decides.
- per: 연간/매년/연 → year, 월/매월 → month, 1인당 → person, 가구당 → household, 주당 → share,
  하루/매일 → day, 매주 → week; "(1)<unit>당" from qualifiers.toml [per_unit] (1대당 → unit,
  1개사당 → company, 1회당 → occurrence, 1㎡당 → m2, 시간당 → hour …). The denominator itself
  (1인 in 1인당, 10만명 in 10만명당, 600g당) is no amount; a denominator other than 1 sets no per.
- Sign: a minus written before a money amount or a percentage (-30억 원, 마이너스 30억 원,
  증감률 △3.1%) joins the span and negates the value (qualifiers.toml [sign]); ranges stay
  unsigned, and a △ that may be a bullet (line start, another △ inside the line) is no sign.
- Span: leading 약/최대/최소 and trailing 이상/가량/규모 are INSIDE the span; rate words
  (연간, 월, 1인당) and lead words (징역, 임기) are outside. KLUE-NER keeps 약/이상 outside (and
  여 inside): measured on KLUE train, trimming them would raise QT character precision from
  0.935 to 0.983; we keep the brief's convention and report both.
- rule_id on every record, dotted and versioned (money.korean.v1, count.native.v1 …).

Offsets index the original text.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from kopress.schemas import Amount

from .. import numbers as N
from ..resources import alternation, load_toml
from . import counts, durations, measures, money, percent
from .base import Context

#: Sub-families, in order. Each exposes ``candidates(ctx, starts) -> list[numbers.Draft]``
#: where ``starts`` are the positions a number can start at (``numbers.number_starts``); only
#: the drafts kept by ``settle`` are built (and validated) as ``Amount`` records.
FAMILIES = (money, percent, durations, measures, counts)

_SIGN = load_toml("units/qualifiers.toml")["sign"]
SIGN_WORDS: tuple[str, ...] = tuple(_SIGN["words"])
SIGN_GLYPHS = frozenset(_SIGN["glyphs"])
BULLET_GLYPHS = frozenset(_SIGN["bullet_glyphs"])
GLYPH_AFTER = frozenset(_SIGN["glyph_after"])
SIGNED_KINDS = frozenset(_SIGN["kinds"])

#: Tie-break between equally long overlapping candidates: lower wins.
PRIORITY = {"MONEY": 0, "PERCENT_POINT": 1, "PERCENT": 2, "MULTIPLE": 3, "DURATION": 4,
            "MEASURE": 5, "COUNT": 6}


def settle(cands: list) -> list:
    """Keep non-overlapping candidates (``Amount`` or ``numbers.Draft``): longest first, then by
    ``PRIORITY``, then leftmost.

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


def minus_sign_before(text: str, start: int) -> int | None:
    """Start of a minus sign written right before the number at ``start`` (qualifiers.toml
    [sign]), or None.

    >>> minus_sign_before("영업손실 -30억 원", 6), minus_sign_before("마이너스 3.1%", 5)
    (5, 0)
    >>> minus_sign_before("10-30억 원", 3), minus_sign_before("-30억 원", 1)
    (None, None)
    >>> minus_sign_before("증감률 △3.1%", 5), minus_sign_before("주요 내용은 △3.1% 성장 △2개 기관", 8)
    (4, None)
    >>> minus_sign_before("△ 영업이익 120억 원(△62.1%)", 15)
    14
    """
    if not text[start].isdigit():
        return None  # 약 30억: the span opens with a word, no sign before it
    glyph = text[start - 1]
    if glyph in SIGN_GLYPHS:
        at = start - 1
        if at == 0 or text[at - 1] not in GLYPH_AFTER:
            return None
        line_start = text.rfind("\n", 0, at) + 1
        if not text[line_start:at].strip():
            return None  # at the start of a line: a bullet or a dash
        if glyph in BULLET_GLYPHS:
            line_end = text.find("\n", start)
            line = text[line_start:len(text) if line_end < 0 else line_end].lstrip()
            if line[:1] in BULLET_GLYPHS:
                line = line[1:]  # "△ 영업이익 120억 원(△62.1%)": the line's own bullet is no conflict
            if sum(line.count(g) for g in BULLET_GLYPHS) > 1:
                return None  # △…△…: inline bullets
        return at
    for word in SIGN_WORDS:
        for gap in ("", " "):
            at = start - len(gap) - len(word)
            if at >= 0 and text.startswith(word + gap, at) and (at == 0 or not text[at - 1].isalnum()):
                return at
    return None


#: Between the two ends of a range written with the unit on both: 100만원~200만원, 2시간~3시간.
_RANGE_BETWEEN = re.compile(N.TILDE_SEP)


def _pair_ranges(text: str, kept: list[N.Draft]) -> list[N.Draft]:
    """100만원~200만원: two money amounts of one currency joined by a tilde, the first the lower, are one
    range (value … value_max), as 100만~200만원 is (money.range.v1); anything else stays two.

    >>> from kopress.extractors.base import Context
    >>> from kopress.tokenize import Analysis
    >>> [(a.text, a.value, a.value_max) for a in extract(Context(Analysis("가격은 100만원~200만원이다.", (), ())))]
    [('100만원~200만원', Decimal('1000000'), Decimal('2000000'))]
    """
    out: list[N.Draft] = []
    for d in kept:
        if d.kind == "DURATION" and d.value_max is None and d.start > 2:
            d = _duration_range(text, d, out[-1].end if out else 0)  # 3년~5년간: the lower end with its unit
        a = out[-1] if out else None
        if a is None or not _range_ends(text, a, d):
            out.append(d)
            continue
        fields = dict(a.fields, end=d.end, text=text[a.start:d.end], value_max=d.value,
                      rule_id=f"{d.kind.lower()}.range.v1")
        if d.kind == "MONEY":
            fields.update(approximate=bool(a.approximate or d.approximate), qualifier=d.qualifier or a.qualifier,
                          per=d.per)
        out[-1] = N.Draft(**fields)
    return out


def _range_ends(text: str, a: N.Draft, d: N.Draft) -> bool:
    """True when ``a`` and ``d`` are the lower and the upper end of one range: joined by a tilde, one
    kind, single values rising; money in one currency, ``a`` with no rate; durations in one ISO unit
    (PT2H, PT3H), no nights."""
    if a.kind != d.kind or a.value_max is not None or d.value_max is not None or not a.value < d.value \
            or _RANGE_BETWEEN.fullmatch(text, a.end, d.start) is None:
        return False
    if d.kind == "MONEY":
        return a.unit == d.unit and a.per is None
    if d.kind == "DURATION":
        ia, id_ = _ISO_ONE.match(a.unit or ""), _ISO_ONE.match(d.unit or "")
        return a.nights is None and d.nights is None and ia is not None and id_ is not None \
            and (ia.group(1), ia.group(3)) == (id_.group(1), id_.group(3))
    return False


#: The lower end of a duration range written with its unit before the tilde: 3년~ (in 3년~5년간); the
#: units written after digits (durations.toml [units]), not days (10일~15일 is a range of dates as often)
#: nor the legal 월.
_DURATION_LOW = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)[ ]?("
    + alternation(u for u, spec in durations.UNITS.items()
                  if not spec.get("native_only") and not spec.get("legal_only") and spec["iso"] != "D")
    + rf"){N.TILDE_SEP}$")
_ISO_ONE = re.compile(r"^(PT?)(\d+(?:\.\d+)?)([A-Z])$")


def _duration_range(text: str, d: N.Draft, floor: int) -> N.Draft:
    """3년~5년간 → one duration 3 … 5 years (duration.range.v1; the unit the ISO string of the lower
    end, as for 3~5년간); ``d`` (5년간) as it is when no lower end of the same unit stands before it, after
    the amount before it (``floor``: its end; 2시간~3시간, both amounts, are paired by _pair_ranges)."""
    m = _DURATION_LOW.search(text, max(0, floor, d.start - 12), d.start)
    iso = _ISO_ONE.match(d.unit or "")
    if m is None or iso is None or not text.startswith(m.group(2), d.start + len(iso.group(2))):
        return d  # (the unit word right after the upper end's number must be the lower end's)
    low = Decimal(m.group(1))
    if not low < d.value:
        return d
    return N.Draft(**dict(d.fields, start=m.start(), text=text[m.start():d.end], value=low, value_max=d.value,
                          unit=f"{iso.group(1)}{m.group(1)}{iso.group(3)}", rule_id="duration.range.v1"))


def _share_pair_rates(text: str, kept: list[N.Draft]) -> None:
    """톤당 2,500만원에서 3,000만원으로: the rate of the first amount of a change "A에서 B로" (same
    kind and unit) is B's too, when B has none (qualifiers.toml [per_pair])."""
    for a, b in zip(kept, kept[1:]):
        per = a.fields.get("per")
        if per is None or b.fields.get("per") is not None or a.kind != b.kind:
            continue
        if a.fields.get("unit") != b.fields.get("unit") or text[a.end:b.start] not in N.PER_PAIR_BETWEEN:
            continue
        if text.startswith(N.PER_PAIR_AFTER, b.end):
            b.fields["per"] = per


def extract(ctx: Context) -> list[Amount]:
    """Every amount in the document, one record per span, sorted by start."""
    text = ctx.text
    if not text:
        return []
    blocked = N.Blocked(text)
    starts = N.number_starts(text)  # computed once, shared by every family
    overlaps = blocked.overlaps
    denominator = N.DENOMINATOR_SUFFIX
    masked = ctx.masked if ctx.boilerplate else None  # no boilerplate: nothing is masked
    cands: list[N.Draft] = []
    for family in FAMILIES:
        for a in family.candidates(ctx, starts):
            if (masked is not None and masked(a.start, a.end)) or overlaps(a.start, a.end):
                continue
            if (denominator in text[a.end:a.end + 2] or a.kind == "COUNT") and N.is_denominator(
                    text, a.end, a.text):
                continue  # 1인당, 1㎡당, 1인 3만 원: a rate's denominator, not an amount (sets `per` after it)
            cands.append(a)
    # Amount(**fields) without the __init__ layer: the same validation, the same record
    validate = Amount.__pydantic_validator__.validate_python
    kept = settle(cands)
    if any(t in text for t in N.TILDES):
        kept = _pair_ranges(text, kept)
    _share_pair_rates(text, kept)
    for d in kept:
        by_kind = N.PER_BY_KIND.get(d.fields.get("per"))
        if by_kind and d.kind in by_kind:
            d.fields["per"] = by_kind[d.kind]  # 주당 52시간: per week, not per share
        if d.kind in SIGNED_KINDS and d.start > 0 and d.fields.get("value_max") is None:
            sign_start = minus_sign_before(text, d.start)
            if sign_start is not None and not (masked is not None and masked(sign_start, d.end)):
                d.fields.update(start=sign_start, text=text[sign_start:d.end], value=-d.fields["value"],
                                rule_id=d.fields["rule_id"].split(".")[0] + ".negative.v1")
    return [validate(d.fields) for d in kept]
