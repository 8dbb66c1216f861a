"""Entities: organisations, persons with titles, places and events, linked within a release.

``extract(ctx)`` builds one ``DocView`` (word tokens with their particle-free stems, from Kiwi's
morphemes), runs the four sub-families (``orgs``, ``persons``, ``places``, ``events``), settles
overlaps in one function (``settle``), adds repeated mentions of names already found and links
every mention to an ``entity_id`` (``kopress.linking``). Offsets index the original text.

>>> # "㈜한빛마린은 … 한빛마린과" → ORG ㈜한빛마린 (name 한빛마린, legal_form 주식회사) and ORG 한빛마린, both E1
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Any, NamedTuple

from kopress.schemas import Entity

from .. import linking
from ..resources import alternation, load_toml
from . import base, events, orgs, persons, places
from .base import Context
from .orgs import by_legal_mark

#: Morpheme tags that may belong to a name's stem; the first other tag (a particle, an ending,
#: a verb, punctuation) ends the stem: 한빛테크/NNP + 와/JC → stem 한빛테크.
STEM_TAGS = frozenset(
    "NNG NNP NNB NR NP SL SH SN XPN XSN XR SW W_SERIAL W_HASHTAG W_MENTION W_URL W_EMAIL".split()
)
#: A word: letters/digits (Hangul, Latin, Hanja) with inner joiners (SK-II, Co.Ltd); 한·중,
#: 국토교통부·해양수산부 and 청람대학교-한빛의료재단 are two words each.
_WORD = re.compile(r"[\w&]+(?:(?:[.'’]|(?<=[A-Za-z0-9])-(?=[A-Za-z0-9]))[\w&]+)*")
#: Only spaces between two words (no punctuation, no line break).
_SPACES = re.compile(r"[ \t\u00a0]{1,3}")
_SPACE_CHARS = frozenset(" \t\u00a0")


#: Particles Kiwi sometimes leaves inside an unknown noun (LA 에인절스와/NNG): cut off a word's
#: stem when what is left (3+ characters) is a name the lexicons know and the whole is not.
_GLUED_PARTICLE = re.compile(r"(?:와|과|의|는|를|에서|서|에게)$")
_GLUED_PARTICLE_CHARS = frozenset("와과의는를서게")
#: One-letter particles Kiwi may keep glued to a two-letter name it reads as one proper noun (지코가).
_SHORT_NAME_PARTICLES = frozenset("가는를와과의")


@lru_cache(maxsize=1)
def _pair_words() -> frozenset[str]:
    """Every word of the lexicons' names of several words (LA 에인절스, 안젤라 베이비 → LA, 에인절스 …)."""
    names = [*orgs.lexicon().known, *persons.lexicon().known]
    return frozenset(w for k in names if " " in k for w in k.split(" "))


def _known_form(form: str) -> bool:
    """A form some lexicon knows: an organisation, a person, a place, or a word of a longer name."""
    olex = orgs.lexicon()
    return (form in olex.government or form in olex.known or form in persons.lexicon().known
            or places.kind_of(form) is not None or form in _pair_words())


@lru_cache(maxsize=1)
def _known_word_particles() -> frozenset[str]:
    """Particles after a name (entity_rules.toml [known_word])."""
    return frozenset(load_toml("lexicons/entity_rules.toml")["known_word"]["particles"])


@lru_cache(maxsize=1 << 14)
def _known_name_length(word: str) -> int | None:
    """The length of the known name that ``word`` starts with, followed by one particle only
    (삼성바이오로직스는 → 8), or None."""
    particles = _known_word_particles()
    for k in range(1, min(4, len(word) - 1)):  # particles have 1 to 3 letters
        if word[-k:] in particles and _known_form(word[:-k]):
            return len(word) - k
    return None


class Token(NamedTuple):
    """One word of the text: ``text[start:end]``; its stem ``text[start:stem_end]`` has no particle.

    ``tags`` are the Kiwi tags of the stem's morphemes (한빛테크는 → stem 한빛테크, tags ('NNP',)).
    A NamedTuple: one is built per word of every document, and this is the cheapest to build.
    """

    i: int
    start: int
    end: int
    stem_end: int
    stem: str
    tags: tuple[str, ...]

    @property
    def bare(self) -> bool:
        """True when nothing follows the stem inside the word (no particle: 박정훈, not 박정훈은)."""
        return self.stem_end == self.end

    @property
    def proper(self) -> bool:
        """True when Kiwi saw a proper noun, a foreign word or Hanja in the stem."""
        tags = self.tags
        return "NNP" in tags or "SL" in tags or "SH" in tags

    @property
    def all_proper(self) -> bool:
        return bool(self.tags) and all(t == "NNP" for t in self.tags)


def _lead_pieces(m_start, m_end, m_tag, m_stem, mi: int, end: int) -> bool:
    """True when a word opens with two one-syllable pieces Kiwi tagged MAG/MM, side by side, then a
    stem morpheme (다/MAG 온/MM 에너지/NNG): a name cut into pieces, read whole next to a legal form."""
    a, b, c = mi, mi + 1, mi + 2
    return (m_tag[a] in _LEAD_TAGS and m_tag[b] in _LEAD_TAGS and m_end[a] - m_start[a] == 1
            and m_end[b] - m_start[b] == 1 and m_start[b] == m_end[a] and m_start[c] == m_end[b]
            and m_start[c] < end and m_stem[c])


_LEAD_TAGS = frozenset({"MAG", "MM"})
_MISS = object()
#: A word's stem, read at C speed in ``map``.
_STEM = attrgetter("stem")


