"""Benchmark (not a test): what each extractor family costs, as a share of Kiwi's own time.

Issue 5 asks that extraction over the corpus cost under 25% of Kiwi's tokenization time. This
script measures it on two sets of documents, each in a fresh process:

- ``corpus``: the releases of ``corpus/`` (press releases written for kopress: dense in amounts,
  dates, companies and deals);
- ``news``: release-sized documents (25 lines each) made of the news sentences (source
  ``wikitree``) of ``../shared/data/klue_ner/train_text_unlabeled.jsonl`` (train material, used
  only as text to run on).

As the pipeline does, Kiwi runs over a batch of 32 documents and then every family over them
(``kopress.extractors.steps()``, the stages of ``run_all``). The first pass is what a real run
pays (caches cold: every word and number is met for the first time); the next passes show the
steady state (median of ``--passes``). Kiwi's time is ``Tokenizer.analyse`` (Kiwi plus kopress's
morpheme wrapper) over the same documents.

    python bench/extraction_cost.py                 # both sets
    python bench/extraction_cost.py --set corpus --passes 30
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UNLABELED = REPO.parent / "shared" / "data" / "klue_ner" / "train_text_unlabeled.jsonl"
SETS = ("corpus", "news")
BATCH = 32
TARGET = 0.25


def documents(name: str, n_docs: int = 200, lines_per_doc: int = 25) -> list[str]:
    """The texts of set ``name``: corpus/ releases decoded as kopress decodes them, or news documents."""
    if name == "corpus":
        from kopress.evaluate import load_corpus

        return [doc.text for doc in load_corpus(REPO / "corpus")]
    lines: list[str] = []
    with UNLABELED.open(encoding="utf-8") as fh:
        for raw in fh:
            row = json.loads(raw)
            if row.get("source") == "wikitree":
                lines.append(row["text"])
    docs = []
    for i in range(0, len(lines), lines_per_doc):
        chunk = lines[i:i + lines_per_doc]
        docs.append("\n\n".join(" ".join(chunk[j:j + 5]) for j in range(0, len(chunk), 5)))
        if len(docs) >= n_docs:
            break
    return docs


def child(name: str, passes: int) -> dict:
    """One set in this process: Kiwi seconds and each family's seconds, first pass and warm passes."""
    from kopress.api import PipelineConfig
    from kopress.engines import tune_gc, worker_pipeline
    from kopress.extractors import steps
    from kopress.extractors.base import Context

    docs = documents(name)
    tokenizer = worker_pipeline(PipelineConfig()).tokenizer  # warmed up as a worker is
    tune_gc()
    stages = steps()
    runs = []
    for _ in range(1 + passes):
        kiwi = 0.0
        fam = dict.fromkeys((n for n, _ in stages), 0.0)
        for i in range(0, len(docs), BATCH):
            t = time.process_time()
            analyses = [tokenizer.analyse(text) for text in docs[i:i + BATCH]]
            kiwi += time.process_time() - t
            for analysis in analyses:
                ctx = Context(analysis)
                for stage, step in stages:
                    t = time.process_time()
                    step(ctx)
                    fam[stage] += time.process_time() - t
        runs.append({"kiwi": kiwi, "families": fam})
    return {"set": name, "docs": len(docs), "chars": sum(map(len, docs)), "runs": runs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", nargs="+", default=list(SETS), choices=SETS)
    ap.add_argument("--passes", type=int, default=10, help="warm passes after the first (default 10)")
    ap.add_argument("--child", choices=SETS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.passes)))
        return
    for name in args.set:
        proc = subprocess.run([sys.executable, __file__, "--child", name, "--passes", str(args.passes)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"child failed:\n{proc.stderr[-3000:]}")
        res = json.loads(proc.stdout.strip().splitlines()[-1])
        first, warm = res["runs"][0], res["runs"][1:]
        families = list(first["families"])
        print(f"## {name}: {res['docs']} documents, {res['chars']:,} characters; share of Kiwi's time "
              f"(Kiwi first pass {first['kiwi']:.2f} s)")
        print(f"{'family':<12} {'first pass':>10} {'warm (median)':>14}")
        for fam in families:
            w = statistics.median(r["families"][fam] / r["kiwi"] for r in warm) if warm else float("nan")
            print(f"{fam:<12} {first['families'][fam] / first['kiwi']:>10.1%} {w:>14.1%}")
        total_first = sum(first["families"].values()) / first["kiwi"]
        total_warm = statistics.median(sum(r["families"].values()) / r["kiwi"] for r in warm) if warm else float("nan")
        print(f"{'all':<12} {total_first:>10.1%} {total_warm:>14.1%}   target < {TARGET:.0%}: "
              f"first pass {'ok' if total_first < TARGET else 'MISSED'}, warm {'ok' if total_warm < TARGET else 'MISSED'}")
        print()


if __name__ == "__main__":
    main()
