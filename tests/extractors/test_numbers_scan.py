"""The amounts scan's fast paths (kopress.numbers) find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest

from kopress import numbers as N
from kopress.extractors import counts, durations, measures

SENTENCES = [
    "한빛전자는 올해 3분기 매출 1조2천억 원, 직원 1,200명, 협력사 200여개 곳과 함께 2년 6개월간 투자한다.",
    "행사는 3박5일 일정으로 두세 명씩 열두 개 조로 나뉘어 하루 8시간, 모두 30㎡ 규모의 부스 3~5곳에서 열린다.",
    "2023년 5월 3일 공고, 제1회 대회 참가자는 20대가 41%였고 영하 20도에도 1만2천여 명이 모였다.",
    "징역 1년6월, 임기 3년, 최근 4년 동안 연평균 12.5% 성장했으며 서른 살 김모(33)씨가 이사회 구성원 세 사람 중 하나다.",
    "IFA 2024와 062-613-1234, 101동 1203호에는 금액이 없다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_number_starts_by_one_pattern(text):
    # the three plain patterns number_starts stands for: digits, spelled numbers, native numerals
    digits = re.compile(rf"[{N._D}](?<!{N._NOT_BEFORE_DIGIT}[{N._D}])")
    spelled = re.compile(rf"[{N._SPELLED_DIGITS}](?<![\w.,][{N._SPELLED_DIGITS}])(?=[{N._SUB_OR_MAG}])"
                         rf"|[십백천만](?<![\w.,][십백천만])")
    words = sorted({*N.NATIVE, *N.NATIVE_RANGES}, key=lambda w: (-len(w), w))
    native = re.compile("|".join(rf"(?<!\w){re.escape(w)}" for w in words))
    plain = sorted({m.start() for rx in (digits, spelled, native) for p in range(len(text))
                    if (m := rx.match(text, p))})
    assert N.number_starts(text) == plain


# (text, expected starts, worked out by hand)
STARTS = [
    ("매출 3억, 두 곳", [3, 7]),            # 3; 두 at a word start
    ("x3 1.5 한국 하나", [3, 7]),           # 3 of x3 follows a letter, 5 a point; 한 (of 한국) at a word start; 하나 alone is read by no family
    ("삼천만 원과 이사회", [0]),             # 삼 before 천; 이사회: 이 is inside no number (사 follows 이)
]


@pytest.mark.parametrize("text,expected", STARTS)
def test_number_starts_by_hand(text, expected):
    assert N.number_starts(text) == expected


GUARDED = [counts._RX, durations._RX, durations._COMPOUND_RX, measures._RX]


@pytest.mark.parametrize("rx", GUARDED, ids=["counts", "durations", "compound", "measures"])
def test_unit_guard_changes_no_match(rx):
    guard = re.search(r"\(\?=\[[^]]*\]\)(\(\?=.*?\]\))\(\?:", rx.pattern)
    assert guard, "the pattern carries a unit guard"
    plain = re.compile(rx.pattern.replace(guard.group(1), "", 1))
    found = 0
    for text in SENTENCES:
        for p in range(len(text)):
            a, b = plain.match(text, p), rx.match(text, p)
            assert (a is None) == (b is None), (text, p)
            if a:
                assert (a.span(), a.groupdict()) == (b.span(), b.groupdict())
                found += 1
    assert found  # the sentences hold amounts of the family


@pytest.mark.parametrize("text", SENTENCES)
def test_units_after_agrees_with_starts_before(text):
    starts = N.number_starts(text)
    kept = N.starts_before(starts, text, counts._UNIT_RX)
    units = N.UnitsAfter(text, counts._UNIT_RX, counts.COUNTERS)
    checked = 0
    for m in counts._UNIT_RX.finditer(text):
        for s in starts:
            if s < m.start() <= s + N.UNIT_WINDOW:
                assert units.reach(s, m.start()) == (s in kept)
                checked += 1
    assert checked


def test_units_after_without_a_unit_in_reach():
    text = "3" + " " * 45 + "명"  # the counter is 46 characters after the number
    assert N.starts_before([0], text, counts._UNIT_RX) == []
    assert not N.UnitsAfter(text, counts._UNIT_RX, counts.COUNTERS).reach(0, 46)


def test_unit_guard_rejects_a_number_without_its_unit():
    guard = re.compile(N.unit_guard((r"[0-9]+[ ]?", "명|개")))
    assert guard.match("30 명") and guard.match("3개")
    assert not guard.match("30년 3개")  # 년 cannot stand between a number and its counter
