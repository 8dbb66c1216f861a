"""Persons with titles: the PERSON span is the name; title and org are fields.

Sentences written for these tests in press-release style (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities


def persons(make_ctx, text):
    found = entities.extract(make_ctx(text))
    for e in found:
        assert text[e.start:e.end] == e.text
    return [e for e in found if e.label == "PERSON"]


TITLED = [
    # text, span, name, title, org
    ("박정훈 시장은 개막식에서 축사를 했다.", "박정훈", "박정훈", "시장", None),
    ("윤서연 교수가 연구를 이끌었다.", "윤서연", "윤서연", "교수", None),
    ("마이클 도슨 회장은 방한 일정을 마쳤다.", "마이클 도슨", "마이클 도슨", "회장", None),
    ("이도윤 한빛테크 대표가 참석했다.", "이도윤", "이도윤", "대표", "한빛테크"),
    # title compound: 울산광역시 + 장 → org 울산광역시, title 시장
    ("박정훈 울산광역시장이 인사말을 했다.", "박정훈", "박정훈", "시장", "울산광역시"),
    # 경기도 + 지사 → title 도지사
    ("김민재 경기도지사는 현장을 방문했다.", "김민재", "김민재", "도지사", "경기도"),
    ("김광수 제주도교육감이 참석했다.", "김광수", "김광수", "교육감", "제주도"),  # 제주도 + 교육감 (title_compounds.tsv)
    # a county (군, places.tsv) + 수 → org the county, title 군수; the province between name and title
    ("이날 행사에는 이용록 홍성군수가 참석했다.", "이용록", "이용록", "군수", "홍성군"),
    ("임창호 경상남도 함양군수가 뒤를 이었다.", "임창호", "임창호", "군수", "함양군"),  # no person 경상남 (도 ≠ a particle)
    ("김돈곤 충남 청양군수는 환영사를 했다.", "김돈곤", "김돈곤", "군수", "청양군"),
    ("김광수 도교육감 등이 참석했다.", "김광수", "김광수", "도교육감", None),  # the province unnamed: the title whole
    ("▲ 상무보 박지훈", "박지훈", "박지훈", "상무보", None),  # a rank on a personnel notice line
    # a department's head or a prefixed title before the name on a notice line (before: no title)
    ("[인사] 울산시 ▲경제산업실장 최영수", "최영수", "최영수", "경제산업실장", None),
    ("▲상근부회장 정우성", "정우성", "정우성", "상근부회장", None),
    # a bank's head written with the bank (title_compounds.tsv 은행 + 장): org 한빛은행, title 은행장
    ("신임 정성호 한빛은행장은 1968년생이다.", "정성호", "정성호", "은행장", "한빛은행"),
    # a team glued after the title (교수팀, 박사팀): the title is the person's
    ("강민서 교수팀은 신소재를 개발했다.", "강민서", "강민서", "교수", None),
    ("한국에너지기술연구원 박도현 박사팀과 공동으로 개발했다.", "박도현", "박도현", "박사", "한국에너지기술연구원"),
    # a title that is never a common noun ([sure_titles]) takes a name Kiwi cut (임종/NNG 식/NNG)
    ("임종식 도교육감 등이 참석할 예정이다.", "임종식", "임종식", "도교육감", None),
    ("정하늘 산업통상자원부 장관이 참석했다.", "정하늘", "정하늘", "장관", "산업통상자원부"),
    ("남궁민수 이사장은 취임했다.", "남궁민수", "남궁민수", "이사장", None),
    ("최영수 당선인은 소감을 밝혔다.", "최영수", "최영수", "당선인", None),
    # a staff title after another title is the person's, of that title ([staff_titles])
    ("이정현 당선인 정무팀장은 기자들과 만났다.", "이정현", "이정현", "당선인 정무팀장", None),
    ("김영훈 대통령 비서실장은 기자들과 만났다.", "김영훈", "김영훈", "대통령 비서실장", None),
    # a title glued after 상근/수석/사외/제N … (entity_rules.toml [title_prefix]) is a title, written whole
    # (before: 김영수 a name with no title, no org)
    ("김영수 산업통상자원부 제1차관이 참석했다.", "김영수", "김영수", "제1차관", "산업통상자원부"),
    ("정우성 한국바이오협회 상근부회장이 참석했다.", "정우성", "정우성", "상근부회장", "한국바이오협회"),
    ("이민호 한빛테크 수석부사장이 참석했다.", "이민호", "이민호", "수석부사장", "한빛테크"),
    ("김하늘 한빛테크 사외이사는 말했다.", "김하늘", "김하늘", "사외이사", "한빛테크"),
    # a city's or a province's deputy named by the remit (경제/정무/행정 + 부시장/부지사); before: no title,
    # no org (박지현, which Kiwi cuts 박지/NNP 현/MM, was no person at all)
    ("박지현 부산시 경제부시장은 축사를 했다.", "박지현", "박지현", "경제부시장", "부산시"),
    ("김민수 서울시 정무부시장은 이날 참석했다.", "김민수", "김민수", "정무부시장", "서울시"),
    ("이수진 경기도 경제부지사는 말했다.", "이수진", "이수진", "경제부지사", "경기도"),
    # a listed foreign first name + a one-syllable Korean surname (entity_rules.toml [foreign_names]
    # surnames_after_first_name: 리): a foreign-born person (before: PERSON 마크 alone, no title, no org)
    ("마크 리 노바텍 사장이 참석했다.", "마크 리", "마크 리", "사장", "노바텍"),
    ("데이비드 김 노바텍 대표는 말했다.", "데이비드 김", "데이비드 김", "대표", "노바텍"),
    ("존 박 대표는 말했다.", "존 박", "존 박", "대표", None),
    # …and a remit written as two words between the organisation and the title (아시아태평양 총괄)
    ("마크 리 노바텍 아시아태평양 총괄 사장이 참석했다.", "마크 리", "마크 리", "사장", "노바텍"),
    ("존 스미스 노바텍 아시아태평양 총괄 사장이 참석했다.", "존 스미스", "존 스미스", "사장", "노바텍"),
    ("김영훈 장관 정책보좌관이 배석했다.", "김영훈", "김영훈", "장관 정책보좌관", None),
    # …not two titles of one person (대표이사 사장: the first is kept, as before)
    ("김민수 대표이사 사장은 취임했다.", "김민수", "김민수", "대표이사", None),
    # 전 (former) between the name and the title
    ("박지훈 전 대표가 설명했다.", "박지훈", "박지훈", "대표", None),
    # the title before the name, the organisation before the parenthesis
    ("오름데이터(대표 서지민)는 상을 받았다.", "서지민", "서지민", "대표", "오름데이터"),
    ("해양수산부(장관 윤서후)는 공모를 시작했다.", "윤서후", "윤서후", "장관", "해양수산부"),  # 후: a given-name syllable
    # …a name Kiwi reads as common nouns (홍남표/NNG; 김정/NNP 민/NNG) closing the note is taken too
    ("창원시(시장 홍남표)는 지원책을 밝혔다.", "홍남표", "홍남표", "시장", "창원시"),
    ("경상남도(도지사 김정민)는 26일 밝혔다.", "김정민", "김정민", "도지사", "경상남도"),
    # …a name Kiwi ends with a bound noun (윤/NNP 진/NNG 식/NNB), and one with a note after a comma
    ("한국무역협회(회장 윤진식)와 한빛은행은 협약했다.", "윤진식", "윤진식", "회장", "한국무역협회"),
    ("한국무역협회(회장 윤진식, 이하 무역협회)는 밝혔다.", "윤진식", "윤진식", "회장", "한국무역협회"),
    # an embassy's attachés (titles.tsv 상무관, 서기관; before: the person had no title)
    ("마크 리처드슨 주한미국대사관 상무관 등 40여 명이 참석했다.", "마크 리처드슨", "마크 리처드슨", "상무관", "주한미국대사관"),
    # the organisation alone in parentheses right after the title (before: no organisation); not
    # one among other words there
    ("정태호 의원(더불어민주당)은 법안을 발의했다.", "정태호", "정태호", "의원", "더불어민주당"),
    ("김민수 대표(한빛테크 창업자)는 말했다.", "김민수", "김민수", "대표", None),
    # a three-syllable name whose last syllable Kiwi reads as a determiner (윤서/NNP 연/MM) before an
    # organisation and a title (before: no person)
    ("윤서연 한빛연구소 연구원이 발표했다.", "윤서연", "윤서연", "연구원", "한빛연구소"),
    # a bulleted line of a personnel notice: a title, then a name Kiwi cuts (박성/NNP 진/NNG) at the end
    # (the heading above names the organisation: test_a_notice_heading_names_the_organisation_of_its_lines)
    ("◇ 한빛금융지주\n▲ 리스크관리담당 상무 박성진\n", "박성진", "박성진", "상무", "한빛금융지주"),
    ("▲ 상무 박성진 (리스크관리담당)\n", "박성진", "박성진", "상무", None),
    # …a name whose surname Kiwi reads as a determiner (이/MM 서진/NNG; before: no title)
    ("▲ 전무 이서진(미주법인장)\n", "이서진", "이서진", "전무", None),
    # NAME ORG(ALIAS) TITLE: the alias in parentheses between the organisation and the title
    ("이정우 한국과학기술원(KAIST) 교수는 말했다.", "이정우", "이정우", "교수", "한국과학기술원"),
    ("이정우 한빛로보틱스(Hanbit Robotics) 대표는 말했다.", "이정우", "이정우", "대표", "한빛로보틱스"),
    # a name Kiwi cuts into pieces (김/NNP 태/NNG 윤/NNG; 이/MM 가온/NNG) before an organisation and a title
    ("김태윤 한결모터스 대표는 말했다.", "김태윤", "김태윤", "대표", "한결모터스"),
    ("이가온 가온푸드 대표는 말했다.", "이가온", "이가온", "대표", "가온푸드"),
    ("강석호 어바인 시장의 뒤를 이었다.", "강석호", "강석호", "시장", "어바인"),  # before: 어바인 the person
    # two titles in a row: the first is the title, not an organisation (대표이사 사장)
    ("김민수 대표이사 사장은 밝혔다.", "김민수", "김민수", "대표이사", None),
    # names Kiwi cuts into pieces (김/NNP 태/NNG 용/XSN) are taken right before a title
    ("김태용 감독이 메가폰을 잡았다.", "김태용", "김태용", "감독", None),
    # a department + the head of a unit is one title (경제통상국 + 장), the organisation before it
    ("박은영 경남도 경제통상국장은 계획을 밝혔다.", "박은영", "박은영", "경제통상국장", "경남도"),
    ("김도현 한빛테크 해외사업본부장이 발표했다.", "김도현", "김도현", "해외사업본부장", "한빛테크"),
    ("최현우 KOTRA 하노이무역관장은 설명했다.", "최현우", "최현우", "하노이무역관장", "KOTRA"),  # 무역관 + 장
    ("정은비 한빛은행 기업금융그룹장이 말했다.", "정은비", "정은비", "기업금융그룹장", "한빛은행"),
    ("한빛대 박지훈 산학협력단장이 참석했다.", "박지훈", "박지훈", "산학협력단장", "한빛대"),  # 산학협력단 + 장
    ("세온바이오 이수민 연구소장은 설명했다.", "이수민", "이수민", "연구소장", "세온바이오"),  # 연구소 + 장
    # the organisation found earlier (with its legal form) right before the name
    ("㈜가온정밀과 협약했다. 가온정밀 유지훈 대표가 서명했다.", "유지훈", "유지훈", "대표", "가온정밀"),
    # the organisation before the name: 한빛메디텍 박성진 대표 (the ORG itself is found apart)
    ("한빛메디텍 박성진 대표는 말했다.", "박성진", "박성진", "대표", "한빛메디텍"),
    # a personnel notice: the new rank before the name, the position in parentheses after it
    ("▲ 부사장 한도윤(전략기획부문장)", "한도윤", "한도윤", "부사장", None),
    # 전/현 between the name and the organisation (전/MM: no word before the organisation)
    ("김도현 전 한빛물류 부사장은 입장을 밝혔다.", "김도현", "김도현", "부사장", "한빛물류"),
    ("박지훈 현 한빛테크 대표가 참석했다.", "박지훈", "박지훈", "대표", "한빛테크"),
    # …and a name Kiwi cuts into pieces before 전/현 (박/NNP 현/MM 숙/NNG): it was no person
    ("박현숙 전 대표가 참석했다.", "박현숙", "박현숙", "대표", None),
    ("박현숙 현 한빛전자 사외이사가 참석했다.", "박현숙", "박현숙", "사외이사", "한빛전자"),
    # a name ending with 대 (a university's ending) before a title no university has
    ("윤석대 사장은 계약서에 서명했다.", "윤석대", "윤석대", "사장", None),
    # the organisation's short form in parentheses between it and the name
    ("한국에너지기술연구원(에너지연) 김동수 원장이 참석했다.", "김동수", "김동수", "원장", "한국에너지기술연구원"),
    # the organisation in the genitive right before the name (X의 NAME TITLE)
    ("한빛로보틱스의 김서준 대표는 말했다.", "김서준", "김서준", "대표", "한빛로보틱스"),
    ("㈜한빛테크의 지분을 김민수 대표가 인수했다.", "김민수", "김민수", "대표", None),  # not right before the name
    # (the mission's name holds where it is resident: 주베트남 한국대사관, entity_rules.toml [mission_prefix])
    ("주베트남 한국대사관 김태윤 공사참사관이 축사를 했다.", "김태윤", "김태윤", "공사참사관", "주베트남 한국대사관"),
    # …and 주 + a place between the name and the embassy (before: no title, no org)
    ("개막식에는 이민호 주베트남 한국대사관 공사참사관이 참석했다.", "이민호", "이민호", "공사참사관", "주베트남 한국대사관"),
    # a name Kiwi cuts with a non-noun piece (최/NNP 두/MM 겸/NNB): taken right before a title
    ("최두겸 울산시장은 인사말을 했다.", "최두겸", "최두겸", "시장", "울산시"),
    # a city's 시 name + 장 that Kiwi reads as one proper noun (안동시장/NNP = a market): a known city
    # (안동) + 시 is the organisation, the name cut into pieces (권/NNP 기/NNG 창/NNG) is taken before it
    ("권기창 안동시장은 인사말을 했다.", "권기창", "권기창", "시장", "안동시"),
    # a title first in parentheses after a company with its legal form after the name
    ("한빛제약㈜(대표 김서윤)은 계약을 맺었다.", "김서윤", "김서윤", "대표", "한빛제약"),
    # …and with the short form before the title inside the parenthesis (KIST·원장)
    ("한국과학기술연구원(KIST·원장 오상민)은 협약을 맺었다.", "오상민", "오상민", "원장", "한국과학기술연구원"),
    # a name Kiwi reads as a common noun (신기명/NNG) before a title word with its organisation (여수시 + 장)
    ("신기명 여수시장은 말했다.", "신기명", "신기명", "시장", "여수시"),
    # a first name Kiwi reads as an adverb (부디/MAG) opens the foreign name (entity_rules [foreign_names])
    ("인도네시아 협력부의 부디 산토소 장관은 협약식에 참석했다.", "부디 산토소", "부디 산토소", "장관", None),
    # three foreign words before a mayor, a listed first name first: 존 하트웰 is the name, 케이티 the city
    ("미국 텍사스주 존 하트웰 케이티 시장은 축사를 했다.", "존 하트웰", "존 하트웰", "시장", "케이티"),
    # …and not for a title that heads no place: 조지 워커 부시, three words, all the name
    ("조지 워커 부시 회장은 협약식에 참석했다.", "조지 워커 부시", "조지 워커 부시", "회장", None),
    # two foreign words, then a company by its ending: the name, then the person's organisation
    ("마이클 도슨 한빛테크 대표는 말했다.", "마이클 도슨", "마이클 도슨", "대표", "한빛테크"),
    # the C-level titles written out in Korean (titles.tsv): 최고재무책임자 = CFO
    ("김도현 한빛전자 최고재무책임자는 실적을 설명했다.", "김도현", "김도현", "최고재무책임자", "한빛전자"),
    ("김정회 교수가 연구 성과를 발표했다.", "김정회", "김정회", "교수", None),  # …회 before a title stays a name
    ("이서윤 오름데이터 최고운영책임자가 발표했다.", "이서윤", "이서윤", "최고운영책임자", "오름데이터"),
    # ㈜바로/MAG 배송/NNG: the adverb opens a company name next to its legal-form mark
    ("김하은 ㈜바로배송 팀장은 물류 혁신 방안을 발표했다.", "김하은", "김하은", "팀장", "바로배송"),
    # a department between the organisation and the name: the person's org is the organisation
    ("한빛대학교 화학공학과 최윤아 교수가 센터장을 맡는다.", "최윤아", "최윤아", "교수", "한빛대학교"),
    ("한빛전자 반도체사업부 김민수 부사장이 참석했다.", "김민수", "김민수", "부사장", "한빛전자"),
    # 공사 (a minister) is a title only right after a mission (entity_rules.toml [mission_prefix] titles)
    ("준공식에는 김영호 주베트남 한국대사관 공사 등이 참석했다.", "김영호", "김영호", "공사", "주베트남 한국대사관"),
    ("다나카 히로시 주한일본대사관 공사가 방문했다.", "다나카 히로시", "다나카 히로시", "공사", "주한일본대사관"),
    ("김철수 한빛건설 공사 현장에서 사고가 났다.", "김철수", "김철수", None, None),  # works, not a title
    # a unit head written with a Latin department after the name (IT본부장: before, no title)
    ("김민수 IT본부장은 말했다.", "김민수", "김민수", "IT본부장", None),
    ("서울대병원 소아청소년과 박지현 교수는 설명했다.", "박지현", "박지현", "교수", "서울대병원"),  # a hospital's …과
    # …with the organisation's alias in parentheses, and 학과 that Kiwi reads as 기계공학/NNP 과/JC
    ("한국과학기술원(KAIST) 기계공학과 이정민 교수 연구팀은 배터리를 개발했다.", "이정민", "이정민", "교수", "한국과학기술원"),
    # …but 과 as "and" after a word is no department
    ("한빛전자 직원들과 김민수 대표가 참석했다.", "김민수", "김민수", "대표", None),
    # …or, with none right before the department, the organisation the sentence opens with as its subject
    ("청람대학교는 신소재공학과 강민서 교수 연구팀이 소재를 개발했다.", "강민서", "강민서", "교수", "청람대학교"),
    # …and a department read as an ORG of its own (영업본부: …본부) gives way to that subject
    ("㈜한빛테크는 영업본부 김민수 상무가 발표했다고 밝혔다.", "김민수", "김민수", "상무", "한빛테크"),
    # …and with no organisation before the department nor opening the sentence, none
    ("센터는 화학공학과 최윤아 교수가 맡는다.", "최윤아", "최윤아", "교수", None),
    # a long last word (6+ syllables) that ends like a surname is part of the name, no unit
    # (before: 사울레 alone): 토+바 (-ova, vowel ㅗ before 바), 노+프 (-ov), …비치 (-vich)
    ("사울레 누르마감베토바 총장은 협력을 강조했다.", "사울레 누르마감베토바", "사울레 누르마감베토바", "총장", None),
    ("세릭 아브두라흐마노프 대표는 계약서에 서명했다.", "세릭 아브두라흐마노프", "세릭 아브두라흐마노프", "대표", None),
    ("올레나 코발렌코비치 교수가 발표했다.", "올레나 코발렌코비치", "올레나 코발렌코비치", "교수", None),
    # …and a shorter one after a first name of two syllables is no organisation (before: 안나, org
    # 이바노바 and an ORG 이바노바)
    ("안나 이바노바 교수가 연구 결과를 발표했다.", "안나 이바노바", "안나 이바노바", "교수", None),
    # negative: after a Korean full name the word is the company (테크노바 ends in 노+바 all the same)
    ("김민수 테크노바 대표는 투자 계획을 밝혔다.", "김민수", "김민수", "대표", "테크노바"),
]


@pytest.mark.parametrize("text, span, name, title, org", TITLED)
def test_titled_persons(make_ctx, text, span, name, title, org):
    found = persons(make_ctx, text)
    assert [(e.text, e.name, e.title, e.org) for e in found] == [(span, name, title, org)]


@pytest.mark.parametrize("text, org", [
    ("창원시(시장 홍남표)는 지원책을 밝혔다.", "창원시"),           # the city's government, whose mayor is named
    ("경상남도(도지사 김정민)와 협약을 맺었다.", "경상남도"),       # the province's government, not a place
])
def test_body_before_its_heads_note_is_an_org(make_ctx, text, org):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.text) for e in found if e.text == org] == [("ORG", org)]


def test_a_title_between_name_and_title_is_no_org(make_ctx):
    found = entities.extract(make_ctx("한빛테크 김민수 대표이사 사장은 밝혔다."))
    assert [(e.label, e.text) for e in found] == [("ORG", "한빛테크"), ("PERSON", "김민수")]


@pytest.mark.parametrize("text, name, title, org", [
    # a name read whole by another rule takes the title word right after it
    ("존 스미스 부사장은 말했다.", "존 스미스", "부사장", None),
    # …or the title after the organisation found right after the name
    ("권오성 ㈜다온 대표는 말했다.", "권오성", "대표", "다온"),         # the ORG's name, without ㈜
    ("사티아 나델라 마이크로소프트 CEO는 말했다.", "사티아 나델라", "CEO", "마이크로소프트"),
    # …not a word that is no title (씨 is an honorific)
    ("김철수 씨 대표로 나섰다.", "김철수", None, None),
    ("인수위원회는 이명박 정부 대통령직 인수위원회였다.", "이명박", None, None),  # 정부 alone, 대통령직 an office
    # an age in parentheses between the name and the title (before: 한지우 with no title)
    ("한지우(52) 부사장은 이날 취임했다.", "한지우", "부사장", None),
    ("신임 대표에 한지우(52세) 부사장을 선임했다.", "한지우", "부사장", None),
    ("한지우(52) 한빛테크 부사장은 이날 취임했다.", "한지우", "부사장", "한빛테크"),  # …and an ORG after it
    # a foreign full name before an organisation with its alias in brackets, then the title (before:
    # the name with no title, as a Korean name had)
    ("마이클 존슨 주한미국상공회의소(AMCHAM) 회장이 참석했다.", "마이클 존슨", "회장", "주한미국상공회의소"),
    # negative: a particle after the age ends the phrase; 씨 after the age is no title
    ("한지우(52)는 부사장이다.", "한지우", None, None),
    ("김철수(45) 씨 대표로 나섰다.", "김철수", None, None),
])
def test_person_takes_the_title_after_it(make_ctx, text, name, title, org):
    found = [e for e in entities.extract(make_ctx(text)) if e.label == "PERSON"]
    assert [(e.name, e.title, e.org) for e in found] == [(name, title, org)]


def test_a_ship_between_name_and_title_is_no_org(make_ctx):
    found = entities.extract(make_ctx("실종된 양대홍 세월호 사무장을 언급했다."))
    assert [e.text for e in found if e.label == "ORG"] == []  # 세월호 is a ship


def test_an_age_in_parentheses_is_no_alias(make_ctx):
    # 베르골리오(76) 추기경: (76) is an age; the word before it is no organisation of the title
    found = entities.extract(make_ctx("호르헤 마리오 베르골리오(76) 추기경이 선출됐다."))
    assert [e.text for e in found if e.label == "ORG"] == []


def test_org_between_name_and_title_is_an_org(make_ctx):
    text = "이도윤 한빛테크 대표가 참석했다."
    found = entities.extract(make_ctx(text))
    assert ("ORG", "한빛테크") in [(e.label, e.text) for e in found]


def test_name_ending_with_dae_is_a_person_in_every_mention(make_ctx):
    text = "윤석대 사장은 취임했다. 행사에는 윤석대와 직원들이 참석했다."
    found = entities.extract(make_ctx(text))
    # the second 윤석대 (at 19: "윤석대 사장은 취임했다. 행사에는 " = 14 + 5 characters) is the person
    # again (a repeated name), no ORG by the ending 대
    assert [(e.label, e.start, e.name) for e in found] == [("PERSON", 0, "윤석대"), ("PERSON", 19, "윤석대")]


def test_short_reference_links_to_full_name(make_ctx):
    text = "박정훈 울산광역시장이 축사를 했다. 박 시장은 지원을 약속했다."
    found = persons(make_ctx, text)
    # 박정훈 at 0; "박" at 20 (박정훈 울산광역시장이 축사를 했다. = 20 characters before it)
    assert [(e.start, e.text, e.name) for e in found] == [(0, "박정훈", "박정훈"), (20, "박", "박정훈")]
    assert found[0].entity_id == found[1].entity_id


SHORT_REFERENCES = [
    # text, (offset, surface, name) of each PERSON: the short one takes the full name by linking
    # 한/MM 부사장 after 한지훈 부사장
    ("한지훈 부사장을 신임 대표로 선임했다. 한 부사장은 반도체 사업을 이끌었다.",
     [(0, "한지훈", "한지훈"), (22, "한", "한지훈")]),  # 3+1+4+1+2+1+3+1+5+1 = 22 characters before 한
    # 이/MM 대표: "이서준 대표는 말했다. " is 13 characters
    ("이서준 대표는 말했다. 이 대표는 투자를 늘린다.", [(0, "이서준", "이서준"), (13, "이", "이서준")]),
]


@pytest.mark.parametrize("text, expected", SHORT_REFERENCES)
def test_determiner_surname_is_a_short_reference(make_ctx, text, expected):
    found = persons(make_ctx, text)
    assert [(e.start, e.text, e.name) for e in found] == expected
    assert len({e.entity_id for e in found}) == 1


@pytest.mark.parametrize("text, expected", [
    # 시장/NNG 과/NNG (Kiwi reads 과 as a noun at times): a surname alone before it is the short
    # reference; "김영수 시장은 밝혔다. 이날 " is 3+1+3+1+4+1+2+1 = 16 characters
    ("김영수 시장은 밝혔다. 이날 김 시장과 시의원들이 현장을 찾았다.", [(0, "김영수"), (16, "김")]),
    # 경제국 시장과 (a department): no surname before it, no person
    ("시청 경제국 시장과 직원들이 현장을 찾았다.", []),
])
def test_title_with_glued_particle(make_ctx, text, expected):
    import dataclasses

    from kopress.tokenize import Morph
    from kopress.extractors.base import Context

    ctx = make_ctx(text)
    morphs = tuple(Morph(m.start, m.end, m.form, "NNG") if m.form == "과" else m for m in ctx.morphs)
    found = entities.extract(Context(dataclasses.replace(ctx.analysis, morphs=morphs)))
    assert [(e.start, e.text) for e in found if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # 한지훈 is a 전무, not a 부사장: 한/MM 부사장 is "a vice-president", no short reference
    ("한지훈 전무가 발표했다. 한 부사장은 질문을 받았다.", ["한지훈"]),
    # 또/MAG is no listed first name: the name is 산토소 alone
    ("부디 산토소 장관이 왔다. 또 산토소 장관은 말했다.", ["부디 산토소", "산토소"]),
    # 전 before a title is "former", never the surname 전 (전지훈 부사장 … 전 부사장)
    ("전지훈 부사장이 발표했다. 그 전 부사장은 퇴임했다.", ["전지훈"]),
])
def test_determiners_and_adverbs_before_a_title(make_ctx, text, expected):
    assert [e.text for e in persons(make_ctx, text)] == expected


def test_foreign_name_before_a_company_of_the_release(make_ctx):
    """메이뱅크 has no ending the person rule knows, but is an ORG of the release (메이뱅크(Maybank)):
    the last word of 아지즈 라흐만 메이뱅크 is the person's organisation, not part of the name."""
    text = "메이뱅크(Maybank)와 협약을 맺었다. 아지즈 라흐만 메이뱅크 부행장이 참석했다."
    found = entities.extract(make_ctx(text))
    people = [(e.text, e.title, e.org) for e in found if e.label == "PERSON"]
    assert people == [("아지즈 라흐만", "부행장", "메이뱅크")]
    # "메이뱅크(Maybank)와 협약을 맺었다. 아지즈 라흐만 " is 14 + 1 + 3 + 1 + 4 + 1 + 3 + 1 + 3 + 1 = 32 characters
    assert [e.start for e in found if e.label == "ORG" and e.text == "메이뱅크"] == [0, 32]


