"""Persons: names with titles (박정훈 시장, 이도윤 한빛테크 대표, 박정훈 울산광역시장), 김모 씨, 김철수(45).

The PERSON span is the name only (박정훈); ``title`` and ``org`` are fields. A surname alone
before a title (박 시장) is a short reference that ``linking`` ties to the full name. Rule data:
``resources/lexicons/{titles,title_compounds,surnames,konec_lexicon}.tsv``.

>>> # "이도윤 한빛테크 대표가" → PERSON 이도윤 (title 대표, org 한빛테크)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kopress.schemas import Entity

from ..resources import load_toml, load_tsv
from . import orgs, places

if TYPE_CHECKING:
    from .entities import DocView, Token

_HANGUL_WORD = re.compile(r"^[가-힣]+$")
#: A title word: Hangul, or a Latin or digit department before it (IB부문장, IT본부장); _HANGUL_WORD's superset.
_UNIT_TITLE_WORD = re.compile(r"^[A-Za-z0-9&]*[가-힣]+$")
#: A numbered title (제1차관, 2차관: entity_rules.toml [title_prefix]).
_NUMBERED_TITLE = re.compile(r"^제?[0-9][가-힣]+$")
# 김모 씨, 박씨, A씨, 김모(33)씨, 김철수 씨: a name or surname (+모) then 씨.
_SSI = re.compile(r"([가-힣]{1,4}?|[A-Z])(모)?(?:[ ]?\(\d{1,3}[^()]{0,8}\))?[ ]?(씨|군|양)")
# 김철수(45)·김철수(45·회사원): a name followed by an age in parentheses.
_AGE = re.compile(r"([가-힣]{2,4})\((\d{1,3})(?:세|살)?[,·)]")
#: Titles that make the organisation next to them a company.
_COMPANY_TITLES = frozenset({"대표", "대표이사", "회장", "사장", "부사장", "CEO", "최고경영자"})
#: Words between a name and a title that are not organisations (박정훈 공동 대표).
_NOT_ORGS = frozenset("공동 신임 전임 초대 현직 전직 당시 수석 상임 명예 대표 부 총괄".split())
#: Endings of a word between a name and a title that make it a remit, not an organisation
#: (손석희 보도담당 사장, 김철수 해외영업총괄 부사장), or a ship (양대홍 세월호 사무장, 천안함 함장).
_NOT_ORG_ENDINGS = ("담당", "총괄", "전담", "호", "함")
#: Words between a name and its title: 전 (former), 현 (current).
_FORMER = frozenset({"전", "현", "前", "現"})
#: Titles from the train lexicon that are not job titles of a named person.
_NOT_TITLES = frozenset("대선 정상 임직원 병사 간부 임원 위원 대원 요원 선원 당원 장병 직원 사원 관리 편집 행정 순찰 갑판 경리 조연 궁병 석사 IO".split())


@dataclass(frozen=True)
class PersonLexicon:
    titles: frozenset[str]
    compound_tails: tuple[str, ...]  # titles that may end an org+title compound, longest first
    tail_set: frozenset[str]
    longest_tail: int
    compounds: tuple[tuple[str, str, str], ...]  # (org ending, tail, title)
    surnames: frozenset[str]
    known: frozenset[str]  # train-derived person names
    given: frozenset[str]  # syllables of given names
    given_final: frozenset[str]  # … that may end a name


@lru_cache(maxsize=1)
def lexicon() -> PersonLexicon:
    """Title, surname and name lists, loaded once."""
    rows = load_tsv("lexicons/titles.tsv", 2)
    titles = {r[0] for r in rows}
    tails = {r[0] for r in rows if r[1] == "1"}
    konec = load_tsv("lexicons/konec_lexicon.tsv", 4)
    titles |= {r[0] for r in konec if r[1] == "TITLE" and " " not in r[0] and r[0] not in _NOT_TITLES}
    return PersonLexicon(
        titles=frozenset(titles),
        compound_tails=tuple(sorted(tails, key=len, reverse=True)),
        tail_set=frozenset(tails),
        longest_tail=max(map(len, tails)),
        compounds=tuple((r[0], r[1], r[2]) for r in load_tsv("lexicons/title_compounds.tsv", 3)),
        surnames=frozenset(r[0] for r in load_tsv("lexicons/surnames.tsv", 1)),
        # (not a train form of a name with its title, 박 당선인, 아베 총리: the name is read by the title
        # rules, as KLUE marks it — 박, title 당선인)
        known=frozenset(r[0] for r in konec if r[1] == "PERSON" and (" " not in r[0] or r[0].rsplit(" ", 1)[-1] not in titles))
        | {r[0] for r in load_tsv("lexicons/people.tsv", 1)},
        given=frozenset(r[0] for r in load_tsv("lexicons/given_name_syllables.tsv", 2)),
        given_final=frozenset(r[0] for r in load_tsv("lexicons/given_name_syllables.tsv", 2) if r[1] == "1"),
    )


def _is_org_or_place(stem: str) -> bool:
    lex = orgs.lexicon()
    return (
        stem in lex.government or stem in lex.known or places.kind_of(stem) is not None
        or orgs.ending_of(stem, True) is not None
        or (len(stem) >= 3 and stem[-1] in "시군" and places.kind_of(stem[:-1]) == "city")  # 안동시 (안동장)
    )


def split_title(stem: str) -> tuple[str, str | None] | None:
    """(title, org) of a title word: 시장 → ('시장', None); 울산광역시장 → ('시장', '울산광역시')."""
    return _split_title(stem)


#: A team glued after a title (강민서 교수팀은, 박도현 박사연구팀과): the title is the person's.
_TEAM_WORDS = ("연구팀", "연구진", "팀")


@lru_cache(maxsize=1 << 16)
def _split_title(stem: str) -> tuple[str, str | None] | None:
    lex = lexicon()
    if len(stem) >= 3:
        for ending, tail, title in lex.compounds:
            if stem.endswith(tail):
                org = stem[: -len(tail)]
                if len(org) >= 2 and org.endswith(ending) and _is_org_or_place(org):
                    return title, org
        for k in range(min(len(stem) - 2, lex.longest_tail), 0, -1):
            tail = stem[-k:]
            if tail in lex.tail_set and _is_org_or_place(stem[:-k]):
                return tail, stem[:-k]
    if stem in lex.titles:
        return stem, None
    for prefix in _title_prefixes():  # 상근부회장, 수석부사장, 제1차관: a title, written whole
        if stem.startswith(prefix) and stem[len(prefix):] in lex.titles:
            return stem, None
    for team in _TEAM_WORDS:  # 교수팀, 박사연구팀: the person's team, named by the person's title
        if stem.endswith(team) and stem[:-len(team)] in lex.titles:
            return stem[:-len(team)], None
    heads, shortest, longest = _unit_titles()
    if stem.endswith(heads) and _UNIT_TITLE_WORD.match(stem):  # 경제통상국장; IB부문장, IT본부장
        department = len(stem) - max(len(h) for h in heads if stem.endswith(h))
        if shortest <= department <= longest:
            return stem, None  # 경제통상국장: the head of a department, named whole
    return None


@lru_cache(maxsize=1)
def _title_prefixes() -> tuple[str, ...]:
    """Words a title may be glued after (entity_rules.toml [title_prefix]), longest first."""
    from .entities import _rules  # entities imports this module

    return tuple(sorted(_rules().get("title_prefix", {}).get("words", ()), key=len, reverse=True))


@lru_cache(maxsize=1)
def _unit_titles() -> tuple[tuple[str, ...], int, int]:
    """(unit heads, shortest and longest department name) from entity_rules.toml [unit_titles]."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("unit_titles", {})
    return tuple(rule.get("heads", ())), rule.get("min_department", 2), rule.get("max_department", 8)


#: The pieces Kiwi cuts a three-syllable name into that ``strict=False`` still takes: 정하늘/NNG,
#: 김/NNP 태/NNG 윤/NNG, 이/MM 가온/NNG (before an organisation and a title only).
_LOOSE_NAME_TAGS = frozenset({"NNG", "NNP", "MM"})


def korean_name(tok: "Token", strict: bool = True) -> bool:
    """A Korean personal name: surname + 1-2 syllables, tagged a proper noun (박정훈, 남궁민수).

    ``strict=False`` (when an organisation stands between the name and a title) also takes a
    three-syllable word Kiwi knows as a common noun (정하늘 산업통상자원부 장관).
    """
    stem, tags = tok.stem, tok.tags
    if (not tags or tags.count("NNP") != len(tags)) and (strict or len(stem) != 3 or not _LOOSE_NAME_TAGS.issuperset(tags)):
        return False  # neither all proper nouns (Token.all_proper, counted in C) nor a loose name
    return _name_stem(stem)


