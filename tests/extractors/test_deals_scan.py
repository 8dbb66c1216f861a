"""Deals: the speed-only shortcuts give what the plain scans gave.

The entity looked up by its end (``_entity_at``), the end of a word by regex (``_word_end``),
the role particles listed once per sentence (``_Sent.role_marks``) and the counterparty roles
read on first use (``_Roles``). Every sentence below was written for these tests in
press-release style; positions are counted by hand beside each row.
"""

from __future__ import annotations

import pytest
from kopress.extractors.deals import (
    READ_ROLES,
    _entity_at,
    _party,
    _Roles,
    _Sent,
    _Spans,
    _word_end,
    rules,
)
from kopress.schemas import Entity


def ent(text: str, start: int, end: int, label: str) -> Entity:
    return Entity(start=start, end=end, text=text[start:end], label=label, name=text[start:end])


# ---------------------------------------------------------------------------------------------
# _word_end: the word containing pos, without trailing punctuation, at least one character

WORD_END = [
    # 한0 빛1 은2 ␣3 협4 약5 을6 ␣7 체8 결9 했10 다11 .12 → the word 체결했다 ends at 12, "." left out
    ("한빛은 협약을 체결했다.", 8, 13, 12),
    # the word starts at 4 (협약을) and ends at the space at 7
    ("한빛은 협약을 체결했다.", 4, 13, 7),
    # 체0 결1 했2 다3 .4 ”5 → period and closing quote both left out: 4
    ("체결했다.”", 0, 6, 4),
    # the limit cuts the word: 업0 무1 협2 | 약3 … → 3
    ("업무협약을 체결했다", 0, 3, 3),
    # a no-break space (U+00A0) ends a word like a space: 체0 결1 ␣2 → 2
    ("체결\u00a0했다", 0, 5, 2),
    # only punctuation after pos: 협0 약1 ␣2 .3 .4 .5 → nothing left, at least pos + 1 = 4
    ("협약 ...", 3, 6, 4),
    # pos at the limit: pos + 1 = 6
    ("협약 체결했다", 5, 5, 6),
    # a closing bracket inside the word stays: 협0 약1 (2 안3 )4 을5 → the word runs to 6
    ("협약(안)을 체결", 0, 9, 6),
]


@pytest.mark.parametrize("text, pos, limit, expected", WORD_END)
def test_word_end(text, pos, limit, expected):
    assert _word_end(text, pos, limit) == expected


# ---------------------------------------------------------------------------------------------
# _entity_at: the entity ending at the phrase's end (or one before), the longest one first

#         미0 국1 ␣2 A3 B4 C5 사6 와7
TEXT = "미국 ABC사와"
US = ent(TEXT, 0, 2, "LOC")  # 미국
ABC = ent(TEXT, 3, 6, "ORG")  # ABC
ABC_SA = ent(TEXT, 3, 7, "ORG")  # ABC사
US_ABC_SA = ent(TEXT, 0, 7, "ORG")  # 미국 ABC사

ENTITY_AT = [
    # phrase ABC사 [3, 7): ends at 7 are 미국 ABC사 and ABC사; the one starting first wins
    ([US, ABC, ABC_SA, US_ABC_SA], 3, 7, ("ORG", "LOC"), US_ABC_SA),
    # the same entities listed in another order: the same answer
    ([US_ABC_SA, ABC_SA, ABC, US], 3, 7, ("ORG", "LOC"), US_ABC_SA),
    # without the wide one: ABC사 [3, 7)
    ([US, ABC, ABC_SA], 3, 7, ("ORG",), ABC_SA),
    # nothing ends at 7: ABC ends at 6 = end - 1 (ABC사 → ABC, the 사 left out)
    ([US, ABC], 3, 7, ("ORG",), ABC),
    # a LOC ending at 7 does not count when only ORG is asked for; ABC at 6 does
    ([ent(TEXT, 0, 7, "LOC"), ABC], 3, 7, ("ORG",), ABC),
    # phrase A [3, 4): 미국 ends at 2, neither 4 nor 4 − 1 = 3
    ([US], 3, 4, ("LOC",), None),
    # an entity ending at end - 1 must still reach into the phrase: 미국 [0, 2) for phrase [2, 3)
    ([US], 2, 3, ("LOC",), None),
    # an entity ending past the phrase is no name of it: 미국 ABC사 [0, 7) for phrase 미국 [0, 2)
    ([US_ABC_SA], 0, 2, ("ORG",), None),
]


@pytest.mark.parametrize("ents, start, end, labels, expected", ENTITY_AT)
def test_entity_at(ents, start, end, labels, expected):
    assert _entity_at(_Spans(ents), start, end, labels) == expected


