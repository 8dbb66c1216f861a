"""Decomposed Hangul (NFD, as macOS writes it) gives the same records as composed text, with offsets
into the text as given."""

from __future__ import annotations

import unicodedata

import pytest

import kopress
from kopress.unicode_nfc import nfc_map

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
