"""Amounts that depend on the words around them: rates (per), lead words, speeds, legal terms,
compounds, and Kiwi-checked counters. Each row: sentence, span, kind, value (arithmetic beside
it), unit, per."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopress.extractors import amounts

CONTEXT = [
    # sentence, span, kind, value, unit, per
    ("법원은 피고인에게 징역 2년을 선고했다.", "2년", "DURATION", 2, "P2Y", None),  # 징역 makes 2년 a term
    ("검찰은 징역 8월을 구형했다.", "8월", "DURATION", 8, "P8M", None),  # legal 월 = months
    ("재판부는 징역 1년6월을 선고했다.", "1년6월", "DURATION", 18, "P1Y6M", None),  # 1×12 + 6 months
    ("검찰은 금고 2년 6월을 구형했다.", "2년 6월", "DURATION", 30, "P2Y6M", None),  # 2×12 + 6 months
    ("재판부는 집행유예 3년을 선고했다.", "3년", "DURATION", 3, "P3Y", None),  # 3 y
    ("위원장의 임기는 4년이다.", "4년", "DURATION", 4, "P4Y", None),  # 임기는 + 4년
    ("최근 5년 사이 두 배가 됐다.", "5년", "DURATION", 5, "P5Y", None),  # 최근 + 5년
    ("생후 12개월 된 영아를 돌본다.", "12개월", "DURATION", 12, "P12M", None),  # 12 months
    ("영상은 2분 40초 분량이다.", "2분 40초", "DURATION", 160, "PT2M40S", None),  # 2×60 + 40 s
    ("차량이 시속 120km로 달렸다.", "시속 120km", "MEASURE", 120, "km/h", None),  # 시속 → km/h
    ("초속 30m의 강풍이 분다.", "초속 30m", "MEASURE", 30, "m/s", None),  # 초속 → m/s
    ("하루 평균 300명이 찾는다.", "300명", "COUNT", 300, "명", "day"),  # 하루 평균 → per day
    ("매일 2만 개를 생산한다.", "2만 개", "COUNT", 20_000, "개", "day"),  # 2×10⁴, per day
    ("연간 5만t을 처리한다.", "5만t", "MEASURE", 50_000, "t", "year"),  # 5×10⁴ t per year
    ("월평균 120만원을 번다.", "120만원", "MONEY", 1_200_000, "KRW", "month"),  # 120×10⁴ per month
    ("가구당 30만 원을 지급한다.", "30만 원", "MONEY", 300_000, "KRW", "household"),  # 30×10⁴ per household
    ("매주 3회 운행한다.", "3회", "COUNT", 3, "회", "week"),  # per week
    ("연 2회 개최한다.", "2회", "COUNT", 2, "회", "year"),  # 연 at a word start = per year
    ("공연 3회를 추가했다.", "3회", "COUNT", 3, "회", None),  # 공연 ends in 연 but is not 연
    ("엘리자베스 2세 여왕은 90세다.", "90세", "MEASURE", 90, "age", None),  # 2세 is regnal; 90세 an age
    ("세 차례에 걸쳐 협의했다.", "세 차례", "COUNT", 3, "차례", None),  # 세 = 3
    ("하루 한 끼만 제공한다.", "한 끼", "COUNT", 1, "끼", "day"),  # 한 = 1, per day
    ("1인당 20만 원을 지급한다.", "20만 원", "MONEY", 200_000, "KRW", "person"),  # 20×10⁴ per person
    ("전기차 1대당 3천만 원을 보조한다.", "3천만 원", "MONEY", 30_000_000, "KRW", "unit"),  # 3000×10⁴ per vehicle
    ("1개사당 최대 5천만원을 지원한다.", "최대 5천만원", "MONEY", 50_000_000, "KRW", "company"),  # 5000×10⁴
    ("LNG 운반선 4척을 1척당 2억 5천만 달러에 건조한다.", "2억 5천만 달러", "MONEY", 250_000_000, "USD", "vessel"),  # (2×10⁸)+(5000×10⁴) per ship
    ("전동차 1량당 15억 원이 든다.", "15억 원", "MONEY", 1_500_000_000, "KRW", "car"),  # 15×10⁸ per railway car
    ("주택 1채당 3억 원을 지원한다.", "3억 원", "MONEY", 300_000_000, "KRW", "house"),  # 3×10⁸ per house
    ("5년간 매년 장학금 3천만 원을 기탁한다.", "3천만 원", "MONEY", 30_000_000, "KRW", "year"),  # 3000×10⁴; 장학금 bridges 매년
    ("강사에게 1회당 10만 원을 준다.", "10만 원", "MONEY", 100_000, "KRW", "occurrence"),  # 10×10⁴ a session
    ("상가는 1㎡당 300만 원에 분양한다.", "300만 원", "MONEY", 3_000_000, "KRW", "m2"),  # 300×10⁴ per m2
    ("농가에 1ha당 200만 원을 준다.", "200만 원", "MONEY", 2_000_000, "KRW", "ha"),  # 200×10⁴ per ha
    ("도시락은 개당 5천원이다.", "5천원", "MONEY", 5_000, "KRW", "item"),  # 5×10³ per item
    ("가구당 평균 지급액은 150만 원이다.", "150만 원", "MONEY", 1_500_000, "KRW", "household"),  # 150×10⁴, two bridge words
    ("장학금은 학기당 200만 원이다.", "200만 원", "MONEY", 2_000_000, "KRW", "semester"),  # 200×10⁴
    ("분양가는 3.3㎡당 2천만 원이다.", "2천만 원", "MONEY", 20_000_000, "KRW", "pyeong"),  # 2000×10⁴; 3.3㎡당 = 평당
    ("분당 아파트가 5억 원에 팔렸다.", "5억 원", "MONEY", 500_000_000, "KRW", None),  # 분당 is a district, not per minute
    ("인구 10만명당 5명꼴이다.", "5명", "COUNT", 5, "명", None),  # 10만명당: no per word for a 10⁵ denominator
    ("참가비는 1인 1만 원이다.", "1만 원", "MONEY", 10_000, "KRW", "person"),  # 1×10⁴; the group-size cue stops at 1인
    ("단체는 1인 2만 5천 원이다.", "2만 5천 원", "MONEY", 25_000, "KRW", "person"),  # 2×10⁴ + 5×10³; 1인 = per person
    ("1인 가구 비율은 33%다.", "33%", "PERCENT", 33, "%", None),  # 1인 가구 is no rate word: no number follows 1인
    ("근로시간은 주당 52시간이다.", "52시간", "DURATION", 52, "PT52H", "week"),  # 주당 before a duration = per week
    ("주당 3회씩 운동한다.", "3회", "COUNT", 3, "회", "week"),  # … and before a count
    ("배당금은 주당 1,000원이다.", "1,000원", "MONEY", 1_000, "KRW", "share"),  # 1×10³; 주당 before money = per share
    ("국제유가는 배럴당 80달러다.", "80달러", "MONEY", 80, "USD", "bbl"),  # per barrel
    ("설비는 분기당 1회 점검한다.", "1회", "COUNT", 1, "회", "quarter"),  # per quarter
    ("1인당 GDP는 3만 달러다.", "3만 달러", "MONEY", 30_000, "USD", "person"),  # 3×10⁴; GDP is a bridge noun
    ("하루 평균 이용객은 12만 명이다.", "12만 명", "COUNT", 120_000, "명", "day"),  # 12×10⁴ a day; 이용객은 bridges
    ("하루 최대 5만 명이 찾는다.", "최대 5만 명", "COUNT", 50_000, "명", "day"),  # 5×10⁴ a day at most
    ("팀당 최대 3천만 원을 지원한다.", "최대 3천만 원", "MONEY", 30_000_000, "KRW", "team"),  # 3000×10⁴ per team
    ("환율은 달러당 1,305원이다.", "1,305원", "MONEY", 1_305, "KRW", "USD"),  # 1305 won per dollar
    ("원화 약 1300억 원 규모다.", "약 1300억 원 규모", "MONEY", 130_000_000_000, "KRW", None),  # 1300×10⁸
    ("매출 5천500만원선을 지켰다.", "5천500만원선", "MONEY", 55_000_000, "KRW", None),  # 5500×10⁴, 선 → approx
    ("회사의 연 매출은 300억 원이다.", "300억 원", "MONEY", 30_000_000_000, "KRW", "year"),  # 300×10⁸, 연 + 매출은
    ("연간 공급 규모 100억 원의 계약이다.", "100억 원", "MONEY", 10_000_000_000, "KRW", "year"),  # 100×10⁸
    ("신입 연봉 5천만원을 제시했다.", "5천만원", "MONEY", 50_000_000, "KRW", "year"),  # 5000×10⁴, 연봉 = per year
    ("시급 1만원을 보장한다.", "1만원", "MONEY", 10_000, "KRW", "hour"),  # 1×10⁴ per hour
    ("연간 생산능력 5만t 규모다.", "5만t 규모", "MEASURE", 50_000, "t", "year"),  # 5×10⁴ t per year
    ("공연 매출 300억 원을 올렸다.", "300억 원", "MONEY", 30_000_000_000, "KRW", None),  # 공연 is not 연
    # a change "A에서 B로": the rate before A applies to B too
    ("한빛제강은 철근 가격을 톤당 2,500만원에서 3,000만원으로 올렸다.", "3,000만원", "MONEY", 30_000_000, "KRW", "t"),  # 3000×10⁴ per t, like 2,500만원
    ("셔틀버스를 하루 16회에서 24회로 늘린다.", "24회", "COUNT", 24, "회", "day"),  # per day, like 16회
    # negatives: a word between the two (올해) or another unit (회 → 명) breaks the pair
    ("채용 인원을 연 2,000명에서 올해 3,000명으로 늘렸다.", "3,000명", "COUNT", 3_000, "명", None),  # 올해 between: no pair
    ("점검은 연 2회에서 5명으로 바뀌었다.", "5명", "COUNT", 5, "명", None),  # 회 and 명 differ: no shared rate
]


@pytest.mark.parametrize("sentence, span, kind, value, unit, per", CONTEXT)
def test_context(make_ctx, sentence, span, kind, value, unit, per):
    ctx = make_ctx(sentence)
    found = amounts.extract(ctx)
    hits = [a for a in found if a.text == span]
    assert hits, f"{span!r} not in {[a.text for a in found]}"
    a = hits[0]
    assert (a.kind, a.value, a.unit, a.per) == (kind, Decimal(value), unit, per)


NOT_HERE = [
    ("교황 베네딕토 16세가 임명했다.", "16세"),      # a regnal number
    ("그는 한 개인 사업가와 만났다.", "한 개"),      # 개인 (individual), not one piece
    ("통산 여섯 번째 우승이다.", "여섯"),            # an ordinal
    ("지난 5일 발표했다.", "5일"),                   # a date even after 지난
    ("3월 3일 개막한다.", "3월"),                    # March, not three months
    ("후반 24분 선제골을 넣었다.", "24분"),          # a match clock
    ("1인 가구가 늘었다.", "1인"),                   # a household type (single-person), not one person counted
    ("1인당 20만 원을 지급한다.", "1인"),            # a rate's denominator
    ("인구 10만명당 5명꼴이다.", "10만명"),          # a rate's denominator, not 10⁵ people
    ("상담사 1명당 하루 30건을 맡는다.", "1명"),     # a rate's denominator
    ("참가비는 1인 3만 원이다.", "1인"),             # 1인 before a number: a rate without 당
    ("하루 평균 이용객은 12만 명이다.", "하루"),     # 하루 평균: a rate word, not a one-day duration
    ("환율은 1달러당 1,305원이다.", "1달러"),         # the exchange rate's denominator, not one dollar
    ("하루 최대 5만 명이 찾는다.", "하루"),          # 하루 최대: a rate word
]


@pytest.mark.parametrize("sentence, span", NOT_HERE)
def test_not_here(make_ctx, sentence, span):
    ctx = make_ctx(sentence)
    assert span not in [a.text for a in amounts.extract(ctx)]
