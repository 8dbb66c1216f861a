"""The output manifest ``OUT/_manifest.json``: which part files are committed, and the job's progress.

A part is the unit of commit: a run of consecutive input units whose rows are written as one
Parquet file per table (per partition value). The manifest lists every committed file with its
table, row count, size and SHA-256, and records how far the current job got (``units_done``), so a
killed run resumes where its last committed part ended. It is rewritten whole, atomically
(temporary file, fsync, ``os.replace``, fsync of the folder): a reader sees the old manifest or
the new one, never half of one. Hidden names (``_manifest.json``, ``.staging-*``) are ignored by
pyarrow, pandas, DuckDB and Spark dataset readers.

>>> m = Manifest.new(partition_by="month")                              # doctest: +SKIP
>>> m.add_part(PartEntry(...)); m.save(Path("out"))                    # doctest: +SKIP
>>> verify(Path("out"))  # 문제 없음 → []                                  # doctest: +SKIP
[]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MANIFEST_NAME = "_manifest.json"
FORMAT = "kopress.manifest.v1"
SWAP_NAME = "_swap.json"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes (hex)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def fsync_dir(path: Path) -> None:
    """Make a rename or a new entry in ``path`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


#: The hidden file ``write_atomic`` writes before its rename (``._manifest.json.tmp-<pid>``); one
#: left behind was killed before the rename and holds nothing committed.
ATOMIC_TMP_GLOB = ".*.tmp-*"


def write_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old bytes or the new, never a mix."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        if durable:
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    if durable:
        fsync_dir(path.parent)


@dataclass
class FileEntry:
    """One committed Parquet file. ``path`` is relative to the output folder, with '/' separators."""

    table: str
    path: str
    rows: int
    bytes: int
    sha256: str
    partition: str | None = None


@dataclass
class PartEntry:
    """One committed part: input units ``[first_unit, end_unit)`` of run ``run_id``."""

    part: int
    run_id: str
    first_unit: int
    end_unit: int
    documents: int
    rejects: int
    committed: str
    files: list[FileEntry] = field(default_factory=list)


@dataclass
class JobState:
    """The job that is writing (or last wrote) this folder."""

    fingerprint: str
    status: str = "running"  # running | complete
    incremental: bool = False
    units_done: int = 0
    started: str = ""
    updated: str = ""
    run_id: str = ""


@dataclass
class Manifest:
    format: str
    schema_version: str
    partition_by: str
    next_part: int = 0
    job: JobState | None = None
    parts: list[PartEntry] = field(default_factory=list)

    @classmethod
    def new(cls, partition_by: str = "none") -> Manifest:
        from kopress.schemas.records import SCHEMA_VERSION

        return cls(format=FORMAT, schema_version=SCHEMA_VERSION, partition_by=partition_by)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Manifest:
        parts = [PartEntry(**{**p, "files": [FileEntry(**f) for f in p.get("files", [])]})
                 for p in d.get("parts", [])]
        job = JobState(**d["job"]) if d.get("job") else None
        return cls(format=d["format"], schema_version=d.get("schema_version", ""),
                   partition_by=d.get("partition_by", "none"), next_part=d.get("next_part", len(parts)),
                   job=job, parts=parts)

    @classmethod
    def load(cls, out: Path) -> Manifest | None:
        """The folder's manifest, or None when it has none. Raises ValueError if it is unreadable."""
        path = Path(out) / MANIFEST_NAME
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            d = json.loads(raw)
            if d.get("format") != FORMAT:
                raise ValueError(f"unknown manifest format {d.get('format')!r}")
            return cls.from_dict(d)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}: unreadable manifest ({exc})") from exc

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def save(self, out: Path, durable: bool = True) -> None:
        data = json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_atomic(Path(out) / MANIFEST_NAME, data, durable)

    def files(self, table: str | None = None) -> list[FileEntry]:
        """Committed files in commit order (of one table, or all)."""
        return [f for p in self.parts for f in p.files if table is None or f.table == table]

    def rows(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files():
            out[f.table] = out.get(f.table, 0) + f.rows
        return out


def committed_paths(out: Path, table: str) -> list[Path]:
    """The committed files of one table, sorted as dataset readers sort them (by path)."""
    m = Manifest.load(Path(out))
    if m is None:
        return []
    return sorted((Path(out) / f.path for f in m.files(table)), key=lambda p: p.as_posix())


def _visible_parquet(out: Path, tables: tuple[str, ...]) -> set[str]:
    """Files a dataset reader would pick up: under a table folder, no hidden path component."""
    found: set[str] = set()
    for table in tables:
        root = out / table
        if not root.is_dir():
            continue
        for p in root.rglob("*"):
            rel = p.relative_to(out)
            if p.is_file() and not any(part.startswith((".", "_")) for part in rel.parts):
                found.add(rel.as_posix())
    return found


def verify(out: Path, check_ids: bool = True) -> list[str]:
    """Check an output folder against its manifest; returns the problems found (empty when it is sound).

    Every listed file must exist with its size, SHA-256 and row count; no visible file may be
    missing from the manifest (a reader would see it); document ids must be unique.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from kopress.schemas.arrow import TABLES

    out = Path(out)
    problems: list[str] = []
    try:
        m = Manifest.load(out)
    except ValueError as exc:
        return [str(exc)]
    if m is None:
        return [f"{out}: no {MANIFEST_NAME} (not a kopress output folder, or written by an older kopress)"]
    if (out / SWAP_NAME).exists():
        problems.append(f"{SWAP_NAME}: a replacement run was interrupted while swapping tables; "
                        "rerun the same command to finish it")
    listed = set()
    for f in m.files():
        listed.add(f.path)
        p = out / f.path
        if not p.is_file():
            problems.append(f"{f.path}: missing (manifest lists {f.rows} rows)")
            continue
        size = p.stat().st_size
        if size != f.bytes:
            problems.append(f"{f.path}: {size} bytes, manifest says {f.bytes} (truncated or rewritten)")
            continue
        digest = file_sha256(p)
        if digest != f.sha256:
            problems.append(f"{f.path}: sha256 {digest[:12]}…, manifest says {f.sha256[:12]}…")
            continue
        try:
            rows = pq.ParquetFile(p).metadata.num_rows
        except (OSError, pa.ArrowException) as exc:  # a corrupt footer is a finding, not a crash
            problems.append(f"{f.path}: not a readable Parquet file ({exc})")
            continue
        if rows != f.rows:
            problems.append(f"{f.path}: {rows} rows, manifest says {f.rows}")
    for stray in sorted(_visible_parquet(out, TABLES) - listed):
        problems.append(f"{stray}: not in the manifest (left by a killed run; the next run removes it)")
    if check_ids and not problems:
        # the same unit twice (a resume bug) repeats (id, source, line); an incremental job also
        # promises one row per id
        incremental = m.job is not None and m.job.incremental
        seen: set = set()
        dups = 0
        for f in m.files("documents"):
            t = pq.read_table(out / f.path, columns=["id", "source", "line"])
            keys = t.column("id").to_pylist() if incremental else \
                zip(t.column("id").to_pylist(), t.column("source").to_pylist(), t.column("line").to_pylist())
            for key in keys:
                if key in seen:
                    dups += 1
                seen.add(key)
        if dups:
            problems.append(f"documents: {dups} duplicate rows")
    return problems