class DocView:
    """Tokens of one document, with lookups by offset. Built once per document (linear time)."""

    def __init__(self, ctx: Context) -> None:
        text = ctx.text
        self.text = text
        self.ctx = ctx
        #: (start, end) of department words persons read as part of a person's title (구매담당 in
        #: 안데르스 올센 에퀴노르 구매담당 부사장): no ORG there
        self.departments: set[tuple[int, int]] = set()
        morphs = ctx.morphs
        if morphs:
            m_start, m_end, _forms, m_tag = zip(*morphs)  # Morph(start, end, form, tag), at C speed
        else:
            m_start = m_end = m_tag = ()
        stem_tags = STEM_TAGS
        particles = _known_word_particles()
        m_stem = [t in stem_tags for t in m_tag]
        tokens: list[Token] = []
        add = tokens.append
        new = tuple.__new__
        mi, n_m = 0, len(morphs)
        for i, m in enumerate(_WORD.finditer(text)):
            start, end = m.span()
            while mi < n_m and m_end[mi] <= start and m_start[mi] < start:
                mi += 1
            stem_end, tags, j, last_ms, last_me = start, [], mi, start, end
            # The morphemes that reach into the word (those starting before it run over a space:
            # 마이클 도슨/NNP) make its stem until the first one that is not a stem tag.
            while j < n_m and m_start[j] < end:
                me = m_end[j]
                if me > start:
                    if not m_stem[j] and not (
                        j == mi and (m_tag[j] == "MM" or m_tag[j] == "MAG") and j + 1 < n_m
                        and m_start[j + 1] < end and m_stem[j + 1]
                        and (m_tag[j] == "MM" or by_legal_mark(text, start, end))
                    ) and not (
                        j <= mi + 1 and (m_tag[j] == "MM" or m_tag[j] == "MAG") and j + 2 < n_m
                        and _lead_pieces(m_start, m_end, m_tag, m_stem, mi, end) and by_legal_mark(text, start, end)
                    ):  # 새/MM 정치/NNG 민주/NNG 연합/NNG: a word's first determiner is part of the name;
                        # ㈜바로/MAG 배송/NNG: so is an adverb opening a company name next to its legal form,
                        # and two such pieces (다/MAG 온/MM 에너지/NNG 솔루션/NNG 주식회사)
                        break
                    if me > stem_end:
                        stem_end = me if me < end else end
                    tags.append(m_tag[j])
                    last_ms, last_me = m_start[j], me
                j += 1
            if not n_m:
                stem_end = end
            elif stem_end == start and j == mi and m_tag[j] == "MAG" and j + 1 < n_m and (
                m_start[j] == start and m_start[j + 1] == m_end[j] and m_end[j + 1] <= end
                and m_stem[j + 1] and (j + 2 >= n_m or m_start[j + 2] >= m_end[j + 1])
                and orgs.company_ending(text[m_start[j + 1]:m_end[j + 1]])
            ):  # 한결/MAG 제약/NNG 은, 모두/MAG 전자/NNG 가: an adverb glued to a company ending is a name
                stem_end = m_end[j + 1]
                tags.extend(("MAG", m_tag[j + 1]))
            elif stem_end == end and end - start >= 4 and text[end - 1] in _GLUED_PARTICLE_CHARS and tags[-1:] in (
                ["NNP"], ["NNG"]
            ) and last_ms >= start and last_me <= end:  # not a proper noun over several words (장기하와 얼굴들/NNP)
                p = _GLUED_PARTICLE.search(text, start, end)
                if p is not None and p.start() - start >= 3 and _known_form(text[start:p.start()]) and (
                    not _known_form(text[start:end])
                ):  # 에인절스와/NNP: Kiwi kept the particle after a name we know (not 니카라과, 국무회의)
                    stem_end = p.start()
            elif end - start == 3 and stem_end == end and tags == ["NNP"] and text[end - 1] in _SHORT_NAME_PARTICLES and (
                last_ms == start and last_me == end and text[start:end - 1] in persons.lexicon().known
                and not _known_form(text[start:end])
            ):  # 지코가/NNP: a two-letter name we know with its subject particle glued by Kiwi
                stem_end = end - 1
            elif start < stem_end < end and text[stem_end:end] not in particles:
                if (n := _known_name_length(text[start:end])) is not None:
                    stem_end = start + n  # 삼성바이오로직/NNG 스/VV 는: Kiwi cut a name we know short
                elif end - start == 3 and stem_end - start == 2 and j < n_m and m_tag[j] == "MM" and tags == ["NNP"] \
                        and m_start[j] == stem_end and m_end[j] == end and persons.korean_name_text(text[start:end]):
                    stem_end = end  # 윤서/NNP 연/MM: a Korean name whose last syllable Kiwi read as a determiner
                    tags.append("NNP")
            add(new(Token, (i, start, end, stem_end, text[start:stem_end], tuple(tags))))
        self.tokens = tokens
        self.by_start = {t.start: t for t in tokens}
        self.by_end = {t.end: t for t in tokens}
        self._m_start, self._m_end, self._m_tag = m_start, m_end, m_tag
        #: start → end of morphemes that run over a space (Kiwi's 마이클 도슨/NNP)
        find = text.find
        # a morpheme over a space is at least 3 characters long: shorter ones are not searched
        self.multiword = {ms: me for ms, me in zip(m_start, m_end) if me - ms > 2 and find(" ", ms, me) >= 0}

    def with_role(self, memo: dict[str, Any], role_of: Callable[[Token], Any]) -> Iterator[tuple[Token, Any]]:
        """(word, role) for every word whose stem has a role (anything truthy), in text order.

        ``role_of(word)`` depends on the word's stem alone and is asked once per stem per process:
        ``memo`` keeps the answers (bounded like the other word caches), and the words whose stem
        is known to have none — most words of a text — are skipped by ``compress`` without a
        Python step. 예: persons' title and name roles, places' place and landmark flags.
        """
        get = memo.get
        for tok in compress(self.tokens, map(get, self.stems, repeat(_MISS))):
            role = get(tok.stem, _MISS)
            if role is _MISS:
                role = role_of(tok)
                if len(memo) >= places.WORD_CACHE_MAX:
                    memo.clear()
                memo[tok.stem] = role
                if not role:
                    continue
            yield tok, role

    @cached_property
    def stems(self) -> list[str]:
        """Every word's stem, in text order (``with_role`` reads them once per role: built once)."""
        return list(map(_STEM, self.tokens))

    @cached_property
    def _morph_end_set(self) -> set[int]:
        """The ends of the morphemes, built on first use (``morph_ends`` is asked in few documents)."""
        return set(self._m_end)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of the document's sentences (built on first use)."""
        return [sent.start for sent in self.ctx.sentences]

    @cached_property
    def tags_at(self) -> dict[int, set[str]]:
        """Start offset → the Kiwi tags of the morphemes starting there (built on first use)."""
        tags_at: dict[int, set[str]] = {}
        for mo in self.ctx.morphs:
            tags_at.setdefault(mo.start, set()).add(mo.tag)
        return tags_at

    def tags_starting(self, pos: int) -> set[str]:
        """The Kiwi tags of the morphemes starting at ``pos`` (씨 → {'NNB'}); ``tags_at.get(pos, ())``."""
        m_start, m_tag = self._m_start, self._m_tag
        i = bisect_left(m_start, pos)
        out: set[str] = set()
        while i < len(m_start) and m_start[i] == pos:
            out.add(m_tag[i])
            i += 1
        return out

    def prev(self, tok: Token) -> Token | None:
        """The word just before ``tok`` when only spaces separate them and it has no particle."""
        if tok.i == 0:
            return None
        p = self.tokens[tok.i - 1]
        if p.stem_end != p.end:
            return None
        if tok.start - p.end == 1:  # the usual one-character gap: no regex
            return p if self.text[p.end] in _SPACE_CHARS else None
        if _SPACES.fullmatch(self.text, p.end, tok.start):
            return p
        return None

    def next(self, tok: Token) -> Token | None:
        """The word just after ``tok`` when only spaces separate them and ``tok`` has no particle."""
        i = tok.i + 1
        if i >= len(self.tokens) or tok.stem_end != tok.end:
            return None
        n = self.tokens[i]
        if n.start - tok.end == 1:  # the usual one-character gap: no regex
            return n if self.text[tok.end] in _SPACE_CHARS else None
        if _SPACES.fullmatch(self.text, tok.end, n.start):
            return n
        return None

    def morphs_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, tag) of the morphemes starting in ``[start, end)``, in order (세온전자 →
        (0, 1, 'MM'), (1, 2, 'NNG'), (2, 4, 'NNG'))."""
        m_start = self._m_start
        i = bisect_left(m_start, start)
        out = []
        while i < len(m_start) and m_start[i] < end:
            out.append((m_start[i], self._m_end[i], self._m_tag[i]))
            i += 1
        return out

    def one_morph(self, first: Token, last: Token) -> bool:
        """True when Kiwi read the words from ``first`` to ``last`` as one morpheme (마이클 도슨)."""
        return self.multiword.get(first.start, -1) >= last.stem_end

    def morph_ends(self, pos: int) -> bool:
        """True when a Kiwi morpheme ends at ``pos`` (충남|지역: a boundary inside a word)."""
        return pos in self._morph_end_set

    def token_at(self, pos: int) -> Token | None:
        return self.by_start.get(pos)

    def entity(self, start: int, end: int, label: str, name: str, rule_id: str, **fields) -> Entity:
        """An Entity record over ``text[start:end]`` (the surface is taken from the text)."""
        return base.entity(start, end, self.text[start:end], label, name, rule_id, **fields)


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_toml("lexicons/entity_rules.toml")


@lru_cache(maxsize=1024)
def priority(rule_id: str) -> int:
    """Priority of a rule when two candidates overlap (higher wins): ``org.legal_form.v1`` → 90."""
    table = _rules()["priority"]
    family = rule_id.rsplit(".", 1)[0]
    return table.get(rule_id, table.get(family, 0))


@lru_cache(maxsize=1024)
def _disabled(rule_id: str) -> bool:
    """True when the rule's family is listed under ``disabled`` in entity_rules.toml."""
    return rule_id.rsplit(".", 1)[0] in _rules().get("disabled", [])


