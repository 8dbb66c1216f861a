"""Places: countries, provinces, cities, districts and foreign cities, chained (베트남 하노이).

Adjacent place words make one LOC span (경기 용인시 수지구); its ``name`` is the whole phrase and
its ``kind`` that of the last word. Rule data: ``resources/lexicons/{places,konec_lexicon}.tsv``.

>>> # "독일 뮌헨에서" → LOC 독일 뮌헨 (kind foreign_city)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache, wraps
from typing import TYPE_CHECKING

from kopress.schemas import Entity

from ..resources import load_toml, load_tsv

if TYPE_CHECKING:
    from .entities import DocView, Token

#: A per-word memo holds at most this many entries; it is emptied when full (bounded memory).
WORD_CACHE_MAX = 1 << 16
_MISS = object()


def by_word(fn):
    """Memoise ``fn(tok, *args)`` on the word's stem and tags, all that ``fn`` may read of the token.

    >>> # facility(서울광장/NNP, False) is computed once per process, not once per occurrence
    """
    cache: dict = {}

    @wraps(fn)
    def wrapper(tok, *args):
        key = (tok.stem, tok.tags, *args)
        hit = cache.get(key, _MISS)
        if hit is _MISS:
            hit = fn(tok, *args)
            if len(cache) >= WORD_CACHE_MAX:
                cache.clear()
            cache[key] = hit
        return hit

    wrapper.cache_clear = cache.clear
    return wrapper


#: Administrative endings: 용인시, 수지구, 울주군, 하단동 (only next to another place or as a proper noun).
_DISTRICT = re.compile(r"^[가-힣]{1,5}(?:특별시|광역시|특별자치시|특별자치도|시|군|구|읍|면|동|리|주)$")


@lru_cache(maxsize=1)
def parts() -> tuple[frozenset[str], frozenset[str], int]:
    """(suffixes, directions, longest suffix) from place_parts.tsv."""
    rows = load_tsv("lexicons/place_parts.tsv", 2)
    suffixes = frozenset(r[0] for r in rows if r[1] == "suffix")
    return suffixes, frozenset(r[0] for r in rows if r[1] == "direction"), max(map(len, suffixes))


@lru_cache(maxsize=1)
def glued() -> frozenset[str]:
    """Words written together after a place name: 한국시각, 러시아전, 유럽행."""
    return frozenset(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "glued")


@lru_cache(maxsize=1)
def sections() -> tuple[re.Pattern, tuple[str, ...]]:
    """(a numbered section word such as 2가, endings of the names that take one such as 로 of 을지로)."""
    rows = load_tsv("lexicons/place_parts.tsv", 2)
    units = "|".join(re.escape(r[0]) for r in rows if r[1] == "section")
    return re.compile(rf"[1-9][0-9]?(?:{units})"), tuple(r[0] for r in rows if r[1] == "section_host")


@lru_cache(maxsize=1)
def not_place_ends() -> tuple[str, ...]:
    """Word endings that look like a place part but are none: 구역 (보호구역), 무역."""
    return tuple(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "not_place_end")


@lru_cache(maxsize=1)
def not_venue() -> tuple[str, ...]:
    """Endings of a building that is no venue of the place before it: 반월공장, 서초사옥."""
    return tuple(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "not_venue")


@lru_cache(maxsize=1)
def glued_any() -> frozenset[str]:
    """Words written together after any known place, a province or district too: 충남지역, 강원 일대."""
    return frozenset(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "glued_any")


#: Kinds of place that may carry a glued word (한국시각, 유럽행).
_GLUE_KINDS = frozenset({"country", "continent", "city", "foreign_city"})
#: Kinds of place (from places.tsv) that keep their name before any glued common noun (충남지역).
_GLUE_ANY_KINDS = _GLUE_KINDS | {"province", "foreign_province", "district", "region", "ocean", "island"}


def _glued_place(doc: "DocView", tok: "Token") -> Entity | None:
    """The place at the start of a word like 한국시각, 러시아전 or 충남지역: a glued word from
    place_parts.tsv (role glued after a country or city, glued_any after any known place)."""
    stem = tok.stem
    for k, kind, needs_boundary in _glue_cuts(stem):
        # any other glued word is left alone: 한국대사관, 서해대교, 중동호흡기증후군, 호주오픈 are
        # names of their own (held-out train: right 5 times in 20)
        if not needs_boundary or doc.morph_ends(tok.start + k):
            return doc.entity(tok.start, tok.start + k, "LOC", stem[:k], "place.glued.v1", kind=kind)
    return None


@lru_cache(maxsize=WORD_CACHE_MAX)
def _glue_cuts(stem: str) -> tuple[tuple[int, str, bool], ...]:
    """(prefix length, kind, needs a morpheme boundary) of each place + glued word reading of ``stem``,
    in the order ``_glued_place`` tries them: 한국시각 → ((2, 'country', False),)."""
    from .persons import split_title  # persons imports this module

    if split_title(stem) is not None:
        return ()  # 울산시장, 경남도지사: a title compound, its place is the person's org
    cuts = []
    for k in range(2, min(len(stem) - 1, 8) + 1):
        kind = kind_of(stem[:k])
        if kind not in _GLUE_ANY_KINDS:
            continue
        rest = stem[k:]
        if kind in _GLUE_KINDS and rest in glued():
            cuts.append((k, kind, False))
            break  # an unconditional reading ends the search
        if rest in glued_any():
            cuts.append((k, kind, True))
    return tuple(cuts)


#: One-letter place parts that make a place of a proper noun before them, as the longer ones do
#: (장생포항, 감천항: a port; 역 and 산 stay with a known place before them: 미국산, 기대주).
_PROPER_ONE_LETTER = frozenset({"항"})


@by_word
def facility(tok: "Token", after_place: bool) -> bool:
    """A word ending with a place part (서울광장, 해운대역, 지리산): a proper noun or a known place before it."""
    stem = tok.stem
    suffixes, _, longest = parts()
    if stem.endswith(not_place_ends()):
        return False  # 보호구역, 무역: …역 that is no station
    for k in range(min(longest, len(stem) - 1), 0, -1):
        if stem[-k:] in suffixes:
            head = stem[:-k]
            if stem[-k:] == "산" and kind_of(head) in ("country", "province", "city", "foreign_city"):
                return False  # 미국산, 제주산: made in, not a mountain
            if stem[-k:] == "주" and not (kind_of(head) or tok.proper):
                return False  # 기대주, 우량주: a common noun, not a state
            return len(head) >= 2 and (after_place or kind_of(head) is not None or (
                tok.proper and (stem[-k:] in _PROPER_ONE_LETTER or (k >= 2 and (len(tok.tags) == 1 or k >= 3)))
            ))
    return False


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Place name → kind (hand-written places.tsv first, then train-derived LOC forms)."""
    places = {r[0]: r[1] for r in load_tsv("lexicons/places.tsv", 2)}
    stop = {r[0] for r in load_tsv("lexicons/stop_words.tsv", 2)}  # never entities on their own
    for r in load_tsv("lexicons/konec_lexicon.tsv", 4):
        if r[1] == "LOC" and r[0] not in stop:
            places.setdefault(r[0], r[2] or "place")
    return places


