"""Within-document coreference: mentions of one entity share an ``entity_id`` (E1, E2 …).

Keys that make two mentions one entity: the same name without spaces (㈜한빛마린 ≡ 한빛마린,
both named 한빛마린), a name ≡ its alias (한빛로보틱스 ≡ Hanbit Robotics), a city's full and short
forms when both occur (울산광역시 ≡ 울산시), a short reference ≡ the full name with the same
surname and title (박 시장 → 박정훈 시장). ``find_repeats`` adds later mentions of names already
found (한빛마린과 after ㈜한빛마린은). Offsets index the original text.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kopress.schemas import Entity

from .extractors.base import entity, updated

if TYPE_CHECKING:
    from .extractors.entities import DocView

#: 울산광역시 → 울산시; 세종특별자치시 → 세종시; 제주특별자치도 → 제주도.
_CITY = re.compile(r"^([가-힣]+?)(?:광역시|특별시|특별자치시)$")
_PROVINCE = re.compile(r"^([가-힣]+?)특별자치도$")
#: 한빛대학교 → 한빛대 (a university's short form), 한빛대학교병원 → 한빛대병원 (its hospital's):
#: the full and the short name are one entity.
_UNIVERSITY = re.compile(r"^([가-힣]{2,})대학(?:교)?(병원)?$")
#: Rules whose spans a repeated name may take over (a place phrase running into a company name).
WEAK_RULES = frozenset({"place.chain", "place.lexicon", "place.district", "place.glued", "person.lexicon",
                        "org.lexicon"})


def university_short(name: str) -> str | None:
    """한빛대학교 → 한빛대 (the short form later mentions use), else None (not 한빛대학교병원)."""
    m = _UNIVERSITY.match(name)
    return f"{m.group(1)}대" if m is not None and name.endswith("대학교") else None


def weak(e: Entity) -> bool:
    """True when ``e`` comes from one of WEAK_RULES (its rule id without the version)."""
    return e.rule_id.rsplit(".", 1)[0] in WEAK_RULES

_SPACE_RUN = re.compile(r"\s+")
_HANGUL = re.compile("[가-힣]")
#: Rules of a surname that hides the name (김모 씨): never a short reference to a named person.
ANONYMOUS = "person.ssi_anon."
#: Labels whose names may be repeated later in the text.
REPEATABLE = ("ORG", "PERSON", "LOC", "EVENT")


def keys(e: Entity) -> set[str]:
    """Linking keys of a mention: ``ORG 울산광역시`` → {'ORG:울산광역시', 'ORG:울산시'}."""
    group = "ORG" if e.label in ("ORG", "LOC") and e.kind == "government" else e.label
    out = set()
    for form in (e.name, e.alias):
        if form:
            out.update(_form_keys(group, form))
    if group == "LOC" and e.rule_id.startswith("place.chain"):
        first, _, rest = e.name.partition(" ")
        if rest and " " not in rest and _country(first):
            # 미국 뉴욕 ≡ 뉴욕: a foreign city after its country is the city (a Korean chain stays
            # whole: 경기 광주 is not 광주)
            out.add(f"LOC:{rest.lower()}")
    return out


def _country(word: str) -> bool:
    from .extractors import places  # the extractors import this module

    return places.kind_of(word) == "country"


@lru_cache(maxsize=8192)
def _form_keys(group: str, form: str) -> tuple[str, ...]:
    """The keys of one name (names repeat across mentions and releases: computed once)."""
    k = _SPACE_RUN.sub("", form).lower()
    out = [f"{group}:{k}"]
    m = _CITY.match(k)
    if m:
        out.append(f"{group}:{m.group(1)}시")
    m = _PROVINCE.match(k)
    if m:
        out.append(f"{group}:{m.group(1)}도")
    m = _UNIVERSITY.match(k) if group == "ORG" else None
    if m:
        out.append(f"{group}:{m.group(1)}대{m.group(2) or ''}")
    first, _, rest = form.partition(" ")
    short = _province_short().get(first)
    if short is not None:  # 충청남도 천안시 → 충남천안시, 충남도 → 충남
        out.append(f"{group}:{short}{_SPACE_RUN.sub('', rest).lower()}")
    elif group == "ORG" and not rest:  # 경상남도의회 and 경남도의회 → 경남의회
        glued = max((p for p in _province_short() if first.startswith(p) and len(first) > len(p)), key=len, default=None)
        if glued is not None:
            out.append(f"{group}:{_province_short()[glued]}{first[len(glued):].lower()}")
    return tuple(out)


@lru_cache(maxsize=1)
def _province_short() -> dict[str, str]:
    """Full and short province names → one short name (entity_rules.toml [province_short])."""
    from .extractors.entities import _rules

    return dict(_rules().get("province_short", {}))


def find_repeats(doc: "DocView", found: list[Entity]) -> list[Entity]:
    """Later mentions of names already found (whole words, particles outside), not overlapping any."""
    forms: dict[str, Entity] = {}
    for e in found:
        if e.label not in REPEATABLE or weak(e):
            continue
        if e.kind == "country" and e.rule_id.startswith("org.place_actor"):
            continue  # 베트남은 … acts once; its other mentions are places (베트남 호찌민시에서)
        for form in (e.name, e.alias, e.text):
            if form and len(form) >= 2 and form not in forms:
                forms[form] = e
        if e.label == "ORG" and (short := university_short(e.name)) is not None and short not in forms:
            forms[short] = e  # 한빛대학교 … 한빛대 화학공학과: the short form Kiwi may read as a common noun
    if not forms:
        return []
    covered = sorted((e.start, e.end) for e in found if not weak(e))
    out: list[Entity] = []
    starts = [s for s, _ in covered]
    # a weak candidate over an alias the release defines is a repeat still (이하 '한빛' … 한빛이: the
    # company, not the place)
    aliases = {e.alias for e in found if e.alias}
    exact = {(e.start, e.end) for e in found if e.text not in aliases or not weak(e)}
    places = [(e.start, e.end) for e in found if e.label == "LOC"]
    for s, t in _occurrences(doc.text, forms):
        tok = doc.token_at(s)
        if tok is None:
            continue
        last = doc.by_end.get(t)
        if last is None and t not in (tok.stem_end,):
            # the match must end a word or end its stem (한빛마린 + 과)
            nxt = doc.tokens[tok.i:tok.i + 4]
            if not any(x.stem_end == t for x in nxt) and not _particle_at(doc, t):
                continue
        if (s, t) in exact:
            continue
        i = bisect.bisect_left(starts, t) - 1
        if i >= 0 and covered[i][1] > s:
            continue
        surface = doc.text[s:t]
        src = forms[surface]
        if src.rule_id.startswith("org.place_actor") and any(a <= s and t <= b for a, b in places):
            continue  # 창원시는 … 창원시 성산구 창원컨벤션센터에서: an acting city inside a place phrase is a place
        out.append(entity(s, t, surface, src.label, src.name, "link.repeat.v1",
                          kind=src.kind, alias=src.alias if src.label == "ORG" else None,
                          title=src.title if src.label == "PERSON" else None,
                          org=src.org if src.label == "PERSON" else None))
    return out


def _particle_at(doc: "DocView", pos: int) -> bool:
    """True when a particle starts at ``pos`` inside a word: 해진공은 (해/NNG 지/VV ㄴ/ETM 공/NNG
    은/JX) is 해진공 + 은, whatever Kiwi made of the name."""
    return any(tag[0] == "J" for tag in doc.tags_starting(pos))


def _occurrences(text: str, forms) -> list[tuple[int, int]]:
    """Spans of ``forms`` in ``text`` as a regex alternation of them, longest first, finds them
    (leftmost, then longest, not overlapping), found with str.find instead of a regex compiled per
    document: 한빛마린 in "한빛마린과 한빛" → [(0, 4)]."""
    hits: list[tuple[int, int]] = []
    find = text.find
    for form in forms:
        n = len(form)
        i = find(form)
        while i >= 0:
            hits.append((i, -n))
            i = find(form, i + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    pos = 0
    for i, neg in hits:
        if i >= pos:
            pos = i - neg
            out.append((i, pos))
    return out


def _short_target(e: Entity, persons: list[Entity]) -> Entity | None:
    """The full-name person a short reference (박 시장) points to: same surname, same title, unique."""
    same = [p for p in persons if len(p.name) >= 2 and p.name[0] == e.name and p.start != e.start]
    titled = [p for p in same if p.title and p.title == e.title]
    if not titled and e.title:
        # another title names another person (김시곤 보도국장 ≠ 김 지점장); a title's short form is
        # the same one (김시곤 보도국장 … 김 국장, 이도윤 대표이사 … 이 대표)
        same = [p for p in same if not p.title or e.title in p.title]
    names = {p.name for p in (titled or same)}
    if len(names) == 1:
        return (titled or same)[0]
    return None


def _foreign_target(e: Entity, persons: list[Entity]) -> Entity | None:
    """The person a foreign last name with a title points to (하트웰 시장 → 존 하트웰 시장): one
    earlier name of several words ending with it, with the same title (or none)."""
    same = {p.name: p for p in persons
            if p.start < e.start and " " in p.name and p.name.endswith(" " + e.name)
            and (not p.title or not e.title or p.title == e.title)}
    return next(iter(same.values())) if len(same) == 1 else None


def _actors_as_orgs(mentions: list[Entity]) -> list[Entity]:
    """A province or city that acts somewhere in the release (경상남도는 …, or has a head named:
    충청남도(도지사 김태흠)) is an ORG in all its mentions: its government. Not a country: 베트남은 …
    시장이라며 leaves 베트남 호찌민시에서 a place."""
    acting = {e.name for e in mentions
              if e.label == "ORG" and e.rule_id.startswith("org.place_actor") and e.kind != "country"}
    # 충청남도(도지사 김태흠)는 …: a province or city named as the body of a head (org.before_title)
    regions = {e.name for e in mentions if e.label == "LOC" and e.kind in ("province", "city")}
    if regions:
        acting |= {e.name for e in mentions
                   if e.label == "ORG" and e.name in regions and e.rule_id.startswith("org.before_title")}
    if not acting:
        return mentions
    return [updated(e, {"label": "ORG"}) if e.label == "LOC" and e.name in acting else e
            for e in mentions]


def link(mentions: list[Entity]) -> list[Entity]:
    """Give every mention an ``entity_id`` (E1, E2 … in order of first mention) and the entity's name."""
    mentions = _actors_as_orgs(mentions)
    persons = [e for e in mentions if e.label == "PERSON"]
    # 김모 씨 … 김씨는: with an anonymised 김 in the release, 김씨 is that person, not a named 김찬경
    hidden = {e.name for e in persons if e.rule_id.startswith(ANONYMOUS)}
    resolved: list[Entity] = []
    for e in mentions:
        if e.label == "PERSON" and len(e.name) == 1 and not e.rule_id.startswith(ANONYMOUS) and not (
            e.name in hidden and e.rule_id.startswith("person.ssi.")
        ):
            target = _short_target(e, persons)
            if target is not None:
                e = updated(e, {"name": target.name, "org": e.org or target.org})
        elif e.label == "PERSON" and e.rule_id.startswith("person.title_foreign") and " " not in e.name:
            target = _foreign_target(e, persons)
            if target is not None:
                e = updated(e, {"name": target.name, "org": e.org or target.org})
        resolved.append(e)
    parent = list(range(len(resolved)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, e in enumerate(resolved):
        if e.label == "PERSON" and len(e.name) == 1:
            continue  # an unresolved surname alone is an entity of its own
        for k in keys(e):
            if k in owner:
                parent[root(i)] = root(owner[k])
            else:
                owner[k] = i
    # 미국 식품의약국(FDA): a body the lexicons know under its short form, in brackets right after a
    # longer name that holds its name, is that organisation (one entity, not two)
    org_at = {e.start: i for i, e in enumerate(resolved) if e.label == "ORG"}
    for i, e in enumerate(resolved):
        j = org_at.get(e.end + 1) if e.label == "ORG" else None
        if j is not None and resolved[j].name != e.name and resolved[j].name in e.name:
            parent[root(j)] = root(i)
    roots = [root(i) for i in range(len(resolved))]
    ids: dict[int, str] = {}
    canon: dict[int, int] = {}  # root → index of the mention that names the entity most fully
    scores: dict[int, tuple[bool, bool, int]] = {}  # only for the entities of several mentions
    for i, r in enumerate(roots):
        if r not in ids:
            ids[r] = f"E{len(ids) + 1}"
        best = canon.get(r)
        if best is None:
            canon[r] = i
            continue
        if best not in scores:
            scores[best] = _fullness(resolved[best])
        scores[i] = _fullness(resolved[i])
        if scores[i] > scores[best]:
            canon[r] = i
    titled: dict[int, Entity] = {}
    for e, r in zip(resolved, roots):
        if e.label == "PERSON" and e.title and r not in titled:
            titled[r] = e
    out = []
    for e, r in zip(resolved, roots):
        best = resolved[canon[r]]
        update = {"entity_id": ids[r], "name": best.name}
        if e.label == "ORG" and best.alias and not e.alias:
            update["alias"] = best.alias
        if e.label == "PERSON" and not e.title and r in titled:  # 박정훈 (…) → 박정훈 시장
            update["title"] = titled[r].title
        out.append(updated(e, update))
    return out


def _fullness(e: Entity) -> tuple[bool, bool, int]:
    """How fully a mention names its entity (legal form or alias given, Hangul, longer name)."""
    return (e.legal_form is not None or e.alias is not None, _hangul(e.name), len(e.name))


def _hangul(s: str) -> bool:
    return _HANGUL.search(s) is not None
