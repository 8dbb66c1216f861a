"""The manifest and ``kopress verify``: every committed file checked by size, sha256 and rows."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from kopress.batch import run
from kopress.manifest import MANIFEST_NAME, Manifest, file_sha256, verify, write_atomic

RELEASES = [
    "㈜한빛마린, 베트남 수출\n㈜한빛마린은 하노이 유통사와 1000만 달러 규모의 수출계약을 체결했다.\n",
    "부산시, 중소기업 지원\n부산시는 지역 중소기업 30곳에 모두 5억 원을 지원한다고 밝혔다.\n",
    "㈜누리바이오, 신약 임상\n㈜누리바이오는 올해 하반기 임상 2상에 들어간다고 발표했다.\n",
]


def verify_cli(out: Path):
    return subprocess.run([sys.executable, "-m", "kopress.cli", "verify", str(out)], check=False,
                          capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def out(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"m{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(RELEASES)), encoding="utf-8")
    out = tmp_path / "out"
    run([src], out, workers=1, quiet=True, part_size=2)
    return out


def test_manifest_lists_every_file_with_rows_and_sha256(out):
    m = Manifest.load(out)
    assert [(p.first_unit, p.end_unit) for p in m.parts] == [(0, 2), (2, 3)]  # part size 2 over 3 units
    assert m.rows()["documents"] == 3 and m.job.status == "complete"
    for f in m.files():
        data = (out / f.path).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (f.bytes, f.sha256)
    assert verify(out) == []
    proc = verify_cli(out)
    assert proc.returncode == 0 and "ok, 2 parts" in proc.stdout


def test_verify_catches_a_truncated_part(out):
    f = Manifest.load(out).files("documents")[0]
    path = out / f.path
    path.write_bytes(path.read_bytes()[: f.bytes // 2])
    problems = verify(out)
    assert len(problems) == 1 and f.path in problems[0] and "truncated" in problems[0]
    proc = verify_cli(out)
    assert proc.returncode == 1
    assert f"MISMATCH {f.path}" in proc.stderr and "1 problem(s)" in proc.stderr


def test_verify_catches_same_size_corruption_missing_and_stray_files(out):
    m = Manifest.load(out)
    docs, second = m.files("documents")
    data = bytearray((out / docs.path).read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte: same size, another sha256
    (out / docs.path).write_bytes(bytes(data))
    (out / second.path).unlink()
    (out / "documents" / "part-999999-stray.parquet").write_bytes(b"PAR1")
    problems = " | ".join(verify(out))
    assert "sha256" in problems and "missing" in problems and "not in the manifest" in problems
    assert verify_cli(out).returncode == 1


def test_stray_files_are_removed_by_the_next_run(out, tmp_path):
    stray = out / "documents" / "part-000777-killed.parquet"
    stray.write_bytes((out / Manifest.load(out).files("documents")[0].path).read_bytes())
    assert len(pd.read_parquet(out / "documents")) == 3 + 2  # a plain reader sees the stray rows
    assert any("not in the manifest" in p for p in verify(out))
    run([tmp_path / "in.jsonl"], out, workers=1, quiet=True, incremental=True)
    assert not stray.exists()
    assert verify(out) == [] and len(pd.read_parquet(out / "documents")) == 3


def test_unreadable_manifest_is_a_mismatch_and_no_manifest_is_an_error(out, tmp_path):
    (out / MANIFEST_NAME).write_text("{not json", encoding="utf-8")
    assert "unreadable manifest" in verify(out)[0]
    assert verify_cli(out).returncode == 1
    (tmp_path / "empty").mkdir()
    assert verify_cli(tmp_path / "empty").returncode == 2


def test_write_atomic_replaces_whole_files(tmp_path):
    p = tmp_path / "x.json"
    write_atomic(p, b"old")
    write_atomic(p, b"new bytes")
    assert p.read_bytes() == b"new bytes" and file_sha256(p) == hashlib.sha256(b"new bytes").hexdigest()
    assert [q.name for q in tmp_path.iterdir()] == ["x.json"]  # no temporary file left behind