def kind_of(stem: str) -> str | None:
    """The kind of a known place name: 뮌헨 → 'foreign_city'; 기업 → None."""
    return lexicon().get(stem)


@by_word
def _place_word(tok: "Token", after_place: bool) -> str | None:
    stem = tok.stem
    kind = kind_of(stem)
    if kind:
        return kind
    if after_place and (stem in parts()[1] or stem == "주"):  # 강원 산간, 미국 버지니아 주
        return "direction"
    if after_place and len(stem) >= 2 and stem in parts()[0]:  # 샌프란시스코 공항, 부산 해운대 해수욕장
        return "facility"
    if facility(tok, after_place):
        return "facility"
    if _DISTRICT.match(stem) and len(stem) >= 3:
        head = kind_of(stem[:-1])
        if stem.endswith("군") and head in ("country", "city", "province"):
            return None  # 일본군, 소련군: an army, not a county
        if stem.endswith("주") and not (head or tok.proper):
            return None  # 기대주, 우량주: a common noun, not a state
        if head or (after_place and (tok.proper or not all(t == "NNG" for t in tok.tags))):
            return "district"  # not 네덜란드 프로축구 (축구/NNG: a common noun ending in 구)
    if after_place and _unknown_proper(tok):
        return "place"
    return None


#: Kinds of place whose name, followed by a proper noun we know as nothing else, names an
#: organisation: foreign cities only (시카고 불스; 서울 마포 is a district we may not know); after
#: a country the pair is a place phrase cut short (중국 런민넷).
_TEAM_CITY_KINDS = frozenset({"foreign_city"})
#: Endings of a region's name after its country (중국 칭하이성, 일본 구마모토현, 미국 오리건주).
_REGION_ENDINGS = ("성", "자치구", "자치주", "현", "주", "도")

#: A country followed by a subject/topic particle acts as an organisation (북한은 … 발표했다).
_ACTOR_PARTICLES = frozenset({"은", "는", "이", "가"})
ACTOR_KINDS = frozenset({"country", "province", "city"})
#: Provinces and cities act only under their full names (경상남도는, 창원시는), not 서울은.
ACTOR_ENDINGS = ("도", "시")


