"""Durations: 12시간, 3년간, 2개월, 1주일, 30분, 100일간, 3박5일, 한 달, 이틀, 1년 6개월.

Convention: ``value`` is the number in the written unit and ``unit`` its ISO 8601 duration
(12시간 → 12, "PT12H"; 3년간 → 3, "P3Y"); 3박5일 → value 5, unit "P5D", nights 3. A compound
(1년 6개월) has the value in its smallest unit (18) and the full ISO string ("P1Y6M").
Bare 3일 / 2023년 / 2주 are dates or ambiguous: they are durations only with a marker
(3일간, 3년 동안, 2주 만에, 3년째). "3개월 전/후" is left to the dates family (a relative date).
Units and markers live in ``resources/units/durations.toml``.

    >>> [(a.text, a.value, a.unit, a.nights) for a in candidates(_demo("3박5일 일정"))]
    [('3박5일', Decimal('5'), 'P5D', 3)]

Offsets index the original text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import numbers as N
from ..resources import alternation, load_toml
from .base import Context

_D = load_toml("units/durations.toml")
UNITS: dict[str, dict] = dict(_D["units"])
MARKERS: tuple[str, ...] = tuple(_D["markers"]["words"])
MARKERS_OUTSIDE = frozenset(_D["markers"]["outside"])
NATIVE_WORDS: dict[str, tuple[int, str]] = {w: (v[0], v[1]) for w, v in _D["native"].items()}
_RELATIVE_AFTER = tuple(_D["relative_after"]["words"])
LEAD_WORDS: tuple[str, ...] = tuple(_D["lead"]["words"])
LEGAL_WORDS = frozenset(_D["lead"]["legal"])
GLUED_LEADS: tuple[str, ...] = tuple(_D["lead"]["glued"])
#: 3일이 소요된다, 2년이 지나: a subject particle, then a verb of time taken or passed ([lead] takes);
#: the dates family reads it too (no date 3일 there).
TAKES_RX = re.compile(rf"(?:이|가)[ ]?(?:{alternation(_D['lead']['takes'])})")
#: 2년이 지나, 10년이 흘렀다: time passed, a duration for years and months only ([lead] passes).
_PASSES_RX = re.compile(rf"(?:이|가)[ ]?(?:{alternation(_D['lead']['passes'])})")
#: 지난 5일이 걸린, 10월 5일이: a day after a date's prefix or a month is that date, whatever follows it.
_DAY_PREFIX_RX = re.compile(r"(?:지난|오는|이번|다음|이달|지난달|다음 달|이번 달|\d월)[ ]?$")
LEAD_MAX = Decimal(_D["lead"]["max_value"])
#: 조업일수는 15일로: a noun of counted days and its particle right before a bare number of days
#: ([lead] day_counts); the dates family reads it too (no date 15일 there).
DAY_COUNT_RX = re.compile(rf"(?:{alternation(_D['lead']['day_counts'])})(?:은|는|이|가|도)?[ ]?$")
#: 0.5일 많았다, 3일 늘어난: a number of days before more or less is a difference ([lead] more_or_less).
MORE_OR_LESS_RX = re.compile(rf" (?:{alternation(_D['lead']['more_or_less'])})")

_DIGIT_UNITS = [u for u, spec in UNITS.items() if not spec.get("native_only")]
_NATIVE_UNITS = [u for u, spec in UNITS.items() if spec.get("native")]
_MARK = rf"(?P<mk>[ ]?(?:{alternation(MARKERS)}))?"
_BEFORE = rf"(?P<num>{N.NUMBER})(?:(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?(?P<yeo>[ ]?여)?[ ]?"
_NATIVE_BEFORE = rf"(?P<nat>{N.NATIVE_NUMBER})[ ]?"
#: 반 (and a half) after the unit, a word of its own: 2시간 반 동안, 1년 반 만에, 두 달 반의 (not 반도체)
_HALF = (r"(?P<half>[ ]?반(?=[^가-힣]|$|(?:의|이|을|에|은|간|째|가|도|만|이나|이다|이며|이고|으로|쯤|가량|정도)"
         r"(?![가-힣])))?")
_RX = N.compile_anchored(
    rf"(?:{_BEFORE}(?P<u>{alternation(_DIGIT_UNITS)})(?P<yeo2>여)?"
    rf"|{_NATIVE_BEFORE}(?P<nu>{alternation(_NATIVE_UNITS)}))"
    + _HALF + _MARK,
    guard=N.unit_guard((_BEFORE, alternation(_DIGIT_UNITS)), (_NATIVE_BEFORE, alternation(_NATIVE_UNITS))),
)
_NIGHTS_RX = N.compile_anchored(
    rf"(?<![0-9가-힣])(?P<n>[0-9]{{1,3}}|{N.NATIVE_NUMBER})[ ]?박[ ]?(?P<d>[0-9]{{1,3}})[ ]?일"
    + _MARK
)
_COMPOUND_RX = N.compile_anchored(
    rf"(?P<a>{N.NUMBER})[ ]?(?P<ua>년|시간|분)[ ]?(?P<b>{N.NUMBER})[ ]?(?P<ub>개월|월|분|초)" + _MARK,
    guard=N.unit_guard((rf"{N.NUMBER}[ ]?", "년|시간|분")),
)
#: 하루, 이틀 … at a word start: ``(?<![가-힣])(?P<w>…)``, each branch led by its first letter
#: (the document is searched with ``finditer``).
_NATIVE_RX = re.compile(rf"(?P<w>{N.literal_first(NATIVE_WORDS, '[가-힣]')})" + _MARK)
_RATE_AFTER = re.compile(rf"[ ]?(?:평균|최대|최소|(?:약[ ]?)?[0-9]|(?:{N.NATIVE_NUMBER})[ ])")
_RELATIVE_RX = re.compile(rf"[ ]?(?:{alternation(_RELATIVE_AFTER)})")
_LEAD_RX = re.compile(rf"(?<![가-힣])(?P<w>{alternation(LEAD_WORDS)})(?:은|는|이|가|을|를)?[ ]?$")
#: Any duration unit (and 박 of 3박5일): a number is only tried when one follows.
_UNIT_WORDS = [*UNITS, "박"]
_UNIT_RX = re.compile(alternation(_UNIT_WORDS))
_COMPOUND_PAIRS = {("년", "개월"): ("Y", "M", 12), ("년", "월"): ("Y", "M", 12), ("시간", "분"): ("H", "M", 60),
                   ("분", "초"): ("M", "S", 60)}


def iso(value: Decimal | int, designator: str, time: bool) -> str:
    """ISO 8601 duration of one component.

    >>> iso(12, "H", True), iso(3, "Y", False), iso(Decimal("1.5"), "H", True)
    ('PT12H', 'P3Y', 'PT1.5H')
    """
    return f"{'PT' if time else 'P'}{value}{designator}"


def candidates(ctx: Context, starts: list[int] | None = None) -> list[N.Draft]:
    """Every duration in ``ctx.text`` (``starts``: see money)."""
    text = ctx.text
    # only numbers with a unit within numbers.UNIT_WINDOW (starts_before), decided per match from
    # the match's own unit (UnitsAfter); the patterns' unit guards keep the other numbers cheap
    units = N.UnitsAfter(text, _UNIT_RX, _UNIT_WORDS)

    def keep(start: int, m: re.Match) -> bool:
        return units.reach(start, m.start("u") if m.group("u") is not None else m.start("nu"))

    def keep_nights(start: int, m: re.Match) -> bool:
        at = m.end("n")
        return units.reach(start, at + 1 if text[at] == " " else at)  # 박

    def keep_compound(start: int, m: re.Match) -> bool:
        return units.reach(start, m.start("ua"))

    out: list[N.Draft] = N.scan(_RX, text, lambda m: [a] if (a := _simple(text, m)) else None, starts,
                               keep=keep)
    for m in N.matches_at(_NIGHTS_RX, text, starts if "박" in text else (), keep=keep_nights):  # 3박5일 needs 박
        if not N.glued_ok(text, m.end()):
            continue
        n = m.group("n")
        nights = int(n) if n.isdigit() else N.parse_native_number(n)
        days = int(m.group("d"))
        out.append(_make(text, m.start(), _span_end(m), "duration.nights_days.v1", Decimal(days),
                         None, f"P{days}D", nights=nights))
    for m in N.matches_at(_COMPOUND_RX, text, starts, keep=keep_compound):
        if not N.glued_ok(text, m.end()) or _is_relative(text, m.end()):
            continue
        big, small, factor = _COMPOUND_PAIRS.get((m.group("ua"), m.group("ub")), (None, None, 0))
        if not big:
            continue
        if m.group("ub") == "월":  # 징역 1년6월 = 18 months; elsewhere 2년 6월 is a year and June
            lead = _LEAD_RX.search(text, max(0, m.start() - 12), m.start())
            if lead is None or lead.group("w") not in LEGAL_WORDS:
                continue
        try:
            a, b = N.parse_korean_number(m.group("a")), N.parse_korean_number(m.group("b"))
        except N.NumberError:
            continue
        time = big in ("H",) or small == "S"
        unit = f"{'PT' if time else 'P'}{a}{big}{b}{small}"
        out.append(_make(text, m.start(), _span_end(m), "duration.compound.v1", a * factor + b, None, unit))
    for m in _NATIVE_RX.finditer(text):
        end = _span_end(m) if N.glued_ok(text, m.end()) else m.end("w")
        if not N.glued_ok(text, end) or (end == m.end("w") and _RATE_AFTER.match(text, end)):
            continue  # 하루 3시간: 하루 is a rate (per day), not a duration; 나흘 동안 1천여명 is one
        word_end = m.end("w")
        if word_end < len(text) and "가" <= text[word_end] <= "힣" and any(
                mo.start == m.start() and mo.end > max(word_end, end) and mo.tag in ("NNP", "NNG")
                for mo in ctx.morphs_in(m.start(), word_end + 8)):
            continue  # 하루나 (a name), 보름달: Kiwi reads a longer noun (not 사흘간/NNG: the span's own)
        value, unit = NATIVE_WORDS[m.group("w")]
        out.append(_make(text, m.start(), end, "duration.native_word.v1", Decimal(value), None, unit))
    return out


def _simple(text: str, m: re.Match) -> N.Draft | None:
    end = m.end()
    marker = m.group("mk")
    if not N.glued_ok(text, end):
        if marker:  # the marker did not end a word (3년 만원?): retry without it
            end = m.start("mk")
            marker = None
            if not N.glued_ok(text, end):
                return None
        else:
            return None
    if m.group("num") and (N.is_bare(m.group("num")) or N.is_short_spelled(m.group("num"))):
        return None  # 만일, 천년: words
    if marker and marker.strip() in MARKERS_OUTSIDE:
        end = m.start("mk")  # 7개월 만에: the span is 7개월
    word = m.group("u") or m.group("nu")
    spec = UNITS[word]
    num = m.group("num")
    counted = spec["iso"] == "D" and not marker and (
        DAY_COUNT_RX.search(text, max(0, m.start() - 8), m.start()) is not None
        or MORE_OR_LESS_RX.match(text, end) is not None
    )  # 조업일수는 15일로, 0.5일 많았다: days counted, no day of a month
    half = m.group("half") is not None
    if half and (m.group("num2") or m.group("yeo") or m.group("yeo2")):
        return None  # 2~3년 반, 3년여 반: no one length
    if half:
        marker = marker or "반"  # a year and a half is never a date
    if spec.get("needs_marker") and not marker and not (num and len(num) <= 3) and not counted:
        return None  # bare 2023년: a date (the full rule below, decided early: most candidates)
    lead_word = None  # read only where a rule below asks for it (a day unit never does)
    if spec.get("legal_only") or (spec.get("needs_marker") and not marker and spec["iso"] != "D"):
        lead = _LEAD_RX.search(text, max(0, m.start() - 8), m.start())
        lead_word = lead.group("w") if lead else None
        if lead_word is None and text[max(0, m.start() - 3):m.start()].rstrip().endswith(GLUED_LEADS):
            lead_word = "부터"  # 2027년 1월 1일부터 3년: the length after a date
    if spec.get("legal_only") and lead_word not in LEGAL_WORDS:
        return None  # 3월 is March; 징역 8월 is eight months
    if spec.get("needs_marker") and not marker and not (
        N.trailing_bound(text, end) and m.group("num") and len(m.group("num")) <= 3
    ) and not (lead_word and spec["iso"] != "D" and m.group("num") and len(m.group("num")) <= 3) and not (
        m.group("num") and len(m.group("num")) <= 3 and (
            TAKES_RX.match(text, end) or (spec["iso"] != "D" and _PASSES_RX.match(text, end))
        ) and not (spec["iso"] == "D" and _DAY_PREFIX_RX.search(text, max(0, m.start() - 8), m.start()))
    ) and not counted:
        return None  # bare 3일 / 2023년 are dates; 3년 이상, 징역 2년, 최근 4년 are durations
    if not marker and _is_relative(text, end):
        return None  # 3개월 전, 2시간 후: relative dates belong to the dates family
    if m.group("nat"):
        value: Decimal = Decimal(N.parse_native_number(m.group("nat")))
        value_max = None
        rule = "duration.native.v1"
    else:
        value = N.parse_korean_number(m.group("num"))
        value_max = N.parse_korean_number(m.group("num2")) if m.group("num2") else None
        if value_max is not None and value_max <= value:
            return None
        rule = "duration.range.v1" if value_max is not None else "duration.number.v1"
    if half:
        value += Decimal("0.5")  # 2시간 반 = 2.5 hours (PT2.5H: ISO 8601's fraction of the last part)
    approximate = bool(m.group("yeo") or m.group("yeo2")) or bool(m.group("num") and N.is_approximate(m.group("num")))
    unit = iso(value, spec["iso"], bool(spec.get("time")))
    return _make(text, m.start(), end, rule, value, value_max, unit, approximate=approximate)


def _span_end(m: re.Match) -> int:
    """End of the span: before a marker that stays outside (만에), else the match end."""
    mk = m.group("mk")
    return m.start("mk") if mk and mk.strip() in MARKERS_OUTSIDE else m.end()


def _is_relative(text: str, end: int) -> bool:
    """3개월 전에, 2시간 후: a relative date or time follows (not a duration)."""
    m = _RELATIVE_RX.match(text, end)
    return bool(m) and N.glued_ok(text, m.end())


def _make(text: str, start: int, end: int, rule: str, value: Decimal, value_max: Decimal | None,
          unit: str, nights: int | None = None, approximate: bool = False) -> N.Draft:
    around = N.widen(text, start, end, approximate=approximate)
    return N.Draft(
        start=around.start, end=around.end, text=text[around.start:around.end], rule_id=rule,
        kind="DURATION", value=value, value_max=value_max, unit=unit, nights=nights,
        approximate=around.approximate, qualifier=around.qualifier, per=around.per,
    )


def _demo(text: str):  # doctest helper: a Context without Kiwi (durations read only the text)
    from ..tokenize import Analysis

    return Context(Analysis(text, (), ()))
