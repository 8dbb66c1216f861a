"""Batch runs at scale: kill and resume, incremental reruns, replacement, partitions, rejects, exit codes.

The inputs are generated from short press-release sentences written for these tests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pytest
from kopress.batch import run
from kopress.manifest import MANIFEST_NAME, Manifest, verify
from kopress.schemas.arrow import TABLES
from kopress.sinks import SWAP_NAME, finish_swap, read_table

COMPANIES = ["㈜한빛마린", "㈜누리바이오", "(주)세움테크", "주식회사 다온로보틱스", "㈜가람에너지", "(주)푸른소재"]
CITIES = ["부산", "대구", "광주", "울산", "창원"]
SENTENCES = [
    "{co}은 {m}월 {d}일 베트남 하노이에서 현지 유통사와 {n}00만 달러 규모의 수출계약을 체결했다고 밝혔다.",
    "이번 계약으로 {co}은 3년 동안 전동기 부품 {k}만 개를 공급하게 된다.",
    "{city}시는 지역 중소기업 {k}곳에 모두 {n}억 원을 지원한다고 발표했다.",
    "김서연 대표는 \"해외 시장 진출을 계속 넓혀 가겠다\"고 말했다.",
    "행사는 {m}월 {d}일부터 사흘 동안 {city} 전시컨벤션센터에서 열린다.",
    "{co}의 지난해 매출은 약 {n}천억 원으로 전년보다 {k}% 늘었다.",
]


def release(i: int) -> str:
    """The i-th generated release: a title line and four sentences, all different for different i."""
    co, city = COMPANIES[i % len(COMPANIES)], CITIES[i % len(CITIES)]
    fill = {"co": co, "city": city, "m": i % 12 + 1, "d": i % 27 + 1, "n": i % 9 + 1, "k": i % 40 + 2}
    body = [SENTENCES[(i + j) % len(SENTENCES)].format(**fill) for j in range(4)]
    return f"{co}, {city} 소식 제{i}호\n" + "\n".join(body) + "\n"


def write_jsonl(path: Path, ids: range, *, published: bool = True) -> Path:
    """A JSONL batch of generated releases; ``published`` dates run through the months of 2023."""
    with path.open("w", encoding="utf-8") as fh:
        for i in ids:
            obj = {"id": f"r{i}", "text": release(i)}
            if published:
                obj["published"] = f"2023-{i % 12 + 1:02d}-15"
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return path


def tables(out: Path) -> dict[str, list[dict]]:
    return {t: read_table(out, t).to_pylist() for t in TABLES}


def kopress(*args, timeout=300, **kw):
    return subprocess.run([sys.executable, "-m", "kopress.cli", *map(str, args)], check=False, capture_output=True,
                          text=True, timeout=timeout, **kw)


def start_kopress(*args) -> subprocess.Popen:
    """A background ``kopress`` in its own process group (so its workers die with it)."""
    return subprocess.Popen([sys.executable, "-m", "kopress.cli", *map(str, args)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_after_parts(proc: subprocess.Popen, root: Path, parts: int, timeout: float = 180) -> Manifest:
    """SIGKILL the process group once ``root``'s manifest lists at least ``parts`` parts."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            m = Manifest.load(root)
        except ValueError:
            m = None
        if m is not None and len(m.parts) >= parts:
            break
        if proc.poll() is not None:
            pytest.fail(f"kopress ended before it was killed: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.01)
    else:
        pytest.fail("no part committed in time")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    return Manifest.load(root)


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """200 releases in two JSONL files plus a .txt, and the uninterrupted reference run's tables."""
    d = tmp_path_factory.mktemp("archive")
    src = d / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(120))
    write_jsonl(src / "b.jsonl", range(120, 200))
    (src / "c.txt").write_text(release(200), encoding="utf-8")
    ref = d / "ref"
    summary = run([src], ref, workers=1, quiet=True, part_size=64)
    assert summary.documents == 201 and summary.rejects == 0
    return src, ref, tables(ref)


