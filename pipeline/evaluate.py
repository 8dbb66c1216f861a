"""Scoring: NER span precision/recall/F1 on a shared JSONL corpus, and golden scoring of ``corpus/``.

Two entry points, both returning a :class:`Report` that :func:`format_report` prints:

- :func:`evaluate_ner` reads a JSONL NER file (``../shared/data/<corpus>/dev.jsonl``), runs
  ``predict(text) -> [(start, end, common_label)]`` on every sentence and scores per label:
  entity-level exact-span P/R/F1 (KLUE's entity metric) and character-level P/R/F1 (KLUE's
  character metric, per label, counted over non-space characters). Label maps are data:
  ``resources/eval_labels.toml``.
- :func:`evaluate_corpus` runs ``extract(text, reference_date=…)`` on every release of
  ``corpus/`` and compares it with the hand-written expected records: P/R/F1 per family plus
  the missing / extra / wrong items of every document.

A date record that carries an attached time (``21일 오후 2시``) is scored as two spans, DATE
``21일`` and TIME ``오후 2시``, as KLUE (DT/TI) and KONEC (DT_DAY/TI_HOUR) annotate them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .resources import load_toml

Prediction = tuple  # (start, end, label) or (start, end, label, unit)
Predict = Callable[[str], Sequence[Prediction]]

LABEL_FILE = "eval_labels.toml"
FAMILIES = ("entities", "amounts", "dates", "deals", "boilerplate", "quotes")
#: Keys of an expected item that are comments, never compared.
IGNORED_KEYS = frozenset({"note"})


# --------------------------------------------------------------------------- scores


@dataclass
class Score:
    """True positives, false positives, false negatives, and the P/R/F1 they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Row:
    """One line of a report: a label (NER) or a record family (corpus)."""

    label: str
    entity: Score = field(default_factory=Score)
    char: Score | None = None


@dataclass
class Report:
    """Scores per label plus, for the corpus, what was missed or extra in each document.

    ``details[doc_id][family]`` = ``{"missing": [...], "extra": [...], "wrong": [...]}``.
    """

    title: str
    kind: str  # "ner" or "corpus"
    rows: dict[str, Row] = field(default_factory=dict)
    documents: int = 0
    errors: list[str] = field(default_factory=list)  # documents kopress failed on (scored as empty)
    details: dict[str, dict[str, dict[str, list]]] = field(default_factory=dict)

    def row(self, label: str) -> Row:
        if label not in self.rows:
            self.rows[label] = Row(label, Score(), Score() if self.kind == "ner" else None)
        return self.rows[label]

    def total(self) -> Row:
        """Micro-averaged row over every label."""
        out = Row("ALL", Score(), Score() if self.kind == "ner" else None)
        for row in self.rows.values():
            out.entity.add(row.entity)
            if out.char is not None and row.char is not None:
                out.char.add(row.char)
        return out

    def macro_f1(self) -> tuple[float, float | None]:
        """Unweighted mean F1 over labels with gold items: (entity-level, char-level or None)."""
        rows = [r for r in self.rows.values() if r.entity.gold]
        if not rows:
            return 0.0, None if self.kind != "ner" else 0.0
        ent = sum(r.entity.f1 for r in rows) / len(rows)
        if self.kind != "ner":
            return ent, None
        return ent, sum((r.char or Score()).f1 for r in rows) / len(rows)

    def as_dict(self) -> dict[str, Any]:
        def row_dict(row: Row) -> dict[str, Any]:
            d: dict[str, Any] = {"label": row.label, "entity": row.entity.as_dict()}
            if row.char is not None:
                d["char"] = row.char.as_dict()
            return d

        return {
            "title": self.title, "kind": self.kind, "documents": self.documents, "errors": self.errors,
            "rows": [row_dict(r) for r in self.rows.values()], "total": row_dict(self.total()),
            "macro_f1": self.macro_f1(),
            "details": self.details,
        }


# --------------------------------------------------------------------------- label maps


