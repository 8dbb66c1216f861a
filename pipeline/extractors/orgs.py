"""Organisations: legal-form markers, name endings, government bodies, Latin names and aliases.

``find(doc)`` returns ORG candidates (overlaps allowed; ``entities.settle`` picks). Rule data:
``resources/lexicons/{legal_forms,org_suffixes,government,org_latin_cues,stop_words,konec_lexicon}.tsv``.

>>> # "㈜벤텍프런티어는" → ORG text ㈜벤텍프런티어, name 벤텍프런티어, legal_form 주식회사
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kopress.schemas import Entity

from .. import linking
from ..numbers import PER
from ..resources import alternation, load_toml, load_tsv
from . import base, events, places

if TYPE_CHECKING:
    from .entities import DocView, Token

#: Words after an organisation that make a branch of it (한국무역협회 뉴욕지부).
BRANCH_KINDS = frozenset({"branch"})
#: Kinds of organisation that take the place before them into their name (울산 남부경찰서); other
#: organisations after a place are at that place (서울 여의도 중소기업중앙회 = LOC + ORG).
PLACE_PREFIXED_KINDS = frozenset({"police", "military", "state"})
#: Kinds of organisation whose name may be followed by one of its units (국회 국토교통위원회,
#: 서울대 경영대학); a company followed by another company is a list, not a unit.
SUBUNIT_PARENTS = frozenset({"government", "university", "politics", "law", "education", "public",
                             "association", "international", "military"})
_HANGUL = re.compile(r"[가-힣]")
_HANGUL_WORD = re.compile(r"^[가-힣]+$")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z0-9&]*(?:[.\-][A-Za-z0-9&]+)*$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{2,}$")
_ACRONYM_SHORT = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_LATIN_HANGUL = re.compile(r"^([A-Z][A-Z0-9&]{0,5})([가-힣]{2,})$")
#: Characters before a name ending marked ``long`` (org_suffixes.tsv) from which a compound needs
#: no proper noun (선임연구원 no, 항공우주연구원 yes).
LONG_NAME_PREFIX = 4
#: A parenthesis of at most 60 characters: 한빛로보틱스(Hanbit Robotics), ACETECH(에이스텍).
_PAREN = re.compile(r"\(([^()\n]{1,60})\)")
#: Latin letters with diacritics and the letters of Latin-1 and Latin Extended-A (Ørsted, Nestlé,
#: Škoda), in a character class: no × or ÷.
_LATIN_EXTRA = "À-ÖØ-öø-ÿĀ-ž"
_LATIN_ALIAS = re.compile(rf"^[A-Za-z{_LATIN_EXTRA}][A-Za-z0-9{_LATIN_EXTRA}&.,'\- ]*$")
_HANGUL_ALIAS = re.compile(r"^[가-힣]+(?: [가-힣]+){0,3}$")
_LATIN_WORD = re.compile(rf"^[A-ZÀ-ÖØ-Þ][A-Za-z0-9{_LATIN_EXTRA}&]*$")
_HAS_LATIN = re.compile(r"[A-Z]")
#: At most this many words before a parenthesis make the name it spells.
MAX_ALIAS_WORDS = 4





@dataclass(frozen=True)
class OrgLexicon:
    prefix: re.Pattern
    suffix: re.Pattern
    forms: dict[str, str]  # marker → normalised legal form
    word_markers: frozenset[str]  # markers that are words of their own (주식회사)
    proper_only: frozenset[str]  # prefix markers that need a proper noun after them (법무법인 세종)
    suffix_markers: frozenset[str]
    endings: tuple[tuple[str, str, bool | str, int], ...]  # longest first
    ending_map: dict[str, tuple[str, str, bool | str, int]]
    longest_ending: int
    ending_lasts: frozenset[str]  # last letters of the endings: 전자 → 자
    government: dict[str, tuple[str, str]]  # form → (canonical name, kind)
    public_bodies: frozenset[str]  # the forms of ``government`` that government.tsv lists
    known: dict[str, str]  # train-derived ORG forms → kind
    latin_cues: frozenset[str]
    stop: frozenset[str]
    heads: frozenset[str]
    head_endings: tuple[str, ...]  # 재무부, 경찰국: common-noun endings of a place's organisation
    units: frozenset[str]  # 총회, 노조: a unit of the organisation named right before it (유엔 총회)
    #: heads that name an organisation's office at a place (무역관): the organisation written before
    #: the place is part of the name (코트라 호치민 무역관)
    offices: frozenset[str] = frozenset()
    #: a team's short names that do not start with its full name's first word (알토스, 트윈스, 첼시):
    #: an organisation only in a document about sport (entity_rules.toml [team_short])
    team_shorts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _sport_cues() -> re.Pattern:
    """Words that make a document one about sport (entity_rules.toml [team_short] cues)."""
    rules = load_toml("lexicons/entity_rules.toml")
    return re.compile("|".join(rules["team_short"]["cues"] + rules["national_team"]["sentence_cues"]))


def _about_sport(text: str) -> bool:
    """True when ``text`` has a word of sport (시즌, 감독, 홈런 …): a team's short name may be used."""
    return _sport_cues().search(text) is not None


@lru_cache(maxsize=1)
def lexicon() -> OrgLexicon:
    """Organisation rule data, loaded and compiled once."""
    forms, prefix, suffix, words = {}, [], [], set()
    proper_only = set()
    for marker, form, position in load_tsv("lexicons/legal_forms.tsv", 3):
        forms[marker] = form
        if position in ("prefix", "both", "prefix_proper"):
            prefix.append(marker)
        if position == "prefix_proper":
            proper_only.add(marker)
        if position in ("suffix", "both"):
            suffix.append(marker)
        if _HANGUL.match(marker):
            words.add(marker)
    endings = tuple(sorted(
        ((s, k, p if p in ("place", "long", "alias") else p == "1", int(m)) for s, k, p, m in load_tsv("lexicons/org_suffixes.tsv", 4)),
        key=lambda e: -len(e[0]),
    ))
    government: dict[str, tuple[str, str]] = {}
    for row in load_tsv("lexicons/government.tsv", 2):
        name, kind = row[0], row[1]
        government[name] = (name, kind)
        for short in (row[2].split(",") if len(row) > 2 and row[2] else []):
            short = short.strip()
            # 울산시/전북도: the short form of a province or city may name another place (광주시),
            # so it keeps its own name and is linked only when the release also has the full one.
            weak = short.endswith(("시", "도"))
            government.setdefault(short, (short if weak else name, kind))
    public_bodies = frozenset(government)
    known = {r[0]: r[2] for r in load_tsv("lexicons/konec_lexicon.tsv", 4) if r[1] == "ORG"}
    team_shorts: set[str] = set()
    for name in ("lexicons/companies.tsv", "lexicons/organisations.tsv"):
        for row in load_tsv(name, 2):
            names = [row[0]] + [s.strip() for s in (row[2].split(",") if len(row) > 2 and row[2] else [])]
            if row[1] == "team":
                first = row[0].split()[0]
                team_shorts.update(n for n in names[1:] if " " not in n and not n.startswith(first))
            # a short form written out in full names the organisation (부산대 → 부산대학교)
            canonical = max((n for n in names if n.startswith(row[0])), key=len)
            for form in names:
                if " " in form:  # 뉴욕 양키스: two-word names go where the pair rule looks
                    known.setdefault(form, row[1])
                else:
                    government.setdefault(form, (canonical, row[1]))
    return OrgLexicon(
        prefix=re.compile(r"(?:%s)[ \t]?" % alternation(prefix)),
        suffix=re.compile(r"(?:%s)" % alternation(m for m in suffix if m not in words)),
        forms=forms,
        word_markers=frozenset(words & set(suffix)),
        proper_only=frozenset(proper_only),
        suffix_markers=frozenset(suffix),
        endings=endings,
        ending_map={e[0]: e for e in reversed(endings)},
        longest_ending=max(len(e[0]) for e in endings),
        ending_lasts=frozenset(e[0][-1] for e in endings),
        government=government,
        public_bodies=public_bodies,
        known=known,
        latin_cues=frozenset(r[0].lower() for r in load_tsv("lexicons/org_latin_cues.tsv", 1)),
        stop=frozenset(r[0] for r in load_tsv("lexicons/stop_words.tsv", 1)),
        heads=frozenset(r[0] for r in load_tsv("lexicons/org_heads.tsv", 1) if r[1:2] not in (("ending",), ("unit",))),
        offices=frozenset(r[0] for r in load_tsv("lexicons/org_heads.tsv", 1) if r[1:2] == ("office",)),
        units=frozenset(r[0] for r in load_tsv("lexicons/org_heads.tsv", 1) if r[1:2] == ("unit",)),
        team_shorts=frozenset(team_shorts),
        head_endings=tuple(r[0] for r in load_tsv("lexicons/org_heads.tsv", 1) if r[1:2] == ("ending",)),
    )


@lru_cache(maxsize=1)
def court_units() -> tuple[tuple[str, ...], re.Pattern]:
    """(court name endings, regex of a unit after the court) from court_units.tsv.

    >>> bool(court_units()[1].match("형사합의38부")), bool(court_units()[1].match("형사 3단독"))
    (True, True)
    """
    rows = load_tsv("lexicons/court_units.tsv", 2)
    by = {}
    for word, role in rows:
        by.setdefault(role, []).append(word)
    num = r"(?:제\s?)?[0-9]{1,3}"
    unit = (
        rf"(?:{num})?(?:{alternation(by['case'])})(?:{alternation(by['panel'])})?\s?(?:{num})?(?:{alternation(by['seat'])})"
        rf"|(?:{alternation(by['whole'])})|[가-힣]{{1,4}}(?:{alternation(by['branch'])})"
        rf"|(?:{alternation(by['dept'])})[0-9]{{0,2}}부"
    )
    return tuple(by["court"]), re.compile(rf"(?:{unit})")


def _court_unit(doc: "DocView", tok: "Token", canonical: str) -> Entity | None:
    """A court or prosecutors' office and its unit: 서울고법 형사12부, 수원지법 평택지원."""
    endings, unit = court_units()
    if not canonical.endswith(endings) or not tok.bare:
        return None
    nxt = doc.next(tok)
    if nxt is None:
        return None
    m = unit.match(doc.text, nxt.start)
    if m is None:
        return None
    end = m.end()
    last = next((t for t in doc.tokens[nxt.i:nxt.i + 3] if t.start < end <= t.end), None)
    if last is None or last.stem_end != end:
        return None
    return doc.entity(tok.start, end, "ORG", doc.text[tok.start:end], "org.subunit.v1", kind="government")


