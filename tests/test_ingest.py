"""Ingest: every input unit becomes exactly one document or one reject, never an exception."""

from __future__ import annotations

import json

import pytest

from kopress.ingest import decode, document_id, iter_units, RawDoc
from kopress.schemas import Reject

RELEASE = "한빛마린, 베트남에 수출\n㈜한빛마린은 1000만 달러 규모의 수출계약을 체결했다.\n"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (RELEASE.encode("utf-8"), RELEASE, "utf-8"),
        (b"\xef\xbb\xbf" + RELEASE.encode("utf-8"), RELEASE, "utf-8"),  # BOM removed, nothing else
        (RELEASE.encode("cp949"), RELEASE, "cp949"),  # ㈜ is in CP949 (0xA8CF)
        (RELEASE.encode("euc-kr"), RELEASE, "cp949"),  # EUC-KR is a subset of CP949
        (RELEASE.encode("utf-16"), RELEASE, "utf-16"),
        ("가\x00나".encode("utf-8"), "가\x00나", "utf-8"),  # one NUL is text, not binary
    ],
)
def test_decode_text(data, text, encoding):
    got, reason, enc = decode(data)
    assert (got, reason, enc) == (text, None, encoding)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"%PDF-1.7\n" + b"\x00\x01" * 100, "binary"),
        (bytes(range(256)) * 20, "binary"),  # 27 of every 256 bytes are C0 controls (>5%) → binary
    ],
)
def test_decode_rejects(data, reason):
    got, why, _ = decode(data)
    assert got is None and why.value == reason


def test_document_id_ignores_whitespace_but_not_source_id():
    assert document_id("가 나\r\n다") == document_id("가  나 다 ")
    assert document_id("가 나", "a") != document_id("가 나", "b")
    assert document_id("가 나") != document_id("가 다")


def test_jsonl_every_line_is_a_unit(tmp_path):
    lines = [
        json.dumps({"id": "r1", "title": "제목", "text": RELEASE, "published": "2025-03-12"}, ensure_ascii=False),
        "{broken json",
        json.dumps({"id": "r3", "title": "본문 없음"}, ensure_ascii=False),
        "",  # blank lines are not units
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": "\ufeff" + RELEASE, "published": "not a date"}, ensure_ascii=False),
    ]
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    units = list(iter_units([p]))
    kinds = [(u.line, type(u).__name__, getattr(u, "reason", None)) for u in units]
    assert kinds == [
        (1, "RawDoc", None),
        (2, "Reject", "malformed_json"),
        (3, "Reject", "no_text"),
        (5, "Reject", "not_an_object"),
        (6, "Reject", "empty"),
        (7, "RawDoc", None),
    ]
    first, last = units[0], units[-1]
    assert first.title == "제목" and str(first.published) == "2025-03-12" and first.source_id == "r1"
    assert last.text == RELEASE and last.published is None  # BOM stripped, bad date ignored
    assert last.title == "한빛마린, 베트남에 수출"  # no title field: first non-empty line


def test_folders_globs_and_missing(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "a" / "one.expected.json").write_text("{}", encoding="utf-8")  # golden file: skipped
    (tmp_path / "a" / "notes.md").write_text("# 메모", encoding="utf-8")  # not an input suffix
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    units = list(iter_units([tmp_path / "a", str(tmp_path / "*.txt"), tmp_path / "nope.txt"]))
    assert [type(u).__name__ for u in units] == ["RawDoc", "Reject", "Reject"]
    assert [getattr(u, "reason", None) for u in units] == [None, "empty", "not_found"]
    assert isinstance(units[0], RawDoc) and units[0].title == "한빛마린, 베트남에 수출"
    assert all(isinstance(u, Reject) for u in units[1:])


@pytest.mark.parametrize("text,expected", [
    ("가  나", "가 나"),                       # a run of spaces → one space
    ("\t가\n\n나\r\n", "가 나"),              # tabs/newlines too; ends stripped
    ("가\u00a0\u3000나", "가 나"),             # no-break space and ideographic space are whitespace
    ("가\x1c\x1f나\u2028다", "가 나 다"),       # file/unit separators, line separator: str.isspace
    ("가\u200b나", "가\u200b나"),              # zero-width space is not whitespace: kept
    ("\u1100\u1161 나", "\uac00 나"),          # NFC: ᄀ+ᅡ → 가
    ("   ", ""),
])
def test_normalized_for_id(text, expected):
    from kopress.ingest import normalized_for_id

    assert normalized_for_id(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("\n  보도자료 제목  \n본문", "보도자료 제목"),
    ("\n" * 3000 + "늦게 나오는 제목\n본문", "늦게 나오는 제목"),   # past the 2,000-char prefix
    ("가" * 1990 + "\n" + "나" * 30 + "\n본문", "가" * 500),          # first line cut to 500
    (" " * 1995 + "제목이 경계에 걸친다\n본문", "제목이 경계에 걸친다"),  # line cut by the prefix: read whole
    ("\r\n\r\n", None),
    ("", None),
])
def test_first_line(text, expected):
    from kopress.ingest import first_line

    assert first_line(text) == expected