@lru_cache(maxsize=places.WORD_CACHE_MAX)  # korean_name is asked about the same words in every text
def _name_stem(stem: str) -> bool:
    """The part of ``korean_name`` that reads only the stem: 박정훈 → True; 하퍼, 강모, 울산시 → False."""
    if not (2 <= len(stem) <= 4) or not _HANGUL_WORD.match(stem) or stem.endswith("모"):
        return False  # 강모: a surname with 모 hides the name (the surname is taken elsewhere)
    lex = lexicon()
    if not (stem[0] in lex.surnames or (len(stem) >= 3 and stem[:2] in lex.surnames)):
        return False
    if len(stem) == 4 and stem[:2] not in lex.surnames:
        return False
    given = stem[2:] if len(stem) == 4 or (len(stem) == 3 and stem[:2] in lex.surnames) else stem[1:]
    if not (all(ch in lex.given for ch in given) and given[-1] in lex.given_final):
        return False  # 하퍼, 도슨: a foreign name that starts like a surname
    return not _is_org_or_place(stem) and split_title(stem) is None


def korean_name_text(name: str) -> bool:
    """A Korean personal name by its letters alone (surname + given syllables): 박지성 → True."""
    return _name_stem(name)


def _loose_before_former(doc: "DocView", former: "Token") -> "Token | None":
    """The name right before 전/현 when Kiwi cut it into pieces that leave no stem to read (박/NNP 현/MM
    숙/NNG 전 대표, 박현숙 현 한빛전자 사외이사): the word as one name, else None."""
    if former.i == 0:
        return None
    w = doc.tokens[former.i - 1]
    if doc.text[w.end:former.start] != " " or w.end - w.start != 3 or w.stem_end == w.end:
        return None
    loose = loose_korean_name(doc, w)
    if loose is None or w.stem != loose[0]:
        return None
    return w._replace(stem_end=w.end, stem=loose, tags=("NNP",))


def loose_korean_name(doc: "DocView", tok: "Token") -> str | None:
    """A three-syllable Korean name Kiwi cut into pieces (김/NNP 태/NNG 용/XSN; 강하/VA ㄴ 승/NNB),
    taken only right before a title: the name's surface, else None. Not a word Kiwi reads as common
    nouns only (전문가), not an organisation, place or title."""
    word = doc.text[tok.start:tok.end]
    m = orgs._PARTICLE_END.search(word) if tok.stem_end < tok.end or len(tok.stem) != 3 else None
    surface = word[: len(word) - len(m.group(0))] if m else (tok.stem if len(tok.stem) == 3 else word)
    if len(surface) != 3 or not _HANGUL_WORD.match(surface):
        return None
    lex = lexicon()
    if surface[0] not in lex.surnames or surface[1] not in lex.given or surface[2] not in lex.given_final:
        return None
    if surface == tok.stem and tok.tags and all(t == "NNG" for t in tok.tags):
        return None  # 전문가: a common noun
    if surface in orgs.lexicon().stop or _is_org_or_place(surface) or split_title(surface) is not None:
        return None
    if surface != tok.stem and _is_org_or_place(tok.stem):
        return None  # 경상남도 함양군수: a province whose last letter reads like a particle (도), no 경상남
    return surface


def _name_word(tok: "Token") -> bool:
    """A word that can be (part of) a foreign name: Hangul, proper noun, not an org/place/title."""
    tags = tok.tags
    if not tags or tags.count("NNP") != len(tags):
        return False  # not all proper nouns (Token.all_proper, counted in C)
    return _name_word_stem(tok.stem)


@lru_cache(maxsize=places.WORD_CACHE_MAX)
def _name_word_stem(stem: str) -> bool:
    """The part of ``_name_word`` that reads only the stem (not an org, place, title or stop word,
    nor an English function word: 오브, 앤드)."""
    return (
        len(stem) >= 2 and bool(_HANGUL_WORD.match(stem)) and stem not in _not_name_words()
        and not _is_org_or_place(stem) and split_title(stem) is None
        and stem not in orgs.lexicon().stop
        and stem not in orgs.region_words()  # 한빛전자 코리아 시장 (market): a country word, no name
    )


def _titled_at(doc: "DocView", tok: "Token", split: tuple[str, str | None], out: list[Entity]) -> None:
    """The person a title word names (박정훈 시장, 박 전 대통령, 이도윤 한빛테크 대표), added to ``out``."""
    title, org = split
    nxt = doc.next(tok)
    if nxt is not None and nxt.stem in _staff_titles():
        return  # 김영훈 대통령 비서실장: the staff title after this one is the person's (read there)
    prev = doc.prev(tok)
    if prev is not None and tok.stem in _staff_titles() and split_title(prev.stem) is not None and (
        before := doc.prev(prev)
    ) is not None:  # 김영훈 대통령 비서실장, 이정현 당선인 정무팀장: staff of the title before
        _titled_at_name(doc, tok, before, f"{prev.stem} {title}", org, out)
        return
    raw = _word_before(doc, tok)
    if raw is not None and doc.text[raw.start:raw.end] in _FORMER and raw.end < tok.start:
        prev = doc.prev(raw) or _loose_before_former(doc, raw)  # 박 전 대통령, 김철수 전 장관 (전 may be tagged a determiner)
    department = None  # (start, end) of a department between the organisation and the title
    if prev is not None and org is None and (before := doc.prev(prev)) is not None and (
        _department(prev, before, title)
    ):
        department = (prev.start, prev.stem_end)  # 에퀴노르 구매담당 부사장: part of the title
    elif prev is not None and org is None and prev.bare and prev.stem in _department_rules()[0] and (
        area := doc.prev(prev)
    ) is not None and area.bare and (before := doc.prev(area)) is not None and _department_area(area):
        # 노바텍 아시아태평양 총괄 사장, 한빛전자 해외영업 담당 상무: a remit written as two words (what,
        # then 총괄/담당) is part of the title as one word is (구매담당)
        department = (area.start, prev.stem_end)
    if department is None:
        _titled_at_name(doc, tok, prev, title, org, out)
        return
    n_found = len(out)
    _titled_at_name(doc, tok, before, title, org, out)
    if len(out) > n_found:
        doc.departments.add(department)  # a person found across it: no ORG there either


def _department_area(tok: "Token") -> bool:
    """The word before a remit written apart (아시아태평양 총괄, 해외영업 담당): Hangul, two letters or
    more, no organisation the lexicons know and no person's title."""
    stem = tok.stem
    lex = orgs.lexicon()
    return len(stem) >= 2 and _HANGUL_WORD.match(stem) is not None and stem not in lex.government and (
        stem not in lex.known
    ) and split_title(stem) is None and orgs.ending_of(stem, True) is None


