"""The amounts fast paths added for speed (kopress.numbers, money) find exactly what the plain code finds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kopress import numbers as N

# (text, position, a leading word may end there), worked out by hand
ENDS = [
    ("최대 100억", 3, True),  # 최대 + a space before 1
    ("약100억", 1, True),  # 약 glued
    ("매출 100억", 3, False),  # 출 ends no leading word
    ("최대\n100억", 3, True),  # $ also holds before the final newline: 최대 ends at 2
    ("100억", 0, False),  # nothing before the text start
]


@pytest.mark.parametrize("text,pos,expected", ENDS)
def test_may_end_at_by_hand(text, pos, expected):
    assert N._may_end_at(text, pos, N._LEAD_LAST) is expected


_BITS = st.sampled_from(["약", "최대", "최소", "연간", "월", "1인당", "가구당", "하루", "평균", "매출", "규모", "은", "가",
                         "를", " ", "\n", "3", "100억", "원", "대략", "달러", "x", "A"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BITS, max_size=12).map("".join))
def test_may_end_at_drops_no_match(text):
    # where _may_end_at says no, the searches widen skips find nothing
    for pos in range(len(text) + 1):
        if not N._may_end_at(text, pos, N._LEAD_LAST):
            assert N._LEAD_RX.search(text, max(0, pos - N._LOOKBACK), pos) is None, (text, pos)
        if not N._may_end_at(text, pos, N._PER_LAST):
            assert N._PER_RX.search(text, max(0, pos - N._PER_LOOKBACK), pos) is None, (text, pos)


# scale(v, 0) is v itself (same digits, same exponent) for every value parse_korean_number returns
SCALE0 = ["3천50만", "1.5", "0.000001", "12.50", "1조2천억", "99999999999999999999999999999999", "3억"]


@pytest.mark.parametrize("surface", SCALE0)
def test_scale_by_zero_is_identity(surface):
    value = N.parse_korean_number(surface)
    scaled = N.scale(value, 0, surface)
    assert scaled == value and scaled.as_tuple() == value.as_tuple()


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, max_value=Decimal(10) ** 31, allow_nan=False, allow_infinity=False, places=6))
def test_scale_by_zero_is_identity_on_random_values(d):
    try:
        value = N.parse_korean_number(format(d, "f"))
    except N.NumberError:
        return
    assert N.scale(value, 0).as_tuple() == value.as_tuple()
