"""Where batches of input units are processed: in this process, a local process pool, or Dask.

Every engine maps an iterator of :class:`Batch` to :class:`BatchResult` in input order, holding at
most a bounded window of batches in flight, so the input is streamed and memory stays flat.
A worker builds one :class:`~kopress.api.Pipeline` (one Kiwi) from the picklable
``PipelineConfig`` the first time it needs it (:func:`worker_pipeline`), and turns documents into
Arrow tables itself: the parent only concatenates tables and writes them.

>>> with make_engine(PipelineConfig(), workers=2) as engine:                 # doctest: +SKIP
...     for result in engine.imap(batches): ...
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
from kopress.schemas import Reject
from kopress.schemas.arrow import TableBuilder

from .api import Pipeline, PipelineConfig
from .ingest import RawDoc, Unit
from .sinks import EMPTY_PARTITION, PKEY

_SAFE_PARTITION = str.maketrans({c: "_" for c in "/\\:*?\"<>|=%\x00"})


@dataclass(frozen=True, slots=True)
class Batch:
    """Consecutive input units; ``end_unit`` is the input position just after the last one."""

    first_unit: int
    end_unit: int
    units: tuple[Unit, ...]


@dataclass
class BatchResult:
    first_unit: int
    end_unit: int
    tables: dict[str, pa.Table] = field(default_factory=dict)
    documents: int = 0
    rejects: int = 0
    chars: int = 0
    reasons: dict[str, int] = field(default_factory=dict)


def partition_value(partition_by: str, source: str, reference_date) -> str:
    """The Hive partition value of a document or reject (a safe folder name: no '/', '=', '%' …).

    >>> partition_value("month", "a.txt", __import__("datetime").date(2023, 1, 5))
    '2023-01'
    >>> partition_value("source", "/data/보도자료/2023.jsonl", None)
    '2023'
    >>> partition_value("source", "/data/보도자료/a.txt", None)
    '보도자료'
    """
    if partition_by == "month":
        return f"{reference_date.year:04d}-{reference_date.month:02d}" if reference_date else EMPTY_PARTITION
    p = Path(source)
    name = p.stem if p.suffix.lower() == ".jsonl" else p.parent.name
    name = name.translate(_SAFE_PARTITION).strip()
    return name or EMPTY_PARTITION


def process_units(pipeline: Pipeline, batch: Batch, partition_by: str = "none") -> BatchResult:
    """Run the pipeline over a batch and build its Arrow tables (in input order)."""
    builder = TableBuilder()
    out = BatchResult(batch.first_unit, batch.end_unit)
    reasons: Counter[str] = Counter()
    keyed = partition_by != "none"
    units = batch.units
    docs = iter(pipeline.process_many([u for u in units if not isinstance(u, Reject)]))
    for unit in units:
        result = unit if isinstance(unit, Reject) else next(docs)
        if isinstance(result, Reject):
            out.rejects += 1
            reasons[result.reason] += 1
            builder.add_reject(result, partition_value(partition_by, result.source, None) if keyed else None)
            continue
        out.documents += 1
        out.chars += result.n_chars
        builder.add_document(result, partition_value(partition_by, result.source, result.reference_date)
                             if keyed else None)
    for table, t in builder.tables().items():
        if keyed:
            t = t.append_column(PKEY, pa.array(builder.keys[table], pa.string()))
        out.tables[table] = t
    out.reasons = dict(reasons)
    return out


#: Run once through a new Pipeline so that lazy imports, rule compilation and Kiwi's own lazy
#: loading (its first call costs about a second) happen at start-up.
_WARM_UP = "㈜한빛마린은 2024년 3월 5일 베트남 기업과 1000만 달러 규모의 수출계약을 체결했다."


@lru_cache(maxsize=4)
def worker_pipeline(config: PipelineConfig) -> Pipeline:
    """This process's Pipeline for ``config`` (Kiwi is loaded once per worker process), warmed up."""
    pipeline = Pipeline(config)
    # the whole batch path, Arrow included (its first array imports pandas: 0.2 s once per process)
    process_units(pipeline, Batch(0, 1, (RawDoc(id="warm-up", source="<warm-up>", text=_WARM_UP),)))
    # what is alive now (Kiwi, lexicons, compiled rules) lives as long as the process: keep it out
    # of the collector's full passes (GC time of a 1,000-release run 0.20 s → 0.09 s)
    gc.freeze()
    return pipeline


#: Young-generation threshold of the collector while documents are processed (CPython's default is
#: 700). A document allocates thousands of short-lived objects (morphemes, records) and frees them
#: again: with 700 the collector ran ~900 times a 1,000-release run and cost ~0.1–0.3 s of CPU
#: (scans and cache misses); with 10,000 it almost never runs, and cyclic garbage (rare here) is
#: still collected once 10,000 objects more are alive than at the last collection.
GC_GEN0_THRESHOLD = 10_000