@lru_cache(maxsize=places.WORD_CACHE_MAX)
@lru_cache(maxsize=1)
def _not_endings() -> dict[str, tuple[str, ...]]:
    """Kind → common words that end like its names but name none (entity_rules.toml [party_ending],
    [university_ending], [company_ending], [public_ending])."""
    rules = load_toml("lexicons/entity_rules.toml")
    return {kind: tuple(rules[f"{kind}_ending"]["not_endings"]) for kind in ("party", "university", "company", "public")}


def ending_of(stem: str, proper: bool, alias: bool = False) -> tuple[str, str] | None:
    """(ending, kind) when ``stem`` is an organisation by its ending: 대한전자 → ('전자', 'company').
    ``alias``: the word has its Latin name in parentheses after it (메이뱅크(Maybank)), which the
    endings marked ``alias`` need (뱅크: 뮤직뱅크 alone is a TV show)."""
    lex = lexicon()
    if stem in lex.stop or not stem or stem[0].isdigit() or stem in PER:
        return None  # PER: a rate word is no party (kg당, 톤당: 당 is also the ending of 민주당)
    for k in range(min(lex.longest_ending, len(stem)), 0, -1):
        hit = lex.ending_map.get(stem[-k:])
        if hit is not None:
            ending, kind, needs_proper, min_prefix = hit
            if len(stem) - k < min_prefix:
                return None
            if needs_proper == "place":
                # (a mission abroad may open with 주 or 주한, "resident in": 주한일본대사관, 주베트남대사관)
                lead = 2 if stem.startswith("주한") and len(stem) - k > 2 else 1 if stem[0] == "주" else 0
                if not any(places.kind_of(stem[a:n]) for a in {0, lead}
                           for n in range(a + 2, min(a + 5, len(stem) - k + 1))):
                    return None
            elif needs_proper == "long" and not proper and len(stem) - k < LONG_NAME_PREFIX:
                return None  # a long compound before the ending is a name (항공우주연구원, 한국화이자제약)
            elif needs_proper is True and not proper or needs_proper == "alias" and not alias:
                return None
            not_endings = _not_endings().get(kind)
            if not_endings and stem.endswith(not_endings):
                return None  # 예술의전당, 구매담당 (당); 조선시대, 엄마부대 (대); 아이돌그룹, 교통카드: common words
            return ending, kind
    return None


#: Tags of the one-syllable pieces Kiwi cuts a name it does not know into (세/MM 온/NNG 전자).
_PIECE_TAGS = frozenset({"MM", "NNG", "XPN", "NNB"})


@lru_cache(maxsize=1)
def _company_endings() -> frozenset[str]:
    return frozenset(e[0] for e in lexicon().endings if e[1] == "company" and e[2] in (True, "long"))


@lru_cache(maxsize=1)
def _name_stems() -> frozenset[str]:
    """Native words companies take as their names, Kiwi's common nouns (lexicons/org_name_stems.tsv)."""
    return frozenset(r[0] for r in load_tsv("lexicons/org_name_stems.tsv", 1))


def company_ending(word: str) -> bool:
    """True when ``word`` is a company name's ending that wants a proper noun before it (전자, 제약)."""
    return word in _company_endings()


#: Kinds of ending a name cut into one-syllable pieces may have (_pieces_ending).
_PIECE_KINDS = frozenset({"company", "institute"})


def _pieces_ending(doc: "DocView", tok: "Token") -> tuple[str, str] | None:
    """(ending, kind) of a company word whose name Kiwi cut into one-syllable pieces, no proper
    noun among them: 세/MM 온/NNG 전자/NNG → 세온전자. The ending's rule wants a proper noun; a name
    made of a word Kiwi knows (국내/NNG 전자, 가전자/NNG) stays out. Company and institute endings
    only (전자, 테크; 연구원: 한/MM 빛/NNG 연구원/NNG → 한빛연구원)."""
    hit = ending_of(tok.stem, True)
    if hit is None or hit[1] not in _PIECE_KINDS or lexicon().ending_map[hit[0]][2] not in (True, "long"):
        return None
    cut = tok.stem_end - len(hit[0])
    pieces = doc.morphs_in(tok.start, tok.stem_end)
    head = [p for p in pieces if p[0] < cut]
    if len(head) < 2 or len(head) == len(pieces) or pieces[len(head)][0] != cut:
        return None  # the ending is no morpheme of its own (가전자/NNG)
    pos = tok.start
    for start, end, tag in head:
        if start != pos or end - start != 1 or tag not in _PIECE_TAGS:
            return None
        pos = end
    return hit


@places.by_word
def org_kind(tok: "Token") -> str | None:
    """The kind when a bare word names an organisation by lexicon, ending or Latin form, else None."""
    lex = lexicon()
    stem = tok.stem
    if not stem or stem in lex.stop:
        return None
    if stem in lex.government:
        return lex.government[stem][1]
    if stem in lex.known:
        return lex.known[stem] or "organisation"
    hit = ending_of(stem, tok.proper)
    if hit:
        return hit[1]
    m = _LATIN_HANGUL.match(stem)
    if m and (tok.tags[-1:] == ("NNP",) or ending_of(m.group(2), True)):
        return "company"
    return None


#: Particles that may end a word after a name Kiwi did not analyse as a noun (푸른바다는 → 푸른바다).
_PARTICLE_END = re.compile(
    r"(?:으로부터|에서부터|으로서|으로써|에게서|에서는|에서도|와의|과의|에서|에게|께서|으로|부터|까지|"
    r"이다|이며|이고|이라는|라는|은|는|이|가|을|를|과|와|의|에|로|도|만)$"
)


#: Particles Kiwi sometimes keeps inside an unknown name after a legal-form marker (㈜누리소프트와/NNP):
#: the first never end a company's name; the second may (㈜하은, ㈜다이), so they are cut only when
#: the rest has a company ending or stands elsewhere in the text.
_GLUED_SURE = re.compile(r"(?:와의|과의|와도|과도|으로부터|로부터|에서|에게|와|과|을|를)$")
_GLUED_MAYBE = re.compile(r"(?:이|가|은|는|도|의|에|로)$")


def name_end(doc: "DocView", tok: "Token") -> int:
    """End of the name in a word after a legal-form marker: the stem, or the word less a particle
    when Kiwi split the name into a verb form (사단법인 푸른바다는 → 푸른바다) or kept the particle
    inside the name (㈜누리소프트와/NNP → 누리소프트; ㈜가람랩이 when 가람랩 stands elsewhere too)."""
    if len(tok.stem) >= 2 and (tok.bare or tok.tags[-1:] != ("NNG",) or len(tok.stem) >= 3):
        if tok.bare and len(tok.stem) >= 3 and tok.tags == ("NNP",):
            stem = tok.stem
            m = _GLUED_SURE.search(stem) or _GLUED_MAYBE.search(stem)
            if m is not None and m.start() >= 2:
                rest = stem[:m.start()]
                if m.re is _GLUED_SURE or ending_of(rest, True) is not None or doc.text.count(rest) > 1 or (
                    doc.text[tok.end:tok.end + 1] == "," and m.group(0) in ("이", "가", "은", "는")
                ):  # ㈜가람랩이, 우수상은 …: a subject marked and the clause gapped
                    return tok.start + m.start()
        return tok.stem_end
    word = doc.text[tok.start:tok.end]
    m = _PARTICLE_END.search(word)
    return tok.end - (len(m.group(0)) if m and len(word) - len(m.group(0)) >= 2 else 0)


def _one_common_noun(tok: "Token") -> bool:
    """True when Kiwi read the word as one common noun, with a plural at most (관계자/NNG, 측/NNB,
    임직원/NNG 들/XSN); a compound of nouns (마을/NNG 부엌/NNG) may be a name."""
    tags = tok.tags
    if tags[-1:] == ("XSN",):
        tags = tags[:-1]
    return len(tags) == 1 and tags[0] in ("NNG", "NNB") and ending_of(tok.stem, True) is None


#: The signs of a company glued before its name: a two-letter common noun after them is a name too.
_COMPANY_SIGNS = frozenset({"㈜", "(주)"})


def _is_name_word(tok: "Token", lex: OrgLexicon, stem: str | None = None, short_common: bool = False) -> bool:
    """A word that can be the name next to a legal-form marker (not 해당, not 설립, not a digit);
    ``short_common``: a two-letter common noun may be one (㈜누리)."""
    stem = tok.stem if stem is None else stem
    if len(stem) < 2 or stem in lex.stop or stem.isdigit() or stem in lex.forms:
        return False
    if tok.tags[:1] in (("NP",), ("MM",), ("SN",), ("NR",)) and len(tok.tags) == 1:
        return False  # 이, 그, 3: a pronoun, determiner or number alone (세/MM 온 헬스케어 is a name)
    return short_common or not (len(stem) <= 2 and tok.tags and all(t == "NNG" for t in tok.tags))


def _legal_forms(doc: "DocView", lex: OrgLexicon) -> list[Entity]:
    out: list[Entity] = []
    text = doc.text
    for m in lex.prefix.finditer(text):
        marker = m.group(0).strip()
        if marker in lex.word_markers or _HANGUL.match(marker):
            if m.start() not in doc.by_start:  # 주식회사 inside a longer word
                continue
        elif m.end() > m.start() + len(marker) and m.start() in doc.by_end:
            continue  # 누리소재㈜ 흡수합병: a mark glued after a name and then a space ends that name
        tok = doc.token_at(m.end())
        if tok is None:
            continue
        end = name_end(doc, tok)
        if marker in lex.proper_only and not tok.proper and tok.stem in _legal_form_names():
            pass  # 법무법인 광장/NNG: a firm's name Kiwi reads as a common noun (entity_rules.toml)
        elif marker in _COMPANY_SIGNS and m.end() == tok.start and tok.start == m.start() + len(marker) and (
            _is_name_word(tok, lex, text[tok.start:end], short_common=True)
        ):
            pass  # ㈜누리/NNG 와: a two-letter common noun glued to ㈜ is a company's name
        elif not _is_name_word(tok, lex, text[tok.start:end]) or (marker in lex.proper_only and not tok.proper):
            continue
        elif m.end() > m.start() + len(marker) and _one_common_noun(tok):
            continue  # 주식회사 관계자는, 협동조합 측은, ㈜ 관계자: a marker, a space, then a common noun
        out.append(doc.entity(m.start(), end, "ORG", text[tok.start:end], "org.legal_form.v1",
                              legal_form=lex.forms[marker], kind="company"))
    for m in lex.suffix.finditer(text):  # 대한전자㈜, 한빛(주)
        tok = doc.by_end.get(m.start())
        if tok is None or not tok.bare or not _is_name_word(tok, lex):
            continue
        out.append(doc.entity(tok.start, m.end(), "ORG", tok.stem, "org.legal_form.v1",
                              legal_form=lex.forms[m.group(0)], kind="company"))
    if not any(marker in text for marker in lex.word_markers):
        return out  # no 주식회사 in the text: no word to look at (most texts)
    for tok in doc.tokens:  # 대한전자 주식회사
        if tok.stem in lex.word_markers:
            prev = doc.prev(tok)
            if prev is not None and _is_name_word(prev, lex) and (
                prev.proper or len(prev.stem) >= 3 or ending_of(prev.stem, True)
            ):
                out.append(doc.entity(prev.start, tok.stem_end, "ORG", prev.stem, "org.legal_form.v1",
                                      legal_form=lex.forms[tok.stem], kind="company"))
    return out