@dataclass(frozen=True)
class LabelScheme:
    """How to read a gold file and fold our common labels into its labels."""

    name: str
    gold_field: str
    gold: dict[str, str]
    predicted: dict[str, str]
    time_unit_re: re.Pattern[str]
    conventions: "SpanConventions" = field(default_factory=lambda: SpanConventions())

    def map_gold(self, entity: dict[str, Any]) -> str | None:
        return self.gold.get(entity.get(self.gold_field, "")) or None

    def map_prediction(self, text: str, pred: Prediction) -> str | None:
        """Our common label → the compared label (None = not scored).

        >>> s = label_scheme("klue_ner")
        >>> s.map_prediction("3시간 동안", (0, 3, "DURATION")), s.map_prediction("사흘간", (0, 3, "DURATION"))
        ('TIME', 'DATE')
        """
        label = pred[2]
        target = self.predicted.get(label, "")
        if target != "by_unit":
            return target or None
        unit = pred[3] if len(pred) > 3 else None
        if isinstance(unit, str) and unit.startswith("P"):
            return "TIME" if unit.startswith("PT") else "DATE"
        return "TIME" if self.time_unit_re.search(text[pred[0]:pred[1]]) else "DATE"


def label_scheme(name: str) -> LabelScheme:
    """The scheme ``name`` (klue_ner or konec) from ``resources/eval_labels.toml``."""
    data = load_toml(LABEL_FILE)
    if name not in data or name in ("duration", "records"):
        raise ValueError(f"unknown label map {name!r}; known: klue_ner, konec")
    section = data[name]
    dur = data["duration"]
    units = "|".join(re.escape(u) for u in sorted(dur["time_units"], key=len, reverse=True))
    not_after = "".join(re.escape(c) for c in dur["not_time_after"])
    time_re = re.compile(
        rf"(?:[0-9０-９]|[한두세네섯열반십백])\s*(?:{units})(?![{not_after}])"
    )
    spans = section.get("spans", {})
    conventions = SpanConventions(
        strip_prefix=tuple(spans.get("strip_prefix", ())),
        strip_suffix=tuple(sorted(spans.get("strip_suffix", ()), key=len, reverse=True)),
        split_ranges=bool(spans.get("split_ranges", False)), split_notes=bool(spans.get("split_notes", False)),
        place_before_org=frozenset(spans.get("place_before_org", ())),
        venue_particles=tuple(spans.get("venue_particles", ())),
        split_place_chains=bool(spans.get("split_place_chains", False)),
        time_suffixes=tuple(spans.get("time_suffixes", ())),
    )
    return LabelScheme(
        name=name, gold_field=section["gold_field"], gold=dict(section["gold"]),
        predicted=dict(section["predicted"]), time_unit_re=time_re, conventions=conventions,
    )


def detect_scheme(records: Iterable[dict[str, Any]]) -> str:
    """klue_ner when every gold label is one of KLUE's six, konec when NIKL labels (XX_YYY) occur."""
    klue = set(load_toml(LABEL_FILE)["klue_ner"]["gold"])
    for rec in records:
        for ent in rec.get("entities", ()):
            if "_" in ent.get("label", "") or ent.get("label") not in klue:
                return "konec"
    return "klue_ner"


# --------------------------------------------------------------------------- kopress adapter