def stationed(stem: str) -> bool:
    """주 + a place (駐: resident in): 주베트남, 주호찌민, 주괌 — where a mission or a diplomat is.

    >>> stationed("주베트남"), stationed("주성엔지니어링")
    (True, False)
    """
    return stem[:1] == "주" and kind_of(stem[1:]) is not None


def _orgs_lexicon():
    """The organisations' lexicon (orgs imports this module: imported on first use)."""
    from . import orgs

    return orgs.lexicon()


def city_district(kind: str | None, stem: str) -> bool:
    """A known city under its full 시 name, read as a district by its ending (여주 + 시 → 여주시): it
    may act as a city does. 창원시 (a city in places.tsv) → False: its kind is city already."""
    return kind == "district" and stem.endswith("시") and kind_of(stem[:-1]) == "city"


def place_word(tok: "Token", after_place: bool) -> str | None:
    """The kind when ``tok`` is a place word (뮌헨 → 'foreign_city'), else None."""
    kind = _place_word(tok, after_place)
    return None if kind == "chain_only" and not after_place else kind


def _acts(doc: "DocView", tok: "Token") -> bool:
    """A country that acts: a subject or topic particle after it (북한은 …), unless the sentence is a
    weather report or breaks figures down by place before it (국가별로는 캐나다가 …: entity_rules.toml
    [place_actor])."""
    if kind_of(tok.stem) != "country" and not tok.stem.endswith(ACTOR_ENDINGS):
        return False
    if doc.text[tok.stem_end:tok.end] not in _ACTOR_PARTICLES or weather_after(doc.text, tok.end):
        return False
    if _figure_after().match(doc.text, tok.end) is not None:
        return False  # 독일과 벨기에가 각각 4명: a category of the figures after it
    k = bisect_right(doc.sentence_starts, tok.start) - 1
    start = doc.ctx.sentences[k].start if k >= 0 else 0
    return _category_cue().search(doc.text, start, tok.start) is None


#: Between two members of a list of places that own an act: 와/과 + a space, or a comma or a dot.
_OWNER_LIST_PARTICLES = frozenset({"와", "과"})
_OWNER_LIST_GAPS = frozenset({", ", ",", "·"})
#: Tags of the words of a noun phrase after 의 (중국의 수출 규제가, 북한의 공세적 외교와).
_PHRASE_TAGS = frozenset({"NNG", "NNP", "XSN", "XPN", "SL", "SN", "NR"})


def _owns(doc: "DocView", tok: "Token") -> bool:
    """A country (or a province or city under its full name) that owns an act or a stance: 의 + a
    noun phrase whose head is one of entity_rules.toml [place_actor] owned_heads (중국의 수출 규제를,
    북한의 추가도발 위협이), or a member of a list whose last member does (한국과 일본, 중국과 일본의
    대립) or is a subject that acts (한국과 인도네시아가 통화스와프를 맺는다, ``_acts``): the state, an
    ORG. 한국의 수출, 일본의 공장, 독일과 벨기에가 각각 4명: a place."""
    if kind_of(tok.stem) != "country" and not tok.stem.endswith(ACTOR_ENDINGS):
        return False
    text, tokens = doc.text, doc.tokens
    cur = tok
    for _ in range(6):  # a list of at most six members
        particle = text[cur.stem_end:cur.end]
        if particle == "의":
            return _owned_head(doc, cur)
        if cur is not tok and particle in _ACTOR_PARTICLES:
            return _acts(doc, cur)  # 한국과 일본은 합의했다: the subject list acts as a whole
        if cur.i + 1 >= len(tokens):
            return False
        nxt = tokens[cur.i + 1]
        gap = text[cur.end:nxt.start]
        if not ((particle in _OWNER_LIST_PARTICLES and gap == " ") or (not particle and gap in _OWNER_LIST_GAPS)):
            return False
        if kind_of(nxt.stem) != "country" and not nxt.stem.endswith(ACTOR_ENDINGS):
            return False
        cur = nxt
    return False


def _owned_head(doc: "DocView", owner: "Token") -> bool:
    """True when the noun phrase after ``owner``'s 의 (up to three words, up to the first particle)
    has an act or stance as its head: 북한의 통행차단 조치로 → 조치."""
    text, tokens = doc.text, doc.tokens
    prev = owner
    for i in range(owner.i + 1, min(owner.i + 4, len(tokens))):
        w = tokens[i]
        if text[prev.end:w.start] != " " or not w.tags or not _PHRASE_TAGS.issuperset(w.tags):
            return False  # punctuation, or a verb (알제리의 빠르고 강한 공격): no noun phrase
        if not w.bare or i + 1 >= len(tokens) or text[w.end:tokens[i + 1].start] != " ":
            return w.stem in _owned_heads()
        prev = w
    return False


