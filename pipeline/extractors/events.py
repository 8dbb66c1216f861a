"""Events: exhibitions, fairs and conferences with ordinals, years or quotes.

``제5회 부산국제수산박람회``, ``IFA 2024``, ``바이오 코리아 2025``, ``2025 스마트공장 엑스포`` and
quoted names that end with an event word (‘오픈 이노베이션 데이’). Rule data:
``resources/lexicons/event_cues.tsv``.

>>> # "제5회 부산국제수산박람회에서" → EVENT 제5회 부산국제수산박람회 (kind 박람회)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kopress.schemas import Entity

from ..resources import load_tsv
from . import places

if TYPE_CHECKING:
    from .entities import DocView, Token

#: A month glued before an event's name (1월유럽선수권대회): no part of the name.
_GLUED_MONTH = re.compile(r"(?:1[0-2]|[1-9])월(?=[가-힣])")
_ORDINAL = re.compile(r"제[ ]?\d{1,3}[ ]?회[ ]?")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
#: Closing quotes a year may stand before ('IFA 2026'을).
_CLOSE = frozenset("”\"’'」』》〉")
#: A year at the end of a quoted name, after a space ('오토매티카 2026').
_YEAR_TAIL = re.compile(r" (?:19|20)\d\d$")
_QUOTED = re.compile(r"[“\"‘'「『《〈]([^“”\"‘’'「」『』《》〈〉\n]{2,40})[”\"’'」』》〉]")
#: At most this many words between an ordinal/year and the event word.
MAX_WORDS = 6


@lru_cache(maxsize=1)
def cues() -> tuple[str, ...]:
    """Event words, longest first (박람회, 엑스포, 포럼 …): the rows with no role or role marked."""
    rows = load_tsv("lexicons/event_cues.tsv", 1)
    return tuple(sorted({r[0] for r in rows if r[1:2] in ((), ("",), ("marked",))}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _words_of_role(role: str) -> frozenset[str]:
    """The words of event_cues.tsv with this role."""
    return frozenset(r[0] for r in load_tsv("lexicons/event_cues.tsv", 1) if r[1:2] == (role,))


def last_words() -> frozenset[str]:
    """Event words only as the last word of a name of several words (대전): role last_word."""
    return _words_of_role("last_word")


def day_words() -> frozenset[str]:
    """Words of a commemorative day after X의 (제62회 무역의 날): event_cues.tsv role of_day."""
    return _words_of_role("of_day")


def marked_cues() -> frozenset[str]:
    """Event words that need a year, an ordinal or quotes (쇼, 데이, 캠프): event_cues.tsv role marked."""
    return _words_of_role("marked")


def venue_words() -> frozenset[str]:
    """Words after a name that make it a venue (JIExpo 전시장, 킨텍스 아레나): event_cues.tsv role venue."""
    return _words_of_role("venue")


@lru_cache(maxsize=1 << 16)
def cue_of(stem: str) -> str | None:
    """The event word that ends ``stem``: 부산국제수산박람회 → '박람회'."""
    cue_set, longest, last_chars = _cue_table()
    if not stem or stem[-1] not in last_chars:
        return None  # no event word ends with this letter (most words): no slice to look up
    for k in range(min(longest, len(stem)), 0, -1):
        if stem[-k:] in cue_set:
            return stem[-k:]
    return None


@lru_cache(maxsize=1)
def _cue_table() -> tuple[frozenset[str], int, frozenset[str]]:
    """(event words, the longest one's length, their last letters): 박람회 → 회 is a last letter."""
    table = cues()
    return frozenset(table), len(table[0]), frozenset(w[-1] for w in table)


def _run_to_cue(doc: "DocView", tok: "Token | None") -> "Token | None":
    """The first word from ``tok`` on (bare words only) that ends with an event word."""
    k = 0
    while tok is not None and k < MAX_WORDS:
        if cue_of(tok.stem) or (k >= 1 and tok.stem in last_words()):  # (2026 대한민국 친환경 대전)
            return tok
        if not tok.bare:
            # 제62회 무역의 날: X의, then a day word (event_cues.tsv of_day), ends the name
            day = doc.tokens[tok.i + 1] if tok.i + 1 < len(doc.tokens) else None
            if day is not None and doc.text[tok.stem_end:tok.end] == "의" and day.stem in day_words() and (
                doc.text[tok.end:day.start] == " "
            ):
                return day
            return None
        tok = doc.next(tok)
        k += 1
    return None


def _named(doc: "DocView", year: "Token") -> "Token | None":
    """The first word of a name before a year (IFA 2024, 바이오 코리아 2025), else None."""
    first = None
    p = doc.prev(year)
    k = 0
    while p is not None and k < 3 and p.tags and all(t in ("NNP", "SL", "NNG") for t in p.tags) and (
        places.kind_of(p.stem) is None or k == 0 and _acronym_before(doc, p)
    ):  # 독일 베를린 IFA 2025: the place where it is held is no part of the name (but MWC 바르셀로나
        # 2027: a city between an acronym and the year is)
        first = p
        p = doc.prev(p)
        k += 1
    if first is None:
        return None
    glued = doc.by_end.get(first.start - 1) if doc.text[first.start - 1:first.start] == "-" else None
    if glued is not None and glued.stem_end == glued.end and glued.stem.isalpha() and (
        glued.stem.isascii() or glued.proper
    ):
        first = glued  # K-뷰티 엑스포 2026: the word before the hyphen opens the name
    words = doc.tokens[first.i:year.i]
    return first if any(t.proper for t in words) else None


def _acronym_before(doc: "DocView", tok: "Token") -> bool:
    """True when a Latin acronym of capitals stands right before ``tok`` (MWC before 바르셀로나)."""
    p = doc.prev(tok)
    return p is not None and 2 <= len(p.stem) <= 6 and p.stem.isascii() and p.stem.isupper() and p.stem.isalpha()


#: stem → whether ``find`` may act at a word with this stem (``_event_word``), per process.
_LIVE: dict[str, bool] = {}


#: The particles after an event's name where a company takes part in it (CES에서, IFA에, CES의 부스).
_AT_EVENT = re.compile(r"(?:에서|에|의)(?![가-힣])|(?:에서|에)(?:는|도)(?![가-힣])")


@lru_cache(maxsize=1)
def _stop_forms() -> frozenset[str]:
    """Forms never entities on their own (stop_words.tsv: AI, IT, DB …)."""
    return frozenset(r[0] for r in load_tsv("lexicons/stop_words.tsv", 1))


#: A space before a capital Latin letter: where an event word may stand before a Latin name (전시회
#: CES; the letter before the space is checked in Python — a look-behind here would defeat the
#: regex engine's skip to the spaces).
_SPACE_BEFORE_LATIN = re.compile(r" (?=[A-Z])")
#: A Latin name of two to eight letters, capitals first (CES, IFA, MWC, BioJapan).
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z]{1,7}(?![A-Za-z0-9])")