def records_to_spans(entities: Iterable[Any], amounts: Iterable[Any], dates: Iterable[Any],
                     conventions: "SpanConventions | None" = None, text: str | None = None) -> list[tuple]:
    """kopress records → ``[(start, end, common_label)]`` sorted by offset.

    Entities keep PERSON/ORG/LOC/EVENT; amounts map by kind (MONEY→MONEY, PERCENT/PERCENT_POINT→
    PERCENT, COUNT/MEASURE/MULTIPLE→QUANTITY, DURATION→DURATION); dates → DATE, or TIME when
    ``granularity == "time"``; a date carrying an attached time (``parts["time_offset"]``) is
    split into its DATE part and its TIME part. 예: 약 50억원 (MONEY) → (s, e, "MONEY");
    21일 오후 2시 → (s, s+3, "DATE"), (s+4, e, "TIME").

    ``conventions`` (a scheme's span conventions, :class:`SpanConventions`) reshape the spans to
    how the gold corpus draws them, without changing what was found: KLUE leaves 약/이상/가량
    outside a quantity, annotates a range's two ends apart (3일부터 7일까지 → 3일, 7일) and a
    note in parentheses apart (전날(14일) → 전날, 14일) and writes a country or city before an
    organisation inside it (중국 신화통신); ``text`` (the document) tells a venue (…에서) apart.
    """
    kind_map = load_toml(LABEL_FILE)["records"]["amount_kind"]
    conv = conventions or SpanConventions()
    out: list[tuple] = []
    entities = list(entities)
    joined = conv.join_place_org(entities, text)
    for ent in entities:
        if id(ent) in joined:
            span = joined[id(ent)]
            if span is not None:
                out.append(span)
            continue
        if ent.label == "LOC" and conv.split_place_chains and " " in ent.text:
            pos = ent.start  # 서울 송파구 → 서울, 송파구 (KONEC annotates each place word)
            for word in ent.text.split(" "):
                if word:
                    out.append((pos, pos + len(word), "LOC"))
                pos += len(word) + 1
            continue
        out.append((ent.start, ent.end, ent.label))
    for amt in amounts:
        label = kind_map.get(amt.kind)
        if label:
            out.append((*conv.trim(amt.text, amt.start), label))
    for date in dates:
        if date.granularity == "time":
            out.append((*conv.extend(conv.trim(date.text, date.start), text), "TIME"))
            continue
        if conv.split_ranges and (spans := _timed_range(date)) is not None:
            out.extend(spans)  # 1일 09:00부터 4일 18:00까지 → DATE, TIME, DATE, TIME
            continue
        cut = _time_offset(date)
        head_end = date.end if cut is None else date.start + len(date.text[:cut].rstrip())
        if (lasting := _duration_offset(date)) is not None:  # 26일부터 이틀간 → DATE 26일 (the duration
            head_end = date.start + lasting                 # is an amount of its own)
        if cut is not None:  # 21일 오후 2시 → DATE 21일 + TIME 오후 2시 (KLUE and KONEC annotate them apart)
            out.append((*conv.extend((date.start + cut, date.end), text), "TIME"))
        if head_end > date.start:
            out.extend((a, b, "DATE") for a, b in conv.date_parts(date, head_end))
    out.sort(key=lambda s: (s[0], s[1], s[2]))
    return out


_HANGUL_RUN = re.compile(r"[가-힣]+")
_NOTE = re.compile(r"\(([^()]*)\)$")


@dataclass(frozen=True)
class SpanConventions:
    """How a gold corpus draws span edges (``[<scheme>.spans]`` of eval_labels.toml).

    >>> c = SpanConventions(strip_prefix=("약 ",), strip_suffix=("이상",))
    >>> c.trim("약 50억원 이상", 10)  # "50억원" is 4 characters, after "약 " (2)
    (12, 16)
    """

    strip_prefix: tuple[str, ...] = ()
    strip_suffix: tuple[str, ...] = ()
    split_ranges: bool = False
    split_notes: bool = False
    place_before_org: frozenset[str] = frozenset()
    venue_particles: tuple[str, ...] = ()
    split_place_chains: bool = False
    time_suffixes: tuple[str, ...] = ()

    def extend(self, span: tuple[int, int], text: str | None) -> tuple[int, int]:
        """A time span grown over a suffix the corpus keeps inside (오후 2시 + 께 → 오후 2시께)."""
        start, end = span
        if text:
            for sfx in self.time_suffixes:
                if text.startswith(sfx, end):
                    return start, end + len(sfx)
        return start, end

    def join_place_org(self, entities: Sequence[Any], text: str | None = None) -> dict[int, tuple | None]:
        """A one-word place of a ``place_before_org`` kind right before an ORG (one space between)
        and no particle of place after the ORG: ``{id(place): None, id(org): (place.start, org.end,
        "ORG")}`` (중국 신화통신 → one ORG span, as KLUE draws it); other entities are absent."""
        if not self.place_before_org:
            return {}
        by_end = {e.end: e for e in entities if e.label == "LOC"}
        out: dict[int, tuple | None] = {}
        for e in entities:
            if e.label != "ORG":
                continue
            p = by_end.get(e.start - 1)
            if p is None or p.kind not in self.place_before_org or " " in p.text or p.start - 1 in by_end:
                continue
            after = _HANGUL_RUN.match(text, e.end) if text else None
            if after is not None and after.group(0) in self.venue_particles:
                continue  # 서울 코엑스에서: a venue
            out[id(p)] = None
            out[id(e)] = (p.start, e.end, "ORG")
        return out

    def trim(self, surface: str, start: int) -> tuple[int, int]:
        """(start, end) of ``surface`` less the words the corpus leaves outside (약 …, … 이상)."""
        a, b = 0, len(surface)
        for p in self.strip_prefix:
            if surface.startswith(p) and len(surface) > len(p):
                a = len(p)
                break
        for sfx in self.strip_suffix:
            if surface.endswith(sfx) and b - len(sfx) > a:
                b -= len(sfx)
                break
        while a < b and surface[a].isspace():
            a += 1
        while b > a and surface[b - 1].isspace():
            b -= 1
        return start + a, start + b

    def date_parts(self, date: Any, end: int) -> list[tuple[int, int]]:
        """The DATE spans of a date record's day part ``[date.start, end)``: one span, or the two
        ends of a range (``parts["end_offset"]``), or a date and its note in parentheses."""
        text = date.text[:end - date.start]
        parts = getattr(date, "parts", None) or {}
        cut = parts.get("end_offset")
        if self.split_ranges and isinstance(cut, int) and 0 < cut < len(text):
            first, second = text[:cut], text[cut:]
            first = _RANGE_JOINT.sub("", first.rstrip()).rstrip()
            second = re.sub(r"까지$", "", second)
            spans = []
            if first:
                spans.append((date.start, date.start + len(first)))
            if second:
                spans.append((date.start + cut, date.start + cut + len(second)))
            return spans
        note = _NOTE.search(text)
        if self.split_notes and note and ("timezone" in parts or "stated_day" in parts):
            spans = [(date.start, date.start + len(text[:note.start()].rstrip()))]
            if "stated_day" in parts:  # 전날(14일): the written day is a date of its own
                spans.append((date.start + note.start(1), date.start + note.end(1)))
            return [s for s in spans if s[1] > s[0]]
        return [(date.start, end)]


