"""What every extractor family gets and returns.

An extractor is a function ``extract(ctx: Context) -> list[record]`` registered in
``kopress.extractors.FAMILIES``. It reads ``ctx.text`` / ``ctx.morphs`` (Kiwi morphemes with
offsets into the ORIGINAL text) and returns ``kopress.schemas`` records whose ``start``/``end``
index the original text (``ctx.text[start:end] == record.text``). Ids are assigned later by
the pipeline; extractors leave ``id`` empty. Spans inside boilerplate (``ctx.masked``) must be
skipped.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from kopress.schemas import Amount, Boilerplate, DateMention, Deal, Entity, Quote

from ..tokenize import Analysis, Morph, Sentence

_set_attr = object.__setattr__


def updated(record, update: dict):
    """``record.model_copy(update=update)`` without the generic copy machinery (a few µs less per
    record: ids and entity links are set on every record of every document). No validation, as
    with ``model_copy``; ``update`` names fields of the record.

    >>> from kopress.schemas import Boilerplate
    >>> updated(Boilerplate(start=0, end=2, text="기자", kind="byline"), {"id": "bp-1"}).id
    'bp-1'
    """
    if record.__pydantic_extra__ is not None or record.__pydantic_private__ is not None:
        return record.model_copy(update=update)
    cls = type(record)
    new = cls.__new__(cls)
    values = record.__dict__.copy()
    values.update(update)
    _set_attr(new, "__dict__", values)
    _set_attr(new, "__pydantic_extra__", None)
    _set_attr(new, "__pydantic_fields_set__", record.__pydantic_fields_set__ | update.keys())
    _set_attr(new, "__pydantic_private__", None)
    return new


_ID_SET = frozenset({"id"})


def with_id(record, value: str):
    """``updated(record, {"id": value})``, the same copy with less work (every record of every
    document gets its id this way).

    >>> from kopress.schemas import Boilerplate
    >>> with_id(Boilerplate(start=0, end=2, text="기자", kind="byline"), "bp-1").id
    'bp-1'
    """
    if record.__pydantic_extra__ is not None or record.__pydantic_private__ is not None:
        return record.model_copy(update={"id": value})
    cls = type(record)
    new = cls.__new__(cls)
    values = record.__dict__.copy()
    values["id"] = value
    _set_attr(new, "__dict__", values)
    _set_attr(new, "__pydantic_extra__", None)
    _set_attr(new, "__pydantic_fields_set__", record.__pydantic_fields_set__ | _ID_SET)
    _set_attr(new, "__pydantic_private__", None)
    return new


def _entity_fast_path() -> tuple[dict, frozenset[str], frozenset[str], frozenset[str]] | None:
    """What ``entity`` needs to build an Entity without validation, or None when the model is not
    the one that shortcut was written for (other fields, types, constraints or validators): then
    every Entity is validated. 예: a new field ``score: float`` on Entity → None."""
    from typing import get_args

    fields = Entity.model_fields
    decorators = Entity.__pydantic_decorators__
    labels = frozenset(get_args(fields["label"].annotation)) if "label" in fields else frozenset()
    offsets = [str(fields[k].metadata) for k in ("start", "end") if k in fields]
    expected = {
        "start": (int, True), "end": (int, True), "text": (str, True), "rule_id": (str, False),
        "id": (str, False), "name": (str, True), "legal_form": (str | None, False),
        "alias": (str | None, False), "title": (str | None, False), "org": (str | None, False),
        "entity_id": (str, False), "kind": (str | None, False),
    }
    same = (
        set(fields) == {*expected, "label"} and labels and offsets == ["[Ge(ge=0)]"] * 2
        and all(fields[k].annotation == t and fields[k].is_required() == req for k, (t, req) in expected.items())
        and all(fields[k].default == "" for k, (t, req) in expected.items() if t is str and not req)
        and all(fields[k].default is None for k, (t, req) in expected.items() if t == str | None)
        and all(not fields[k].metadata for k in fields if k not in ("start", "end"))
        and set(decorators.model_validators) == {"_check_offsets"} and not decorators.field_validators
        and not decorators.validators and not decorators.root_validators
        and dict(Entity.model_config) == {"frozen": True, "extra": "forbid"}
    )
    if not same:
        return None
    template = {k: (f.default if not f.is_required() else None) for k, f in fields.items()}
    optional = frozenset(k for k, (t, req) in expected.items() if t == str | None)
    texts = frozenset(k for k, (t, req) in expected.items() if t is str and not req)
    return template, labels, optional, texts


_ENTITY_FAST = _entity_fast_path()
_ENTITY_SET = frozenset({"start", "end", "text", "label", "name", "rule_id"})


#: The one-syllable particles after a subject or a topic (세림하이텍은, ㈜한빛이).
SUBJECT_PARTICLES = frozenset("은는이가")


def latest_company_subject(text: str, entities: list[Entity], before: int) -> Entity | None:
    """The last company (an ORG of kind ``company``) that stands as a subject or a topic before
    ``before``: what a later "회사는", "회사 측은" points back to (세림하이텍은 …. 회사는 또 …).
    Never an institute, a city or a ministry; None when no company was a subject. ``entities``
    in text order.

    >>> t = "한국기계연구원은 기술을 이전했다. 세림하이텍은 출시한다. 회사는"
    >>> es = [entity(0, 7, t, "ORG", "한국기계연구원", "r", kind="institute"),
    ...       entity(19, 24, t, "ORG", "세림하이텍", "r", kind="company")]
    >>> latest_company_subject(t, es, 33).name
    '세림하이텍'
    """
    best = None
    for e in entities:
        if e.start >= before:
            break
        if (e.label == "ORG" and e.kind == "company" and text[e.end:e.end + 1] in SUBJECT_PARTICLES
                and text[e.end + 1:e.end + 2] in (" ", "")):
            best = e
    return best


def entity(start: int, end: int, text: str, label: str, name: str, rule_id: str, **fields) -> Entity:
    """``Entity(start=start, end=end, text=text, label=label, name=name, rule_id=rule_id, **fields)``.

    One is built for every candidate of every document, and most are dropped when overlaps are
    settled; so when every value is one validation keeps as it is (int offsets with
    0 ≤ start < end, str texts, one of the labels, str or None in the optional fields), the
    record is made directly, as ``updated`` copies one: the same field values, in the same
    order, and the same fields set (≈ 1 µs instead of ≈ 2.5). Any other value is validated, and
    raises as before.

    >>> entity(0, 4, "한빛마린", "ORG", "한빛마린", "org.suffix.v1", kind="company").kind
    'company'
    """
    fast = _ENTITY_FAST
    if fast is not None and type(start) is int and type(end) is int and 0 <= start < end and (
        type(text) is str and type(name) is str and type(rule_id) is str and type(label) is str
    ):
        template, labels, optional, texts = fast
        if label in labels and all(
            (k in optional and (v is None or type(v) is str)) or (k in texts and type(v) is str)
            for k, v in fields.items()
        ):
            values = template.copy()
            values["start"], values["end"], values["text"] = start, end, text
            values["rule_id"], values["label"], values["name"] = rule_id, label, name
            if fields:
                values.update(fields)
            new = Entity.__new__(Entity)
            _set_attr(new, "__dict__", values)
            _set_attr(new, "__pydantic_extra__", None)
            _set_attr(new, "__pydantic_fields_set__", _ENTITY_SET | fields.keys() if fields else set(_ENTITY_SET))
            _set_attr(new, "__pydantic_private__", None)
            return new
    return Entity(start=start, end=end, text=text, label=label, name=name, rule_id=rule_id, **fields)


@dataclass
class Context:
    analysis: Analysis
    reference_date: dt.date | None = None
    issuer: str | None = None  # the issuing organisation when known (metadata or dateline)
    title: str | None = None
    #: where the dateline's date starts in the text (입력 2026.11.27 07:30), when the reference date
    #: came from it: the publication, no day a sentence speaks of (이날 never points at it)
    dateline_start: int | None = None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    deals: list[Deal] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    _mask_starts: list[int] = field(default_factory=list, repr=False)
    _morph_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.analysis.text

    @property
    def morphs(self) -> tuple[Morph, ...]:
        return self.analysis.morphs

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.analysis.sentences

    def set_boilerplate(self, spans: list[Boilerplate]) -> None:
        self.boilerplate = sorted(spans, key=lambda b: b.start)
        self._mask_starts = [b.start for b in self.boilerplate]

    def masked(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a boilerplate span (spans are sorted, disjoint)."""
        i = bisect.bisect_right(self._mask_starts, end - 1) - 1
        return i >= 0 and self.boilerplate[i].end > start

    def morphs_in(self, start: int, end: int) -> list[Morph]:
        """Morphemes whose surface lies inside [start, end)."""
        if not self._morph_starts and self.morphs:
            self._morph_starts = [m.start for m in self.morphs]
        morphs = self.morphs
        out = []
        for i in range(bisect.bisect_left(self._morph_starts, start), len(morphs)):
            m = morphs[i]
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out
