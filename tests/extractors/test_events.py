"""Events: ordinals, years and quoted names ending with an event word.

Sentences written for these tests in press-release style (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities


def events(make_ctx, text):
    found = entities.extract(make_ctx(text))
    for e in found:
        assert text[e.start:e.end] == e.text
    return [e.text for e in found if e.label == "EVENT"]


EVENTS = [
    ("제5회 부산국제수산박람회에 참가한다.", ["제5회 부산국제수산박람회"]),
    ("제12회 대한민국 로봇 엑스포가 열렸다.", ["제12회 대한민국 로봇 엑스포"]),
    ("IFA 2024에서 신제품을 공개했다.", ["IFA 2024"]),
    ("독일 베를린 IFA 2025에 참가한다.", ["IFA 2025"]),  # the place it is held is no part of the name
    ("MWC 바르셀로나 2027에서 공개한다.", ["MWC 바르셀로나 2027"]),  # …but a city after an acronym is
    ("CES 2025에 단독 부스를 꾸렸다.", ["CES 2025"]),
    # a Latin name right after the bare event word, where a company takes part (에서, 에, 의)
    ("세계 최대 IT 전시회 CES에서 혁신상을 받았다.", ["CES"]),
    ("국제 박람회 IFA에 참가했다.", ["IFA"]),
    ("바이오 전시회 BioJapan에서 상담했다.", ["BioJapan"]),
    ("바이오 코리아 2025에 참가했다.", ["바이오 코리아 2025"]),
    ("2025 스마트공장 엑스포를 연다.", ["2025 스마트공장 엑스포"]),
    ("회사는 ‘오픈 이노베이션 데이’를 개최했다.", ["오픈 이노베이션 데이"]),
    ("“그린 모빌리티 포럼”에서 발표했다.", ["그린 모빌리티 포럼"]),
    # …대전 that is an exhibition (기술대전), not the city 대전
    ("‘제7회 대한민국 배터리 기술대전’에 참가한다.", ["제7회 대한민국 배터리 기술대전"]),
    # an industry exhibition (…산업전) after an ordinal or a year (event_cues.tsv 산업전 marked)
    ("제12회 대한민국 소재부품장비 산업전은 킨텍스에서 열렸다.", ["제12회 대한민국 소재부품장비 산업전"]),
    ("2027 부산국제기계산업전에 참가한다.", ["2027 부산국제기계산업전"]),
    # a festival called 페스타 (event_cues.tsv 페스타 marked) in quotes or after a year; before: the
    # quoted '서울 윈터 페스타' was LOC (a city and two proper nouns read as one place) and
    # '부산 불꽃 페스타' gave LOC 부산 only
    ("서울시는 광화문광장에서 '서울 윈터 페스타'를 연다.", ["서울 윈터 페스타"]),
    ("'부산 불꽃 페스타'가 열린다.", ["부산 불꽃 페스타"]),
    ("2026 코리아 세일 페스타가 개막했다.", ["2026 코리아 세일 페스타"]),
    # a month glued before the event's name (the space left out) is no part of it (before: EVENT
    # 1월유럽선수권대회)
    ("리프니츠카야는 1월유럽선수권대회에서 우승트로피를 들어 올렸다.", ["유럽선수권대회"]),
    # …and 대전 as the last word of several after a year, an ordinal or in quotes (event_cues.tsv role
    # last_word; before: LOC 대한민국 and LOC 대전, the city)
    ("'2026 대한민국 친환경 대전'이 개막했다.", ["2026 대한민국 친환경 대전"]),
    ("제5회 대한민국 기계 대전이 열린다.", ["제5회 대한민국 기계 대전"]),
    ("'대한민국 친환경 대전'이 열린다.", ["대한민국 친환경 대전"]),
    # an event with its Latin name in parentheses is no company with an alias
    ("‘2025 한빛국제기계대전(HANTECH 2025)’을 개최한다.", ["2025 한빛국제기계대전", "HANTECH 2025"]),
    ("한빛엑스포는 성황리에 끝났다.", ["한빛엑스포"]),
    ("‘2026 중소기업 기술혁신대전’을 열었다.", ["2026 중소기업 기술혁신대전"]),
    ("제12회 부산국제조선해양대제전에 참가한다.", ["제12회 부산국제조선해양대제전"]),  # …대제전 (a festival) after an ordinal
    ("2026 전국생활체육대축전이 열린다.", ["2026 전국생활체육대축전"]),  # …대축전 after a year
    ("‘제20회 한빛국제음악제’를 연다.", ["제20회 한빛국제음악제"]),  # …음악제 (a music festival)
    # a marked event word (쇼, 데이, 캠프: event_cues.tsv role marked) with an ordinal or quotes
    ("제12회 한빛 국제드론쇼를 연다.", ["제12회 한빛 국제드론쇼"]),
    ("제5회 부산비엔날레가 열린다.", ["제5회 부산비엔날레"]),
    # …컨벤션 (a convention, event_cues.tsv) after a year, its Latin name in parentheses (before: only
    # the Latin one was an EVENT)
    ("‘2026 바이오 인터내셔널 컨벤션(BIO 2026)’에 참가했다.", ["2026 바이오 인터내셔널 컨벤션", "BIO 2026"]),
    # a name and its year in quotes: with an event word, or held (열린 '…') or attended ('…'에 참가해)
    ("독일 뮌헨에서 열린 '오토매티카 2026'에 참가했다.", ["오토매티카 2026"]),  # 열린 before the quote
    ("회사는 '오토매티카 2026'에 참가해 신제품을 선보였다.", ["오토매티카 2026"]),  # 에 … 참가 after it
    ("회사는 '스마트공장 엑스포 2026'에 참가했다.", ["스마트공장 엑스포 2026"]),  # an event word before the year
    # a commemorative day after X의 with an ordinal (event_cues.tsv of_day; before: nothing — a known miss
    # of the corpus's batch-003)
    ("해솔에너지는 제62회 무역의 날 기념식에서 수출의 탑을 받았다.", ["제62회 무역의 날"]),
    ("제51회 상공의 날 행사가 열렸다.", ["제51회 상공의 날"]),
    # a meeting, a debate or a workshop is an event with a year, an ordinal or quotes (event_cues.tsv
    # marked: 간담회, 토론회, 워크숍; before: nothing, and LOC 부산 inside the name)
    ("부산시는 '2026 부산 수출기업 간담회'를 열었다.", ["2026 부산 수출기업 간담회"]),
    ("제3회 한빛 AI 정책 토론회가 열린다.", ["제3회 한빛 AI 정책 토론회"]),
    ("'스마트공장 워크숍'을 개최했다.", ["스마트공장 워크숍"]),
    # …and so are a report meeting, a hearing, a ceremony (보고회, 공청회, 기념식, 출범식; before: nothing,
    # and the province inside the quoted name an ORG of its own)
    ("경기도는 27일 '2026년 경기도 중소기업 수출지원 성과보고회'를 열었다.", ["2026년 경기도 중소기업 수출지원 성과보고회"]),
    ("제3회 스마트시티 성과보고회가 열렸다.", ["제3회 스마트시티 성과보고회"]),
    ("'2026 수소경제 공청회'에 참석했다.", ["2026 수소경제 공청회"]),
    # a name whose first word is glued to a letter by a hyphen (K-뷰티, 한-베): the letter opens the name
    # (before: 뷰티 엑스포 2026, also inside quotes, the year rule winning over the quoted one)
    ("협회는 'K-뷰티 엑스포 2026'을 개최했다.", ["K-뷰티 엑스포 2026"]),
    ("협회는 K-뷰티 엑스포 2026을 개최했다.", ["K-뷰티 엑스포 2026"]),
    ("한-베 비즈니스 포럼 2026이 열린다.", ["한-베 비즈니스 포럼 2026"]),
    ("회사는 '한빛 로봇쇼 2026'을 연다.", ["한빛 로봇쇼 2026"]),  # a marked event word (쇼) with a year  # …혁신대전: an exhibition, not the city  # a proper noun ending with 엑스포, no venue word after it
]


@pytest.mark.parametrize("text, expected", EVENTS)
def test_events(make_ctx, text, expected):
    assert events(make_ctx, text) == expected


NOT_EVENTS = [
    "산업전 관계자는 말했다.",  # 산업전 alone, no ordinal, year or quotes
    "페스타 매장에서 샀다.",  # 페스타 alone: a marked event word without a year, an ordinal or quotes
    "전시회 DB를 구축했다.",  # an object, no place of taking part
    "포럼 KOREA는 밝혔다.",  # a topic: no event named
    "세계 최대 전시회 AI에서 화제다.",  # a stop form (AI alone is never an entity)
    "2026 대전 방문의 해를 선포했다.",  # 대전 right after the year: the city
    "K-바이오 2030 비전을 발표했다.",  # a name and a year before a plan noun: the plan's name
    "누리 2030 전략을 세웠다.",
    "'대전'에서 열린다.",  # 대전 alone in quotes: the city
    "무역의 날 행사가 열렸다.",  # a commemorative day with no ordinal or year
    "시는 수출기업 간담회를 열었다.",  # a marked event word alone (no year, ordinal or quotes)
    "시는 이날 보고회를 열었다.",
    "공청회에서 의견을 들었다.",
    "기업 간담회에서 의견을 들었다.",
    "박람회에 참가했다.",                  # an event word alone names no event
    "2025년 매출 목표를 세웠다.",           # a year with 년 is a date
    "‘좋은 반응’을 얻었다.",                # a quote without an event word
    "이번 전시회는 성황리에 끝났다.",
    # a marked event word alone ends TV shows, holidays and band names as often (event_cues.tsv)
    "그는 힐링캠프에 출연해 근황을 전했다.",   # a TV show
    "밸런타인데이를 맞아 한정판을 내놨다.",      # a holiday
    "라디오 컬투쇼에 출연했다.",               # a radio programme
    "대통령은 개막 축전을 보냈다.",
    "올해 문화제는 취소됐다.",              # …문화제 without an ordinal, a year or quotes         # 축전 = a congratulatory message: no ordinal, year or quote
    "제전에 참가했다.",                     # the event word alone
    "시는 컨벤션 산업을 육성한다.",         # 컨벤션 alone: the trade, no event
    "제3회 대전 지역 회의에 참석했다.",   # 대전 = the city: no event word after the ordinal
    # a venue word after the name (event_cues.tsv role venue): the name is the venue's, not an event
    "행사는 자카르타 JIExpo 전시장에서 열렸다.",
    "한빛엑스포 컨벤션센터에서 개막했다.",
    "결승전은 한빛엑스포 아레나에서 치른다.",
    # a name and a year that is a plan, not an event ([event_year] plan_verbs; no event word)
    "회사는 '비전 2030'을 선포했다.",
    "회사는 '글로벌 도약 2030'을 발표했다.",     # no event word, nothing held or attended
    "회사는 K-뷰티 2030을 발표했다.",            # unquoted: the object of 발표
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(make_ctx, text):
    assert events(make_ctx, text) == []


def test_an_event_named_again_in_parentheses_is_one_event(make_ctx):
    """‘2025 한빛국제기계대전(HANTECH 2025)’ … HANTECH 2025: one entity, named as first written."""
    from kopress.extractors import entities

    text = "‘2025 한빛국제기계대전(HANTECH 2025)’을 연다. HANTECH 2025 기간에는 상담회가 열린다."
    found = [e for e in entities.extract(make_ctx(text)) if e.label == "EVENT"]
    assert [(e.text, e.name, e.alias) for e in found] == [
        ("2025 한빛국제기계대전", "2025 한빛국제기계대전", "HANTECH 2025"),
        ("HANTECH 2025", "2025 한빛국제기계대전", "HANTECH 2025"),
        ("HANTECH 2025", "2025 한빛국제기계대전", None),
    ]
    assert len({e.entity_id for e in found}) == 1
