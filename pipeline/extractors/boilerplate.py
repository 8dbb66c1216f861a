"""Boilerplate: photo credits, copyright footers, 관련기사 lists, bylines, e-mails, contact lines.

Rules are data (``resources/boilerplate.toml``), compiled once on first use. Detection is
line-oriented on ``ctx.text`` and precision-first: line rules must match a whole line, so a
body sentence is never masked. Spans are trimmed (no surrounding spaces, no ``\\r``), sorted and
disjoint; the pipeline masks them so other extractors skip anything inside.

예: ``"▲ 협약식 모습 (사진=울산시 제공)"`` → ``Boilerplate(text="(사진=울산시 제공)", kind="credit")``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import get_args

from kopress.schemas import Boilerplate
from kopress.schemas.records import BoilerplateKind

from ..numbers import required_chars
from ..resources import ResourceError, load_toml
from .base import Context

RESOURCE = "boilerplate.toml"
SCOPES = ("line", "prefix", "match")
KINDS = get_args(BoilerplateKind)  # the record schema is the one list of kinds
#: A document line longer than this is never scanned by the "match" rules (bounds the work).
MAX_SCAN_LINE = 20_000


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    scope: str
    regex: re.Pattern[str]
    examples: tuple[str, ...]
    negatives: tuple[str, ...]
    #: a class of characters one of which every match holds (``numbers.required_chars``: [@] for
    #: an e-mail address), or None: text without one is not searched
    needs: re.Pattern[str] | None = None


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    max_line_chars: int
    related_header: re.Pattern[str]
    related_header_id: str
    related_item_id: str
    related_not_item: re.Pattern[str]
    related_max_item_chars: int
    related_max_items: int


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ResourceError(f"{RESOURCE}: {where}: bad regex: {exc}") from exc


@lru_cache(maxsize=1)
def rules() -> RuleSet:
    """Load and compile ``resources/boilerplate.toml`` (once)."""
    data = load_toml(RESOURCE)
    out = []
    for i, raw in enumerate(data.get("rule", ())):
        where = f"rule #{i + 1} ({raw.get('id', '?')})"
        if raw.get("kind") not in KINDS or raw.get("scope") not in SCOPES or not raw.get("id"):
            raise ResourceError(f"{RESOURCE}: {where}: needs id, kind in {KINDS}, scope in {SCOPES}")
        needs = required_chars(raw["pattern"])
        out.append(Rule(
            raw["id"], raw["kind"], raw["scope"], _compile(raw["pattern"], where),
            tuple(raw.get("examples", ())), tuple(raw.get("negatives", ())),
            re.compile(needs) if needs else None,
        ))
    rel = data["related"]
    return RuleSet(
        rules=tuple(out),
        max_line_chars=int(data["max_line_chars"]),
        related_header=_compile(rel["header"], "related.header"),
        related_header_id=rel["header_rule_id"],
        related_item_id=rel["item_rule_id"],
        related_not_item=_compile(rel["not_item"], "related.not_item"),
        related_max_item_chars=int(rel["max_item_chars"]),
        related_max_items=int(rel["max_items"]),
    )


def _lines(text: str):
    """(start, end) of every line, trimmed of surrounding whitespace (empty lines give start == end)."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        yield s, e
        if nl < 0:
            break
        pos = nl + 1


def _lines_holding(text: str, lines: list[tuple[int, int]], line_starts: list[int], needs: re.Pattern[str]):
    """The ``lines`` (in order, each once) that hold a character of ``needs``: the only lines a
    rule with these required characters can match in. 예: [@] → the lines with an e-mail address."""
    last = -1
    for m in needs.finditer(text):
        i = bisect.bisect_right(line_starts, m.start()) - 1
        if i > last and lines[i][0] <= m.start() < lines[i][1]:  # not in the whitespace around a line
            last = i
            yield lines[i]


def find_spans(text: str) -> list[tuple[int, int, str, str]]:
    """``[(start, end, kind, rule_id)]``, sorted and disjoint.

    >>> find_spans("본문이다.\\n김민준 기자")
    [(6, 12, 'byline', 'boilerplate.byline.line.v1')]
    """
    rs = rules()
    found: list[tuple[int, int, str, str]] = []
    starts: list[int] = []  # sorted starts of the spans taken so far
    ends: list[int] = []    # their ends, in the same order

    def add(s: int, e: int, kind: str, rule_id: str) -> None:
        if s >= e:
            return
        i = bisect.bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            return  # overlaps an earlier span
        starts.insert(i, s)
        ends.insert(i, e)
        found.append((s, e, kind, rule_id))

    lines = list(_lines(text))
    # the rules that can match somewhere in this text (one holding none of a rule's required
    # characters cannot): the others are not tried on any line; same first match per line
    present = [r for r in rs.rules if r.needs is None or r.needs.search(text) is not None]
    related_left = 0  # item lines still allowed under a 관련기사 header
    for s, e in lines:
        if s == e:
            if related_left and found and found[-1][2] == "related" and found[-1][3] == rs.related_item_id:
                related_left = 0  # a blank line after at least one item ends the list
            continue
        length = e - s
        if length > rs.max_line_chars:
            related_left = 0
            continue
        line = text[s:e]
        if rs.related_header.fullmatch(line):
            add(s, e, "related", rs.related_header_id)
            related_left = rs.related_max_items
            continue
        matched = False
        for rule in present:
            if rule.scope == "line" and rule.regex.fullmatch(line):
                add(s, e, rule.kind, rule.id)
                matched = True
                break
            if rule.scope == "prefix":
                m = rule.regex.match(line)
                if m:
                    add(s, s + m.end(), rule.kind, rule.id)
                    break
        if matched:
            related_left = 0
            continue
        if related_left:
            if length <= rs.related_max_item_chars and not rs.related_not_item.fullmatch(line):
                add(s, e, "related", rs.related_item_id)
                related_left -= 1
            else:
                related_left = 0
    # "match" rules: anywhere inside a line, never across lines
    line_starts = [s for s, _ in lines]
    for rule in present:
        if rule.scope != "match":
            continue
        for s, e in (lines if rule.needs is None else _lines_holding(text, lines, line_starts, rule.needs)):
            if s == e or e - s > MAX_SCAN_LINE:
                continue
            for m in rule.regex.finditer(text, s, e):
                add(m.start(), m.end(), rule.kind, rule.id)
    found.sort()
    return found


def extract(ctx: Context) -> list[Boilerplate]:
    """Boilerplate spans of ``ctx.text``, sorted and disjoint.

    예: ``"저작권자 © 한빛뉴스 무단전재 및 재배포 금지"`` → one ``copyright`` span (the whole line).
    """
    text = ctx.text
    return [
        Boilerplate(start=s, end=e, text=text[s:e], kind=kind, rule_id=rule_id)
        for s, e, kind, rule_id in find_spans(text)
    ]
