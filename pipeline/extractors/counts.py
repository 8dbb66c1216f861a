"""Counts: a number with a counter (200여개 기업, 16명, 두 곳, 열두 개, 3~5명, 두세 명).

Convention: ``unit`` is the counter as written (개, 명, 곳, 개사 …) and ``counted`` the noun
it counts when one follows (200여개 기업 → counted 기업, value 200, approximate): modifiers
are skipped (18개 해외 공연단 → 공연단); a superlative or head-line verb leaves it empty (112만명
역대 최다, 2건 성사), and so does a counter that names its noun (18개국, 12개사).
Counters and their rules live in ``resources/units/classifiers.toml``; the noun after a
counter is read from Kiwi's morphemes (a noun followed by 하다 is a verb, not what is counted).

Offsets index the original text.
"""

from __future__ import annotations

import bisect
import operator
import re
from decimal import Decimal

from .. import numbers as N
from ..resources import alternation, load_toml
from .base import Context

_C = load_toml("units/classifiers.toml")
COUNTERS: dict[str, dict] = dict(_C["counters"])
EXCLUDED_NATIVE = frozenset(_C["exclude"]["native_forms"])
NATIVE_GLUED = frozenset(_C["exclude"]["native_glued"])
IDIOMS: tuple[str, ...] = tuple(_C["exclude"]["idioms"])
NATIVE_NOUN_MIN = int(_C["exclude"]["native_noun_min"])
NATIVE_NOUN_EXCLUDE = frozenset(_C["exclude"]["native_noun_exclude"])
NATIVE_NOUN_EXCLUDE_PREFIX = tuple(_C["exclude"]["native_noun_exclude_prefix"])
NATIVE_NOUN_EXCLUDE_SUFFIX = tuple(_C["exclude"]["native_noun_exclude_suffix"])
#: Ordinal readings per counter (classifiers.toml [ordinal]): 시리즈 1편, 7회에도, 비례대표 11번.
ORDINAL: dict[str, dict[str, tuple[str, ...]]] = {
    c: {k: tuple(v) for k, v in spec.items()} for c, spec in _C["ordinal"].items()}
NOT_COUNTED = frozenset(_C["not_counted"]["words"])
COUNTED_MODIFIERS = frozenset(_C["counted"]["modifiers"])
NOT_THE_COUNTED = frozenset(_C["counted"]["not_the_counted"])
LIST_INSTITUTIONS = frozenset(_C["counted"]["list_institutions"])
_NATIVE_COUNTERS = [c for c, spec in COUNTERS.items() if spec.get("native")]
#: Counters that are no count before a noun, except these nouns of a repeated action (1,000회 충·방전).
_REPEATED = {c: frozenset(spec["repeated"]) for c, spec in COUNTERS.items() if spec.get("repeated")}

_BEFORE = rf"(?P<num>{N.NUMBER})(?:(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?(?P<yeo>[ ]?여)?[ ]?"
_RX = N.compile_anchored(rf"{_BEFORE}(?P<c>{alternation(COUNTERS)})",
                         guard=N.unit_guard((_BEFORE, alternation(COUNTERS))))
_NATIVE_RX = N.compile_anchored(
    rf"(?:(?P<rng>{N.NATIVE_RANGE})|(?P<nat>{N.NATIVE_NUMBER}))(?P<yeo>[ ]?여)?[ ]?(?P<c>{alternation(_NATIVE_COUNTERS)})"
)
#: A native numeral before a plain noun (두 회사): Kiwi decides. A free-standing numeral is no
#: count: 하나, 둘, 셋 alone are "one of" or pronouns (정책의 하나로, 그중 하나는, 둘 다, 둘이).
_NATIVE_NOUN_RX = N.compile_anchored(
    rf"(?<![가-힣0-9A-Za-z])(?P<nat>{alternation(w for w, v in N.NATIVE.items() if v >= NATIVE_NOUN_MIN)})(?= [가-힣])"
)
_IDIOM_RX = re.compile(alternation(IDIOMS))
_NUMERAL_TAGS = frozenset({"MM", "NR"})
#: Any counter: a number is only tried when one follows within ``numbers.UNIT_WINDOW``.
_UNIT_RX = re.compile(alternation(COUNTERS))
_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH"})
_DECADES = frozenset(Decimal(10 * k) for k in range(1, 10))
#: 차량 20대, 전기버스 30대: after a machine noun a decade is a number of machines, not an age group
#: (the nouns of measures.toml [age] decade_not_after, which keep the age reading away)
_MACHINE_BEFORE_RX = re.compile(
    rf"(?:{alternation(load_toml('units/measures.toml')['age']['decade_not_after'])})[ ]?$")