@lru_cache(maxsize=1)
def _owned_heads() -> frozenset[str]:
    """Acts and stances of a state (entity_rules.toml [place_actor] owned_heads)."""
    return frozenset(load_toml("lexicons/entity_rules.toml").get("place_actor", {}).get("owned_heads", ()))


@lru_cache(maxsize=1)
def _figure_after() -> re.Pattern:
    """A figure right after a subject (entity_rules.toml [place_actor] figure_after)."""
    return re.compile(load_toml("lexicons/entity_rules.toml")["place_actor"]["figure_after"])


@lru_cache(maxsize=1)
def _category_cue() -> re.Pattern:
    """The cues of a breakdown by place (entity_rules.toml [place_actor] category_cues)."""
    return re.compile("|".join(load_toml("lexicons/entity_rules.toml")["place_actor"]["category_cues"]))


@lru_cache(maxsize=1)
def _weather_cues() -> tuple[str, ...]:
    return tuple(load_toml("lexicons/entity_rules.toml").get("place_actor", {}).get("weather_cues", ()))


def weather_after(text: str, pos: int) -> bool:
    """True when the sentence from ``pos`` on is a weather report (entity_rules.toml [place_actor]):
    제주도는 구름이 많이 끼고 … → True; 경상남도는 투자협약을 맺었다 → False."""
    stop = text.find(".", pos, pos + 300)
    rest = text[pos:stop if stop >= 0 else pos + 300]
    return any(w in rest for w in _weather_cues())


@lru_cache(maxsize=1)
def _team_rules() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """(sentence cue of a match, words after a country that make it a team, particles of a team)
    from entity_rules.toml [national_team]."""
    rules = load_toml("lexicons/entity_rules.toml")["national_team"]
    return (re.compile("|".join(rules["sentence_cues"])), frozenset(rules["next_words"]),
            frozenset(rules["particles"]))


@lru_cache(maxsize=1)
def _latin_place_before() -> frozenset[str]:
    """Latin words that make a place with the place word after them (entity_rules.toml [latin_place_name])."""
    return frozenset(load_toml("lexicons/entity_rules.toml")["latin_place_name"]["place_before"])


def _ends_latin_name(doc: "DocView", tok: "Token") -> bool:
    """True when the Latin place word ``tok`` follows a capitalised Latin word that is no place:
    Daon Korea, Hanbit Europe (a company's Latin name), not South Korea or Seoul Korea."""
    p = doc.prev(tok)
    if p is None:
        return False
    word = p.stem
    return ("A" <= word[:1] <= "Z" and word.isascii() and word.isalpha() and kind_of(word) is None
            and word not in _latin_place_before())


def _plays(doc: "DocView", tok: "Token") -> bool:
    """A country that is its national team: 브라질 수비수, or in a sentence about a match
    (이탈리아를 꺾고, 이란에 0대 1로 패배했다; either side of 대만-홍콩, 인도-마카오의 경기가; before a
    player's name, 후반 5분 브라질 네이마르가). Held-out train: OG 17 times, LC 5 in such sentences."""
    if kind_of(tok.stem) != "country":
        return False
    cue, next_words, particles = _team_rules()
    nxt = doc.next(tok)
    if tok.bare and nxt is not None and nxt.stem in next_words:
        return True
    particle = doc.text[tok.stem_end:tok.end]
    if particle not in particles and not (tok.bare and "-" in (doc.text[tok.end:tok.end + 1],
                                                               doc.text[tok.start - 1:tok.start])) and not (
        nxt is not None and _player_after(nxt)
    ):
        return False
    k = bisect_right(doc.sentence_starts, tok.start) - 1
    if k < 0:
        return False
    sent = doc.ctx.sentences[k]
    return cue.search(doc.text, sent.start, sent.end) is not None


def _player_after(nxt: "Token") -> bool:
    """A proper noun right after a bare country that may be a player's name (브라질 네이마르가): not a
    place, an event (브라질 월드컵) or an organisation."""
    if not nxt.proper or kind_of(nxt.stem) is not None:
        return False
    from .events import cue_of  # events imports this module's users
    from .orgs import org_kind  # orgs imports this module

    return cue_of(nxt.stem) is None and org_kind(nxt) is None


