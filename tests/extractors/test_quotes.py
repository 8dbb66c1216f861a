"""Quotes and their speakers: table-driven, on sentences written for these tests."""

from __future__ import annotations

import pytest
from kopress.extractors import quotes
from kopress.extractors.base import Context


def _quotes(make_ctx, text: str):
    from kopress.extractors import boilerplate, dates, entities

    ctx: Context = make_ctx(text, "2026-11-27")
    ctx.set_boilerplate(boilerplate.extract(ctx))
    ctx.dates = dates.extract(ctx)  # a date between the subject and the quote is a setting
    ctx.entities = entities.extract(ctx)
    found = quotes.extract(ctx)
    for q in found:
        assert text[q.start:q.end] == q.text
    return found


# (text, [(quoted words, speaker, role, verb)])
CASES = [
    # a date between the subject and the quote is a setting, as a place in 에서 is (before: no speaker)
    ("이도윤 한빛테크 대표는 26일 기자간담회에서 “내년 매출 1조원을 달성하겠다”고 말했다.",
     [("내년 매출 1조원을 달성하겠다", "이도윤", "대표", "말하다")]),
    ("이도윤 대표는 지난달 “감사하다”고 말했다.", [("감사하다", "이도윤", "대표", "말하다")]),
    # the subject between two quotes speaks both (“…”라며 박 시장은 “…”); before: the first quote was
    # the previous speaker's (이도윤)
    ("박정훈 울산시장은 “환영한다”고 말했다. 이도윤 대표는 “감사하다”고 답했다. “이번 협약은 시작에 "
     "불과하다”라며 박 시장은 “더 많은 기업을 유치하겠다”고 덧붙였다.",
     [("환영한다", "박정훈", "시장", "말하다"), ("감사하다", "이도윤", "대표", "답하다"),
      ("이번 협약은 시작에 불과하다", "박정훈", "시장", None),
      ("더 많은 기업을 유치하겠다", "박정훈", "시장", "덧붙이다")]),
    # a person with a title, two quotes chained by 이라며
    ("박태호 시장은 “수소선박은 지역 조선업의 새 성장 동력”이라며 “기업 지원을 늘리겠다”고 말했다.",
     [("수소선박은 지역 조선업의 새 성장 동력", "박태호", "시장", "말하다"),
      ("기업 지원을 늘리겠다", "박태호", "시장", "말하다")]),
    # name, organisation and title before the quote; ASCII quotes
    ('윤지호 다온테크 대표는 "이번 계약으로 해외 매출이 두 배가 될 것"이라고 밝혔다.',
     [("이번 계약으로 해외 매출이 두 배가 될 것", "윤지호", "대표", "밝히다")]),
    # the person's Latin spelling in brackets, the company, the title and its abbreviation
    ('앤드루 밀러(Andrew Miller) 메드브릿지 최고경영자(CEO)는 "판독 정확도는 업계 최고 수준"이라고 말했다.',
     [("판독 정확도는 업계 최고 수준", "앤드루 밀러", "최고경영자", "말하다")]),
    # an organisation's spokesperson speaks for it
    ("누리바이오 관계자는 “임상 일정에는 변동이 없다”고 전했다.",
     [("임상 일정에는 변동이 없다", "누리바이오", "관계자", "전하다")]),
    # verbs of answering and forecasting are speech verbs too (quote_words.tsv)
    ("박지은 누리바이오 부사장은 “양사 협력이 기대된다”고 화답했다.",
     [("양사 협력이 기대된다", "박지은", "부사장", "화답하다")]),
    ("누리바이오 관계자는 “올해 수출이 크게 늘 것”이라고 전망했다.",
     [("올해 수출이 크게 늘 것", "누리바이오", "관계자", "전망하다")]),
    # …and of rebutting, explaining and urging (before: the verb was left empty)
    ("누리전자 측은 “사실무근”이라고 반박했다.", [("사실무근", "누리전자", "측", "반박하다")]),
    # …and an analyst's (분석했다, 진단했다; before: the verb was left empty)
    ("한빛증권 관계자는 “수주 잔고가 3조원에 이른다”고 분석했다.",
     [("수주 잔고가 3조원에 이른다", "한빛증권", "관계자", "분석하다")]),
    ("누리경제연구소 관계자는 “내수가 바닥을 지났다”고 진단했다.",
     [("내수가 바닥을 지났다", "누리경제연구소", "관계자", "진단하다")]),
    # 회사 측, 회사 관계자, 회사는: the last company that stood as a subject before (quote_words.tsv, role
    # company); an institute is no 회사, and with no company subject there is no speaker
    ("한국기계연구원은 기술을 이전했다. 세림하이텍은 압축기를 출시한다. 회사 측은 “비용을 30% 낮출 것”이라고 설명했다.",
     [("비용을 30% 낮출 것", "세림하이텍", "측", "설명하다")]),
    ("세림하이텍은 압축기를 출시한다. 회사 관계자는 “내년 양산한다”고 말했다.",
     [("내년 양산한다", "세림하이텍", "관계자", "말하다")]),
    ("세림하이텍은 압축기를 출시한다. 회사는 “내년 양산한다”고 밝혔다.",
     [("내년 양산한다", "세림하이텍", None, "밝히다")]),
    ("한국기계연구원은 기술을 ㈜세림하이텍에 이전했다. 회사 측은 “비용을 낮출 것”이라고 설명했다.",
     [("비용을 낮출 것", None, None, "설명하다")]),
    ("세림하이텍은 압축기를 출시한다. 업계 측은 “수요가 늘 것”이라고 전망했다.",
     [("수요가 늘 것", None, None, "전망하다")]),
    ("누리바이오 관계자는 “일정에는 문제가 없다”고 해명했다.",
     [("일정에는 문제가 없다", "누리바이오", "관계자", "해명하다")]),
    ("박정훈 울산시장은 “지원을 늘려 달라”고 촉구했다.", [("지원을 늘려 달라", "박정훈", "시장", "촉구하다")]),
    # the organisation itself is the subject
    ("다온테크는 “올해 안에 양산 체제를 갖추겠다”고 밝혔다.",
     [("올해 안에 양산 체제를 갖추겠다", "다온테크", None, "밝히다")]),
    # a second subject between two quotes of one sentence speaks the second one, with its own verb
    ("다온테크는 “가격을 내리겠다”고 했지만, 윤지호 대표는 “아직 이르다”고 말했다.",
     [("가격을 내리겠다", "다온테크", None, "하다"), ("아직 이르다", "윤지호", "대표", "말하다")]),
    # two persons joined by 과 speak together: no single speaker is named
    ("박태호 시장과 윤지호 대표는 “함께 노력하겠다”고 밝혔다.",
     [("함께 노력하겠다", None, None, "밝히다")]),
    # the next sentence continues the speaker (이어, no subject)
    ("한서진 교수는 “연구 성과를 산업 현장에 옮기겠다”고 말했다. 이어 “학생 창업도 돕겠다”고 덧붙였다.",
     [("연구 성과를 산업 현장에 옮기겠다", "한서진", "교수", "말하다"),
      ("학생 창업도 돕겠다", "한서진", "교수", "덧붙이다")]),
    # …even when another speaker's sentence follows it (the subject before the next quote is in the next
    # sentence, not this one's: before, 관계자 spoke 학생 창업도 돕겠다)
    ("한서진 교수는 “연구 성과를 옮기겠다”고 말했다. 이어 “학생 창업도 돕겠다”고 덧붙였다.\n"
     "다온테크 관계자는 “아직 결정된 바 없다”고 말했다.",
     [("연구 성과를 옮기겠다", "한서진", "교수", "말하다"), ("학생 창업도 돕겠다", "한서진", "교수", "덧붙이다"),
      ("아직 결정된 바 없다", "다온테크", "관계자", "말하다")]),
    # a pronoun subject continues the previous speaker
    ("오정민 원장은 “장비 도입을 서두르겠다”고 말했다. 그는 “예산은 이미 확보했다”고 강조했다.",
     [("장비 도입을 서두르겠다", "오정민", "원장", "말하다"),
      ("예산은 이미 확보했다", "오정민", "원장", "강조하다")]),
    # quotes with no named speaker stay unattributed: nothing is guessed
    ("업계에서는 “수요가 당분간 늘어날 것”이라는 전망이 나온다. 한 참석자는 “분위기가 좋았다”고 말했다.",
     [("분위기가 좋았다", None, None, "말하다")]),
    # a setting between the subject and the quote (…에서, 이날) keeps the subject the speaker
    ("한도윤 대표는 취임사에서 “친환경 선박으로 바꾸겠다”고 밝혔다.",
     [("친환경 선박으로 바꾸겠다", "한도윤", "대표", "밝히다")]),
    ("박태호 시장은 이날 기자회견에서 “수소 산업을 키우겠다”고 말했다.",
     [("수소 산업을 키우겠다", "박태호", "시장", "말하다")]),
    # 도 (too) marks the subject as 은/는 does: the second speaker of a release
    ("최민혁 한빛중공업 사장도 “상용화에 속도를 내겠다”고 말했다.",
     [("상용화에 속도를 내겠다", "최민혁", "사장", "말하다")]),
    # …but a name ending in 도 right before the quote is no subject with a particle
    ("이에 제주특별자치도 “관광객을 늘리겠다”고 밝혔다.", [("관광객을 늘리겠다", None, None, "밝히다")]),
    # the subject after the quote, right before the verb, speaks (a sentence that opens with the quote)
    ("“수출 100억 달러를 넘기겠다”고 김민수 대표는 말했다.",
     [("수출 100억 달러를 넘기겠다", "김민수", "대표", "말하다")]),
    # …a nameless one there is nobody, not the previous speaker
    ("박태호 시장은 “수출을 늘리겠다”고 말했다. “수요가 늘 것”이라고 업계 관계자는 말했다.",
     [("수출을 늘리겠다", "박태호", "시장", "말하다"), ("수요가 늘 것", None, None, "말하다")]),
    # a quote opening the next sentence with no subject continues the speaker, even when Kiwi reads
    # the two sentences as one (the quote marks hide the end mark from it)
    ("박태호 시장은 “수출을 늘리겠다”고 말했다. “지원을 늘리겠다”고 덧붙였다.",
     [("수출을 늘리겠다", "박태호", "시장", "말하다"), ("지원을 늘리겠다", "박태호", "시장", "덧붙이다")]),
    # a time word that is no setting: the speaker is not looked for further back
    ("시는 지난해 설명회에서 “참여 기업을 늘리겠다”고 했다.",
     [("참여 기업을 늘리겠다", None, None, "하다")]),
    # the sentence after the quote names its speaker (이같이 + a speech verb points back at it): the
    # first subject of that sentence speaks, even with no quotative ending after the quote (before:
    # no quote at all)
    ("“올해 매출 목표는 500억원입니다.” 서지민 대표는 26일 기자간담회에서 이같이 말했다.",
     [("올해 매출 목표는 500억원입니다.", "서지민", "대표", "말하다")]),
    # …the quotes that run on to it are that speaker's too, not the previous paragraph's (before:
    # the first quote went to 윤지호, the second was no quote)
    ("윤지호 다온테크 대표는 “수출을 늘리겠다”고 말했다.\n\n“동남아 진출이 빨라질 것”이라며 “현지 인력을 "
     "채용하겠다.” 서지민 오름데이터 대표는 이같이 밝혔다.",
     [("수출을 늘리겠다", "윤지호", "대표", "말하다"), ("동남아 진출이 빨라질 것", "서지민", "대표", "밝히다"),
      ("현지 인력을 채용하겠다.", "서지민", "대표", "밝히다")]),
    # …two quoted paragraphs, then the naming sentence (이렇게; 박 is the short form of 박태호)
    ("박태호 시장은 “수출을 늘리겠다”고 말했다.\n“지원을 늘리겠다.”\n“기업과 함께 가겠다.”\n"
     "박 시장은 이날 기자회견에서 이렇게 강조했다.",
     [("수출을 늘리겠다", "박태호", "시장", "말하다"), ("지원을 늘리겠다.", "박태호", "시장", "강조하다"),
      ("기업과 함께 가겠다.", "박태호", "시장", "강조하다")]),
    # …a pronoun subject there is the previous speaker
    ("오정민 원장은 “장비를 늘리겠다”고 말했다. “예산은 확보했다.” 그는 이같이 덧붙였다.",
     [("장비를 늘리겠다", "오정민", "원장", "말하다"), ("예산은 확보했다.", "오정민", "원장", "덧붙이다")]),
    # negatives: a nameless subject, or none, in the naming sentence: no speaker (not the previous one)
    ("“올해가 분수령이 될 것”이라며 “투자를 늘리겠다.” 업계 관계자는 이같이 전했다.",
     [("올해가 분수령이 될 것", None, None, "전하다"), ("투자를 늘리겠다.", None, None, "전하다")]),
    ("박태호 시장은 “수출을 늘리겠다”고 말했다. “경기가 나쁘다.” 이같이 말했다.",
     [("수출을 늘리겠다", "박태호", "시장", "말하다"), ("경기가 나쁘다.", None, None, "말하다")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quotes_and_speakers(make_ctx, text, expected):
    got = [(q.text, q.speaker, q.speaker_role, q.verb) for q in _quotes(make_ctx, text)]
    assert got == expected


# words in quotes that are no speech: a name, a title, an emphasis (no quotative ending after them)
NOT_QUOTES = [
    "이번 행사는 “스마트 제조 위크”라는 이름으로 열린다.",
    "다온테크는 신제품 “다온 허브”를 출시했다.",
    "정부는 ‘탄소중립 선도도시’를 지정했다고 밝혔다.",  # single quotes mark names, not speech
    '회사는 "AI"를 앞세웠다.',
    # a name in quotes before a sentence with no speech verb pointing back at it
    "“한빛 스마트팩토리”. 서지민 대표는 이날 신제품을 공개했다.",
    # …or with the pointing word and no speech verb after it (이렇게 만들었다)
    "“다온 허브” 서지민 대표는 제품을 이렇게 만들었다.",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_no_quote_without_a_quotative_ending(make_ctx, text):
    assert _quotes(make_ctx, text) == []


def test_speaker_is_linked_to_the_entity(make_ctx):
    text = "박태호 시장은 “협약을 환영한다”고 말했다. 박 시장은 지난해에도 협약을 맺었다."
    ctx = make_ctx(text)
    from kopress.extractors import entities

    ctx.entities = entities.extract(ctx)
    (q,) = quotes.extract(ctx)
    person = next(e for e in ctx.entities if e.label == "PERSON" and e.text == "박태호")
    assert q.speaker_id == person.entity_id and q.speaker_id  # the same E-id as 박태호
