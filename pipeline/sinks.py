"""Parquet output: one dataset (folder) a table, explicit Arrow schemas, committed part by part.

Layout of an output folder ``OUT``::

    OUT/_manifest.json                       committed files, rows, sha256; the job's progress
    OUT/_summary.json                        the last finished run's summary
    OUT/documents/part-000003-<run>.parquet  (or documents/month=2023-01/part-….parquet)
    OUT/entities/…  amounts/  dates/  deals/  boilerplate/  rejects/
    OUT/.staging-<run>/                      files being written (hidden from readers)

Commit protocol, one part at a time:

1. every file of the part is written under ``.staging-<run>/`` and fsynced;
2. each file is moved into its table folder with ``os.replace`` (atomic: a reader never sees
   a half-written file) and the folders are fsynced;
3. the manifest is rewritten atomically with the part added: this is the commit point.

A run killed anywhere leaves every committed part complete and readable. A kill between steps 2
and 3 can leave files of the uncommitted part in table folders; they are not in the manifest, so
``kopress verify`` reports them and the next run removes them before writing (then redoes that
part). Readers that must never see such files read through the manifest (:func:`read_table`).

Replacing an existing output (a non-incremental run over a folder that already holds a finished
or a different job) keeps the previous output intact until the new one is complete (the spine's
atomicity promise): the new job is written, part by part and resumably, into the hidden folder
``OUT/.replace-<job>/`` and swapped in at the end table by table, with a ``_swap.json`` intent
file so that a run killed during the swap is rolled forward by the next run.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from kopress.schemas.arrow import TABLE_SCHEMAS, TABLES

from .manifest import (
    ATOMIC_TMP_GLOB,
    MANIFEST_NAME,
    SWAP_NAME,
    FileEntry,
    JobState,
    Manifest,
    PartEntry,
    _visible_parquet,
    file_sha256,
    fsync_dir,
    now_iso,
    write_atomic,
)

ROW_GROUP = 10_000
STAGING_PREFIX = ".staging-"
REPLACE_PREFIX = ".replace-"
TRASH_PREFIX = ".old-"
SUMMARY_NAME = "_summary.json"
#: Name of the partition column carried by worker results (dropped before writing).
PKEY = "__partition"
#: --partition-by value → Hive key written in the folder names.
PARTITION_KEYS = {"month": "month", "source": "source_name"}
EMPTY_PARTITION = "unknown"


class DatasetWriter:
    """Commit parts of a job into ``root/<table>/`` through the manifest (see the module docstring)."""

    def __init__(self, root: str | os.PathLike, *, partition_by: str = "none", run_id: str | None = None,
                 row_group: int = ROW_GROUP, durable: bool = True) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id or uuid.uuid4().hex[:10]
        self.row_group = row_group
        self.durable = durable
        self.partition_by = partition_by
        manifest = Manifest.load(self.root)
        if manifest is None:
            manifest = Manifest.new(partition_by)
        elif manifest.partition_by != partition_by:
            raise ValueError(f"{self.root} is partitioned by {manifest.partition_by!r}; "
                             f"cannot add parts partitioned by {partition_by!r}")
        self.manifest = manifest
        remove_stale_staging(self.root)
        remove_orphans(self.root, manifest)
        self.staging = self.root / f"{STAGING_PREFIX}{self.run_id}"
        self.staging.mkdir()
        self.rows: dict[str, int] = {t: 0 for t in TABLES}

    # -- job state -------------------------------------------------------------------------
    def start_job(self, fingerprint: str, incremental: bool) -> int:
        """Begin or resume a job; returns the number of input units already committed."""
        job = self.manifest.job
        if job is not None and job.status == "running" and job.fingerprint == fingerprint:
            job.run_id = self.run_id
            return job.units_done
        self.manifest.job = JobState(fingerprint=fingerprint, incremental=incremental, started=now_iso(),
                                     updated=now_iso(), run_id=self.run_id)
        self.manifest.save(self.root, self.durable)
        return 0

    # -- parts -----------------------------------------------------------------------------
    def commit_part(self, tables: dict[str, pa.Table], first_unit: int, end_unit: int,
                    documents: int, rejects: int) -> PartEntry | None:
        """Write one part (tables carry ``PKEY`` when partitioned) and commit it in the manifest."""
        part_no = self.manifest.next_part
        have = {f.table for f in self.manifest.files()}
        staged: list[tuple[Path, Path, FileEntry]] = []
        for table in TABLES:
            t = tables.get(table)
            if t is None or t.num_rows == 0:
                if table in have:
                    continue
                t = TABLE_SCHEMAS[table].empty_table()  # every table readable from the first part on
                if self.partition_by != "none":
                    t = t.append_column(PKEY, pa.array([], pa.string()))
            for pvalue, piece in self._split(t):
                rel_dir = Path(table) if pvalue is None else \
                    Path(table) / f"{PARTITION_KEYS[self.partition_by]}={pvalue}"
                name = f"part-{part_no:06d}-{self.run_id}.parquet"
                tmp = self.staging / f"{table}-{len(staged)}-{name}"
                pq.write_table(piece, tmp, row_group_size=self.row_group)
                if self.durable:
                    with tmp.open("rb") as fh:
                        os.fsync(fh.fileno())
                entry = FileEntry(table=table, path=(rel_dir / name).as_posix(), rows=piece.num_rows,
                                  bytes=tmp.stat().st_size, sha256=file_sha256(tmp), partition=pvalue)
                staged.append((tmp, self.root / rel_dir / name, entry))
        if not staged and end_unit == first_unit:
            return None
        dirs = set()
        for tmp, final, _ in staged:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            dirs.add(final.parent)
        if self.durable:
            for d in dirs:
                fsync_dir(d)
        entry = PartEntry(part=part_no, run_id=self.run_id, first_unit=first_unit, end_unit=end_unit,
                          documents=documents, rejects=rejects, committed=now_iso(),
                          files=[e for _, _, e in staged])
        if staged:
            self.manifest.parts.append(entry)
            self.manifest.next_part = part_no + 1
        for e in entry.files:
            self.rows[e.table] += e.rows
        job = self.manifest.job
        if job is not None:
            job.units_done = end_unit
            job.updated = now_iso()
        self.manifest.save(self.root, self.durable)  # the commit point
        return entry

    def _split(self, t: pa.Table):
        """(partition value or None, table without the partition column), values sorted."""
        if self.partition_by == "none":
            if PKEY in t.column_names:
                t = t.drop_columns([PKEY])
            yield None, t
            return
        keys = t.column(PKEY)
        values = sorted(set(keys.unique().to_pylist())) or [EMPTY_PARTITION]
        body = t.drop_columns([PKEY])
        for v in values:
            yield v, (body if len(values) == 1 else body.filter(pc.equal(keys, v)))

    # -- end -------------------------------------------------------------------------------
    def finish(self, summary: dict[str, Any] | None = None) -> None:
        """Mark the job complete and write the run summary."""
        job = self.manifest.job
        if job is not None:
            job.status = "complete"
            job.updated = now_iso()
        self.manifest.save(self.root, self.durable)
        if summary is not None:
            write_atomic(self.root / SUMMARY_NAME,
                         json.dumps(summary, ensure_ascii=False, indent=2).encode("utf-8"), self.durable)
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        """Drop the uncommitted work (committed parts stay)."""
        shutil.rmtree(self.staging, ignore_errors=True)


def remove_stale_staging(root: Path) -> None:
    """Remove staging folders and atomic-write temporaries left by killed runs (nothing in them
    was ever committed; one run at a time holds the folder, so none is in use)."""
    for p in root.glob(f"{STAGING_PREFIX}*"):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
    for p in root.glob(ATOMIC_TMP_GLOB):
        if p.is_file():
            p.unlink(missing_ok=True)


def remove_orphans(root: Path, manifest: Manifest) -> list[str]:
    """Delete visible table files that the manifest does not list (a part killed before its commit)."""
    listed = {f.path for f in manifest.files()}
    removed = sorted(_visible_parquet(root, TABLES) - listed)
    for rel in removed:
        (root / rel).unlink(missing_ok=True)
    return removed


def has_output(out: Path) -> bool:
    """Does ``out`` hold tables (with or without a manifest)?"""
    return any((out / t).exists() for t in TABLES) or (out / MANIFEST_NAME).exists()


def swap_in(staged_root: Path, out: Path, durable: bool = True) -> None:
    """Move a finished replacement job from ``staged_root`` into ``out`` (rolled forward if killed)."""
    intent = {"from": staged_root.name, "trash": f"{TRASH_PREFIX}{uuid.uuid4().hex[:8]}"}
    write_atomic(out / SWAP_NAME, json.dumps(intent).encode("utf-8"), durable)
    finish_swap(out, durable)


def finish_swap(out: Path, durable: bool = True) -> bool:
    """Complete an interrupted swap if ``out/_swap.json`` says one was under way. Idempotent."""
    intent_path = out / SWAP_NAME
    try:
        intent = json.loads(intent_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return False
    src, trash = out / intent["from"], out / intent["trash"]
    trash.mkdir(exist_ok=True)
    if (src / MANIFEST_NAME).exists():  # the manifest moves last: until then tables may still be moving
        for table in TABLES:
            if (src / table).exists():
                if (out / table).exists():
                    os.replace(out / table, trash / table)
                os.replace(src / table, out / table)
        if (src / SUMMARY_NAME).exists():
            os.replace(src / SUMMARY_NAME, out / SUMMARY_NAME)
        os.replace(src / MANIFEST_NAME, out / MANIFEST_NAME)
        if durable:
            fsync_dir(out)
    intent_path.unlink()
    shutil.rmtree(trash, ignore_errors=True)
    shutil.rmtree(src, ignore_errors=True)
    return True


def read_table(out: str | os.PathLike, table: str) -> pa.Table:
    """Read one table of an output folder through its manifest (committed parts only, in order).

    Partition columns (``month``, ``source_name``) are not included: they are folder names.
    """
    from .manifest import committed_paths

    paths = committed_paths(Path(out), table)
    schema = TABLE_SCHEMAS[table]
    if not paths:
        return schema.empty_table()
    return pa.concat_tables([pq.read_table(p, schema=schema) for p in paths])
