"""dates family: every date and time of a release, resolved against its reference date.

Offsets index the original text (``ctx.text[m.start:m.end] == m.text``). The cue words live
in ``resources/dates.toml``; this module only knows what the slots mean.

Resolution rules (``ref`` is ``ctx.reference_date``):

- Absolute dates (``2023년 1월 4일``, ``2023.01.04``, ``23년 1월``) resolve without ``ref``.
  Two-digit years: ``yy < 50`` → 20yy, else 19yy (``two_digit_year_pivot``); a two-digit year
  counts only as ``'23년``, ``23년도``, ``90년대`` or before a month/half/quarter (``설립 23년``
  is a duration).
- A month without a year (``5월``) is in ``ref``'s year; a day without a month (``3일``) is in
  ``ref``'s month (a release speaks of its own month: "…했다고 3일 밝혔다"). A day that does
  not exist in that month is left unresolved, never moved.
- ``지난 D일`` / ``지난 M월 (D일)``: the most recent such date ON OR BEFORE ``ref``;
  ``오는 D일`` / ``오는 M월``: the next one strictly AFTER ``ref``. ``지난 2010년`` is just 2010.
  When the release states its own day ("…했다고 21일 밝혔다") up to a month before ``ref``, 오는/지난
  days and months count from that day instead (published on the 26th, "21일 밝혔다 … 오는 25일"
  is the 25th of the same month). A report day that would fall after ``ref`` is last month's (a
  report is past: "30일 밝혔다" published on the 3rd is the 30th of the month before).
  ``지난 금요일`` / ``오는 금요일``: the nearest Friday strictly before / after ``ref``.
- ``지난달``/``이달``/``다음 달``, ``지난해``/``올해``/``내년``, ``지난주``/``이번 주``/``다음 주``,
  ``어제``/``오늘``/``내일``: offsets from ``ref`` (weeks run Monday–Sunday; ``지난 주말`` is
  Saturday–Sunday of last week).
- ``이날``/``전날``/``다음 날``: offsets from the last day-level date before them in the document
  (skipping a "…했다고 22일 밝혔다" report date, and a day after ``ref`` when the clause is in
  the past tense: "오는 30일 지급하며 … 이날 체결했다"), else from ``ref``.
- ``이듬해``/``같은 해``: offsets from the last year mentioned before them; with none,
  unresolved. ``전년 대비``/``전월 대비`` are comparison bases, not dates: not extracted.
- Quarter ranges (``1~3분기``) run from the first day of the first quarter to the last day of
  the last one (granularity quarter).
- Intervals: a month, quarter, half, year, decade or vague part (초 1–10일, 중순 11–20일,
  말 21일–말일; 연초/올해 초 1–3월, 연말/지난해 말 10–12월) gives ``value`` = its first day and
  ``value_end`` = its last day. A single day has ``value_end`` None unless it is a range.
- Granularity: the unit written (day, week, month, quarter, half, year); a vague part keeps
  its unit's granularity (``이달 말`` is "month", ``연말`` is "year").
- Times (``오후 2시``, ``14:00``, ``정오``) attach to the date right before them: the span grows
  to cover the time, ``time`` = "HH:MM" and ``parts["time_offset"]`` = where the time phrase
  starts inside the span. A time alone is a ``granularity="time"`` record with ``value``
  None and ``resolved`` False (the day is not said). A bare period (``21일 오후``) sets
  ``parts["period"]`` and leaves ``time`` None. A time coordinated right after one with its
  period takes that period when it stays later (``오후 8시와 9시 30분`` → 20:00, 21:30).
- Ranges (``3일부터 7일까지``, ``3~5일``, ``3월 2일~4일``) are one record: ``value`` = start,
  ``value_end`` = end; ``parts["end_offset"]`` = where the second date starts in the span.
  The end inherits the start's missing year/month and rolls on when it would fall before it.
  A range from a day and time runs to a day and time (``12월 1일(화) 09:00부터 12월 4일(금)
  18:00까지``: ``time`` the start's, ``parts["time_end"]`` the end's); a time at the start and a
  bare day at the end stay two dates.
  A start day with 부터 and an exact number of days or weeks (``26일부터 이틀간``, after the amounts
  family read the duration) is a range too: ``value_end`` = start + days − 1, the span runs over
  the duration (an amount of its own), ``parts["duration_offset"]`` = where it starts.
- ``1.16(월)`` (month.day without a year) only with a weekday after it, or as a range over the
  year end (``12.30~1.2``: the end month earlier, at most ``year_end_months`` on; a decimal range
  never runs downward); it then follows the bare month-day rule (``ref``'s year). A numeric
  range's end in an earlier month is in the next year: ``2026.12.30~1.2`` → 2026-12-30..2027-01-02.
- Holidays: fixed ones (광복절 8/15) in ``ref``'s year; lunar ones (추석) stay unresolved.
- ``자정`` is "24:00" (the end of the day written: "18일 자정까지"); ``정오`` "12:00".
- A weekday alone (``목요일``) and lunar holidays are kept unresolved, unless the weekday is
  in apposition to a day (``목요일인 13일``, ``16일, 화요일에``): then it takes that day's value
  and both are checked; a weekday after a date
  (``1월 4일(수)``) is checked, never trusted: ``weekday_mismatch`` is True when they disagree.
- A bare month takes the year of a date with year and month written earlier in its sentence
  (``2027년 3월 착공해 12월 완공``), or in the sentence just before it in the same paragraph when
  both speak in the same tense (``2027년 3월 착공한다. 12월 완공한다.``: a future date and a
  non-past clause); only for a month on or after that one (never carried backwards). A year word
  with a particle of time (``내년에는 … 3월과 9월``, ``지난해에도 3월에``) lends its year to every bare
  month after it in its sentence; before a noun (``내년 예산은 3월에``) it lends nothing.
- Recurring, not dates: a month, day or weekday listed after 매년/매월/매주 … (``매주 월요일과
  목요일``, ``매주 화·목요일``), and a month after 역대/예년 (``역대 11월 중 최대``: every November).
- Seasons only after a year (``올해 여름`` Jun–Aug; ``겨울`` Dec–Feb of the next year).
- ``12일(현지시간)``: the note goes to ``parts["timezone"]``; the span covers it only when a
  time follows (``12일(현지시간) 오후 3시``).
- ``오늘(15일)``, ``오는 금요일(4일)``: the written day goes to ``parts["stated_day"]`` (the span covers it); the
  value stays the one computed from ``ref`` so a consumer can compare the two. A weekday alone with
  its day (``금요일(4일)``) takes the one date with that day in the months before, of and after ``ref``
  that falls on that weekday; with none or two, it stays unresolved.
- ``relative`` is True when the value depends on ``ref`` or on an antecedent date.
- Without ``ref`` every relative date is ``resolved=False``, ``value=None``, with its literal
  parts kept (``{"day": 28, "month_offset": -1}``). Nothing is guessed.
- Not dates: durations and counts (``3일간``, ``3일 동안``, ``3박5일``, ``24시간``), ``제4회``,
  years without 년 (``IFA 2024``), ``2024년형``.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import operator
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from kopress.schemas import DateMention

from ..numbers import first_char_set
from ..resources import ResourceError, alternation, load_toml
from .base import Context, updated
from .durations import DAY_COUNT_RX, MORE_OR_LESS_RX, TAKES_RX

_SP = "[ \u00a0]?"  # at most one space between the parts of a date


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


@dataclass(frozen=True)
class Rules:
    """The compiled rule set (built once from ``dates.toml``)."""

    data: dict[str, Any]
    trigger: re.Pattern
    #: Every position where ``trigger`` matches is a match of ``trigger_digit`` (a digit or ')
    #: or of ``trigger_word`` (a word's first letter, its rest checked by a lookahead): one-
    #: character matches, so ``finditer`` finds them all with the engine's first-character scan.
    trigger_digit: re.Pattern
    trigger_word: re.Pattern
    numeric: re.Pattern
    month_day_numeric: re.Pattern
    day_word: re.Pattern
    anaphora_word: re.Pattern
    week_word: re.Pattern
    weekday_name: re.Pattern
    weekday_paren: re.Pattern
    prefix: re.Pattern
    year_num: re.Pattern
    year_word: re.Pattern
    year_anaphora_word: re.Pattern
    year_part_word: re.Pattern
    year_tail: re.Pattern
    month_num: re.Pattern
    month_word: re.Pattern
    month_part: re.Pattern
    day_num: re.Pattern
    time_hm: re.Pattern
    time_colon: re.Pattern
    time_fixed: re.Pattern
    period: re.Pattern
    range_conn: re.Pattern
    time_from: re.Pattern
    until: re.Pattern
    glued_stop: re.Pattern
    span_to: re.Pattern
    spaced_stop: re.Pattern
    spaced_bare_stop: re.Pattern
    quarter_count: re.Pattern  # 3분기 연속, 2분기째: a number of quarters, with or without a year
    before_stop: re.Pattern
    recurring_list: re.Pattern
    sentence_stop: re.Pattern
    report_verbs: tuple[str, ...]
    past_endings: tuple[str, ...]
    past_bound_nouns: frozenset[str]
    time_continuations: tuple[str, ...]
    past_adnominals: frozenset[str]
    holiday: re.Pattern
    lunar: re.Pattern
    weekday_alone: re.Pattern
    week_of_month: re.Pattern  # 넷째 주 (토요일) after a month ([week_of_month])
    prefix_weekday: re.Pattern
    stated_day: re.Pattern
    #: year words after which a day in brackets is a figure of that year (지난해(15일)보다)
    figure_years: tuple[str, ...]
    #: particles that make a year word the time of its clause (내년에는, 지난해에도)
    clause_year_particles: tuple[str, ...]
    #: what joins two times of one period (오후 8시와 9시 30분)
    time_coordination: re.Pattern
    after_tags: tuple[str, ...]
    tz_note: re.Pattern
    apposition_after: re.Pattern
    apposition_before: re.Pattern
    date_suffixes: tuple[str, ...]
    approx: tuple[str, ...]
    start_tags: tuple[str, ...]
    #: Matches at a position iff one of ``START_SLOTS`` does: ``parse`` finds nothing where it
    #: fails (most numbers of a release are no dates), so one match rejects the position.
    start_any: re.Pattern | None = None
    #: Every character but a decimal digit that a time (``time_hm``, ``time_colon``, ``time_fixed``,
    #: ``period``) can start with (None when it cannot be told): ``_time_at`` tries no pattern elsewhere.
    time_first: frozenset[str] | None = None
    #: ``trigger_word`` split in three patterns that match at the same positions, faster
    #: (``_trigger_word``); empty: use ``trigger_word``.
    trigger_word_parts: tuple[re.Pattern, ...] = ()
    #: True when no word-led slot of ``parse`` (``WORD_SLOTS``) can start with a decimal digit or '
    #: and the numeric slots start with nothing else: ``parse`` then tries only one kind.
    split_digit: bool = False


#: The slots ``parse`` tries first that start with a word, never a digit (checked: ``split_digit``).
WORD_SLOTS = ("day_word", "anaphora_word", "lunar", "prefix_weekday", "weekday_alone", "week_word")


#: Every pattern ``_Scanner.parse`` tries right at the position it starts from: a date or time
#: found there begins with a match of one of them.
START_SLOTS = ("numeric", "month_day_numeric", "day_word", "anaphora_word", "lunar", "prefix_weekday",
               "weekday_alone", "week_word", "prefix", "year_num", "year_word", "year_anaphora_word",
               "year_part_word", "holiday", "year_tail", "month_num", "month_word", "day_num", "time_hm",
               "time_colon", "time_fixed", "period")
_BACKREF = re.compile(r"\(\?P=\w+\)")
_GROUP_NAME = re.compile(r"\(\?P(<|=)(\w+)")


def _any_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches at a position iff one of ``patterns`` does (groups renamed apart).

    >>> _any_of([re.compile("(?P<a>x)(?P=a)"), re.compile("(?P<a>y)")]).match("yx") is not None
    True
    """
    return re.compile("|".join(
        "(?:" + _GROUP_NAME.sub(lambda g: f"(?P{g[1]}s{i}_{g[2]}", rx.pattern) + ")"
        for i, rx in enumerate(patterns)))


