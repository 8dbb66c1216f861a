"""Counts (kopress.extractors.counts via amounts.extract): counters, native numerals, counted nouns.

Each row: sentence, expected span, value (arithmetic beside it), unit (the counter as written),
counted noun, approximate, qualifier.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from kopress.extractors import amounts


COUNTS = [
    # sentence, span, value, unit, counted, approximate, qualifier
    ("박람회에는 200여개 기업이 참가했다.", "200여개", 200, "개", "기업", True, None),  # 200, 여 → approximate
    ("행사에 16명이 참석했다.", "16명", 16, "명", None, False, None),  # as written
    ("전국 두 곳에 센터를 연다.", "두 곳", 2, "곳", None, False, None),  # 두 = 2
    ("세 명의 연구원이 수상했다.", "세 명", 3, "명", None, False, None),  # 세 = 3
    ("열두 개 부처가 협력한다.", "열두 개", 12, "개", "부처", False, None),  # 열두 = 10+2
    ("스무 명이 넘는 인원이 모였다.", "스무 명", 20, "명", None, False, None),  # 스무 = 20
    ("협약에는 5개사가 참여했다.", "5개사", 5, "개사", None, False, None),  # 개사 before 개
    ("전 세계 140개국에 수출한다.", "140개국", 140, "개국", None, False, None),  # as written
    ("지원 대상은 1천500여명이다.", "1천500여명", 1_500, "명", None, True, None),  # 1000+500
    ("관람객 1만2천명이 다녀갔다.", "1만2천명", 12_000, "명", None, False, None),  # 1×10⁴ + 2000
    ("누적 가입자가 260만명을 넘었다.", "260만명", 2_600_000, "명", None, False, None),  # 260×10⁴
    ("신고는 7천422건에 달했다.", "7천422건", 7_422, "건", None, False, None),  # 7000+422
    ("사업장 45곳을 점검했다.", "45곳", 45, "곳", None, False, None),  # as written
    ("선박 3척을 수주했다.", "3척", 3, "척", None, False, None),  # as written
    ("이번 공모에는 214편이 접수됐다.", "214편", 214, "편", None, False, None),  # as written
    ("신품종 8종을 개발했다.", "8종", 8, "종", None, False, None),  # as written
    ("그동안 3차례 회의를 열었다.", "3차례", 3, "차례", "회의", False, None),  # as written
    ("두 차례 긴급 회의를 열었다.", "두 차례", 2, "차례", "회의", False, None),  # 두 = 2; 긴급 is a modifier
    ("저소득 300가구에 지원금을 준다.", "300가구", 300, "가구", None, False, None),  # as written
    ("신축 아파트 1천200세대가 입주한다.", "1천200세대", 1_200, "세대", None, False, None),  # 1000+200
    ("나무 5천 그루를 심었다.", "5천 그루", 5_000, "그루", None, False, None),  # 5×10³
    ("철새 1000여 마리가 찾아왔다.", "1000여 마리", 1_000, "마리", None, True, None),  # 1000, 여 → approximate
    ("연구진은 3~5명으로 꾸린다.", "3~5명", 3, "명", None, False, None),  # 3 … 5 (value_max below)
    ("최대 50명까지 신청할 수 있다.", "최대 50명", 50, "명", None, False, "최대"),  # as written
    ("500명 이상이 몰렸다.", "500명 이상", 500, "명", None, False, "이상"),  # as written
    ("약 30곳이 문을 닫았다.", "약 30곳", 30, "곳", None, True, None),  # as written
    ("100명가량이 대피했다.", "100명가량", 100, "명", None, True, None),  # as written
    ("회원사 20곳 안팎이 가입한다.", "20곳 안팎", 20, "곳", None, True, None),  # as written
    ("신규 채용은 10명 남짓이다.", "10명 남짓", 10, "명", None, True, None),  # as written
    ("응시자는 1만 명 미만이었다.", "1만 명 미만", 10_000, "명", None, False, "미만"),  # 1×10⁴
    ("차량 3대를 기증했다.", "3대", 3, "대", None, False, None),  # 3 vehicles (not a decade)
    ("하루 한 번 점검한다.", "한 번", 1, "번", None, False, None),  # 한 = 1
    ("일 년에 네 번 발행한다.", "네 번", 4, "번", None, False, None),  # 네 = 4
    ("두 가지 방식으로 운영된다.", "두 가지", 2, "가지", "방식", False, None),  # 두 = 2
    ("세 사람이 공동 대표를 맡는다.", "세 사람", 3, "사람", None, False, None),  # 세 = 3
    ("임원 두 분이 참석했다.", "두 분", 2, "분", None, False, None),  # 두 = 2 (honorific persons)
    ("주식 100만 주를 매입한다.", "100만 주", 1_000_000, "주", None, False, None),  # 100×10⁴ shares
    ("보통주 1,000주를 배정한다.", "1,000주", 1_000, "주", None, False, None),  # 1×10³ shares
    ("원전 2기를 건설한다.", "2기", 2, "기", None, False, None),  # as written
    ("국내 사업장 5곳을 방문했다.", "5곳", 5, "곳", None, False, None),  # no counted noun after 을
    ("두세 명이 한 조를 이룬다.", "두세 명", 2, "명", None, False, None),  # 두세 = 2~3
    ("유기견 4천983마리를 구조했다.", "4천983마리", 4_983, "마리", None, False, None),  # 4000+983
    ("투표에서 2만7천162표를 얻었다.", "2만7천162표", 27_162, "표", None, False, None),  # 2×10⁴ + 7162
    ("작품 30점을 전시한다.", "30점", 30, "점", None, False, None),  # as written
    ("기념품 10만개를 배포한다.", "10만개", 100_000, "개", None, False, None),  # 10×10⁴
    ("대상 기관은 1,234곳이다.", "1,234곳", 1_234, "곳", None, False, None),  # comma groups
    ("두 회사가 손을 잡았다.", "두 회사", 2, None, "회사", False, None),  # native numeral + noun: no counter
    ("전문가 10명 중 7명이 찬성했다.", "10명", 10, "명", None, False, None),  # as written
    ("예선에는 30명 출전자가 나섰다.", "30명", 30, "명", "출전자", False, None),  # noun + suffix 자
    ("5개국 정상들이 모였다.", "5개국", 5, "개국", None, False, None),  # 개국 counts countries, not 정상
    ("올해 축제에는 18개 해외 공연단이 참가한다.", "18개", 18, "개", "공연단", False, None),  # 해외 skipped
    ("7개 주요 기관이 협약에 서명했다.", "7개", 7, "개", "기관", False, None),  # 주요 skipped
    ("누적 관람객은 112만명 역대 최다를 기록했다.", "112만명", 1_120_000, "명", None, False, None),  # 112×10⁴; 최다 is not counted
    ("상담회 수출계약 2건 성사", "2건", 2, "건", None, False, None),  # 성사 is the head-line verb
    ("한빛시, 유공 기업 15곳 시상", "15곳", 15, "곳", None, False, None),  # 시상 is the head-line verb, not what is counted
    ("㈜다온조선, LNG선 2척 수주", "2척", 2, "척", None, False, None),  # 수주 likewise
    # a decade after a machine noun counts machines (20대 alone is an age group)
    ("시는 내년에 전기버스 20대를 도입한다.", "20대", 20, "대", None, False, None),  # 20 buses, not people in their twenties
    ("현장에는 중장비 30여대가 투입됐다.", "30여대", 30, "대", None, True, None),  # 여 → approximate
    ("회사는 매달 컨테이너 10대를 선적한다.", "10대", 10, "대", None, False, None),  # 10 containers
    # a rate before 회 keeps it a count whatever noun follows
    ("한빛시는 행사 기간 하루 20회 셔틀버스를 운행한다.", "20회", 20, "회", None, False, None),  # 20 runs a day (per day)
    ("지역 기업 12개사 참가", "12개사", 12, "개사", None, False, None),  # 개사 names companies
    ("국제드론쇼 개최…관람객 30만명 목표", "30만명", 300_000, "명", None, False, None),  # 30×10⁴; 목표 is the goal, not what is counted
    ("올해 방문객 4만여명 예상", "4만여명", 40_000, "명", None, True, None),  # 4×10⁴, 여 → approximate; 예상 is an estimate
    ("누리조선, LNG운반선 2척 수주", "2척", 2, "척", None, False, None),  # 수주 (an order won) is the head-line verb
    ("대출 금리 1.5%p 인하…3만명 혜택", "3만명", 30_000, "명", None, False, None),  # 3×10⁴; 혜택 is no thing counted
    ("119지역대가 전국에 71곳 운영 중이다.", "71곳", 71, "곳", None, False, None),  # 운영 is what is done
    ("참가자는 100여명 밖에 되지 않았다.", "100여명", 100, "명", None, True, None),  # 밖에 = only; 여 → approximate
    ("필리핀인 5명 인도네시아 23명이 입국했다.", "5명", 5, "명", None, False, None),  # 인도네시아 opens the next item: a place is never counted
    ("의료진 64명 전원을 격리했다.", "64명", 64, "명", None, False, None),  # 전원 = all of them
    ("해외 18개국 영화 120편을 상영한다.", "18개국", 18, "개국", None, False, None),  # 18 countries, not films
    ("총 2030세대 규모 단지를 짓는다.", "2030세대 규모", 2_030, "세대", None, False, "규모"),  # households: 규모 follows
    ("본사는 지상 7층 건물이다.", "7층", 7, "층", None, False, None),  # 층 counts storeys, not 건물
    ("가점 1점 부여", "1점", 1, "점", None, False, None),  # 부여 is the head-line verb
    ("공공임대 500호를 공급한다.", "500호", 500, "호", None, False, None),  # housing units
    ("현장 점검은 연 3회 실시한다.", "3회", 3, "회", None, False, None),  # three times (no 부터/올해로)
    ("관객 5천 명 넘게 몰렸다.", "5천 명 넘게", 5_000, "명", None, False, "넘게"),  # 5×10³, more than
    ("1천300명 가까이 대피했다.", "1천300명 가까이", 1_300, "명", None, True, None),  # 1000+300, nearly
    ("그는 같은 질문을 3회 말했다.", "3회", 3, "회", None, False, None),  # 말했다 is a verb, not the bottom of an inning
    ("올해 전국 226개 시·군·구가 참여한다.", "226개", 226, "개", "시·군·구", False, None),  # the dotted list is counted
    ("교육부는 12개 시·도 교육청과 협약을 맺었다.", "12개", 12, "개", "시·도 교육청", False, None),  # one office per province: counted together
    ("도내 14개 시·군 보건소가 접종을 맡는다.", "14개", 14, "개", "시·군 보건소", False, None),  # one health centre per city/county
    ("17개 시·도 관계자가 회의에 참석했다.", "17개", 17, "개", "시·도", False, None),  # people, not institutions: the provinces are counted
    ("전국 16개 시·도 중 9위다.", "16개", 16, "개", "시·도", False, None),  # 중 is no institution
    ("상담은 최대 3회까지 받을 수 있다.", "최대 3회", 3, "회", None, False, "최대"),  # 최대 … 까지: up to three times
    ("점검은 연 2회까지 허용된다.", "2회", 2, "회", None, False, None),  # a rate (연) before it: a count
    ("누적 공연 횟수는 300회에 달한다.", "300회", 300, "회", None, False, None),  # 에 달한다 (reaches): a quantity, not episode 300
    ("소방차 출동은 연간 1,200회에 달한다.", "1,200회", 1_200, "회", None, False, None),  # comma groups; 연간 is the rate
    ("한빛필름은 영화 120편을 상영한다.", "120편", 120, "편", None, False, None),  # 영화 is no series word: a count
    ("그는 신제품 발표를 세 번 미뤘다.", "세 번", 3, "번", None, False, None),  # a native numeral: always a count
    ("참여 기업 10곳 중 7곳이 만족했다.", "10곳", 10, "곳", None, False, None),  # 10곳 중 7곳: two counts (kept)
    ("참여 기업 10곳 중 7곳이 만족했다.", "7곳", 7, "곳", None, False, None),  # … the part, 7
    # a verbal noun after the count is what is done with it, not what is counted
    ("정부는 외국인 근로자 800명 추가 도입을 결정했다.", "800명", 800, "명", None, False, None),  # 추가 is no noun counted
    ("간호 인력 2천명 증원을 추진한다.", "2천명", 2_000, "명", None, False, None),  # 2×10³; 증원 = an increase
    ("한빛자동차는 인력 1,000명 감축에 나섰다.", "1,000명", 1_000, "명", None, False, None),  # comma groups; 감축 = a cut
    ("올해 300명 신입사원을 뽑는다.", "300명", 300, "명", "신입사원", False, None),  # a noun of people: still counted
    # 회 before a noun is an ordinal (10회 대회), except before an action done again and again
    ("이 배터리는 1,000회 충·방전 이후에도 용량의 95%를 유지한다.", "1,000회", 1_000, "회", "충·방전", False, None),  # comma groups; 충·방전 repeated
    ("시제품은 3,000회 충방전 시험을 통과했다.", "3,000회", 3_000, "회", "충방전", False, None),  # 3×10³ charge cycles
    ("어르신들은 독감 백신 2회 접종을 마쳤다.", "2회", 2, "회", "접종", False, None),  # two doses
    ("신소재 원단은 50회 세탁 후에도 색이 바래지 않는다.", "50회", 50, "회", "세탁", False, None),  # fifty washes
]


@pytest.mark.parametrize("sentence, span, value, unit, counted, approximate, qualifier", COUNTS)
def test_counts(find_amount, sentence, span, value, unit, counted, approximate, qualifier):
    a = find_amount(sentence, span)
    assert a.kind == "COUNT"
    assert a.value == Decimal(value)
    assert a.unit == unit
    assert a.counted == counted
    assert a.approximate is approximate
    assert a.qualifier == qualifier
    assert a.rule_id.startswith("count.") and a.rule_id.endswith(".v1")


RANGES = [
    ("참가자는 3~5명이다.", "3~5명", 3, 5),                # 3 … 5
    ("직원 100∼200명을 뽑는다.", "100∼200명", 100, 200),   # 100 … 200
    ("관객 3~5만 명이 예상된다.", "3~5만 명", 30_000, 50_000),  # 3×10⁴ … 5×10⁴ (만 applies to both)
    ("두세 명이 한 조를 이룬다.", "두세 명", 2, 3),        # 두세 = 2~3
    ("서너 곳을 더 연다.", "서너 곳", 3, 4),               # 서너 = 3~4
]


@pytest.mark.parametrize("sentence, span, value, value_max", RANGES)
def test_count_ranges(find_amount, sentence, span, value, value_max):
    a = find_amount(sentence, span)
    assert (a.kind, a.value, a.value_max) == ("COUNT", Decimal(value), Decimal(value_max))


NOT_COUNTS = [
    ("20대 여성이 가장 많았다.", "20대"),            # an age group, not 20 vehicles
    ("참석자 가운데 20대가 가장 많았다.", "20대"),   # no machine noun before it: an age group
    ("20회 졸업생들이 모교를 찾았다.", "20회"),       # no rate before it: the 20th graduating class
    ("세계 3대 영화제에 초청됐다.", "3대"),           # 'top three', not three vehicles
    ("5세대 이동통신을 구축한다.", "5세대"),          # a generation, not households
    ("한편 정부는 대책을 내놨다.", "한편"),           # meanwhile
    ("4번 타자로 나섰다.", "4번"),                    # a batting order
    ("두 번째 공장을 세운다.", "두 번"),              # an ordinal
    ("형사 4팀이 수사한다.", "4팀"),                  # a team number
    ("경기도와 협약을 맺었다.", "경기"),              # 경 + 기 is not 10¹⁶ reactors
    ("만기가 도래했다.", "만기"),                     # 만 + 기 is a word
    ("천장이 무너졌다.", "천장"),                     # 천 + 장 is a word
    ("구조자는 모두 귀가했다.", "구조자"),            # 구 + 조 + 자 is a word
    ("세종에서 회의가 열렸다.", "세종"),              # a city
    ("다시 한 번 강조했다.", "한 번"),                # an idiom
    ("2주 뒤에 발표한다.", "2주"),                    # weeks, not shares
    ("문제는 하나도 없었다.", "하나"),                # not even one = zero
    ("사고는 한 번도 없었다.", "한 번"),              # not even once = zero
    ("단 한 명도 다치지 않았다.", "한 명"),           # not a single person = zero
    ("매출이 두 자릿수 성장을 기록했다.", "두 자릿수"),  # a number of digits (10–99 %), not two things
    ("세 자릿수 증가율을 보였다.", "세 자릿수"),        # three digits
    ("수출은 두 자리 수 증가율을 기록했다.", "두 자리"),  # spaced: still a number of digits
    ("한 자릿수 성장에 그쳤다.", "한 자릿수"),          # one digit
    ("2인 가구가 늘었다.", "2인"),                    # a household type, not two persons counted
    ("지하철역에서 1인 시위를 벌였다.", "1인"),       # a one-person protest
    ("1인당 20만 원을 지급한다.", "1인"),            # 1인당: a rate's denominator
    ("전기차 1대당 3천만 원을 보조한다.", "1대"),    # 1대당: a rate's denominator
    ("1개사당 최대 5천만원을 지원한다.", "1개사"),   # 1개사당
    ("가구당 50만 원, 1회당 10만 원을 준다.", "1회"),  # 1회당
    ("인구 10만명당 5명꼴이다.", "10만명"),          # 10만명당: a denominator, not 10⁵ people
    ("평가는 2인 1조로 진행된다.", "2인"),            # a group size (teams of two)
    ("숙소는 4인 1실이다.", "4인"),                  # four to a room
    ("2030세대가 소비를 이끈다.", "2030세대"),        # people in their 20s and 30s, not 2,030 households
    ("만에 하나 사고가 나면 즉시 보고한다.", "하나"),  # 만에 하나 = 'in the unlikely event'
    ("위성 아리랑 5호를 발사했다.", "5호"),          # a satellite's name, not five units
    ("이번 사업은 1석 2조의 효과가 있다.", "1석"),   # an idiom, not one seat
    ("드라마는 2회부터 재미있어진다.", "2회"),       # from the second episode: an ordinal
    ("시리즈는 3편부터 달라졌다.", "3편"),           # from part three
    ("축제는 올해로 16회를 맞았다.", "16회"),         # the 16th edition
    ("그는 8회 초 수비에 나섰다.", "8회"),           # the top of the eighth inning
    ("한빛애니 시리즈 1편이 다음 달 개봉한다.", "1편"),  # the first film of a series
    ("1편에 이어 2편도 흥행했다.", "1편"),            # 1편에 이어: an ordinal
    ("드라마는 7회에도 시청률 10%를 넘었다.", "7회"),  # in the seventh episode
    ("드라마는 16회까지 방송된다.", "16회"),           # through episode 16
    ("김 후보는 비례대표 11번을 받았다.", "11번"),     # a list number
    ("투표용지 기호 2번 후보", "2번"),                 # a ballot number
    ("이는 3번에 해당하는 사례다.", "3번"),            # item 3
    ("한빛FC는 두 경기째 승리가 없다.", "두 경기째"),  # 째: the second game in a row
    # a free-standing native numeral is "one of" or a pronoun, never a reported amount
    ("한빛전자는 주주환원 정책의 하나로 배당을 결정했다.", "하나"),  # 정책의 하나로 = 'as one of its policies'
    ("가장 큰 과제 중 하나는 인력 확보다.", "하나"),        # 중 하나 = 'one of'
    ("그 가운데 하나는 수출용이다.", "하나"),              # 가운데 하나 = 'one of them'
    ("두 기업은 둘 다 흑자를 냈다.", "둘"),                # 둘 다 = 'both'
    ("개막식에는 둘이 함께 참석했다.", "둘"),              # 둘이 = 'the two of them'
    ("부스를 하나씩 돌며 설명을 들었다.", "하나"),          # 하나씩 = 'one by one'
    ("제20회 한빛영화제에 앞서 20회 영화제 포스터를 공개했다.", "20회"),  # 20회 영화제: the 20th festival (영화제 is no repeated action)
    ("그는 한빛고 3회 졸업생이다.", "3회"),  # the third graduating class
]


@pytest.mark.parametrize("sentence, span", NOT_COUNTS)
def test_not_counts(make_ctx, sentence, span):
    ctx = make_ctx(sentence)
    assert span not in [a.text for a in amounts.extract(ctx) if a.kind == "COUNT"]
