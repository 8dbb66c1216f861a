"""Boilerplate detection (kopress.extractors.boilerplate).

Examples were written for these tests in the style of Korean government, city and company
releases and news re-posts (no shared-data sentence). Each row lists the exact surfaces expected,
in order; negatives are sentences a release body really contains and that must never be masked.
"""

from __future__ import annotations

import pytest

from kopress.extractors import boilerplate
from kopress.extractors.boilerplate import extract, find_spans, rules

# (document, [(surface, kind), ...] in text order)
CASES = [
    # copyright footers: the whole line
    ("본문이다.\n저작권자 © 한빛뉴스 무단전재 및 재배포 금지",
     [("저작권자 © 한빛뉴스 무단전재 및 재배포 금지", "copyright")]),
    ("본문이다.\n<저작권자 ⓒ 울산경제신문, 무단 전재 및 재배포 금지>",
     [("<저작권자 ⓒ 울산경제신문, 무단 전재 및 재배포 금지>", "copyright")]),
    ("본문이다.\nCopyright © 한빛뉴스 All rights reserved.",
     [("Copyright © 한빛뉴스 All rights reserved.", "copyright")]),
    ("본문이다.\nⓒ 2025 한빛뉴스. All rights reserved.", [("ⓒ 2025 한빛뉴스. All rights reserved.", "copyright")]),
    ("본문이다.\n<한빛뉴스, 무단 전재-재배포 금지>", [("<한빛뉴스, 무단 전재-재배포 금지>", "copyright")]),
    # photo credits: only the credit part of a caption line
    ("▲ 박정훈 시장(왼쪽)과 이도윤 대표가 협약서를 들고 있다. (사진=울산시 제공)",
     [("(사진=울산시 제공)", "credit")]),
    ("한빛마린이 건조한 수소추진선 ⓒ한빛마린 제공", [("ⓒ한빛마린 제공", "credit")]),
    ("전시장 전경 [사진=벤텍프런티어]", [("[사진=벤텍프런티어]", "credit")]),
    ("<사진제공=한빛대학교>\n윤서연 교수 연구팀", [("<사진제공=한빛대학교>", "credit")]),
    ("사진=울산시 제공\n본문이다.", [("사진=울산시 제공", "credit")]),
    ("▲ 협약식에서 박정훈 시장이 인사말을 하고 있다. 사진=울산시 제공\n본문이다.", [("사진=울산시 제공", "credit")]),
    # a dateline and byline in lenticular brackets (【부산=…】), as in round and square ones (before:
    # LOC 부산 and ORG 뉴스1 from the byline)
    ("【부산=한빛뉴스】 이지은 기자 = 부산시는 27일 밝혔다.", [("【부산=한빛뉴스】 이지은 기자 =", "byline")]),
    # …after a slash at the caption's end (before: the credit's company stayed an entity of the text)
    ("김민수 대표가 기념촬영을 하고 있다. /사진=한빛테크 제공\n본문이다.", [("/사진=한빛테크 제공", "credit")]),
    # a re-post's notice about the article itself, on a line of its own (kind notice); a release's own
    # ※ note about its content stays text
    ("한빛테크는 신제품을 공개했다.\n※ 이 기사는 한빛경제신문 11월 27일자 지면에 게재됐습니다.",
     [("※ 이 기사는 한빛경제신문 11월 27일자 지면에 게재됐습니다.", "notice")]),
    ("신청은 온라인으로 한다.\n※ 세부 내용은 사업 공고문 참조", []),
    # bylines and e-mails
    ("본문이다.\n김민준 기자 minjun@hanbitnews.co.kr", [("김민준 기자 minjun@hanbitnews.co.kr", "byline")]),
    ("본문이다.\n[한빛뉴스 김민준 기자]", [("[한빛뉴스 김민준 기자]", "byline")]),
    ("(울산=한빛뉴스) 김민준 기자 = 울산시는 3일 수소 트램을 공개했다.",
     [("(울산=한빛뉴스) 김민준 기자 =", "byline")]),
    ("자세한 내용은 press@hanbit-marine.com으로 문의하면 된다.",
     [("press@hanbit-marine.com", "email")]),
    # contact lines
    ("본문이다.\n문의: 울산시 경제정책과 이서현 주무관 052-229-0000",
     [("문의: 울산시 경제정책과 이서현 주무관 052-229-0000", "contact")]),
    ("□ 담당 부서 : 혁신성장과 / 담당자 : 박지훈 사무관 (044-203-0000)\n",
     [("□ 담당 부서 : 혁신성장과 / 담당자 : 박지훈 사무관 (044-203-0000)", "contact")]),
    ("본문이다.\n한빛마린 홍보팀 김도윤 매니저 (전화 051-740-0000)",
     [("한빛마린 홍보팀 김도윤 매니저 (전화 051-740-0000)", "contact")]),
    # 관련기사: the header and each line of the list under it, until a blank line
    ("본문이다.\n\n관련기사\n- 울산시, 수소 트램 시범 운행\n- 한빛마린, 시리즈A 150억원 유치\n\n시는 앞으로도 지원한다고 말했다.",
     [("관련기사", "related"), ("- 울산시, 수소 트램 시범 운행", "related"),
      ("- 한빛마린, 시리즈A 150억원 유치", "related")]),
    ("본문이다.\n[관련기사]\n▶ 벤텍프런티어, IFA 2025 참가\n▶ 부산시 수출기업 200곳 지원",
     [("[관련기사]", "related"), ("▶ 벤텍프런티어, IFA 2025 참가", "related"),
      ("▶ 부산시 수출기업 200곳 지원", "related")]),
    ("[관련기사] 울산시, 수소 트램 시범 운행 시작\n본문이다.",
     [("[관련기사] 울산시, 수소 트램 시범 운행 시작", "related")]),
    # a sentence right under the header is NOT a list item (ends in 다.)
    ("관련기사\n시는 올해 수출기업 200곳을 지원한다고 밝혔다.", [("관련기사", "related")]),
    # CRLF line ends: spans never include the \r
    ("본문이다.\r\n김민준 기자\r\n저작권자 © 한빛뉴스 무단전재 및 재배포 금지\r\n",
     [("김민준 기자", "byline"), ("저작권자 © 한빛뉴스 무단전재 및 재배포 금지", "copyright")]),
]

