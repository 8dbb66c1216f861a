"""Reject reasons: one catalogue of codes and messages (like spaCy's errors.py).

A reject row's ``reason`` is one of these codes; ``detail`` says more about the case.
"""

from __future__ import annotations

from enum import Enum


class Reason(str, Enum):
    EMPTY = "empty"                      # nothing but whitespace
    BINARY = "binary"                    # an image, archive or other non-text file
    UNDECODABLE = "undecodable"          # not UTF-8 and no Korean legacy charset fits
    TOO_LARGE = "too_large"              # over MAX_DOC_BYTES
    MALFORMED_JSON = "malformed_json"    # a JSONL line that is not JSON
    NOT_AN_OBJECT = "not_an_object"      # a JSONL line that is JSON but not an object
    NO_TEXT = "no_text"                  # a JSONL object without a string "text"
    UNREADABLE = "unreadable"            # the file could not be read (permissions, vanished)
    NOT_FOUND = "not_found"              # an input path or glob that matched nothing
    INTERNAL_ERROR = "internal_error"    # a bug in kopress on this document (detail has it)
    DUPLICATE = "duplicate"              # the same text (and source id) as a document already written


MESSAGES = {
    Reason.EMPTY: "the document has no text",
    Reason.BINARY: "binary content, not text",
    Reason.UNDECODABLE: "the bytes are neither UTF-8 nor a Korean legacy encoding (CP949/EUC-KR)",
    Reason.TOO_LARGE: "the document is larger than the size limit",
    Reason.MALFORMED_JSON: "the line is not valid JSON",
    Reason.NOT_AN_OBJECT: "the line is JSON but not an object",
    Reason.NO_TEXT: "the object has no string field 'text'",
    Reason.UNREADABLE: "the file could not be read",
    Reason.NOT_FOUND: "no file matches this input",
    Reason.INTERNAL_ERROR: "kopress failed on this document",
    Reason.DUPLICATE: "the same document is already in the tables (doc_id names it)",
}
