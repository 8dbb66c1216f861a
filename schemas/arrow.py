"""Arrow schemas derived from the pydantic records (never inferred from pandas).

>>> TABLE_SCHEMAS["amounts"].field("value").type
Decimal128Type(decimal128(38, 6))
"""

from __future__ import annotations

import datetime as dt
import json
import operator
import types
import typing
from decimal import Decimal
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from . import records as r

#: Exact amounts: 38 digits with 6 after the point (values up to 10³² − 1, e.g. 999조 = 9.99×10¹⁴).
DECIMAL_TYPE = pa.decimal128(38, 6)

#: table name → (record model, fields left out because they are child tables or too big)
TABLE_MODELS: dict[str, type[BaseModel]] = {
    "documents": r.Document,
    "entities": r.Entity,
    "amounts": r.Amount,
    "dates": r.DateMention,
    "deals": r.Deal,
    "boilerplate": r.Boilerplate,
    "quotes": r.Quote,
    "rejects": r.Reject,
}
CHILD_TABLES = ("entities", "amounts", "dates", "deals", "boilerplate", "quotes")
_DOCUMENT_EXCLUDE = set(CHILD_TABLES)


def _strip_optional(annotation: Any) -> Any:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _strip_optional(args[0])
        if all(a in (int, str) for a in args):
            return str
        if set(args) <= {int, float}:
            return float
    if origin is typing.Annotated:
        return _strip_optional(get_args(annotation)[0])
    return annotation


def arrow_type(annotation: Any) -> pa.DataType:
    """pydantic field annotation → Arrow type."""
    ann = _strip_optional(annotation)
    origin = get_origin(ann)
    if origin is Literal or ann is str:
        return pa.string()
    if ann is bool:
        return pa.bool_()
    if ann is int:
        return pa.int64()
    if ann is float:
        return pa.float64()
    if ann is Decimal:
        return DECIMAL_TYPE
    if ann is dt.date:
        return pa.date32()
    if origin is list:
        return pa.list_(arrow_type(get_args(ann)[0]))
    if origin is dict:
        return pa.string()  # JSON text
    raise TypeError(f"no Arrow type for {annotation!r}")


def _schema(name: str, model: type[BaseModel]) -> pa.Schema:
    fields = []
    if name in CHILD_TABLES:
        fields.append(pa.field("doc_id", pa.string(), nullable=False))
    for fname, info in model.model_fields.items():
        if name == "documents" and fname in _DOCUMENT_EXCLUDE:
            continue
        fields.append(pa.field(fname, arrow_type(info.annotation)))
    return pa.schema(fields, metadata={"kopress.schema_version": r.SCHEMA_VERSION, "kopress.table": name})


TABLE_SCHEMAS: dict[str, pa.Schema] = {name: _schema(name, m) for name, m in TABLE_MODELS.items()}
TABLES = tuple(TABLE_SCHEMAS)


