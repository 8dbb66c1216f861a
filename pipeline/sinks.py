"""Parquet output: one dataset (folder) a table, explicit Arrow schemas, staged atomic writes.

Rows are buffered per table and written as row groups of at most ``ROW_GROUP`` rows into a
staging folder under the output folder (``.staging-<run id>``, hidden from readers). ``commit``
moves each table into place with ``os.replace``; a run killed before that leaves the previous
output untouched and no half-written table (stale staging folders are removed next time).
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from kopress.schemas import Document, Reject
from kopress.schemas.arrow import TABLE_SCHEMAS, TABLES, document_rows, reject_rows, to_table

ROW_GROUP = 10_000
STAGING_PREFIX = ".staging-"


class DatasetWriter:
    """Write documents and rejects to ``out/<table>/part-*.parquet`` through a staging folder."""

    def __init__(self, out: str | os.PathLike, run_id: str | None = None, row_group: int = ROW_GROUP) -> None:
        self.out = Path(out)
        self.out.mkdir(parents=True, exist_ok=True)
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.row_group = row_group
        remove_stale_staging(self.out)
        self.staging = self.out / f"{STAGING_PREFIX}{self.run_id}"
        self.staging.mkdir()
        self._buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.rows: dict[str, int] = {t: 0 for t in TABLES}

    def add(self, unit: Document | Reject) -> None:
        if isinstance(unit, Reject):
            self._extend("rejects", reject_rows(unit))
        else:
            for table, rows in document_rows(unit).items():
                self._extend(table, rows)

    def _extend(self, table: str, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        buf = self._buffers[table]
        buf.extend(rows)
        self.rows[table] += len(rows)
        if len(buf) >= self.row_group:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buf = self._buffers[table]
        writer = self._writers.get(table)
        if writer is None:
            folder = self.staging / table
            folder.mkdir(exist_ok=True)
            writer = pq.ParquetWriter(folder / f"part-{self.run_id}-00000.parquet", TABLE_SCHEMAS[table])
            self._writers[table] = writer
        if buf:
            writer.write_table(to_table(table, buf), row_group_size=self.row_group)
        buf.clear()

    def commit(self, summary: dict[str, Any] | None = None) -> None:
        """Finish every table (empty ones too) and move them into place."""
        for table in TABLES:
            self._flush(table)
            self._writers.pop(table).close()
        if summary is not None:
            (self.staging / "_summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
        trash = self.staging / ".old"
        trash.mkdir()
        for table in TABLES:
            target = self.out / table
            if target.exists():
                os.replace(target, trash / table)
            os.replace(self.staging / table, target)
        if summary is not None:
            os.replace(self.staging / "_summary.json", self.out / "_summary.json")
        shutil.rmtree(self.staging, ignore_errors=True)

    def abort(self) -> None:
        for w in self._writers.values():
            w.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def remove_stale_staging(out: Path) -> None:
    """Remove staging folders left by killed runs (nothing in them was ever committed)."""
    for p in out.glob(f"{STAGING_PREFIX}*"):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)


def read_table(out: str | os.PathLike, table: str) -> pa.Table:
    """Read one table of an output folder with its declared schema."""
    return pq.read_table(Path(out) / table, schema=TABLE_SCHEMAS[table])
