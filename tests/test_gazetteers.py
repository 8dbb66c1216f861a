"""Hand-written gazetteers: organisations.tsv (teams, media, parties …) and people.tsv.

Sentences written for these tests in news style (not taken from any corpus). Each row of the
tables: sentence, expected entity text, label; negative rows: a word that must not become an
entity of that label.
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities
from kopress.resources import load_tsv

ORG_KINDS = {"team", "media", "party", "university", "union", "civic", "religious", "international", "company"}


def found(make_ctx, text):
    ctx = make_ctx(text)
    out = entities.extract(ctx)
    for e in out:
        assert text[e.start:e.end] == e.text
    return {(e.text, e.label) for e in out}


POSITIVE = [
    # sports teams: KBO (full, written together, nickname alone), MLB, European clubs, K리그, NBA
    ("LG 트윈스는 이날 잠실구장에서 연장 끝에 승리했다.", "LG 트윈스", "ORG"),
    ("트윈스는 9회 말 끝내기 안타로 이겼다.", "트윈스", "ORG"),
    ("두산베어스는 새 외국인 투수와 계약했다.", "두산베어스", "ORG"),
    ("히어로즈는 8회 역전에 성공했다.", "히어로즈", "ORG"),
    ("다이노스 구단은 감독 교체를 발표했다.", "다이노스", "ORG"),
    ("양키스는 에이스를 선발로 내세웠다.", "양키스", "ORG"),
    ("다저스가 월드시리즈 우승을 차지했다.", "다저스", "ORG"),
    ("파드리스는 내야수와 연장 계약을 맺었다.", "파드리스", "ORG"),
    ("샌디에이고 파드리스는 내야수와 연장 계약을 맺었다.", "샌디에이고 파드리스", "ORG"),
    ("맨체스터 유나이티드는 새 감독을 선임했다.", "맨체스터 유나이티드", "ORG"),
    ("토트넘은 맨유와 2-2로 비겼다.", "맨유", "ORG"),
    ("맨시티가 리그 4연패를 달성했다.", "맨시티", "ORG"),
    ("레알 마드리드는 챔피언스리그 결승에 올랐다.", "레알 마드리드", "ORG"),
    ("FC 바르셀로나가 홈에서 3-0으로 이겼다.", "FC 바르셀로나", "ORG"),
    ("유벤투스는 이적료 5천만 유로를 제시했다.", "유벤투스", "ORG"),
    ("바이에른 뮌헨은 분데스리가 우승을 확정했다.", "바이에른 뮌헨", "ORG"),
    ("파리 생제르맹은 공격수 영입을 추진했다.", "파리 생제르맹", "ORG"),
    ("포항 스틸러스는 원정에서 비겼다.", "포항 스틸러스", "ORG"),
    ("레이커스는 서부 콘퍼런스 결승에 진출했다.", "레이커스", "ORG"),
    ("골든스테이트 워리어스가 플레이오프에 올랐다.", "골든스테이트 워리어스", "ORG"),
    ("워리어스가 플레이오프에 올랐다.", "워리어스", "ORG"),
    ("축구대표팀은 다음 달 평가전을 치른다.", "축구대표팀", "ORG"),
    # media: domestic papers and broadcasters, agencies, foreign papers and their abbreviations
    ("한국일보는 관련 의혹을 단독 보도했다.", "한국일보", "ORG"),
    ("채널A는 새 예능 프로그램을 편성했다.", "채널A", "ORG"),
    ("TV조선은 토론회를 생중계했다.", "TV조선", "ORG"),
    ("오마이뉴스는 현장 영상을 공개했다.", "오마이뉴스", "ORG"),
    ("교도통신은 정부 관계자를 인용해 이같이 전했다.", "교도통신", "ORG"),
    ("조선중앙통신은 시험 발사가 성공했다고 밝혔다.", "조선중앙통신", "ORG"),
    ("뉴욕타임스는 백악관 관계자를 인용해 보도했다.", "뉴욕타임스", "ORG"),
    ("WSJ는 소식통을 인용해 협상이 막바지라고 전했다.", "WSJ", "ORG"),
    ("파이낸셜타임스는 유럽 은행들의 실적을 분석했다.", "파이낸셜타임스", "ORG"),
    ("닛케이는 일본 기업들의 투자 계획을 전했다.", "닛케이", "ORG"),
    ("알자지라는 현지 상황을 전했다.", "알자지라", "ORG"),
    # political parties: Korean (full and short forms), US, Japanese
    ("더불어민주당은 이날 의원총회를 열었다.", "더불어민주당", "ORG"),
    ("정의당은 논평을 내고 유감을 표했다.", "정의당", "ORG"),
    ("새누리당은 공천 결과를 발표했다.", "새누리당", "ORG"),
    ("한국당은 장외 집회를 예고했다.", "한국당", "ORG"),
    ("공화당은 하원 다수당 지위를 지켰다.", "공화당", "ORG"),
    ("자민당은 총재 선거 일정을 확정했다.", "자민당", "ORG"),
    # universities: Korean short forms, foreign ones
    ("서울대는 입시 요강을 발표했다.", "서울대", "ORG"),
    ("연세대와 고려대는 정기전을 연다.", "고려대", "ORG"),
    ("성균관대 연구팀은 새 소재를 개발했다.", "성균관대", "ORG"),
    ("하버드대는 장학금 규모를 늘렸다.", "하버드대", "ORG"),
    ("스탠퍼드대 연구진이 논문을 발표했다.", "스탠퍼드대", "ORG"),
    ("MIT 연구진은 새 배터리를 개발했다.", "MIT", "ORG"),
    # unions, civic groups, religious bodies
    ("민주노총은 다음 달 총파업을 예고했다.", "민주노총", "ORG"),
    ("한국노총은 노사정 대화에 복귀했다.", "한국노총", "ORG"),
    ("전교조는 교육부 방침에 반발했다.", "전교조", "ORG"),
    ("화물연대는 운송 거부를 철회했다.", "화물연대", "ORG"),
    ("참여연대는 성명을 내고 재조사를 촉구했다.", "참여연대", "ORG"),
    ("경실련은 아파트 분양가 자료를 공개했다.", "경실련", "ORG"),
    ("그린피스는 해양 오염 실태를 조사했다.", "그린피스", "ORG"),
    ("조계종은 부처님오신날 봉축 행사를 열었다.", "조계종", "ORG"),
    ("한기총은 신년 예배를 드렸다.", "한기총", "ORG"),
    ("교황청은 새 추기경 명단을 발표했다.", "교황청", "ORG"),
    # international organisations and acronyms
    ("OPEC은 감산 합의를 연장했다.", "OPEC", "ORG"),
    ("아세안은 정상회의 공동성명을 채택했다.", "아세안", "ORG"),
    ("G20 정상들은 공동선언문을 채택했다.", "G20", "ORG"),
    ("안보리는 대북 제재 결의안을 채택했다.", "안보리", "ORG"),
    ("국제원자력기구는 사찰단을 파견했다.", "국제원자력기구", "ORG"),
    ("IAEA는 보고서를 공개했다.", "IAEA", "ORG"),
    ("유니세프는 긴급 구호 물품을 보냈다.", "유니세프", "ORG"),
    # foreign government bodies and armed forces named without their country (government.tsv)
    ("백악관은 성명을 내고 유감을 표명했다.", "백악관", "ORG"),
    ("크렘린궁은 회담 가능성을 부인했다.", "크렘린궁", "ORG"),
    ("FDA는 신약의 긴급 사용을 승인했다.", "FDA", "ORG"),
    ("주한미군은 연합훈련 일정을 공개했다.", "주한미군", "ORG"),
    # hospitals by short form, sports bodies, think tanks (companies.tsv); pollsters, rating agencies
    ("세브란스는 새 치료법을 도입했다.", "세브란스", "ORG"),
    ("대한체육회는 선수단 300명을 파견한다.", "대한체육회", "ORG"),
    ("브루킹스연구소는 보고서를 냈다.", "브루킹스연구소", "ORG"),
    ("한국갤럽이 발표한 조사에서 지지율은 40%였다.", "한국갤럽", "ORG"),
    ("무디스는 신용등급 전망을 낮췄다.", "무디스", "ORG"),
    # brands, retail and food chains, agencies
    ("스타벅스는 음료 가격을 200원 올렸다.", "스타벅스", "ORG"),
    ("맥도날드가 새 메뉴를 출시했다.", "맥도날드", "ORG"),
    ("이마트는 할인 행사를 연다.", "이마트", "ORG"),
    ("CGV는 관람료를 1천 원 인상했다.", "CGV", "ORG"),
    ("SM엔터테인먼트는 신인 그룹을 공개했다.", "SM엔터테인먼트", "ORG"),
    ("하이브는 레이블 체제를 개편했다.", "하이브", "ORG"),
    ("다이소는 매장을 100곳 늘렸다.", "다이소", "ORG"),
    ("골드만삭스는 성장률 전망을 낮췄다.", "골드만삭스", "ORG"),
    ("화이자는 백신 공급 계약을 맺었다.", "화이자", "ORG"),
    # people named without a title: Korean and foreign heads of state, pairs and single names
    ("박정희 정부 시절 경부고속도로가 개통됐다.", "박정희", "PERSON"),
    ("노무현은 2002년 대선에서 승리했다.", "노무현", "PERSON"),
    ("버락 오바마는 연설에서 협력을 강조했다.", "버락 오바마", "PERSON"),
    ("빌 클린턴은 재단 행사에 참석했다.", "빌 클린턴", "PERSON"),
    ("시진핑은 이날 연설에서 개혁을 강조했다.", "시진핑", "PERSON"),
    ("푸틴은 서방의 제재를 비판했다.", "푸틴", "PERSON"),
    ("젤렌스키는 추가 지원을 요청했다.", "젤렌스키", "PERSON"),
    ("메르켈은 16년 만에 물러났다.", "메르켈", "PERSON"),
    ("마크롱은 연금 개혁안을 밀어붙였다.", "마크롱", "PERSON"),
    ("네타냐후는 연정 구성에 합의했다.", "네타냐후", "PERSON"),
    ("김정은은 현지 지도에 나섰다.", "김정은", "PERSON"),
    # business, sport, arts, K-pop acts (KLUE labels a group as a person)
    ("일론 머스크는 새 로켓 발사 계획을 공개했다.", "일론 머스크", "PERSON"),
    ("저커버그는 청문회에 출석했다.", "저커버그", "PERSON"),
    ("워런 버핏은 주주 서한을 공개했다.", "워런 버핏", "PERSON"),
    ("손흥민은 이날 멀티골을 기록했다.", "손흥민", "PERSON"),
    ("호날두는 해트트릭을 기록했다.", "호날두", "PERSON"),
    ("오타니는 시즌 50호 홈런을 쳤다.", "오타니", "PERSON"),
    ("페더러는 은퇴를 발표했다.", "페더러", "PERSON"),
    ("봉준호 감독의 신작이 개봉했다.", "봉준호", "PERSON"),
    ("비욘세는 월드 투어를 시작했다.", "비욘세", "PERSON"),
    ("방탄소년단은 빌보드 차트 1위에 올랐다.", "방탄소년단", "PERSON"),
    ("블랙핑크는 새 앨범을 발표했다.", "블랙핑크", "PERSON"),
    ("싸이가 콘서트 일정을 공개했다.", "싸이", "PERSON"),
]


@pytest.mark.parametrize("sentence, text, label", POSITIVE)
def test_gazetteer_finds(make_ctx, sentence, text, label):
    assert (text, label) in found(make_ctx, sentence)


NEGATIVE = [
    # common words that share a form with a brand, group or name (left out of the lexicons)
    ("여름 과일 멜론을 먹었다.", "멜론", "ORG"),
    ("신세계를 열었다는 평가를 받았다.", "신세계", "ORG"),
    ("새 기술은 산업에 인사이트를 줬다.", "인사이트", "ORG"),
    ("디지털 시대전환에 맞춰 조직을 개편했다.", "시대전환", "ORG"),
    ("눈이 부시게 푸른 날이었다.", "부시", "PERSON"),
    ("왕이 되고 싶었던 남자의 이야기다.", "왕이", "PERSON"),
    ("그는 메시지를 남겼다.", "메시", "PERSON"),
    ("홈런 타구가 펜스를 넘어갔다.", "펜스", "PERSON"),
    ("위기 대처 능력이 중요하다.", "대처", "PERSON"),
    ("마을은 한적한 분위기였다.", "한적", "ORG"),
    ("BIS 비율이 12%로 높아졌다.", "BIS", "ORG"),
    ("S&P 500 지수가 1% 올랐다.", "S&P", "ORG"),  # an index, not the rating agency
    # a city and a company or a title: not the football clubs' pair names (수원 삼성, 김천 상무)
    ("수원 삼성 사업장에서 행사가 열렸다.", "수원 삼성", "ORG"),
    ("김천 상무는 신사업 계획을 설명했다.", "김천 상무", "ORG"),
    ("서훈 취소 여부를 검토했다.", "서훈", "PERSON"),  # 서훈 = conferment of an honour
    ("교도 행정을 개선하기로 했다.", "교도", "ORG"),
    ("효과가 직방이었다.", "직방", "ORG"),
]


@pytest.mark.parametrize("sentence, text, label", NEGATIVE)
def test_gazetteer_leaves_out(make_ctx, sentence, text, label):
    assert (text, label) not in found(make_ctx, sentence)


def _forms(path: str, cols: int) -> list[tuple[str, list[str]]]:
    out = []
    for row in load_tsv(path, cols):
        shorts = [s.strip() for s in row[2].split(",")] if cols > 2 and len(row) > 2 and row[2] else []
        out.append((row[0], row[1], [s for s in shorts if s]))
    return out


def test_organisations_rows_are_well_formed():
    stop = {r[0] for r in load_tsv("lexicons/stop_words.tsv", 1)}
    places = {r[0] for r in load_tsv("lexicons/places.tsv", 1)}
    seen: set[str] = set()
    for name, kind, shorts in _forms("lexicons/organisations.tsv", 3):
        assert kind in ORG_KINDS, (name, kind)
        for form in [name] + shorts:
            assert form not in seen, f"{form} twice"
            seen.add(form)
            assert len(form) >= 2, form  # one-character names are never safe
            assert form not in stop, form  # a stop word never matches: a row for it is dead
            assert form.count(" ") <= 1, form  # only one word or a pair of words is matched
            assert " " in form or form not in places, form  # 리버풀: a one-word city stays a place


def test_people_rows_are_well_formed():
    seen: set[str] = set()
    for name, note, _ in _forms("lexicons/people.tsv", 2):
        assert note, name
        assert name not in seen, f"{name} twice"
        seen.add(name)
        assert len(name) >= 2 and name.count(" ") <= 1, name