@pytest.mark.parametrize("text, people, org_texts", [
    # a remit (구매 + 담당) between the company and the title is part of the title: 에퀴노르, an ORG of
    # the release (에퀴노르(Equinor)), is the person's organisation, 안데르스 올센 the name
    ("에퀴노르(Equinor)는 계약을 발표했다. 안데르스 올센 에퀴노르 구매담당 부사장은 말했다.",
     [("안데르스 올센", "부사장", "에퀴노르")], ["에퀴노르", "Equinor", "에퀴노르"]),
    # 영업 + 담당 (a remit): 김민수, title 상무, org 한빛테크 (before: no title at all)
    ("김민수 한빛테크 영업담당 상무는 말했다.", [("김민수", "상무", "한빛테크")], ["한빛테크"]),
    # a unit (…실, …사업부) after a company is skipped too
    ("이준호 한빛테크 경영지원실 상무는 밝혔다.", [("이준호", "상무", "한빛테크")], ["한빛테크"]),
    ("박서준 오름전자 반도체사업부 부사장은 밝혔다.", [("박서준", "부사장", "오름전자")], ["오름전자"]),
    # …and the department the ending rule reads as a body (…본부) is no ORG once a person is found across it
    ("마이클 도슨 한빛테크 아시아영업본부 부사장은 말했다.", [("마이클 도슨", "부사장", "한빛테크")], ["한빛테크"]),
    # a remit right after the name: no organisation at all (보도 + 담당 is no ORG)
    ("손석희 보도담당 사장이 복귀했다.", [("손석희", "사장", None)], []),
    # negative: a unit right after a name is the body the person serves (국가안보실 stays the ORG)
    ("김영호 국가안보실 1차장은 밝혔다.", [("김영호", "1차장", "국가안보실")], ["국가안보실"]),
    # …unless the title heads that kind of unit (영업 + 본부, title 본부 + 장): a department, the
    # company before the name is the person's (before: org 영업본부, an ORG 영업본부)
    ("한빛테크 김민수 영업본부 본부장은 신제품을 소개했다.", [("김민수", "본부장", "한빛테크")], ["한빛테크"]),
    ("오름전자 박서진 전략기획팀 팀장이 발표했다.", [("박서진", "팀장", "오름전자")], ["오름전자"]),  # 팀 + 장
    # negative: …실 + 실장 stays the body (an office of state; 실 is no headed unit)
    ("김영호 국가안보실 실장은 밝혔다.", [("김영호", "실장", "국가안보실")], ["국가안보실"]),
    # negative: a title that heads no such unit (상무) keeps the unit after a name as the body
    ("박지훈 기술본부 상무는 밝혔다.", [("박지훈", "상무", "기술본부")], ["기술본부"]),
])
def test_a_department_between_org_and_title_is_no_org(make_ctx, text, people, org_texts):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.title, e.org) for e in found if e.label == "PERSON"] == people
    assert [e.text for e in found if e.label == "ORG"] == org_texts


