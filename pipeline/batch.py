"""``kopress run``: stream inputs through a pool of workers into Parquet parts, resumably.

The parent reads the input units in order (:func:`kopress.ingest.iter_units`), groups them into
small batches and hands them to an engine (:mod:`kopress.engines`: this process, a local process
pool, or Dask) that keeps a bounded window in flight and returns results in input order. Results
accumulate into a *part* (``part_size`` units or ``PART_CHARS`` characters, whichever comes first)
that is committed through the manifest (:mod:`kopress.sinks`, :mod:`kopress.manifest`). Memory
is bounded by the window and the part size, whatever the input size.

Which folder a run writes, and what it skips:

- an empty/new ``OUT``: parts are committed straight into ``OUT`` (readable as they land);
- ``OUT`` holds a job killed before it finished, same inputs and options (the *fingerprint*:
  arguments, file names, sizes and mtimes, reference date, partitioning, rule-set version):
  the run resumes after the last committed unit;
- ``--incremental``: parts are added to ``OUT``; units whose document id (hash of the
  normalised text plus the source's id) or reject (source, line, reason) is already in the
  tables are skipped, so a rerun adds only new documents and the tables stay free of duplicates;
- otherwise (``OUT`` holds a finished or a different job): the new job is written into
  ``OUT/.replace-<job>/`` (resumable too) and swapped in when complete; until then readers see
  the previous output intact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from kopress.schemas import Reject
from kopress.schemas.arrow import TABLES

from .api import RULESET_VERSION, PipelineConfig
from .engines import Batch, make_engine
from .ingest import expand_inputs, iter_units
from .manifest import Manifest
from .reasons import Reason
from .sinks import REPLACE_PREFIX, DatasetWriter, finish_swap, has_output, swap_in

#: Units a part holds at most (one Parquet file per table per partition value).
PART_UNITS = 5000
#: Characters of text a part holds at most (bounds memory with long documents).
PART_CHARS = 16_000_000
#: A batch (one task for a worker) holds at most this many units or characters.
BATCH_UNITS = 32
BATCH_CHARS = 200_000
#: Inputs are counted for the ETA only when their JSONL files total less than this.
COUNT_LIMIT_BYTES = 1 << 30
LOCK_NAME = ".kopress.lock"
PARTITIONS = ("none", "month", "source")


@dataclass
class RunSummary:
    documents: int = 0
    rejects: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0
    skipped: int = 0
    resumed_from: int = 0
    parts: int = 0
    engine: str = "serial"
    workers: int = 1
    startup_seconds: float = 0.0  # until the engine was ready (pool, Kiwi in the workers, cluster)
    tables_total: dict[str, int] = field(default_factory=dict)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        rows = " ".join(f"{t}={n}" for t, n in self.rows.items() if t not in ("documents", "rejects"))
        extra = ""
        if self.resumed_from:
            extra += f" resumed_from={self.resumed_from}"
        if self.skipped:
            extra += f" skipped={self.skipped}"
        return (f"kopress: documents={self.documents} rejects={self.rejects} {rows} "
                f"seconds={self.seconds:.2f} documents/s={self.docs_per_second:.1f}{extra}")

    def as_dict(self) -> dict:
        return {"documents": self.documents, "rejects": self.rejects, "rows": self.rows,
                "rejects_by_reason": self.rejects_by_reason, "seconds": round(self.seconds, 3),
                "documents_per_second": round(self.docs_per_second, 2), "chars": self.chars,
                "skipped": self.skipped, "resumed_from": self.resumed_from, "parts": self.parts,
                "engine": self.engine, "workers": self.workers, "tables_total": self.tables_total,
                "startup_seconds": round(self.startup_seconds, 3),
                "ruleset_version": RULESET_VERSION}


def survey(inputs: list[str], config: PipelineConfig, partition_by: str, incremental: bool,
           count: bool) -> tuple[str, int | None]:
    """(job fingerprint, number of units or None) from one cheap pass over the file listing.

    The fingerprint covers the arguments, every input file's name, size and mtime, and the
    options that change the output, so a resume never mixes two different inputs.
    """
    h = hashlib.sha256()
    h.update(repr((RULESET_VERSION, config.reference_date, partition_by, incremental)).encode())
    n: int | None = 0
    jsonl_bytes = 0
    for path, source in expand_inputs(inputs):
        if path is None:
            h.update(f"\0missing\0{source}".encode("utf-8", "surrogatepass"))
            n = n + 1 if n is not None else None
            continue
        try:
            st = path.stat()
        except OSError:
            st = None
        h.update(f"\0{os.path.abspath(source)}\0{st and st.st_size}\0{st and st.st_mtime_ns}".encode(
            "utf-8", "surrogatepass"))
        if n is None or not count:
            continue
        if path.suffix.lower() == ".jsonl" and st is not None:
            jsonl_bytes += st.st_size
            if jsonl_bytes > COUNT_LIMIT_BYTES:
                n = None
                continue
            try:
                with path.open("rb") as fh:
                    n += sum(1 for line in fh if line.strip())
            except OSError:
                n += 1
        else:
            n += 1
    return h.hexdigest()[:24], (n if count else None)


def unit_key(unit) -> tuple:
    """What makes a unit 'already done' for ``--incremental``."""
    if isinstance(unit, Reject):
        return ("r", unit.source, unit.line, unit.reason)
    return ("d", unit.id)


def known_keys(root: Path) -> set[tuple]:
    """Keys of every committed document and reject of an output folder."""
    keys: set[tuple] = set()
    m = Manifest.load(root)
    if m is None:
        return keys
    for f in m.files("documents"):
        keys.update(("d", i) for i in pq.read_table(root / f.path, columns=["id"]).column("id").to_pylist())
    for f in m.files("rejects"):
        t = pq.read_table(root / f.path, columns=["source", "line", "reason", "doc_id"])
        for source, line, reason, doc_id in zip(*(t.column(c).to_pylist() for c in t.column_names)):
            keys.add(("r", source, line, reason))
            if doc_id:
                keys.add(("d", doc_id))  # an internal error is not retried by an incremental run
    return keys


@dataclass
class _Cursor:
    position: int = 0  # input position just after the last unit read
    skipped: int = 0


def duplicate(unit, first_id: str) -> Reject:
    """The reject of a document whose id (normalised text + source id) a document of this run has."""
    return Reject(source=unit.source, line=unit.line, reason=Reason.DUPLICATE.value,
                  detail=f"the same text as document {first_id}, already in the tables", doc_id=first_id)


def batches(units: Iterable, cursor: _Cursor, start: int, known: set[tuple] | None,
            max_units: int = BATCH_UNITS, max_chars: int = BATCH_CHARS,
            seen: set[str] | None = None) -> Iterator[Batch]:
    """Group the units from input position ``start`` on into batches, skipping known units; a
    document whose id is in ``seen`` (the ids this job has written) becomes a DUPLICATE reject."""
    batch: list = []
    first = start
    chars = 0
    for pos, unit in enumerate(units):
        cursor.position = pos + 1
        if pos < start:
            continue
        if known is not None:
            key = unit_key(unit)
            if key in known:
                cursor.skipped += 1
                continue
        if seen is not None and not isinstance(unit, Reject):
            if unit.id in seen:
                unit = duplicate(unit, unit.id)  # the same release twice (two feeds, a copied file)
            else:
                seen.add(unit.id)
        if known is not None:
            known.add(unit_key(unit))
        if not batch:
            first = pos
        batch.append(unit)
        chars += 0 if isinstance(unit, Reject) else len(unit.text)
        if len(batch) >= max_units or chars >= max_chars:
            yield Batch(first, pos + 1, tuple(batch))
            batch, chars = [], 0
    if batch:
        yield Batch(first, cursor.position, tuple(batch))


def choose_root(out: Path, fingerprint: str, incremental: bool) -> Path:
    """The folder this job writes: ``out`` itself, or a hidden replacement folder inside it."""
    if not has_output(out):
        return out
    try:
        m = Manifest.load(out)
    except ValueError:
        if incremental:
            raise
        m = None
    if incremental:
        if m is None:
            raise ValueError(f"{out} holds tables but no manifest (an older kopress wrote it): "
                             "run once without --incremental to rewrite it")
        return out
    if m is not None and m.job is not None and m.job.status == "running" and m.job.fingerprint == fingerprint:
        return out
    root = out / f"{REPLACE_PREFIX}{fingerprint}"
    for stale in out.glob(f"{REPLACE_PREFIX}*"):
        if stale != root:
            shutil.rmtree(stale, ignore_errors=True)
    return root


def run(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, *,
        reference_date: dt.date | None = None, progress: bool | None = None, quiet: bool = False,
        workers: int | None = None, engine: str = "local", scheduler: str | None = None,
        incremental: bool = False, partition_by: str = "none", part_size: int = PART_UNITS,
        log_every: float = 10.0) -> RunSummary:
    """Process every input unit into ``out/<table>``; returns the run summary.

    ``workers`` defaults to every core; ``engine`` is ``local`` or ``dask`` (``scheduler``: a
    Dask scheduler address, else a LocalCluster on loopback).
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = [os.fspath(i) for i in inputs]
    if partition_by not in PARTITIONS:
        raise ValueError(f"--partition-by must be one of {', '.join(PARTITIONS)}")
    if part_size < 1:
        raise ValueError("--part-size must be at least 1")
    t0 = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with _exclusive(out):
        return _run(inputs, out, t0, reference_date, progress, quiet, workers, engine, scheduler,
                    incremental, partition_by, part_size, log_every)


