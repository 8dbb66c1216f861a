"""dates family over one whole release (written for this test), dated by its own dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from kopress.dateline import find_reference_date
from kopress.extractors.dates import extract

RELEASE = """보도일시: 2023. 1. 16.(월) 조간
㈜가나다테크, 미국 기업과 1000만 달러 공급계약 체결

㈜가나다테크(대표 홍길동)는 지난 12일(현지시간) 미국 캘리포니아에서 나라전자와 2년간 1000만 달러 규모의 부품 공급계약을 체결했다고 15일 밝혔다. 이날 서명식에는 양사 대표가 참석했다.

계약 기간은 2023년 2월 1일부터 2025년 1월 31일까지이며, 첫 물량은 다음 달 초 선적될 예정이다. 회사는 지난해 4분기 매출이 전년 동기 대비 20% 늘었으며, 올해 상반기 중 베트남 공장을 가동할 계획이라고 설명했다.

회사는 오는 20일 오후 2시 서울 코엑스에서 신제품 설명회를 열고, 3월 중순 'IFA 2024' 참가 계획도 공개한다. 설명회는 20~21일 이틀간 열리며, 사전 등록은 18일 자정까지 받는다.

홍길동 대표는 "지난달 28일 착공한 2공장이 연말 완공되면 생산능력이 3배로 늘어난다"며 "내년에는 매출 1조원을 달성하겠다"고 말했다.

