"""Quotes: the words a release puts in someone's mouth, and who said them.

A quote is text in double quotation marks (“…” or "…") followed by a quotative ending (라고, 라며,
고, 며 …) — the mark of reported speech. Its speaker is the subject right before the first quote
of the sentence: a person found by the entity family (박정훈 시장은 “…”), or an organisation
followed by 관계자/측 (오름데이터 관계자는 “…”) or the organisation itself (다온테크는 “…”). A sentence with quotes but no subject continues the
previous quote's speaker (이어 “…”고 덧붙였다; 그는 “…”). A quote right before a sentence whose
speech verb points back at it (“…” 박서연 대표는 이같이 말했다) is that sentence's subject's, with or
without a quotative ending. Otherwise the speaker stays empty: no speaker is guessed. Rule data:
``resources/lexicons/quote_words.tsv``.

>>> # 박정훈 시장은 “수소선박은 새로운 성장 동력”이라며 “적극 지원하겠다”고 말했다.
>>> # → two quotes, speaker 박정훈 (E1, 시장), verb 말하다
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from kopress.schemas import Entity, Quote

from ..resources import alternation, load_tsv
from .base import Context, latest_company_subject

#: Double quotation marks only: single ones (‘팁스’) mark names and emphasis, not speech.
_QUOTED = re.compile(r"“([^“”\n]{2,600})”|\"([^\"\n]{2,600})\"")
#: Between the subject word and the first quote: at most this many spaces.
_MAX_GAP = 3
_SUBJECT_PARTICLES = ("은", "는", "이", "가", "도")  # 도: 최민혁 사장도 “…”고 말했다 (he too said)
#: A subject word is at most this long (경상남도지사는, 한빛로보틱스는).
_MAX_WORD = 40
#: At most this many settings between the subject and the quote (박 시장은 이날 기자회견에서 “…”).
_MAX_SETTINGS = 2


class _Words(NamedTuple):
    endings: re.Pattern
    verbs: re.Pattern
    lemmas: dict[str, str]
    spokesperson: frozenset[str]
    pronouns: frozenset[str]
    company: frozenset[str]  # 회사, 당사: the company named as a subject before (회사 측은 “…”)
    settings: frozenset[str]
    anaphor: re.Pattern  # 이같이 말했, 이렇게 밝혔: a speech verb that points back at the quote before


@lru_cache(maxsize=1)
def _words() -> _Words:
    rows = load_tsv("lexicons/quote_words.tsv", 2)
    endings = [r[0] for r in rows if r[1] == "ending"]
    verbs = {r[0]: r[2] for r in rows if r[1] == "verb"}
    return _Words(
        # the ending, then a space, a comma, a full stop or the end of the line
        endings=re.compile(rf"(?:{alternation(endings)})(?=[ \t\u00a0,.]|$)", re.MULTILINE),
        # a speech verb at the start of a word
        verbs=re.compile(rf"(?<![가-힣])(?:{alternation(verbs)})"),
        lemmas=verbs,
        spokesperson=frozenset(r[0] for r in rows if r[1] == "spokesperson"),
        pronouns=frozenset(r[0] for r in rows if r[1] == "pronoun"),
        company=frozenset(r[0] for r in rows if r[1] == "company"),
        settings=frozenset(r[0] for r in rows if r[1] == "setting"),
        anaphor=re.compile(rf"(?<![가-힣])(?:{alternation(r[0] for r in rows if r[1] == 'anaphor')})"
                           rf"[ \t\u00a0]+(?:{alternation(verbs)})"),
    )


class _Speaker(NamedTuple):
    name: str
    entity_id: str | None
    role: str | None


def _sentence_start(text: str, sentence_starts: list[int], pos: int) -> int:
    """The start of the sentence holding ``pos`` (0 when Kiwi gave none before it), or later, after a
    sentence's end mark Kiwi read past (말했다. “…”고 덧붙였다: quotes may hide a sentence end from it)."""
    i = bisect.bisect_right(sentence_starts, pos) - 1
    start = sentence_starts[i] if i >= 0 else 0
    for m in _END_MARK.finditer(text, start, pos):
        start = m.end()
    return start


#: A sentence's end inside Kiwi's sentence: . ! ? before a space, or a line break.
_END_MARK = re.compile(r"[.!?](?=\s)\s*|\n\s*")


