"""Deals: the whole extraction on one press-release sentence (or a short release) per row.

Every sentence below was written for these tests in press-release style (no shared data).
Each row: (text, issuer, expected deals), an expected deal being
(type, party_name, party_implicit, counterparty_names, value, unit, per, period).
Amounts are worked out by hand beside each row (만 = 10⁴, 억 = 10⁸).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kopress.api import extract

REF = dt.date(2024, 5, 20)


def deals_of(text: str, issuer: str | None = None):
    doc = extract(text, reference_date=REF, issuer=issuer)
    for d in doc.deals:
        assert text[d.start:d.end] == d.text  # offsets index the original text
    return doc, doc.deals


def row(d):
    return (d.type, d.party_name, d.party_implicit, d.counterparty_names,
            None if d.value is None else Decimal(d.value), d.unit, d.per, d.period)


N = None
# (text, issuer, [(type, party, implicit, counterparties, value, unit, per, period)])
ONE_DEAL = [
    # --- not summed: a period word without a total, named partners, firms counted as investors ---
    ("도는 ㈜해온케미칼과 1,200억원 규모의 투자협약을 체결했다.", "전라북도",
     ("investment", "전라북도", True, ["해온케미칼"], 120_000_000_000, "KRW", N, N)),  # 1200×10⁸
    ("㈜다온로보틱스는 올해 들어 새솔벤처스로부터 80억원의 투자를 유치했다.", N,
     ("investment", "다온로보틱스", False, ["새솔벤처스"], 8_000_000_000, "KRW", N, N)),  # 80×10⁸; no total word
    ("㈜다온로보틱스는 벤처캐피탈 4개사로부터 150억원 규모의 시리즈B 투자를 유치했다.", N,
     ("investment", "다온로보틱스", False, [], 15_000_000_000, "KRW", N, N)),  # 150×10⁸; one round, 4 investors
    # --- the companies listed before 등 and a count of firms (등 3개 기업과) are the partners -----
    ("도는 ㈜세진케미칼, 한울소재㈜, 다온에너지솔루션 주식회사 등 3개 기업과 2,400억원 규모의 투자협약을 체결했다.", "경상북도",
     ("investment", "경상북도", True, ["세진케미칼", "한울소재", "다온에너지솔루션"], 240_000_000_000, "KRW", N, N)),  # 2400×10⁸
    # --- a sale is the buyer's acquisition: the buyer in 에 the party, what is sold the counterparty ---
    ("㈜한빛케미칼은 자회사 ㈜누리소재를 ㈜다온홀딩스에 320억원에 매각했다.", N,
     ("acquisition", "다온홀딩스", False, ["누리소재"], 32_000_000_000, "KRW", N, N)),  # 320×10⁸; the price's 에 is no buyer
    ("㈜한빛케미칼은 ㈜누리소재 지분 60%를 ㈜다온홀딩스에 매각하기로 했다.", N,
     ("acquisition", "다온홀딩스", False, ["누리소재"], N, N, N, N)),  # the company whose stake is sold
    ("㈜누리소재는 ㈜다온홀딩스에 매각됐다.", N,
     ("acquisition", "다온홀딩스", False, ["누리소재"], N, N, N, N)),  # passive: the subject is sold
    # …and a company acquired or merged in the passive, the buyer in 에 (deals.toml passive_buyer_triggers)
    ("㈜누리전자는 ㈜한빛테크에 인수됐다.", N,  # (Kiwi: 누리전자는/NNP, its 는 split off: tokenize.toml)
     ("acquisition", "한빛테크", False, ["누리전자"], N, N, N, N)),
    ("㈜누리전자는 ㈜한빛테크에 흡수합병됐다.", N,
     ("acquisition", "한빛테크", False, ["누리전자"], N, N, N, N)),
    # a merger (합병) completed or done, the partner in 와의 or the object
    ("㈜한빛테크는 ㈜누리전자와의 합병을 마무리했다.", N,
     ("acquisition", "한빛테크", False, ["누리전자"], N, N, N, N)),
    # --- a business or a stake taken over by transfer (양수), like 취득: only with a stake noun ------
    ("㈜한빛테크는 누리전자의 반도체 사업부를 500억원에 양수했다.", N,
     ("acquisition", "한빛테크", False, ["누리전자"], 50_000_000_000, "KRW", N, N)),  # 500×10⁸
    # …and a stake bought (매입), like 취득: only with a stake noun (부지를 매입, 자사주 매입: none)
    ("㈜한빛테크가 누리전자 지분 51%를 320억원에 매입했다.", N,
     ("acquisition", "한빛테크", False, ["누리전자"], 32_000_000_000, "KRW", N, N)),  # 320×10⁸
    # …and a stake secured (확보), likewise (예산을 확보, 투자금을 확보, 거래내역을 확보: none)
    ("누리캐피탈은 한빛테크 지분 19.9%를 확보해 2대 주주에 올랐다.", N,
     ("acquisition", "누리캐피탈", False, ["한빛테크"], N, N, N, N)),
    ("㈜한빛홀딩스는 다온테크 주식 120만 주를 취득했다.", N,
     ("acquisition", "한빛홀딩스", False, ["다온테크"], N, N, N, N)),  # the stake's size after 주식
    # …and a tender offer for a company's shares (공개매수, stake_only), a price per share between the stake
    # and the trigger (before: no deal — the object was looked for eight morphemes back only)
    ("㈜세림홀딩스는 코스닥 상장사 다온정밀 주식 30%를 주당 1만5천원에 공개매수한다고 26일 공시했다.", N,
     ("acquisition", "세림홀딩스", False, ["다온정밀"], 15_000, "KRW", "share", N)),  # 1만5천 = 10⁴+5×10³
    # a supply project won (공급 사업을 따냈다), the orderer an unknown name as the subject of 발주한 (before:
    # no deal, and no counterparty with 공사)
    ("한빛전선은 덴마크 오스테드가 발주한 해상풍력 케이블 공급 사업을 2,300억원에 따냈다.", N,
     ("supply_contract", "한빛전선", False, ["오스테드"], 230_000_000_000, "KRW", N, N)),  # 2300×10⁸
    # a purchase contract is the seller's supply contract, written from either side: the public body of
    # the two (deals.toml buyer_kinds) is the buyer, the other the party (before: no deal)
    ("조달청은 ㈜한빛테크와 65억원 규모의 물품 구매 계약을 체결했다.", N,
     ("supply_contract", "한빛테크", False, ["조달청"], 6_500_000_000, "KRW", N, N)),  # 65×10⁸
    ("㈜한빛테크는 조달청과 65억원 규모의 물품 구매 계약을 체결했다.", N,
     ("supply_contract", "한빛테크", False, ["조달청"], 6_500_000_000, "KRW", N, N)),
    ("한국전력공사는 ㈜누리전기와 변압기 구매 계약을 맺었다.", N,
     ("supply_contract", "누리전기", False, ["한국전력공사"], N, N, N, N)),
    # a licence granted (라이선스 아웃 계약) is a technology sold, like 기술이전 계약; a partner's name Kiwi
    # never saw and read as a common noun (젠큐어/NNG, tokenize.Analysis.unknown) is read as a proper noun
    ("한빛제약은 젠큐어와 총 3억 달러 규모의 기술 라이선스 아웃 계약을 맺었다.", N,
     ("supply_contract", "한빛제약", False, ["젠큐어"], 300_000_000, "USD", N, N)),  # 3×10⁸
    # …an investment made in a Latin-named company (org_latin_cues.tsv alone): the company in 에
    ("㈜한빛테크는 나스닥 상장사 Aurora Robotics에 500만 달러를 투자했다.", N,
     ("investment", "한빛테크", False, ["Aurora Robotics"], 5_000_000, "USD", N, N)),  # 500×10⁴
    # --- an investment contract signed (투자계약을 체결): the subject's deal with its partner ---------
    ("㈜누리로봇은 한빛벤처스와 30억원 규모의 투자계약을 체결했다.", N,
     ("investment", "누리로봇", False, ["한빛벤처스"], 3_000_000_000, "KRW", N, N)),  # 30×10⁸
    # --- a sum raised (유치) with the round named before it or the investors in 로부터 ([raised]) ---
    ("㈜누리바이오는 시리즈A 투자에서 한빛벤처스, 새솔인베스트먼트 등으로부터 총 120억원을 유치했다.", N,
     ("investment", "누리바이오", False, ["한빛벤처스", "새솔인베스트먼트"], 12_000_000_000, "KRW", N, N)),  # 120×10⁸
    ("㈜누리바이오는 한빛벤처스 등으로부터 120억원을 유치했다.", N,
     ("investment", "누리바이오", False, ["한빛벤처스"], 12_000_000_000, "KRW", N, N)),  # 120×10⁸
    ("㈜누리바이오는 이번 시리즈A 라운드에서 45억원을 유치했다.", N,
     ("investment", "누리바이오", False, [], 4_500_000_000, "KRW", N, N)),  # 45×10⁸
    # 확보/조달 with the round named (as the clause's means too: 투자 유치를 통해, 투자 유치로), the sum
    # as the object or as named funds (150억원의 자금을)
    ("㈜누리바이오는 시리즈B 투자 유치를 통해 150억원을 확보했다.", N,
     ("investment", "누리바이오", False, [], 15_000_000_000, "KRW", N, N)),  # 150×10⁸
    ("㈜누리바이오는 이번 투자 유치로 총 150억원의 자금을 확보했다.", N,
     ("investment", "누리바이오", False, [], 15_000_000_000, "KRW", N, N)),  # 150×10⁸
    ("㈜누리바이오는 시리즈A 투자에서 45억원을 조달했다.", N,
     ("investment", "누리바이오", False, [], 4_500_000_000, "KRW", N, N)),  # 45×10⁸
    # --- orders won: works won (공사를 따냈다) and tenders won (낙찰됐다, 낙찰받았다), like 수주 -----
    ("㈜한빛건설은 한국도로공사가 발주한 320억원 규모의 고속도로 확장 공사를 따냈다.", N,
     ("supply_contract", "한빛건설", False, ["한국도로공사"], 32_000_000_000, "KRW", N, N)),  # 320×10⁸; the orderer
    ("새솔이엔씨는 부산시가 발주한 청사 리모델링 공사를 48억원에 낙찰받았다.", N,
     ("supply_contract", "새솔이엔씨", False, ["부산시"], 4_800_000_000, "KRW", N, N)),  # 48×10⁸
    ("새솔이엔씨는 조달청 입찰에서 48억5천만원에 낙찰됐다.", N,
     ("supply_contract", "새솔이엔씨", False, [], 4_850_000_000, "KRW", N, N)),  # 48×10⁸ + 5000×10⁴; 입찰에서: no buyer
    # --- a company's relative as the subject (모회사가, 자회사는): the party is unknown, not the topic
    # before it (before: 세온에코텍, the subsidiary whose parent signed)
    ("세온에코텍은 미국 기업의 한국 법인으로, 지난 8월 모회사가 ㈜누리전자와 공급 계약을 맺었다.", N,
     ("supply_contract", N, False, ["누리전자"], N, N, N, N)),
    # --- an amount of another deal named before the trigger is none of this one's (before: 500억원) ---
    ("㈜한빛테크는 지난해 500억원 규모의 계약에 이어 이번에 삼성전자와 공급 계약을 맺었다.", N,
     ("supply_contract", "한빛테크", False, ["삼성전자"], N, N, N, N)),
    # --- an export MOU is an MOU (수출 업무협약, 수출 MOU), not an export contract --------------
    ("㈜다온바이오는 베트남 ㈜하노이메디칼과 300만 달러 규모의 수출 업무협약을 체결했다.", N,
     ("mou", "다온바이오", False, ["하노이메디칼"], 3_000_000, "USD", N, N)),  # 300×10⁴
    ("㈜다온바이오는 ㈜하노이메디칼과 수출 MOU를 맺었다.", N,
     ("mou", "다온바이오", False, ["하노이메디칼"], N, N, N, N)),
    # --- investments received (투자받았다, 투자금을 유치): the investor in 로부터 -------------------
    ("㈜라온로보틱스는 한빛벤처스로부터 50억원을 투자받았다고 20일 밝혔다.", N,
     ("investment", "라온로보틱스", False, ["한빛벤처스"], 5_000_000_000, "KRW", N, N)),  # 50×10⁸
    ("㈜라온로보틱스는 한빛벤처스로부터 50억원의 투자금을 유치했다.", N,
     ("investment", "라온로보틱스", False, ["한빛벤처스"], 5_000_000_000, "KRW", N, N)),  # 50×10⁸; 투자금 + 유치
    ("㈜라온로보틱스는 한빛액셀러레이터로부터 2억원의 시드 투자를 받았다.", N,
     ("investment", "라온로보틱스", False, ["한빛액셀러레이터"], 200_000_000, "KRW", N, N)),  # 2×10⁸; 액셀러레이터 ends an investor's name
    # --- export_contract ------------------------------------------------------------------
    ("㈜한빛마린은 14일 미국 아마존과 연간 1000만 달러 규모의 수출계약을 체결했다고 밝혔다.", N,
     ("export_contract", "한빛마린", False, ["아마존"], 10_000_000, "USD", "year", N)),  # 1000×10⁴
    ("㈜대양테크는 베트남 빈그룹과 500만 달러 규모의 수출 계약을 맺었다.", N,
     ("export_contract", "대양테크", False, ["빈그룹"], 5_000_000, "USD", N, N)),  # 500×10⁴
    ("㈜한빛마린, 월마트와 200만 달러 수출계약 체결", N,
     ("export_contract", "한빛마린", False, ["월마트"], 2_000_000, "USD", N, N)),  # 200×10⁴, headline
    ("㈜세진푸드는 일본 이온그룹과 3년간 30억 원 규모의 수출계약을 체결했다.", N,
     ("export_contract", "세진푸드", False, ["이온그룹"], 3_000_000_000, "KRW", N, "P3Y")),  # 30×10⁸
    ("(주)코리아텍은 독일 지멘스와 체결한 수출계약에 따라 다음 달부터 부품을 선적한다.", N,
     ("export_contract", "코리아텍", False, ["지멘스"], N, N, N, N)),  # 체결한 ∼ 계약
    ("시는 15일 중국 하이얼과 수출협약을 체결했다.", "부산광역시",
     ("export_contract", "부산광역시", True, ["하이얼"], N, N, N, N)),  # the issuer, implicit
    ("지난해 매출 212억원을 기록한 ㈜한빛은 아마존과 300만 달러 규모의 수출계약을 체결했다.", N,
     ("export_contract", "한빛", False, ["아마존"], 3_000_000, "USD", N, N)),  # 300×10⁴; 212억 is its revenue
    ("지난해 매출 212억원을 기록한 ㈜한빛은 아마존과 수출계약을 체결했다.", N,
     ("export_contract", "한빛", False, ["아마존"], N, N, N, N)),  # no value rather than the revenue
    # the amount as stated, not its conversion in parentheses (약 1650억원 converts the dollars)
    ("(주)대진케미칼은 사우디 아람코와 1억2000만 달러(약 1650억원) 규모의 수출계약을 체결했다.", N,
     ("export_contract", "대진케미칼", False, ["아람코"], 120_000_000, "USD", N, N)),  # (1×10⁴+2000)×10⁴
    ("㈜한빛푸드는 미국 코스트코와 연간 500만 달러(한화 약 69억원) 규모의 수출계약을 맺었다.", N,
     ("export_contract", "한빛푸드", False, ["코스트코"], 5_000_000, "USD", "year", N)),  # 500×10⁴
    # --- supply_contract ------------------------------------------------------------------
    ("㈜동해전기는 한국전력공사와 250억 원 규모의 변압기 공급계약을 체결했다.", N,
     ("supply_contract", "동해전기", False, ["한국전력공사"], 25_000_000_000, "KRW", N, N)),  # 250×10⁸
    ("(주)미래소재, 삼성전자와 2년간 120억원 규모 공급계약 체결", N,
     ("supply_contract", "미래소재", False, ["삼성전자"], 12_000_000_000, "KRW", N, "P2Y")),  # 120×10⁸
    ("㈜그린팜은 이마트와 연간 50억 원 규모의 납품계약을 맺었다.", N,
     ("supply_contract", "그린팜", False, ["이마트"], 5_000_000_000, "KRW", "year", N)),  # 50×10⁸
    ("㈜새솔은 현대자동차와 체결한 부품 공급 계약을 차질 없이 이행하고 있다.", N,
     ("supply_contract", "새솔", False, ["현대자동차"], N, N, N, N)),
    ("㈜한결테크는 LG전자 측과 5년간 3천500만 달러 규모의 배터리 소재 공급계약을 맺었다.", N,
     ("supply_contract", "한결테크", False, ["LG전자"], 35_000_000, "USD", N, "P5Y")),  # (3000+500)×10⁴
    ("㈜한빛중공업은 그리스 선사 오션라인으로부터 LNG 운반선 2척을 수주했다.", N,
     ("supply_contract", "한빛중공업", False, ["오션라인"], N, N, N, N)),  # 수주: an order won
    ("㈜대양테크는 ㈜현대모비스에 100억 원 규모의 센서를 공급하는 계약을 체결했다.", N,
     ("supply_contract", "대양테크", False, ["현대모비스"], 10_000_000_000, "KRW", N, N)),  # buyer in 에; 100×10⁸
    # --- mou ------------------------------------------------------------------------------
    ("부산시는 한국전력공사, 부산대학교와 업무협약을 체결했다.", N,
     ("mou", "부산시", False, ["한국전력공사", "부산대학교"], N, N, N, N)),  # one signing, two partners
    ("시는 한국해양대학교와 해양인재 양성을 위한 업무협약을 맺었다.", "부산광역시",
     ("mou", "부산광역시", True, ["한국해양대학교"], N, N, N, N)),
    ("(주)코리아텍이 독일 지멘스와의 업무협약을 통해 유럽 시장에 진출한다.", N,
     ("mou", "코리아텍", False, ["지멘스"], N, N, N, N)),  # B와의 ∼ 협약
    ("부산시와 한국전력공사는 15일 시청에서 업무협약을 체결했다.", N,
     ("mou", "부산시", False, ["한국전력공사"], N, N, N, N)),  # A와 B는: A party, B counterparty
    ("한빛대학교와 부산항만공사, ㈜오션링크 등 3개 기관은 업무협약을 체결했다.", N,
     ("mou", "한빛대학교", False, ["부산항만공사", "오션링크"], N, N, N, N)),  # the list before 등 N개 기관은
    ("경상남도는 ㈜한빛마린 측과 스마트 조선소 구축을 위한 양해각서(MOU)를 교환했다.", N,
     ("mou", "경상남도", False, ["한빛마린"], N, N, N, N)),  # B 측과
    ("부산테크노파크는 ㈜대양테크, ㈜세진푸드 및 부경대학교와 상생협약을 맺었다.", N,
     ("mou", "부산테크노파크", False, ["대양테크", "세진푸드", "부경대학교"], N, N, N, N)),
    ("한국무역보험공사와 지역 수출기업 지원을 위한 업무협약을 체결했다.", N,
     ("mou", N, True, ["한국무역보험공사"], N, N, N, N)),  # no subject, issuer unknown
    ("시는 ㈜한빛AI와 맺은 업무협약을 바탕으로 인공지능 인재를 양성한다.", "부산광역시",
     ("mou", "부산광역시", True, ["한빛AI"], N, N, N, N)),  # 맺은 ∼ 협약
    ("울산시는 ㈜대양테크와 3년간 수소 산업 육성을 위한 업무협약을 체결할 예정이다.", N,
     ("mou", "울산시", False, ["대양테크"], N, N, N, "P3Y")),  # a plan: kept, confidence lowered
    # --- investment -----------------------------------------------------------------------
    ("㈜한빛AI는 지난달 소프트뱅크벤처스로부터 50억 원 규모의 시리즈A 투자를 유치했다.", N,
     ("investment", "한빛AI", False, ["소프트뱅크벤처스"], 5_000_000_000, "KRW", N, N)),  # 50×10⁸
    ("시는 ㈜대양테크와 300억 원 규모의 투자협약을 체결했다.", "울산광역시",
     ("investment", "울산광역시", True, ["대양테크"], 30_000_000_000, "KRW", N, N)),  # 300×10⁸
    ("(주)바이오젠코리아가 100억 원의 투자 유치에 성공했다.", N,
     ("investment", "바이오젠코리아", False, [], 10_000_000_000, "KRW", N, N)),  # 100×10⁸
    ("경기도는 미국 반도체 기업 램리서치와 2억 달러 규모의 투자 양해각서를 체결했다.", N,
     ("investment", "경기도", False, ["램리서치"], 200_000_000, "USD", N, N)),  # 2×10⁸
    ("㈜오름AI는 소프트뱅크벤처스로부터 50억 원의 투자를 받았다.", N,
     ("investment", "오름AI", False, ["소프트뱅크벤처스"], 5_000_000_000, "KRW", N, N)),  # 50×10⁸
    # --- award ----------------------------------------------------------------------------
    ("㈜한빛마린이 올해 해양산업대상에서 대통령상을 수상했다.", N,
     ("award", "한빛마린", False, [], N, N, N, N)),  # 해양산업대상에서: no 대상 award
    ("(주)세진푸드는 농림축산식품부로부터 장관 표창을 받았다.", N,
     ("award", "세진푸드", False, ["농림축산식품부"], N, N, N, N)),  # 로부터: the giver
    ("㈜대양테크, 2024 대한민국 혁신대상 수상", N,
     ("award", "대양테크", False, [], N, N, N, N)),  # headline
    ("시는 행정안전부 주관 정부혁신 평가에서 최우수상을 받았다.", "인천광역시",
     ("award", "인천광역시", True, ["행정안전부"], N, N, N, N)),  # X 주관: the organiser gives it
    ("㈜그린팜은 이번 박람회에서 상금 1000만 원의 혁신상을 수상했다.", N,
     ("award", "그린팜", False, [], 10_000_000, "KRW", N, N)),  # 1000×10⁴ (the prize money)
    ("한빛디자인진흥원은 심사 결과 ㈜모아디자인의 휴대용 정수기가 대상을 받았다고 밝혔다.", N,
     ("award", "모아디자인", False, [], N, N, N, N)),  # the owner of what won, not the announcer
    ("㈜다온랩은 한빛재단의 혁신상을 받았다.", N,
     ("award", "다온랩", False, ["한빛재단"], N, N, N, N)),  # X의 + the prize: the giver
    # a person's name before 연구원 (a title here, also a self-reference word): the person won
    ("박서연 연구원이 올해 과학기술 대상을 받았다.", N,
     ("award", "박서연", False, [], N, N, N, N)),
    ("한빛바이오연구원 박서연 연구원은 올해 과학기술 대상을 받았다.", N,
     ("award", "박서연", False, [], N, N, N, N)),  # the person, not 한빛바이오연구원
    ("연구원은 올해 과학기술 대상을 받았다.", "한빛바이오연구원",
     ("award", "한빛바이오연구원", True, [], N, N, N, N)),  # no name before it: the issuer itself
    # --- grant ----------------------------------------------------------------------------
    ("(주)한빛소프트가 중소벤처기업부의 팁스(TIPS) 프로그램에 선정됐다.", N,
     ("grant", "한빛소프트", False, ["중소벤처기업부"], N, N, N, N)),  # X의 ∼ 선정
    ("시는 국토교통부의 도시재생 뉴딜사업에 선정돼 국비 150억 원을 지원받는다.", "대구광역시",
     ("grant", "대구광역시", True, ["국토교통부"], 15_000_000_000, "KRW", N, N)),  # 150×10⁸, one deal
    ("시는 ㈜대양테크를 올해의 우수 중소기업으로 선정했다.", "창원시",
     ("grant", "대양테크", False, ["창원시"], N, N, N, N)),  # active 선정: the object is the party
    ("울산시는 산업통상자원부의 지역혁신 공모사업에 최종 선정됐다.", N,
     ("grant", "울산시", False, ["산업통상자원부"], N, N, N, N)),
    # --- acquisition ----------------------------------------------------------------------
    ("㈜대한바이오는 국내 물류기업 ㈜한솔로지스를 1200억 원에 인수했다고 밝혔다.", N,
     ("acquisition", "대한바이오", False, ["한솔로지스"], 120_000_000_000, "KRW", N, N)),  # 1200×10⁸
    ("(주)코리아텍, ㈜미래소재 인수 완료", N,
     ("acquisition", "코리아텍", False, ["미래소재"], N, N, N, N)),  # headline, bare object
    ("㈜한빛마린이 ㈜동해조선과 인수 계약을 체결했다.", N,
     ("acquisition", "한빛마린", False, ["동해조선"], N, N, N, N)),
    ("㈜세림케미칼은 반도체 소재 기업 ㈜대원나노를 320억 원에 인수하기로 했다.", N,
     ("acquisition", "세림케미칼", False, ["대원나노"], 32_000_000_000, "KRW", N, N)),  # 320×10⁸
    ("㈜한빛그룹은 ㈜다온물산과의 인수합병을 마무리했다.", N,
     ("acquisition", "한빛그룹", False, ["다온물산"], N, N, N, N)),
    ("㈜케이솔라는 ㈜해든에너지 지분 100%를 45억 원에 인수하는 계약을 체결했다.", N,
     ("acquisition", "케이솔라", False, ["해든에너지"], 4_500_000_000, "KRW", N, N)),  # stake owner; 45×10⁸
    ("㈜케이솔라는 ㈜해든에너지의 경영권을 인수했다.", N,
     ("acquisition", "케이솔라", False, ["해든에너지"], N, N, N, N)),  # X의 경영권
    # --- joint_development ----------------------------------------------------------------
    ("㈜대양테크는 ㈜한결소재 측과 배터리 분리막 공동개발에 나선다.", N,
     ("joint_development", "대양테크", False, ["한결소재"], N, N, N, N)),
    ("㈜세진푸드는 부경대학교와 3년간 기능성 식품을 공동 개발한다.", N,
     ("joint_development", "세진푸드", False, ["부경대학교"], N, N, N, "P3Y")),
    ("㈜나래반도체는 한국전자통신연구원과 손잡고 전력반도체를 공동 개발한다.", N,
     ("joint_development", "나래반도체", False, ["한국전자통신연구원"], N, N, N, N)),
    ("한빛대학교와 ㈜한빛마린은 자율운항 선박을 공동으로 개발하기로 합의했다.", N,
     ("joint_development", "한빛대학교", False, ["한빛마린"], N, N, N, N)),  # A와 B는 … 공동으로 개발
    ("한빛대학교는 ㈜한빛마린과 자율운항 선박 공동연구개발 협약을 맺었다.", N,
     ("joint_development", "한빛대학교", False, ["한빛마린"], N, N, N, N)),
    ("㈜미래소재는 한국과학기술연구원과 차세대 소재 공동개발 협약을 체결했다.", N,
     ("joint_development", "미래소재", False, ["한국과학기술연구원"], N, N, N, N)),  # not mou
    # --- joint_venture --------------------------------------------------------------------
    ("㈜대양테크는 베트남 비나소재와 50대50 합작투자 계약을 맺고 하노이에 공장을 짓는다.", N,
     ("joint_venture", "대양테크", False, ["비나소재"], N, N, N, N)),  # not an investment received
    ("한빛화학은 미즈호케미칼과 합작법인을 설립했다.", N,
     ("joint_venture", "한빛화학", False, ["미즈호케미칼"], N, N, N, N)),
    ("한빛화학, 일본 미즈호케미칼과 합작법인 설립…총 300억엔 투자", N,
     ("joint_venture", "한빛화학", False, ["미즈호케미칼"], N, N, N, N)),  # a headline's phrase ends at …
    # --- public procurement ---------------------------------------------------------------
    ("조달청은 한빛안전(주)와 42억5000만원 규모의 공기호흡기 다수공급자계약(MAS)을 체결했다.", N,
     ("supply_contract", "조달청", False, ["한빛안전"], 4_250_000_000, "KRW", N, N)),  # (42×10⁸)+(5000×10⁴)
    # --- harder shapes ------------------------------------------------------------------
    ("한빛로보틱스(Hanbit Robotics)가 미국 오리온오토메이션(Orion Automation)과 수출계약을 체결했다.", N,
     ("export_contract", "한빛로보틱스", False, ["오리온오토메이션"], N, N, N, N)),  # glosses skipped
    ("㈜오름AI는 미국소비자기술협회가 주관하는 혁신상을 수상했다.", N,
     ("award", "오름AI", False, ["미국소비자기술협회"], N, N, N, N)),  # 협회가 주관하는: the giver, no winner
    ("20일에는 제주관광공사와 ㈜탐라모빌리티가 데이터 공유를 위한 업무협약을 맺는다.", N,
     ("mou", "제주관광공사", False, ["탐라모빌리티"], N, N, N, N)),  # A와 B가 … 위한: still the signers
    ("한빛로보틱스는 경상남도, 창원시와 500억원 규모의 투자협약을 맺었다.", N,
     ("investment", "한빛로보틱스", False, ["경상남도", "창원시"], 50_000_000_000, "KRW", N, N)),  # 500×10⁸
    ("이날 ㈜한빛로보틱스는 500억원을 투자하는 투자협약을 경상남도, 창원시와 맺었다.", N,
     ("investment", "한빛로보틱스", False, ["경상남도", "창원시"], 50_000_000_000, "KRW", N, N)),  # partners after
    ("경상남도는 ㈜한빛로보틱스, 창원시, (사)경남스마트제조협회와 업무협약을 체결했다.", N,
     ("mou", "경상남도", False, ["한빛로보틱스", "창원시", "경남스마트제조협회"], N, N, N, N)),  # (사)
    ("㈜해솔에너지는 무역의 날 기념식에서 3천만불 수출의 탑을 받았다.", N,
     ("award", "해솔에너지", False, [], N, N, N, N)),  # 3천만불 names the prize: no value
    ("김민수 대표는 한국무역협회로부터 무역의 날 표창을 받았다.", N,
     ("award", "김민수", False, ["한국무역협회"], N, N, N, N)),  # a person wins an award
    # state orders and medals (deals.toml award triggers; before: no award)
    ("㈜한빛테크는 무역의 날 기념식에서 금탑산업훈장을 받았다.", N,
     ("award", "한빛테크", False, [], N, N, N, N)),
    ("김민수 대표는 산업포장을 받았다.", N, ("award", "김민수", False, [], N, N, N, N)),
    ("이도윤 한빛마린 대표는 이날 부산대학교와 업무협약을 체결했다.", N,
     ("mou", "한빛마린", False, ["부산대학교"], N, N, N, N)),  # the CEO signs for his company
    ("박정훈 울산시장은 이날 ㈜한빛마린과 업무협약을 체결했다.", N,
     ("mou", "울산시", False, ["한빛마린"], N, N, N, N)),  # the mayor signs for the city
    ("㈜그린셀은 산업통상자원부가 주관하는 ‘2024년 소재부품 기술개발사업’에 최종 선정됐다.", N,
     ("grant", "그린셀", False, ["산업통상자원부"], N, N, N, N)),  # the organiser gives it
    # …and the organisers listed before it with 와 (before: the last one only)
    ("한빛대학교는 과학기술정보통신부와 정보통신기획평가원(IITP)이 주관하는 'AI 융합혁신대학원' 사업에 선정돼 "
     "6년간 최대 120억원을 지원받는다.", N,
     ("grant", "한빛대학교", False, ["과학기술정보통신부", "정보통신기획평가원"], 12_000_000_000, "KRW", N, "P6Y")),  # 120×10⁸
    ("부경대학교는 한빛병원, 다온헬스 주식회사와 의료 인력 양성 업무협약을 체결했다.", N,
     ("mou", "부경대학교", False, ["한빛병원", "다온헬스"], N, N, N, N)),  # spaced legal form after the name
    ("부경대학교-한빛병원, 의료 인력 양성 업무협약", N,
     ("mou", "부경대학교", False, ["한빛병원"], N, N, N, N)),  # headline pair A-B
    ("㈜가온테크는 연간 3억 원 규모의 스마트공장 구축 지원사업에 선정됐다.", N,
     ("grant", "가온테크", False, [], 300_000_000, "KRW", "year", N)),  # 3×10⁸
    # --- a prize as topic, goal or dative (deals.toml [prizes]) ---------------------------
    ("이번 경진대회 최우수상은 ㈜누리소프트가 차지했다.", N,
     ("award", "누리소프트", False, [], N, N, N, N)),  # the prize is the topic, the winner the subject
    ("㈜누리소프트가 공공데이터 활용 공모전 최우수상에 최종 선정됐다.", N,
     ("award", "누리소프트", False, [], N, N, N, N)),  # a prize as the goal of 선정: award, not grant
    ("올해 대상은 ㈜누리소프트에게 돌아갔다.", N,
     ("award", "누리소프트", False, [], N, N, N, N)),  # 돌아가: the winner in 에게
    ("㈜누리소프트는 수출바우처 지원 대상으로 선정됐다.", N,
     ("grant", "누리소프트", False, [], N, N, N, N)),  # 대상 = target here: still a grant
    ("특별상은 ㈜누리소프트가 수상의 영예를 안았다.", N,
     ("award", "누리소프트", False, [], N, N, N, N)),  # 수상의 영예를 between winner and verb
    ("특별상에는 ㈜바로배송이 선정됐다.", N,
     ("award", "바로배송", False, [], N, N, N, N)),  # Kiwi: 바로/MAG 배송, inside the entity ㈜바로배송
    ("올해 대상은 물류로봇을 개발한 ㈜리브로보틱스에 돌아갔다.", N,
     ("award", "리브로보틱스", False, [], N, N, N, N)),  # a clause modifying the winner
    # a professor's team: the organisation named before the professor (before: no party)
    ("한빛대 김수진 교수 연구팀은 한국연구재단의 중견연구자 지원사업에 선정돼 5년간 총 15억원을 지원받는다.", N,
     ("grant", "한빛대", False, ["한국연구재단"], 1_500_000_000, "KRW", N, "P5Y")),  # 15×10⁸ over 5 years
    ("한빛대학교 연구팀은 지난달 한국바이오협회가 주관한 공모전에서 최우수상을 받았다.", N,
     ("award", "한빛대학교", False, ["한국바이오협회"], N, N, N, N)),  # the team's university; the organiser gives it
    ("특별상은 한빛대학교 학생팀이 받았다.", N,
     ("award", "한빛대학교", False, [], N, N, N, N)),  # a team of the university (unit_nouns)
    ("㈜리브로보틱스에는 국토교통부 장관상과 상금 2000만원이 수여됐다.", N,
     ("award", "리브로보틱스", False, ["국토교통부"], 20_000_000, "KRW", N, N)),  # given (passive) to A에는; 2000×10⁴;
    # the ministry right before its minister's prize gives it (deals.toml award bare_triggers)
    # given (active, 수여했다) to A in 에: A wins, the subject gives it
    ("부산시는 26일 시청에서 ㈜한빛마린에 표창을 수여했다.", N,
     ("award", "한빛마린", False, ["부산시"], N, N, N, N)),  # not the city's award
    ("한빛재단은 ㈜다온테크에 혁신상과 상금 1000만원을 수여했다.", N,
     ("award", "다온테크", False, ["한빛재단"], 10_000_000, "KRW", N, N)),  # 1000×10⁴ (the prize money)
    # 대상을 받은 ㈜B는 … 상금 X도 받았다: the prize money the winner receives in the main clause
    ("대상을 받은 ㈜새솔바이오는 상금 500만원도 받았다.", N,
     ("award", "새솔바이오", False, [], 5_000_000, "KRW", N, N)),  # 500×10⁴
    ("최우수상을 받은 ㈜다온테크는 부상으로 상금 300만원을 함께 받았다.", N,
     ("award", "다온테크", False, [], 3_000_000, "KRW", N, N)),  # 300×10⁴
    ("대상을 받은 ㈜새솔바이오는 상금 500만원을 지역 복지재단에 기부했다.", N,
     ("award", "새솔바이오", False, [], N, N, N, N)),  # given away, not received: no value
    ("대상을 받은 ㈜새솔바이오는 지난해 매출 500억원을 기록했다.", N,
     ("award", "새솔바이오", False, [], N, N, N, N)),  # revenue, no award cue: no value
    # a genitive before the prize (올해의 혁신상) still leaves A in 에 the winner
    ("시는 ㈜새솔바이오에 올해의 혁신상을 수여했다.", "창원시",
     ("award", "새솔바이오", False, ["창원시"], N, N, N, N)),
    ("한빛재단은 ㈜다온테크에 올해의 기술혁신상을 수여했다.", N,
     ("award", "다온테크", False, ["한빛재단"], N, N, N, N)),
    # the winners named before 등 and a generic noun with its count (등 우수기업 5곳에): the named one
    # wins (before: no award; 등 5개사에 already did)
    ("부산시는 ㈜누리푸드 등 우수기업 5곳에 시장 표창을 수여했다.", N,
     ("award", "누리푸드", False, ["부산시"], N, N, N, N)),
    # …also 중소기업 and the like as the generic noun (deals.toml generic_heads; before: no award)
    ("부산시는 ㈜누리푸드 등 우수 중소기업 5곳에 시장 표창을 수여했다.", N,
     ("award", "누리푸드", False, ["부산시"], N, N, N, N)),
    # --- headlines, dates, cancels ----------------------------------------------------------
    # a headline closing with the plain 아/어 (Kiwi: a final ending) is still a headline (before: no
    # award; an MOU with an implicit party and both companies as partners)
    ("㈜한빛테크, 장관 표창 받아", N, ("award", "한빛테크", False, [], N, N, N, N)),
    ("한빛테크, 다온랩과 업무협약 맺어", N, ("mou", "한빛테크", False, ["다온랩"], N, N, N, N)),
    ("경기도-수원시-㈜한빛AI, 인공지능 교육 업무협약 체결", N,
     ("mou", "경기도", False, ["수원시", "한빛AI"], N, N, N, N)),  # a chain A-B-C: A, partners B and C
    ("한결모터스, 베트남 빈그룹과 합작법인 설립", N,
     ("joint_venture", "한결모터스", False, ["빈그룹"], N, N, N, N)),  # the country is no part of the name
    ("한빛대학교, 교육부 지원사업 선정…3년간 국비 30억원", N,
     ("grant", "한빛대학교", False, [], N, N, N, N)),  # the phrase ends at …: no term, no amount read past it
    ("가온푸드, 싱가포르 수출계약 성사…중동 계약은 무산", N,
     ("export_contract", "가온푸드", False, [], N, N, N, N)),  # 무산 belongs to the next phrase
    # a headline ending in a Latin head after the trigger (공동개발 MOU, 투자 MOU): the trigger's type, as with
    # 협약 (before: an MOU; Kiwi tags MOU SL, which the heads did not take)
    ("다온정밀-세진테크, 로봇 부품 공동개발 MOU", N, ("joint_development", "다온정밀", False, ["세진테크"], N, N, N, N)),
    # a headline ending in the bare 공급/투자 with a named company in 에 (the 하 left out; before: no deal)
    ("한빛테크, 美 아마존에 배터리 공급", N, ("supply_contract", "한빛테크", False, ["아마존"], N, N, N, N)),
    ("누리벤처스, ㈜다온로보틱스에 50억 투자", N, ("investment", "누리벤처스", False, ["다온로보틱스"], N, N, N, N)),
    ("㈜한빛마린은 아마존과 수출계약을 지난 3일 체결했다.", N,
     ("export_contract", "한빛마린", False, ["아마존"], N, N, N, N)),  # a date between object and verb
    ("울산시는 노르딕윈드와 1조원 규모의 투자협약을 내년 1월 체결할 예정이다.", N,
     ("investment", "울산시", False, ["노르딕윈드"], 1_000_000_000_000, "KRW", N, N)),  # a plan; 1×10¹²
    # --- the ones named before 등 (the others are not named: none is invented) --------------
    ("㈜한빛AI는 한빛벤처스, 새봄인베스트먼트 등으로부터 80억원의 투자를 유치했다.", N,
     ("investment", "한빛AI", False, ["한빛벤처스", "새봄인베스트먼트"], 8_000_000_000, "KRW", N, N)),  # 80×10⁸
    ("부산시는 ㈜한빛마린, ㈜다온물산 등 3개사와 업무협약을 체결했다.", N,
     ("mou", "부산시", False, ["한빛마린", "다온물산"], N, N, N, N)),  # 3개사: two named
    ("부산시는 ㈜한빛마린, ㈜다온물산 등과 업무협약을 체결했다.", N,
     ("mou", "부산시", False, ["한빛마린", "다온물산"], N, N, N, N)),
    ("부산시는 ㈜한빛마린 등 기업 3곳과 업무협약을 체결했다.", N,
     ("mou", "부산시", False, ["한빛마린"], N, N, N, N)),
    ("시는 국비 20억원을 확보했다.", "부산광역시",
     ("grant", "부산광역시", True, [], 2_000_000_000, "KRW", N, N)),  # 20억원을: the trigger's amount, no other object
    ("㈜한빛마린은 베트남 빈그룹과 수출계약을 체결하는 데 성공했다.", N,
     ("export_contract", "한빛마린", False, ["빈그룹"], N, N, N, N)),  # 하는 데 + 성공: signed
    ("부산시는 이날 ㈜한빛마린 등 지역 기업 10곳과 상생협약을 체결했다.", N,
     ("mou", "부산시", False, ["한빛마린"], N, N, N, N)),  # 등 + two words + the count
    ("㈜한빛소프트와 ㈜다온랩은 합작법인 ‘한다온’을 출범시켰다.", N,
     ("joint_venture", "한빛소프트", False, ["다온랩"], N, N, N, N)),  # a quoted name after the trigger
    # an agreement to invest is an investment deal, like a 투자협약 (deals.toml agreement_purposes)
    ("㈜한빛배터리는 구미에 2,000억원을 투자하기로 경상북도와 협약했다.", N,
     ("investment", "한빛배터리", False, ["경상북도"], 200_000_000_000, "KRW", N, N)),  # 2000×10⁸
    ("㈜한빛배터리는 경상북도와 2,000억원을 투자하는 내용의 업무협약을 맺었다.", N,
     ("investment", "한빛배터리", False, ["경상북도"], 200_000_000_000, "KRW", N, N)),
    ("㈜한빛배터리는 투자를 늘리고, 경상북도와 업무협약을 맺었다.", N,
     ("mou", "한빛배터리", False, ["경상북도"], N, N, N, N)),  # 투자 in another clause: still an MOU
    ("한빛그룹은 자회사 ㈜다온물산을 흡수합병한다고 밝혔다.", N,
     ("acquisition", "한빛그룹", False, ["다온물산"], N, N, N, N)),  # a merger by absorption
    # --- a stake bought (취득 only with a stake as its object: deals.toml stake_only) ----------
    ("㈜한빛배터리는 ㈜다온소재의 지분 30%를 120억원에 취득했다고 밝혔다.", N,
     ("acquisition", "한빛배터리", False, ["다온소재"], 12_000_000_000, "KRW", N, N)),  # 120×10⁸; as 지분 인수
    ("㈜한빛배터리는 ㈜다온소재의 경영권을 취득했다.", N,
     ("acquisition", "한빛배터리", False, ["다온소재"], N, N, N, N)),  # 경영권 (Kiwi: 경영/권)
    ("㈜한빛배터리는 ㈜다온소재 지분 취득을 완료했다.", N,
     ("acquisition", "한빛배터리", False, ["다온소재"], N, N, N, N)),  # 지분 취득 + 완료
    # what is bought is an object of the trigger's own clause, not of the sale before it
    ("㈜한빛전자는 보유하던 ㈜다온소재 지분을 전량 매각하고 ㈜새길소재 지분을 취득했다.", N,
     ("acquisition", "한빛전자", False, ["새길소재"], N, N, N, N)),  # 다온소재 was sold
    ("㈜한빛전자는 ㈜다온소재 지분을 매각하고 ㈜새길소재를 인수했다.", N,
     ("acquisition", "한빛전자", False, ["새길소재"], N, N, N, N)),  # not [다온소재, 새길소재]
    ("㈜한빛전자는 ㈜다온소재를 인수하고 사명을 바꿨다.", N,
     ("acquisition", "한빛전자", False, ["다온소재"], N, N, N, N)),  # the object before 인수 stays
    # --- a shipbuilding order and a technology transfer are supply contracts ----------------
    ("㈜한빛중공업은 그리스 선사 오션라인과 LNG 운반선 2척에 대한 건조 계약을 체결했다.", N,
     ("supply_contract", "한빛중공업", False, ["오션라인"], N, N, N, N)),  # ships ordered, like 수주
    ("㈜한빛중공업은 노르웨이 선사 노르드쉽과 4000억원 규모의 컨테이너선 건조계약을 맺었다.", N,
     ("supply_contract", "한빛중공업", False, ["노르드쉽"], 400_000_000_000, "KRW", N, N)),  # 4000×10⁸
    ("㈜세온제약은 미국 노바젠과 1억 달러 규모의 기술이전 계약을 맺었다.", N,
     ("supply_contract", "세온제약", False, ["노바젠"], 100_000_000, "USD", N, N)),  # 1×10⁸
    ("한빛대학교 산학협력단은 ㈜다온바이오와 항암 신약 후보물질 기술이전 계약을 체결했다.", N,
     ("supply_contract", "한빛대학교", False, ["다온바이오"], N, N, N, N)),  # 산학협력단: the university's unit
    # --- an investment made: the investee in 에 (deals.toml dative_suffix) ----------------------
    ("㈜세온제약은 미국 제약사 브릭스톤바이오와 기술이전 계약을 체결했다.", N,
     ("supply_contract", "세온제약", False, ["브릭스톤바이오"], N, N, N, N)),  # 제약사: a kind, no part of the name
    # no legal form: 한결/MAG + 제약 is the company; 바이오텍 is a kind (stop word) and 알토스, with no
    # word of sport in the text, is not the volleyball team IBK기업은행 알토스 (organisations.tsv)
    # a clause with no subject, reported by the company named after it (…했다고 B가 1일 밝혔다): B
    ("㈜그린마트와 냉동만두 공급계약을 체결했다고 ㈜해담식품이 1일 밝혔다.", N,
     ("supply_contract", "해담식품", False, ["그린마트"], N, N, N, N)),
    # the grantors listed before 의: every one of them (organisations only)
    ("㈜한빛테크는 중소벤처기업부와 창업진흥원의 지원을 받았다.", N,
     ("grant", "한빛테크", False, ["중소벤처기업부", "창업진흥원"], N, N, N, N)),
    # two-syllable names with the particle Kiwi kept inside them (㈜세온과/NNP): both are bought
    ("㈜한빛홀딩스는 ㈜세온과 ㈜다온의 지분을 인수했다.", N,
     ("acquisition", "한빛홀딩스", False, ["세온", "다온"], N, N, N, N)),
    # a list of three legal forms (prefix, suffix, a word after a space) before 등 … N곳과: every
    # member is a partner, the last one whole although Kiwi cut it (다/MAG 온/MM 에너지솔루션)
    ("경상북도는 ㈜세진케미칼, 한울머티리얼즈㈜, 다온에너지솔루션 주식회사 등 3곳과 2,400억원 규모의 투자협약을 체결했다.", N,
     ("investment", "경상북도", False, ["세진케미칼", "한울머티리얼즈", "다온에너지솔루션"], 240_000_000_000, "KRW", N, N)),  # 2400×10⁸
    ("한결제약은 미국 바이오텍 알토스와 1조2천억원 규모의 기술이전 계약을 체결했다.", N,
     ("supply_contract", "한결제약", False, ["알토스"], 1_200_000_000_000, "KRW", N, N)),  # (1×10⁴+2×10³)×10⁸
    ("㈜한빛벤처스는 ㈜다온로보틱스에 50억원을 투자했다.", N,
     ("investment", "한빛벤처스", False, ["다온로보틱스"], 5_000_000_000, "KRW", N, N)),  # 50×10⁸
    ("한빛인베스트먼트는 AI 스타트업 ㈜누리랩에 30억원을 투자했다고 밝혔다.", N,
     ("investment", "한빛인베스트먼트", False, ["누리랩"], 3_000_000_000, "KRW", N, N)),  # 30×10⁸
    ("㈜한빛전자는 자회사 ㈜한빛베트남에 300억원을 추가로 투자한다고 밝혔다.", N,
     ("investment", "한빛전자", False, ["한빛베트남"], 30_000_000_000, "KRW", N, N)),  # 300×10⁸
    # a company name ending in a self-reference word (Kiwi: ㈜ 한결/MAG 그룹/NNG): the company, not "그룹은"
    ("㈜한결그룹은 ㈜태평양로지스를 850억원에 인수했다.", N,
     ("acquisition", "한결그룹", False, ["태평양로지스"], 85_000_000_000, "KRW", N, N)),  # 850×10⁸
    ("앞서 ㈜한결그룹은 지난 3월 물류업체 ㈜태평양로지스를 인수했다.", N,
     ("acquisition", "한결그룹", False, ["태평양로지스"], N, N, N, N)),
    # companies coordinated before the acquired one are acquired too (deals.toml object_lists);
    # without 각각 one deal: 300억 may be the price of both
    ("㈜한결전자는 ㈜다온소프트와 ㈜미르텍을 모두 300억원에 인수했다.", N,
     ("acquisition", "한결전자", False, ["다온소프트", "미르텍"], 30_000_000_000, "KRW", N, N)),  # 300×10⁸
    ("㈜한결전자는 ㈜다온소프트, ㈜미르텍을 인수했다.", N,
     ("acquisition", "한결전자", False, ["다온소프트", "미르텍"], N, N, N, N)),  # was 미르텍 alone
    ("㈜한결전자는 ㈜다온소프트와 ㈜미르텍의 지분을 인수했다.", N,
     ("acquisition", "한결전자", False, ["다온소프트", "미르텍"], N, N, N, N)),  # the stake of both
    # …but a co-buyer is not bought: 공동 인수, 와 함께, and a thing is no company
    ("㈜한결전자는 ㈜다온소프트와 ㈜미르텍을 공동 인수했다.", N,
     ("acquisition", "한결전자", False, ["미르텍"], N, N, N, N)),
    ("㈜한결전자는 ㈜다온소프트와 함께 ㈜미르텍을 인수했다.", N,
     ("acquisition", "한결전자", False, ["미르텍"], N, N, N, N)),
    ("㈜한결전자는 기술력과 ㈜미르텍을 인수했다.", N,
     ("acquisition", "한결전자", False, ["미르텍"], N, N, N, N)),
    # a particle right after a trailing ㈜ (Kiwi: 르/NNG ᆯ/JKO, 늘/VV ᆫ/ETM, 와/IC) says its role again
    ("㈜한빛케미칼은 자회사 누리소재㈜를 흡수합병하기로 결의했다.", N,
     ("acquisition", "한빛케미칼", False, ["누리소재"], N, N, N, N)),  # was no deal
    ("누리소재㈜는 한빛케미칼과 공급계약을 체결했다.", N,
     ("supply_contract", "누리소재", False, ["한빛케미칼"], N, N, N, N)),  # was an implicit party
    ("한빛케미칼은 누리소재㈜와 공급계약을 체결했다.", N,
     ("supply_contract", "한빛케미칼", False, ["누리소재"], N, N, N, N)),  # was no counterparty
    # an organisation of two words keeps its first word (it is no place before a name: 미국 아마존)
    # and the partner listed before it in 와 (before: 대구지역본부 alone, no partner; 마리타임)
    ("대구시와 한국산업단지공단 대구지역본부는 업무협약을 체결했다.", N,
     ("mou", "대구시", False, ["한국산업단지공단 대구지역본부"], N, N, N, N)),
    ("대구시는 한국산업단지공단 대구지역본부와 업무협약을 체결했다.", N,
     ("mou", "대구시", False, ["한국산업단지공단 대구지역본부"], N, N, N, N)),
    ("㈜한빛마린은 그리스 선사 엘리오스 마리타임(Elios Maritime)과 1,840억원 규모의 건조 계약을 체결했다.", N,
     ("supply_contract", "한빛마린", False, ["엘리오스 마리타임"], 184_000_000_000, "KRW", N, N)),  # 1840×10⁸
    ("㈜한빛마린은 미국 아마존과 공급 계약을 체결했다.", N,
     ("supply_contract", "한빛마린", False, ["아마존"], N, N, N, N)),  # a known place before the name stays out
    # a plant or a building ordered from the contractor is a supply contract (EPC, 시공, 건설 계약)
    ("㈜한빛에너지는 사우디아라비아 국영전력회사(SEC)와 3억2천만 달러 규모의 태양광 발전소 EPC 계약을 체결했다.", N,
     ("supply_contract", "한빛에너지", False, [], 320_000_000, "USD", N, N)),  # (3×10⁸)+(2×10³×10⁴); SEC no partner
    ("한빛건설은 부산시와 1,200억원 규모의 도시철도 시공 계약을 맺었다.", N,
     ("supply_contract", "한빛건설", False, ["부산시"], 120_000_000_000, "KRW", N, N)),  # 1200×10⁸
    # supplying (공급/납품 + 하) an organisation named in 에 is a supply contract, the buyer in 에; the
    # follow-up "총 계약 규모는" gives its value
    ("㈜다온모빌리티는 현대자동차에 전기차용 배터리 케이스를 2027년부터 5년간 공급한다. 총 계약 규모는 4,200억원이다.", N,
     ("supply_contract", "다온모빌리티", False, ["현대자동차"], 420_000_000_000, "KRW", N, "P5Y")),  # 4200×10⁸
    ("한빛테크는 삼성전자에 장비를 납품했다.", N,
     ("supply_contract", "한빛테크", False, ["삼성전자"], N, N, N, N)),
    ("한빛테크는 현대차와 기아에 부품을 공급한다.", N,
     ("supply_contract", "한빛테크", False, ["현대자동차", "기아차"], N, N, N, N)),  # both buyers in 에
    # exporting (수출 + 하) to an organisation named in 에 is an export contract, the buyer in 에
    ("㈜다온물산은 중국 상하이의 유통기업 화룬상사에 3년간 2,400만 달러어치의 화장품을 수출하기로 했다.", N,
     ("export_contract", "다온물산", False, ["화룬상사"], 24_000_000, "USD", N, "P3Y")),  # 2400×10⁴
    ("㈜다온물산은 ㈜화룬상사에 화장품 200만 달러어치를 수출한다.", N,
     ("export_contract", "다온물산", False, ["화룬상사"], 2_000_000, "USD", N, N)),  # 200×10⁴
    # the sum received (받는다) in the clause after the selection is the grant's, with its term (before:
    # no value); another subject's money or a cap (최대) is not
    ("한빛대학교는 한국연구재단의 지원사업에 선정돼 3년간 연구비 4억5천만원을 받는다.", N,
     ("grant", "한빛대학교", False, ["한국연구재단"], 450_000_000, "KRW", N, "P3Y")),  # (4×10⁸)+(5×10³×10⁴)
    ("한빛테크는 지원사업에 선정됐고, 누리테크는 5억원을 받았다.", N,
     ("grant", "한빛테크", False, [], N, N, N, N)),
    # 선정 with a sum of money in its sentence is a grant (deals.toml needs_context); a cap (최대) is no value
    ("한빛테크는 산업통상자원부의 으뜸기업으로 선정돼 최대 50억원을 받는다.", N,
     ("grant", "한빛테크", False, ["산업통상자원부"], N, N, N, N)),
]


@pytest.mark.parametrize("text, issuer, expected", ONE_DEAL, ids=[r[2][0] + ":" + r[0][:12] for r in ONE_DEAL])
def test_one_deal(text, issuer, expected):
    _, deals = deals_of(text, issuer)
    assert [row(d) for d in deals] == [expected[:4] + (None if expected[4] is None else Decimal(expected[4]),) + expected[5:]]


# Several deals in one sentence or release: [(type, party, counterparties)] in text order.
MANY = [
    # "두 기관과": the partners named in the sentence before
    ("해양수산부는 부산항만공사, 한국해양과학기술원과 함께 자동화 크레인을 공동 개발한다. "
     "이를 위해 해양수산부는 이날 두 기관과 업무협약을 체결했다.", N,
     [("joint_development", "해양수산부", ["부산항만공사", "한국해양과학기술원"]),
      ("mou", "해양수산부", ["부산항만공사", "한국해양과학기술원"])]),
    # an aggregate of 45 contracts is no deal; the named one after it keeps its own amount
    ("상담회에서는 모두 45건, 1,200만 달러 규모의 수출계약이 체결됐다. "
     "특히 ㈜부산씨푸드는 베트남 유통업체 빈마트와 150만 달러 규모의 수출계약을 체결했다.", N,
     [("export_contract", "부산씨푸드", ["빈마트"])]),
    # two listed agreements signed at once with one partner: two deals sharing the verb
    ("㈜한빛마린은 아마존과 수출계약 및 업무협약을 체결했다.", N,
     [("export_contract", "한빛마린", ["아마존"]), ("mou", "한빛마린", ["아마존"])]),
    # 대상을 받은 ㈜B는: the head of the relative clause won the award, and signs the contract
    ("지난해 대상을 받은 주식회사 바람숲은 제주관광공사와 키오스크 공급계약을 체결했다.", N,
     [("award", "바람숲", []), ("supply_contract", "바람숲", ["제주관광공사"])]),
    # a headline's person with a title (and an organisation) before its comma wins the prize
    ("김민수 교수, 장관 표창 수상", N, [("award", "김민수", [])]),
    ("한빛로보틱스는 중소벤처기업부 장관 표창을 받았다.", N, [("award", "한빛로보틱스", ["중소벤처기업부"])]),
    # …not a name before any other prize (no giver named)
    ("올해 대상은 한빛로보틱스 대상 수상으로 이어졌다.", N, []),
    ("한빛로보틱스는 서울국제발명전시회 대상을 받았다.", N, [("award", "한빛로보틱스", [])]),
    ("한빛대 김민수 교수, 과기정통부 장관상 수상", N, [("award", "김민수", ["과학기술정보통신부"])]),  # the ministry's prize
    # a headline pair joined by · (as by -): the first signs, the others are its partners
    ("부산시·BNK금융, 해양금융 활성화 MOU", N, [("mou", "부산시", ["BNK금융"])]),
    ("부산시·BNK금융·한국해양진흥공사, 해양금융 활성화 MOU", N,
     [("mou", "부산시", ["BNK금융", "한국해양진흥공사"])]),
    # 맞손 (joined hands): an agreement, in a headline or with 잡다, only with a partner named
    ("한빛테크-청람대, AI 인재 양성 맞손", N, [("mou", "한빛테크", ["청람대"])]),
    ("㈜한빛테크는 청람대학교와 AI 인재 양성을 위해 맞손을 잡았다.", N, [("mou", "한빛테크", ["청람대학교"])]),
    ("업계가 맞손을 잡았다.", N, []),
    # a cooperation agreement (협력 협정) is an MOU; a treaty between countries is none
    ("청람대학교는 ㈜다온랩과 산학협력 협정을 체결했다.", N, [("mou", "청람대학교", ["다온랩"])]),
    ("한국과 칠레는 자유무역협정을 체결했다.", N, []),
    # goods made for a client under contract (OEM, CMO): a supply contract, the maker the party
    ("누리푸드는 CJ제일제당과 HMR 제품 OEM 생산 계약을 맺었다.", N, [("supply_contract", "누리푸드", ["CJ제일제당"])]),
    ("세온바이오로직스는 스위스 노바렌과 1,200억원 규모의 위탁생산(CMO) 계약을 체결했다.", N,
     [("supply_contract", "세온바이오로직스", ["노바렌"])]),
    ("누리전자는 지난해 생산 계약 물량을 모두 채웠다.", N, []),  # no deal signed
    # an agreement to supply in so many words, with the buyer in 와
    ("㈜한빛로보틱스는 독일 지멘트와 협동로봇 200대를 공급하기로 합의했다.", N,
     [("supply_contract", "한빛로보틱스", ["지멘트"])]),
    ("두 나라는 공급하기로 합의했다.", N, []),  # no one named
    # 종료 in another clause ends the event or the term, not the deal
    ("㈜한빛은 ㈜다온과 업무협약을 체결하고 행사를 종료했다.", N, [("mou", "한빛", ["다온"])]),
    ("㈜한빛은 ㈜다온과 공급계약을 체결했으며 계약은 2027년 종료된다.", N, [("supply_contract", "한빛", ["다온"])]),
    # funds given to a named company (지원 + 하, a sum of money before it): a grant, the company in 에 the
    # party, the subject the grantor; one each when two are named; support with no money is none
    ("한빛시는 ㈜누리텍에 시설자금 20억원을 융자 지원한다.", N, [("grant", "누리텍", ["한빛시"])]),
    ("중기부는 ㈜다온랩과 ㈜세온에 각각 5억원을 지원한다.", N,
     [("grant", "다온랩", ["중소벤처기업부"]), ("grant", "세온", ["중소벤처기업부"])]),
    ("시는 ㈜누리텍에 기술을 지원했다.", N, []),
    ("시는 ㈜누리텍에 20억원을 지원하고 있다.", N, []),  # ongoing: no one act
    # taking new shares a company issues (B의 유상증자에 참여): an investment, B the issuer; with no issuer
    # named, none
    ("한빛전자는 다온바이오의 제3자배정 유상증자에 참여해 100억원을 투자한다.", N,
     [("investment", "한빛전자", ["다온바이오"])]),
    ("한빛전자는 유상증자에 참여했다.", N, []),
    ("주주들은 유상증자에 참여하지 않았다.", N, []),
    # …and the issuer's side: shares issued to an investor named with 를 대상으로 (the issuer the party)
    ("다온바이오는 한빛전자를 대상으로 100억원 규모의 제3자배정 유상증자를 결정했다.", N,
     [("investment", "다온바이오", ["한빛전자"])]),
    ("다온바이오는 100억원 규모의 제3자배정 유상증자를 결정했다.", N, []),  # no investor named
    ("다온바이오는 제3자배정 유상증자를 검토하고 있다.", N, []),  # not decided
    # distribution deals: one sells the other's products
    ("누리소프트는 한빛클라우드와 총판 계약을 맺었다.", N, [("supply_contract", "누리소프트", ["한빛클라우드"])]),
    ("누리제약은 미국 노바팜과 북미 독점 판매 계약을 체결했다.", N, [("supply_contract", "누리제약", ["노바팜"])]),
    ("한빛식품은 유통 계약 갱신을 앞두고 있다.", N, []),
    # the partner's particle Kiwi read inside its name (로슈와/NNP) still makes it the partner
    ("세온바이오는 스위스 제약사 로슈와 최대 12억 달러 규모의 기술이전 계약을 체결했다.", N,
     [("supply_contract", "세온바이오", ["로슈"])]),
    # a partner's name Kiwi never saw (노바젠/NNG, 빈패스트/NNG) after a company cue (before: no counterparty)
    ("㈜한결바이오는 미국 제약사 노바젠과 총 1억2천만 달러 규모의 기술수출 계약을 체결했다.", N,
     [("export_contract", "한결바이오", ["노바젠"])]),
    ("에코랩스는 베트남 빈그룹 계열사 빈패스트와 배터리 재활용 설비 공급 계약을 체결했다.", N,
     [("supply_contract", "에코랩스", ["빈패스트"])]),
    # a system, a plant or a service built or rendered under contract: an order won (구축/용역/유지보수 계약)
    ("한빛테크는 베트남 빈그룹과 500억원 규모의 스마트팩토리 구축 계약을 체결했다.", N,
     [("supply_contract", "한빛테크", ["빈그룹"])]),
    ("한빛엔지니어링은 한국도로공사와 45억원 규모의 설계 용역 계약을 체결했다.", N,
     [("supply_contract", "한빛엔지니어링", ["한국도로공사"])]),
    ("한빛엔지니어링은 용역 계약 만료를 앞두고 있다.", N, []),  # no contract made
    # a joint research contract or agreement: joint development (공동연구 협약 is not an MOU)
    ("한빛대학교는 ㈜다온메디칼과 공동 연구 계약을 체결했다.", N, [("joint_development", "한빛대학교", ["다온메디칼"])]),
    ("한빛대학교는 ㈜다온메디칼과 공동연구 협약을 맺었다.", N, [("joint_development", "한빛대학교", ["다온메디칼"])]),
    ("한빛대학교 공동 연구팀은 새 소재를 개발했다.", N, []),
    # a disclosure form (단일판매·공급계약체결 and numbered fields): counterparty, value and date from the
    # 계약상대방, 계약금액(원) and 계약(수주)일자 lines
    ("㈜한빛테크, 단일판매·공급계약체결\n1. 판매·공급계약 내용: 반도체 검사장비 공급\n2. 계약금액(원): 12,345,678,900\n"
     "4. 계약상대방: 다온반도체㈜\n6. 계약(수주)일자: 2026-11-27", N, [("supply_contract", "한빛테크", ["다온반도체"])]),
    # a team as the partner (연구팀과): the organisation it belongs to, named before it or before its
    # professors (it was no partner, and with an implicit party no deal)
    ("도는 충북대학교 연구팀과 협력 협정을 맺었다.", N, [("mou", None, ["충북대학교"])]),
    ("충청북도는 충북대학교 김태윤·박소연 교수 연구팀과 업무협약을 맺었다.", N, [("mou", "충청북도", ["충북대학교"])]),
    ("㈜한빛은 연구팀과 협약을 맺었다.", N, []),  # no organisation named
    # one contract counted is the deal itself
    ("㈜한빛은 ㈜다온과 1건의 공급계약을 체결했다.", N, [("supply_contract", "한빛", ["다온"])]),
    # an order won from the one that ordered it: the subject of the relative clause (부산시가 발주한) is the
    # orderer, never the party — the subject further left is (it was 부산시), or the issuer
    ("한빛건설이 부산시가 발주한 도로 공사를 수주했다.", N, [("supply_contract", "한빛건설", ["부산시"])]),
    ("한빛건설이 부산시가 발주한 도로 공사를 낙찰받았다.", N, [("supply_contract", "한빛건설", ["부산시"])]),
    ("부산시가 발주한 공사를 수주했다.", N, [("supply_contract", None, ["부산시"])]),
    # …and the subject of a clause joined to that relative clause by 하고 (부산시가 발주하고 LH가 감독하는)
    ("한빛건설이 부산시가 발주하고 LH가 감독하는 공사를 수주했다.", N, [("supply_contract", "한빛건설", [])]),
    # selected as a supplier: a supply contract won (not a grant, though an amount is in the sentence);
    # the selector is the buyer, and the one selected (the object of an active 선정) the party
    ("㈜다온모빌리티는 한빛자동차로부터 배터리팩 부품 공급사로 선정돼 2027년부터 5년간 총 1,500억원어치를 납품한다.", N,
     [("supply_contract", "다온모빌리티", ["한빛자동차"])]),
    ("한빛자동차는 ㈜다온모빌리티와 ㈜누리셀을 배터리 공급사로 선정했다.", N,
     [("supply_contract", "다온모빌리티", ["한빛자동차"]), ("supply_contract", "누리셀", ["한빛자동차"])]),
    # a technology transferred by contract: the buyer in 에
    ("청람대학교 산학협력단은 ㈜누리바이오에 항체 기술을 이전하는 계약을 체결했다.", N,
     [("supply_contract", "청람대학교", ["누리바이오"])]),
    # 회사는 → the company named before (no issuer given)
    ("㈜한빛로봇은 아마존과 수출계약을 체결했다. 회사는 또 ㈜세경정밀과 48억 원 규모의 공급계약을 맺었다.", N,
     [("export_contract", "한빛로봇", ["아마존"]), ("supply_contract", "한빛로봇", ["세경정밀"])]),
    # a sentence with no subject continues the party of the sentence before
    ("㈜오름AI는 중소벤처기업부의 팁스 프로그램에 선정됐다. 지난 8월에는 새봄인베스트먼트로부터 투자를 유치했다.", N,
     [("grant", "오름AI", ["중소벤처기업부"]), ("investment", "오름AI", ["새봄인베스트먼트"])]),
    # 또 with no subject: the organisation the sentence before opens with as its topic
    ("한빛바이오는 내년 초 캐나다 시장에 진출할 계획이다. 또 미국 유통기업 글로우박스와 600만 달러 규모의 공급 계약을 맺었다.", N,
     [("supply_contract", "한빛바이오", ["글로우박스"])]),
    # …not without 또/아울러 (a subject left out may be anyone's), not after a topic that is no organisation
    ("한빛바이오는 내년 초 캐나다 시장에 진출할 계획이다. 미국 유통기업 글로우박스와 600만 달러 규모의 공급 계약을 맺었다.", N,
     [("supply_contract", None, ["글로우박스"])]),
    ("업계는 수출이 늘 것으로 본다. 또 미국 유통기업 글로우박스와 600만 달러 규모의 공급 계약을 맺었다.", N,
     [("supply_contract", None, ["글로우박스"])]),
    # the investors named in the next sentence
    ("(주)메디노바가 320억 원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 한빛벤처스와 블루 오션 파트너스가 공동으로 참여했다.", N,
     [("investment", "메디노바", ["한빛벤처스", "블루 오션 파트너스"])]),
    # each clause's subject: the lead investor (리드 투자자로 참여, 주관, 공동 리드) and those with it
    ("㈜다온로보틱스는 150억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 가람인베스트먼트가 리드 투자자로 참여했으며, 새솔벤처스, 누리캐피탈이 함께 참여했다.", N,
     [("investment", "다온로보틱스", ["가람인베스트먼트", "새솔벤처스", "누리캐피탈"])]),  # the lead first
    ("㈜해솔랩은 60억원 규모의 시리즈A 투자를 유치했다. 이번 투자는 새솔벤처스가 주관하고 누리캐피탈, 가람파트너스가 참여했다.", N,
     [("investment", "해솔랩", ["새솔벤처스", "누리캐피탈", "가람파트너스"])]),  # 주관하고: the lead
    ("㈜해솔랩은 60억원 규모의 시리즈A 투자를 유치했다. 이번 투자는 새솔벤처스와 누리캐피탈이 공동 리드했다.", N,
     [("investment", "해솔랩", ["새솔벤처스", "누리캐피탈"])]),  # 공동 리드
    ("㈜해솔랩은 60억원 규모의 시리즈A 투자를 유치했다. 이번 투자에는 기존 투자자들이 모두 참여했으며, 누리캐피탈이 새로 참여했다.", N,
     [("investment", "해솔랩", ["누리캐피탈"])]),  # 기존 투자자들: no organisation named
    # …and one more in the sentence after, joining the same round (후속 투자에 나섰다, 이번 투자에 함께
    # 참여했다: deals.toml [followup] further_objects); not a past investment, nor an unnamed body
    ("㈜새온로보틱스는 시리즈B 투자 유치를 통해 210억원을 확보했다. 이번 투자는 다온인베스트먼트가 주도했으며, "
     "한빛벤처스와 누리캐피탈이 새로 참여했다. 기존 투자사인 세온파트너스도 후속 투자에 나섰다.", N,
     [("investment", "새온로보틱스", ["다온인베스트먼트", "한빛벤처스", "누리캐피탈", "세온파트너스"])]),
    # the investors listed before a bare 등 (others unnamed): the named ones
    ("㈜누리헬스케어는 150억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 한빛인베스트먼트, 다온벤처스 등이 참여했다.", N,
     [("investment", "누리헬스케어", ["한빛인베스트먼트", "다온벤처스"])]),
    ("㈜누리헬스케어는 150억원 규모의 시리즈B 투자를 유치했다. 이번 투자에는 기존 투자자 등이 참여했다.", N,
     [("investment", "누리헬스케어", [])]),  # no organisation named before 등
    ("㈜새온로보틱스는 210억원의 시리즈B 투자를 유치했다. 이번 투자에는 한빛벤처스가 참여했다. 세온파트너스는 지난해 투자했다.", N,
     [("investment", "새온로보틱스", ["한빛벤처스"])]),
    ("㈜새온로보틱스는 210억원의 시리즈B 투자를 유치했다. 이번 투자에는 한빛벤처스가 참여했다. 정부도 후속 투자에 나섰다.", N,
     [("investment", "새온로보틱스", ["한빛벤처스"])]),
    # an active selection of listed companies: one grant each, the ministry as counterparty
    ("중소벤처기업부는 ㈜가온테크, ㈜미래소재, 동해정밀㈜ 등 3곳을 선정했다.", N,
     [("grant", "가온테크", ["중소벤처기업부"]), ("grant", "미래소재", ["중소벤처기업부"]),
      ("grant", "동해정밀", ["중소벤처기업부"])]),
    ("㈜한빛마린은 아마존과 수출계약을 체결하고, 부산대학교와는 공동개발 협약을 맺었다.", N,
     [("export_contract", "한빛마린", ["아마존"]), ("joint_development", "한빛마린", ["부산대학교"])]),
    ("㈜그린팜, ㈜세진푸드가 농식품 수출 유망기업 지원사업에 선정됐다.", N,
     [("grant", "그린팜", []), ("grant", "세진푸드", [])]),  # coordinated winners: one deal each
    # the names listed right before a count that counts exactly them are the winners (2 names, 2곳)
    ("이번 공모에는 ㈜그린팜과 ㈜세진푸드 2곳이 최종 선정됐다.", N,
     [("grant", "그린팜", []), ("grant", "세진푸드", [])]),
    ("이번 공모에는 ㈜그린팜, ㈜세진푸드, ㈜다온식품 3곳이 선정됐다.", N,
     [("grant", "그린팜", []), ("grant", "세진푸드", []), ("grant", "다온식품", [])]),  # 3 names, 3곳
    ("이번 공모에는 ㈜그린팜과 ㈜세진푸드 5곳이 선정됐다.", N, []),  # 5곳 for 2 names: the others unnamed, no deal
    # …and before 3개 기관 (Kiwi: 3/SN 개/NNB 기관/NNG): the three named sign one agreement, the first the
    # party (before: no deal, read as many firms' agreements in sum)
    ("부산항만공사와 한빛해운, ㈜다온물류 3개 기관은 27일 업무협약을 체결했다.", N,
     [("mou", "부산항만공사", ["한빛해운", "다온물류"])]),
    ("부산항만공사와 한빛해운 5개 기관은 업무협약을 체결했다.", N, []),  # 5 for 2 names: others unnamed
    ("㈜대양테크는 삼성전자와 공급계약을, ㈜한결소재는 LG전자와 업무협약을 각각 체결했다.", N,
     [("supply_contract", "대양테크", ["삼성전자"]), ("mou", "한결소재", ["LG전자"])]),  # 공급계약을 shares 체결했다
    # prizes handed out clause by clause, one verb for all: each prize to its own winners, one
    # deal a winner (as for "A와 B가 최우수상을 수상했다"); "등 4개사" adds no one unnamed
    # (names Kiwi splits from their particles: it glues 이 to some unknown names before a comma)
    ("올해 창업경진대회 최우수상은 ㈜한빛소프트와 ㈜다온랩이, 우수상은 ㈜새길테크 등 4개사가 수상했다.", N,
     [("award", "한빛소프트", []), ("award", "다온랩", []), ("award", "새길테크", [])]),
    # …also when Kiwi glues 와 into the first unknown name (누리소프트와/NNP): split off after ㈜
    ("올해 공모전 최우수상은 ㈜누리소프트와 ㈜가람랩이, 우수상은 ㈜세진테크 등 5개사가 수상했다.", N,
     [("award", "누리소프트", []), ("award", "가람랩", []), ("award", "세진테크", [])]),
    ("대상에는 ㈜누리소프트가, 금상에는 ㈜가람랩이 각각 선정됐다.", N,
     [("award", "누리소프트", []), ("award", "가람랩", [])]),  # 선정 of prizes: awards, no grant
    ("㈜누리소프트는 대상을, ㈜가람랩은 최우수상을 받았다.", N,
     [("award", "누리소프트", []), ("award", "가람랩", [])]),  # the first prize's verb is left out
    ("㈜누리소프트는 대상을, ㈜가람랩은 금상을, ㈜새길테크는 은상을 각각 수상했다.", N,
     [("award", "누리소프트", []), ("award", "가람랩", []), ("award", "새길테크", [])]),
    ("대상은 ㈜누리소프트, 최우수상은 ㈜가람랩이 받았다.", N,
     [("award", "누리소프트", []), ("award", "가람랩", [])]),  # the first winner ends at the comma
    ("최우수상은 ㈜한빛소프트와 ㈜다온랩이 공동으로 수상했다.", N,
     [("award", "한빛소프트", []), ("award", "다온랩", [])]),
    ("㈜가람랩은 지난해 대상을, 올해는 최우수상을 받았다.", N,
     [("award", "가람랩", []), ("award", "가람랩", [])]),  # 대상을 shares 받았다 (올해는: a time, the subject stays)
    # two prizes of one company are two awards, not mentions of one
    ("㈜바로배송은 올해 특별상에 선정됐다. 회사는 지난해에도 같은 행사에서 최우수상을 받았다.", N,
     [("award", "바로배송", []), ("award", "바로배송", [])]),
    # a title with no name found is someone, not the company of the sentence before
    ("㈜바로배송은 특별상을 받았다. 또 이 회사 물류팀장이 국무총리 표창을 받았다.", N,
     [("award", "바로배송", []), ("award", None, [])]),
    # an active selection of two coordinated companies: one grant each
    ("시는 ㈜한빛소프트와 ㈜다온랩을 올해의 강소기업으로 선정했다.", "창원시",
     [("grant", "한빛소프트", ["창원시"]), ("grant", "다온랩", ["창원시"])]),
    # 시는 A와 B에 표창을 수여했다: one award each, the issuer gives them
    ("시는 지역 경제 활성화에 기여한 ㈜한빛정밀과 ㈜다온테크에 시장 표창을 수여했다.", "창원시",
     [("award", "한빛정밀", ["창원시"]), ("award", "다온테크", ["창원시"])]),
    # …with 각각 between the prize and its verb
    ("시는 ㈜한빛정밀과 ㈜다온테크에 올해의 혁신상을 각각 수여했다.", "창원시",
     [("award", "한빛정밀", ["창원시"]), ("award", "다온테크", ["창원시"])]),
    # 표창 given to no one named in 에: the agreement only
    ("시는 ㈜한빛정밀과 업무협약을 맺고 표창을 수여했다.", "창원시", [("mou", "창원시", ["한빛정밀"])]),
    # a subject left out after a list of winners: which winner is not said, so no one is taken
    # from the sentence before; the mention joins the award of its prize (mentions 2)
    ("대상 ㈜한빛정밀, 금상 ㈜다온테크가 각각 선정됐다. 대상을 받은 한빛정밀에는 상금 2000만원이 주어진다.", N,
     [("award", "한빛정밀", []), ("award", "다온테크", [])]),
    # 시는 … 수여했다 with no issuer: the city named before gives it
    ("부산시는 25일 시상식을 열었다. 이와 함께 시는 ㈜가람로보틱스에 시장 표창을 수여했다.", N,
     [("award", "가람로보틱스", ["부산시"])]),
    # 회사는: the lead's company, not the investor named in passing just before
    ("㈜누리랩은 150억원 규모의 시리즈B 투자를 유치했다. 한빛인베스트먼트는 지난해 누리랩에 30억원을 투자한 바 있다. "
     "회사는 또 서울대학교병원과 업무협약을 맺었다.", N,
     [("investment", "누리랩", []), ("investment", "한빛인베스트먼트", ["누리랩"]), ("mou", "누리랩", ["서울대병원"])]),
    # …but a city's lead is no 회사: the latest company before it
    ("부산시는 ㈜한빛마린과 업무협약을 체결했다. ㈜다온테크는 아마존과 수출계약을 맺었다. 회사는 또 ㈜세경정밀과 공급계약을 맺었다.", N,
     [("mou", "부산시", ["한빛마린"]), ("export_contract", "다온테크", ["아마존"]), ("supply_contract", "다온테크", ["세경정밀"])]),
    # …nor an institute's: the latest company that stood as a subject, though in no deal (세림하이텍은);
    # with none, nobody (it was the institute, a wrong party)
    ("한국기계연구원은 ㈜세림하이텍과 압축기 기술이전 계약을 체결했다. 세림하이텍은 내년 제품을 출시한다. "
     "회사는 또 일본 다카미화학과 합작법인을 세우기로 했다.", N,
     [("supply_contract", "한국기계연구원", ["세림하이텍"]), ("joint_venture", "세림하이텍", ["다카미화학"])]),
    ("한국기계연구원은 ㈜세림하이텍과 압축기 기술이전 계약을 체결했다. "
     "회사는 또 일본 다카미화학과 합작법인을 세우기로 했다.", N,
     [("supply_contract", "한국기계연구원", ["세림하이텍"]), ("joint_venture", None, ["다카미화학"])]),
    # "B와 흉부 CT 판독 AI를": AI is no organisation coordinated with B, B stays the partner
    ("㈜누리랩은 서울대학교병원과 흉부 CT 판독 AI를 공동 개발한다.", N,
     [("joint_development", "누리랩", ["서울대병원"])]),
    # the agreement signed to develop together has the same partner
    ("㈜누리랩은 한빛대학교병원과 판독 AI를 공동 개발하기로 하고 업무협약을 맺었다.", N,
     [("joint_development", "누리랩", ["한빛대학교병원"]), ("mou", "누리랩", ["한빛대학교병원"])]),
    # an investor named after its investee's sentence: its own subject (지주회사: an org suffix)
    ("㈜다온바이오는 한빛벤처스로부터 100억원의 투자를 받았다. 한빛대학교 기술지주회사는 다온바이오에 10억원을 투자했다.", N,
     [("investment", "다온바이오", ["한빛벤처스"]), ("investment", "한빛대학교 기술지주회사", ["다온바이오"])]),
    # no subject: the investee of the sentence before is never its own investor
    ("㈜다온바이오는 한빛벤처스로부터 100억원의 투자를 받았다. 이어 다온바이오에 10억원을 추가로 투자했다.", N,
     [("investment", "다온바이오", ["한빛벤처스"]), ("investment", None, ["다온바이오"])]),
    # the named ones before 등 and a count after several words (Kiwi: 이/NR 차/NNB 전지)
    ("경상북도는 ㈜한빛배터리, ㈜다온소재 등 이차전지 소재 기업 3곳과 투자협약을 체결했다.", N,
     [("investment", "경상북도", ["한빛배터리", "다온소재"])]),
    # the verb said once for two clauses, each with its object ("…을, …을 (각각) 체결했다"): a deal each,
    # each with its own partner (the first clause was lost, or took the second's partner)
    ("㈜한빛마린은 아마존과 공급계약을, ㈜다온테크는 월마트와 업무협약을 각각 체결했다.", N,
     [("supply_contract", "한빛마린", ["아마존"]), ("mou", "다온테크", ["월마트"])]),
    ("㈜한빛마린은 아마존과 공급계약을, 월마트와 업무협약을 각각 체결했다.", N,
     [("supply_contract", "한빛마린", ["아마존"]), ("mou", "한빛마린", ["월마트"])]),  # was one mou with both
    ("㈜한빛마린은 아마존과 공급계약을, ㈜다온테크는 월마트와 업무협약을 체결하지 못했다.", N, []),  # the shared verb negated
    ("㈜한빛마린은 아마존과 공급계약을, ㈜다온테크는 월마트와 업무협약 체결을 추진하고 있다.", N, []),  # not signed
    ("㈜한빛마린은 계약서를, ㈜다온테크는 협약서를 각각 제출했다.", N, []),  # no trigger, no deal verb
    # an adnominal clause inside the second object (양성을 위한) is no clause end (was one mou with both)
    ("㈜세진헬스는 한빛병원과 48억원 규모의 장비 공급계약을, 청람대학교와 인재 양성을 위한 업무협약을 각각 체결했다.", N,
     [("supply_contract", "세진헬스", ["한빛병원"]), ("mou", "세진헬스", ["청람대학교"])]),
    # a headline's comma before a new partner ends a phrase: each trigger its own partner
    ("㈜한빛마린, 아마존과 수출계약, 월마트·코스트코와 공급계약", N,
     [("export_contract", "한빛마린", ["아마존"]), ("supply_contract", "한빛마린", ["월마트", "코스트코"])]),
    ("㈜한빛마린, 아마존과 수출계약, 업무협약 체결", N,  # …a comma between triggers only lists them
     [("export_contract", "한빛마린", ["아마존"]), ("mou", "한빛마린", ["아마존"])]),
    # a name Kiwi cuts so that its tail stands alone (세우/VV ᆷ/ETN 헬스/NNG) is the company named before
    ("㈜세움헬스는 150억원 규모의 투자를 유치했다. 세움헬스는 또 한빛병원과 공급계약을 맺었다.", N,
     [("investment", "세움헬스", []), ("supply_contract", "세움헬스", ["한빛병원"])]),
    ("헬스는 또 한빛병원과 공급계약을 맺었다.", N, [("supply_contract", None, ["한빛병원"])]),  # 헬스 alone: no name
    # a company named again without ㈜, Kiwi: 한결/MAG 그룹/NNG — 그룹 is no self-reference there
    ("㈜한결그룹은 ㈜세온화학 인수를 검토하고 있다. 앞서 한결그룹은 지난 3월 ㈜태평양로지스를 인수했다.", N,
     [("acquisition", "한결그룹", ["태평양로지스"])]),
    # …while 그룹 alone still is a self-reference (no [antecedent] rule for it: the party stays empty)
    ("㈜한빛전자는 ㈜태평양로지스를 인수했다. 그룹은 또 ㈜미르텍과 공급계약을 맺었다.", N,
     [("acquisition", "한빛전자", ["태평양로지스"]), ("supply_contract", None, ["미르텍"])]),
    # a headline's subject that selects in the body ("중기부는 … 선정했다") is no grantee
    ("중기부, 소부장 스타트업 2차 선정\n중소벤처기업부는 ㈜나노피크, ㈜큐브소재 등 2곳을 선정했다.", N,
     [("grant", "나노피크", ["중소벤처기업부"]), ("grant", "큐브소재", ["중소벤처기업부"])]),
]


# a deal with a group, then the same deal with the group's company named "group 계열사 company": one deal,
# the company its counterparty (before: two joint ventures, one with 타타그룹 and one with 타타오토컴프)
MANY.append(("한빛테크가 인도 타타그룹과 손잡고 현지에 합작법인을 세운다. 한빛테크는 지난 26일 타타그룹 계열사 "
             "타타오토컴프와 합작투자계약을 체결했다.", N, [("joint_venture", "한빛테크", ["타타오토컴프"])]))
# …but a group's deal and its company's deal of another type stay two
MANY.append(("한빛테크는 타타그룹과 업무협약을 맺었다. 또 타타그룹 계열사 타타오토컴프와 공급 계약을 체결했다.", N,
             [("mou", "한빛테크", ["타타그룹"]), ("supply_contract", "한빛테크", ["타타오토컴프"])]))


@pytest.mark.parametrize("text, issuer, expected", MANY)
def test_many_deals(text, issuer, expected):
    _, deals = deals_of(text, issuer)
    assert [(d.type, d.party_name, d.counterparty_names) for d in deals] == expected


# "V는 A에 X, B에 Y를 (각각) 투자했다": one investment per investee, each with its own amount;
# rows: (text, [(party, counterparties, value)]) in text order.
PAIRED_INVESTMENTS = [
    ("㈜한빛벤처스는 ㈜다온로보틱스에 40억원, ㈜새솔바이오에 30억원을 각각 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], 4_000_000_000),  # 40×10⁸
      ("한빛벤처스", ["새솔바이오"], 3_000_000_000)]),  # 30×10⁸
    ("㈜한빛벤처스는 ㈜다온로보틱스에 15억원, ㈜새솔바이오에 20억원, ㈜리브로보틱스에 5억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], 1_500_000_000),  # 15×10⁸
      ("한빛벤처스", ["새솔바이오"], 2_000_000_000),  # 20×10⁸
      ("한빛벤처스", ["리브로보틱스"], 500_000_000)]),  # 5×10⁸
    # each amount with its object particle (gapped: ㈜A에 X를, ㈜B에 Y를); before: B's investment only
    ("㈜한빛전자는 ㈜누리소재에 100억원을, ㈜다온테크에 50억원을 각각 투자한다.",
     [("한빛전자", ["누리소재"], 10_000_000_000),  # 100×10⁸
      ("한빛전자", ["다온테크"], 5_000_000_000)]),  # 50×10⁸
    # negative: a plant in 에 before the comma is no investee
    ("㈜한빛전자는 공장에 100억원을, ㈜다온테크에 50억원을 투자한다.",
     [("한빛전자", ["다온테크"], 5_000_000_000)]),
    # negative: revenue before the comma is no investee's amount
    ("㈜한빛벤처스는 올해 매출 40억원, ㈜새솔바이오에 30억원을 투자했다.",
     [("한빛벤처스", ["새솔바이오"], 3_000_000_000)]),  # 30×10⁸ only
    # negative: an amount with no company in 에 before it
    ("㈜한빛벤처스는 지난해 40억원, ㈜새솔바이오에 올해 30억원을 투자했다.",
     [("한빛벤처스", ["새솔바이오"], 3_000_000_000)]),
    # companies coordinated before 에 with 각각 (each): the same amount to each of them
    ("㈜한빛벤처스는 ㈜다온로보틱스와 ㈜새길테크에 각각 30억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], 3_000_000_000),  # 30×10⁸ each
      ("한빛벤처스", ["새길테크"], 3_000_000_000)]),
    ("㈜한빛벤처스는 ㈜다온로보틱스, ㈜가람랩과 ㈜새길테크에 각각 30억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], 3_000_000_000), ("한빛벤처스", ["가람랩"], 3_000_000_000),
      ("한빛벤처스", ["새길테크"], 3_000_000_000)]),
    # capital put into a named company (출자 + 하, the company in 에), like 투자
    ("㈜한빛벤처스는 ㈜새길테크에 20억원을 출자했다.", [("한빛벤처스", ["새길테크"], 2_000_000_000)]),  # 20×10⁸
    # …and as many amounts after 각각 as companies: in order (before: no deal at all, the dative too far
    # back for the window of 10 morphemes)
    ("㈜한빛벤처스는 ㈜다온로보틱스와 ㈜새길테크에 각각 50억원과 30억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], 5_000_000_000),  # 50×10⁸ to the first
      ("한빛벤처스", ["새길테크"], 3_000_000_000)]),    # 30×10⁸ to the second
    # …another count of amounts: who got what is not said, no amount
    ("㈜한빛벤처스는 ㈜다온로보틱스, ㈜가람랩과 ㈜새길테크에 각각 50억원과 30억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스"], None), ("한빛벤처스", ["가람랩"], None), ("한빛벤처스", ["새길테크"], None)]),
    # without 각각 the amount may be the sum: one investment in both (never 30억 given to B alone)
    ("㈜한빛벤처스는 ㈜다온로보틱스와 ㈜새길테크에 30억원을 투자했다.",
     [("한빛벤처스", ["다온로보틱스", "새길테크"], 3_000_000_000)]),  # 30×10⁸ in all
    # negative: no named company coordinated (로봇 분야와): the named one only
    ("㈜한빛벤처스는 로봇 분야와 ㈜새길테크에 각각 30억원을 투자했다.",
     [("한빛벤처스", ["새길테크"], 3_000_000_000)]),
]


# "A와 B로부터 각각 X와 Y를 투자받았다": one investment per investor, the amounts in order; one amount
# after 각각 is each one's; another count of amounts gives none. (text, [(counterparties, value)])
PAIRED_INVESTORS = [
    ("㈜라온로보틱스는 한빛벤처스와 미르캐피탈로부터 각각 20억원과 30억원을 투자받았다.",
     [(["한빛벤처스"], 2_000_000_000), (["미르캐피탈"], 3_000_000_000)]),  # 20×10⁸, 30×10⁸ (30억 was given to both)
    ("㈜라온로보틱스는 한빛벤처스, 미르캐피탈, 누리파트너스로부터 각각 10억원, 20억원, 30억원을 투자받았다.",
     [(["한빛벤처스"], 1_000_000_000), (["미르캐피탈"], 2_000_000_000), (["누리파트너스"], 3_000_000_000)]),
    ("㈜라온로보틱스는 한빛벤처스와 미르캐피탈로부터 각각 20억원을 투자받았다.",
     [(["한빛벤처스"], 2_000_000_000), (["미르캐피탈"], 2_000_000_000)]),  # 20×10⁸ each
    # negatives: three amounts for two investors → no value; no 각각 → one round, its total
    ("㈜라온로보틱스는 한빛벤처스와 미르캐피탈로부터 각각 20억원과 30억원, 10억원을 투자받았다.",
     [(["한빛벤처스", "미르캐피탈"], N)]),
    ("㈜라온로보틱스는 한빛벤처스와 미르캐피탈로부터 50억원을 투자받았다.",
     [(["한빛벤처스", "미르캐피탈"], 5_000_000_000)]),  # 50×10⁸ in all
]


@pytest.mark.parametrize("text, expected", PAIRED_INVESTORS)
def test_paired_investors_each_give_their_amount(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names, None if d.value is None else Decimal(d.value))
            for d in deals] == [("investment", "라온로보틱스", cps, None if v is None else Decimal(v)) for cps, v in expected]


# "A, B와 각각 X, Y 규모의 …": partners listed before 와/과, then 각각 and their amounts → one deal
# each, the amounts in order (before: one deal with both partners and the last amount, Y);
# (text, [(type, party, counterparties, value)])
PAIRED_PARTNERS = [
    ("울산시는 ㈜한빛테크, ㈜누리전자와 각각 500억원, 300억원 규모의 투자협약을 체결했다.",
     [("investment", "울산시", ["한빛테크"], 50_000_000_000), ("investment", "울산시", ["누리전자"], 30_000_000_000)]),  # 500×10⁸, 300×10⁸
    ("㈜한빛테크는 아마존, 월마트와 각각 300만 달러, 200만 달러 규모의 수출계약을 맺었다.",
     [("export_contract", "한빛테크", ["아마존"], 3_000_000), ("export_contract", "한빛테크", ["월마트"], 2_000_000)]),  # 300×10⁴, 200×10⁴
    ("울산시는 ㈜한빛테크, ㈜누리전자와 각각 500억원 규모의 투자협약을 체결했다.",
     [("investment", "울산시", ["한빛테크"], 50_000_000_000), ("investment", "울산시", ["누리전자"], 50_000_000_000)]),  # 500×10⁸ each
    # two amounts for three partners: who signed for what is not said → one deal, no value
    ("울산시는 ㈜한빛테크, ㈜누리전자, ㈜다온바이오와 각각 500억원, 300억원 규모의 투자협약을 체결했다.",
     [("investment", "울산시", ["한빛테크", "누리전자", "다온바이오"], N)]),
]


@pytest.mark.parametrize("text, expected", PAIRED_PARTNERS)
def test_paired_partners_each_sign_for_their_amount(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names, None if d.value is None else Decimal(d.value))
            for d in deals] == [(t, p, cps, None if v is None else Decimal(v)) for t, p, cps, v in expected]


# the verb said once: each clause's amount is its own deal's (520만 = 520×10⁴, 200만 = 200×10⁴)
def test_shared_verb_each_clause_keeps_its_amount():
    _, deals = deals_of("㈜청솔바이오는 ㈜그린마켓과 520만 달러 규모의 수출계약을, ㈜대경정밀은 ㈜타이손그룹과 "
                        "200만 달러 규모의 수출계약을 각각 체결했다.")
    assert [(d.party_name, d.counterparty_names, Decimal(d.value), d.unit) for d in deals] == [
        ("청솔바이오", ["그린마켓"], Decimal(5_200_000), "USD"), ("대경정밀", ["타이손그룹"], Decimal(2_000_000), "USD")]


# …and a date before the first clause dates both (이날 = the reference date, 2024-05-20); a clause
# with a date of its own keeps it (지난해 = 2023, 올해 = 2024)
@pytest.mark.parametrize("text, expected", [
    ("이날 시상식에서는 ㈜미소텍이 대상을, ㈜온누리식품이 최우수상을 받았다.",
     [("미소텍", REF), ("온누리식품", REF)]),
    ("㈜한빛마린은 지난 3일 아마존과 공급계약을, ㈜다온테크는 지난 7일 월마트와 업무협약을 각각 체결했다.",
     [("한빛마린", dt.date(2024, 5, 3)), ("다온테크", dt.date(2024, 5, 7))]),
])
def test_shared_verb_date(text, expected):
    _, deals = deals_of(text)
    assert [(d.party_name, d.date) for d in deals] == expected


# A date inside a clause in the past tense that closes with a connective (제출했으며, 열었고) is that
# clause's time, not the deal's; a bare 고 (열고) shares its time with the deal (REF 2024-05-20).
@pytest.mark.parametrize("text, expected", [
    ("㈜한빛마린은 지난 3월 공모 신청서를 제출했으며, 현장 평가를 거쳐 최종 선정됐다.", [("한빛마린", None)]),
    ("㈜한빛마린은 지난 3일 기자간담회를 열었고, 이어 아마존과 공급계약을 체결했다.", [("한빛마린", None)]),
    ("㈜한빛마린은 지난 3일 기자간담회를 열고 아마존과 공급계약을 체결했다.",
     [("한빛마린", dt.date(2024, 5, 3))]),  # 고 without 었: the same day
    ("㈜한빛마린은 지난 3일 아마존과 공급계약을 체결했으며, 다음 달 첫 물량을 선적한다.",
     [("한빛마린", dt.date(2024, 5, 3))]),  # the date is in the deal's own clause
])
def test_date_of_an_earlier_past_clause_is_not_the_deals(text, expected):
    _, deals = deals_of(text)
    assert [(d.party_name, d.date) for d in deals] == expected


# partners named before 등: a contract amount is the sum of several contracts (deals.toml [amount]
# etc_sum_types), no value of the named one's; an investment round's total stays the round's
@pytest.mark.parametrize("text, expected", [
    ("㈜한빛전자는 올해 들어 아마존 등과 총 3억 달러 규모의 수출계약을 체결했다.",
     ("export_contract", ["아마존"], N)),  # was 3억 달러 with 아마존 alone
    ("㈜한빛전자는 아마존, 월마트 등 3개사와 5천만 달러 규모의 공급계약을 맺었다.",
     ("supply_contract", ["아마존", "월마트"], N)),
    ("㈜한빛전자는 아마존 등과 수출계약을 체결했다. 계약 금액은 3억 달러다.",
     ("export_contract", ["아마존"], N)),  # nor from the sentence after
    ("㈜다온랩은 한빛벤처스 등으로부터 총 200억원의 투자를 유치했다.",
     ("investment", ["한빛벤처스"], 20_000_000_000)),  # one round: 200×10⁸
    # investment agreements with companies named before 등 (와): the sum of several, no value of one's
    ("부산시는 ㈜한빛마린 등 5개사와 2,300억원 규모의 투자협약을 체결했다.", ("investment", ["한빛마린"], N)),
    ("부산시, 한빛마린 등 5개사와 2,300억원 투자협약", ("investment", ["한빛마린"], N)),  # a headline
    # …but all of them named before 등 and its count (A, B 등 2곳과): the total is theirs, 1,200×10⁸
    ("부산시는 ㈜한빛마린, ㈜세온에코텍 등 2곳과 1,200억원 규모의 투자협약을 체결했다.",
     ("investment", ["한빛마린", "세온에코텍"], 120_000_000_000)),
    ("㈜한빛전자는 아마존과 3억 달러 규모의 수출계약을 체결했다.",
     ("export_contract", ["아마존"], 300_000_000)),  # no 등: 3×10⁸
])
def test_amount_with_partners_before_etc(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.counterparty_names, None if d.value is None else Decimal(d.value)) for d in deals] == [
        expected[:2] + (None if expected[2] is None else Decimal(expected[2]),)]


# "㈜A와 ㈜B를 각각 (X에) 인수했다": one acquisition each, each with the amount (각각: each one's price)
EACH_ACQUIRED = [
    ("㈜한결전자는 ㈜다온소프트와 ㈜미르텍을 각각 100억원에 인수했다.",
     [("다온소프트", 10_000_000_000), ("미르텍", 10_000_000_000)]),  # 100×10⁸ each, not 100억 for both
    ("㈜한결전자는 지난 8월 ㈜다온소프트와 ㈜미르텍의 지분 100%를 각각 인수했다.",
     [("다온소프트", N), ("미르텍", N)]),  # 100% is no price
]


@pytest.mark.parametrize("text, expected", EACH_ACQUIRED)
def test_companies_each_acquired(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names, None if d.value is None else Decimal(d.value))
            for d in deals] == [("acquisition", "한결전자", [cp], None if v is None else Decimal(v)) for cp, v in expected]


@pytest.mark.parametrize("text, expected", PAIRED_INVESTMENTS)
def test_paired_investees_each_get_their_amount(text, expected):
    _, deals = deals_of(text)
    assert [(d.party_name, d.counterparty_names, Decimal(d.value) if d.value is not None else None)
            for d in deals if d.type == "investment"] == [(p, c, None if v is None else Decimal(v)) for p, c, v in expected]


# Prizes of one sentence: [(trigger, party)] in text order, the prize each winner got.
PRIZES = [
    ("올해 창업경진대회 최우수상은 ㈜한빛소프트와 ㈜다온랩이, 우수상은 ㈜새길테크 등 4개사가 수상했다.",
     [("최우수상", "한빛소프트"), ("최우수상", "다온랩"), ("우수상", "새길테크")]),  # 등 4개사: no one else invented
    ("대상은 ㈜한빛소프트, 금상은 ㈜다온랩, 은상은 ㈜새길테크가 각각 차지했다.",
     [("대상", "한빛소프트"), ("금상", "다온랩"), ("은상", "새길테크")]),
    ("시상식에서는 ㈜한빛소프트가 대상, ㈜다온랩이 금상을 받았다.",
     [("대상", "한빛소프트"), ("금상", "다온랩")]),  # the first prize ends at a comma, no particle
    ("㈜한빛소프트와 ㈜다온랩은 각각 대상과 금상을 받았다.",
     [("대상", "한빛소프트"), ("금상", "다온랩")]),  # respectively: as many winners as prizes, in order
    ("㈜한빛소프트는 최우수상과 특별상을 동시에 수상했다.",
     [("최우수상", "한빛소프트"), ("특별상", "한빛소프트")]),  # one winner, two prizes: two awards
    # prizes of deals.toml's award triggers beyond the ranks: a merit prize, a plaque, a grand prix
    ("한빛재단은 ㈜다온테크에 공로상을 수여했다.", [("공로상", "다온테크")]),
    # a prize in a clause that modifies a noun: the person or company it modifies won it, not the
    # sentence's subject; a noun naming no one leaves no winner (no award)
    ("한빛시는 대상을 수상한 배우 김민서 씨의 작품을 전시한다.", [("대상", "김민서")]),
    ("㈜한빛테크는 장관상을 수상한 기술을 선보였다.", []),
    ("㈜다온테크는 한국무역협회로부터 감사패를 받았다.", [("감사패", "다온테크")]),
    # prizes conferred in parallel clauses, the verb said once: "A에 X를, B에 Y를 수여했다"
    ("한빛시는 ㈜미르소재에 시장 표창을, ㈜누리식품에 감사패를 수여했다.",
     [("표창", "미르소재"), ("감사패", "누리식품")]),  # 표창 was lost (only 감사패 had its verb)
    ("한빛시는 ㈜미르소재에 표창을, ㈜누리식품에 감사패를, ㈜가온테크에 공로패를 수여했다.",
     [("표창", "미르소재"), ("감사패", "누리식품"), ("공로패", "가온테크")]),
    ("한빛시는 표창을, ㈜누리식품에 감사패를 수여했다.", [("감사패", "누리식품")]),  # 표창 names no winner: no award
    ("㈜다온테크는 국제 디자인 공모전에서 그랑프리를 차지했다.", [("그랑프리", "다온테크")]),
    ("㈜한빛소프트와 ㈜다온랩이 대상과 금상, 은상을 받았다.", []),  # 2 winners, 3 prizes: who won what is not said
    # each prize right before its winner, no particle (Kiwi: 대/NNB 상, 동/NNP 상)
    ("시상 결과 대상 ㈜한빛정밀, 금상 ㈜다온테크, 은상 새길소재㈜, 동상 ㈜가람랩이 수상했다.",
     [("대상", "한빛정밀"), ("금상", "다온테크"), ("은상", "새길소재"), ("동상", "가람랩")]),  # not 수상 to 가람랩 alone
    ("올해 혁신대회 결과 대상 ㈜한빛정밀, 금상 ㈜다온테크, 은상 ㈜새길소재가 각각 선정됐다.",
     [("대상", "한빛정밀"), ("금상", "다온테크"), ("은상", "새길소재")]),  # 선정 of prizes: no grant
    ("심사 결과 대상 한빛대학교, 최우수상 ㈜다온테크가 수상의 영예를 안았다.",
     [("대상", "한빛대학교"), ("최우수상", "다온테크")]),
    # the giver's name between a winner and the prize: "B가 산업통상자원부 장관상을"
    ("이번 대회에서는 ㈜다온테크가 국무총리상을, ㈜새길소재가 산업통상자원부 장관상을 각각 수상했다.",
     [("국무총리상", "다온테크"), ("장관상", "새길소재")]),  # 국무총리상 was lost before
    ("㈜다온테크는 산업부 장관상을, ㈜새길소재는 국무총리상을 받았다.",
     [("장관상", "다온테크"), ("국무총리상", "새길소재")]),
    ("이번 대회에서는 대상 1곳, 금상 2곳, 은상 3곳이 선정됐다.", []),  # counts, no winner named
    ("시상 부문은 대상, 금상, 은상으로 나뉘며 상금은 모두 5000만원이다.", []),  # the categories
]


@pytest.mark.parametrize("text, expected", PRIZES)
def test_prize_goes_to_its_own_winner(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.trigger, d.party_name) for d in deals] == [("award", t, p) for t, p in expected]


# Prize money (상금, 포상금: deals.toml [amount] award_cues) is only ever an award's value, and the
# award's own: the winner's main clause before another winner's clause; the head of a prize's
# relative clause is its winner whatever its case (㈜B에, ㈜B를).
# (text, [(type, party, counterparties, value)]), 만 = 10⁴, 억 = 10⁸
PRIZE_MONEY = [
    # the investment has no amount of its own: 1억 is prize money
    ("㈜다온랩은 상금 1억원을 받은 데 이어 한빛벤처스로부터 투자를 유치했다.",
     [("investment", "다온랩", ["한빛벤처스"], N)]),  # 1억 was the investment's value
    ("㈜다온랩은 대상을 받아 상금 1억원을 받았으며, 한빛벤처스로부터 투자를 유치했다.",
     [("award", "다온랩", [], N), ("investment", "다온랩", ["한빛벤처스"], N)]),
    ("한빛벤처스는 상금 1억원을 받은 ㈜다온랩에 투자했다.",
     [("investment", "한빛벤처스", ["다온랩"], N)]),
    # …but the investment's own amount stays: 20억 = 20×10⁸
    ("상금 1억원을 받은 ㈜다온랩은 한빛벤처스로부터 20억원의 투자를 유치했다.",
     [("investment", "다온랩", ["한빛벤처스"], 2_000_000_000)]),
    # each winner its own prize money: 3천만 = 3000×10⁴ (1천만원 went to the second award); the first
    # winner's clause ends at a comma without its verb: no value rather than a guess
    ("최우수상을 받은 ㈜가람랩은 상금 1천만원을, 대상을 받은 ㈜새솔바이오는 상금 3천만원을 받았다.",
     [("award", "가람랩", [], N), ("award", "새솔바이오", [], 30_000_000)]),
    # the winner heads the relative clause in 에: B won, not the investor (was an award to 한빛벤처스)
    ("한빛벤처스는 올해 대상을 받은 ㈜다온랩에 투자했다.",
     [("investment", "한빛벤처스", ["다온랩"], N), ("award", "다온랩", [], N)]),
    ("시는 대상을 받은 ㈜새솔바이오에 상금 3천만원을 수여했다.", [("award", "새솔바이오", [], N)]),
    # prize money given away is no value of the award (nor of anything else)
    ("대상을 받은 ㈜새솔바이오가 상금 3천만원을 한빛복지재단에 기부했다.", [("award", "새솔바이오", [], N)]),
]


@pytest.mark.parametrize("text, expected", PRIZE_MONEY)
def test_prize_money_is_only_its_winners_award_value(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names, None if d.value is None else Decimal(d.value))
            for d in deals] == [e[:3] + (None if e[3] is None else Decimal(e[3]),) for e in expected]


def test_selected_technologies_and_plural_anaphor():
    # the owners of the selected projects get one grant each; "두 기업은" gives both the money
    text = ("과학기술정보통신부는 ㈜가온테크의 배터리 기술과 ㈜미래소재의 필름 기술을 선정했다. "
            "두 기업은 2년간 과제당 최대 10억 원을 지원받는다.")
    _, deals = deals_of(text)
    assert [row(d) for d in deals] == [
        ("grant", "가온테크", False, ["과학기술정보통신부"], Decimal(1_000_000_000), "KRW", N, "P2Y"),  # 10×10⁸
        ("grant", "미래소재", False, ["과학기술정보통신부"], Decimal(1_000_000_000), "KRW", N, "P2Y"),
    ]


def test_title_lead_body_merge_into_one_deal():
    text = ("부산시, 한국전력공사와 에너지 업무협약 체결\n"
            "시는 20일 한국전력공사와 에너지 분야 업무협약을 체결했다고 밝혔다.\n"
            "양 기관은 이번 업무협약을 계기로 에너지 신산업 분야에서 협력한다.")
    doc, deals = deals_of(text, "부산광역시")
    assert len(deals) == 1
    d = deals[0]
    assert (d.type, d.party_name, d.party_implicit, d.counterparty_names) == ("mou", "부산시", False, ["한국전력공사"])
    assert d.mentions == 2  # title + lead; 이번 업무협약을 계기로 is no new mention
    assert d.start == 0 and d.date == dt.date(2024, 5, 20)  # 20일 in the lead, reference month


def test_title_self_reference_and_follow_up_period():
    text = ("울산시, ㈜한빛마린과 수소선박 업무협약\n"
            "시는 11일 ㈜한빛마린과 연간 20억 원 규모의 업무협약을 체결했다. 협약 기간은 3년간이다.")
    _, deals = deals_of(text)
    assert [row(d) for d in deals] == [
        ("mou", "울산시", False, ["한빛마린"], Decimal(2_000_000_000), "KRW", "year", "P3Y"),  # 20×10⁸
    ]
    assert deals[0].mentions == 2


# the term given after the deal: in the next sentence (이번/총 may open it) or the one after, when
# that one names no deal of its own; never past another deal, nor three sentences on
@pytest.mark.parametrize("text, expected", [
    ("㈜해온마린이 덴마크 오스테드와 900억원 규모의 부유체 공급계약을 맺었다. 계약 기간은 2026년 7월부터 2028년 12월까지 2년 6개월이다.",
     [("supply_contract", "P2Y6M")]),  # 2년 6개월 → P2Y6M
    ("㈜동진정밀은 ㈜한빛모터스와 공급계약을 체결했다. 계약 기간은 2027년 1월 1일부터 2029년 12월 31일까지 3년이다.",
     [("supply_contract", "P3Y")]),  # the length after the dates' range: 3년 → P3Y
    ("㈜해온마린이 덴마크 오스테드와 900억원 규모의 부유체 공급계약을 맺었다. 이번 계약은 회사 설립 이후 최대 규모다. 계약 기간은 2년 6개월이다.",
     [("supply_contract", "P2Y6M")]),  # one sentence between, no deal in it
    ("㈜해온마린이 오스테드와 부유체 공급계약을 맺었다고 3일 밝혔다. 이번 계약 기간은 18개월이다.",
     [("supply_contract", "P18M")]),  # 이번 계약 기간은; 18개월 → P18M
    ("㈜해온마린이 오스테드와 부유체 공급계약을 맺었다. 또 ㈜가람소재는 부산대학교와 업무협약을 체결했다. 계약 기간은 2년이다.",
     [("supply_contract", N), ("mou", "P2Y")]),  # the nearest deal takes it, not past it
    ("㈜해온마린이 오스테드와 부유체 공급계약을 맺었다. 회사는 내년 공장을 증설한다. 설비 발주는 올해 시작했다. 계약 기간은 3년이다.",
     [("supply_contract", N)]),  # three sentences on: too far
])
def test_follow_up_period(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.period) for d in deals] == expected


FOLLOW_UP_AMOUNTS = [
    # the next sentence gives the amount right after its lead (deals.toml [amount] followups)
    ("㈜한빛마린은 아마존과 수출계약을 체결했다. 계약 금액은 500만 달러(약 69억원)다.", 5_000_000, "USD"),  # 500×10⁴, as stated
    ("㈜세림케미칼은 ㈜대원나노를 인수했다. 인수 금액은 총 320억원이다.", 32_000_000_000, "KRW"),  # 320×10⁸
    ("㈜한빛마린은 아마존과 수출계약을 체결했다. 계약 금액은 약 40억원으로 알려졌다.", 4_000_000_000, "KRW"),  # 40×10⁸
    ("㈜세온제약은 미국 브릭스톤바이오와 기술이전 계약을 체결했다. 총 계약 규모는 8억 달러(약 1조1000억원)다.",
     800_000_000, "USD"),  # 8×10⁸, as stated; 총 계약 규모 leads too
    # not right after the lead: the revenue, not the contract → no value
    ("㈜한빛마린은 아마존과 수출계약을 체결했다. 계약 금액은 지난해 매출 300억원의 13% 수준이다.", N, N),
    # not a follow-up lead: nothing taken
    ("㈜한빛마린은 아마존과 수출계약을 체결했다. 회사의 지난해 매출은 300억원이다.", N, N),
    # a lead word first (이번, 총), and after it 계약/투자 alone
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 이번 계약 규모는 약 40억원이다.", 4_000_000_000, "KRW"),  # 40×10⁸
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 총 계약 금액은 120억원이다.", 12_000_000_000, "KRW"),  # 120×10⁸
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 이번 계약은 120억원 규모다.", 12_000_000_000, "KRW"),  # 120×10⁸
    ("㈜다온바이오는 한빛벤처스로부터 투자를 유치했다. 이번 투자 규모는 30억원이다.", 3_000_000_000, "KRW"),  # 30×10⁸
    ("㈜다온바이오는 한빛벤처스로부터 투자를 유치했다. 유치 금액은 30억원이다.", 3_000_000_000, "KRW"),  # 30×10⁸
    # a disclosure form's 계약금액(원) field: 12,345,678,900 won as written
    ("㈜한빛테크, 단일판매·공급계약체결\n2. 계약금액(원): 12,345,678,900\n4. 계약상대방: 다온반도체㈜",
     12_345_678_900, "KRW"),
    # the sum put in, in the clause right after a share issue taken part in ([type] amount_after)
    ("한빛전자는 다온바이오의 제3자배정 유상증자에 참여해 100억원을 투자한다.", 10_000_000_000, "KRW"),  # 100×10⁸
    # a joint venture's capital after its lead (deals.toml [amount] followups_by_type); for other deals
    # 자본금 names no value
    ("㈜한빛테크는 베트남 빈그룹과 합작법인을 설립한다. 자본금은 2천만 달러로 양사가 절반씩 출자한다.",
     20_000_000, "USD"),  # 2천만 = 2×10³×10⁴
    ("㈜한빛테크는 빈그룹과 공급 계약을 맺었다. 자본금은 2천만 달러다.", N, N),
    # a technology transfer's fixed fee (followups_by_type supply_contract): the contract's amount; the
    # running royalty after it is a share, no amount
    ("한국기계연구원은 압축기 설계 기술을 ㈜세림하이텍에 이전하는 기술이전 계약을 체결했다. 정액기술료는 15억 원이며, "
     "매출액의 3%를 경상기술료로 받는다.", 1_500_000_000, "KRW"),  # 15×10⁸
    ("㈜한빛테크는 빈그룹과 합작법인을 설립한다. 정액기술료는 15억 원이다.", N, N),  # a joint venture: no fee
    # negatives: 규모 alone names no contract; 계약 alone without a lead word; not right after the lead
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 규모는 120억원이다.", N, N),
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 계약은 120억원 규모의 다른 입찰과 별개다.", N, N),
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 이번 계약은 지난해 매출 300억원의 13%다.", N, N),
]


@pytest.mark.parametrize("text, value, unit", FOLLOW_UP_AMOUNTS)
def test_follow_up_amount(text, value, unit):
    _, deals = deals_of(text)
    assert [(None if d.value is None else Decimal(d.value), d.unit) for d in deals] == [
        (None if value is None else Decimal(value), unit)]


@pytest.mark.parametrize("text, value, unit, period", [
    # the term between the lead and the amount: the amount, and the term as the deal's period
    ("서울아산의료원은 사우디아라비아 알라이드헬스그룹과 원격의료 플랫폼 수출 계약을 체결했다. "
     "계약 규모는 3년간 총 2,400만 달러(약 330억 원)다.", 24_000_000, "USD", "P3Y"),  # 2,400×10⁴
    ("㈜한빛마린은 아마존과 공급계약을 맺었다. 계약 규모는 5년 동안 1,200만 달러에 이른다.",
     12_000_000, "USD", "P5Y"),  # 1,200×10⁴
    # a year before the amount is no term (2027년 목표 …): nothing taken
    ("㈜한빛마린은 아마존과 공급계약을 맺었다. 계약 규모는 2027년 목표 매출 300억원의 10%다.", N, N, N),
    # a note on tax between the lead and the amount ([amount] tax_notes); the term in a clause of the same
    # sentence after a comma ([period] followups)
    ("㈜새솔정보는 조달청이 발주한 사업을 수주했다. 계약금액은 부가가치세를 포함해 128억7천만원이며, "
     "사업 기간은 착수일로부터 18개월이다.", 12_870_000_000, "KRW", "P18M"),  # 128×10⁸ + 7000×10⁴
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 계약금액은 VAT 별도 40억원이다.",
     4_000_000_000, "KRW", N),  # 40×10⁸
    # a part of the sum named before the total ([amount] part_notes): the total after 총
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 계약 규모는 계약금 500만 달러를 포함해 총 3억2천만 달러다.",
     320_000_000, "USD", N),  # (3×10⁸) + (2000×10⁴), not the 500×10⁴ up front
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 선급금 500만 달러와 단계별 마일스톤을 포함한 총 계약 규모는 3억2천만 달러다.",
     320_000_000, "USD", N),  # the part opening the sentence, then 총 계약 규모는
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 반환 의무가 없는 계약금 500만 달러를 포함해 총 계약 규모는 3억2천만 달러다.",
     320_000_000, "USD", N),
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 계약 금액은 선급금 500만 달러를 포함해 총 1,200억원이다.",
     120_000_000_000, "KRW", N),  # 1,200×10⁸
    # …without 총 the sum after the part is not said to be the total: nothing taken
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 계약 규모는 계약금 500만 달러를 포함해 3억2천만 달러다.", N, N, N),
    ("㈜한빛바이오는 노스브릿지파마와 기술수출 계약을 체결했다. 계약 규모는 계약금 500만 달러와 마일스톤 3억 달러다.", N, N, N),
    # works won: the works' term ([period] followups 공사 기간)
    ("한빛건설㈜은 부산광역시가 발주한 '북항 친수공원 조성공사'를 480억원에 수주했다. 공사 기간은 착공일로부터 30개월이다.",
     48_000_000_000, "KRW", "P30M"),  # 480×10⁸
    # a clause's lead in a sentence with a deal of its own is that deal's: no term for the first
    ("㈜누리식품은 ㈜그린마트와 공급계약을 체결했다. 회사는 ㈜다온과 수출계약을 맺었으며, 계약 기간은 2년이다.",
     N, N, N),
])
def test_follow_up_amount_after_a_term(text, value, unit, period):
    _, deals = deals_of(text)
    assert [(None if d.value is None else Decimal(d.value), d.unit, d.period) for d in deals][:1] == [
        (None if value is None else Decimal(value), unit, period)]


@pytest.mark.parametrize("text, counterparties", [
    # the subject of 발주한/발주하는 before the work won ordered it (deals.toml [particles] order_verbs)
    ("㈜새솔정보는 조달청이 발주한 '차세대 전자조달 시스템 구축 사업'을 수주했다.", ["조달청"]),
    ("한빛건설은 한국도로공사가 발주하는 도로 공사를 수주했다.", ["한국도로공사"]),
    # no one named before 발주한: no counterparty
    ("한빛건설은 올해 발주한 공사를 수주했다.", []),
])
def test_orderer_is_the_counterparty_of_a_contract_won(text, counterparties):
    _, deals = deals_of(text)
    assert [(d.type, d.counterparty_names) for d in deals] == [("supply_contract", counterparties)]


# A date + 도 (지난해에도) names an earlier deal like the one before: its own record, never merged
# into this one (and its amount never given to it). [(party, counterparties, value, mentions)]
AGAIN = [
    ("중소벤처기업부는 ㈜가온테크를 올해 스마트공장 지원기업으로 선정했다. 가온테크는 지난해에도 이 사업에 선정돼 2억원을 지원받았다.",
     [("가온테크", ["중소벤처기업부"], N, 1), ("가온테크", [], 200_000_000, 2)]),  # 2×10⁸ is last year's (선정돼 + 지원받았다: one)
    ("㈜한빛마린은 아마존과 수출계약을 체결했다. 회사는 지난 2022년에도 아마존과 수출계약을 맺은 바 있다.",
     [("한빛마린", ["아마존"], N, 1), ("한빛마린", ["아마존"], N, 1)]),  # two contracts, not two mentions
    # no 도: the follow-up names the same selection, merged (3×10⁸)
    ("㈜가온테크는 올해 스마트공장 지원사업에 선정됐다. 회사는 이번 선정으로 3억원을 지원받는다.",
     [("가온테크", [], 300_000_000, 2)]),
]


@pytest.mark.parametrize("text, expected", AGAIN)
def test_an_earlier_deal_like_it_is_not_merged(text, expected):
    _, deals = deals_of(text)
    assert [(d.party_name, d.counterparty_names, None if d.value is None else Decimal(d.value), d.mentions)
            for d in deals] == [(p, c, None if v is None else Decimal(v), n) for p, c, v, n in expected]


def test_aggregate_amount_is_not_given_to_the_named_deal():
    text = ("상담회에서는 모두 45건, 1,200만 달러 규모의 수출계약이 체결됐다. "
            "특히 ㈜부산씨푸드는 베트남 유통업체 빈마트와 150만 달러 규모의 수출계약을 체결했다.")
    _, deals = deals_of(text)
    assert [(d.value, d.unit, d.mentions) for d in deals] == [(1_500_000, "USD", 1)]  # 150×10⁴


def test_links_join_other_tables():
    text = "㈜한빛마린은 14일 미국 아마존과 3년간 연간 1000만 달러 규모의 수출계약을 체결했다."
    doc, deals = deals_of(text)
    (d,) = deals
    ents = {e.entity_id: e for e in doc.entities}
    amts = {a.id: a for a in doc.amounts}
    dates = {x.id: x for x in doc.dates}
    assert ents[d.party_id].name == "한빛마린"
    assert d.counterparty_name == "아마존" and "아마존" in ents[d.counterparty_id].text
    assert amts[d.amount_id].value == 10_000_000 == d.value and d.unit == "USD"  # 1000×10⁴
    assert d.per == "year"  # 연간
    assert d.period == "P3Y"
    assert dates[d.date_id].value == dt.date(2024, 5, 14) == d.date
    assert d.confidence == 1.0


def test_implicit_party_without_issuer_has_lower_confidence():
    _, with_issuer = deals_of("시는 ㈜대양테크와 업무협약을 체결했다.", "울산광역시")
    _, without = deals_of("시는 ㈜대양테크와 업무협약을 체결했다.")
    assert with_issuer[0].party_name == "울산광역시" and with_issuer[0].party_implicit
    assert without[0].party_name is None and without[0].party_implicit
    assert without[0].confidence < with_issuer[0].confidence < 1.0


NEGATIVES = [
    "투자계약서 양식을 배포했다.",  # a form of the contract, no contract signed
    # 공급/납품 alone: no organisation entity in 에, a state, a described noun, or no 하
    "시는 취약계층에 마스크를 공급한다.",
    "취약계층에 마스크 공급",  # a headline's bare 공급 with no organisation in 에
    # support received by the head of a relative clause that names no one (before: a grant from the EU
    # to the issuer, confidence 0.7)
    "레딩대는 전날 영국 왕립학회에서 유럽연합(EU)의 재정지원을 받는 로봇기술 법제도 연구기관 '로보로'가 개최한 "
    "행사에서 이런 판정이 나왔다고 전했다.",
    "한빛테크, 美에 배터리 공급",  # …a country in 에 is no buyer
    "한빛테크, 美 아마존에 배터리 수출",  # …nor a headline's bare 수출 (its 기술수출 is the body's 기술이전 often)
    "한빛로보틱스는 미국 텍사스주 댈러스의 물류센터에 운반로봇 300여대를 공급한다.",  # a facility (…센터)
    "한빛테크는 삼성전자에 장비를 공급하고 있다.",
    # 수출 alone: a country in 에 (no company), a state, or the total exported
    "㈜한빛전자는 미국에 반도체를 수출했다.",
    "㈜다온물산은 ㈜화룬상사에 화장품을 수출하고 있다.",
    "㈜한빛전자의 올해 수출액은 3억 달러다.",
    "해외에 수출하는 기업에는 최대 1억원을 지원한다.",
    "한빛테크는 삼성전자에 장비를 공급해 왔다.",
    "한빛테크는 삼성전자에 공급할 장비를 개발했다.",
    "한빛테크가 삼성전자에 공급한 장비에서 결함이 발견됐다.",
    "반도체 공급 부족이 이어졌다.",
    "한빛테크가 삼성전자에 장비를 공급할지는 미지수다.",  # a question (Kiwi: ᆯ지/EF), no act
    "검사 결과 양수가 터졌다.",  # 양수 = amniotic fluid: no stake, no acquisition
    # a sale with no buyer named, or nothing named sold: no acquisition
    "㈜한빛케미칼은 ㈜누리소재를 매각했다.",
    "정부는 보유 주식을 시장에 매각했다.",
    # a sum raised with no round and no investors, or named public money, or no money: no investment
    "시는 국비 30억원을 유치했다.",
    "시는 정부로부터 국비 30억원을 유치했다.",
    "시는 올해 관광객 100만명을 유치했다.",
    # a guess reported (것이라는 관측/전망/보도): nothing announced (인수할 것이라고 밝혔다 stays a plan)
    "한빛테크가 누리전자를 인수할 것이라는 관측이 나온다.",
    "업계에서는 한빛테크가 누리전자와 공급 계약을 맺을 것이란 전망이 나온다.",
    "한빛테크가 누리전자를 인수할 것이라는 보도가 나왔다.",
    # a merger's terms or plans, a passive acquisition with no buyer named: no deal
    "합병 비율은 1대 0.5다.",
    "합병 법인은 내년 출범한다.",
    "㈜누리전자는 지난해 인수됐다.",
    # a stake with no owner named before it (지분 100%를, 경영권을 alone): whose is not said (before:
    # the company named in a genitive of the clause before)
    "세온에코텍은 미국 기업인 Tidewater Energy Systems의 한국 법인으로, 지난 8월 모회사가 지분 100%를 매입했다.",
    "㈜한빛배터리는 경영권을 취득했다.",
    # 매입 with no stake bought: land, the company's own shares
    "㈜한빛테크는 공장 부지를 매입했다.",
    "㈜한빛테크는 자사주 100만 주를 매입했다.",
    # works and tenders with no order won: begun, a rate, a relative clause, a purpose
    "한국도로공사는 고속도로 확장 공사를 시작했다.",
    "서울시, 지하철 9호선 연장 공사",
    "낙찰가율은 92%로 집계됐다.",
    "낙찰받은 업체는 다음 달 공사에 들어간다.",
    "공사를 따내기 위해 업체들이 경쟁하고 있다.",
    # 확보/조달 with lenders or another means, no round: a loan or a share issue, no investment
    "㈜누리바이오는 한빛은행으로부터 150억원을 조달했다.",
    "㈜누리바이오는 유상증자를 통해 150억원을 조달했다.",
    # a programme selected (…사업, deals.toml [party] programme_endings): no participant, no grant
    "한국산업단지공단은 기존의 EIP사업을 확대해 자원순환 네트워크를 시범사업으로 선정해 추진한다.",
    "한빛벤처스는 ㈜라온로보틱스에 대한 투자금을 회수했다.",  # 투자금 taken back (회수): no investment received
    "시는 시민을 대상으로 교육을 지원한다.",  # 대상으로: a target, not a prize
    "수출계약을 체결하지 못한 기업에는 물류비를 추가로 지원한다.",  # negated
    "협약 내용은 추후 공개된다.",  # no verb completes it
    "기후변화협약에 따라 탄소 배출을 줄인다.",  # bare 협약 with no counterparty
    "인수위원회는 다음 주 업무보고를 받는다.",  # 인수위원회
    "업무협약을 체결할 경우 최대 1억 원의 지원금을 받을 수 있다.",  # conditional
    "올해 수출계약 건수는 120건으로 집계됐다.",  # a statistic
    "이번 공모에는 모두 35개 기업이 지원했다.",  # 지원했다: applied, no grant
    "수출계약 체결 기업에 물류비를 지원한다.",  # generic firms
    "㈜한빛마린은 ㈜동해조선과의 인수 협상을 철회했다.",  # withdrawn
    "시는 지난해 수출상담회에서 수출계약 30건을 체결했다.",  # an aggregate of 30 contracts
    "수상 레저 시설을 확충한다.",  # 수상 = on the water
    "업무협약식에는 양 기관 관계자 20여 명이 참석했다.",  # attendance, no signing verb
    "중기부, 스마트공장 지원기업 3곳 선정",  # a headline count: who was selected is not said
    "㈜한빛마린은 ㈜동해조선과의 인수 협상을 진행하고 있다.",  # negotiating, not acquired
    "투자유치 설명회에는 200여 명이 참석했다.",  # 투자유치 modifies 설명회
    "수출계약을 체결하면 물류비의 절반을 돌려준다.",  # conditional ending
    "시는 지난해 12개 기관과 업무협약을 체결한 바 있다.",  # many partners, none named
    "이번 협약은 지난해 체결한 업무협약의 후속 조치다.",  # a past agreement, no partner named
    "㈜한빛마린이 ㈜동해조선을 인수한다는 소문이 돌았다.",  # hearsay
    "시는 공동개발한 앱을 시민에게 무료로 배포한다.",  # joint development with no partner
    "부산 북항이 2030 엑스포 개최 후보지로 선정됐다.",  # selected as a venue, no grant
    # 선정 with no programme or funds in its sentence (deals.toml needs_context): no grant
    "한빛시청 김민수 주무관은 특별승진 대상자로 선정됐다.",  # a promotion
    "한빛대 최윤아 교수가 학회 심사위원으로 선정됐다.",      # a jury member
    "한빛테크는 청렴도 평가에서 우수기관으로 선정됐다.",    # a rating
    "㈜그린팜, ㈜세진푸드가 농식품 수출 유망기업으로 선정됐다.",  # a designation: no programme, funds or selector named
    "㈜한빛은 ㈜동해조선 인수를 추진하고 있다.",  # pursuing, not acquired
    "㈜한빛은 ㈜동해조선 인수를 위한 우선협상대상자로 선정됐다.",  # preferred bidder
    "행사 기간에는 수출 상담회와 투자유치 설명회가 함께 열린다.",  # events, no deal
    "㈜한빛로보틱스는 창원국가산단에 500억원을 투자해 공장을 짓는다.",  # investing, nothing received
    "수주 실적은 지난해보다 20% 늘었다.",  # 수주 modifies 실적
    # a rumour of a deal (합병설, 인수설) or a deal denied (부인, 일축) is none
    "㈜한빛은 ㈜다온과의 합병설을 부인했다.",
    "㈜한빛은 ㈜다온 인수설을 일축했다.",
    "㈜한빛은 ㈜다온과의 합병설이 돌고 있다.",
    "㈜한빛은 ㈜다온과 맺은 1,200억원 규모의 공급계약을 조기 종료했다.",  # ended early, no new deal
    # 낙찰 at an auction is a sale, no order won (deals.toml not_context); a person bidding is no contractor
    "검찰이 압류한 작품 '농원'은 작년 12월 서울옥션의 특별경매에서 6억 6천만원에 낙찰됐다.",
    "이 돗돔은 17일 새벽 부산공동어시장에서 520만원의 경매가로 낙찰됐다.",
    "6일 인천지방법원에 따르면 이혁재 씨 집을 낙찰받은 A씨는 지난달 10일 부동산 낙찰대금을 지불했다.",
    # many contracts counted (60여 건, 두 건): an aggregate, no one deal
    "미 국방부는 60여 건의 공급 계약을 체결했다.",
    "㈜한빛은 ㈜다온과 두 건의 공급계약을 맺었다.",
    # the genitive names no partner when it modifies another noun (심의), and 사업시행자 is no one named
    "시는 기획재정부의 심의를 통과해 사업시행자와 실시협약을 체결한다.",
    "㈜오름AI는 해외 투자를 받기 위해 미국 법인을 세웠다.",  # a purpose, nothing received yet
    "㈜한빛은 아마존과 수출계약을 맺기 위한 협상을 벌였다.",  # negotiating towards a contract
    "양 기관은 앞으로 협약을 체결할 수 있다.",  # a possibility
    "시는 부산에 물류센터를 공급하는 계약을 추진 중이다.",  # pursued, not signed
    "지원 대상으로 선정된 기업은 3년간 최대 5억 원을 지원받는다.",  # a rule for firms in general
    "참가 기업들은 현지 바이어와 수출계약을 체결했다.",  # firms in general, no partner named
    "시는 올해 선정된 청년 창업기업 20곳에 사업화 자금을 지원한다.",  # 선정된 ∼기업: generic
    "이 회사는 지난해 인수한 공장을 스마트공장으로 전환했다.",  # no company acquired
    "이번 업무협약 체결로 지역 인재 채용이 늘어날 전망이다.",  # 체결로: a cause, no new deal
    "현지 합작법인을 통해 판매망을 넓히고 있다.",  # an existing joint venture, no partner named
    "넥서스, 보쉬와 공급계약 논의…체결은 내년",  # a headline: discussed, signing next year
    "다온물산은 한결에너지 지분 67%를 850억원에 인수하는 방안을 검토해 왔다.",  # a plan under study
    "최우수상에는 상금 500만 원과 상패가 주어진다.",  # what the prize is, no winner
    "최우수상은 ㈜누리소프트가 받지 못했다.",  # negated
    "대상은 심사위원단이 현장 평가를 거쳐 선정한다.",  # how the prize is chosen, no winner
    "지원 대상은 매출 100억 원 이하 중소기업이 받을 수 있다.",  # 대상 = target, firms in general
    "㈜가온푸드가 추진한 알마라이와의 수출계약은 인증 절차가 늦어지면서 무산됐다.",  # the topic's verb: 무산
    "대상 수상 기업에는 상금 1000만원과 상패가 수여된다.",  # what the winner will get, no winner named
    "부산시는 지역 대학 등 12개 기관과 업무협약을 체결했다.",  # no organisation named before 등
    "흡수합병 방식은 아직 정해지지 않았다.",  # no company named
    "㈜한빛마린은 베트남 빈그룹과 수출계약을 체결하는 데 실패했다.",  # 하는 데 + 실패: not signed
    # signed, then undone in the next clause (the deal itself the subject of a cancel word)
    "㈜한빛마린은 지난해 베트남 빈그룹과 수출계약을 맺었지만 이후 계약이 취소됐다.",
    "㈜한빛마린은 지난해 베트남 빈그룹과 수출계약을 맺었으나 올해 초 계약이 해지됐다.",
    # an intent (deals.toml [cancel] intent_endings): tried or meant, nothing signed
    "㈜다온랩은 한빛벤처스로부터 투자를 유치하려 했으나 무산됐다.",
    "㈜한빛전자는 ㈜다온소재와 공급계약을 체결하고자 협상을 벌였다.",
    "㈜한빛전자는 ㈜다온소재와 공급계약을 맺으려고 했지만 실패했다.",
    "㈜한빛전자가 ㈜다온소재를 인수하려던 계획은 무산됐다.",
    # a selection undone in the next clause (deals.toml [cancel] selection_undone, or 선정 as its subject)
    "㈜한빛전자는 지난해 선정됐으나 실적 미달로 올해 지원 대상에서 제외됐다.",
    "㈜한빛전자는 혁신기업으로 선정됐으나 이후 선정이 취소됐다.",
    "㈜한빛전자는 1차 심사에서 선정됐지만 최종 심사에서 탈락했다.",
    # a trigger with no subject, no partner and no amount: nobody and nothing to record
    "가짜 업체를 내세우는 수법으로 공사를 수주한 혐의를 받고 있다.",
    "한국 선수로는 처음으로 팬이 뽑은 올스타에 선정돼 경기에 나섰다.",
    "올해 상반기에는 38개사가 지원을 받아 매출을 올렸다.",  # recipients counted, none named
    # support received by a person (deals.toml grant needs_org_party 지원): no business's grant
    "케냐에서 태어난 에드윈은 어린 시절 컴패션의 지원을 받으며 자랐다.",
    "김민수 씨는 시의 지원을 받아 창업했다.",
    # the topic announces what a number of firms signed: many contracts in sum, not the topic's deal
    "경상남도는 올해 도내 87개사가 참여해 총 4,200만 달러 규모의 수출계약을 체결했다고 26일 밝혔다.",
    "창원시는 지역 기업 20여 곳이 현지 바이어와 수출계약을 맺었다고 밝혔다.",
    # 취득 of no stake is no acquisition
    "㈜한빛배터리는 특허청으로부터 배터리 분리막 특허를 취득했다.",
    "회사는 지난해 국제표준화기구 인증을 취득했다.",
    "㈜한빛전자는 자사주 10만주를 취득했다.",  # its own shares: no company bought
    "㈜세림홀딩스는 자사주 공개매수를 결정했다.",  # a tender offer for its own shares: no company bought
    # a purchase between two companies (neither a public buyer) or with the buyer unnamed: no direction
    "㈜다온은 ㈜누리전기와 구매 계약을 맺었다.",
    "시는 공급 사업을 추진한다.",  # a supply project pursued, not won
    "회사는 제품 포장을 바꿨다.",  # 포장 alone (packaging) is no medal
    "시는 장비 구매 계약을 체결했다.",
    # a licence taken in (라이선스 인) or 라이선스 계약 alone says no direction: no deal
    "한빛제약은 미국 바이오기업 젠큐어로부터 비만 치료제 후보물질을 도입하는 라이선스 인 계약을 체결했다.",
    # a stake noun with another noun after it is not what is taken (the records of CJ's shares)
    "검찰은 이미 한국거래소를 압수수색해 CJ 주식 거래내역을 확보한 상태다.",
    "㈜한빛전자는 다온테크 주식 매매 자료를 취득했다.",
    "시는 국비 30억원과 부지를 확보했다.",
    # 투자했다 with no named company in 에: a place, a purpose, firms in general
    "시는 올해 연구개발에 30억원을 투자했다.",
    "한빛벤처스는 그동안 ㈜다온로보틱스 등 30여 개 기업에 투자했다.",  # 기업에: many, none the one
    "㈜한빛전자는 베트남 법인에 300억원을 투자했다.",  # 법인: no name
    "㈜다온로보틱스는 ㈜한빛벤처스에 투자를 요청했다.",  # asked for, nothing invested
    "㈜한빛벤처스는 ㈜다온로보틱스에 투자하지 않기로 했다.",  # negated
    # an embedded question: nothing signed or invested yet
    "㈜한빛벤처스는 ㈜다온로보틱스에 투자할지 검토하고 있다.",
    "㈜한빛마린은 아마존과 수출계약을 체결할지 검토하고 있다.",
    "㈜한빛마린은 아마존과 수출계약을 맺을지 논의 중이다.",
    "한빛대학교는 ㈜다온바이오가 기술이전 계약을 체결했는지 확인하고 있다.",
    "도는 우수 기업 10곳에 도지사 표창을 수여했다.",  # many firms, none named
    "감사패 전달식은 오후에 열린다.",  # a ceremony announced, no winner
    "공로상 후보로 ㈜다온테크가 거론된다.",  # a candidate, not a winner
    "도는 우수 기업 10곳에 올해의 도지사 표창을 수여했다.",  # 의 before the prize: still none named
    "시는 ㈜새솔바이오에 상금의 일부를 수여했다.",  # 상금 is no prize
    # many firms' investments summed: a number of firms listed beside the amount, a cumulative total,
    # a period counted up to now with 모두/총 — no one deal
    "한편 경남도는 올해 들어 진해신항 배후단지에만 9개 기업, 2조1천억원의 투자를 유치했다.",  # 9개 기업,
    "시는 지난해 이차전지 분야에서 14개사, 8,500억원 규모의 투자를 유치했다.",  # 14개사,
    "군은 올해 상반기 농공단지에 7곳, 640억원의 투자를 유치했다.",  # 7곳,
    "㈜다온로보틱스는 창업 이후 누적 420억원의 투자를 유치했다.",  # 누적
    "도는 민선 8기 출범 이후 지금까지 모두 5조3천억원의 투자를 유치했다.",  # 출범 이후 … 모두
    "시는 올해 들어 총 1조원 규모의 투자협약을 체결했다.",  # 올해 들어 … 총
]


# One prize in two sentences, the second time collected by a person: one award (mentions 2);
# another prize, or a person of another company, stays an award of its own.
PRIZE_COLLECTED = [
    ("㈜한빛정밀이 혁신대회에서 대상을 받았다. 시상식에서는 김민수 대표가 회사를 대표해 대상을 받았다.",
     [("대상", "한빛정밀", 2)]),  # 대표해: for the company
    ("㈜한빛정밀이 혁신대회에서 대상을 받았다. 김민수 대표가 회사를 대신해 대상을 받았다.",
     [("대상", "한빛정밀", 2)]),  # 대신해
    ("㈜한빛정밀이 혁신대회에서 대상을 받았다. 시상식에서는 ㈜한빛정밀 김민수 대표가 대상을 받았다.",
     [("대상", "한빛정밀", 2)]),  # the person's organisation is the winner
    ("㈜한빛정밀이 혁신대회에서 대상을 받았다. 김민수 대표가 회사를 대표해 국무총리 표창을 받았다.",
     [("대상", "한빛정밀", 1), ("국무총리 표창", "김민수", 1)]),  # another prize: two awards
]


@pytest.mark.parametrize("text, expected", PRIZE_COLLECTED)
def test_prize_collected_by_a_person_is_one_award(text, expected):
    _, deals = deals_of(text)
    assert [(d.trigger, d.party_name, d.mentions) for d in deals] == expected


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_deal(text):
    _, deals = deals_of(text)
    assert deals == []


def test_plural_anaphor_alone_keeps_party_empty():
    _, deals = deals_of("양사는 지난 14일 배터리 공급계약을 체결했다.")
    assert [(d.type, d.party_name, d.party_implicit, d.counterparty_names) for d in deals] == [
        ("supply_contract", None, False, [])]
    assert deals[0].confidence < 0.5


@pytest.mark.parametrize("text, expected", [
    # a pair anaphor (양사는, 두 회사는) after a deal of another type with one party and one
    # counterparty names those two (confidence 0.9: resolved, not written)
    ("㈜한빛전자는 ㈜다온테크와 공급계약을 맺었다. 양사는 지난달 업무협약을 체결한 바 있다.",
     [("supply_contract", "한빛전자", ["다온테크"], 1.0), ("mou", "한빛전자", ["다온테크"], 0.9)]),
    ("㈜한빛전자는 ㈜다온테크와 공급계약을 맺었다. 두 회사는 지난달 업무협약을 체결한 바 있다.",
     [("supply_contract", "한빛전자", ["다온테크"], 1.0), ("mou", "한빛전자", ["다온테크"], 0.9)]),
    # …not after a deal with two counterparties (three signed it: whose pair?), nor a count of three
    ("㈜한빛전자는 ㈜다온테크, ㈜누리랩과 공급계약을 맺었다. 양사는 업무협약을 체결했다.",
     [("supply_contract", "한빛전자", ["다온테크", "누리랩"], 1.0), ("mou", None, [], 0.4)]),
    ("㈜한빛전자는 ㈜다온테크와 공급계약을 맺었다. 3개 기관은 업무협약을 체결했다.",
     [("supply_contract", "한빛전자", ["다온테크"], 1.0)]),  # (three bodies unnamed: no MOU recorded)
    # …nor after a deal three sentences before
    ("㈜한빛전자는 ㈜다온테크와 공급계약을 맺었다. 날씨가 맑았다. 행사가 열렸다. 양사는 업무협약을 체결했다.",
     [("supply_contract", "한빛전자", ["다온테크"], 1.0), ("mou", None, [], 0.4)]),
])
def test_pair_anaphor_after_a_deal_of_another_type(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names, d.confidence) for d in deals] == expected


def test_plan_with_a_date_before_its_verb_is_kept_with_lower_confidence():
    _, deals = deals_of("울산시는 노르딕윈드와 투자협약을 내년 1월 체결할 예정이다.")
    assert [(d.type, d.date, d.confidence) for d in deals] == [
        ("investment", dt.date(2025, 1, 1), 0.8)]  # 내년 1월 of 2024-05-20; 1.0 × 0.8 for 예정


@pytest.mark.parametrize("text, confidence", [
    ("㈜한빛마린은 아마존과 수출계약을 체결할 것으로 알려졌다.", 0.8),  # will sign, reportedly: 1.0 × 0.8
    ("㈜한빛마린은 아마존과 수출계약을 맺을 것으로 보인다.", 0.8),  # expected
    ("㈜한빛마린은 아마존과 수출계약을 체결한 것으로 알려졌다.", 1.0),  # signed (reported): no plan
])
def test_expected_deal_is_a_plan(text, confidence):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.confidence) for d in deals] == [("export_contract", "한빛마린", confidence)]


# the organiser noun alone before a programme's name (X 주관 '∼사업'에 선정돼) is who gives the grant;
# 정부 or the city itself names no one
@pytest.mark.parametrize("text, expected", [
    ("㈜마루모빌리티는 산업통상자원부 주관 '소재부품 기술개발사업'에 선정돼 국비 25억원을 지원받는다.",
     ("grant", "마루모빌리티", ["산업통상자원부"])),
    ("㈜마루모빌리티는 산업통상자원부 주관 소재부품 기술개발사업에 선정됐다.", ("grant", "마루모빌리티", ["산업통상자원부"])),
    ("㈜마루모빌리티는 한국무역협회 주최 '수출 유망기업' 시상식에서 대상을 받았다.", ("award", "마루모빌리티", ["한국무역협회"])),
    ("㈜마루모빌리티는 정부 주관 사업에 선정됐다.", ("grant", "마루모빌리티", [])),
    # a government body right before its programme, with no 의 nor 주관 (the programme quoted or not, a
    # short form in brackets): the grantor
    ("한빛대학교병원은 보건복지부 '연구중심병원 육성사업'에 선정돼 8년간 최대 200억원을 지원받는다.",
     ("grant", "한빛대학교병원", ["보건복지부"])),
    ("㈜다온랩은 중소벤처기업부 팁스(TIPS) 프로그램에 선정됐다.", ("grant", "다온랩", ["중소벤처기업부"])),
    ("㈜마루모빌리티는 정부 지원사업에 선정됐다.", ("grant", "마루모빌리티", [])),  # 정부 names no one
    ("㈜마루모빌리티는 시 주관 공모에 선정됐다.", ("grant", "마루모빌리티", [])),
])
def test_organiser_noun_gives_the_counterparty(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.counterparty_names) for d in deals] == [expected]


# a tentative agreement (deals.toml [cancel] tentative): kept, confidence as for a plan (1.0 × 0.8)
@pytest.mark.parametrize("text, confidence", [
    ("㈜한빛전자와 ㈜다온소재는 배터리 소재를 공동 개발하기로 잠정 합의했다.", 0.8),
    ("㈜한빛전자와 ㈜다온소재는 배터리 소재를 공동 개발하기로 합의했다.", 1.0),  # agreed: no plan
])
def test_tentative_agreement_is_a_plan(text, confidence):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name, d.confidence) for d in deals] == [("joint_development", "한빛전자", confidence)]


def test_party_is_never_guessed():
    # the subject is no organisation ("이번 행사에서는"), none before it: implicit, not invented
    _, deals = deals_of("이번 행사에서는 ㈜대양테크와 업무협약을 체결했다.")
    assert [(d.party_name, d.party_implicit) for d in deals] == [(None, True)]


def test_hostile_input_does_not_raise():
    text = "업무협약 " * 2000 + "9" * 10_000 + "억 원 규모의 수출계약을 체결했다."
    doc, _ = deals_of(text)
    assert doc is not None


RULE_IDS = [
    ("㈜한빛은 아마존과 수출계약을 체결했다.", "deal.export_contract.verb.v1"),  # 계약을 체결했다
    ("㈜한빛은 부산대학교와 협약했다.", "deal.mou.suffix.v1"),  # 협약 + 하
    ("㈜한빛이 삼성전자와 체결한 공급계약에 따라 납품한다.", "deal.supply_contract.preceding_verb.v1"),
    ("㈜한빛은 독일 지멘스와의 업무협약을 통해 유럽에 진출한다.", "deal.mou.with_genitive.v1"),
    ("㈜한빛, 아마존과 수출계약", "deal.export_contract.headline.v1"),  # headline ending in the trigger
    ("㈜한빛벤처스는 ㈜다온랩에 10억원을 투자했다.", "deal.investment.dative.v1"),  # 투자 + 하, investee in 에
]


@pytest.mark.parametrize("text, rule_id", RULE_IDS)
def test_rule_id_names_what_completed_the_trigger(text, rule_id):
    _, deals = deals_of(text)
    assert [d.rule_id for d in deals] == [rule_id]


def test_trigger_table_covers_every_deal_type():
    import typing

    from kopress.extractors.deals import rules
    from kopress.schemas.records import DealType

    names = [t.name for t in rules().types]
    assert sorted(names) == sorted(typing.get_args(DealType))
    assert all(t.triggers and t.verbs for t in rules().types)


def test_year_inside_a_programme_name_is_no_deal_date():
    _, deals = deals_of("㈜그린셀은 지난 3일 ‘2024년 소재부품 기술개발사업’에 최종 선정됐다.")
    assert [(d.type, d.date) for d in deals] == [("grant", dt.date(2024, 5, 3))]  # 지난 3일, not 2024년


@pytest.mark.parametrize("text, expected", [
    # the next clause says something else about the selection: the grant stands
    ("㈜한빛전자는 혁신기업으로 선정됐으나 지원금은 절반으로 줄었다.", [("grant", "한빛전자")]),
    # 제외 in the next clause of a contract is no cancel word of the contract (not a selection)
    ("㈜한빛마린은 아마존과 수출계약을 맺었으나 일부 품목은 제외됐다.", [("export_contract", "한빛마린")]),
])
def test_an_undone_word_cancels_only_a_selection(text, expected):
    _, deals = deals_of(text)
    assert [(d.type, d.party_name) for d in deals] == expected


def test_a_concessive_clause_without_the_deal_as_subject_keeps_it():
    # 못 (not yet paid) is about the money, not the contract: the contract stands
    _, deals = deals_of("㈜한빛마린은 베트남 빈그룹과 수출계약을 맺었지만 아직 대금을 받지 못했다.")
    assert [(d.type, d.party_name, d.counterparty_names) for d in deals] == [("export_contract", "한빛마린", ["빈그룹"])]


# A winners' list in bullets (▲prize winner(money)): one award a winner, the money in brackets its value
# when the winner is alone or after 각 (before: no award at all). Rows: (text, [(trigger, party, value)]).
BULLET_PRIZES = [
    ("한편 시는 이날 창업경진대회 시상식도 열었다.\n"
     "▲대상 ㈜가람바이오(상금 1천만원) ▲최우수상 ㈜누리진단(500만원) ▲우수상 ㈜세온랩·㈜다온셀(각 300만원)",
     [("대상", "가람바이오", 10_000_000),       # 1천만 = 10³×10⁴
      ("최우수상", "누리진단", 5_000_000),      # 500×10⁴
      ("우수상", "세온랩", 3_000_000),          # 각 300만 = 300×10⁴ each
      ("우수상", "다온셀", 3_000_000)]),
    # two winners without 각: who got what of the money is not said (no value)
    ("▲대상 ㈜가람바이오 ▲우수상 ㈜세온랩·㈜다온셀(600만원)",
     [("대상", "가람바이오", None), ("우수상", "세온랩", None), ("우수상", "다온셀", None)]),
    # one prize bullet alone may be a target (▲대상: 도내 중소기업): no list, no award
    ("▲대상 ㈜가람바이오(상금 1천만원)", []),
    # a bullet whose word after the prize is no organisation: none
    ("▲대상 도내 중소기업 ▲우수상 기준 매출 10억원 이상", []),
]


@pytest.mark.parametrize("text, expected", BULLET_PRIZES)
def test_bullet_prize_lists(text, expected):
    _, deals = deals_of(text)
    got = [(d.trigger, d.party_name, None if d.value is None else int(d.value)) for d in deals if d.type == "award"]
    assert got == expected