문의: 02-1234-5678
"""

D = dt.date.fromisoformat
# (surface, value, value_end, time) in text order; reference 2023-01-16 from the dateline
EXPECTED = [
    ("2023. 1. 16.(월)", D("2023-01-16"), None, None),  # the dateline itself; 01-16 is a Monday
    ("지난 12일", D("2023-01-12"), None, None),  # 12 ≤ 16: this month
    ("15일", D("2023-01-15"), None, None),  # bare day: reference month (the report date)
    ("이날", D("2023-01-12"), None, None),  # antecedent: 12일 (15일 is "…15일 밝혔다")
    ("2023년 2월 1일부터 2025년 1월 31일까지", D("2023-02-01"), D("2025-01-31"), None),  # a range
    ("다음 달 초", D("2023-02-01"), D("2023-02-10"), None),  # Jan+1, 초 = 1st–10th
    ("지난해 4분기", D("2022-10-01"), D("2022-12-31"), None),  # 2023−1, Q4
    ("올해 상반기", D("2023-01-01"), D("2023-06-30"), None),  # H1 2023
    ("오는 20일 오후 2시", D("2023-01-20"), None, "14:00"),  # 20 > 16: this month; 2+12
    ("3월 중순", D("2023-03-11"), D("2023-03-20"), None),  # ref year, 중순 = 11th–20th
    ("20~21일", D("2023-01-20"), D("2023-01-21"), None),  # ref month (이틀간 is a duration)
    ("18일 자정", D("2023-01-18"), None, "24:00"),  # until the 18th ends
    ("지난달 28일", D("2022-12-28"), None, None),  # Jan−1 → Dec 2022
    ("연말", D("2023-10-01"), D("2023-12-31"), None),  # ref year 말 = Oct–Dec
    ("내년", D("2024-01-01"), D("2024-12-31"), None),  # 2023+1
]


def test_whole_release(make_ctx):
    ref, start, end = find_reference_date(RELEASE)
    assert ref == D("2023-01-16") and RELEASE[start:end] == "2023. 1. 16."
    got = [(m.text, m.value, m.value_end, m.time) for m in extract(make_ctx(RELEASE, ref))]
    missing = [e for e in EXPECTED if e not in got]
    extra = [g for g in got if g not in EXPECTED]
    assert (missing, extra) == ([], [])


@pytest.mark.parametrize("text, expected", [
    # a news article published the morning after: 이날 is the day the story reports on (…했다고 26일
    # 밝혔다), not the publication's date on its dateline (before: 2026-11-27, the dateline's day)
    ("한빛테크, 신제품 공개\n\n입력 2026.11.27 07:30\n\n한빛테크는 신제품을 출시했다고 26일 밝혔다. "
     "이날 행사에는 200명이 참석했다.", D("2026-11-26")),
    # a release dated the day it reports: the same day either way
    ("2026. 11. 26.(목) 배포\n\n한빛테크는 신제품을 출시했다고 26일 밝혔다. 이날 행사에는 200명이 "
     "참석했다.", D("2026-11-26")),
    # no report day: the dateline's day (the reference date) stays 이날's
    ("입력 2026.11.27 07:30\n\n한빛테크는 신제품을 출시했다. 이날 행사에는 200명이 참석했다.",
     D("2026-11-27")),
])
def test_this_day_is_the_reported_day_not_the_publication(text, expected):
    from kopress.api import extract as extract_all

    got = [m.value for m in extract_all(text).dates if m.text == "이날"]
    assert got == [expected]


CONTEXT = [
    # text, reference date, the bare mention, its value (and end), with the reasoning
    # a bare day that falls on a day written with its month before it, in the same tense (future)
    ("행사는 오는 12월 2일부터 5일까지 열린다. 개막식은 2일 오전 10시에 열린다.", "2025-11-28",
     "2일 오전 10시", D("2025-12-02"), None),    # 2 ∈ [2, 5] of December, not November's 2nd
    # …in the past as well
    ("회사는 9월 30일 계약을 맺었다. 30일 잔금도 받았다.", "2025-11-20",
     "30일", D("2025-09-30"), None),              # the 30th written before: September
    # a bare day in another tense than the schedule before it stays in the reference month
    ("영화제는 내년 1월 21일부터 31일까지 열린다. 경찰은 지난 22일 사실을 확인했다.", "2025-11-25",
     "지난 22일", D("2025-11-22"), None),          # 지난: the latest 22nd on or before the 25th
    # a report date (…했다고 N일 밝혔다) is the release's day, whatever came before
    ("행사는 12월 2일부터 5일까지 열린다고 2일 밝혔다.", "2025-11-02",
     "2일", D("2025-11-02"), None),
    # a half without a year takes the year written earlier in the same sentence
    ("2026년 상반기까지 임상을 마치고 하반기에 판매를 시작하겠다.", "2025-11-20",
     "하반기", D("2026-07-01"), D("2026-12-31")),  # H2 of 2026 (7-1 … 12-31)
    # …but not from another sentence: the reference year
    ("2026년 상반기까지 임상을 마친다. 하반기에는 판매를 시작한다.", "2025-11-20",
     "하반기", D("2025-07-01"), D("2025-12-31")),
    # …and the year a year word names in the same sentence (내년, 지난해)
    ("시는 내년 상반기 중 설계를 마치고 하반기에 착공한다.", "2026-11-26",
     "하반기", D("2027-07-01"), D("2027-12-31")),  # 내년 = 2026+1 = 2027; H2 = 7-1 … 12-31
    ("회사는 지난해 1분기 적자를 냈지만 3분기에 흑자로 돌아섰다.", "2026-11-26",
     "3분기", D("2025-07-01"), D("2025-09-30")),   # 지난해 = 2026−1 = 2025; Q3 = 7-1 … 9-30
    ("시는 내년 상반기 중 설계를 마친다. 하반기에는 공사를 시작했다.", "2026-11-26",
     "하반기", D("2026-07-01"), D("2026-12-31")),  # another sentence (past): the reference year, as before
    ("시는 내년 예산안을 하반기에 편성한다.", "2026-11-26",
     "하반기", D("2026-07-01"), D("2026-12-31")),  # 내년 alone labels a noun (내년 예산안): lends no year
    ("이듬해 상반기 공장을 세웠고 하반기에 가동했다.", "2026-11-26",
     "하반기", D("2026-07-01"), D("2026-12-31")),  # 이듬해 has no antecedent year: lends nothing (reference year, past)
    # a bare month takes the year of a date with year and month earlier in the same sentence
    ("시는 2027년 3월 착공해 12월 완공할 계획이다.", "2026-11-26",
     "12월", D("2027-12-01"), D("2027-12-31")),   # 2027 from "2027년 3월"; 12 ≥ 3
    ("선정 결과는 내년 1월 중순 발표하며, 협약은 2월 말까지 마무리한다.", "2026-11-26",
     "2월 말", D("2027-02-21"), D("2027-02-28")),  # 내년 = 2026+1 = 2027; 말 = 21st to last day
    ("한빛테크는 2025년 5월 문을 열었고 8월에 2공장을 세웠다.", "2026-11-26",
     "8월", D("2025-08-01"), D("2025-08-31")),     # the past year written before, not 2026
    # …and the year of a year word with a particle of time (내년에는, 지난해에도, 내년부터): the
    # clause's time, so every bare month after it in the sentence falls in that year
    ("내년에는 참가 기업을 15개사로 늘리고, 3월과 9월 두 차례 파견한다.", "2026-11-24",
     "9월", D("2027-09-01"), D("2027-09-30")),    # 내년 = 2026+1 = 2027
    ("내년부터 3월과 9월에 파견한다.", "2026-11-24",
     "3월", D("2027-03-01"), D("2027-03-31")),
    ("지난해에도 3월에 행사를 열었다.", "2026-11-24",
     "3월", D("2025-03-01"), D("2025-03-31")),    # 지난해 = 2026−1 = 2025
    # …not before a noun (a label, as for halves), nor into the next sentence
    ("내년 예산은 3월에 편성한다.", "2026-11-24", "3월", None, None),  # March < November, future: not guessed
    ("내년에는 15개사로 늘린다. 3월에 파견한다.", "2026-11-24", "3월", None, None),
    # …and into the NEXT sentence of the same paragraph when both speak in the same tense
    ("시는 2027년 3월 착공한다. 12월 완공한다.", "2026-11-26",
     "12월", D("2027-12-01"), D("2027-12-31")),   # future 2027-03, non-past clause; 12 ≥ 3 → 2027
    ("한빛테크는 2025년 5월 문을 열었다. 8월에는 2공장을 세웠다.", "2026-11-26",
     "8월", D("2025-08-01"), D("2025-08-31")),     # past 2025-05, past clause; 8 ≥ 5 → 2025
    ("시는 2027년 3월 착공한다. 12월 완공하고 2028년 2월 입주한다. 5월 준공식을 연다.", "2026-11-26",
     "5월", D("2028-05-01"), D("2028-05-31")),     # the latest year-month (2028-02) carries: 5 ≥ 2
    # …but not to a clause in another tense, across a paragraph, or two sentences on
    ("시는 2027년 3월 착공한다. 5월에는 시범 운행을 마쳤다.", "2026-11-26",
     "5월", D("2026-05-01"), D("2026-05-31")),     # a past clause after a future date: the reference year
    ("시는 2027년 3월 착공한다.\n12월 완공한다.", "2026-11-26",
     "12월", D("2026-12-01"), D("2026-12-31")),   # a new line: the reference year, as before
    ("시는 2027년 3월 착공한다. 공사는 한빛건설이 맡는다. 12월 완공한다.", "2026-11-26",
     "12월", D("2026-12-01"), D("2026-12-31")),   # two sentences later: the reference year
    # a month before the written one in a future schedule: 2027 or 2028 is a guess, and the
    # reference year's March (2026-03) is before the reference day for a non-past clause
    ("시는 2027년 11월 착공한다. 3월 완공한다.", "2026-11-26", "3월", None, None),
    ("시는 2026년 12월 착공한다. 3월 완공한다.", "2026-11-26", "3월", None, None),  # 2027-03 is likely, not written
    # …in the past the reference year stays (a past clause after a past date: 2026-03 ≤ 2026-11-26)
    ("한빛은 2025년 11월 착공했다. 3월 완공했다.", "2026-11-26",
     "3월", D("2026-03-01"), D("2026-03-31")),
    # …and a past clause after a future date is no schedule of it: the reference year
    ("시는 2027년 11월 착공한다. 3월에는 설계를 마쳤다.", "2026-11-26",
     "3월", D("2026-03-01"), D("2026-03-31")),
    # lines of a bulleted list lend nothing to each other, even when the sentence splitter joins them
    ("□ 점검 기간: 2026. 12. 1.(화) ~ 2027. 2. 26.(금)\n□ 휴무: 12월 28일~1월 3일", "2026-11-26",
     "12월 28일~1월 3일", D("2026-12-28"), D("2027-01-03")),  # not 2027-12 from the line before; the end rolls to 2027
    ("□ 점검 기간: 2027. 2. 1.(월)부터\n□ 신청 기간: 11.30.(월)~12.4.(금)", "2026-11-26",
     "11.30.(월)~12.4.(금)", D("2026-11-30"), D("2026-12-04")),  # 2026-11-30 is a Monday, as written
    # …but a weekday that agrees with the year of a line above lets that year through
    ("○ 일시: 2027. 7. 24.(토) ~ 7. 31.(토)\n - 개막식: 7. 24.(토) 19:00", "2026-11-26",
     "7. 24.(토) 19:00", D("2027-07-24"), None),  # 2027-07-24 is a Saturday (2026-07-24 a Friday)
    ("○ 일시: 2027. 7. 24.(토) ~ 7. 31.(토)\n - 개막식: 7. 24.(금) 19:00", "2026-11-26",
     "7. 24.(금) 19:00", D("2026-07-24"), None),  # Friday fits 2026, not 2027: the reference year
    # …not a month before the written one: 2027 or 2028 is a guess, so unresolved
    ("2027년 11월 착공해 3월 완공한다.", "2026-11-26", "3월", None, None),
    # …and never a report date (the release's own day)
    ("한빛은 2027년 3월 착공한다고 11월 26일 밝혔다.", "2026-11-26",
     "11월 26일", D("2026-11-26"), None),
    # a bare month, half or quarter as the time of a non-past clause, whose reference-year
    # reading is over before the reference month: next year is likely but not written → unresolved
    ("성과 발표회는 7월 중 열린다.", "2026-11-26", "7월", None, None),     # 7 < 11, future clause
    ("시는 4월부터 시범 운영에 들어간다.", "2026-11-26", "4월", None, None),  # 4 < 11; 부터 glued
    ("시는 3월 완공한다.", "2026-11-26", "3월", None, None),               # a predicate right after it
    ("시는 상반기에 착공한다.", "2026-11-26", "상반기", None, None),          # H1 ends in June < 11
    ("시는 3분기에 착공한다.", "2026-11-26", "3분기", None, None),           # Q3 ends in September < 11
    ("내년 사업은 4월 첫째 주 토요일에 시작한다.", "2026-11-26", "4월 첫째 주", None, None),  # 첫째 주 goes on with the date (its week, unresolved with it); 4 < 11
    ("박람회는 3월 5일 개최한다.", "2026-11-26", "3월 5일", None, None),    # (3, 5) < (11, 26): a day as well
    # …not the reference month or a later one, a past clause, nor a period naming a noun
    ("박람회는 12월 5일 개최한다.", "2026-11-26", "12월 5일", D("2026-12-05"), None),  # still ahead
    ("박람회는 11월 26일 개막한다.", "2026-11-26", "11월 26일", D("2026-11-26"), None),  # the reference day itself
    ("접수는 11월 20일부터 받는다.", "2026-11-26", "11월 20일", D("2026-11-20"), None),  # the reference month: begun, kept
    ("박람회는 3월 5일 개최됐다.", "2026-11-26", "3월 5일", D("2026-03-05"), None),    # past clause
    ("박람회는 오는 3월 5일 개최한다.", "2026-11-26", "오는 3월 5일", D("2027-03-05"), None),  # 오는: the next one
    ("성과 발표회는 12월 중 열린다.", "2026-11-26",
     "12월", D("2026-12-01"), D("2026-12-31")),   # 12 ≥ 11: still ahead
    ("성과 발표회는 11월 중 열린다.", "2026-11-26",
     "11월", D("2026-11-01"), D("2026-11-30")),   # the reference month is not over
    ("성과 발표회는 7월 중 열렸다.", "2026-11-26",
     "7월", D("2026-07-01"), D("2026-07-31")),     # past clause: the reference year
    ("북한은 3월에 임금을 5% 인상한 바 있다.", "2026-11-26",
     "3월", D("2026-03-01"), D("2026-03-31")),     # -ㄴ 바 있다 is past (no EP): the reference year
    ("통계청은 10월 고용동향을 발표한다.", "2026-11-26",
     "10월", D("2026-10-01"), D("2026-10-31")),   # a period naming a noun (10월 고용동향): kept
    ("회사는 3분기 실적을 28일 공개한다.", "2026-11-26",
     "3분기", D("2026-07-01"), D("2026-09-30")),  # the quarter of the results: kept
    ("시는 4분기에 착공한다.", "2026-11-26",
     "4분기", D("2026-10-01"), D("2026-12-31")),  # Q4 ends in December ≥ 11: ahead
    # a bare day after a day with its month in the same sentence, later in the month: that month
    ("박람회는 내년 3월 5일 개막해 7일 폐막한다.", "2026-11-26",
     "7일", D("2027-03-07"), None),                # 내년 3월 → 2027-03; 7 > 5
    ("행사는 12월 2일부터 5일까지 열리며 폐막 공연은 7일이다.", "2026-11-26",
     "7일", D("2026-12-07"), None),                # after the range's last day (5): December
    ("한빛은 2027년 3월 5일 착공한다고 26일 밝혔다.", "2026-11-26",
     "26일", D("2026-11-26"), None),               # a report date keeps the reference month
    ("정부는 한글날 기념식 일정을 24일 국무회의에서 확정한다.", "2026-11-26",
     "24일", D("2026-11-24"), None),               # a holiday (10-09) lends no month: November
    # a bare day later in the month of a future schedule, whose reference-month reading would be
    # past for a non-past clause: the schedule's month
    ("신청은 12월 8일부터 15일까지 받는다. 선착순 마감이다. 결과는 18일 발표한다.", "2026-11-26",
     "18일", D("2026-12-18"), None),               # 11-18 < 11-26 would be past; 18 > 15 → December
    ("신청은 12월 8일부터 15일까지 받는다. 결과는 28일 발표한다.", "2026-11-26",
     "28일", D("2026-11-28"), None),               # 11-28 is still ahead of 11-26: the reference month, as before
    ("회사는 9월 3일 계약을 맺었다. 이후 20일 잔금을 받았다.", "2026-11-26",
     "20일", D("2026-11-20"), None),               # past schedule, past day 11-20: no conflict, reference month
    # a bare day whose reference-month reading goes against its clause's tense takes the date of the
    # same day written with 오는/지난 elsewhere (a headline before the body)
    ("드론박람회 22일 개막\n\n제5회 드론박람회가 오는 22일부터 사흘간 열린다.", "2026-11-26",
     "22일", D("2026-12-22"), None),               # 11-22 < 11-26 for 개막 (not past); 오는 22일 = 12-22
    ("드론박람회 22일 개막\n\n시는 지난 22일 준비회의를 열었다. 박람회는 오는 22일 개막한다.", "2026-11-26",
     "22일", D("2026-12-22"), None),               # 지난 22일 (11-22) is past: only 오는 22일 fits a non-past headline
    ("시는 10일 현장 점검을 마쳤다. 지난 10일 시작된 점검이다.", "2026-11-05",
     "10일", D("2026-10-10"), None),               # 11-10 > 11-05 for 마쳤다 (past); 지난 10일 = 10-10
    ("시는 22일 박람회를 열었다. 다음 박람회는 오는 22일 열린다.", "2026-11-26",
     "22일", D("2026-11-22"), None),               # 열었다 is past and 11-22 < 11-26: the reference month fits
    ("설명회 28일 개최\n\n시는 오는 28일 설명회를 연다.", "2026-11-26",
     "28일", D("2026-11-28"), None),               # 11-28 is ahead: agrees with 오는 28일 already
    ("박람회 22일 개막\n\n박람회는 22일부터 사흘간 열린다.", "2026-11-26",
     "22일", D("2026-11-22"), None),               # no 오는/지난 22일 written: the reference month, as before
    # …and a range's start day on either side: the end that took the start's month moves with it
    ("박람회 22일부터 24일까지 개최\n\n박람회가 오는 22일부터 24일까지 열린다.", "2026-11-26",
     "22일부터 24일까지", D("2026-12-22"), D("2026-12-24")),   # 11-22..11-24 → one month on, both ends
    ("박람회 22일 개막\n\n박람회는 오는 22일부터 24일까지 열린다.", "2026-11-26",
     "22일", D("2026-12-22"), None),               # 오는 22일부터 (a range) gives December 22
    ("박람회 22일 개막\n\n박람회는 오는 22일 열린다. 온라인관은 22일부터 다음 달 31일까지 운영된다.", "2026-11-26",
     "22일부터 다음 달 31일까지", D("2026-12-22"), D("2026-12-31")),  # the end's month is written: only the start moves
    ("박람회 22일부터 2일까지\n\n박람회는 오는 22일 개막한다.", "2026-11-26",
     "22일부터 2일까지", D("2026-12-22"), D("2027-01-02")),    # 11-22..12-02 → 12-22..01-02
    # a range over a month end lends each bare day its own month
    ("엑스포는 2026.12.30~1.2 열린다. 개막식은 30일 오전 10시에 열린다.", "2026-11-26",
     "30일 오전 10시", D("2026-12-30"), None),     # 30 ∈ [30, 31] of December, not November 30
    ("엑스포는 2026.12.30~1.2 열린다. 폐막식은 2일 열린다.", "2026-11-26",
     "2일", D("2027-01-02"), None),                # 2 ∈ [1, 2] of January 2027
    ("엑스포는 2026.12.30~1.2 열린다. 포럼은 31일 열린다.", "2026-11-26",
     "31일", D("2026-12-31"), None),               # November has no 31st: December's, not unresolved
    # a month written as an offset (다음 달, 지난달) with its days lends them their month too
    ("박람회는 다음 달 4일부터 7일까지 열린다. 개막식은 4일 오전 10시에 열린다.", "2026-11-27",
     "4일 오전 10시", D("2026-12-04"), None),      # 4 ∈ [4, 7] of next month: December, not November 4
    ("지난달 4일부터 7일까지 열린 박람회에는 1만명이 찾았다. 5일에는 수출상담회가 열렸다.", "2026-11-27",
     "5일", D("2026-10-05"), None),                 # 5 ∈ [4, 7] of last month: October
    # the release's own day (…했다고 21일 밝혔다) before the reference date: 오는/지난 speak from it
    ("국토부는 리콜에 들어간다고 21일 밝혔다. 소유자는 오는 25일부터 업데이트를 받는다.", "2026-11-26",
     "오는 25일", D("2026-11-25"), None),          # the 25th after the 21st, not December's (after the 26th)
    ("국토부는 리콜에 들어간다고 21일 밝혔다. 조사는 지난 24일 끝났다.", "2026-11-26",
     "지난 24일", D("2026-10-24"), None),          # the 24th before the 21st: October's
    # a report day after the reference date is last month's: a report is past (published 12-03)
    ("국토부는 리콜에 들어간다고 21일 밝혔다.", "2026-12-03",
     "21일", D("2026-11-21"), None),               # 21 > 3: November, not December 21
    ("국토부는 리콜에 들어간다고 21일 밝혔다. 소유자는 오는 25일부터 업데이트를 받는다.", "2026-12-03",
     "오는 25일", D("2026-11-25"), None),          # from the report day 11-21, not 12-25
    # with the report day on the reference date, nothing changes
    ("국토부는 리콜에 들어간다고 26일 밝혔다. 소유자는 오는 25일부터 업데이트를 받는다.", "2026-11-26",
     "오는 25일", D("2026-12-25"), None),          # the next 25th after the 26th
]


@pytest.mark.parametrize("text, ref, surface, value, value_end", CONTEXT)
def test_bare_dates_take_their_month_or_year_from_context(make_ctx, text, ref, surface, value, value_end):
    found = {m.text: (m.value, m.value_end) for m in extract(make_ctx(text, ref))}
    assert found[surface] == (value, value_end)


RECURRING = [
    # text: months or days listed after a recurring word (매년, 매월 …) are no calendar dates
    "대구시는 매년 4월과 10월 두 차례 청년 창업 지원 대상자를 모집한다.",  # 4월 and 10월 recur
    "상담회는 매월 1일과 15일에 열린다.",
    "정기 점검은 매월 1일, 15일, 25일 진행한다.",
    "새 요금제는 매년 3월 1일 적용된다.",  # the whole date after 매년 recurs (before: a bare 1일 of the reference month)
    "시는 10월마다 축제를 연다.",           # N월마다 = every October
    "해마다 5월이면 관광객이 붐빈다.",
    "무료 강좌는 매주 월요일과 목요일 열린다.",  # weekdays listed after 매주 recur too
    "상설 공연은 매주 화·목요일 열린다.",  # 화·목요일: Tuesdays and Thursdays
]


NOT_ONE_MONTH = [
    # text, the surfaces that ARE dates: 역대/예년 + a month means every such month
    ("지난 10월 판매량은 역대 11월 중 최대치를 넘었다.", ["지난 10월"]),  # 역대 11월: every November
    ("이달 강수량은 예년 11월 평균의 두 배였다.", ["이달"]),            # 예년 11월: Novembers of past years
]


@pytest.mark.parametrize("text, surfaces", NOT_ONE_MONTH)
def test_every_such_month_is_no_date(make_ctx, text, surfaces):
    assert [m.text for m in extract(make_ctx(text, "2026-11-26"))] == surfaces


@pytest.mark.parametrize("text", RECURRING)
def test_listed_after_a_recurring_word_is_no_date(make_ctx, text):
    assert [m.text for m in extract(make_ctx(text, "2026-11-26"))] == []
