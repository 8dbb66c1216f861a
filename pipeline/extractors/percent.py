"""Percentages, percentage points and multiples: 12.5%, 12.5 퍼센트, 3%p, 3~5%, 2배, 두 배.

Convention: PERCENT has unit "%" and the value as written (12.5% → 12.5); PERCENT_POINT
has unit "%p" (3%p, 3퍼센트포인트); MULTIPLE has unit "배" and the factor (2배, 두 배 → 2).
Unit spellings live in ``resources/units/percent.toml``.

    >>> [(a.text, a.value, a.unit) for a in candidates(_demo("전년 대비 12.5% 증가"))]
    [('12.5%', Decimal('12.5'), '%')]

Offsets index the original text.
"""

from __future__ import annotations

from decimal import Decimal

import re

from .. import numbers as N
from ..resources import alternation, load_toml
from .base import Context

_P = load_toml("units/percent.toml")
_SIGN = load_toml("units/qualifiers.toml")["sign"]
#: 마이너스, -, − (qualifiers.toml [sign]); △/▽ are left to amounts.extract (bullet checks).
_NEGATIVE = [*_SIGN["words"], *(g for g in _SIGN["glyphs"] if g not in _SIGN["bullet_glyphs"])]
UNITS: dict[str, tuple[str, str]] = {w: (v[0], v[1]) for w, v in _P["units"].items()}
_MULT = _P["multiple"]["words"]
_NATIVE_MULT_EXCLUDE = frozenset(_P["multiple"]["native_exclude"])
#: 5% 포인트 적립: reward points, so 포인트 is not a percentage point.
_POINT = "포인트"
_REWARD_AFTER_RX = re.compile(rf"[ ]?(?:으로|로|를|가)?[ ]?(?:{alternation(_P['reward_points']['words'])})")

_UNIT_ALT = alternation(UNITS)
_RX = N.compile_anchored(
    rf"(?P<num>{N.NUMBER})(?:(?P<u1>{_UNIT_ALT})?(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?"
    rf"[ ]?(?P<u>{_UNIT_ALT})"
)
_MULT_RX = N.compile_anchored(
    rf"(?:(?P<num>{N.NUMBER})(?:(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?|(?P<nat>{N.NATIVE_NUMBER}))"
    rf"[ ]?(?P<u>{alternation(_MULT)})"
)
_LATIN_AFTER = re.compile(r"[A-Za-z0-9]")
#: 마이너스 2.3%, -12.5%: a sign right before the number (searched with ``endpos`` = the number).
_NEGATIVE_RX = re.compile(
    rf"(?:(?<![가-힣A-Za-z0-9])(?:{alternation(w for w in _NEGATIVE if len(w) > 1)})[ ]?"
    rf"|(?<![^ (\[\n])(?:{alternation(w for w in _NEGATIVE if len(w) == 1)}))$")
_UNIT_RX = re.compile(_UNIT_ALT)
_MULT_UNIT_RX = re.compile(alternation(_MULT))


def _ends_ok(text: str, end: int, unit: str) -> bool:
    if unit[-1].isascii() or not ("가" <= unit[-1] <= "힣"):
        return not (end < len(text) and _LATIN_AFTER.match(text, end))
    return N.glued_ok(text, end, N.RANGE_SUFFIX)


#: A form field whose label gives the percent sign, the number alone after it on its line: "3. 매출액
#: 대비(%): 15.3", "지분율(%) : 51".
_LABELLED_RX = re.compile(N.FORM_FIELD_HEAD + r"[가-힣·() ]{2,16}?\(%\)"
                          r"[^\S\n]*[:：][^\S\n]*(?P<num>\d{1,3}(?:\.\d+)?)[^\S\n]*$")


def candidates(ctx: Context, starts: list[int] | None = None) -> list[N.Draft]:
    """Every percentage, point change and multiple in ``ctx.text`` (``starts``: see money)."""
    text = ctx.text
    out = N.scan(_RX, text, lambda m: _read_percent(text, m), N.starts_before(starts, text, _UNIT_RX)) + N.scan(
        _MULT_RX, text, lambda m: _read_multiple(text, m), N.starts_before(starts, text, _MULT_UNIT_RX))
    if "(%)" in text:  # 매출액 대비(%): 15.3 — the label gives the unit
        out += [N.Draft(start=m.start("num"), end=m.end("num"), text=m["num"], rule_id="percent.labelled.v1",
                        kind="PERCENT", value=Decimal(m["num"]), value_max=None, unit="%", approximate=False,
                        qualifier=None, per=None) for m in _LABELLED_RX.finditer(text)]
    return out


