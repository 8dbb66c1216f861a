"""``kopress show``: one release as a standalone HTML page, spans highlighted, records beside it.

>>> html = render_html(kopress.extract("㈜한빛마린은 1000만 달러 규모의 수출계약을 체결했다."))  # doctest: +SKIP
>>> 'data-kopress-id="amt-1"' in html                                                    # doctest: +SKIP
True

The highlighted spans are ``doc.ents`` of the spaCy Doc built from the record (the
non-overlapping selection of ``kopress.doc.set_annotations``), rendered by displaCy in manual
mode at the records' own character offsets, so a highlight's text is exactly ``record.text``.
Every ``<mark>`` carries ``data-kopress-id`` (the record id). Records that overlap a highlighted
one, deals and boilerplate are listed in the side tables. The page needs nothing from the
network: the CSS is inline and the fonts are the reader's own.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import string
from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kopress.schemas import Amount, DateMention, Document, Entity, Reject

#: displaCy colours: entities cool (blue/green), amounts warm (orange/yellow), dates violet.
COLORS: dict[str, str] = {
    "ORG": "#8ecae6",
    "PERSON": "#a8e6a1",
    "LOC": "#6fd6cf",
    "EVENT": "#c5e384",
    "MONEY": "#ffb86b",
    "COUNT": "#ffe08a",
    "PERCENT": "#ffc9a3",
    "PERCENT_POINT": "#ffd6b8",
    "MULTIPLE": "#f5d0a9",
    "DURATION": "#f7c6d9",
    "MEASURE": "#e8d5a8",
    "DATE": "#cdb4f6",
    "TIME": "#e6ccff",
}

#: The families that are highlighted in the text (as in ``doc.ents``), in legend order.
SPAN_FAMILIES = ("entities", "amounts", "dates")

#: displaCy ``ent`` template: one mark per highlighted record, its id in ``data-kopress-id``.
MARK_TEMPLATE = (
    '<mark class="kopress-span" id="span-{kopress_id}" data-kopress-id="{kopress_id}" '
    'data-label="{label}" title="{tooltip}" style="background: {bg}">'
    '{text}<span class="kopress-label">{label}</span></mark>'
)

TEMPLATE = "show.html"


def span_label(record: Entity | Amount | DateMention) -> str:
    """The displaCy label of a span record: 한빛마린 → ORG, 1000만 달러 → MONEY, 오후 2시 → TIME."""
    if isinstance(record, Entity):
        return record.label
    if isinstance(record, Amount):
        return record.kind
    return "TIME" if record.granularity == "time" else "DATE"


def span_records(document: Document) -> list[Entity | Amount | DateMention]:
    """Every entity, amount and date of ``document`` in text order (overlaps included)."""
    spans = [r for family in SPAN_FAMILIES for r in getattr(document, family)]
    return sorted(spans, key=lambda r: (r.start, r.end))


@lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("xx").vocab


def spacy_doc(document: Document):
    """The spaCy Doc of ``document.text`` (Kiwi tokens) with the record's spans set on it."""
    from .doc import KiwiTokenizer, set_annotations

    doc = KiwiTokenizer(_vocab())(document.text)
    return set_annotations(doc, document)


def highlights(document: Document) -> list[Entity | Amount | DateMention]:
    """The records highlighted in the page: those behind ``doc.ents`` (no two overlap), in text order."""
    doc = spacy_doc(document)
    chosen = [ent._.record for ent in doc.ents]
    return sorted(chosen, key=lambda r: (r.start, r.end))


