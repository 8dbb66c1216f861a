"""Fast paths of the entity and number families agree with the slow paths they skip.

Each fast path skips words (or texts) on which the rule can find nothing; the tests run the
family once as it is and once with the skip switched off, and ask for the same records.
Sentences written for these tests in press-release style (not taken from any corpus).
"""

from __future__ import annotations

import re

import pytest

from kopress.extractors import orgs
from kopress.extractors.entities import DocView


def _dump(records) -> list[dict]:
    return [r.model_dump() for r in records]


#: Sentences that reach every branch of ``orgs.find``: states (한·미, 남북), units (유엔 총회),
#: government bodies, name endings, Latin names, acronyms before an ending (GS 그룹), pairs of
#: words (레알 마드리드), media by context and by a report verb, legal forms, end words.
ORG_SENTENCES = [
    "한·미 정상은 진행 중인 협상을 마무리했고 남북 대화도 재개됐다.",
    "유엔 총회에서 산업통상자원부 장관이 기조연설을 했다.",
    "국회 국토교통위원회는 20일 전체회의를 열었다.",
    "GS 그룹과 LG유플러스는 데이터센터 사업에서 협력한다.",
    "인도 마힌드라 그룹은 한빛모터스와 합작법인을 세운다.",  # 그룹: a group word ([group_names])
    "레알 마드리드는 2일 새 감독을 발표했다.",
    "영국 일간 텔레그래프는 한빛로보틱스의 신제품을 소개했다.",
    "차이나데일리가 20일 보도했다. 소속사 뮤직앤뉴는 입장을 밝혔다.",
    "대한전자 주식회사는 1일 ㈜벤텍프런티어와 공급 계약을 맺었다.",
    "블루 오션 파트너스는 한빛마린(Hanbit Marine)에 50억 원을 투자했다.",
    "울산 남부경찰서는 A씨를 불구속 입건했다고 밝혔다.",
    "서울고법 형사12부는 이날 항소를 기각했다.",
    "일본군과 미군은 합동 훈련을 했다.",
    "유통기업 메디테라는 인터넷 매체 '한빛데일리'와 인터뷰했다.",
    "것 등 수 말 내 뒤 때 그 전 A 등의 한 글자 단어만 있는 문장이다.",
]


@pytest.mark.parametrize("text", ORG_SENTENCES)
def test_orgs_word_filters_agree_with_every_word(make_ctx, monkeypatch, text):
    doc = DocView(make_ctx(text))
    fast = orgs.find(doc)
    # the slow path: every word is live in _words, and _media looks at every word as in a text
    # with a report verb (fresh memos, so no answer of the fast path is reused)
    monkeypatch.setattr(orgs, "_ROLES", {})
    monkeypatch.setattr(orgs, "_inert", lambda stem, lex, pair_firsts: False)
    monkeypatch.setattr(orgs, "_report_verb", lambda: re.compile(""))
    assert _dump(orgs.find(doc)) == _dump(fast)


INERT = [
    ("것", True),  # one letter, no state abbreviation (한미중일북남러영독불), no lexicon entry
    ("중", False),  # 한·중: a state abbreviation when a middle dot is next to it
    ("A씨", True),  # a capital, but one Hangul letter (no Latin + Hangul name) and 씨 is not Latin
    ("GS", False),  # an acronym (GS 그룹) and a company of companies.tsv
    ("Zorbix", True),  # a capital, but lower-case letters after it: no acronym, no Hangul part
    ("국회", False),  # a government body (government.tsv)
    ("한빛테크", False),  # ends with 테크 (org_suffixes.tsv)
]


@pytest.mark.parametrize("stem, inert", INERT)
def test_orgs_inert(stem, inert):
    assert orgs._inert(stem, orgs.lexicon(), orgs._pair_firsts()) is inert


MEDIA = [
    # (sentence, ORG names of rule org.media_context.v1)
    ("차이나데일리가 20일 보도했다.", ["차이나데일리"]),  # the subject of a report verb
    ("영국 일간 텔레그래프는 이를 전했다.", ["텔레그래프"]),  # after 일간, no report verb in the text
    ("차이나데일리가 20일 전했다.", []),  # no report verb: not a news organisation by this rule
]


@pytest.mark.parametrize("text, names", MEDIA)
def test_orgs_media(make_ctx, text, names):
    doc = DocView(make_ctx(text))
    assert [e.name for e in orgs.find(doc) if e.rule_id == "org.media_context.v1"] == names


#: (stem, the event word that ends it): found by the last-letter test and the slice lookup.
CUES = [
    ("부산국제수산박람회", "박람회"),  # …박람회 (event_cues.tsv)
    ("스마트공장엑스포", "엑스포"),  # …엑스포
    ("한빛테크", None),  # 크 ends no event word
    ("국제회의실", None),  # 실 ends no event word
    ("", None),
]


@pytest.mark.parametrize("stem, cue", CUES)
def test_event_cue_of(stem, cue):
    from kopress.extractors import events

    events.cue_of.cache_clear()
    assert events.cue_of(stem) == cue
    # the slow path: every suffix of the stem looked up, longest first
    slow = next((stem[-k:] for k in range(len(stem), 0, -1) if stem[-k:] in events.cues()), None)
    assert slow == cue