def _unknown_proper(tok: "Token") -> bool:
    """A Hangul proper noun we know as nothing else (도호쿠 after 일본): part of a place phrase."""
    from . import orgs, persons  # both import this module

    stem = tok.stem
    if len(stem) < 2 or not tok.all_proper or not stem.isalpha() or not "가" <= stem[0] <= "힣":
        return False
    return not (
        orgs.org_kind(tok) or stem in persons.lexicon().known or persons.korean_name(tok)
        or persons.split_title(stem) or stem in orgs.media_context()[0]  # 네덜란드 프로축구
    )


#: Particles of place after a venue name (서울 서초동 대검찰청에서 열린 …).
#: Particles of place: 코엑스에서, 뮌헨에는 (a venue; a city rather than its football club).
PLACE_PARTICLES = _VENUE_PARTICLES = frozenset({"에서", "에", "에서는", "에서도", "에는"})
#: Organisation kinds whose building is a venue (서울 서초동 대검찰청에서); None = no organisation.
_VENUE_ORG_KINDS = frozenset({None, "government", "public", "police", "center"})


@lru_cache(maxsize=1)
def _org_stop_words() -> frozenset[str]:
    from .orgs import lexicon  # orgs imports this module

    return lexicon().stop


def _venue(doc: "DocView", first: "Token", last: "Token") -> Entity | None:
    """A place phrase + a building or venue name + a particle of place is one LOC: 서울 압구정동
    CGV에서, 전남 진도 실내체육관에, 미국 뉴욕 양키스타디움에서 (held-out train: right 11 times in 14).

    The venue word is a compound of 4+ characters (two morphemes or more, no suffix like 들), or one
    proper noun or Latin name; an event word (월드컵, 박람회), a company or a hospital is no venue."""
    w = doc.next(last)
    if w is None:
        return None
    if doc.text[w.stem_end:w.end] not in _VENUE_PARTICLES:
        return _venue_phrase(doc, first, w) if w.bare else None
    # imported past the common exits above (an import statement per call costs)
    from .events import cue_of  # events imports this module's users

    stem, tags = w.stem, w.tags
    if not (tags in (("NNP",), ("SL",)) or (len(stem) >= 4 and len(tags) >= 2 and tags[-1] != "XSN")):
        return None
    if cue_of(stem) or kind_of(stem) or not stem[-1].isalpha() or stem.endswith(not_venue()):
        return None
    if tags == ("SL",) and (not stem[0].isupper() or stem in _org_stop_words()):
        return None  # 일본 tv에서, 중국 SNS에서: a medium, not a venue (서울 압구정동 CGV에서 is one)
    from .orgs import org_kind  # orgs imports this module

    if org_kind(w) not in _VENUE_ORG_KINDS:
        return None  # 일본 미츠하시전자에, 서울 강남 세브란스병원에: an organisation at its place
    name = doc.text[first.start:w.stem_end]
    return doc.entity(first.start, w.stem_end, "LOC", name, "place.venue.v1", kind="facility")


@lru_cache(maxsize=1)
def venue_ends() -> tuple[str, ...]:
    """Endings of the last word of a venue of several words (포시즌스 호텔, 올림픽 공원 올폰 아레나):
    place_parts.tsv role venue_end, and the suffixes of two letters or more (공원, 경기장)."""
    rows = load_tsv("lexicons/place_parts.tsv", 2)
    return tuple(sorted({r[0] for r in rows if r[1] == "venue_end" or (r[1] == "suffix" and len(r[0]) >= 2)},
                        key=len, reverse=True))


@lru_cache(maxsize=1)
def _branded_venues() -> frozenset[str]:
    """Last words of a venue named after a company's brand (place_parts.tsv role branded_venue)."""
    return frozenset(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "branded_venue")


@lru_cache(maxsize=1)
def _not_in_venue() -> frozenset[str]:
    """Words that are no part of a venue's name (일부, 인근): place_parts.tsv role not_in_venue."""
    return frozenset(r[0] for r in load_tsv("lexicons/place_parts.tsv", 2) if r[1] == "not_in_venue")


#: Kiwi tags a word of a venue's name may carry (no particle, no verb).
_VENUE_WORD_TAGS = frozenset({"NNP", "NNG", "SL", "SN"})


