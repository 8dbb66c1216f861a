"""Property tests: offsets always index the original text; nothing raises on any text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.vocab import Vocab

import kopress
from kopress.doc import build_doc
from kopress.tokenize import default_tokenizer

PIECES = st.sampled_from([
    "㈜한빛마린", "(주)벤텍", "주식회사 한빛", "1000만 달러", "3천50만 원", "200여개 기업", "12.5%",
    "지난 3일", "오는 20일", "박정훈 시장은", "漢字", "株式會社", "ＡＢＣ１２３", "😀", "👩‍💻", "\x00", "\r\n",
    "\n\n", "  ", "\t", "ⓒ한빛뉴스", "㎡", "₩5,000", "US$ 1.2 billion", "\ufeff", "\u200b", "ᄀᄁ", "가\u0301",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=14).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def spans_of(doc):
    for family in (doc.entities, doc.amounts, doc.dates, doc.deals, doc.boilerplate):
        yield from family


@SETTINGS
@given(TEXTS)
def test_every_span_indexes_the_original_text(text):
    if not text.strip():
        return
    doc = kopress.extract(text)
    assert doc.text == text.removeprefix("\ufeff")
    for span in spans_of(doc):
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start:span.end] == span.text


@SETTINGS
@given(TEXTS)
def test_spacy_doc_text_is_the_original_text(text):
    analysis = default_tokenizer().analyse(text)
    for m in analysis.morphs:
        assert 0 <= m.start <= m.end <= len(text)
    doc = build_doc(Vocab(), analysis)
    assert doc.text == text


@SETTINGS
@given(st.text(alphabet=st.sampled_from("가나 \n"), max_size=30))
def test_prefix_shifts_amount_offsets(prefix):
    base = "㈜한빛마린은 1000만 달러 규모의 수출계약을 체결했다."
    a = kopress.extract(base).amounts
    b = kopress.extract(prefix + base).amounts if (prefix + base).strip() else []
    shifted = [(x.start + len(prefix), x.end + len(prefix), x.value, x.unit) for x in a]
    assert [(x.start, x.end, x.value, x.unit) for x in b if x.start >= len(prefix)] == shifted