def _subject_word(text: str, sent_start: int, quote_open: int,
                  dates: tuple[list[int], list[int]] = ([], [])) -> tuple[int, int] | None:
    """(start, end) of the subject word before the opening quote: the word right before it when it
    ends with 은/는/이/가, or the word before at most ``_MAX_SETTINGS`` settings (정 대표는 취임사에서 “…”;
    a date mention is one: 이 대표는 26일 기자간담회에서 “…”). ``dates``: the date mentions' (ends,
    starts), by end."""
    hi = quote_open
    ends, starts = dates
    for _ in range(_MAX_SETTINGS + 1):
        end = _last_word_end(text, sent_start, hi)
        if hi - end > _MAX_GAP:
            return None
        k = bisect.bisect_left(ends, end)
        if k < len(ends) and ends[k] == end and starts[k] > sent_start:
            hi = starts[k]  # a date: a setting, however many words it has (지난 26일)
            continue
        start = end
        floor = max(sent_start, end - _MAX_WORD)  # bounded: a text with no spaces costs no more
        while start > floor and not text[start - 1].isspace():
            start -= 1
        word = text[start:end]
        if end - start >= 2 and word.endswith(_SUBJECT_PARTICLES):
            return start, end
        if not (word.endswith("에서") or word in _words().settings) or start <= sent_start:
            return None
        hi = start  # a setting: the subject may stand before it
    return None


def _last_word_end(text: str, lo: int, hi: int) -> int:
    """The end of the last non-space character before ``hi`` (not before ``lo``)."""
    i = hi
    while i > lo and text[i - 1] in " \t\u00a0":
        i -= 1
    return i


def _in_phrase(text: str, ent: Entity, s: int, e: int) -> bool:
    """True when ``ent`` belongs to the subject phrase that ends with the word [s, e): it starts in
    that word (박정훈은), or ends before it with at most two more words between (장우진 한빛로보틱스 대표는)."""
    if s <= ent.start < e:
        return True
    if ent.end > s:
        return False
    between = text[ent.end:s]
    words = between.split()
    # (a closing bracket may end the person's mention: 앤드루 밀러(Andrew Miller) 메드브릿지 최고경영자는)
    return len(words) <= 2 and between.lstrip(")")[:1] in ("", " ") and all(_NAME_WORD.fullmatch(w) for w in words)


_NAME_WORD = re.compile(r"[\w·()&]+")
#: Between two persons of one subject: 과/와 after the first (and its title), 박정훈 시장과 김민수.
_JOINT = re.compile(r"(?:\s+\w+)?(?:과|와|및)\s+|\s+및\s+")


def _speaker(ctx: Context, entities: list[Entity], starts: list[int], sent_start: int,
             quote_open: int, previous: _Speaker | None,
             dates: tuple[list[int], list[int]] = ([], [])) -> _Speaker | None:
    """Who speaks the quotes of a sentence whose first quote opens at ``quote_open``."""
    text = ctx.text
    subject = _subject_word(text, sent_start, quote_open, dates)
    if subject is None:
        # no subject: 이어 “…”고 덧붙였다 continues the previous speaker
        before = text[sent_start:quote_open].strip()
        return previous if not before or before in _CONTINUE else None
    return _speaker_of(ctx, entities, starts, sent_start, subject, previous)


def _speaker_of(ctx: Context, entities: list[Entity], starts: list[int], sent_start: int,
                subject: tuple[int, int], previous: _Speaker | None) -> _Speaker | None:
    """The speaker a subject word [s, e) names: the person (or an organisation's spokesperson, or the
    organisation) of the phrase that ends with it; the previous speaker for a pronoun (그는)."""
    text = ctx.text
    words = _words()
    s, e = subject
    if text[s:e] in words.pronouns:
        return previous
    # the entities of the subject phrase, last first: a person, or an organisation + 관계자
    i = bisect.bisect_right(starts, e - 1) - 1
    if text[e - 1] == "도" and i >= 0 and entities[i].end == e:
        return None  # 경상남도 “…”: the 도 ends a name, it is no particle
    while i >= 0 and entities[i].start >= sent_start and _in_phrase(text, entities[i], s, e):
        ent = entities[i]
        if ent.label == "PERSON" and len(ent.name) >= 2:
            if i > 0 and entities[i - 1].label == "PERSON" and entities[i - 1].start >= sent_start and (
                _JOINT.fullmatch(text, entities[i - 1].end, ent.start)
            ):
                return None  # 박정훈 시장과 김민수 대표는 “…”: a joint statement, not one speaker's
            return _Speaker(ent.name, ent.entity_id or None, ent.title)
        if ent.label == "ORG":
            role = text[max(ent.end, s):e - 1].strip()
            if role in words.spokesperson:  # 오름데이터 관계자는 “…”
                return _Speaker(ent.name, ent.entity_id or None, role)
            if not role and s <= ent.start:  # 다온테크는 “…”: the organisation itself is the subject
                return _Speaker(ent.name, ent.entity_id or None, None)
        s = min(s, ent.start)  # the phrase now starts at this organisation (장우진 [한빛로보틱스] 대표는)
        i -= 1
    return _company_speaker(ctx, entities, sent_start, subject)