_COMMA_OR_MAG = re.compile(r"[,만억조]")
_START = operator.attrgetter("start")
_LIST_DOTS = frozenset("·ㆍ∙")
_MIN_VALUE = {c: Decimal(spec.get("min_value", 0)) for c, spec in COUNTERS.items()}


def candidates(ctx: Context, starts: list[int] | None = None) -> list[N.Draft]:
    """Every count in ``ctx.text`` (``starts``: see money)."""
    text = ctx.text
    finder = _NounFinder(ctx)
    # only numbers with a counter within numbers.UNIT_WINDOW (starts_before), decided per match
    units = N.UnitsAfter(text, _UNIT_RX, COUNTERS)

    def keep(start: int, m: re.Match) -> bool:
        return units.reach(start, m.start("c"))

    out: list[N.Draft] = N.scan(_RX, text, lambda m: [a] if (a := _read(text, m, finder)) else None, starts,
                               keep=keep)
    idioms: list[tuple[int, int]] | None = None  # 한 번도, 하나같이 …: listed at the first native numeral
    for m in N.matches_at(_NATIVE_RX, text, N.starts_with(starts, text, _NATIVE_RX), keep=keep):
        if idioms is None:
            idioms = [(i.start(), i.end()) for i in _IDIOM_RX.finditer(text)]
        if any(s <= m.start() < e for s, e in idioms):
            continue
        a = _read_native(text, m, finder)
        if a is not None:
            out.append(a)
    for m in N.matches_at(_NATIVE_NOUN_RX, text, N.starts_with(starts, text, _NATIVE_NOUN_RX)):  # 두 회사
        if idioms is None:
            idioms = [(i.start(), i.end()) for i in _IDIOM_RX.finditer(text)]
        if any(s <= m.start() < e for s, e in idioms):
            continue
        a = _read_native_noun(text, m, finder)
        if a is not None:
            out.append(a)
    return out


def _read_native_noun(text: str, m: re.Match, finder: "_NounFinder") -> N.Draft | None:
    """두 회사 → COUNT 2 (unit None, counted 회사; Kiwi must tag the numeral MM/NR)."""
    word = m.group("nat")
    if finder.tag_at(m.start(), m.end()) not in _NUMERAL_TAGS:
        return None
    if word not in N.NATIVE or N.NATIVE[word] < NATIVE_NOUN_MIN:
        return None
    if not (m.end() + 1 < len(text) and text[m.end()] == " "):
        return None
    noun = finder.noun_at(m.end() + 1)
    if noun is None or noun in COUNTERS or noun in NATIVE_NOUN_EXCLUDE or any(
            noun.startswith(w) for w in NATIVE_NOUN_EXCLUDE_PREFIX) or noun.endswith(NATIVE_NOUN_EXCLUDE_SUFFIX):
        return None
    value, end, counted, rule = N.NATIVE[word], m.end() + 1 + len(noun), noun, "count.native_noun.v1"
    return N.Draft(start=m.start(), end=end, text=text[m.start():end], rule_id=rule, kind="COUNT",
                  value=Decimal(value), unit=None, counted=counted)


