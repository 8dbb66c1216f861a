"""Places: countries, provinces, cities, districts, foreign cities; adjacent place words make one span.

Sentences written for these tests in press-release style (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities


def places(make_ctx, text):
    found = entities.extract(make_ctx(text))
    for e in found:
        assert text[e.start:e.end] == e.text
    return [(e.text, e.kind) for e in found if e.label == "LOC"]


PLACES = [
    # text, [(span, kind)]
    ("베트남 하노이에서 설명회를 연다.", [("베트남 하노이", "foreign_city")]),
    ("독일 뮌헨에 지사를 세웠다.", [("독일 뮌헨", "foreign_city")]),
    # Vietnam's industrial provinces and port city (places.tsv, kind foreign_province / foreign_city)
    ("베트남 박닌성에 공장을 짓는다.", [("베트남 박닌성", "foreign_province")]),
    ("빈즈엉에 물류센터를 열었다.", [("빈즈엉", "foreign_province")]),
    ("하이퐁 공장에서 생산한다.", [("하이퐁", "foreign_city")]),
    # a province's county (군) by its full name (places.tsv, kind county)
    ("충남 예산군은 체험 프로그램을 운영한다.", [("충남 예산군", "county")]),
    ("뉴욕에서 투자 유치 행사를 열었다.", [("뉴욕", "foreign_city")]),
    ("경기 용인시 수지구에 연구소를 짓는다.", [("경기 용인시 수지구", "district")]),
    ("강원도와 충청북도에서 행사가 열린다.", [("강원도", "province"), ("충청북도", "province")]),
    ("인도네시아와 말레이시아에 수출한다.", [("인도네시아", "country"), ("말레이시아", "country")]),
    ("유럽과 중동 시장을 겨냥했다.", [("유럽", "continent"), ("중동", "continent")]),
    ("창원시 성산구에 공장이 있다.", [("창원시 성산구", "district")]),
    # a Latin place word after a direction stays a place ([latin_place_name] place_before)
    ("회사는 South Korea 시장을 공략한다.", [("Korea", "country")]),
    # a country + a city + an organisation's end word (org_end_words.tsv): the city and the word are
    # the organisation (ORG 베를린 필하모닉), the country alone a place
    ("독일 베를린 필하모닉 단원들이 무대에 오른다.", [("독일", "country")]),
    # a place written together with the next word keeps its own span
    ("한국시각으로 오전 5시에 열린다.", [("한국", "country")]),
    ("충남지역 기업이 참여했다.", [("충남", "province")]),
    # any other word glued to a place makes a name of its own: no LOC inside it
    ("한국대사관은 안내문을 냈다.", []),
    ("서해대교 통행이 재개됐다.", []),
    # direction words and a facility word of its own continue a place phrase
    ("경남 서부 지역에 비가 내린다.", [("경남 서부", "direction")]),
    ("제주 공항에서 출발했다.", [("제주 공항", "facility")]),
    # a proper noun + 항 is a port, as a proper noun + 공항 is an airport (장생포/NNP 항/NNG, 감천항/NNP)
    ("장생포항에서 실증한다.", [("장생포항", "facility")]),
    ("감천항에 입항했다.", [("감천항", "facility")]),
    # a convention centre known by its name alone, and with a hall after it
    ("행사는 벡스코 제1전시장에서 열린다.", [("벡스코 제1전시장", "facility")]),
    ("박람회는 킨텍스에서 개막한다.", [("킨텍스", "facility")]),
    # a place phrase + a venue name + a particle of place: one LOC (the venue is a compound of
    # 4+ characters, a proper noun or a Latin name)
    ("행사는 서울 삼성동 코엑스컨벤션홀에서 열린다.", [("서울 삼성동 코엑스컨벤션홀", "facility")]),
    # government complexes where ministries brief (places.tsv; before: nothing)
    ("국토교통부는 정부세종청사에서 브리핑을 열었다.", [("정부세종청사", "facility")]),
    ("회의는 정부서울청사 별관에서 열렸다.", [("정부서울청사", "facility")]),
    ("부산 해운대 BEXCO에서 전시회를 연다.", [("부산 해운대 BEXCO", "facility")]),
    # …or a venue of two or three words whose last ends with a venue ending (place_parts.tsv venue_end)
    ("행사는 서울 중구 한빛호텔 크리스탈볼룸에서 열렸다.", [("서울 중구 한빛호텔 크리스탈볼룸", "facility")]),
    ("북한은 평안북도 철산군 동창리 로켓 발사장에서 미사일을 쐈다.",
     [("평안북도 철산군 동창리 로켓 발사장", "facility")]),
    # …also a hotel named after its company's brand (포시즌스: a company alone; before: LOC 서울 종로구 and
    # ORG 포시즌스)
    ("협약식은 서울 종로구 포시즌스 호텔에서 열렸다.", [("서울 종로구 포시즌스 호텔", "facility")]),
    # …not over a company (its site is no venue name), nor a word that is no part of a name (not_in_venue)
    ("회의는 서울 강남구 한빛테크 본사에서 열렸다.", [("서울 강남구", "district")]),
    ("치약은 논산 일부 고속도로 휴게소에서 팔렸다.", [("논산", "city")]),
    # …but not a common word, a hospital (an organisation) or an event
    ("러시아 대기업에서 투자했다.", [("러시아", "country")]),
    ("충북 진천 제2생산공장에서 양산한다.", [("충북 진천", "county")]),  # a company site (not_venue)
    ("서울 마포 한빛병원에 입원했다.", [("서울 마포", "place")]),  # 마포: a proper noun after a place
    # an abstract noun or a medium after a place is no venue (place_parts.tsv not_venue; a lower-case or
    # stop-word Latin word): the place alone
    ("투자자들은 미국 주식시장에 몰렸다.", [("미국", "country")]),
    # 경기 after a foreign country is a match, not the province (경기 reads as a place only in a Korean chain)
    ("이탈리아 경기 도중 부상을 당했다.", [("이탈리아", "country")]),
    ("서울 경기 지역에 비가 내린다.", [("서울 경기", "chain_only")]),
    ("영상은 중국 소셜미디어에서 퍼졌다.", [("중국", "country")]),
    ("이 장면은 일본 tv에서 방영됐다.", []),  # 일본 only qualifies the medium (entities.modifiers): nothing
    # a hospital we do not know as an organisation is no venue either (not_venue 병원)
    ("환자는 서울 봉합외과전문병원에서 치료를 받았다.", [("서울", "city")]),
    # …구역 is no station and …주 a state only after a known place or as a proper noun
    ("강원 평창군 산림보호구역 내 소나무를 베었다.", [("강원 평창군", "county")]),
    ("뉴욕 기대주로 꼽힌다.", [("뉴욕", "foreign_city")]),
    ("네덜란드 프로축구 리그에서 뛴다.", [("네덜란드", "country")]),  # 축구 ends in 구 but is no district
    # a place name + Hanja in parentheses + more of the name with no space and no particle: the place
    # is the first word of a longer name (a university, a company), no LOC of its own
    ("이번 협약에는 칭다오(靑島)해양대학이 참여한다.", []),
    ("중국 칭다오(靑島)맥주는 한국 시장에 진출했다.", [("중국", "country"), ("한국", "country")]),  # chain cut before it
    # …but a particle (에서, 은) or a space after the Hanja leaves the place and its Hanja mention
    ("회사는 상하이(上海)에서 설명회를 연다.", [("상하이", "foreign_city"), ("上海", "foreign_city")]),
    ("베이징(北京)은 물론 상하이에도 지사를 둔다.",
     [("베이징", "foreign_city"), ("상하이", "foreign_city"), ("北京", "foreign_city")]),  # Hanja mentions last
    ("중국 베이징(北京) 톈안먼 광장에서 행사가 열렸다.", [("중국 베이징", "foreign_city"), ("北京", "foreign_city")]),
    # …nor one administrative ending (시, 현) + a particle: the city under its full name; a country
    # takes no such ending, so 이란(宜蘭)현 is a county of the same sound, not the country
    ("공장은 중국 저장성 항저우(杭州)시에 있다.", [("중국 저장성 항저우", "foreign_city"), ("杭州", "foreign_city")]),
    ("대만 이란(宜蘭)현에서는 축제가 열렸다.", [("대만", "country")]),
    # a road or neighbourhood (…로, …동) + a numbered section (1–99 + 가, place_parts.tsv section): one place
    ("행사는 서울 중구 을지로 2가 일대에서 열린다.", [("서울 중구 을지로 2가", "district")]),
    ("매장은 종로 3가에 문을 연다.", [("종로 3가", "district")]),
    # …but a count of households after a city is no section (2가구 is not 2가), and a bare number stays out
    ("서울 12가구가 새로 입주한다.", [("서울", "city")]),
    ("근로감독관 6명을 상주시켜 조사했다.", []),  # 상주시키다 (to station), not the city 상주
    # a country + two words Kiwi reads as one proper noun: a person's name, not a place phrase
    ("크로아티아 데얀 로브렌의 반칙을 끌어냈다.", [("크로아티아", "country")]),
    # …or as two proper nouns we know as nothing else, with no particle of place after them: no place
    # phrase over the name; the bare country before a proper noun we do not know is then dropped as
    # the head of a longer name (entities.place_heads), so no LOC at all
    ("행사에는 세르비아 두샨 블라호비치가 참석했다.", []),
    ("시상식에서 슬로바키아 마레크 함식이 상을 받았다.", []),
    # …but with a particle of place the three words stay one place phrase (a venue, a town)
    ("행사는 이탈리아 남부 콤파냐에서 열린다.", [("이탈리아 남부 콤파냐", "place")]),
    # a country before a word we know as nothing else: the country alone
    ("중국 신랑넷이 보도했다.", [("중국", "country")]),
    # …unless the word ends like a region (성, 현, 자치구) or a particle of place follows it
    ("중국 칭하이성과 간쑤성을 잇는 철도다.", [("중국 칭하이성", "place")]),
    ("일본 도쿠라현 일대에 비가 왔다.", [("일본 도쿠라현", "place")]),
]


@pytest.mark.parametrize("text, expected", PLACES)
def test_places(make_ctx, text, expected):
    assert places(make_ctx, text) == expected


NOT_PLACES = [
    "계약금액은 약 US$ 12,500,000이다.",  # US$: a currency's prefix, no place (before: LOC US)
    "경기 결과를 분석했다.",          # 경기 = a match; a province only before another place
    "수단과 방법을 가리지 않았다.",    # 수단 = means
    "내년 예산은 3조원이다.",          # 예산 = a budget: the county only as 예산군
    # a prize or contest named after the country is no venue (place_parts.tsv not_venue 대상, 어워드)
    "㈜세온바이오는 제25회 대한민국 기술대상에서 산업통상자원부 장관상을 받았다.",
    "한빛테크는 대한민국 디자인어워드에서 대상을 받았다.",
    "장수 기업이 늘었다.",             # 장수 = long-lived (장수군 is the county)
    "선전 효과가 컸다.",              # 선전 = publicity
    "행동 지침을 배포했다.",          # …동 is not a neighbourhood here
    "제3항에 따라 처리한다.",          # a paragraph of a law, no port
    "관련 사항을 알렸다.",             # 사항: a common noun ending in 항
    "미국산 소고기를 수입한다.",       # made in the US: 산 is not a mountain
    "한국인 관광객이 늘었다.",         # a people, not the country
    "다온 코리아(Daon Korea)는 신제품을 출시했다.",  # Korea ends a Latin name (Daon is no place)
    "Samsung Korea 관계자는 말했다.",  # the same, outside parentheses
    "이집트인 노동자들이 귀국했다.",   # a people (Kiwi reads 이집트 + 이다)
    "첫 경기인 결승전이 열렸다.",      # 경기 + copula: a match
    "지역 조선·해양 기업과 협력한다.",  # 조선 = shipbuilding (stop_words.tsv), not a country
    "‘제4회 대한민국 수산기술대상’ 시상식이 열렸다.",   # the award's name starts with the country
    "올해 대한민국 그린에너지 어워드에서 수상했다.",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_not_places(make_ctx, text):
    assert places(make_ctx, text) == []


def test_metropolitan_city_is_a_government_org(make_ctx):
    text = "부산광역시는 지원 사업을 공고했다."
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text, e.kind) for e in found] == [("ORG", "부산광역시", "government")]


ACTORS = [
    # a country, province or city (full name) before a subject/topic particle acts: ORG
    ("경상남도는 투자협약을 맺었다. 경상남도에서 공장을 짓는다.", ["경상남도", "경상남도"]),
    ("창원시는 예산을 지원한다.", ["창원시"]),
    ("베트남은 수입 관세를 낮췄다.", ["베트남"]),
    # a list of provinces and cities whose last member is the subject acts as a whole: 경남도 is an ORG
    # like the metropolitan cities (부산시, 울산시: government.tsv) listed with it
    ("경남도, 부산시, 울산시가 공동 협약을 맺었다.", ["경남도", "부산시", "울산시"]),
    ("경북도와 대구시는 예산을 나눠 지원한다.", ["경북도", "대구시"]),
    # a disaster word is no forecast (entity_rules.toml [place_actor] weather_cues): they act
    ("경기도와 강원도는 폭설 피해 복구에 나섰다.", ["경기도", "강원도"]),
    # a city listed before another city and an organisation: both cities are parties
    ("천안시, 아산시, 한국산업단지공단과 협약을 맺었다.", ["천안시", "아산시", "한국산업단지공단"]),
    # a known city under its 시 name (여주 + 시, read as a district by its ending) acts as 창원시 does
    ("여주시는 축제 예산을 늘렸다.", ["여주시"]),
    ("경기도와 여주시는 복구 비용을 분담한다.", ["경기도", "여주시"]),
    # a province with its head named after it (도지사 …) is its government in its other mentions too
    ("충청남도, 반도체 특화단지 조성. 충청남도(도지사 김태흠)는 협약을 맺었다.", ["충청남도", "충청남도"]),
    # a city before 와/과 and, within three words, an agreement noun with its particle signs it
    # (entity_rules.toml [place_actor] agreement_nouns)
    ("경상북도는 구미시와 2,000억원 규모의 투자협약을 체결했다.", ["경상북도", "구미시"]),
    ("경북도는 경주시와 문화관광 상생협력 업무협약을 맺었다.", ["경북도", "경주시"]),
    # …a name in quotes before the noun counts as one word, however many it holds (before: LOC 충북도)
    ("다온건설은 충북도와 '스마트 상수도 기술 개발' 업무협약을 맺었다.", ["다온건설", "충북도"]),
    # a city under its full name after its province's short name acts as the city does, the two
    # words one ORG (before: LOC 경남 창원시; in a list the first was an ORG and the subject a LOC)
    ("경남 창원시는 협약을 맺었다.", ["경남 창원시"]),
    ("강원 춘천시와 전북 전주시가 협약을 맺었다.", ["강원 춘천시", "전북 전주시"]),
]


@pytest.mark.parametrize("text, place", [
    ("경남 창원시에서 협약식이 열렸다.", "경남 창원시"),        # a particle of place: where, not who
    ("경남 창원시는 구름이 많겠다.", "경남 창원시"),           # a weather report ([place_actor] weather_cues)
    ("강원특별자치도 춘천시가 협약을 맺었다.", "강원특별자치도 춘천시"),  # a province's full name: left as before
])
def test_a_province_and_city_that_do_not_act_stay_one_place(make_ctx, text, place):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == [("LOC", place)]


@pytest.mark.parametrize("text, orgs", ACTORS)
def test_places_that_act_are_orgs(make_ctx, text, orgs):
    found = entities.extract(make_ctx(text))
    # every mention of an acting place is an ORG, the locative one too (one entity in one release)
    assert [e.text for e in found if e.label == "ORG"] == orgs
    assert [e.text for e in found if e.label == "LOC"] == []


OWNERS = [
    # text, mention, expected label — a country (or a province under its full name) + 의 + a noun
    # phrase whose head is an act or stance of a state (entity_rules.toml [place_actor] owned_heads)
    # is the state: ORG
    ("정부는 중국의 수출 규제에 대응하기로 했다.", "중국", "ORG"),          # head 규제 (two words after 의)
    ("미국의 관세 조치로 수출 기업의 부담이 커졌다.", "미국", "ORG"),        # head 조치
    ("경상남도의 지원 정책에 따라 사업을 추진한다.", "경상남도", "ORG"),     # a province (…도) too
    ("회의에서는 일본의 입장을 듣고 협력 방안을 논의했다.", "일본", "ORG"),  # head 입장, one word
    # every member of a list whose last member owns the act: 4 countries, 와/과 and a comma between
    ("보고서는 한국과 일본, 중국과 대만의 갈등을 다뤘다.", "대만", "ORG"),
    ("보고서는 한국과 일본, 중국과 대만의 갈등을 다뤘다.", "한국", "ORG"),
    # the head is a thing or a figure of the country, not its act: a place
    ("베트남의 경제성장률은 6%를 넘었다.", "베트남", "LOC"),               # head 경제성장률
    ("일본의 공장에서 부품을 들여온다.", "일본", "LOC"),                    # head 공장
    ("한국의 수출 규모가 늘었다.", "한국", "LOC"),                          # head 규모 (규제 is not the head)
    # a verb right after 의 is no noun phrase (빠르고): no head, a place
    ("인도의 빠르고 넓은 시장 확대에 주목한다.", "인도", "LOC"),
    # the head lies beyond three words: no reading, a place
    ("독일의 재생에너지 설비 투자 확대 정책을 소개했다.", "독일", "LOC"),
    # a list of places whose last member is only a place (에서): each a place
    ("설명회는 한국과 일본의 주요 도시에서 열린다.", "한국", "LOC"),
    # a list whose last member is a subject that acts: every member acts
    ("한국과 인도네시아가 통화스와프 협정을 맺었다.", "한국", "ORG"),
    ("미국, 영국, 프랑스가 공동 성명을 냈다.", "영국", "ORG"),
    # …not a subject with a figure right after it (entity_rules.toml [place_actor] figure_after)
    ("수출국은 베트남과 태국이 각각 30%를 차지했다.", "베트남", "LOC"),      # 각각 30%
    ("참가자는 일본이 120명으로 가장 많았다.", "일본", "LOC"),               # 120명으로
    # a date after the subject is no figure: it acts
    ("베트남은 2025년부터 수입 관세를 없앤다.", "베트남", "ORG"),
]


@pytest.mark.parametrize("text, mention, expected", OWNERS)
def test_places_owning_an_act_are_orgs(make_ctx, text, mention, expected):
    found = entities.extract(make_ctx(text))
    assert [e.label for e in found if e.text == mention][:1] == [expected]


@pytest.mark.parametrize("text, places", [
    # a breakdown of figures by place (국가별로는, 지역별로는 …): the subject is a category, a place
    ("국가별로는 캐나다가 4,100톤으로 가장 많았고, 미국(2,900톤)이 뒤를 이었다.", ["캐나다", "미국"]),
    ("지역별로는 경상남도가 32건으로 가장 많았다.", ["경상남도"]),
    ("국가별 수출 비중은 베트남이 41%로 1위였다.", ["베트남"]),
])
def test_places_in_a_breakdown_do_not_act(make_ctx, text, places):
    found = entities.extract(make_ctx(text))
    assert [e.text for e in found if e.label == "LOC"] == places
    assert [e.text for e in found if e.label == "ORG"] == []


@pytest.mark.parametrize("text, expected", [
    # the list is where something happens (에서), not a subject: the province stays a place
    ("행사는 전남도, 광주시에서 열린다.", [("LOC", "전남도"), ("ORG", "광주시")]),
    # a weather report about a list (entity_rules.toml [listed_actors] weather_cues): no actor
    ("경북도와 대구시는 건조주의보가 내려졌다.", [("LOC", "경북도"), ("ORG", "대구시")]),
    # a city with 와/과 and no agreement after it: a place (visited, counted)
    ("관광객은 구미시와 경주시를 찾았다.", [("LOC", "구미시"), ("LOC", "경주시")]),
    ("구미시와 김천시의 인구는 늘었다.", [("LOC", "구미시"), ("LOC", "김천시")]),
    # …and a province alone: 제주도는 (a topic) in a forecast is the place
    ("제주도는 구름이 많이 끼겠습니다.", [("LOC", "제주도")]),
])
def test_listed_places_that_do_not_act(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == expected


HANJA = [
    # text, [(label, span)] — the Hanja in parentheses after a name is a mention of it
    ("회의는 베이징(北京)에서 열렸다.", [("LOC", "베이징"), ("LOC", "北京")]),   # two Hanja for the name
    # one Hanja after a longer name spells its last syllable (주 = 州), not the place: no mention
    ("공장은 미국 텍사스 주(州)에 있다.", [("LOC", "미국 텍사스 주")]),
]


@pytest.mark.parametrize("text, expected", HANJA)
def test_hanja_mentions(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == expected


@pytest.mark.parametrize("text", [
    # a known city under its 시 name as a place (에서, 에): no actor
    "축제는 여주시에서 열린다.",
    "본사를 여주시에 둔다.",
])
def test_city_district_as_a_place(make_ctx, text):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == [("LOC", "여주시")]


def test_place_before_an_org_word_makes_one_org(make_ctx):
    text = "일본 정부는 수출 규제를 풀었다."
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == [("ORG", "일본 정부")]


CITY_NAMES = [
    # a city + a proper noun we know as nothing else names a team or a paper: one ORG, no LOC
    ("시카고 불스는 홈경기에서 승리했다.", "시카고 불스"),
    ("보스턴 글로브가 이 소식을 전했다.", "보스턴 글로브"),
]


@pytest.mark.parametrize("text, place", [
    # a particle of place after the pair: a place phrase (a district of the city), not a team
    ("행사는 뉴욕 맨해튼에서 열린다.", "뉴욕 맨해튼"),
    ("새 매장은 런던 소호에 문을 연다.", "런던 소호"),
])
def test_city_pairs_before_a_particle_of_place_are_places(make_ctx, text, place):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == [("LOC", place)]


@pytest.mark.parametrize("text, org", CITY_NAMES)
def test_city_names_are_orgs(make_ctx, text, org):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == [("ORG", org)]


def test_city_and_district_stay_a_place(make_ctx):
    # 수원시 영통구: both words are places (a district is known by its ending): one LOC
    assert places(make_ctx, "수원시 영통구에 문을 연다.") == [("수원시 영통구", "district")]

def _build_module():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "pipeline" / "resources" / "lexicons" / "build_lexicons.py"
    spec = importlib.util.spec_from_file_location("build_lexicons", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


USAGE = [
    # form, dropped?  — over the three hand-made records below
    ("우리나라", True),    # used twice (우리나라는, 우리나라의), labelled never: 0 < 0.5 × 2
    ("부산", False),       # used twice (부산에서, 부산 해운대), labelled twice (inside 부산 해운대 too)
    ("해운대", False),     # used once only: below MIN_USES = 2, kept
    ("부산항", False),     # never used at a word start alone: 0 uses
]


@pytest.mark.parametrize("form, dropped", USAGE)
def test_lexicon_drops_forms_the_train_text_leaves_unlabelled(form, dropped):
    mod = _build_module()
    records = [
        {"text": "우리나라는 부산에서 행사를 연다.", "entities": [{"start": 6, "end": 8}]},
        {"text": "우리나라의 항구 부산 해운대", "entities": [{"start": 9, "end": 15}]},
        {"text": "부산항대교가 보인다.", "entities": []},
    ]
    uses, labelled = mod.usage(records)
    assert mod.rarely_labelled(form, uses, labelled) is dropped


LANDMARKS = [
    # text, [(label, span)]: a government body named as a place
    ("시위대가 청와대 인근에 모였다.", [("LOC", "청와대")]),          # before 인근
    ("대통령은 청와대에서 회의를 열었다.", [("LOC", "청와대")]),      # a seat of government + 에서
    ("청와대는 입장을 밝혔다.", [("ORG", "청와대")]),                # the body acting: ORG
    ("국회에서 법안이 통과됐다.", [("ORG", "국회")]),                # 국회 is no seat word: ORG
]


@pytest.mark.parametrize("text, expected", LANDMARKS)
def test_government_bodies_named_as_places(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found] == expected


NATIONAL_TEAMS = [
    # text, country mention, expected (label, kind) — a country in a sentence about a match is its team
    ("한국 대표팀은 연장 끝에 스페인을 2-1로 꺾고 4강에 올랐다.", "스페인", ("ORG", "national_team")),
    ("대한민국은 이라크에 0대 1로 패했다.", "이라크", ("ORG", "national_team")),
    ("후반 30분 포르투갈 수비수가 공을 걷어냈다.", "포르투갈", ("ORG", "national_team")),
    ("오전 10시부터 태국-베트남의 경기가 열려 전반 5분 첫 골이 나왔다.", "베트남", ("ORG", "national_team")),
    # pairs of countries with a dash before 경기 (the match of each pair): both sides of every pair
    ("이날 오후 태국-라오스, 인도-네팔의 경기가 동시에 열렸다.", "라오스", ("ORG", "national_team")),
    ("이날 오후 태국-라오스, 인도-네팔의 경기가 동시에 열렸다.", "인도", ("ORG", "national_team")),
    # a bare country before a player's name (a proper noun that is no place, event or organisation)
    # in a match sentence (후반 5분) is the player's team
    ("후반 5분 브라질 네이마르가 결승골을 넣었다.", "브라질", ("ORG", "national_team")),
    # …without a match cue the country is where the player comes from
    ("브라질 네이마르가 자선 행사에 참석했다.", "브라질", ("LOC", "country")),
    # …and a place after it makes a place phrase, even in a match sentence
    ("전반 20분 일본 도쿄에서 온 팬들이 환호했다.", "일본 도쿄", ("LOC", "foreign_city")),
    # a dash pair with no match word after it is a route or a trade pair: places
    ("한국-베트남 교역 규모가 늘었다.", "베트남", ("LOC", "country")),
    # the same countries without a match are places
    ("스페인에 수출하는 물량이 늘었다.", "스페인", ("LOC", "country")),
    ("한빛마린은 포르투갈 리스본에 지사를 냈다.", "포르투갈 리스본", ("LOC", "foreign_city")),
    # the cue must be in the same sentence
    ("태국은 쌀을 수출한다. 전반 5분 첫 골이 나왔다.", "태국", ("ORG", "country")),
    # a particle of place keeps the place even in a match sentence
    ("대표팀은 스페인에서 열린 친선경기에서 2-1로 이겼다.", "스페인", ("LOC", "country")),
]


@pytest.mark.parametrize("text, mention, expected", NATIONAL_TEAMS)
def test_national_teams(make_ctx, text, mention, expected):
    found = entities.extract(make_ctx(text))
    hit = [(e.label, e.kind) for e in found if e.text == mention]
    assert hit == [expected]


@pytest.mark.parametrize("text, mention, expected", [
    # a city or province under its full name, listed with organisations, is one of the parties
    ("경상남도는 ㈜한빛로보틱스, 창원시, 한국산업단지공단과 업무협약을 체결했다.", "창원시", "ORG"),
    ("한빛테크와 김해시는 협약을 맺었다.", "김해시", "ORG"),
    # …not a short name (창원) and not a list of places only
    ("행사는 창원, 김해, 한빛테크 본사에서 열린다.", "창원", "LOC"),
    ("부산광역시, 울산광역시, 경상남도에 비가 내렸다.", "경상남도", "LOC"),
])
def test_listed_actors(make_ctx, text, mention, expected):
    found = entities.extract(make_ctx(text))
    assert [e.label for e in found if e.text == mention] == [expected]


PLACE_HEADS = [
    # text, the place word, kept as LOC?
    # a country or city right before an unknown proper noun heads a longer name: dropped
    ("러시아 야쿠티야 공화국에서 광산을 개발한다.", "러시아", False),  # 러시아 + 야쿠티야/NNP (a region)
    ("프랑스 로렌 지방의 공장을 인수했다.", "프랑스", False),          # 프랑스 + 로렌/NNP (a region)
    # the proper noun is an organisation kopress finds: the place stays (KLUE joins them as ORG)
    ("중국 하이훙테크는 이날 계약을 맺었다.", "중국", True),          # 하이훙테크: ORG by its suffix
    # known places after it make a chain
    ("미국 텍사스 오스틴에 공장을 세운다.", "미국 텍사스 오스틴", True),
    # a known place after it makes a chain, and a common noun after it changes nothing
    ("베트남 하노이에서 설명회를 연다.", "베트남 하노이", True),
    ("베트남 현지 유통사와 계약했다.", "베트남", True),
    # a particle ends the place word: nothing follows it inside the name
    ("일본의 도호쿠 지방에 비가 온다.", "일본", True),
]


@pytest.mark.parametrize("text, place, kept", PLACE_HEADS)
def test_place_heading_an_unknown_proper_noun_is_dropped(make_ctx, text, place, kept):
    assert (place in [span for span, _ in places(make_ctx, text)]) is kept


def test_a_country_that_acts_once_stays_a_place_elsewhere(make_ctx):
    """베트남은 … (a subject: ORG there) does not make 베트남 in 베트남 호찌민시에서 an ORG."""
    text = "베트남은 가장 중요한 수출 시장이다. 상담회는 베트남 호찌민시에서 열렸다."
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.label) for e in found if e.start > 10] == [("베트남 호찌민시", "LOC")]


def test_a_province_heading_its_governors_note_is_an_org_in_every_mention(make_ctx):
    """경상남도(도지사 김도현)는: the body of its head's note is an ORG, so its headline mention too."""
    text = "경상남도, 수출지원 사업 성과 발표\n\n경상남도(도지사 김도현)는 26일 성과를 밝혔다."
    found = [e for e in entities.extract(make_ctx(text)) if e.text == "경상남도"]
    assert [e.label for e in found] == ["ORG", "ORG"] and len({e.entity_id for e in found}) == 1


