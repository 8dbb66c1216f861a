"""The CLI contract: `kopress extract` JSON Lines and `kopress run` tables."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq

from kopress.schemas import TABLE_SCHEMAS, TABLES

RELEASE = "㈜한빛마린, 베트남에 수출\n㈜한빛마린은 연간 1000만 달러 규모의 수출계약을 체결했다.\n"
PUBLIC_KEYS = {"id", "source", "title", "reference_date", "text_sha256", "entities", "amounts", "dates",
               "deals", "boilerplate"}


def kopress(*args, timeout=300):
    return subprocess.run([sys.executable, "-m", "kopress.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout)


def test_extract_prints_one_object_per_unit_in_order(tmp_path):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    lines = [json.dumps({"id": "x1", "text": RELEASE}, ensure_ascii=False), "{oops",
             json.dumps({"id": "x3", "text": "부산시는 30억원을 지원한다.", "published": "2025-01-03"},
                        ensure_ascii=False)]
    (tmp_path / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = kopress("extract", tmp_path / "a.txt", tmp_path / "b.jsonl", "--reference-date", "2025-03-12")
    assert proc.returncode == 0, proc.stderr
    objs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert len(objs) == 4  # 1 txt + 3 JSONL lines, the broken one as an error object
    assert "error" in objs[2] and objs[2]["line"] == 2
    for o in (objs[0], objs[1], objs[3]):
        assert PUBLIC_KEYS <= set(o)
    assert objs[0]["reference_date"] == "2025-03-12"  # no date of its own: the option applies
    assert objs[3]["reference_date"] == "2025-01-03"  # its own published date wins
    assert objs[0]["title"] == "㈜한빛마린, 베트남에 수출"
    money = [a for a in objs[0]["amounts"] if a["kind"] == "MONEY"]
    assert [(a["text"], a["value"], a["unit"], a["per"]) for a in money] == [
        ("1000만 달러 규모", 10_000_000, "USD", "year")]  # 1000×10⁴, 연간 → per year, 규모 → qualifier
    assert isinstance(money[0]["value"], int)  # integral values are JSON integers
    for o in (objs[0], objs[1], objs[3]):
        text = (tmp_path / "a.txt").read_text(encoding="utf-8") if o is objs[0] else None
        if text:
            for fam in ("entities", "amounts", "dates", "deals", "boilerplate"):
                for s in o[fam]:
                    assert text[s["start"]:s["end"]] == s["text"]


def test_strict_and_usage_exit_codes(tmp_path):
    (tmp_path / "e.txt").write_text("", encoding="utf-8")
    assert kopress("extract", tmp_path / "e.txt").returncode == 0
    assert kopress("extract", tmp_path / "e.txt", "--strict").returncode == 1
    assert kopress("extract", tmp_path / "e.txt", "--reference-date", "2025-13-40").returncode == 2


def test_run_writes_every_table_with_declared_schema(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(RELEASE, encoding="utf-8")
    out = tmp_path / "out"
    proc = kopress("run", tmp_path / "in", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "documents=1 rejects=0" in proc.stderr and "documents/s=" in proc.stderr
    for table in TABLES:
        t = pq.read_table(out / table)
        assert t.schema.remove_metadata().equals(TABLE_SCHEMAS[table].remove_metadata()), table
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 1 and docs.iloc[0]["text"] == RELEASE
    amounts = pd.read_parquet(out / "amounts")
    assert (amounts["doc_id"] == docs.iloc[0]["id"]).all()
    # rerunning replaces the tables, never appends duplicates
    assert kopress("run", tmp_path / "in", "--out", out).returncode == 0
    assert len(pd.read_parquet(out / "documents")) == 1
    assert not [p for p in out.iterdir() if p.name.startswith(".staging-")]