@lru_cache(maxsize=1)
def _staff_titles() -> frozenset[str]:
    """Titles of a principal's staff (비서실장, 대변인): after another title, the person's own
    (entity_rules.toml [staff_titles])."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("staff_titles", {}).get("titles", ()))


def _titled_at_name(doc: "DocView", tok: "Token", prev: "Token | None", title: str, org: str | None,
                    out: list[Entity]) -> None:
    """``_titled_at`` from the word ``prev`` before the title word ``tok`` (a department skipped)."""
    lex = lexicon()
    loose_org = False  # set by the branch that reads a plain noun as the company (_company_word)
    raw = _word_before(doc, tok)
    if prev is None:
        if raw is not None and raw.end < tok.start and not doc.text[raw.end:tok.start].strip() and (
            raw.stem_end < raw.end and doc.text[raw.stem_end:raw.end] and raw.end - raw.start == 3
        ):  # 김/NNP 두/MM 겸/NNB 울산시장: a name Kiwi cut with a non-noun piece (no stem to read)
            loose = loose_korean_name(doc, raw)
            if loose is not None and raw.stem == loose[0]:
                out.append(doc.entity(raw.start, raw.start + 3, "PERSON", loose, "person.title.v1",
                                      title=title, org=org))
            return
        if raw is not None and not raw.tags and org is None:
            _surname_before(doc, raw, tok, title, out)  # 한/MM 부사장
        if (aliased := _name_with_latin_alias(doc, tok)) is not None:  # 존 리(John Lee) 부사장
            first, last, alias = aliased
            out.append(doc.entity(first.start, last.stem_end, "PERSON", doc.text[first.start:last.stem_end],
                                  "person.title_latin.v1", title=title, org=org, alias=alias))
            return
        # 이정우 한국과학기술원(KAIST) 교수: the organisation with its alias in parentheses before the
        # title; only a full name before the organisation makes the person
        org_tok = _org_before_alias(doc, tok)
        p2 = doc.prev(org_tok) if org_tok is not None and org is None else None
        if p2 is not None and korean_name(p2):
            out.append(doc.entity(org_tok.start, org_tok.stem_end, "ORG", org_tok.stem, "org.before_title.v1",
                                  kind="company" if title in _COMPANY_TITLES else None))
            out.append(doc.entity(p2.start, p2.stem_end, "PERSON", p2.stem, "person.title.v1",
                                  title=title, org=org_tok.stem))
        elif p2 is not None and len(words := _foreign_name_before(doc, org_tok)) >= 2:
            # 존 하트웰 주한미국상공회의소(AMCHAM) 회장: a foreign full name (two words at least) the same way
            out.append(doc.entity(org_tok.start, org_tok.stem_end, "ORG", org_tok.stem, "org.before_title.v1",
                                  kind="company" if title in _COMPANY_TITLES else None))
            out.append(doc.entity(words[0].start, words[-1].stem_end, "PERSON",
                                  doc.text[words[0].start:words[-1].stem_end], "person.title_foreign.v1",
                                  title=title, org=org_tok.stem))
        return
    name_toks: list = []
    rule = None
    p2 = doc.prev(prev)
    if p2 is not None and doc.one_morph(p2, prev) and _name_word(p2) and _name_word(prev):
        name_toks = [p2, prev]  # 마이클 도슨 (one proper noun over two words)
    elif korean_name(prev) or dae_name(prev, title) or (org is not None and korean_name(prev, strict=False)) or (
        title in _sure_titles() and len(prev.stem) == 3 and korean_name(prev, strict=False)
    ):  # (임종/NNG 식/NNG 도교육감: a title that is never a common noun takes a name Kiwi cut)
        # the organisation before the name (한빛메디텍 박성진 대표): entities.person_orgs; an organisation
        # in the title word also takes a name Kiwi reads as a common noun (정기명/NNG 여수시장)
        name_toks = [prev]
    elif p2 is not None and _first_name_and_surname(doc, p2, prev):
        name_toks, rule = [p2, prev], "person.title_foreign.v1"  # 마크 리 사장, 데이비드 김 대표
    elif prev.stem == "모" and p2 is not None and len(p2.stem) == 1 and p2.bare and p2.stem in lex.surnames and (
        _SPACE_GAP.fullmatch(doc.text, p2.end, prev.start) is not None
    ):  # 이 모 상무, 최 모 경위: someone of that surname (as 이모 감독관), not a person named 모
        out.append(doc.entity(p2.start, p2.stem_end, "PERSON", p2.stem, "person.short_title.v1",
                              title=title, org=org))
        return
    elif len(prev.stem) == 1 and prev.stem in lex.surnames:
        out.append(doc.entity(prev.start, prev.stem_end, "PERSON", prev.stem, "person.short_title.v1",
                              title=title, org=org))
        return
    elif name_toks := _latin_name_before(doc, prev):  # Kevin Park 대표
        rule = "person.title_latin.v1"
    elif org is None and p2 is not None and _org_word(prev) and not _LATIN_NAME_WORD.fullmatch(prev.stem) and (
        name_toks := _latin_name_before(doc, p2)
    ):  # Grace Kim 한빛테크 부사장: a Latin name, then the company the person works for
        rule = "person.title_latin.v1"
        org = prev.stem
        out.append(doc.entity(prev.start, prev.stem_end, "ORG", prev.stem, "org.before_title.v1",
                              kind="company" if title in _COMPANY_TITLES else None))
    elif len(prev.stem) == 2 and prev.stem[1] == "모" and prev.stem[0] in lex.surnames:
        out.append(doc.entity(prev.start, prev.start + 1, "PERSON", prev.stem[0], "person.short_title.v1",
                              title=title, org=org))  # 이모 감독관: the surname
        return
    elif org is None and (_org_word(prev) or "MAG" in prev.tags and orgs.by_legal_mark(doc.text, prev.start, prev.end)) and (
        not _surname_word(prev, p2)
    ) and (
        named := _name_before_org(doc, prev, p2)
    ) is not None:  # ㈜바로/MAG 배송 팀장: a company name next to its legal form, whatever Kiwi read in it
        # (안나 이바노바 교수: a word that ends like a foreign surname is no organisation)
        org = prev.stem
        name_toks = [named]
        if not _stationed(prev.stem):  # 박준호 주호찌민 총영사: the post, no organisation named 주호찌민
            out.append(doc.entity(prev.start, prev.stem_end, "ORG", prev.stem, "org.before_title.v1",
                                  kind="company" if title in _COMPANY_TITLES else None))
    elif org is None and p2 is not None and (
        _org_word_strict(prev.stem) or _org_acronym(prev) or (loose_org := _company_word(prev, title))
    ) and (
        (p3 := _word_before(doc, p2)) is not None and (
            _name_word(p2) and _foreign(p2)
            and (doc.prev(p2) is p3 and _name_word(p3) and _foreign(p3) or _given_first(doc, p3, p2))
            or _mixed_name_word(p2) and _given_first(doc, p3, p2)  # 존 하트웰 (하트/NNP 웰/NNG)
            or _first_name_and_surname(doc, p3, p2))  # 마크 리 노바텍 사장
        and (not loose_org or p3.stem in _foreign_first_names() and not doc.one_morph(p3, prev))
    ):  # (앤드루 밀러 메드브릿지 최고경영자: any noun before a company title after a listed first name)  # 아지즈 라흐만 메이뱅크 부행장, 파이살 알오타이비 AHG 최고경영자: two foreign words, then the
        # company the person works for (a name ending, a lexicon name or a Latin acronym); the first
        # word may be a listed one-syllable first name (존 스미스 AHG 대표)
        org = prev.stem
        name_toks = [p3, p2]
        out.append(doc.entity(prev.start, prev.stem_end, "ORG", prev.stem, "org.before_title.v1",
                              kind="company" if title in _COMPANY_TITLES else None))
    elif org is None and p2 is not None and _foreign_province(prev, title) and (
        name_toks := _vietnamese_name_before(doc, prev) or _foreign_name_before(doc, prev)
    ):  # 응우옌 반 훙 롱안성 인민위원장: the name, then the province (or city) the person heads
        org = prev.stem
    elif org is None and p2 is not None and (
        ((places.kind_of(prev.stem) == "country" or (
            title in _foreign_rules()[1] and places.kind_of(prev.stem) in ("province", "foreign_city")
        )) and (name_toks := _foreign_name_before(doc, prev)))
        or (_ministry(prev, title) and places.kind_of(p2.stem) == "country"
            and (name_toks := _foreign_name_before(doc, p2)))
    ):  # 마르크 뤼테 네덜란드 총리 (the country the person heads; or the state or city a governor or
        # mayor heads: 그렉 애벗 텍사스 주지사); 부디 산토소 인도네시아 행정개혁부 장관
        # (a ministry of that country: the country and the ministry are the organisation)
        if places.kind_of(prev.stem) in ("country", "province", "foreign_city"):
            org = prev.stem
        else:
            org = doc.text[p2.start:prev.stem_end]
            out.append(doc.entity(p2.start, prev.stem_end, "ORG", org, "org.before_title.v1"))
    elif org is not None and p2 is not None and places.kind_of(prev.stem) in ("province", "city") and (
        korean_name(p2) and _SPACE_GAP.fullmatch(doc.text, p2.end, prev.start) is not None
    ):  # 임창호 경상남도 함양군수, 이용록 충남 홍성군수: the province of the county or city in the title
        name_toks = [p2]
    elif (loose := loose_korean_name(doc, prev)) is not None:
        out.append(doc.entity(prev.start, prev.start + 3, "PERSON", loose, "person.title.v1",
                              title=title, org=org))
        return
    elif org is None and _name_word(prev) and _foreign(prev) and (aliased := _name_with_latin_alias(doc, prev)):
        # 앤드루 밀러(Andrew Miller) 메드브릿지 최고경영자: the name and its Latin spelling, then the
        # organisation the person works for (not a person named 메드브릿지)
        first, last, alias = aliased
        out.append(doc.entity(prev.start, prev.stem_end, "ORG", prev.stem, "org.before_title.v1",
                              kind="company" if title in _COMPANY_TITLES else None))
        out.append(doc.entity(first.start, last.stem_end, "PERSON", doc.text[first.start:last.stem_end],
                              "person.title_latin.v1", title=title, org=prev.stem, alias=alias))
        return
    elif _name_word(prev) and _foreign(prev):
        name_toks = [prev]
        given, place_titles = _foreign_rules()
        while p2 is not None and len(name_toks) < 3 and _name_word(p2) and _foreign(p2):
            name_toks.insert(0, p2)
            p2 = doc.prev(p2)
        first_given = name_toks[0].stem in given
        if not first_given and len(name_toks) < 3:
            # 부디/MAG 산토소 장관, 존/NNP 하트웰 시장: a listed first name opens the name whatever Kiwi
            # read it as (a word of its own, right before the name, with no particle)
            g = doc.tokens[name_toks[0].i - 1] if name_toks[0].i > 0 else None
            if g is not None and g.end <= name_toks[0].start and doc.text[g.start:g.end] in given and (
                _SPACE_GAP.fullmatch(doc.text, g.end, name_toks[0].start)
            ):
                name_toks.insert(0, g)
                first_given = True
        if len(prev.stem) >= _UNIT_NAME_MIN and not _long_surname(prev.stem):
            # a long last word names a unit, not a person (지멘스 디지털인더스트리 부사장): the name
            # is the words before it, if any (안데르스 닐센 아시아태평양본부 본부장)
            name_toks.pop()
            if not name_toks:
                return
        elif len(name_toks) == 3 and first_given and org is None and title in place_titles:
            # 존 하트웰 케이티 시장: first name, last name, then the place the person heads
            place = name_toks.pop()
            org = place.stem
        elif len(name_toks) == 3 and org is None and title in _COMPANY_TITLES and (
            first_given or name_toks[0].stem in _foreign_first_names()
        ) and len(prev.stem) >= 3 and not _long_surname(prev.stem) and not doc.one_morph(name_toks[0], prev) and (
            doc.text[name_toks[0].start:prev.stem_end] not in lex.known
        ):  # 앤드루 밀러 메드브릿지 CEO: first name, last name, then the company the person runs
            company = name_toks.pop()
            org = company.stem
            out.append(doc.entity(company.start, company.stem_end, "ORG", org, "org.before_title.v1",
                                  kind="company"))
    if not name_toks:
        return
    first, last = name_toks[0], name_toks[-1]
    if rule is None:
        rule = "person.title.v1" if len(name_toks) == 1 and (korean_name(first, False) or dae_name(first, title)) else (
            "person.title_foreign.v1"
        )
    out.append(doc.entity(first.start, last.stem_end, "PERSON", doc.text[first.start:last.stem_end],
                          rule, title=title, org=org))


@lru_cache(maxsize=1)
def _sure_titles() -> frozenset[str]:
    """Titles that are never a common noun (entity_rules.toml [sure_titles])."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("sure_titles", {}).get("titles", ()))


