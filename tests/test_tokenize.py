"""Tokenizer.analyse: the same morphemes and sentences as Kiwi's own ``split_into_sents``.

``analyse`` reads Kiwi through ``Kiwi.tokenize`` (one analysis, tokens tagged with their
sentence) rather than ``split_into_sents(..., return_tokens=True)``; these tests hold it to
exactly what ``split_into_sents`` gives, offsets shifted into the original text.
"""

from __future__ import annotations

import pytest

from kopress.tokenize import MAX_CHUNK, Morph, Sentence, chunks


def _reference(kiwi, text: str) -> tuple[list[tuple], list[tuple]]:
    """(morphs, sentences) straight from ``split_into_sents`` per chunk, sorted by (start, end)."""
    morphs, sentences = [], []
    for off, piece in chunks(text):
        if not piece.strip():
            continue
        for s in kiwi.split_into_sents(piece, return_tokens=True):
            sentences.append((off + s.start, off + s.end))
            morphs += [(off + t.start, off + t.start + t.len, t.form, t.tag) for t in s.tokens]
    morphs.sort(key=lambda m: (m[0], m[1]))
    return morphs, sentences


TEXTS = [
    "㈜한빛마린은 베트남 기업과 수출계약을 체결했다.",
    "서울시는 5일 청년 창업 지원 사업을 발표했다. 올해 예산은 120억 원이다. 신청은 다음 달부터 받는다.",
    "“이번 협약으로 지역 경제가 살아날 것”이라고 말했다.\n\n문의: 홍보팀 02-123-4567",
    "제목만 있는 보도자료",
    "  \n\n  앞뒤 공백과 빈 줄  \n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_analyse_matches_split_into_sents(tokenizer, text):
    got = tokenizer.analyse(text)
    morphs, sentences = _reference(tokenizer.kiwi, text)
    assert [tuple(m) for m in got.morphs] == morphs
    assert [(s.start, s.end) for s in got.sentences] == sentences
    assert all(type(m) is Morph for m in got.morphs)
    assert all(type(s) is Sentence for s in got.sentences)


def test_long_text_chunks_keep_offsets(tokenizer):
    # 70 × ~58 chars ≈ 4,000 chars > MAX_CHUNK (3,000): at least two chunks, the second shifted
    line = "한국수출입은행은 3일 중소기업 수출 지원을 위해 500억 원을 투입한다고 밝혔다.\n"
    text = line * 70
    assert len(text) > MAX_CHUNK and len(chunks(text)) >= 2
    got = tokenizer.analyse(text)
    morphs, sentences = _reference(tokenizer.kiwi, text)
    assert [tuple(m) for m in got.morphs] == morphs
    assert [(s.start, s.end) for s in got.sentences] == sentences
    assert len(got.sentences) == 70  # one sentence a line
    last = got.sentences[-1]
    assert text[last.start:last.end] == line.strip()


@pytest.mark.parametrize("text,surface,form,tag", [
    ("계약을 체결했다.", "했", "하", "XSV"),   # 했 = 하/XSV + 었/EP on the same character
    ("계약을 체결했다.", "했", "었", "EP"),
    ("1000만 달러", "달러", "달러", "NNB"),
])
def test_morph_surface_is_text_slice(tokenizer, text, surface, form, tag):
    got = tokenizer.analyse(text)
    hits = [m for m in got.morphs if m.form == form and m.tag == tag]
    assert hits and all(text[m.start:m.end] == surface for m in hits)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n"])
def test_blank_text_has_no_morphs(tokenizer, text):
    got = tokenizer.analyse(text)
    assert got.morphs == () and got.sentences == ()


def test_morphs_sorted_by_start_end(tokenizer):
    got = tokenizer.analyse(TEXTS[1] * 3)
    keys = [(m.start, m.end) for m in got.morphs]
    assert keys == sorted(keys)


class _FakeKiwi:
    """Returns fixed tokens (start, len, form, tag, sent_position) whatever the text."""

    def __init__(self, tokens):
        from types import SimpleNamespace

        self.tokens = [SimpleNamespace(start=s, len=n, end=s + n, form=f, tag=t, sent_position=p, id=100)
                       for s, n, f, t, p in tokens]

    def tokenize(self, text):
        return self.tokens


@pytest.mark.parametrize("tokens,morphs,sentences", [
    # (start, len, form, tag, sentence) in order: kept as is; two sentences, 계약을 | 체결했다
    ([(0, 2, "계약", "NNG", 0), (2, 1, "을", "JKO", 0), (4, 2, "체결", "NNG", 1), (7, 2, "했다", "EF", 1)],
     [(0, 2), (2, 3), (4, 6), (7, 9)], [(0, 3), (4, 9)]),          # 2+1=3, 7+2=9
    # out of order (4:6 before 2:3): sorted by (start, end); 5:5 before 5:6
    ([(0, 2, "가", "NNG", 0), (4, 2, "다", "NNG", 0), (2, 1, "나", "JKO", 0), (5, 1, "마", "EF", 0),
      (5, 0, "라", "EP", 0)],
     [(0, 2), (2, 3), (4, 6), (5, 5), (5, 6)], [(0, 5)]),           # last token 5+0=5 ends the sentence
    # same (start, end): Kiwi's order kept (하 before 었), not the forms' order (었 < 하)
    ([(0, 1, "하", "XSV", 0), (0, 1, "었", "EP", 0)], [(0, 1), (0, 1)], [(0, 1)]),
])
def test_analyse_orders_morphs_and_groups_sentences(tokens, morphs, sentences):
    from kopress.tokenize import Tokenizer

    tok = Tokenizer.__new__(Tokenizer)  # no Kiwi: a fake that returns ``tokens``
    tok.kiwi, tok.unknown_nng = _FakeKiwi(tokens), 2
    got = tok.analyse("가" * 10)
    assert [(m.start, m.end) for m in got.morphs] == morphs
    assert [(s.start, s.end) for s in got.sentences] == sentences
    if len(tokens) == 2:
        assert [m.form for m in got.morphs] == ["하", "었"]


@pytest.mark.parametrize("text, guessed", [
    # a name Kiwi has never seen, read as a common noun: its start is in Analysis.unknown
    ("베트남 빈그룹 계열사 빈패스트와 배터리 재활용 설비 공급 계약을 체결했다.", ["빈패스트"]),
    ("미국 제약사 노바젠과 총 1억2천만 달러 규모의 계약을 맺었다.", ["노바젠"]),
    # words Kiwi knows are never in it (관계자/NNG, 계약/NNG), nor is a guessed proper noun (NNP)
    ("업체 관계자는 계약을 체결했다고 말했다.", []),
])
def test_unknown_common_nouns_are_marked(tokenizer, text, guessed):
    got = tokenizer.analyse(text)
    assert sorted(m.form for m in got.morphs if m.start in got.unknown and m.tag == "NNG") == guessed
    assert len(got.unknown) == len(guessed)


@pytest.mark.parametrize("text, name, particle", [
    # Kiwi keeps 와 inside an unknown name after ㈜ (누리소프트와/NNP): the wrapper splits it off
    ("최우수상은 ㈜누리소프트와 ㈜가람랩이, 우수상은 ㈜세진테크가 수상했다.", "누리소프트", ("와", "JC")),
    # …and the subject's 는 (누리전자는/NNP): a passive acquisition's company sold is read again
    ("㈜누리전자는 ㈜한빛테크에 흡수합병됐다.", "누리전자", ("는", "JX")),
])
def test_particle_glued_into_a_name_after_a_legal_form_is_split(tokenizer, text, name, particle):
    morphs = tokenizer.analyse(text).morphs
    i = next(k for k, m in enumerate(morphs) if m.form.startswith(name))
    assert (morphs[i].form, morphs[i].tag) == (name, "NNP")
    assert (morphs[i + 1].form, morphs[i + 1].tag) == particle and morphs[i + 1].start == morphs[i].end
    assert all(text[m.start:m.end] == m.form for m in morphs[i:i + 2])


@pytest.mark.parametrize("text, particle", [
    # Kiwi misreads a one-letter particle right after a trailing ㈜ (tokenize.toml [after_trailing_mark]);
    # what Kiwi gave is beside each row
    ("㈜한빛케미칼은 자회사 누리소재㈜를 흡수합병하기로 했다.", ("를", "JKO")),  # 르/NNG + ᆯ/JKO
    ("누리소재㈜는 한빛케미칼과 공급계약을 체결했다.", ("는", "JX")),          # 늘/VV + ᆫ/ETM
    ("한빛케미칼은 누리소재㈜와 공급계약을 체결했다.", ("와", "JC")),          # 와/IC
    ("누리소재㈜가 밝혔다.", ("가", "JKS")),                                     # 가/NNG
    ("누리소재㈜의 대표가 밝혔다.", ("의", "JKG")),                               # 의/NNG
    ("한빛케미칼은 누리소재㈜에 50억원을 투자했다.", ("에", "JKB")),             # 에/IC
    ("누리소재㈜이 밝혔다.", ("이", "JKS")),                                     # 이/MM
])
def test_particle_after_a_trailing_legal_form_gets_its_tag(tokenizer, text, particle):
    morphs = tokenizer.analyse(text).morphs
    i = next(k for k, m in enumerate(morphs) if m.form == "㈜" and m.start > 0 and text[m.start - 1] != " ")
    after = [m for m in morphs if m.start == morphs[i].end]
    assert [(m.form, m.tag) for m in after] == [particle]  # one morpheme over the particle, no NNG/VV piece
    assert text[after[0].start:after[0].end] == after[0].form


@pytest.mark.parametrize("text", [
    "㈜가람랩이 수상했다.",          # a leading mark: 가 opens the name, not a particle
    "한빛㈜가람 지점에서 열렸다.",   # 가 is not alone up to the word's end
    "한빛테크 ㈜는 없다.",           # the mark after a space trails no name
])
def test_mark_followed_by_a_name_or_a_space_is_left_as_kiwi_read_it(tokenizer, text):
    morphs = tokenizer.analyse(text).morphs
    mark = next(m for m in morphs if m.form == "㈜")
    kiwi = [(t.form, t.tag) for t in tokenizer.kiwi.tokenize(text) if t.start == mark.end]
    assert [(m.form, m.tag) for m in morphs if m.start == mark.end] == kiwi
