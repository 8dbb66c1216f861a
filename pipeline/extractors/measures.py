"""Measures with SI and Korean units: 30㎡, 85평, 3ha, 300km, 2만t, 100MW, 5GWh, 2ℓ, 영하 20도, 41세.

Convention: ``unit`` is the normalised unit name from ``resources/units/measures.toml`` and
``value`` the number as written in that unit (no conversion: 30평 → 30, "pyeong").
Ages (41세, 57살, and the news convention 김모(33)씨) are MEASURE with unit "age".

    >>> [(a.text, a.value, a.unit) for a in candidates(_demo("부지 3만3천㎡에 100MW 규모"))]
    [('3만3천㎡', Decimal('33000'), 'm2'), ('100MW 규모', Decimal('100'), 'MW')]

Offsets index the original text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import numbers as N
from ..resources import alternation, load_toml
from .base import Context

_M = load_toml("units/measures.toml")
UNITS: dict[str, str] = dict(_M["units"])
NEEDS_PREFIX: dict[str, list[str]] = dict(_M["needs_prefix"])
NEGATIVE_PREFIX = frozenset(_M["negative_prefix"]["words"])
AGE_UNITS = frozenset(_M["age"]["units"])
AGE_MAX = int(_M["age"]["max"])
SPEED_PREFIX: dict[str, str] = dict(_M["speed_prefix"])
_PREFIXES = sorted({p for ps in NEEDS_PREFIX.values() for p in ps} | set(SPEED_PREFIX))

_BEFORE = (rf"(?:(?<![가-힣])(?P<pre>{alternation(_PREFIXES)})[ ]?)?"
           rf"(?P<num>{N.NUMBER})(?:(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?(?P<yeo>[ ]?여)?[ ]?")
_RX = N.compile_anchored(
    rf"{_BEFORE}(?P<u>{alternation(list(UNITS) + list(NEEDS_PREFIX))})",
    prefixes=_PREFIXES,
    guard=N.unit_guard((_BEFORE, alternation(list(UNITS) + list(NEEDS_PREFIX)))),
)
#: 김모(33)씨, 딸(32)과, A(44)씨, 박모(55·여)씨, 싸이(본명 박재상·35): a bracketed age right
#: after a name (the span is the number only).
_AGE_BRACKET_RX = re.compile(
    r"\((?:(?<=[가-힣A-Z]\()|(?<=[가-힣] \()(?=[^()]{1,20}\) ?(?:씨|군|양)))"
    r"(?:[^()0-9]{1,12}[·.,] ?)?(?P<num>[0-9]{1,3})(?:[·,][^()]{1,12}|[.][^()0-9]{1,12})?\)"
    r"(?=[가-힣 ,.]|$)"
)
#: 김희숙(84) 여사, 이수빈(10)양: a person's title right after the bracket.
_TITLE_AFTER_RX = re.compile(r" ?(?:씨|군|양|여사|옹|선생)")
#: 한 살, 다섯 살: an age written with a native numeral.
_NATIVE_AGE_RX = N.compile_anchored(rf"(?P<nat>{N.NATIVE_NUMBER})[ ]?살")
DECADE_NOT_AFTER = tuple(_M["age"]["decade_not_after"])
BRACKET_AFTER = frozenset(_M["age"]["bracket_after"])
#: 20대 여성, 40대는: an age group (value 20, value_max 29, unit age).
#: 20~30대: two decades, one age group (value 20, value_max 39).
#: 20·30대: two consecutive decades joined by a middle dot (20s and 30s, value 20 … 39).
_DECADE_RX = re.compile(r"(?:(?P<lo>[1-9](?<![0-9A-Za-z.,][1-9])0)(?:[ ]?[~∼～〜-][ ]?|(?P<dot>[·ㆍ∙])))?"
                        r"(?P<num>[1-9](?<![0-9A-Za-z.,][1-9])0)대(?P<yeo>[ ]?(?:초반|중반|후반))?")
DECADE_RANK_AFTER = frozenset(_M["age"]["decade_rank_after"])
DECADE_RANK_MODIFIERS = frozenset(_M["age"]["decade_rank_modifiers"])
_DECADE_BEFORE_RX = re.compile(rf"(?:{alternation(DECADE_NOT_AFTER)})[ ]?$")
#: 30대 기업, 상위 30대: a rank (the top 30) or an ordinal (20대 국회), not an age group.
_DECADE_RANK_AFTER_RX = re.compile(
    rf" (?:{alternation(_M['age']['decade_rank_after'])})들?(?:{alternation(N.PARTICLES)})?(?![가-힣])")
_DECADE_RANK_BEFORE_RX = re.compile(rf"(?<![가-힣])(?:{alternation(_M['age']['decade_rank_before'])}) $")
_LATIN_AFTER = re.compile(r"[A-Za-z0-9²³]")
_PREFIX_RX = re.compile(alternation(_PREFIXES))
_UNIT_WORDS = list(UNITS) + list(NEEDS_PREFIX)
_UNIT_RX = re.compile(alternation(_UNIT_WORDS))


def candidates(ctx: Context, starts: list[int] | None = None) -> list[N.Draft]:
    """Every measure in ``ctx.text`` (``starts``: see money)."""
    text = ctx.text
    # the numbers with a unit within numbers.UNIT_WINDOW (starts_before, decided per match:
    # UnitsAfter) and the prefixes (영하, 시속 …)
    prefixes = frozenset(m.start() for m in _PREFIX_RX.finditer(text)) if starts is not None else frozenset()
    if prefixes:
        starts = sorted(prefixes.union(starts))
    units = N.UnitsAfter(text, _UNIT_RX, _UNIT_WORDS)

    def keep(start: int, m: re.Match, unit: str | None = "u") -> bool:
        return start in prefixes or units.reach(start, m.start(unit) if unit else m.end() - 1)

    out: list[N.Draft] = N.scan(_RX, text, lambda m: [a] if (a := _read(text, m)) else None, starts, keep=keep)
    for m in _AGE_BRACKET_RX.finditer(text):
        value = int(m.group("num"))
        if 1 <= value <= 119 and (_TITLE_AFTER_RX.match(text, m.end()) or m.start("num") > m.start() + 1
                                   or _after_person(ctx, text, m.start())):
            start, end = m.span("num")
            out.append(N.Draft(start=start, end=end, text=text[start:end], rule_id="measure.age_bracket.v1",
                              kind="MEASURE", value=Decimal(value), unit="age"))
    for m in N.matches_at(_NATIVE_AGE_RX, text, N.starts_with(starts, text, _NATIVE_AGE_RX),
                          keep=lambda start, m: keep(start, m, None)):  # the unit: 살, the last letter
        if N.glued_ok(text, m.end()):
            around = N.widen(text, m.start(), m.end())
            out.append(N.Draft(start=around.start, end=around.end, text=text[around.start:around.end],
                              rule_id="measure.age_native.v1", kind="MEASURE",
                              value=Decimal(N.parse_native_number(m.group("nat"))), unit="age",
                              approximate=around.approximate, qualifier=around.qualifier))
    for m in _DECADE_RX.finditer(text) if "0대" in text else ():  # every match holds 0대
        if not N.glued_ok(text, m.end()) or _DECADE_BEFORE_RX.search(text, max(0, m.start() - 6), m.start()):
            continue
        if m.end() < len(text) and text[m.end()] == " " and text[m.end() + 1:m.end() + 2].isdigit():
            continue  # 3대 1 (a score) is blocked elsewhere; 20대 1 likewise
        if not m.group("yeo") and (_rank_after(ctx, text, m.end())
                                   or _DECADE_RANK_BEFORE_RX.search(text, max(0, m.start() - 6), m.start())):
            continue  # 30대 기업, 상위 30대, 10대 복지정책: the top 30 / 10, not an age group
        low = high = int(m.group("num"))
        rule = "measure.age_decade.v1"
        if m.group("lo"):
            if int(m.group("lo")) >= high or (m.group("dot") and int(m.group("lo")) != high - 10):
                continue  # 30~20대: not a range; 20·40대 is two groups, not 20 … 49
            low, rule = int(m.group("lo")), "measure.age_decade_range.v1"
        out.append(N.Draft(start=m.start(), end=m.end("num") + 1, text=text[m.start():m.end("num") + 1],
                          rule_id=rule, kind="MEASURE", value=Decimal(low),
                          value_max=Decimal(high + 9), unit="age", qualifier="대"))
    return out


def _rank_after(ctx: Context, text: str, end: int) -> bool:
    """True when the noun after a decade (20대 ␣…) makes it a rank, not an age group: a word of
    measures.toml [age] decade_rank_after as the whole noun, or as the first or last part of a
    compound (Kiwi's nouns): 30대 기업, 10대 복지정책 (… 정책), 30대 재벌총수 (재벌 …) are ranks;
    30대 기업인, 30대 사업가 (one noun each) are people; one modifier may stand before the noun
    (10대 핵심 과제). Without morphemes, the word list alone.
    """
    for _ in range(2):  # a modifier first (10대 핵심 과제): the noun after it decides
        if not (end + 1 < len(text) and text[end] == " "):
            return False
        nouns = []
        for mo in ctx.morphs_in(end + 1, end + 24):
            if mo.start != (nouns[-1].end if nouns else end + 1) or mo.tag not in ("NNG", "NNP"):
                break
            nouns.append(mo)
        if not nouns:
            return not ctx.morphs and bool(_DECADE_RANK_AFTER_RX.match(text, end))
        first, last = text[nouns[0].start:nouns[0].end], text[nouns[-1].start:nouns[-1].end]
        if first in DECADE_RANK_AFTER or last in DECADE_RANK_AFTER:
            return True
        if len(nouns) > 1 or first not in DECADE_RANK_MODIFIERS:
            return False
        end = nouns[0].end
    return False


def _after_person(ctx: Context, text: str, bracket: int) -> bool:
    """True when the word before ``(`` names a person: 김모, 박씨, A, 지동원 (NNP), 딸, 환자 …"""
    end = bracket - 1 if bracket > 0 and text[bracket - 1] == " " else bracket
    if end <= 0:
        return False
    if text[end - 1] in "모씨" or "A" <= text[end - 1] <= "Z":
        return True
    word_start = end
    while word_start > 0 and "가" <= text[word_start - 1] <= "힣":
        word_start -= 1
    if text[word_start:end] in BRACKET_AFTER:
        return True
    return any(mo.tag == "NNP" for mo in ctx.morphs_in(word_start, end))


def _read(text: str, m: re.Match) -> N.Draft | None:
    word, pre = m.group("u"), m.group("pre")
    if (N.is_bare(m.group("num")) or N.is_short_spelled(m.group("num"))):
        return None  # 천m? 만세: words
    if word in NEEDS_PREFIX:
        if pre not in NEEDS_PREFIX[word]:
            return None
        unit = "degC"
    else:
        unit = UNITS[word]
    if pre in SPEED_PREFIX:
        if unit in ("km", "m"):
            unit += SPEED_PREFIX[pre]
        elif unit != "km" + SPEED_PREFIX[pre] and unit != "m" + SPEED_PREFIX[pre]:
            return None  # 시속 100km/h keeps km/h; 시속 3t is nonsense
    end = m.end()
    if word[-1].isascii() or not ("가" <= word[-1] <= "힣"):
        if end < len(text) and _LATIN_AFTER.match(text, end):
            return None
        if word[0].isascii() and word[0].isalpha() and m.start("u") > 0 and text[m.start("u") - 1] == " " \
                and len(word) <= 2:
            return None  # "5 m", "3 t": too loose with a space for one- or two-letter units
    elif not N.glued_ok(text, end):
        return None
    value = N.parse_korean_number(m.group("num"))
    value_max = N.parse_korean_number(m.group("num2")) if m.group("num2") else None
    if value_max is not None and value_max <= value:
        return None
    if unit in AGE_UNITS and (value > AGE_MAX or value_max is not None and value_max > AGE_MAX
                              or N.has_magnitude(m.group("num"))):
        return None
    if pre in NEGATIVE_PREFIX:
        value, value_max = -value, (-value_max if value_max is not None else None)
        if value_max is not None:
            value, value_max = value_max, value  # 영하 1∼2도 → -2 … -1
    start = m.start() if pre else m.start("num")
    approximate = bool(m.group("yeo")) or N.is_approximate(m.group("num"))
    around = N.widen(text, start, end, approximate=approximate)
    rule = "measure.range.v1" if value_max is not None else "measure.unit.v1"
    if unit in AGE_UNITS:
        rule = "measure.age.v1"
    return N.Draft(
        start=around.start, end=around.end, text=text[around.start:around.end], rule_id=rule,
        kind="MEASURE", value=value, value_max=value_max, unit=unit,
        approximate=around.approximate, qualifier=around.qualifier, per=around.per,
    )


def _demo(text: str):  # doctest helper: a Context without Kiwi (measures read only the text)
    from ..tokenize import Analysis

    return Context(Analysis(text, (), ()))