def _company_word(tok: "Token", title: str) -> bool:
    """A plain noun word before a company's title (메드브릿지/NNG 최고경영자): no title, place or known
    person; the company's name when a foreign full name with a listed first name comes before it."""
    return title in _COMPANY_TITLES and tok.bare and len(tok.stem) >= 3 and bool(tok.tags) and all(
        t in ("NNG", "NNP") for t in tok.tags
    ) and split_title(tok.stem) is None and places.kind_of(tok.stem) is None and tok.stem not in _NOT_ORGS


def _department(tok: "Token", before: "Token", title: str) -> bool:
    """A department word between an organisation and a title (구매담당, 영업본부, 반도체부문,
    경영지원실: entity_rules.toml [department_words]), not a body the lexicons know; a unit
    (…본부, …실) only when the word ``before`` it is no Korean name (김영호 국가안보실 1차장) or the
    title is the head of that kind of unit, one of [department_words] headed_units (김민수 영업본부
    본부장: 본부 + 장)."""
    stem = tok.stem
    remits, units, headed, min_length = _department_rules()
    if len(stem) < min_length or not _HANGUL_WORD.match(stem):
        return False
    if not stem.endswith(remits) and not (stem.endswith(units) and (
        not korean_name(before, strict=False) or title[-1:] == "장" and title[:-1] in headed and stem.endswith(title[:-1])
    )):
        return False
    lex = orgs.lexicon()
    return stem not in lex.government and stem not in lex.known


@lru_cache(maxsize=1)
def _department_rules() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], int]:
    """(remit endings, unit endings, units whose head's title makes them a department after a name,
    shortest department) from entity_rules.toml [department_words]."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("department_words", {})
    return (tuple(rule.get("remit_endings", ())), tuple(rule.get("unit_endings", ())),
            frozenset(rule.get("headed_units", ())), rule.get("min_length", 3))


def _ministry(tok: "Token", title: str) -> bool:
    """A ministry word (행정개혁부) before a minister's title (entity_rules.toml [foreign_names])."""
    endings, titles = _ministry_rules()
    return title in titles and len(tok.stem) >= 3 and tok.stem.endswith(endings) and bool(_HANGUL_WORD.match(tok.stem))


@lru_cache(maxsize=1)
def _ministry_rules() -> tuple[tuple[str, ...], frozenset[str]]:
    from .entities import _rules  # entities imports this module

    rule = _rules().get("foreign_names", {})
    return tuple(rule.get("ministry_endings", ())), frozenset(rule.get("ministry_titles", ()))


def _foreign_name_before(doc: "DocView", tok: "Token") -> list:
    """The words of a foreign name right before ``tok`` (one to three proper nouns that are no
    place, organisation or title, a listed first name possibly opening them): 마르크 뤼테 before
    네덜란드; [] when there is none."""
    words: list = []
    p = doc.prev(tok)
    while p is not None and len(words) < 3 and _name_word(p) and _foreign(p):
        words.insert(0, p)
        p = doc.prev(p)
    if not words and p is not None and _mixed_name_word(p) and (g := _word_before(doc, p)) is not None \
            and _given_first(doc, g, p):
        return [g, p]  # 존 하트웰 (하트/NNP 웰/NNG): a listed first name makes the next word a surname
    if words and len(words) < 3 and (g := _word_before(doc, words[0])) is not None and _given_first(doc, g, words[0]):
        words.insert(0, g)  # 부디/MAG 산토소, 존 스미스: a listed first name Kiwi read as anything
    return words


class _ProvinceRules(NamedTuple):
    titles: frozenset[str]  # 인민위원장
    endings: tuple[str, ...]  # 성, 시
    surnames: frozenset[str]  # 응우옌, 쩐


@lru_cache(maxsize=1)
def _province_rules() -> _ProvinceRules:
    """The heads of foreign provinces of entity_rules.toml [foreign_names]."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("foreign_names", {})
    return _ProvinceRules(frozenset(rule.get("province_titles", ())), tuple(rule.get("province_endings", ())),
                          frozenset(rule.get("vietnamese_surnames", ())))


def _foreign_province(tok: "Token", title: str) -> bool:
    """롱안성, 하이퐁시 before 인민위원장: a proper noun (its first piece, to Kiwi) ending with a
    province's or city's ending, right before the title of its head."""
    rules = _province_rules()
    stem = tok.stem
    return title in rules.titles and len(stem) >= 3 and stem.endswith(rules.endings) and (
        tok.tags[:1] == ("NNP",) and bool(_HANGUL_WORD.match(stem))
    )


#: The longest word of a Vietnamese name in Hangul (응우옌), and the most words of one (응우옌 티 미 안).
_VIET_WORD_MAX, _VIET_WORDS_MAX = 3, 4
_VIET_TAGS = frozenset({"NNG", "NNP", "NNB"})


def _vietnamese_name_before(doc: "DocView", tok: "Token") -> list:
    """응우옌 반 훙 before 롱안성: short bare noun words (any noun tag: Kiwi reads them as common
    nouns) right before ``tok``, from a listed Vietnamese surname on, two words at least; else []."""
    words: list = []
    p = doc.prev(tok)
    while p is not None and len(words) < _VIET_WORDS_MAX and len(p.stem) <= _VIET_WORD_MAX and p.tags and (
        _VIET_TAGS.issuperset(p.tags) and _HANGUL_WORD.match(p.stem) and split_title(p.stem) is None
    ):
        words.insert(0, p)
        p = doc.prev(p)
    surnames = _province_rules().surnames
    for k, w in enumerate(words):
        if w.stem in surnames and len(words) - k >= 2:
            return words[k:]
    return []


def _word_before(doc: "DocView", tok: "Token") -> "Token | None":
    """The word right before ``tok`` (any, 부디/MAG too), or None at the start of the text."""
    return doc.tokens[tok.i - 1] if tok.i > 0 else None


def _mixed_name_word(tok: "Token") -> bool:
    """A word Kiwi read as a proper noun then common nouns (하트/NNP 웰/NNG), three letters at least,
    that could be a surname after a listed first name (no organisation, place, title or stop word)."""
    tags = tok.tags
    return (tok.bare and len(tok.stem) >= 3 and len(tags) >= 2 and tags[0] == "NNP"
            and all(t in ("NNP", "NNG") for t in tags) and _name_word_stem(tok.stem))


def _given_first(doc: "DocView", tok: "Token", nxt: "Token") -> bool:
    """A first name of entity_rules.toml [foreign_names] given_names, a bare word right before the
    next word of the name (존 스미스, 부디 산토소), whatever Kiwi read it as."""
    return doc.text[tok.start:tok.end] in _foreign_rules()[0] and bool(_SPACE_GAP.fullmatch(doc.text, tok.end, nxt.start))


def _stationed(stem: str) -> bool:
    """주 + a place (駐: stationed in): 주호찌민, 주미, 주베트남 — where a diplomat serves, no body.

    >>> _stationed("주호찌민"), _stationed("주베트남"), _stationed("주성엔지니어링")
    (True, True, False)
    """
    return len(stem) >= 3 and places.stationed(stem)


#: The medial vowels (jamo) in the order of Unicode's Hangul syllables (가 = ㅏ, 개 = ㅐ, …).
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"


def _long_surname(stem: str) -> bool:
    """A long foreign word that ends like a surname (entity_rules.toml [foreign_names]): -ova, -ev,
    -vich, -sky …

    >>> _long_surname("누르마감베토바"), _long_surname("아브두라흐마노프"), _long_surname("디지털인더스트리")
    (True, True, False)
    """
    endings, finals, vowels = _long_surname_rules()
    if stem.endswith(endings):
        return True
    if len(stem) < 2 or stem[-1] not in finals or not "가" <= stem[-2] <= "힣":
        return False
    return _MEDIALS[(ord(stem[-2]) - 0xAC00) // 28 % 21] in vowels  # 토 → ㅗ


#: The shortest word before a title read as a foreign surname by its ending, not as an organisation.
_SURNAME_WORD_MIN = 4


def _surname_word(tok: "Token", before: "Token | None") -> bool:
    """A proper noun of four syllables or more that ends like a foreign surname (이바노바, 쿠즈네초바)
    and has no organisation's ending nor a lexicon entry: the last word of a name, no organisation —
    unless a Korean full name of three syllables or more stands ``before`` it (김민수 테크노바 대표:
    the company; 안나 이바노바: a first name of two)."""
    stem = tok.stem
    if len(stem) < _SURNAME_WORD_MIN or not tok.all_proper or not _long_surname(stem) or _org_word_strict(stem):
        return False
    return before is None or len(before.stem) < 3 or not korean_name(before, strict=False)


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """English function words in Hangul that are no word of a name (entity_rules.toml [foreign_names])."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("foreign_names", {}).get("not_name_words", ()))