@contextmanager
def _exclusive(out: Path):
    """One run at a time per output folder (an OS lock: released even when the run is killed)."""
    lock_path = out / LOCK_NAME
    with lock_path.open("a") as fh:
        try:
            import fcntl
        except ImportError:  # not POSIX: no lock
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise RuntimeError(f"another kopress run is writing {out}") from None
        try:
            yield
        finally:
            lock_path.unlink(missing_ok=True)


def _run(inputs, out, t0, reference_date, progress, quiet, workers, engine, scheduler, incremental,
         partition_by, part_size, log_every) -> RunSummary:
    finish_swap(out)
    config = PipelineConfig(reference_date=reference_date)
    show = not quiet and (progress is None or progress)
    fingerprint, total = survey(inputs, config, partition_by, incremental, count=show)
    root = choose_root(out, fingerprint, incremental)
    writer = DatasetWriter(root, partition_by=partition_by)
    summary = RunSummary()
    try:
        start = writer.start_job(fingerprint, incremental)
        summary.resumed_from = start
        known = known_keys(root) if incremental else None
        # the ids already written by this job (a resumed one) or, with --incremental, to this folder
        seen = {k[1] for k in (known if known is not None else known_keys(root) if start else ()) if k[0] == "d"}
        workers = workers or os.cpu_count() or 1
        if engine == "local" and total is not None and total - start <= BATCH_UNITS:
            workers = 1  # one batch: a pool would only add its start-up time
        cursor = _Cursor()
        reasons: Counter[str] = Counter()
        with make_engine(config, partition_by, engine=engine, workers=workers, scheduler=scheduler) as eng:
            summary.engine, summary.workers = eng.name, eng.workers
            summary.startup_seconds = time.perf_counter() - t0
            bar = Progress(total - start if total is not None else None, show, progress, log_every)
            part = _Part(start)
            for res in eng.imap(batches(iter_units(inputs), cursor, start, known, min(BATCH_UNITS, part_size), seen=seen)):
                part.add(res)
                summary.documents += res.documents
                summary.rejects += res.rejects
                summary.chars += res.chars
                reasons.update(res.reasons)
                bar.update(res.documents + res.rejects, cursor.skipped)
                if part.units >= part_size or part.chars >= PART_CHARS:
                    summary.parts += part.commit(writer, res.end_unit)
                    part = _Part(res.end_unit)
            summary.parts += part.commit(writer, max(cursor.position, part.first))
        bar.close()
        summary.skipped = cursor.skipped
        summary.rows = {t: writer.rows[t] for t in TABLES}
        summary.rejects_by_reason = dict(reasons)
        summary.tables_total = writer.manifest.rows()
        summary.seconds = time.perf_counter() - t0
        writer.finish(summary.as_dict())
    except BaseException:
        writer.abort()
        raise
    if root != out:
        swap_in(root, out)
    return summary


