"""The dates scan's fast paths find exactly what the plain patterns find."""

from __future__ import annotations

import pytest

from kopress.extractors.dates import START_SLOTS, rules, trigger_starts

# (text, trigger positions worked out by hand): a digit counts only where a date or time slot
# can begin (3일, '23, 2023년, 14:30), a word's first letter wherever the word is
SCAN = [
    ("지난 3일 오후 '23 1.5", [0, 3, 6]),  # 지난, 3일, 오후; '23 and 1.5 begin no date ('23 without 년)
    ("2023년 3·1절 기념식", [0, 6]),  # 2023년; 3·1절 (its 3 no slot: 3· is no date; its 1 after ·: 1절 no)
    ("이사회는 이날 정오에", [5, 8]),  # 이사회: no word; 이날, 정오
    ("매출 12,500원", []),  # 12 begins no date (12,5…); 500 follows a comma
    ("시간: 14:30", [4]),  # 14:30 a time; 30 follows a colon
    ("아무 날짜도 없는 문장", []),  # 아무, 없는: first letters of no trigger word here
]


@pytest.mark.parametrize("text,expected", SCAN)
def test_trigger_starts_by_hand(text, expected):
    assert sorted(set(trigger_starts(rules(), text))) == expected


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
    # the plain trigger, less the digits (and ') where no slot begins: parse finds nothing there
    plain = [p for p in range(len(text)) if r.trigger.match(text, p)
             and (r.trigger_word.match(text, p) or r.start_any.match(text, p))]
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