def _venue_phrase(doc: "DocView", first: "Token", w: "Token") -> Entity | None:
    """A place phrase + a venue of two or three words + a particle of place is one LOC: 서울 종로구
    포시즌스 호텔에서, 호주 시드니 올림픽 공원 올폰 아레나에서. The last word ends with a venue ending
    (venue_ends); no word is an organisation, a person, a place or an event word (서울 강남구 한빛테크
    본사에서 leaves the company a company)."""
    from . import persons  # persons imports this module
    from .events import cue_of  # events imports this module's users
    from .orgs import org_kind  # orgs imports this module

    words = [w]
    while len(words) < 3 and words[-1].bare:
        nxt = doc.next(words[-1])
        if nxt is None:
            return None
        words.append(nxt)
    end = words[-1]
    if doc.text[end.stem_end:end.end] not in _VENUE_PARTICLES or len(words) < 2:
        return None
    if not end.stem.endswith(venue_ends()) or end.stem.endswith(not_venue()):
        return None
    branded = end.stem in _branded_venues()  # 포시즌스 호텔: the brand is a company, the hotel a place
    for t in words:
        if not t.tags or not all(tag in _VENUE_WORD_TAGS for tag in t.tags) or kind_of(t.stem) or cue_of(t.stem) \
                or t.stem in _not_in_venue():
            return None
        if (org_kind(t) is not None and not branded) or persons.korean_name(t) or t.stem in persons.lexicon().known:
            return None
    name = doc.text[first.start:end.stem_end]
    return doc.entity(first.start, end.stem_end, "LOC", name, "place.venue.v1", kind="facility")


@lru_cache(maxsize=1)
def landmark_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words after an organisation that make it a place, bodies whose name is their building)."""
    rows = load_tsv("lexicons/place_parts.tsv", 2)
    return frozenset(r[0] for r in rows if r[1] == "near"), frozenset(r[0] for r in rows if r[1] == "seat")


def _landmark_at(doc: "DocView", tok: "Token", gov: tuple[str, str], out: list[Entity]) -> None:
    """A government body (``gov``: its name and kind) named as a place: before 인근/근처/주변 (청와대
    인근, 백악관 인근), or a seat of government or a state before 에서 (청와대에서 퇴근하는, 북한에서 남하하면서)."""
    near, seats = landmark_words()
    nxt = doc.next(tok)
    at = doc.text[tok.stem_end:tok.end] in ("에서", "에서는", "에서도")
    if (nxt is not None and nxt.stem in near and gov[1] in ("government", "state")) or (
        at and (tok.stem in seats or gov[1] == "state")
    ):
        out.append(doc.entity(tok.start, tok.stem_end, "LOC", tok.stem, "place.landmark.v1", kind="facility"))


#: Hanja in parentheses right after a word: 난징(南京)….
_HANJA_GLOSS = re.compile(r"\([\u4e00-\u9fff]{1,12}\)")


def _name_goes_on(doc: "DocView", tok: "Token") -> bool:
    """True when Hanja in parentheses follow the word and the name goes on after them with no space
    and no particle: 난징(南京)정보공정대학이 (a university), 칭다오(靑島)맥주 (a company); not
    베이징(北京)에서 (a particle), 베이징(北京) 톈안먼 (a space)."""
    if tok.stem_end != tok.end or doc.text[tok.end:tok.end + 1] != "(":
        return False
    m = _HANJA_GLOSS.match(doc.text, tok.end)
    if m is None or not "가" <= doc.text[m.end():m.end() + 1] <= "힣":
        return False
    if doc.text[m.end()] in _ADMIN_ENDINGS and kind_of(tok.stem) != "country" and _particle_at(doc, m.end() + 1):
        return False  # 항저우(杭州)시에서: the city under its full name (a country takes no 시/현: 이란(宜蘭)현)
    return not _particle_at(doc, m.end())


#: One-syllable administrative endings written after a city's Hanja: 항저우(杭州)시, 구마모토(熊本)현.
_ADMIN_ENDINGS = frozenset("시군구현성주도")


def _particle_at(doc: "DocView", pos: int) -> bool:
    """True when the word ends at ``pos`` or a particle or the copula starts there."""
    if not "가" <= doc.text[pos:pos + 1] <= "힣":
        return True
    return any(t[0] == "J" or t == "VCP" for t in doc.tags_starting(pos))


#: Kiwi tags of a suffix that makes the word before it a verb or adjective (상주/NNG + 시키/XSV).
_VERB_SUFFIXES = frozenset({"XSV", "XSA"})
#: What ``find`` does at a word, by its stem (bit flags; 0 for most words, skipped in C): _LIVE, a
#: place may start there (not ``_inert``); _GOVERNMENT, a government body that may be a landmark.
_LIVE, _GOVERNMENT = 1, 2
#: stem → its flags, per process.
_ROLES: dict[str, int] = {}


@lru_cache(maxsize=1)
def _last_chars() -> tuple[frozenset[str], frozenset[str]]:
    """(last characters of the place parts, last characters of the glued words): a stem ending
    otherwise has no such suffix (기업: no 업 part; 한국시각 ends with 각 of 시각)."""
    return (frozenset(s[-1] for s in parts()[0] if s),
            frozenset(w[-1] for w in glued() | glued_any() if w))


def _inert(tok: "Token") -> bool:
    """True when ``find`` can start nothing at a word with this stem: checked as a one-morpheme
    proper noun, the most permissive reading, so the answer holds for any tags."""
    stem = tok.stem
    if not stem:
        return True
    part_ends, glue_ends = _last_chars()
    kinds = lexicon()
    # cheap exits first: a place word (after no place) is a known place, a stem ending with a place
    # part (facility) or a known place + a district ending; a glued reading ends with a glued word
    if stem in kinds or stem[:-1] in kinds or stem[-1] in part_ends:
        permissive = tuple.__new__(type(tok), (*tok[:5], ("NNP",)))  # tok with tags ("NNP",), no _replace
        if _place_word(permissive, False) is not None:
            return False
    return len(stem) < 3 or stem[-1] not in glue_ends or not _glue_cuts(stem)


def _role(tok: "Token", government: dict[str, tuple[str, str]]) -> int:
    """The flags of a word's stem: 뮌헨 → _LIVE; 청와대 → _GOVERNMENT | …; 기업 → 0."""
    role = 0 if _inert(tok) else _LIVE
    if government.get(tok.stem) is not None:
        role |= _GOVERNMENT
    return role