def test_kill_mid_run_then_rerun_equals_uninterrupted_run(archive, tmp_path):
    src, _, expected = archive
    out = tmp_path / "out"
    proc = start_kopress("run", src, "--out", out, "--workers", "2", "--part-size", "5", "--quiet")
    m = kill_after_parts(proc, out, parts=3)
    assert m.job.status == "running", "the run finished before it was killed: make the input larger"
    # what was committed is readable and complete: whole parts, in input order
    docs = read_table(out, "documents").to_pylist()
    assert len(docs) == sum(p.documents for p in m.parts) == m.job.units_done
    assert docs == expected["documents"][:len(docs)]
    assert len(pd.read_parquet(out / "documents")) >= len(docs)  # plain readers work too
    proc = kopress("run", src, "--out", out, "--workers", "2", "--part-size", "5")
    assert proc.returncode == 0, proc.stderr
    assert f"resumed_from={m.job.units_done}" in proc.stderr
    assert tables(out) == expected  # nothing lost, nothing twice, same order
    assert kopress("verify", out).returncode == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_killed_replacement_keeps_previous_output_then_finishes(archive, tmp_path):
    src, _, expected = archive
    out = tmp_path / "out"
    small = tmp_path / "small"
    small.mkdir()
    write_jsonl(small / "s.jsonl", range(1000, 1005))
    run([small], out, workers=1, quiet=True)
    previous = tables(out)
    assert len(previous["documents"]) == 5
    proc = start_kopress("run", src, "--out", out, "--workers", "1", "--part-size", "5", "--quiet")
    staged = None
    deadline = time.monotonic() + 60
    while staged is None and time.monotonic() < deadline:  # the replacement is built in a hidden folder
        staged = next((p for p in out.iterdir() if p.name.startswith(".replace-")), None)
        time.sleep(0.01)
    assert staged is not None
    kill_after_parts(proc, staged, parts=2)
    assert tables(out) == previous  # readers still see the previous output, whole
    assert verify(out) == []
    proc = kopress("run", src, "--out", out, "--workers", "1", "--part-size", "5")
    assert proc.returncode == 0, proc.stderr
    assert "resumed_from=" in proc.stderr
    assert tables(out) == expected
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_swap_killed_half_way_is_rolled_forward(archive, tmp_path):
    src, _, expected = archive
    out = tmp_path / "out"
    small = tmp_path / "small"
    small.mkdir()
    write_jsonl(small / "s.jsonl", range(2000, 2003))
    run([small], out, workers=1, quiet=True)
    new = out / ".replace-test"
    run([src], new, workers=1, quiet=True, part_size=64)
    # the swap had moved two tables when it was killed
    (out / SWAP_NAME).write_text(json.dumps({"from": new.name, "trash": ".old-test"}), encoding="utf-8")
    (out / ".old-test").mkdir()
    for table in ("documents", "entities"):
        os.replace(out / table, out / ".old-test" / table)
        os.replace(new / table, out / table)
    assert verify(out) != []  # an interrupted swap is reported
    assert finish_swap(out) is True
    assert tables(out) == expected
    assert verify(out) == []


def test_incremental_rerun_adds_nothing_and_new_input_adds_only_new(archive, tmp_path):
    src, _, expected = archive
    out = tmp_path / "out"
    first = run([src], out, workers=1, quiet=True, incremental=True, part_size=64)
    assert first.documents == 201
    again = run([src], out, workers=1, quiet=True, incremental=True)
    assert (again.documents, again.rejects, again.skipped) == (0, 0, 201)
    assert tables(out) == expected
    more = tmp_path / "more"
    more.mkdir()
    write_jsonl(more / "new.jsonl", range(195, 210))  # 195..199 are already in; 200..209 are new
    (more / "dup.txt").write_text(release(205), encoding="utf-8")  # same text as r205 but no source id
    (more / "empty.txt").write_text("", encoding="utf-8")
    added = run([src, more], out, workers=1, quiet=True, incremental=True)
    # new: r200..r209 (10, ids carry the source id) + dup.txt (its id has no source id) = 11; c.txt is
    # release(200) without an id: already in. Rejects: empty.txt once.
    assert (added.documents, added.rejects) == (11, 1)
    docs = read_table(out, "documents").to_pandas()
    assert docs["id"].is_unique and len(docs) == 201 + 11
    once_more = run([src, more], out, workers=1, quiet=True, incremental=True)
    assert (once_more.documents, once_more.rejects) == (0, 0)  # the reject is not added twice either
    assert len(read_table(out, "rejects")) == 1
    assert verify(out) == []