@lru_cache(maxsize=1)
def _long_surname_rules() -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    """(whole endings, last syllables, vowels before them) of long foreign surnames."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("foreign_names", {})
    return (tuple(rule.get("long_surname_endings", ())), frozenset(rule.get("long_surname_finals", ())),
            frozenset(rule.get("long_surname_vowels", ())))


@lru_cache(maxsize=1)
def _foreign_rules() -> tuple[frozenset[str], frozenset[str]]:
    """(first names that open a foreign name, titles that head a place) from entity_rules.toml
    [foreign_names]."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("foreign_names", {})
    return frozenset(rule.get("given_names", ())), frozenset(rule.get("place_titles", ()))


#: Particles Kiwi sometimes reads as a noun after a title (김/NNP 시장/NNG 과/NNG).
_GLUED_JC = frozenset("과와")


def _glued_title_at(doc: "DocView", tok: "Token", out: list[Entity]) -> None:
    """김 시장과 …, where Kiwi read 과 as a noun (시장/NNG 과/NNG): the title is the stem without
    과, and only a surname alone right before it (the short reference) makes the person; the
    department 시장과 (a 과 named 시장) after anything else stays out."""
    cut = tok.stem_end - 1
    if not doc.morph_ends(cut):
        return
    prev = doc.prev(tok)
    if prev is None or len(prev.stem) != 1 or prev.stem not in lexicon().surnames:
        return
    title = tok.stem[:-1]
    out.append(doc.entity(prev.start, prev.stem_end, "PERSON", prev.stem, "person.short_title.v1", title=title))


def _surname_before(doc: "DocView", raw: "Token", tok: "Token", title: str, out: list[Entity]) -> None:
    """한 부사장은 after 한지훈 부사장: a one-letter word Kiwi read as a determiner (한/MM, 이/MM)
    before a title is the short reference only when a full name with that surname and that title
    came earlier (한 관계자, 한 부사장 alone: "a vice-president", no person)."""
    letter = doc.text[raw.start:raw.end]
    if raw.end - raw.start != 1 or letter in _FORMER or letter not in lexicon().surnames:
        return
    if not _SPACE_GAP.fullmatch(doc.text, raw.end, tok.start):
        return
    if any(e.title == title and len(e.name) >= 2 and e.name[0] == letter and e.end <= raw.start for e in out):
        out.append(doc.entity(raw.start, raw.end, "PERSON", letter, "person.short_title.v1", title=title))


_SPACE_GAP = re.compile(r"[ \t\u00a0]{1,3}")


def _org_before_alias(doc: "DocView", tok: "Token") -> "Token | None":
    """The organisation word before ``(ALIAS) `` right before ``tok``: 한국과학기술원 in
    한국과학기술원(KAIST) 교수, when it is an organisation word; else None."""
    text = doc.text
    close = tok.start - 2
    if close < 2 or text[close:tok.start] != ") ":
        return None
    opening = text.rfind("(", max(0, close - _MAX_ALIAS), close)
    if opening < 1 or ")" in text[opening:close] or not _ALIAS_TEXT.fullmatch(text, opening + 1, close):
        return None  # 베르골리오(76) 추기경: an age, not an alias
    org_tok = doc.by_end.get(opening)
    if org_tok is None or not org_tok.bare or not _org_word(org_tok):
        return None
    return org_tok if _org_word_strict(org_tok.stem) else None  # a name we know as an organisation's


#: Kiwi's tags of a one-syllable surname closing a foreign name in Hangul (존 리/NNP, 케빈 박/NNG).
_SURNAME_TAGS = (("NNP",), ("NNG",))
#: A capitalised Latin word of a personal name: Kevin, McDonald, O'Brien, Jean-Paul (not ACETECH).
_LATIN_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-]?[A-Z][a-z]+)?")


class _LatinNameRules(NamedTuple):
    surnames: frozenset[str]  # Korean surnames in Latin letters (Park, Kim)
    given: frozenset[str]  # given names (Kevin, Grace)
    most: int  # the most words of a name
    hangul_surnames: frozenset[str]  # 리, 림: the last word of a Hangul name before a Latin one
    ambiguous: frozenset[str]  # Park, Moon: a surname only after a given name


@lru_cache(maxsize=1)
def _latin_name_rules() -> _LatinNameRules:
    """The word lists of entity_rules.toml [latin_names]."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("latin_names", {})
    return _LatinNameRules(frozenset(rule.get("surnames", ())), frozenset(rule.get("given_names", ())),
                           rule.get("max_words", 3), frozenset(rule.get("hangul_surnames", ())),
                           frozenset(rule.get("ambiguous_surnames", ())))


def _latin_name(words: list[str]) -> bool:
    """Two or three capitalised Latin words that make a personal name: the last a Korean surname in
    Latin letters or the first a given name, none an organisation's cue or a stop word.

    >>> _latin_name(["Kevin", "Park"]), _latin_name(["Grace", "Kim"]), _latin_name(["Michael", "Dawson"])
    (True, True, True)
    >>> _latin_name(["Blue", "Ocean"]), _latin_name(["Kevin", "Tech"]), _latin_name(["ACETECH"])
    (False, False, False)
    >>> _latin_name(["Hanbit", "Park"]), _latin_name(["Minsu", "Kim"])  # Park: an English word too
    (False, True)
    """
    rules = _latin_name_rules()
    if not 2 <= len(words) <= rules.most:
        return False
    lex = orgs.lexicon()
    for w in words:
        if not _LATIN_NAME_WORD.fullmatch(w) or w.lower() in lex.latin_cues or w in lex.stop:
            return False
    return words[0] in rules.given or words[-1] in rules.surnames and words[-1] not in rules.ambiguous


def _latin_name_before(doc: "DocView", tok: "Token") -> list:
    """The words of a Latin personal name that ends with ``tok`` (Kevin Park before 대표): two
    words, or three when the first is a given name (Mary Ann Lee); [] when there is none, or when
    one more capitalised Latin word stands right before it (Hanbit Kevin Park: whose name is it?)."""
    if not _LATIN_NAME_WORD.fullmatch(tok.stem) or not tok.bare:
        return []
    words = [tok]
    p = doc.prev(tok)
    while p is not None and len(words) < 4 and _LATIN_NAME_WORD.fullmatch(p.stem):
        words.insert(0, p)
        p = doc.prev(p)
    given = _latin_name_rules().given
    if len(words) == 3 and words[0].stem in given and _latin_name([t.stem for t in words]):
        return words
    if len(words) == 2 and _latin_name([t.stem for t in words]):
        return words
    return []


def _name_with_latin_alias(doc: "DocView", tok: "Token") -> "tuple[Token, Token, str] | None":
    """존 리(John Lee) 부사장, 김민수(Minsu Kim) 대표: the Hangul name before a Latin personal name in
    parentheses right before the title, when the Latin spells it (in either order of the words):
    (first word, last word, the Latin name), else None."""
    text = doc.text
    close = tok.start - 2
    if close < 2 or text[close:tok.start] != ") ":
        return None
    opening = text.rfind("(", max(0, close - _MAX_ALIAS), close)
    if opening < 1 or ")" in text[opening:close]:
        return None
    words = text[opening + 1:close].split(" ")
    if not _latin_name(words):
        return None
    last = doc.by_end.get(opening)
    if last is None or not last.bare:
        return None
    if korean_name(last):
        names = [last]
    else:  # a foreign name in Hangul, its last word possibly a one-syllable Korean surname (존 리)
        if not (_name_word(last) and _foreign(last) or last.tags in _SURNAME_TAGS and (
            last.stem in lexicon().surnames or last.stem in _latin_name_rules().hangul_surnames
        )):  # 케빈 박/NNG: a one-syllable surname, whatever noun Kiwi read it as
            return None
        names = [last]
        given = _foreign_rules()[0]
        p = doc.prev(last)
        while p is not None and len(names) < 3 and (_name_word(p) and _foreign(p) or p.stem in given):
            names.insert(0, p)
            p = doc.prev(p)
        if len(names) < 2:
            return None  # one word: not told from an organisation's short name
    hangul = "".join(t.stem for t in names)
    if not (orgs.spells(hangul, "".join(words)) or orgs.spells(hangul, "".join(reversed(words)))):
        return None
    return names[0], names[-1], text[opening + 1:close]


#: The longest alias in parentheses between an organisation and a title (Hanbit Robotics).
_MAX_ALIAS = 40
#: An alias: Latin or Hangul words (KAIST, Hanbit Robotics, 에이스텍), not a number or a note.
_ALIAS_TEXT = re.compile(r"[A-Za-z가-힣][A-Za-z가-힣&.\- ]*")


@lru_cache(maxsize=1)
def _university_titles() -> frozenset[str]:
    """Titles a university has (총장, 교수, 감독 …): entity_rules.toml [university_name]."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("university_name", {}).get("titles", ()))


