"""Money amounts through the amounts family (kopress.extractors.amounts): span, value, ISO unit, flags.

Sentences are written for these tests in press-release style. Each row: sentence, expected
span text, value (arithmetic beside it), unit, and flags (approximate, qualifier, per).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopress.extractors import amounts


MONEY = [
    # sentence, span, value, unit, approximate, qualifier, per
    ("회사는 1000만 달러 규모의 수출계약을 맺었다.", "1000만 달러 규모", 10_000_000, "USD", False, "규모", None),  # 1000×10⁴
    ("총 3천50만 원을 기부했다.", "3천50만 원", 30_500_000, "KRW", False, None, None),  # (3000+50)×10⁴
    ("올해 매출은 1조2천억원으로 집계됐다.", "1조2천억원", 1_200_000_000_000, "KRW", False, None, None),  # 10¹² + 2000×10⁸
    ("영업이익은 12억5천만원이다.", "12억5천만원", 1_250_000_000, "KRW", False, None, None),  # 12×10⁸ + 5000×10⁴
    ("투자액은 1천200억원에 이른다.", "1천200억원", 120_000_000_000, "KRW", False, None, None),  # 1200×10⁸
    ("총사업비 1,200억 원이 투입된다.", "1,200억 원", 120_000_000_000, "KRW", False, None, None),  # 1200×10⁸
    ("시가총액이 3.5억 달러로 늘었다.", "3.5억 달러", 350_000_000, "USD", False, None, None),  # 3.5×10⁸
    ("기금 0.5조 원을 조성한다.", "0.5조 원", 500_000_000_000, "KRW", False, None, None),  # 0.5×10¹²
    ("계약금은 2억5000만원이다.", "2억5000만원", 250_000_000, "KRW", False, None, None),  # 2×10⁸ + 5000×10⁴
    ("상금 2억 5천만 원이 걸렸다.", "2억 5천만 원", 250_000_000, "KRW", False, None, None),  # 2×10⁸ + 5000×10⁴
    ("지원금 삼천만 원을 받았다.", "삼천만 원", 30_000_000, "KRW", False, None, None),  # 3×10³×10⁴
    ("예산 일억 오천만 원을 배정했다.", "일억 오천만 원", 150_000_000, "KRW", False, None, None),  # 10⁸ + 5000×10⁴
    ("유럽 법인에 500만 유로를 투자한다.", "500만 유로", 5_000_000, "EUR", False, None, None),  # 500×10⁴
    ("일본에서 30억엔 규모 수주를 따냈다.", "30억엔 규모", 3_000_000_000, "JPY", False, "규모", None),  # 30×10⁸
    ("중국 합작사에 2억 위안을 출자했다.", "2억 위안", 200_000_000, "CNY", False, None, None),  # 2×10⁸
    ("영국 지사는 800만 파운드를 벌었다.", "800만 파운드", 8_000_000, "GBP", False, None, None),  # 800×10⁴
    ("베트남에서 5천억 동을 조달했다.", "5천억 동", 500_000_000_000, "VND", False, None, None),  # 5000×10⁸
    ("수출액은 1억8천만불을 넘었다.", "1억8천만불", 180_000_000, "USD", False, None, None),  # 10⁸ + 8000×10⁴
    ("수출액은 1억8천만弗을 넘었다.", "1억8천만弗", 180_000_000, "USD", False, None, None),  # the Hanja 弗 = 불
    # a form field whose label gives the currency, the number alone after it (a disclosure's lines)
    ("2. 계약금액(원): 12,345,678,900", "12,345,678,900", 12_345_678_900, "KRW", False, None, None),  # as written
    ("투자금액(억원) : 120", "120", 12_000_000_000, "KRW", False, None, None),  # 120×10⁸
    ("현지 투자액은 100만 베트남동이다.", "100만 베트남동", 1_000_000, "VND", False, None, None),  # 100×10⁴ dong
    ("시리즈B에서 $1.2 billion 가치를 인정받았다.", "$1.2 billion", 1_200_000_000, "USD", False, None, None),  # 1.2×10⁹
    ("펀드는 USD 5 million을 모았다.", "USD 5 million", 5_000_000, "USD", False, None, None),  # 5×10⁶
    ("계약금은 €350m이다.", "€350m", 350_000_000, "EUR", False, None, None),  # m after a currency = million: 350×10⁶ (not 350 metres)
    ("시드 투자로 $50k를 받았다.", "$50k", 50_000, "USD", False, None, None),  # k = thousand: 50×10³
    ("가격은 US$ 300이다.", "US$ 300", 300, "USD", False, None, None),  # as written
    ("입장료는 ₩5,000이다.", "₩5,000", 5_000, "KRW", False, None, None),  # 5×10³
    ("티켓은 €20부터 판매된다.", "€20", 20, "EUR", False, None, None),  # as written
    ("현지 가격은 ¥300이다.", "¥300", 300, "JPY", False, None, None),  # as written
    ("미화 5천만 달러를 유치했다.", "5천만 달러", 50_000_000, "USD", False, None, None),  # 5000×10⁴
    ("계약 규모는 미화 300만이다.", "미화 300만", 3_000_000, "USD", False, None, None),  # 300×10⁴, no suffix: 미화 joins
    ("대금 500 EUR를 송금했다.", "500 EUR", 500, "EUR", False, None, None),  # as written
    ("약 100억 원을 투입한다.", "약 100억 원", 10_000_000_000, "KRW", True, None, None),  # 100×10⁸
    ("모금액은 1억6천400여만원이다.", "1억6천400여만원", 164_000_000, "KRW", True, None, None),  # 10⁸ + 6400×10⁴
    ("피해액은 10억여원에 달한다.", "10억여원", 1_000_000_000, "KRW", True, None, None),  # 10×10⁸
    ("최대 50억 원까지 지원한다.", "최대 50억 원", 5_000_000_000, "KRW", False, "최대", None),  # 50×10⁸
    ("매출 150억 원 이상을 목표로 한다.", "150억 원 이상", 15_000_000_000, "KRW", False, "이상", None),  # 150×10⁸
    ("손실은 300만원 가량이다.", "300만원 가량", 3_000_000, "KRW", True, None, None),  # 300×10⁴
    ("5000만 원 미만 계약은 제외된다.", "5000만 원 미만", 50_000_000, "KRW", False, "미만", None),  # 5000×10⁴
    ("판매가는 1만원대로 책정됐다.", "1만원대", 10_000, "KRW", True, "대", None),  # 1×10⁴, in the 10,000s
    ("연간 1000만 달러를 공급한다.", "1000만 달러", 10_000_000, "USD", False, None, "year"),  # 1000×10⁴
    ("매년 20억 원을 투자한다.", "20억 원", 2_000_000_000, "KRW", False, None, "year"),  # 20×10⁸
    ("연 5000만원의 임대료를 받는다.", "5000만원", 50_000_000, "KRW", False, None, "year"),  # 5000×10⁴
    ("월 100만 원을 지급한다.", "100만 원", 1_000_000, "KRW", False, None, "month"),  # 100×10⁴
    ("매월 30만원씩 적립한다.", "30만원", 300_000, "KRW", False, None, "month"),  # 30×10⁴
    # a one-unit word with 에 before the amount is its rate (the word stays a duration too, as KLUE marks it)
    ("한 달에 300만 원을 번다.", "300만 원", 3_000_000, "KRW", False, None, "month"),  # 300×10⁴
    ("한 해에 10억 원씩 지원한다.", "10억 원", 1_000_000_000, "KRW", False, None, "year"),  # 10×10⁸
    ("하루에 10만 원을 받는다.", "10만 원", 100_000, "KRW", False, None, "day"),  # 10×10⁴
    ("1인당 10만 원을 지원한다.", "10만 원", 100_000, "KRW", False, None, "person"),  # 10×10⁴
    ("연간 약 100억 원 규모의 물량이다.", "약 100억 원 규모", 10_000_000_000, "KRW", True, "규모", "year"),  # 100×10⁸
    ("1주당 500원의 배당을 결의했다.", "500원", 500, "KRW", False, None, "share"),  # as written
    ("입장료는 6500원이다.", "6500원", 6_500, "KRW", False, None, None),  # as written
    ("판매가는 6만2천548원이다.", "6만2천548원", 62_548, "KRW", False, None, None),  # 6×10⁴ + 2548
    ("순이익은 442억 7700만원이다.", "442억 7700만원", 44_277_000_000, "KRW", False, None, None),  # 442×10⁸ + 7700×10⁴
    ("홍콩 법인은 1억 홍콩달러를 조달했다.", "1억 홍콩달러", 100_000_000, "HKD", False, None, None),  # 10⁸
    # the country written apart from its dollar, franc or peso (before: no amount), and glued francs
    ("캐나다 법인에 100만 캐나다 달러를 투자한다.", "100만 캐나다 달러", 1_000_000, "CAD", False, None, None),  # 100×10⁴
    ("기술료는 200만 스위스 프랑이다.", "200만 스위스 프랑", 2_000_000, "CHF", False, None, None),  # 200×10⁴
    ("기술료는 200만 스위스프랑이다.", "200만 스위스프랑", 2_000_000, "CHF", False, None, None),  # 200×10⁴
    ("현지 매출은 300만 멕시코 페소다.", "300만 멕시코 페소", 3_000_000, "MXN", False, None, None),  # 300×10⁴
    ("천만 원의 상금을 준다.", "천만 원", 10_000_000, "KRW", False, None, None),  # 1000×10⁴
    ("만 원짜리 상품권을 준다.", "만 원", 10_000, "KRW", False, None, None),  # 1×10⁴
    ("입장료로 천원을 냈다.", "천원", 1_000, "KRW", False, None, None),  # 1×10³: no 몇/수 before it
    ("매출 １２３억원을 올렸다.", "１２３억원", 12_300_000_000, "KRW", False, None, None),  # full-width 123×10⁸
    ("투자금 ３천만 달러를 받았다.", "３천만 달러", 30_000_000, "USD", False, None, None),  # full-width 3000×10⁴
    ("객단가는 100불이 넘는다.", "100불", 100, "USD", False, None, None),  # 불 = dollars
    ("기념주화는 10원짜리다.", "10원", 10, "KRW", False, None, None),  # 짜리 outside the span
    # signs: a minus before the number joins the span and negates the value
    ("한빛전자는 3분기 영업손실 -42억 원을 냈다.", "-42억 원", -4_200_000_000, "KRW", False, None, None),  # −(42×10⁸)
    ("순이익은 마이너스 3억5천만 원으로 돌아섰다.", "마이너스 3억5천만 원", -350_000_000, "KRW", False, None, None),  # −(3×10⁸ + 5000×10⁴)
    ("영업현금흐름(-1,250만 달러)이 악화됐다.", "-1,250만 달러", -12_500_000, "USD", False, None, None),  # −(1250×10⁴)
    ("전년 대비 증감액은 △7억 원이다.", "△7억 원", -700_000_000, "KRW", False, None, None),  # △ = minus in a table: −(7×10⁸)
    # 초반/중반/후반 after the currency: in the low/mid/high range → approximate
    ("올해 투자액은 7천억 원 중반이 될 전망이다.", "7천억 원 중반", 700_000_000_000, "KRW", True, None, None),  # 7000×10⁸, approx
    ("객단가는 3만원 후반에 형성됐다.", "3만원 후반", 30_000, "KRW", True, None, None),  # 3×10⁴, approx
    ("연간 매출은 9조 원 후반대로 예상된다.", "9조 원 후반대", 9_000_000_000_000, "KRW", True, None, "year"),  # 9×10¹², approx, 연간
    # 억/조 without 원: a money noun before it, or a money verb after the same value written in won
    ("한빛푸드는 매출 3천억을 달성했다. 영업이익은 210억 원이다.", "3천억", 300_000_000_000, "KRW", False, None, None),  # 3000×10⁸
    ("한빛바이오, 오송 신공장에 1,200억 투입\n한빛바이오는 1,200억 원을 들여 공장을 짓는다.", "1,200억",
     120_000_000_000, "KRW", False, None, None),  # 1200×10⁸, headline over the body's 1,200억 원
    ("예산 2조를 편성했다. 이 중 500억 원은 예비비다.", "2조", 2_000_000_000_000, "KRW", False, None, None),  # 2×10¹²
    # a headline's deal size (규모) or order (수주) over the same value in won in the body
    ("한빛테크, 빈그룹과 500억 규모 구축 계약\n한빛테크는 빈그룹과 500억원 규모의 구축 계약을 체결했다.", "500억 규모",
     50_000_000_000, "KRW", False, "규모", None),  # 500×10⁸; 규모 inside the span, as in 500억원 규모
    ("한빛반도체, 3분기 영업익 1,250억…전년比 42%↑\n한빛반도체는 영업이익 1,250억원을 기록했다.", "1,250억",
     125_000_000_000, "KRW", False, None, None),  # 1250×10⁸ after the headline's 영업익
    ("한빛건설, 1조 수주\n한빛건설은 1조원 규모의 공사를 수주했다.", "1조",
     1_000_000_000_000, "KRW", False, None, None),  # 1×10¹²
    # public funds (국비, 도비 …) are won even with no 원 anywhere; so are budgets with no other currency
    ("한빛군은 국비 4억, 도비 3억을 들여 쉼터를 짓는다.", "4억", 400_000_000, "KRW", False, None, None),  # 4×10⁸
    ("한빛군은 국비 4억, 도비 3억을 들여 쉼터를 짓는다.", "3억", 300_000_000, "KRW", False, None, None),  # 3×10⁸ (도비 3억을)
    ("시비 2억5000만을 추가로 확보했다.", "2억5000만", 250_000_000, "KRW", False, None, None),  # 2×10⁸ + 5000×10⁴; 만 ends it
    ("센터 건립에는 총사업비 120억이 든다.", "120억", 12_000_000_000, "KRW", False, None, None),  # 120×10⁸ (a budget, no other currency)
    ("수출은 500만 달러로 늘었다. 국비 2억도 받았다.", "2억", 200_000_000, "KRW", False, None, None),  # 2×10⁸: 국비 is won beside dollars
]


@pytest.mark.parametrize("sentence, span, value, unit, approximate, qualifier, per", MONEY)
def test_money(find_amount, sentence, span, value, unit, approximate, qualifier, per):
    a = find_amount(sentence, span)
    assert a.kind == "MONEY"
    assert a.value == Decimal(value)
    assert a.unit == unit
    assert a.approximate is approximate
    assert a.qualifier == qualifier
    assert a.per == per
    assert a.rule_id.startswith("money.") and a.rule_id.endswith(".v1")


RANGES = [
    # sentence, span, value, value_max, unit
    ("사업비는 100억~150억 원으로 예상된다.", "100억~150억 원", 10_000_000_000, 15_000_000_000, "KRW"),  # 100×10⁸ … 150×10⁸
    ("투자 규모는 100억에서 150억 원 사이다.", "100억에서 150억 원", 10_000_000_000, 15_000_000_000, "KRW"),  # 100×10⁸ … 150×10⁸
    ("가격은 3~5억 원이다.", "3~5억 원", 300_000_000, 500_000_000, "KRW"),  # 3×10⁸ … 5×10⁸ (억 applies to both)
    # the currency written on both ends: one range too (before: two amounts)
    ("가격은 100만원~200만원이다.", "100만원~200만원", 1_000_000, 2_000_000, "KRW"),  # 100×10⁴ … 200×10⁴
    ("가격은 100만원 ~ 200만원이다.", "100만원 ~ 200만원", 1_000_000, 2_000_000, "KRW"),
    ("월세는 200만∼400만원이다.", "200만∼400만원", 2_000_000, 4_000_000, "KRW"),  # 200×10⁴ … 400×10⁴
    ("단가는 100~150만원 수준이다.", "100~150만원", 1_000_000, 1_500_000, "KRW"),  # 100×10⁴ … 150×10⁴
    ("총 1억~1억5000만 달러가 필요하다.", "1억~1억5000만 달러", 100_000_000, 150_000_000, "USD"),  # 10⁸ … 10⁸+5000×10⁴
]


@pytest.mark.parametrize("sentence, span, value, value_max, unit", RANGES)
def test_money_ranges(find_amount, sentence, span, value, value_max, unit):
    a = find_amount(sentence, span)
    assert (a.kind, a.value, a.value_max, a.unit) == ("MONEY", Decimal(value), Decimal(value_max), unit)


@pytest.mark.parametrize("sentence, spans", [
    ("가격은 200만원~100만원이다.", ["200만원", "100만원"]),  # the first the higher: no range
    ("1만 달러~2만 유로를 받는다.", ["1만 달러", "2만 유로"]),  # two currencies
])
def test_not_money_ranges(make_ctx, sentence, spans):
    assert [a.text for a in amounts.extract(make_ctx(sentence))] == spans


def test_change_is_two_amounts(make_ctx):
    # 100억에서 150억 원으로 늘었다: a change, not a range → 100억 (KRW from the second) and 150억 원
    ctx = make_ctx("매출이 100억에서 150억 원으로 늘었다.")
    got = [(a.text, a.value, a.value_max, a.unit) for a in amounts.extract(ctx)]
    assert got == [("100억", Decimal(10_000_000_000), None, "KRW"),       # 100×10⁸
                   ("150억 원", Decimal(15_000_000_000), None, "KRW")]    # 150×10⁸


NOT_MONEY = [
    "3원칙을 세웠다.",                 # 원칙, not 원
    "101동 주민이 참석했다.",          # a building, not Vietnamese dong
    "수백억 원이 들었다.",             # vague: no exact value
    "수천만 원대의 손실을 봤다.",       # vague
    "몇억 원을 벌었다.",               # vague
    "999조조조 원을 요구했다.",        # malformed
    "1e400 원이라고 적었다.",          # exponent notation is not read
    "1억2千만원을 썼다.",              # hanja inside: not read (never 만원 = 10⁴ alone)
    "三千万 원이다.",                  # hanja numerals are not read
    "3불가 원칙을 고수했다.",          # 불가 (impossible), not 3 dollars
    "몇 천원의 값을 치렀다.",          # several thousand won, not 1,000
    "수 천만원이 들었다.",             # spaced 수: several ten-millions, not 10⁷
    "몇 백만 원을 썼다.",              # several millions, not 10⁶
    "매출 2억을 올렸다.",              # 억 without 원 in a document with no amount in won
]


NOT_BARE_WON = [
    "조회수 1억을 돌파했다. 상금은 100만 원이다.",   # 조회수 is no money noun, 돌파 no money verb
    "80억 투자를 약속했다고 전했다. 벌금은 300만원이다.",  # verb only, 80억 never in won: maybe dollars
    "매출 2억을 올렸다. 수출액은 3천만 달러다.",    # another currency in the document
    # the headline's size differs from the body's won: not said to be won
    "한빛테크, 빈그룹과 500억 규모 구축 계약\n한빛테크는 빈그룹과 300억원 규모의 구축 계약을 체결했다.",
]


NOT_FUND_WON = [
    "수출은 500만 달러로 늘었다. 예산 3억도 배정됐다.",  # a budget beside dollars: maybe dollars
    "사업 예산 가운데 3억은 국비다.",                   # 국비 after the number, not before it
    "국비 지원 대상은 4억명에 이른다.",                 # 4억명 is a count of people
    "현지 정부는 국비 3억 달러를 요청했다.",            # a currency after it: 3억 달러 (USD), no won
]


@pytest.mark.parametrize("sentence", NOT_FUND_WON)
def test_not_fund_won(make_ctx, sentence):
    ctx = make_ctx(sentence)
    assert [a.text for a in amounts.extract(ctx) if a.rule_id == "money.fund.v1"] == []


@pytest.mark.parametrize("sentence", NOT_BARE_WON)
def test_not_bare_won(make_ctx, sentence):
    ctx = make_ctx(sentence)
    assert [a.text for a in amounts.extract(ctx) if a.rule_id == "money.bare_magnitude.v1"] == []


SIGNS = [
    # sentence, span (no sign), value: the minus is NOT read (a range, a bullet, a dash line)
    ("목표치는 10-30억 원 수준이다.", None, None),  # 10-30: a dash between numbers, never −30억
    ("주요 성과는 △3억 원 절감 △2개 기관 유치다.", "3억 원", 300_000_000),  # inline bullets: 3×10⁸
    ("사업 개요\n△5억 원 규모 시설 개선", "5억 원 규모", 500_000_000),  # △ opens the line: a bullet
    ("개요\n-20억 원 투입", "20억 원", 2_000_000_000),  # a dash list line: 20×10⁸
]


@pytest.mark.parametrize("sentence, span, value", SIGNS)
def test_sign_not_read(make_ctx, sentence, span, value):
    found = amounts.extract(make_ctx(sentence))
    assert all(a.value >= 0 for a in found)
    if span is not None:
        assert [a.value for a in found if a.text == span] == [Decimal(value)]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_not_money(make_ctx, sentence):
    ctx = make_ctx(sentence)
    assert [a.text for a in amounts.extract(ctx) if a.kind == "MONEY"] == []
