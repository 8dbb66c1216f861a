"""Measures, NOT-amount cues, overlap settling, bad input and offset properties (amounts.extract)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopress.extractors import amounts
from kopress.schemas import Boilerplate


MEASURES = [
    # sentence, span, value, value_max, unit, approximate, qualifier
    ("부지 3만3천㎡에 공장을 짓는다.", "3만3천㎡", 33_000, None, "m2", False, None),  # 3×10⁴ + 3000
    ("전용면적 85평 규모다.", "85평 규모", 85, None, "pyeong", False, "규모"),  # as written, no conversion
    ("농지 3ha를 임대한다.", "3ha", 3, None, "ha", False, None),  # as written
    ("총연장 300km 구간이다.", "300km", 300, None, "km", False, None),  # as written
    ("연간 2만t을 생산한다.", "2만t", 20_000, None, "t", False, None),  # 2×10⁴ t
    ("수소 500톤을 공급한다.", "500톤", 500, None, "t", False, None),  # as written
    ("발전용량 100MW 규모다.", "100MW 규모", 100, None, "MW", False, "규모"),  # as written
    ("90MPa급 압축기를 출시한다.", "90MPa", 90, None, "MPa", False, None),  # a pressure; 급 is no part
    ("충전 압력은 70㎫이다.", "70㎫", 70, None, "MPa", False, None),  # the one-character sign
    ("연간 5GWh의 전력을 생산한다.", "5GWh", 5, None, "GWh", False, None),  # as written
    ("물 2ℓ를 마신다.", "2ℓ", 2, None, "L", False, None),  # ℓ → L
    ("영하 20도까지 떨어졌다.", "영하 20도", -20, None, "degC", False, None),  # 영하 → −20
    ("기온이 36.6°C를 기록했다.", "36.6°C", "36.6", None, "degC", False, None),  # as written
    ("길이 50m의 다리를 놓는다.", "50m", 50, None, "m", False, None),  # as written
    ("두께 70cm 콘크리트를 쓴다.", "70cm", 70, None, "cm", False, None),  # as written
    ("무게 63kg의 장비다.", "63kg", 63, None, "kg", False, None),  # as written
    ("부지 1만㎡를 확보했다.", "1만㎡", 10_000, None, "m2", False, None),  # 1×10⁴
    ("화물 10∼45t을 싣는다.", "10∼45t", 10, 45, "t", False, None),  # 10 … 45
    ("5.2인치 화면을 탑재했다.", "5.2인치", "5.2", None, "inch", False, None),  # as written
    ("저장용량 256GB 모델이다.", "256GB", 256, None, "GB", False, None),  # as written
    ("대표는 41세다.", "41세", 41, None, "age", False, None),  # an age
    ("올해 57살이 됐다.", "57살", 57, None, "age", False, None),  # an age
    ("피의자 김모(33)씨를 검거했다.", "33", 33, None, "age", False, None),  # bracketed age after a name
    ("학부모 이모(42·여)씨가 신고했다.", "42", 42, None, "age", False, None),  # bracketed age with 여
    ("20대 여성이 가장 많았다.", "20대", 20, 29, "age", False, "대"),  # 20대 = aged 20 … 29
    ("간담회에 20대 청년 50명이 참석했다.", "20대", 20, 29, "age", False, "대"),  # 20 … 20+9; 청년 is a person
    ("30대 기업인이 창업했다.", "30대", 30, 39, "age", False, "대"),  # 기업인 (a person), not 기업
    ("20~30대 청년이 몰렸다.", "20~30대", 20, 39, "age", False, "대"),  # 20 … 30+9: one group
    ("설문에서 20·30대 응답자의 절반이 찬성했다.", "20·30대", 20, 39, "age", False, "대"),  # 20s and 30s: 20 … 30+9
    ("30대 사업가 김모씨가 창업했다.", "30대", 30, 39, "age", False, "대"),  # 사업가 is one noun (a person), not 사업
    ("학생 A(16·고1)양이 다쳤다.", "16", 16, None, "age", False, None),  # bracketed age before ·고1
    ("용의자 정모 (41) 씨를 붙잡았다.", "41", 41, None, "age", False, None),  # a space before the bracket
    ("1살배기 아이가 구조됐다.", "1살", 1, None, "age", False, None),  # 살 + 배기
    ("한 살 연상과 결혼했다.", "한 살", 1, None, "age", False, None),  # 한 = 1
    ("다섯 살 아들을 뒀다.", "다섯 살", 5, None, "age", False, None),  # 다섯 = 5
    ("차량이 시속 80km로 달렸다.", "시속 80km", 80, None, "km/h", False, None),  # 시속 → km/h
    ("최고 시속 100km/h로 달린다.", "최고 시속 100km/h", 100, None, "km/h", False, "최고"),  # km/h written out
    ("니코틴 0.27∼0.85mg/개비가 검출됐다.", "0.27∼0.85mg", "0.27", "0.85", "mg", False, None),  # per piece after /
    ("약 500㎡ 면적이다.", "약 500㎡", 500, None, "m2", True, None),  # as written
    ("1000여㎡ 부지를 매입했다.", "1000여㎡", 1_000, None, "m2", True, None),  # 여 → approximate
]


@pytest.mark.parametrize("sentence, span, value, value_max, unit, approximate, qualifier", MEASURES)
def test_measures(find_amount, sentence, span, value, value_max, unit, approximate, qualifier):
    a = find_amount(sentence, span)
    assert (a.kind, a.value, a.unit) == ("MEASURE", Decimal(value), unit)
    assert a.value_max == (Decimal(value_max) if value_max is not None else None)
    assert (a.approximate, a.qualifier) == (approximate, qualifier)
    assert a.rule_id.startswith("measure.") and a.rule_id.endswith(".v1")


NOT_AMOUNTS = [
    # sentence, a span that must NOT be an amount
    ("준공은 2년 6월 말로 잡혔다.", "2년 6월"),      # no legal lead word: not a compound term
    ("3. 최근 매출액 대비: 15.3", "15.3"),              # a label with no unit: no amount
    ("계약금액(원): 12,345 (부가세 별도)", "12,345"),   # not alone on its line: left to the other rules
    ("2·3대 주주가 지분을 팔았다.", "3대"),          # 2·3: not decades, still a dotted number
    ("제1회 수소포럼을 연다.", "1회"),              # an ordinal (제N회)
    ("제 3차 회의가 열렸다.", "3차"),               # an ordinal
    ("1차 협력사를 지원한다.", "1차"),              # a tier
    ("2단계 사업에 착수했다.", "2단계"),            # a stage
    ("2공장을 증설한다.", "2공장"),                 # a plant number
    ("지하철 3호선 역사를 개량한다.", "3호"),       # a subway line
    ("6·25 참전용사를 기린다.", "25"),              # a date name
    ("문의는 062-613-1234로 하면 된다.", "613"),    # a phone number
    ("대표번호 1588-1234로 연락한다.", "1234"),     # a phone number
    ("IFA 2024에서 신제품을 공개한다.", "2024"),    # a year in an event name
    ("CES2025 혁신상을 받았다.", "2025"),           # a year in an event name
    ("버전 3.1.2를 배포했다.", "3.1"),              # a version number
    ("v2.0을 출시했다.", "2.0"),                    # a version number
    ("서울 강남구 테헤란로 152, 10층", "152"),      # an address number
    ("101동 1203호에 거주한다.", "1203호"),         # an apartment address
    ("3대 1로 이겼다.", "3대"),                     # a score
    ("4-1로 승리했다.", "4"),                       # a score
    ("2023.12.31 기준이다.", "12"),                 # a dotted date
    ("코로나19 확산으로 연기됐다.", "19"),          # a disease name
    ("A380 2대를 도입했다.", "380"),                # a model name
    ("3원칙을 발표했다.", "3원"),                    # 원칙, not 원
    ("수백억 원이 들었다.", "백억 원"),              # vague
    ("2023년 실적이 개선됐다.", "2023년"),           # a date
    ("5G 기지국을 세운다.", "5G"),                  # a network generation
    ("8강에 진출했다.", "8강"),                      # a tournament round
    ("1㎡당 300만 원에 분양한다.", "1㎡"),           # a rate's denominator (per m2), not an area
    ("농가에 1ha당 200만 원을 준다.", "1ha"),        # a rate's denominator (per ha)
    ("인삼은 600g당 3만원에 팔린다.", "600g"),       # a denominator even when it is not 1
    ("뇌는 1초 당 10만 번 신호를 보낸다.", "1초"),  # a spaced 당: still a denominator
]


@pytest.mark.parametrize("sentence, span", NOT_AMOUNTS)
def test_not_amounts(make_ctx, sentence, span):
    ctx = make_ctx(sentence)
    texts = [a.text for a in amounts.extract(ctx)]
    assert not any(span in t for t in texts), texts


@pytest.mark.parametrize("sentence", [
    "증가율(12.5%)을 기록했다.",   # a bracketed percentage is not an age
    "매출 (41)을 봤다.",           # a spaced bracket without 씨/군/양 after it
    "교황 베네딕토 16세가 왔다.",  # a regnal number
    "사업(2)에 포함된다.",         # a footnote-like bracket after a common noun
    "정부는 30대 기업과 간담회를 열었다.",   # the top 30 companies, not people in their 30s
    "시가총액 상위 30대 종목을 분석했다.",   # 상위 30대: a rank
    "20대 국회가 문을 열었다.",             # the 20th National Assembly: an ordinal
    "시는 10대 과제를 발표했다.",            # ten key tasks
    "세계 10대 부호에 올랐다.",              # 세계 10대: the world's top ten
    "회사는 2세 경영 체제를 갖췄다.",        # the owner family's second generation
    "3세 승계가 마무리됐다.",                # third generation
    "시는 10대 복지정책을 발표했다.",        # 복지정책 ends in 정책: the ten key policies
    "30대 재벌총수들이 한자리에 모였다.",    # 재벌총수 opens with 재벌: heads of the top 30 chaebol
    "10대 그룹 계열사의 투자가 늘었다.",     # the top ten groups
    "20·40대 여성의 응답이 많았다.",          # two decades that are not adjacent: no single group
    "시는 10대 핵심 과제에 1조 원을 투입한다.",  # 핵심 is a modifier: 과제 decides (ten key tasks)
])
def test_no_age(make_ctx, sentence):
    ctx = make_ctx(sentence)
    assert [a.text for a in amounts.extract(ctx) if a.unit == "age"] == []


def test_overlaps_settled_longest_first(make_ctx):
    # 3개월: DURATION (3 months) wins over COUNT 3개; 5개사: 개사 wins over 개
    ctx = make_ctx("3개월 동안 5개사가 참여했다.")
    got = [(a.text, a.kind) for a in amounts.extract(ctx)]
    assert got == [("3개월 동안", "DURATION"), ("5개사", "COUNT")]


def test_masked_spans_are_skipped(make_ctx):
    ctx = make_ctx("계약금은 100억 원이다. 문의 02-123-4567 수수료 5000원")
    start = ctx.text.index("문의")
    ctx.set_boilerplate([Boilerplate(start=start, end=len(ctx.text), text=ctx.text[start:], kind="contact")])
    assert [a.text for a in amounts.extract(ctx)] == ["100억 원"]


BAD_INPUT = [
    "1" * 10_000 + "원",                      # a 10,000-digit number
    "금액은 1e400 원이다.",                    # exponent notation
    "999조조조 원을 요구했다.",                # magnitudes out of order
    "9" * 40 + "억 달러",                     # ≥ 10³²
    "１２３억원과 ３천만 달러",                  # full-width digits (mixed scripts)
    "1억2千만원, 三千万円, 3억 dollars",        # hanja and English mixed in
    "\x00\x01 1억\u200b원 \ud7a3\uffff",       # control and odd code points
    "만" * 5000 + "원",                        # a long run of magnitudes
    "1,2,3,4,5,6,7,8,9,0" * 500,              # comma soup
    "~" * 3000 + "1~2~3~4명",                 # range soup
]


@pytest.mark.parametrize("text", BAD_INPUT)
def test_bad_input_never_raises(make_ctx, text):
    ctx = make_ctx(text)
    found = amounts.extract(ctx)
    for a in found:
        assert ctx.text[a.start:a.end] == a.text
        assert abs(a.value) < Decimal(10) ** 32


def test_huge_number_is_rejected_not_bounded(make_ctx):
    ctx = make_ctx("총액 " + "9" * 40 + "억 원과 100억 원")
    # the 40-digit number gives no record; the document still yields its other amount
    assert [(a.text, a.value) for a in amounts.extract(ctx)] == [("100억 원", Decimal(10_000_000_000))]


_KOREAN_BITS = st.sampled_from(["억", "만", "원", "달러", "명", "개", "%", "약 ", " 이상", "여", "~", "에서 ",
                                "3", "12", "1,000", "0.5", "두 ", "한 ", "일", "년간", "박", "천", " "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_KOREAN_BITS, max_size=25).map("".join) | st.text(max_size=80))
def test_property_spans_index_the_text(make_ctx, text):
    ctx = make_ctx(text)
    for a in amounts.extract(ctx):
        assert 0 <= a.start < a.end <= len(text)
        assert text[a.start:a.end] == a.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="가나다 .,\n", max_size=30))
def test_property_prefix_shifts_offsets(make_ctx, prefix):
    base = "매출 1조2천억원, 직원 200여명"
    ref = [(a.start, a.end, a.value, a.unit) for a in amounts.extract(make_ctx(base))]
    shifted = [(a.start - len(prefix) - 1, a.end - len(prefix) - 1, a.value, a.unit)
               for a in amounts.extract(make_ctx(prefix + "\n" + base))]
    assert shifted == ref