def _cell(value: Any, field: pa.Field) -> Any:
    if pa.types.is_string(field.type) and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _layout(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(column names in schema order, names of the string columns a dict is JSON-encoded into)."""
    schema = TABLE_SCHEMAS[name]
    return tuple(schema.names), tuple(f.name for f in schema if pa.types.is_string(f.type))


#: table → _layout(table), computed once: document_rows runs for every record of every document.
_LAYOUTS = {name: _layout(name) for name in TABLE_SCHEMAS}


def _row(d: dict[str, Any], layout: tuple[tuple[str, ...], tuple[str, ...]]) -> dict[str, Any]:
    names, strings = layout
    get = d.get
    row = {n: get(n) for n in names}
    for n in strings:
        v = row[n]
        if isinstance(v, dict):
            row[n] = json.dumps(v, ensure_ascii=False, sort_keys=True)
    return row


def document_rows(doc: r.Document) -> dict[str, list[dict[str, Any]]]:
    """One document → rows for each table (python values, ready for ``pa.Table.from_pylist``)."""
    out: dict[str, list[dict[str, Any]]] = {}
    out["documents"] = [_row(doc.model_dump(exclude=_DOCUMENT_EXCLUDE), _LAYOUTS["documents"])]
    doc_id = doc.id
    for table in CHILD_TABLES:
        layout = _LAYOUTS[table]
        rows = []
        for rec in getattr(doc, table):
            d = rec.model_dump()
            d["doc_id"] = doc_id
            rows.append(_row(d, layout))
        out[table] = rows
    return out


def reject_rows(rej: r.Reject) -> list[dict[str, Any]]:
    return [rej.model_dump()]


def to_table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=TABLE_SCHEMAS[name])


def _getter(names: tuple[str, ...]):
    """attrgetter of ``names`` that always returns a tuple (even for one name)."""
    get = operator.attrgetter(*names)
    return get if len(names) > 1 else (lambda rec: (get(rec),))


#: table → reads a record's column values as a tuple, in schema order (doc_id left out).
_GETTERS = {name: _getter(tuple(n for n in TABLE_SCHEMAS[name].names if not (name in CHILD_TABLES and n == "doc_id")))
            for name in TABLE_SCHEMAS}


def _json_fields(model: type[BaseModel]) -> set[str]:
    """Fields of ``model`` annotated as a dict: stored as JSON text in a string column."""
    return {name for name, info in model.model_fields.items()
            if get_origin(_strip_optional(info.annotation)) is dict}


#: table → positions of its JSON-text columns (``DateMention.parts``), from the record models.
_JSON_COLUMNS = {name: frozenset(i for i, n in enumerate(TABLE_SCHEMAS[name].names)
                                 if n in _json_fields(TABLE_MODELS[name]))
                 for name in TABLE_SCHEMAS}


def _json_cells(column) -> list:
    """A string column with dicts in it (``parts``) → the dicts as JSON text, as ``_row`` does."""
    return [json.dumps(v, ensure_ascii=False, sort_keys=True) if isinstance(v, dict) else v for v in column]


class TableBuilder:
    """Arrow tables of a batch of documents and rejects, built column by column straight from the
    records' attributes (no per-row dicts): the same tables as ``document_rows`` + ``to_table``.

    >>> b = TableBuilder()                                              # doctest: +SKIP
    >>> b.add_document(kopress.extract("삼성전자는 3일 1000만 원을 기부했다."))  # doctest: +SKIP
    >>> b.tables()["amounts"].column("value").to_pylist()               # doctest: +SKIP
    [Decimal('10000000.000000')]
    """

    def __init__(self) -> None:
        self._rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
        self._doc_ids: dict[str, list[str]] = {t: [] for t in CHILD_TABLES}
        self.keys: dict[str, list[str]] = {t: [] for t in TABLES}

    def add_document(self, doc: r.Document, key: str | None = None) -> None:
        """Add one document's rows to every table (``key``: its partition value, if partitioned)."""
        rows, doc_ids, keys = self._rows, self._doc_ids, self.keys
        rows["documents"].append(_GETTERS["documents"](doc))
        if key is not None:
            keys["documents"].append(key)
        doc_id = doc.id
        for table in CHILD_TABLES:
            recs = getattr(doc, table)
            if not recs:
                continue
            rows[table].extend(map(_GETTERS[table], recs))
            doc_ids[table].extend([doc_id] * len(recs))
            if key is not None:
                keys[table].extend([key] * len(recs))

    def add_reject(self, rej: r.Reject, key: str | None = None) -> None:
        self._rows["rejects"].append(_GETTERS["rejects"](rej))
        if key is not None:
            self.keys["rejects"].append(key)

    def tables(self) -> dict[str, pa.Table]:
        """table name → Arrow table, for the tables that got rows."""
        out: dict[str, pa.Table] = {}
        for table, rows in self._rows.items():
            if not rows:
                continue
            schema = TABLE_SCHEMAS[table]
            columns: list = list(zip(*rows))
            if table in CHILD_TABLES:
                columns.insert(0, self._doc_ids[table])
            json_columns = _JSON_COLUMNS[table]
            arrays = [pa.array(_json_cells(column) if i in json_columns else column, type=f.type)
                      for i, (f, column) in enumerate(zip(schema, columns))]
            out[table] = pa.Table.from_arrays(arrays, schema=schema)
        return out