def _timed_range(date: Any) -> list[tuple[int, int, str]] | None:
    """The four spans of a range from a day and time to a day and time (12월 1일(화) 09:00부터 12월
    4일(금) 18:00까지 → DATE 12월 1일(화), TIME 09:00, DATE 12월 4일(금), TIME 18:00), else None."""
    parts = getattr(date, "parts", None) or {}
    a, b, c = parts.get("time_offset"), parts.get("end_offset"), parts.get("end_time_offset")
    t, s = date.text, date.start
    if not (isinstance(a, int) and isinstance(b, int) and isinstance(c, int) and 0 < a < b < c < len(t)):
        return None
    first_time = _RANGE_JOINT.sub("", t[a:b].rstrip()).rstrip()
    last_time = t[c:].removesuffix("까지")
    spans = [(s, s + len(t[:a].rstrip()), "DATE"), (s + a, s + a + len(first_time), "TIME"),
             (s + b, s + b + len(t[b:c].rstrip()), "DATE"), (s + c, s + c + len(last_time), "TIME")]
    return [x for x in spans if x[1] > x[0]]


#: What joins a range's two ends, at the end of the first (부터, 에서, ~).
_RANGE_JOINT = re.compile(r"(?:부터|에서|[~∼〜\-–])\s*$")


def _duration_offset(date: Any) -> int | None:
    """Where the start day's words end inside a date span that runs over a duration
    (``parts["duration_offset"]``, 26일부터 이틀간 → 3: the length of "26일"), else None."""
    parts = getattr(date, "parts", None) or {}
    cut = parts.get("duration_offset")
    if not (isinstance(cut, int) and 0 < cut < len(date.text)):
        return None
    head = date.text[:cut].rstrip()
    conn = load_toml("dates.toml")["lasting"]["connector"]
    return len(head[:-len(conn)].rstrip() if head.endswith(conn) else head)


def _time_offset(date: Any) -> int | None:
    """Where the attached time phrase starts inside a date span (``parts["time_offset"]``)."""
    parts = getattr(date, "parts", None) or {}
    cut = parts.get("time_offset")
    if isinstance(cut, int) and 0 < cut < len(date.text):
        return cut
    return None


