"""dates family: properties over random text (never raises, offsets exact, shift-invariant)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopress.extractors.dates import extract

# Characters that build date-like noise: digits, units, cue words' syllables, separators.
ALPHABET = "0123456789년월일시분~-.:/()' 지난오는이달말초중순전후정오자정어제내일올해상하반기분요수목금토날간동안박제"

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(text=st.text(alphabet=ALPHABET, max_size=80),
       ref=st.sampled_from([None, dt.date(2023, 1, 16), dt.date(2024, 2, 29), dt.date(2022, 12, 31)]))
def test_random_text_never_raises_and_offsets_hold(make_ctx, text, ref):
    for m in extract(make_ctx(text, ref)):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        if m.value is None:
            assert m.value_end is None or m.resolved is False
        if m.value is not None and m.value_end is not None:
            assert m.value <= m.value_end


# (sentence, surface, value): a prefix shifts the offsets by its length and nothing else
KNOWN = [
    ("회사는 지난달 28일 제품을 출시했다.", "지난달 28일", dt.date(2022, 12, 28)),  # Jan−1 → Dec 2022
    ("행사는 21일 오후 2시 열린다.", "21일 오후 2시", dt.date(2023, 1, 21)),  # ref month
]


@SETTINGS
@given(prefix=st.text(alphabet="가나다라 .,\n", max_size=30), case=st.sampled_from(KNOWN))
def test_prefix_shifts_offsets(make_ctx, prefix, case):
    sentence, surface, value = case
    base = [m for m in extract(make_ctx(sentence, "2023-01-03")) if m.text == surface]
    shifted = [m for m in extract(make_ctx(prefix + "\n" + sentence, "2023-01-03")) if m.text == surface]
    assert len(base) == 1 and len(shifted) == 1
    assert shifted[0].start == base[0].start + len(prefix) + 1
    assert shifted[0].value == base[0].value == value