@pytest.mark.parametrize("text, person, org_entities", [
    # 주 + a place (駐) before a diplomat's title is where the person serves: the person's org field,
    # no ORG entity
    ("박준호 주호찌민 총영사가 참석했다.", ("박준호", "총영사", "주호찌민"), []),
    # …a company whose name starts with 주 stays an ORG (주성 is no place)
    ("김도윤 주성테크 대표가 참석했다.", ("김도윤", "대표", "주성테크"), ["주성테크"]),
])
def test_a_diplomats_post_is_no_org(make_ctx, text, person, org_entities):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.title, e.org) for e in found if e.label == "PERSON"] == [person]
    assert [e.text for e in found if e.label == "ORG"] == org_entities


def test_a_ceremony_is_no_name(make_ctx):
    """서명식/NNP: a three-syllable word Kiwi may read as a name (stop_words.tsv)."""
    found = entities.extract(make_ctx("이날 서명식에는 양사 대표들이 참석했다."))
    assert [e.text for e in found if e.label == "PERSON"] == []


OTHER_PATTERNS = [
    ("김철수(45) 씨가 신고했다.", "김철수"),     # name (age)
    ("김모 씨는 조사를 받았다.", "김"),            # surname + 모 + 씨: the surname is the name
    # surname, 모 and a title written apart: the surname (as KLUE marks 박 모 씨; before: PERSON 모)
    ("경찰은 이 모 상무를 조사했다.", "이"),
    # a train lexicon's form of a name with its title (박 당선인, 아베 총리) is read as KLUE marks it: the
    # name alone, the title apart (before: PERSON 박 당선인 — the title inside the span)
    ("박 당선인은 행사를 마친 뒤 청와대로 향했다.", "박"),
    ("아베 총리는 담화를 발표했다.", "아베"),
    ("검찰은 숨진 최 모 경위의 유서를 공개했다.", "최"),
    ("A씨는 경찰에 신고했다.", "A"),
    ("김 전 장관은 회의에 참석했다.", "김"),      # a surname before 전 + title: a short reference
    # an age note of 7 characters between the name and 씨: the name is still found (the 씨 search
    # reaches back over the note; the age search starts at the name before "(")
    ("신고자 박지윤(29·회사원) 씨가 경찰에 알렸다.", "박지윤"),
    ("현장에 있던 이모(33) 씨가 진술했다.", "이"),   # surname + 모 + (age) + 씨: the surname
]