def test_partition_by_month_is_a_hive_dataset_for_pandas_pyarrow_duckdb(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "dated.jsonl", range(24))  # months 01..12, twice
    (src / "undated.txt").write_text("㈜한빛마린, 새 공장 준공\n㈜한빛마린은 새 공장을 준공했다.\n", encoding="utf-8")
    out = tmp_path / "out"
    summary = run([src], out, workers=1, quiet=True, partition_by="month", part_size=10)
    assert summary.documents == 25
    months = sorted(p.name for p in (out / "documents").iterdir())
    assert months == [f"month=2023-{m:02d}" for m in range(1, 13)] + ["month=unknown"]
    docs = pd.read_parquet(out / "documents")
    assert len(docs) == 25
    by_id = dict(zip(docs["id"], docs["month"].astype(str)))
    assert sorted(docs["month"].astype(str).value_counts().items())[:2] == [("2023-01", 2), ("2023-02", 2)]
    assert by_id[docs.loc[docs["source"].str.endswith("undated.txt"), "id"].iloc[0]] == "unknown"
    ents = ds.dataset(out / "entities", format="parquet", partitioning="hive").to_table().to_pandas()
    assert len(ents) > 0
    assert (ents["doc_id"].map(by_id) == ents["month"].astype(str)).all()  # children live with their document
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.sql(f"select month, count(*) from read_parquet('{out}/documents/**/*.parquet', "
                      "hive_partitioning=true) group by month order by month").fetchall()
    assert rows[0] == ("2023-01", 2) and rows[-1] == ("unknown", 1)
    assert verify(out) == []


def test_partition_by_source_uses_the_batch_name(tmp_path):
    src = tmp_path / "in"
    (src / "부산시").mkdir(parents=True)
    write_jsonl(src / "feed-a.jsonl", range(3))
    (src / "부산시" / "r1.txt").write_text(release(7), encoding="utf-8")
    out = tmp_path / "out"
    run([src], out, workers=1, quiet=True, partition_by="source")
    docs = pd.read_parquet(out / "documents")
    assert sorted(docs["source_name"].astype(str)) == ["feed-a"] * 3 + ["부산시"]


def test_partitioning_must_match_the_existing_output(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(3))
    run([src], tmp_path / "out", workers=1, quiet=True)
    with pytest.raises(ValueError, match="partitioned by 'none'"):
        run([src], tmp_path / "out", workers=1, quiet=True, incremental=True, partition_by="month")


def test_bad_files_are_counted_and_strict_exit_codes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "good.jsonl", range(5))
    (src / "bad.jsonl").write_text(
        json.dumps({"text": release(50)}, ensure_ascii=False) + "\n{깨진 줄\n" + json.dumps({"제목": "본문 없음"})
        + "\n", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    proc = kopress("run", src, "--out", out, "--workers", "2", "--strict")
    assert proc.returncode == 1, proc.stderr  # --strict and rejects
    # documents: 5 good + 1 good line of bad.jsonl; rejects: broken line, no text, empty, binary
    assert "documents=6 rejects=4" in proc.stderr
    rejects = pd.read_parquet(out / "rejects")
    assert sorted(rejects["reason"]) == ["binary", "empty", "malformed_json", "no_text"]
    assert len(pd.read_parquet(out / "documents")) == 6
    assert kopress("run", src / "good.jsonl", "--out", tmp_path / "o3", "--strict", "--quiet").returncode == 0
    assert kopress("run", src, "--out", tmp_path / "o4", "--workers", "0").returncode == 2  # usage error
    assert kopress("verify", tmp_path / "nowhere").returncode == 2


def test_empty_input_still_writes_every_table(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "only-empty.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    run([src], out, workers=1, quiet=True)
    for table in TABLES:
        assert len(pd.read_parquet(out / table)) == (1 if table == "rejects" else 0), table
    assert json.loads((out / MANIFEST_NAME).read_text())["job"]["status"] == "complete"


def test_incremental_refuses_output_without_manifest(tmp_path):
    out = tmp_path / "out"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "old.parquet").write_bytes(b"PAR1")  # written by an older kopress
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(2))
    with pytest.raises(ValueError, match="no manifest"):
        run([src], out, workers=1, quiet=True, incremental=True)
    assert (out / "documents" / "old.parquet").exists()  # nothing deleted


def test_progress_is_plain_log_lines_off_a_terminal(capsys):
    from kopress.batch import Progress

    bar = Progress(total=10, show=True, tty=False, log_every=0)
    bar.update(5)
    bar.close()
    line = capsys.readouterr().err.strip()
    assert line.startswith("kopress: 5/10 units (50%)") and "units/s, ETA" in line
    quiet = Progress(total=10, show=False, tty=False, log_every=0)
    quiet.update(5)
    assert capsys.readouterr().err == ""


