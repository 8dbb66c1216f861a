"""Organisations: legal-form markers, name endings, government bodies, Latin names, aliases.

Sentences written for these tests in press-release style (not taken from any corpus).
Each row: text, expected (span text, name, legal_form, alias) of one ORG record.
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities


def orgs(make_ctx, text):
    ctx = make_ctx(text)
    found = entities.extract(ctx)
    for e in found:
        assert text[e.start:e.end] == e.text
    return [e for e in found if e.label == "ORG"]


LEGAL_FORMS = [
    # marker before the name: span keeps the marker, name drops it, legal form normalised
    ("㈜벤텍프런티어는 신제품을 출시했다.", "㈜벤텍프런티어", "벤텍프런티어", "주식회사"),
    ("(주)한빛마린과 협약을 맺었다.", "(주)한빛마린", "한빛마린", "주식회사"),
    # a particle Kiwi kept inside the unknown name (누리소프트와/NNP) is cut off: 와/과/을/를 always,
    # 이/가/은/는 … before a comma of a gapped clause, or when the rest stands elsewhere in the text
    ("최우수상은 ㈜누리소프트와 ㈜가람랩이, 우수상은 ㈜세진테크가 수상했다.", "㈜누리소프트", "누리소프트", "주식회사"),
    ("금상은 ㈜다온랩과 ㈜세진테크가 나란히 수상했다.", "㈜다온랩", "다온랩", "주식회사"),
    ("㈜하은이 신제품을 발표했다.", "㈜하은", "하은", "주식회사"),  # a two-syllable name: nothing cut
    ("㈜세온과 협약을 맺었다.", "㈜세온", "세온", "주식회사"),  # 세온과/NNP: 과 is cut after two syllables too
    # a two-letter common noun glued to ㈜ / (주) is the company's name (누리/NNG 와/JKB, 다음/NNG)
    ("한빛은 ㈜누리와 공급계약을 체결했다.", "㈜누리", "누리", "주식회사"),
    ("(주)다음은 신작을 공개했다.", "(주)다음", "다음", "주식회사"),
    # 법무법인 before a firm's name Kiwi reads as a common noun (광장/NNG): entity_rules [legal_form_names]
    ("법무법인 광장이 인수 거래의 자문을 맡았다.", "법무법인 광장", "광장", "법무법인"),
    ("법무법인 태평양이 매각 자문을 맡았다.", "법무법인 태평양", "태평양", "법무법인"),
    # PT + a common company word (텔레콤/NNG) + a proper noun (누산타라/NNP): the whole name, not PT 텔레콤
    ("회사는 PT 텔레콤 누산타라와 협약을 맺었다.", "PT 텔레콤 누산타라", "텔레콤 누산타라", "PT"),
    ("주식회사 그린에너지가 투자를 유치했다.", "주식회사 그린에너지", "그린에너지", "주식회사"),
    ("(유)다온물류는 물류센터를 열었다.", "(유)다온물류", "다온물류", "유한회사"),
    ("유한회사 새봄컨설팅이 참여했다.", "유한회사 새봄컨설팅", "새봄컨설팅", "유한회사"),
    # full-width brackets (text pasted from a word processor) and 株 (Japanese companies) are the same marks
    ("（주）한빛테크는 공급계약을 맺었다.", "（주）한빛테크", "한빛테크", "주식회사"),
    ("한빛테크（주）는 투자를 유치했다.", "한빛테크（주）", "한빛테크", "주식회사"),
    ("일본 도카이전기(株)와 협약을 맺었다.", "도카이전기(株)", "도카이전기", "주식회사"),
    ("（사）한국무역협회는 밝혔다.", "（사）한국무역협회", "한국무역협회", "사단법인"),
    ("(사)한국스마트농업협회가 행사를 주관했다.", "(사)한국스마트농업협회", "한국스마트농업협회", "사단법인"),
    ("㈔한국로봇산업협회가 세미나를 열었다.", "㈔한국로봇산업협회", "한국로봇산업협회", "사단법인"),  # ㈔ = (사)
    ("사단법인 푸른바다는 기부금을 전달했다.", "사단법인 푸른바다", "푸른바다", "사단법인"),
    ("(재)미래인재장학회는 장학금을 지급했다.", "(재)미래인재장학회", "미래인재장학회", "재단법인"),
    ("재단법인 한빛문화재단이 후원했다.", "재단법인 한빛문화재단", "한빛문화재단", "재단법인"),
    ("학교법인 동해학원은 이사회를 열었다.", "학교법인 동해학원", "동해학원", "학교법인"),
    ("의료법인 새생명의료재단이 병원을 개원했다.", "의료법인 새생명의료재단", "새생명의료재단", "의료법인"),
    ("협동조합 마을부엌이 문을 열었다.", "협동조합 마을부엌", "마을부엌", "협동조합"),
    # marker after the name
    ("대한전자㈜는 실적을 발표했다.", "대한전자㈜", "대한전자", "주식회사"),
    ("한솔정밀(주)과 계약을 체결했다.", "한솔정밀(주)", "한솔정밀", "주식회사"),
    ("대한전자 주식회사는 실적을 발표했다.", "대한전자 주식회사", "대한전자", "주식회사"),
    ("오름데이터 유한책임회사는 투자를 유치했다.", "오름데이터 유한책임회사", "오름데이터", "유한책임회사"),
    # Latin legal forms (legal_forms_foreign.tsv): PT before a name of several words, up to the particle
    ("물류기업 PT 마하르디카 글로벌과 협약을 맺었다.", "PT 마하르디카 글로벌", "마하르디카 글로벌", "PT"),
    ("PT 자바 마린 관계자는 이같이 말했다.", "PT 자바 마린", "자바 마린", "PT"),  # 관계자: no name word
    ("PT 하리타 니켈의 제련소를 인수한다.", "PT 하리타 니켈", "하리타 니켈", "PT"),  # 니켈: a trade word of names
    ("PT 텔콤 인도네시아 본사에서 회의를 열었다.", "PT 텔콤 인도네시아", "텔콤 인도네시아", "PT"),  # a place ends the name
    ("PT 텔콤 인도네시아 Tbk는 통신사다.", "PT 텔콤 인도네시아 Tbk", "텔콤 인도네시아", "PT Tbk"),  # PT + Tbk
    # …and after the name, normalised to one spelling (Co.,Ltd. → Co., Ltd.)
    ("Mahardika Global Inc.와 계약을 맺었다.", "Mahardika Global Inc.", "Mahardika Global", "Inc."),
    ("Hanbit Marine Co.,Ltd.는 부산에 있다.", "Hanbit Marine Co.,Ltd.", "Hanbit Marine", "Co., Ltd."),
    ("한빛마린 Pte. Ltd.가 선박을 인수했다.", "한빛마린 Pte. Ltd.", "한빛마린", "Pte. Ltd."),
    ("아스트라 Sdn Bhd와 합작한다.", "아스트라 Sdn Bhd", "아스트라", "Sdn. Bhd."),
    ("빈패스트 JSC는 신차를 공개했다.", "빈패스트 JSC", "빈패스트", "JSC"),
    ("지멘스 AG와 협력한다.", "지멘스 AG", "지멘스", "AG"),
    ("머크 KGaA와 공동개발 계약을 맺었다.", "머크 KGaA", "머크", "KGaA"),  # the German partnership limited by shares
    ("Titan Holding Berhad는 상장사다.", "Titan Holding Berhad", "Titan Holding", "Bhd."),  # Malaysian public company
    ("Nordic Fuel Oyj와 설비 계약을 맺었다.", "Nordic Fuel Oyj", "Nordic Fuel", "Oyj"),  # Finnish public company
    # a law firm's form needs a proper noun after it (legal_forms.tsv prefix_proper)
    ("법무법인 세종이 자문을 맡았다.", "법무법인 세종", "세종", "법무법인"),
    # 주식회사 a space after a name Kiwi cut into one-syllable pieces (다/MAG 온/MM 에너지/NNG 솔루션/NNG)
    ("다온에너지솔루션 주식회사는 협약을 체결했다.", "다온에너지솔루션 주식회사", "다온에너지솔루션", "주식회사"),
]


@pytest.mark.parametrize("text, span, name, legal_form", LEGAL_FORMS)
def test_legal_form_markers(make_ctx, text, span, name, legal_form):
    found = orgs(make_ctx, text)
    assert [(e.text, e.name, e.legal_form) for e in found][:1] == [(span, name, legal_form)]


@pytest.mark.parametrize("text, expected", [
    # a Latin short form in brackets after a Hangul word that shares nothing with the body the lexicon
    # gives it glosses that word (before: SEC → 증권거래위원회 for a Saudi utility)
    ("사우디아라비아 국영전력회사(SEC)와 계약을 체결했다.", []),
    # …the body's own name or a variant of it keeps the short form's body
    ("미국 증권거래위원회(SEC)는 조사에 착수했다.", [("미국 증권거래위원회", "미국 증권거래위원회"), ("SEC", "미국 증권거래위원회")]),
    ("로마에 있는 유엔식량계획(WFP)에 잠입했다.", [("유엔식량계획", "유엔식량계획"), ("WFP", "세계식량계획")]),
    ("SEC는 조사에 착수했다.", [("SEC", "증권거래위원회")]),
    # …nor the first word of a longer Latin name in the brackets (before: ICC → 국제형사재판소)
    ("제주국제컨벤션센터(ICC JEJU)에서 개막식이 열렸다.", []),
    ("국제형사재판소(ICC)는 영장을 발부했다.", [("국제형사재판소", "국제형사재판소"), ("ICC", "국제형사재판소")]),
])
def test_a_short_form_glossing_another_word_names_no_known_body(make_ctx, text, expected):
    assert [(e.text, e.name) for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a mark glued after a name, then a space, ends that name; it opens no name of the next word
    # (before: ORG '㈜ 흡수합병' as well, a headline's verb noun as a company)
    ("한빛케미칼, 자회사 누리소재㈜ 흡수합병", [("한빛케미칼", "한빛케미칼"), ("누리소재㈜", "누리소재")]),
    ("대한전자㈜ 세온테크와 협약", [("대한전자㈜", "대한전자")]),  # (세온테크 alone: no ending, no act)
    # …a mark after a space still opens the name after it
    ("시는 ㈜ 세온테크와 협약을 맺었다.", [("㈜ 세온테크", "세온테크")]),
])
def test_a_trailing_mark_before_a_space_belongs_to_the_name_before_it(make_ctx, text, expected):
    assert [(e.text, e.name) for e in orgs(make_ctx, text)] == expected


NAMED = [
    # a foreign company's Korean subsidiary (companies.tsv; before: nothing, its supply lost a buyer)
    ("부품은 한국GM에 납품됐다.", "한국GM", "company"),
    # …금융투자 is a securities firm's ending (org_suffixes.tsv; before: nothing, and after 서울 여의도
    # a piece of the place)
    ("회사는 서울 여의도 한빛금융투자 본사에서 설명회를 연다.", "한빛금융투자", "company"),
    # name endings (…전자, …테크, …바이오, …대학교, …공사, …재단, …진흥원 …)
    ("한빛테크는 로봇 사업을 확대한다.", "한빛테크", "company"),
    ("서진바이오가 임상에 들어갔다.", "서진바이오", "company"),
    ("동해대학교는 협약을 맺었다.", "동해대학교", "university"),
    ("한국농어촌공사가 사업을 공고했다.", "한국농어촌공사", "public"),
    ("한빛증권은 보고서를 냈다.", "한빛증권", "company"),
    ("새빛그룹은 채용을 늘린다.", "새빛그룹", "company"),
    # …and endings that hold a common word's letters but are names (not [university_ending] / stop words)
    ("한빛해상보험은 보험금을 지급했다.", "한빛해상보험", "company"),  # 해상보험 alone is generic (stop_words.tsv)
    ("한빛금융지주는 분기 배당을 결의했다.", "한빛금융지주", "company"),  # …금융지주 (financial holding) after a proper noun
    ("한국해양과학기술원은 탐사선을 띄웠다.", "한국해양과학기술원", "institute"),  # …기술원 (long: 9 characters before)
    ("세계전기차협의회는 총회를 열었다.", "세계전기차협의회", "association"),  # …협의회 (long: 5 characters before)
    ("전남소방본부는 장비를 점검했다.", "전남소방본부", "government"),
    ("한국방위산업진흥회는 포럼을 연다.", "한국방위산업진흥회", "association"),  # …진흥회 (long: 6 characters before)
    ("군인공제회는 투자를 결정했다.", "군인공제회", "association"),  # …공제회 (long: 군인 is 2 characters, Kiwi's proper noun)
    ("산림조합중앙회는 사업을 공고했다.", "산림조합중앙회", "association"),  # …중앙회 (long: 4 characters before)
    ("부산상공회의소는 조사 결과를 냈다.", "부산상공회의소", "association"),  # …상공회의소 after a city (0: the ending is enough)
    ("인천경제자유구역청은 투자 유치 실적을 밝혔다.", "인천경제자유구역청", "government"),  # …경제자유구역청
    ("미래에셋벤처투자가 후속 투자에 참여했다.", "미래에셋벤처투자", "company"),  # …벤처투자 after a proper noun (미래에셋/NNP)
    ("한빛창업투자는 펀드를 결성했다.", "한빛창업투자", "company"),  # …창업투자 after a proper noun (한빛/NNP)
    ("한빛시립교향악단이 협연한다.", "한빛시립교향악단", "art"),  # …교향악단 after a proper noun
    ("전라남도의회는 결의안을 채택했다.", "전라남도의회", "government"),  # …의회 after a known place (전라남도)
    ("해운대구의회는 조례를 의결했다.", "해운대구의회", "government"),  # …의회 after a known place (해운대)  # the place makes it one office (소방본부 alone is generic)
    # a lexicon name Kiwi cuts short before its particle (HL/SL 만/JX 도/JX 는/JX; 삼성바이오로직/NNG
    # 스/VV 는/JX): the word is the name + a particle of entity_rules.toml [known_word]
    ("HL만도는 자율주행 부품을 공개했다.", "HL만도", "company"),
    ("삼성바이오로직스와 위탁생산 계약을 맺었다.", "삼성바이오로직스", "company"),
    ("구글 딥마인드는 새 모델을 공개했다.", "구글 딥마인드", "company"),  # a two-word name of companies.tsv
    # government bodies from the lexicon
    ("산업통상자원부는 수출 지원책을 발표했다.", "산업통상자원부", "government"),
    ("부산광역시는 지원 사업을 공고했다.", "부산광역시", "government"),
    ("중소벤처기업부와 함께 추진한다.", "중소벤처기업부", "government"),
    # Latin names
    ("SK하이닉스는 투자를 늘린다.", "SK하이닉스", "company"),
    ("YTN은 이 소식을 전했다.", "YTN", "media"),
    ("GS 그룹은 투자를 늘린다.", "GS 그룹", "company"),     # a Latin name + an ending word
    # …위원회 and …특위/…대책위 need no proper noun: Kiwi reads them as common nouns
    ("중앙분쟁조정위원회는 조정안을 냈다.", "중앙분쟁조정위원회", "government"),
    ("사고수습대책위는 회의를 열었다.", "사고수습대책위", "government"),
    ("정치개혁특위가 활동을 시작했다.", "정치개혁특위", "government"),
    ("방역당국은 지침을 내놨다.", "방역당국", "government"),              # …당국 after a common noun
    ("도로관리공단이 보수에 나섰다.", "도로관리공단", "public"),            # …공단 without a proper noun
    # endings marked `long`: common nouns of 4+ characters before them make a name
    ("해양우주연구원은 발사를 연기했다.", "해양우주연구원", "institute"),   # 해양우주 = 4 characters
    ("청소년스포츠연맹이 대회를 연다.", "청소년스포츠연맹", "association"),
    ("경남테크노파크는 기업 지원에 나선다.", "경남테크노파크", "public"),  # …테크노파크: a regional agency
    # business endings added for logistics and trade (org_suffixes.tsv): 한빛/NNP + 물류
    ("한빛물류는 새 물류센터를 열었다.", "한빛물류", "company"),
    ("가온로지스틱스는 배송망을 넓혔다.", "가온로지스틱스", "company"),  # Kiwi: one NNG; 로지스틱스 needs no proper noun
    # …the transliterated endings of engineering, food and industrial firms (E&C, ENG, F&B …): Kiwi
    # reads the whole word as one NNG; no common noun ends with them (before: nothing)
    ("새솔이엔씨는 공사를 마쳤다.", "새솔이엔씨", "company"),
    ("한빛이앤씨가 시공을 맡는다.", "한빛이앤씨", "company"),
    ("다온이엔지는 설비를 납품했다.", "다온이엔지", "company"),
    ("세온에프앤비는 신제품을 출시했다.", "세온에프앤비", "company"),
    ("누리앤컴퍼니가 투자를 받았다.", "누리앤컴퍼니", "company"),
    ("새솔다이나믹스는 드론을 공개했다.", "새솔다이나믹스", "company"),
    ("다온인더스트리는 공장을 증설한다.", "다온인더스트리", "company"),
    # capitalised Latin words ending with a company word of org_latin_cues.tsv (alone = 1), with no
    # Hangul name beside them (before: nothing)
    ("Aurora Robotics는 투자를 유치했다.", "Aurora Robotics", "company"),
    ("Blue Ocean Partners가 투자에 참여했다.", "Blue Ocean Partners", "company"),
    # …also when the first word is a company we know (Amazon): the longer name wins (before: ORG Amazon,
    # and a deal's counterparty "Robotics")
    ("Amazon Robotics는 물류 로봇을 공개했다.", "Amazon Robotics", "company"),
    # a Latin name after a company cue word goes on over its capitalised words (before: 'Tidewater Energy')
    ("배터리 기업인 Tidewater Energy Systems의 한국 법인이다.", "Tidewater Energy Systems", "company"),
    # a diplomatic mission: a place before …대사관/…총영사관 (org_suffixes.tsv `place`), 주/주한 +
    # a place glued before it, or a word 주 + where it is resident before it (entity_rules.toml
    # [mission_prefix]; before: nothing, or 일본대사관 without 주미)
    ("주한미국대사관은 성명을 냈다.", "주한미국대사관", "government"),
    ("주미 일본대사관이 로비를 벌였다.", "주미 일본대사관", "government"),
    ("주호치민 총영사관은 밝혔다.", "주호치민 총영사관", "government"),
    # a name Kiwi cuts into one-syllable pieces (세/MM 온/NNG) before a company ending: no word
    # Kiwi knows before 전자/테크, so the word is a company
    ("세온전자는 신제품을 공개했다.", "세온전자", "company"),
    # a native word companies take as their name (org_name_stems.tsv) + a company ending, though Kiwi reads
    # both as common nouns (누리/NNG 에너지/NNG; before: nothing)
    ("누리에너지는 일반 청약에서 경쟁률 1,250대 1을 기록했다.", "누리에너지", "company"),
    ("가온미디어는 신제품을 출시했다.", "가온미디어", "company"),
    # an unknown proper noun of 3+ letters before 측 and a particle: the organisation whose side speaks
    # (kind unsaid; before: nothing)
    ("업계에 관측이 나왔으나, 대진기어 측은 사실이 아니라고 밝혔다.", "대진기어", None),
    # a materials company (org_suffixes.tsv 소재, a proper noun before it; 책임소재 is no company)
    ("한빛소재는 신제품을 공개했다.", "한빛소재", "company"),
    # a marine company (org_suffixes.tsv 마린, a proper noun before it; Kiwi cuts 한빛/NNP 마/NNG 린/NNG;
    # before: ORG only when a title followed it)
    ("한빛마린은 지난 2월 인도네시아 국영 해운사 펠니와 선박 수출 계약을 체결했다.", "한빛마린", "company"),
    ("한빛솔라는 지난 3분기 매출액이 1,842억원을 기록했다.", "한빛솔라", "company"),  # 솔라 (before: nothing)
    # a local cooperative (농협, 수협, 축협, 신협 after a proper noun; before: nothing)
    ("한빛농협은 조합원 300여명이 참석한 가운데 축제를 개최했다.", "한빛농협", "association"),
    ("서귀포축협이 참여했다.", "서귀포축협", "association"),
    # a cable maker (전선 after a name Kiwi cut into pieces, 한/MM 빛/NNG 전선/NNG; before: nothing)
    ("한빛전선은 해상풍력 케이블 공급 사업을 따냈다.", "한빛전선", "company"),
    # an unknown proper noun as the subject of 발주한: who orders works is an organisation (kind unsaid;
    # before: nothing, and the contract won had no counterparty)
    ("덴마크 오스테드가 발주한 해상풍력 케이블 공사를 따냈다.", "오스테드", None),
    ("업계에서는 새온테크가 투자를 받았다.", "새온테크", "company"),  # 새/MM 온/NNG 테크/NNG
    # an adverb Kiwi knows glued to a company ending in one word is a name (한결/MAG 제약/NNG)
    ("한결제약은 기술이전 계약을 체결했다.", "한결제약", "company"),
    ("모두전자가 신제품을 출시했다.", "모두전자", "company"),  # 모두/MAG 전자/NNG
    ("한결에너지는 수소 사업에 나선다.", "한결에너지", "company"),  # 한결/MAG 에너지/NNG
    # an institute's name Kiwi cut into one-syllable pieces (한/MM 빛/NNG 연구원/NNG), as a company's
    ("시는 한빛연구원에 의뢰한 분석 결과를 냈다.", "한빛연구원", "institute"),
    # a word Kiwi reads as common nouns (한빛투자증권/NNG) after a role only a company fills, before 이다
    # (entity_rules.toml [company_complement])
    ("대표 주관사는 한빛투자증권이다.", "한빛투자증권", "company"),
    ("공동 주관사는 누리증권이다.", "누리증권", "company"),          # 누리/NNG 증권/NNG
    ("시공사는 한빛건설이며 시행사는 미정이다.", "한빛건설", "company"),  # 이며/JC
]


@pytest.mark.parametrize("text, span, kind", NAMED)
def test_named_orgs(make_ctx, text, span, kind):
    found = orgs(make_ctx, text)
    assert [(e.text, e.name, e.kind) for e in found][:1] == [(span, span, kind)]


@pytest.mark.parametrize("text, span, rule_id", [
    # a name from the lexicons: government.tsv rows are public bodies, companies.tsv and
    # organisations.tsv rows known organisations (same priority, told apart in rule_id)
    ("산업통상자원부는 예산안을 발표했다.", "산업통상자원부", "org.government.v1"),
    ("울산시는 협약을 맺었다.", "울산시", "org.government.v1"),          # a short form in government.tsv
    ("라온코스메틱은 미국 아마존에 입점했다.", "아마존", "org.known.v1"),  # companies.tsv: no government body
])
def test_lexicon_rule_says_where_the_name_comes_from(make_ctx, text, span, rule_id):
    assert [(e.text, e.rule_id) for e in orgs(make_ctx, text) if e.text == span] == [(span, rule_id)]


ALIASES = [
    # Hangul name (Latin alias); Latin name (Hangul alias); multi-word names
    ("한빛로보틱스(Hanbit Robotics)는 상장을 추진한다.", "한빛로보틱스", "한빛로보틱스", "Hanbit Robotics"),
    ("블루 오션 파트너스(Blue Ocean Partners)가 투자했다.", "블루 오션 파트너스", "블루 오션 파트너스",
     "Blue Ocean Partners"),
    ("ACETECH(에이스텍)은 부품을 공급한다.", "ACETECH", "ACETECH", "에이스텍"),
    ("㈜한빛마린(Hanbit Marine)은 선박을 수주했다.", "㈜한빛마린", "한빛마린", "Hanbit Marine"),
    ("알나프코(ALNAFCO)와 협약을 맺었다.", "알나프코", "알나프코", "ALNAFCO"),  # a transliterated name (NNP)
    # …뱅크 with its Latin name after it (org_suffixes.tsv needs_proper = alias)
    ("메이뱅크(Maybank)는 전기버스 금융을 지원한다.", "메이뱅크", "메이뱅크", "Maybank"),
    # a country + 중앙은행 (org_heads.tsv) is one organisation, its acronym after it
    ("말레이시아 중앙은행(BNM)은 기준금리를 동결했다.", "말레이시아 중앙은행", "말레이시아 중앙은행", "BNM"),
    # common nouns + 공사 (needs a proper noun alone) with the acronym after them: a public corporation
    # (entity_rules.toml [public_ending] acronym_endings), with its country when written before it
    ("베트남 국영전력공사(EVN)와 공급 계약을 맺었다.", "베트남 국영전력공사", "베트남 국영전력공사", "EVN"),
    ("태국 발전공사(EGAT)와 협력한다.", "태국 발전공사", "태국 발전공사", "EGAT"),
    ("국영전력공사(PLN)와 계약했다.", "국영전력공사", "국영전력공사", "PLN"),
]


@pytest.mark.parametrize("text", [
    "이 회사는 플랜트 건설공사(EPC)를 수주했다.",   # works, not a corporation ([public_ending] not_endings)
    "국영석유회사(ADNOC)와 계약했다.",              # 회사 is no ending of the lexicons
    "에너지저장장치(ESS) 공급 계약을 맺었다.",         # a term of common nouns and its acronym
])
def test_common_nouns_with_an_acronym_are_no_organisation(make_ctx, text):
    assert orgs(make_ctx, text) == []


@pytest.mark.parametrize("text, span, name, alias", ALIASES)
def test_aliases(make_ctx, text, span, name, alias):
    found = orgs(make_ctx, text)
    assert (found[0].text, found[0].name, found[0].alias) == (span, name, alias)
    # the alias in parentheses is a mention of the same entity
    assert any(e.text == alias and e.entity_id == found[0].entity_id for e in found[1:])


def test_latin_legal_form_in_parentheses_is_the_same_company(make_ctx):
    text = "PT 마하르디카 글로벌(PT Mahardika Global)과 손잡았다."
    found = orgs(make_ctx, text)
    # the alias is the Latin name as written; the mention in parentheses is the same entity
    assert [(e.text, e.name, e.legal_form, e.alias) for e in found] == [
        ("PT 마하르디카 글로벌", "마하르디카 글로벌", "PT", "PT Mahardika Global"),
        ("PT Mahardika Global", "마하르디카 글로벌", "PT", "PT Mahardika Global"),
    ]
    assert found[0].entity_id == found[1].entity_id


def test_known_short_form_with_latin_alias_is_named_canonically(make_ctx):
    text = "카이스트(KAIST) 연구진이 개발했다."
    found = orgs(make_ctx, text)
    # 카이스트 is a short form of 한국과학기술원 (government.tsv), as KAIST is: one entity, one name
    assert [(e.text, e.name) for e in found] == [("카이스트", "한국과학기술원"), ("KAIST", "한국과학기술원")]
    assert found[0].entity_id == found[1].entity_id


MULTI_WORD = [
    # Hangul words before an end word (org_end_words.tsv), one a proper noun to Kiwi
    ("블루 오션 파트너스가 공동으로 참여했다.", "블루 오션 파트너스"),
    ("이번 투자에 스카이 레이크 캐피탈이 참여했다.", "스카이 레이크 캐피탈"),
    ("한국무역협회 뉴욕지부는 설명회를 열었다.", "한국무역협회 뉴욕지부"),
    ("한빛전자 베트남법인이 가동에 들어갔다.", "한빛전자 베트남법인"),
    ("아마존 한국법인은 새 대표를 선임했다.", "아마존 한국법인"),  # the parent makes the unit an ORG
    # a country before a university is where it is, no part of its name (a city before a hospital is)
    ("베트남 하노이국립대학교와 협약을 맺었다.", "하노이국립대학교"),
    # a kind of company before the name (org_context.tsv company_before) is no part of it
    ("미국 벤처캐피털 세쿼이아 캐피탈이 참여했다.", "세쿼이아 캐피탈"),
    # a company after 자회사 takes an end word after its second word (홀딩스)
    ("말레이시아 자회사 한빛케미칼 타이탄 홀딩스가 공장을 증설한다.", "한빛케미칼 타이탄 홀딩스"),
    # 경기 is a place only before another place or a police station (chain_only)
    ("경기 수원남부경찰서는 수사에 나섰다.", "경기 수원남부경찰서"),
    # a place + a common-noun organisation word with a head ending (org_heads.tsv: ending)
    ("프랑스 재무부는 성명을 냈다.", "프랑스 재무부"),
    ("런던 경찰국 대변인이 밝혔다.", "런던 경찰국"),
    ("인도양 사령부를 이끌었다.", "인도양 사령부"),
    ("광둥성 상무청 관계자가 참석했다.", "광둥성 상무청"),   # a province's commerce department, not a place
    ("장쑤성 인민정부와 협약을 맺었다.", "장쑤성 인민정부"),
    ("빈즈엉성 인민위원회와 협약을 맺었다.", "빈즈엉성 인민위원회"),  # a Vietnamese province's people's committee
    ("일본 경제산업성은 지원책을 발표했다.", "일본 경제산업성"),  # a ministry (…성), not a province
    ("인도 상공부와 공동으로 포럼을 열었다.", "인도 상공부"),  # a foreign ministry (…상공부)
    ("베트남 산업무역부와 협약을 맺었다.", "베트남 산업무역부"),  # …무역부
    ("인도네시아 에너지광물자원부는 입찰을 공고했다.", "인도네시아 에너지광물자원부"),  # …자원부
    ("인도네시아 국영전력공사는 입찰을 공고했다.", "인도네시아 국영전력공사"),  # a country's power corporation
    ("베트남 전력청과 협약을 맺었다.", "베트남 전력청"),
    # customs, public security and self-defence forces of a place (org_heads.tsv) are its bodies
    ("중국 세관은 통관 검사를 강화했다.", "중국 세관"),
    ("중국 공안이 용의자를 체포했다.", "중국 공안"),
    ("일본 해상자위대가 공동훈련에 참가했다.", "일본 해상자위대"),   # …자위대: an ending
    # a chamber of commerce, a Korean association or a trade office after place words (org_heads.tsv)
    ("인도네시아 자카르타 상공회의소와 협약을 맺었다.", "인도네시아 자카르타 상공회의소"),
    ("자카르타 상공회의소와 업무협약을 맺었다.", "자카르타 상공회의소"),
    ("베트남 하노이 한인회와 업무협약을 맺었다.", "베트남 하노이 한인회"),
    ("호치민 무역관은 상담회를 열었다.", "호치민 무역관"),
    # …and the organisation written before the place is part of its office there (office)
    ("코트라 호치민 무역관과 협약을 맺었다.", "코트라 호치민 무역관"),
    # …and a trade office glued to its place (org_suffixes.tsv: 무역관 a branch ending) after its parent
    ("KOTRA 하노이무역관은 상담회를 열었다.", "KOTRA 하노이무역관"),
    ("코트라 뉴욕무역관이 행사를 주관했다.", "코트라 뉴욕무역관"),
    # a district's election commission: the city and district words before it (up to three) are in it
    ("대구 수성구 선관위는 투표소 위치를 공고했다.", "대구 수성구 선관위"),
    ("경남 김해시 선거관리위원회가 단속에 나섰다.", "경남 김해시 선거관리위원회"),
    # a committee of the lexicon after 국회 is a unit of it
    ("국회 기획재정위원회는 법안을 의결했다.", "국회 기획재정위원회"),
    ("하원 외교위원회는 청문회를 열었다.", "하원 외교위원회"),
    # a unit word (org_heads.tsv: unit) after any organisation is a unit of it
    ("유엔 총회에서 기조연설을 했다.", "유엔 총회"),
    ("한빛대학교 총학생회는 성명을 냈다.", "한빛대학교 총학생회"),
    # a court or prosecutors' office with its unit (court_units.tsv)
    ("부산고법 형사2부는 항소를 기각했다.", "부산고법 형사2부"),
    ("대전지법 형사합의11부(김한결 부장판사)는 선고했다.", "대전지법 형사합의11부"),
    ("청주지법 형사 2단독 판사는 벌금형을 선고했다.", "청주지법 형사 2단독"),
    ("광주지방법원 제2민사단독은 원고 승소로 판결했다.", "광주지방법원 제2민사단독"),
    ("대법원 전원합의체는 판례를 바꿨다.", "대법원 전원합의체"),
    ("인천지법 부천지원에 소장을 냈다.", "인천지법 부천지원"),
    ("대구지검 특수2부는 압수수색을 벌였다.", "대구지검 특수2부"),
    # one proper noun + 그룹 (entity_rules.toml [group_names]): a group of companies (before: no ORG)
    ("인도의 마힌드라 그룹과 합작법인을 세운다.", "마힌드라 그룹"),
    ("알리바바 그룹은 투자를 늘렸다.", "알리바바 그룹"),
]


NOT_COURT_UNITS = [
    # text, the ORG span: what follows the court is no unit of it
    ("부산고법 형사재판에서 무죄가 나왔다.", "부산고법"),      # 형사재판 = a trial
    ("대전지법 민사소송 절차를 안내했다.", "대전지법"),        # 민사소송 = a lawsuit
    ("대법원 판결 이후 논란이 이어졌다.", "대법원"),
]


@pytest.mark.parametrize("text, span", NOT_COURT_UNITS)
def test_not_court_units(make_ctx, text, span):
    assert [e.text for e in orgs(make_ctx, text)][:1] == [span]


SHORT_FORMS = [
    # text, span, canonical name (government.tsv short forms)
    ("비대위는 오는 5일 회의를 연다.", "비대위", "비상대책위원회"),
    ("복지위는 법안을 심사했다.", "복지위", "보건복지위원회"),
    ("방심위는 중징계를 의결했다.", "방심위", "방송통신심의위원회"),
]


@pytest.mark.parametrize("text, span, name", SHORT_FORMS)
def test_short_forms(make_ctx, text, span, name):
    assert [(e.text, e.name) for e in orgs(make_ctx, text)][:1] == [(span, name)]


def test_office_abroad_is_named_after_its_organisation(make_ctx):
    found = orgs(make_ctx, "KOTRA 하노이 무역관은 한빛테크와 인도네시아 자카르타 상공회의소의 협약을 주선했다.")
    # KOTRA = 대한무역투자진흥공사 (government.tsv): its office at 하노이 carries the canonical name;
    # the chamber takes both place words before it (a country and its city)
    assert [(e.text, e.name) for e in found if e.name.endswith(("무역관", "상공회의소"))] == [
        ("KOTRA 하노이 무역관", "대한무역투자진흥공사 하노이 무역관"),
        ("인도네시아 자카르타 상공회의소", "인도네시아 자카르타 상공회의소"),
    ]


@pytest.mark.parametrize("text, span", MULTI_WORD)
def test_multi_word(make_ctx, text, span):
    assert [e.text for e in orgs(make_ctx, text)][:1] == [span]


NOT_ORGS = [
    "솔라 패널을 지붕에 설치했다.",  # 솔라 alone (a company ending with nothing before it)
    "장마전선이 북상했다.",  # 전선 after a common noun: a weather front, no company
    "김철수가 발주한 공사를 맡았다.",  # a person's name as the subject of 발주한: no organisation
    "대사관 직원이 말했다.",  # a mission with no place
    "Robotics 분야가 성장한다.",  # the company word alone
    "The Robotics 부문이 커졌다.",  # after a function word
    "행사는 세종시 정부세종컨벤션센터에서 열렸다.",  # a venue after its city: a place (before: ORG subunit)
    "주요 대사관들은 밝혔다.",  # 주요 (main) is no 주 + place
    "AI 기술을 활용한 서비스를 선보였다.",       # 'AI' alone
    "기업과 업체들이 참여했다.",                 # generic nouns
    "선임연구원이 발표를 맡았다.",               # a job, not an institute
    "국내 연구원들이 참여했다.",                 # researchers (국내 is a word of its own)
    "책임연구원이 발표를 맡았다.",               # 책임 = 2 characters before 연구원: still a job
    "고속도로공사 구간에서 사고가 났다.",         # …공사 is not `long`: road works
    "국내 벤처 캐피탈이 참여했다.",               # common nouns before an end word: no name
    "보수공사가 끝났다.",                         # construction work, not a corporation
    "주식회사 설립 절차를 안내했다.",             # a marker with no name after it
    "㈜ 관계자는 이같이 말했다.",                 # ㈜, a space, one common noun: no name
    "관련 기관과 협력한다.",
    "위원회 구성을 논의했다.",                   # the ending alone
    "대규모 시위가 이어졌다.",                   # …위 that is no committee
    "진위 여부를 가리는 중이다.",
    "당국 발표를 기다렸다.",                     # the ending alone
    "연방철도 노선을 늘렸다.",                   # a head ending without a place before it
    "사령부 조직을 개편했다.",
    "이사회는 안건을 승인했다.",                 # a unit word alone
    "현대 사회의 과제를 논의했다.",               # 현대 = modern (stop_words.tsv)
    "한국경제가 회복세를 보였다.",               # the Korean economy, not the paper
    "소셜미디어(SNS)를 통한 뉴스 이용이 늘었다.",  # a kind of medium with its acronym, not a name
    "시공사 선정 절차를 마쳤다.",                 # the builder of a project
    "손석희 보도담당 사장이 복귀했다.",           # a remit (…담당) between a name and a title
    "독일 뉘른베르크에서 전시회가 열렸다.",       # a city (에서) the train lexicon knows only as a football club
    "기업당 최대 3억원의 정부 지원금을 받는다.",  # 정부 as a modifier (government funding)
    # 정부 before 관계자/당국자/소식통/고위: some official, no one body ([generic_org_modifiers] speaker_words)
    "정부 관계자는 “아직 검토 중”이라고 전했다.",
    "한 정부 고위 관계자는 협상이 곧 재개된다고 말했다.",
    "정부 소식통에 따르면 협상은 다음 달 재개된다.",
    "전국 소방본부와 지방자치단체가 구매한다.",   # every province's fire HQ: the name needs its place
    "시민은 가까운 보건소에서 접종할 수 있다.",   # a kind of office, not one
    "현지법인 대표는 윤지호 박사가 맡는다.",       # a subsidiary abroad, not its name
    "판교에 R&D센터를 열었다.",                   # a company's research centre
    "국내 금융지주 가운데 처음이다.",             # the ending alone: financial holdings in general
    "에너지저장장치(ESS) 생산법인을 세운다.",     # a term of common nouns (에너지+저장+장치) and its acronym
    "소형모듈원자로(SMR) 사업에 진출한다.",       # 소형+모듈+원자로: a technology, not a company
    "위성항법시스템(GNSS) 수신기를 개발했다.",    # …시스템 ends company names, but here it is a term
    "드론의 위치 정보(GPS)를 실시간으로 받는다.",  # 정보/NNG: one common noun and an acronym, a term
    "무역협정 신속협상권(TPA)을 의회에 요청했다.",  # 신속/NNG 협상/NNG 권/XSN: a term with its suffix
    "회사는 내년 코스닥 IPO(기업공개)를 추진한다.",  # an acronym and its Hangul expansion that does not sound it: a term
    "병원은 MRI(자기공명영상) 장비를 들였다.",       # 자기공명영상 does not spell M-R-I: a term
    "회사는 스마트팩토리 KPI를 공개했다.",           # an acronym of a term alone (stop_words.tsv)
    "대통령 당선인 측은 인선을 발표했다.",            # a status, not an organisation (stop_words.tsv)
    # common words that end like a name (entity_rules.toml [university_ending], [company_ending]; stop_words.tsv)
    "조선시대 궁궐을 복원한 세트장이 문을 열었다.",   # an era (…시대), not a university (…대)
    "광화문일대 교통이 통제됐다.",                   # 일대 = the area around
    "아이돌그룹 멤버가 홍보대사를 맡았다.",           # a kind of band, not a company (…그룹)
    "지하철 요금은 교통카드 기준으로 1,400원이다.",   # a card, not a card company
    "지방법원 국정감사가 열렸다.",                   # a district court in general: the name carries the place
    # the one-syllable-pieces rule needs pieces: a word Kiwi knows before the ending is no name
    "국내전자 업계가 긴장하고 있다.",               # 국내/NNG + 전자: a known common noun
    "가전자 시장이 커졌다.",                         # 가전자/NNG: one word, the ending is no morpheme
    "종합전자 상가가 문을 닫았다.",                   # 종합/NNG + 전자
    "국제물류 센터를 새로 지었다.",                   # 국제/NNG + 물류: no proper noun
    "해외유통 채널을 늘렸다.",                        # 해외/NNG + 유통
    # an acronym before a trade word is a product, not a company (entity_rules.toml [latin_suffix])
    "LED 디스플레이를 채택했다.",
    "AI 반도체 수요가 늘었다.",
    # PT before a common noun is a presentation or a training, not a legal form
    "면접은 PT 발표와 토론으로 진행된다.",
    "헬스장 PT 트레이너가 늘었다.",
    "제안 PT 자료를 제출했다.",
    # a place + a branch ending alone is some company's unit there, not a name (no parent before it)
    "한국법인은 지난해 설립됐다.",
    "뉴욕지부는 설명회를 열었다.",
    "하노이무역관은 상담회를 열었다.",
    "책임소재를 따졌다.",  # 책임/NNG 소재: no proper noun before the ending
    "미래에너지 산업을 키운다.",  # 미래 (future) is no name stem: a kind of energy
    "온누리상품권을 판매한다.",   # no company ending after the stem
    "누리꾼들이 반응했다.",
    # a chamber of commerce or a trade office with no place before it: which one is not said
    "상공회의소와 업무협약을 맺었다.",
    "무역관 관계자가 참석했다.",
    # a security's name with the ending 증권 is no company, as a complement or Kiwi's proper noun
    "이 상품은 주택저당증권이다.",                   # the role 상품 names no company
    "대표 상품은 파생결합증권이다.",                 # stop_words.tsv (Kiwi: 파생결합증권/NNP)
    "대표 주관사는 아직 미정이다.",                  # no name ending
    "대표 주관사는 한빛투자증권 한 곳이다.",           # the name is not the copula's own word
    "대형 법무법인 관계자는 이같이 말했다.",        # 법무법인 before a common noun: no name
    "노사협의회를 열었다.",                          # …협의회 after 2 characters of common nouns: a kind of meeting
    "노사공제회 제도를 도입했다.",
    "지역 경제부 기자가 기사를 썼다.",               # …경제부 after a common noun, no place: a newsroom desk
    "초기벤처투자 규모가 늘었다.",
    "어린이 합창단이 노래했다.",
    "예술의전당에서 공연한다.",                      # …전당 (a hall), not a party's …당 ([party_ending])
    "명동성당에서 미사가 열렸다.",                   # …성당 (a church)
    "한빛식당은 문을 닫았다.",                       # …식당 (a restaurant)
    "도의회는 결의안을 채택했다.",                   # …의회 with no place before it: which one is not said
    "지방의회 제도를 바꾼다.",                       # 지방 is no place                     # …합창단 after a common noun: which choir is not said                   # …벤처투자 after a common noun (초기/NNG): an activity
    "민간창업투자 활성화 방안을 냈다.",                   # …공제회 after 2 characters of common nouns: a kind of fund
    "지역 중앙회 임원이 모였다.",                    # 중앙회 alone: no name before the ending
    "상공회의소 회원사가 늘었다.",                   # 상공회의소 alone (min_prefix 1): which chamber is not said
    "경제자유구역청 직원들이 모였다.",               # the ending alone: no name
    "법무법인 측은 입장을 밝혔다.",                  # 측/NNB + 은: no name
    "최자 측은 입장을 밝혔다.",                      # a person's side (a known name)
    "레이디스코드 측이 전한 사고 경위다.",            # no word of business in the sentence ([side] cues)
    "서귀포 측은 반발했다.",                          # a place's
    "법무법인 광고 규정이 바뀌었다.",                # 광고 is no firm's name of [legal_form_names]
    "주말마다 뮤직뱅크를 시청한다.",                 # …뱅크 without a Latin name: a TV show, no company
    "외국인 유학생들은 한국어센터에서 수업을 듣는다.",  # a language (한국 + 어) before 센터: a course
    "중국어센터는 주말에도 문을 연다.",
    "PT 서비스 교육을 받았다.",                      # PT + a name word + a common noun: no company
    "재난안전통신시스템(PSN)을 새로 구축했다.",     # common nouns + acronym, no company of that name found
    # 그룹 after a kind of band, a common noun, two words, or before a band's name: no company
    "인기 아이돌 그룹 멤버가 참석했다.",            # 아이돌/NNP is listed in [group_names] not_before
    "연구 그룹이 논문을 냈다.",                      # 연구/NNG: no proper noun
    "그룹 블락비 멤버가 입대했다.",                  # 그룹 before the name (블락비 is a person to the lexicon)
    "한결 나아진 제품이 나왔다.",                    # 한결/MAG alone, a word apart: an adverb
    "더욱 전자 제품이 많아졌다.",                    # an adverb, then 전자 as a word of its own
    "국내 에듀테크 시장이 커졌다.",                  # a sector word (stop_words.tsv), not a company
    "미국 바이오텍 기업들이 참가했다.",              # a biotech: a sector word too
    "베트남 법인의 냉동식품 판매 호조가 이어졌다.",  # 냉동식품/NNP: frozen food, a product (stop_words.tsv)
    # a word marker, a space, then one common noun: the company's people or side, no name
    "바로 주식회사 관계자는 말했다.",                # 관계자/NNG
    "해당 주식회사 임직원들이 참석했다.",            # 임직원/NNG 들/XSN
    "이 유한회사 측은 의혹을 부인했다.",              # 측/NNB
]


@pytest.mark.parametrize("text", NOT_ORGS)
def test_not_orgs(make_ctx, text):
    assert orgs(make_ctx, text) == []


def test_particles_stay_outside(make_ctx):
    text = "㈜벤텍프런티어와의 협력을 강화한다."
    found = orgs(make_ctx, text)
    assert [(e.start, e.end) for e in found] == [(0, 7)]  # ㈜ + 벤텍프런티어 = 1 + 6 characters


HOSTILE = [
    "",
    "A씨" * 500,                       # one 1000-character word of persons
    "1" * 5000,
    "㈜" * 300 + "(주)" * 300,          # markers with no names
    "제" + "1" * 2000 + "회 박람회",
    "가나 " * 1000 + "(Abc)",           # a parenthesis after a long run of words
    "(" * 500 + ")" * 500,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_inputs_keep_offsets(make_ctx, text):
    for e in entities.extract(make_ctx(text)):
        assert text[e.start:e.end] == e.text


AFFILIATIONS = [
    # text, ORG spans: the parenthesis after a person names their team, party or employer
    ("결승골은 김민재(한빛FC)가 넣었다.", ["한빛FC"]),
    ("이날 이서준(28·해오름)이 금메달을 땄다.", ["해오름"]),           # age · team: the team only
    ("골키퍼 마르코 베티(파르마)가 선방했다.", ["파르마"]),
    # …not an age, a sex, a real name, a Hanja spelling or an actor
    ("피의자 김모(45·여)씨가 붙잡혔다.", []),
    ("공격수 마리아(Maria)는 구단과 재계약을 맺었다.", []),   # the name in Latin letters (M-R spells 마리아)
    ("가수 하늘(본명 이하늘)이 컴백했다.", []),
    ("드라마에서 윤서연(박지현)은 변호사로 나온다.", []),
    ("다나카 히로시(田中浩) 사장이 방한했다.", []),
    # a department + 법인장 is a title ([unit_titles] heads), no employer (before: ORG 미주법인장)
    ("신임 전무에는 박서진(미주법인장)이 선임됐다.", []),
    # …nor a position in a personnel notice (a department + the head of a unit)
    ("▲ 부사장 한도윤(전략기획부문장) ▲ 상무 서지호(글로벌사업부장)", []),
    # …nor a term of office or a status after the age ([affiliation] not_first_words)
    ("한빛당 이서준(52·재선) 의원은 법안을 발의했다.", []),
    ("피해자 B(17·고교 중퇴생)군이 병원으로 옮겨졌다.", []),
]


@pytest.mark.parametrize("text, expected", AFFILIATIONS)
def test_affiliation_after_a_person(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text) if e.rule_id.startswith("org.affiliation")] == expected



BRACKET_PLACES = [
    # text, LOC spans: a place first in the parenthesis after a person is their club, country or home,
    # no LOC (KLUE train: 0 places among the 85 labelled first items there); second, a place stays
    ("중원에는 한도윤(부산)과 서지호(전남)가 배치됐다.", []),
    ("마루 종목에서는 이서윤(캐나다·14.2점)이 은메달을 땄다.", []),  # a country then a score
    ("행사에는 김민수(부산)씨가 참석했다.", []),
    ("이날 리처드 셸비(공화·앨라배마) 의원실에 편지가 배달됐다.", ["앨라배마"]),
    # …only right after a person: after a title, or a place after a place, stays
    ("박정훈 시장(울산)은 부산에서 열린 회의에 참석했다.", ["울산", "부산"]),
    ("하노이(베트남)에서 전시회가 열렸다.", ["하노이", "베트남"]),
]


@pytest.mark.parametrize("text, expected", BRACKET_PLACES)
def test_place_in_brackets_after_a_person(make_ctx, text, expected):
    assert [e.text for e in entities.extract(make_ctx(text)) if e.label == "LOC"] == expected

MEDIA = [
    # text, ORG spans: a news organisation by the word before it or by 보도했다 after it
    ("영국 일간 가디언스타는 이 소식을 전했다.", ["가디언스타"]),
    ("미국 일간지 데일리포커스에 따르면 계약이 끝났다.", ["데일리포커스"]),
    ("인터넷 매체 '한빛데일리'가 창간했다.", ["한빛데일리"]),
    ("계약이 끝났다고 20일 차이나포스트가 보도했다.", ["차이나포스트"]),
    ("소속사 마루엔터는 입장을 밝혔다.", ["마루엔터"]),                 # a company after 소속사
    # a company founded or owned: after 합작법인, 현지법인, 모회사 (its name quoted or not)
    ("회사는 다카미화학과 합작법인 '세림다카미'를 세우기로 했다.", ["다카미화학", "세림다카미"]),
    ("베트남 현지법인 한빛비나는 공장을 짓는다.", ["한빛비나"]),
    ("모회사 한빛홀딩스가 지분을 샀다.", ["한빛홀딩스"]),
    ("합작법인 설립을 추진한다.", []),                                   # no name after it
    ("프랜차이즈 업체 BHQ가 사과했다.", ["BHQ"]),
    # common nouns with a company ending (파마: needs a proper noun alone) after a company cue
    ("㈜한결제약은 베트남 제약사 메콩파마와 기술이전 계약 체결을 추진 중이다.", ["㈜한결제약", "메콩파마"]),  # 메콩파마/NNG
    # a word Kiwi did not know and guessed a common noun (tokenize.Analysis.unknown), three Hangul letters
    # or more, after a company cue: the company's name (before: no ORG, and the deal had no counterparty)
    ("㈜한결바이오는 미국 제약사 노바젠과 총 1억2천만 달러 규모의 기술수출 계약을 체결했다.", ["㈜한결바이오", "노바젠"]),
    ("에코랩스는 베트남 빈그룹 계열사 빈패스트와 배터리 재활용 설비 공급 계약을 체결했다.", ["에코랩스", "빈패스트"]),
    ("업체 관계자는 말했다.", []),  # 관계자/NNG: a word Kiwi knows, no name
    # a two-letter name Kiwi reads with its particle as one proper noun (로슈와/NNP): the particle is cut
    # off when its form agrees with the syllable before it (before: ORG 로슈와)
    ("세온바이오는 스위스 제약사 로슈와 최대 12억 달러 규모의 기술이전 계약을 체결했다.", ["세온바이오", "로슈"]),
    # a compound ending with 회사 before the name (org_context.tsv company_before_end; before: nothing)
    ("미국 전력회사 론스타파워와 공급 계약을 체결했다.", ["론스타파워"]),
    ("국내 제약사 연구소는 문을 닫았다.", []),    # 연구소: an institute's ending, no company's
    ("기업 이미지가 나빠졌다.", []),                                      # a common noun after 기업
    ("스페인 유통기업 메디테라와 계약했다.", ["메디테라"]),               # a compound ending in 기업
    # a compound ending in a kind of company (org_context.tsv company_before_end 부품사, 장비사, 소재사, 제약사,
    # 물류사, 해운사; before: nothing, the deal read the name alone)
    ("㈜대성하이텍은 독일 자동차부품사 브란트오토모티브와 부품 공급 계약을 맺었다.", ["㈜대성하이텍", "브란트오토모티브"]),
    ("글로벌제약사 화이자와 계약했다.", ["화이자"]),
    ("국내 자동차부품사 대부분이 적자다.", []),                          # a common noun after the cue
    ("중소기업 이미지가 좋아졌다.", []),
    ("그리스 선사 에게안쉬핑과 LNG 운반선 4척 건조 계약을 체결했다.", ["에게안쉬핑"]),  # a shipping company after 선사
    ("독일 물류사 DHL과 손잡았다.", ["DHL"]),                             # …a Latin name after 물류사
    ("부산에는 선사 시대 유적이 많다.", []),                              # 선사 시대: prehistory, no name after it
    ("국내 항공사 대부분이 적자를 냈다.", []),                            # a common noun after 항공사
    ("수출 농가에 kg당 300원의 물류비를 지원했다.", []),                  # kg당: a rate word, no party (…당)
    ("톤당 50달러의 운임을 받는다.", []),
    ("미국 프로농구팀 덴버 너기츠가 이겼다.", ["덴버 너기츠"]),           # a team after 프로농구팀
    ("그는 레알 사라고사로 이적했다.", ["레알 사라고사"]),                # team_prefix + its city
    ("AC 밀란은 홈에서 이겼다.", ["AC 밀란"]),
    # a subject particle Kiwi kept inside the team's name (에인트호번이/NNP) is cut: 이 after a coda
    ("네덜란드 프로축구 PSV 에인트호번이 최근 3연승을 달렸다.", ["PSV 에인트호번"]),
    ("스페인 유통기업 메디테라가 문을 열었다.", ["메디테라"]),
    ("특허 전문 블로그 한빛페이턴츠가 23일 보도했다.", ["한빛페이턴츠"]),    # a blog is a medium too
    ("중국 국제뉴스매체 환추신보가 보도했다.", ["환추신보"]),
    # 전했다 is no report verb of a medium: people say things too
    ("김철수가 이렇게 전했다.", []),
    # …not a common noun after the cue, not a place, not a subject far from the verb
    ("청소년 매체 이용 실태를 조사했다.", []),
    ("영국 매체 런던에서 열린 행사", []),
]


@pytest.mark.parametrize("text, expected", MEDIA)
def test_media_by_context(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Kiwi reads "에인절스와" as one noun: the particle is cut off a name the lexicons know
    ("추신수는 LA 에인절스와 계약했다.", ["LA 에인절스"]),
    # …but not off a name that ends like a particle (니카라과, 롯데제과)
    ("롯데제과와 해태제과가 경쟁한다.", ["롯데제과", "해태제과"]),
])
def test_particle_kiwi_left_in_a_proper_noun(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 베이비와/NNP 황샤오밍의/NNG: particles cut, two people, no name over the particle
    ("안젤라 베이비와 황샤오밍의 결혼식이 열렸다.", ["안젤라 베이비", "황샤오밍"]),
    # 지코가/NNP, 엠버가/NNP: a two-letter name the lexicon knows, its subject particle cut (it was in the span)
    ("그룹 블락비 지코가 믹스테잎을 공개했다.", ["블락비 지코"]),
    ("엠버가 오더니 말했다.", ["엠버"]),
])
def test_particle_kiwi_left_in_two_names(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [e.text for e in found if e.label == "PERSON"] == expected


@pytest.mark.parametrize("text, expected", [
    # 제주국제컨벤션센터서…: Kiwi reads the colloquial particle 서 (for 에서) as a noun glued to a venue the
    # lexicon knows; it is cut off (the venue was missed)
    ("- 20일부터 22일까지 제주국제컨벤션센터서…200여개 기업 참가", ["제주국제컨벤션센터"]),
])
def test_colloquial_particle_kiwi_left_in_a_place(make_ctx, text, expected):
    found = entities.extract(make_ctx(text))
    assert [e.text for e in found if e.label == "LOC"] == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted name right after 프로그램/사업 or before 사업 names a programme: no ORG in any mention
    ("한빛랩스는 창업 지원 프로그램 ‘팁스(TIPS)’에 선정됐다. 팁스(TIPS) 선정으로 5억원을 받는다.", []),
    ("교육부의 ‘글로컬대학 30’ 사업에 뽑혔다.", ["교육부"]),
    # …or a software product (a brand or a service may be the company: 검색 서비스 ‘구글’)
    ("이 칩은 엔비디아의 소프트웨어 플랫폼 ‘쿠다(CUDA)’와 호환된다.", ["엔비디아"]),
    ("AI 솔루션 기업 ‘뉴로링크’가 상장했다.", ["뉴로링크"]),  # 기업 before the quote: a company
    # a quoted medium without a programme word stays an ORG
    ("인터넷 매체 '한빛데일리'가 보도했다.", ["한빛데일리"]),
    # an ASCII quote closing a programme's name on one line opens nothing on the next paragraph
    ("연구비는 보건복지부 '의료 AI 실증사업'에서 받는다.\n\n한빛메디텍 박성진 대표는 \"정확도를 높이겠다\"고 밝혔다.",
     ["보건복지부", "한빛메디텍"]),
])
def test_programmes_are_not_organisations(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text) if e.text != "한빛랩스"] == expected


def test_a_gapped_subject_particle_is_cut_before_its_comma(make_ctx):
    found = orgs(make_ctx, "최우수상은 ㈜누리소프트와 ㈜가람랩이, 우수상은 ㈜세진테크가 수상했다.")
    assert [e.name for e in found if e.rule_id.startswith("org.legal_form")] == ["누리소프트", "가람랩", "세진테크"]


@pytest.mark.parametrize("text, expected", [
    # a country word after a company's name (org_region_words.tsv) names its subsidiary there: with the
    # Latin name in parentheses ending in the same word (Daontech spells 다온테크, then USA = USA) …
    ("다온테크 USA(Daontech USA)는 현지 공장을 세웠다.", ["다온테크 USA", "Daontech USA"]),
    # … or with a particle after the country word (는, 이: not a place particle)
    ("세진테크 코리아는 신제품을 출시했다.", ["세진테크 코리아"]),
    ("가람전자 재팬이 판매를 맡는다.", ["가람전자 재팬"]),
    # a place particle (에서) may make the word the country itself: the company alone
    ("다온테크 USA에서 생산한 제품이다.", ["다온테크"]),
    # a bare country word before a noun: no subsidiary (코리아 시장, 차이나 리스크 …)
    ("세진테크 차이나 리스크 대응 방안을 마련했다.", ["세진테크"]),
    # a Hangul place name (베트남) is no region word: 한빛전자 베트남과 may be a headline's pair
    ("세진테크 베트남과 협력을 강화한다.", ["세진테크"]),
])
def test_region_word_names_a_subsidiary(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # one unknown Hangul word spelling one Latin word sound by sound (노/N 바/V 린/N ↔ Novarin), a subject or
    # partner particle after the parenthesis and a company act of org_alias_verbs.tsv in the sentence
    ("노바린(Novarin)은 코스닥 상장을 추진한다고 밝혔다.", ["노바린", "Novarin"]),  # 상장
    ("세진바이오는 테라곤(Teragon)과 기술이전 계약을 체결했다.", ["세진바이오", "테라곤", "Teragon"]),  # 계약
    # no company act in the sentence (개발 is left out: terms and people develop too)
    ("테라곤(Teragon)은 신약을 개발한다.", []),
    # the Hangul does not spell the Latin word (한/H ≠ Teragon's T): no alias pair
    ("한솔(Teragon)과 계약을 체결했다.", []),
    # a topic after 와 + 관련 (not_after): a loanword term, no partner
    ("메타버스(Metaverse)와 관련한 협약을 맺었다.", []),
    # a Latin alias with letters beyond ASCII (Ø, é): folded for the sound check only (Ø → O, silent
    # ㅇ; 오/스/테/드 ↔ S, T, D), the alias kept as written (before: no ORG)
    ("덴마크 오스테드(Ørsted)는 해상풍력 공급 계약을 체결했다.", ["오스테드", "Ørsted"]),
    ("스위스 네슬레(Nestlé)와 공급 계약을 체결했다.", ["네슬레", "Nestlé"]),
    # …the same rules hold: no company act, no pair
    ("오스테드(Ørsted)는 풍력 사업에서 협력한다.", []),
])
def test_single_word_latin_alias_needs_a_company_act(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # 정부 as the subject stays the organisation; a country before 정부 관계자 makes one organisation
    ("정부는 내년 수출 지원 예산을 확정했다.", ["정부"]),
    ("일본 정부 관계자는 협의가 진행 중이라고 말했다.", ["일본 정부"]),
    # a continent before a government agency names the continent's own (유럽 특허청 is the EPO; before:
    # LOC 유럽 + ORG 특허청, Korea's patent office, linked to EPO); a university stays where it is
    ("한빛정밀은 유럽 특허청(EPO)으로부터 특허를 취득했다.", ["한빛정밀", "유럽 특허청", "EPO"]),
    ("일본 특허청(JPO)으로부터 특허를 받았다.", ["일본 특허청", "JPO"]),
    ("아시아 청람대학교 연구진이 참석했다.", ["청람대학교"]),
])
def test_government_as_a_body(make_ctx, text, expected):
    assert [e.text for e in orgs(make_ctx, text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of drug Kiwi reads as a proper noun with the ending 약품 (stop_words.tsv; before: ORG
    # 바이오의약품)
    ("세온바이오, 독일 메르크와 바이오의약품 공동개발 업무협약 체결", [("세온바이오", "company")]),
    # a term and its acronym: one Hangul word that does not spell the acronym (약물접합체: ㅁ, ㅈ, ㅂ …
    # not in A, D, C) is no company written together (before: ORG 약물접합체, alias ADC)
    ("항체-약물접합체(ADC) 후보물질 2종을 개발한다.", []),
    # a title and its acronym (COO: stop_words.tsv): no company
    ("다온에너지의 최고운영책임자(COO)는 계약식에 참석했다.", [("다온에너지", "company")]),
    # 국립대학교 alone is a kind of university (stop_words.tsv); after a name of one or two words,
    # one a proper noun, it ends that name (org_end_words.tsv), a university by its ending 대학교
    ("전국 국립대학교 총장들이 모였다.", []),
    ("청람대학교는 알파라비 카자흐 국립대학교와 협약을 맺었다.",
     [("청람대학교", "university"), ("알파라비 카자흐 국립대학교", "university")]),
])
def test_generic_terms_and_titles_are_no_org(make_ctx, text, expected):
    assert [(e.text, e.kind) for e in orgs(make_ctx, text)] == expected


TEAM_SHORT_NAMES = [
    # text, the names org.known finds — a team's short name that does not start with its full name
    # (알토스 for IBK기업은행 알토스, 트윈스 for LG 트윈스) is the team only in a text about sport
    # (entity_rules.toml [team_short] cues); elsewhere it names someone else
    ("알토스는 이날 경기에서 3-1로 이겼다.", ["IBK기업은행 알토스"]),   # a score: sport
    ("트윈스는 시즌 첫 승을 거뒀다.", ["LG 트윈스"]),                    # 시즌
    ("한결제약은 알토스와 기술이전 계약을 체결했다.", []),                 # no word of sport: not the team
    ("LG트윈스가 신인 선수를 영입했다.", ["LG 트윈스"]),                  # starts with the full name: always
]


@pytest.mark.parametrize("text, names", TEAM_SHORT_NAMES)
def test_team_short_names_need_sport(make_ctx, text, names):
    assert [e.name for e in orgs(make_ctx, text) if e.rule_id.startswith("org.known")] == names