def test_name_read_as_a_verb_before_an_organisation_and_title(make_ctx):
    found = persons(make_ctx, "김영훈 사장과 박지은 누리바이오 부사장이 참석했다.")
    # Kiwi: 박/NNP 짓/VV-I 은/ETM; the three letters are a surname and given syllables
    assert [(e.text, e.title, e.org) for e in found if e.label == "PERSON"] == [
        ("김영훈", "사장", None), ("박지은", "부사장", "누리바이오")]


@pytest.mark.parametrize("text, names", [
    # two Korean names the lexicon knows, side by side: two people (a known name takes a foreign
    # word beside it into a full name, 데이비드 + 베컴, but never a Korean name's neighbour)
    ("안성기 정우성 주연의 영화가 다음 달 개봉한다.", ["안성기", "정우성"]),
    ("시상식에는 정운찬 고건 전 총리가 참석했다.", ["정운찬", "고건"]),
    ("데이비드 베컴이 내한했다.", ["데이비드 베컴"]),
])
def test_known_names_side_by_side(make_ctx, text, names):
    assert [e.text for e in persons(make_ctx, text)] == names


@pytest.mark.parametrize("text, span", OTHER_PATTERNS)
def test_other_person_patterns(make_ctx, text, span):
    assert [e.text for e in persons(make_ctx, text)] == [span]


