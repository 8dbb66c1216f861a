"""Percentages, points, multiples and durations through amounts.extract.

Each row: sentence, expected span, value (arithmetic beside it), unit, flags.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopress.extractors import amounts


PERCENT = [
    # sentence, span, kind, value, value_max, unit, approximate, qualifier, per
    # a form field whose label gives the percent sign (a disclosure's line): the number alone
    ("3. 매출액 대비(%): 15.3", "15.3", "PERCENT", "15.3", None, "%", False, None, None),
    ("매출은 전년 대비 12.5% 증가했다.", "12.5%", "PERCENT", "12.5", None, "%", False, None, None),  # as written
    ("점유율이 12.5 퍼센트로 올랐다.", "12.5 퍼센트", "PERCENT", "12.5", None, "%", False, None, None),  # as written
    ("금리가 3%p 올랐다.", "3%p", "PERCENT_POINT", "3", None, "%p", False, None, None),  # points
    ("격차가 3퍼센트포인트 줄었다.", "3퍼센트포인트", "PERCENT_POINT", "3", None, "%p", False, None, None),  # points
    ("실업률이 0.8%포인트 하락했다.", "0.8%포인트", "PERCENT_POINT", "0.8", None, "%p", False, None, None),  # points
    ("할인율은 3~5%이다.", "3~5%", "PERCENT", "3", "5", "%", False, None, None),  # 3 … 5
    ("수익률은 3%~5% 수준이다.", "3%~5%", "PERCENT", "3", "5", "%", False, None, None),  # 3 … 5
    ("지분 51%를 인수했다.", "51%", "PERCENT", "51", None, "%", False, None, None),  # as written
    ("약 30%가 찬성했다.", "약 30%", "PERCENT", "30", None, "%", True, None, None),  # as written
    ("최대 70% 할인한다.", "최대 70%", "PERCENT", "70", None, "%", False, "최대", None),  # as written
    ("성장률은 1%대에 머물렀다.", "1%대", "PERCENT", "1", None, "%", True, "대", None),  # in the 1% range
    ("연 3.5%의 금리를 적용한다.", "3.5%", "PERCENT", "3.5", None, "%", False, None, "year"),  # per year
    ("월 1.2% 이자를 받는다.", "1.2%", "PERCENT", "1.2", None, "%", False, None, "month"),  # per month
    ("참석률은 90% 이상이었다.", "90% 이상", "PERCENT", "90", None, "%", False, "이상", None),  # as written
    ("합격률이 70.2%로 집계됐다.", "70.2%", "PERCENT", "70.2", None, "%", False, None, None),  # as written
    ("불량률을 0.05％까지 낮췄다.", "0.05％", "PERCENT", "0.05", None, "%", False, None, None),  # full-width ％
    ("생산량이 2배 늘었다.", "2배", "MULTIPLE", "2", None, "배", False, None, None),  # ×2
    ("매출이 두 배 이상 뛰었다.", "두 배 이상", "MULTIPLE", "2", None, "배", False, "이상", None),  # 두 = 2
    ("속도가 5.7배로 빨라졌다.", "5.7배", "MULTIPLE", "5.7", None, "배", False, None, None),  # ×5.7
    ("가격 차이가 6∼10배에 이른다.", "6∼10배", "MULTIPLE", "6", "10", "배", False, None, None),  # ×6 … ×10
    ("효율이 세 배 높다.", "세 배", "MULTIPLE", "3", None, "배", False, None, None),  # 세 = 3
    ("두 후보의 격차는 6.4% 포인트였다.", "6.4% 포인트", "PERCENT_POINT", "6.4", None, "%p", False, None, None),  # spaced 포인트: points
    ("구매액의 5% 포인트 적립 혜택을 준다.", "5%", "PERCENT", "5", None, "%", False, None, None),  # 5 % in reward points
    ("결제액의 2%포인트를 적립해 준다.", "2%", "PERCENT", "2", None, "%", False, None, None),  # reward points, glued
    ("회원에게 10퍼센트포인트 지급.", "10퍼센트", "PERCENT", "10", None, "%", False, None, None),  # 10 % paid as points
    ("성장률은 마이너스 2.3%를 기록했다.", "마이너스 2.3%", "PERCENT", "-2.3", None, "%", False, None, None),  # −2.3
    ("수익률은 -12.5%다.", "-12.5%", "PERCENT", "-12.5", None, "%", False, None, None),  # the sign as written
    ("지난해(-0.4%p)보다 나빠졌다.", "-0.4%p", "PERCENT_POINT", "-0.4", None, "%p", False, None, None),  # after (
    ("물가는 약 -3% 수준이다.", "약 -3%", "PERCENT", "-3", None, "%", True, None, None),  # 약 before the sign
    ("코로나-19% 효과", "19%", "PERCENT", "19", None, "%", False, None, None),  # a hyphen after a word is no sign
    ("동맥이 70% 가까이 막혔다.", "70% 가까이", "PERCENT", "70", None, "%", True, None, None),  # nearly 70 %
    ("주가는 2배 가까이 올랐다.", "2배 가까이", "MULTIPLE", "2", None, "배", True, None, None),  # nearly ×2
    ("영업이익률은 △3.1%로 집계됐다.", "△3.1%", "PERCENT", "-3.1", None, "%", False, None, None),  # △ = minus in a figure
    ("증감(▽0.8%p)을 표에 적었다.", "▽0.8%p", "PERCENT_POINT", "-0.8", None, "%p", False, None, None),  # ▽ after (
    ("주요 성과는 △3.1% 성장 △2개 기관 유치다.", "3.1%", "PERCENT", "3.1", None, "%", False, None, None),  # two △: bullets
    ("실적 요약\n△ 영업이익 120억 원(△62.1%)", "△62.1%", "PERCENT", "-62.1", None, "%", False, None, None),  # the line's own bullet aside: −62.1
    ("성장률은 3% 후반에 머물 전망이다.", "3% 후반", "PERCENT", "3", None, "%", True, None, None),  # high-3 % range
    # "A에서 B" downward or before 으로/로 is a change, not a range: both figures, each as written
    ("불량률을 현재 2.1%에서 0.5%까지 낮출 계획이다.", "2.1%", "PERCENT", "2.1", None, "%", False, None, None),  # from
    ("불량률을 현재 2.1%에서 0.5%까지 낮출 계획이다.", "0.5%", "PERCENT", "0.5", None, "%", False, None, None),  # to
    ("점유율을 10%에서 30%로 높인다.", "10%", "PERCENT", "10", None, "%", False, None, None),  # 으로/로 after: a change
    ("점유율을 10%에서 30%로 높인다.", "30%", "PERCENT", "30", None, "%", False, None, None),
    ("할인율은 10%에서 30% 사이다.", "10%에서 30%", "PERCENT", "10", "30", "%", False, None, None),  # upward: 10 … 30
]


@pytest.mark.parametrize("sentence, span, kind, value, value_max, unit, approximate, qualifier, per", PERCENT)
def test_percent(find_amount, sentence, span, kind, value, value_max, unit, approximate, qualifier, per):
    a = find_amount(sentence, span)
    assert (a.kind, a.value, a.unit) == (kind, Decimal(value), unit)
    assert a.value_max == (Decimal(value_max) if value_max else None)
    assert (a.approximate, a.qualifier, a.per) == (approximate, qualifier, per)
    assert a.rule_id.endswith(".v1")


DURATIONS = [
    # sentence, span, value, value_max, unit (ISO 8601), nights, approximate, qualifier, per
    ("참가자들은 3박5일 일정으로 방문한다.", "3박5일", 5, None, "P5D", 3, False, None, None),  # 5 days, 3 nights
    ("2박 3일 동안 워크숍을 연다.", "2박 3일 동안", 3, None, "P3D", 2, False, None, None),  # 3 days, 2 nights
    ("작업은 12시간 걸렸다.", "12시간", 12, None, "PT12H", None, False, None, None),  # 12 h
    ("3년간 공급한다.", "3년간", 3, None, "P3Y", None, False, None, None),  # 3 y
    ("공사는 2개월이 소요된다.", "2개월", 2, None, "P2M", None, False, None, None),  # 2 months
    ("교육은 1주일 진행된다.", "1주일", 1, None, "P1W", None, False, None, None),  # 1 week
    ("점검에 30분이 걸린다.", "30분", 30, None, "PT30M", None, False, None, None),  # 30 min
    ("캠페인은 100일간 이어진다.", "100일간", 100, None, "P100D", None, False, None, None),  # 100 d
    ("3일 동안 전시한다.", "3일 동안", 3, None, "P3D", None, False, None, None),  # 3 d, marked
    ("2주간 시범 운영한다.", "2주간", 2, None, "P2W", None, False, None, None),  # 2 weeks, marked
    ("10년 동안 연구했다.", "10년 동안", 10, None, "P10Y", None, False, None, None),  # 10 y, marked
    ("5년 만에 흑자로 돌아섰다.", "5년", 5, None, "P5Y", None, False, None, None),  # 5 y, marked
    ("3년째 1위를 지켰다.", "3년째", 3, None, "P3Y", None, False, None, None),  # 3 y, marked
    ("한 달 동안 판매한다.", "한 달 동안", 1, None, "P1M", None, False, None, None),  # 한 = 1
    ("두 달간 공사한다.", "두 달간", 2, None, "P2M", None, False, None, None),  # 두 = 2
    ("석 달 만에 완공했다.", "석 달", 3, None, "P3M", None, False, None, None),  # 석 = 3
    ("회의는 두 시간 이어졌다.", "두 시간", 2, None, "PT2H", None, False, None, None),  # 두 = 2
    ("행사는 이틀 동안 열린다.", "이틀 동안", 2, None, "P2D", None, False, None, None),  # 이틀 = 2 d
    ("축제는 열흘간 계속된다.", "열흘간", 10, None, "P10D", None, False, None, None),  # 열흘 = 10 d
    # Kiwi reads 사흘간 as one noun (사흘간/NNG) here: the duration's own span, not a longer word
    ("누리에너지는 다음 달 8일부터 사흘간 하노이에서 열리는 전시회에 참가한다.", "사흘간", 3, None, "P3D", None, False, None, None),
    # a length right after a date's range end (부터, 까지: durations.toml [lead] glued) is no year 3
    ("계약 기간은 2027년 1월 1일부터 2029년 12월 31일까지 3년이다.", "3년", 3, None, "P3Y", None, False, None, None),
    ("협약은 2027년 1월 1일부터 2년간 유효하다.", "2년간", 2, None, "P2Y", None, False, None, None),  # 간: always was
    # a verb of time taken after the subject particle (durations.toml [lead] takes; passes for years)
    ("설치에 3일이 소요된다.", "3일", 3, None, "P3D", None, False, None, None),  # 3 d taken
    ("완공까지 3년이 걸린다.", "3년", 3, None, "P3Y", None, False, None, None),  # 3 y taken
    ("착공 후 2년이 지나 완공됐다.", "2년", 2, None, "P2Y", None, False, None, None),  # 2 y passed
    # a number of days after a noun of counted days (durations.toml [lead] day_counts): no date
    ("조업일수는 15.5일로 지난해보다 많았다.", "15.5일", 15.5, None, "P15.5D", None, False, None, None),
    ("근무일수가 20일이다.", "20일", 20, None, "P20D", None, False, None, None),
    # …or before more or less ([lead] more_or_less): a difference of days
    ("지난해보다 0.5일 많았다.", "0.5일", 0.5, None, "P0.5D", None, False, None, None),
    ("겨울은 27일 짧아질 전망이다.", "27일", 27, None, "P27D", None, False, None, None),
    # a number after 동안 is no rate of the word (하루 3시간 is): 나흘 동안 stays a duration
    ("전시 기간 나흘 동안 1천여명이 찾았다.", "나흘 동안", 4, None, "P4D", None, False, None, None),  # 나흘 = 4 d
    ("계약 기간은 1년 6개월이다.", "1년 6개월", 18, None, "P1Y6M", None, False, None, None),  # 1×12 + 6 months
    ("비행에 2시간 30분이 걸린다.", "2시간 30분", 150, None, "PT2H30M", None, False, None, None),  # 2×60 + 30 min
    ("10여년간 연구했다.", "10여년간", 10, None, "P10Y", None, True, None, None),  # 10 y, 여 → approximate
    ("3~5년간 지원한다.", "3~5년간", 3, 5, "P3Y", None, False, None, None),  # 3 … 5 y
    # …the lower end with its own unit (before: 5년간 alone, value 5), or both ends amounts (2시간, 3시간)
    ("3년~5년간 지원한다.", "3년~5년간", 3, 5, "P3Y", None, False, None, None),  # 3 … 5 y
    ("2시간~3시간 소요된다.", "2시간~3시간", 2, 3, "PT2H", None, False, None, None),  # 2 … 3 h
    ("3시간 반~4시간 걸린다.", "3시간 반~4시간", "3.5", 4, "PT3.5H", None, False, None, None),  # 3 + 0.5 … 4 h
    ("약 3시간 소요된다.", "약 3시간", 3, None, "PT3H", None, True, None, None),  # 3 h
    ("최대 6개월까지 연장한다.", "최대 6개월", 6, None, "P6M", None, False, "최대", None),  # 6 months
    ("3년 이상 근무해야 한다.", "3년 이상", 3, None, "P3Y", None, False, "이상", None),  # 3 y with a bound
    ("하루 3시간씩 교육한다.", "3시간", 3, None, "PT3H", None, False, None, "day"),  # per day
    ("1.5시간 동안 발표한다.", "1.5시간 동안", "1.5", None, "PT1.5H", None, False, None, None),  # 1.5 h
    ("계약은 24개월 이내에 이행한다.", "24개월 이내", 24, None, "P24M", None, False, "이내", None),  # 24 months
    ("영상 두 달치를 분석했다.", "두 달", 2, None, "P2M", None, False, None, None),  # 두 = 2 months (치 outside)
    ("10초 만에 충전된다.", "10초", 10, None, "PT10S", None, False, None, None),  # 10 s
    # 반 after the unit is a half more (ISO 8601's fraction of the last part); before: 2 hours, or none
    ("회의는 2시간 반 동안 이어졌다.", "2시간 반 동안", "2.5", None, "PT2.5H", None, False, None, None),  # 2 + 0.5 h
    ("공사는 1년 반 만에 끝났다.", "1년 반", "1.5", None, "P1.5Y", None, False, None, None),  # 1 + 0.5 y; 만에 outside
    ("두 달 반 동안 준비했다.", "두 달 반 동안", "2.5", None, "P2.5M", None, False, None, None),  # 두 = 2, + 0.5
    ("행사는 2시간 반이나 지연됐다.", "2시간 반", "2.5", None, "PT2.5H", None, False, None, None),
    # …not a word that begins with 반 (반도체): the hours alone
    ("3시간 반도체 공정을 점검했다.", "3시간", 3, None, "PT3H", None, False, None, None),
]


@pytest.mark.parametrize("sentence, span, value, value_max, unit, nights, approximate, qualifier, per", DURATIONS)
def test_durations(find_amount, sentence, span, value, value_max, unit, nights, approximate, qualifier, per):
    a = find_amount(sentence, span)
    assert (a.kind, a.value, a.unit, a.nights) == ("DURATION", Decimal(value), unit, nights)
    assert a.value_max == (Decimal(value_max) if value_max else None)
    assert (a.approximate, a.qualifier, a.per) == (approximate, qualifier, per)
    assert a.rule_id.startswith("duration.") and a.rule_id.endswith(".v1")


NOT_DURATIONS = [
    ("행사는 3일 열린다.", "3일"),           # bare 3일 is a date (the dates family's)
    ("2023년 매출이 늘었다.", "2023년"),     # a year
    ("3개월 전 출시됐다.", "3개월"),         # a relative date: left to dates
    ("2시간 후 재개된다.", "2시간"),         # a relative time
    ("1분기 실적을 발표했다.", "1분"),       # a quarter, not one minute
    ("오후 3시 30분에 시작한다.", "30분"),   # a clock time
    ("전체의 3분의 1을 차지한다.", "3분"),   # a fraction
    ("임원 두 분이 참석했다.", "두 분"),     # two people, not two minutes
    ("배우 하루나 씨가 왔다.", "하루"),      # a name, not one day
    ("보름달이 떴다.", "보름"),              # the full moon, not fifteen days
    ("3년 반대 운동을 벌였다.", "3년 반"),   # 반대 (opposition) is no half
    ("2~3년 반 동안 준비했다.", "2~3년 반 동안"),  # a range and a half: no one length
    ("10일~15일간 열린다.", "10일~15일간"),  # 10일~15일 is a range of dates as often: no range of days
    ("6개월~1년간 진행된다.", "6개월~1년간"),  # two units: no one range
]


@pytest.mark.parametrize("sentence, span", NOT_DURATIONS)
def test_not_durations(make_ctx, sentence, span):
    ctx = make_ctx(sentence)
    assert span not in [a.text for a in amounts.extract(ctx) if a.kind == "DURATION"]