def _company_speaker(ctx: Context, entities: list[Entity], sent_start: int,
                     subject: tuple[int, int]) -> _Speaker | None:
    """회사는 “…”, 회사 측은 “…”, 회사 관계자는 “…”: the last company that stood as a subject before the
    sentence speaks (quote_words.tsv, role company); None when there is none."""
    text = ctx.text
    words = _words()
    s, e = subject
    word, role = text[s:e - 1], None
    if word in words.spokesperson:
        end = _last_word_end(text, sent_start, s)
        if end == s or end <= sent_start:
            return None
        start = max(text.rfind(" ", sent_start, end) + 1, sent_start)
        word, role = text[start:end], word
    if word not in words.company:
        return None
    company = latest_company_subject(text, entities, sent_start)
    return _Speaker(company.name, company.entity_id or None, role) if company is not None else None


#: After a quote, before the sentence that may name its speaker: end marks, commas and spaces
#: (“…”. 박 대표는, “…”\n\n박 대표는).
_AFTER_QUOTE = re.compile(r"[.!?,]?[ \t\u00a0\n]*")
#: The end of a sentence that names the speaker of the quote before it (a decimal point is none).
_NAMING_END = re.compile(r"[.!?](?!\d)|\n|[“\"]")
#: The most characters from the start of such a sentence to its speech verb.
_NAMING_REACH = 160
#: A word of a text: a run of non-space characters.
_SPACED_WORD = re.compile(r"\S+")
#: Particles that make the first word of a naming sentence its subject (박 대표는 이같이 말했다).
_NAMING_PARTICLES = ("은", "는", "이", "가")
#: Between two quotes that one later sentence names the speaker of: spaces, end marks and commas
#: (“…” “…”, “….”\n“…”), or a quotative ending and spaces (“…”이라며 “…”).
_QUOTE_RUN_GAP = re.compile(r"[ \t\u00a0\n.,!?]*")


def _naming_sentence(text: str, close: int) -> tuple[int, re.Match] | None:
    """(start, the 이같이 + verb match) of a sentence that starts right after a quote closing at
    ``close`` and whose speech verb points back at it (“…” 박서연 대표는 이같이 말했다), or None."""
    start = _AFTER_QUOTE.match(text, close).end()
    if start >= len(text) or text[start] in "“\"":
        return None
    stop = _NAMING_END.search(text, start, start + _NAMING_REACH)
    a = _words().anaphor.search(text, start, stop.start() if stop is not None else start + _NAMING_REACH)
    return (start, a) if a is not None else None


def _naming_subject(text: str, start: int, anaphor: int) -> tuple[int, int] | None:
    """(start, end) of the first word with a subject particle in [start, anaphor) (박서연 대표는 in
    박서연 대표는 기자간담회에서 이같이 말했다), or None."""
    for w in _SPACED_WORD.finditer(text, start, anaphor):
        word = w.group()
        if len(word) >= 2 and word.endswith(_NAMING_PARTICLES):
            return w.span()
    return None


def _chained(text: str, close: int, next_open: int) -> bool:
    """True when the quote closing at ``close`` runs on to the one opening at ``next_open`` with
    nothing but spaces and marks between them, or a quotative ending (“…”이라며 “…”)."""
    if _QUOTE_RUN_GAP.fullmatch(text, close, next_open):
        return True
    m = _words().endings.match(text, close)
    return m is not None and _QUOTE_RUN_GAP.fullmatch(text, m.end(), next_open) is not None


#: Words before a subjectless quote that continue the previous speaker.
_CONTINUE = frozenset({"이어", "또", "또한", "그러면서", "아울러"})
#: What ends the sentence of a quote (after its last quote) or breaks a chain of quotes.
_SENTENCE_END = re.compile(r"[.!?\n]")
#: At most this many characters between one quote's close and the next quote of the same sentence.
_CHAIN_GAP = 40