def kopress_predict(reference_date: dt.date | None = None, use_api: bool = True,
                    conventions: SpanConventions | None = None) -> Predict:
    """A ``predict(text)`` running the kopress pipeline: ``kopress.api.extract`` when it exists
    (and ``use_api``), else the extractor families run on a bare Context. ``conventions``: the
    gold corpus's span conventions (:meth:`LabelScheme.conventions`)."""
    api_extract = None
    if use_api:
        try:
            from .api import extract as api_extract  # type: ignore[attr-defined]
        except ImportError:
            api_extract = None

    if api_extract is not None:
        def predict(text: str) -> list[tuple]:
            doc = api_extract(text, reference_date=reference_date)
            return records_to_spans(doc.entities, doc.amounts, doc.dates, conventions, text)
        return predict

    from .extractors import run_all
    from .extractors.base import Context
    from .tokenize import default_tokenizer

    tokenizer = default_tokenizer()

    def predict(text: str) -> list[tuple]:
        ctx = run_all(Context(tokenizer.analyse(text), reference_date=reference_date))
        return records_to_spans(ctx.entities, ctx.amounts, ctx.dates, conventions, text)

    return predict


# --------------------------------------------------------------------------- NER evaluation


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """One JSON object per non-empty line."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _char_set(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(max(s, 0), min(e, len(text))) if not text[i].isspace()}


def score_sentence(
    text: str, gold: Sequence[tuple[int, int, str]], pred: Sequence[tuple[int, int, str]], report: Report,
) -> None:
    """Add one sentence's entity-level and character-level counts to ``report`` (per label)."""
    for label in {g[2] for g in gold} | {p[2] for p in pred}:
        g_spans = [(s, e) for s, e, lab in gold if lab == label]
        p_spans = [(s, e) for s, e, lab in pred if lab == label]
        row = report.row(label)
        remaining = list(g_spans)
        tp = 0
        for span in p_spans:
            if span in remaining:
                remaining.remove(span)
                tp += 1
        row.entity.add(Score(tp, len(p_spans) - tp, len(g_spans) - tp))
        g_chars, p_chars = _char_set(text, g_spans), _char_set(text, p_spans)
        assert row.char is not None
        row.char.add(Score(len(g_chars & p_chars), len(p_chars - g_chars), len(g_chars - p_chars)))


def evaluate_ner(
    path: str | Path,
    predict: Predict | None = None,
    label_map: str = "auto",
    source: str | None = None,
    limit: int | None = None,
    keep_details: bool = False,
) -> Report:
    """Score ``predict`` against a JSONL NER file, per label (entity-level and char-level P/R/F1).

    ``label_map``: "auto" (klue_ner when the gold labels are KLUE's six, else konec), "klue_ner"
    or "konec". ``source``: keep only sentences of that source (예: "wikitree").
    ``keep_details``: keep each sentence's missed and extra spans in ``report.details``.
    ``predict=None`` runs kopress itself (:func:`kopress_predict`).
    """
    records = list(read_jsonl(path))
    scheme = label_scheme(detect_scheme(records) if label_map == "auto" else label_map)
    if predict is None:
        predict = kopress_predict(conventions=scheme.conventions)
    title = f"NER {Path(path).parent.name}/{Path(path).name} ({scheme.name}"
    title += f", source={source})" if source else ")"
    report = Report(title=title, kind="ner")
    for label in dict.fromkeys(scheme.gold.values()):
        report.row(label)
    for rec in records:
        if source is not None and rec.get("source") != source:
            continue
        if limit is not None and report.documents >= limit:
            break
        text = rec["text"]
        gold = [(e["start"], e["end"], lab) for e in rec.get("entities", ()) if (lab := scheme.map_gold(e))]
        pred = []
        try:
            predicted = predict(text)
        except ValueError as exc:  # kopress.api.extract reports a failed document this way
            report.errors.append(f"{rec.get('id', report.documents)}: {exc}")
            predicted = []
        for p in predicted:
            lab = scheme.map_prediction(text, p)
            if lab is not None:
                pred.append((p[0], p[1], lab))
        score_sentence(text, gold, pred, report)
        report.documents += 1
        if keep_details:
            g, q = set(gold), set(pred)
            missing = [{"text": text[s:e], "start": s, "end": e, "label": lab} for s, e, lab in sorted(g - q)]
            extra = [{"text": text[s:e], "start": s, "end": e, "label": lab} for s, e, lab in sorted(q - g)]
            if missing or extra:
                report.details[rec.get("id", str(report.documents))] = {
                    "spans": {"missing": missing, "extra": extra, "wrong": []}
                }
    return report