def _bare_cue_before(text: str, p: int) -> str | None:
    """The unmarked event word that is the whole Hangul word ending at ``p`` (전시회, 박람회인 → 박람회),
    else None."""
    w = p
    while w > 0 and p - w < 8 and "가" <= text[w - 1] <= "힣":
        w -= 1
    word = text[w:p]
    table = _bare_cues()
    if word in table:
        return word
    return word[:-1] if word.endswith("인") and word[:-1] in table else None


@lru_cache(maxsize=1)
def _bare_cues() -> frozenset[str]:
    """The unmarked event words (event_cues.tsv), written in Hangul."""
    return frozenset(w for w in cues() if w not in marked_cues() and re.fullmatch(r"[가-힣]+", w))


def _event_word(tok: "Token") -> bool:
    """A year (2025) or a name ending with an event word, two characters at least before it
    (부산국제수산박람회): what ``find`` acts on. Reads the stem alone."""
    stem = tok.stem
    if len(stem) == 4 and _YEAR.match(stem):
        return True
    # the last letter first: most words end with none of an event word's (no cue_of cache entry)
    cue = cue_of(stem) if len(stem) >= 3 and stem[-1] in _cue_table()[2] else None
    return cue is not None and len(stem) - len(cue) >= 2


def _before_venue(doc: "DocView", tok: "Token") -> bool:
    """True when a venue word follows the name (JIExpo 전시장에서): the name is the venue's."""
    nxt = doc.next(tok)
    return nxt is not None and nxt.stem in venue_words()


