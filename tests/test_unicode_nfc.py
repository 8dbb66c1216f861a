"""Decomposed Hangul (NFD, as macOS writes it) gives the same records as composed text, with offsets
into the text as given."""

from __future__ import annotations

import unicodedata

import pytest

import kopress
from kopress.unicode_nfc import analysis_map, nfc_map

RELEASE = (
    "㈜한빛테크는 베트남 하노이의 탄롱산업과 연간 500만 달러 규모의 수출계약을 체결했다고 26일 밝혔다. "
    "행사는 12월 2일부터 5일까지 열린다. 박정훈 시장은 “수출을 늘리겠다”고 말했다."
)


def _records(doc):
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    return {
        "entities": [(e.label, nfc(e.text), e.name, e.legal_form) for e in doc.entities],
        "amounts": [(nfc(a.text), a.value, a.unit) for a in doc.amounts],
        "dates": [(nfc(d.text), d.value, d.value_end) for d in doc.dates],
        "deals": [(d.type, d.party_name, d.value) for d in doc.deals],
        "quotes": [(nfc(q.text), q.speaker) for q in doc.quotes],
    }


def test_decomposed_text_gives_the_records_of_composed_text():
    nfd = unicodedata.normalize("NFD", RELEASE)
    assert len(nfd) > len(RELEASE)  # 한 = ᄒ+ᅡ+ᆫ: three code points for one syllable
    composed, decomposed = kopress.extract(RELEASE, "2026-11-26"), kopress.extract(nfd, "2026-11-26")
    assert _records(decomposed) == _records(composed)
    # the records by hand: the company without its legal form, the value, the contract
    assert ("ORG", "㈜한빛테크", "한빛테크", "주식회사") in _records(decomposed)["entities"]
    assert [(d.type, d.party_name) for d in decomposed.deals] == [("export_contract", "한빛테크")]


def test_offsets_index_the_decomposed_text_as_given():
    nfd = unicodedata.normalize("NFD", RELEASE)
    doc = kopress.extract(nfd, "2026-11-26")
    assert doc.text == nfd
    for family in (doc.entities, doc.amounts, doc.dates, doc.deals, doc.quotes):
        for span in family:
            assert nfd[span.start:span.end] == span.text
            assert span.text == unicodedata.normalize("NFD", span.text)  # the original's characters
    # a range's end offset moves with it: "5일까지" starts end_offset characters into the span
    rng = next(d for d in doc.dates if d.value_end is not None)
    assert nfd[rng.start + rng.parts["end_offset"]:].startswith(unicodedata.normalize("NFD", "5일까지"))


@pytest.mark.parametrize("text, expected", [
    ("한빛", None),                                  # NFC already: no map
    ("\u1112\u1161\u11ab \ud14c", ("한 테", [0, 3, 4], [3, 4, 5])),  # 한 = 3 jamo → 1; space; 테 as is
    ("e\u0301!", ("é!", [0, 2], [2, 3])),           # a combining accent joins its letter
])
def test_nfc_map_by_hand(text, expected):
    m = nfc_map(text)
    assert (m if m is None else (m.text, m.starts, m.ends)) == expected


@pytest.mark.parametrize("text, expected", [
    ("R&D 투자", None),                       # & with no reference: analysed as given
    ("&foo; 확대", None),                     # an unknown name stays as written
    # &nbsp; (6 characters) → one space at 4; the characters after it move back by 5
    ("한빛테크&nbsp;대표", ("한빛테크 대표", [0, 1, 2, 3, 4, 10, 11], [1, 2, 3, 4, 10, 11, 12])),
    # &amp; → & (offset 1, 5 characters); <br> → a line break (offset 3, 4 characters)
    ("M&amp;A<br>끝", ("M&A\n끝", [0, 1, 6, 7, 11], [1, 6, 7, 11, 12])),
    # a numeric reference: &#54620; is 한 (U+D55C = 54620), 8 characters
    ("&#54620;빛", ("한빛", [0, 8], [8, 9])),
    # a reference and decomposed Hangul at once: the maps compose (ᄒ+ᅡ+ᆫ at 6..9 → 한)
    ("&quot;\u1112\u1161\u11ab", ("\"한", [0, 6], [6, 9])),
])
def test_analysis_map_by_hand(text, expected):
    m = analysis_map(text)
    assert (m if m is None else (m.text, m.starts, m.ends)) == expected


def test_html_references_give_the_records_of_plain_text_with_offsets_into_the_text_as_given():
    scraped = RELEASE.replace(" ", "&nbsp;", 3).replace("“", "&ldquo;").replace("”", "&rdquo;")
    plain, doc = kopress.extract(RELEASE, "2026-11-26"), kopress.extract(scraped, "2026-11-26")
    assert doc.text == scraped
    assert [(e.label, e.name) for e in doc.entities] == [(e.label, e.name) for e in plain.entities]
    assert [(d.type, d.party_name, d.value) for d in doc.deals] == [("export_contract", "한빛테크", 5_000_000)]
    assert [(q.speaker, q.text) for q in doc.quotes] == [("박정훈", "수출을 늘리겠다")]
    for family in (doc.entities, doc.amounts, doc.dates, doc.deals, doc.quotes):
        for span in family:
            assert scraped[span.start:span.end] == span.text