def extract(ctx: Context) -> list[Quote]:
    """The quotes of one document, each with its speaker (when the release names one) and verb."""
    text = ctx.text
    if "“" not in text and '"' not in text:
        return []
    words = _words()
    entities = sorted((e for e in ctx.entities if e.label in ("PERSON", "ORG")), key=lambda e: e.start)
    starts = [e.start for e in entities]
    quoted: list[tuple[int, int, int, int, bool]] = []  # (open, inner start, inner end, close, ending)
    for m in _QUOTED.finditer(text):
        close = m.end()
        group = 1 if m.group(1) is not None else 2
        inner_start, inner_end = m.start(group), m.end(group)
        inner = text[inner_start:inner_end]
        s = inner_start + len(inner) - len(inner.lstrip())
        e = inner_end - (len(inner) - len(inner.rstrip()))
        if e - s < 2 or ctx.masked(m.start(), close):
            continue
        quoted.append((m.start(), s, e, close, words.endings.match(text, close) is not None))
    # a quote right before a sentence that names its speaker (“…” 박 대표는 이같이 말했다), and the
    # quotes that run on to it (“…”이라며 “…”.): that sentence, by the quote's opening
    naming: dict[int, tuple[int, re.Match]] = {}
    if words.anaphor.search(text) is not None:
        for i in range(len(quoted) - 1, -1, -1):
            close = quoted[i][3]
            if (sentence := _naming_sentence(text, close)) is not None:
                naming[quoted[i][0]] = sentence
            elif i + 1 < len(quoted) and quoted[i + 1][0] in naming and _chained(text, close, quoted[i + 1][0]):
                naming[quoted[i][0]] = naming[quoted[i + 1][0]]
    # a quote is speech when a quotative ending follows it or a later sentence names its speaker;
    # else it is a title or a name in quotes
    found = [q[:4] for q in quoted if q[4] or q[0] in naming]
    sentence_starts = [s.start for s in ctx.sentences]
    by_end = sorted((d.end, d.start) for d in ctx.dates)
    dates = ([e for e, _ in by_end], [s for _, s in by_end])
    out: list[Quote] = []
    previous: _Speaker | None = None
    k = 0
    while k < len(found):
        # the quotes of one sentence: “…”이라며 “…”고 말했다 (no sentence end between them)
        j = k + 1
        while j < len(found) and found[j][0] - found[j - 1][3] <= _CHAIN_GAP and (
            _SENTENCE_END.search(text, found[j - 1][3], found[j][0]) is None
        ) and _subject_word(text, found[j - 1][3], found[j][0]) is None:  # 정부는 “…”고 했지만, 박 시장은 “…”
            j += 1
        chain = found[k:j]
        sent_start = _sentence_start(text, sentence_starts, chain[0][0])
        own_subject = _subject_word(text, sent_start, chain[0][0], dates)
        speaker = _speaker(ctx, entities, starts, sent_start, chain[0][0], previous, dates)
        last_close = chain[-1][3]
        stop = _SENTENCE_END.search(text, last_close)
        until = stop.start() if stop is not None else len(text)
        if j < len(found):
            until = min(until, found[j][0])  # the verb of this chain comes before the next quote
        v = words.verbs.search(text, last_close, until)
        verb = words.lemmas[v.group()] if v is not None else None
        named = next((naming[q[0]] for q in reversed(chain) if q[0] in naming), None)
        if named is not None and (own_subject is None or text[own_subject[0]:own_subject[1]] in words.pronouns):
            # “…” 박서연 대표는 기자간담회에서 이같이 말했다: the subject of the sentence after the quote
            # speaks it, not the previous speaker; no subject there, no speaker
            start, anaphor = named
            subject = _naming_subject(text, start, anaphor.start())
            speaker = _speaker_of(ctx, entities, starts, start, subject, previous) if subject is not None else None
            verb_word = words.verbs.search(text, anaphor.start(), anaphor.end())
            verb = words.lemmas[verb_word.group()] if verb_word is not None else verb
        elif v is not None and own_subject is None and (
            _subject_word(text, last_close, v.start()) is not None
        ):  # “…”고 김민수 대표는 말했다: the subject after the quote, right before its verb, speaks
            speaker = _speaker(ctx, entities, starts, last_close, v.start(), previous)
        elif own_subject is None and j < len(found) and _SENTENCE_END.search(text, last_close, found[j][0]) is None and (
            _subject_word(text, last_close, found[j][0]) is not None
        ):  # “…”라며 박 시장은 “…”고 덧붙였다: the subject between the quotes speaks both (in one
            # sentence: 이어 “…”고 덧붙였다. 관계자는 “…”: the next sentence's subject is not this one's)
            speaker = _speaker(ctx, entities, starts, last_close, found[j][0], previous)
        for _open, s, e, _close in chain:
            out.append(Quote(start=s, end=e, text=text[s:e], speaker=speaker.name if speaker else None,
                             speaker_id=speaker.entity_id if speaker else None,
                             speaker_role=speaker.role if speaker else None, verb=verb,
                             rule_id="quote.speaker.v1" if speaker else "quote.unattributed.v1"))
        previous = speaker
        k = j
    return out