#: rule_id → minus its priority, and the disabled rule ids, filled as rules are met (a few hundred).
_RANKS: dict[str, int] = {}
_DISABLED: set[str] = set()


def settle(candidates: list[Entity]) -> list[Entity]:
    """Keep non-overlapping candidates: higher priority first, then longer, then earlier.

    >>> # ORG ㈜벤텍프런티어 (legal form, 90) beats ORG 벤텍프런티어 (suffix, 60) over the same word
    """
    disabled, ranks = _DISABLED, _RANKS
    for c in candidates:
        if c.rule_id not in ranks:
            ranks[c.rule_id] = -priority(c.rule_id)
            if _disabled(c.rule_id):
                disabled.add(c.rule_id)
    order = sorted(
        (c for c in candidates if c.rule_id not in disabled) if disabled else candidates,
        key=lambda c: (ranks[c.rule_id], c.start - c.end, c.start),
    )
    taken = bytearray(max((c.end for c in order), default=0))  # 1 = character already in a kept span
    kept: list[Entity] = []
    titled: list[Entity] = []
    for c in order:
        if any(taken[c.start:c.end]):
            if c.label == "PERSON" and c.title:
                titled.append(c)
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    if titled:
        kept = _titles_kept(kept, titled)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def _titles_kept(kept: list[Entity], titled: list[Entity]) -> list[Entity]:
    """A person kept without a title takes the title and organisation of a dropped reading of the
    same words that had them (존 스미스 as a two-word name of the lexicons over 존 스미스(John Smith)
    노바메드 최고경영자: the name stays the lexicon's, the title is not lost)."""
    by_span = {(c.start, c.end): c for c in titled}
    out = []
    for k in kept:
        t = by_span.get((k.start, k.end)) if k.label == "PERSON" and not k.title else None
        out.append(k if t is None else base.updated(k, {"title": t.title, "org": t.org or k.org}))
    return out


#: Hanja in parentheses right after a name: 베이징(北京), 아베 신조(安倍晋三).
_HANJA = re.compile(r"\(([\u4e00-\u9fff]{1,12})\)")


def hanja_mentions(doc: DocView, found: list[Entity]) -> list[Entity]:
    """The Hanja spelling in parentheses after a name is a mention of the same entity."""
    out = []
    for e in found:
        m = _HANJA.match(doc.text, e.end)
        if m is not None and (m.end(1) - m.start(1) > 1 or e.end - e.start == 1):
            # one Hanja glosses a one-syllable name only: 알바라카 주(州) spells the word 주, not the place
            out.append(doc.entity(m.start(1), m.end(1), e.label, e.name, "link.hanja.v1", kind=e.kind,
                                  alias=m.group(1)))
    return out


