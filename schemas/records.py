"""The record schema: the one source of truth for every table kopress writes.

Each model is a row of one Parquet table (``schemas.arrow`` derives the Arrow schema from
these models) and one object in the ``kopress extract`` JSON Lines output.

Offsets are Python ``str`` indices into the decoded original text (BOM removed, nothing else
changed): ``text[start:end] == span.text`` for every span record.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, ValidationInfo, model_validator

SCHEMA_VERSION = "1.1"  # 1.1: the quotes table


def _json_number(value: Decimal) -> int | float:
    """Decimal → JSON number: integral values as int (1000만 → 10000000), others as float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: An exact number. Stored as Decimal (Arrow decimal128(38, 6)); JSON gives a number.
Exact = Annotated[Decimal, PlainSerializer(_json_number, return_type=int | float, when_used="json")]

EntityLabel = Literal["PERSON", "ORG", "LOC", "EVENT"]
AmountKind = Literal["MONEY", "COUNT", "PERCENT", "PERCENT_POINT", "MULTIPLE", "DURATION", "MEASURE"]
Granularity = Literal["day", "week", "month", "quarter", "half", "year", "time"]
DealType = Literal[
    "export_contract", "supply_contract", "mou", "investment", "award", "grant",
    "acquisition", "joint_development", "joint_venture",
]
BoilerplateKind = Literal["credit", "copyright", "related", "byline", "email", "contact", "notice"]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A piece of the original text. ``text == source_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    rule_id: str = ""

    @model_validator(mode="after")
    def _check_offsets(self, info: ValidationInfo) -> "Span":
        if self.end <= self.start:
            raise ValueError(f"empty or reversed span {self.start}:{self.end}")
        source = (info.context or {}).get("text") if info is not None else None
        if source is not None and source[self.start:self.end] != self.text:
            raise ValueError(
                f"span {self.start}:{self.end} is {source[self.start:self.end]!r}, not {self.text!r}"
            )
        return self


class Entity(Span):
    id: str = ""
    label: EntityLabel
    name: str
    legal_form: str | None = None
    alias: str | None = None
    title: str | None = None
    org: str | None = None
    entity_id: str = ""
    kind: str | None = None  # finer type: company, government, university, country, city …


class Amount(Span):
    id: str = ""
    kind: AmountKind
    value: Exact
    value_max: Exact | None = None
    unit: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    per: str | None = None
    counted: str | None = None
    nights: int | None = None  # 3박5일 → nights=3 (value 5 days, unit P5D)


class DateMention(Span):
    id: str = ""
    value: dt.date | None = None
    value_end: dt.date | None = None
    granularity: Granularity = "day"
    resolved: bool = True
    time: str | None = None  # "14:00" when a time of day is attached
    relative: bool = False
    parts: dict[str, int | str] = Field(default_factory=dict)
    weekday_mismatch: bool = False


class Deal(Span):
    """One announced deal. The span is the trigger clause of its first mention."""

    id: str = ""
    type: DealType
    trigger: str
    party_name: str | None = None
    counterparty_name: str | None = None
    counterparty_names: list[str] = Field(default_factory=list)
    party_id: str | None = None
    counterparty_id: str | None = None
    party_implicit: bool = False
    amount_id: str | None = None
    value: Exact | None = None
    unit: str | None = None
    per: str | None = None
    period: str | None = None
    date_id: str | None = None
    date: dt.date | None = None
    mentions: int = 1
    confidence: float = 1.0


class Boilerplate(Span):
    id: str = ""
    kind: BoilerplateKind


class Quote(Span):
    """Words in double quotation marks that someone said (“…”라고 말했다). The span is the words,
    inside the marks; the speaker is the subject the release names, else empty (never guessed)."""

    id: str = ""
    speaker: str | None = None  # the speaker's name as linked: 박정훈, or an organisation (오름데이터)
    speaker_id: str | None = None  # the speaker's entity_id (E1)
    speaker_role: str | None = None  # 시장, 대표; 관계자 or 측 for an organisation
    verb: str | None = None  # the speech verb's dictionary form: 말하다, 강조하다, 밝히다


class Document(_Record):
    """One press release and everything extracted from it (the ``kopress extract`` object)."""

    id: str
    source: str
    line: int | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    reference_date: dt.date | None = None
    reference_date_source: Literal["option", "metadata", "dateline", "none"] = "none"
    text_sha256: str
    n_chars: int
    text: str
    entities: list[Entity] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def check_offsets(self) -> None:
        """Raise ValueError unless every span indexes ``self.text`` exactly."""
        for family in (self.entities, self.amounts, self.dates, self.deals, self.boilerplate, self.quotes):
            for span in family:
                if self.text[span.start:span.end] != span.text:
                    raise ValueError(f"offset mismatch in {span!r}")

    def to_public(self) -> dict[str, Any]:
        """The JSON Lines contract of ``kopress extract`` (the text itself is left out)."""
        return self.model_dump(mode="json", exclude={"text"})


class Reject(_Record):
    """An input unit (a file or a JSONL line) that could not become a document."""

    source: str
    line: int | None = None
    reason: str
    detail: str = ""
    doc_id: str | None = None
    schema_version: str = SCHEMA_VERSION
