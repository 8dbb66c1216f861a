"""A folder of hostile inputs runs to exit 0 with every unit accounted for."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

CP949_RELEASE = (
    "한빛테크, 베트남 하노이 법인과 수출계약\n"
    "㈜한빛테크는 베트남 하노이의 탄롱산업과 연간 500만 달러 규모의 수출계약을 체결했다고 밝혔다.\n"
    "회사는 올해 매출 120억원을 목표로 한다.\n"
)
SENTENCES = [
    "부산시는 지역 중소기업 수출 지원을 위해 총 30억원을 투입한다고 밝혔다.",
    "㈜벤텍프런티어는 독일 뮌헨에서 열린 전시회에서 200여개 기업과 상담을 진행했다.",
    "행사에는 국내외 바이어 150명이 참가해 3천50만 달러의 상담 실적을 올렸다.",
]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    (d / "cp949.txt").write_bytes(CP949_RELEASE.encode("cp949"))
    # the same release with a BOM and one more line (the identical text would be a duplicate of cp949.txt)
    (d / "bom.txt").write_bytes(b"\xef\xbb\xbf" + (CP949_RELEASE + SENTENCES[2] + "\n").encode("utf-8"))
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (d / "nul.txt").write_text("널 문자\x00가 섞인 보도자료\x00\x01. " + SENTENCES[0], encoding="utf-8")
    lines = [
        json.dumps({"id": "ok-1", "text": SENTENCES[1], "published": "2025-03-12"}, ensure_ascii=False),
        '{"id": "broken", "text": "닫히지 않은',
        json.dumps({"id": "no-text", "title": "본문 없음"}, ensure_ascii=False),
        json.dumps({"id": "ok-2", "text": SENTENCES[2]}, ensure_ascii=False),
    ]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    big = []
    i = 0
    while sum(map(len, big)) < 520_000:  # ~520k chars ≈ 1.5 MB of UTF-8 Korean
        big.append(f"{i + 1}번째 문단. " + SENTENCES[i % 3] + "\n")
        i += 1
    (d / "big.txt").write_text("".join(big), encoding="utf-8")
    return d


def test_hostile_folder_runs_to_exit_0(hostile, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "kopress.cli", "run", str(hostile), "--out", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    docs = pd.read_parquet(out / "documents")
    rejects = pd.read_parquet(out / "rejects")
    # units: 7 files, one of them a JSONL of 4 lines → 6 + 4 = 10 units
    assert len(docs) + len(rejects) == 10
    assert sorted(rejects["reason"]) == ["binary", "empty", "malformed_json", "no_text"]
    assert sorted(docs["source"].map(lambda s: s.rsplit("/", 1)[-1])) == [
        "batch.jsonl", "batch.jsonl", "big.txt", "bom.txt", "cp949.txt", "nul.txt"]
    bad_lines = sorted(rejects.loc[rejects["source"].str.endswith("batch.jsonl"), "line"].tolist())
    assert bad_lines == [2, 3]
    big = docs[docs["source"].str.endswith("big.txt")].iloc[0]
    assert big["n_chars"] >= 520_000


def test_cp949_release_is_decoded_and_extracted(hostile, tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "kopress.cli", "run", str(hostile / "cp949.txt"), "--out", str(out),
                    "--quiet"], check=True, timeout=300)
    docs = pd.read_parquet(out / "documents")
    assert docs.iloc[0]["text"] == CP949_RELEASE
    ents = pd.read_parquet(out / "entities")
    orgs = ents[ents["label"] == "ORG"]
    assert ("한빛테크", "주식회사") in set(zip(orgs["name"], orgs["legal_form"]))
    amounts = pd.read_parquet(out / "amounts")
    money = {(r.text, int(r.value), r.unit) for r in amounts.itertuples() if r.kind == "MONEY"}
    assert ("500만 달러 규모", 5_000_000, "USD") in money  # 500×10⁴; 규모 kept in the span as qualifier
    assert ("120억원", 12_000_000_000, "KRW") in money  # 120×10⁸


def test_strict_exits_1_with_rejects(hostile, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kopress.cli", "run", str(hostile / "empty.txt"),
                           str(hostile / "nul.txt"), "--out", str(tmp_path / "o"), "--quiet", "--strict"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    proc = subprocess.run([sys.executable, "-m", "kopress.cli", "run", str(hostile / "nul.txt"),
                           "--out", str(tmp_path / "o2"), "--quiet", "--strict"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
