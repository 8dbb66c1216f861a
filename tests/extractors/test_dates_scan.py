"""The dates scan's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

import pytest

from kopress.extractors.dates import START_SLOTS, rules, trigger_starts

# (text, trigger positions worked out by hand)
SCAN = [
    ("지난 3일 오후 '23 1.5", [0, 3, 6, 9, 10, 13]),  # 지난, 3, 오후, ', 2 (after '), 1 (5 follows a point)
    ("2023년 3·1절 기념식", [0, 6, 6, 8]),  # 2 (023 follow a digit); 3 both a digit and 3·1절; 1 after ·
    ("이사회는 이날 정오에", [5, 8]),  # 이사회: no word; 이날, 정오
    ("매출 12,500원", [3]),  # 2,500 follow a digit or a comma
    ("시간: 14:30", [4]),  # 30 follows a colon
    ("아무 날짜도 없는 문장", []),  # 아무, 없는: first letters of no trigger word here
]


@pytest.mark.parametrize("text,expected", SCAN)
def test_trigger_starts_by_hand(text, expected):
    assert trigger_starts(rules(), text) == expected


SENTENCES = [
    "한빛전자는 지난달 28일 오후 2시 서울 본사에서 이사회를 열었다고 3일 밝혔다.",
    "행사는 오는 12월 3일부터 7일까지, '24년 상반기 중 다시 열린다.",
    "8·15 광복절과 3.1절, 크리스마스 이브에 문을 닫으며 내년도 계획은 올 하반기에 낸다.",
    "버전 1.2.3과 IFA 2024, 062-613-1234에는 날짜가 없다; 그 해 여름 金요일 밤 10:30.",
    "이튿날 새벽, 엊그제와 그저께, 이번 주 수요일과 다음 달 초에 만난다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_trigger_starts_are_every_match_of_the_plain_trigger(text):
    r = rules()
    plain = [p for p in range(len(text)) if r.trigger.match(text, p)]
    assert sorted(set(trigger_starts(r, text))) == plain
    assert plain  # each sentence holds triggers


@pytest.mark.parametrize("text", SENTENCES)
def test_start_any_matches_where_one_start_slot_does(text):
    r = rules()
    hits = 0
    for p in range(len(text)):
        one = any(getattr(r, name).match(text, p) for name in START_SLOTS)
        assert bool(r.start_any.match(text, p)) == one, (text, p)
        hits += one
    assert hits  # each sentence holds a date or time
