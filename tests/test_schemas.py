"""The Arrow schemas are derived from the pydantic records, and values survive exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from kopress.schemas import TABLE_SCHEMAS, Amount, DateMention, Document, Entity
from kopress.schemas.arrow import document_rows, to_table

TEXT = "약 0.1억원과 3.5조원, 1000만 달러를 지난 3일 ㈜한빛마린이 받았다."


def make_doc() -> Document:
    def amt(surface, value, unit, **kw):
        s = TEXT.index(surface)
        return Amount(start=s, end=s + len(surface), text=surface, kind="MONEY", value=value, unit=unit, **kw)

    s = TEXT.index("㈜한빛마린")
    d = TEXT.index("지난 3일")
    return Document(
        id="d1", source="t", text_sha256="0" * 64, n_chars=len(TEXT), text=TEXT,
        amounts=[
            amt("약 0.1억원", Decimal("0.1") * 10**8, "KRW", approximate=True),  # 0.1×10⁸ = 10,000,000
            amt("3.5조원", Decimal("3.5") * 10**12, "KRW"),  # 3.5×10¹² = 3,500,000,000,000
            amt("1000만 달러", Decimal(1000 * 10**4), "USD", per="year"),  # 1000×10⁴
        ],
        entities=[Entity(start=s, end=s + 6, text="㈜한빛마린", label="ORG", name="한빛마린", legal_form="주식회사")],
        dates=[DateMention(start=d, end=d + 5, text="지난 3일", value=dt.date(2025, 3, 3), parts={"day": 3})],
    )


def test_every_model_field_is_a_column():
    assert set(TABLE_SCHEMAS["amounts"].names) == {"doc_id"} | set(Amount.model_fields)
    assert "entities" not in TABLE_SCHEMAS["documents"].names
    assert TABLE_SCHEMAS["amounts"].field("value").type == pa.decimal128(38, 6)
    assert TABLE_SCHEMAS["dates"].field("value").type == pa.date32()


def test_values_round_trip_exactly_through_parquet(tmp_path):
    rows = document_rows(make_doc())
    pq.write_table(to_table("amounts", rows["amounts"]), tmp_path / "a.parquet")
    back = pq.read_table(tmp_path / "a.parquet").to_pylist()
    assert [r["value"] for r in back] == [Decimal("10000000"), Decimal("3500000000000"), Decimal("10000000")]
    assert rows["dates"][0]["parts"] == '{"day": 3}'


def test_json_numbers_are_integers_when_integral():
    pub = make_doc().to_public()
    assert [a["value"] for a in pub["amounts"]] == [10_000_000, 3_500_000_000_000, 10_000_000]
    assert all(type(a["value"]) is int for a in pub["amounts"])
    half = Amount(start=0, end=1, text="약", kind="PERCENT", value=Decimal("12.5"), unit="%")
    assert half.model_dump(mode="json")["value"] == 12.5


def test_offsets_are_checked_against_the_text():
    with pytest.raises(ValidationError):
        Amount.model_validate({"start": 0, "end": 3, "text": "1000", "kind": "MONEY", "value": 1},
                              context={"text": "약 1000만"})
    with pytest.raises(ValidationError):
        Amount(start=5, end=5, text="", kind="MONEY", value=1)
    Amount.model_validate({"start": 2, "end": 6, "text": "1000", "kind": "MONEY", "value": 1},
                          context={"text": "약 1000만"})