# --------------------------------------------------------------------------- corpus evaluation


@dataclass
class CorpusDoc:
    """One release of ``corpus/`` with its expected records."""

    id: str
    text: str
    source: str
    expected: dict[str, Any]
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None


def read_text_file(path: Path) -> str:
    """Decode a corpus .txt: UTF-8 (BOM removed), else CP949."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp949")


def load_corpus(corpus_dir: str | Path) -> list[CorpusDoc]:
    """Every release of ``corpus_dir`` (``<id>.txt`` + ``<id>.expected.json``; ``batch.jsonl`` +
    ``batch.expected.jsonl`` keyed by id), sorted by id. A release without expected records is
    still loaded (``expected == {}``)."""
    root = Path(corpus_dir)
    docs: list[CorpusDoc] = []
    for txt in sorted(root.glob("*.txt")):
        doc_id = txt.stem
        exp_path = root / f"{doc_id}.expected.json"
        expected = json.loads(exp_path.read_text(encoding="utf-8")) if exp_path.exists() else {}
        docs.append(CorpusDoc(doc_id, read_text_file(txt), txt.name, expected))
    batch = root / "batch.jsonl"
    if batch.exists():
        exp_path = root / "batch.expected.jsonl"
        expected_by_id = {e["id"]: e for e in read_jsonl(exp_path)} if exp_path.exists() else {}
        for line_no, rec in enumerate(read_jsonl(batch), 1):
            published = dt.date.fromisoformat(rec["published"]) if rec.get("published") else None
            docs.append(CorpusDoc(
                rec["id"], rec["text"], f"batch.jsonl:{line_no}", expected_by_id.get(rec["id"], {}),
                published=published, title=rec.get("title"), url=rec.get("url"),
            ))
    return docs


def _as_plain(record: Any) -> dict[str, Any]:
    if isinstance(record, dict):
        return record
    if hasattr(record, "model_dump"):
        return record.model_dump()
    return dict(vars(record))


def _same(expected: Any, actual: Any) -> bool:
    """Compare one expected JSON value with a record's field (numbers exactly, dates as ISO)."""
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, bool) or isinstance(actual, bool):
        return expected == actual
    if isinstance(expected, (int, float, str)) and isinstance(actual, (int, Decimal)):
        try:
            return Decimal(str(expected)) == Decimal(actual)
        except InvalidOperation:
            return False
    if isinstance(actual, (dt.date, dt.datetime)):
        return str(expected) == actual.isoformat()
    if isinstance(expected, list) and isinstance(actual, (list, tuple)):
        return sorted(map(str, expected)) == sorted(map(str, actual))
    return expected == actual


def _diff(expected: dict[str, Any], actual: dict[str, Any]) -> dict[str, Any]:
    """Fields of ``expected`` that ``actual`` gets wrong: {field: [expected, actual]}."""
    out = {}
    for key, want in expected.items():
        if key in IGNORED_KEYS:
            continue
        got = actual.get(key)
        if key == "counterparty_name" and got is None and actual.get("counterparty_names"):
            got = actual["counterparty_names"][0] if len(actual["counterparty_names"]) == 1 else None
        if key == "counterparty_names" and not actual.get(key) and actual.get("counterparty_name"):
            got = [actual["counterparty_name"]]
        if not _same(want, got):
            out[key] = [want, _jsonable(got)]
    return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _summary(record: dict[str, Any], family: str) -> dict[str, Any]:
    keys = {
        "entities": ("text", "label", "name", "legal_form", "alias", "title", "org"),
        "amounts": ("text", "kind", "value", "unit", "approximate", "qualifier", "per", "value_max"),
        "dates": ("text", "value", "value_end", "granularity", "resolved"),
        "deals": ("type", "party_name", "counterparty_name", "counterparty_names", "value", "unit",
                  "period", "text"),
        "boilerplate": ("text", "kind"),
        "quotes": ("text", "speaker", "speaker_role", "verb"),
    }[family]
    return {k: _jsonable(record.get(k)) for k in keys if record.get(k) not in (None, [], False)}