def dae_name(tok: "Token", title: str) -> bool:
    """윤석대 사장: a three-syllable proper noun ending with 대 (a university by its ending, as 한빛대)
    is a person's name next to a title no university has (사장, 대표; not 총장, 교수, 감독), when it
    reads as surname + given syllable + 대 and no lexicon knows it (서울대, 고려대)."""
    stem = tok.stem
    if len(stem) != 3 or stem[2] != "대" or tok.tags != ("NNP",) or title in _university_titles():
        return False
    lex, olex = lexicon(), orgs.lexicon()
    return (stem[0] in lex.surnames and stem[1] in lex.given and stem not in olex.government
            and stem not in olex.known and places.kind_of(stem) is None)


def _name_before_org(doc: "DocView", org: "Token", p2: "Token | None") -> "Token | None":
    """The full name before the organisation word of a title (``p2``, the word before it), or before
    전/현 and it: 김도현 전 한빛물류 부사장 → 김도현 (전 may be tagged a determiner: no ``doc.prev``).
    Across 전/현 the word must be an organisation by itself (a proper noun, a lexicon name or a
    name ending: 세모그룹, 통일부), not any noun (김도식 전 비서실 행사팀장: no organisation) nor a
    title itself (고승덕 전 서울시교육감 후보)."""
    former = False
    if p2 is None and org.i > 0:
        raw = doc.tokens[org.i - 1]
        gap = doc.text[raw.end:org.start]
        if doc.text[raw.start:raw.end] in _FORMER and not gap.strip():
            p2, former = doc.prev(raw) or _loose_before_former(doc, raw), True
        elif gap[:1] == " " and gap.strip() in orgs.lexicon().forms and raw.bare:
            p2 = raw  # 김하은 ㈜바로배송 팀장: the legal-form marker between name and company
    elif p2 is not None and p2.stem in _FORMER:
        p2, former = doc.prev(p2) or _loose_before_former(doc, p2), True
    elif p2 is not None and _stationed(p2.stem):
        p2 = doc.prev(p2)  # 이민호 주베트남 한국대사관 공사참사관: where the embassy is, between name and body
    if former and (not (org.proper or _is_org_or_place(org.stem)) or split_title(org.stem) is not None):
        return None
    if p2 is None and not former and org.i > 0:
        # 박/NNP 짓/VV 은/ETM 누리바이오 부사장: a three-syllable name Kiwi read as a surname and a verb
        raw = doc.tokens[org.i - 1]
        word = doc.text[raw.start:raw.end]
        if doc.text[raw.end:org.start] == " " and len(word) == 3 and raw.tags[:1] == ("NNP",) and (
            raw.stem_end - raw.start == 1 and _name_stem(word)
        ):
            return raw._replace(stem_end=raw.end, stem=word, tags=("NNP",))
    return p2 if p2 is not None and korean_name(p2, strict=False) else None


#: A foreign-looking word this long right before a title names a unit, not a person (지멘스
#: 디지털인더스트리 부사장); the words of a name are shorter (새누리당 이자스민 의원, 안데르스 닐센),
#: but for long surnames by their ending (누르마감베토바: ``_long_surname``).
_UNIT_NAME_MIN = 6

#: Endings of proper nouns that are not people: ships (세월호), and words Kiwi calls NNP.
_NOT_NAME_END = ("호", "함", "사", "당", "군", "대", "국", "원", "청", "부")


def _foreign(tok: "Token") -> bool:
    """A word that may be a foreign name (오바마, 도슨), not a ship (세월호) or an organisation."""
    return not tok.stem.endswith(_NOT_NAME_END) and not _org_word_strict(tok.stem)


def _org_word_strict(stem: str) -> bool:
    return orgs.ending_of(stem, True) is not None or stem in orgs.lexicon().known


def _org_acronym(tok: "Token") -> bool:
    """A Latin acronym of three or more capitals (AHG) that is no stop word nor a title (CEO)."""
    stem = tok.stem
    return tok.tags == ("SL",) and orgs.ACRONYM.match(stem) is not None and stem not in orgs.lexicon().stop and (
        split_title(stem) is None
    )


def _org_word(tok: "Token") -> bool:
    """A word between a name and a title that names the person's organisation (한빛테크, 오름데이터)."""
    stem = tok.stem
    if stem in orgs.lexicon().stop or len(stem) < 2 or stem in _NOT_ORGS or stem.endswith(_NOT_ORG_ENDINGS):
        return False
    if stem in lexicon().titles:
        return False  # 김민수 대표이사 사장: two titles, not an organisation named 대표이사
    if tok.proper or _is_org_or_place(stem):
        return True
    # 이도윤 오름데이터 대표: any noun word between a full name and a title names the organisation
    return bool(tok.tags) and all(t in ("NNG", "NNP", "SL", "SN") for t in tok.tags) and len(stem) >= 3


def _title_first_at(doc: "DocView", tok: "Token", out: list[Entity]) -> None:
    """A title (a bare word) before a full name (대표 최성민, (대표이사 김철수)): the name, with that title."""
    nxt = doc.next(tok)
    after = doc.next(nxt) if nxt is not None else None  # the word after the name, spaces between
    paren = doc.text[tok.start - 1:tok.start] == "("
    if nxt is not None and (korean_name(nxt) or dae_name(nxt, tok.stem) or paren and _parenthesised_name(doc, nxt)
                            or _listed_name(doc, tok, nxt)) and (
        split_title(after.stem if after is not None else "") is None
    ):
        org = None
        before = doc.by_end.get(tok.start - 1) if paren else None
        if before is not None and before.bare and _org_word(before):  # 오름데이터(대표 서지민)
            org = before.stem
            out.append(doc.entity(before.start, before.stem_end, "ORG", org, "org.before_title.v1",
                                  kind="company" if tok.stem in _COMPANY_TITLES else None))
        out.append(doc.entity(nxt.start, nxt.stem_end, "PERSON", nxt.stem, "person.title_first.v1",
                              title=tok.stem, org=org))
        pos = nxt.stem_end  # ▲ 상무 이지은·박민수: the names listed after it with a middle dot share the title
        while doc.text[pos:pos + 1] == "·" and (end := _listed_after_dot(doc.text, pos + 1)) is not None:
            out.append(doc.entity(pos + 1, end, "PERSON", doc.text[pos + 1:end], "person.title_first.v1",
                                  title=tok.stem, org=org))
            pos = end


#: A run of Hangul letters (a name listed after a middle dot, with any particle after it).
_HANGUL_RUN = re.compile(r"[가-힣]+")


