"""``kopress run``: stream inputs through the pipeline into the Parquet tables."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from kopress.schemas import Reject

from .api import RULESET_VERSION, Pipeline, PipelineConfig
from .ingest import iter_units
from .sinks import DatasetWriter


@dataclass
class RunSummary:
    documents: int = 0
    rejects: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    chars: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        rows = " ".join(f"{t}={n}" for t, n in self.rows.items() if t not in ("documents", "rejects"))
        return (f"kopress: documents={self.documents} rejects={self.rejects} {rows} "
                f"seconds={self.seconds:.2f} documents/s={self.docs_per_second:.1f}")

    def as_dict(self) -> dict:
        return {"documents": self.documents, "rejects": self.rejects, "rows": self.rows,
                "rejects_by_reason": self.rejects_by_reason, "seconds": round(self.seconds, 3),
                "documents_per_second": round(self.docs_per_second, 2), "chars": self.chars,
                "ruleset_version": RULESET_VERSION}


def run(inputs: Iterable[str | os.PathLike], out: str | os.PathLike, *,
        reference_date: dt.date | None = None, progress: bool | None = None,
        quiet: bool = False) -> RunSummary:
    """Process every input unit into ``out/<table>``; returns the run summary."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    t0 = time.perf_counter()
    pipeline = Pipeline(PipelineConfig(reference_date=reference_date))
    writer = DatasetWriter(out)
    summary = RunSummary()
    reasons: Counter[str] = Counter()
    bar = _progress(progress, quiet)
    try:
        for unit in iter_units(inputs):
            result = unit if isinstance(unit, Reject) else pipeline.process(unit)
            writer.add(result)
            if isinstance(result, Reject):
                summary.rejects += 1
                reasons[result.reason] += 1
            else:
                summary.documents += 1
                summary.chars += result.n_chars
            bar.update(1)
        summary.seconds = time.perf_counter() - t0
        summary.rows = dict(writer.rows)
        summary.rejects_by_reason = dict(reasons)
        writer.commit(summary.as_dict())
    except BaseException:
        writer.abort()
        raise
    finally:
        bar.close()
    return summary


def _progress(progress: bool | None, quiet: bool):
    from tqdm import tqdm

    if progress is None:
        progress = sys.stderr.isatty()
    return tqdm(unit="doc", disable=quiet or not progress, file=sys.stderr, dynamic_ncols=True)