def find(doc: "DocView") -> list[Entity]:
    """EVENT candidates of one document."""
    out: list[Entity] = []
    text = doc.text
    for m in _ORDINAL.finditer(text):
        if m.start() not in doc.by_start:
            continue
        end_tok = _run_to_cue(doc, doc.token_at(m.end()))
        if end_tok is not None:
            out.append(doc.entity(m.start(), end_tok.stem_end, "EVENT", text[m.start():end_tok.stem_end],
                                  "event.ordinal.v1", kind=cue_of(end_tok.stem)))
    # only the words whose stem can be a year or a name before an event word
    for tok, _ in doc.with_role(_LIVE, _event_word):
        if len(tok.stem) == 4 and _YEAR.match(tok.stem):
            end_tok = _run_to_cue(doc, doc.next(tok)) if tok.bare else None
            if end_tok is not None:  # 2025 스마트공장 엑스포
                out.append(doc.entity(tok.start, end_tok.stem_end, "EVENT", text[tok.start:end_tok.stem_end],
                                      "event.year.v1", kind=cue_of(end_tok.stem)))
                continue
            first = _named(doc, tok)
            if first is not None and not _planned(text, tok.stem_end + (text[tok.stem_end:tok.stem_end + 1] in _CLOSE)):  # IFA 2024
                out.append(doc.entity(first.start, tok.stem_end, "EVENT", text[first.start:tok.stem_end],
                                      "event.year.v1", kind="event"))
        else:
            cue = cue_of(tok.stem)
            if cue and cue not in marked_cues() and len(tok.stem) - len(cue) >= 2 and tok.proper and (
                not _before_venue(doc, tok)
            ):  # 힐링캠프, 밸런타인데이, 컬투쇼: a marked cue alone names no event
                # 1월유럽선수권대회 (the space after the month left out): the event starts after it
                lead = _GLUED_MONTH.match(tok.stem)
                start = tok.start + (lead.end() if lead and len(tok.stem) - lead.end() - len(cue) >= 2 else 0)
                out.append(doc.entity(start, tok.stem_end, "EVENT", text[start:tok.stem_end], "event.cue.v1", kind=cue))
    for m in _SPACE_BEFORE_LATIN.finditer(text):
        # 세계 최대 IT 전시회 CES에서, 국제 박람회 IFA에: a Latin name right after the bare event word
        p = m.start()
        cue = _bare_cue_before(text, p) if p and "가" <= text[p - 1] <= "힣" else None
        name = _LATIN_NAME.match(text, m.end()) if cue else None
        if name is None:
            continue
        s, e = name.span()
        # where a company takes part (CES에서, IFA에, CES의): not 전시회 DB를, 포럼 KOREA는
        if s in doc.by_start and _AT_EVENT.match(text, e) and name.group() not in _stop_forms():
            out.append(doc.entity(s, e, "EVENT", name.group(), "event.after_cue.v1", kind=cue))
    for m in _QUOTED.finditer(text):
        inner = m.group(1).strip()
        cue = cue_of(inner)
        s = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if cue is None and " " in inner and inner.rsplit(" ", 1)[1] in last_words():
            cue = inner.rsplit(" ", 1)[1]  # '대한민국 친환경 대전': the last word of several
        if cue and len(inner) > len(cue) + 1:
            out.append(doc.entity(s, s + len(inner), "EVENT", inner, "event.quoted.v1", kind=cue))
        elif (y := _YEAR_TAIL.search(inner)) is not None and y.start() >= 2:
            # '오토매티카 2026', '스마트공장 엑스포 2026': a name and its year in quotes, the name
            # ending with an event word or holding a proper noun ('비전 2030' is a plan: none)
            head = inner[:y.start()]
            cue = cue_of(head)
            if (cue or _held(text, m.start(), m.end())) and not _planned(text, m.end()):
                out.append(doc.entity(s, s + len(inner), "EVENT", inner, "event.quoted.v1", kind=cue or "event"))
    return out


@lru_cache(maxsize=1)
def _year_rules() -> tuple[tuple[str, ...], re.Pattern, re.Pattern]:
    """(words before a held event, particle + verb after one, object particle + plan verb): entity_rules.toml [event_year]."""
    from .entities import _rules  # entities imports this module

    r = _rules()["event_year"]
    after = re.compile(r"(?:%s)\s*(?:\S+\s+){0,3}?(?:%s)" % ("|".join(r["particles"]), "|".join(r["verbs"])))
    plan = re.compile(r"(?:(?:을|를)\s+(?:%s)|\s+(?:%s)(?![가-힣]{2}))" % (
        "|".join(r["plan_verbs"]), "|".join(r.get("plan_nouns", ()))))
    return tuple(r["before"]), after, plan


def _held(text: str, start: int, end: int) -> bool:
    """True when the quoted name at ``text[start:end]`` is held or attended: 열린 '…', '…'에 참가해."""
    before, after, _ = _year_rules()
    return text[max(0, start - 8):start].rstrip().endswith(before) or after.match(text, end) is not None


def _planned(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is the object of a plan verb ('K-뷰티 2030'을 발표했다) or
    names a plan (K-바이오 2030 비전을 발표했다)."""
    return _year_rules()[2].match(text, end) is not None
