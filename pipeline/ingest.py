"""Inputs → raw documents or rejects, streamed one unit at a time; never raises on bad input.

A unit is a ``.txt`` file (one release; title = first non-empty line) or one line of a
``.jsonl`` file (``text`` plus optional ``id``, ``title``, ``published``, ``url``, ``issuer``).
Every unit becomes exactly one :class:`RawDoc` or one :class:`kopress.schemas.Reject`.
Blank JSONL lines are not units. Files named ``*.expected.*`` (golden records) are skipped
when a folder is walked.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kopress.schemas import Reject

from .reasons import MESSAGES, Reason

#: Documents larger than this (in UTF-8 bytes, or file bytes) are rejected as too_large.
MAX_DOC_BYTES = 8 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".jsonl")
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BM", b"\x7fELF")
#: C0 control bytes other than tab, newline, carriage return, form feed and escape.
_CONTROL_BYTES = [bytes([b]) for b in range(32) if b not in (9, 10, 12, 13, 27)]
_GLOB_CHARS = re.compile(r"[*?\[]")


@dataclass(frozen=True, slots=True)
class RawDoc:
    """One decoded release. ``text`` is the original text, BOM removed, nothing else changed."""

    id: str
    source: str
    text: str
    line: int | None = None
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    issuer: str | None = None
    source_id: str | None = None


Unit = RawDoc | Reject


def normalized_for_id(text: str) -> str:
    """The text a document id hashes: NFC, whitespace runs collapsed, stripped."""
    # str.split() cuts at exactly the characters ``\s`` matches (str.isspace), and drops the ends
    return " ".join(unicodedata.normalize("NFC", text).split())


def document_id(text: str, source_id: str | None = None) -> str:
    """Stable id: hash of the normalised text plus the source's own id when given.

    >>> document_id("가  나") == document_id("가 나")
    True
    """
    key = f"{source_id or ''}\x1f{normalized_for_id(text)}".encode("utf-8", "surrogatepass")
    return "d" + hashlib.sha256(key).hexdigest()[:24]


def first_line(text: str) -> str | None:
    """The first line with something in it, stripped, at most 500 characters.

    >>> first_line("\\n  보도자료 제목  \\n본문")
    '보도자료 제목'
    """
    # the first 2,000 characters nearly always hold it: split them, not the whole release (the
    # last piece of the prefix may be a cut line, so it counts only when the prefix is the text)
    head = text[:2000].splitlines()
    if len(text) > 2000:
        head = head[:-1]
    for line in head:
        if line.strip():
            return line.strip()[:500]
    if len(text) <= 2000:
        return None
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:500]
    return None


def _reject(source: str, reason: Reason, detail: str = "", line: int | None = None) -> Reject:
    return Reject(source=source, line=line, reason=reason.value, detail=detail or MESSAGES[reason])


def decode(data: bytes) -> tuple[str | None, Reason | None, str]:
    """Bytes → (text, None, encoding) or (None, reason, detail).

    UTF-8 (BOM removed) first; otherwise charset detection (CP949/EUC-KR, UTF-16 …).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for magic in _BINARY_MAGIC:
        if data.startswith(magic):
            return None, Reason.BINARY, f"starts with {magic!r}"
    try:
        return data.decode("utf-8"), None, "utf-8"
    except UnicodeDecodeError:
        pass
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None, "utf-16"
        except UnicodeDecodeError:
            return None, Reason.UNDECODABLE, "bad UTF-16"
    sample = data[:65536]
    controls = sum(sample.count(b) for b in _CONTROL_BYTES)
    if controls > max(8, len(sample) // 20):
        return None, Reason.BINARY, f"{controls} control bytes in the first {len(sample)}"
    for enc in ("cp949",):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_korean(text):
            return text, None, enc
    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        return None, Reason.UNDECODABLE, "no charset fits"
    try:
        return data.decode(best.encoding), None, best.encoding
    except (UnicodeDecodeError, LookupError):
        return None, Reason.UNDECODABLE, f"detected {best.encoding} but it does not decode"


def _looks_korean(text: str) -> bool:
    """CP949 decodes most byte soups; accept it only when the result reads as Korean text."""
    sample = text[:20000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in sample if ch.isalpha())
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\r\n\t")
    return letters > 0 and hangul / letters > 0.5 and controls < len(sample) // 50 + 1


def _parse_date(value) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _raw(text: str, source: str, line: int | None = None, meta: dict | None = None) -> Unit:
    if not text.strip():
        return _reject(source, Reason.EMPTY, line=line)
    if len(text) * 4 > MAX_DOC_BYTES and len(text.encode("utf-8", "surrogatepass")) > MAX_DOC_BYTES:
        return _reject(source, Reason.TOO_LARGE, f"{len(text)} characters > {MAX_DOC_BYTES} bytes", line)
    meta = meta or {}
    source_id = meta.get("id")
    source_id = str(source_id) if source_id not in (None, "") else None
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta["title"].strip() else None
    return RawDoc(
        id=document_id(text, source_id),
        source=source,
        text=text,
        line=line,
        title=title.strip() if title else first_line(text),
        url=meta.get("url") if isinstance(meta.get("url"), str) else None,
        published=_parse_date(meta.get("published") or meta.get("date")),
        issuer=meta.get("issuer") if isinstance(meta.get("issuer"), str) else None,
        source_id=source_id,
    )


def read_text_file(path: Path, source: str) -> Unit:
    try:
        size = path.stat().st_size
        if size > MAX_DOC_BYTES:
            return _reject(source, Reason.TOO_LARGE, f"{size} bytes > {MAX_DOC_BYTES}")
        data = path.read_bytes()
    except OSError as exc:
        return _reject(source, Reason.UNREADABLE, str(exc))
    text, reason, detail = decode(data)
    if text is None:
        return _reject(source, reason, detail)
    return _raw(text, source)


def read_jsonl(path: Path, source: str) -> Iterator[Unit]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _reject(source, Reason.UNREADABLE, str(exc))
        return
    with fh:
        for lineno, raw_line in enumerate(fh, 1):
            if not raw_line.strip():
                continue
            if len(raw_line) > MAX_DOC_BYTES * 2:
                yield _reject(source, Reason.TOO_LARGE, f"line of {len(raw_line)} bytes", lineno)
                continue
            line, reason, detail = decode(raw_line)
            if line is None:
                yield _reject(source, reason, detail, lineno)
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield _reject(source, Reason.MALFORMED_JSON, str(exc)[:200], lineno)
                continue
            if not isinstance(obj, dict):
                yield _reject(source, Reason.NOT_AN_OBJECT, type(obj).__name__, lineno)
                continue
            text = obj.get("text")
            if not isinstance(text, str):
                yield _reject(source, Reason.NO_TEXT, line=lineno)
                continue
            if text.startswith("\ufeff"):
                text = text[1:]
            yield _raw(text, source, lineno, obj)


def expand_inputs(inputs: Iterable[str | os.PathLike]) -> Iterator[tuple[Path | None, str]]:
    """Files, folders (recursively, sorted) and globs → (path, source) in a stable order.

    A pattern or path that matches nothing yields (None, input) so it can be reported.
    """
    for item in inputs:
        s = os.fspath(item)
        p = Path(s)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and ".expected." not in f.name \
                        and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f, str(f)
        elif p.is_file():
            yield p, s
        elif _GLOB_CHARS.search(s):
            matches = sorted(glob.glob(s, recursive=True))
            if not matches:
                yield None, s
            for m in matches:
                yield from expand_inputs([m])
        else:
            yield None, s


def iter_units(inputs: Iterable[str | os.PathLike]) -> Iterator[Unit]:
    """Stream every unit of the inputs in order: RawDoc or Reject."""
    for path, source in expand_inputs(inputs):
        if path is None:
            yield _reject(source, Reason.NOT_FOUND)
        elif path.suffix.lower() == ".jsonl":
            yield from read_jsonl(path, source)
        else:
            yield read_text_file(path, source)
