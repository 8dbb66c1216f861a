"""``--engine dask`` on a 2-worker LocalCluster (processes, loopback) equals the local engine, row for row."""

from __future__ import annotations

import json

import pytest
from kopress.batch import run
from kopress.manifest import verify
from kopress.schemas.arrow import TABLES
from kopress.sinks import read_table

pytest.importorskip("distributed")

SENTENCES = [
    "㈜가람에너지는 {m}월 {d}일 울산에서 {n}00억 원 규모의 설비 공급계약을 맺었다고 밝혔다.",
    "대구시는 청년 창업기업 {k}곳에 {n}천만 원씩 지원한다.",
    "(주)세움테크 박지훈 대표는 \"올해 수출 {n}억 달러를 넘기겠다\"고 말했다.",
]


def test_dask_local_cluster_equals_local_engine(tmp_path):
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(60):
            fill = {"m": i % 12 + 1, "d": i % 28 + 1, "n": i % 9 + 1, "k": i % 30 + 3}
            text = f"보도자료 {i}\n" + "\n".join(s.format(**fill) for s in SENTENCES[i % 3:] + SENTENCES[:i % 3])
            fh.write(json.dumps({"id": f"k{i}", "text": text, "published": f"2024-{i % 12 + 1:02d}-01"},
                                ensure_ascii=False) + "\n")
        fh.write("{깨진 줄\n")
    local, dask = tmp_path / "local", tmp_path / "dask"
    a = run([src], local, workers=1, quiet=True, part_size=16, partition_by="month")
    b = run([src], dask, engine="dask", workers=2, quiet=True, part_size=16, partition_by="month")
    assert b.engine == "dask" and b.workers == 2
    assert (a.documents, a.rejects) == (b.documents, b.rejects) == (60, 1)
    for table in TABLES:
        assert read_table(dask, table).to_pylist() == read_table(local, table).to_pylist(), table
    assert verify(dask) == []