def _listed_after_dot(text: str, start: int) -> int | None:
    """The end of a Korean name at ``start`` (after a middle dot), alone or before a particle
    (이지은·박민수가 → 박민수), else None: 한빛테크가 is no name."""
    m = _HANGUL_RUN.match(text, start)
    if m is None:
        return None
    word = m.group()
    particles = _dot_particles()
    for n in (3, 2, 4):
        if len(word) >= n and _name_stem(word[:n]) and (len(word) == n or word[n:] in particles):
            return start + n
    return None


@lru_cache(maxsize=1)
def _dot_particles() -> frozenset[str]:
    """What a name listed after a middle dot may carry (entity_rules.toml [listed_names] dot_particles)."""
    return frozenset(load_toml("lexicons/entity_rules.toml")["listed_names"]["dot_particles"])


def _listed_name(doc: "DocView", title: "Token", tok: "Token") -> bool:
    """A Korean name closing a bulleted line of a personnel notice, even one Kiwi cuts into common
    nouns: ▲ 리스크관리담당 상무 박성/NNP 진/NNG (a line that starts with a bullet of
    entity_rules.toml [listed_names] and ends with the name, or a note in parentheses after it)."""
    after = doc.text[tok.stem_end:tok.stem_end + 2]
    bullets = _list_bullets()
    if tok.stem_end != tok.end or not (
        after[:1] in ("\n", "\r", "", "(") or after == " (" or (after[:1] == " " and after[1:] in bullets)
    ):  # the line's end, a note, or the next item's bullet on the same line (▲ 부행장 김성호 ▲ 상무 …)
        return False
    if not _cut_name(tok):
        return False
    before = doc.text[doc.text.rfind("\n", 0, title.start) + 1:title.start]  # the line up to the title
    return before.rstrip()[-1:] in bullets or before.lstrip()[:1] in bullets


@lru_cache(maxsize=1)
def _list_bullets() -> frozenset[str]:
    return frozenset(load_toml("lexicons/entity_rules.toml")["listed_names"]["bullets"])


def _parenthesised_name(doc: "DocView", tok: "Token") -> bool:
    """A Korean name closing a ``(TITLE NAME)`` note, even one Kiwi reads as common nouns: 창원시(시장
    홍남표/NNG)는, 경상남도(도지사 김정/NNP 민/NNG)는 — the note names the head of the body before it."""
    after = doc.text[tok.stem_end:tok.stem_end + 1]
    if after == ",":  # (회장 윤진식, 이하 무역협회): a note after the name, the parenthesis closed soon
        close = doc.text.find(")", tok.stem_end, tok.stem_end + _NOTE_AFTER_NAME)
        if close < 0 or "(" in doc.text[tok.stem_end:close] or "\n" in doc.text[tok.stem_end:close]:
            return False
    elif after != ")":
        return False
    return _cut_name(tok)


#: The longest note after a name and its comma before the parenthesis closes (, 이하 무역협회).
_NOTE_AFTER_NAME = 24


def _cut_name(tok: "Token") -> bool:
    """A Korean name whatever nouns Kiwi read it as (홍남표/NNG, 박성/NNP 진/NNG, 윤/NNP 진/NNG
    식/NNB: a bound noun last; 이/MM 서진/NNG: the surname read as a determiner first): taken only
    where the place says a name stands (a "(TITLE NAME)" note, a bulleted line of a personnel notice)."""
    tags = tok.tags
    if tags[:1] == ("MM",) and len(tags) >= 2:
        tags = tags[1:]  # 이/MM 서진/NNG: the surname 이 read as a determiner (이 = this)
    return bool(tags) and all(t in ("NNP", "NNG") for t in tags[:-1]) and tags[-1] in ("NNP", "NNG", "NNB") and (
        _name_stem(tok.stem)
    )


_SSI_SUFFIX = re.compile(r"[씨군양]")
#: The longest _SSI match: a 4-syllable name, 모, a space, an age note of 14 characters, a space, 씨.
_SSI_REACH = 24
#: The longest _SSI match without an age note: a 4-syllable name, 모, a space, 씨 (6 before 씨).
_SSI_SHORT_REACH = 6


def _ssi_matches(text: str):
    """``_SSI.finditer(text)``, searched only in the few characters before each 씨/군/양 (the
    same matches, without running the pattern at every syllable of the text)."""
    last_end = 0
    for s in _SSI_SUFFIX.finditer(text):
        pos = s.start()
        if pos < last_end:
            continue
        start = max(last_end, pos - _SSI_REACH)
        if text.find(")", start, pos) < 0:  # no age note: a match is at most 7 characters long
            start = max(start, pos - _SSI_SHORT_REACH)
        for m in _SSI.finditer(text, start, pos + 1):
            last_end = m.end()
            yield m


def _ssi(doc: "DocView") -> list[Entity]:
    """김모 씨, 박씨, A씨, 이 양, A군: the name (or surname) before 씨/군/양 is a person."""
    out: list[Entity] = []
    lex = lexicon()
    for m in _ssi_matches(doc.text):
        name, suffix = m.group(1), m.group(3)
        # the name first (most matches are words like 다양, 군청): then the token and the tags
        if name.isascii() or len(name) == 1 or m.group(2):
            ok = name.isascii() or name in lex.surnames
        elif suffix == "씨":
            ok = (name[0] in lex.surnames or name[:2] in lex.surnames) and not _is_org_or_place(name)
        else:
            ok = False
        if not ok or doc.token_at(m.start(1)) is None:
            continue
        tags = doc.tags_starting(m.end() - 1)
        if "NNB" not in tags and "XSN" not in tags:
            continue
        # 김모 씨: a surname with 모 hides the name (another person than a named 김철수: no link)
        rule = "person.ssi_anon.v1" if m.group(2) else "person.ssi.v1"
        out.append(doc.entity(m.start(1), m.end(1), "PERSON", name, rule))
    return out


_AGE_OPEN = re.compile(r"\(\d")
#: The most characters an _AGE match reaches past its parenthesis: (, 3 digits, 세, then ) or , or ·.
_AGE_TAIL = 7


def _age_matches(text: str):
    """``_AGE.finditer(text)``, searched only around each "(" + digit (the name of 2-4 syllables
    before it, the age after it): the same matches, without running the pattern at every syllable."""
    last_end = 0
    for o in _AGE_OPEN.finditer(text):
        pos = o.start()
        if pos < last_end:
            continue
        m = _AGE.search(text, max(last_end, pos - 4), pos + _AGE_TAIL)
        if m is not None:
            last_end = m.end()
            yield m


def _aged(doc: "DocView") -> list[Entity]:
    out: list[Entity] = []
    for m in _age_matches(doc.text):
        tok = doc.token_at(m.start(1))
        if tok is None or tok.stem != m.group(1) or not korean_name(tok):
            continue
        out.append(doc.entity(m.start(1), m.end(1), "PERSON", m.group(1), "person.age.v1"))
    return out


def _opens_quoted_title(text: str, tok: "Token") -> bool:
    """True when ``tok`` opens a single-quoted name of several words: '서해선 복선전철 3공구' 사업 (a
    project's title, whose first word Kiwi may read as a person's name)."""
    if tok.start == 0 or text[tok.start - 1] not in "'‘" or text[tok.stem_end:tok.stem_end + 1] != " ":
        return False
    return _QUOTED_REST.match(text, tok.stem_end) is not None


#: The rest of a single-quoted name on its line, up to its closing quote.
_QUOTED_REST = re.compile(r"[^'’\n]{1,40}['’]")


def _kiwi_name_stem(stem: str) -> bool:
    """A stem that, tagged one proper noun, is a three-syllable name and nothing else we know (박지윤)."""
    lex = lexicon()
    return (len(stem) == 3 and stem[1] in lex.given and stem[2] in lex.given_final and stem[2] != "이"
            and stem[2] not in _kiwi_not_final()  # 상인회: an association
            and _name_stem(stem) and stem not in orgs.lexicon().stop)  # korean_name of a lone NNP


