"""kopress record models (pydantic v2) and the Arrow schemas derived from them."""

from .records import (  # noqa: F401
    SCHEMA_VERSION, Amount, Boilerplate, DateMention, Deal, Document, Entity, Quote, Reject, Span,
)
from .arrow import TABLE_SCHEMAS, TABLES  # noqa: F401
