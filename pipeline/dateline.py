"""The release's own dateline: the date a press release was issued, found in its text.

Conservative on purpose (a wrong reference date shifts every relative date): a date counts
only right after a cue word (``보도일시: 2023. 1. 16.``, ``입력 2023.01.16 09:00``), right
before 배포/보도 (``2023년 1월 16일 배포``), alone on its own line near the top or the
bottom of the document, or in square brackets opening it (``[2023.01.16] 한빛테크는 …``). Cue words live in ``resources/dates.toml`` (``[dateline]``).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .resources import alternation, load_toml

#: One full date: 2023.01.16 / 2023. 1. 16. / 2023-01-16 / 2023/1/16 / 2023년 1월 16일.
_DATE = (
    r"(?<![\d.])(?P<y>\d{4})(?:[ \t]?(?P<sep>[./\-])[ \t]?(?P<m>\d{1,2})[ \t]?(?P=sep)[ \t]?"
    r"(?P<d>\d{1,2})\.?|년[ \t]?(?P<m2>\d{1,2})월[ \t]?(?P<d2>\d{1,2})일)(?!\d)"
)


def _tail(cues: list[str]) -> str:
    """What may follow a dateline date on its line: a weekday, a time, a cue word (dates.toml
    [dateline] line_cues: 배포, 공시 …) and an edition after it."""
    return (
        r"(?:[ \t]?\([ \t]?[월화수목금토일](?:요일)?[ \t]?\)|[ \t][월화수목금토일]요일)?"
        r"(?:[ \t]?(?:오전|오후)?[ \t]?\d{1,2}(?::\d{2}|시(?:[ \t]?\d{1,2}분)?))?"
        rf"(?:[ \t]?(?:{'|'.join(map(re.escape, cues))})[\w ]{{0,12}})?"
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, tuple[re.Pattern, ...], int]:
    d = load_toml("dates.toml")["dateline"]
    before = re.compile(
        rf"(?:{alternation(d['cues_before'])})[ \t]?(?:{alternation(d['cue_nouns'])})?"
        rf"[ \t]*[:：]?[ \t]*[\[(]?{_DATE}"
    )
    after = re.compile(
        rf"{_DATE}(?:[ \t]?\([월화수목금토일]\))?[ \t]*(?:{alternation(d['cues_after'])})")
    tail = _tail(d["line_cues"])
    line = re.compile(rf"^[ \t\[(]*{_DATE}{tail}[ \t\])]*\r?$", re.MULTILINE)
    # a short line with the date beside a separator: "산업통상자원부 | 2023.01.16", "2023.01.16 · 홍보팀"
    separated = (rf"^[^\n|·]{{1,30}}[|·][ \t]*{_DATE}{tail}[ \t]*\r?$",
                 rf"^[ \t]*{_DATE}{tail}[ \t]*[|·][^\n\r]{{0,30}}\r?$")
    # a date in square brackets opening the text, the lead on the same line ("[2026.11.25] 한빛테크는 …")
    opening = rf"\A[ \t\r\n\ufeff]*\[[ \t]*{_DATE}{tail}[ \t]*\]"
    lines = (line, *(re.compile(p, re.MULTILINE) for p in separated), re.compile(opening))
    return before, after, lines, int(d["edge_chars"])


def _date_of(m: re.Match) -> dt.date | None:
    try:
        y = int(m["y"])
        mo, d = (int(m["m"]), int(m["d"])) if m["m"] else (int(m["m2"]), int(m["d2"]))
        return dt.date(y, mo, d)
    except (TypeError, ValueError):
        return None


def find_reference_date(text: str) -> tuple[dt.date, int, int] | None:
    """The release's dateline: (date, start, end), ``text[start:end]`` the date as written.

    >>> find_reference_date("보도일시: 2023. 1. 16.(월) 조간")
    (datetime.date(2023, 1, 16), 6, 18)
    """
    if not text:
        return None
    before, after, lines, edge = _patterns()
    n = len(text)
    cued = [(m, d) for m in before.finditer(text) if (d := _date_of(m)) is not None]
    near = [(m, d) for m, d in cued if m.start() <= edge or m.end() >= n - edge]
    for m, date in near or cued:  # a cue near the top/bottom first, else the first cue
        return date, m.start("y"), _date_end(m)
    for m in after.finditer(text):  # "2023년 1월 16일 배포": only near the edges
        date = _date_of(m)
        if date is not None and (m.start() <= edge or m.end() >= n - edge):
            return date, m.start("y"), _date_end(m)
    for pat in lines:  # a date on a line of its own (or beside a separator), near the top/bottom
        for m in pat.finditer(text):
            if m.start() > edge and m.end() < n - edge:
                continue
            date = _date_of(m)
            if date is not None:
                return date, m.start("y"), _date_end(m)
    return None


def _date_end(m: re.Match) -> int:
    """End of the date itself (without a trailing cue or weekday)."""
    if m["d"] is not None:
        end = m.end("d")
        return end + 1 if m.string[end:end + 1] == "." else end
    return m.end("d2") + 1  # the 일
