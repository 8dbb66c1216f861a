"""Money amounts: 3억원, 1000만 달러, $1.2 billion, 미화 5천만 달러, 100억~150억 원.

Convention: ``unit`` is the ISO 4217 code, ``value`` is in that currency's units
(1000만 달러 → 10000000 USD). Currency words and symbols live in
``resources/units/currencies.toml``; number grammar in ``kopress.numbers``.

    >>> [(a.text, a.value, a.unit) for a in candidates(_demo("수출액은 1000만 달러였다."))]
    [('1000만 달러', Decimal('10000000'), 'USD')]

Offsets index the original text.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .. import numbers as N
from ..resources import alternation, load_toml
from .base import Context

_CUR = load_toml("units/currencies.toml")
SUFFIX: dict[str, str] = dict(_CUR["suffix"])
PREFIX: dict[str, str] = dict(_CUR["prefix"])
UNSAFE: frozenset[str] = frozenset(_CUR["unsafe"]["words"])
ISO: dict[str, str] = {c: _CUR["iso_alias"].get(c, c) for c in _CUR["iso"]["codes"]}
#: Prefix words (not symbols): they join the span only when no suffix currency follows.
_PREFIX_WORDS = frozenset(p for p in PREFIX if re.fullmatch(r"[가-힣]+", p))

#: One-character numbers read as money (만 원, 천 원, 백만 원 has a coefficient anyway).
_BARE_OK = frozenset(_CUR["bare_numbers"]["words"])

_ISO_ALT = alternation(ISO)
_RX = N.compile_anchored(
    rf"(?:(?P<pre>{alternation(PREFIX)}|(?<![A-Za-z])(?:{_ISO_ALT})(?=[ ]?[0-9]))[ ]?)?"
    rf"(?P<num>{N.NUMBER})(?:(?P<sep>{N.RANGE_SEP})(?P<num2>{N.NUMBER}))?"
    rf"(?:[ ]?(?P<eng>{N.ENGLISH_MAGNITUDE}))?"
    rf"(?P<yeo>[ ]?여)?"
    rf"(?:[ ]?(?P<cur>{alternation(SUFFIX)}|(?:{_ISO_ALT})(?![A-Za-z])))?",
    prefixes=list(PREFIX) + list(ISO),
)
_BARE = _CUR["bare_magnitude"]
BARE_UNIT: str = _BARE["unit"]
_BARE_MAG_RX = re.compile(f"(?<=[0-9십백천])(?:{alternation(_BARE['magnitudes'])})")
_BARE_PARTICLE = f"(?:{alternation(_BARE['particles'])})?"
_BARE_VERB_RX = re.compile(rf"{_BARE_PARTICLE} (?:{alternation(_BARE['verbs'])})")
_BARE_NOUN_RX = re.compile(rf"(?<![가-힣])(?:{alternation(_BARE['nouns_before'])}){_BARE_PARTICLE} $")
#: 국비 4억, 도비 3억 (no 원 in the release): public funds and budgets before a bare number
_FUND_RX = re.compile(alternation([*_BARE["public_funds"], *_BARE["budgets"]]))
_FUND_MAG_RX = re.compile(f"(?<=[0-9십백천])(?:{alternation(_BARE['fund_magnitudes'])})")
_PUBLIC_FUND_RX = re.compile(rf"(?<![가-힣])(?:{alternation(_BARE['public_funds'])}){_BARE_PARTICLE} $")
_BUDGET_RX = re.compile(rf"(?<![가-힣])(?:{alternation(_BARE['budgets'])}){_BARE_PARTICLE} $")
#: Other currencies written in words or symbols (one-letter Hangul words such as 동, 엔, 불 are
#: too common inside words to count).
_FOREIGN_RX = re.compile(alternation(
    [w for w, iso in (*SUFFIX.items(), *PREFIX.items()) if iso != BARE_UNIT and (len(w) > 1 or not "가" <= w <= "힣")]
    + [c for c in ISO if c != BARE_UNIT]))
_PREFIX_RX = re.compile(f"{alternation(PREFIX)}|{_ISO_ALT}")
_UNIT_RX = re.compile(f"{alternation(SUFFIX)}|{_ISO_ALT}")
_LATIN_AFTER = re.compile(r"[A-Za-z0-9]")


def _currency(m: re.Match) -> tuple[str | None, bool]:
    """ISO code of a match (None when there is none or prefix and suffix disagree) and
    whether it is a Latin currency (symbol or ISO code, which allows English magnitudes)."""
    pre, cur = m.group("pre"), m.group("cur")
    pre_iso = (PREFIX.get(pre) or ISO.get(pre)) if pre else None
    cur_iso = (SUFFIX.get(cur) or ISO.get(cur)) if cur else None
    if pre_iso and cur_iso and pre_iso != cur_iso:
        return None, False
    latin = bool((pre and pre not in _PREFIX_WORDS) or (cur and cur in ISO))
    return (cur_iso or pre_iso), latin


def _record(text: str, start: int, end: int, rule: str, value: Decimal, unit: str,
            value_max: Decimal | None = None, approximate: bool = False,
            range_suffix: bool = True) -> N.Draft:
    around = N.widen(text, start, end, range_suffix=range_suffix, approximate=approximate)
    return N.Draft(
        start=around.start, end=around.end, text=text[around.start:around.end], rule_id=rule,
        kind="MONEY", value=value, value_max=value_max, unit=unit,
        approximate=around.approximate, qualifier=around.qualifier, per=around.per,
    )


#: A form field whose label gives the currency, the number alone after it on its line: "2. 계약금액(원):
#: 12,345,678,900" (a disclosure), "투자금액(억원) : 120"; the unit words and their multipliers are
#: currencies.toml [labelled].
_LABELLED_UNITS = {word: (int(factor), code) for word, (factor, code) in _CUR["labelled"].items()}
_LABELLED_RX = re.compile(N.FORM_FIELD_HEAD + rf"[가-힣·() ]{{2,16}}?\((?P<u>{alternation(_LABELLED_UNITS)})\)"
                          r"[^\S\n]*[:：][^\S\n]*(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[^\S\n]*$")


def _labelled(text: str) -> list[N.Draft]:
    """The sums of form fields whose label gives the currency (계약금액(원): 12,345,678,900 → 12,345,678,900
    won; 투자금액(억원): 120 → 120×10⁸ won): the number is the span."""
    out = []
    for m in _LABELLED_RX.finditer(text):
        factor, unit = _LABELLED_UNITS[m["u"]]
        s, e = m.start("num"), m.end() - (len(m.group()) - len(m.group().rstrip()))
        value = Decimal(text[s:e].replace(",", "")) * factor
        out.append(N.Draft(start=s, end=e, text=text[s:e], rule_id="money.labelled.v1", kind="MONEY", value=value,
                           value_max=None, unit=unit, approximate=False, qualifier=None, per=None))
    return out


def candidates(ctx: Context, starts: list[int] | None = None) -> list[N.Draft]:
    """Every money phrase in ``ctx.text`` (overlaps are settled by ``amounts.extract``).

    ``starts``: where numbers may start (``numbers.number_starts``); None scans everything.
    """
    text = ctx.text
    bare_starts = N.starts_before(starts, text, _BARE_MAG_RX) if ("억" in text or "조" in text) else []
    fund_starts = N.starts_before(starts, text, _FUND_MAG_RX) if _FUND_RX.search(text) else []
    starts = N.merge_starts(N.starts_before(starts, text, _UNIT_RX), text, _PREFIX_RX)
    out = N.scan(_RX, text, lambda m: _read(text, m, ctx) if (m.group("pre") or m.group("cur")) else None,
                 starts)
    # 1,200억 투입: a number ending in 억/조 without a currency is won only in a document that
    # writes its money in won (one amount with 원 or ₩) and names no other currency
    won = {d.fields["value"] for d in out if d.fields["unit"] == BARE_UNIT}
    foreign = None  # searched on first need
    if bare_starts != [] and won and not (foreign := bool(_FOREIGN_RX.search(text))):
        taken = [(d.start, d.end) for d in out]
        out += [d for d in N.scan(_RX, text, lambda m: None if (m.group("pre") or m.group("cur"))
                                  else _read_bare(text, m, won), bare_starts)
                if not any(s < d.end and d.start < e for s, e in taken)]
    if fund_starts != []:  # 국비 4억, 도비 3억: won with no 원 written anywhere
        if foreign is None:
            foreign = bool(_FOREIGN_RX.search(text))
        taken = [(d.start, d.end) for d in out]
        out += [d for d in N.scan(_RX, text, lambda m: None if (m.group("pre") or m.group("cur"))
                                  else _read_fund(text, m, foreign), fund_starts)
                if not any(s < d.end and d.start < e for s, e in taken)]
    if "):" in text or ") :" in text or ")：" in text:
        out += _labelled(text)
    return out


def _read_fund(text: str, m: re.Match, foreign: bool) -> list[N.Draft] | None:
    """국비 4억 → 400000000 KRW: a number ending in 억/조/만 without a currency after public funds
    (국비, 도비, 시비 …: always won), or after a budget (예산, 사업비) in a release that names no
    other currency (``foreign`` False); currencies.toml [bare_magnitude] public_funds, budgets.

    >>> [(a.text, a.value) for a in candidates(_demo("국비 4억, 도비 2억5000만을 확보했다."))]
    [('4억', Decimal('400000000')), ('2억5000만', Decimal('250000000'))]
    >>> [(a.text, a.value) for a in candidates(_demo("예산 3억을 편성했다."))]
    [('3억', Decimal('300000000'))]
    >>> [a.text for a in candidates(_demo("예산 3억을 들여 100만 달러어치를 산다."))]
    ['100만 달러']
    >>> candidates(_demo("조회수 4억을 넘었다. 국비로 5억명에게"))
    []
    """
    num = m.group("num")
    if m.group("num2") or m.group("eng") or m.group("yeo") or N.is_bare(num) or not num[0].isdigit():
        return None
    end = m.end("num")
    if not _FUND_MAG_RX.match(text, end - 1) or not N.glued_ok(text, end):
        return None
    lo = max(0, m.start() - 12)
    if not (_PUBLIC_FUND_RX.search(text, lo, m.start()) or (not foreign and _BUDGET_RX.search(text, lo, m.start()))):
        return None
    return [_record(text, m.start(), end, "money.fund.v1", N.parse_korean_number(num), BARE_UNIT,
                    approximate=N.is_approximate(num))]


def _read_bare(text: str, m: re.Match, won: set[Decimal] | None = None) -> list[N.Draft] | None:
    """1,200억 투입 → 120000000000 KRW: a won amount without 원 after a money noun (매출 3천억을),
    or before a money verb when the document also writes the same value in won (a headline's
    1,200억 투입 over a body's 1,200억 원을 투입: 80억 투자하겠다 alone may be dollars);
    currencies.toml [bare_magnitude]. ``candidates`` asks only in a document that writes
    other amounts in won (``won``: their values) and names no other currency.

    >>> [(a.text, a.value) for a in candidates(_demo("신공장에 1,200억 투입. 총 1,200억 원이 든다."))]
    [('1,200억 원', Decimal('120000000000')), ('1,200억', Decimal('120000000000'))]
    >>> [(a.text, a.value) for a in candidates(_demo("매출 3천억을 달성했다. 이익은 500억 원이다."))]
    [('500억 원', Decimal('50000000000')), ('3천억', Decimal('300000000000'))]
    >>> candidates(_demo("80억 투자하겠다고 말했다. 벌금은 300만원이다."))[1:]  # maybe dollars
    []
    >>> candidates(_demo("조회수 1억을 넘었다. 상금은 1억 원이다."))[1:]
    []
    >>> [(a.text, a.unit) for a in candidates(_demo("1억 달러를 투자하고 2억 원과 3억 투입"))]
    [('1억 달러', 'USD'), ('2억 원', 'KRW')]
    """
    num = m.group("num")
    if m.group("num2") or m.group("eng") or m.group("yeo") or N.is_bare(num) or not num[0].isdigit():
        return None
    end = m.end("num")
    if not _BARE_MAG_RX.match(text, end - 1):
        return None
    value = N.parse_korean_number(num)
    if not (_BARE_NOUN_RX.search(text, max(0, m.start() - 12), m.start())
            or (_BARE_VERB_RX.match(text, end) and (won is None or value in won))):
        return None
    return [_record(text, m.start(), end, "money.bare_magnitude.v1", value, BARE_UNIT,
                    approximate=N.is_approximate(num))]


def _read(text: str, m: re.Match, ctx: Context | None = None) -> list[N.Draft]:
    unit, latin = _currency(m)
    if unit is None:
        return []
    num, num2, eng, cur = m.group("num"), m.group("num2"), m.group("eng"), m.group("cur")
    if eng and not latin:
        return []
    if N.is_bare(num) and num not in _BARE_OK:
        return []  # 조원, 경원: names, not 1조 원
    if eng and (N.has_magnitude(num) or (num2 and N.has_magnitude(num2))):
        return []
    if cur in UNSAFE and not m.group("pre") and not N.has_magnitude(num2 or num):
        return []
    end = m.end()
    if cur:
        if cur[-1].isascii():
            if end < len(text) and _LATIN_AFTER.match(text, end):
                return []
        elif not N.glued_ok(text, end, N.RANGE_SUFFIX):
            return []
        elif ctx is not None and end < len(text) and "가" <= text[end] <= "힣" and any(
                mo.start == m.start("cur") and mo.end > end and mo.tag in ("NNG", "NNP")
                for mo in ctx.morphs_in(m.start("cur"), end + 8)):
            return []  # 3불가 (불가 = impossible), 5원가: Kiwi reads a longer noun
    elif end < len(text) and _LATIN_AFTER.match(text, end):
        return []  # $5Mbps, US$3x …
    pre = m.group("pre")
    if pre and pre in _PREFIX_WORDS and cur:
        start = m.start("num")  # 미화 1억 달러: the span starts at the number
    else:
        start = m.start()
    approximate = bool(m.group("yeo")) or N.is_approximate(num) or bool(num2 and N.is_approximate(num2))
    value = N.parse_korean_number(num)
    exp = N.ENGLISH_MAGNITUDES[eng] if eng else 0
    # scale(v, 0) is v itself for a value parse_korean_number / scale returned (already exact
    # and bounded): only an English magnitude is applied
    if not num2:
        rule = "money.english.v1" if eng else ("money.symbol.v1" if pre and not cur else "money.korean.v1")
        return [_record(text, start, end, rule, N.scale(value, exp, num) if exp else value, unit,
                        approximate=approximate)]
    value2 = N.parse_korean_number(num2)
    mag = N.last_magnitude(num2)
    if mag is not None and not N.has_magnitude(num):
        value = N.scale(value, mag, num)  # 3~5억 원 = 3억~5억 원
    if exp:
        value, value2 = N.scale(value, exp, num), N.scale(value2, exp, num2)
    after = N.widen(text, m.start("num2"), end)
    changed = m.group("sep").startswith("에서") and N.CHANGE_AFTER.match(text, after.end)
    if value2 <= value or changed:
        # 100억에서 150억 원으로 (a change, not a range): two amounts, the first takes the
        # currency of the second.
        first = _record(text, start, m.end("num"), "money.change_from.v1", value, unit,
                        approximate=approximate, range_suffix=False)
        second = _record(text, m.start("num2"), end, "money.korean.v1", value2, unit,
                         approximate=approximate)
        return [first, second]
    return [_record(text, start, end, "money.range.v1", value, unit, value_max=value2,
                    approximate=approximate)]


def _demo(text: str):  # doctest helper: a Context without Kiwi (money reads only the text)
    from ..tokenize import Analysis

    return Context(Analysis(text, (), ()))