def _read(text: str, m: re.Match, finder: "_NounFinder") -> N.Draft | None:
    counter = m.group("c")
    spec = COUNTERS[counter]
    if spec.get("native_only"):
        return None
    num, num2 = m.group("num"), m.group("num2")
    if N.is_bare(num) or N.is_short_spelled(num):
        return None  # 만기, 경기, 조건, 천장, 구조자: words
    if spec.get("shares") and not _COMMA_OR_MAG.search(num2 or num):
        return None  # 2주 is two weeks; 100만 주 / 1,000주 are shares
    value = N.parse_korean_number(num)
    value_max = N.parse_korean_number(num2) if num2 else None
    if value_max is not None:
        mag = N.last_magnitude(num2)
        if mag is not None and not N.has_magnitude(num):
            value = N.scale(value, mag, num)  # 3~5만 명 = 3만~5만 명
        if value_max <= value:
            return None
    if value < _MIN_VALUE[counter]:
        return None
    if spec.get("not_decades") and value in _DECADES and not _MACHINE_BEFORE_RX.search(
            text, max(0, m.start() - 7), m.start()):
        return None  # 20대 = in their twenties (차량 20대: twenty vehicles)
    if counter in ORDINAL and value_max is None and _is_ordinal(text, m.start(), m.end(), ORDINAL[counter]):
        return None  # 시리즈 1편, 7회에도, 비례대표 11번: an ordinal or a label, not a count
    approximate = bool(m.group("yeo")) or N.is_approximate(num) or bool(num2 and N.is_approximate(num2))
    rule = "count.range.v1" if value_max is not None else "count.counter.v1"
    return _finish(text, m.start(), m.end(), counter, spec, value, value_max, approximate, rule, finder)


def _is_ordinal(text: str, start: int, end: int, spec: dict[str, tuple[str, ...]]) -> bool:
    """True when the digit count [start, end) reads as an ordinal (classifiers.toml [ordinal]).

    >>> o = ORDINAL["회"]
    >>> _is_ordinal("시청률은 7회에도 올랐다", 5, 7, o), _is_ordinal("8회까지 방송된다", 0, 2, o)
    (True, True)
    >>> _is_ordinal("최대 3회까지 신청한다", 3, 5, o), _is_ordinal("연 3회 열린다", 2, 4, o)
    (False, False)
    """
    if any(text.startswith(w, end) for w in spec["after"]):
        return True
    if start > 1 and text[start - 1] == " " and any(
            text.endswith(w, 0, start - 1) and (start - 1 - len(w) == 0 or not text[start - 2 - len(w)].isalnum())
            for w in spec["before"]):
        return True
    if any(text.startswith(w, end) for w in spec["after_unless_bounded"]):
        around = N.widen(text, start, end)
        return not (around.qualifier or around.per or around.approximate or around.start < start)
    return False


def _read_native(text: str, m: re.Match, finder: "_NounFinder") -> N.Draft | None:
    counter = m.group("c")
    spec = COUNTERS[counter]
    surface = text[m.start():m.end()]
    if surface in EXCLUDED_NATIVE:
        return None
    if text[m.start("c") - 1] != " " and counter not in NATIVE_GLUED:
        return None  # 세종, 한장: words, not 세 + 종
    if m.group("rng"):
        low, high = N.NATIVE_RANGES[m.group("rng")]
        value, value_max, rule = Decimal(low), Decimal(high), "count.native_range.v1"
    else:
        value, value_max, rule = Decimal(N.parse_native_number(m.group("nat"))), None, "count.native.v1"
    if spec.get("native_adnominal"):
        spec = {**spec, "adnominal": True}
    return _finish(text, m.start(), m.end(), counter, spec, value, value_max, bool(m.group("yeo")), rule, finder)


def _finish(text: str, start: int, end: int, counter: str, spec: dict, value: Decimal,
            value_max: Decimal | None, approximate: bool, rule: str,
            finder: "_NounFinder") -> N.Draft | None:
    if not N.glued_ok(text, end):
        return None
    if end < len(text) and "가" <= text[end] <= "힣" and finder.noun_spans_beyond(end - len(counter), end):
        return None  # 한 개인 (an individual), 두 명령: Kiwi reads a longer noun, not the counter
    around = N.widen(text, start, end, approximate=approximate)
    counted = None
    if around.end == end and end + 1 < len(text) and text[end] == " " and "가" <= text[end + 1] <= "힣":
        noun = finder.noun_at(end + 1)
        if noun is not None:
            if not spec.get("adnominal"):
                counted = _counted(text, end + 1, noun, finder) if counter in _REPEATED else None
                if counted is None or counted not in _REPEATED[counter]:
                    if not (around.per and spec.get("rate_counts")):
                        return None  # 3대 도시, 4번 타자, 10회 대회: a rank or a group, not a count
                    counted = None  # 하루 20회 셔틀버스를 운행: times a day (the bus is not what is counted)
            elif not spec.get("names_counted"):
                counted = _counted(text, end + 1, noun, finder)
    return N.Draft(
        start=around.start, end=around.end, text=text[around.start:around.end], rule_id=rule,
        kind="COUNT", value=value, value_max=value_max, unit=counter, counted=counted,
        approximate=around.approximate, qualifier=around.qualifier, per=around.per,
    )