#: Kinds of place words that are Korean only (경기: chain_only; foreign cities are often "city" too), and Korea's names.
_KOREAN_ONLY_KINDS = frozenset({"chain_only"})
_KOREA = frozenset({"한국", "대한민국", "남한"})


@lru_cache(maxsize=1)
def hanja_countries() -> dict[str, str]:
    """One-letter Hanja abbreviations of countries → Korean name (hanja_countries.tsv): 美 → 미국."""
    return {r[0]: r[1] for r in load_tsv("lexicons/hanja_countries.tsv", 2)}


#: What may stand on either side of a one-letter Hanja country for it to be a word of its own.
_HANJA_EDGES = frozenset(" \t\n·,…'\"‘’“”[]()")


def _hanja_abbreviations(doc: "DocView") -> list[Entity]:
    """美, 中, 韓 … as words of their own (美 연준, 韓·美 정상회담): LOC named 미국, 중국, 한국 (kind
    country); 中企 (a word of two Hanja) is none."""
    table = hanja_countries()
    text = doc.text
    out = []
    for m in _hanja_letters().finditer(text):
        i = m.start()
        if (i > 0 and text[i - 1] not in _HANJA_EDGES) or (i + 1 < len(text) and text[i + 1] not in _HANJA_EDGES):
            continue
        out.append(doc.entity(i, i + 1, "LOC", table[m.group()], "place.hanja_abbr.v1", kind="country"))
    return out


@lru_cache(maxsize=1)
def _hanja_letters() -> re.Pattern:
    """Any letter of hanja_countries.tsv."""
    return re.compile("[" + "".join(hanja_countries()) + "]")


