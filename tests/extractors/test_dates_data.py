"""dates.toml: the shipped file validates, and a broken one names its table and key."""

from __future__ import annotations

import copy

import pytest

from kopress.extractors.dates import rules, validate
from kopress.resources import ResourceError, load_toml


def test_shipped_rules_load():
    r = rules()
    assert r.data["month_parts"]["중순"] == [11, 20]  # the documented 중순 interval


BROKEN = [
    ("month_parts", "초", [0, 10], "month_parts"),  # day 0 does not exist
    ("year_parts", "말", [10, 13], "year_parts"),  # month 13 does not exist
    ("holidays", "광복절", [2, 30], "광복절"),  # no 30 February
    ("prefix", "지난", "before", "prefix"),  # only past/future
    ("periods", "오후", {"hour_shift": "evening", "standalone": True}, "오후"),  # unknown shift
    ("fixed_times", "정오", "12시", "fixed_times"),  # not HH:MM
    ("day_words", "어제", "-1", "day_words"),  # an offset must be an int
]


@pytest.mark.parametrize("table,key,value,named", BROKEN)
def test_broken_rules_are_named(table, key, value, named):
    data = copy.deepcopy(load_toml("dates.toml"))
    data[table][key] = value
    with pytest.raises(ResourceError, match=named):
        validate(data)