def test_one_run_at_a_time_per_output_folder(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    out = tmp_path / "out"
    out.mkdir()
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(2))
    with (out / ".kopress.lock").open("a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # another run holds the folder
        with pytest.raises(RuntimeError, match="another kopress run"):
            run([src], out, workers=1, quiet=True)
    assert not (out / "documents").exists()


def test_rerun_removes_a_manifest_temporary_left_by_a_kill(tmp_path):
    """A run killed between writing the manifest's temporary and renaming it leaves
    ._manifest.json.tmp-<pid>; the next run in that folder removes it (and keeps the output)."""
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", range(3))
    out = tmp_path / "out"
    run([src], out, workers=1, quiet=True)
    stale = out / f".{MANIFEST_NAME}.tmp-99999"
    stale.write_bytes(b'{"half": ')  # what a kill mid-write leaves
    write_jsonl(src / "b.jsonl", range(3, 5))
    run([src], out, workers=1, quiet=True, incremental=True)
    assert not stale.exists()
    assert len(read_table(out, "documents")) == 5  # 3 + 2 new
    assert verify(out) == []


def test_process_many_equals_process_and_a_kiwi_failure_costs_one_document():
    """Kiwi runs over the whole batch before the extractors; the records are those of process(),
    and a document Kiwi fails on becomes its own internal_error reject."""
    from kopress.api import Pipeline
    from kopress.ingest import RawDoc
    from kopress.schemas import Reject
    from kopress.tokenize import default_tokenizer

    real = default_tokenizer()

    class Failing:
        kiwi = real.kiwi

        def analyse(self, text):
            if "제2호" in text:
                raise MemoryError("kiwi gave up")
            return real.analyse(text)

    raws = [RawDoc(id=f"r{i}", source="b.jsonl", line=i + 1, text=release(i)) for i in range(4)]
    many = Pipeline(tokenizer=Failing()).process_many(raws)
    one = [Pipeline(tokenizer=real).process(raw) for raw in raws]
    assert [type(x).__name__ for x in many] == ["Document", "Document", "Reject", "Document"]
    assert isinstance(many[2], Reject) and many[2].reason == "internal_error" and many[2].line == 3
    assert "MemoryError: kiwi gave up" in many[2].detail
    for i in (0, 1, 3):
        assert many[i] == one[i]
        assert many[i].amounts  # each generated release states an amount (…만 달러, …억 원, …만 개)


def test_the_same_release_twice_in_one_run_is_written_once(tmp_path):
    # two feeds delivered the same release (two files, no source id: one document id)
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(release(7), encoding="utf-8")
    (src / "b.txt").write_text(release(7), encoding="utf-8")
    (src / "c.txt").write_text(release(8), encoding="utf-8")
    out = tmp_path / "out"
    s = run([src], out, workers=1, quiet=True)
    assert (s.documents, s.rejects) == (2, 1)
    docs = read_table(out, "documents").to_pandas()
    assert docs["id"].is_unique and sorted(Path(p).name for p in docs["source"]) == ["a.txt", "c.txt"]
    rej = read_table(out, "rejects").to_pylist()
    first = docs.loc[docs["source"].str.endswith("a.txt"), "id"].item()
    assert [(Path(r["source"]).name, r["reason"], r["doc_id"]) for r in rej] == [("b.txt", "duplicate", first)]
    # no child row twice: each entity of release 7 is in the table once
    ents = read_table(out, "entities").to_pandas()
    assert not ents.duplicated(["doc_id", "start", "end", "label"]).any()
    assert kopress("run", src, "--out", tmp_path / "strict", "--strict", "--quiet").returncode == 1  # a reject


def test_a_resumed_job_knows_the_documents_it_wrote_before_the_kill():
    from kopress.batch import _Cursor, batches
    from kopress.ingest import RawDoc

    units = [RawDoc(id="d1", source="a.txt", text=release(1)), RawDoc(id="d2", source="b.txt", text=release(2)),
             RawDoc(id="d1", source="c.txt", text=release(1))]
    # resumed after unit 0 (d1 committed): the copy of d1 at position 2 is a duplicate, d2 a document
    got = [u for b in batches(units, _Cursor(), 1, None, seen={"d1"}) for u in b.units]
    assert [(u.source, getattr(u, "reason", None)) for u in got] == [("b.txt", None), ("c.txt", "duplicate")]