@dataclass(frozen=True)
class ForeignForms:
    """Latin legal forms (legal_forms_foreign.tsv) and the rule data of ``_foreign_legal_forms``."""

    prefix: re.Pattern  # PT + spaces
    suffix: re.Pattern  # spaces + Inc. / Co., Ltd. / JSC, as a whole word
    forms: dict[str, str]  # marker → normalised legal form
    name_words: frozenset[str]  # common nouns that continue a name after PT (글로벌)
    max_words: int


@lru_cache(maxsize=1)
def foreign_forms() -> ForeignForms:
    """Latin legal-form markers, compiled once: whole words only (PT is no prefix of PTC)."""
    from .entities import _rules  # entities imports this module

    rows = load_tsv("lexicons/legal_forms_foreign.tsv", 3)
    prefix = [m for m, _, p in rows if p in ("prefix", "both")]
    suffix = [m for m, _, p in rows if p in ("suffix", "both")]
    rule = _rules().get("foreign_legal_form", {})
    return ForeignForms(
        prefix=re.compile(r"(?<![A-Za-z0-9.&])(?:%s)[ \t]+" % alternation(prefix)),
        suffix=re.compile(r",?[ \t](%s)(?![A-Za-z0-9&])" % alternation(suffix)),
        forms={m: f for m, f, _ in rows},
        name_words=frozenset(rule.get("name_words", ())),
        max_words=int(rule.get("max_words", 4)),
    )


def _continues_name(doc: "DocView", tok: "Token", ff: ForeignForms, lex: OrgLexicon) -> bool:
    """A word after the first of a foreign company's name that is still part of it (PT 마하르디카
    글로벌: 글로벌 yes; 본사, 관계자, 대표 no). A place is the last word a name takes (``_foreign_legal_forms``)."""
    from .persons import split_title  # persons imports this module

    stem = tok.stem
    if not stem or split_title(stem) is not None or stem in ff.forms:
        return False
    if stem in ff.name_words or stem in lex.ending_map or stem in end_words():
        return True
    if not tok.proper or stem in lex.stop or not all(t in ("NNP", "NNG", "SL", "SN", "SH") for t in tok.tags):
        return False
    return True


def _opens_foreign_name(doc: "DocView", tok: "Token", ff: ForeignForms, lex: OrgLexicon) -> bool:
    """A common noun right after PT that opens the name all the same: a name word or a company
    ending (텔레콤, 글로벌) followed by a proper noun of the name (PT 텔레콤 누산타라)."""
    if not tok.bare or not (tok.stem in ff.name_words or tok.stem in lex.ending_map):
        return False
    nxt = doc.next(tok)
    return nxt is not None and nxt.proper and _continues_name(doc, nxt, ff, lex)


def _foreign_legal_forms(doc: "DocView", lex: OrgLexicon) -> list[Entity]:
    """Companies with a Latin legal form: PT 마하르디카 글로벌 (the words after PT up to the
    particle), Mahardika Global Inc., 빈패스트 JSC (the words before the form), PT 텔콤 인도네시아
    Tbk (both). Only when the text has a Latin letter (most Korean texts have few)."""
    ff = foreign_forms()
    text = doc.text
    out: list[Entity] = []
    used: set[int] = set()  # suffix markers already taken by a PT name
    for m in ff.prefix.finditer(text):
        tok = doc.token_at(m.end())
        if tok is None or not _is_name_word(tok, lex) or tok.stem in ff.forms:
            continue
        if not tok.proper and not _opens_foreign_name(doc, tok, ff, lex):
            continue  # PT 자료, PT 트레이너: a presentation or a training, not a company
        last, words = tok, 1
        while last.bare and words < ff.max_words:
            nxt = doc.next(last)
            if nxt is None or not _continues_name(doc, nxt, ff, lex):
                break
            last, words = nxt, words + 1
            if places.kind_of(nxt.stem) is not None:
                break  # PT 텔콤 인도네시아 (본사): a country or city ends the name
        end = name_end(doc, last)
        name = text[tok.start:end]
        form = ff.forms[m.group(0).strip()]
        s = ff.suffix.match(text, end) if end == last.end else None
        if s is not None:  # PT 텔콤 인도네시아 Tbk
            used.add(s.start())
            form, end = f"{form} {ff.forms[s.group(1)]}", s.end()
        out.append(doc.entity(m.start(), end, "ORG", name, "org.legal_form.v1", legal_form=form, kind="company",
                              alias=_bracketed(text, m.start(), end)))
    for s in ff.suffix.finditer(text):
        if s.start() in used:
            continue
        last = doc.by_end.get(s.start())
        if last is None or not last.bare or last.stem in ff.forms or not _is_name_word(last, lex):
            continue
        latin = _LATIN_WORD.match(last.stem) is not None
        if not latin and not (last.proper or ending_of(last.stem, True) or last.stem in ff.name_words):
            continue
        first, words = last, 1
        while words < ff.max_words:
            p = doc.prev(first)
            if p is None or p.stem in ff.forms or (_LATIN_WORD.match(p.stem) is not None) != latin:
                break
            if not latin and (not p.proper or places.kind_of(p.stem) is not None or not _is_name_word(p, lex)):
                break  # 베트남 빈패스트 JSC: the country is no part of the name
            first, words = p, words + 1
        if not latin and not first.proper:
            continue
        name = text[first.start:last.stem_end]
        kind = lex.known.get(text[first.start:s.end()]) or "company"  # 투마로우포커스 AG: a medium the lexicon knows
        out.append(doc.entity(first.start, s.end(), "ORG", name, "org.legal_form.v1",
                              legal_form=ff.forms[s.group(1)], kind=kind, alias=_bracketed(text, first.start, s.end())))
    return out


def _bracketed(text: str, start: int, end: int) -> str | None:
    """The span's text when it fills a parenthesis after a name (한빛(PT Hanbit Global)): the other-script
    name as written, which the name before it takes as its alias, so that ``linking`` joins the two."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and start >= 2 and not text[start - 2].isspace():
        return text[start:end]
    return None


#: 한·미, 남북, 북: one-syllable names of states, each an ORG of its own (한·미 → 한, 미).
_STATE_ABBR = re.compile(r"^[한미중일북남러영독불](?:·?[한미중일북남러영독불])*$")
_STATE_WORDS = frozenset({"남북", "북"})


def _states(doc: "DocView", tok: "Token") -> list[Entity]:
    stem = tok.stem
    text = doc.text
    if len(stem) == 1 and _STATE_ABBR.match(stem) and "·" in (text[tok.start - 1:tok.start] + text[tok.end:tok.end + 1]):
        return [doc.entity(tok.start, tok.end, "ORG", stem, "org.state_abbr.v1", kind="state")]  # 한·미
    if stem not in _STATE_WORDS:
        return []
    return [doc.entity(tok.start + i, tok.start + i + 1, "ORG", ch, "org.state_abbr.v1", kind="state")
            for i, ch in enumerate(stem) if ch != "·"]


@lru_cache(maxsize=1)
def _pair_firsts() -> frozenset[str]:
    """First words of the lexicon's two-word names (레알 of 레알 마드리드): only these start a pair."""
    return frozenset(k.split(" ", 1)[0] for k in lexicon().known if " " in k)


#: What ``find`` does at a word, by its stem (bit flags; 0 for most words of a text, skipped at C
#: speed): _LIVE, ``_words`` may find something there (not ``_inert``); _MEDIA_CUE, ``_media`` may
#: (``_media_cue``); _END_WORD, ``_end_word_names`` may (파트너스). One pass over the words serves all.
_LIVE, _MEDIA_CUE, _END_WORD = 1, 2, 4
#: stem → its flags, per process (bounded by ``DocView.with_role``).
_ROLES: dict[str, int] = {}


def _role(tok: "Token", lex: OrgLexicon, pair_firsts: frozenset[str]) -> int:
    """The flags of a word's stem: 미국 → _LIVE; 일간 → _MEDIA_CUE; 파트너스 → _END_WORD; 것 → 0."""
    stem = tok.stem
    role = _LIVE if stem and stem not in lex.stop and not _inert(stem, lex, pair_firsts) else 0
    if _media_cue(tok):
        role |= _MEDIA_CUE
    if stem in end_word_stems():
        role |= _END_WORD
    return role


def _inert(stem: str, lex: OrgLexicon, pair_firsts: frozenset[str]) -> bool:
    """True when ``_words`` can find nothing at a word with this stem (checked as a proper noun,
    the most permissive case, so the answer holds for any tags).

    Each test names what one branch of ``_words`` needs: 것, 등, A씨 are inert (most one-letter
    words are no state, most capitalised words no Latin name or acronym); 중 and 미국 are not."""
    if (len(stem) == 1 and _STATE_ABBR.match(stem)) or stem in _STATE_WORDS:
        return False  # _states
    if stem in lex.government or stem in lex.known or stem in pair_firsts or stem in lex.heads or stem in lex.units:
        return False
    if "A" <= stem[0] <= "Z" and (_LATIN_HANGUL.match(stem) or _ACRONYM_SHORT.match(stem)):
        return False  # a Latin + Hangul name (LG유플러스) or an acronym before a name ending (GS 그룹)
    if len(stem) >= 3 and stem.endswith(lex.head_endings):
        return False
    # the last letter first: most words end with none of a name ending's (no ending_of cache entry)
    return (stem[-1] not in lex.ending_lasts or ending_of(stem, True) is None) and not (
        stem.endswith("군") and places.kind_of(stem[:-1]) == "country"
    )