#: The parenthesis after a person's name: 지소연(첼시), 손흥민(23·토트넘), 셸비(공화·앨라배마).
_AFFILIATION = re.compile(r"\(([^()\n]{1,40})\)")
_AFFILIATION_SPLIT = re.compile(r"[·ㆍᆞ,/]")
_NOT_NAME_CHARS = re.compile(r"[0-9\u4e00-\u9fff.%]")


def _name_like(item: str, lex) -> bool:
    """Three Hangul syllables that read as a Korean name: a surname + given-name syllables (김지수)."""
    return len(item) == 3 and item[0] in lex.surnames and all(ch in lex.given for ch in item[1:])


def affiliations(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """The team, party or employer in parentheses after a person is an ORG: 지소연(첼시),
    김동현(32·한빛팀매드) → ORG 첼시, 한빛팀매드. Not a number, Hanja, a person's name (정하나(김지수)),
    a known place (셸비(공화·앨라배마) → 앨라배마 stays out), a real-name note (본명 심창민) or 여/남.

    Held-out train: right 16 times in 19.
    """
    from . import persons

    rules = _rules().get("affiliation", {})
    not_first = frozenset(rules.get("not_first_words", ()))
    text = doc.text
    taken = [(e.start, e.end) for e in kept]
    out: list[Entity] = []
    for e in kept:
        if e.label != "PERSON" or e.rule_id.startswith("link.hanja"):
            continue
        m = _AFFILIATION.match(text, e.end)
        if m is None:
            continue
        pos = m.start(1)
        for part in _AFFILIATION_SPLIT.split(m.group(1)):
            start = pos + len(part) - len(part.lstrip())
            end = pos + len(part.rstrip())
            pos += len(part) + 1
            item = text[start:end]
            words = item.split()
            if len(item) < 2 or not words or len(words) > 3 or _NOT_NAME_CHARS.search(item):
                continue
            if words[0] in not_first or words[-1] in not_first or places.kind_of(item):
                continue
            tok = doc.token_at(start)
            if tok is None or (len(words) == 1 and tok.stem_end != end):
                continue
            if persons.korean_name(tok, strict=False) or persons.split_title(words[-1]) or (
                item in persons.lexicon().known or _name_like(item, persons.lexicon())
            ):
                continue  # 송미경(김지수): the actor of a role
            if item.isascii() and orgs.spells(e.name.replace(" ", ""), item.replace(" ", "")):
                continue  # 마리아(Maria): the person's own name in Latin letters
            if any(a < end and start < b for a, b in taken):
                continue
            out.append(doc.entity(start, end, "ORG", item, "org.affiliation.v1"))
    return out


#: Between two members of a list: a comma or a middle dot, or 와/과 then a space.
_LIST_GAP = re.compile(r"\s*[,·]\s*|(?:와|과)\s+")


def listed_actors(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """A city or province under its full name listed with organisations is one of the parties:
    ORG (rule org.place_actor), as ``places`` makes one that is a subject. 예: ㈜한빛로보틱스,
    창원시, 한국산업단지공단과 협약을 체결했다 → 창원시 ORG."""
    out = list(kept)
    text = doc.text
    for k, e in enumerate(kept):
        if e.label != "LOC" or not (e.kind in ("city", "province") or places.city_district(e.kind, e.name)) or (
            not e.name.endswith(places.ACTOR_ENDINGS)
        ):
            continue
        neighbours = []
        if k > 0:
            neighbours.append((kept[k - 1], text[kept[k - 1].end:e.start]))
        if k + 1 < len(kept):
            neighbours.append((kept[k + 1], text[e.end:kept[k + 1].start]))
        if any(n.label == "ORG" and not n.name.endswith(places.ACTOR_ENDINGS) and _LIST_GAP.fullmatch(gap)
               for n, gap in neighbours):  # a listed organisation, not another city (부산광역시)
            out[k] = base.updated(e, {"label": "ORG", "rule_id": "org.place_actor.v1"})
        elif _acting_list_end(doc, kept, k) or _signs_with(text, e.end):
            out[k] = base.updated(e, {"label": "ORG", "rule_id": "org.place_actor.v1"})
    return out


@lru_cache(maxsize=1)
def _agreement_after() -> re.Pattern:
    """와/과, then at most ``words`` words up to an agreement noun (entity_rules.toml [place_actor]
    agreement_nouns, agreement_words)."""
    rules = _rules()["place_actor"]
    # a word, or a name in quotes of several words ('스마트 상수도 기술 개발' 업무협약을: one word)
    word = r"(?:['‘\"“][^'’\"”\n]{1,40}['’\"”]|[^\s.]+)"
    return re.compile(rf"(?:와|과)\s+(?:{word}\s+){{0,{int(rules['agreement_words'])}}}?[^\s.,]*?"
                      rf"(?:{alternation(rules['agreement_nouns'])})(?:을|를|에|식)")


def _signs_with(text: str, end: int) -> bool:
    """True when the place ending at ``end`` is the partner of an agreement: 구미시와 투자협약을
    체결했다, 경주시와 상생협력 업무협약을 맺었다 (a city or province that signs is its government)."""
    return _agreement_after().match(text, end) is not None


def _acting_list_end(doc: DocView, kept: list[Entity], k: int) -> bool:
    """경남도, 부산시, 울산시가 …: a list of provinces and cities whose last member is the subject
    (이/가/은/는/도 after it) acts as a whole, so each member is its government (부산시, a
    metropolitan city, is one already): True for the member ``kept[k]``; so does one listed with an
    organisation after other cities (천안시, 아산시, 한국산업단지공단과). 경남도, 부산시에서: a place."""
    text = doc.text
    j = k
    while j + 1 < len(kept):
        n = kept[j + 1]
        if not _LIST_GAP.fullmatch(text, kept[j].end, n.start):
            break
        if n.label == "ORG" and not n.name.endswith(places.ACTOR_ENDINGS):
            return j > k  # 천안시, 아산시, 한국산업단지공단과: listed with an organisation further on
        if not (n.label in ("LOC", "ORG") and (n.kind in ("city", "province", "government")
                                                or places.city_district(n.kind, n.name))
                and n.name.endswith(places.ACTOR_ENDINGS)):
            break
        j += 1
    if j == k:
        return False
    last = kept[j]
    if text[last.end:last.end + 1] not in _SUBJECT_PARTICLES or text[last.end + 1:last.end + 2] not in (" ", ""):
        return False
    return not places.weather_after(text, last.end)


#: Particles that make the word before them the subject or topic (울산시가, 울산시는, 울산시도).
_SUBJECT_PARTICLES = frozenset("이가은는도")


_OPEN_QUOTES = "‘“'\"「『"
_CLOSE_QUOTES = "’”'\"」』"


@lru_cache(maxsize=1)
def _programme_words() -> tuple[str, ...]:
    return tuple(_rules().get("programme", {}).get("words", ()))


def programmes(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """Drop organisations that name a programme: a quoted name right after 프로그램/사업 or right
    before one (지원 프로그램 ‘팁스(TIPS)’에 선정, ‘글로컬대학 30’ 사업), with every other mention of
    the same name. Words in entity_rules.toml [programme]."""
    words = _programme_words()
    if not words:
        return kept
    text = doc.text
    names: set[str] = set()
    for e in kept:
        if e.label != "ORG":
            continue
        o = max(text.rfind(q, max(0, e.start - 20), e.start + 1) for q in _OPEN_QUOTES)
        if o < 0 or any(text.find(q, o + 1, e.start) >= 0 for q in _CLOSE_QUOTES):
            continue
        c = min((i for q in _CLOSE_QUOTES if (i := text.find(q, e.end, e.end + 20)) >= 0), default=-1)
        if c < 0 or text.find("\n", o, c) >= 0:
            continue  # a quoted name stays on one line ('…실증사업'에서 …\n\n한빛메디텍 … "…": no quote)
        before = text[max(0, o - 8):o].rstrip()
        after = text[c + 1:c + 9].lstrip()
        if before.endswith(words) or after.startswith(words):
            names.add(e.name)
    return [e for e in kept if not (e.label == "ORG" and e.name in names)] if names else kept


@lru_cache(maxsize=1)
def _place_head_rule() -> tuple[frozenset[str], frozenset[str]]:
    rule = _rules().get("place_head", {})
    return frozenset(rule.get("kinds", ())), frozenset(rule.get("next_tags", ()))


def place_heads(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """Drop a lone place word that heads a longer name: a country or city, no particle, then one
    space and a proper noun no family found and no lexicon knows as a place. 예: 일본 도호쿠 지방에서,
    영국 킹스 칼리지 교수 → no LOC 일본/영국; 중국 신화통신 (ORG found) keeps its place. Kinds and
    tags in entity_rules.toml [place_head]."""
    kinds, next_tags = _place_head_rule()
    starts = {e.start for e in kept}
    out = []
    for e in kept:
        if e.label == "LOC" and e.kind in kinds and e.rule_id.startswith("place.lexicon"):
            tok = doc.token_at(e.start)
            nxt = doc.next(tok) if tok is not None and tok.stem_end == e.end else None
            if nxt is not None and nxt.start not in starts and nxt.tags and nxt.tags[0] in next_tags and (
                places.kind_of(nxt.stem) is None
            ):
                continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _modifier_rules() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    rules = _rules()
    generic = rules.get("generic_org_modifiers", {})
    return (tuple(rules.get("award_names", {}).get("endings", ())), frozenset(generic.get("orgs", ())),
            frozenset(generic.get("next_words", ())) | frozenset(generic.get("speaker_words", ())))


def modifiers(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """Drop a country that starts an award's name and a generic organisation word used as a
    modifier or for some official of it: ‘제5회 대한민국 해양기술대상’ → no LOC 대한민국; 정부 지원금,
    정부 관계자는 → no ORG 정부 (entity_rules.toml [award_names], [generic_org_modifiers])."""
    award_endings, generic, funding = _modifier_rules()
    out = []
    for e in kept:
        tok = doc.token_at(e.start)
        if tok is not None and tok.stem_end == e.end and tok.bare:
            if e.label == "LOC" and e.kind == "country" and award_endings:
                nxt, k = doc.next(tok), 0
                while nxt is not None and k < 3 and not nxt.stem.endswith(award_endings):
                    nxt, k = doc.next(nxt), k + 1
                if nxt is not None and k < 3:
                    continue  # 대한민국 해양기술대상, 대한민국 디지털헬스 대상
            if e.label == "ORG" and e.text in generic:
                nxt = doc.next(tok)
                if nxt is not None and nxt.stem in funding:
                    continue  # 정부 지원금, 정부 관계자
        out.append(e)
    return out


def event_aliases(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """An event named again in parentheses right after it is one event with an alias, as a
    company's Latin name is: 2025 부산국제기계대전(BUTECH 2025) → alias BUTECH 2025 on both
    mentions, and the one in parentheses is named 2025 부산국제기계대전."""
    out = list(kept)
    text = doc.text
    for k in range(len(out) - 1):
        e, inner = out[k], out[k + 1]
        if e.label == inner.label == "EVENT" and inner.start == e.end + 1 and text[e.end] == "(" and (
            text[inner.end:inner.end + 1] == ")"
        ):
            out[k] = base.updated(e, {"alias": inner.text})
            out[k + 1] = base.updated(inner, {"name": e.name, "alias": inner.text})
    return out


#: An age in parentheses right after a name, then a space: 한지우(52) 부사장, 한지우(52세) 대표.
_AGE_NOTE = re.compile(r"\(\d{1,3}(?:세|살)?\) ")


def person_titles(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """A person found with no title takes the title word written right after the name (or after
    an age in parentheses), or after the organisation found right after it: 존 스미스 부사장,
    한지우(52) 부사장, 권오성 ㈜다온 대표, 사티아 나델라 마이크로소프트 CEO (names read whole by another
    rule than the title's)."""
    titles = persons.lexicon().titles
    heads = orgs.lexicon().heads
    orgs_at = None
    out = kept
    text = doc.text
    for k, e in enumerate(kept):
        if e.label != "PERSON" or e.title:
            continue
        after = text[e.end:e.end + 1]
        if after == " ":
            at = e.end + 1
        elif after == "(" and (age := _AGE_NOTE.match(text, e.end)) is not None:
            at = age.end()  # 한지우(52) 부사장: the age between the name and the title
        else:
            continue
        org = None
        nxt = doc.by_start.get(at)
        if nxt is None or nxt.stem not in titles:
            if orgs_at is None:
                orgs_at = {o.start: o for o in kept if o.label == "ORG"}
            org = orgs_at.get(at)
            if org is None or text[org.end:org.end + 1] != " " or org.text in heads:
                continue  # 이명박 정부 …: a head word alone (정부, 당국) is no organisation of a title
            nxt = doc.by_start.get(org.end + 1)
            if nxt is None or nxt.stem not in titles:
                continue
        if nxt.stem.endswith("직"):
            continue  # 대통령직 인수위원장: the office, not the person's title
        if out is kept:
            out = list(kept)
        out[k] = base.updated(e, {"title": nxt.stem, "org": org.name if org is not None else e.org})
    return _dotted_titles(doc, out)


def _dotted_first_names(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """A three-letter Korean name right before the middle dot of a titled Korean name, alone in its
    word before that (김태윤·박소연 교수), added as a person with no title yet (``_dotted_titles`` gives it)."""
    text = doc.text
    taken = {e.end for e in kept}
    new = []
    for e in kept:
        s = e.start - 4
        if (e.label != "PERSON" or not e.title or s < 0 or text[e.start - 1] != "·" or e.start - 1 in taken
                or (s > 0 and not text[s - 1].isspace()) or not persons.korean_name_text(e.text)):
            continue
        name = text[s:e.start - 1]
        if persons.korean_name_text(name) and not any(x.start < e.start - 1 and x.end > s for x in kept):
            new.append(doc.entity(s, e.start - 1, "PERSON", name, "person.listed.v1"))
    return sorted(kept + new, key=lambda x: x.start) if new else kept


def _dotted_titles(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """Names listed with a middle dot before one title share it: 이지은·박민수 상무, 김철수·이영희 교수
    연구팀 → the first takes the title (and organisation) of the one after the dot; right to left, so
    a list of three shares it too. A first name no rule found (Kiwi's 김/NNP 태/NNG 윤/NNG) is taken
    when its three letters are a Korean name's (충북대학교 김태윤·박소연 교수)."""
    text = doc.text
    if "·" not in text:
        return kept  # no middle dot, no list of names (most documents)
    kept = _dotted_first_names(doc, kept)
    persons_at = {e.start: k for k, e in enumerate(kept) if e.label == "PERSON"}
    if len(persons_at) < 2:
        return kept
    out = kept
    for k in sorted(persons_at.values(), key=lambda k: -kept[k].start):
        e = out[k]
        if e.title or text[e.end:e.end + 1] != "·" or (j := persons_at.get(e.end + 1)) is None:
            continue
        nxt = out[j]
        if not nxt.title or not persons.korean_name_text(e.text) or not persons.korean_name_text(nxt.text):
            continue
        if out is kept:
            out = list(kept)
        out[k] = base.updated(e, {"title": nxt.title, "org": nxt.org})
    return out


#: The opening of a parenthesis with a title first, right before the name: "(대표 ", "(KIST·원장 ".
_TITLE_FIRST_OPEN = re.compile(r"\((?:[^()·\s]{1,10}·)?([^()·\s]{1,10}) $")


def person_orgs(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """A titled person with no organisation takes the organisation found right before the name:
    ㈜대양정밀 … 대양정밀 유재훈 대표 → org 대양정밀 (the name of that ORG, one space between, or its
    short form in parentheses and a space: 한국에너지기술연구원(에너지연) 김동수 원장), or the one right
    before the parenthesis of a title first: 한빛제약㈜(대표 김서윤), 한국과학기술연구원(KIST·원장 오상록)."""
    by_end = {e.end: e for e in kept if e.label == "ORG"}
    by_start = {e.start: e for e in kept if e.label == "ORG"}
    out = kept
    last: Entity | None = None  # the person before, as updated (for a name listed after it with ·)
    for k, e in enumerate(kept):
        if e.label != "PERSON":
            continue
        org = _org_after_name(doc, by_start, e)
        if org is None and e.title and e.org is None and last is not None and last.end == e.start - 1 and (
            doc.text[last.end] == "·" and last.title == e.title and last.org is not None
        ):  # ▲ 상무 이지은·박민수: the second shares the first's title and organisation
            out = list(kept) if out is kept else out
            out[k] = last = base.updated(e, {"org": last.org})
            continue
        if org is None:
            last = e
            if not e.title or e.org is not None or doc.text[e.start - 1:e.start] != " ":
                continue
            org = _org_before_name(doc, kept, by_end, e)
        if org is not None:
            if out is kept:
                out = list(kept)
            out[k] = last = base.updated(e, {"org": org.name})
    return out


#: What closes the first item of the parenthesis after a person (윤석영(전남), 스타니우타(벨라루스·17.4점)).
_BRACKET_ITEM_END = frozenset(")·ㆍᆞ,/")


def bracket_places(doc: DocView, kept: list[Entity]) -> list[Entity]:
    """A place that is the first item in the parenthesis right after a person is the person's team,
    club or home, not a place the text is about: 박종우(부산), 윤석영(전남), 김민수(부산)씨 → no LOC.
    KLUE train: of the 85 person names with a labelled entity first in the parenthesis after them,
    none is a place (16 teams, parties or employers, 42 ages, 21 names); a place second stays
    (셸비(공화·앨라배마) → LOC 앨라배마)."""
    text = doc.text
    starts = {e.end + 1 for e in kept if e.label == "PERSON" and text[e.end:e.end + 1] == "("}
    if not starts:
        return kept
    drop = {id(e) for e in kept if e.label == "LOC" and e.start in starts and text[e.end:e.end + 1] in _BRACKET_ITEM_END}
    return [e for e in kept if id(e) not in drop] if drop else kept


def _org_after_name(doc: DocView, by_start: dict[int, Entity], e: Entity) -> Entity | None:
    """The organisation named after a person that is (or holds) theirs: the whole name of the one
    whose last word the person has as org (이민호 주베트남 한국대사관 공사참사관), or the one alone in
    parentheses right after the title (정태호 의원(더불어민주당)); else None."""
    if e.org is not None:
        o = by_start.get(e.end + 1)
        return o if o is not None and o.name.endswith(" " + e.org) else None
    if e.title and doc.text.startswith(f" {e.title}(", e.end):
        o = by_start.get(e.end + len(e.title) + 2)
        return o if o is not None and doc.text[o.end:o.end + 1] == ")" else None
    return None


def _org_before_name(doc: DocView, kept: list[Entity], by_end: dict[int, Entity], e: Entity) -> Entity | None:
    """The organisation found before a titled person's name (see ``person_orgs``), else None."""
    org = by_end.get(e.start - 1)
    if org is None and doc.text[e.start - 2:e.start] == "의 ":  # 카고링크의 마이클 도슨 최고운영책임자
        org = by_end.get(e.start - 2)
    dep = doc.by_end.get(e.start - 1)
    if dep is not None and _unit_word(dep, doc.text):
        if org is None:  # 한빛대학교 화학공학과 최윤아 교수: the university's professor (한국과학기술원
            # (KAIST) 기계공학과: its alias between), else the sentence's subject (청람대학교(총장 윤태석)는
            # 신소재공학과 강민서 교수 연구팀이)
            org = by_end.get(dep.start - 1) or _org_before_alias(doc, by_end, dep.start - 1) or (
                _subject_org(doc, kept, dep.start))
        elif org.start == dep.start:  # ㈜한빛테크는 영업본부 김민수 상무가: a department read as an ORG
            org = _subject_org(doc, kept, dep.start) or org
    if org is None:  # 한국에너지기술연구원(에너지연) 김동수 원장
        org = _org_before_alias(doc, by_end, e.start - 1)
    if org is None and e.rule_id.startswith("person.title_first"):  # 한빛제약㈜(대표 김서윤)
        m = _TITLE_FIRST_OPEN.search(doc.text, max(0, e.start - len(e.title) - 14), e.start)
        org = by_end.get(m.start()) if m is not None and m.group(1) == e.title else None
        at = e.start - len(e.title) - 2  # 한빛테크 상무 이지은: the organisation right before the title
        if org is None and at > 0 and doc.text[at:e.start] == f" {e.title} ":
            org = by_end.get(at)
    if org is None:
        org = _heading_org(doc, kept, e)  # ◇ 한빛은행 / ▲ 부행장 김성호: the notice's heading
    return org


def _org_before_alias(doc: DocView, by_end: dict[int, Entity], pos: int) -> Entity | None:
    """The organisation right before the parenthesis that closes at ``pos`` − 1 (its short form or
    alias: 한국에너지기술연구원(에너지연), 한국과학기술원(KAIST)), else None."""
    if doc.text[pos - 1:pos] != ")":
        return None
    o = doc.text.rfind("(", max(0, pos - 23), pos - 1)
    return by_end.get(o) if o > 0 and doc.text.find(")", o, pos - 1) < 0 else None


@lru_cache(maxsize=1)
def _heading_marks() -> tuple[frozenset[str], str, str]:
    """(bullets, opening marks, closing marks) of a notice's headings (entity_rules.toml [listed_names])."""
    rule = _rules()["listed_names"]
    return frozenset(rule["bullets"]), "".join(rule["heading_opens"]), "".join(rule["heading_closes"])


def _heading_org(doc: DocView, kept: list[Entity], person: Entity) -> Entity | None:
    """The organisation that heads the notice a titled person's bullet line stands under: a line
    that is a bullet (or brackets) and an ORG alone (◇ 한빛은행, [한빛증권]), with only bullet lines
    or blank lines between it and the person's line; else None."""
    text = doc.text
    bullets, opens, closes = _heading_marks()
    line_start = text.rfind("\n", 0, person.start) + 1
    if text[line_start:person.start].lstrip()[:1] not in bullets:
        return None  # not a notice's bullet line
    orgs_by_line = {}
    for e in kept:
        if e.label == "ORG" and e.end <= line_start:
            orgs_by_line[text.rfind("\n", 0, e.start) + 1] = e
    pos = line_start
    while pos > 0:
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        line = text[prev_start:pos - 1].strip()
        if line:
            org = orgs_by_line.get(prev_start)
            if org is not None:
                head = text[prev_start:org.start].strip()
                tail = text[org.end:pos - 1].strip()
                if (head in bullets and not tail) or (head and head in opens and tail and tail in closes):
                    return org
            if line[:1] not in bullets:
                return None  # a paragraph of text: the notice ended
        pos = prev_start
    return None


#: A note in brackets and the subject particle after a sentence's first organisation: 청람대학교(총장 윤태석)는.
_SUBJECT_AFTER = re.compile(r"(?:\([^()]{0,30}\))?(?:은|는|이|가)\s")


def _subject_org(doc: DocView, kept: list[Entity], pos: int) -> Entity | None:
    """The organisation that opens the sentence holding ``pos`` as its subject (은/는/이/가, a note in
    brackets between), else None."""
    starts = doc.sentence_starts
    i = bisect_left(starts, pos + 1) - 1
    if i < 0:
        return None
    first = starts[i] + len(doc.text[starts[i]:pos]) - len(doc.text[starts[i]:pos].lstrip())
    org = next((x for x in kept if x.start == first and x.label == "ORG"), None)
    return org if org is not None and _SUBJECT_AFTER.match(doc.text, org.end) else None


def _unit_word(tok: Token, text: str) -> bool:
    """A department between an organisation and a person's name (화학공학과, 경영학부, 반도체사업부,
    기획조정실; entity_rules.toml [department_words] academic_endings and unit_endings): one word,
    no particle (but the 과 of 학과 Kiwi reads as one in 기계공학/NNP 과/JC; not 직원들과: "and")."""
    if not tok.bare:
        return text[tok.stem_end:tok.end] == "과" and text.startswith("학과", tok.end - 2) and tok.end - tok.start >= 3
    return len(tok.stem) >= 3 and tok.stem.endswith(_unit_endings())


@lru_cache(maxsize=1)
def _unit_endings() -> tuple[str, ...]:
    rule = _rules()["department_words"]
    return (*rule["academic_endings"], *rule["unit_endings"])


def _people_not_orgs(candidates: list[Entity]) -> list[Entity]:
    """Drop the ORG an ending made of a name that is a titled person's elsewhere in the release:
    윤석대 사장 … 윤석대는 → no ORG 윤석대 (…대 reads as a university); the later mention is the
    person's (``linking.find_repeats``)."""
    names = {c.name for c in candidates if c.label == "PERSON" and c.title and c.name.endswith("대")
             and c.rule_id.startswith(("person.title.", "person.title_first."))}
    if not names:
        return candidates
    return [c for c in candidates if not (c.label == "ORG" and c.rule_id.startswith("org.suffix") and c.name in names)]


#: An acronym in parentheses right after a name: 박지성(PSV).
_ACRONYM_NOTE = re.compile(r"\(([A-Z][A-Z0-9&]{2,})\)")


def _people_with_notes(doc: DocView, candidates: list[Entity]) -> list[Entity]:
    """A Korean name the person lexicon knows, with a Latin acronym in parentheses after it, is
    that person with the body they belong to, not a company spelt in Latin: 박지성(PSV)은 → PERSON
    박지성 (org PSV) and ORG PSV (org.person_note), no ORG 박지성 (org.alias_phrase)."""
    text = doc.text
    notes: dict[tuple[int, int], str] = {}
    added: list[Entity] = []
    for c in candidates:
        if c.label == "PERSON" and c.rule_id == "person.lexicon.v1" and text[c.end:c.end + 1] == "(" and (
            persons.korean_name_text(c.name)
        ) and (m := _ACRONYM_NOTE.match(text, c.end)) is not None:
            notes[(c.start, c.end)] = m.group(1)
            added.append(doc.entity(m.start(1), m.end(1), "ORG", m.group(1), "org.person_note.v1"))
    if not notes:
        return candidates
    note_spans = {(a.start, a.end) for a in added}
    out = []
    for c in candidates:
        if c.rule_id in ("org.alias_phrase.v1", "org.alias_mention.v1") and (
            (c.start, c.end) in notes or (c.start, c.end) in note_spans
        ):
            continue  # the person spelt as a company, and its "Latin name"
        if c.label == "PERSON" and (c.start, c.end) in notes and not c.org:
            c = base.updated(c, {"org": notes[(c.start, c.end)]})
        out.append(c)
    return out + added


def _known_org_words(doc: DocView, candidates: list[Entity]) -> list[Entity]:
    """A candidate with a word that is an organisation found in the release is split there:
    - a foreign name read up to the title: 아지즈 라흐만 메이뱅크 부행장, with 메이뱅크(Maybank) found →
      PERSON 아지즈 라흐만 (org 메이뱅크) and ORG 메이뱅크 (rule org.before_title); a "name" that is all
      the organisation's is no person (응우옌 탄 뚱 비엣콤뱅크 부행장 → ORG 비엣콤뱅크);
    - a city + a word read as one name (org.city_name: 시카고 불스): 하노이 비엣콤뱅크 본점 → LOC 하노이
      (the organisation's mention is found again later)."""
    suspects = [c for c in candidates if c.rule_id.startswith("org.city_name") or (
        c.label == "PERSON" and c.rule_id.startswith("person.title_foreign") and not c.org)]
    if not suspects:
        return candidates
    org_names = {c.name for c in candidates if c.label == "ORG" and not c.rule_id.startswith("org.city_name")}
    out = candidates
    for c in suspects:
        person = c.label == "PERSON"
        head, _, word = c.text.rpartition(" ") if person else c.text.partition(" ")
        if word not in org_names:
            continue
        if out is candidates:
            out = list(candidates)
        out.remove(c)
        cut = c.start + len(head)
        if not person:
            out.append(doc.entity(c.start, cut, "LOC", head, "place.lexicon.v1", kind=places.kind_of(head)))
            continue
        if head:
            out.append(doc.entity(c.start, cut, "PERSON", head, c.rule_id, title=c.title, org=word))
        out.append(doc.entity(cut + 1 if head else c.start, c.end, "ORG", word, "org.before_title.v1"))
    return out


def extract(ctx: Context) -> list[Entity]:
    """Organisations, persons, places and events of one document, linked (``entity_id`` E1, E2 …)."""
    if not ctx.text or not ctx.morphs:
        return []
    doc = DocView(ctx)
    candidates: list[Entity] = []
    for family in (orgs, persons, places, events):
        candidates.extend(family.find(doc))
    masked = ctx.masked if ctx.boilerplate else None
    if masked is not None:
        candidates = [c for c in candidates if not masked(c.start, c.end)]
    if "$" in ctx.text:  # US$ 12,500,000, HK$: a currency's prefix, no place or company
        text = ctx.text
        candidates = [c for c in candidates if text[c.end:c.end + 1] != "$" or not text[c.start:c.end].isascii()]
    if doc.departments:  # 한빛테크 아시아영업본부 부사장: the department is part of the title
        candidates = [c for c in candidates if c.label != "ORG" or (c.start, c.end) not in doc.departments]
    candidates = _known_org_words(doc, _people_with_notes(doc, _people_not_orgs(candidates)))
    kept = orgs.short_aliases(doc, settle(candidates))
    # later mentions of the names found compete again with the weaker candidates they overlap
    # (미국 오리온오토메이션과: the repeated company beats a place phrase)
    repeats = linking.find_repeats(doc, kept)
    if masked is not None:
        repeats = [r for r in repeats if not masked(r.start, r.end)]
    if repeats:  # with none, settling the same candidates again gives the same spans
        # (a short form in parentheses is settled again too: 한국산업은행(산은))
        kept = orgs.short_aliases(doc, orgs.repeat_aliases(doc, settle(candidates + repeats)))
    # the rules over the settled mentions, in this order (each takes and returns the list)
    for rule in (listed_actors, programmes, place_heads, modifiers, event_aliases, person_titles, person_orgs,
                 bracket_places):
        kept = rule(doc, kept)
    kept = kept + hanja_mentions(doc, kept)
    found = affiliations(doc, kept)
    if masked is not None:
        found = [a for a in found if not masked(a.start, a.end)]
    kept = kept + found
    return linking.link(kept)