NOT_PERSONS = [
    "전임 장관은 이같이 말했다.",          # 전임 (former): two syllables, no name before a sure title
    "상무 12명, 상무보 21명 등 임원 33명의 승진 인사를 단행했다.",  # 상무보: a rank (titles.tsv), no name
    "한빛협회(회장 직무대행)는 입장을 밝혔다.",   # a common noun closing the note: no name
    "한빛협회(회장 선출식, 이사회)가 열렸다.",    # 선출식 (a ceremony): 선 is a surname, 출 no given syllable
    "한빛전자 코리아 시장 점유율이 높아졌다.",  # 코리아 is a country word (시장 = market), no foreign name
    "회사는 상무 박성진 체제로 바뀌었다.",   # no bullet line: 박성/NNP 진/NNG mid-sentence is no name
    "▲ 상무 전문가\n",                       # a common noun after the title on a bullet line
    "▲ 상무 이번주\n",                       # 이/MM + a word that is no given name (번, 주)
    "시장은 회복세를 보였다.",                      # a title without a name (시장 = market)
    "모 상무는 말했다.",                            # 모 (a certain): no surname before it
    "차량용 태양광 루프 공급 계약을 맺었다.",        # 루프 (a roof): the train lexicon's name once, a stop word
    "이 병원은 2021년 3월 다빈치 Xi를 도입했다.",   # 다빈치 (a surgical robot): the same
    "안동시장 상인들이 모였다.",                    # 안동시장 = the market: no name before it
    "클라우드 관리 서비스 기업이 늘었다.",          # 관리 (management) is a train-lexicon TITLE, no job title
    "영상 편집 업체가 문을 열었다.",                # 편집 (editing): the same
    "대표는 인사말을 했다.",
    "이번 회장 선거에 관심이 쏠렸다.",              # 이번 starts with a surname but is not a name
    "미국 대통령이 방한했다.",                      # a country before a title
    "관계자는 이같이 말했다.",
    "행사에는 한국과학기술원(KAIST) 교수 등이 참석했다.",  # ORG(ALIAS) TITLE with no name before it
    "전문가 위원이 검토했다.",                      # 전문가: a common noun that starts like 전+given
    "신임 이사장이 취임했다.",
    "다양한 의견을 수렴했다.",                      # 다+양: 양 after a syllable that is no surname
    "군청 앞 광장에서 행사가 열렸다.",              # 군 starting a word: no name before it
    "협약식에는 지멘스 디지털인더스트리 부사장이 참석했다.",  # a unit of 지멘스 (8 syllables), not a name
    "협약식에는 오라클 클라우드인프라스트럭처 부사장이 참석했다.",  # …처 after ㅓ: no surname's ending
    "매장을 새단장했다.",                            # 새단장 (a makeover): 단장 is a title only alone
    "한빛마트는 본점 매장을 새단장했다.",              # 새단장 after a name-like word: one syllable, no department
    "피해자 측은 경찰에 고소장을 제출했다.",            # 고소장 (a complaint): 고 is no department
    "덴마크 해운사 머스크(Maersk)가 참여했다.",       # the shipping company, not a surname alone
    "행사에는 아시아태평양 본부장이 참석했다.",        # a region before a title, no name
    # 한빛물류 before a title is a company (물류: an organisation ending), not a foreign name
    "전 한빛물류 부사장은 입장을 밝혔다.",
    "전문가 전 대표가 말했다.",  # a common noun before 전, no name
    "세온로지스틱스 대표가 참석했다.",
    # …대 before a title a university has is the university (entity_rules.toml [university_name])
    "청람대 감독은 작전을 바꿨다.",
    "한빛대 교수가 발표했다.",
    "전문가 위원장이 검토했다.",                    # a common noun before a title without an organisation in it
    # 한/MM before a title with no full name of that surname and title earlier: "a vice-president"
    "한 부사장은 질문을 받았다.",
    # a lone proper noun of three syllables ending with 회 is an association (entity_rules.toml [kiwi_name])
    "상인회 관계자 40여명이 참석했다.",
    # …nor the first word of a single-quoted title of several words (서해선/NNP: a railway line)
    "한빛건설 컨소시엄은 국토교통부로부터 '서해선 복선전철 3공구' 사업의 우선협상대상자로 선정됐다.",
    # a proper noun Kiwi reads over two words is a name only after a foreign first name
    # (entity_rules.toml [foreign_names] first_names): titles of works are not, nor their first word
    "개막작은 영화 어메이징 스파이더맨이다.",
    "영화 델마와 루이스를 상영한다.",
    # a run of foreign words with an English function word (오브: [foreign_names] not_name_words) is
    # the title of a work, no person (before: PERSON 월드 오브 워크래프트 and an ORG WOW after it)
    "신작 월드 오브 워크래프트(WOW) 확장팩이 나왔다.",
    "관객들은 에이지 오브 울트론을 관람했다.",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_not_persons(make_ctx, text):
    assert persons(make_ctx, text) == []


@pytest.mark.parametrize("text, expected", [
    # two foreign name words, then a Latin acronym of three or more capitals (the company), then the title:
    # the person works for the acronym's company (both words NNP to Kiwi)
    ("카림 알하스미 DXG 최고경영자(CEO)는 \"투자를 늘리겠다\"고 말했다.", [("카림 알하스미", "최고경영자", "DXG")]),
    ("카림 알하스미 DXG CEO는 협력 방안을 설명했다.", [("카림 알하스미", "CEO", "DXG")]),
    # a listed one-syllable first name (존) or one Kiwi reads as an adverb (부디/MAG) opens the two words
    ("존 스미스 AHG 대표는 \"기대가 크다\"고 말했다.", [("존 스미스", "대표", "AHG")]),
    ("부디 산토소 AHG 대표는 협약식에 참석했다.", [("부디 산토소", "대표", "AHG")]),
    # …and its surname may be a word Kiwi reads as a proper noun + common nouns (하트/NNP 웰/NNG),
    # before an organisation with or without its alias (before: no person)
    ("존 하트웰 주한미국상공회의소 회장은 축사를 했다.", [("존 하트웰", "회장", "주한미국상공회의소")]),
    ("존 하트웰 주한미국상공회의소(AMCHAM) 회장은 축사를 했다.", [("존 하트웰", "회장", "주한미국상공회의소")]),
    # one word alone before the acronym is no name of two words: no person from this rule
    ("그는 산토소 AHG 대표와 만났다.", []),
    # the acronym is a stop word (SNS: a kind of thing, not a company): no person from this rule
    ("카림 알하스미 SNS 담당자는 설명회를 열었다.", []),
    # a place chain before the acronym is no name (사우디 리야드: country + city)
    ("사우디 리야드 DXG 대표는 협약식에 참석했다.", []),
    # a foreign name, then the country the person heads: the title, org = the country
    ("마르크 뤼테 네덜란드 총리는 협력 방안을 논의했다.", [("마르크 뤼테", "총리", "네덜란드")]),
    # a foreign name, a country and a ministry (…부) before a minister's title: org = country + ministry
    ("부디 산토소 인도네시아 행정개혁부 장관은 이날 방한했다.", [("부디 산토소", "장관", "인도네시아 행정개혁부")]),
    # the head of a foreign province's people's committee (entity_rules.toml [foreign_names]): the
    # province is the org, the name Kiwi reads as common nouns starts with a listed surname (before:
    # no person)
    ("응우옌 반 훙 롱안성 인민위원장이 방한했다.", [("응우옌 반 훙", "인민위원장", "롱안성")]),
    ("쩐 반 남 빈즈엉성 인민위원장은 협약서에 서명했다.", [("쩐 반 남", "인민위원장", "빈즈엉성")]),
    ("레 꽝 후이 하이퐁시 인민위원장은 투자를 요청했다.", [("레 꽝 후이", "인민위원장", "하이퐁시")]),  # a city
    # …and of a state (…주) before 주지사/부주지사 (before: no person)
    ("그레그 애벗 텍사스주 주지사는 투자 유치를 환영했다.", [("그레그 애벗", "주지사", "텍사스주")]),
    ("린다 존슨 오하이오주 부주지사는 말했다.", [("린다 존슨", "부주지사", "오하이오주")]),
    # …and a state or a city without its ending before the title of its head ([foreign_names]
    # place_titles: 주지사, 시장; before: no person)
    ("그렉 애벗 텍사스 주지사는 투자를 환영했다.", [("그렉 애벗", "주지사", "텍사스")]),
    ("개빈 뉴섬 캘리포니아 주지사가 참석했다.", [("개빈 뉴섬", "주지사", "캘리포니아")]),
    ("에릭 애덤스 뉴욕 시장은 말했다.", [("에릭 애덤스", "시장", "뉴욕")]),
    ("개빈 뉴섬 캘리포니아 대표가 참석했다.", []),  # no head of a place: a company's 대표, whose?
    # negatives: no name before the province; short words with no listed surname first
    ("베트남 롱안성 인민위원장이 방한했다.", []),
    ("타슈켄트주 부주지사가 참석했다.", []),
    ("이번 행사 롱안성 인민위원장이 참석했다.", []),
    # a country and a title with no name before them: no person
    ("인도네시아 행정개혁부 장관은 이날 방한했다.", []),
    ("미국 대통령이 방한했다.", []),
    # a ministry word before a title that is no minister's (대변인): not this rule
    ("부디 산토소 인도네시아 행정개혁부 대변인은 말했다.", []),
])
def test_foreign_name_before_an_acronym_company_or_a_country_and_title(make_ctx, text, expected):
    assert [(e.text, e.title, e.org) for e in persons(make_ctx, text)] == expected


def test_a_ministry_of_a_country_before_a_title_is_one_org(make_ctx):
    found = entities.extract(make_ctx("부디 산토소 인도네시아 행정개혁부 장관은 이날 방한했다."))
    assert [(e.label, e.text) for e in found if e.label != "PERSON"] == [("ORG", "인도네시아 행정개혁부")]


@pytest.mark.parametrize("text, expected", [
    # a Korean name the person lexicon knows, a Latin acronym in parentheses: the person and the
    # body they belong to (a team), not a company named 박지성 spelt PSV
    ("박지성(PSV)은 이날 결승골을 넣었다.", [("PERSON", "박지성", "PSV"), ("ORG", "PSV", None)]),
    # a company with its acronym stays one company (no person of that name)
    ("한빛테크(HBT)는 이날 코스닥에 상장했다.", [("ORG", "한빛테크", None), ("ORG", "한빛테크", None)]),
])
def test_known_person_with_an_acronym_note(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.label, e.name, e.org) for e in found] == expected