def _words(doc: "DocView", lex: OrgLexicon, media_cues: list["Token"], end_words_at: list["Token"]) -> list[Entity]:
    """Organisations at single words (and the word after them); the words ``_media`` and
    ``_end_word_names`` act on are added to ``media_cues`` and ``end_words_at`` on the way (text order)."""
    out: list[Entity] = []
    pair_firsts = _pair_firsts()
    # only the words whose stem may start an organisation (not a stop word, not inert) or is a cue
    for tok, role in doc.with_role(_ROLES, lambda t: _role(t, lex, pair_firsts)):
        if role & _MEDIA_CUE:
            media_cues.append(tok)
        if role & _END_WORD:
            end_words_at.append(tok)
        if not role & _LIVE:
            continue
        stem = tok.stem
        if len(stem) == 1 or stem in _STATE_WORDS:  # _states finds nothing in any other word
            states = _states(doc, tok)
            if states:
                out.extend(states)
                continue
        if stem in lex.units:
            prev = doc.prev(tok)
            parent = org_kind(prev) if prev is not None and prev.bare else None
            if parent is not None:  # 유엔 총회, 민주노총 지도부
                out.append(doc.entity(prev.start, tok.stem_end, "ORG", doc.text[prev.start:tok.stem_end],
                                      "org.subunit.v1", kind=parent))
        nxt = doc.next(tok)
        kind = None
        gov = lex.government.get(stem)
        if gov is not None and stem in lex.team_shorts and not _about_sport(doc.text):
            continue  # 한결제약은 미국 바이오텍 알토스와: a company, not the volleyball team (IBK기업은행 알토스)
        if gov is not None and stem != gov[0] and _glosses_another(doc.text, tok.start, gov[0], lex):
            continue  # 국영전력회사(SEC): the acronym of the words before it, not 증권거래위원회
        if gov is not None:
            kind = gov[1]
            # a public body (government.tsv) or another organisation the lexicons name (companies.tsv,
            # organisations.tsv): the same rule and priority, told apart in rule_id
            rule = "org.government.v1" if stem in lex.public_bodies else "org.known.v1"
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", gov[0], rule, kind=kind))
        elif stem in lex.known and lex.known[stem] == "sports" and (
            doc.text[tok.stem_end:tok.end] in places.PLACE_PARTICLES
        ):
            continue  # 뉘른베르크에서 열린: the city the football club is named after
        elif stem in lex.known:
            kind = lex.known[stem] or "organisation"
            start = _mission_start(doc, tok, _mission_ending(stem))  # 주베트남 한국대사관
            out.append(doc.entity(start, tok.stem_end, "ORG", doc.text[start:tok.stem_end], "org.lexicon.v1",
                                  kind=lex.known[stem] or None))
        elif stem in _mission_rules()[0] and (start := _mission_start(doc, tok, stem)) != tok.start:
            kind = "government"  # 주호치민 총영사관: the mission's word alone after where it is
            out.append(doc.entity(start, tok.stem_end, "ORG", doc.text[start:tok.stem_end],
                                  "org.suffix.v1", kind=kind))
        else:
            hit = ending_of(stem, tok.proper)
            if hit is None and not tok.proper and tok.tags[0] in _PIECE_TAGS:
                hit = _pieces_ending(doc, tok)  # 세/MM 온/NNG 전자/NNG
            elif hit is None and tok.tags[0] == "MAG" and len(tok.tags) == 2:
                hit = ending_of(stem, True)  # 한결/MAG 제약/NNG: the word DocView made of an adverb + ending
            if hit is None and not tok.proper and (h := ending_of(stem, True)) is not None and h[1] == "company" \
                    and stem[:-len(h[0])] in _name_stems():
                hit = h  # 누리/NNG 에너지/NNG: a native word companies take as their name (org_name_stems.tsv)
            if hit is None and not tok.proper and _company_complement(doc, tok):
                hit = ending_of(stem, True)  # 대표 주관사는 한빛투자증권/NNG 이다: the role names a company
            if hit is None and stem.endswith("군") and places.kind_of(stem[:-1]) == "country":
                hit = ("군", "military")  # 일본군, 미군
            if hit and hit[1] in BRANCH_KINDS and places.kind_of(stem[:-len(hit[0])]) is not None:
                pass  # 한국법인, 뉴욕지부 alone: some company's unit at a place (아마존 한국법인: org.branch)
            elif hit and _language(stem[:-len(hit[0])]):
                pass  # 한국어센터, 중국어센터: a language course, not an organisation
            elif hit and not places.facility(tok, False) and places.kind_of(stem) is None:  # not 해운대
                kind = hit[1]
                start = _mission_start(doc, tok, hit[0])  # 주미 일본대사관: where the mission is resident
                out.append(doc.entity(start, tok.stem_end, "ORG", doc.text[start:tok.stem_end], "org.suffix.v1",
                                      kind=kind))
            elif "A" <= stem[0] <= "Z":  # _LATIN_HANGUL starts with a capital
                m = _LATIN_HANGUL.match(stem)
                if m and (tok.tags[-1:] == ("NNP",) or ending_of(m.group(2), True)):
                    kind = "company"
                    out.append(doc.entity(tok.start, tok.stem_end, "ORG", stem, "org.latin_hangul.v1",
                                          kind=kind))
        if kind is not None:
            unit = _court_unit(doc, tok, gov[0] if gov is not None else stem)
            if unit is not None:
                out.append(unit)
        if stem in lex.heads or kind in PLACE_PREFIXED_KINDS:
            found = _place_prefixed(doc, tok)
            if found and stem in lex.offices:
                found = _office_of(doc, lex, found[0]) or found
            out.extend(found)
        elif len(stem) >= 3 and stem.endswith(lex.head_endings) and all(t in ("NNG", "NNP", "XSN") for t in tok.tags):
            out.extend(_place_prefixed(doc, tok))  # 독일 재무부, 런던 경찰국
        elif kind is not None and kind not in ("company", "association", "branch", "sports"):
            out.extend(_place_prefixed(doc, tok, max_words=1, kind=kind))  # 광주 광산구청, 강릉 아산병원
        if nxt is None:
            continue
        if "A" <= stem[0] <= "Z" and _ACRONYM_SHORT.match(stem) and stem not in lex.stop and nxt.stem in lex.ending_map and (
            lex.ending_map[nxt.stem][1] not in ("branch", "government", "university", "school")
        ) and nxt.stem not in _product_endings():  # GS 그룹, AFP 통신, SK 텔레콤; not LED 디스플레이
            out.append(doc.entity(tok.start, nxt.stem_end, "ORG", f"{stem} {nxt.stem}", "org.latin_suffix.v1",
                                  kind=lex.ending_map[nxt.stem][1]))
        if stem in pair_firsts and f"{stem} {nxt.stem}" in lex.known:  # two-word names (레알 마드리드)
            pair = f"{stem} {nxt.stem}"
            out.append(doc.entity(tok.start, nxt.stem_end, "ORG", pair, "org.pair.v1",
                                  kind=lex.known[pair] or None))
        if kind == "company" and tok.bare and nxt.stem in region_words() and doc.text[tok.end:nxt.start] == " " and (
            doc.text[nxt.stem_end:nxt.stem_end + 1] == "("
            or not nxt.bare and doc.text[nxt.stem_end:nxt.end] not in places.PLACE_PARTICLES
        ):  # 다온테크 USA(Daontech USA), 한빛전자 코리아는: the company's subsidiary there
            out.append(doc.entity(tok.start, nxt.stem_end, "ORG", f"{stem} {nxt.stem}", "org.region_subsidiary.v1",
                                  kind="company"))
        if kind and kind not in BRANCH_KINDS:  # 한국무역협회 뉴욕지부, 국회 예산결산특별위원회
            hit = ending_of(nxt.stem, True)
            canonical = gov[0] if gov is not None else stem
            if hit and hit[1] in BRANCH_KINDS:
                out.append(doc.entity(tok.start, nxt.stem_end, "ORG", f"{canonical} {nxt.stem}",
                                      "org.branch.v1", kind="branch"))
            elif kind in SUBUNIT_PARENTS and (hit or nxt.stem in lex.known) and (hit is None or hit[1] != "party") and (
                nxt.stem not in lex.government or lex.government[nxt.stem][0].endswith("위원회")
            ) and not places.facility(nxt, False):  # 국회 기획재정위원회 (a committee of the lexicon too), not
                # 농해수위 새누리당 nor a venue after its city (세종시 정부세종컨벤션센터에서: a place)
                out.append(doc.entity(tok.start, nxt.stem_end, "ORG", f"{canonical} {nxt.stem}",
                                      "org.subunit.v1", kind=hit[1] if hit else lex.known[nxt.stem] or kind))
    return out


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """Country words that name a company's subsidiary after its name (USA, 코리아): org_region_words.tsv."""
    return frozenset(r[0] for r in load_tsv("lexicons/org_region_words.tsv", 1))