@lru_cache(maxsize=1)
def _kiwi_not_final() -> frozenset[str]:
    """Last syllables no lone proper noun of three syllables ends a name with (entity_rules.toml [kiwi_name])."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("kiwi_name", {}).get("not_final", ()))


def _multiword(doc: "DocView") -> list[Entity]:
    """A foreign full name Kiwi reads as one proper noun over two or three words (크리스 카푸아노)."""
    out: list[Entity] = []
    for start, end in doc.multiword.items():
        first = doc.token_at(start)
        if first is None:
            continue
        toks = [first]
        while toks[-1].end < end:
            nxt = doc.next(toks[-1])
            if nxt is None:
                break
            toks.append(nxt)
        last = toks[-1]
        if len(toks) < 2 or last.stem_end != end or not all(_name_word(t) and _foreign(t) for t in toks):
            continue
        if first.stem not in _foreign_first_names():
            continue  # 어메이징 스파이더맨, 델마와 루이스: a work's title Kiwi reads as one proper noun
        if split_title(doc.tokens[last.i + 1].stem if last.i + 1 < len(doc.tokens) else "") is None and (
            _is_org_or_place(doc.text[start:end])
        ):
            continue
        out.append(doc.entity(start, end, "PERSON", doc.text[start:end], "person.multiword.v1"))
    return out


def _first_name_and_surname(doc: "DocView", first: "Token", last: "Token") -> bool:
    """A listed foreign first name, a space, then a bare one-syllable Korean surname (마크 리, 데이비드
    김): a foreign-born person's name (surnames.tsv and entity_rules.toml [foreign_names]
    surnames_after_first_name)."""
    return len(last.stem) == 1 and last.bare and first.bare and (
        last.stem in lexicon().surnames or last.stem in _surnames_after_first_name()
    ) and first.stem in _foreign_first_names() and first.stem not in lexicon().surnames and (
        _SPACE_GAP.fullmatch(doc.text, first.end, last.start) is not None
    )  # not 이 모 상무, 최 모 경위 (a surname and 모: someone of that surname)


@lru_cache(maxsize=1)
def _surnames_after_first_name() -> frozenset[str]:
    """One-syllable surnames a foreign first name takes besides surnames.tsv (entity_rules.toml
    [foreign_names] surnames_after_first_name: 리)."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("foreign_names", {}).get("surnames_after_first_name", ()))


@lru_cache(maxsize=1)
def _foreign_first_names() -> frozenset[str]:
    """First names that open a foreign full name (entity_rules.toml [foreign_names] first_names and
    given_names, and the first words of people.tsv's two-word names)."""
    from .entities import _rules  # entities imports this module

    first_names = frozenset(_rules().get("foreign_names", {}).get("first_names", ()))
    return first_names | _foreign_rules()[0] | _pair_firsts()


@lru_cache(maxsize=1)
def _pair_firsts() -> frozenset[str]:
    """First words of the lexicon's names of two words or more (데이비드 of 데이비드 베컴)."""
    return frozenset(k.split(" ", 1)[0] for k in lexicon().known if " " in k)


def _known_at(doc: "DocView", tok: "Token", role: int, out: list[Entity]) -> None:
    """A known name, or the first word of a known pair, at ``tok`` (데이비드 베컴): added to ``out``."""
    known = lexicon().known
    stem = tok.stem
    nxt = doc.next(tok)
    if role & _KNOWN_NAME and (len(stem) >= 3 or tok.all_proper):  # not an organisation or place
        # the lexicon may know one word of a foreign full name (데이비드 + 베컴, 크리스티아누 + 호날두)
        first, last = tok, tok
        # …never a Korean name's (정운찬 고건, 윤채영이 조동혁: two people side by side)
        foreign = not _name_stem(stem)
        if foreign and tok.bare and nxt is not None and _name_word(nxt) and _foreign(nxt) and split_title(nxt.stem) is None:
            last = nxt
        prev = doc.prev(tok)
        if foreign and last is tok and prev is not None and prev.bare and _name_word(prev) and _foreign(prev):
            first = prev  # not over a particle: 안젤라 베이비와 황샤오밍
        out.append(doc.entity(first.start, last.stem_end, "PERSON", doc.text[first.start:last.stem_end],
                              "person.lexicon.v1"))
    if role & _PAIR_FIRST and nxt is not None and f"{stem} {nxt.stem}" in known:
        out.append(doc.entity(tok.start, nxt.stem_end, "PERSON", f"{stem} {nxt.stem}", "person.pair.v1"))


#: What ``find`` does at a word, by its stem (bit flags; 0 for most words, skipped in C).
_TITLE, _TITLE_FIRST, _KNOWN_NAME, _PAIR_FIRST, _KIWI_NAME, _TITLE_GLUED, _MISSION_TITLE = 1, 2, 4, 8, 16, 32, 64
#: a known name (not an organisation or place too), or the first word of a known pair of words
_KNOWN = _KNOWN_NAME | _PAIR_FIRST
#: stem → its flags, per process.
_ROLES: dict[str, int] = {}


@lru_cache(maxsize=1)
def _title_ends() -> frozenset[str]:
    """Last characters of the titles and compound tails: a title word ends with one (…장, …관)."""
    lex = lexicon()
    return frozenset(w[-1] for w in (*lex.titles, *lex.tail_set, *(c[1] for c in lex.compounds)) if w)


@lru_cache(maxsize=1)
def _tail_ends() -> frozenset[str]:
    """Last letters of what ends a title word that is no title itself (the compounds' tails, the
    tail titles, the unit heads: 장, 관, 사 …), among ``_title_ends``."""
    lex = lexicon()
    tails = (*lex.tail_set, *(c[1] for c in lex.compounds), *_unit_titles()[0])
    # (and a team after a title: 교수팀, 박사연구진)
    return (frozenset(w[-1] for w in tails if w) & _title_ends()) | frozenset(w[-1] for w in _TEAM_WORDS)


def _role(stem: str) -> int:
    """The flags of a stem: 시장 → _TITLE | _TITLE_FIRST; 박지윤 → _KIWI_NAME; 기업 → 0."""
    lex = lexicon()
    role = 0
    # split_title finds a title in a word that is one, or that ends with a compound's tail, a
    # tail title or a unit head (…장, …관, …사: few last letters, _tail_ends)
    if stem and (stem in lex.titles or (
        stem[-1] in _tail_ends() and (_UNIT_TITLE_WORD.match(stem) or _NUMBERED_TITLE.match(stem))  # IT본부장
        and split_title(stem) is not None
    )):
        role |= _TITLE  # a title or an org + title compound (울산광역시장)
    if stem in lex.titles or (role & _TITLE and split_title(stem) == (stem, None)):
        # a title that may come before the name (대표 최성민; a department's head or a prefixed title
        # written whole: ▲경제산업실장 최영수, 상근부회장 정우성)
        role |= _TITLE_FIRST
    if stem in lex.known and not _is_org_or_place(stem) and stem not in orgs.lexicon().stop:
        role |= _KNOWN_NAME  # (not a common word the train lexicon has once as a name: 루프, stop_words.tsv)
    if stem in _pair_firsts():
        role |= _PAIR_FIRST  # "stem next" may be a known pair (stems have no space)
    if len(stem) == 3 and _kiwi_name_stem(stem):
        role |= _KIWI_NAME
    if len(stem) >= 3 and stem[-1] in _GLUED_JC and stem[:-1] in lex.titles:
        role |= _TITLE_GLUED  # 시장/NNG 과/NNG: Kiwi kept the particle 과 in the stem
    if stem in _mission_titles():
        role |= _MISSION_TITLE  # 공사: a diplomat's title only after a mission (find reads the word before)
    return role


@lru_cache(maxsize=1)
def _mission_titles() -> frozenset[str]:
    """Titles only right after a diplomatic mission (entity_rules.toml [mission_prefix] titles)."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("mission_prefix", {}).get("titles", ()))


def find(doc: "DocView") -> list[Entity]:
    """PERSON candidates of one document (plus the ORG between a name and its title)."""
    titled: list[Entity] = []
    title_first: list[Entity] = []
    known: list[Entity] = []
    kiwi_names: list[Entity] = []
    # one pass over the words for the rules keyed on a word's stem; most words have no role (0)
    for tok, role in doc.with_role(_ROLES, lambda t: _role(t.stem)):
        stem = tok.stem
        if role & _TITLE:
            _titled_at(doc, tok, _split_title(stem), titled)
        if role & _TITLE_GLUED:
            _glued_title_at(doc, tok, titled)
        if role & _MISSION_TITLE and (prev := doc.prev(tok)) is not None and prev.bare and (
            orgs._mission_ending(prev.stem)
        ):  # 김영호 주베트남 한국대사관 공사: the mission's minister
            _titled_at(doc, tok, (stem, None), titled)
        if role & _TITLE_FIRST and tok.bare:
            _title_first_at(doc, tok, title_first)
        if role & _KNOWN:
            _known_at(doc, tok, role, known)
        if role & _KIWI_NAME and tok.tags == ("NNP",) and not (
            doc.multiword and any(ms <= tok.start < me for ms, me in doc.multiword.items())
        ) and not _opens_quoted_title(doc.text, tok):  # not a word of a proper noun over several words
            # (지옥의 묵시록: a title, no name), nor the first word of a quoted title ('서해선 복선전철 3공구')
            kiwi_names.append(doc.entity(tok.start, tok.stem_end, "PERSON", stem, "person.kiwi_name.v1"))
    return titled + title_first + _ssi(doc) + _aged(doc) + known + kiwi_names + _multiword(doc)
