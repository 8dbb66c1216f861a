"""Benchmark (not a test): Kiwi tokenization time vs amounts extraction time.

Builds release-sized documents from the news lines (source == "wikitree") of
../shared/data/klue_ner/train_text_unlabeled.jsonl (CC BY-SA 4.0, KLUE / konne-prep; used
only as speed-run text) plus corpus/*.txt when present, tokenizes each once with Kiwi, then
times ``kopress.extractors.amounts.extract`` on the analysed documents.

    python bench/amounts_cost.py [--docs 200] [--lines-per-doc 25] [--repeat 3]

Prints both times and the ratio; the target is amounts < 10% of Kiwi.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from kopress.extractors import amounts
from kopress.extractors.base import Context
from kopress.tokenize import Tokenizer

REPO = Path(__file__).resolve().parents[1]
UNLABELED = REPO.parent / "shared" / "data" / "klue_ner" / "train_text_unlabeled.jsonl"


def documents(n_docs: int, lines_per_doc: int) -> list[str]:
    """News lines joined into release-sized documents (paragraphs of 5 sentences), then corpus/*.txt."""
    lines: list[str] = []
    if UNLABELED.exists():
        with UNLABELED.open(encoding="utf-8") as fh:
            for raw in fh:
                row = json.loads(raw)
                if row.get("source") == "wikitree":
                    lines.append(row["text"])
    docs = []
    for i in range(0, len(lines), lines_per_doc):
        chunk = lines[i:i + lines_per_doc]
        paragraphs = [" ".join(chunk[j:j + 5]) for j in range(0, len(chunk), 5)]
        docs.append("\n\n".join(paragraphs))
        if len(docs) >= n_docs:
            break
    for path in sorted((REPO / "corpus").glob("*.txt")):
        raw = path.read_bytes()
        for encoding in ("utf-8-sig", "cp949"):
            try:
                docs.append(raw.decode(encoding))
                break
            except UnicodeDecodeError:
                continue
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--lines-per-doc", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    docs = documents(args.docs, args.lines_per_doc)
    n_chars = sum(len(d) for d in docs)
    tokenizer = Tokenizer()
    tokenizer.analyse("워밍업 문장입니다. 1000만 달러.")
    amounts.extract(Context(tokenizer.analyse("워밍업 1000만 달러")))

    t0 = time.perf_counter()
    analyses = [tokenizer.analyse(d) for d in docs]
    kiwi_s = time.perf_counter() - t0

    best = float("inf")
    n_amounts = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n_amounts = sum(len(amounts.extract(Context(a))) for a in analyses)
        best = min(best, time.perf_counter() - t0)

    print(f"documents      {len(docs)} ({n_chars:,} chars)")
    print(f"kiwi           {kiwi_s:8.3f} s")
    print(f"amounts        {best:8.3f} s  (best of {args.repeat}; {n_amounts} amounts)")
    print(f"ratio          {best / kiwi_s:8.1%}  (target < 10%)")


if __name__ == "__main__":
    main()
