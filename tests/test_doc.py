"""spaCy Doc built from Kiwi: text preserved, shared surfaces merged, spans and displaCy work."""

from __future__ import annotations

from spacy import displacy
from spacy.vocab import Vocab

import kopress
from kopress.doc import build_doc, segments

TEXT = "㈜한빛마린은  연간 1000만 달러 규모의 수출계약을 체결했다.\r\n\r\n박정훈 시장은 \"환영한다\"고 말했다."


def test_segments_merge_shared_surfaces(tokenizer):
    analysis = tokenizer.analyse(TEXT)
    segs = segments(analysis)
    hae = TEXT.index("했")
    merged = [ms for s, e, ms in segs if s == hae]
    assert merged and [m.tag for m in merged[0]][:2] == ["XSV", "EP"]  # 했 = 하/XSV + 었/EP
    for (s1, e1, _), (s2, e2, _) in zip(segs, segs[1:]):
        assert e1 <= s2  # disjoint, in order


def test_doc_text_is_original_and_tokens_keep_morphs(tokenizer):
    doc = build_doc(Vocab(), tokenizer.analyse(TEXT))
    assert doc.text == TEXT
    hae = [t for t in doc if t.text == "했"]
    assert hae and hae[0].tag_.startswith("XSV+EP")
    assert ("하", "XSV") in hae[0]._.morphs and ("었", "EP") in hae[0]._.morphs
    assert any(t.text == "\r\n\r\n" and t.tag_ == "_SP" for t in doc)  # CRLF runs are tokens
    assert any(t.text == " " and t.tag_ == "_SP" for t in doc)  # the second of two spaces


def test_nlp_pipeline_sets_spans_and_renders():
    nlp = kopress.nlp()
    doc = nlp(TEXT)
    assert doc.text == TEXT
    spans = doc.spans["kopress"]
    money = [s for s in spans if s.label_ == "MONEY"]
    assert [s.text for s in money] == ["1000만 달러 규모"]
    assert money[0]._.record.value == 10_000_000  # 1000×10⁴
    assert list(doc.ents) and all(e.label_ for e in doc.ents)
    html = displacy.render(doc, style="ent")
    assert "1000만 달러" in html