# body sentences that must produce no boilerplate at all
NEGATIVES = [
    "김민준 기자가 현장을 직접 취재했다.",
    "문의가 이어지자 시는 설명회를 한 차례 더 열기로 했다.",
    "시는 전화 상담 창구(1588-0000)를 운영한다고 밝혔다.",
    "저작권자인 한빛마린은 무단 전재 금지를 요청했다.",
    "시는 자료의 무단 전재와 재배포 금지를 요청했다.",
    "관련기사를 참고하면 된다.",
    "사진 속 인물은 박정훈 울산시장이다.",
    "㈜한빛마린은 지난 3일 ⓒ 표시 없이 사진을 배포했다는 지적을 받았다.",
    "박정훈 시장은 \"수출 기업을 적극 지원하겠다\"고 말했다.",
    "문의 전화는 052-229-0000으로 하면 된다고 밝혔다.",
    "",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cases(make_ctx, text, expected):
    spans = extract(make_ctx(text))
    assert [(b.text, b.kind) for b in spans] == expected
    for b in spans:
        assert text[b.start:b.end] == b.text


@pytest.mark.parametrize("text", NEGATIVES)
def test_negatives(make_ctx, text):
    assert extract(make_ctx(text)) == []


RULE_EXAMPLES = [(r.id, r.kind, ex) for r in rules().rules for ex in r.examples]
RULE_NEGATIVES = [(r.id, neg) for r in rules().rules for neg in r.negatives]


@pytest.mark.parametrize("rule_id,kind,example", RULE_EXAMPLES)
def test_rule_examples_in_data_file(rule_id, kind, example):
    """Every example in boilerplate.toml, alone on a line after a body line, is found whole."""
    text = "본문이다.\n" + example
    spans = find_spans(text)
    assert [(text[s:e], k) for s, e, k, _ in spans] == [(example, kind)]


@pytest.mark.parametrize("rule_id,negative", RULE_NEGATIVES)
def test_rule_negatives_in_data_file(rule_id, negative):
    assert all(r != rule_id for _, _, _, r in find_spans(negative))


def test_sorted_disjoint_on_a_full_release(make_ctx):
    text = (
        "울산시, ㈜한빛마린과 수소선박 업무협약\n"
        "- 3년간 50억원 투입 (사진=울산시 제공)\n"
        "(울산=한빛뉴스) 김민준 기자 = 울산시는 지난 3일 ㈜한빛마린과 업무협약을 맺었다.\n"
        "▲ 협약식 모습 (사진=울산시 제공) ⓒ한빛마린 제공\n"
        "문의: 울산시 경제정책과 052-229-0000 / press@ulsan.example.kr\n\n"
        "관련기사\n- 울산시, 수소 트램 시범 운행\n\n"
        "김민준 기자 minjun@hanbitnews.co.kr\n"
        "저작권자 © 한빛뉴스 무단전재 및 재배포 금지\n"
    )
    spans = extract(make_ctx(text))
    kinds = [b.kind for b in spans]
    # credit(sub-title), byline prefix, credit, credit, contact (its e-mail inside it), related×2,
    # byline (its e-mail inside it), copyright = 9
    assert kinds == ["credit", "byline", "credit", "credit", "contact", "related", "related",
                     "byline", "copyright"]
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    ctx = make_ctx(text)
    ctx.set_boilerplate(spans)
    body = text.index("울산시는 지난 3일")
    assert not ctx.masked(body, body + 4)
    assert ctx.masked(text.index("minjun"), text.index("minjun") + 6)


def test_hostile_input_does_not_hang(make_ctx):
    text = "ⓒ" + "가" * 50_000 + "\n" + "a" * 10_000 + "@" + "b" * 10_000 + "\x00\n" + "(사진=" * 5000
    spans = find_spans(text)
    assert all(text[s:e] for s, e, _, _ in spans)


def test_bad_rule_file_fails_at_load(monkeypatch):
    import kopress.extractors.boilerplate as bp

    monkeypatch.setattr(bp, "load_toml", lambda name: {
        "max_line_chars": 10, "rule": [{"id": "x", "kind": "credit", "scope": "line", "pattern": "("}],
        "related": {},
    })
    bp.rules.cache_clear()
    try:
        with pytest.raises(bp.ResourceError):
            bp.rules()
    finally:
        monkeypatch.undo()
        bp.rules.cache_clear()
    assert boilerplate.rules().rules


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [
    "본문이다.", "(사진=울산시 제공)", "ⓒ한빛마린 제공", "관련기사", "- 울산시, 수소 트램",
    "김민준 기자 minjun@hanbitnews.co.kr", "저작권자 © 한빛뉴스 무단전재 및 재배포 금지",
    "문의: 052-229-0000", "\n", "\r\n", " ", "\x00", "㈜", "😀", "ＡＢＣ", "漢字", "a@b.co",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=8)), max_size=30))
def test_spans_sorted_disjoint_exact(pieces):
    text = "".join(pieces)
    spans = find_spans(text)
    for s, e, kind, _ in spans:
        assert 0 <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()  # trimmed: no surrounding spaces or \r
        assert "\n" not in text[s:e]
    for (s1, e1, *_), (s2, e2, *_) in zip(spans, spans[1:]):
        assert e1 <= s2
