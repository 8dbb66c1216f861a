"""first_chars / compile_first_anchored: an anchored pattern finds exactly the matches of the plain one."""

from __future__ import annotations

import re

import pytest

from kopress.numbers import _NOT_AMOUNT_ALL, _Q, compile_first_anchored, first_chars


@pytest.mark.parametrize("pattern, expected", [
    (r"제[ ]?[0-9]+", "[제]"),                      # a literal first
    (r"[로길][ ]?[0-9]{1,4}", "[길로]"),             # a class first (sorted by code point: 길 U+AE38 < 로 U+B85C)
    (r"제[0-9]+|[A-C]x", "[A-C제]"),                 # branches: the union, ranges kept
    (r"(?<![가-힣])하나|두", "[두하]"),              # a lookbehind first is zero width
    (r"(?:교황|여왕) [0-9]세", "[교여]"),             # a group
    (r"a?b", "[ab]"),                                # an optional item: the next one may start too
    (r"a*", None),                                   # may match empty: no anchor
    (r"(?i)ab", None),                               # ignore case: not told
    (r"\w+", None),                                  # a category: not told
    (r".x", None),                                   # any character: not told
    (r"[^0-9]x", None),                              # a negated class: not told
])
def test_first_chars(pattern, expected):
    assert first_chars(pattern) == expected


SENTENCES = [
    "제1회 한빛포럼은 3호선 역 인근, 테헤란로 152 한빛타워에서 열린다.",
    "문의는 062-613-1234 또는 1588-1234로 하면 된다. 행사는 오후 2시 30분, 14:30에 시작한다.",
    "IFA 2024에서 v2.1을 공개했고, 6·25 전쟁 기념관과 101동 1203호를 찾았다.",
    "교황 프란치스코 1세와 엘리자베스 2세 여왕, 코로나19 이후 전반 12분에 골을 넣었다.",
    "매출 3억 원, 200여개 기업, 12.5% 증가: 아무 단서도 없는 문장이다.",
]


def test_anchored_cues_find_the_same_matches_as_the_plain_pattern():
    plain = re.compile("|".join(f"(?:{p})" for p in _Q["not_amount"]["patterns"]))
    assert _NOT_AMOUNT_ALL.pattern.startswith("(?=[")  # the cue pattern is anchored
    found = 0
    for text in SENTENCES:
        # every window, as Blocked.overlaps searches them
        for lo in range(len(text)):
            for hi in range(lo + 1, min(len(text), lo + 70) + 1, 7):
                got = [m.span() for m in _NOT_AMOUNT_ALL.finditer(text, lo, hi)]
                assert got == [m.span() for m in plain.finditer(text, lo, hi)], (text, lo, hi)
                found += len(got)
    assert found > 0  # the sentences do hold cues


def test_an_unknown_first_character_compiles_plain():
    assert compile_first_anchored(r"\w+").pattern == r"\w+"
    assert compile_first_anchored("제[0-9]").pattern == "(?=[제])(?:제[0-9])"
