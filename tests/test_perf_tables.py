"""The fast batch path builds exactly the tables of the per-row path, and fast copies equal model_copy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyarrow as pa
import pytest

import kopress
from kopress.engines import Batch, partition_value, process_units, worker_pipeline
from kopress.api import PipelineConfig
from kopress.extractors.base import updated
from kopress.ingest import RawDoc
from kopress.schemas import Boilerplate, DateMention, Deal, Entity, Reject
from kopress.schemas.arrow import CHILD_TABLES, TableBuilder, document_rows, reject_rows, to_table

RELEASES = [
    # money, a dated deal, an organisation, a byline
    ("㈜한빛마린은 2024년 3월 5일 베트남 하노이의 탄롱산업과 연간 500만 달러 규모의 수출계약을 체결했다고 밝혔다.\n"
     "회사는 올해 매출 120억원을 목표로 한다.\n김하늘 기자 sky@hanbit.example"),
    # percentages, counts, a relative date with parts
    "한빛대학교는 지난 3일 신입생 1천200여명을 맞았다. 취업률은 전년보다 3.5%p 오른 78.2%였다.",
    # nothing to extract
    "안녕하세요.",
]


def _row_path_tables(docs, rejects) -> dict[str, pa.Table]:
    """The tables the per-row path (document_rows + to_table) builds."""
    rows: dict[str, list] = {}
    for doc in docs:
        for table, table_rows in document_rows(doc).items():
            rows.setdefault(table, []).extend(table_rows)
    for rej in rejects:
        rows.setdefault("rejects", []).extend(reject_rows(rej))
    return {t: to_table(t, r) for t, r in rows.items() if r}


def test_table_builder_equals_the_row_path():
    docs = [kopress.extract(text, id=f"r{i}", reference_date="2024-03-10") for i, text in enumerate(RELEASES)]
    rejects = [Reject(source="a.jsonl", line=3, reason="malformed_json", detail="줄 3: JSON 아님")]
    assert docs[0].deals and docs[1].dates and docs[0].boilerplate  # the tables below are not empty
    builder = TableBuilder()
    for doc in docs:
        builder.add_document(doc)
    for rej in rejects:
        builder.add_reject(rej)
    fast, slow = builder.tables(), _row_path_tables(docs, rejects)
    assert set(fast) == set(slow) == {"documents", "entities", "amounts", "dates", "deals", "boilerplate", "rejects"}
    for table in slow:
        assert fast[table].schema.equals(slow[table].schema, check_metadata=True), table
        assert fast[table].equals(slow[table]), table
    # a dict column is JSON text, as before: 지난 3일 → parts {"day": 3, …}
    parts = fast["dates"].column("parts").to_pylist()
    assert all(isinstance(p, str) and p.startswith("{") for p in parts)


def test_table_builder_leaves_out_empty_tables():
    builder = TableBuilder()
    builder.add_document(kopress.extract("안녕하세요.", id="empty"))
    assert set(builder.tables()) == {"documents"}
    assert TableBuilder().tables() == {}


def test_partition_keys_follow_every_row(tmp_path):
    pipeline = worker_pipeline(PipelineConfig())
    units = (
        RawDoc(id="a", source="x.jsonl", text=RELEASES[0], published=dt.date(2024, 3, 5)),
        Reject(source="x.jsonl", line=2, reason="no_text", detail="text 없음"),
        RawDoc(id="b", source="x.jsonl", text=RELEASES[1], published=dt.date(2023, 11, 30)),
    )
    res = process_units(pipeline, Batch(0, 3, units), "month")
    assert res.documents == 2 and res.rejects == 1
    assert res.tables["documents"].column("__partition").to_pylist() == ["2024-03", "2023-11"]
    assert res.tables["rejects"].column("__partition").to_pylist() == [partition_value("month", "x.jsonl", None)]
    for table in CHILD_TABLES:
        t = res.tables.get(table)
        if t is None:
            continue
        by_doc = {"a": "2024-03", "b": "2023-11"}
        assert t.column("__partition").to_pylist() == [by_doc[i] for i in t.column("doc_id").to_pylist()]


@pytest.mark.parametrize("record, update", [
    (Entity(start=0, end=4, text="한빛마린", label="ORG", name="한빛마린"), {"id": "ent-1"}),
    (Entity(start=0, end=1, text="박", label="PERSON", name="박", title="시장"), {"name": "박정훈", "org": "울산시"}),
    (DateMention(start=0, end=5, text="지난 3일", parts={"day": 3}), {"id": "date-2"}),
    (Deal(start=0, end=4, text="수출계약", type="export_contract", trigger="수출계약",
          counterparty_names=["탄롱산업"], value=Decimal("5000000")), {"id": "deal-1"}),
    (Boilerplate(start=0, end=2, text="기자", kind="byline"), {}),
])
def test_updated_equals_model_copy(record, update):
    before = record.model_dump()
    fast, slow = updated(record, update), record.model_copy(update=update)
    assert type(fast) is type(slow)
    assert fast == slow
    assert fast.__dict__ == slow.__dict__
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump() == slow.model_dump()
    assert record.model_dump() == before  # the original is untouched
    for key, value in update.items():
        assert getattr(fast, key) == value