def test_entity_at_window():
    """An entity starting more than 80 characters before the phrase is not looked at."""
    text = "가" * 100 + "한빛"
    far = ent(text, 0, 102, "ORG")  # starts 100 before the phrase [100, 102): outside the window
    near = ent(text, 30, 102, "ORG")  # starts 70 before: inside
    assert _entity_at(_Spans([far]), 100, 102, ("ORG",)) is None
    assert _entity_at(_Spans([far, near]), 100, 102, ("ORG",)) == near


# ---------------------------------------------------------------------------------------------
# _Sent.role_marks: the particles _roles reads (JKB, JC, JKO, JKG, JKS), none right after another

ROLE_MARKS = [
    # 와 (with) and 을 (object); 은 is a topic, not a role
    ("한빛은 미국 아마존과 수출계약을 체결했다.", ["과", "을"]),
    # 와의: 의 right after 와 is skipped (the genitive of a comitative), 을 counts
    ("한빛은 대양테크와의 업무협약을 체결했다.", ["와", "을"]),
    # 이 (a subject) is read too: a subject before 발주한 orders the work won (the role "orderer")
    ("한빛이 대상을 받았다.", ["이", "을"]),
    # a headline without particles
    ("수출계약 체결", []),
]


@pytest.mark.parametrize("text, surfaces", ROLE_MARKS)
def test_role_marks(make_ctx, text, surfaces):
    ctx = make_ctx(text)
    morphs = list(ctx.morphs)
    sent = _Sent(ctx, 0, len(text), morphs, 0, {}, _Spans([]))
    marks = sent.role_marks()
    assert [sent.surf[p] for p in marks] == surfaces
    # the plain scan: every role particle not right after another particle
    plain = [p for p, mo in enumerate(morphs)
             if mo.tag in ("JKB", "JC", "JKO", "JKG", "JKS") and not (p > 0 and morphs[p - 1].tag.startswith("J"))]
    assert marks == plain


# ---------------------------------------------------------------------------------------------
# _Roles: a role's parties are read on first use; the lists are those of one pass over all roles

def _one_pass(roles: _Roles) -> dict[str, list]:
    """Every listed phrase read in sentence order, a phrase taken by its first organisation reading."""
    seen, out = set(), {role: [] for role in READ_ROLES}
    for role, np, strict in roles.events:
        if np in seen or np[0] <= roles.lo:
            continue
        party = _party(roles.sent, *np, strict=strict, persons=roles.persons)
        if party.org and party.name:
            seen.add(np)
            out[role].append(party)
    return out


def _deal_type(name: str):
    return next(t for t in rules().types if t.name == name)


ROLES = [
    # (sentence, deal type, the trigger, {role: names}) — the trigger's clause, from the start
    # B와 → comitative; 수출계약을 is an object but names no organisation
    ("㈜한빛은 미국 ABC사와 수출계약을 체결했다.", "export_contract", "수출계약",
     {"comitative": ["ABC"], "object": [], "genitive": []}),
    # a list before 와: 가온테크, 미래소재 → both comitative
    ("㈜한빛은 ㈜가온테크, ㈜미래소재와 업무협약을 맺었다.", "mou", "업무협약",
     {"comitative": ["가온테크", "미래소재"], "genitive": []}),
    # 로부터 → source
    ("㈜벤텍은 한빛벤처스로부터 50억원의 투자를 유치했다.", "investment", "투자",
     {"source": ["한빛벤처스"], "comitative": []}),
    # the stake's owner is an object: ㈜대양테크 지분을 인수 → 대양테크
    ("㈜한빛은 ㈜대양테크 지분을 인수했다.", "acquisition", "인수",
     {"object": ["대양테크"], "comitative": []}),
    # one phrase in two roles: 대양테크의 (genitive, read first) and the owner of 지분을 (object);
    # the genitive takes it (a legal form: an organisation), so the object has none
    ("㈜한빛은 ㈜대양테크의 지분을 인수했다.", "acquisition", "인수",
     {"genitive": ["대양테크"], "object": []}),
    # no role particle before the trigger: nothing
    ("수출계약 체결", "export_contract", "수출계약",
     {"comitative": [], "source": [], "object": [], "genitive": [], "dative": []}),
]


@pytest.mark.parametrize("text, type_name, trigger, expected", ROLES)
def test_roles(make_ctx, text, type_name, trigger, expected):
    ctx = make_ctx(text)
    morphs = list(ctx.morphs)
    sent = _Sent(ctx, 0, len(text), morphs, 0, {}, _Spans([]))
    i = sent.by_start[text.index(trigger)]
    roles = _Roles(sent, -1, i, _deal_type(type_name))
    for role, names in expected.items():
        assert [p.name for p in roles[role]] == names, role
    # read lazily, role by role, in another order: the lists of one pass over every role
    fresh = _Roles(sent, -1, i, _deal_type(type_name))
    eager = _one_pass(fresh)
    for role in sorted(READ_ROLES, reverse=True):
        assert fresh[role] == eager[role], role
    assert roles.get("no_such_role", []) == []
    assert roles["bare"] == []
