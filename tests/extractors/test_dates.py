"""dates family: hand-worked tables (sentences written for these tests, press-release style).

Weekdays used below, worked out from 2023-01-01 = Sunday: 2023-01-16 Monday, 2023-01-03
Tuesday, 2022-12-30 Friday, 2023-03-31 Friday, 2024-02-29 Thursday (2024-02-01 Thursday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kopress.extractors.dates import extract


def _mentions(make_ctx, text, ref):
    ctx = make_ctx(text, ref)
    out = extract(ctx)
    for m in out:
        assert text[m.start:m.end] == m.text
    return out


def _one(make_ctx, text, ref, surface):
    found = [m for m in _mentions(make_ctx, text, ref) if m.text == surface]
    assert len(found) == 1, [(m.text, m.value) for m in _mentions(make_ctx, text, ref)]
    return found[0]


def _d(iso):
    return dt.date.fromisoformat(iso) if iso else None


# (sentence, reference date, surface, value, value_end, granularity)
HOLIDAYS_SEASONS = [
    ("광복절 특별사면을 단행했다.", "2023-06-01", "광복절", "2023-08-15", None, "day"),  # fixed 8/15, ref year
    ("올해 크리스마스 시즌", "2023-06-01", "올해 크리스마스", "2023-12-25", None, "day"),  # 12/25 of 2023
    ("2022년 한글날 행사", None, "2022년 한글날", "2022-10-09", None, "day"),  # absolute year + 10/9
    ("어린이날 행사를 열었다.", "2024-03-01", "어린이날", "2024-05-05", None, "day"),  # 5/5 of ref year
    ("올해 여름 출시한다.", "2023-01-16", "올해 여름", "2023-06-01", "2023-08-31", "month"),  # 여름 = Jun–Aug
    ("지난해 겨울 착공했다.", "2023-06-01", "지난해 겨울", "2022-12-01", "2023-02-28", "month"),  # Dec 2022–Feb 2023
    ("2024년 봄 개장한다.", None, "2024년 봄", "2024-03-01", "2024-05-31", "month"),  # 봄 = Mar–May
    ("올 가을 신제품", "2023-01-16", "올 가을", "2023-09-01", "2023-11-30", "month"),  # 올 = this year
]

DAYS = [
    ("회사는 지난 3일 신제품을 공개했다.", "2023-01-16", "지난 3일", "2023-01-03", None, "day"),  # 3 ≤ 16: this month
    ("양사는 지난 20일 협약을 맺었다.", "2023-01-16", "지난 20일", "2022-12-20", None, "day"),  # 20 > 16 → Dec of last year
    ("센터는 지난 16일 문을 열었다.", "2023-01-16", "지난 16일", "2023-01-16", None, "day"),  # on or before: the day itself
    ("지난 31일 실적을 발표했다.", "2023-03-03", "지난 31일", "2023-01-31", None, "day"),  # Mar 31 > 3; Feb has no 31st → Jan 31
    ("지난 28일 계약을 체결했다.", "2023-01-03", "지난 28일", "2022-12-28", None, "day"),  # 28 > 3 → Dec 2022
    ("박람회는 오는 20일 개막한다.", "2023-01-16", "오는 20일", "2023-01-20", None, "day"),  # 20 > 16: this month
    ("설명회는 오는 5일 열린다.", "2023-01-16", "오는 5일", "2023-02-05", None, "day"),  # 5 ≤ 16 → next month
    ("신청은 오는 16일 마감한다.", "2023-01-16", "오는 16일", "2023-02-16", None, "day"),  # strictly after → Feb 16
    ("제품은 오는 3일 출시된다.", "2022-12-30", "오는 3일", "2023-01-03", None, "day"),  # 3 ≤ 30 → Jan of next year
    ("본선은 오는 30일 치러진다.", "2023-01-31", "오는 30일", "2023-03-30", None, "day"),  # Feb has no 30th → Mar 30
    ("삼성전자는 3일 이같이 밝혔다.", "2023-01-16", "3일", "2023-01-03", None, "day"),  # bare day: reference month
    ("행사는 25일 서울에서 열린다.", "2023-01-16", "25일", "2023-01-25", None, "day"),  # bare day: reference month
    ("지원 사업은 29일 공고된다.", "2024-02-10", "29일", "2024-02-29", None, "day"),  # 2024 is a leap year
    ("회사는 지난달 28일 제품을 출시했다.", "2023-01-03", "지난달 28일", "2022-12-28", None, "day"),  # Jan-1 → Dec 2022
    ("지난 달 19일 열린 회의에서", "2023-03-05", "지난 달 19일", "2023-02-19", None, "day"),  # Mar-1 → Feb
    ("다음 달 7일 착공한다.", "2023-12-20", "다음 달 7일", "2024-01-07", None, "day"),  # Dec+1 → Jan 2024
    ("내달 3일 문을 연다.", "2023-01-16", "내달 3일", "2023-02-03", None, "day"),  # Jan+1 → Feb
    ("이달 18일 출범한다.", "2023-01-16", "이달 18일", "2023-01-18", None, "day"),  # this month
    ("어제 협약식이 열렸다.", "2023-01-01", "어제", "2022-12-31", None, "day"),  # 2023-01-01 − 1 day
    ("오늘 공식 출시된다.", "2023-01-16", "오늘", "2023-01-16", None, "day"),  # the reference day
    ("내일 결과가 발표된다.", "2024-02-28", "내일", "2024-02-29", None, "day"),  # leap day
    ("㈜다온은 금일 이사회를 열고 투자를 결정했다.", "2026-11-27", "금일", "2026-11-27", None, "day"),  # 今日 = the reference day
    ("'스마트 도시' 포럼은 내일 열린다.", "2026-11-27", "내일", "2026-11-28", None, "day"),  # after the quotes close: a day
    ("결과는 금일(27일) 발표된다.", "2026-11-27", "금일(27일)", "2026-11-27", None, "day"),  # the stated day agrees
    ("모레 개막한다.", "2023-12-30", "모레", "2024-01-01", None, "day"),  # 12-30 + 2 days
    ("그제 현장을 찾았다.", "2023-03-01", "그제", "2023-02-27", None, "day"),  # 03-01 − 2 days
    ("지난주 금요일 발표했다.", "2023-01-16", "지난주 금요일", "2023-01-13", None, "day"),  # Mon 01-09 + 4
    ("다음 주 화요일 출시한다.", "2023-01-16", "다음 주 화요일", "2023-01-24", None, "day"),  # Mon 01-23 + 1
    ("지난 금요일 발표했다.", "2023-01-16", "지난 금요일", "2023-01-13", None, "day"),  # Mon 16 − 3
    ("지난 월요일 열린", "2023-01-16", "지난 월요일", "2023-01-09", None, "day"),  # strictly before a Monday ref: −7
    ("오는 수요일 개막", "2022-12-30", "오는 수요일", "2023-01-04", None, "day"),  # Fri 12-30 + 5
    ("이번 주 수요일 공개된다.", "2023-01-01", "이번 주 수요일", "2022-12-28", None, "day"),  # Sun 01-01 is in week Mon 12-26 + 2
]

MONTHS = [
    ("지난 5월 문을 열었다.", "2023-01-16", "지난 5월", "2022-05-01", "2022-05-31", "month"),  # May > Jan → last year
    ("지난 1월 출시한 제품", "2023-01-16", "지난 1월", "2023-01-01", "2023-01-31", "month"),  # Jan ≤ Jan: on or before
    ("오는 3월 개소한다.", "2023-01-16", "오는 3월", "2023-03-01", "2023-03-31", "month"),  # Mar > Jan
    ("오는 1월 시행된다.", "2023-01-16", "오는 1월", "2024-01-01", "2024-01-31", "month"),  # strictly after → next Jan
    ("신제품은 5월 출시될 예정이다.", "2023-01-16", "5월", "2023-05-01", "2023-05-31", "month"),  # bare month: ref year
    ("2월 중 착공한다.", "2024-01-10", "2월", "2024-02-01", "2024-02-29", "month"),  # leap February
    ("지난달 매출이 늘었다.", "2023-01-03", "지난달", "2022-12-01", "2022-12-31", "month"),  # Jan-1 → Dec 2022
    ("이달 말까지 접수한다.", "2023-02-10", "이달 말", "2023-02-21", "2023-02-28", "month"),  # 말 = 21st–last day
    ("이달 말 발표한다.", "2024-02-10", "이달 말", "2024-02-21", "2024-02-29", "month"),  # leap Feb: last day 29
    ("다음 달 초 공개한다.", "2023-12-15", "다음 달 초", "2024-01-01", "2024-01-10", "month"),  # 초 = 1st–10th
    ("5월 중순 개최된다.", "2023-01-16", "5월 중순", "2023-05-11", "2023-05-20", "month"),  # 중순 = 11th–20th
    ("5월 초·중순 개최", "2023-01-16", "5월 초·중순", "2023-05-01", "2023-05-20", "month"),  # 초 1st … 중순 20th
    ("6월 중·하순 예정", "2023-01-16", "6월 중·하순", "2023-06-11", "2023-06-30", "month"),  # 중순 11th … 하순 30th
    ("지난 1월 말 준공했다.", "2023-03-02", "지난 1월 말", "2023-01-21", "2023-01-31", "month"),  # Jan ≤ Mar
    ("지난 6월말 마무리됐다.", "2023-03-02", "지난 6월말", "2022-06-21", "2022-06-30", "month"),  # Jun > Mar → 2022
    ("11월 초 선보인다.", "2023-01-16", "11월 초", "2023-11-01", "2023-11-10", "month"),  # ref year, 초
    ("지난 6∼7월 실시했다.", "2023-09-01", "지난 6∼7월", "2023-06-01", "2023-07-31", "month"),  # Jun ≤ Sep
    ("올 3월 문을 연다.", "2023-01-16", "올 3월", "2023-03-01", "2023-03-31", "month"),  # 올 = this year
    ("지난해 11월 착수했다.", "2023-01-03", "지난해 11월", "2022-11-01", "2022-11-30", "month"),  # 2023−1
    ("내년 3월 완공된다.", "2023-06-01", "내년 3월", "2024-03-01", "2024-03-31", "month"),  # 2023+1
    ("작년 5월 설립됐다.", "2023-01-16", "작년 5월", "2022-05-01", "2022-05-31", "month"),  # 2023−1
    ("23년 1월 출시", None, "23년 1월", "2023-01-01", "2023-01-31", "month"),  # 23 < 50 → 2023
    ("98년 3월 설립", None, "98년 3월", "1998-03-01", "1998-03-31", "month"),  # 98 ≥ 50 → 1998
    ("23년 상반기 출시", None, "23년 상반기", "2023-01-01", "2023-06-30", "half"),  # 23 → 2023, H1
    ("24년도 예산안", None, "24년도", "2024-01-01", "2024-12-31", "year"),  # 도 marks a (fiscal) year
    ("'23년 신제품", None, "'23년", "2023-01-01", "2023-12-31", "year"),  # apostrophe year
    ("2022년 12월 가동했다.", None, "2022년 12월", "2022-12-01", "2022-12-31", "month"),  # absolute
]

YEARS = [
    ("올해 매출 목표는", "2023-01-16", "올해", "2023-01-01", "2023-12-31", "year"),  # ref year
    ("지난해 영업이익은", "2023-01-03", "지난해", "2022-01-01", "2022-12-31", "year"),  # 2023−1
    ("작년 대비 늘었다.", "2023-01-16", "작년", "2022-01-01", "2022-12-31", "year"),  # 2023−1
    ("내년 착공 예정이다.", "2022-12-30", "내년", "2023-01-01", "2023-12-31", "year"),  # 2022+1
    ("재작년 처음 도입됐다.", "2023-05-01", "재작년", "2021-01-01", "2021-12-31", "year"),  # 2023−2
    ("2023년 사업계획을", None, "2023년", "2023-01-01", "2023-12-31", "year"),  # absolute, no ref needed
    ("지난 2010년 설립된", "2023-01-16", "지난 2010년", "2010-01-01", "2010-12-31", "year"),  # 지난 + full year = that year
    ("올해 초 출시했다.", "2023-05-01", "올해 초", "2023-01-01", "2023-03-31", "year"),  # year 초 = Jan–Mar
    ("지난해 말 완공했다.", "2023-01-03", "지난해 말", "2022-10-01", "2022-12-31", "year"),  # year 말 = Oct–Dec
    ("연말까지 마무리한다.", "2023-06-01", "연말", "2023-10-01", "2023-12-31", "year"),  # 연말 = ref year 말
    ("연초 계획을 세웠다.", "2024-01-02", "연초", "2024-01-01", "2024-03-31", "year"),  # 연초 = ref year 초
    ("올 연말 출시한다.", "2023-06-01", "올 연말", "2023-10-01", "2023-12-31", "year"),  # 올 + 연말 = this year 말
    ("내년 연초 착공", "2023-06-01", "내년 연초", "2024-01-01", "2024-03-31", "year"),  # 2023+1, 초 = Jan–Mar
    ("상반기 중 출시한다.", "2023-06-01", "상반기", "2023-01-01", "2023-06-30", "half"),  # H1 of ref year
    ("하반기에 공개한다.", "2023-06-01", "하반기", "2023-07-01", "2023-12-31", "half"),  # H2 of ref year
    ("내년 상반기 양산한다.", "2023-11-01", "내년 상반기", "2024-01-01", "2024-06-30", "half"),  # 2023+1, H1
    ("2023년 하반기 가동", None, "2023년 하반기", "2023-07-01", "2023-12-31", "half"),  # absolute H2
    ("1분기 실적을 발표했다.", "2023-06-01", "1분기", "2023-01-01", "2023-03-31", "quarter"),  # Q1 of ref year
    ("4분기 영업이익은", "2023-06-01", "4분기", "2023-10-01", "2023-12-31", "quarter"),  # Q4 = Oct–Dec
    ("지난해 4분기 매출은", "2023-01-16", "지난해 4분기", "2022-10-01", "2022-12-31", "quarter"),  # 2022 Q4
    ("2011년 2/4분기 실적", None, "2011년 2/4분기", "2011-04-01", "2011-06-30", "quarter"),  # Q2 = Apr–Jun
    ("누적 기준 1~3분기 매출은", "2026-11-26", "1~3분기", "2026-01-01", "2026-09-30", "quarter"),  # Q1 first day … Q3 (3×3 = Sep) last day
    ("2025년 2∼4분기 실적", None, "2025년 2∼4분기", "2025-04-01", "2025-12-31", "quarter"),  # Q2 (3×2−2 = Apr) … Q4 (Dec)
    # the quarter in Latin after a year (before: the year alone, or nothing)
    ("2026년 3Q 영업이익은 850억원이다.", None, "2026년 3Q", "2026-07-01", "2026-09-30", "quarter"),  # Q3 = Jul–Sep
    ("올해 Q3 매출은 4,210억원이다.", "2026-11-27", "올해 Q3", "2026-07-01", "2026-09-30", "quarter"),
    ("지난해 4Q 실적이 개선됐다.", "2026-11-27", "지난해 4Q", "2025-10-01", "2025-12-31", "quarter"),  # 2026 − 1
    ("1990년대 들어", None, "1990년대", "1990-01-01", "1999-12-31", "year"),  # decade 1990–1999
    ("1990년대 말 설립된", None, "1990년대 말", "1997-01-01", "1999-12-31", "year"),  # decade 말 = years 7–9
    ("90년대 후반 외환위기", None, "90년대 후반", "1995-01-01", "1999-12-31", "year"),  # 90 ≥ 50 → 1990s; 후반 = 5–9
]

WEEKS = [
    ("지난주 출시된", "2023-01-16", "지난주", "2023-01-09", "2023-01-15", "week"),  # Mon 01-16 → previous Mon–Sun
    ("이번 주 발표된다.", "2023-01-18", "이번 주", "2023-01-16", "2023-01-22", "week"),  # Wed 01-18 in week of Mon 01-16
    ("다음 주 공개된다.", "2022-12-30", "다음 주", "2023-01-02", "2023-01-08", "week"),  # Fri 12-30 → Mon 12-26 + 7
    ("지난 주말 열린 행사", "2023-01-18", "지난 주말", "2023-01-14", "2023-01-15", "week"),  # Mon 01-09 + 5, + 6
    ("이번 주말 개봉한다.", "2023-01-18", "이번 주말", "2023-01-21", "2023-01-22", "week"),  # Mon 01-16 + 5, + 6
    ("다음 주말 열린다.", "2022-12-28", "다음 주말", "2023-01-07", "2023-01-08", "week"),  # Mon 01-02 + 5, + 6
    # a week of a month (dates.toml [week_of_month]): week 1 holds the month's first Thursday
    # 2026-12-01 is a Tuesday (2026-11-01 Sunday + 30 = 4 weeks + 2 days): week 1 = Mon 11-30 … Sun 12-06
    ("행사는 다음 달 둘째 주에 열린다.", "2026-11-27", "다음 달 둘째 주", "2026-12-07", "2026-12-13", "week"),  # 11-30 + 7
    ("설명회는 12월 첫째 주부터 열린다.", "2026-11-27", "12월 첫째 주", "2026-11-30", "2026-12-06", "week"),  # week 1 opens in November
    # 2026-12-31 is a Thursday (12-01 Tuesday + 30 = 4 weeks + 2 days): the last week holds it
    ("박람회는 12월 마지막 주에 열린다.", "2026-11-27", "12월 마지막 주", "2026-12-28", "2027-01-03", "week"),  # Thu 12-31 − 3
    # 2027-04-01 is a Thursday (2026-12-31 Thursday + 91 = 13 weeks): week 1 = Mon 03-29 … Sun 04-04
    ("축제는 2027년 4월 셋째 주 중 열린다.", "2026-11-27", "2027년 4월 셋째 주", "2027-04-12", "2027-04-18", "week"),  # 03-29 + 14
    # …a weekday of that week is its day when it lies in the month (토요일 = Monday + 5)
    ("축제는 2027년 4월 첫째 주 토요일에 시작한다.", "2026-11-27", "2027년 4월 첫째 주 토요일", "2027-04-03", None, "day"),  # 03-29 + 5
    # 2027-03-01 is a Monday (2027-04-01 Thursday − 31 = − 4 weeks − 3 days): week 1 = 03-01 … 03-07
    ("2027년 3월 첫째 주 월요일에 연다.", "2026-11-27", "2027년 3월 첫째 주 월요일", "2027-03-01", None, "day"),
    # …the month's range where the plain reading names another week: 2026-11-01 is a Sunday (week 1:
    # 10-26 … 11-01, holding the 1st, or 11-02 … 11-08, holding the first Thursday?): no week guessed
    ("신제품은 11월 넷째 주부터 판매된다.", "2026-11-20", "11월 넷째 주", "2026-11-01", "2026-11-30", "month"),
    # 2027-05-01 is a Saturday (2027-04-01 Thursday + 30 = 4 weeks + 2 days)
    ("설명회는 2027년 5월 첫 주에 열린다.", "2026-11-27", "2027년 5월 첫 주", "2027-05-01", "2027-05-31", "month"),
]

ABSOLUTE = [
    ("협약은 2023년 1월 4일 체결됐다.", None, "2023년 1월 4일", "2023-01-04", None, "day"),  # as written
    ("2023. 1. 4. 배포된 자료", None, "2023. 1. 4.", "2023-01-04", None, "day"),  # dotted with spaces
    ("2023.01.04 발표", None, "2023.01.04", "2023-01-04", None, "day"),  # dotted, zero-padded
    ("기준일 2023-01-04 현재", None, "2023-01-04", "2023-01-04", None, "day"),  # ISO
    ("접수 마감 2023/01/04", None, "2023/01/04", "2023-01-04", None, "day"),  # slashes
    ("1932년 5월 1일 문을 연", None, "1932년 5월 1일", "1932-05-01", None, "day"),  # as written
    ("2024년 2월 29일 개정", None, "2024년 2월 29일", "2024-02-29", None, "day"),  # leap day exists in 2024
    ("2023년1월4일 개통", None, "2023년1월4일", "2023-01-04", None, "day"),  # no spaces
    ("지난 11월 15일 열린", "2023-01-16", "지난 11월 15일", "2022-11-15", None, "day"),  # (11,15) > (1,16) → 2022
    ("오는 3월 2일 개학", "2023-01-16", "오는 3월 2일", "2023-03-02", None, "day"),  # (3,2) > (1,16) → 2023
    ("오는 1월 10일 시행", "2023-01-16", "오는 1월 10일", "2024-01-10", None, "day"),  # (1,10) ≤ (1,16) → 2024
    ("지난해 5월 17일 출범한", "2023-01-16", "지난해 5월 17일", "2022-05-17", None, "day"),  # 2023−1
    ("일시: 1.16(월) 개최", "2023-01-10", "1.16(월)", "2023-01-16", None, "day"),  # M.D + weekday: ref year
    ("일시: 2/3(금) 마감", "2023-01-10", "2/3(금)", "2023-02-03", None, "day"),  # M/D + weekday: ref year
    ("'23.1.16 출시", None, "'23.1.16", "2023-01-16", None, "day"),  # '23 → 2023 (pivot 50)
    # the apostrophe a word processor curls (’) marks the year as well (it was left out: the year came
    # from the reference date)
    ("일시: ’25. 12. 1.(월)", "2026-11-27", "’25. 12. 1.(월)", "2025-12-01", None, "day"),  # ’25 → 2025
    ("’23.1.16 출시", None, "’23.1.16", "2023-01-16", None, "day"),  # ’23 → 2023
    ("2023년 1~3월 매출은", None, "2023년 1~3월", "2023-01-01", "2023-03-31", "month"),  # month range
    ("7월 9일 개최된", "2023-01-16", "7월 9일", "2023-07-09", None, "day"),  # bare month-day: ref year
]

RANGES = [
    ("전시는 3일부터 7일까지 열린다.", "2023-01-16", "3일부터 7일까지", "2023-01-03", "2023-01-07", "day"),  # ref month
    ("접수는 3~5일 진행된다.", "2023-01-16", "3~5일", "2023-01-03", "2023-01-05", "day"),  # ref month
    ("행사는 3월 2일~4일 열린다.", "2023-01-16", "3월 2일~4일", "2023-03-02", "2023-03-04", "day"),  # end inherits March
    ("2023년부터 2025년까지 투입한다.", None, "2023년부터 2025년까지", "2023-01-01", "2025-12-31", "year"),  # 3 years
    ("12월 28일~1월 3일 운영", "2022-12-20", "12월 28일~1월 3일", "2022-12-28", "2023-01-03", "day"),  # end rolls to 2023
    ("28일~3일 진행", "2023-01-16", "28일~3일", "2023-01-28", "2023-02-03", "day"),  # end rolls to next month
    # a numeric date with a bare end: the day (~5) or month.day (~12.5) of the same year
    ("행사는 2026.12.3~5 열린다.", "2026-11-26", "2026.12.3~5", "2026-12-03", "2026-12-05", "day"),  # days 3 to 5 of December
    ("박람회는 2026.12.3~12.5 열린다.", "2026-11-26", "2026.12.3~12.5", "2026-12-03", "2026-12-05", "day"),  # 12.5 = December 5
    ("접수는 2026.12.3~5까지 받는다.", "2026-11-26", "2026.12.3~5까지", "2026-12-03", "2026-12-05", "day"),  # 까지 closes it
    # an end month before the start month runs over the year end (at most 3 months on)
    ("빛축제는 2026.12.30~1.2 열린다.", "2026-11-26", "2026.12.30~1.2", "2026-12-30", "2027-01-02", "day"),  # 1 < 12: January 2 of 2026+1
    ("겨울 캠프는 2026.11.28~1.3까지 운영한다.", "2026-11-26", "2026.11.28~1.3까지", "2026-11-28", "2027-01-03", "day"),  # 1+12-11 = 2 months on: 2027
    ("전시는 2026. 12. 30.~1. 2. 열린다.", "2026-11-26", "2026. 12. 30.~1. 2.", "2026-12-30", "2027-01-02", "day"),  # spaced dots at the end too
    ("출품 기간: 2014. 10. 17 ~ 10. 27 (11일간)", None, "2014. 10. 17 ~ 10. 27", "2014-10-17", "2014-10-27", "day"),  # spaced end 10. 27: October 27
    # a month.day with neither year nor weekday only as a range from December into January
    ("해맞이 행사는 12.30~1.2 한빛공원에서 열린다.", "2026-11-26", "12.30~1.2", "2026-12-30", "2027-01-02", "day"),  # 12.30 in the ref year, 1.2 rolled to 2027
    # the official month. day. form (a space after the month's point, a point after the day) is no
    # decimal: a forward range is a date without a weekday or a year
    ("신청은 12. 1.~12. 10. 온라인으로 받는다.", "2026-11-27", "12. 1.~12. 10.", "2026-12-01", "2026-12-10", "day"),
    ("접수: 12. 1. ~ 12. 10.", "2026-11-27", "12. 1. ~ 12. 10.", "2026-12-01", "2026-12-10", "day"),
    ("휴무: 12. 28.~1. 5.", "2026-11-27", "12. 28.~1. 5.", "2026-12-28", "2027-01-05", "day"),  # over the year end
    ("해맞이 행사는 12.31∼1.1 열린다.", "2027-12-01", "12.31∼1.1", "2027-12-31", "2028-01-01", "day"),  # ref year 2027, end 2027+1
    ("2005∼2015년 조사", None, "2005∼2015년", "2005-01-01", "2015-12-31", "year"),  # year range
    ("오는 3∼4일 열린다.", "2023-01-16", "오는 3∼4일", "2023-02-03", "2023-02-04", "day"),  # 3 ≤ 16 → Feb
    ("이달 10∼11일 열린", "2023-01-16", "이달 10∼11일", "2023-01-10", "2023-01-11", "day"),  # this month
    ("7일∼13일 진행", "2023-01-16", "7일∼13일", "2023-01-07", "2023-01-13", "day"),  # both days written
    ("2023년 3월 2일부터 4월 5일까지", None, "2023년 3월 2일부터 4월 5일까지", "2023-03-02", "2023-04-05", "day"),  # year inherited
    ("9~24일 열리는", "2023-02-01", "9~24일", "2023-02-09", "2023-02-24", "day"),  # ref month Feb
    # 부터 + 45 days with no duration read (the dates family alone): a start date; in the pipeline,
    # after the amounts family, the range of LASTING below
    ("전시는 6일부터 45일간 열린다.", "2023-02-01", "6일", "2023-02-06", None, "day"),
]


@pytest.mark.parametrize("text,ref,surface,value,value_end,gran", HOLIDAYS_SEASONS + DAYS + MONTHS + YEARS + WEEKS + ABSOLUTE + RANGES)
def test_resolved(make_ctx, text, ref, surface, value, value_end, gran):
    m = _one(make_ctx, text, ref, surface)
    assert m.resolved is True
    assert m.value == _d(value)
    assert m.value_end == _d(value_end)
    assert m.granularity == gran



# A start day, 부터 and an exact duration of days or weeks (dates.toml [lasting]), after the amounts
# family: one range, value_end = start + (days − 1). (sentence, reference, surface, value, value_end)
LASTING = [
    ("박람회는 26일부터 이틀간 벡스코에서 열린다.", "2026-11-27", "26일부터 이틀간", "2026-11-26", "2026-11-27"),  # 26+2−1 = 27
    ("교육은 10일부터 사흘 동안 진행된다.", "2026-11-27", "10일부터 사흘 동안", "2026-11-10", "2026-11-12"),  # 10+3−1 = 12
    ("행사는 오는 3일(목)부터 열흘간 이어진다.", "2026-11-27", "오는 3일(목)부터 열흘간", "2026-12-03", "2026-12-12"),  # 3+10−1
    ("캠페인은 지난 3일부터 일주일간 진행됐다.", "2026-11-27", "지난 3일부터 일주일간", "2026-11-03", "2026-11-09"),  # 1 week = 7 days: 3+7−1 = 9
    ("접수는 26일부터 보름간 받는다.", "2026-11-27", "26일부터 보름간", "2026-11-26", "2026-12-10"),  # 26+15−1 = 40 = Nov 30 + 10
    ("대회는 12월 30일부터 나흘간 열린다.", "2026-11-27", "12월 30일부터 나흘간", "2026-12-30", "2027-01-02"),  # 30, 31, 1, 2
    ("전시는 6일부터 45일간 열린다.", "2023-02-01", "6일부터 45일간", "2023-02-06", "2023-03-22"),  # 6+45−1 = 50 = Feb 28 + 22
    ("연수는 2일부터 3박4일간 진행된다.", "2026-11-27", "2일부터 3박4일간", "2026-11-02", "2026-11-05"),  # 4 days: 2+4−1 = 5
    ("회담은 12일부터 1박 2일의 일정으로 열린다.", "2026-11-27", "12일부터 1박 2일", "2026-11-12", "2026-11-13"),  # 12+2−1
    # …not an approximate duration, a month or a year (no end guessed), nor a duration not right after 부터
    ("공사는 5일부터 약 2주간 진행된다.", "2026-11-27", "5일", "2026-11-05", None),
    ("축제는 20일부터 10여일간 열린다.", "2026-11-27", "20일", "2026-11-20", None),
    ("전시는 12월 15일부터 한 달간 열린다.", "2026-11-27", "12월 15일", "2026-12-15", None),
    ("박람회는 26일 개막해 사흘간 열린다.", "2026-11-27", "26일", "2026-11-26", None),
    ("민원은 지난 2일부터 사흘 만에 3건이 접수됐다.", "2026-11-27", "지난 2일", "2026-11-02", None),  # time elapsed
    ("신청은 5일부터 열흘 이내에 해야 한다.", "2026-11-27", "5일", "2026-11-05", None),  # a bound
    ("접수는 3일부터 7일까지 닷새간 받는다.", "2026-11-27", "3일부터 7일까지", "2026-11-03", "2026-11-07"),  # the written end stays
]


@pytest.mark.parametrize("text,ref,surface,value,value_end", LASTING)
def test_a_start_day_and_a_duration_is_a_range(text, ref, surface, value, value_end):
    from kopress.api import extract as pipeline_extract

    doc = pipeline_extract(text, reference_date=ref)
    found = [d for d in doc.dates if d.text == surface]
    assert len(found) == 1, [(d.text, d.value, d.value_end) for d in doc.dates]
    assert text[found[0].start:found[0].end] == surface
    assert (found[0].value, found[0].value_end) == (_d(value), _d(value_end))
    assert found[0].resolved
    if value_end is not None and "까지" not in surface:  # the duration stays an amount of its own
        assert [a.kind for a in doc.amounts if found[0].start < a.start and a.end == found[0].end] == ["DURATION"]

# (sentence, reference, surface, value, time, time_offset inside the span)
TIMES_ATTACHED = [
    ("21일 오후 2시 서울에서", "2023-01-16", "21일 오후 2시", "2023-01-21", "14:00", 4),  # 오후 2 → 14
    ("이날 오전 10시 30분 열린", "2023-01-16", "이날 오전 10시 30분", "2023-01-16", "10:30", 3),  # 이날 = ref
    ("등록 2023-01-16 09:00 기준", None, "2023-01-16 09:00", "2023-01-16", "09:00", 11),  # colon time
    ("오늘 정오 공개된다.", "2023-01-16", "오늘 정오", "2023-01-16", "12:00", 3),  # 정오 = 12:00
    ("18일 자정까지 접수", "2023-01-16", "18일 자정", "2023-01-18", "24:00", 4),  # until the 18th ends
    ("내일 밤 10시 방송", "2023-01-16", "내일 밤 10시", "2023-01-17", "22:00", 3),  # 밤 10 → 22
    ("3일 오전 12시 시작", "2023-01-16", "3일 오전 12시", "2023-01-03", "00:00", 3),  # 오전 12 → 00
    ("2023년 1월 4일 오후 3시 반", None, "2023년 1월 4일 오후 3시 반", "2023-01-04", "15:30", 12),  # 반 = 30
    ("25일 14:00 개막", "2023-01-16", "25일 14:00", "2023-01-25", "14:00", 4),  # 24-hour clock
    ("2023. 1. 16.(월) 10:00~12:00", None, "2023. 1. 16.(월) 10:00~12:00", "2023-01-16", "10:00", 16),  # "2023. 1. 16.(월) " is 16 chars
    ("전날 밤 11시 화재", "2023-01-16", "전날 밤 11시", "2023-01-15", "23:00", 3),  # 밤 11 → 23, 전날 = ref−1
]


@pytest.mark.parametrize("text,ref,surface,value,time,offset", TIMES_ATTACHED)
def test_time_attached(make_ctx, text, ref, surface, value, time, offset):
    m = _one(make_ctx, text, ref, surface)
    assert m.value == _d(value)
    assert m.time == time
    assert m.granularity == "day"
    assert m.parts["time_offset"] == offset


# (sentence, surface, time): a time alone has no day → value None, resolved False
TIMES_ALONE = [
    ("행사는 오후 2시 시작한다.", "오후 2시", "14:00"),  # 2+12
    ("오전 10시 30분 개막", "오전 10시 30분", "10:30"),  # as written
    ("14:00 브리핑", "14:00", "14:00"),  # 24-hour clock
    ("정오에 발표한다.", "정오", "12:00"),  # noon
    ("자정까지 운영", "자정", "24:00"),  # midnight = end of the day
    ("오후 3시 반 시작", "오후 3시 반", "15:30"),  # 3+12, 반 = 30
    ("저녁 7시 공연", "저녁 7시", "19:00"),  # 저녁 7 → 19
    ("새벽 4시 출발", "새벽 4시", "04:00"),  # 새벽 stays am
    ("낮 12시 점검", "낮 12시", "12:00"),  # 낮 12 stays 12
    ("오전 10시경 도착", "오전 10시", "10:00"),  # 경 stays outside (parts["approx"])
    ("아침 8시 출근", "아침 8시", "08:00"),  # 아침 stays am
    ("밤 12시 종료", "밤 12시", "00:00"),  # 밤 12 → midnight
    ("오후 2~4시 진행", "오후 2~4시", "14:00"),  # range: start 2+12
    # a time coordinated after one with its period takes the period when that keeps it later
    # (dates.toml time_coordination)
    ("쇼는 매일 오후 8시와 9시 30분 두 차례 열린다.", "9시 30분", "21:30"),  # 9+12 = 21 > 20
    ("공연은 오후 2시, 4시, 7시에 열린다.", "7시", "19:00"),              # 7+12, through 4시 (16:00)
    ("회의는 오전 11시와 1시에 열린다.", "1시", "01:00"),                  # 오전 1시 is no later: as written
]


@pytest.mark.parametrize("text,surface,time", TIMES_ALONE)
def test_time_alone(make_ctx, text, surface, time):
    m = _one(make_ctx, text, "2023-01-16", surface)
    assert m.granularity == "time"
    assert m.time == time
    assert m.value is None
    assert m.resolved is False


# (sentence, surface, value, time): a time coordinated with a time on a day (dates.toml
# time_coordination) is on that day — its hour settled by its own period or the one before it
TIMES_ON_A_SHARED_DAY = [
    ("설명회는 18일 오전 10시와 오후 2시에 열린다.", "오후 2시", "2023-01-18", "14:00"),  # 2+12, the 18th
    ("시는 이날 오전 11시와 오후 3시 두 차례 설명회를 연다.", "오후 3시", "2023-01-16", "15:00"),  # 이날 = ref
    ("설명회는 2월 3일 오전 10시, 오후 2시 두 차례 열린다.", "오후 2시", "2023-02-03", "14:00"),  # a comma
    ("공연은 20일 오후 8시와 9시 30분에 열린다.", "9시 30분", "2023-01-20", "21:30"),  # period lent: 9+12
    ("공연은 20일 오전 11시와 15시에 열린다.", "15시", "2023-01-20", "15:00"),  # a 24-hour clock
]


@pytest.mark.parametrize("text,surface,value,time", TIMES_ON_A_SHARED_DAY)
def test_time_coordinated_with_a_dated_time_takes_its_day(make_ctx, text, surface, value, time):
    m = _one(make_ctx, text, "2023-01-16", surface)
    assert (m.value.isoformat(), m.time, m.resolved, m.granularity) == (value, time, True, "day")
    assert m.rule_id == "dates.time.shared_day.v1"


@pytest.mark.parametrize("text,surface", [
    ("회의는 20일 오전 11시와 1시에 열린다.", "1시"),  # 오전 1시 is no later, 오후 is a guess: no day either
    ("20일 오전 10시 개막식을 열고, 오후 2시에는 포럼을 연다.", "오후 2시"),  # another clause: not coordinated
    ("회의는 오전 10시와 오후 2시에 열린다.", "오후 2시"),  # the first has no day to lend
])
def test_time_not_coordinated_with_a_dated_time_stays_dayless(make_ctx, text, surface):
    m = _one(make_ctx, text, "2023-01-16", surface)
    assert (m.value, m.resolved, m.granularity) == (None, False, "time")


# (sentence, surface, value, weekday_mismatch)
WEEKDAYS = [
    ("1월 4일(수) 개최", "1월 4일(수)", "2023-01-04", False),  # 2023-01-04 is a Wednesday
    ("1월 4일(목) 개최", "1월 4일(목)", "2023-01-04", True),  # written 목, the date is 수
    ("2023년 1월 16일 월요일 배포", "2023년 1월 16일 월요일", "2023-01-16", False),  # Monday
    ("2023. 1. 17.(월) 조간", "2023. 1. 17.(월)", "2023-01-17", True),  # 01-17 is a Tuesday
    ("23일 토요일 열린다", "23일 토요일", "2023-01-23", True),  # 01-23 is a Monday
    ("1월 18일(水) 개최", "1월 18일(水)", "2023-01-18", False),  # hanja 水 = Wednesday; 16 Mon + 2
]


# (sentence, weekday surface, value taken from the day beside it, mismatch)
WEEKDAYS += [
    ("월요일인 16일 발표했다", "월요일", "2023-01-16", False),  # 01-16 is a Monday
    ("목요일인 16일 발표했다", "목요일", "2023-01-16", True),  # 01-16 is not a Thursday
    ("월요일인 오늘 공개된다", "월요일", "2023-01-16", False),  # 오늘 = ref, a Monday
    ("오는 20일, 금요일에 열린다", "금요일", "2023-01-20", False),  # 01-20 = Monday 16 + 4 → Friday
    ("접수 1.16(월)~1.20(금)", "1.16(월)~1.20(금)", "2023-01-16", False),  # Mon 16, Fri 20: both right
    ("접수 1.16(월)~1.20(목)", "1.16(월)~1.20(목)", "2023-01-16", True),  # the end's weekday is wrong
]


@pytest.mark.parametrize("text,surface,value,mismatch", WEEKDAYS)
def test_weekday_check(make_ctx, text, surface, value, mismatch):
    m = _one(make_ctx, text, "2023-01-16", surface)
    assert m.value == _d(value)
    assert m.weekday_mismatch is mismatch
    # the day beside an apposed weekday is flagged the same way
    for other in _mentions(make_ctx, text, "2023-01-16"):
        if other.value == m.value:
            assert other.weekday_mismatch is mismatch


# (document, reference, surface, value): 이날/전날/이튿날 point at the last day-level date
ANAPHORA = [
    ("회사는 21일 기념식을 열었다. 이날 행사에는 300명이 참석했다.", "2023-01-22", "이날", "2023-01-21"),  # antecedent 21일
    ("회사는 21일 행사를 열었다고 22일 밝혔다. 이날 행사에는", "2023-01-22", "이날", "2023-01-21"),  # 22일 is the report date
    ("회사는 1일 시무식을 열었다. 전날에는 종무식이 있었다.", "2023-01-02", "전날", "2022-12-31"),  # 2023-01-01 − 1
    ("박람회는 지난달 28일 개막했다. 이튿날에는 세미나가 열렸다.", "2023-03-02", "이튿날", "2023-03-01"),  # 02-28 + 1
    ("대금은 오는 30일 지급한다. 회사는 이날 공급계약도 체결했다.", "2023-01-17", "이날", "2023-01-17"),  # past clause: not the 30th
    ("오는 30일 설명회를 연다. 이날 행사에서는 신제품을 공개한다.", "2023-01-17", "이날", "2023-01-30"),  # future event: the 30th
    ("회사는 9일 계약했다고 10일(현지시간) 밝혔다. 이날 계약식에는", "2023-01-10", "이날", "2023-01-09"),  # 10일 = report
    ("공장은 5일 준공됐다. 같은 날 오후 기념식이 열렸다.", "2023-01-16", "같은 날 오후", "2023-01-05"),  # same day
    ("이날 행사에는 주요 인사가 참석했다.", "2023-01-16", "이날", "2023-01-16"),  # no antecedent → reference
    ("회사는 2019년 설립됐고 이듬해 3월 상장했다.", "2023-01-16", "이듬해 3월", "2020-03-01"),  # 2019+1, March
    ("2010년 입사해 같은 해 승진했다.", "2023-01-16", "같은 해", "2010-01-01"),  # the year just mentioned
]


@pytest.mark.parametrize("text,ref,surface,value", ANAPHORA)
def test_anaphora(make_ctx, text, ref, surface, value):
    m = _one(make_ctx, text, ref, surface)
    assert m.value == _d(value)
    assert m.relative is True


# (sentence, reference, surface, parts): nothing invented when the reference is missing
# the week's number is kept in parts, the weekday the week's day fell on too; 주말 is no week of a month
WEEKS_OF_MONTH_PARTS = [
    ("신제품은 11월 넷째 주부터 판매된다.", "2026-11-20", "11월 넷째 주", {"month": 11, "week_of_month": 4}),
    ("2027년 3월 첫째 주 월요일에 연다.", "2026-11-27", "2027년 3월 첫째 주 월요일",
     {"year": 2027, "month": 3, "week_of_month": 1, "weekday": "월"}),
    ("박람회는 12월 마지막 주에 열린다.", "2026-11-27", "12월 마지막 주", {"month": 12, "week_of_month": -1}),
]


@pytest.mark.parametrize("text,ref,surface,parts", WEEKS_OF_MONTH_PARTS)
def test_week_of_month_parts(make_ctx, text, ref, surface, parts):
    assert _one(make_ctx, text, ref, surface).parts == parts


def test_a_weekend_after_an_ordinal_is_no_week_of_the_month(make_ctx):
    # 셋째 주말 (the third weekend) is no 셋째 주: the month stays a month
    assert [m.text for m in _mentions(make_ctx, "행사는 11월 셋째 주말에 열린다.", "2026-11-20")] == ["11월"]


UNRESOLVED = [
    ("회사는 지난달 28일 출시했다.", None, "지난달 28일", {"month_offset": -1, "day": 28}),  # no ref
    ("삼성전자는 3일 밝혔다.", None, "3일", {"day": 3}),  # bare day, no ref
    ("지난 3일 열린", None, "지난 3일", {"day": 3, "prefix": "지난"}),  # no ref
    ("올해 목표는", None, "올해", {"year_offset": 0}),  # no ref
    ("이날 행사에는", None, "이날", {"anaphora_offset": 0}),  # no antecedent, no ref
    ("지난주 발표된", None, "지난주", {"week_offset": -1}),  # no ref
    ("오는 5월 개최", None, "오는 5월", {"month": 5, "prefix": "오는"}),  # no ref
    ("30일 개최된다.", "2023-02-10", "30일", {"day": 30}),  # Feb 2023 has no 30th: not moved
    ("2023년 2월 30일 시행", None, "2023년 2월 30일", {"year": 2023, "month": 2, "day": 30}),  # invalid date
    ("2월 29일 마감", "2023-01-16", "2월 29일", {"month": 2, "day": 29}),  # 2023 is not a leap year: not moved
    ("내년 상반기 출시", None, "내년 상반기", {"year_offset": 1, "half": "상반기"}),  # no ref
    ("추석 연휴 기간", "2023-01-16", "추석", {"holiday": "추석"}),  # lunar: moves every year, not guessed
    ("목요일 열린 회의", "2023-01-16", "목요일", {"weekday": "목"}),  # which Thursday is not said
    ("목요일과 금요일엔 비", "2023-01-16", "금요일", {"weekday": "금"}),  # "과" joins two weekdays: no day
    ("그는 이듬해 복귀했다.", "2023-01-16", "이듬해", {"year_anaphora_offset": 1}),  # no year before it
    ("광복절 기념식", None, "광복절", {"holiday": "광복절", "month": 8, "day": 15}),  # no ref → no year
]


@pytest.mark.parametrize("text,ref,surface,parts", UNRESOLVED)
def test_unresolved(make_ctx, text, ref, surface, parts):
    m = _one(make_ctx, text, ref, surface)
    assert m.resolved is False
    assert m.value is None and m.value_end is None
    assert m.parts == parts


# Sentences that hold no date at all (durations, counts, names, numbers)
NO_DATES = [
    "3박5일 일정으로 진행된다.",  # a duration (nights/days)
    "재판부는 징역 1년6월에 집행유예 2년을 선고했다.",  # a prison term: 6월 is six months, not June
    "법원은 A씨에게 징역 8월의 실형을 선고했다.",        # a prison term of months alone: not August
    "검찰은 금고 2년 6월을 구형했다.",
    "교육은 3일간 진행된다.",  # duration: amounts family
    "3일 동안 진행된다.",  # duration
    "매장은 24시간 운영된다.",  # duration
    "제4회 대회가 열렸다.",  # an ordinal
    "회사는 IFA 2024에 참가한다.",  # event year inside a name
    "바이오 코리아 2025에서 발표했다.",  # event year inside a name
    "1000만 달러 규모의 계약",  # an amount
    "문의는 02-1234-5678로 하면 된다.",  # a phone number
    "버전 2.1.3 업데이트를 배포했다.",  # a version number
    "10년 만에 흑자로 돌아섰다.",  # duration
    "회의는 30분간 이어졌다.",  # duration
    "파업이 3일째 이어졌다.",  # a count of days
    "2024년형 모델을 공개했다.",  # a model year name
    "오늘날 반도체 산업은",  # 오늘날 = nowadays
    "타이틀곡 '내일은 없어’의 티저 영상이 공개됐다.",  # a title in single quotes (opened straight, closed curled)
    "드라마 ‘오늘도 맑음’이 방영된다.",  # …or in curled ones
    "시장은 금일봉을 전달했다",  # 금일봉: a gift of money, not 금일 (Hangul after it)
    "지금일 때 사야 한다",  # 지금 + 일: no 금일 inside a word
    "자료를 전달했다.",  # 전달 = delivery, not "last month"
    "연말정산 환급이 늘었다.",  # 연말 inside 연말정산
    "고소당해 구속됐다.",  # 당해 inside a verb
    "금주 캠페인을 벌였다.",  # 금주 = abstinence
    "3일 전 발표된 자료",  # 3 days ago: a duration before 전, not the 3rd
    "10년 뒤 모습을 그렸다.",  # duration + 뒤
    "매주 목요일 열린다.",  # recurring
    "매출이 전년 동기 대비 늘었다.",  # a comparison base, not a date
    "조업일수는 15.5일로 전년(15일)보다 0.5일 많았다.",  # a figure of the year in brackets: 15 days
    "조업일수는 15일로 전년보다 하루 많았다.",  # a count of days after 일수 (durations), no 15th
    "여름은 19일 길어질 전망이다.",  # a difference of days (길어지다), no 19th
    "주가는 전일 대비 3% 올랐다.",  # a comparison base, not a date
    "거래량이 전월 대비 줄었다.",  # a comparison base, not a date
    "영화사 봄은 신작을 발표했다.",  # a bare season word may be a name: needs a year
    "올림픽 공식 후원사",  # 올 without a date after it
    "5000년 역사를 지닌",  # outside the calendar-year range
    "1,000일 동안 준비했다.",  # a count with a thousands separator
    "총 5일 일정으로",  # 총 + days = a duration
    "설립 23년을 맞은 회사",  # two-digit 년 alone is a duration
    "근속 30년 이상 직원",  # duration
    "2023.\n1.\n4 문서",  # a numeric date never runs across line breaks
    "이동통신사는 45일 간 영업정지에 들어간다.",  # N일 간 (spaced) = for N days
    "기업결합 심사에는 통상 30일에서 120일이 걸린다.",  # a span of days (걸린다; 120 > 31), not the 30th
    "인허가에는 3년에서 5년이 소요된다.",  # a span of years before 소요, not 2003 … 2005
    "입장권은 1일권 6만 원, 3일권 15만 원이다.",  # N일권 = an N-day pass, not the 1st / 3rd
    # a month.day alone (12.30) may be a decimal: only 12.x~1.x with days that exist is a date
    "지수는 11.5~1.5 수준에서 움직였다.",  # 11 → 1 is not December → January: numbers
    "배율은 3.1~3.5 사이다.",  # a forward range of decimals
    "신청은 12. 10.~12. 1. 받는다.",  # the official form running backwards: no range, no date
    "신청 기간: 12.1.~12.10.",  # no space after the month's point: may be decimals
    "3분기 연속 흑자를 냈다.",  # three quarters in a row, not the third quarter
    "아우디 Q3 모델을 출시했다.",  # a Latin quarter with no year before it: a car's name
    "3Q 실적이 좋다.",  # …nor a bare 3Q (the reference year is not guessed for it)
    "2분기째 적자다.",  # the second quarter running
    "3분기 만에 흑자로 돌아섰다.",  # after three quarters
    "청풍정밀은 올해 3분기 연속 흑자를 냈다.",  # three quarters in a row this year (a year before it too)
    "올해 3분기 연속으로 흑자다.",
    "지난해 4분기째 적자다.",
    "가격 범위는 12.32~1.2 구간이다.",  # there is no December 32
    "주가수익비율은 12.30배다.",  # a decimal with its unit
    "판매량은 12.30~1.2배 늘었다.",  # 배 after the end: a multiple
    "이번 업데이트는 버전 12.3~1.5 사이의 단말기에 적용된다.",  # 버전 before it: version numbers
    "설치에 3일이 소요된다.",  # a length of time taken (a DURATION), not the 3rd
    "앱은 ver. 12.30~1.2 기기를 지원한다.",  # ver. before it: versions too
]


@pytest.mark.parametrize("text", NO_DATES)
def test_no_dates(make_ctx, text):
    assert [m.text for m in _mentions(make_ctx, text, "2023-01-16")] == []


# (sentence, surfaces found in order): only the date part of a longer phrase
SURFACES = [
    ("접수는 2026.12.3~5명 선착순이다.", ["2026.12.3"]),  # 5명 is a count, not the range's end
    ("기준금리는 2026.12.3~5.5%다.", ["2026.12.3"]),  # 5.5% is a rate, not a day
    ("자료는 2026.12.3~2 분이다.", ["2026.12.3"]),  # 2 is before 3: no range runs backward
    ("축제는 2026.5.30~3.2 열린다.", ["2026.5.30"]),  # 3+12-5 = 10 months on: no range over the year end
    ("빛축제는 2026.12.30~1.32 열린다.", ["2026.12.30"]),  # there is no January 32: the start alone
    ("5월 말레이시아 법인 설립", ["5월"]),  # 말 starts 말레이시아, not a vague part
    ("3일과 5일 두 차례 열린다.", ["3일", "5일"]),  # a list, two dates
    ("외신이 9일 전했다.", ["9일"]),  # 전 is the verb 전하다 here, not "before"
    ("공급계약 3일 체결", ["3일"]),  # 약 ends 계약 here, not "about"
    ("경제 3일 발표", ["3일"]),  # 제 ends 경제 here, not an ordinal
    ("공연(10월18일/11월15일)", ["10월18일", "11월15일"]),  # a slash between two dates
    ("2023년 1월 16일자 보도", ["2023년 1월 16일"]),  # 자 stays outside, the day is kept
    ("21일께 발표한다", ["21일"]),  # 께 stays outside
    ("지난해 7월 17일 이후로 복귀했다", ["지난해 7월 17일"]),  # 이후로 after a full date: a date
    ("검찰은 지난 1일 전 청장을 소환했다", ["지난 1일"]),  # 전 청장 = former chief; 지난 N일 is a date
    ("지난해 7월부터 시행", ["지난해 7월"]),  # 부터 with no end date stays outside
    ("1월 4일(수) 오후 2시부터", ["1월 4일(수) 오후 2시"]),  # weekday and time in one span
]


@pytest.mark.parametrize("text,surfaces", SURFACES)
def test_surfaces(make_ctx, text, surfaces):
    assert [m.text for m in _mentions(make_ctx, text, "2023-01-16")] == surfaces


# A range from a day and time to a day and time is one record: value..value_end, time = the start's
# time, parts["time_end"] = the end's. (sentence, reference, surface, value, value_end, time, time_end)
TIMED_RANGES = [
    ("접수는 12월 1일(화) 09:00부터 12월 4일(금) 18:00까지 받는다.", "2026-11-27",
     "12월 1일(화) 09:00부터 12월 4일(금) 18:00까지", "2026-12-01", "2026-12-04", "09:00", "18:00"),
    ("신청은 2026년 12월 1일 오전 9시부터 12월 10일 오후 6시까지다.", None,
     "2026년 12월 1일 오전 9시부터 12월 10일 오후 6시까지", "2026-12-01", "2026-12-10", "09:00", "18:00"),  # 오후 6 = 18
    ("투표는 3일 오전 6시~4일 오후 8시 진행된다.", "2026-11-27", "3일 오전 6시~4일 오후 8시", "2026-11-03", "2026-11-04",
     "06:00", "20:00"),  # 오후 8 = 20
    # a day alone at the start, a time at the end: the end's time is kept
    ("접수는 3일부터 5일 오후 6시까지 받는다.", "2026-11-27", "3일부터 5일 오후 6시까지", "2026-11-03", "2026-11-05", None, "18:00"),
]


@pytest.mark.parametrize("text,ref,surface,value,value_end,time,time_end", TIMED_RANGES)
def test_timed_range(make_ctx, text, ref, surface, value, value_end, time, time_end):
    m = _one(make_ctx, text, ref, surface)
    assert (m.value, m.value_end, m.time, m.parts.get("time_end")) == (_d(value), _d(value_end), time, time_end)


# …but a time at the start and a bare day at the end is no range (3일 오후 2시부터 5일까지: two dates)
def test_a_timed_start_needs_a_timed_end(make_ctx):
    assert [m.text for m in _mentions(make_ctx, "행사는 3일 오후 2시부터 5일까지 열린다.", "2026-11-27")] == ["3일 오후 2시", "5일"]


# (sentence, surface, parts that must be present): sub-span offsets for consumers
SUB_SPANS = [
    ("3일부터 7일까지 열린다", "3일부터 7일까지", {"end_offset": 5, "end_day": 7}),  # "7일" starts at 5
    ("14:00~16:00 진행", "14:00~16:00", {"time_end": "16:00"}),  # range end kept in parts
    ("오후 2~4시 진행", "오후 2~4시", {"time_end": "16:00"}),  # 4+12
    ("이날 오후 2시부터 4시까지 열린다", "이날 오후 2시부터 4시까지", {"time_end": "16:00"}),  # 4 inherits 오후
    ("운영 시간이 오후 2시에서 10시까지 늘어난다", "오후 2시에서 10시까지", {"time_end": "22:00"}),  # 10+12
    ("오전 10시~오후 1시 30분 진행", "오전 10시~오후 1시 30분", {"time_end": "13:30"}),  # 1+12, 30분
    ("21일 저녁 7시 만찬", "21일 저녁 7시", {"time_offset": 4, "period": "저녁"}),  # "저녁 7시" at 4
    ("21일 오후 3시께 도착", "21일 오후 3시", {"approx": "께", "time_offset": 4}),  # 께 outside the span
    ("이달 말께 발표", "이달 말", {"approx": "께", "part": "말"}),  # 말께 → 말 + approx
    ("12일(현지시간) 오후 3시 개막", "12일(현지시간) 오후 3시", {"timezone": "현지시간", "time_offset": 10}),  # 3+7 chars
    ("12일(현지시간) 발표했다", "12일", {"timezone": "현지시간"}),  # no time after it: note outside the span
    ("오늘(16일) 오후 공개", "오늘(16일) 오후", {"stated_day": 16, "period": "오후", "time_offset": 8}),  # 오늘 2 + (16일) 5 + space 1
]


# A weekday with its day in parentheses is one date (before: a bare "4일" of the reference month, 11-04,
# beside the weekday's 12-04): the day written goes to stated_day and is checked against the weekday's.
# (sentence, surface, value, stated_day, mismatch); reference 2026-11-27, a Friday
WEEKDAY_STATED_DAYS = [
    ("행사는 오는 금요일(4일) 열린다.", "오는 금요일(4일)", "2026-12-04", 4, False),  # 27 + 7 = Dec 4
    ("행사는 다음 주 수요일(2일) 열린다.", "다음 주 수요일(2일)", "2026-12-02", 2, False),  # week of Nov 30: Wed 2
    ("행사는 지난 금요일(20일) 열렸다.", "지난 금요일(20일)", "2026-11-20", 20, False),  # 27 − 7 = 20
    ("행사는 오는 금요일(5일) 열린다.", "오는 금요일(5일)", "2026-12-04", 5, True),  # the 4th is that Friday: they disagree
    # a weekday alone with its day: the one such day of the months around the reference on that weekday
    ("행사는 금요일(4일) 열린다.", "금요일(4일)", "2026-12-04", 4, False),  # 4 Oct is a Sunday, 4 Nov a Wednesday
    ("행사는 수요일(4일) 열렸다.", "수요일(4일)", "2026-11-04", 4, False),  # 27 − 23 = 4: Friday − 2 = Wednesday
    ("행사는 목요일(4일) 열린다.", "목요일(4일)", None, 4, False),  # no 4th of Oct–Dec is a Thursday: unresolved
]


@pytest.mark.parametrize("text,surface,value,stated,mismatch", WEEKDAY_STATED_DAYS)
def test_weekday_with_its_day_in_parentheses(make_ctx, text, surface, value, stated, mismatch):
    ms = _mentions(make_ctx, text, "2026-11-27")
    assert [m.text for m in ms] == [surface]
    assert (ms[0].value, ms[0].parts["stated_day"], ms[0].weekday_mismatch) == (_d(value), stated, mismatch)


@pytest.mark.parametrize("text,surface,parts", SUB_SPANS)
def test_sub_spans(make_ctx, text, surface, parts):
    m = _one(make_ctx, text, "2023-01-16", surface)
    for key, value in parts.items():
        assert m.parts[key] == value


def test_masked_spans_are_skipped(make_ctx):
    from kopress.schemas import Boilerplate

    text = "행사는 3일 열린다. 입력 2023.01.16"
    ctx = make_ctx(text, "2023-01-16")
    ctx.set_boilerplate([Boilerplate(start=12, end=len(text), text=text[12:], kind="byline")])
    assert [m.text for m in extract(ctx)] == ["3일"]


def test_long_garbage_does_not_hang(make_ctx):
    text = "1" * 10_000 + "일 " + "오후 " * 2000 + "3일" * 500
    ctx = make_ctx(text, "2023-01-16")
    out = extract(ctx)
    assert all(text[m.start:m.end] == m.text for m in out)


# (sentence, surface, rule_id): provenance of each kind of expression
RULE_IDS = [
    ("2023.01.04 발표", "2023.01.04", "dates.numeric.v1"),  # numeric date
    ("2023년 사업", "2023년", "dates.absolute.v1"),  # needs no reference
    ("지난달 실적", "지난달", "dates.relative.v1"),  # needs the reference
    ("3일부터 7일까지 열린다", "3일부터 7일까지", "dates.relative.range.v1"),  # a range
    ("이날 행사", "이날", "dates.anaphora.v1"),  # antecedent or reference
    ("어제 발표", "어제", "dates.day_word.v1"),  # day word
    ("지난주 발표", "지난주", "dates.week.v1"),  # week word
    ("오후 2시 시작", "오후 2시", "dates.time.v1"),  # a time alone
    ("광복절 행사", "광복절", "dates.holiday.v1"),  # fixed holiday
    ("지난 금요일 발표", "지난 금요일", "dates.weekday.relative.v1"),  # prefix + weekday
]


@pytest.mark.parametrize("text,surface,rule_id", RULE_IDS)
def test_rule_ids(make_ctx, text, surface, rule_id):
    assert _one(make_ctx, text, "2023-01-16", surface).rule_id == rule_id