def _read_percent(text: str, m: re.Match) -> list[N.Draft]:
    kind, unit = UNITS[m.group("u")]
    if m.group("u1") and UNITS[m.group("u1")] != (kind, unit):
        return []
    if not _ends_ok(text, m.end(), m.group("u")):
        return []
    if m.group("num2") and m.group("sep").startswith("에서") and (changed := _change(text, m, kind, unit)):
        return changed
    if _POINT in m.group("u") and _REWARD_AFTER_RX.match(text, m.end()):
        # 5% 포인트 적립: the percentage alone (the unit before 포인트: %, 퍼센트)
        bare = m.group("u").split(_POINT)[0].rstrip()
        return [_build(text, m, *UNITS[bare], "percent", end=m.start("u") + len(bare))]
    return [_build(text, m, kind, unit, "percent")]


def _change(text: str, m: re.Match, kind: str, unit: str) -> list[N.Draft]:
    """"2.1%에서 0.5%까지 낮춘다", "12%에서 30%로": a change from one figure to another, not a range
    (it runs downward, or 으로/로 follows): two records, the first ``percent.change_from.v1``;
    [] when it is a range (10%에서 30%까지, upward)."""
    try:
        value, value2 = N.parse_korean_number(m.group("num")), N.parse_korean_number(m.group("num2"))
    except N.NumberError:
        return []
    if value2 > value and not N.CHANGE_AFTER.match(text, m.end()):
        return []
    first_end = m.end("u1") if m.group("u1") else m.end("num")
    a = N.widen(text, m.start(), first_end)
    b = N.widen(text, m.start("num2"), m.end(), range_suffix=True)
    return [
        N.Draft(start=a.start, end=a.end, text=text[a.start:a.end], rule_id="percent.change_from.v1", kind=kind,
                value=value, value_max=None, unit=unit, approximate=a.approximate or N.is_approximate(m.group("num")),
                qualifier=a.qualifier, per=a.per),
        N.Draft(start=b.start, end=b.end, text=text[b.start:b.end], rule_id="percent.number.v1", kind=kind,
                value=value2, value_max=None, unit=unit, approximate=b.approximate or N.is_approximate(m.group("num2")),
                qualifier=b.qualifier, per=b.per),
    ]


def _read_multiple(text: str, m: re.Match) -> list[N.Draft]:
    if not N.glued_ok(text, m.end()):
        return []
    if m.group("nat") and m.group("nat") in _NATIVE_MULT_EXCLUDE:
        return []
    return [_build(text, m, "MULTIPLE", "배", "multiple")]


def _build(text: str, m: re.Match, kind: str, unit: str, family: str, end: int | None = None) -> N.Draft:
    if m.group("num") and (N.is_bare(m.group("num")) or N.is_short_spelled(m.group("num"))):
        raise N.NumberError("bare magnitude word")
    if m.groupdict().get("nat"):
        value = N.parse_native_number(m.group("nat"))
        rule, value_max = f"{family}.native.v1", None
    else:
        value = N.parse_korean_number(m.group("num"))
        value_max = N.parse_korean_number(m.group("num2")) if m.group("num2") else None
        if value_max is not None and value_max <= value:
            raise N.NumberError("range does not increase")
        rule = f"{family}.range.v1" if value_max is not None else f"{family}.number.v1"
    approximate = bool(m.groupdict().get("num") and N.is_approximate(m.group("num")))
    start = m.start()
    if kind != "MULTIPLE" and value_max is None:
        sign = _NEGATIVE_RX.search(text, max(0, start - 6), start)
        if sign is not None:  # 마이너스 2.3%, -12.5%: the sign is part of the value
            start, value, rule = sign.start(), -value, f"{family}.negative.v1"
    around = N.widen(text, start, m.end() if end is None else end, range_suffix=(kind != "MULTIPLE"),
                     approximate=approximate)
    return N.Draft(
        start=around.start, end=around.end, text=text[around.start:around.end], rule_id=rule,
        kind=kind, value=value, value_max=value_max, unit=unit,
        approximate=around.approximate, qualifier=around.qualifier, per=around.per,
    )


def _demo(text: str):  # doctest helper: a Context without Kiwi (percent reads only the text)
    from ..tokenize import Analysis

    return Context(Analysis(text, (), ()))
