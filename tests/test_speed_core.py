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
