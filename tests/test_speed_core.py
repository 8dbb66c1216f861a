"""Fast paths of the entity core agree with the slow paths they replace.

``base.entity`` builds an Entity without pydantic's validation when the values are plainly valid:
the record must be the one ``Entity(...)`` validates (same values, same field order, same fields
set, same dump), and any other value must still be validated and rejected.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from kopress.extractors import base
from kopress.schemas import Entity


def _validated(start, end, text, label, name, rule_id, **fields):
    return Entity(start=start, end=end, text=text, label=label, name=name, rule_id=rule_id, **fields)


def _same(a: Entity, b: Entity) -> None:
    assert type(a) is type(b) is Entity
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert a.model_fields_set == b.model_fields_set
    assert a.model_dump_json() == b.model_dump_json()
    assert a == b


def test_fast_path_is_on():
    # off only when Entity changes (a field, a type, a validator): then every record is validated
    assert base._ENTITY_FAST is not None


# (start, end, text, label, name, rule_id, fields): spans of sentences written for this test
RECORDS = [
    (0, 5, "㈜한빛마린", "ORG", "한빛마린", "org.legal_form.v1", {"legal_form": "주식회사", "kind": "company"}),
    (4, 7, "박정훈", "PERSON", "박정훈", "person.title.v1", {"title": "시장", "org": None}),  # org=None: set
    (10, 15, "울산광역시", "LOC", "울산광역시", "place.lexicon.v1", {"kind": "city"}),
    (0, 9, "2025 부산기계전", "EVENT", "2025 부산기계전", "event.named.v1", {}),
    (3, 7, "한빛로보", "ORG", "한빛로보", "link.repeat.v1", {"kind": None, "alias": None, "title": None, "org": None}),
    (0, 2, "대표", "PERSON", "김", "person.short_title.v1", {"id": "ent-1", "entity_id": "E1"}),
]


@pytest.mark.parametrize("start, end, text, label, name, rule_id, fields", RECORDS)
def test_fast_record_is_the_validated_record(start, end, text, label, name, rule_id, fields):
    _same(base.entity(start, end, text, label, name, rule_id, **fields),
          _validated(start, end, text, label, name, rule_id, **fields))


# values validation rejects: the fast path must not build them (it validates, which raises)
INVALID = [
    (5, 5, "", "ORG", "한빛", "org.suffix.v1", {}),  # empty span: end == start
    (7, 3, "한빛", "ORG", "한빛", "org.suffix.v1", {}),  # reversed span
    (-1, 3, "한빛", "ORG", "한빛", "org.suffix.v1", {}),  # negative offset
    (0, 2, "한빛", "COMPANY", "한빛", "org.suffix.v1", {}),  # not a label
    (0, 2, "한빛", "ORG", "한빛", "org.suffix.v1", {"score": "0.9"}),  # not a field (extra=forbid)
    (0, 2, "한빛", "ORG", None, "org.suffix.v1", {}),  # a name is required
    (0, 2, "한빛", "ORG", "한빛", "org.suffix.v1", {"id": None}),  # id is a str, not optional
    (0, 2, "한빛", "ORG", "한빛", "org.suffix.v1", {"kind": 3}),  # kind: str or None
]


@pytest.mark.parametrize("start, end, text, label, name, rule_id, fields", INVALID)
def test_invalid_values_are_still_rejected(start, end, text, label, name, rule_id, fields):
    with pytest.raises(ValidationError) as fast:
        base.entity(start, end, text, label, name, rule_id, **fields)
    with pytest.raises(ValidationError) as slow:
        _validated(start, end, text, label, name, rule_id, **fields)
    assert str(fast.value) == str(slow.value)


class _Str(str):
    """A str subclass: validation turns it into a plain str, so the fast path must not keep it."""


def test_values_validation_would_convert_are_validated():
    # True is an int to Python but validation reads it as 1; a str subclass becomes a str
    fast = base.entity(0, True, _Str("한"), "ORG", _Str("한"), "org.state_abbr.v1", kind=_Str("state"))
    slow = _validated(0, True, _Str("한"), "ORG", _Str("한"), "org.state_abbr.v1", kind=_Str("state"))
    _same(fast, slow)
    assert type(fast.end) is type(slow.end)


_OPTIONAL = st.one_of(st.none(), st.text(max_size=4), st.integers(-2, 2))


@given(
    start=st.one_of(st.integers(-3, 40), st.booleans()),
    length=st.integers(-2, 8),
    label=st.sampled_from(["ORG", "PERSON", "LOC", "EVENT", "DATE", ""]),
    name=st.one_of(st.text(max_size=6), st.none()),
    fields=st.dictionaries(st.sampled_from(["legal_form", "alias", "title", "org", "kind", "id", "entity_id"]),
                           _OPTIONAL, max_size=4),
)
def test_any_values_give_what_validation_gives(start, length, label, name, fields):
    end = start + length
    text = "한빛마린 울산광역시 박정훈 시장"[:max(0, length)]
    try:
        slow = _validated(start, end, text, label, name, "org.suffix.v1", **fields)
    except ValidationError as exc:
        with pytest.raises(ValidationError) as fast_exc:
            base.entity(start, end, text, label, name, "org.suffix.v1", **fields)
        assert str(fast_exc.value) == str(exc)
        return
    _same(base.entity(start, end, text, label, name, "org.suffix.v1", **fields), slow)


# Tokenizer.analyse sorts Kiwi's morphemes by (start, end) only when the starts or the ends do not
# ascend; a stable sort leaves a list already in that order unchanged, so the result must be
# Kiwi's tokens sorted (stably) by (start, end), whatever the order Kiwi gave.
SENTENCES = [
    "㈜한빛마린은 20일 베트남 하이퐁항에서 1000만 달러 규모의 수출계약을 체결했다고 밝혔다.",
    "안녕하세요, 한빛로보틱스 박정훈 대표입니다.",
    "한빛전자 신제품이 나온대서 매장을 찾았다.",  # 나온대서: Kiwi gives a zero-length 하 before the 어서 that starts a character earlier
    "전시회가 열린대서 부산에 갔다.",  # 열린대서: out of order too (the sort runs)
    "오름데이터는 “내년 상반기까지 생산 설비를 두 배로 늘리겠다”고 말했다.\n\n문의: 홍보팀",
    "각 지역의 새 정치 연합은 이걸 했다.",  # 각/MM, 새/MM and a zero-length ᆯ/JKO in 이걸
]


@pytest.mark.parametrize("text", SENTENCES)
def test_analyse_gives_kiwi_tokens_sorted_by_start_end(tokenizer, text):
    tokens = tokenizer.kiwi.tokenize(text)
    expected = sorted(((t.start, t.start + t.len, t.form, t.tag) for t in tokens), key=lambda m: (m[0], m[1]))
    if "대서" in text:  # the rows that exercise the sort: Kiwi's own order is not (start, end)
        assert [(t.start, t.start + t.len, t.form, t.tag) for t in tokens] != expected
    assert [tuple(m) for m in tokenizer.analyse(text).morphs] == expected


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3)), max_size=8))
def test_ascending_starts_and_ends_mean_start_end_order(pairs):
    spans = [(s, s + n) for s, n in pairs]
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    if starts == sorted(starts) and ends == sorted(ends):
        assert spans == sorted(spans)