def test_a_province_that_acts_is_an_org_in_every_mention(make_ctx):
    """경상남도는 … acts: its government, an ORG in each mention (one entity)."""
    text = "경상남도는 상담회를 열었다. 경상남도 관계자가 설명했다."
    found = [e for e in entities.extract(make_ctx(text)) if e.text == "경상남도"]
    assert [e.label for e in found] == ["ORG", "ORG"] and len({e.entity_id for e in found}) == 1


ACTING_CITY_ADDRESSES = [
    # text, the place phrase kept as one LOC — a city that acts once (창원시는 … 체결했다) is the
    # city's government in its other mentions, but not inside an address that starts with it
    ("창원시는 ㈜한빛로보틱스와 협약을 체결했다. 행사는 창원시 성산구 창원컨벤션센터에서 열렸다.",
     "창원시 성산구 창원컨벤션센터"),
    ("경상남도는 예산을 늘렸다. 공장은 경상남도 김해시 주촌면에 들어선다.", "경상남도 김해시 주촌면"),
]


@pytest.mark.parametrize("text, phrase", ACTING_CITY_ADDRESSES)
def test_an_acting_city_heads_an_address_as_a_place(make_ctx, text, phrase):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found if e.text == phrase] == [("LOC", phrase)]
    head = phrase.split()[0]
    assert [e.label for e in found if e.text == head] == ["ORG"]  # the acting mention alone