#: (stem, a name ending of org_suffixes.tsv ends it): the last-letter test before ending_of.
ENDING_LASTS = [
    ("한빛테크", True),  # …테크
    ("동해대학교", True),  # …대학교
    ("다짐", False),  # 짐 ends no name ending (은행 does end with 행; 리 now does: 인더스트리)
]


@pytest.mark.parametrize("stem, ends", ENDING_LASTS)
def test_org_ending_last_letters(stem, ends):
    lex = orgs.lexicon()
    slow = any(stem[-k:] in lex.ending_map for k in range(1, len(stem) + 1))
    assert slow is ends
    assert (stem[-1] in lex.ending_lasts) is ends


#: Release texts with boilerplate of every kind: a line that holds a rule's required character
#: but no match (e-mail-like text, = in a sentence) sits beside the lines that match.
BOILERPLATE_TEXTS = [
    "본문 첫 문장이다.\n\n▲ 협약식 모습 (사진=울산시 제공)\n\n김민준 기자 minjun@hanbitnews.kr",
    "수익률 = 이익 / 투자액으로 계산했다.\n문의: 홍보팀 02-123-4567\n저작권자 © 한빛뉴스 무단전재 및 재배포 금지",
    "[관련기사]\n한빛테크, 신제품 출시\n새봄바이오, 투자 유치\n\n본문은 여기서 끝난다.",
    "ⓒ한빛포토 제공 사진 아래 설명이다.\n  \n(서울=한빛뉴스) 박서연 기자 = 정부는 20일 발표했다.",
    "이 문장에는 @ 표시와 ( 괄호만 있고 상용구는 없다.",
    "",
]


@pytest.mark.parametrize("text", BOILERPLATE_TEXTS)
def test_boilerplate_required_chars_agree_with_every_line(monkeypatch, text):
    import dataclasses

    from kopress.extractors import boilerplate

    fast = boilerplate.find_spans(text)
    rs = boilerplate.rules()
    slow_rules = dataclasses.replace(rs, rules=tuple(dataclasses.replace(r, needs=None) for r in rs.rules))
    monkeypatch.setattr(boilerplate, "rules", lambda: slow_rules)  # every rule tried on every line
    assert boilerplate.find_spans(text) == fast


REQUIRED = [
    # (pattern, the required class, a text it matches); ties keep the first class found
    (r"(?<![A-Za-z0-9])[a-z]{1,8}@[a-z]{1,8}\.kr", "[@]", "minjun@hanbit.kr"),  # @: 1 char (a-z: 26)
    (r"(?:사진|자료)\s*=\s*[가-힣]{1,10}", "[=]", "사진=울산시"),  # the branch proves nothing, = does
    (r"[(\[]\s*(?:사진|자료)\s*[=:]", r"[\(\[]", "(사진:"),  # [(\[] and [=:] both 2 chars: the first
    (r"(?:제공)+기자", "[제]", "제공기자"),  # repeated at least once: 제, 공, 기, 자 all 1 char: 제 first
    (r"[가-힣]+", None, "한빛"),  # one class of 11,172 characters: over the limit of 16
    (r"(?:ab)?c?", None, ""),  # nothing is always consumed
]


@pytest.mark.parametrize("pattern, needs, text", REQUIRED)
def test_required_chars(pattern, needs, text):
    from kopress import numbers

    assert numbers.required_chars(pattern) == needs
    m = re.search(pattern, text)
    assert m is not None
    if needs is not None:
        assert re.search(needs, m.group()) is not None  # the match does hold one


#: (stem, whether it is a title word): a title, an org + title compound, a unit head, or none.
TITLE_WORDS = [
    ("시장", True),  # a title (titles.tsv)
    ("울산광역시장", True),  # 울산광역시 + 장 (title_compounds.tsv: 시 + 장 → 시장)
    ("경제통상국장", True),  # a department + the unit head 국장 (entity_rules.toml [unit_titles])
    ("대표", True),  # a title ending with 표
    ("기업", False),  # 업 ends no title
    ("한빛테크", False),
    ("박정훈", False),  # 훈 ends no title
    ("", False),
]


@pytest.mark.parametrize("stem, title", TITLE_WORDS)
def test_persons_title_role_agrees_with_split_title(stem, title):
    from kopress.extractors import persons

    lex = persons.lexicon()
    # the slow path: any title's last letter, then split_title itself
    slow = bool(stem) and stem[-1] in persons._title_ends() and bool(
        persons._HANGUL_WORD.match(stem) or stem in lex.titles
    ) and persons.split_title(stem) is not None
    assert slow is title
    assert bool(persons._role(stem) & persons._TITLE) is title


@pytest.mark.parametrize("text", ORG_SENTENCES)
def test_orgs_words_hands_over_the_words_of_media_and_end_words(make_ctx, text):
    doc = DocView(make_ctx(text))
    media_cues, end_words_at = [], []
    orgs._words(doc, orgs.lexicon(), media_cues, end_words_at)
    # the slow path: every word of the text asked
    assert media_cues == [t for t in doc.tokens if orgs._media_cue(t)]
    assert end_words_at == [t for t in doc.tokens if t.stem in orgs.end_word_stems()]
