"""The dates digit trigger's guard (``_digit_guard``) drops no position where a date or time can begin."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kopress.extractors.dates import _digit_guard, rules, trigger_starts


def _plain(text: str) -> list[int]:
    """Where the plain trigger matches and a date or time slot (or a trigger word) begins."""
    r = rules()
    return [p for p in range(len(text)) if r.trigger.match(text, p)
            and (r.trigger_word.match(text, p) or r.start_any.match(text, p))]


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
def test_trigger_starts_equal_the_plain_trigger(text):
    assert sorted(set(trigger_starts(rules(), text))) == _plain(text)