@lru_cache(maxsize=1)
def _product_endings() -> frozenset[str]:
    """Name endings that, alone after an acronym, are a product or a trade (LED 디스플레이, AI
    반도체, B2B 물류), not a company: entity_rules.toml [latin_suffix] not_endings."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("latin_suffix", {}).get("not_endings", ()))


@lru_cache(maxsize=1)
def end_words() -> frozenset[str]:
    """Words that end a company name of several Hangul words (파트너스, 캐피탈) from org_end_words.tsv."""
    return frozenset(r[0] for r in load_tsv("lexicons/org_end_words.tsv", 1))


@lru_cache(maxsize=1)
def end_word_stems() -> frozenset[str]:
    """The words ``_end_word_names`` acts on: the end words (파트너스) and the group words (그룹)."""
    return end_words() | _group_rules()[0]


@lru_cache(maxsize=1)
def _mission_rules() -> tuple[frozenset[str], frozenset[str]]:
    from .entities import _rules  # entities imports this module

    rule = _rules().get("mission_prefix", {})
    return frozenset(rule.get("endings", ())), frozenset(rule.get("abbreviations", ()))


def _mission_ending(stem: str) -> str:
    """The mission ending ``stem`` ends with (한국대사관 → 대사관), else ''."""
    return next((e for e in _mission_rules()[0] if stem.endswith(e)), "") if stem.endswith("관") else ""


def _mission_start(doc: "DocView", tok: "Token", ending: str) -> int:
    """Where the name of the mission at ``tok`` starts: at the word right before it that says where
    it is resident (주미, 주한, 주베트남: entity_rules.toml [mission_prefix]), else at ``tok``."""
    endings, abbreviations = _mission_rules()
    if ending not in endings:
        return tok.start
    p = doc.prev(tok)
    if p is None or not 2 <= len(p.stem) <= 5 or not (p.stem[1:] in abbreviations and p.stem[0] == "주"
                                                       or places.stationed(p.stem)):
        return tok.start
    return p.start


@lru_cache(maxsize=1)
def _group_rules() -> tuple[frozenset[str], frozenset[str]]:
    """(words that end a two-word company name after one proper noun, words no such name starts
    with) of entity_rules.toml [group_names]: 그룹; 아이돌."""
    from .entities import _rules  # entities imports this module

    rule = _rules().get("group_names", {})
    return frozenset(rule.get("words", ())), frozenset(rule.get("not_before", ()))


def _group_name(doc: "DocView", lex: OrgLexicon, tok: "Token") -> Entity | None:
    """마힌드라 그룹: one bare proper noun before a group word (entity_rules.toml [group_names]) that
    is no place, title, stop word, known person or listed kind of band, with no proper noun after
    the group word (그룹 신화: a band's name follows)."""
    from .persons import lexicon as person_lexicon, split_title  # persons imports this module

    p = doc.prev(tok)
    if p is None or not p.all_proper or len(p.stem) < 2 or not _HANGUL_WORD.match(p.stem):
        return None
    stem = p.stem
    if stem in lex.stop or stem in _group_rules()[1] or places.kind_of(stem) is not None or (
        split_title(stem) is not None or stem in person_lexicon().known
    ):
        return None
    nxt = doc.next(tok)
    if nxt is not None and nxt.tags[:1] in (("NNP",), ("SL",)):
        return None  # 그룹 몬스타엑스/NNP 민혁/NNP, 그룹 EXO: a band's name
    return doc.entity(p.start, tok.stem_end, "ORG", doc.text[p.start:tok.stem_end], "org.end_word.v1",
                      kind="company")


def _end_word_kind(word: str, lex: OrgLexicon) -> str:
    """The kind of a name an end word closes: by the name ending it ends with (국립대학교 → the
    kind of 대학교, university), else company (파트너스, 캐피탈)."""
    for k in range(min(lex.longest_ending, len(word)), 0, -1):
        hit = lex.ending_map.get(word[-k:])
        if hit is not None:
            return hit[1]
    return "company"


def _end_word_names(doc: "DocView", lex: OrgLexicon, end_words_at: list["Token"]) -> list[Entity]:
    """블루 오션 파트너스, 스카이 레이크 캐피탈: one or two bare Hangul words before an end word,
    one of them a proper noun to Kiwi, none a place, title or stop word; 마힌드라 그룹 (``_group_name``).
    ``end_words_at``: the words of the text that are end words (``end_words``), in text order."""
    from .persons import split_title  # persons imports this module

    out: list[Entity] = []
    before = media_context()[0]
    groups = _group_rules()[0]
    for tok in end_words_at:
        if tok.stem in groups:
            if (group := _group_name(doc, lex, tok)) is not None:
                out.append(group)
            continue
        names: list = []
        p = doc.prev(tok)
        while p is not None and len(names) < 2 and p.bare and len(p.stem) >= 2 and _HANGUL_WORD.match(p.stem) and (
            p.stem not in lex.stop and places.kind_of(p.stem) is None and split_title(p.stem) is None
            and p.stem not in before  # 벤처캐피털 세쿼이아 캐피탈: the kind of company is no part of its name
        ):
            names.insert(0, p)
            p = doc.prev(p)
        if names and any("NNP" in t.tags for t in names):
            first = names[0]
            out.append(doc.entity(first.start, tok.stem_end, "ORG", doc.text[first.start:tok.stem_end],
                                  "org.end_word.v1", kind=_end_word_kind(tok.stem, lex)))
    return out


#: Kinds of organisation a country before them is no part of (베트남 하노이국립대학교).
_COUNTRY_FREE_KINDS = frozenset({"university", "school"})


#: The rest of a bracket from a position (ICC JEJU) → 'ICC JEJU'), and Latin words only.
_BRACKET_REST = re.compile(r"([^()\n]{1,40})\)")
_LATIN_WORDS = re.compile(r"[A-Za-z0-9&.\- ]+")
#: The Hangul word right before an opening bracket, glued to it (국영전력회사( → 국영전력회사).
_WORD_BEFORE_BRACKET = re.compile(r"([가-힣]+)\($")


def _glosses_another(text: str, start: int, full_name: str, lex: OrgLexicon) -> bool:
    """True when a Latin short form at ``start`` stands in brackets right after a Hangul word that
    shares no two letters with the body it names, nor is another name of it: 사우디 국영전력회사(SEC)
    is the utility's acronym, not 증권거래위원회's; 미국 증권거래위원회(SEC), 유엔식량계획(WFP) for
    세계식량계획, 산업부(MOTIE) keep theirs. A Hangul short form in brackets is a note (원장(서울대
    명예교수)), left to the other rules."""
    if not text[start:start + 1].isascii():
        return False
    m = _WORD_BEFORE_BRACKET.search(text, max(0, start - 30), start)
    if m is None:
        return False
    inner = _BRACKET_REST.match(text, start)
    if inner is not None and _LATIN_WORDS.fullmatch(inner.group(1)) and len(inner.group(1).split()) > 1:
        return True  # 제주국제컨벤션센터(ICC JEJU): a longer Latin name, not ICC the court
    word = m.group(1)
    if any(word[k:k + 2] in full_name for k in range(len(word) - 1)):
        return False
    other = lex.government.get(word)
    return other is None or other[0] != full_name


def _place_prefixed(doc: "DocView", tok: "Token", max_words: int = 3, kind: str | None = None) -> list[Entity]:
    """An organisation word after place words is one ORG: 울산 남부경찰서, 일본 정부, 부산 남구 선관위.

    With ``max_words=1`` only one city, province or country word is taken in (강릉 아산병원), not a
    country before a university or school (베트남 하노이국립대학교: the country says where it is),
    and not when another place word comes before it (서울 여의도 중소기업중앙회: a venue, LOC + ORG)."""
    first = None
    p = doc.prev(tok)
    k = 0
    while p is not None and k < 3 and (
        places.place_word(p, first is not None) is not None or places.kind_of(p.stem) == "chain_only"
    ):  # 경기 남양주경찰서: a province word that is a place only before another one
        first = p
        p = doc.prev(p)
        k += 1
    if first is None or k > max_words:
        return []
    if max_words == 1 and places.kind_of(first.stem) not in ("city", "province", "country", "continent"):
        return []  # (a continent's agency: 유럽 특허청 is the EPO, not Korea's 특허청)
    if max_words == 1 and kind in _COUNTRY_FREE_KINDS and places.kind_of(first.stem) in ("country", "continent"):
        return []  # 베트남 하노이국립대학교, 영국 서리대학교: the country says where the university is
    name = doc.text[first.start:tok.stem_end]
    return [doc.entity(first.start, tok.stem_end, "ORG", name, "org.place_prefixed.v1")]


@lru_cache(maxsize=1)
def _complement_subjects() -> frozenset[str]:
    """Roles only a company fills (주관사, 최대 주주): entity_rules.toml [company_complement]."""
    return frozenset(load_toml("lexicons/entity_rules.toml")["company_complement"]["subjects"])


def _company_complement(doc: "DocView", tok: "Token") -> bool:
    """True when ``tok`` is the complement of 이다 and the word right before it is a role only a
    company fills, with its topic particle (대표 주관사는 한빛투자증권이다, 최대 주주는 누리증권이며):
    the name ending then makes a company although Kiwi saw no proper noun in it."""
    if tok.bare or tok.i == 0 or not (
        "VCP" in doc.tags_starting(tok.stem_end) or doc.text.startswith("이며", tok.stem_end)
    ):  # 이며 is also read as a particle (한빛건설/NNG 이며/JC)
        return False
    p = doc.tokens[tok.i - 1]
    return (doc.text[p.stem_end:p.end] in ("는", "은") and p.stem in _complement_subjects()
            and doc.text[p.end:tok.start] == " ")


def _office_of(doc: "DocView", lex: OrgLexicon, office: Entity) -> list[Entity]:
    """코트라 호치민 무역관: the office at a place (``office``, 호치민 무역관) with the organisation
    written right before it, as one ORG named after the organisation's canonical name; [] when no
    organisation the lexicons know stands there."""
    first = doc.by_start.get(office.start)
    p = doc.prev(first) if first is not None else None
    if p is None:
        return []
    gov = lex.government.get(p.stem)
    parent = gov[0] if gov is not None else p.stem if p.stem in lex.known else None
    if parent is None:
        return []
    name = f"{parent} {doc.text[office.start:office.end]}"
    return [doc.entity(p.start, office.end, "ORG", name, "org.office.v1", kind="branch")]


def _words_before(doc: "DocView", pos: int) -> list["Token"]:
    """Up to MAX_ALIAS_WORDS bare words ending right at ``pos``, single spaces between them."""
    tok = doc.by_end.get(pos)
    if tok is None or not tok.bare:
        return []
    words = [tok]
    while len(words) < MAX_ALIAS_WORDS and words[0].i > 0:
        p = doc.tokens[words[0].i - 1]
        if not p.bare or doc.text[p.end:words[0].start] != " ":
            break
        words.insert(0, p)
    return words


def _aliases(doc: "DocView", lex: OrgLexicon) -> list[Entity]:
    """Names with their other-script form in parentheses, both ways (linear: one pass over the
    parentheses of the text)."""
    out: list[Entity] = []
    text = doc.text
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        before = _words_before(doc, m.start())
        if not before or not inner:
            continue
        a_start = m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        if inner in lex.stop:
            continue  # 소셜미디어(SNS): a kind of thing, not a name
        region = None
        if len(before) >= 2 and before[-1].stem in region_words() and _HANGUL.search(before[-2].stem) and (
            len(inner.split()) >= 2 and inner.split()[-1] == before[-1].stem
        ):  # 다온테크 USA(Daontech USA): the subsidiary's name spells the company's, then the same country word
            region, before = before[-1], before[:-1]
        if _LATIN_ALIAS.match(inner) and _HANGUL.search(before[-1].stem):
            words = _transliterated_words(before, inner if region is None else inner.rsplit(" ", 1)[0], lex)
            if not words and region is None and ACRONYM.match(inner) and _acronym_institution(before[-1], lex):
                # 국영전력공사(EVN): an institution's Korean name and its acronym, with the country it
                # belongs to written before it (베트남 국영전력공사(EVN), as 베트남 국영전력공사 alone)
                country = len(before) >= 2 and places.kind_of(before[-2].stem) == "country"
                words = before[-2:] if country else before[-1:]
            if not words:
                continue
            names = [w.stem for w in words]
            if region is None and len(names) >= 2 and names[-1] in region_words():
                region = words.pop()  # 한빛전자 코리아(Hanbit Electronics Korea)
                names.pop()
            if region is not None:
                words.append(region)
            if events.cue_of(names[-1]) is not None:
                continue  # 부산국제기계대전(BUTECH 2025): an event with its Latin name, not a company
            cue = inner.split()[-1 if region is None else -2].strip(".,").lower() in lex.latin_cues
            ending = ending_of(names[-1], True, alias=True)
            if region is not None:
                names.append(region.stem)
            # one Hangul word for a Latin name of two words or an acronym: a company written together
            # (오리온오토메이션(Orion Automation), 알나프코(ALNAFCO)); two Hangul words may be a person
            core = words if region is None else words[:-1]
            spelt = inner if region is None else inner.rsplit(" ", 1)[0]
            joined = len(core) == 1 and (len(spelt.split()) >= 2 or ACRONYM.match(spelt) is not None and (
                spells(core[0].stem, spelt)  # 알나프코(ALNAFCO): the acronym read out; not 약물접합체(ADC)
            ))
            if len(core) == 1 and core[0].tags and (
                len(core[0].tags) >= 2 or ACRONYM.match(spelt) is not None
            ) and all(t in _TERM_TAGS for t in core[0].tags) and "NNG" in core[0].tags:
                # 에너지/NNG 저장/NNG 장치/NNG(ESS), 위성항법시스템(GNSS), 위치 정보/NNG(GPS), 신속/NNG
                # 협상/NNG 권/XSN(TPA): a term of common nouns and its acronym, not a company (an
                # institution's ending still counts: …진흥원(NIPA))
                joined = False
                if ending and ending[1] == "company":
                    ending = None
            if not (cue or joined or (ending and ending[1] != "government") or _single_alias(doc, core, spelt, m.end())):
                continue
            name = " ".join(names)
            if len(names) == 1 and name in lex.government:
                name = lex.government[name][0]  # 카이스트(KAIST) → 한국과학기술원, as KAIST alone is named
            out.append(doc.entity(words[0].start, m.start(), "ORG", name, "org.alias_phrase.v1", alias=inner,
                                  kind="company"))
            out.append(doc.entity(a_start, a_start + len(inner), "ORG", name, "org.alias_mention.v1",
                                  alias=inner, kind="company"))
        elif _HANGUL_ALIAS.match(inner) and all(_LATIN_WORD.match(w.stem) for w in before):
            latin_words = before
            latin = text[latin_words[0].start:m.start()]
            if latin in lex.stop:
                continue
            last = latin_words[-1].stem.lower()
            if not ((ACRONYM.match(latin) and sounds_alike(inner, latin)) or last in lex.latin_cues
                    or ending_of(inner.split()[-1], True)):
                continue  # ACETECH(에이스텍), KOTRA(대한무역투자진흥공사); not MRI(자기공명영상): a term
            out.append(doc.entity(latin_words[0].start, m.start(), "ORG", latin, "org.alias_phrase.v1",
                                  alias=inner, kind="company"))
            out.append(doc.entity(a_start, a_start + len(inner), "ORG", latin, "org.alias_mention.v1",
                                  alias=inner, kind="company"))
    return out


#: Kiwi's tags of a word made of common nouns (and their affixes): with an acronym after it, a term.
_TERM_TAGS = frozenset({"NNG", "XSN", "XPN"})
#: Particles after ``X(Latin)`` that make X the subject or the partner of the sentence's act.
_ALIAS_PARTICLES = ("는", "은", "가", "이", "와", "과")


@lru_cache(maxsize=2)
def alias_verbs(role: str = "act") -> tuple[str, ...]:
    """Company acts that make 파마코(Pharmaco) a company, or (role not_after) words right after its
    particle that make it a topic instead (org_alias_verbs.tsv)."""
    return tuple(w for w, r in load_tsv("lexicons/org_alias_verbs.tsv", 2) if r == role)


def _single_alias(doc: "DocView", core: list["Token"], latin: str, after: int) -> bool:
    """파마코(Pharmaco)는 … 임상을 시작했다: one unknown Hangul word (proper noun to Kiwi, no place,
    person or stop word) spelling one capitalised Latin word sound by sound, a subject or partner
    particle right after the parenthesis and a company act (org_alias_verbs.tsv) later in the sentence."""
    if len(core) != 1 or " " in latin or not _LATIN_WORD.match(latin) or latin.isupper():
        return False
    tok = core[0]
    if not tok.all_proper or places.kind_of(tok.stem) is not None or tok.stem in lexicon().stop:
        return False
    if not doc.text.startswith(_ALIAS_PARTICLES, after) or not spells(tok.stem, latin):
        return False
    from .persons import lexicon as person_lexicon  # persons imports this module

    if tok.stem in person_lexicon().known:
        return False  # 마리아(Maria)는 구단과 계약을 맺었다: a person the lexicon knows
    stop = min((p for p in (doc.text.find(".", after), doc.text.find("\n", after)) if p >= 0), default=len(doc.text))
    rest = doc.text[after:min(stop, after + 120)]
    words = rest.split()
    if len(words) >= 2 and words[1].startswith(alias_verbs("not_after")):
        return False  # 메타버스(Metaverse)와 관련한 협약: a topic, not a partner
    return any(v in rest for v in alias_verbs())


_LATIN_CONSONANTS = frozenset("BCDFGHJKLMNPQRSTVWXZ")
#: Latin letters that have no decomposition, written with plain ones for the sound checks.
_LATIN_FOLD = str.maketrans({"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ł": "L",
                             "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th"})


def fold_latin(latin: str) -> str:
    """A Latin name without diacritics, for comparing sounds only (never an offset or a surface).

    >>> fold_latin("Ørsted"), fold_latin("Nestlé"), fold_latin("Škoda")
    ('Orsted', 'Nestle', 'Skoda')
    """
    if latin.isascii():
        return latin
    decomposed = unicodedata.normalize("NFD", latin.translate(_LATIN_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spells(hangul: str, latin: str) -> bool:
    """True when every syllable's first consonant of ``hangul`` (ㅇ silent) is written, in order, by the
    consonants of ``latin``: 파마코/Pharmaco yes (P, M, C), 노바린/Novarin yes, 한빛/Pharmaco no.

    >>> spells("파마코", "Pharmaco"), spells("노바린", "Novarin"), spells("한빛", "Pharmaco")
    (True, True, False)
    """
    consonants = [c for c in fold_latin(latin).upper() if c in _LATIN_CONSONANTS]
    k = 0
    for ch in hangul:
        if not "가" <= ch <= "힣":
            return False
        initial = _JAMO[(ord(ch) - 0xAC00) // 588]
        if initial == "ㅇ":
            continue
        letters = _INITIALS[initial]
        while k < len(consonants) and consonants[k] not in letters:
            k += 1
        if k == len(consonants):
            return False
        k += 1
    return True


#: Latin letters a Hangul word's first consonant may be written with (블루 ↔ Blue, 한빛 ↔ Hanbit).
_INITIALS = {
    "ㄱ": "GKCQ", "ㄲ": "GK", "ㄴ": "N", "ㄷ": "DT", "ㄸ": "DT", "ㄹ": "RL", "ㅁ": "M", "ㅂ": "BVP",
    "ㅃ": "BP", "ㅅ": "SCXZT", "ㅆ": "S", "ㅇ": "AEIOUYWHGN", "ㅈ": "JZGC", "ㅉ": "JZ", "ㅊ": "CJT",
    "ㅋ": "KCQ", "ㅌ": "T", "ㅍ": "PF", "ㅎ": "HW",
}
_JAMO = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
#: Latin legal-form words, not counted as name words (Gruenberg GmbH is one word to transliterate).
_LATIN_LEGAL = frozenset({"inc", "corp", "co", "ltd", "llc", "gmbh", "ag", "sa", "plc", "limited", "corporation"})


def sounds_alike(hangul: str, latin: str) -> bool:
    """True when a Hangul word may transliterate a Latin one by its first sound: 블루/Blue yes, 신생/Hanbit no."""
    if not hangul or not latin or not ("가" <= hangul[0] <= "힣"):
        return False
    initial = _JAMO[(ord(hangul[0]) - 0xAC00) // 588]
    return fold_latin(latin[0]).upper()[:1] in _INITIALS[initial]  # Ørsted: O


def _acronym_institution(word: "Token", lex: OrgLexicon) -> bool:
    """True when ``word`` is an institution by an ending that needs more than common nouns alone
    (공사: 국영전력공사/NNG+NNG+NNG), which its acronym in parentheses after it gives: 베트남
    국영전력공사(EVN) (entity_rules.toml [public_ending] acronym_endings). Not a word found by its
    ending already (서울주택도시공사/NNP), nor works (건설공사(EPC): [public_ending] not_endings)."""
    if not word.bare or word.stem in lex.stop or not word.stem.endswith(_acronym_endings()):
        return False
    hit = ending_of(word.stem, True, alias=True)
    return hit is not None and ending_of(word.stem, word.proper) is None and len(word.stem) > len(hit[0]) + 1


@lru_cache(maxsize=1)
def _acronym_endings() -> tuple[str, ...]:
    """Endings named by their acronym alone (entity_rules.toml [public_ending] acronym_endings)."""
    return tuple(load_toml("lexicons/entity_rules.toml")["public_ending"]["acronym_endings"])


def _transliterated_words(before: list["Token"], latin: str, lex: OrgLexicon) -> list["Token"]:
    """The Hangul words before ``(latin)`` that spell it: as many words as the Latin name has, when
    their first sounds match, else the last word alone (신생 한빛로보틱스(Hanbit Robotics) → 한빛로보틱스)."""
    latin_words = [w for w in latin.split() if w.strip(".,").lower() not in _LATIN_LEGAL] or latin.split()
    for k in sorted({min(len(latin_words), len(before), MAX_ALIAS_WORDS), 1}, reverse=True):
        cand = before[-k:]
        if any(t.stem in lex.stop for t in cand):
            continue
        if not all(sounds_alike(t.stem, lw) for t, lw in zip(cand, latin_words)):
            continue
        return cand
    return []


def _attach_aliases(doc: "DocView", found: list[Entity]) -> list[Entity]:
    """Set ``alias`` when a name is followed by its other-script form: 한빛로보틱스(Hanbit Robotics)."""
    text = doc.text
    out = []
    for e in found:
        if e.alias is None and e.end < len(text) and text[e.end] == "(":
            close = text.find(")", e.end, e.end + 64)
            inner = text[e.end + 1:close].strip() if close > 0 else ""
            if inner and bool(_HANGUL.search(inner)) != bool(_HANGUL.search(e.name)) and (
                _LATIN_NAME.match(inner.split()[0]) or _HANGUL.match(inner)
            ):
                e = e.model_copy(update={"alias": inner})
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _short_alias_rules() -> tuple[re.Pattern, re.Pattern, int, int]:
    """(the parenthesis after a name, one that defines a short form after a note, shortest and
    longest short form) from entity_rules.toml [short_alias]."""
    rules = load_toml("lexicons/entity_rules.toml")["short_alias"]
    markers = "|".join(re.escape(m) for m in rules["markers"])
    return (re.compile(r"\((?:(?:%s)\s+)?([가-힣]+)\s*[),]" % markers),
            re.compile(r"\([^()\n]{0,40}?(?:%s)\s*['‘\"“]?([가-힣]+)['’\"”]?\s*\)" % markers),
            rules["min_length"], rules["max_length"])


def abbreviates(short: str, name: str) -> bool:
    """True when ``short`` is made of syllables of ``name`` in order, not all side by side.

    >>> abbreviates("해진공", "한국해양진흥공사"), abbreviates("산은", "한국산업은행"), abbreviates("건설", "한빛건설")
    (True, True, False)
    """
    if short in name or len(short) >= len(name):
        return False
    pos = 0
    for ch in short:
        pos = name.find(ch, pos) + 1
        if not pos:
            return False
    return True


def short_aliases(doc: "DocView", kept: list[Entity]) -> list[Entity]:
    """A Hangul name followed by its short form in parentheses (한국산업은행(산은), 한국해양진흥공사(해진공,
    사장 안병길)) takes it as its alias; the short form is a mention (rule org.alias_mention), and
    ``linking.find_repeats`` then finds its later mentions (entity_rules.toml [short_alias])."""
    text = doc.text
    paren, defined, shortest, longest = _short_alias_rules()
    out = kept
    for k, e in enumerate(kept):
        if e.label != "ORG" or e.alias is not None or text[e.end:e.end + 1] != "(" or not _HANGUL.match(e.name):
            continue
        name = e.name.replace(" ", "")
        m = paren.match(text, e.end)
        if m is not None and not abbreviates(m.group(1), name):
            m = None
        if m is None:
            # (대표 류승완, 이하 '한빛'): a short form the release defines may be the name's first part
            m = defined.match(text, e.end)
            if m is None or not (abbreviates(m.group(1), name) or (name.startswith(m.group(1)) and m.group(1) != name)):
                continue
        short = m.group(1)
        if not shortest <= len(short) <= longest:
            continue
        over = [o for o in kept if o.start < m.end(1) and m.start(1) < o.end]
        if short in lexicon().stop or not all(map(linking.weak, over)):
            continue  # a place word defined as the short form (이하 '한빛') gives way; nothing else does
        if out is kept:
            out = list(kept)
        out[k] = base.updated(e, {"alias": short})
        out = [o for o in out if o not in over]
        out.append(doc.entity(m.start(1), m.end(1), "ORG", e.name, "org.alias_mention.v1", alias=short, kind=e.kind))
    return sorted(out, key=lambda x: x.start) if out is not kept else kept


def repeat_aliases(doc: "DocView", kept: list[Entity]) -> list[Entity]:
    """A later mention of an organisation of the release (``linking.find_repeats``) followed by its
    other-script form takes it as its alias, and the form in parentheses is a mention too:
    미래정보시스템(MIS)은 …, with 한지훈 미래정보시스템 부사장 in the release (a term of common nouns
    and an acronym alone is no company: ``_aliases``; an organisation found by another rule is)."""
    text = doc.text
    out = kept
    for k, e in enumerate(kept):
        if e.label != "ORG" or e.alias is not None or not e.rule_id.startswith("link.repeat"):
            continue
        (named,) = _attach_aliases(doc, [e])
        if named.alias is None or not ACRONYM.match(named.alias) and _HANGUL.search(named.alias) is None and (
            " " not in named.alias
        ):
            continue  # an acronym, a Hangul name or a Latin name of several words (not "(2024)" nor a word)
        a_start = text.find(named.alias, e.end)
        if any(o.start < a_start + len(named.alias) and a_start < o.end for o in kept):
            continue
        if out is kept:
            out = list(kept)
        out[k] = named
        out.append(doc.entity(a_start, a_start + len(named.alias), "ORG", e.name, "org.alias_mention.v1",
                              alias=named.alias, kind=e.kind))
    return sorted(out, key=lambda x: x.start) if out is not kept else kept


@lru_cache(maxsize=1)
def media_context() -> tuple[dict[str, str], re.Pattern]:
    """(word before an organisation's name → its kind (일간 → media, 소속사 → company), regex of a
    report verb after a news organisation) from org_context.tsv."""
    rows = load_tsv("lexicons/org_context.tsv", 2)
    before = {w: "media" for w, role in rows if role == "media_before"}
    before.update((w, "company") for w, role in rows if role == "company_before")
    before.update((w, "sports") for w, role in rows if role == "team_before")
    verbs = [w for w, role in rows if role == "report_verb"]
    return before, re.compile(r"(?:[^\s,.·]+\s+){0,4}?(?:%s)" % alternation(verbs))


@lru_cache(maxsize=1)
def team_prefixes() -> frozenset[str]:
    """First words of a team's name before its city (레알 마드리드, AC 밀란) from org_context.tsv."""
    return frozenset(w for w, role in load_tsv("lexicons/org_context.tsv", 2) if role == "team_prefix")


_SUBJECT = frozenset({"이", "가", "은", "는"})
_QUOTE_GAP = re.compile(r"(?:인)?\s+['\"‘“]?")


def _media_name(tok: "Token", lex: OrgLexicon) -> bool:
    """A proper noun or Latin word that is no known place, person word or stop word."""
    return (
        bool(tok.tags) and tok.tags[0] in ("NNP", "SL") and all(t in ("NNP", "SL", "NNG", "SN") for t in tok.tags)
        and tok.stem not in lex.stop and places.kind_of(tok.stem) is None and len(tok.stem) >= 2
    )


def _company_word(tok: "Token") -> bool:
    """A word of nouns with a company's ending (메콩파마/NNG), read as a name after a
    word that says a company's name follows (제약사, 업체: org_context.tsv company_before)."""
    hit = ending_of(tok.stem, True) if tok.tags and all(t in ("NNG", "NNP") for t in tok.tags) else None
    return hit is not None and hit[1] == "company"


def _guessed_name(doc: "DocView", tok: "Token") -> bool:
    """A word of one common noun of three Hangul letters or more that Kiwi did not know and guessed
    (빈패스트/NNG, 노바젠/NNG; tokenize.Analysis.unknown), read as a name after a word that says a
    company's name follows (계열사, 제약사). A word Kiwi knows (관계자/NNG) never is one."""
    return tok.tags == ("NNG",) and doc.ctx.analysis.guessed(tok.start, tok.stem) and (
        _HANGUL_WORD.match(tok.stem) is not None
    )


@lru_cache(maxsize=1)
def company_cue_ends() -> tuple[str, ...]:
    """Last parts of a compound before a company's name (유통기업 메디테라) from org_context.tsv."""
    return tuple(w for w, role in load_tsv("lexicons/org_context.tsv", 2) if role == "company_before_end")


@lru_cache(maxsize=1)
def _report_verb() -> re.Pattern:
    """Any report verb of org_context.tsv (보도했 …): ``_media``'s subject rule needs one after the name."""
    return re.compile(alternation(w for w, role in load_tsv("lexicons/org_context.tsv", 2) if role == "report_verb"))


def _media_cue(tok: "Token") -> bool:
    """A word ``_media`` acts on in a text without a report verb: a team prefix (레알) or a word
    before a name (일간, 소속사, 유통기업). Reads the stem alone."""
    stem = tok.stem
    return stem in team_prefixes() or stem in media_context()[0] or (
        len(stem) >= 3 and stem.endswith(company_cue_ends())
    )


#: Particles Kiwi may keep inside an unknown proper noun (에인트호번이/NNP), by whether the syllable
#: before them ends in a consonant (True: 이, 은, 을, 과) or not (False: 가, 는, 를, 와).
_GLUED_BY_CODA = {"이": True, "은": True, "을": True, "과": True, "가": False, "는": False, "를": False, "와": False}


def _unglued_end(text: str, tok: "Token") -> int:
    """Where the name in ``tok`` ends: before a particle Kiwi kept inside the proper noun when the
    particle's form agrees with the syllable before it (PSV 에인트호번이 → 에인트호번; 맨체스터 시티는
    is cut by Kiwi already; 제약사 로슈와/NNP → 로슈: two letters and the particle); ``tok.stem_end``
    otherwise."""
    end = tok.stem_end
    coda = _GLUED_BY_CODA.get(text[end - 1]) if end == tok.end and end - tok.start >= 3 and tok.tags == ("NNP",) else None
    if coda is None:
        return end
    prev = ord(text[end - 2]) - 0xAC00
    if not 0 <= prev < 11172 or (prev % 28 != 0) != coda:
        return end
    return end - 1


def _media(doc: "DocView", lex: OrgLexicon, media_cues: list["Token"]) -> list[Entity]:
    """News organisations and companies by context: after 일간/매체/외신 (영국 일간 텔레그래프) or
    소속사/업체/브랜드 (소속사 뮤직앤뉴), or the subject of 보도했다 (차이나데일리가 20일 보도했다).
    Held-out train: right 6 times in 6 (media), 7 in 8 (companies)."""
    before, verb = media_context()
    text = doc.text
    out: list[Entity] = []
    prefixes = team_prefixes()
    before_get, cue_ends = before.get, company_cue_ends()
    # no report verb in the text (most texts): only a team prefix or a word before a name can
    # start one (the subject of 보도했다 needs the verb); ``media_cues``: those words, from _words
    tokens = media_cues if _report_verb().search(text) is None else doc.tokens
    for tok in tokens:
        stem = tok.stem
        if stem in prefixes:
            nxt = doc.next(tok)
            if nxt is not None and (places.kind_of(nxt.stem) or (nxt.tags[:1] in (("NNP",), ("SL",)))):
                end = _unglued_end(text, nxt)
                out.append(doc.entity(tok.start, end, "ORG", text[tok.start:end],
                                      "org.media_context.v1", kind="sports"))  # 레알 마드리드
        # the kind a word before a name gives it: 일간 → media, 소속사 → company, 유통기업 → company
        cue = before_get(stem)
        if cue is None and len(stem) >= 3 and stem.endswith(cue_ends):
            cue = "company"
        if cue is not None and doc.text[tok.stem_end:tok.end] in ("", "인") and tok.i + 1 < len(doc.tokens):
            name = doc.tokens[tok.i + 1]
            gap = _QUOTE_GAP.fullmatch(text, tok.end, name.start)
            quoted = gap is not None and text[name.start - 1:name.start] in "'\"‘“" and (
                text[name.stem_end:name.stem_end + 1] in ("'", '"', "’", "”")
            )  # 인터넷 매체 '한빛데일리'가: any noun in quotes
            nxt = doc.next(name)
            two = nxt is not None and (_media_name(nxt, lex) or nxt.stem in end_words())  # 세쿼이아 캐피탈
            if gap and (_media_name(name, lex) or (quoted and len(name.stem) >= 2 and name.tags[:1] in (
                ("NNG",), ("NNP",), ("SL",)
            )) or (two and places.kind_of(name.stem) is not None)  # 프로농구팀 덴버 너기츠
                    or (cue == "company" and (_company_word(name) or _guessed_name(doc, name)))):
                # 제약사 메콩파마/NNG: the cue is the proper noun a company ending wants; 계열사
                # 빈패스트/NNG: a word Kiwi never saw, after it, is the company's name
                last = nxt if two else name  # USA 투데이
                after = doc.next(last)
                if after is not None and after.stem in end_words():
                    last = after  # 자회사 롯데케미칼 타이탄 홀딩스
                k = last.i - name.i
                while _capitalised(name.stem) and k < 3 and last.bare and (after := doc.next(last)) is not None \
                        and _capitalised(after.stem) and after.stem not in _LATIN_FUNCTION_WORDS:
                    last, k = after, k + 1  # 기업인 Tidewater Energy Systems의: the Latin name goes on
                end = _unglued_end(text, last)
                out.append(doc.entity(name.start, end, "ORG", text[name.start:end],
                                      "org.media_context.v1", kind=cue))
        elif text[tok.stem_end:tok.end] in _SUBJECT and _media_name(tok, lex) and all(
            t in ("NNP", "SL") for t in tok.tags
        ) and verb.match(text, tok.end + 1):
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", tok.stem, "org.media_context.v1", kind="media"))
    return out


def find(doc: "DocView") -> list[Entity]:
    """ORG candidates of one document (overlapping; settled by ``entities.settle``)."""
    lex = lexicon()
    media_cues: list["Token"] = []  # filled by _words, read by _media
    end_words_at: list["Token"] = []  # filled by _words, read by _end_word_names
    found = _legal_forms(doc, lex)
    latin = _HAS_LATIN.search(doc.text) is not None
    if latin:
        found += _foreign_legal_forms(doc, lex)
    found += (_words(doc, lex, media_cues, end_words_at) + _aliases(doc, lex)
             + _media(doc, lex, media_cues) + _end_word_names(doc, lex, end_words_at))
    if latin:
        found += _latin_cue_names(doc)
    if " 측" in doc.text:
        found += _sides(doc, lex)
    if "발주" in doc.text:
        found += _orderers(doc, lex)
    return _attach_aliases(doc, found)


#: 측 (side) after a word, then a particle: 대진기어 측은, 한빛테크 측이
_SIDE = re.compile(r" 측(?:은|이|의|에서|에|도|과|와)(?![가-힣])")


@lru_cache(maxsize=1)
def _side_cues() -> re.Pattern:
    """Words of business one of which must stand in the sentence of X 측은 (entity_rules.toml [side] cues)."""
    return re.compile(alternation(load_toml("lexicons/entity_rules.toml")["side"]["cues"]))


def _sides(doc: "DocView", lex: OrgLexicon) -> list[Entity]:
    """"대진기어 측은 사실이 아니라고 밝혔다": one proper noun Kiwi does not know, of three letters or more,
    before 측 and a particle, is the organisation whose side speaks, in a sentence about business (a word
    of entity_rules.toml [side] cues: 업계, 경쟁사, 인수 …; a singer's or a band's side, 레이디스코드 측이,
    is spoken of as often); a place, a title or a known person is none."""
    out: list[Entity] = []
    cues = _side_cues()
    sentences = doc.ctx.sentences
    starts = [x.start for x in sentences]
    for m in _SIDE.finditer(doc.text):
        k = bisect_right(starts, m.start()) - 1
        s = sentences[k] if k >= 0 and m.start() < sentences[k].end else None
        if s is None or cues.search(doc.text, s.start, s.end) is None:
            continue  # no word of business in the sentence: a singer's or a band's side as often
        tok = doc.by_end.get(m.start())
        if tok is not None and tok.bare and _unknown_name(tok, lex):
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", tok.stem, "org.side.v1"))
    return out


def _unknown_name(tok: "Token", lex: OrgLexicon) -> bool:
    """One proper noun Kiwi does not know as anything else, of three Hangul letters or more: no place,
    stop word, Korean or known person's name, nor title (대진기어, 오스테드). ``_sides`` and
    ``_orderers`` read it as an organisation by the role its sentence gives it."""
    from . import persons  # persons imports this module

    stem = tok.stem
    return tok.all_proper and len(stem) >= 3 and _HANGUL_WORD.match(stem) is not None and not (
        places.kind_of(stem) or stem in lex.stop or persons.korean_name(tok) or stem in persons.lexicon().known
        or persons.split_title(stem) is not None
    )


#: 이/가 + 발주 as a verb (발주한, 발주하는, 발주할, 발주했다): the word before orders the work.
_ORDERS = re.compile(r"(?<=[이가]) 발주(?:한|하는|할|했|하고|하여|해)")


def _orderers(doc: "DocView", lex: OrgLexicon) -> list[Entity]:
    """"한빛전선은 덴마크 오스테드가 발주한 공사를 따냈다": one proper noun Kiwi does not know, of three
    letters or more, as the subject of 발주한 (who orders works is an organisation: a company, a public
    body) is an ORG; a place, a title or a known person is none."""
    out: list[Entity] = []
    for m in _ORDERS.finditer(doc.text):
        tok = doc.by_end.get(m.start())
        if tok is not None and tok.end - tok.stem_end == 1 and _unknown_name(tok, lex):  # (its 이/가 only)
            out.append(doc.entity(tok.start, tok.stem_end, "ORG", tok.stem, "org.orderer.v1"))
    return out


@lru_cache(maxsize=1)
def _alone_latin_cues() -> frozenset[str]:
    """Last words that end a Latin name on their own (org_latin_cues.tsv alone = 1): Robotics, Partners."""
    return frozenset(r[0] for r in load_tsv("lexicons/org_latin_cues.tsv", 1) if r[1:2] == ("1",))


#: English function words that open no company's name before a cue word (The Robotics 부문)
_LATIN_FUNCTION_WORDS = frozenset({"The", "A", "An", "And", "Of", "For", "In", "On", "At", "To", "With", "By", "Our"})
@lru_cache(maxsize=1)
def _alone_latin_cue_re() -> re.Pattern:
    """A cue word of ``_alone_latin_cues`` standing as a word of its own (searched at C speed)."""
    # (no look-behind before the words: the engine then skips to their capital first letters at C speed)
    return re.compile(rf"(?:{alternation(_alone_latin_cues())})(?![A-Za-z])")


def _capitalised(stem: str) -> bool:
    return stem.isascii() and stem.isalpha() and stem[0].isupper()


def _latin_cue_names(doc: "DocView") -> list[Entity]:
    """One to three capitalised Latin words ending with a word of ``_alone_latin_cues``, written
    apart from any Hangul name: Aurora Robotics, Blue Ocean Partners → ORG (kind company)."""
    out: list[Entity] = []
    cues = _alone_latin_cues()
    text = doc.text
    for m in _alone_latin_cue_re().finditer(text):  # (rare words: no pass over every word)
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
            continue  # inside a longer word (AuroraRobotics)
        tok = doc.by_start.get(m.start())
        if tok is None or tok.stem != m.group():
            continue
        first = None
        p = doc.prev(tok)
        k = 0
        while p is not None and k < 2 and _capitalised(p.stem) and p.stem not in cues \
                and p.stem not in _LATIN_FUNCTION_WORDS:
            first = p
            p = doc.prev(p)
            k += 1
        if first is None:
            continue  # "Robotics" alone names no company
        out.append(doc.entity(first.start, tok.stem_end, "ORG", doc.text[first.start:tok.stem_end],
                              "org.latin_cue.v1", kind="company"))
    return out


@lru_cache(maxsize=1)
def _legal_marks() -> tuple[str, ...]:
    """The legal-form markers of legal_forms.tsv written against a name (㈜, (주), ㈔), no words."""
    return tuple(m for m in lexicon().forms if not _HANGUL_WORD.match(m) and " " not in m)


def by_legal_mark(text: str, start: int, end: int) -> bool:
    """True when the word ``text[start:end]`` touches a legal-form mark (㈜바로배송, 바로배송(주)).

    >>> by_legal_mark("김하은 ㈜바로배송 팀장", 5, 9), by_legal_mark("바로 배송", 3, 5)
    (True, False)
    """
    marks = _legal_marks()
    if text.endswith(marks, max(0, start - 4), start) or text.startswith(marks, end):
        return True
    # a company word (주식회사, 유한회사) one space after the name: 다온에너지솔루션 주식회사
    return text[end:end + 1] == " " and text.startswith(_company_words(), end + 1)


@lru_cache(maxsize=1)
def _company_words() -> tuple[str, ...]:
    """The word markers of legal_forms.tsv that may follow a company's name (주식회사, 유한회사)."""
    lex = lexicon()
    return tuple(m for m in lex.word_markers if m in lex.suffix_markers)


@lru_cache(maxsize=1)
def _legal_form_names() -> frozenset[str]:
    """Firm names after 법무법인, 회계법인 … that Kiwi reads as common nouns (entity_rules.toml
    [legal_form_names]): 광장, 태평양."""
    from .entities import _rules  # entities imports this module

    return frozenset(_rules().get("legal_form_names", {}).get("common_names", ()))


def _language(word: str) -> bool:
    """A language named after a country (한국어, 베트남어), the whole of ``word``: 한국어 → True.

    >>> _language("한국어"), _language("베트남어"), _language("한빛어"), _language("한국생산기술")
    (True, True, False, False)
    """
    return len(word) >= 2 and word[-1] == "어" and places.kind_of(word[:-1]) == "country"