def tune_gc() -> tuple[int, ...]:
    """Raise the collector's young-generation threshold (see ``GC_GEN0_THRESHOLD``); returns the
    previous thresholds, for ``gc.set_threshold(*previous)``.

    >>> previous = tune_gc(); gc.get_threshold()[0]; gc.set_threshold(*previous)
    10000
    """
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], GC_GEN0_THRESHOLD), *previous[1:])
    return previous


def run_batch(config: PipelineConfig, partition_by: str, batch: Batch) -> BatchResult:
    """The task a pool or Dask worker runs."""
    return process_units(worker_pipeline(config), batch, partition_by)


def _init_worker(config: PipelineConfig) -> None:
    worker_pipeline(config)
    tune_gc()  # a worker process only ever processes documents


class SerialEngine:
    """Everything in this process (``--workers 1``): no inter-process traffic."""

    name = "serial"

    def __init__(self, config: PipelineConfig, partition_by: str) -> None:
        self.config, self.partition_by, self.workers = config, partition_by, 1
        self.pipeline = worker_pipeline(config)
        self._gc_threshold: tuple[int, ...] | None = None

    def imap(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        # this process is the caller's: the collector is tuned while documents are processed only
        self._gc_threshold = tune_gc()
        try:
            for batch in batches:
                yield process_units(self.pipeline, batch, self.partition_by)
        finally:
            self._restore_gc()

    def _restore_gc(self) -> None:
        if self._gc_threshold is not None:
            gc.set_threshold(*self._gc_threshold)
            self._gc_threshold = None

    def close(self) -> None:
        self._restore_gc()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Windowed(SerialEngine):
    """Submit batches ahead, at most ``window`` in flight; yield results in submission order."""

    window: int

    def _submit(self, batch: Batch):
        raise NotImplementedError

    def _result(self, future) -> BatchResult:
        return future.result()

    def imap(self, batches: Iterable[Batch]) -> Iterator[BatchResult]:
        pending: deque = deque()
        for batch in batches:
            pending.append(self._submit(batch))
            while len(pending) >= self.window:
                yield self._result(pending.popleft())
        while pending:
            yield self._result(pending.popleft())


class PoolEngine(_Windowed):
    """A local process pool: ``workers`` spawned processes, each with its own Kiwi."""

    name = "local"

    def __init__(self, config: PipelineConfig, partition_by: str, workers: int) -> None:
        self.config, self.partition_by, self.workers = config, partition_by, workers
        self.window = 2 * workers + 2
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"),
                                        initializer=_init_worker, initargs=(config,))
        # start every worker (each loads Kiwi in its initializer) before the first batch
        for f in [self.pool.submit(os.getpid) for _ in range(workers)]:
            f.result()

    def _submit(self, batch: Batch):
        return self.pool.submit(run_batch, self.config, self.partition_by, batch)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_Windowed):
    """A Dask distributed cluster (``scheduler`` address), or a LocalCluster on loopback.

    The client reads and batches the inputs and ships the texts to the workers (no shared file
    system needed); each worker process builds its Pipeline once (``worker_pipeline`` caches it
    per process; it is warmed on every worker at start-up); results come back to the client,
    which commits the parts.
    """

    name = "dask"

    def __init__(self, config: PipelineConfig, partition_by: str, workers: int | None = None,
                 scheduler: str | None = None) -> None:
        from distributed import Client, LocalCluster

        self.config, self.partition_by = config, partition_by
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                        processes=True, host="127.0.0.1", dashboard_address=None,
                                        silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        self.client.run(_init_worker, config)  # load Kiwi on every worker now; late joiners load it lazily
        info = self.client.scheduler_info()
        threads = sum(w.get("nthreads", 1) for w in info.get("workers", {}).values())
        self.workers = max(1, threads)
        self.window = 2 * self.workers + 2

    def _submit(self, batch: Batch):
        return self.client.submit(run_batch, self.config, self.partition_by, batch, pure=False)

    def _result(self, future) -> BatchResult:
        try:
            return future.result()
        finally:
            future.release()

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(config: PipelineConfig, partition_by: str = "none", *, engine: str = "local",
                workers: int | None = None, scheduler: str | None = None):
    """The engine for ``--engine`` and ``--workers`` (local with 1 worker runs in this process)."""
    if engine == "dask":
        return DaskEngine(config, partition_by, workers, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local, dask)")
    workers = workers or os.cpu_count() or 1
    if workers <= 1:
        return SerialEngine(config, partition_by)
    return PoolEngine(config, partition_by, workers)