def compare_family(family: str, expected: Sequence[dict[str, Any]], predicted: Sequence[Any]):
    """Match expected items with predicted records of one family.

    Items match on every field the expected item lists (``note`` ignored; ``text`` is the exact
    surface). Returns ``(score, missing, extra, wrong)`` where ``wrong`` pairs an expected item
    with a predicted record of the same surface (or, for deals, same type and party) whose
    other fields differ; such a pair counts as one false negative and one false positive.
    """
    preds = [_as_plain(p) for p in predicted]
    used = [False] * len(preds)
    missing: list[dict[str, Any]] = []
    matched = 0
    for item in expected:
        hit = next((i for i, p in enumerate(preds) if not used[i] and not _diff(item, p)), None)
        if hit is None and family == "deals" and len(item.get("counterparty_names") or ()) > 1:
            hit_all = _match_split_deal(item, preds, used)
            if hit_all:
                for i in hit_all:
                    used[i] = True
                matched += 1
                continue
        if hit is None:
            missing.append(item)
        else:
            used[hit] = True
            matched += 1
    extra_idx = [i for i, u in enumerate(used) if not u]
    wrong = []
    still_missing = []
    for item in missing:
        key = ("type", "party_name") if family == "deals" else ("text",)
        pair = next((i for i in extra_idx if all(_same(item.get(k), preds[i].get(k)) for k in key)), None)
        if pair is None:
            still_missing.append({k: v for k, v in item.items()})
        else:
            extra_idx.remove(pair)
            wrong.append({"expected": item, "got": _summary(preds[pair], family),
                          "diff": _diff(item, preds[pair])})
    extra = [_summary(preds[i], family) for i in extra_idx]
    score = Score(matched, len(extra) + len(wrong), len(still_missing) + len(wrong))
    return score, still_missing, extra, wrong


def _match_split_deal(item: dict[str, Any], preds: list[dict[str, Any]], used: list[bool]) -> list[int]:
    """An expected deal with several counterparties may come out as one deal per counterparty."""
    rest = {k: v for k, v in item.items() if k not in ("counterparty_names", "counterparty_name")}
    hits: list[int] = []
    for name in item["counterparty_names"]:
        want = dict(rest, counterparty_name=name)
        i = next((i for i, p in enumerate(preds)
                  if not used[i] and i not in hits and not _diff(want, p)), None)
        if i is None:
            return []
        hits.append(i)
    return hits


def corpus_key(source: str, source_id: str | None) -> str:
    """The corpus id of an ingested unit: the JSONL record's ``id``, else the file's stem."""
    return source_id or Path(source).name.split(".")[0]


def run_corpus(corpus_dir: str | Path, extract: Callable[..., Any] | None = None) -> list[tuple[CorpusDoc, Any]]:
    """Run kopress on every release of ``corpus_dir``: ``[(doc, Document | Reject | Exception)]``.

    With ``extract=None`` the releases go through the real ingest path (file decoding, CP949
    detection, JSONL metadata, dateline) and ``kopress.api.Pipeline``, exactly as ``kopress run``
    with no --reference-date. Otherwise ``extract(text, reference_date=published)`` is called.
    """
    docs = load_corpus(corpus_dir)
    out: list[tuple[CorpusDoc, Any]] = []
    if extract is not None:
        for doc in docs:
            try:
                out.append((doc, extract(doc.text, reference_date=doc.published)))
            except Exception as exc:  # reported per document, never lost
                out.append((doc, exc))
        return out
    from .api import Pipeline
    from .ingest import RawDoc, iter_units

    pipeline = Pipeline()
    by_id: dict[str, Any] = {}
    for unit in iter_units([Path(corpus_dir)]):
        if isinstance(unit, RawDoc):
            by_id[corpus_key(unit.source, unit.source_id)] = pipeline.process(unit)
        else:
            key = corpus_key(unit.source, None) if unit.line is None else f"{unit.source}:{unit.line}"
            by_id[key] = unit
    for doc in docs:
        out.append((doc, by_id.get(doc.id, LookupError(f"{doc.id}: not produced by the ingest path"))))
    return out


