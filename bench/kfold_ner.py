"""Held-out NER figures on the KLUE-NER **train** news sentences (a script, not a test).

    python bench/kfold_ner.py                 # 5 folds, klue_ner, source wikitree
    python bench/kfold_ner.py --folds 0,1     # some folds only

The train sentences (``../shared/data/klue_ner/train.jsonl``, ``source == "wikitree"``) are cut
into 5 folds by a hash of the sentence id. For each fold the train-derived lexicon
(``konec_lexicon.tsv``) is rebuilt without that fold (``build_lexicons.py --exclude-ids``: the
fold's entities are not counted and every entity string of the fold is dropped, exactly as dev's
are), and kopress is scored on the fold with KLUE's metrics (``kopress eval --ner``). The folds'
counts are summed. This is the figure rules are tuned on; the dev split is only measured.

Note that dropping the held-out strings from the derived lexicon is pessimistic by construction:
a derived-lexicon match alone can never be an exact hit on held-out sentences (its string is
never one of their entities), so the hand-written lists and the rules carry these figures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
FOLDS = 5


def fold_of(sentence_id: str) -> int:
    return int(hashlib.sha256(sentence_id.encode()).hexdigest(), 16) % FOLDS


def child(lexicon: str, fold_file: str, out: str) -> None:
    """Score one fold with the lexicon at ``lexicon`` in place of konec_lexicon.tsv."""
    from pathlib import Path as P

    import kopress.resources as resources

    original = resources._path
    resources._path = lambda name: P(lexicon) if name.endswith("konec_lexicon.tsv") else original(name)
    from kopress.evaluate import evaluate_ner

    report = evaluate_ner(fold_file, source="wikitree")
    rows = {label: {"entity": [r.entity.tp, r.entity.fp, r.entity.fn],
                    "char": [r.char.tp, r.char.fp, r.char.fn] if r.char else [0, 0, 0]}
            for label, r in report.rows.items()}
    P(out).write_text(json.dumps(rows), encoding="utf-8")


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", default=",".join(str(k) for k in range(FOLDS)))
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(*args.child)
        return 0
    records = [json.loads(line) for line in (SHARED / "klue_ner" / "train.jsonl").open(encoding="utf-8")]
    totals: dict[str, dict[str, list[int]]] = {}
    with tempfile.TemporaryDirectory(prefix="kopress-kfold-") as tmp:
        work = Path(tmp)
        for k in (int(x) for x in args.folds.split(",")):
            fold = [r for r in records if fold_of(r["id"]) == k]
            (work / f"ids{k}.txt").write_text("\n".join(r["id"] for r in fold), encoding="utf-8")
            with (work / f"fold{k}.jsonl").open("w", encoding="utf-8") as fh:
                for r in fold:
                    fh.write(json.dumps(r, ensure_ascii=False) + "\n")
            lexicon = work / f"lexicon{k}.tsv"
            subprocess.run([sys.executable, str(REPO / "pipeline/resources/lexicons/build_lexicons.py"),
                            "--exclude-ids", str(work / f"ids{k}.txt"), "--out", str(lexicon)],
                           cwd=REPO, check=True)
            out = work / f"fold{k}.json"
            subprocess.run([sys.executable, __file__, "--child", str(lexicon), str(work / f"fold{k}.jsonl"),
                            str(out)], cwd=REPO, check=True)
            for label, row in json.loads(out.read_text(encoding="utf-8")).items():
                t = totals.setdefault(label, {"entity": [0, 0, 0], "char": [0, 0, 0]})
                for key in ("entity", "char"):
                    t[key] = [a + b for a, b in zip(t[key], row[key])]
    print(f"klue_ner train, source=wikitree, held-out folds {args.folds} (KLUE metrics)")
    print(f"{'label':10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} | {'charP':>6} {'charR':>6} {'charF1':>6}")
    for label, t in totals.items():
        tp, fp, fn = t["entity"]
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        cp, cr, cf = prf(*t["char"])
        print(f"{label:10} {tp + fn:>5} {p:6.3f} {r:6.3f} {f:6.3f} | {cp:6.3f} {cr:6.3f} {cf:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