# --------------------------------------------------------------------------- formatting


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def format_value(value: Decimal | int | None) -> str:
    """An exact value with digit groups: Decimal('10000000') → '10,000,000', 12.50 → '12.5'."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            value = int(value)
        else:
            return f"{value.normalize():,f}"
    return f"{value:,}"


_TIGHT_UNITS = ("%", "%p")


def _amount_summary(a: Amount) -> str:
    parts = [format_value(a.value)]
    if a.value_max is not None:
        parts = [f"{format_value(a.value)}–{format_value(a.value_max)}"]
    if a.unit in _TIGHT_UNITS:
        parts[-1] += a.unit
    elif a.unit:
        parts.append(a.unit)
    if a.per:
        parts.append(f"/{a.per}")
    return " ".join(parts)


def _tooltip(record: Entity | Amount | DateMention) -> str:
    if isinstance(record, Entity):
        bits = [record.label, record.name]
        if record.legal_form:
            bits.append(record.legal_form)
        if record.title:
            bits.append(record.title)
        return " · ".join(bits)
    if isinstance(record, Amount):
        return f"{record.kind} {_amount_summary(record)}" + (" (approx.)" if record.approximate else "")
    value = record.value.isoformat() if record.value else "unresolved"
    if record.value_end:
        value += f"/{record.value_end.isoformat()}"
    return f"{span_label(record)} {value} ({record.granularity})"


def _yes(flag: bool) -> str:
    return "✓" if flag else ""


# Side-table columns of each family: (heading, cell function of a record).
_COLUMNS: dict[str, list[tuple[str, Any]]] = {
    "entities": [
        ("label", lambda r: r.label),
        ("text", lambda r: r.text),
        ("name", lambda r: r.name),
        ("legal form", lambda r: r.legal_form),
        ("alias", lambda r: r.alias),
        ("title · org", lambda r: " · ".join(x for x in (r.title, r.org) if x)),
        ("entity", lambda r: r.entity_id),
    ],
    "amounts": [
        ("kind", lambda r: r.kind),
        ("text", lambda r: r.text),
        ("value", lambda r: _amount_summary(r)),
        ("≈", lambda r: _yes(r.approximate)),
        ("qualifier", lambda r: r.qualifier),
        ("counted", lambda r: r.counted),
    ],
    "dates": [
        ("text", lambda r: r.text),
        ("value", lambda r: r.value.isoformat() if r.value else "unresolved"),
        ("end", lambda r: r.value_end.isoformat() if r.value_end else ""),
        ("granularity", lambda r: r.granularity),
        ("time", lambda r: r.time),
        ("relative", lambda r: _yes(r.relative)),
    ],
    "deals": [
        ("type", lambda r: r.type),
        ("party", lambda r: r.party_name),
        ("counterparty", lambda r: ", ".join(r.counterparty_names) or r.counterparty_name),
        ("value", lambda r: " ".join(x for x in (format_value(r.value), r.unit) if x)),
        ("amount", lambda r: r.amount_id),
        ("date", lambda r: r.date.isoformat() if r.date else ""),
        ("period", lambda r: r.period),
        ("trigger", lambda r: r.trigger),
    ],
    "boilerplate": [
        ("kind", lambda r: r.kind),
        ("text", lambda r: r.text if len(r.text) <= 80 else r.text[:79] + "…"),
    ],
    "quotes": [
        ("speaker", lambda r: r.speaker),
        ("role", lambda r: r.speaker_role),
        ("entity", lambda r: r.speaker_id),
        ("verb", lambda r: r.verb),
        ("text", lambda r: r.text if len(r.text) <= 80 else r.text[:79] + "…"),
    ],
}


def _table(family: str, records: Sequence[Any], shown: set[str]) -> str:
    columns = _COLUMNS[family]
    head = "".join(f"<th>{_esc(name)}</th>" for name, _ in columns)
    rows = []
    for r in records:
        if family in SPAN_FAMILIES:
            state = "shown" if r.id in shown else "overlapped"
            first = (f'<a href="#span-{_esc(r.id)}">{_esc(r.id)}</a>' if r.id in shown
                     else f'<span title="overlaps a highlighted span">{_esc(r.id)}</span>')
        else:
            state, first = "listed", _esc(r.id)
        cells = "".join(f"<td>{_esc(fn(r))}</td>" for _, fn in columns)
        rows.append(f'<tr class="{state}" data-record-id="{_esc(r.id)}"><td class="rid">{first}</td>'
                    f"{cells}</tr>")
    body = "".join(rows) or f'<tr><td class="none" colspan="{len(columns) + 1}">none</td></tr>'
    return (f'<section class="family" id="table-{family}"><h2>{family} <small>{len(records)}</small></h2>'
            f'<table data-family="{family}"><thead><tr><th>id</th>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></section>")


def _legend(labels: Iterable[str]) -> str:
    return "".join(f'<span class="key" style="background: {COLORS.get(lb, "#ddd")}">{_esc(lb)}</span>'
                   for lb in labels)


def _marked_text(document: Document, chosen: Sequence[Entity | Amount | DateMention]) -> str:
    from spacy import displacy

    ents = [{"start": r.start, "end": r.end, "label": span_label(r),
             "params": {"kopress_id": _esc(r.id), "tooltip": _esc(_tooltip(r))}} for r in chosen]
    return displacy.render({"text": document.text, "ents": ents, "title": None}, style="ent",
                           manual=True, page=False, jupyter=False,
                           options={"colors": COLORS, "template": MARK_TEMPLATE})


def _template() -> string.Template:
    source = resources.files("kopress").joinpath("templates", TEMPLATE).read_text(encoding="utf-8")
    return string.Template(source)


def render_html(document: Document, chosen: Sequence[Entity | Amount | DateMention] | None = None) -> str:
    """A standalone HTML page (no network) of ``document``: highlighted text plus record tables.

    ``chosen`` defaults to :func:`highlights` (``doc.ents``); pass a list to skip Kiwi.
    """
    if chosen is None:
        chosen = highlights(document)
    chosen = sorted(chosen, key=lambda r: (r.start, r.end))
    shown = {r.id for r in chosen}
    present = {span_label(r) for r in span_records(document)}
    legend = [lb for lb in COLORS if lb in present]
    n_spans = len(span_records(document))
    meta = [("id", document.id), ("source", document.source),
            ("reference date", f"{document.reference_date or '—'} ({document.reference_date_source})"),
            ("characters", f"{document.n_chars:,}"),
            ("highlighted", f"{len(chosen)} of {n_spans} spans"),
            ("deals", str(len(document.deals)))]
    meta_html = "".join(f"<div><dt>{_esc(k)}</dt><dd>{_esc(v)}</dd></div>" for k, v in meta)
    tables = "".join(_table(family, getattr(document, family), shown)
                     for family in ("deals", "quotes", "entities", "amounts", "dates", "boilerplate"))
    return _template().substitute(
        title=_esc(document.title or document.id),
        meta=meta_html,
        legend=_legend(legend),
        text=_marked_text(document, chosen),
        tables=tables,
        n_highlighted=str(len(chosen)),
        schema_version=_esc(document.schema_version),
    )


def show_file(path: str | os.PathLike, out: str | os.PathLike,
              reference_date: dt.date | None = None) -> Document:
    """Extract the first unit of ``path`` and write its page to ``out``; ValueError on a reject."""
    from .api import Pipeline, PipelineConfig
    from .ingest import iter_units

    unit = next(iter(iter_units([path])), None)
    if unit is None:
        raise ValueError(f"{path}: no input unit")
    result = unit if isinstance(unit, Reject) else Pipeline(PipelineConfig(reference_date=reference_date)).process(unit)
    if isinstance(result, Reject):
        raise ValueError(f"{result.source}: rejected ({result.reason}) {result.detail}".rstrip())
    page = render_html(result)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return result