def evaluate_corpus(corpus_dir: str | Path, extract: Callable[..., Any] | None = None,
                    families: Sequence[str] = FAMILIES) -> Report:
    """Golden scoring of ``corpus_dir``: per family P/R/F1 plus missing/extra/wrong per document.

    ``extract(text, reference_date=None)`` returns a ``kopress.schemas.Document`` (or anything
    with ``entities``/``amounts``/``dates``/``deals``/``boilerplate``); ``None`` runs the real
    ingest path and pipeline (see :func:`run_corpus`). The corpus is run with no
    --reference-date: a JSONL release has its own ``published`` date, a .txt file its dateline.
    A document that failed counts every expected item as missing.
    """
    report = Report(title=f"corpus {Path(corpus_dir)}", kind="corpus")
    for fam in families:
        report.row(fam)
    for doc, result in run_corpus(corpus_dir, extract):
        report.documents += 1
        if isinstance(result, Exception) or not hasattr(result, "entities"):
            report.errors.append(f"{doc.id}: {result!r}"[:300])
        for fam in families:
            if fam not in doc.expected:
                continue
            predicted = getattr(result, fam, None)
            if predicted is None:  # a Reject or an exception: nothing was extracted
                predicted = []
            score, missing, extra, wrong = compare_family(fam, doc.expected[fam], predicted)
            report.rows[fam].entity.add(score)
            if missing or extra or wrong:
                report.details.setdefault(doc.id, {})[fam] = {
                    "missing": missing, "extra": extra, "wrong": wrong,
                }
    return report


# --------------------------------------------------------------------------- printing


def format_report(report: Report, details: bool = False) -> str:
    """A fixed-width table, one row per label (NER) or family (corpus), then a total row."""
    lines = [report.title, f"documents: {report.documents}"]
    if report.errors:
        lines.append(f"failed documents (scored as empty): {len(report.errors)}")
    if report.kind == "ner":
        head = (f"{'label':<10} {'gold':>6} {'pred':>6} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}"
                f" | {'charP':>6} {'charR':>6} {'charF1':>6}")
    else:
        head = f"{'family':<12} {'expected':>8} {'found':>8} {'tp':>6} {'P':>6} {'R':>6} {'F1':>6}"
    lines += [head, "-" * len(head)]
    rows = list(report.rows.values()) + [report.total()]
    for i, row in enumerate(rows):
        if i == len(rows) - 1:
            lines.append("-" * len(head))
        s = row.entity
        if report.kind == "ner":
            c = row.char or Score()
            lines.append(
                f"{row.label:<10} {s.gold:>6} {s.predicted:>6} {s.tp:>6} {s.precision:>6.3f}"
                f" {s.recall:>6.3f} {s.f1:>6.3f} | {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}"
            )
        else:
            lines.append(
                f"{row.label:<12} {s.gold:>8} {s.predicted:>8} {s.tp:>6} {s.precision:>6.3f}"
                f" {s.recall:>6.3f} {s.f1:>6.3f}"
            )
    ent_macro, char_macro = report.macro_f1()
    macro = f"macro F1 (labels with gold items): {ent_macro:.3f}"
    if char_macro is not None:
        macro += f"; char-level {char_macro:.3f}"
    lines.append(macro)
    if details:
        for doc_id, fams in report.details.items():
            for fam, d in fams.items():
                for what in ("missing", "extra", "wrong"):
                    for item in d[what]:
                        lines.append(f"{doc_id} {fam} {what}: {json.dumps(item, ensure_ascii=False, default=str)}")
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI entry


def eval_tables(corpus: str | Path | None = "corpus", ner: Sequence[str] | None = None,
                source: str | None = None, details: bool = False) -> list[str]:
    """The tables ``kopress eval`` prints: one per NER file when ``ner`` is given, else the corpus."""
    if ner:
        return [format_report(evaluate_ner(path, source=source), details=details) for path in ner]
    return [format_report(evaluate_corpus(corpus or "corpus"), details=details)]


def main(args: Any) -> int:
    """``kopress eval``: ``--ner FILE…`` scores NER files (span and char P/R/F1 per label), else
    ``--corpus DIR`` (default corpus/) is scored against its expected records. Exit code 0."""
    tables = eval_tables(getattr(args, "corpus", "corpus"), getattr(args, "ner", None),
                         getattr(args, "source", None), bool(getattr(args, "details", False)))
    print("\n\n".join(tables))
    return 0