def _counted(text: str, pos: int, noun: str, finder: "_NounFinder") -> str | None:
    """The counted noun from ``noun`` at ``pos``: modifiers skipped, superlatives and head-line
    predicates give none (``classifiers.toml`` [counted]).

    18개 해외 공연단 → 공연단; 두 차례 긴급 회의 → 회의; 112만명 역대 최다 → None; 2건 성사 → None;
    226개 시·군·구 → 시·군·구 (nouns joined by a middle dot are counted together); 12개 시·도 교육청 →
    시·도 교육청 (an institution of each listed unit, classifiers.toml list_institutions).
    """
    for _ in range(2):
        if noun not in COUNTED_MODIFIERS:
            break
        nxt = pos + len(noun)
        if not (nxt + 1 < len(text) and text[nxt] == " "):
            break
        head = finder.noun_at(nxt + 1)
        if head is None:
            break  # 해외 + a non-noun: the modifier stays
        pos, noun = nxt + 1, head
    if noun in NOT_THE_COUNTED:
        return None
    from . import places  # places reads the entity lexicons: imported on first use

    if places.kind_of(noun) is not None:
        return None  # 필리핀인 5명 인도네시아 23명, 13억 명 중국에서: a listed or named place, not what is counted
    end = pos + len(noun)
    listed = False
    while end + 1 < len(text) and text[end] in _LIST_DOTS:  # 226개 시·군·구: the whole list is counted
        nxt = finder.noun_at(end + 1)
        if nxt is None:
            break
        end += 1 + len(nxt)
        listed = True
    if listed and end + 1 < len(text) and text[end] == " ":  # 12개 시·도 교육청: one office per province
        nxt = finder.noun_at(end + 1)
        if nxt in LIST_INSTITUTIONS:
            end += 1 + len(nxt)
    return text[pos:end]


class _NounFinder:
    """The noun (run of NNG/NNP morphemes) starting exactly at a position, from Kiwi's analysis."""

    def __init__(self, ctx: Context) -> None:
        self.text = ctx.text
        self.morphs = ctx.morphs  # sorted by start: looked up by bisect on the start, no index built

    def tag_at(self, start: int, end: int) -> str | None:
        """Tag of the morpheme spanning exactly [start, end), if any."""
        if not self.morphs:
            return None
        i = bisect.bisect_left(self.morphs, start, key=_START)
        while i < len(self.morphs) and self.morphs[i].start == start:
            if self.morphs[i].end == end:
                return self.morphs[i].tag
            i += 1
        return None

    def noun_spans_beyond(self, start: int, end: int) -> bool:
        """True when Kiwi has a noun starting at ``start`` that runs past ``end`` (개인 over 개)."""
        if not self.morphs:
            return False
        i = bisect.bisect_left(self.morphs, start, key=_START)
        while i < len(self.morphs) and self.morphs[i].start == start:
            mo = self.morphs[i]
            if mo.end > end and mo.tag in _NOUN_TAGS:
                return True
            i += 1
        return False

    def noun_at(self, pos: int) -> str | None:
        """``기업`` for ``200여개 기업이`` at the position of 기; None when no noun starts there."""
        if not self.morphs:
            return None
        i = bisect.bisect_left(self.morphs, pos, key=_START)
        end = None
        while i < len(self.morphs) and self.morphs[i].start < pos + 40:
            mo = self.morphs[i]
            if end is None:
                if mo.start != pos or mo.tag not in _NOUN_TAGS:
                    return None
                end = mo.end
            elif mo.start == end and (mo.tag in _NOUN_TAGS or (mo.tag == "XSN" and mo.form != "들")):
                end = mo.end  # 출전 + 자 → 출전자
            elif mo.start == end and mo.tag in ("XSV", "XSA"):
                return None  # 방문했다: a verb, not the counted noun
            else:
                break
            i += 1
        if end is None:
            return None
        noun = self.text[pos:end]
        return None if noun in NOT_COUNTED else noun