def find(doc: "DocView") -> list[Entity]:
    """LOC candidates: single place words and chains of adjacent place words."""
    from .orgs import end_words as org_end_words  # orgs imports this module
    from .orgs import lexicon as org_lexicon

    government = org_lexicon().government
    landmarks: list[Entity] = []
    out: list[Entity] = []
    resume = 0  # the first word after the last chain
    # one pass over the words with a role; most have none (0) and are skipped in C
    for tok, role in doc.with_role(_ROLES, lambda t: _role(t, government)):
        stem = tok.stem
        if role & _GOVERNMENT:
            _landmark_at(doc, tok, government[stem], landmarks)
        if not role & _LIVE or tok.i < resume:
            continue
        kind = _place_word(tok, False)
        if kind is not None and "A" <= tok.stem[:1] <= "z" and _ends_latin_name(doc, tok):
            kind = None  # Daon Korea: the last word of a Latin name
        if kind is not None and _name_goes_on(doc, tok):
            kind = None  # 난징(南京)정보공정대학: the first word of a longer name, no place of its own
        if kind is not None and doc.text.startswith("인", tok.stem_end) and tok.stem_end < tok.end:
            kind = None  # 이집트인 콥트교도, 첫 경기인: a people or a copula, no place
        if kind is not None and tok.stem_end < tok.end and not _VERB_SUFFIXES.isdisjoint(
            doc.tags_starting(tok.stem_end)
        ):
            kind = None  # 상주시켜, 상주하는: a verb (상주하다 = to be stationed), not the city
        if kind is None:
            g = _glued_place(doc, tok) if len(tok.stem) >= 3 else None
            if g is not None:
                out.append(g)
            continue
        chain = [(tok, kind)]
        cur = tok
        while True:
            nxt = doc.next(cur)
            if nxt is None:
                break
            k = _place_word(nxt, True)
            if k is None and cur.stem.endswith(sections()[1]) and sections()[0].fullmatch(nxt.stem):
                k = "district"  # 을지로 2가: a numbered section of the road, one place
            if k is None or _name_goes_on(doc, nxt):
                break
            if k in _KOREAN_ONLY_KINDS and chain[0][1] == "country" and chain[0][0].stem not in _KOREA:
                break  # 잉글랜드와 이탈리아 경기 도중: a Korean province or city after a foreign country is none
            chain.append((nxt, k))
            cur = nxt
        end_tok = chain[-1][0]
        if len(chain) >= 3 and end_tok.stem in org_end_words() and chain[-2][1] in _TEAM_CITY_KINDS:
            # 독일 베를린 필하모닉: a city + a word that ends an organisation's name (org_end_words.tsv)
            # after the country is the organisation (as 베를린 필하모닉 alone is), the country a place
            city = chain[-2][0]
            out.append(doc.entity(city.start, end_tok.stem_end, "ORG", doc.text[city.start:end_tok.stem_end],
                                  "org.city_name.v1"))
            chain = chain[:-2]
        first, last = chain[0][0], chain[-1][0]
        if len(chain) == 1 and kind == "chain_only":
            continue
        if len(chain) == 1 and (kind in ACTOR_KINDS or city_district(kind, stem)) and (
            _acts(doc, tok) or _owns(doc, tok)
        ):
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", tok.stem, "org.place_actor.v1", kind=kind))
        elif len(chain) == 2 and chain[0][1] in ("province", "chain_only") and last.stem.endswith("시") and (
            chain[1][1] == "city" or city_district(chain[1][1], last.stem)
        ) and first.stem not in _orgs_lexicon().government and _acts(doc, last):
            # 경남 창원시는 협약을 맺었다: a city under its full name with its province acts, as 창원시는
            out.append(doc.entity(first.start, last.stem_end, "ORG", doc.text[first.start:last.stem_end],
                                  "org.place_actor.v1", kind=chain[1][1]))
            chain = []  # no place phrase of it
        elif len(chain) == 1 and _plays(doc, tok):
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", tok.stem, "org.national_team.v1",
                                  kind="national_team"))
        venue = _venue(doc, first, last)
        if venue is not None:
            out.append(venue)
        pair_kinds = (chain[0][1], chain[-1][1]) if len(chain) == 2 else None
        if pair_kinds is not None and pair_kinds[1] == "place" and pair_kinds[0] in _TEAM_CITY_KINDS and (
            doc.text[last.stem_end:last.end] not in _VENUE_PARTICLES
        ):
            # a city + a word we know as nothing else: a team or a paper named after its city
            # (시카고 불스, 워싱턴 내셔널스, 뉴욕 타임스); held-out train: right 6 times in 8; but
            # 뉴욕 맨해튼에서 (a particle of place) is a place phrase
            name = doc.text[first.start:last.stem_end]
            out.append(doc.entity(first.start, last.stem_end, "ORG", name, "org.city_name.v1"))
            chain = chain[:1]
        elif (
            (pair_kinds is not None and pair_kinds[1] == "place" and pair_kinds[0] == "country")
            # 크로아티아 데얀 로브렌, 세르비아 두샨 블라호비치가: two proper nouns we know as nothing
            # else after a country, one morpheme or two, are a person's name
            or (len(chain) == 3 and chain[0][1] == "country" and chain[1][1] == chain[2][1] == "place")
        ) and not (
            len(last.stem) >= 3 and last.stem.endswith(_REGION_ENDINGS)
        ) and doc.text[last.stem_end:last.end] not in _VENUE_PARTICLES:
            # 중국 런민넷, 크로아티아 이비차 올리치 (two proper nouns: a person's name): the country
            # alone is sure; but 중국 칭하이성 (a
            # region's ending) and 폴란드 브로츠와프에서 (a particle of place) stay one place
            chain = chain[:1]
            if _plays(doc, first):  # 전반 11분 크로아티아 이비차 올리치가 …: the player's team
                out.append(doc.entity(first.start, first.stem_end, "ORG", first.stem, "org.national_team.v1",
                                      kind="national_team"))
        elif len(chain) > 1:
            out.append(doc.entity(first.start, last.stem_end, "LOC", doc.text[first.start:last.stem_end],
                                  "place.chain.v1", kind=chain[-1][1]))
        for t, k in chain:
            rule = "place.lexicon.v1" if kind_of(t.stem) else "place.district.v1"
            out.append(doc.entity(t.start, t.stem_end, "LOC", t.stem, rule, kind=k))
        resume = end_tok.i + 1
    return landmarks + out + _hanja_abbreviations(doc)
