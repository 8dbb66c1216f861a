"""Linking: all mentions of one entity in a document share an entity_id, and its canonical name.

Sentences written for these tests in press-release style (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kopress.extractors import entities


def mentions(make_ctx, text):
    found = entities.extract(make_ctx(text))
    for e in found:
        assert text[e.start:e.end] == e.text
    return found


LINKED = [
    # text, surfaces that must share one entity_id, their common name
    ("㈜한빛마린은 수주에 성공했다. 한빛마린과 협력사는 기뻐했다.", ["㈜한빛마린", "한빛마린"], "한빛마린"),
    ("한빛로보틱스(Hanbit Robotics)는 상장했다. Hanbit Robotics는 미국에 진출한다.",
     ["한빛로보틱스", "Hanbit Robotics", "Hanbit Robotics"], "한빛로보틱스"),
    ("울산광역시는 협약을 맺었다. 울산시는 예산을 지원한다.", ["울산광역시", "울산시"], "울산광역시"),
    ("산업통상자원부는 계획을 발표했다. 산업부는 내년에 시행한다.", ["산업통상자원부", "산업부"], "산업통상자원부"),
    ("박정훈 시장은 축사를 했다. 박 시장은 지원을 약속했다.", ["박정훈", "박"], "박정훈"),
    # a title's short form is the same title (보도국장 … 국장, 대표이사 … 대표)
    ("김시곤 KBS 보도국장은 말했다. 김 국장은 이어 밝혔다.", ["김시곤", "김"], "김시곤"),
    ("이도윤 한빛테크 대표이사는 말했다. 이 대표는 덧붙였다.", ["이도윤", "이"], "이도윤"),
    # a university and its short form (대학교 → 대)
    ("한빛대학교 연구팀이 소재를 개발했다. 한빛대는 특허를 출원했다.", ["한빛대학교", "한빛대"], "한빛대학교"),
    # …where Kiwi reads the short form as a common noun (한빛대/NNG before a department): a repeat
    ("한빛대학교는 24일 밝혔다. 센터는 한빛대 화학공학과 최윤아 교수가 맡는다.", ["한빛대학교", "한빛대"], "한빛대학교"),
    # a body of a province under the province's full and short names (경상남도 → 경남, [province_short])
    ("경상남도의회는 결의안을 채택했다. 경남도의회는 이를 국회에 보낸다.", ["경상남도의회", "경남도의회"], "경상남도의회"),
    # a university hospital and its short form (대학교병원 → 대병원)
    ("한빛대학교병원은 협약을 체결했다. 한빛대병원은 연수를 맡는다.", ["한빛대학교병원", "한빛대병원"], "한빛대학교병원"),
    # a province's full and short names (entity_rules.toml [province_short]), alone or opening a place
    ("시는 충청남도와 협력한다. 충남도 관계자는 지원을 약속했다.", ["충청남도", "충남도"], "충청남도"),
    ("공장은 충남 천안시에 들어선다. 충청남도 천안시에 본사도 옮긴다.", ["충남 천안시", "충청남도 천안시"], "충청남도 천안시"),
    # a common-noun name with its acronym is an ORG once another rule found the company (a person's
    # organisation): the repeated name takes the acronym as alias, and the acronym is a mention
    ("한지훈 미래정보시스템 부사장이 참석했다. 미래정보시스템(MIS)은 계약을 맺었다.",
     ["미래정보시스템", "미래정보시스템", "MIS"], "미래정보시스템"),
    # a foreign last name with the title of a full name before it (하트웰 시장 → 존 하트웰)
    ("존 하트웰 케이티 시장은 환영했다. 하트웰 시장은 지원을 약속했다.", ["존 하트웰", "하트웰"], "존 하트웰"),
    # a country + city chain is that city: a later bare mention of the city is the same place, named
    # by the fuller chain (미국 뉴욕 ≡ 뉴욕)
    ("회사는 미국 뉴욕에 지사를 열었다. 뉴욕 지사는 영업을 맡는다.", ["미국 뉴욕", "뉴욕"], "미국 뉴욕"),
    ("신제품은 독일 베를린에서 공개된다. 행사 기간 베를린에는 관람객이 몰린다.", ["독일 베를린", "베를린"], "독일 베를린"),
    # a body the lexicons know by its short form (government.tsv 식품의약국, FDA) in brackets right
    # after a longer name holding its name is that body: its later mentions too
    ("세온헬스케어는 미국 식품의약국(FDA)의 승인을 받았다. FDA는 이를 발표했다.",
     ["미국 식품의약국", "FDA", "FDA"], "미국 식품의약국"),
]


@pytest.mark.parametrize("text, surfaces, name", LINKED)
def test_linked(make_ctx, text, surfaces, name):
    found = mentions(make_ctx, text)
    group = [e for e in found if e.text in surfaces]
    assert [e.text for e in group] == surfaces
    assert len({e.entity_id for e in group}) == 1
    assert {e.name for e in group} == {name}


def test_ids_are_numbered_in_order_of_first_mention(make_ctx):
    text = "대한전자㈜와 한빛테크는 협약을 맺었다. 한빛테크는 부품을, 대한전자는 설비를 맡는다."
    found = mentions(make_ctx, text)
    ids = [(e.text, e.entity_id) for e in found if e.label == "ORG"]
    assert ids == [("대한전자㈜", "E1"), ("한빛테크", "E2"), ("한빛테크", "E2"), ("대한전자", "E1")]


NOT_LINKED = [
    # two different people with the same surname: a short reference stays unresolved
    ("박정훈 시장과 박서준 대표가 만났다. 박 의원은 불참했다.", "박"),
    # one person of that surname, but with another title: another person (보도국장 ≠ 지점장)
    ("김시곤 KBS 보도국장은 말했다. 김 지점장은 편지를 받았다.", "김"),
    # 김모 씨: the surname with 모 hides another person's name, not a short form of 김도윤's
    ("김도윤 대표는 고소장을 냈다. 경찰은 김모 씨를 붙잡았다.", "김"),
    # two full names that end with the same last word: the short one stays unresolved
    ("존 하트웰 시장과 메리 하트웰 시장이 만났다. 하트웰 시장은 말했다.", "하트웰"),
]


@pytest.mark.parametrize("text, short", NOT_LINKED)
def test_ambiguous_short_reference_is_not_linked(make_ctx, text, short):
    found = mentions(make_ctx, text)
    e = [e for e in found if e.text == short][0]
    assert e.name == short
    assert all(o.entity_id != e.entity_id for o in found if o is not e)


def test_surname_after_an_anonymised_one_is_not_the_named_person(make_ctx):
    """김모 씨 … 김씨는: with an anonymised 김 in the text, 김씨 is not 김도윤 (no name, no title)."""
    text = "김도윤 대표는 고소장을 냈다. 경찰은 김모 씨를 붙잡았다. 김씨는 혐의를 부인했다."
    found = [e for e in mentions(make_ctx, text) if e.label == "PERSON"]
    assert [(e.text, e.name, e.title) for e in found] == [("김도윤", "김도윤", "대표"), ("김", "김", None), ("김", "김", None)]
    assert found[0].entity_id not in {found[1].entity_id, found[2].entity_id}


@pytest.mark.parametrize("text, chain, bare", [
    # a Korean province + city chain is no country + city: 경기 광주 is not the city 광주 (광주광역시)
    ("경기 광주에 공장이 있고 광주에도 연구소가 있다.", "경기 광주", "광주"),
    # 강원 + 고성 (강원도 고성군) is not 고성 alone, which may be 경남 고성군
    ("강원 고성에 숙소를 짓고 고성 읍내에서 행사를 연다.", "강원 고성", "고성"),
])
def test_a_korean_place_chain_is_not_its_last_word(make_ctx, text, chain, bare):
    found = mentions(make_ctx, text)
    ids = {e.text: e.entity_id for e in found}
    assert chain in ids and bare in ids and ids[chain] != ids[bare]


SHORT_ALIASES = [
    # name(short form): the short form's syllables appear in the name in order, not side by side;
    # every later mention of it is the organisation's (Kiwi reads 해진공은 as 해/NNG 지/VV ㄴ 공/NNG 은/JX)
    ("한국해양진흥공사(해진공)는 금융을 공급한다. 해진공은 협약을 맺었다.", "한국해양진흥공사", "해진공", 3),
    ("한국산업은행(산은)과 협약을 맺었다. 산은 관계자는 환영했다.", "한국산업은행", "산은", 3),
    ("한빛해운협회(이하 해협)는 성명을 냈다. 해협은 대책을 요구했다.", "한빛해운협회", "해협", 3),
    # after a note, 이하 defines a short form that may be the name's first part, even a word the
    # place lexicon knows (한빛): later mentions are the company's, not a place
    ("한빛모빌리티(대표 류승완, 이하 '한빛')는 법인을 세운다. 한빛이 51%를 출자한다.", "한빛모빌리티", "한빛", 3),
]


@pytest.mark.parametrize("text, name, short, n", SHORT_ALIASES)
def test_short_alias_in_parentheses_links_later_mentions(make_ctx, text, name, short, n):
    found = [e for e in mentions(make_ctx, text) if e.label == "ORG" and e.name == name]
    assert len(found) == n  # the name, the short form in parentheses, its later mention
    assert {e.alias for e in found} == {short}
    assert len({e.entity_id for e in found}) == 1
    assert [e.text for e in found].count(short) == n - 1


NOT_SHORT_ALIASES = [
    "한빛건설(건설)은 공사를 맡았다. 건설 경기가 나쁘다.",      # a run of the name: a common word, no short form
    "한빛테크(대표 김도윤)는 협약을 맺었다.",                   # a note, not a short form
    "한국산업은행(서울)은 협약을 맺었다.",                       # 서울 is not made of the name's syllables
    "한빛모빌리티(대표 류승완)는 법인을 세운다. 한빛이 출자한다.",  # no 이하: the first part is no short form
]


@pytest.mark.parametrize("text", NOT_SHORT_ALIASES)
def test_no_short_alias(make_ctx, text):
    found = mentions(make_ctx, text)
    assert all(e.alias is None for e in found if e.label == "ORG")


KNOWN_ORG_WORDS = [
    # an organisation found in the release is no person's name before a title, and no part of a
    # city's paired name: (text, the org's surface, labels of every mention of that surface)
    ("비엣콤뱅크(Vietcombank)와 계약했다. 응우옌 탄 뚱 비엣콤뱅크 부행장이 참석했다.", "비엣콤뱅크", ["ORG", "ORG"]),
    ("비엣콤뱅크(Vietcombank)와 계약했다. 하노이 비엣콤뱅크 본점에서 열렸다.", "비엣콤뱅크", ["ORG", "ORG"]),
]


@pytest.mark.parametrize("text, surface, labels", KNOWN_ORG_WORDS)
def test_known_organisation_word_stays_the_organisation(make_ctx, text, surface, labels):
    found = mentions(make_ctx, text)
    assert [e.label for e in found if e.text == surface] == labels
    assert len({e.entity_id for e in found if e.text == surface}) == 1
    assert not any(e.label == "PERSON" and surface in e.name for e in found)