class _Part:
    """Results accumulating into the next part."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.tables: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        self.units = self.chars = self.documents = self.rejects = 0

    def add(self, res) -> None:
        for table, t in res.tables.items():
            self.tables[table].append(t)
        self.units += res.documents + res.rejects
        self.chars += res.chars
        self.documents += res.documents
        self.rejects += res.rejects

    def commit(self, writer: DatasetWriter, end: int) -> int:
        tables = {t: pa.concat_tables(ts) for t, ts in self.tables.items() if ts}
        entry = writer.commit_part(tables, self.first, end, self.documents, self.rejects)
        self.tables = {}
        return 1 if entry is not None and entry.files else 0


class Progress:
    """A tqdm bar on a terminal, plain log lines every ``log_every`` seconds otherwise, or nothing."""

    def __init__(self, total: int | None, show: bool, tty: bool | None, log_every: float) -> None:
        self.total, self.show, self.log_every = total, show, log_every
        self.done = 0
        self.t0 = self.last = time.monotonic()
        self.bar = None
        if show and (tty if tty is not None else sys.stderr.isatty()):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)

    def update(self, n: int, skipped: int = 0) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
            if skipped:
                self.bar.set_postfix(skipped=skipped, refresh=False)
            return
        now = time.monotonic()
        if self.show and now - self.last >= self.log_every:
            self.last = now
            print(self.status(now, skipped), file=sys.stderr, flush=True)

    def status(self, now: float, skipped: int = 0) -> str:
        rate = self.done / max(now - self.t0, 1e-9)
        s = f"kopress: {self.done}"
        if self.total:
            s += f"/{self.total} units ({100 * self.done / self.total:.0f}%)"
            left = max(self.total - self.done - skipped, 0)
            eta = left / rate if rate > 0 else 0
            s += f", {rate:.1f} units/s, ETA {int(eta // 60)}m{int(eta % 60):02d}s"
        else:
            s += f" units, {rate:.1f} units/s"
        return s + (f", {skipped} skipped" if skipped else "")

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
