"""The ``kopress`` command line. Parses arguments, calls the API, maps errors to exit codes.

Exit codes: 0 done (even with rejects), 1 ``--strict`` and at least one reject,
2 usage error or crash.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import traceback
from enum import IntEnum

from kopress.schemas import Reject


class ExitCode(IntEnum):
    OK = 0
    REJECTS = 1
    ERROR = 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from exc


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kopress", description="Korean press-release extraction to JSON Lines and Parquet.")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="print one JSON object per document (JSON Lines)")
    ex.add_argument("inputs", nargs="+", metavar="FILE")
    ex.add_argument("--reference-date", type=_date, help="for documents that carry no date of their own")
    ex.add_argument("--strict", action="store_true", help="exit 1 if any unit was rejected")

    run = sub.add_parser("run", help="write the Parquet tables under --out")
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) and globs")
    run.add_argument("--out", required=True, help="output folder (one dataset a table)")
    run.add_argument("--reference-date", type=_date)
    run.add_argument("--strict", action="store_true", help="exit 1 if any unit was rejected")
    run.add_argument("--quiet", action="store_true", help="no progress, no summary line")
    run.add_argument("--workers", type=_positive, metavar="N", help="worker processes (default: every core)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local process pool (default) or a Dask distributed cluster")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster on this machine)")
    run.add_argument("--incremental", action="store_true",
                     help="add to OUT: process only documents whose id is not in it yet")
    run.add_argument("--partition-by", choices=("none", "month", "source"), default="none",
                     help="Hive-partition the tables by reference month or by source (default none)")
    run.add_argument("--part-size", type=_positive, default=None, metavar="UNITS",
                     help="input units a committed part holds at most (default 5000)")

    ve = sub.add_parser("verify", help="check OUT against its manifest (exit 0 sound, 1 mismatch)")
    ve.add_argument("out", metavar="OUT")

    ev = sub.add_parser("eval", help="score against corpus/ golden records or a JSONL NER file")
    ev.add_argument("--corpus", default="corpus", help="corpus folder with expected records (default corpus/)")
    ev.add_argument("--ner", nargs="*", metavar="JSONL", help="shared-format NER files to score (dev splits)")
    ev.add_argument("--source", help="only sentences with this source (e.g. wikitree)")
    ev.add_argument("--details", action="store_true", help="list missing, extra and wrong items per document")

    sh = sub.add_parser("show", help="write a standalone HTML page of one release (its first unit)")
    sh.add_argument("input", metavar="FILE", help="a .txt release, or a .jsonl file (its first line)")
    sh.add_argument("--html", required=True, metavar="OUT.html", help="the page to write")
    sh.add_argument("--reference-date", type=_date, help="for a release that carries no date of its own")
    return p


def cmd_extract(args) -> int:
    from .api import Pipeline, PipelineConfig
    from .ingest import iter_units

    pipeline = Pipeline(PipelineConfig(reference_date=args.reference_date))
    rejects = 0
    out = sys.stdout
    for unit in iter_units(args.inputs):
        result = unit if isinstance(unit, Reject) else pipeline.process(unit)
        if isinstance(result, Reject):
            rejects += 1
            obj = {"error": result.reason, "detail": result.detail, "source": result.source, "line": result.line}
        else:
            obj = result.to_public()
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    out.flush()
    return ExitCode.REJECTS if (args.strict and rejects) else ExitCode.OK


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return n


def cmd_run(args) -> int:
    from .batch import PART_UNITS, run

    if args.scheduler and args.engine != "dask":
        print("kopress: error: --scheduler needs --engine dask", file=sys.stderr)
        return ExitCode.ERROR
    summary = run(args.inputs, args.out, reference_date=args.reference_date, quiet=args.quiet,
                  workers=args.workers, engine=args.engine, scheduler=args.scheduler,
                  incremental=args.incremental, partition_by=args.partition_by,
                  part_size=args.part_size or PART_UNITS)
    if not args.quiet:
        print(summary.line(), file=sys.stderr)
    return ExitCode.REJECTS if (args.strict and summary.rejects) else ExitCode.OK


def cmd_verify(args) -> int:
    from pathlib import Path

    from .manifest import MANIFEST_NAME, Manifest, verify

    out = Path(args.out)
    if not (out / MANIFEST_NAME).is_file():
        print(f"kopress: error: {out} has no {MANIFEST_NAME} (not a kopress output folder)", file=sys.stderr)
        return ExitCode.ERROR
    problems = verify(out)
    if problems:
        for p in problems:
            print(f"kopress verify: MISMATCH {p}", file=sys.stderr)
        print(f"kopress verify: {out}: {len(problems)} problem(s)", file=sys.stderr)
        return ExitCode.REJECTS
    m = Manifest.load(out)
    rows = " ".join(f"{t}={n}" for t, n in m.rows().items())
    status = m.job.status if m.job else "unknown"
    print(f"kopress verify: {out}: ok, {len(m.parts)} parts, {len(m.files())} files, {rows}, job {status}")
    return ExitCode.OK


def cmd_eval(args) -> int:
    from . import evaluate

    return evaluate.main(args)


def cmd_show(args) -> int:
    from .show import show_file

    try:
        doc = show_file(args.input, args.html, reference_date=args.reference_date)
    except ValueError as exc:
        print(f"kopress: show: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    print(f"kopress: wrote {args.html} ({doc.id}: {len(doc.entities)} entities, {len(doc.amounts)} amounts, "
          f"{len(doc.dates)} dates, {len(doc.deals)} deals)", file=sys.stderr)
    return ExitCode.OK


COMMANDS = {"extract": cmd_extract, "run": cmd_run, "eval": cmd_eval, "show": cmd_show, "verify": cmd_verify}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except KeyboardInterrupt:
        print("kopress: interrupted", file=sys.stderr)
        return ExitCode.ERROR
    except BrokenPipeError:
        return ExitCode.OK
    except Exception as exc:
        print(f"kopress: error: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return ExitCode.ERROR


if __name__ == "__main__":
    sys.exit(main())
