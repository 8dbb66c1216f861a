"""The dates fast paths (the digit trigger's guard ``_digit_guard``, ``Rules.time_first``) drop no position where a date or time can begin."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kopress.extractors.dates import _digit_guard, rules


def _unguarded(text: str) -> list[int]:
    """The digit trigger without its guard: the pattern before the guard was added."""
    r = rules()
    guard = f"(?={_digit_guard(r.data)})"
    assert guard in r.trigger_digit.pattern
    plain = re.compile(r.trigger_digit.pattern.replace(guard, "", 1))
    return [m.start() for m in plain.finditer(text)]


# (text, digit positions kept, worked out by hand): the character after the digit run decides
GUARD = [
    ("2023년", True),  # 년 after 2023
    ("'23년", True),  # ' then 23 then 년
    ("3·1절", True),  # · after 3
    ("1/4분기", True),  # / after 1
    ("1 분기", True),  # a space after 1
    ("14:30", True),  # : after 14
    ("3~5일", True),  # ~ after 3
    ("300명", False),  # 명 is no date unit
    ("12,500원", False),  # a comma after 12
    ("3억", False),  # 억 is no date unit
    ("2023", False),  # nothing after the digits
]


@pytest.mark.parametrize("text,kept", GUARD)
def test_digit_guard_by_hand(text, kept):
    assert bool(re.match(_digit_guard(rules().data), text)) is kept


_BITS = st.sampled_from(["1", "12", "2023", "'", "0", "３", " ", "\u00a0", ".", "/", "-", "~", "·", ":", ",",
                         "년", "월", "일", "시", "분", "분기", "절", "광복절", "(", "월)", "오후", "지난", "명", "억", "a", "가"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_BITS, max_size=14).map("".join))
def test_digit_guard_drops_only_positions_where_no_slot_begins(text):
    r = rules()
    guarded = [m.start() for m in r.trigger_digit.finditer(text)]
    unguarded = _unguarded(text)
    assert set(guarded) <= set(unguarded)
    for p in set(unguarded) - set(guarded):
        assert not r.start_any.match(text, p), (text, p)


_TIME_BITS = st.sampled_from(["오후", "오전", "늦은 오후", "밤", "낮", "한낮", "정오", "자정", "새벽", "아침", "저녁", "2", "14",
                              "３", "٣", ":", "30", "시", "분", "반", " ", "~", "부터", "까지", "에서", "가", "x", "일"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TIME_BITS, max_size=10).map("".join))
def test_time_first_holds_every_time_start(text):
    # where a time pattern matches, _time_at's first-character test lets the position through
    r = rules()
    assert r.time_first is not None
    for q in range(len(text)):
        if any(rx.match(text, q) for rx in (r.time_hm, r.time_colon, r.time_fixed, r.period)):
            assert text[q] in r.time_first or text[q].isdecimal(), (text, q)


def test_parse_splits_digit_and_word_slots():
    # the data keeps word slots off digits and numeric slots on them: parse tries one kind only
    assert rules().split_digit


# (text, the date parse finds at 0, worked out by hand): each kind still reached after the split
SPLIT = [
    ("2023.05.02 발표", "2023.05.02"),  # numeric slot
    ("1.16(월) 개막", "1.16(월)"),  # month.day before a weekday (the weekday joins the span)
    ("2023년 5월", "2023년 5월"),  # a digit goes straight to the calendar slots
    ("3·1절 기념", "3·1절"),  # a holiday that starts with a digit
    ("오늘 오후", "오늘 오후"),  # a word slot with a time after it
    ("지난 금요일", "지난 금요일"),  # prefix + weekday
]


@pytest.mark.parametrize("text,expected", SPLIT)
def test_parse_after_the_split(text, expected):
    from kopress.extractors.dates import _Scanner, _TagsAt

    found = _Scanner(text, _TagsAt(()), rules()).parse(0)
    assert found is not None and text[found.start:found.end] == expected


_WORD_BITS = st.sampled_from(["지난", "지난해", "오늘", "오후", "이날", "이사회", "다음 주", "다음", "올", "밤", "내년", "내",
                              "연말", "연", "금요일", "금", "상반기", "설날", "크리스마스", "3·1절", "8.15 광복절", " ", "가",
                              "1", "x", "\n"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD_BITS, max_size=12).map("".join))
def test_trigger_word_parts_match_where_trigger_word_does(text):
    r = rules()
    assert len(r.trigger_word_parts) > 1
    parts = sorted(m.start() for rx in r.trigger_word_parts for m in rx.finditer(text))
    assert parts == [m.start() for m in r.trigger_word.finditer(text)]
