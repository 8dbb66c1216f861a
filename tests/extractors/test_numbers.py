"""Korean number grammar (kopress.numbers): exact values, written-out arithmetic, bounded input."""

from __future__ import annotations

import re
import time
from decimal import Decimal

import pytest

from kopress.numbers import (
    NUMBER, NumberError, Blocked, glued_ok, parse_korean_number, parse_native_number, try_parse,
    widen,
)

VALUES = [
    ("1000만", 10_000_000),                 # 1000×10⁴
    ("3천50만", 30_500_000),                # (3000+50)×10⁴
    ("1조2천억", 1_200_000_000_000),        # 1×10¹² + 2000×10⁸
    ("12억5천만", 1_250_000_000),           # 12×10⁸ + 5000×10⁴
    ("1천200억", 120_000_000_000),          # (1000+200)×10⁸
    ("1,200억", 120_000_000_000),           # 1200×10⁸
    ("3.5억", 350_000_000),                 # 3.5×10⁸
    ("0.5조", 500_000_000_000),             # 0.5×10¹²
    ("2억5000만", 250_000_000),             # 2×10⁸ + 5000×10⁴
    ("2억 5천만", 250_000_000),             # 2×10⁸ + 5000×10⁴, with a space
    ("삼천만", 30_000_000),                 # 3×10³×10⁴
    ("일억 오천만", 150_000_000),           # 1×10⁸ + 5×10³×10⁴
    ("1억6천400여만", 164_000_000),         # 1×10⁸ + (6000+400)×10⁴, 여 skipped
    ("6만2천548", 62_548),                  # 6×10⁴ + 2000+548
    ("4천746억", 474_600_000_000),          # (4000+746)×10⁸
    ("천만", 10_000_000),                   # 1000×10⁴
    ("만", 10_000),                         # bare 만 = 1×10⁴
    ("백억", 10_000_000_000),               # 100×10⁸
    ("0.1억", 10_000_000),                  # 0.1×10⁸ exactly (no float drift)
    ("1,234,567", 1_234_567),               # comma groups
    ("9999조9999억", 9_999_999_900_000_000),  # 9999×10¹² + 9999×10⁸
    ("이십오만", 250_000),                  # (2×10+5)×10⁴
    ("442억 7700만", 44_277_000_000),       # 442×10⁸ + 7700×10⁴
    ("1경", 10**16),                        # 1×10¹⁶
]


@pytest.mark.parametrize("surface, expected", VALUES)
def test_parse_korean_number(surface, expected):
    assert parse_korean_number(surface) == Decimal(expected)


DECIMALS = [
    ("12.5", Decimal("12.5")),      # as written
    ("0.75", Decimal("0.75")),      # as written
    ("1.123456", Decimal("1.123456")),  # six decimals is the limit
]


@pytest.mark.parametrize("surface, expected", DECIMALS)
def test_parse_decimals(surface, expected):
    assert parse_korean_number(surface) == expected


REJECTED = [
    "999조조조",        # magnitudes must strictly decrease
    "3억5억",           # 억 after 억
    "이",               # a spelled digit without 십/백/천/만/억/조 is not a number
    "1.1234567",        # seven decimals > decimal128(38, 6)
    "1" + "0" * 40,     # more digits than MAX_DIGITS
    "1경" * 3,           # 경 repeated
    "9999경9999조",     # ≥ 10³²? no: 9999×10¹⁶ < 10³², but 경 then 조 is fine → see below
    "",
    "억억",
    "12천",             # coefficient before 천 must be one digit
]


@pytest.mark.parametrize("surface", [s for s in REJECTED if s != "9999경9999조"])
def test_rejected_numbers(surface):
    with pytest.raises(NumberError):
        parse_korean_number(surface)
    assert try_parse(surface) is None


def test_bound_is_10_pow_32():
    # 9999×10¹⁶ + 9999×10¹² < 10³²: accepted
    assert parse_korean_number("9999경9999조") == Decimal(9999 * 10**16 + 9999 * 10**12)
    with pytest.raises(NumberError):
        parse_korean_number("1" + "0" * 32)  # exactly 10³²


NATIVE = [
    ("한", 1), ("두", 2), ("세", 3), ("네", 4), ("다섯", 5), ("열", 10), ("열두", 12),
    ("스무", 20), ("서른", 30), ("마흔", 40), ("석", 3),
]


@pytest.mark.parametrize("word, expected", NATIVE)
def test_native(word, expected):
    assert parse_native_number(word) == expected


def test_native_unknown_raises():
    with pytest.raises(NumberError):
        parse_native_number("백둘")


_RX = re.compile(NUMBER)

MATCHES = [
    ("매출 1조2천억원", ["1조2천억"]),
    ("수백억 원", []),               # 수백억 is vague: no number inside it
    ("몇천만 원", []),
    ("2억 5천만 원", ["2억 5천만"]),
    ("만 41세", ["41"]),             # 만 (full age) is not 10⁴ + 41
    ("A380 기종", []),               # digits glued to Latin letters
    ("v2.1", []),
]


@pytest.mark.parametrize("text, expected", MATCHES)
def test_number_pattern(text, expected):
    assert [m.group() for m in _RX.finditer(text)] == expected


@pytest.mark.parametrize("text", ["1" * 10_000, "x " + "9" * 10_000 + "억 원", "1e400", "999조조조" * 1000])
def test_huge_input_is_linear(text):
    t0 = time.perf_counter()
    found = [m.group() for m in _RX.finditer(text)]
    assert time.perf_counter() - t0 < 1.0
    for f in found:
        try_parse(f)  # never raises


def test_widen():
    a = widen("연간 약 100억 원 규모의", 5, 11)
    assert (a.start, a.end, a.approximate, a.qualifier, a.per) == (3, 14, True, "규모", "year")


def test_glued():
    assert not glued_ok("3원칙", 2)
    assert glued_ok("3명이", 2)
    assert glued_ok("3명 ", 2)


def test_blocked():
    b = Blocked("제1회 행사")
    assert b.overlaps(1, 3)
    assert not Blocked("행사 1회").overlaps(3, 5)


from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_UNITS = ["", "만", "억", "조", "경"]


def _korean_groups(n: int, spaced: bool) -> str:
    """n written as 4-digit groups with 만/억/조/경 (1234억5678만9012), built independently of
    the parser: the property below checks that the parser reads it back."""
    if n == 0:
        return "0"
    parts = []
    for i, unit in enumerate(_UNITS):
        group = (n // 10 ** (4 * i)) % 10_000
        if group:
            parts.append(f"{group}{unit}")
    return (" " if spaced else "").join(reversed(parts))


@given(st.integers(min_value=0, max_value=10**20 - 1), st.booleans())
def test_property_digit_groups_round_trip(n, spaced):
    assert parse_korean_number(_korean_groups(n, spaced)) == Decimal(n)


@given(st.text(max_size=60))
def test_property_parse_never_raises_anything_but_number_error(s):
    try:
        value = parse_korean_number(s)
    except NumberError:
        return
    assert abs(value) < Decimal(10) ** 32