@pytest.mark.parametrize("text, expected", [
    # a one-letter Hanja of a country as a word of its own (hanja_countries.tsv): a place with its
    # Korean name, the kind a country
    ("美 연준, 기준금리 동결…中 수출 둔화", [("美", "미국"), ("中", "중국")]),
    ("韓·美 정상회담 열려", [("韓", "한국"), ("美", "미국")]),
    ("北 미사일 발사에 日 항의", [("北", "북한"), ("日", "일본")]),
    # …not inside a word of Hanja (中企 = 중소기업, 每日 in a paper's name)
    ("中企 지원 예산 확대", []),
    ("마이니치(每日)신문이 보도했다.", []),
])
def test_hanja_country_abbreviations(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.name) for e in found if e.label == "LOC"] == expected
    assert all(e.kind == "country" for e in found if e.rule_id.startswith("place.hanja_abbr"))


def test_hanja_country_is_one_entity_with_its_korean_name(make_ctx):
    found = entities.extract(make_ctx("세온헬스케어, 美 시장 진출. 회사는 미국 보스턴에 법인을 세운다."))
    ids = {e.entity_id for e in found if e.name == "미국"}
    # 美 (title) and 미국 (body): one place, one entity_id
    assert [e.text for e in found if e.name == "미국"] == ["美", "미국"] and len(ids) == 1