_SHIFTS = ("am", "pm", "night", "as_is")
_CLOCK = re.compile(r"(?:[01]\d|2[0-4]):[0-5]\d")


def validate(d: dict[str, Any]) -> None:
    """Check ``dates.toml``; raise ResourceError naming the table and key that is wrong."""

    def bad(table: str, key: str, why: str) -> ResourceError:
        return ResourceError(f"dates.toml: [{table}] {key!r}: {why}")

    def span(table: str, lo: int, hi: int, wrap: bool = False) -> None:
        for key, pair in d[table].items():
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, int) for v in pair)):
                raise bad(table, key, "expected [first, last]")
            a, b = pair
            if not (lo <= a <= hi and lo <= b <= hi and (wrap or a <= b)):
                raise bad(table, key, f"{pair} outside {lo}..{hi}")

    span("month_parts", 1, 31)
    span("year_parts", 1, 12)
    span("decade_parts", 0, 9)
    span("halves", 1, 12)
    span("seasons", 1, 12, wrap=True)
    for key, (m, day) in d["holidays"].items():
        try:
            dt.date(2024, m, day)
        except ValueError as exc:
            raise bad("holidays", key, str(exc)) from exc
    for key, v in d["prefix"].items():
        if v not in ("past", "future"):
            raise bad("prefix", key, "must be past or future")
    for key, v in d["weekdays"].items():
        if v not in range(7):
            raise bad("weekdays", key, "must be 0 (Monday) .. 6")
    for key, v in d["periods"].items():
        if v.get("hour_shift") not in _SHIFTS or not isinstance(v.get("standalone"), bool):
            raise bad("periods", key, f"needs hour_shift in {_SHIFTS} and standalone = true/false")
    for key, v in d["fixed_times"].items():
        if not _CLOCK.fullmatch(v):
            raise bad("fixed_times", key, "must be HH:MM")
    for table in ("year_words", "year_anaphora_words", "month_words", "week_words", "day_words",
                  "anaphora_words"):
        for key, v in d[table].items():
            if not isinstance(v, int):
                raise bad(table, key, "offset must be an integer")


#: The marks of a two-digit year ('26, and ’26 as word processors turn the apostrophe).
_APOSTROPHES = "'’"

#: The digit half of ``trigger`` (``(?<![\d.,:])'?\d``) as one-character matches.
_TRIGGER_DIGIT = r"[\d'’](?:(?<=\d)(?<![\d.,:]\d)|(?<=['’])(?<![\d.,:]['’])(?=\d))"