@pytest.mark.parametrize("text, name", [
    ("아만다 사이프리드가 주연을 맡았다.", "아만다 사이프리드"),   # Kiwi: one NNP over two words; 아만다 is a first name
    ("캐서린 제타 존스가 시상자로 나섰다.", "캐서린 제타 존스"),   # three words, 캐서린 first
])
def test_foreign_full_name_read_as_one_proper_noun(make_ctx, text, name):
    assert [e.name for e in persons(make_ctx, text)] == [name]


@pytest.mark.parametrize("text, expected", [
    # a Latin name before a title: the last word a Korean surname in Latin letters or the first a
    # given name (entity_rules.toml [latin_names]); before: no person
    ("협약식에는 Kevin Park 대표가 참석했다.", [("Kevin Park", "대표", None, None)]),
    ("Jiwon Choi 대표는 투자 유치 계획을 밝혔다.", [("Jiwon Choi", "대표", None, None)]),  # Choi: a surname
    ("Mary Ann Lee 교수는 연구 결과를 발표했다.", [("Mary Ann Lee", "교수", None, None)]),  # three words, Mary first
    # …before the company the person works for and the title
    ("Grace Kim 한빛테크 부사장은 신제품을 소개했다.", [("Grace Kim", "부사장", "한빛테크", None)]),
    # a Hangul name before its Latin spelling in parentheses, then the title: the name, the Latin as
    # its alias (존 + 리: a listed first name and a surname as written abroad; 박/NNG taken too)
    ("존 리(John Lee) 부사장이 기조연설을 했다.", [("존 리", "부사장", None, "John Lee")]),
    ("케빈 박(Kevin Park) 대표는 이같이 말했다.", [("케빈 박", "대표", None, "Kevin Park")]),
    ("김민수(Minsu Kim) 대표는 계약서에 서명했다.", [("김민수", "대표", None, "Minsu Kim")]),  # Kim Minsu reversed
    # …and the company the person runs between the Latin spelling and the title (not a person 메드브릿지)
    ("앤드루 밀러(Andrew Miller) 메드브릿지 최고경영자는 이같이 말했다.",
     [("앤드루 밀러", "최고경영자", "메드브릿지", "Andrew Miller")]),
    # …also when the name is a two-word name Kiwi reads as one proper noun (존 스미스/NNP, person.pair):
    # the title and company read over it are kept (before: the name alone)
    ("존 스미스(John Smith) 노바메드 최고경영자는 이같이 말했다.",
     [("존 스미스", "최고경영자", "노바메드", None)]),
    # a foreign full name opened by a listed first name, then a company word, then a company title
    ("앤드루 밀러 메드브릿지 CEO는 이같이 말했다.", [("앤드루 밀러", "CEO", "메드브릿지", None)]),
    ("앤드루 밀러 메드브릿지 최고경영자는 이같이 말했다.", [("앤드루 밀러", "최고경영자", "메드브릿지", None)]),  # 메드브릿지/NNG
    # …a department + 법인장 as the title ([unit_titles] heads: 미주 + 법인장)
    ("존 리(John Lee) 미주법인장은 전무로 승진했다.", [("존 리", "미주법인장", None, "John Lee")]),
    # negatives: capitals, an organisation's cue, no name evidence, a surname that is an English word
    ("ACETECH 대표가 축사를 했다.", []),
    ("행사에는 Orion Solutions 대표가 참석했다.", []),  # Solutions: org_latin_cues.tsv
    ("Blue Ocean 대표가 참석했다.", []),               # neither a given name nor a surname
    ("Hanbit Park 대표가 참석했다.", []),              # Park after no given name: the English word
    ("Hanbit Kevin Park 대표가 참석했다.", []),        # one more capitalised word before: whose name?
    ("한빛(Hanbit) 대표가 참석했다.", []),             # one Latin word in parentheses: no name
    ("박(Kevin Park) 대표는 말했다.", []),             # a surname alone before the Latin: too little
])
def test_latin_names_before_a_title(make_ctx, text, expected):
    found = [e for e in persons(make_ctx, text) if not e.rule_id.startswith("link.")]
    assert [(e.text, e.title, e.org, e.alias) for e in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a title read before the name is kept when another reading of the same name wins (씨: person.ssi)
    ("배우 김은오 씨가 출연한다.", [("김은오", "배우")]),
    ("한빛시민연대 상임대표 정미홍 씨가 사과했다.", [("정미홍", "상임대표")]),
    ("김은오 씨가 출연한다.", [("김은오", None)]),  # no title anywhere: none
])
def test_title_of_a_name_read_another_way(make_ctx, text, expected):
    found = [e for e in persons(make_ctx, text) if e.label == "PERSON"]
    assert [(e.text, e.title) for e in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a personnel notice's heading that is an organisation alone on its line (◇ X, [X]) is the
    # organisation of the titled persons on the bullet lines under it (before: no organisation)
    ("◇ 한빛은행\n▲ 부행장 김성호\n▲ 상무 이지은\n\n◇ 한빛증권\n▲ 사장 김민준\n▲ 전무 최민호",
     [("김성호", "부행장", "한빛은행"), ("이지은", "상무", "한빛은행"), ("김민준", "사장", "한빛증권"),
      ("최민호", "전무", "한빛증권")]),
    ("[한빛증권]\n▲ 전무 최민호\n▲ 상무 박준영", [("최민호", "전무", "한빛증권"), ("박준영", "상무", "한빛증권")]),
    # …not across a paragraph of text, nor from a heading that holds more than the organisation
    ("◇ 한빛은행\n한빛은행은 27일 인사를 단행했다.\n▲ 상무 이지은\n▲ 상무 박준영",
     [("이지은", "상무", None), ("박준영", "상무", None)]),
    ("◇ 한빛은행 승진\n▲ 상무 이지은\n▲ 상무 박준영", [("이지은", "상무", None), ("박준영", "상무", None)]),
    # several bullets on one line (김성호 before the next ▲; Kiwi reads 김/NNP 성호/NNG there), and names
    # listed with a middle dot after one title: each with the title and the heading's organisation
    ("◇ 한빛은행\n▲ 부행장 김성호 ▲ 상무 이지은·박민수·정하늘\n◇ 한빛증권\n▲ 전무 최서연(IB부문장)",
     [("김성호", "부행장", "한빛은행"), ("이지은", "상무", "한빛은행"), ("박민수", "상무", "한빛은행"),
      ("정하늘", "상무", "한빛은행"), ("최서연", "전무", "한빛증권")]),
])
def test_a_notice_heading_names_the_organisation_of_its_lines(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.title, e.org) for e in found if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # names listed with a middle dot after a title first share it (and nothing glued after a name)
    ("상무 이지은·박민수 등이 참석했다.", [("이지은", "상무"), ("박민수", "상무")]),
    ("한빛테크 상무 이지은·박민수가 참석했다.", [("이지은", "상무"), ("박민수", "상무")]),  # 가 after the last
    ("㈜한빛테크(대표 김민수·이서준)는 밝혔다.", [("김민수", "대표"), ("이서준", "대표")]),
    ("대표 김민수·한빛테크가 참석했다.", [("김민수", "대표")]),  # a company after the dot: no person
])
def test_names_listed_after_a_title_share_it(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.title) for e in found if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # the organisation right before a title first is the names' (it was none)
    ("한빛테크 상무 이지은·박민수가 참석했다.", [("이지은", "상무", "한빛테크"), ("박민수", "상무", "한빛테크")]),
    # names listed with a middle dot before one title share it and its organisation (이지은 had none)
    ("한빛테크 이지은·박민수 상무가 참석했다.", [("이지은", "상무", "한빛테크"), ("박민수", "상무", "한빛테크")]),
    ("청람대 김철수·이영희·박민준 교수 연구팀은 신소재를 개발했다.",
     [("김철수", "교수", "청람대"), ("이영희", "교수", "청람대"), ("박민준", "교수", "청람대")]),  # three, right to left
    ("이지은·박민수 부부가 참석했다.", [("이지은", None, None), ("박민수", None, None)]),  # 부부: no title
    # a first name Kiwi cuts (김/NNP 태/NNG 윤/NNG) is taken by its letters before the dot of a titled name
    ("충북대학교 김태윤·박소연 교수 연구팀은 신소재를 개발했다.",
     [("김태윤", "교수", "충북대학교"), ("박소연", "교수", "충북대학교")]),
    ("국내·외 기업이 참가했다.", []),  # no name before the dot
])
def test_names_listed_with_a_dot_share_title_and_organisation(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [(e.text, e.title, e.org) for e in found if e.label == "PERSON"] == expected


def test_a_unit_head_in_the_note_after_a_name_is_no_organisation(make_ctx):
    # IB부문장: a department written in Latin letters + 부문장 is a title, not an ORG (org.affiliation)
    found = entities.extract(make_ctx("▲ 전무 최서연(IB부문장)"))
    assert [(e.label, e.text) for e in found] == [("PERSON", "최서연")]