def _trigger_word(words: list[str], parts: int = 1) -> re.Pattern | tuple[re.Pattern, ...]:
    """One-character matches at every position where one of ``words`` starts: one branch per
    first letter, each a literal (the engine skips a branch on one compare).

    ``parts`` > 1: the branches split (in order) into that many patterns, as a tuple; together
    they match at the same positions (a position's branch is in exactly one of them). The
    engine tries every branch at each character that starts one, so three patterns of 20
    branches each scan faster than one of 60 (``trigger_starts``).

    >>> [m.start() for m in _trigger_word(["지난", "지난해", "오후", "밤"]).finditer("지난해 밤 오늘 지방")]
    [0, 4]
    >>> [[m.start() for m in rx.finditer("지난해 밤 오늘")] for rx in _trigger_word(["지난", "오후", "밤"], 2)]
    [[4], [0]]
    """
    rests: dict[str, set[str]] = {}
    for w in words:
        if w:
            rests.setdefault(w[0], set()).add(w[1:])
    branches = [re.escape(first) if "" in tails else f"{re.escape(first)}(?={alternation(tails)})"
                for first, tails in sorted(rests.items())]
    if parts == 1:
        return re.compile("|".join(branches))
    n = len(branches)
    return tuple(re.compile("|".join(branches[i * n // parts:(i + 1) * n // parts]))
                 for i in range(parts) if branches[i * n // parts:(i + 1) * n // parts])


def trigger_starts(r: "Rules", text: str) -> list[int]:
    """Sorted positions where ``r.trigger`` matches (a position may appear twice: 3·1절), less
    the digits where ``r.start_any`` does not (no date or time begins there: ``parse`` would
    find nothing).

    >>> trigger_starts(rules(), "지난 3일 오후 '23년 1.5")
    [0, 3, 6, 9, 10]
    """
    out = [m.start() for m in r.trigger_digit.finditer(text)]
    for rx in r.trigger_word_parts or (r.trigger_word,):  # the same positions as trigger_word
        out += [m.start() for m in rx.finditer(text)]
    out.sort()
    return out


def _digit_guard(d: dict[str, Any]) -> str:
    """A lookahead every digit-led slot passes at its first digit (or '): after the run of digits
    comes a space, a separator (. / - · : ~ …) or a unit (년 월 일 시 분기). Each slot reads at most
    four digits and then a non-digit from that set, which must therefore follow the whole run; the
    guard rejects a number that starts no date (3억, 12,500, 20명) with one scan of its digits, before
    the slots are tried.

    >>> bool(re.match(_digit_guard(rules().data), "2023년")), bool(re.match(_digit_guard(rules().data), "300명"))
    (True, False)
    """
    seps = "".join(re.escape(x) for x in d["range_separators"])
    return rf"['’]?\d*[ \u00a0./\-·:{seps}년월일시분]"


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Compile ``resources/dates.toml`` into anchored regexes (validated first)."""
    d = load_toml("dates.toml")
    validate(d)
    years, months, days = d["year_words"], d["month_words"], d["day_words"]
    weeks, anaph, prefix = d["week_words"], d["anaphora_words"], d["prefix"]
    periods, fixed = d["periods"], d["fixed_times"]
    per = alternation(periods)
    words = [*years, *d["year_anaphora_words"], *d["year_part_words"], *months, *days, *weeks, *anaph, *prefix,
             *d["halves"], *fixed, *periods, *d["holidays"], *d["lunar_holidays"]["words"],
             *(f"{w}요일" for w in d["weekdays"])]
    ypart = alternation([*d["year_parts"], *d["decade_parts"]])
    weekday = "".join(d["weekdays"])
    dash = "[" + "".join(re.escape(x) for x in d["range_separators"]) + "]"
    bare_dash = "[" + "".join(re.escape(x) for x in d["bare_range_separators"]) + "]"
    r = Rules(
        data=d,
        trigger=re.compile(rf"(?<![\d.,:])['’]?\d|(?:{alternation(words)})"),
        trigger_digit=re.compile(_TRIGGER_DIGIT),
        trigger_word=_trigger_word(words),
        trigger_word_parts=_trigger_word(words, parts=3),
        numeric=re.compile(
            rf"(?:(?P<y>\d{{4}})|['’](?P<yy>\d{{2}})){_SP}(?P<sep>[./\-]){_SP}(?P<m>\d{{1,2}})"
            rf"{_SP}(?P=sep){_SP}(?P<d>\d{{1,2}})(?:\.(?!\d))?(?!\d)"
        ),
        # 1.16(월): with a weekday; or 12.30~1.2 (the group ``bare``): a range, kept only when it runs
        # over the year end (``parse``)
        month_day_numeric=re.compile(
            rf"(?P<m>\d{{1,2}}){_SP}[./]{_SP}(?P<d>\d{{1,2}})\.?(?:(?={_SP}\({_SP}[{weekday}])"
            rf"|(?P<bare>(?={_SP}{bare_dash}{_SP}\d{{1,2}}{_SP}[./]{_SP}\d)))"
        ),
        day_word=re.compile(alternation(days)),
        anaphora_word=re.compile(alternation(anaph)),
        week_word=re.compile(alternation(weeks)),
        weekday_name=re.compile(rf"{_SP}(?P<wd>[{weekday}])요일"),
        weekday_paren=re.compile(rf"{_SP}\( ?(?P<wd>[{weekday}])(?:요일)? ?\)"),
        prefix=re.compile(rf"(?P<p>{alternation(prefix)}){_SP}(?=['\d])"),
        year_num=re.compile(
            rf"(?:(?P<y1>\d{{4}})(?:{_SP}{dash}{_SP}(?P<y2>\d{{4}}))?|(?P<ap>')?(?P<yy>\d{{2}}))"
            r"년(?P<dec>대)?(?P<do>도)?"
        ),
        year_word=re.compile(alternation(years)),
        year_anaphora_word=re.compile(alternation(d["year_anaphora_words"])),
        year_part_word=re.compile(alternation(d["year_part_words"])),
        year_tail=re.compile(
            rf"{_SP}(?:(?P<half>{alternation(d['halves'])})|(?P<q>[1-4])(?:{_SP}{dash}{_SP}(?P<q2>[1-4]))?(?:/4)?{_SP}분기"
            # the quarter in Latin after a year only (2026년 3Q, 올해 Q3; 아우디 Q3 alone is a car)
            rf"|(?P<qL>[1-4])Q(?![A-Za-z0-9])|Q(?P<qR>[1-4])(?![A-Za-z0-9])"
            rf"|(?P<season>{alternation(d['seasons'])})"
            rf"|(?P<yp>{ypart}))"
        ),
        month_num=re.compile(rf"(?P<m1>\d{{1,2}})(?:{_SP}{dash}{_SP}(?P<m2>\d{{1,2}}))?월"),
        month_word=re.compile(alternation(months)),
        month_part=re.compile(
            rf"{_SP}(?P<mp>{alternation(d['month_parts'])})(?:[·ㆍ,](?P<mp2>{alternation(d['month_parts'])}))?"),
        day_num=re.compile(rf"(?P<d1>\d{{1,2}})(?:{_SP}{dash}{_SP}(?P<d2>\d{{1,2}}))?일"),
        time_hm=re.compile(
            rf"(?:(?P<per>{per}){_SP})?(?P<h>\d{{1,2}})(?:{_SP}{dash}{_SP}(?P<h2>\d{{1,2}}))?시(?!간)"
            rf"(?:{_SP}(?P<mi>\d{{1,2}})분(?!간)|{_SP}(?P<half>반))?"
        ),
        time_colon=re.compile(
            rf"(?:(?P<per>{per}){_SP})?(?<![\d:.])(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![\d:])"
        ),
        time_fixed=re.compile(rf"(?P<fx>{alternation(fixed)})"),
        period=re.compile(rf"(?P<per>{per})"),
        time_from=re.compile(rf"(?:{alternation(d['time_range_from'])}){_SP}"),
        range_conn=re.compile(rf"{_SP}(?:{dash}|{re.escape(d['range_from'])}){_SP}"),
        until=re.compile(re.escape(d["range_until"])),
        glued_stop=re.compile(alternation([*d["duration"]["glued"], *d["not_date"]["glued"]])),
        span_to=re.compile(rf"(?:에서|부터){_SP}(?P<n>\d{{1,4}}){_SP}(?P<u>년|개월|일)(?:이|가)?{_SP}"
                           rf"(?P<verb>{alternation(d['duration']['span_verbs'])})?"),
        spaced_stop=re.compile(alternation(d["duration"]["spaced"])),
        spaced_bare_stop=re.compile(alternation(d["duration"]["spaced_bare"])),
        quarter_count=re.compile(rf"(?:{alternation(d['duration']['quarter_counts_glued'])}|[ \t]+"
                                 rf"(?:{alternation(d['duration']['quarter_counts_spaced'])}))(?![가-힣])"),
        before_stop=re.compile(rf"(?<![가-힣])(?:{alternation(d['duration']['before'])}) ?$"),
        recurring_list=re.compile(rf"(?<![가-힣])(?:{alternation(d['duration']['recurring'])}) ?"
                                  rf"(?:(?:\d{{1,2}} ?[월일]|[{weekday}](?:요일)?) ?(?:과|와|및|,|·|ㆍ)? ?)+$"),
        sentence_stop=re.compile(rf"(?:{alternation(d['duration']['sentence_words'])}) ?(?:\d{{1,2}}년 ?)?$"),
        report_verbs=tuple(d["report_verbs"]["words"]),
        past_endings=tuple(d["report_verbs"]["past_endings"]),
        past_bound_nouns=frozenset(d["report_verbs"]["past_bound_nouns"]),
        time_continuations=tuple(d["time_continuations"]),
        past_adnominals=frozenset(d["report_verbs"]["past_adnominals"]),
        holiday=re.compile(alternation(d["holidays"])),
        lunar=re.compile(alternation(d["lunar_holidays"]["words"])),
        weekday_alone=re.compile(rf"(?P<wd>[{weekday}])요일"),
        stated_day=re.compile(r"\((?P<d>\d{1,2})일\)"),
        figure_years=tuple(d["year_words"]) + tuple(d["figure_year_words"]),
        clause_year_particles=tuple(d["clause_year_particles"]),
        time_coordination=re.compile(rf"\s*(?:{alternation(d['time_coordination'])})\s*"),
        week_of_month=re.compile(
            rf"\s+(?P<ord>{alternation(d['week_of_month']['ordinals'])})\s*(?P<week>주)"
            rf"(?=$|[^가-힣]|(?:{alternation(d['week_of_month']['after'])}))"
            rf"(?:\s*(?P<wd>[{weekday}])요일)?"),
        prefix_weekday=re.compile(rf"(?P<p>{alternation(prefix)}){_SP}(?P<wd>[{weekday}])요일"),
        after_tags=tuple(d["boundary"]["after_tags"]),
        date_suffixes=tuple(d["boundary"]["date_suffixes"]),
        approx=tuple(d["approx"]["suffixes"]),
        apposition_after=re.compile(rf"(?:{alternation(d['apposition']['after_weekday'])})"),
        apposition_before=re.compile(rf"(?:{alternation(d['apposition']['before_weekday'])})"),
        tz_note=re.compile(rf"{_SP}\((?:이하{_SP})?(?P<tz>{alternation(d['timezone_notes'])})\)"),
        start_tags=tuple(d["boundary"]["start_tags"]),
    )
    start_any = _any_of([getattr(r, name) for name in START_SLOTS])
    # a digit trigger only where a slot can begin: the slots that can begin with a digit or '
    # (first_char_set), tried by a lookahead at the digit itself; a backreference, not allowed
    # there, is loosened to any text (a weaker test, never a miss)
    digit_slots = [rx for rx in (getattr(r, name) for name in START_SLOTS)
                   if (first := first_char_set(rx.pattern)) is None
                   or any(ch.isdecimal() or ch in _APOSTROPHES for ch in first)]
    loose = _BACKREF.sub(lambda _: r"[\s\S]*?", _any_of(digit_slots).pattern)
    digit = re.compile(f"{_TRIGGER_DIGIT}(?<=(?={_digit_guard(d)})(?={loose}).)")
    # \d is read as [0-9] here: _time_at also lets every decimal digit (str.isdecimal) through
    firsts = [first_char_set(rx.pattern.replace(r"[\d", "[0-9").replace(r"\d", "[0-9]"))
              for rx in (r.time_hm, r.time_colon, r.time_fixed, r.period)]
    time_first = None if None in firsts else frozenset().union(*firsts)
    word_firsts = [first_char_set(getattr(r, name).pattern) for name in WORD_SLOTS]
    numeric_firsts = [first_char_set(rx.pattern.replace(r"[\d", "[0-9").replace(r"\d", "[0-9]"))
                      for rx in (r.numeric, r.month_day_numeric)]
    split_digit = None not in word_firsts and None not in numeric_firsts \
        and not any(ch.isdecimal() or ch in _APOSTROPHES for f in word_firsts for ch in f) \
        and all(ch.isdecimal() or ch in _APOSTROPHES for f in numeric_firsts for ch in f)
    return replace(r, start_any=start_any, trigger_digit=digit, time_first=time_first, split_digit=split_digit)


@dataclass
class Comp:
    """The literal parts of one date expression, as written."""

    year: int | None = None
    year_end: int | None = None
    year_off: int | None = None
    year_anaphora: int | None = None
    decade: bool = False
    ypart: str | None = None
    half: str | None = None
    quarter: int | None = None
    quarter_end: int | None = None  # 1~3분기: the first to the third quarter
    season: str | None = None
    holiday: str | None = None
    month: int | None = None
    month_end: int | None = None
    month_off: int | None = None
    mpart: str | None = None
    mpart_end: str | None = None
    day: int | None = None
    day_end: int | None = None
    day_off: int | None = None
    anaphora: int | None = None
    week_off: int | None = None
    weekend: bool = False
    weekday: str | None = None
    prefix: str | None = None
    period: str | None = None
    timezone: str | None = None
    stated_day: int | None = None
    time: str | None = None
    time_end: str | None = None
    time_start: int | None = None
    numeric_last: bool = False  # the last slot is number+unit (duration check applies)
    kind: str = "calendar"

    @staticmethod
    def blank() -> "Comp":
        """``Comp()``: every slot at its default, without the 31-argument ``__init__``."""
        new = Comp.__new__(Comp)
        new.__dict__.update(_COMP_DEFAULTS)
        return new

    def snapshot(self) -> "Comp":
        """A copy (cheaper than dataclasses.replace: marks are taken at every slot)."""
        new = Comp.__new__(Comp)
        new.__dict__.update(self.__dict__)
        return new

    def but(self, **changes) -> "Comp":
        """``dataclasses.replace(self, **changes)`` at the cost of a dict copy (fields only)."""
        new = Comp.__new__(Comp)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new

    def has_calendar(self) -> bool:
        # an ``or`` chain, not any() over a tuple: asked of every candidate date
        return (self.year is not None or self.year_off is not None or self.month is not None
                or self.month_off is not None or self.day is not None or self.half is not None
                or self.quarter is not None or self.ypart is not None or self.season is not None)


#: The slots of a fresh Comp, in field order (``Comp.blank``).
_COMP_DEFAULTS = dict(Comp().__dict__)


@dataclass
class Found:
    start: int
    end: int
    comp: Comp
    end_comp: Comp | None = None
    end_start: int | None = None  # where the range's second date starts


_morph_start = operator.attrgetter("start")


class _TagsAt:
    """``tags_at.get(pos, ())``: the tags of the morphemes starting at ``pos`` (sorted morphemes,
    looked up by bisect only where a date candidate asks, not indexed for the whole document)."""

    __slots__ = ("morphs",)

    def __init__(self, morphs) -> None:
        self.morphs = morphs

    def get(self, pos: int, default=()):
        morphs = self.morphs
        i = j = bisect.bisect_left(morphs, pos, key=_morph_start)
        n = len(morphs)
        while j < n and morphs[j].start == pos:
            j += 1
        return [m.tag for m in morphs[i:j]] if j > i else default


class _Scanner:
    """One pass over one document's text."""

    def __init__(self, text: str, tags_at: _TagsAt, r: Rules) -> None:
        self.text, self.tags_at, self.r = text, tags_at, r

    # --- boundaries ---------------------------------------------------------------------
    def ok_end(self, p: int) -> bool:
        """A date may end at ``p``: not inside a longer word (연말정산, 오늘날, 5월 말레이시아)."""
        t = self.text
        if p >= len(t) or not _is_hangul(t[p]):
            return True
        if any(tag.startswith(self.r.after_tags) for tag in self.tags_at.get(p, ())):
            return True
        # "16일자 보도", "21일께": a glued suffix that keeps the date a date (left outside the span)
        return any(t.startswith(x, p) and self._plain_end(p + len(x)) for x in self.r.date_suffixes)

    def _plain_end(self, p: int) -> bool:
        t = self.text
        return p >= len(t) or not _is_hangul(t[p]) or any(
            tag.startswith(self.r.after_tags) for tag in self.tags_at.get(p, ()))

    def ok_start(self, p: int) -> bool:
        t = self.text
        if p >= len(t):
            return False
        if p == 0:
            return True
        prev = t[p - 1]
        if t[p].isdigit() or t[p] in _APOSTROPHES:
            if prev == "/" and p >= 2 and t[p - 2] in "일)":  # 10월18일/11월15일
                return True
            return not (prev.isdigit() or prev in ".,:/-" or prev.isascii() and prev.isalpha())
        if not _is_hangul(prev):
            return True
        return any(tag.startswith(self.r.start_tags) for tag in self.tags_at.get(p, ()))

    def blocked_before(self, p: int) -> bool:
        """True when a duration/count word sits right before ``p`` (3박5일, 제3일, 매월 3일), or a
        prison term's years (징역 1년6월: 6월 is six months)."""
        if self.r.before_stop.search(self.text, max(0, p - 8), p) is not None:
            return True
        # 매년 4월과 10월: the months listed after a recurring word recur too
        if ("매" in self.text[max(0, p - 40):p] or "마다" in self.text[max(0, p - 40):p]) and \
                self.r.recurring_list.search(self.text, max(0, p - 40), p):
            return True
        # 징역 1년6월, 징역 8월: the months of a prison term, not June or August
        return self.r.sentence_stop.search(self.text, max(0, p - 14), p) is not None

    def blocked_after(self, p: int, comp: Comp) -> bool:
        """True when a duration/count word follows a number+unit at ``p`` (3일간, 3일 동안).

        When ``comp`` is bare (``_bare``: the number+unit stands alone, no prefix, no other
        unit), "3일 전" is a duration too."""
        t = self.text
        if self.r.glued_stop.match(t, p):
            return True
        if _bare(comp) and comp.day is not None and comp.month is None and comp.year is None and TAKES_RX.match(t, p):
            return True  # 3일이 소요된다, 5일이 지나면: a length of time (durations), no date
        if (m := self.r.span_to.match(t, p)) and (m["verb"] or (
                m["u"] == "일" and int(m["n"]) > 31 and t.startswith("에서", p))):
            return True  # 30일에서 120일이 걸린다: a span of time, not two dates
        if p < len(t) and t[p] == " ":
            # the stop word must be its own noun, not a verb's stem: "3일 전" but "9일 전했다"
            if any(tag.startswith("V") for tag in self.tags_at.get(p + 1, ())):
                return False
            for pat in (self.r.spaced_stop, self.r.spaced_bare_stop) if _bare(comp) else (self.r.spaced_stop,):
                if (m := pat.match(t, p + 1)) and self.ok_end(m.end()):
                    return True
        return False

    # --- slots --------------------------------------------------------------------------
    def parse(self, pos: int, allow_range: bool = True) -> Found | None:
        """Parse the longest date/time expression starting at ``pos``."""
        r, t = self.r, self.text
        if not r.start_any.match(t, pos) or not self.ok_start(pos):
            return None
        c = Comp.blank()
        marks: list[tuple[int, Comp]] = []
        p = pos

        def mark(end: int) -> None:
            marks.append((end, c.snapshot()))

        # a digit (or ') starts no word slot, and a numeric slot starts with nothing else
        # (split_digit): the other kind is not tried
        digit = t[p].isdecimal() or t[p] in _APOSTROPHES
        word = not (digit and r.split_digit)
        bare_range = dotted = False
        m = r.numeric.match(t, p) if digit or not r.split_digit else None
        if m:
            c.year = int(m["y"]) if m["y"] else _two_digit_year(int(m["yy"]), r.data)
            c.month, c.day = int(m["m"]), int(m["d"])
            c.kind = "numeric"
            p = m.end()
            mark(p)
        elif (digit or not r.split_digit) and (m := r.month_day_numeric.match(t, p)):  # 1.16(월): with a weekday
            c.month, c.day, c.kind = int(m["m"]), int(m["d"]), "numeric"
            bare_range = m["bare"] is not None  # 12.30~1.2: a date only as a range over the year end
            if bare_range and _DOTTED_RANGE.match(t, p):
                bare_range = dotted = True  # 12. 1.~12. 10.: the official month. day. form, no decimal
            p = m.end()
            mark(p)
        elif not word:
            p = self._calendar(p, c, mark)
            if p is None:
                return self._time_only(pos)
        elif m := r.day_word.match(t, p):
            if _in_single_quotes(t, p):
                return None  # 타이틀곡 '내일은 없어': a title, no day
            c.day_off, c.kind = r.data["day_words"][m[0]], "day_word"
            p = m.end()
            mark(p)
        elif m := r.anaphora_word.match(t, p):
            c.anaphora, c.kind = r.data["anaphora_words"][m[0]], "anaphora"
            p = m.end()
            mark(p)
        elif (m := r.lunar.match(t, p)) and not self.blocked_before(p):
            c.holiday, c.kind = m[0], "lunar"
            p = m.end()
            mark(p)
        elif (m := r.prefix_weekday.match(t, p)) and not self.blocked_before(p):  # 지난 금요일
            c.prefix, c.weekday, c.kind = m["p"], m["wd"], "weekday"
            p = m.end()
            mark(p)
        elif (m := r.weekday_alone.match(t, p)) and not self.blocked_before(p):
            c.weekday, c.kind = m["wd"], "weekday"
            p = m.end()
            mark(p)
        elif m := r.week_word.match(t, p):
            c.week_off, c.kind = r.data["week_words"][m[0]], "week"
            p = m.end()
            mark(p)
            if t.startswith(r.data["weekend_suffix"], p):  # 지난 주말, 이번 주말
                c.weekend = True
                p += len(r.data["weekend_suffix"])
                mark(p)
            elif w := r.weekday_name.match(t, p):
                c.weekday = w["wd"]
                p = w.end()
                mark(p)
        else:
            p = self._calendar(p, c, mark)
            if p is None:
                return self._time_only(pos)
        if not marks:
            return self._time_only(pos)
        # weekday and time tails, then the longest acceptable stop
        end, c = marks[-1]
        if c.day is not None or c.day_off is not None or c.anaphora is not None:
            w = r.weekday_paren.match(t, end) or r.weekday_name.match(t, end)
            if w and c.weekday is None:
                c = c.but(weekday=w["wd"])
                c.numeric_last = False
                marks.append((w.end(), c.snapshot()))
                end = w.end()
        if (c.day_off is not None or c.anaphora is not None or (c.weekday is not None and c.kind in ("weekday", "week"))) \
                and (z := r.stated_day.match(t, end)):  # 오늘(15일); 오는 금요일(4일): no bare 4일 of its own
            c = c.snapshot()  # 오늘(15일): the day as written, kept beside the computed one
            c.stated_day = int(z["d"])
            marks.append((z.end(), c))
        found = self._stop(pos, marks)
        if found is None:
            return None
        day_level = _day_level(found.comp)
        tail_at = found.end
        if day_level and (z := r.tz_note.match(t, found.end)):  # 12일(현지시간) 오후 3시
            found.comp.timezone = z["tz"]
            tail_at = z.end()
        tm = self._time_tail(tail_at, attach=True) if day_level else None
        if tm is not None:
            tend, tc = tm
            c2 = found.comp
            c2.period, c2.time, c2.time_end, c2.time_start = tc.period, tc.time, tc.time_end, tc.time_start
            found.end = tend
        if allow_range and found.comp.kind in ("calendar", "numeric") and found.comp.has_calendar():
            self._range(found)
        if bare_range and not (self._bare_year_end(found) or dotted and _forward(found)):
            return None  # 3.1~3.5, 11.5~1.5 (numbers), 12.30 alone: no date without a weekday or a year
        return found

    def _bare_year_end(self, found: Found) -> bool:
        """True when a month.day without year or weekday is a range from December into January with
        days that exist (12.30~1.2; not 11.5~1.5, 12.32~1.2, nor 12.30 alone)."""
        a, b = found.comp, found.end_comp
        if b is None or b.year is not None or a.time is not None:
            return False
        before = self.text[max(0, found.start - 12):found.start].rstrip().rsplit(None, 1)
        if before and before[-1].rstrip(".:") in self.r.data["bare_range_not_after"]:
            return False  # 버전 12.3~1.5: version numbers
        months = self.r.data["bare_range_months"]
        return (a.month, b.month) == tuple(months) and a.day <= _last(2024, a.month) \
            and b.day is not None and b.day <= _last(2024, b.month)

    def _stop(self, pos: int, marks: list[tuple[int, Comp]]) -> Found | None:
        """The longest mark that ends at a word boundary and is not a duration."""
        for end, comp in reversed(marks):
            if not self.ok_end(end):
                continue
            if (comp.numeric_last or _bare_quarter(comp)) and self.blocked_after(end, comp):
                return None  # (3분기 연속, 2분기째, 3분기 만에: a number of quarters, not the third)
            if comp.quarter is not None and self.r.quarter_count.match(self.text, end):
                return None  # 올해 3분기 연속 흑자: three quarters in a row this year
            return Found(pos, end, comp)
        return None

    def _calendar(self, p: int, c: Comp, mark) -> int | None:
        """Year / month / day slots with their prefix and vague parts. None: nothing here."""
        r, t, data = self.r, self.text, self.r.data
        start = p
        if m := r.prefix.match(t, p):
            c.prefix = m["p"]
            p = m.end()
        if t[p:p + 1].isdigit() and self.blocked_before(start):
            return None
        # year
        if m := r.year_num.match(t, p):
            ok = True
            if m["y1"]:
                y = int(m["y1"])
                ok = data["year_min"] <= y <= data["year_max"]
                c.year = y
                if m["y2"]:
                    c.year_end = int(m["y2"])
                    ok = ok and c.year < c.year_end <= data["year_max"]
            else:
                c.year = _two_digit_year(int(m["yy"]), data)
                # "23년" alone is more often a duration (설립 23년): only as '23년, 23년도, or
                # with a month, half or quarter after it (23년 1월, 23년 상반기)
                nxt = m.end() + (t[m.end():m.end() + 1] == " ")
                tail = r.year_tail.match(t, m.end())
                ok = bool(m["ap"] or m["do"] or m["dec"] or r.month_num.match(t, nxt)
                          or (tail and (tail["half"] or tail["q"])))
            if ok:
                c.decade = bool(m["dec"])
                p = m.end()
                c.numeric_last = not c.decade
                mark(p)
            else:
                c.year = c.year_end = None
                if c.prefix and not r.month_num.match(t, p) and not r.day_num.match(t, p):
                    return None
        elif c.prefix is None and (m := r.year_word.match(t, p)):
            c.year_off = data["year_words"][m[0]]
            p = m.end()
            if m[0] != "올":  # 올 only with what follows: 올 3월, 올 상반기
                mark(p)
        elif c.prefix is None and (m := r.year_anaphora_word.match(t, p)):
            c.year_anaphora = data["year_anaphora_words"][m[0]]
            p = m.end()
            mark(p)
        elif c.prefix is None and (m := r.year_part_word.match(t, p)):
            c.year_off, c.ypart = 0, data["year_part_words"][m[0]]
            p = m.end()
            mark(p)
            return p
        has_year = c.year is not None or c.year_off is not None or c.year_anaphora is not None
        q = p + 1 if has_year and t[p:p + 1] == " " else p
        if (c.prefix is None or has_year) and (m := r.holiday.match(t, q)) and (has_year or q == start):
            c.month, c.day = data["holidays"][m[0]]
            c.holiday, c.numeric_last = m[0], False
            p = m.end()
            mark(p)
            return p
        if has_year and (m := r.year_part_word.match(t, q)) and c.ypart is None:  # 올 연말
            c.ypart, c.numeric_last = data["year_part_words"][m[0]], False
            p = m.end()
            mark(p)
            return p
        if has_year:
            if m := r.year_tail.match(t, p):
                if m["season"]:
                    c.season = m["season"]
                elif m["half"]:
                    c.half = m["half"]
                elif m["q"]:
                    c.quarter = int(m["q"])
                    c.quarter_end = _quarter_end(m)
                elif m["qL"] or m["qR"]:
                    c.quarter = int(m["qL"] or m["qR"])
                else:
                    c.ypart = m["yp"]
                c.numeric_last = False
                p = m.end()
                mark(p)
                return p
        elif c.prefix is None and (m := r.year_tail.match(t, p)) and not (m["yp"] or m["qL"] or m["qR"]):
            if t[p] != " " and not m["season"]:  # bare 상반기 / 1분기: the reference year
                c.half = m["half"]
                c.quarter = int(m["q"]) if m["q"] else None
                c.quarter_end = _quarter_end(m) if m["q"] else None
                p = m.end()
                mark(p)
                return p
        # month
        q = p + 1 if has_year and t[p:p + 1] == " " else p
        month_seen = False
        if m := r.month_num.match(t, q):
            m1 = int(m["m1"])
            m2 = int(m["m2"]) if m["m2"] else None
            if 1 <= m1 <= 12 and (m2 is None or m1 < m2 <= 12):
                c.month, c.month_end = m1, m2
                c.numeric_last = True
                p = m.end()
                month_seen = True
                mark(p)
            elif not has_year:
                return None
        elif not has_year and c.prefix is None and (m := r.month_word.match(t, p)):
            c.month_off = data["month_words"][m[0]]
            c.numeric_last = False
            p = m.end()
            month_seen = True
            mark(p)
        if month_seen:
            if (m := r.month_part.match(t, p)) and c.month_end is None and self.ok_end(m.end()):
                c.mpart, c.numeric_last = m["mp"], False
                c.mpart_end = m["mp2"]  # 초·중순: from the first part to the second
                p = m.end()
                mark(p)
                return p
        # day
        can_day = month_seen or (c.year is None and c.year_off is None)
        if can_day:
            q = p + 1 if month_seen and t[p:p + 1] == " " else p
            if m := r.day_num.match(t, q):
                d1 = int(m["d1"])
                d2 = int(m["d2"]) if m["d2"] else None
                if 1 <= d1 <= 31 and (d2 is None or d1 < d2 <= 31) and c.month_end is None:
                    c.day, c.day_end = d1, d2
                    c.numeric_last = True
                    p = m.end()
                    mark(p)
        return p

    def _time_tail(self, p: int, attach: bool) -> tuple[int, Comp] | None:
        """A time right at ``p`` (after one optional space): (end, Comp with time fields)."""
        t = self.text
        q = p + 1 if t[p:p + 1] == " " else p
        if q == p and attach and t[p:p + 1].isdigit():
            return None
        got = self._time_at(q, attach)
        if got is None:
            return None
        end, tc = got
        if not self.ok_end(end):
            return None
        tc.time_start = q
        return end, tc

    def _time_at(self, q: int, attach: bool) -> tuple[int, Comp] | None:
        t, r = self.text, self.r
        if r.time_first is not None and (q >= len(t) or not (t[q] in r.time_first or t[q].isdecimal())):
            return None  # no time pattern can start here (most dates have none after them)
        tc = Comp.blank()
        tc.kind = "time"
        m = r.time_hm.match(t, q) or r.time_colon.match(t, q)
        if m:
            h = int(m["h"])
            mi = int(m["mi"]) if m["mi"] else (30 if m.re is r.time_hm and m["half"] else 0)
            if h > 24 or mi > 59:
                return None
            tc.period = m["per"]
            tc.time = _clock(h, mi, m["per"], r)
            end = m.end()
            if m.re is r.time_hm and m["h2"]:
                h2 = int(m["h2"])
                if h2 > 24:
                    return None
                tc.time_end = _clock(h2, 0, m["per"], r)
            # a second time: 오전 10시∼오후 1시50분, 14:00~16:00, 오후 2시부터(에서) 4시까지
            c2 = r.range_conn.match(t, end) or r.time_from.match(t, end)
            if c2 and tc.time_end is None:
                m2 = r.time_hm.match(t, c2.end()) or r.time_colon.match(t, c2.end())
                if m2 and c2.re is r.time_from and not r.until.match(t, m2.end()):
                    m2 = None  # "2시에서 10시" only with 까지 after it
                if m2:
                    h2 = int(m2["h"])
                    mi2 = int(m2["mi"]) if m2["mi"] else (30 if m2.re is r.time_hm and m2["half"] else 0)
                    if h2 <= 24 and mi2 <= 59:
                        tc.time_end = _clock(h2, mi2, m2["per"] or m["per"], r)
                        end = m2.end()
                        if u := r.until.match(t, end):
                            end = u.end()
            return end, tc
        if m := r.time_fixed.match(t, q):
            tc.time = r.data["fixed_times"][m["fx"]]
            return m.end(), tc
        if m := r.period.match(t, q):
            word = m["per"]
            if attach or r.data["periods"][word]["standalone"]:
                tc.period = word
                return m.end(), tc
        return None

    def _time_only(self, pos: int) -> Found | None:
        if not self.ok_start(pos):
            return None
        if self.text[pos:pos + 1].isdigit() and self.blocked_before(pos):
            return None
        got = self._time_at(pos, attach=False)
        if got is None:
            return None
        end, tc = got
        if not self.ok_end(end):
            return None
        tc.time_start = None
        return Found(pos, end, tc)

    def _numeric_end(self, pos: int, a: Comp) -> Found | None:
        """The bare end of a numeric date (2026.12.3~5 → day 5; 2026.12.3~12.5 → December 5): a
        later day of the same month, or a later month and day, then no unit or word but 까지. An
        earlier month runs over the year end when it is at most ``year_end_months`` on (2026.12.30~1.2
        → January 2, rolled into the next year when resolved)."""
        m = _NUMERIC_END.match(self.text, pos)
        if m is None:
            return None
        nxt = self.text[m.end():m.end() + 1]
        if "가" <= nxt <= "힣" and not self.r.until.match(self.text, m.end()):
            return None  # 5명, 5시: a unit, not a day
        day, month = int(m["d"]), int(m["m"]) if m["m"] else a.month
        if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
            return None
        if (month, day) <= (a.month, a.day) and not (
                m["m"] and 0 < month + 12 - a.month <= self.r.data["year_end_months"]):
            return None  # a range runs forward (12.30~1.2: on over the year end)
        c = Comp.blank()
        c.kind, c.day = "numeric", day
        if m["m"]:
            c.month = month
        return Found(pos, m.end(), c)

    def _range(self, found: Found) -> None:
        """Extend ``found`` over a second date: 3일부터 7일까지, 3월 2일~4일, 2023년부터 2025년까지."""
        t, r = self.text, self.r
        timed = found.comp.time is not None  # 12월 1일(화) 09:00부터 12월 4일(금) 18:00까지
        if (timed and found.comp.time_end is not None) or (found.comp.period is not None and not timed):
            return
        if found.comp.year_end or found.comp.month_end or found.comp.day_end or found.comp.quarter_end:
            return
        m = r.range_conn.match(t, found.end)
        if not m:
            return
        b = self.parse(m.end(), allow_range=False)
        if b is None and found.comp.kind == "numeric" and found.comp.day is not None and (
            self.r.data["range_from"] not in m[0]
        ):
            b = self._numeric_end(m.end(), found.comp)  # 2026.12.3~5, 2026.12.3~12.5
        if b is None or b.comp.kind not in ("calendar", "numeric") or b.comp.prefix:
            return
        bc = b.comp
        a = found.comp
        if timed and (bc.time is None or bc.time_end is not None or bc.day is None or a.day is None):
            return  # a time starts the range: its end is a day with a time too
        # B must not be coarser-only than A in a way that makes no sense: 3일~5월
        if a.day is not None and bc.day is None:
            return
        if a.day is None and a.month is not None and bc.month is None:
            return
        if a.day is None and a.month is None and a.month_off is None and bc.year is None:
            return
        end = b.end
        if u := r.until.match(t, end):
            end = u.end()
        found.end = end
        found.end_comp = bc
        found.end_start = b.start
        if bc.time is not None and a.time_end is None:
            a.time_end = bc.time  # parts["time_end"]: the time the range ends (3일부터 5일 오후 6시까지)


#: The end of a numeric date range written without a unit: ~5 (the day), ~12.5 (month.day).
_NUMERIC_END = re.compile(r"(?:(?P<m>\d{1,2})[./] ?)?(?P<d>\d{1,2})\.?(?![\d.,%/:A-Za-z])")


#: A range of two dates in the official month. day. form, a space after the month's point and a point
#: after each day ("12. 1.~12. 10.", "12. 1. ~ 12. 10."): a decimal (12.1) has neither.
_DOTTED_RANGE = re.compile(r"\d{1,2}\. +\d{1,2}\. *[~∼〜～] *\d{1,2}\. +\d{1,2}\.(?!\d)")


def _forward(found: "Found") -> bool:
    """True when a range of month-days runs forward within a year (12. 1.~12. 10.) or over its end."""
    a, b = found.comp, found.end_comp
    if b is None or b.day is None or a.day is None or a.month is None:
        return False
    bm = b.month if b.month is not None else a.month
    return (bm, b.day) > (a.month, a.day) or (a.month == 12 and bm == 1)


def _in_single_quotes(text: str, p: int) -> bool:
    """True when ``p`` lies inside single quotes on its line (‘…’ or '…', at most 40 characters each
    side): a title or a name (타이틀곡 '내일은 없어', 드라마 ‘오늘도 맑음’), where a day word names no day."""
    lo = max(text.rfind("\n", 0, p) + 1, p - 40)
    hi = text.find("\n", p)
    hi = min(p + 40, len(text) if hi < 0 else hi)
    before, after = text[lo:p], text[p:hi]
    k = max(before.rfind("'"), before.rfind("‘"), before.rfind("’"))
    if k < 0 or before[k] == "’" or (before[k] == "'" and before.count("'") % 2 == 0):
        return False  # no quote open before it (a straight one closes every other)
    return "'" in after or "’" in after  # (a straight quote may close a curled one: '내일은 없어’)


def _bare_quarter(c: "Comp") -> bool:
    """A quarter written alone (3분기), with no year nor prefix: it may be a number of quarters."""
    return (c.quarter is not None and c.year is None and c.year_off is None and c.year_anaphora is None
            and c.prefix is None and c.ypart is None)


def _quarter_end(m: re.Match) -> int | None:
    """The last quarter of ``1~3분기`` (3), None for one quarter; 3~1분기 is no range (raises)."""
    if not m["q2"]:
        return None
    if int(m["q2"]) <= int(m["q"]):
        raise ValueError("a quarter range must run forward")
    return int(m["q2"])


def _bare(c: Comp) -> bool:
    """One number+unit alone: "3일", "2023년" (not "지난 3일", "7월 17일")."""
    units = (c.year is not None) + (c.month is not None) + (c.day is not None)
    return c.prefix is None and units == 1 and c.year_off is None and c.month_off is None


def _day_level(c: Comp) -> bool:
    """A time of day attaches only to a day: 21일 오후, 이날 오전 (not 2023년 오후)."""
    return (c.day is not None and c.day_end is None) or c.day_off is not None \
        or c.anaphora is not None or (c.week_off is not None and c.weekday is not None)


def _two_digit_year(yy: int, data: dict) -> int:
    """23 → 2023, 98 → 1998 (pivot in dates.toml)."""
    return 2000 + yy if yy < data["two_digit_year_pivot"] else 1900 + yy


def _clock(h: int, mi: int, period: str | None, r: Rules) -> str:
    """오후 2 → "14:00"; 오전 12 → "00:00"; 밤 10 → "22:00"."""
    shift = r.data["periods"][period]["hour_shift"] if period else "as_is"
    if h <= 12:
        if shift == "pm" and h < 12:
            h += 12
        elif shift == "am" and h == 12:
            h = 0
        elif shift == "night":
            h = 0 if h == 12 else (h + 12 if 5 <= h < 12 else h)
    return f"{h:02d}:{mi:02d}"


# --- resolution -------------------------------------------------------------------------

def _last(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _shift_month(y: int, m: int, off: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + off
    return k // 12, k % 12 + 1


@dataclass(frozen=True)
class Antecedent:
    """What anaphoric words point at: the last day-level date and the last year mentioned."""

    day: dt.date | None = None
    past_day: dt.date | None = None  # the last one on or before the reference date
    year: int | None = None
    #: days written with their month earlier in the text, latest last: (first day, last day) of a
    #: date or a range within one month (12월 2일부터 5일까지 → (12-02, 12-05))
    month_days: tuple[tuple[dt.date, dt.date], ...] = ()
    #: a year written out or named (2026년, 내년) in the sentence of the mention being resolved
    #: (2026년 상반기 … 하반기, 내년 상반기 … 하반기)
    sentence_year: int | None = None
    #: (year, month) of the last date with both written earlier in the same sentence (2027년 3월
    #: 착공해 12월 완공, 내년 1월 … 2월 말): a bare month takes that year
    sentence_month: tuple[int, int] | None = None
    #: the last day of the last date with its month written earlier in the same sentence (3월 5일
    #: 개막해 7일 폐막): a later bare day falls in that month
    sentence_day: dt.date | None = None
    #: the year of a year word with a particle of time earlier in the same sentence (내년에는 …
    #: 3월과 9월 두 차례 파견한다): the time of the clause, so a bare month falls in that year
    clause_year: int | None = None
    #: the clause after the mention is not in the past (열린다, 착공할 계획이다): a bare month, half
    #: or quarter whose reference-year reading is over before the reference month is no date of it
    future_clause: bool = False


#: Kinds of expression that never lend or take a year or month within a sentence.
_NO_CALENDAR = frozenset({"time", "lunar", "weekday", "day_word", "anaphora", "week"})


class Unresolved(Exception):
    """The expression needs a reference (or antecedent) that is missing, or is not a real date."""


def _resolve(c: Comp, ref: dt.date | None, ante: Antecedent, data: dict):
    """(value, value_end, granularity, relative) for ``c``; raises Unresolved."""
    if c.kind == "weekday" and c.prefix is not None:  # 지난 금요일 / 오는 금요일
        if ref is None:
            raise Unresolved
        wd = data["weekdays"][c.weekday]
        if data["prefix"][c.prefix] == "past":  # the most recent one strictly before ref
            back = (ref.weekday() - wd) % 7 or 7
            return ref - dt.timedelta(days=back), None, "day", True
        ahead = (wd - ref.weekday()) % 7 or 7  # the next one strictly after ref
        return ref + dt.timedelta(days=ahead), None, "day", True
    if c.kind in ("time", "lunar", "weekday"):
        raise Unresolved
    if c.day_off is not None:
        if ref is None:
            raise Unresolved
        return ref + dt.timedelta(days=c.day_off), None, "day", True
    if c.anaphora is not None:
        base = ante.day or ref
        if base is None:
            raise Unresolved
        return base + dt.timedelta(days=c.anaphora), None, "day", True
    if c.week_off is not None:
        if ref is None:
            raise Unresolved
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=c.week_off)
        if c.weekday is not None:
            return monday + dt.timedelta(days=data["weekdays"][c.weekday]), None, "day", True
        if c.weekend:  # Saturday and Sunday of that week
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "week", True
        return monday, monday + dt.timedelta(days=6), "week", True
    y, m, d = c.year, c.month, c.day
    relative = y is None
    if c.year_anaphora is not None:  # 이듬해 3월, 전년 동기: from the last year mentioned
        if ante.year is None:
            raise Unresolved
        y = ante.year + c.year_anaphora
    try:
        if y is None:
            if ref is None:
                raise Unresolved
            if c.year_off is not None:
                y = ref.year + c.year_off
            elif c.month_off is not None:
                y, m = _shift_month(ref.year, ref.month, c.month_off)
            elif m is not None:
                key = (m, d or 1)
                if c.prefix and data["prefix"][c.prefix] == "past":
                    y = ref.year if key <= (ref.month, ref.day) else ref.year - 1
                elif c.prefix:
                    later = key > (ref.month, ref.day) if d is not None else m > ref.month
                    y = ref.year if later else ref.year + 1
                elif ante.sentence_month is not None:  # 2027년 3월 착공해 12월 완공 → 2027-12
                    if m < ante.sentence_month[1]:
                        raise Unresolved  # 2027년 11월 착공해 3월 완공: 2027 or 2028, not guessed
                    y = ante.sentence_month[0]
                elif ante.clause_year is not None:  # 내년에는 … 3월과 9월 → 2027-03, 2027-09
                    y = ante.clause_year
                elif ante.future_clause and (c.month_end or m) < ref.month:
                    # 7월 중 열린다, 3월 5일 개최한다 (ref 11-26): next year is likely, not written; a
                    # day earlier in the reference month stays (접수는 11월 20일부터 받는다: begun)
                    raise Unresolved
                else:
                    y = ref.year
            elif d is not None:
                known = None if c.prefix else _written_month(d, ante)
                if known is None and not c.prefix and ante.sentence_day is not None \
                        and d > ante.sentence_day.day:  # 3월 5일 개막해 7일 폐막 → March 7
                    known = ante.sentence_day.year, ante.sentence_day.month
                if known is None and not c.prefix:
                    known = _after_schedule(d, ante, ref)
                y, m = known or _day_only(d, c.prefix and data["prefix"][c.prefix], ref)
            elif (c.half or c.quarter) and ante.sentence_year is not None:
                y = ante.sentence_year  # 2026년 상반기까지 … 하반기에: the year of the sentence
            elif ante.future_clause and (
                    c.half and data["halves"][c.half][1] < ref.month
                    or c.quarter and 3 * (c.quarter_end or c.quarter) < ref.month):
                raise Unresolved  # 상반기에 착공한다 (ref 11-26): the reference year's H1 is over
            else:
                y = ref.year
        if d is not None:
            if m is None:
                raise Unresolved
            value = dt.date(y, m, d)
            end = dt.date(y, m, c.day_end) if c.day_end else None
            return value, end, "day", relative
        if m is not None:
            last_m = c.month_end or m
            if c.mpart:
                lo, hi = data["month_parts"][c.mpart]
                if c.mpart_end:
                    hi = max(hi, data["month_parts"][c.mpart_end][1])
                return dt.date(y, m, lo), dt.date(y, m, min(hi, _last(y, m))), "month", relative
            return dt.date(y, m, 1), dt.date(y, last_m, _last(y, last_m)), "month", relative
        if c.season:
            lo, hi = data["seasons"][c.season]
            y_end = y + 1 if hi < lo else y
            return dt.date(y, lo, 1), dt.date(y_end, hi, _last(y_end, hi)), "month", relative
        if c.quarter:
            q, q2 = c.quarter, c.quarter_end or c.quarter
            return dt.date(y, 3 * q - 2, 1), dt.date(y, 3 * q2, _last(y, 3 * q2)), "quarter", relative
        if c.half:
            lo, hi = data["halves"][c.half]
            return dt.date(y, lo, 1), dt.date(y, hi, _last(y, hi)), "half", relative
        if c.decade:
            lo, hi = data["decade_parts"][c.ypart] if c.ypart else (0, 9)
            return dt.date(y + lo, 1, 1), dt.date(y + hi, 12, 31), "year", relative
        if c.ypart:
            lo, hi = data["year_parts"][c.ypart]
            return dt.date(y, lo, 1), dt.date(y, hi, _last(y, hi)), "year", relative
        return dt.date(y, 1, 1), dt.date(c.year_end or y, 12, 31), "year", relative
    except (ValueError, KeyError, OverflowError) as exc:
        raise Unresolved from exc


#: How many dates written with their month a bare day may fall on (the latest ones).
MONTH_DAYS_KEPT = 8


def _written_month(d: int, ante: Antecedent) -> tuple[int, int] | None:
    """The month of a bare day that falls on a day written with its month before it: 개막식은 2일
    after 12월 2일부터 5일까지 → December (the latest such date or range wins)."""
    for lo, hi in reversed(ante.month_days):
        if lo.day <= d <= hi.day:
            return lo.year, lo.month
    return None


def _after_schedule(d: int, ante: Antecedent, ref: dt.date | None) -> tuple[int, int] | None:
    """The month of a bare day later in the month of the last day written with its month, when
    that day is in the future and the reference month would put the bare day on or before ``ref``
    (``ante.month_days`` holds only the days in the clause's own tense: future days for a non-past
    clause). 신청은 12월 8일부터 15일까지 받는다. … 결과는 18일 발표한다 (ref 11-26): 11-18
    would be past for a future clause, so December 18. Past schedules lend nothing this way.

    >>> a = Antecedent(month_days=((dt.date(2026, 12, 8), dt.date(2026, 12, 15)),))
    >>> _after_schedule(18, a, dt.date(2026, 11, 26)), _after_schedule(28, a, dt.date(2026, 11, 26))
    ((2026, 12), None)
    """
    if ref is None or not ante.month_days:
        return None
    lo, hi = ante.month_days[-1]
    if not hi.day < d <= _last(hi.year, hi.month) or (hi.year, hi.month) == (ref.year, ref.month):
        return None
    if lo > ref and (d > _last(ref.year, ref.month) or dt.date(ref.year, ref.month, d) <= ref):
        return hi.year, hi.month  # a past day is no day of a future schedule's clause
    return None


def _day_only(d: int, direction: str | None, ref: dt.date) -> tuple[int, int]:
    """The month of a bare day: ref's month; 지난 → latest on/before ref; 오는 → next after."""
    if direction is None:
        return ref.year, ref.month
    step = -1 if direction == "past" else 1
    for k in range(0, 13 * step, step):
        y, m = _shift_month(ref.year, ref.month, k)
        if d <= _last(y, m):
            cand = dt.date(y, m, d)
            if (direction == "past" and cand <= ref) or (direction == "future" and cand > ref):
                return y, m
    raise Unresolved


#: ``parts`` keys of the Comp slots that are renamed; the slots that are never parts.
_PART_NAMES = {"year_off": "year_offset", "month_off": "month_offset", "day_off": "day_offset",
               "week_off": "week_offset", "anaphora": "anaphora_offset", "mpart": "part",
               "ypart": "part", "year_anaphora": "year_anaphora_offset",
               "mpart_end": "part_end"}
_NOT_PARTS = frozenset({"numeric_last", "kind", "time", "time_start"})


def _parts(c: Comp, span_start: int) -> dict[str, int | str]:
    names = _PART_NAMES
    out: dict[str, int | str] = {names.get(name, name): 1 if v is True else v for name, v in c.__dict__.items()
                                 if v is not None and v is not False and name not in _NOT_PARTS}
    if c.time_start is not None:
        out["time_offset"] = c.time_start - span_start
    return out


def _mention(f: Found, text: str, ref: dt.date | None, antecedent: Antecedent,
             data: dict) -> DateMention:
    c = f.comp
    parts = _parts(c, f.start)
    if text.startswith(rules().approx, f.end) and (
            approx := next((x for x in data["approx"]["suffixes"] if text.startswith(x, f.end)), None)):
        parts["approx"] = approx  # "오전 10시경": the suffix stays outside the span
    relative = c.kind in ("day_word", "anaphora", "week") or (
        c.kind != "time" and c.year is None)
    value = value_end = None
    granularity = "time" if c.kind == "time" else _granularity(c)
    resolved = False
    weekday_mismatch = False
    try:
        value, value_end, granularity, relative = _resolve(c, ref, antecedent, data)
        resolved = True
        if f.end_comp is not None:
            parts.update({f"end_{k}": v for k, v in _parts(f.end_comp, f.start).items()})
            parts["end_offset"] = f.end_start - f.start
            bc, level = _inherit(f.end_comp, value)
            b_value, b_end, _, _ = _resolve(bc, ref, antecedent, data)
            if b_value < value and level:
                bc = _roll(bc, level)
                b_value, b_end, _, _ = _resolve(bc, ref, antecedent, data)
            if b_value < value:
                raise Unresolved
            value_end = b_end or b_value
            if bc.weekday is not None and bc.day is not None:  # 1.16(월)~1.20(금): check the end too
                weekday_mismatch = b_value.weekday() != data["weekdays"][bc.weekday]
        if c.weekday is not None and granularity == "day" and c.week_off is None:
            weekday_mismatch = weekday_mismatch or value.weekday() != data["weekdays"][c.weekday]
        if c.weekday is not None and c.stated_day is not None and value is not None and value.day != c.stated_day:
            weekday_mismatch = True  # 오는 금요일(5일) when that Friday is the 4th: the two disagree
    except Unresolved:
        value = value_end = None
        resolved = False
        if f.end_comp is not None and "end_offset" not in parts:
            parts.update({f"end_{k}": v for k, v in _parts(f.end_comp, f.start).items()})
            parts["end_offset"] = f.end_start - f.start
        if c.kind == "weekday" and c.stated_day is not None and ref is not None and (
            (day := _weekday_and_day(ref, c.stated_day, data["weekdays"][c.weekday])) is not None
        ):  # 금요일(4일): the one 4th of the months around ref that is a Friday
            value, resolved, relative, granularity = day, True, True, "day"
    # DateMention(**fields) without the __init__ layer: the same validation, the same record
    return _VALIDATE({
        "start": f.start, "end": f.end, "text": text[f.start:f.end], "rule_id": _rule_id(f, relative),
        "value": value, "value_end": value_end, "granularity": granularity, "resolved": resolved,
        "time": c.time, "relative": relative, "parts": parts, "weekday_mismatch": weekday_mismatch,
    })


_VALIDATE = DateMention.__pydantic_validator__.validate_python


def _weekday_and_day(ref: dt.date, day: int, weekday: int) -> dt.date | None:
    """The date with day-of-month ``day`` in the month before ``ref``'s, its own or the next that
    falls on ``weekday``, when exactly one does (금요일(4일), ref 2026-11-27 → 2026-12-04: 4 October is
    a Sunday, 4 November a Wednesday); else None (nothing is guessed)."""
    hits = []
    for off in (-1, 0, 1):
        y, m = _shift_month(ref.year, ref.month, off)
        if day <= _last(y, m) and dt.date(y, m, day).weekday() == weekday:
            hits.append(dt.date(y, m, day))
    return hits[0] if len(hits) == 1 else None


#: rule_id by the kind of expression; calendar dates are dates.absolute / dates.relative.
_RULE_IDS = {"numeric": "dates.numeric.v1", "day_word": "dates.day_word.v1",
             "lunar": "dates.holiday.v1", "anaphora": "dates.anaphora.v1",
             "week": "dates.week.v1", "time": "dates.time.v1"}


def _rule_id(f: Found, relative: bool) -> str:
    """dates.<kind>[.range].v1: which rule produced the record (provenance)."""
    c = f.comp
    if c.kind == "weekday":
        rule = "dates.weekday.relative.v1" if c.prefix else "dates.weekday.v1"
    elif c.holiday and c.kind == "calendar":
        rule = "dates.holiday.v1"
    elif c.year_anaphora is not None:
        rule = "dates.anaphora.v1"
    else:
        rule = _RULE_IDS.get(c.kind, "dates.relative.v1" if relative else "dates.absolute.v1")
    return _range_rule(rule) if f.end_comp is not None else rule


def _granularity(c: Comp) -> str:
    if c.day is not None or c.day_off is not None or c.anaphora is not None or c.weekday \
            or c.holiday:
        return "day"
    if c.week_off is not None:
        return "week"
    if c.month is not None or c.month_off is not None or c.season:
        return "month"
    if c.quarter:
        return "quarter"
    if c.half:
        return "half"
    return "year"


def _inherit(b: Comp, a_value: dt.date) -> tuple[Comp, str | None]:
    """Fill the range end's missing year/month from the resolved start (3월 2일~4일).

    Returns the end and which level was inherited ("year", "month" or None)."""
    if b.year is not None or b.year_off is not None or b.month_off is not None:
        return b, None
    b = b.but(year=a_value.year)
    if b.month is None and b.day is not None:
        return b.but(month=a_value.month), "month"
    return b, "year"


def _roll(b: Comp, level: str) -> Comp:
    """A range end before its start moves one unit on: 12월 28일~1월 3일, 28일~3일."""
    if level == "year":
        return b.but(year=b.year + 1)
    y, m = _shift_month(b.year, b.month, 1)
    return b.but(year=y, month=m)


def extract(ctx: Context) -> list[DateMention]:
    """Every date/time mention of ``ctx.text``, resolved against ``ctx.reference_date``.

    >>> # "지난달 28일" with reference 2023-01-03 → value 2022-12-28
    """
    r = rules()
    text = ctx.text
    if not text:
        return []
    scanner = _Scanner(text, _TagsAt(ctx.morphs), r)
    out: list[DateMention] = []
    antecedent = Antecedent()
    tense: _Tense | None = None  # built on first need
    sentence_starts: list[int] | None = None  # built on first need
    line_starts: list[int] | None = None  # built on first need
    # the sentence a date is in is (sentence, line): lines of a bulleted list are apart
    year_sentence: tuple[int, tuple[int, int]] | None = None  # (a year written out, its sentence)
    clause_year: tuple[int, tuple[int, int]] | None = None  # (year of 내년에는 / 지난해에도 …, its sentence)
    month_sentence: tuple[tuple[int, int], tuple[int, int]] | None = None  # ((year, month) of a date with both, sentence)
    month_end = 0  # where the date of month_sentence ends
    day_sentence: tuple[dt.date, tuple[int, int]] | None = None  # (last day of a date with its month, sentence)
    prefixed: dict[int, set[dt.date]] = {}  # 오는 22일 / 지난 3일: day → the dates it resolved to
    # the release's own day ("…했다고 21일 밝혔다"), when before the reference date: 오는/지난 speak from it
    report_day: dt.date | None = None
    bare_days: list[tuple[int, int]] = []  # a bare 22일 in the reference month: (index in out, its end)
    last_time: tuple[str, int, str] | None = None  # (period, end, time) of the last time with its period
    last_day_time: tuple[int, DateMention] | None = None  # (end, mention) of the last time with its day
    pos = 0
    for start in trigger_starts(r, text):
        if start < pos:
            continue  # inside the last date found
        try:
            found = scanner.parse(start)
            if found is None or found.end <= found.start:
                pos = start + 1
                continue
            pos = found.end
            if ctx.masked(found.start, found.end):
                continue
            c = found.comp
            if c.kind == "time" and c.time is not None and c.period is None and last_time is not None \
                    and r.time_coordination.fullmatch(text, last_time[1], found.start):
                # 오후 8시와 9시 30분: the period written before goes on to the time coordinated with it
                h, mi = int(c.time[:2]), int(c.time[3:])
                shifted = _clock(h, mi, last_time[0], r) if h <= 12 else c.time
                if shifted > last_time[2]:
                    c = found.comp = replace(c, time=shifted, period=last_time[0])
            if c.day is not None and c.month is None and c.year is None and c.prefix is None \
                    and c.kind == "calendar" and (
                        # 조업일수는 지난해(15일)보다: a figure of that year in brackets
                        (text[found.start - 1:found.start] == "("
                         and text[max(0, found.start - 12):found.start - 1].rstrip().endswith(r.figure_years))
                        # 조업일수는 15일로, 3일 많았다: a count of days (durations)
                        or DAY_COUNT_RX.search(text, max(0, found.start - 8), found.start)
                        or MORE_OR_LESS_RX.match(text, found.end)):
                continue  # no day of the month
            ante = antecedent
            if c.anaphora is not None and antecedent.day is None and report_day is not None:
                # published on the 27th, "…했다고 26일 밝혔다. 이날 협약을 맺었다": the day the news
                # reports on (the report's day) is 이날, not the day it was published
                ante = replace(antecedent, day=report_day)
            elif c.anaphora is not None and antecedent.day is not None \
                    and ctx.reference_date is not None and antecedent.day > ctx.reference_date \
                    and (tense := tense or _Tense(ctx, r)).past_clause(found.end):
                # "…오는 30일 지급하며 … 이날 계약을 체결했다": a past event is not on a future day
                ante = replace(antecedent, day=antecedent.past_day)
            report = _is_report_date(text, found.end, r)
            if ante.month_days and c.month is None and c.day is not None:
                if report:
                    ante = replace(ante, month_days=())  # "…했다고 22일 밝혔다": the release's own day
                elif ctx.reference_date is not None:
                    # a bare day falls on a day written before it only in the same tense: a future
                    # schedule (12월 2일부터 5일까지 … 개막식은 2일 열린다), or a past one
                    past = (tense := tense or _Tense(ctx, r)).past_clause(found.end)
                    ref = ctx.reference_date
                    ante = replace(ante, month_days=tuple(
                        span for span in ante.month_days if (span[0] <= ref) == past))
            sentence = -1
            unit = (-1, -1)  # (sentence, line): a line break ends what a date lends (bulleted lines)
            lend_checked = None  # a (year, month) lent across a line break if the weekday agrees
            bare = c.year is None and c.year_off is None and c.month_off is None and c.prefix is None \
                and c.year_anaphora is None and c.kind not in _NO_CALENDAR
            if bare and not report and ctx.reference_date is not None and not c.holiday \
                    and (c.month is not None or c.half or c.quarter) and _adverbial(ctx, found.end) \
                    and not (tense := tense or _Tense(ctx, r)).past_clause(found.end):
                ante = replace(ante, future_clause=True)  # 7월 중 열린다: see _resolve
            if c.year is not None or c.year_off is not None or c.month is not None \
                    or (year_sentence is not None and (c.half or c.quarter)) \
                    or (bare and c.day is not None and day_sentence is not None):
                if sentence_starts is None:
                    sentence_starts = [sent.start for sent in ctx.sentences]
                sentence = bisect.bisect_right(sentence_starts, found.start) - 1
                if line_starts is None:
                    line_starts = [m.end() for m in _NEWLINE.finditer(text)]
                unit = (sentence, bisect.bisect_right(line_starts, found.start))
                if c.year is None and year_sentence is not None and year_sentence[1] == unit:
                    ante = replace(ante, sentence_year=year_sentence[0])
                if bare and not report:  # never a report date (…했다고 26일 밝혔다): the release's own day
                    if c.month is not None and month_sentence is not None and month_sentence[1] == unit:
                        ante = replace(ante, sentence_month=month_sentence[0])
                    elif c.month is not None and clause_year is not None and clause_year[1] == unit:
                        ante = replace(ante, clause_year=clause_year[0])
                    elif c.month is not None and c.weekday is not None and month_sentence is not None \
                            and month_sentence[1][0] == sentence:
                        # a line of a bulleted schedule below the written year (○ 일시: 2027. 7. 24.(토)
                        # ~ 7. 31.(토) / - 개막식: 7. 24.(토)): the year, only if the weekday agrees
                        lend_checked = month_sentence[0]
                    elif c.month is not None and month_sentence is not None and month_sentence[1][0] == sentence - 1 \
                            and ctx.reference_date is not None and "\n" not in text[month_end:found.start]:
                        # 2027년 3월 착공한다. 12월 완공한다.: the year of the sentence just before
                        # carries forward (same paragraph), when both speak in the same tense (a
                        # future date and a non-past clause, or past and past). A month before the
                        # written one is carried only in the future (2027년 11월 착공한다. 3월
                        # 완공한다.: 2027 or 2028, and the reference year's March is past; the
                        # resolver leaves it unresolved); in the past the reference year stays
                        ref = ctx.reference_date
                        past = (tense := tense or _Tense(ctx, r)).past_clause(found.end)
                        future = month_sentence[0] > (ref.year, ref.month)
                        if future != past and (c.month >= month_sentence[0][1] or future):
                            ante = replace(ante, sentence_month=month_sentence[0])
                    elif c.month is None and day_sentence is not None and day_sentence[1] == unit:
                        ante = replace(ante, sentence_day=day_sentence[0])
            anchor = ctx.reference_date
            if report_day is not None and c.prefix is not None and c.year is None and c.kind == "calendar" \
                    and not report:
                anchor = report_day  # published 26일, "…21일 밝혔다. 오는 25일부터": the 25th after the 21st
            mention = _mention(found, text, anchor, ante, r.data)
            if report and bare and c.day is not None and c.month is None and mention.resolved \
                    and ctx.reference_date is not None and mention.value > ctx.reference_date:
                # "…했다고 30일 밝혔다" published on the 3rd: a report is past, the 30th of last month
                past = next(w for w, way in r.data["prefix"].items() if way == "past")  # 지난 (dates.toml [prefix])
                mention = _mention(replace(found, comp=replace(c, prefix=past)), text, anchor, ante, r.data)
            if report and report_day is None and mention.resolved and mention.granularity == "day" \
                    and ctx.reference_date is not None \
                    and ctx.reference_date - dt.timedelta(days=REPORT_DAY_MAX_LAG) <= mention.value < ctx.reference_date:
                report_day = mention.value
            if lend_checked is not None:
                lent = _mention(found, text, ctx.reference_date, replace(ante, sentence_month=lend_checked), r.data)
                if lent.resolved and not lent.weekday_mismatch:
                    mention = lent
            if c.kind == "time" and not mention.resolved and last_day_time is not None \
                    and (c.period is not None or (c.time is not None and int(c.time[:2]) > 12)) \
                    and r.time_coordination.fullmatch(text, last_day_time[0], found.start):
                # 27일 오전 10시와 오후 2시: a time coordinated with a time on a day is on that day
                # (when its hour is settled: 오전 11시와 1시 leaves 1시 ambiguous, and dayless)
                day = last_day_time[1]
                mention = mention.model_copy(update={
                    "value": day.value, "resolved": True, "granularity": "day", "relative": day.relative,
                    "rule_id": "dates.time.shared_day.v1"})
        except (ValueError, KeyError, IndexError, OverflowError):  # one bad candidate, not the document
            pos = max(pos, start + 1)
            continue
        out.append(mention)
        if c.time is not None:
            last_time = (c.period, found.end, c.time) if c.period is not None else None
            last_day_time = (found.end, mention) if (
                mention.resolved and mention.granularity == "day" and mention.value_end is None) else None
        if mention.resolved and c.day is not None and c.month is None \
                and c.year is None and c.kind == "calendar" and not report:
            if c.prefix is not None:  # 오는 22일: its day, for a bare 22일 elsewhere (_same_day)
                prefixed.setdefault(c.day, set()).add(mention.value)
            else:
                bare_days.append((len(out) - 1, found.end))
        if mention.resolved and mention.granularity == "day" and mention.value_end is None and not report \
                and found.start != ctx.dateline_start:  # the publication's date is no day of the story
            antecedent = replace(antecedent, day=mention.value)
            if ctx.reference_date is not None and mention.value <= ctx.reference_date:
                antecedent = replace(antecedent, past_day=mention.value)
        if mention.resolved and mention.value is not None:
            antecedent = replace(antecedent, year=mention.value.year)
            if c.year is not None:
                year_sentence = (c.year, unit)
            elif c.year_off is not None and c.year_anaphora is None and (c.half or c.quarter or c.month is not None):
                # 내년 상반기 … 하반기: 2027 for both; a year word alone (내년 예산은 하반기에) is a
                # label of a noun, not the time of the clause: it lends nothing
                year_sentence = (mention.value.year, unit)
            elif c.year_off is not None and c.year_anaphora is None and c.day is None and not c.season \
                    and text.startswith(r.clause_year_particles, found.end):
                # 내년에는 / 지난해에도 / 내년부터: the time of the clause (내년 예산은 lends nothing)
                clause_year = (mention.value.year, unit)
            if c.holiday:
                pass  # 한글날 … 24일: a holiday's own month and day lend nothing to a bare day
            elif c.month is not None and not report and c.kind not in _NO_CALENDAR and (
                    c.year is not None or c.year_off is not None or ante.sentence_month is not None):
                last = mention.value_end or mention.value  # a year written (2027년, 내년) or taken from one
                month_sentence, month_end = ((last.year, last.month), unit), found.end
                if c.day is not None and mention.granularity == "day":
                    day_sentence = (last, unit)
            elif c.month is not None and c.day is not None and mention.granularity == "day" and not report:
                last = mention.value_end or mention.value
                day_sentence = (last, unit)
            if (c.month is not None or c.month_off is not None) and c.day is not None \
                    and mention.granularity == "day":  # 12월 4일, 다음 달 4일부터 7일까지
                last = mention.value_end or mention.value
                if (last.year, last.month) == (mention.value.year, mention.value.month):
                    days = (*antecedent.month_days[-(MONTH_DAYS_KEPT - 1):], (mention.value, last))
                    antecedent = replace(antecedent, month_days=days)
                elif _shift_month(mention.value.year, mention.value.month, 1) == (last.year, last.month):
                    # 2026.12.30~1.2: each month's part (개막식은 30일 → December 30, 2일 → January 2)
                    head = (mention.value, mention.value.replace(day=_last(mention.value.year, mention.value.month)))
                    days = (*antecedent.month_days[-(MONTH_DAYS_KEPT - 2):], head, (last.replace(day=1), last))
                    antecedent = replace(antecedent, month_days=days)
    if bare_days and prefixed and ctx.reference_date is not None:
        out = _same_day(out, bare_days, prefixed, ctx.reference_date, tense or _Tense(ctx, r))
    out = _weekday_appositions(_weeks_of_month(out, text, r), text, r)
    return _lasting(out, ctx.amounts, text, r) if ctx.amounts else out


#: The ISO duration of the amounts family: P3D, P2W.
_ISO_DURATION = re.compile(r"P(\d+)([A-Z])")


def _lasting(out: list[DateMention], amounts: list, text: str, r: Rules) -> list[DateMention]:
    """A start day followed by 부터 and an exact number of days or weeks is one range ([lasting]
    of dates.toml): 26일부터 이틀간 → 2026-11-26..2026-11-27, 3일(목)부터 일주일간 → the 3rd..the 9th.
    The duration stays an amount of its own; the date's span grows over it (``duration_offset``)."""
    d = r.data["lasting"]
    conn = d["connector"]
    if conn not in text:
        return out
    durations = {a.start: a for a in amounts
                 if a.kind == "DURATION" and not a.approximate and a.value_max is None and a.qualifier is None}
    if not durations:
        return out
    unit_days = d["unit_days"]
    not_before = tuple(d["not_before"])
    result = out
    for i, m in enumerate(out):
        if not (m.resolved and m.value is not None and m.granularity == "day" and m.value_end is None
                and m.time is None and text.startswith(conn, m.end)):
            continue
        gap = m.end + len(conn)
        a = durations.get(gap) or (durations.get(gap + 1) if text[gap:gap + 1] == " " else None)
        iso = _ISO_DURATION.fullmatch(a.unit or "") if a is not None else None
        if iso is None or iso[2] not in unit_days or int(iso[1]) < 1 or text.startswith(not_before, a.end) or (
            text[a.end:a.end + 1] == " " and text.startswith(not_before, a.end + 1)
        ):
            continue
        days = int(iso[1]) * unit_days[iso[2]]
        if result is out:
            result = list(out)
        result[i] = updated(m, {
            "end": a.end, "text": text[m.start:a.end], "value_end": m.value + dt.timedelta(days=days - 1),
            "parts": {**m.parts, "duration_offset": a.start - m.start}, "rule_id": _range_rule(m.rule_id),
        })
    return result


def _range_rule(rule_id: str) -> str:
    """dates.calendar.v1 → dates.calendar.range.v1 (a range's rule)."""
    return rule_id if ".range." in rule_id else rule_id.replace(".v1", ".range.v1")


def _same_day(out: list[DateMention], bare_days: list[tuple[int, int]], prefixed: dict[int, set[dt.date]],
              ref: dt.date, tense: "_Tense") -> list[DateMention]:
    """A bare day that the reference month puts against its clause's tense takes the date of the
    same day written with 오는/지난 elsewhere in the release, in that tense: a headline "22일 개막"
    (not past) with "오는 22일부터" in the body (ref 11-26) → both December 22, not November 22 for
    the headline. The start day of a range counts on both sides (오는 22일부터 24일까지; 22일부터
    다음 달 31일까지). With no such day written, the bare day keeps the reference month.

    ``bare_days``: (index in ``out``, end of the date); ``prefixed``: day → the dates it took."""
    result = list(out)
    for i, end in bare_days:
        mention = out[i]
        value = mention.value
        dates = prefixed.get(value.day)
        if not dates or (value.year, value.month) != (ref.year, ref.month) or value == ref:
            continue  # its month came from a date written before it, or nothing to agree with
        past = tense.past_clause(end)
        if (value < ref) == past:
            continue  # 22일 열었다 (ref 11-26): the reference month fits the tense
        fits = [d for d in dates if d != ref and (d < ref) == past]
        # one 오는 22일 (or 지난 22일) only: a day has one date each way; a range (22일부터 다음 달
        # 31일까지) moves its start only while it stays before its end
        if len(fits) != 1:
            continue
        end = mention.value_end
        if end is not None and not any(k.startswith(("end_month", "end_year")) for k in mention.parts):
            # 22일부터 24일까지: the end took the start's month; it moves with it
            y, mo = _shift_month(end.year, end.month, (fits[0].year - value.year) * 12 + fits[0].month - value.month)
            end = dt.date(y, mo, end.day) if end.day <= _last(y, mo) else None
            if end is None:
                continue
        if end is None or fits[0] <= end:
            result[i] = updated(mention, {"value": fits[0], "value_end": end})
    return result


_NEWLINE = re.compile("\n")

#: Tags of a predicate (열린다, 완공한다) and of the particles a time adverbial takes (에, 부터, 중).
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA"})
_ADVERBIAL_TAGS = frozenset({"JKB", "JX", "NNB"})


def _adverbial(ctx: Context, end: int) -> bool:
    """True when the date ending at ``end`` is the time of its clause's event: a particle glued to
    it (7월에, 4월부터, 하반기 중) or a predicate right after it (3월 완공한다); not a period that
    names a noun (10월 수출 실적을 발표한다, 3분기 실적은) nor one in the genitive (7월의).

    Offsets index the original text."""
    text, morphs = ctx.text, ctx.morphs
    if end >= len(text):
        return False
    if text[end] == " ":
        end += 1
        if text.startswith(rules().time_continuations, end):
            return True  # 4월 첫째 주 토요일에: the date goes on
    elif not "가" <= text[end] <= "힣":
        return False
    word_end = text.find(" ", end)
    word_end = len(text) if word_end < 0 else word_end
    i = bisect.bisect_left(morphs, end, key=_morph_start)
    first = True
    while i < len(morphs) and morphs[i].start < word_end:
        tag = morphs[i].tag
        if tag in _PREDICATE_TAGS or (first and tag in _ADVERBIAL_TAGS):
            return True
        first = False
        i += 1
    return False


class _Tense:
    """Past-tense endings and sentence ends of one document, for bisect look-ups."""

    def __init__(self, ctx: Context, r: Rules) -> None:
        morphs = ctx.morphs
        past = [m.start for m in morphs if m.tag == "EP" and m.form in r.past_endings]
        # 인상한 바 있다: a bound noun after a past adnominal ending (no EP) is past as well
        past += [m.start for k, m in enumerate(morphs) if m.tag == "NNB" and m.form in r.past_bound_nouns
                 and k > 0 and morphs[k - 1].tag == "ETM" and morphs[k - 1].form in r.past_adnominals]
        self.past = sorted(past)
        self.starts = [s.start for s in ctx.sentences]
        self.ends = [s.end for s in ctx.sentences]
        self.n = len(ctx.text)

    def past_clause(self, pos: int) -> bool:
        """True when the clause after ``pos`` (to its sentence end) is in the past (했다, 됐다)."""
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.ends[i] if i >= 0 and self.ends[i] > pos else min(self.n, pos + 200)
        j = bisect.bisect_left(self.past, pos)
        return j < len(self.past) and self.past[j] < end


def _nth_week(year: int, month: int, n: int) -> dt.date | None:
    """The Monday of week ``n`` of a month (-1: its last week), weeks holding the month's Thursdays
    (dates.toml [week_of_month]); None when the plain reading could name another week, or there is
    no such week. 2026-11, 4 → 2026-11-23 (1 Nov 2026 is a Sunday: week 1 is 2–8 Nov)."""
    first = dt.date(year, month, 1)
    last = dt.date(year, month, _last(year, month))
    if n > 0:
        if first.weekday() > 3:  # Friday–Sunday: week 1 holds the 1st, or the first Thursday?
            return None
        monday = first - dt.timedelta(days=first.weekday()) + dt.timedelta(weeks=n - 1)
        return monday if monday + dt.timedelta(days=3) <= last else None
    if last.weekday() < 3:  # Monday–Wednesday: the last week holds the last day, or the last Thursday?
        return None
    return last - dt.timedelta(days=last.weekday())


def _weeks_of_month(out: list[DateMention], text: str, r: Rules) -> list[DateMention]:
    """A month then a week of it (11월 넷째 주 → 23–29 Nov 2026, granularity week), and a weekday
    after that (4월 첫째 주 토요일 → that day) — dates.toml [week_of_month]. The span grows over the
    week (and the weekday, whose own mention is then dropped); an ambiguous week keeps the month's
    range, the week's number in ``parts``."""
    result: list[DateMention] = []
    skip_until = -1
    for mention in out:
        if mention.start < skip_until:
            continue  # the weekday taken into the week's day
        m = r.week_of_month.match(text, mention.end) if mention.granularity == "month" else None
        if m is None:
            result.append(mention)
            continue
        n = r.data["week_of_month"]["ordinals"][" ".join(m.group("ord").split())]
        update: dict[str, Any] = {"parts": {**mention.parts, "week_of_month": n}, "rule_id": "dates.week_of_month.v1"}
        end = m.end("week")
        monday = None
        if mention.resolved and mention.value is not None and mention.value_end is not None \
                and mention.value.day == 1 and mention.value_end.month == mention.value.month:
            monday = _nth_week(mention.value.year, mention.value.month, n)
        if monday is not None:
            update.update({"value": monday, "value_end": monday + dt.timedelta(days=6), "granularity": "week"})
            if m.group("wd"):
                day = monday + dt.timedelta(days=r.data["weekdays"][m.group("wd")])
                if day.month == mention.value.month:  # (첫째 주 월요일 in the month before: the week only)
                    update.update({"value": day, "value_end": None, "granularity": "day"})
                    update["parts"]["weekday"] = m.group("wd")
                    end = m.end()
        update.update({"end": end, "text": text[mention.start:end]})
        result.append(mention.model_copy(update=update))
        skip_until = end
    return result


def _weekday_appositions(out: list[DateMention], text: str, r: Rules) -> list[DateMention]:
    """A bare weekday next to a day names that day: "목요일인 13일", "16일, 화요일에".

    The weekday record takes the day's value and is checked against it (weekday_mismatch)."""
    result = list(out)
    for i, w in enumerate(out):
        if w.rule_id != "dates.weekday.v1":
            continue
        if i + 1 < len(out) and r.apposition_after.fullmatch(text, w.end, out[i + 1].start):
            j = i + 1
        elif i > 0 and r.apposition_before.fullmatch(text, out[i - 1].end, w.start):
            j = i - 1
        else:
            continue
        day = out[j]
        if day.granularity != "day" or day.value_end is not None or day.rule_id == w.rule_id:
            continue
        parts = {**w.parts, "apposition_offset": day.start - w.start}
        if day.value is None:
            result[i] = w.model_copy(update={"parts": parts})
            continue
        wd = r.data["weekdays"][w.parts["weekday"]]
        mismatch = day.value.weekday() != wd
        result[i] = w.model_copy(update={
            "value": day.value, "resolved": True, "relative": True, "parts": parts,
            "weekday_mismatch": mismatch, "rule_id": "dates.weekday.apposition.v1",
        })
        if "weekday" not in day.parts:  # the day is checked too
            result[j] = result[j].model_copy(update={
                "parts": {**day.parts, "weekday": w.parts["weekday"]}, "weekday_mismatch": mismatch})
    return result


#: A report day ("…했다고 21일 밝혔다") this many days or fewer before the reference date is the day
#: the release speaks from: 오는/지난 days and months resolve from it.
REPORT_DAY_MAX_LAG = 31


def _is_report_date(text: str, end: int, r: Rules) -> bool:
    """"…했다고 22일(현지시간) 밝혔다": a date right before a reporting verb."""
    if z := r.tz_note.match(text, end):
        end = z.end()
    return text[end:end + 8].lstrip().startswith(r.report_verbs)
