"""Deals: who signed what with whom, for how much, for how long.

A trigger word from ``resources/deals.toml`` (수출계약, 업무협약, 투자유치, 수상, 선정, 인수 …)
counts as a deal only when a verb completes it in the same clause (체결했다, 맺고, 선정돼,
체결한 공급계약, B와의 업무협약, a headline's …협약 체결). The participants come from Kiwi's
particles around the noun phrases (linked to ``ctx.entities`` when an entity covers them):

- party: the nearest subject/topic (이/가/은/는) to the left; none, or the issuer's own word
  (시는, 도는, 회사는) → ``party_implicit`` with ``ctx.issuer`` as the name when known;
- counterparties: comitative 와/과/하고 (with lists "B, C와", "B 및 C와", "B 측과", "B와의"),
  then, by type, source 로부터, object 을/를 (인수), genitive 의;
- amount (MONEY), period (DURATION → ISO "P3Y") and date from the same clause.

One sentence naming several counterparties ("A는 B, C와 업무협약을 맺었다") gives ONE deal with
``counterparty_names`` [B, C] (``counterparty_name`` = B): the release announces one signing.
Coordinated winners of an award or a selection ("A와 B가 선정됐다") give one deal each; so do
prizes handed out clause by clause under one verb ("최우수상은 A와 B가, 우수상은 C가 수상했다",
"A는 대상을, B는 금상을 받았다"), each prize going to its own winners; a prize as the goal of
선정 ("최우수상에 선정됐다") is an award, not a grant.
Mentions of one deal (title, lead, body) merge into one record (type + party + counterparties)
whose ``mentions`` counts them; the span is the first mention's clause.

With no issuer known, 시는/회사는 resolve to the latest earlier party that fits (울산시 from the
title, the company named before); a sentence with no subject continues the party of the deal
in the sentence before; "두 기관과"/"두 기업은" point back to the deals named before; the next
sentence may add the term ("계약 기간은 3년간") or the investors ("이번 투자에는 A와 B가 참여").
A contract won from whoever ordered the work (조달청이 발주한 … 사업을 수주) has the orderer as its
counterparty; being selected as a supplier (B로부터 공급사로 선정) is a supply contract won; a sale
(A는 B를 C에 매각했다) is the buyer's acquisition (C acquires B); a sum raised (유치) is an investment
when its clause names the round or the investors (시리즈A 투자에서 A 등으로부터 120억원을 유치).
A party that cannot be found stays empty and lowers ``confidence``: it is never guessed.
``rule_id`` says what completed the trigger: ``deal.<type>.<verb|suffix|preceding_verb|
with_genitive|headline>.<rule_version>``.

>>> # "㈜한빛은 미국 ABC사와 연간 1000만 달러 규모의 수출계약을 체결했다."
>>> # → export_contract, party 한빛, counterparty ABC, value 10000000 USD per year
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from kopress.schemas import Amount, DateMention, Deal, Entity

from .. import numbers as N
from ..resources import ResourceError, alternation, load_toml, load_tsv
from ..tokenize import Morph, glued_particles
from .base import Context, latest_company_subject, updated

RESOURCE = "deals.toml"
TITLES = "lexicons/titles.tsv"  # shared with the entities family (title, compound)
LEGAL_FORMS = "lexicons/legal_forms.tsv"  # shared with the entities family (marker, form, position)
PLACES = "lexicons/places.tsv"  # shared with the entities family (name, kind)

#: Morpheme tags that may be part of a name (a noun phrase right before its particle).
NOMINAL = frozenset("NNP NNG NNB NR SL SH SN XSN XPN SW SB SSO SSC W_SERIAL".split())
PROPER = frozenset(("NNP", "SL", "SH"))
PROPER_OR_SW = PROPER | {"SW"}  # a proper noun or a legal-form mark (㈜)
#: A finite ending or a sentence-final mark closes a clause.
CLAUSE_END = frozenset(("EF", "SF"))
#: The particles that mark a counterparty's role (comitative, source, dative, object, genitive).
ROLE_TAGS = frozenset(("JKB", "JC", "JKO", "JKG", "JKS"))
#: Skipped between a trigger and its verb: particles, brackets, amounts, adverbs, determiners.
SKIPPABLE = frozenset("JKS JKC JKG JKO JKB JKV JKQ JX JC SSO SSC SS SP SN NR NNB MAG MM SL SO SW XSN".split())
#: Words of a date mention that would end the search for a verb (내년/NNG, 지난/VV+ETM, 오는).
DATE_WORD_TAGS = frozenset(("NNG", "MAG", "MM", "VV", "ETM", "SN", "NNB", "NR"))
#: An amount's morphemes (20/SN 억/NR 원/NNB): "국비 20억원을 확보" is the trigger's own amount.
NUMERIC_TAGS = frozenset(("SN", "NR", "NNB"))
#: The future adnominal ending (체결할, 맺을): 체결할 것으로 is an expectation.
FUTURE_ETM = frozenset(("ᆯ", "을", "ㄹ"))
#: A deal's date is a day, week or month; a bare year ("2024년 ∼사업") names no signing.
DEAL_DATE_GRANULARITY = frozenset(("day", "week", "month"))
MAX_SENTENCE_MORPHS = 400  # longer "sentences" (tables, lists) are skipped: bounded work


@dataclass(frozen=True)
class DealType:
    """One ``[[type]]`` of deals.toml: its triggers, completing verbs and counterparty roles."""

    name: str
    triggers: tuple[str, ...]
    verbs: frozenset[str]
    heads: frozenset[str]
    roles: tuple[str, ...]
    suffix_ok: frozenset[str] | None
    needs_counterparty: frozenset[str]
    priority: int
    not_goals: frozenset[str] = frozenset()
    # trigger → words one of which (or a sum of money) must stand in its sentence (선정 is a grant
    # only with a programme or funds named: 지원사업에 선정, 공모에 선정돼 국비를; not 수상자로 선정)
    needs_context: dict[str, frozenset[str]] = field(default_factory=dict)
    # trigger → words none of which may stand in its sentence (낙찰 at an auction: 경매, 옥션)
    not_context: dict[str, frozenset[str]] = field(default_factory=dict)
    # triggers whose party must be an organisation, not a person (낙찰받은 A씨: a bidder, no contractor)
    needs_org_party: frozenset[str] = frozenset()
    # trigger → verbs of the clause right after it whose sum of money is the deal's (유상증자에 참여해
    # 100억원을 투자한다)
    amount_after: dict[str, frozenset[str]] = field(default_factory=dict)
    trigger_verbs: dict[str, frozenset[str]] = field(default_factory=dict)  # 투자 → 받, 유치 only
    stake_nouns: frozenset[str] = frozenset()  # B사 지분 100%를 인수 → B사
    stake_only: frozenset[str] = frozenset()  # 취득: a deal only when a stake is what is bought
    dative_suffix: frozenset[str] = frozenset()  # 투자: + 하 with a company in 에 (B에 투자했다)
    # 인수: "㈜A와 ㈜B를 인수했다" → A and B, unless one of these stands between (A와 B를 공동 인수: A buys too)
    object_lists: frozenset[str] | None = None
    # the triggers the "bare" role reads a counterparty before (None: every one of the type's):
    # 산업통상자원부 장관상 → the ministry gives it; not 한빛전자 대상 수상
    bare_triggers: frozenset[str] | None = None


@dataclass(frozen=True)
class Rules:
    """The validated contents of ``deals.toml``."""

    version: str
    types: tuple[DealType, ...]
    trigger_re: re.Pattern
    trigger_type: dict[str, DealType]
    verb_window: int
    suffixes: frozenset[str]
    preceding_verbs: frozenset[str]
    ceremony_verbs: frozenset[str]
    cancel: frozenset[str]
    conditional_endings: frozenset[str]
    question_endings: frozenset[str]
    intent_endings: frozenset[str]
    etc_sum_types: frozenset[str]
    tentative: frozenset[str]
    conditional_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    plan_nouns: frozenset[str]
    future_heads: frozenset[str]
    pass_heads: frozenset[str]
    concessive_endings: frozenset[str]
    deal_nouns: frozenset[str]
    selection_undone: frozenset[str]
    generic_heads: frozenset[str]
    aggregate_counters: frozenset[str]
    rumour_suffixes: frozenset[str]  # 합병설: a rumour of the deal, none announced
    aggregate_numerals: frozenset[str]  # 두 건, 여러 건: more than one
    aggregate_firms: tuple[str, ...]  # 11개 기업, 3조원의 투자를 유치 → many firms summed
    cumulative_words: tuple[str, ...]
    period_totals: tuple[str, ...]
    total_words: frozenset[str]
    clause_endings: frozenset[str]
    subject_jx: frozenset[str]
    comitative: frozenset[str]
    source: frozenset[str]
    dative: frozenset[str]
    separators: frozenset[str]
    pair_marks: frozenset[str]
    side_nouns: frozenset[str]
    order_verbs: frozenset[str]  # 발주: "X가 발주한 사업을 수주" → X is the counterparty
    sale_triggers: frozenset[str]  # 매각: the buyer's acquisition (acquisition sale_triggers)
    purchase_triggers: frozenset[str]  # 구매 계약: the seller's supply contract (supply_contract purchase_triggers)
    buyer_kinds: frozenset[str]  # the kinds of organisation that buy under a purchase contract (조달청: government)
    passive_buyer_triggers: frozenset[str]  # 인수됐다: the buyer in 에 (acquisition passive_buyer_triggers)
    raised_verbs: frozenset[str]  # 유치: "…로부터 120억원을 유치했다" ([raised])
    raised_round_verbs: frozenset[str]  # 확보, 조달: only with the round named ("시리즈B 투자에서 …")
    raised_means: frozenset[str]  # 통하: "시리즈B 투자 유치를 통해 150억원을 확보" (the round as means)
    raised_funds: frozenset[str]  # 자금: "150억원의 자금을 확보" (the sum as named funds)
    raised_type: DealType  # the deal type a sum raised makes (investment)
    raised_re: re.Pattern  # an object particle and a raising verb: 을 유치
    raised_not_after: tuple[str, ...]  # 국비 30억원을 유치: public money, no investment
    self_reference: frozenset[str]
    self_determiners: frozenset[str]
    plural_anaphora: frozenset[str]
    unit_nouns: frozenset[str]
    continuations: tuple[str, ...]
    reported_re: re.Pattern  # "…했다고 ㈜A가 1일 밝혔다": the reporter after a deal clause
    programme_endings: tuple[str, ...]  # EIP사업: a programme's name is no participant
    org_suffix_re: re.Pattern  # a name ending in an org suffix, with something before it
    org_suffix_end_re: re.Pattern  # a word that ends in (or is) an org suffix: 파트너스
    legal_form_re: re.Pattern
    company_suffixes: frozenset[str]
    stop_names: frozenset[str]
    relational_subjects: frozenset[str]  # 모회사가: another company, unnamed ([party])
    descriptor_words: frozenset[str]  # 제약사 브릭스톤바이오: the kind of company, not its name
    period_units: dict[str, str]
    nominal_completion: frozenset[str]
    skip_nouns: frozenset[str]
    antecedent: dict[str, str]
    award_cues: tuple[str, ...]
    each_words: frozenset[str]
    conversion_words: frozenset[str]
    organiser_verbs: frozenset[str]
    investor_leads: tuple[str, ...]
    investor_verbs: frozenset[str]
    further_investors: re.Pattern  # "C도 후속 투자에 나섰다": one more investor, a sentence on
    selection_counters: frozenset[str]
    period_followups: tuple[str, ...]
    period_lead_words: tuple[str, ...]  # 이번 계약 기간은
    period_reach: int  # how many sentences after the deal its term may be given
    #: a period lead (이번 계약 기간은), opening the sentence or a clause of it after a comma
    period_lead_re: re.Pattern
    #: after an amount lead: its particle, the contract's term, a tax note and words opening the amount
    amount_lead_re: re.Pattern
    #: a part of the sum opening the sentence before 총 and the lead: "선급금 500만 달러와 마일스톤을 포함한 총 ",
    #: "계약금 500만 달러를 포함해 총 "
    amount_part_prefix_re: re.Pattern
    amount_followups: tuple[str, ...]
    amount_followups_after_lead: tuple[str, ...]  # 이번 계약은 120억원 규모다
    amount_followups_by_type: dict[str, tuple[str, ...]]  # joint_venture: 자본금은 2천만 달러
    agreement_purposes: dict[str, str]  # 투자하기로 … 협약 → investment
    prize_topics: frozenset[str]  # [prizes]: 최우수상은 A가, 우수상은 B가 수상했다
    prize_verbs: frozenset[str]
    prize_goals: frozenset[str]  # 최우수상에 선정됐다 → an award
    prize_ambiguous: frozenset[str]
    prize_sure_verbs: frozenset[str]
    prize_between: frozenset[str]
    prize_dative_verbs: frozenset[str]
    prize_given_verbs: frozenset[str]
    prize_conferred_verbs: frozenset[str]  # 시는 ㈜A에 표창을 수여했다: A wins, the city gives
    prize_proxy_words: frozenset[str]  # 회사를 대표해 대상을 받았다: a person collects the company's prize
    prize_bullet_joins: frozenset[str]  # ㈜B·㈜C: between two winners of one bullet ([prizes] bullet_joins)
    affiliate_gap: re.Pattern  # " 계열사 " between a group and its company ([party] affiliate_words)
    # a local government as a sentence's subject (시는 ㈜A를 … 선정했다): DealType.needs_context
    government_subjects: tuple[str, ...] = ()
    form_triggers: frozenset[str] = frozenset()  # 단일판매·공급계약: a disclosure form's deal ([form])
    form_labels: dict[str, str] = field(default_factory=dict)  # 계약상대방 → counterparty, 계약금액 → amount


def _trigger_pattern(trigger: str) -> str:
    """A trigger as a regex: a space matches no space or some spaces ("수출 계약" → 수출\\s*계약)."""
    return r"\s*".join(re.escape(part) for part in trigger.split())


@lru_cache(maxsize=8192)
def _key(trigger: str) -> str:
    """A trigger without its spaces: "수출 계약" → "수출계약"."""
    return "".join(trigger.split())


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Load and validate ``deals.toml`` once."""
    data = load_toml(RESOURCE)
    try:
        types: list[DealType] = []
        trigger_type: dict[str, DealType] = {}
        for priority, row in enumerate(data["type"]):
            suffix_ok = row.get("suffix_ok")
            t = DealType(
                name=row["name"],
                triggers=tuple(row["triggers"]),
                verbs=frozenset(row["verbs"]),
                heads=frozenset(row.get("heads", ())),
                roles=tuple(row["counterparty_roles"]),
                suffix_ok=frozenset(_key(s) for s in suffix_ok) if suffix_ok is not None else None,
                needs_counterparty=frozenset(_key(s) for s in row.get("needs_counterparty", ())),
                priority=priority,
                not_goals=frozenset(row.get("not_goals", ())),
                needs_context={_key(k): frozenset(v) for k, v in row.get("needs_context", {}).items()},
                not_context={_key(k): frozenset(v) for k, v in row.get("not_context", {}).items()},
                needs_org_party=frozenset(_key(s) for s in row.get("needs_org_party", ())),
                amount_after={_key(k): frozenset(v) for k, v in row.get("amount_after", {}).items()},
                trigger_verbs={_key(k): frozenset(v) for k, v in row.get("trigger_verbs", {}).items()},
                stake_nouns=frozenset(row.get("stake_nouns", ())),
                stake_only=frozenset(_key(s) for s in row.get("stake_only", ())),
                dative_suffix=frozenset(_key(s) for s in row.get("dative_suffix", ())),
                object_lists=frozenset(row["object_lists"]) if "object_lists" in row else None,
                bare_triggers=frozenset(_key(s) for s in row["bare_triggers"]) if "bare_triggers" in row else None,
            )
            types.append(t)
            for trig in t.triggers:
                k = _key(trig)
                if k in trigger_type:
                    raise ResourceError(f"{RESOURCE}: trigger {trig!r} listed twice")
                trigger_type[k] = t
        # longest first, so 업무협약 wins over 협약 at the same position
        ordered = sorted({t for dt in types for t in dt.triggers}, key=lambda s: (-len(_key(s)), s))
        trigger_re = re.compile("|".join(_trigger_pattern(t) for t in ordered))
        comp, cancel, part, party = data["completion"], data["cancel"], data["particles"], data["party"]
        legal = [row[0] for row in load_tsv(LEGAL_FORMS, 1)]
        return Rules(
            version=data["rule_version"],
            types=tuple(types),
            trigger_re=trigger_re,
            trigger_type=trigger_type,
            verb_window=int(comp["verb_window"]),
            suffixes=frozenset(comp["suffixes"]),
            preceding_verbs=frozenset(comp["preceding_verbs"]),
            ceremony_verbs=frozenset(comp["ceremony_verbs"]),
            cancel=frozenset(cancel["lemmas"]),
            conditional_endings=frozenset(cancel["conditional_endings"]),
            question_endings=frozenset(cancel["question_endings"]),
            intent_endings=frozenset(cancel["intent_endings"]),
            etc_sum_types=frozenset(data["amount"]["etc_sum_types"]),
            tentative=frozenset(cancel["tentative"]),
            conditional_nouns=frozenset(cancel["conditional_nouns"]),
            purpose_verbs=frozenset(cancel["purpose_verbs"]),
            plan_nouns=frozenset(cancel["plan_nouns"]),
            future_heads=frozenset(cancel["future_heads"]),
            pass_heads=frozenset(cancel["pass_heads"]),
            concessive_endings=frozenset(cancel["concessive_endings"]),
            deal_nouns=frozenset(cancel["deal_nouns"]),
            selection_undone=frozenset(cancel["selection_undone"]),
            generic_heads=frozenset(cancel["generic_heads"]),
            aggregate_counters=frozenset(cancel["aggregate_counters"]),
            rumour_suffixes=frozenset(cancel.get("rumour_suffixes", ())),
            aggregate_numerals=frozenset(cancel["aggregate_numerals"]),
            aggregate_firms=tuple(sorted(cancel["aggregate_firms"], key=len, reverse=True)),
            cumulative_words=tuple(cancel["cumulative_words"]),
            period_totals=tuple(cancel["period_totals"]),
            total_words=frozenset(cancel["total_words"]),
            clause_endings=frozenset(cancel["clause_endings"]),
            subject_jx=frozenset(part["subject_jx"]),
            comitative=frozenset(part["comitative"]),
            source=frozenset(part["source"]),
            dative=frozenset(part["dative"]),
            separators=frozenset(part["list_separators"]),
            pair_marks=frozenset(part["pair_marks"]),
            side_nouns=frozenset(part["side_nouns"]),
            order_verbs=frozenset(part["order_verbs"]),
            sale_triggers=frozenset(_key(x) for row in data["type"] for x in row.get("sale_triggers", ())),
            purchase_triggers=frozenset(_key(x) for row in data["type"] for x in row.get("purchase_triggers", ())),
            buyer_kinds=frozenset(x for row in data["type"] for x in row.get("buyer_kinds", ())),
            passive_buyer_triggers=frozenset(_key(x) for row in data["type"] for x in row.get("passive_buyer_triggers", ())),
            raised_verbs=frozenset(data["raised"]["verbs"]),
            raised_round_verbs=frozenset(data["raised"]["round_verbs"]),
            raised_means=frozenset(data["raised"]["means_verbs"]),
            raised_funds=frozenset(data["raised"]["funds_nouns"]),
            raised_type=next(t for t in types if t.name == data["raised"]["type"]),
            raised_re=re.compile(rf"[을를]\s*(?:{alternation(data['raised']['verbs'] + data['raised']['round_verbs'])})"),
            raised_not_after=tuple(data["raised"]["public_money"]),
            self_reference=frozenset(_key(s) for s in party["self_reference"]),
            self_determiners=frozenset(party["self_determiners"]),
            plural_anaphora=frozenset(_key(s) for s in party["plural_anaphora"]),
            unit_nouns=frozenset(_key(s) for s in party["unit_nouns"]),
            continuations=tuple(w + " " for w in party["continuations"]),
            programme_endings=tuple(party["programme_endings"]),
            reported_re=re.compile(r"(?:%s)\s+(?P<org>\S+?)(?:이|가|은|는)\s+(?:(?:지난|오는)\s+)?(?:\d{1,2}일\s+)?(?:%s)" % (
                "|".join(party["reported_endings"]), "|".join(party["report_verbs"]))),
            org_suffix_re=re.compile(r".(?:%s)$" % alternation(party["org_suffixes"]), re.S),
            org_suffix_end_re=re.compile(r"(?:%s)$" % alternation(party["org_suffixes"])),
            legal_form_re=re.compile(r"^(?:%s)\s*|\s*(?:%s)$" % (alternation(legal), alternation(legal))),
            company_suffixes=frozenset(party["company_suffixes"]),
            stop_names=frozenset(party["stop_names"]),
            relational_subjects=frozenset(party.get("relational_subjects", ())),
            descriptor_words=frozenset(party["descriptor_words"]),
            period_units=dict(data["period"]["units"]),
            nominal_completion=frozenset(comp["nominal_completion"]),
            skip_nouns=frozenset(comp["skip_nouns"]),
            antecedent={_key(k): v for k, v in data["antecedent"].items()},
            award_cues=tuple(data["amount"]["award_cues"]),
            each_words=frozenset(data["amount"]["each_words"]),
            conversion_words=frozenset(data["amount"]["conversion_words"]),
            organiser_verbs=frozenset(data["organiser"]["verbs"]),
            investor_leads=tuple(data["followup"]["investment_leads"]),
            investor_verbs=frozenset(data["followup"]["investment_verbs"]),
            further_investors=re.compile(
                "(?:" + "|".join(r"\s*".join(map(re.escape, w.split())) for w in data["followup"]["further_objects"])
                + r")\s+(?:함께\s+)?(?:" + alternation(data["followup"]["further_verbs"]) + ")"),
            selection_counters=frozenset(cancel["selection_counters"]),
            period_followups=tuple(data["period"]["followups"]),
            period_lead_words=tuple(data["period"]["lead_words"]),
            period_reach=int(data["period"]["reach"]),
            period_lead_re=re.compile(
                rf"(?:(?:{alternation(data['period']['lead_words'])})\s+)?"
                rf"(?:{alternation(data['period']['followups'])})(?P<particle>\s*[은는이가]\s)?"),
            amount_lead_re=re.compile(
                r"\s*[은는이가]\s+(?P<term>\d{1,2}\s?(?:년|개월)\s?(?:간|동안)\s+)?"
                rf"(?:(?:{alternation(data['amount']['tax_notes'])}),?\s+)?"
                # a part of the sum named before the total: "계약금 500만 달러를 포함해 총 3억2천만 달러"
                rf"(?:(?:{alternation(data['amount']['part_notes'])})\s+(?:[^\s,]+\s+){{0,2}}?[^\s,]*[을를]\s+"
                r"포함(?:해|하여|해서),?\s+(?=총))?"
                r"((?:(?:총|모두|미화|약)\s*)?)"),
            amount_part_prefix_re=re.compile(
                rf"(?:{alternation(data['amount']['part_notes'])})\s+[^.\n]{{1,60}}?[을를]\s+포함(?:한|해|하여|해서),?\s+(?=총\s)"),
            amount_followups=tuple(data["amount"]["followups"]),
            amount_followups_after_lead=tuple(data["amount"]["followups_after_lead"]),
            amount_followups_by_type={k: tuple(v) for k, v in data["amount"].get("followups_by_type", {}).items()},
            agreement_purposes=dict(comp.get("agreement_purposes", {})),
            prize_topics=frozenset(data["prizes"]["topic_particles"]),
            prize_verbs=frozenset(data["prizes"]["verbs"]),
            prize_goals=frozenset(data["prizes"]["goal_particles"]),
            prize_ambiguous=frozenset(_key(w) for w in data["prizes"]["ambiguous"]),
            prize_sure_verbs=frozenset(data["prizes"]["sure_verbs"]),
            prize_between=frozenset(data["prizes"]["between_words"]),
            prize_dative_verbs=frozenset(data["prizes"]["dative_verbs"]),
            prize_given_verbs=frozenset(data["prizes"]["given_verbs"]),
            prize_conferred_verbs=frozenset(data["prizes"]["conferred_verbs"]),
            prize_proxy_words=frozenset(data["prizes"]["proxy_words"]),
            prize_bullet_joins=frozenset(data["prizes"]["bullet_joins"]),
            affiliate_gap=re.compile(rf"(?:의)? (?:{alternation(party['affiliate_words'])}) "),
            government_subjects=tuple(data["grant_context"]["government_subjects"]),
            form_triggers=frozenset(_key(t) for t in data["form"]["triggers"]),
            form_labels={**{_key(w): "counterparty" for w in data["form"]["counterparty_labels"]},
                         **{_key(w): "amount" for w in data["form"]["amount_labels"]},
                         **{_key(w): "date" for w in data["form"]["date_labels"]}},
        )
    except (KeyError, TypeError, re.error) as exc:
        raise ResourceError(f"{RESOURCE}: {exc!r}") from exc


# ---------------------------------------------------------------------------------------------
# participants


class Party(NamedTuple):
    """A noun phrase naming a participant: its span, name and (when linked) entity id.

    A named tuple, not a frozen dataclass: immutable and compared field by field all the same,
    built several times faster (a few hundred per document).
    """

    start: int
    end: int
    name: str | None
    entity_id: str | None = None
    self_ref: bool = False  # 시는, 회사는: the issuer itself
    anaphor: bool = False  # 양사는, 양 기관은: both parties of an earlier mention
    org: bool = False  # an organisation (entity or org-like phrase)
    generic: bool = False  # 기업은, 선정 기업은: firms in general, no one party


@dataclass(slots=True)
class Found:
    """One completed trigger before it becomes a Deal."""

    type: DealType
    trigger: str
    t_start: int
    t_end: int
    anchor: int  # offset of the completing verb (same anchor → same deal)
    anchor_end: int
    sentence: int
    active: bool = False  # 선정했다: the object is the party
    plan: bool = False
    etc: bool = False  # its partners were named before 등 (아마존 등과): others, unnamed, share it
    etc_more: bool = False  # …and 등 stands for partners not named (한빛마린 등 5개사와; not A, B, C 등 3곳과)
    shared_verb: bool = False  # "A는 …을, B는 …을 체결했다": the first clause, its verb said in the next
    head_party: Party | None = None  # 수출계약을 체결한 ㈜B는 → B
    # a prize or grant in a clause that modifies a noun naming no one (대상을 수상한 작품을 …): the
    # sentence's subject is not known to be its winner
    adnominal: bool = False
    parties: list[Party] = field(default_factory=list)
    counterparties: list[Party] = field(default_factory=list)
    implicit: bool = False
    self_word: str | None = None  # 시는, 회사는: the self-reference used
    resolved: Party | None = None  # its antecedent when no issuer is known
    headline: bool = False  # the mention is in a headline (no finite verb)
    nominal: bool = False  # 체결한 공급계약, B와의 협약: a mention without its own verb
    sent_start: int = 0  # where its sentence starts: the span never reaches before it
    partner_anaphor: bool = False
    pair: bool = False  # the anaphor names two (양사는, 두 회사는), not 3개 기관은
    zero: bool = False  # the party continues the sentence before (no subject of its own)  # "두 기관과 업무협약을 체결했다": partners named before
    key: str = ""  # the trigger without spaces (업무협약)
    ij: tuple[int, int] = (0, 0)  # the trigger's first and last morpheme in its sentence
    how: str = "verb"  # what completed it: suffix, verb, preceding_verb, with_genitive, headline
    anaphor: bool = False
    amount: Amount | None = None
    duration: Amount | None = None
    period: str | None = None
    date: DateMention | None = None
    span_start: int = 0
    span_end: int = 0
    winners: list[Party] | None = None  # a prize handed out in its own clause: its winners, read there
    selected: bool = False  # completed by 선정 (선정했다: the object is the party)
    dative: Party | None = None  # "A는 B에 50억원을 투자했다": B, the company invested in
    giver: Party | None = None  # "시는 ㈜A에 표창을 수여했다": the subject that gives the prize
    # a person's award that may be the company's prize collected: "" for a cue (회사를 대표해),
    # else the person's organisation (㈜B 김민수 대표가); None for no person
    proxy: str | None = None
    again: bool = False  # "지난해에도 선정돼": an earlier deal like one named before, not the same one


#: The plain endings a headline may close with (받아, 맺어, 나서).
_HEADLINE_ENDS = frozenset(("아", "어"))


def _plain_headline_end(morphs: list[Morph], tags: list[str]) -> bool:
    """True when the one final ending is the last morpheme, a plain 아/어, with no full stop after it
    (a headline: "㈜한빛테크, 장관 표창 받아"), not a sentence of the body ("… 받았다.")."""
    k = len(tags) - 1
    while k >= 0 and tags[k] in ("SS", "SSC", "SW"):
        k -= 1
    return k > 0 and tags[k] == "EF" and morphs[k].form in _HEADLINE_ENDS and tags.count("EF") == 1


def _unglue(text: str, morphs: list[Morph], ends: set[int]) -> list[Morph]:
    """``morphs`` with a proper noun that runs one particle past an ORG entity's end (``ends``) cut in
    two: 로슈와/NNP → 로슈/NNP + 와/JC (tokenize.glued_particles, as after a legal-form mark). The same
    list when none does."""
    tags = glued_particles()
    out: list[Morph] | None = None
    for i, mo in enumerate(morphs):
        if mo.tag == "NNP" and mo.end - 1 in ends and mo.end - mo.start >= 3 and mo.form == text[mo.start:mo.end]:
            if out is None:
                out = list(morphs[:i])
            cut = mo.end - 1
            out += [Morph(mo.start, cut, text[mo.start:cut], "NNP"), Morph(cut, mo.end, text[cut], tags[text[cut]])]
        elif out is not None:
            out.append(mo)
    return morphs if out is None else out


class _Sent:
    """The morphemes of one sentence with helpers to read particles and noun phrases."""

    def __init__(self, ctx: Context, start: int, end: int, morphs: list[Morph], index: int,
                 org_names: dict[str, Entity] | None = None, ents: _Spans | None = None,
                 dates: _Spans | None = None) -> None:
        self.ctx = ctx
        self.ents = ents if ents is not None else _Spans(ctx.entities)
        self._dates = dates  # every date mention of the document (read on first use)
        self.org_names = org_names or {}  # names of ORG entities found elsewhere in the document
        self.parties: dict[tuple[int, int, bool, bool], Party] = {}  # _party's cache
        self.text = ctx.text
        self.start, self.end = start, end
        self.m = morphs
        self.index = index
        text = ctx.text
        n = len(morphs)
        # the first morpheme at each offset (reversed: the lowest index is written last) and the
        # last non-empty morpheme ending at each offset
        self.by_start: dict[int, int] = dict(zip([mo.start for mo in reversed(morphs)], range(n - 1, -1, -1)))
        self.by_end: dict[int, int] = {mo.end: i for i, mo in enumerate(morphs) if mo.end > mo.start}
        self.surf: list[str] = [text[mo.start:mo.end] for mo in morphs]  # surface(i), listed once
        self.tags: list[str] = [mo.tag for mo in morphs]
        # a headline has no final ending, or only the plain -아/-어 closing it with no full stop
        # (㈜한빛테크, 장관 표창 받아; A, B와 업무협약 맺어: Kiwi reads 아/어 as a final ending)
        self.headline = "EF" not in self.tags or _plain_headline_end(morphs, self.tags)
        self._role_marks: list[int] | None = None

    def in_date(self, q: int) -> bool:
        """True when morpheme q lies inside a date mention (협약을 내년 1월 체결할: 내년 1월)."""
        if self._dates is None:
            self._dates = _Spans(self.ctx.dates)
        mo = self.m[q]
        return any(d.end >= mo.end for d in self._dates.starting_in(mo.start - 24, mo.start + 1))

    def role_marks(self) -> list[int]:
        """Morphemes _roles reads (JKB, JC, JKO, JKG, JKS) not right after another particle; listed once."""
        if self._role_marks is None:
            tags = self.tags
            self._role_marks = [p for p, tag in enumerate(tags)
                                if tag in ROLE_TAGS and not (p > 0 and tags[p - 1].startswith("J"))]
        return self._role_marks

    def _legal_bracket(self, b: int) -> bool:
        """True when the bracket closing at b holds a legal form: 한빛(주)."""
        o = b - 1
        while o >= 0 and self.m[o].tag != "SSO" and b - o < 4:
            o -= 1
        return o >= 0 and self.m[o].tag == "SSO" and rules().legal_form_re.search(
            self.text[self.m[o].start:self.m[b].end]) is not None

    def noun_phrase(self, p: int, gap: bool = False) -> tuple[int, int] | None:
        """Morpheme range [a, b] of the contiguous noun phrase ending right before morpheme p."""
        b = p - 1
        if b < 0 or self.m[b].tag not in NOMINAL:
            return None
        if self.m[b].end != self.m[p].start and not (gap and self.text[self.m[b].end:self.m[p].start].isspace()):
            return None
        # a gloss in brackets: 오리온오토메이션(Orion Automation)과 → 오리온오토메이션
        if self.m[b].tag == "SSC" and not self._legal_bracket(b):
            o = b - 1
            while o >= 0 and self.m[o].tag != "SSO" and b - o < 12:
                o -= 1
            if o <= 0 or self.m[o].tag != "SSO" or self.m[o - 1].end != self.m[o].start:
                return None
            return self.noun_phrase(o)
        a = b
        while a > 0:
            prev = self.m[a - 1]
            # 한/MM glued to a noun is part of a name (한빛에너지), a spaced one is not (이 회사)
            if (prev.tag not in NOMINAL and prev.tag != "MM") or prev.end != self.m[a].start:
                break
            a -= 1
        if a > 0 and self.m[a - 1].end == self.m[a].start and self.m[a - 1].tag in _NAME_PIECE_TAGS:
            a = self._name_start(a)  # 다/MAG 온/MM 에너지솔루션: pieces of an organisation's name
        # a side noun after a space: "B사 측과" → the phrase before 측
        if a == b and self.surf[b] in rules().side_nouns and b > 0:
            return self.noun_phrase(b, gap=True)
        # a legal form after a space: "세온헬스케어 주식회사와" → the whole name
        if a > 0 and _is_legal_form(self.text[self.m[a].start:self.m[b].end]):
            before = self.noun_phrase(a, gap=True)
            if before is not None:
                return before[0], b
        return self._multiword(a, b), b

    def _name_start(self, a: int) -> int:
        """Morpheme ``a``, or an earlier one where an ORG that runs into ``a`` within its word starts
        (Kiwi cut 다온에너지솔루션 into 다/MAG 온/MM 에너지/NNG 솔루션/NNG)."""
        s = self.m[a].start
        for e in self.ents.starting_in(s - 4, s):
            if e.label == "ORG" and e.end > s and " " not in self.text[e.start:s]:
                k = a
                while k > 0 and self.m[k - 1].start >= e.start:
                    k -= 1
                return k
        return a

    def _multiword(self, a: int, b: int) -> int:
        """Start of a spaced name ending in an org suffix, after a list mark or the sentence start.

        "한빛벤처스와 블루 오션 파트너스가" → 블루 오션 파트너스 (not 파트너스 alone).
        """
        r = rules()
        if not _ends_in_org_suffix(self.text[self.m[a].start:self.m[b].end]):
            return a
        start = a
        for _ in range(2):
            w_end = start - 1
            if w_end < 0 or self.m[w_end].tag not in ("NNP", "NNG", "SL") or \
                    not self.text[self.m[w_end].end:self.m[start].start].isspace():
                return a
            w = w_end
            while w > 0 and self.m[w - 1].tag in ("NNP", "NNG", "SL") and self.m[w - 1].end == self.m[w].start:
                w -= 1
            word = self.text[self.m[w].start:self.m[w_end].end]
            if any(x.label == "PERSON" and x.start == self.m[w].start and x.end == self.m[w_end].end
                   for x in self.ents.starting_in(self.m[w].start, self.m[w].start + 1)):
                return start  # "김민수 연구원이": a person's title, no part of an organisation's name
            if word in _place_names() or word in r.descriptor_words:
                return start  # "베트남 빈그룹과", "제약사 브릭스톤바이오와": a country or a kind, no part of the name
            start = w
            before = start - 1
            if before < 0 or self.surf[before] in r.separators or self.m[before].tag in ("SSO", "SS") or (
                    self.m[before].tag in ("JC", "JKB") and self.m[before].form in r.comitative):
                return start
        return a


_START_END = attrgetter("start", "end")


class _Spans:
    """Records sorted by start, for range look-ups by bisection (no scan of the whole document)."""

    def __init__(self, records) -> None:
        self.recs = sorted(records, key=_START_END)
        self.starts = [r.start for r in self.recs]
        self._by_end: dict[int, list] | None = None

    def starting_in(self, lo: int, hi: int) -> list:
        """Records whose start lies in [lo, hi)."""
        return self.recs[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def ending_at(self, end: int) -> list:
        """Records whose end is ``end``, in start order (the table is built on first use)."""
        if self._by_end is None:
            by_end: dict[int, list] = {}
            for rec in self.recs:
                by_end.setdefault(rec.end, []).append(rec)
            self._by_end = by_end
        return self._by_end.get(end, [])


#: The longest entity span looked back over when linking a noun phrase.
MAX_ENTITY_CHARS = 80
#: Tags of the one-syllable pieces Kiwi may cut an unknown name into before a noun (다/MAG 온/MM).
_NAME_PIECE_TAGS = frozenset({"MAG", "MM"})


def _entity_at(ents: _Spans, start: int, end: int, labels: tuple[str, ...]) -> Entity | None:
    """The entity ending inside [start, end] (the name before a particle), longest end first."""
    # it must reach the phrase's end (ABC사 → ABC may leave the one-syllable 사 out):
    # 울산 in 울산시장 is a place inside a title, not the phrase's name.
    # The end first, then the end - 1; in start order, so the first fit is the longest one.
    lo = start - MAX_ENTITY_CHARS
    for e_end in (end, end - 1):
        for e in ents.ending_at(e_end):
            if lo <= e.start < end and e.end > start and e.label in labels:
                return e
    return None


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Place names (countries, cities, provinces) from the entities' place lexicon."""
    return frozenset(row[0] for row in load_tsv(PLACES, 1))


@lru_cache(maxsize=1)
def _titles() -> re.Pattern:
    """Job titles (two syllables or more) from the entities' title lexicon: 울산시장 ends in 시장."""
    rows = load_tsv(TITLES, 1)
    return re.compile("(?:%s)$" % alternation(row[0] for row in rows if len(row[0]) >= 2))


def _place_prefix(sent: _Sent, start: int, end: int) -> bool:
    """True when text[start:end] is one proper-noun word and a space (미국 ␣): a place before a name.

    The word must be a place we know: 한국산업단지공단 대구지역본부, 엘리오스 마리타임 are names of
    two words, not a place and a name (their parties were 대구지역본부, 마리타임)."""
    words = sent.text[start:end].split()
    if len(words) != 1 or not sent.text[start:end].endswith(" ") or words[0] not in _place_names():
        return False
    ms = [mo for mo in sent.m if mo.start >= start and mo.end <= start + len(words[0])]
    return len(ms) == 1 and ms[0].tag == "NNP"


def _clean_name(sent: _Sent, a: int, b: int) -> str:
    """The name of a noun phrase without legal form or a trailing 사 after a proper noun."""
    r = rules()
    if b > a and sent.surf[b] in r.company_suffixes and sent.m[b - 1].tag in PROPER:
        b -= 1
    return _strip_legal(sent.text[sent.m[a].start:sent.m[b].end])


@lru_cache(maxsize=8192)
def _strip_legal(name: str) -> str:
    """A name without its legal forms (removed until none is left): "㈜한빛테크" → "한빛테크"."""
    legal_form_re = rules().legal_form_re
    prev = None
    while prev != name:
        prev = name
        name = legal_form_re.sub("", name).strip()
    return name


@lru_cache(maxsize=8192)
def _is_title(name: str) -> bool:
    """True when a name ends in a job title: "울산시장" (시장)."""
    return _titles().search(name) is not None


@lru_cache(maxsize=8192)
def _has_legal_form(surface: str) -> bool:
    """True when a surface holds a legal form at its start or end: "㈜한빛", "한빛 주식회사"."""
    return rules().legal_form_re.search(surface) is not None


@lru_cache(maxsize=8192)
def _is_legal_form(surface: str) -> bool:
    """True when a surface is a legal form with at most spaces around it: "주식회사", "(주)"."""
    return rules().legal_form_re.fullmatch(surface) is not None


@lru_cache(maxsize=8192)
def _ends_in_org_suffix(word: str) -> bool:
    """True when a word ends in (or is) an organisation suffix: "파트너스", "블루오션재단"."""
    return rules().org_suffix_end_re.search(word) is not None


@lru_cache(maxsize=8192)
def _has_org_suffix(name: str) -> bool:
    """True when a name ends in an organisation suffix after something: "한빛재단"."""
    return rules().org_suffix_re.search(name) is not None


def _party(sent: _Sent, a: int, b: int, *, strict: bool = False, persons: bool = False) -> Party:
    """Read the noun phrase morphemes [a, b] as a participant (cached per sentence)."""
    key = (a, b, strict, persons)
    hit = sent.parties.get(key)
    if hit is None:
        hit = sent.parties[key] = _read_party(sent, a, b, strict=strict, persons=persons)
    return hit


def _read_party(sent: _Sent, a: int, b: int, *, strict: bool = False, persons: bool = False) -> Party:
    """Read the noun phrase morphemes [a, b] as a participant (linked when an entity covers it)."""
    r = rules()
    s, e = sent.m[a].start, sent.m[b].end
    surface = sent.text[s:e]
    # a determiner before a self-reference: 이 회사는, 동사는
    key = _key(surface)
    det_start = s
    if a > 0 and sent.m[a - 1].tag == "MM" and sent.surf[a - 1] in r.self_determiners:
        det_start = sent.m[a - 1].start
    if key in r.plural_anaphora:
        return Party(det_start, e, None, anaphor=True)
    if a > 0 and sent.m[a - 1].tag == "MM" and _key(sent.text[sent.m[a - 1].start:e]) in r.plural_anaphora:
        return Party(sent.m[a - 1].start, e, None, anaphor=True)  # 두 회사는: the numeral with it
    if key in r.self_reference:
        glued = _glued_org(sent, a, e)
        if glued is None:
            return Party(det_start, e, None, self_ref=True)
        return glued
    labels = ("ORG", "LOC", "PERSON") if persons else ("ORG", "LOC")
    if strict:
        labels = ("ORG",)
    ent = _entity_at(sent.ents, s, e, labels)
    if ent is not None:
        name = ent.name
        # "미국 아마존" as one entity: the place word before the name is no part of it
        if ent.start < s and _place_prefix(sent, ent.start, s) and any(sent.m[x].tag in PROPER for x in range(a, b + 1)):
            name = _clean_name(sent, a, b) or name
        return Party(min(ent.start, s), e, name, ent.entity_id or None, org=True)
    if any(x.end > s and x.label not in labels for x in sent.ents.starting_in(s - MAX_ENTITY_CHARS, e)):
        return Party(s, e, None)  # a place or an event, not a participant
    name = _clean_name(sent, a, b)
    if not name or name in r.stop_names:
        return Party(s, e, None)
    known = sent.org_names.get(name)
    if known is not None:  # 오름데이터 in a headline, an entity in the body
        return Party(s, e, known.name, known.entity_id or None, org=True)
    if _is_title(name):
        return Party(s, e, None)  # 울산시장, 한빛테크대표: a person's title, not the organisation
    legal = _has_legal_form(surface)
    proper = not PROPER.isdisjoint(sent.tags[a:b + 1]) or _guessed_word(sent, a, b)
    suffix = _has_org_suffix(name)
    if not legal and name.endswith(r.programme_endings):
        return Party(s, e, None)  # EIP사업, 'K-스타트업' 프로그램: a programme, no participant
    if legal or suffix or (proper and not strict):
        return Party(s, e, name, org=True)
    # "세움헬스는" read 세우/VV ᆷ/ETN 헬스/NNG: the phrase is the tail of a company named in the release
    return _glued_org(sent, a, e) or Party(s, e, None)


def _guessed_word(sent: _Sent, a: int, b: int) -> bool:
    """One common noun of three letters or more that Kiwi did not know and guessed (젠큐어/NNG:
    tokenize.Analysis.unknown): a name, read as a proper noun is."""
    return a == b and sent.tags[a] == "NNG" and sent.ctx.analysis.guessed(sent.m[a].start, sent.surf[a])


def _glued_org(sent: _Sent, a: int, e: int) -> Party | None:
    """"(㈜)한결그룹은" read 한결/MAG 그룹/NNG, "세움헬스는" read 세우/VV ᆷ/ETN 헬스/NNG: the phrase
    at morpheme a is the tail of a named company glued before it (an ORG entity over it, or an ORG
    named so elsewhere in the release); None when it stands alone (그룹은, 이 회사는)."""
    s = sent.m[a].start
    if a == 0 or sent.m[a - 1].end != s:
        return None
    ent = _entity_at(sent.ents, s, e, ("ORG",))
    if ent is not None and ent.end == e and ent.start < s:
        return Party(ent.start, e, ent.name, ent.entity_id or None, org=True)
    w = a - 1  # the word's first morpheme (morphemes may share offsets: 세우/VV ᆷ/ETN)
    while w > 0 and sent.m[w - 1].end >= sent.m[w].start and sent.m[w - 1].tag not in ("SP", "SS", "SSO", "SSC", "SF"):
        w -= 1
    known = sent.org_names.get(_strip_legal(sent.text[sent.m[w].start:e]))
    if known is None:
        return None
    return Party(sent.m[w].start, e, known.name, known.entity_id or None, org=True)


def _org_party(e: Entity) -> Party:
    """The participant an entity names (linked by its entity id): an organisation, or the person a
    prize's relative clause modifies (read as a party all the same)."""
    return Party(e.start, e.end, e.name, e.entity_id or None, org=True)


def _listed_orgs(sent: _Sent, a: int, lo: int) -> list[Party]:
    """The organisations found as entities listed before the phrase starting at morpheme a
    (``_chain_left``): 현대차와 기아에 → 현대자동차; 과기정통부와 정보통신기획평가원이 → 과학기술정보통신부."""
    listed = [_party(sent, *x, strict=True) for x in _chain_left(sent, a, lo)]
    return [c for c in listed if c.org and c.name and c.entity_id is not None]


def _chain_left(sent: _Sent, a: int, lo: int) -> list[tuple[int, int]]:
    """Noun phrases listed before the phrase starting at morpheme a: "B, C와" / "B 및 C와" / "B와 C는"."""
    r = rules()
    out: list[tuple[int, int]] = []
    s = sent.m[a].start
    for e in sent.ents.starting_in(s - MAX_ENTITY_CHARS, s):
        # the phrase's last word names an organisation of several words (한빛테크와 한국산업단지공단
        # 대구지역본부는): the list goes on before the organisation's first word
        if e.end > s and e.label == "ORG" and (first := sent.by_start.get(e.start)) is not None and lo < first < a:
            a = first
            break
    while a - 1 > lo:
        sep = a - 1
        is_sep = sent.surf[sep] in r.separators or (
            sent.m[sep].tag in ("JC", "JKB") and sent.m[sep].form in r.comitative
        )
        if not is_sep:
            break
        np = sent.noun_phrase(sep, gap=True)
        if np is None or np[0] <= lo:
            break
        out.append(np)
        a = np[0]
    out.reverse()
    return out


def _find_subject(sent: _Sent, before: int, persons: bool) -> tuple[Party | None, list[Party], bool]:
    """The nearest subject/topic left of morpheme ``before``: (party, coordinated others, found).

    found is False when the sentence has no usable subject (the issuer is implicit).
    """
    r = rules()
    fallback: int | None = None
    tags = sent.tags
    # the adnominal verbs after a subject of a relative clause are its own: a subject further left is
    # judged by those before it only ("한빛건설이 부산시가 발주한 공사를 수주했다" → 한빛건설, not 부산시)
    inner = before
    for p in range(before - 1, -1, -1):
        tag = tags[p]
        if tag != "JKS" and (tag != "JX" or sent.m[p].form not in r.subject_jx) or (p > 0 and tags[p - 1].startswith("J")):
            continue
        mo = sent.m[p]
        if mo.tag == "JKS" and (_relative_clause(sent, p, inner) or _coordinated_relative(sent, p, inner, before)):
            if fallback is None and not _organiser_clause(sent, p, before):
                fallback = p
            inner = p
            continue  # "CTA가 주관하는 혁신상을 수상했다": CTA is no winner (unless nobody else is);
            # an organiser (협회가 주관한 공모전) never is
        np = sent.noun_phrase(p)
        if np is None:
            continue
        if sent.text[sent.m[np[0]].start:sent.m[np[1]].end].split()[-1] in r.relational_subjects:
            # 모회사가 …: a company's relative, unnamed — nobody we can name, not the topic before it
            return Party(sent.m[np[0]].start, sent.m[np[1]].end, None), [], True
        head = _party(sent, *np, persons=persons)
        if not head.org:
            listed = _listed_before_generic(sent, np[0], persons) or _listed_as_counted(sent, np, persons) or (
                _listed_as_counted(sent, (np[0] - 2, np[1]), persons) if np[0] >= 2 and sent.m[np[0] - 2].tag == "SN"
                else [])  # (3개 기관은: the phrase Kiwi reads is 기관, the count before it)
            if listed:  # "A와 B, C 등 3개 기관은", "A와 B 2곳이", "A와 B, C 3개 기관은": the named ones are the subject
                return listed[0], listed[1:], True
        if head.self_ref and not head.anaphor and persons:
            person = _person_subject(sent, np, persons)
            if person is not None:  # "김민수 연구원이 대상을 받았다": the person, not the institute
                return person, [], True
        if head.anaphor or head.self_ref:
            return head, [], True
        if not head.org:
            person = _person_subject(sent, np, persons)
            if person is not None:
                return person, [], True
            unit = _unit_of(sent, np)
            if unit is not None:  # 청람대학교 연구팀은 → 청람대학교
                return unit, [], True
            if _is_title(_key(sent.text[sent.m[np[0]].start:sent.m[np[1]].end])):
                # "김하은 ㈜바로배송 팀장이" with no person found: someone named, not the issuer
                return Party(head.start, head.end, None), [], True
            nouns = [sent.surf[x] for x in range(np[0], np[1] + 1) if sent.m[x].tag in ("NNG", "NNB")]
            if nouns and nouns[-1] in r.generic_heads or _counted_firms(sent, np):
                # 기업은, 참가 기업들은; "도는 … 87개사가 참여해 4,200만 달러 규모의 수출계약을
                # 체결했다고 밝혔다": many firms' contracts in sum, not the topic's deal
                return Party(head.start, head.end, None, generic=True), [], True
            continue  # 이번 계약은, 협약식에는 … keep looking left
        chain = [_party(sent, *x, persons=persons) for x in _chain_left(sent, np[0], -1)]
        chain = [c for c in chain if c.org]
        if chain:
            return chain[0], chain[1:] + [head], True
        return head, [], True
    if fallback is not None:
        np = sent.noun_phrase(fallback)
        if np is not None:
            head = _party(sent, *np, persons=persons)
            if head.org:
                chain = [_party(sent, *x, persons=persons) for x in _chain_left(sent, np[0], -1)]
                chain = [c for c in chain if c.org]
                if chain:
                    return chain[0], chain[1:] + [head], True
                return head, [], True
    # headline: "㈜한빛, 미국 ABC사와 수출계약 체결" — the phrase before the first comma
    if sent.headline:
        for p in range(0, min(before, 12)):
            if sent.surf[p] == "," and sent.m[p].tag in ("SP", "SC"):
                np = sent.noun_phrase(p)
                if persons and np is not None and (person := _person_subject(sent, np, persons)) is not None and (
                    _opens_headline(sent, person.start)
                ):  # "(한빛대) 김민수 교수, 장관상 수상": the person named with a title before the comma
                    return person, [], True
                if np is not None and (np[0] == 0 or sent.m[np[0] - 1].tag.startswith("S")):
                    head = _party(sent, *np, persons=persons)
                    # "청람대학교-한빛의료재단, … 업무협약": the pair signs, the first is the party;
                    # "A-B-C-D, …": the first of the chain, the others its partners
                    chain = [head]
                    dash = np[0] - 1
                    while dash > 0 and sent.surf[dash] in rules().pair_marks and \
                            sent.m[dash].start == sent.m[dash - 1].end:
                        first_np = sent.noun_phrase(dash)
                        first = _party(sent, *first_np, persons=persons) if first_np else None
                        if first is None or not first.org:
                            break
                        chain.insert(0, first)
                        dash = first_np[0] - 1
                    if len(chain) > 1 and head.org:
                        return chain[0], chain[1:], True
                    if head.org or head.self_ref:
                        return head, [], True
                break
    return None, [], False


def _counted_firms(sent: _Sent, np: tuple[int, int]) -> bool:
    """True when the noun phrase is a number of firms or people: 87개사, 45개 기업, 20여 곳
    (a number, then a selection counter of deals.toml)."""
    x = np[0]
    if sent.m[x].tag != "SN":
        return False
    rest = sent.text[sent.m[x].end:sent.m[np[1]].end].lstrip("여 ")
    return rest in rules().selection_counters


def _unit_of(sent: _Sent, np: tuple[int, int]) -> Party | None:
    """"청람대학교 연구팀은": a team of an organisation (deals.toml [party] unit_nouns) → the organisation;
    "한빛대 김수진 교수 연구팀은" → the professor's organisation, named before her."""
    owner = _unit_owner(sent, np)
    if owner is None:
        return None
    party = _party(sent, *owner)
    return party if party.org and party.name else None


def _unit_owner(sent: _Sent, np: tuple[int, int], via_persons: bool = True) -> tuple[int, int] | None:
    """The noun phrase of the organisation a team belongs to (deals.toml [party] unit_nouns):
    "충북대학교 연구팀" → 충북대학교; with ``via_persons``, "충북대학교 김태윤·박소연 교수 연구팀" → the
    professors' organisation, named in the sentence before them; None when the phrase is no team or no
    owner is named."""
    if _key(sent.text[sent.m[np[0]].start:sent.m[np[1]].end]) not in rules().unit_nouns or np[0] == 0:
        return None
    owner = sent.noun_phrase(np[0], gap=True)
    if owner is None:
        return None
    if not via_persons or _party(sent, *owner).org:
        return owner
    # the team's professors: a person with a title right before the unit, whose organisation is named
    # as an ORG before the persons in this sentence
    start = sent.m[owner[0]].start
    person = next((e for e in sent.ents.starting_in(start - MAX_ENTITY_CHARS, sent.m[np[0]].start)
                   if e.label == "PERSON" and e.org and e.end <= sent.m[np[0]].start and e.end >= start - 1), None)
    if person is None:
        return None
    org = next((e for e in sent.ents.starting_in(sent.start, person.start)
                if e.label == "ORG" and e.name == person.org and e.end < person.start), None)
    if org is None or (a := sent.by_start.get(org.start)) is None or (b := sent.by_end.get(org.end)) is None:
        return None
    return a, b


def _listed_before_generic(sent: _Sent, a: int, persons: bool) -> list[Party]:
    """The organisations listed before "등 (N개) 기관은" ending at morpheme ``a``: 한빛대학교와
    부산항만공사, ㈜오션링크 등 3개 기관은 → [한빛대학교, 부산항만공사, 오션링크]; also before a bare 등
    (한빛인베스트먼트, 다온벤처스 등이 → both); [] otherwise."""
    q = a - 1
    if sent.surf[a] == "등" and sent.m[a].tag in ("NNB", "NNG"):
        q = a  # "A, B 등이 참여했다": the phrase is 등 itself
    while q >= 0 and a - q <= 3 and sent.m[q].tag in ("SN", "NNB", "NR") and sent.surf[q] != "등":
        q -= 1  # the count: 3개, 세
    if q > 0 and sent.m[q].tag == "NNG" and sent.surf[q] in rules().generic_heads:
        # ㈜A 등 우수기업 5곳에: a generic noun (with one or two nouns before it) between 등 and the count
        q -= 1
        for _ in range(2):
            if q > 0 and sent.m[q].tag == "NNG" and sent.surf[q] != "등":
                q -= 1
    if q <= 0 or sent.surf[q] != "등":
        return []
    listed = _listed_before_etc(sent, q, -1, persons)
    if not listed or not listed[-1].org or not listed[-1].name:
        return []
    return [c for c in listed[:-1] if c.org] + listed[-1:]


def _listed_as_counted(sent: _Sent, np: tuple[int, int], persons: bool) -> list[Party]:
    """The organisations listed right before a count that counts exactly them: "한빛군과 누리군
    2곳이" → [한빛군, 누리군]; [] when the count differs ("A와 B 5곳이": others unnamed) or a name
    is no organisation."""
    if not _counted_firms(sent, np):
        return []
    try:
        n = int(sent.surf[np[0]])
    except ValueError:
        return []
    before = sent.noun_phrase(np[0], gap=True)
    if before is None or n < 2:
        return []
    listed = [_party(sent, *x, persons=persons) for x in _chain_left(sent, before[0], -1) + [before]]
    if len(listed) != n or not all(p.org and p.name for p in listed):
        return []
    return listed


def _listed_before_etc(sent: _Sent, q: int, lo: int, persons: bool = False) -> list[Party]:
    """Every phrase of the list that ends right before 등 at morpheme ``q`` ("A, B와 C 등" → A, B, C),
    read as parties (organisations or not; the caller filters); [] when no noun phrase ends there."""
    np = sent.noun_phrase(q, gap=True)
    if np is None:
        return []
    return [_party(sent, *x, persons=persons) for x in _chain_left(sent, np[0], lo) + [np]]


def _opens_headline(sent: _Sent, start: int) -> bool:
    """True when ``start`` opens the sentence, or only an organisation stands before it (한빛대 김민수)."""
    first = sent.m[0].start
    if start == first:
        return True
    return any(e.label == "ORG" and e.start == first and not sent.text[e.end:start].strip()
               for e in sent.ents.starting_in(first, first + 1))


def _person_subject(sent: _Sent, np: tuple[int, int], persons: bool) -> Party | None:
    """"김민수 대표는": the person (awards, grants), else the person's organisation, else the issuer."""
    s, e = sent.m[np[0]].start, sent.m[np[1]].end
    for pe in sent.ents.starting_in(s - MAX_ENTITY_CHARS, e):
        if pe.label != "PERSON" or pe.end > e or pe.start >= s:
            continue
        between = sent.text[pe.end:s].strip()
        if between and not (pe.org and rules().legal_form_re.sub("", between).strip() == pe.org):
            continue  # 이도윤 한빛마린 대표는: only the person's own organisation may sit between
        if persons:
            return Party(min(pe.start, s), e, pe.name, pe.entity_id or None, org=True)
        if pe.org:
            known = sent.org_names.get(pe.org)
            return Party(min(pe.start, s), e, pe.org, known.entity_id if known else None, org=True)
        return Party(min(pe.start, s), e, None, self_ref=True)  # 박정훈 시장은: the city itself
    return None


def _organiser(sent: _Sent, lo: int, i: int) -> Party | None:
    """"산업통상자원부가 주관하는 ∼사업에 선정됐다" → 산업통상자원부 (who runs the award or programme)."""
    r = rules()
    lo = max(lo + 1, 1)
    # the noun alone before the programme's name: "산업통상자원부 주관 '∼사업'에 선정돼"
    for p in range(lo, i):
        mo = sent.m[p]
        if mo.tag == "NNG" and mo.form in r.organiser_verbs and (p + 1 >= len(sent.m) or sent.m[p + 1].tag != "XSV"):
            np = sent.noun_phrase(p, gap=True)
            party = _party(sent, *np, strict=True) if np is not None and np[0] >= lo else None
            if party is not None and party.org and party.name and party.name not in r.stop_names:
                return party  # (정부 주관: no one named)
    if lo >= i or "JKS" not in sent.tags[lo:i]:
        return None  # no subject particle in range
    for p in range(lo, i):
        if sent.m[p].tag != "JKS":
            continue
        for q in range(p + 1, min(i, p + 5)):
            if sent.m[q].tag == "ETM":
                if any(sent.m[v].form in r.organiser_verbs for v in range(p + 1, q)):
                    np = sent.noun_phrase(p)
                    party = _party(sent, *np) if np is not None else None
                    if party is not None and party.org and party.name:
                        return party
                break
    return None


def _modifies(sent: _Sent, c: Party, i: int) -> bool:
    """True when the genitive phrase ``c`` (…의) is followed by nominal words only up to morpheme ``i``:
    it belongs to the noun phrase that ends with the trigger (한빛대학교의 산학협력 협약) or to the
    trigger's object right before it (행정안전부의 … 사업(62억원)을 수주)."""
    q = sent.by_end.get(c.end)
    if q is None or q >= i:
        return True  # not read from the morphemes: keep it as before
    return all(sent.m[x].tag in _NOUN_PHRASE_TAGS or (x == q + 1 and sent.m[x].tag == "JKG")
               or (x == i - 1 and sent.m[x].tag == "JKO")  # …or the trigger's object (행정안전부의 … 사업을 수주)
               for x in range(q + 1, i))


#: Tags inside a noun phrase between a genitive and its head (nouns, numbers, Latin, quotes, affixes).
_NOUN_PHRASE_TAGS = frozenset(("NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XPN", "MM", "SS", "SSO", "SSC",
                               "SW", "SO"))


#: From a government body to the trigger: its programme (quoted or not, a short form in brackets
#: after it) and 에 — "보건복지부 '연구중심병원 육성사업'에 선정돼", "중소벤처기업부 팁스(TIPS) 프로그램에".
_PROGRAMME_AFTER = re.compile(r"[ ]+['‘\"“]?[^'’\"”\n,.]{1,40}?(?:사업|프로그램|과제|공모전?)['’\"”]?(?:\([^()\n]{1,20}\))?[ ]?에(?:서)?[ ]+(?:최종[ ]+)?$")


def _programme_owner(sent: _Sent, i: int, lo: int) -> Party | None:
    """The government body named right before the programme a company is selected for, with no 의
    between (보건복지부 '연구중심병원 육성사업'에 선정돼 → 보건복지부): the grant's grantor; else None."""
    start = sent.m[lo].end if lo >= 0 else sent.start
    at = sent.m[i].start
    stop = rules().stop_names
    for e in sent.ents.starting_in(start, at):
        if e.label == "ORG" and e.kind == "government" and e.name not in stop and _PROGRAMME_AFTER.match(sent.text[e.end:at]):
            return _org_party(e)
    return None


def _organiser_clause(sent: _Sent, p: int, before: int) -> bool:
    """True when the relative clause after the subject at p runs an award or programme (주관한, 주최하는)
    or orders the work (발주한: the orderer never wins its own order)."""
    r = rules()
    return any(sent.m[v].form in r.organiser_verbs or sent.m[v].form in r.order_verbs
               for v in range(p + 1, min(before, p + 5)))


def _coordinated_relative(sent: _Sent, p: int, inner: int, before: int) -> bool:
    """True when the subject at p opens a clause joined by 고/며 to the relative clause of the subject
    at ``inner`` ("부산시가 발주하고 LH가 감독하는 공사를": both describe the work, neither is the party)."""
    if inner >= before:
        return False
    tags = sent.tags[p + 1:inner]
    return "ETM" not in tags and any(sent.m[q].tag == "EC" and sent.m[q].form in _CLAUSE_JOINS
                                     for q in range(p + 1, inner))


#: Connective endings that join two clauses of one relative clause (발주하고, 발주하며).
_CLAUSE_JOINS = frozenset(("고", "며", "으며"))


def _relative_clause(sent: _Sent, p: int, before: int) -> bool:
    """True when an adnominal verb other than 체결한/맺은 sits between the subject and the trigger."""
    r = rules()
    if p + 1 >= before or "ETM" not in sent.tags[p + 1:before]:
        return False  # no adnominal ending in between
    for q in range(p + 1, before):
        if sent.m[q].tag == "ETM":
            verbs = [sent.m[v].form for v in range(max(p + 1, q - 3), q)
                     if sent.m[v].tag.startswith("V") or sent.m[v].tag == "NNG"]
            if not any(v in r.preceding_verbs for v in verbs):
                return True
    return False


#: The end of a trigger naming what someone is selected as (공급사로 선정): the object of an active
#: 선정 is the party.
_SELECTED_AS = "로선정"  # a trigger key (no spaces: _key)

#: The roles _Roles reads parties for (the others are filled by the scan itself, or stay empty).
READ_ROLES = frozenset(("comitative", "source", "dative", "object", "genitive", "orderer"))


class _Roles:
    """Counterparty candidates by role in morphemes (lo, hi): comitative, source, object, genitive, bare.

    "한빛은 미국 ABC사와 수출계약을 체결했다" → comitative [ABC사] (object 수출계약 names no one).
    The scan lists every candidate noun phrase with its role in sentence order; a role's parties are
    read on first use (most deals ask for one role only). A phrase taken by an earlier role is not
    taken again (``seen``), so reading role R also reads the other roles' phrases that R lists too:
    the lists are those of reading every role in one pass.
    """

    def __init__(self, sent: _Sent, lo: int, hi: int, t: DealType, clause_from: int = -1) -> None:
        r = rules()
        self.sent, self.lo = sent, lo
        self.persons = t.name in ("award", "grant")
        self.found: dict[str, list[Party]] = {"bare": [], "aggregate": [], "anaphor": []}
        self.etc: set[int] = set()  # start offsets of the phrases named before 등 (A, B 등과)
        events: list[tuple[str, tuple[int, int], bool]] = []  # (role, noun phrase, strict) in order
        self.events = events
        marks = sent.role_marks()  # every other morpheme matches no branch below
        for p in marks[bisect.bisect_left(marks, max(lo + 1, 1)):bisect.bisect_left(marks, hi)]:
            mo = sent.m[p]
            if mo.tag in ("JKB", "JC") and mo.form in r.comitative:
                np = sent.noun_phrase(p)
                if np is None:
                    continue
                if mo.tag == "JC" and _coordinates_org(sent, p):
                    continue  # "B와 C의 기술": B and C together, not "with B"
                ana = _party(sent, *np)
                if ana.anaphor:
                    self.found["anaphor"].append(ana)
                    continue  # "두 기관과": the partners named before
                listed = _etc_members(sent, np, lo)
                if listed:  # "A, B 등 3개사와", "A 등과": the named ones (the others are not named)
                    events.extend(("comitative", x, False) for x in listed)
                    self.etc.update(sent.m[x[0]].start for x in listed)
                    continue
                if ("SN" in sent.tags[np[0]:np[1] + 1] and any(
                        sent.m[x].tag == "SN" and x + 1 <= np[1] and sent.surf[x + 1] in r.selection_counters
                        for x in range(np[0], np[1] + 1))) or (
                        np[0] > 1 and sent.surf[np[0] - 1] in r.selection_counters and sent.m[np[0] - 2].tag == "SN"):
                    self.found["aggregate"].append(Party(sent.m[np[0]].start, sent.m[np[1]].end, None))
                    continue  # "12개 기관과": many partners, none named
                np = _unit_owner(sent, np) or np  # 충북대학교 (김태윤 교수) 연구팀과: the university
                for x in _chain_left(sent, np[0], lo):
                    events.append(("comitative", x, False))
                events.append(("comitative", np, False))
            elif mo.tag == "JKB" and mo.form in r.source:
                np = sent.noun_phrase(p)
                listed = _etc_members(sent, np, lo) if np is not None else []
                if listed:  # "한빛벤처스 등으로부터"
                    events.extend(("source", x, False) for x in listed)
                elif np is not None:
                    for x in _chain_left(sent, np[0], lo):
                        events.append(("source", x, False))
                    events.append(("source", np, False))
            elif mo.tag == "JKB" and mo.form in r.dative:
                np = sent.noun_phrase(p)
                if np is not None:
                    events.append(("dative", np, True))  # 부산에 (a place) is no buyer: named companies only
            elif mo.tag == "JKO" and t.name == "investment" and p + 2 < len(sent.m) and sent.surf[p + 1] == "대상" \
                    and sent.m[p + 2].tag == "JKB" and sent.surf[p + 2] in ("으로", "로"):
                np = sent.noun_phrase(p)
                if np is not None:  # "한빛전자를 대상으로 … 유상증자를": shares issued to the investor
                    events.append(("source", np, False))
            elif mo.tag == "JKO":
                np = sent.noun_phrase(p)
                if np is not None and np[0] > clause_from:  # (an acquisition: no object of an earlier clause)
                    owner = _stake_owner(sent, np, t, lo)
                    listed = _object_chain(sent, owner or np, lo, hi, t)
                    if owner is not None and listed and ("genitive", owner, True) in events:
                        events.remove(("genitive", owner, True))  # "㈜A와 ㈜B의 지분을": B is bought with A
                        for x in listed:  # …and A, listed before B's 의, is bought too
                            if ("genitive", x, True) in events:
                                events.remove(("genitive", x, True))
                    events.extend(("object", x, False) for x in listed)
                    events.append(("object", np, False))
                    if owner is not None:
                        events.append(("object", owner, False))
            elif mo.tag == "JKS" and _orders(sent, p):
                np = sent.noun_phrase(p)
                if np is not None:  # "조달청이 발주한 … 사업을 수주했다": who ordered the work
                    events.append(("orderer", np, True))
            elif mo.tag == "JKG" and mo.form == "의":
                np = sent.noun_phrase(p)
                if np is not None:  # "과학기술정보통신부와 한국연구재단의 지원": both (organisations only)
                    events.extend(("genitive", x, True) for x in _chain_left(sent, np[0], lo))
                    events.append(("genitive", np, True))

    def _read(self, role: str) -> list[Party]:
        """The parties of one role: every listed phrase of the role that names an organisation.

        A phrase is taken once, by its first listing that names an organisation (``seen``); only
        listings of phrases the role lists too can take one away from it, so only those are read.
        """
        mine = {np for rl, np, _ in self.events if rl == role}
        out: list[Party] = []
        if not mine:
            return out
        seen: set[tuple[int, int]] = set()
        for rl, np, strict in self.events:
            if np in seen or np[0] <= self.lo or np not in mine:
                continue
            party = _party(self.sent, *np, strict=strict, persons=self.persons)
            if party.org and party.name:
                seen.add(np)
                if rl == role:
                    out.append(party)
        return out

    def __getitem__(self, role: str) -> list[Party]:
        hit = self.found.get(role)
        if hit is None:
            if role not in READ_ROLES:
                raise KeyError(role)
            hit = self.found[role] = self._read(role)
        return hit

    def get(self, role: str, default: list[Party] | None = None) -> list[Party] | None:
        return self[role] if role in READ_ROLES or role in self.found else default


def _orders(sent: _Sent, p: int) -> bool:
    """True when the subject particle at ``p`` opens a clause of ordering that modifies a noun
    ("조달청이 발주한", "한국도로공사가 발주하는": deals.toml [particles] order_verbs + 하 + ETM)."""
    m = sent.m
    return (p + 3 < len(m) and m[p + 1].form in rules().order_verbs and m[p + 2].tag == "XSV"
            and m[p + 3].tag == "ETM")


def _object_chain(sent: _Sent, np: tuple[int, int], lo: int, hi: int, t: DealType) -> list[tuple[int, int]]:
    """The companies coordinated before an acquired one: "㈜A와 ㈜B를 (각각) 인수했다", "㈜A와 ㈜B의
    지분을 인수했다" → [A]; none when the type lists no objects (deals.toml object_lists) or one of its
    words stands between the object and the trigger (㈜A와 ㈜B를 공동 인수: A is a buyer)."""
    if t.object_lists is None or any(sent.surf[q] in t.object_lists for q in range(np[1] + 1, min(hi, len(sent.m)))):
        return []
    out = []
    for x in _chain_left(sent, np[0], lo):
        party = _party(sent, *x, strict=True)
        if not party.org or not party.name:
            return []  # "기술과 ㈜B를": not a list of companies
        out.append(x)
    return out


def _etc_members(sent: _Sent, np: tuple[int, int], lo: int) -> list[tuple[int, int]]:
    """The phrases listed before 등 when the phrase np is 등 itself or a count after it:
    "A, B 등과", "A 등으로부터", "A, B 등 3개사와", "A 등 기업 3곳과" → [A, B]; [] otherwise."""
    r = rules()
    named = False
    if np[0] == np[1] and sent.surf[np[0]] == "등":
        q = np[0]
    else:
        first = np[0]
        if "SN" not in sent.tags[np[0]:np[1] + 1]:
            # "등 3개 기업과": the phrase read is 기업 alone, its count (3/SN 개/NNB) before it
            if not (first >= 2 and sent.m[first - 1].tag == "NNB" and sent.m[first - 2].tag == "SN"
                    and sent.surf[first] in r.generic_heads):
                return []  # only a count stands for the list: 3개사, 3곳
            first -= 2
            named = True  # …and only organisations named before 등 (지역 대학 등 12개 기관: none)
        q = first - 1
        if q > 0 and sent.m[q].tag == "NNG" and sent.surf[q] in r.generic_heads:
            q -= 1  # 등 기업 3곳
            for _ in range(5):  # 등 지역 기업 10곳, 등 이차전지 소재 기업 3곳 (Kiwi: 이/NR 차/NNB 전지)
                if q > 0 and sent.m[q].tag in ("NNG", "NNB", "NR") and sent.surf[q] != "등":
                    q -= 1
        if q <= lo or sent.surf[q] != "등":
            return []
    if sent.m[q].tag not in ("NNB", "NNG"):
        return []
    inner = sent.noun_phrase(q, gap=True)
    if inner is None or inner[0] <= lo:
        return []
    members = _chain_left(sent, inner[0], lo) + [inner]
    if named and not all(_party(sent, *x, strict=True).org for x in members):
        return []
    return members


def _stake_owner(sent: _Sent, np: tuple[int, int], t: DealType, lo: int) -> tuple[int, int] | None:
    """"㈜B 지분 100%를" / "B사의 경영권을" → the noun phrase of B (whose stake is bought)."""
    if not t.stake_nouns:
        return None
    for q in range(np[1], max(lo, np[0] - 4), -1):
        if sent.surf[q] in t.stake_nouns:
            x = q
            if x > 0 and sent.m[x - 1].tag == "JKG":
                x -= 1
            owner = sent.noun_phrase(x, gap=True)
            if owner is not None and owner[0] > lo and owner[1] < q:
                return owner
            return None
    return None


#: Words that may follow a stake's size (주식 120만 주를).
_STAKE_COUNTERS = frozenset({"주", "%"})


def _buys_stake(sent: _Sent, t: DealType, i: int) -> bool:
    """True when the trigger at morpheme i takes a stake as its object: "B사 지분 30%를 (120억원에)
    취득", "B사 지분 취득", "경영권을 취득" (deals.toml stake_only); "특허를 취득" → False."""
    m = sent.m
    q = i - 1
    if q >= 0 and sent.surf[q] in t.stake_nouns:
        # 지분 취득, with whose stake right before it (㈜B 지분 취득; 지분 취득 alone names no company)
        return q >= 1 and (m[q - 1].tag in NOMINAL or m[q - 1].tag == "JKG")
    # (a price between: 지분 30%를 주당 1만5천원에 공개매수 — 주/당/1/만/5/천/원/에, eight morphemes)
    for q in range(i - 1, max(i - 12, -1), -1):
        mo = m[q]
        if mo.tag in CLAUSE_END or mo.tag.startswith("E") or mo.tag in ("JKS", "JX"):
            return False  # another clause or the subject: no object of this trigger
        if mo.tag == "JKO":  # the object's words, across spaces and 의: ㈜B의 지분 30%를, 경영권을
            x = q - 1
            while x >= 0 and (m[x].tag in NOMINAL or m[x].tag == "JKG"):
                x -= 1
            if x + 1 >= q:
                return False
            words = sent.text[m[x + 1].start:m[q].start].split()
            # the stake with its owner before it: ㈜B의 지분 30%를 (지분 100%를 alone: whose?); only its
            # size after it (CJ 주식 거래내역을 확보: records, no stake)
            k = next((k for k in range(len(words) - 1, 0, -1) if words[k] in t.stake_nouns), None)
            return k is not None and all(any(c.isdigit() for c in w) or w in _STAKE_COUNTERS for w in words[k + 1:])
    return False


def _coordinates_org(sent: _Sent, p: int) -> bool:
    """True when JC 와 at p joins its phrase to a following organisation that is no comitative
    (a named one: "B와 흉부 CT 판독 AI를 공동 개발" keeps B the partner)."""
    r = rules()
    q = p + 1
    while q < len(sent.m) and sent.m[q].tag in NOMINAL:
        q += 1
    if q == p + 1 or q >= len(sent.m):
        return False
    nxt = sent.m[q]
    if nxt.tag in ("JKB", "JC") and nxt.form in r.comitative:
        return False
    if sent.surf[q] in r.separators:
        return False
    if not nxt.tag.startswith("J"):
        return False
    np = sent.noun_phrase(q)
    return np is not None and _party(sent, *np, strict=True).org


# ---------------------------------------------------------------------------------------------
# completion


def _complete(sent: _Sent, t: DealType, trig_key: str, i: int, j: int) -> Found | None:
    """Whether the trigger on morphemes [i, j] is completed in its clause; None when not."""
    r = rules()
    verbs = t.trigger_verbs.get(trig_key, t.verbs)
    m = sent.m
    n = len(m)
    how, active = "verb", False  # the Found is built only once the trigger is completed
    k = j + 1
    # heads: 수출계약 체결, 공동개발 협약, 협약식
    ceremony = False
    steps = 0
    while k < n and steps < 3 and m[k].tag in ("NNG", "XSN", "SL") and (sent.surf[k] in t.heads):  # (SL: MOU)
        if sent.surf[k] in ("식", "체결식"):
            ceremony = True
        if sent.surf[k] in verbs:
            break
        k += 1
        steps += 1
    last = k - 1
    anchor = None
    # (a) a 하/되 suffix: 협약했다, 선정됐다
    if k < n and m[k].tag in ("XSV", "XSA") and m[k].form in r.suffixes and m[k].start == m[last].end:
        if t.suffix_ok is None or trig_key in t.suffix_ok or sent.surf[last] in verbs:
            anchor, how = last, "suffix"
            active = m[k].form == "하"
            k += 1
    # (a') "A는 B에 50억원을 투자했다": 하 completes it only with a named company in 에 before it
    dative = None
    if anchor is None and trig_key in t.dative_suffix and k < n and m[k].tag == "XSV" and m[k].form == "하" \
            and m[k].start == m[last].end:
        if t.name == "investment":
            dative = _dative_org_before(sent, i)
        elif t.name == "grant":
            # "시는 ㈜누리텍에 시설자금 20억원을 지원한다": funds given to a named company (a sum of money
            # between it and 지원; 기술을 지원했다 is no grant)
            dative = _dative_org_before(sent, i, window=12, entity_only=True) \
                if not _ongoing(m, k + 1) and not _describes(sent, k + 1) else None
            if dative is not None and not any(dative.end <= a.start and a.end <= m[i].start and a.kind == "MONEY"
                                              for a in sent.ctx.amounts):
                dative = None
        elif not _ongoing(m, k + 1) and not _describes(sent, k + 1):
            # 공급한다, 납품했다: only an organisation found as an entity, a few words before at most
            # (댈러스의 물류센터에 … 공급한다: a facility, no buyer), and no state (공급하고 있다)
            dative = _dative_org_before(sent, i, window=16, entity_only=True)
        if dative is not None:
            anchor, how, active = last, "dative", True
            k += 1
    # (a'') a headline ending in the bare word, the company in 에 before it: "한빛테크, 美 아마존에 배터리
    # 공급", "누리벤처스, ㈜다온에 50억 투자" (the headline's 하 left out); not 수출 (a headline's 기술수출
    # often names the licence the body calls 기술이전 계약: one deal, two types)
    if anchor is None and trig_key in t.dative_suffix and t.name in ("supply_contract", "investment") \
            and sent.headline and (_phrase_ends(sent, k) or _comma_phrase_ends(sent, k)):
        dative = _dative_org_before(sent, i, window=16, entity_only=True)
        if dative is not None:
            anchor, how, active = last, "dative", True
    # (b) a verb of the type a few morphemes on: 협약을 체결했다, 대상을 받았다
    if anchor is None:
        budget = r.verb_window
        q = k
        while q < n and budget > 0:
            mo = m[q]
            if mo.tag in DATE_WORD_TAGS and sent.in_date(q):
                q += 1  # a date between the object and its verb: 협약을 내년 1월 (지난 3일) 체결
                continue
            if q == k and mo.tag == "SSO":  # a name in quotes right after it: 합작법인 ‘한다온’을
                close = next((x for x in range(q + 1, min(n, q + 10)) if m[x].tag == "SSC"), None)
                if close is not None and all(m[x].tag in NOMINAL for x in range(q + 1, close)):
                    q = close + 1
                    continue
            if mo.tag in CLAUSE_END or mo.tag.startswith("E"):
                break
            surf = sent.surf[q]
            if mo.form in verbs or surf in verbs or (ceremony and mo.form in r.ceremony_verbs):
                if mo.tag.startswith("V") or mo.tag in ("XSV", "XR"):
                    anchor, k, active, how = q, q + 1, True, "verb"
                    break
                if mo.tag == "NNG":
                    # 체결/NNG needs its suffix, a headline end, or 체결에 성공 to be a verb
                    nxt = q + 1
                    if nxt < n and m[nxt].tag == "XSV" and m[nxt].start == mo.end:
                        anchor, k, how = q, nxt + 1, "verb"
                        active = m[nxt].form != "되"
                        break
                    if _nominal_done(sent, nxt):
                        anchor, k, active, how = q, nxt, True, "verb"
                        break
            if surf in r.skip_nouns or (mo.tag == "NNG" and mo.form in verbs and q + 1 < n and m[q + 1].tag == "JKG"):
                budget -= 1
                q += 1
                continue
            if mo.tag in ("JKO",) and q > k + 1 and not sent.tags[q - 1].startswith("J") and m[q - 1].tag not in ("SSC",) \
                    and not NUMERIC_TAGS.issuperset(sent.tags[k:q]):
                break  # another object: the trigger is not what the verb takes (국비 20억원을: its amount)
            if mo.tag not in SKIPPABLE and not (mo.tag in ("NNG", "NNP") and _adverbial(sent, q)):
                break
            budget -= 1
            q += 1
    # (b') "A는 B와 공급계약을, C는 D와 업무협약을 각각 체결했다": the verb of the next clause
    gapped = None
    if anchor is None:
        gapped = _gapped_verb(sent, verbs, k)
        if gapped is not None:  # anchored on the trigger itself: a deal of its own, read up to it
            anchor, k, active, how = last, gapped[1], True, "verb"
    # (c) a completed verb before: 체결한 공급계약, 맺은 협약
    modifies = k < n and m[k].tag in ("NNG", "NNP") and m[k].start - m[last].end <= 1
    if anchor is None and not modifies and not _cancelled(sent, k):
        anchor = _preceding_verb(sent, i)
        if anchor is not None:
            return Found(t, sent.text[m[i].start:m[j].end], m[i].start, m[j].end, m[anchor].start, m[j].end,
                         sent.index, headline=sent.headline, nominal=True, how="preceding_verb")
    # (d) "B와의 업무협약"
    if anchor is None and not modifies and not _cancelled(sent, k) and _comitative_genitive_before(sent, i):
        return Found(t, sent.text[m[i].start:m[j].end], m[i].start, m[j].end, m[i].start, m[j].end,
                     sent.index, headline=sent.headline, nominal=True, how="with_genitive")
    # (e) a headline ending in the trigger: "…와 업무협약 체결" / "…대상 수상"
    if anchor is None and sent.headline and (_phrase_ends(sent, k) or _comma_phrase_ends(sent, k)):
        if t.suffix_ok is None or trig_key in t.suffix_ok or sent.surf[last] in verbs or last > j:
            anchor, how = last, "headline"
    if anchor is None:
        return None
    found = Found(t, sent.text[m[i].start:m[j].end], m[i].start, m[j].end, m[anchor].start, m[anchor].end,
                  sent.index, active=active, headline=sent.headline, how=how, dative=dative,
                  shared_verb=gapped is not None)
    # "A는 B를 공급사로 선정했다": as for a prize, the one selected (the object) is the party
    found.selected = trig_key.endswith(_SELECTED_AS) and t.name != "grant"
    # "인수에 잠정 합의했다", "공동 개발하기로 잠정 합의했다": a tentative agreement, kept as a plan
    if any(sent.surf[q] in r.tentative for q in (anchor - 1, *range(k, k + 4)) if 0 <= q < n):
        found.plan = True
    # what follows the verb: cancelled, conditional, a plan, a relative clause
    verdict = _after_verb(sent, k, found)
    if verdict is False:
        return None
    return found


def _gapped_verb(sent: _Sent, verbs: frozenset[str], k: int) -> tuple[int, int] | None:
    """(the verb, the morpheme after it) when the trigger's object particle at k is followed by a
    comma and a clause with an object of its own whose verb completes the trigger too (the verb left
    out of the first clause): "A는 B와 공급계약을, C는 D와 업무협약을 (각각) 체결했다", "A는 B와
    공급계약을, C와 업무협약을 체결했다"; else None."""
    r = rules()
    m, n = sent.m, len(sent.m)
    if k + 2 >= n or m[k].tag != "JKO" or sent.surf[k + 1] != "," or m[k + 1].tag not in ("SP", "SC"):
        return None
    obj = False
    for q in range(k + 2, min(n, k + 40)):
        mo = m[q]
        if mo.tag in DATE_WORD_TAGS and sent.in_date(q):
            continue  # 지난 7일 (지나/VV ᆫ/ETM): a date, no clause
        if mo.tag == "JKO":
            obj = True  # the next clause's own object: the same shape, its verb said once
        verb = mo.form in verbs and (
            mo.tag.startswith("V") or mo.tag == "NNG" and q + 1 < n and m[q + 1].tag == "XSV" and m[q + 1].form == "하")
        if verb:
            if not obj:
                return None
            return q, q + (2 if mo.tag == "NNG" else 1)
        if mo.tag == "ETM" or (mo.tag.startswith("V") and q + 1 < n and m[q + 1].tag == "ETM"):
            continue  # "인재 양성을 위한 업무협약을": a clause inside the next object's noun phrase
        if mo.tag.startswith("E") or mo.tag in ("SF", "SE"):
            return None  # another clause ends first: no verb shared
        if mo.tag.startswith("V") or mo.tag == "XSV":
            return None  # another verb
    return None


def _dative_org_before(sent: _Sent, i: int, past_price: bool = False, window: int = 14,
                       entity_only: bool = False) -> Party | None:
    """The named company in 에/에게 before morpheme i in its clause: "A는 ㈜B에 50억원을 투자했다" →
    B; None for a place or a thing ("창원국가산단에 500억원을 투자해", "연구개발에 투자").
    ``past_price``: a price in 에 is looked past (C에 320억원에 매각했다 → C); ``window``: how many
    morphemes back; ``entity_only``: the company must be an ORG entity (not a word with an org ending)."""
    r = rules()
    m = sent.m
    for q in range(i - 1, max(i - window, 0), -1):
        if past_price and m[q].tag == "JKB" and m[q].form == "에" and any(
                a.kind == "MONEY" and a.end == m[q].start for a in sent.ctx.amounts):
            continue
        mo = m[q]
        if mo.tag in CLAUSE_END or mo.tag.startswith("E") or mo.tag == "JKS" or (
                mo.tag == "JX" and mo.form in r.subject_jx):
            return None  # the subject or another clause: no company of this one
        if mo.tag == "JKB" and mo.form in r.dative:
            np = sent.noun_phrase(q)
            if np is None:
                return None
            p = _party(sent, *np, strict=True)
            if entity_only and p.entity_id is None:
                return None
            return p if p.org and p.name else None
    return None


def _describes(sent: _Sent, k: int) -> bool:
    """True when the verb's ending at morpheme k makes it describe a noun (공급할 장비, 공급한 장비에서,
    공급하는 한빛테크는) or ask a question (공급할지) rather than state an act; a plan (공급할 계획이다,
    공급할 예정) is an act."""
    m = sent.m
    if k < len(m) and m[k].form in rules().question_endings:
        return True  # 공급할지는 미지수다 (Kiwi may read ᆯ지 as a final ending): a question, no act
    return k < len(m) and m[k].tag == "ETM" and not (
        k + 1 < len(m) and sent.surf[k + 1] in rules().plan_nouns)


def _ongoing(m: list[Morph], k: int) -> bool:
    """True when the verb's ending from morpheme k says a state, not an act: 공급하고 있다,
    공급해 오다 (고/어 + 있/오 as an auxiliary)."""
    return k + 1 < len(m) and m[k].tag == "EC" and m[k].form in ("고", "어", "아") and (
        m[k + 1].tag == "VX" and m[k + 1].form in ("있", "오"))


def _cancelled(sent: _Sent, k: int) -> bool:
    """A cancel word (철회, 무산, 않) in the rest of the clause from morpheme k; when the mention is
    its clause's topic or subject ("B와의 수출계약은 … 늦어지면서 무산됐다"), up to the clause's end."""
    r = rules()
    topic = k < len(sent.m) and (sent.m[k].tag == "JKS" or (
        sent.m[k].tag == "JX" and sent.m[k].form in r.subject_jx))
    for q in range(k, len(sent.m) if topic else min(len(sent.m), k + 8)):
        mo = sent.m[q]
        if mo.tag in CLAUSE_END or mo.tag == "SE":
            return False
        if mo.form in r.cancel and (mo.tag.startswith("V") or mo.tag in ("NNG", "XSV", "MAG")):
            return True
    return False


#: Punctuation that may close a headline's phrase (quotes, brackets, full stops, the ellipsis).
_CLOSING_PUNCT = frozenset(("SF", "SP", "SSO", "SSC", "SS", "SE", "SW"))


def _phrase_ends(sent: _Sent, q: int) -> bool:
    """True when nothing but punctuation follows morpheme ``q``, or an ellipsis ends the phrase there
    (a headline's phrase: "…와 합작법인 설립…총 300억엔 투자")."""
    m, n, p = sent.m, len(sent.m), q
    while p < n and m[p].tag in _CLOSING_PUNCT:
        p += 1
    return p >= n or any(m[x].tag == "SE" for x in range(q, p))


def _comma_phrase_ends(sent: _Sent, q: int) -> bool:
    """True when a comma at morpheme q is followed by a new phrase with its own partner (a name and
    a comitative): "…한빛병원과 장비 공급계약, 청람대학교와 업무협약" (not "수출계약, 업무협약 체결",
    a list of triggers sharing what follows)."""
    r = rules()
    m, n = sent.m, len(sent.m)
    if q >= n or sent.surf[q] != "," or m[q].tag not in ("SP", "SC"):
        return False
    p = q + 1
    while p < n and (m[p].tag in NOMINAL and m[p].tag not in ("SSO", "SSC") or sent.surf[p] in r.separators and sent.surf[p] != ","):
        p += 1
    return q + 1 < p < n and m[p].tag in ("JKB", "JC") and m[p].form in r.comitative


def _nominal_done(sent: _Sent, q: int) -> bool:
    """After a bare verbal noun: the headline ends, or a particle + 성공/완료 follows."""
    r = rules()
    n = len(sent.m)
    if _phrase_ends(sent, q):
        return sent.headline
    if sent.m[q].tag.startswith("J") and q + 1 < n and sent.m[q + 1].form in r.nominal_completion:
        return True
    return False


def _proper_at(sent: _Sent, a: int, b: int) -> bool:
    """True when morphemes [a, b) hold a proper noun or a legal form (a named organisation)."""
    return not PROPER_OR_SW.isdisjoint(sent.tags[a:b] if a < b else ())


def _adverbial(sent: _Sent, q: int) -> bool:
    """A noun phrase followed by an adverbial particle (시청에서, 14일에): skippable before a verb."""
    r = rules()
    q2 = q
    while q2 < len(sent.m) and sent.m[q2].tag in NOMINAL and sent.surf[q2] not in r.separators:
        q2 += 1
    if q2 >= len(sent.m):
        return False
    nxt = sent.m[q2]
    # 시청에서, 14일에; also the partners between object and verb: 협약을 B, C와 맺었다
    return nxt.tag in ("JKB", "JC") or sent.surf[q2] in r.separators


def _preceding_verb(sent: _Sent, i: int) -> int | None:
    """Morpheme index of a completed verb right before the trigger (체결한 ∼ 계약), else None."""
    r = rules()
    q = i - 1
    steps = 0
    while q >= 0 and steps < 10:
        mo = sent.m[q]
        if mo.tag == "ETM":
            # 체결/NNG 하/XSV ᆫ/ETM or 맺/VV 은/ETM (the verb may share the ETM's offset)
            for v in range(q - 1, max(q - 4, -1), -1):
                if sent.m[v].form in r.preceding_verbs and (sent.m[v].tag.startswith("V") or sent.m[v].tag == "NNG"):
                    return v
                if sent.m[v].tag not in ("XSV", "EP", "VV", "NNG"):
                    break
            return None
        if mo.tag in NOMINAL or mo.tag in ("JKG", "SP", "MM"):
            q -= 1
            steps += 1
            continue
        return None
    return None


def _comitative_genitive_before(sent: _Sent, i: int) -> bool:
    """True for "B와의 (배터리) 업무협약": a comitative + 의 within three nouns before the trigger."""
    r = rules()
    q = i - 1
    steps = 0
    while q >= 1 and steps < 4:
        mo = sent.m[q]
        if mo.tag == "JKG" and sent.m[q - 1].tag in ("JKB", "JC") and sent.m[q - 1].form in r.comitative:
            return True
        if mo.tag not in NOMINAL:
            return False
        q -= 1
        steps += 1
    return False


def _undone_after(sent: _Sent, q: int, grant: bool = False) -> bool:
    """True when the clause from morpheme q has the deal itself as subject and a cancel word:
    (맺었지만) 이후 계약이 취소됐다, (맺었으나) 올해 초 계약이 해지됐다; for a grant (selection), a
    word that undoes it, whatever the subject: (선정됐으나) 올해 지원 대상에서 제외됐다."""
    r = rules()
    m = sent.m
    subject = False
    for x in range(q, min(len(m), q + 14)):
        mo = m[x]
        if mo.tag in ("EF", "SF") or (mo.tag == "EC" and x > q and mo.form not in ("지", "게")):
            break
        if grant and mo.form in r.selection_undone and (mo.tag.startswith("V") or mo.tag in ("NNG", "XSV")):
            return True
        if mo.form in r.deal_nouns and mo.tag == "NNG" and x + 1 < len(m) and (
                m[x + 1].tag == "JKS" or (m[x + 1].tag == "JX" and m[x + 1].form in r.subject_jx)):
            subject = True
        elif subject and mo.form in r.cancel and (mo.tag.startswith("V") or mo.tag in ("NNG", "XSV")):
            return True
    return False


def _clause_subject_before(sent: _Sent, i: int) -> bool:
    """True when a subject marked 이/가 stands before morpheme i in i's own clause (back to a
    topic 은/는, a connective or adnominal ending, or a comma)."""
    r = rules()
    for q in range(i - 1, -1, -1):
        mo = sent.m[q]
        if mo.tag == "JKS":
            return True
        if mo.tag in ("EC", "ETM", "EF", "SP", "SF") or (mo.tag == "JX" and mo.form in r.subject_jx):
            return False
    return False


def _after_verb(sent: _Sent, k: int, found: Found) -> bool:
    """Read past the completing verb: False when cancelled, conditional, generic or aggregate."""
    r = rules()
    m = sent.m
    n = len(m)
    q = k
    budget = 6
    while q < n and budget > 0:
        mo = m[q]
        if mo.tag == "SE":
            break  # a headline's phrase ends at an ellipsis (…수출계약 성사…중동 계약은 무산)
        if mo.form in r.cancel and (mo.tag.startswith("V") or mo.tag in ("NNG", "XSV", "MAG")):
            return False
        if (mo.tag == "EC" and (mo.form in r.conditional_endings or mo.form in r.question_endings
                                or mo.form in r.intent_endings)) or (mo.tag == "ETM" and mo.form in r.intent_endings):
            return False  # 체결하면; 체결할지 (검토), 투자했는지 (확인)
        if mo.tag == "ETN" and q + 2 < n and any(m[x].form in r.purpose_verbs for x in (q + 1, q + 2)):
            return False  # 받기 위해
        if mo.tag == "ETM":
            h = q + 1
            while h < n and m[h].start == mo.start:
                h += 1
            if h < n:
                head = sent.surf[h]
                if head in r.conditional_nouns:
                    return False
                if head in r.pass_heads:  # 체결하는 데 실패했다: the clause goes on to its verb
                    q, budget = h + 1, budget - 1
                    continue
                if head in r.plan_nouns or (head in r.future_heads and mo.form in FUTURE_ETM):
                    if head in r.future_heads and _reported_guess(sent, h + 1):
                        return False  # 인수할 것이라는 관측이 나온다: someone's guess, nothing announced
                    found.plan = True  # 체결할 예정, 체결할 것으로 (보인다, 알려졌다): not signed yet
                    return True
                # the head noun phrase: "선정된 청년 창업기업 20곳에" → generic (기업)
                words = []
                x = h
                while x < n and m[x].tag in ("NNG", "NNP", "NNB", "XSN", "SN") and len(words) < 5:
                    words.append(sent.surf[x])
                    x += 1
                if any(w in r.generic_heads or any(w.endswith(g) for g in r.generic_heads if len(g) > 1)
                       for w in words if sent.org_names.get(w) is None and not _proper_at(sent, h, x)):
                    return False
                # "수출계약을 체결한 ㈜B는" → B is the party
                # (a spaced legal form may open it: 받은 주식회사 바람숲은)
                np_end = h
                while np_end + 1 < n and m[np_end + 1].tag in NOMINAL and np_end - h < 5:
                    np_end += 1
                if np_end + 1 < n:
                    part = m[np_end + 1]
                    # "한빛벤처스는 대상을 받은 ㈜B에 투자했다": whatever its case, the head of a prize's
                    # relative clause is the winner (unless the clause names its own subject)
                    # (not before 의: "수상한 '영화'의 김수현 씨" — the head is the last noun)
                    if part.tag == "JKS" or (part.tag == "JX" and part.form in r.subject_jx) or (
                            found.type.name == "award" and part.tag.startswith("J") and part.tag != "JKG"
                            and part.start == m[np_end].end and m[h].tag in NOMINAL and m[h].tag not in ("SS", "SSO")
                            and not _clause_subject_before(sent, sent.by_start.get(found.t_start, 0))):
                        p = _party(sent, h, np_end, persons=True)
                        if p.org:
                            found.head_party = p
                if found.head_party is None and found.type.name in ("award", "grant"):
                    # 대상을 수상한 개그맨 김구라(…) 씨의: the person or organisation the clause
                    # modifies is the winner; a head naming no one leaves the winner unknown
                    lo_c, hi_c = m[h].start, m[np_end].end
                    named = next((e for e in sent.ents.starting_in(lo_c, hi_c)
                                  if e.label in ("PERSON", "ORG") and e.end <= hi_c), None)
                    if named is not None:
                        found.head_party = _org_party(named)
                    else:
                        found.adnominal = True
            return True
        if mo.tag == "EC" and mo.form in r.concessive_endings and _undone_after(sent, q + 1, found.type.name == "grant"):
            return False  # 수출계약을 맺었지만 이후 계약이 취소됐다
        if mo.tag in ("EF", "SF") or (mo.tag == "EC" and mo.form not in ("지", "게")):
            break
        if mo.tag == "NNG" and sent.surf[q] in r.conditional_nouns and q == k:
            return False  # 체결 시
        if mo.tag == "NNG" and sent.surf[q] in r.plan_nouns:
            found.plan = True
        q += 1
        budget -= 1
    return True


def _reported_guess(sent: _Sent, x: int) -> bool:
    """True when the future 것 ending before morpheme ``x`` is what a guess says: 것이라는 관측 (전망,
    보도, 가능성, 설 …: [cancel] generic_heads), read as 것 + 이/VCP + an adnominal ending + the noun."""
    m, n = sent.m, len(sent.m)
    if x < n and m[x].tag == "VCP":
        x += 1
    if x >= n or m[x].tag != "ETM":
        return False
    start = m[x].start
    while x < n and m[x].start == start:  # (Kiwi may write the ending over two morphemes)
        x += 1
    return x < n and m[x].tag == "NNG" and sent.surf[x] in rules().generic_heads


# ---------------------------------------------------------------------------------------------
# amounts, periods, dates


def _in(rec, lo: int, hi: int) -> bool:
    return rec.start >= lo and rec.end <= hi


def _nearest(records: "_Spans", lo: int, hi: int, pivot: int, skip=None):
    """The record inside [lo, hi) nearest to pivot, preferring ones that end before it (none for
    which ``skip(rec)`` is true)."""
    best, best_key = None, None
    for rec in records.starting_in(lo, hi):
        if not _in(rec, lo, hi) or (skip is not None and skip(rec)):
            continue
        before = rec.end <= pivot
        dist = pivot - rec.end if before else rec.start - pivot
        key = (0 if before else 1, dist)
        if best_key is None or key < best_key:
            best, best_key = rec, key
    return best


def _iso_period(value: Decimal, unit: str | None) -> str | None:
    """(3, 년) → "P3Y"; an ISO unit stays (P3Y); None when the unit is unknown."""
    if unit is None:
        return None
    if unit.startswith("P") and len(unit) > 1:
        return unit
    des = rules().period_units.get(unit)
    if des is None or value != value.to_integral_value() or value <= 0:
        return None
    return f"P{int(value)}{des}"


def _stated(text: str, money: "_Spans", rec):
    """The amount a parenthesised conversion stands for: 1억2000만 달러(약 1650억원) → the dollars
    (words that may open the parenthesis: deals.toml [amount] conversion_words); else ``rec``."""
    k = text.rfind("(", max(0, rec.start - 12), rec.start)
    opening = text[k + 1:rec.start].strip() if k >= 0 else None
    if opening is None or (opening and opening not in rules().conversion_words):
        return rec
    outer = [m for m in money.ending_at(k) if m.unit != rec.unit]
    return outer[-1] if outer else rec


def _prize_money(ctx_text: str, lo: int, amt) -> bool:
    """True when an award cue (상금, 포상금: deals.toml [amount] award_cues) stands right before amt."""
    before = ctx_text[max(lo, amt.start - 8):amt.start]
    return any(c in before for c in rules().award_cues)


def _not_deal_money(ctx_text: str, f: Found, lo: int):
    """The amounts a deal of f's type never takes: prize money for every type but an award
    ("㈜A는 상금 1억원을 받은 데 이어 투자를 유치했다": the investment has no value), and the
    amount of another deal named before the trigger ("지난해 500억원 규모의 계약에 이어 … 공급 계약을
    맺었다": the earlier contract's)."""
    other = _other_deal_before(ctx_text, f.t_start)
    if f.type.name == "award":
        return other
    return lambda rec: _prize_money(ctx_text, lo, rec) or other(rec)


@lru_cache(maxsize=1)
def _other_deal_noun() -> re.Pattern:
    """An amount's genitive (규모의, 의) and, within three words, a deal noun ([cancel] deal_nouns)
    closed by a particle: the amount is that deal's, not a trigger's after it."""
    nouns = alternation(rules().deal_nouns)
    return re.compile(rf"(?:\s?(?:규모|상당|어치))?의\s+(?:\S+\s+){{0,2}}?\S*(?:{nouns})"
                      r"(?:에|과|와|을|를|은|는|이|가|으로|로|에서|에도|까지)(?=\s)")


def _other_deal_before(ctx_text: str, t_start: int):
    def other(rec) -> bool:
        if rec.end > t_start:
            return False
        m = _other_deal_noun().match(ctx_text, rec.end, t_start)
        return m is not None
    return other


def _received_after(sent: _Sent, anchor: int, verbs: frozenset[str], money: _Spans) -> int:
    """The end of a verb of receiving (the grant type's ``verbs``: 받, 확보, 따내) whose object is a
    sum of money, in the clause right after a selection completed at offset ``anchor`` (선정돼 …
    4억원을 받는다), with no subject of its own before it; 0 when there is none."""
    m = sent.m
    subject_jx = rules().subject_jx
    first = sent.by_start.get(anchor)
    if first is None:
        return 0
    for q in range(first + 1, min(len(m), first + 16)):
        mo = m[q]
        if mo.tag in ("JKS", "EF") or (mo.tag == "JX" and mo.form in subject_jx):
            return 0
        if (mo.tag.startswith("V") or (mo.tag == "NNG" and q + 1 < len(m) and m[q + 1].tag == "XSV")) and mo.form in verbs:
            # a sum as stated, not a bound (최대 50억원을 받는다: a cap, no value, as before)
            stated = any(a.qualifier is None and a.end <= mo.start for a in money.starting_in(anchor, mo.start))
            return mo.end if stated else 0
    return 0


def _own_time_ends(sent: _Sent) -> list[int]:
    """Where a clause in the past tense closes with a connective ending (제출했으며, 열었고): the
    clause has its own time, so a date inside it is no date of a deal after it ("지난 10월 신청서를
    제출했으며, … 최종 선정됐다"). A bare 고 (26일 간담회를 열고 협약을 체결했다) shares its time."""
    r = rules()
    m = sent.m
    return [m[q].start for q in range(1, len(m))
            if m[q].tag == "EC" and m[q].form in r.clause_endings and m[q - 1].tag == "EP"]


def _attach_numbers(ctx_text: str, f: Found, lo: int, hi: int, money: _Spans, durations: _Spans,
                    dates: _Spans, own_time_ends: list[int] = ()) -> None:
    f.amount = _nearest(money, lo, hi, f.t_start, _not_deal_money(ctx_text, f, lo))
    if f.amount is not None:
        f.amount = _stated(ctx_text, money, f.amount)
    if f.amount is not None and f.type.name == "award" and not _prize_money(ctx_text, lo, f.amount):
        f.amount = None
    f.duration = _nearest(durations, lo, hi, f.t_start)
    if f.duration is not None:
        f.period = _iso_period(f.duration.value, f.duration.unit)
    f.date = _nearest(dates, lo, hi, f.t_start,
                      (lambda d: any(d.end <= e < f.t_start for e in own_time_ends)) if own_time_ends else None)




def _investee_in_dative(sent: _Sent, f: Found) -> tuple[Party, int] | None:
    """(the investee, the end of its 에) when f is an investment with an amount whose one counterparty
    stands right before 에 (㈜B에 …); None otherwise."""
    if f.type.name != "investment" or len(f.counterparties) != 1 or f.amount is None:
        return None
    m = sent.m
    cp = f.counterparties[0]
    p = sent.by_end.get(cp.end)
    if p is None or p + 1 >= len(m) or m[p + 1].form != "에" or m[p + 1].tag != "JKB":
        return None
    return cp, m[p + 1].end


def _investment_in(f: Found, investee: Party, amount: Amount | None) -> Found:
    """A copy of investment (or acquisition) f into another investee, with its amount."""
    g = Found(**{k: getattr(f, k) for k in f.__dataclass_fields__})
    g.parties, g.counterparties, g.amount = list(f.parties), [investee], amount
    return g


def _paired_datives(sent: _Sent, f: Found, money: _Spans) -> list[Found]:
    """"㈜V는 ㈜A에 40억원, ㈜B에 30억원을 (각각) 투자했다": f is B's investment (30억원); each
    "X에 amount(을)," pair listed before it is an investment of its own (A, 40억원)."""
    m, text = sent.m, sent.text
    found = _investee_in_dative(sent, f)
    if found is None or text[found[1]:f.amount.start].strip():
        return []
    out: list[Found] = []
    start = found[0].start
    for _ in range(8):
        c = sent.by_start.get(start)
        if c is None or c < 3 or sent.surf[c - 1] != "," or m[c - 1].tag not in ("SP", "SC"):
            break
        # (its object particle may close the amount: ㈜A에 100억원을, ㈜B에 50억원을 각각 투자한다)
        close = c - 2 if m[c - 2].tag == "JKO" and m[c - 2].end == m[c - 1].start else c - 1
        amt = next((a for a in money.ending_at(m[close].start) if a.unit == f.amount.unit), None)
        a_idx = sent.by_start.get(amt.start) if amt is not None else None
        if a_idx is None or a_idx < 2 or m[a_idx - 1].form != "에" or m[a_idx - 1].tag != "JKB" \
                or text[m[a_idx - 1].end:amt.start].strip():
            break
        np = sent.noun_phrase(a_idx - 1)
        if np is None:
            break
        party = _party(sent, *np, strict=True)
        if not party.org or not party.name:
            break
        out.append(_investment_in(f, party, amt))
        start = party.start
    return out[::-1]


def _coordinated_datives(sent: _Sent, f: Found, money: _Spans) -> list[Found]:
    """"㈜V는 ㈜A와 ㈜B에 각각 30억원을 투자했다": f is B's investment (30억원); each named company
    coordinated with B before 에 gets an investment of the same amount (각각: deals.toml [amount]
    each_words); "㈜A와 ㈜B에 각각 50억원과 30억원을": as many amounts as companies, in order (A 50억원,
    B 30억원; another count: who got what is not said, no amount). Without 각각 the amount may be the
    sum: one investment in all of them, f itself (its counterparties become A and B)."""
    m, text = sent.m, sent.text
    found = _investee_in_dative(sent, f)
    if found is None:
        return []
    gap = text[found[1]:f.amount.start].strip()
    each = gap in rules().each_words
    amounts: list[Amount] = []  # the amounts listed after 각각, f's the last
    if gap and not each:
        first = gap.split(None, 1)[0]
        if first not in rules().each_words:
            return []
        at = text.index(first, found[1]) + len(first)
        amounts = sorted((a for a in money.starting_in(at, f.amount.start + 1) if a.end <= f.amount.end),
                         key=lambda a: a.start)
        if not amounts or amounts[-1].start != f.amount.start or text[at:amounts[0].start].strip() \
                or amounts[0].unit != f.amount.unit or len(_amount_run(text, amounts)) != len(amounts):
            return []  # (every amount from 각각 to f's, one list of f's unit)
        each = True
    others: list[Party] = []
    start = found[0].start
    for _ in range(8):
        c = sent.by_start.get(start)
        if c is None or c < 2 or not (m[c - 1].tag == "JC" or sent.surf[c - 1] == "," and m[c - 1].tag in ("SP", "SC")):
            break
        np = sent.noun_phrase(c - 1, gap=True)
        if np is None:
            break
        party = _party(sent, *np, strict=True)
        if not party.org or not party.name:
            break
        others.insert(0, party)
        start = party.start
    if not each:
        f.counterparties = others + f.counterparties
        return []
    if len(amounts) > 1:
        if len(amounts) != len(others) + 1:
            f.amount = None  # 3 companies, 2 amounts: who got what is not said
            return [_investment_in(f, party, None) for party in others]
        return [_investment_in(f, party, a) for party, a in zip(others, amounts)]
    return [_investment_in(f, party, f.amount) for party in others]


def _paired_sources(sent: _Sent, f: Found, money: _Spans) -> list[Found]:
    """"A와 B로부터 각각 20억원과 30억원을 투자받았다": investors listed before 로부터, then 각각 and as
    many amounts as investors → one investment each, in order (f becomes the last: B, 30억원); one
    amount after 각각 → that amount from each. Another count of amounts: who gave what is not said,
    so f keeps its investors and no amount. Partners listed before 와/과 the same way, for any deal:
    "A, B와 각각 500억원, 300억원 규모의 투자협약을 체결했다" → A 500억원, B 300억원."""
    if len(f.counterparties) < 2 or f.amount is None:
        return []
    m, text = sent.m, sent.text
    r = rules()
    p = sent.by_end.get(f.counterparties[-1].end)
    if p is None or p + 1 >= len(m) or m[p + 1].tag not in ("JKB", "JC") or not (
        m[p + 1].form in r.source and f.type.name == "investment" or m[p + 1].form in r.comitative
    ):
        return []
    listed = sorted(money.starting_in(m[p + 1].end, f.t_start), key=lambda a: a.start)
    words = text[m[p + 1].end:listed[0].start].split() if listed else []
    if len(words) != 1 or words[0] not in rules().each_words:
        return []
    amounts = [_stated(text, money, a) for a in _amount_run(text, listed)]
    if not (len(amounts) == 1 or len(amounts) == len(f.counterparties)):
        f.amount = None
        return []
    pairs = list(zip(f.counterparties, amounts if len(amounts) > 1 else amounts * len(f.counterparties)))
    out = [_investment_in(f, cp, amt) for cp, amt in pairs[:-1]]
    f.counterparties, f.amount = [pairs[-1][0]], pairs[-1][1]
    return out


#: Between two amounts of a list: 20억원과 30억원, 20억원, 30억원, 20억원 및 30억원.
_LIST_JOIN = re.compile(r"(?:과|와|,|및| 및)? ?")


def _amount_run(text: str, listed: list[Amount]) -> list[Amount]:
    """The first of ``listed`` (sorted by start) and those after it that go on its list, one unit,
    joined by _LIST_JOIN: 20억원과 30억원, 20억원, 30억원 (shared by paired investors and investees)."""
    run = listed[:1]
    for a in listed[1:]:
        if a.unit != run[-1].unit or _LIST_JOIN.fullmatch(text, run[-1].end, a.start) is None:
            break
        run.append(a)
    return run


def _each_bought(sent: _Sent, f: Found) -> bool:
    """True for "㈜A와 ㈜B를 (지분 100%를) 각각 인수했다": several companies listed as what is bought
    (deals.toml object_lists), 각각 (deals.toml [amount] each_words) between them and the trigger."""
    if f.type.object_lists is None or len(f.counterparties) < 2:
        return False
    last = f.counterparties[-1]
    return any(w in rules().each_words for w in sent.text[last.end:f.t_start].split())


def _head_prize_money(ctx_text: str, sent: _Sent, f: Found, money: _Spans) -> Amount | None:
    """"대상을 받은 ㈜B는 상금 500만원도 받았다": the winner heads the relative clause; the prize money
    it receives in the main clause (an award cue before it, a prize verb right after it) is the award's."""
    if f.type.name != "award" or not f.parties:
        return None
    party = f.parties[0]
    p = sent.by_end.get(party.end)
    if party.start < f.span_end or p is None or p + 1 >= len(sent.m):
        return None
    particle = sent.m[p + 1]
    if particle.tag not in ("JKS", "JX") or particle.start != party.end:
        return None
    amt = next(iter(money.starting_in(particle.end, sent.end)), None)
    if amt is None or amt.end > sent.end:
        return None
    before = ctx_text[max(particle.end, amt.start - 8):amt.start]
    if not any(c in before for c in rules().award_cues):
        return None
    # nothing but nouns, particles and adverbs between the party and the money (no other clause)
    q = p + 2
    while q < len(sent.m) and sent.m[q].start < amt.start:
        if sent.m[q].tag.startswith(("V", "X", "E")):
            return None
        q += 1
    # after the money: particles (and an adverb), then a prize verb ending the sentence (받았다);
    # "상금 500만원을 받은 ㈜C에": a relative clause of another firm
    m = sent.m
    while q < len(m) and (m[q].start < amt.end or m[q].tag.startswith("J") or m[q].tag == "MAG"):
        q += 1
    if q >= len(m) or not (m[q].tag.startswith("V") and m[q].form in f.type.verbs):
        return None
    q += 1
    while q < len(m) and m[q].tag == "EP":
        q += 1
    if q >= len(m) or m[q].tag != "EF":
        return None
    return _stated(ctx_text, money, amt)


# ---------------------------------------------------------------------------------------------
# the extractor


def _sentences(ctx: Context) -> list[tuple[int, int]]:
    """Kiwi's sentences, also cut at line breaks (a headline has no final mark)."""
    out: list[tuple[int, int]] = []
    text = ctx.text
    finite = sorted([m.start for m in ctx.morphs if m.tag == "EF"])
    headline_lines: set[tuple[int, int]] = set()
    for s in ctx.sentences:
        ls = text.rfind("\n", 0, s.start) + 1
        le = text.find("\n", s.start)
        le = len(text) if le < 0 else le
        if (ls, le) in headline_lines:
            continue
        k = bisect.bisect_left(finite, ls)
        has_finite = k < len(finite) and finite[k] < le
        if s.end <= le and not has_finite and text[ls:le].strip():
            headline_lines.add((ls, le))
            out.append((ls, le))
            continue
        start = s.start
        while True:
            nl = text.find("\n", start, s.end)
            if nl < 0:
                break
            if text[start:nl].strip():
                out.append((start, nl))
            start = nl + 1
        if text[start:s.end].strip():
            out.append((start, s.end))
    return out


def _aggregate(sent: _Sent, i: int, j: int) -> bool:
    """"수출계약 30건", "모두 45건, 1,200만 달러 규모의 수출계약": many contracts, not one deal."""
    r = rules()
    lo, hi = max(1, i - 12), min(len(sent.m), j + 4)
    if r.aggregate_counters.isdisjoint(sent.surf[lo:hi]):
        return False  # no counter (건, 곳) near the trigger: the loop below would find none
    for q in range(lo, hi):
        if sent.surf[q] in r.aggregate_counters and sent.m[q].tag in ("NNB", "NNG") and _many(sent, q - 1):
            between = range(q + 1, i) if q < i else range(j + 1, q)
            if not any(sent.m[x].tag in ("EC", "EF", "ETM", "ETN") for x in between):
                return True
    return False


def _many(sent: _Sent, q: int) -> bool:
    """True when the morpheme at ``q``, before a counter, counts more than one: 30(건), 60여(건) — a
    number with 여 after it — or a numeral determiner (두 건, 여러 건); 1건 is one deal, not many."""
    mo = sent.m[q]
    if mo.tag == "XSN" and mo.form == "여" and q > 0:
        mo = sent.m[q - 1]
        return mo.tag == "SN"
    if mo.tag == "SN":
        return mo.form.lstrip("0") != "1"
    return mo.tag == "MM" and mo.form in rules().aggregate_numerals


def _summed(sent: _Sent, t: DealType, i: int) -> bool:
    """True when the trigger's clause (before it) makes the deal a sum of many: a number of firms
    listed with no partner particle ("올해 들어 11개 기업, 3조원의 투자를 유치했다"), a cumulative
    word ("누적 500억원의 투자를 유치") or a period counted up to now with a total ("출범 이후 모두 …").
    Firms counted for a selection (등 3곳을 선정, 5개사가 수상) are its parties, read elsewhere."""
    r = rules()
    lo = 0
    for q in range(i - 1, -1, -1):
        mo = sent.m[q]
        if mo.tag == "EF" or (mo.tag == "EC" and mo.form in r.clause_endings):
            lo = q + 1
            break
    if lo >= i:
        return False
    head = sent.text[sent.m[lo].start:sent.m[i].start]
    if any(w in head for w in r.cumulative_words):
        return True
    partner = r.comitative | r.source
    for q in range(lo, i) if t.name not in ("grant", "award") else ():
        if sent.m[q].tag != "SN" or (q > 0 and sent.surf[q - 1] == "등"):
            continue  # "A, B 등 3개 기관은": the firms are named
        at = sent.m[q].end
        c = next((c for c in r.aggregate_firms if sent.text.startswith(c, at)), None)
        if c is None:
            continue
        e = sent.by_end.get(at + len(c))
        if e is None or e + 1 >= i:
            continue
        if _listed_as_counted(sent, (q, e), False):
            continue  # "A와 B, C 3개 기관은": the three are named, each one of them
        nxt = sent.m[e + 1]
        if nxt.tag.startswith("J") and nxt.form in partner:
            continue  # "3개 기업과", "5개사로부터": partners (read as such by the roles)
        return True
    # with a partner named (올해 들어 아마존 등과 총 3억 달러 …) the deal is with it: the amount is left
    # to the 등 rule ([amount] etc_sum_types)
    return any(w in head for w in r.period_totals) and not r.total_words.isdisjoint(sent.surf[lo:i]) \
        and not any(sent.m[q].tag.startswith("J") and sent.m[q].form in partner for q in range(lo, i))


def _in_context(ctx: Context, sent: _Sent, words: frozenset[str]) -> bool:
    """True when the sentence or the next one holds one of ``words`` (DealType.needs_context) or a
    sum of money: "스마트공장 지원사업에 선정", "선정돼 최대 5억원을 받는다", "…기술을 선정했다. 두
    기업은 과제당 최대 10억 원을 지원받는다"."""
    end = next((x.end for x in ctx.sentences if x.start >= sent.end), sent.end)
    text = sent.text[sent.start:end]
    if any(w in text for w in words) or any(a.kind == "MONEY" and sent.start <= a.start < end for a in ctx.amounts):
        return True
    # a government body selecting companies ("중기부는 ㈜나노피크 등 2곳을 선정했다", "시는 ㈜한빛소프트를
    # … 선정했다"): a programme's selection
    orgs_in = [e for e in sent.ents.starting_in(sent.start, sent.end) if e.label == "ORG"]
    kinds = {e.kind for e in orgs_in}
    government = "government" in kinds or text.lstrip().startswith(rules().government_subjects)
    return government and ("company" in kinds or any(e.legal_form for e in orgs_in))


def _not_goal(sent: _Sent, t: DealType, i: int) -> bool:
    """True for "개최 후보지로 선정됐다": the noun before 로/에 + trigger is one of the type's not_goals."""
    if not t.not_goals:
        return False
    q = i - 1
    while q >= 0 and (sent.m[q].tag.startswith("J") or sent.m[q].tag in ("MAG", "NNG") and sent.surf[q] == "최종"):
        q -= 1
    if q < 0 or sent.m[q].tag not in NOMINAL:
        return False
    np = sent.noun_phrase(q + 1)
    phrase = sent.text[sent.m[np[0]].start:sent.m[np[1]].end] if np else sent.surf[q]
    return phrase.endswith(tuple(t.not_goals))


def _find_in_sentence(ctx: Context, sent: _Sent, hits: list[re.Match]) -> list[Found]:
    r = rules()
    out: list[Found] = []
    pending: list[tuple[DealType, str, int, int, re.Match]] = []  # incomplete, maybe listed
    prizes: list[_Prize] = []  # prize nouns (최우수상, 금상): maybe handed out clause by clause
    for mt in hits:
        s, e = mt.start(), mt.end()
        if ctx.masked(s, e):
            continue
        i, j = sent.by_start.get(s), sent.by_end.get(e)
        if i is None or j is None or j < i:
            continue  # not on morpheme boundaries: 대상 inside 대상자 is fine, 수상 inside 감수상 is not
        if j + 1 < len(sent.m) and sent.m[j + 1].start == e and sent.surf[j + 1] in r.rumour_suffixes:
            continue  # 합병설이 돌고 있다: a rumour, no deal
        key = _key(mt.group())
        t = r.trigger_type[key]
        if t.name == "award" and t.suffix_ok is not None and key not in t.suffix_ok:
            prizes.append(_Prize(t, key, i, j))
        if key in t.stake_only and not _buys_stake(sent, t, i):
            continue  # 특허를 취득: no company bought
        f = _complete(sent, t, key, i, j)
        if f is None:
            pending.append((t, key, i, j, mt))
            continue
        # "수출계약 및 업무협약을 체결": a listed trigger before shares this one's verb
        while pending:
            pt, pkey, pi, pj, pm = pending.pop()
            if pt.name == t.name or not _is_list_gap(ctx.text[pm.end():s]):
                break
            g = Found(pt, ctx.text[pm.start():pm.end()], pm.start(), pm.end(), f.anchor, f.anchor_end,
                      sent.index, headline=sent.headline, active=f.active, how=f.how)
            g.key, g.ij = pkey, (pi, pj)
            out.append(g)
            s = pm.start()
        s = mt.start()
        if _not_goal(sent, t, i):
            continue
        f.trigger = ctx.text[s:e]
        if _aggregate(sent, i, j) or _summed(sent, t, i):
            continue
        f.key, f.ij = key, (i, j)
        out.append(f)
    if r.raised_re.search(ctx.text, sent.start, sent.end) and not any(f.type.name == "investment" for f in out):
        raised = _money_raised(ctx, sent, pending)  # (a morpheme scan: only where 을 유치 is written)
        if raised is not None:
            out.append(raised)
            out.sort(key=lambda f: f.t_start)
    if prizes:
        out = _handed_out(sent, prizes, out)
    # 수상자로 선정, 심사위원으로 선정: no programme, no funds (a prize's 선정 is an award by now)
    out = [f for f in out if f.key not in f.type.needs_context or _in_context(ctx, sent, f.type.needs_context[f.key])]
    # 경매에서 7천만원에 낙찰됐다: an auction's sale, no contract won
    out = [f for f in out if f.key not in f.type.not_context
           or not any(w in sent.text[sent.start:sent.end] for w in f.type.not_context[f.key])]
    if r.agreement_purposes:
        for f in out:
            if f.type.name == "mou":
                f.type = _agreement_purpose(sent, f.ij[0]) or f.type
    if len(out) < 2:
        return out  # one trigger or none: nothing to group (the grouping below keeps it as is)
    # prizes handed out clause by clause share the verb but are deals of their own
    handed = [f for f in out if f.winners is not None]
    out = [f for f in out if f.winners is None]
    # one deal per completing verb (공동개발 협약을 체결 → joint_development: the type listed
    # first in deals.toml wins), unless the triggers are listed: 수출계약 및 업무협약을 체결
    by_anchor: dict[int, list[Found]] = {}
    for f in sorted(out, key=lambda f: f.t_start):
        by_anchor.setdefault(f.anchor, []).append(f)
    kept: list[Found] = []
    for group in by_anchor.values():
        cluster = [group[0]]
        for f in group[1:]:
            gap = ctx.text[cluster[-1].t_end:f.t_start]
            if _is_list_gap(gap) and f.type.name != cluster[-1].type.name:
                kept.append(min(cluster, key=lambda g: g.type.priority))
                cluster = [f]
            else:
                cluster.append(f)
        kept.append(min(cluster, key=lambda g: g.type.priority))
    return sorted(kept + handed, key=lambda f: f.t_start)


def _money_raised(ctx: Context, sent: _Sent, pending: list[tuple]) -> Found | None:
    """"시리즈A 투자에서 A, B 등으로부터 총 120억원을 유치했다", "A 등으로부터 120억원을 유치했다",
    "이번 시리즈A 라운드에서 120억원을 유치했다": an investment received, completed by a verb of
    raising (deals.toml [raised] verbs) whose object is a sum of money, in a clause that names the
    round before it (an incomplete investment trigger) or the investors (로부터). 국비 30억원을 유치
    (no round, no investors) stays none: a grant's words are no investment."""
    r = rules()
    m = sent.m
    n = len(m)
    t = r.raised_type
    for v in range(2, n - 1):
        verb = m[v].form
        if (verb not in r.raised_verbs and verb not in r.raised_round_verbs) or m[v].tag != "NNG" \
                or m[v + 1].tag != "XSV" or m[v + 1].form != "하" or m[v - 1].tag != "JKO":
            continue
        # the sum is the object (150억원을), or named funds after it (150억원의 자금을)
        obj_start = m[v - 1].start
        if v >= 3 and m[v - 2].tag == "NNG" and m[v - 2].form in r.raised_funds and m[v - 3].tag == "JKG":
            obj_start = m[v - 3].start
        amount = next((a for a in ctx.amounts if a.kind == "MONEY" and a.end == obj_start), None)
        if amount is None or ctx.text[max(0, amount.start - 8):amount.start].rstrip().endswith(r.raised_not_after):
            continue  # (국비 30억원을 유치: public money)
        # the clause before the verb: back to the previous connective ending or the sentence start
        # (not the ending of a means, 시리즈B 투자 유치를 통해: the round is still this clause's)
        lo = max((q for q in range(v) if (m[q].tag == "EC" or m[q].tag == "EF") and not (
            m[q].tag == "EC" and q >= 2 and m[q - 1].form in r.raised_means and m[q - 2].tag == "JKO")), default=-1)
        round_ = next((x for x in pending if x[0].name == t.name and lo < x[2] < v), None)
        source = verb in r.raised_verbs and any(m[q].tag == "JKB" and m[q].form in r.source for q in range(lo + 1, v))
        if round_ is None and not source:
            continue
        if round_ is not None:
            _, key, i, j, mt = round_
            trigger, ts, te = ctx.text[mt.start():mt.end()], mt.start(), mt.end()
        else:
            key, i, j, trigger, ts, te = _key(m[v].form), v, v, ctx.text[m[v].start:m[v].end], m[v].start, m[v].end
        f = Found(t, trigger, ts, te, m[v].start, m[v + 1].end, sent.index, headline=sent.headline,
                  active=True, how="verb")
        f.key, f.ij = key, (i, j)
        return f
    return None


class _Prize(NamedTuple):
    """A prize noun in a sentence (최우수상): its deal type, trigger key and morphemes [i, j]."""

    type: DealType
    key: str
    i: int
    j: int


def _agreement_purpose(sent: _Sent, i: int) -> DealType | None:
    """"2,000억원을 투자하기로 B와 협약했다", "투자하는 (내용의) 협약": an agreement to invest is an
    investment deal (deals.toml [completion] agreement_purposes), like a 투자협약."""
    r = rules()
    for q in range(i - 1, max(i - 9, 0), -1):
        mo = sent.m[q]
        if mo.tag in ("EF", "EC", "JKS") or (mo.tag == "JX" and mo.form in r.subject_jx):
            return None  # another clause, or the subject: nothing of this agreement's
        name = r.agreement_purposes.get(mo.form) if mo.tag == "NNG" else None
        if name is not None and q + 2 < len(sent.m) and sent.m[q + 1].tag == "XSV" and sent.m[q + 1].form == "하" \
                and sent.m[q + 2].tag in ("ETM", "ETN"):
            return next((t for t in r.types if t.name == name), None)
    return None


def _handed_out(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[Found]:
    """Prizes of one sentence given each to its own winners, and prizes as the goal of 선정.

    "최우수상은 A와 B가, 우수상은 C 등 5개사가 수상했다" → 최우수상 (A, B), 우수상 (C), in place of
    the one deal of 수상했다; "A는 대상을, B는 최우수상을 받았다" → 대상 (A) beside 최우수상 (B);
    "A가 최우수상에 선정됐다" → an award, not a grant (deals.toml [prizes]).
    """
    topics = _prize_topics(sent, prizes) or _prize_bare_list(sent, prizes)
    if topics:
        anchor = topics[0].anchor
        starts = {f.t_start for f in topics}
        out = [f for f in out if f.t_start not in starts
               and (f.anchor != anchor or f.type.name not in ("award", "grant"))] + topics
    out = out + _prize_objects(sent, prizes, out)
    out = _prize_lists(sent, prizes, out)
    out = out + _prize_given(sent, prizes, out)
    out = out + _prize_conferred(sent, prizes, out)
    converted = []
    for f in out:
        if f.type.name == "grant" and f.key == "선정" and f.winners is None:
            g = _prize_goal(sent, f, prizes)
            if g is not None and not any(x.t_start == g.t_start for x in out):
                converted.append(g)
                continue
        converted.append(f)
    return sorted(converted, key=lambda f: f.t_start)


def _particles_after(sent: _Sent, p: int) -> tuple[str, int]:
    """The particles (at most two, glued) from morpheme p as one surface, and the index after them:
    대상에는 → ("에는", …)."""
    m, n, q = sent.m, len(sent.m), p
    while q < n and q - p < 2 and m[q].tag.startswith("J") and m[q].start == m[q - 1].end:
        q += 1
    return "".join(sent.surf[p:q]), q


def _prize_verb(sent: _Sent, q: int) -> int | None:
    """The index after a verb that hands out prizes at morpheme q (수상했다, 받았다, 선정됐다), else None."""
    r = rules()
    m = sent.m
    mo = m[q]
    if mo.tag.startswith("V") and mo.form in r.prize_verbs:
        return q + 1
    if mo.tag == "NNG" and mo.form in r.prize_verbs and q + 1 < len(m) and m[q + 1].tag == "XSV" \
            and m[q + 1].start == mo.end:
        return q + 2
    return None


def _winner_list(sent: _Sent, a: int, end_p: int) -> list[Party]:
    """The winners named in morphemes [a, end_p): the phrase before end_p (a subject particle or a
    comma) and the ones listed before it ("A와 B가", "C 등 5개사가" → C); [] when none is named."""
    np = sent.noun_phrase(end_p)
    if np is None or np[0] < a:
        return []
    head = _party(sent, *np, persons=True)
    if head.org and head.name:
        listed = [_party(sent, *x, persons=True) for x in _chain_left(sent, np[0], a - 1)] + [head]
    else:
        person = _person_subject(sent, np, True) or _unit_of(sent, np)  # 한빛대학교 학생팀이 → 한빛대학교
        listed = [person] if person is not None else _listed_before_generic(sent, np[0], True)
    lo = sent.m[a].start
    return [w for w in listed if w.org and w.name and w.start >= lo]


def _only_names(sent: _Sent, a: int, b: int, relative: bool = False) -> bool:
    """True when morphemes [a, b) hold only names and list marks (no clause of their own); a
    morpheme inside an entity counts as a name (㈜바로배송: 바로/MAG). With ``relative``, a clause
    modifying the winner may come first ("로봇을 개발한 A에"): no subject, topic or clause ending."""
    r = rules()
    if a >= b:
        return False
    lo, hi = sent.m[a].start, sent.m[b - 1].end
    covered = [(e.start, e.end) for e in sent.ents.starting_in(lo - MAX_ENTITY_CHARS, hi)
               if e.label in ("ORG", "PERSON") and e.end > lo]
    for x in range(a, b):
        mo = sent.m[x]
        if mo.tag in NOMINAL or sent.surf[x] in r.separators or (
                mo.tag in ("JC", "JKB") and mo.form in r.comitative):
            continue
        if any(s <= mo.start and mo.end <= e for s, e in covered):
            continue
        if relative and mo.tag not in ("JKS", "JX", "EF", "EC", "SF") and not (mo.tag == "SP" and sent.surf[x] == ","):
            continue
        return False
    return True


def _prize_topics(sent: _Sent, prizes: list[_Prize]) -> list[Found]:
    """"최우수상은 A와 B가, 우수상은 C가 수상했다": each prize as a topic, its winners as the subject
    of its clause, one verb at the end for all (deals.toml [prizes] topic_particles)."""
    r = rules()
    m, n = sent.m, len(sent.m)
    topics: list[tuple[_Prize, int]] = []
    for pz in prizes:
        surf, q = _particles_after(sent, pz.j + 1)
        if surf in r.prize_topics and q < n:
            topics.append((pz, q))
    if not topics:
        return []
    # the last clause: its winners, then the verb ("대상은 A에게 돌아갔다": the winner in 에게)
    a = topics[-1][1]
    x = a
    while x < n and m[x].tag != "JKS" and not (m[x].tag == "JKB" and m[x].form in r.dative):
        x += 1
    if x >= n or not _only_names(sent, a, x, relative=True):
        return []
    if m[x].tag == "JKB":
        if x + 1 >= n or not m[x + 1].tag.startswith("V") or m[x + 1].form not in r.prize_dative_verbs:
            return []
        v, k = x + 1, x + 2
    else:
        v, k = _topic_verb(sent, x + 1)
        if k is None:
            return []
    sure = m[v].form in r.prize_sure_verbs or any(pz.key not in r.prize_ambiguous for pz, _ in topics)
    out: list[Found] = []
    for n_, (pz, a) in enumerate(topics):
        if n_ + 1 < len(topics):
            e = topics[n_ + 1][0].i - 1
            comma = e if sent.surf[e] == "," else None
            if comma is not None:
                e -= 1
            end_p = e if m[e].tag == "JKS" else comma
            if end_p is None or not _only_names(sent, a, end_p):
                continue
        else:
            end_p = x
        winners = _winner_list(sent, a, end_p)
        if not winners or (pz.key in r.prize_ambiguous and not sure):
            continue
        f = _given(sent, pz, v, winners, active=True)
        if not _after_verb(sent, k, f):
            return []
        out.append(f)
    return out


def _prize_bare_list(sent: _Sent, prizes: list[_Prize]) -> list[Found]:
    """"대상 ㈜A, 금상 ㈜B, 은상 C가 (각각) 선정됐다": prizes listed each right before its winner (no
    particle), commas between, one verb for all; at least two prizes, or none is read."""
    m, n = sent.m, len(sent.m)
    for first in range(len(prizes) - 1):
        chain: list[tuple[_Prize, int, int]] = []  # (prize, its winners' first morpheme, their end mark)
        x = None
        for k in range(first, len(prizes)):
            pz = prizes[k]
            a = pz.j + 1
            if a >= n or m[a].tag.startswith("J") or m[a].start == m[pz.j].end:
                break  # 대상은, 대상에 (other shapes); a winner right after the prize has a space
            if k + 1 < len(prizes):
                c = prizes[k + 1].i - 1
                if c > a and sent.surf[c] == "," and _only_names(sent, a, c):
                    chain.append((pz, a, c))
                    continue
            x = a
            while x < n and x - a < 12 and m[x].tag != "JKS":
                x += 1
            if x < n and m[x].tag == "JKS" and _only_names(sent, a, x):
                chain.append((pz, a, x))
            else:
                x = None
            break
        if len(chain) < 2 or x is None or chain[-1][2] != x:
            continue
        v, kv = _topic_verb(sent, x + 1)
        if kv is None:
            return []
        out: list[Found] = []
        for pz, a, end_p in chain:
            winners = _winner_list(sent, a, end_p)
            if not winners:  # the phrase read across the space took the prize in (금상 ㈜B): the names alone
                alone = _party(sent, a, end_p - 1, persons=True)
                winners = [alone] if alone.org and alone.name else []
            if not winners:
                return []  # a winner not named (대상 수상 기업, …): who won what is not said
            f = _given(sent, pz, v, winners, active=True)
            if not _after_verb(sent, kv, f):
                return []
            out.append(f)
        return out
    return []


def _not_found(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[_Prize]:
    """The prizes no found in ``out`` starts with."""
    done = {f.t_start for f in out}
    return [pz for pz in prizes if sent.m[pz.i].start not in done]


def _verb_after(sent: _Sent, pz: _Prize, verbs: frozenset[str], particles: tuple[str, ...]) -> int:
    """The index of the first morpheme after the prize ``pz`` that is no name, list mark, one of
    ``particles`` or a word that may stand between a prize and its verb (각각: deals.toml [prizes]
    between_words) — at most 10 on —, or of the first of ``verbs``: where its verb should stand."""
    r = rules()
    m, n = sent.m, len(sent.m)
    v = pz.j + 1
    while v < n and v - pz.j < 10 and m[v].form not in verbs and (
            m[v].tag in NOMINAL or m[v].tag in particles or sent.surf[v] in r.separators
            or sent.surf[v] in r.prize_between):  # 표창을 각각 수여했다
        v += 1
    return v


def _dative_winners(sent: _Sent, q: int) -> list[Party]:
    """The winners named before the dative particle at morpheme q (㈜A에, A와 B에게); [] when q is none."""
    m = sent.m
    if q < 1 or m[q].tag != "JKB" or m[q].form not in rules().dative:
        return []
    return _winner_list(sent, 0, q)


def _given(sent: _Sent, pz: _Prize, v: int, winners: list[Party], active: bool) -> Found:
    """The award of prize ``pz`` handed to ``winners`` by the verb at morpheme v."""
    m = sent.m
    f = Found(pz.type, sent.text[m[pz.i].start:m[pz.j].end], m[pz.i].start, m[pz.j].end, m[v].start,
              m[v].end, sent.index, active=active, headline=sent.headline, how="verb")
    f.key, f.ij, f.winners = pz.key, (pz.i, pz.j), winners
    return f


def _prize_conferred(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[Found]:
    """"시는 ㈜A에 (시장) 표창을 수여했다": a prize given (active) to the organisation in 에(게), the
    subject the giver (deals.toml [prizes] conferred_verbs); "A와 B에" → one award each."""
    r = rules()
    m, n = sent.m, len(sent.m)
    res: list[Found] = []
    verb_of: dict[int, int] = {}  # a found award's first winner (its start) → its verb's index
    # from the last prize back: "㈜A에 표창을, ㈜B에 감사패를 수여했다" → 감사패 (B) first, then 표창
    # (A) with the verb of the parallel clause right after its comma
    for pz in reversed(_not_found(sent, prizes, out)):
        # the verb: the object particle, names and list marks after the prize, then 수여 + 하
        v = _verb_after(sent, pz, r.prize_conferred_verbs, ("JC", "JKO"))
        if v + 1 >= n or m[v].form not in r.prize_conferred_verbs or m[v].tag != "NNG" \
                or m[v + 1].tag != "XSV" or m[v + 1].form != "하" or m[v + 1].start != m[v].end:
            c = _object_comma(sent, pz.j)
            after = m[c + 1] if c is not None and c + 1 < n else None
            v = next((verb for start, verb in verb_of.items() if after.start <= start <= after.end), None) \
                if after is not None else None
            if v is None:
                continue
        k = v + 2
        # the winner: "㈜A에 (시장) 표창을", "㈜A에 올해의 혁신상을"
        q = pz.i - 1
        while q > 0 and pz.i - q < 5 and (m[q].tag in NOMINAL or (
                m[q].tag == "JKG" and m[q - 1].tag in NOMINAL and m[q - 1].end == m[q].start)):
            q -= 1
        winners = _dative_winners(sent, q)
        if not winners:
            continue
        giver, _, _ = _find_subject(sent, q, False)
        f = _given(sent, pz, v, winners, active=True)
        if giver is not None and (giver.org or giver.self_ref) and not giver.anaphor and giver.name not in {
                w.name for w in winners}:
            f.giver = giver
        if _after_verb(sent, k, f):
            res.append(f)
            verb_of[winners[0].start] = v
    return res[::-1]


def _topic_verb(sent: _Sent, v: int) -> tuple[int, int | None]:
    """The verb after the last winners from morpheme v (각각 수상했다, 수상의 영예를 안았다): its index
    and the index after it; (v, None) when another word comes first."""
    r = rules()
    m, n = sent.m, len(sent.m)
    for _ in range(6):
        if v >= n:
            break
        k = _prize_verb(sent, v)
        if k is not None:
            return v, k
        mo = m[v]
        if not (mo.tag.startswith("J") or sent.surf[v] in r.prize_between or (
                mo.tag == "NNG" and mo.form in r.prize_verbs and v + 1 < n and m[v + 1].tag == "JKG")):
            break
        v += 1
    return v, None


def _subject_list(sent: _Sent, i: int) -> list[Party]:
    """The subject right before morpheme i (A는, A와 B가), read as winners; [] when none. The giver's
    name may come between: "B가 산업통상자원부 장관상을" → B."""
    r = rules()
    p = i - 1
    for _ in range(3):
        if p > 1 and sent.m[p].tag in ("NNP", "NNG", "SL"):
            p -= 1
    if p < 1 or not (sent.m[p].tag == "JKS" or (sent.m[p].tag == "JX" and sent.m[p].form in r.subject_jx)):
        return []
    return _winner_list(sent, 0, p)


def _prize_objects(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[Found]:
    """"A는 대상을, B는 최우수상을 받았다": a prize as an object whose verb is left out, given to the
    subject right before it; the verb is that of the parallel clause after it."""
    m, n = sent.m, len(sent.m)
    done = {f.t_start: f for f in out if f.type.name == "award"}
    res: list[Found] = []
    for pz in prizes:
        c = _object_comma(sent, pz.j)
        if m[pz.i].start in done or c is None:
            continue
        winners = _subject_list(sent, pz.i)
        if not winners:
            continue
        final = None
        for nxt in prizes:
            if nxt.i <= c:
                continue
            subj = _subject_list(sent, nxt.i)
            if not subj or c + 1 >= n or subj[0].start != m[c + 1].start:
                break  # no parallel clause "B는 최우수상을" right after the comma
            final = done.get(m[nxt.i].start)
            c = _object_comma(sent, nxt.j)
            if final is not None or c is None:
                break
        if final is None:
            continue
        f = Found(pz.type, sent.text[m[pz.i].start:m[pz.j].end], m[pz.i].start, m[pz.j].end, final.anchor,
                  final.anchor_end, sent.index, active=final.active, headline=sent.headline, how=final.how)
        f.key, f.ij, f.winners = pz.key, (pz.i, pz.j), winners
        res.append(f)
    return res


def _prize_lists(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[Found]:
    """Prizes listed before one verb: "A는 최우수상과 특별상을 수상했다" → both to A; "A와 B는 각각
    대상과 금상을 받았다" → 대상 to A, 금상 to B (as many winners as prizes, in order); with another
    count of winners ("A와 B가 대상과 금상, 은상을") who won what is not said: no deal."""
    m = sent.m
    by_start = {m[pz.i].start: pz for pz in prizes}
    res = list(out)
    for g in out:
        if g.type.name != "award" or g.winners is not None or g.t_start not in by_start:
            continue
        chain = [by_start[g.t_start]]
        for pz in reversed(prizes):
            if pz.j < chain[0].i and m[pz.i].start not in {f.t_start for f in out} \
                    and _is_list_gap(sent.text[m[pz.j].end:m[chain[0].i].start]):
                chain.insert(0, pz)
        if len(chain) == 1:
            continue
        head, coordinated, _ = _find_subject(sent, chain[0].i, True)
        named = [p for p in [head, *coordinated] if p is not None and p.org and p.name]
        # the listed prizes replace the deal of their verb (수상했다 itself included)
        res = [f for f in res if not (f.type.name == "award" and f.anchor == g.anchor and f.winners is None)]
        if len(named) > 1 and len(named) != len(chain):
            continue
        for k, pz in enumerate(chain):
            f = Found(pz.type, sent.text[m[pz.i].start:m[pz.j].end], m[pz.i].start, m[pz.j].end, g.anchor,
                      g.anchor_end, sent.index, active=g.active, headline=g.headline, nominal=g.nominal,
                      how=g.how, plan=g.plan)
            # one winner a prize, in order; a single (or implicit) winner: read as usual, for each prize
            f.key, f.ij, f.winners = pz.key, (pz.i, pz.j), [named[k]] if len(named) > 1 else []
            res.append(f)
    return res


def _prize_given(sent: _Sent, prizes: list[_Prize], out: list[Found]) -> list[Found]:
    """"A에는 장관상과 상금 2000만원이 수여됐다": a prize given (passive) to the organisation in 에(게)는."""
    r = rules()
    m, n = sent.m, len(sent.m)
    res: list[Found] = []
    for pz in _not_found(sent, prizes, out):
        # the verb: names, list marks and one subject particle after the prize, then 수여되/주어지
        v = _verb_after(sent, pz, r.prize_given_verbs, ("JC", "JKS"))
        if v >= n or m[v].form not in r.prize_given_verbs:
            continue
        k = v + 1
        if m[v].tag == "NNG":  # 수여/NNG 되/XSV: passive only (수여했다 is the giver's act)
            if k >= n or m[k].tag != "XSV" or m[k].form != "되":
                continue
            k += 1
        elif not m[v].tag.startswith("V"):
            continue
        # the winner: "A에는" / "A에게는" right before the prize's name
        q = pz.i - 1
        while q > 0 and m[q].tag in NOMINAL:
            q -= 1
        if q > 0 and m[q].tag == "JX" and m[q].form in r.subject_jx:
            q -= 1
        winners = _dative_winners(sent, q)
        if not winners:
            continue
        f = _given(sent, pz, v, winners, active=False)
        if _after_verb(sent, k, f):
            res.append(f)
    return res


def _object_comma(sent: _Sent, j: int) -> int | None:
    """The comma after the prize ending at morpheme j when the prize ends its clause there (대상을,
    or 대상,); None otherwise."""
    c = j + 1
    if c < len(sent.m) and sent.m[c].tag == "JKO":
        c += 1
    return c if c < len(sent.m) and sent.surf[c] == "," else None


def _prize_goal(sent: _Sent, f: Found, prizes: list[_Prize]) -> Found | None:
    """"A가 최우수상에 (최종) 선정됐다": the 선정 of a prize is the award, not a grant."""
    r = rules()
    m = sent.m
    q = f.ij[0] - 1
    while q > 0 and sent.surf[q] in r.prize_between:
        q -= 1
    if q < 1 or m[q].tag != "JKB" or m[q].form not in r.prize_goals:
        return None
    pz = next((p for p in prizes if p.j == q - 1), None)
    if pz is None or pz.key in r.prize_ambiguous:
        return None  # 지원 대상으로 선정: a target, no prize
    g = Found(pz.type, sent.text[m[pz.i].start:m[pz.j].end], m[pz.i].start, m[pz.j].end, f.anchor, f.anchor_end,
              sent.index, active=f.active, headline=f.headline, nominal=f.nominal, how=f.how)
    g.key, g.ij, g.selected, g.plan = pz.key, (pz.i, pz.j), True, f.plan
    return g


def _owner_of_subject(sent: _Sent, lo: int, hi: int) -> Party | None:
    """The organisation whose thing is the subject between morphemes ``lo`` and ``hi``: ㈜모아디자인의
    휴대용 정수기가 (대상을 받았다) → 모아디자인. Only nouns between 의 and the subject's 이/가."""
    for p in range(max(lo + 1, 1), hi):
        mo = sent.m[p]
        if mo.tag != "JKG" or mo.form != "의":
            continue
        q = p + 1
        while q < hi and sent.m[q].tag in ("NNG", "NNP", "SL", "SN", "XSN", "NNB"):
            q += 1
        if q == p + 1 or q >= hi or sent.m[q].tag != "JKS":
            continue
        np = sent.noun_phrase(p)
        if np is None:
            continue
        party = _party(sent, *np, strict=True)
        if party.org and party.name:
            return party
    return None


def _is_list_gap(gap: str) -> bool:
    """True when the text between two triggers lists them: " 및 ", ", ", "·", "과 "."""
    r = rules()
    words = gap.replace(",", " , ").replace("·", " · ").split()
    return bool(words) and len(words) <= 2 and all(w in r.separators or w in r.comitative for w in words)


def _participants(ctx: Context, sent: _Sent, f: Found, lo_idx: int) -> list[Found]:
    """Fill party and counterparties; returns one Found per party (coordinated winners)."""
    r = rules()
    i, j = f.ij
    anchor_idx = sent.by_start.get(f.anchor, j)
    hi_idx = max(anchor_idx, j) + 1
    if f.winners:  # a prize handed out in its own clause: the winners read there
        subject, coordinated = f.winners[0], list(f.winners[1:])
    else:
        subject, coordinated, _ = _find_subject(sent, i, f.type.name in ("award", "grant"))
    # counterparties sit right of the party: "A는 B와 공급계약을, C는 D와 업무협약을 …"
    for p in (subject, *coordinated):
        if p is not None and p.end in sent.by_end and sent.by_end[p.end] < i:
            lo_idx = max(lo_idx, sent.by_end[p.end])
    # "A는 B 지분을 매각하고 C 지분을 취득했다": what is bought is an object of the trigger's own clause
    clause_from = max((q for q in range(lo_idx + 1, i) if sent.m[q].tag == "EC"), default=-1) \
        if f.type.name == "acquisition" else -1
    roles = _Roles(sent, lo_idx, hi_idx, f.type, clause_from)
    subj_names = {p.name for p in [subject, *coordinated] if p is not None and p.name}
    parties: list[Party] = []
    counter: list[Party] = []
    if f.key in r.sale_triggers or (not f.active and f.how == "suffix" and f.key in r.passive_buyer_triggers):
        # "A는 B를 C에 320억원에 매각했다": C acquires B (A, the seller, is no party); "B는 C에 인수됐다"
        return _sale(sent, f, i, subject, roles, lo_idx)
    # active selection (시는 A사를 우수기업으로 선정했다): the object is the party
    # "지원기업 3곳 선정" (a headline): the subject selected them, whoever they are
    counted = i >= 2 and sent.m[i - 1].tag in ("NNB", "NNG") and sent.m[i - 2].tag == "SN" \
        and sent.surf[i - 1] in r.selection_counters
    if (f.type.name == "grant" and f.key == "선정" and (f.active or counted)) or (f.selected and f.active):
        parties = (_object_list(sent, roles["object"][:1], lo_idx) or _listed_before_count(sent, lo_idx, hi_idx)
                   or (roles["genitive"] if f.active and _object_before(sent, lo_idx, i) else []))
        return _given_each(f, parties, subject) if parties else []
    if f.type.name == "grant" and f.dative is not None:
        # "시는 ㈜누리텍에 20억원을 지원한다": the company in 에 receives (the party), the subject gives
        if f.dative.name in subj_names:
            return []
        parties = _listed_orgs(sent, sent.by_start[f.dative.start], lo_idx) + [f.dative] \
            if f.dative.start in sent.by_start else [f.dative]
        return _given_each(f, parties, subject)
    if f.head_party is not None:
        subject, coordinated = f.head_party, []
    elif f.adnominal:
        # 노벨위원회는 말랄라가 노벨상을 수상한 뒤 …: not the committee; "EU의 재정지원을 받는 연구기관
        # '로보로'가": the one the clause describes is not named (nor is it the issuer): no deal
        return []
    if f.type.name == "award" and not f.winners:
        owner = _owner_of_subject(sent, lo_idx, i)
        if owner is not None:  # "A원은 … ㈜B의 정수기가 대상을 받았다": B won, A only announces it
            subject, coordinated = owner, []
            subj_names = subj_names | {owner.name}
    if subject is not None and subject.generic:
        return []  # "선정된 기업은 … 지원받는다": a rule for many firms, no deal
    if subject is not None:
        if subject.anaphor:
            f.anaphor = True
            f.pair = sent.text[subject.start:subject.end].startswith(("양", "두"))
        elif subject.self_ref:
            f.implicit = True
            f.self_word = _self_word(sent, subject)
        else:
            parties = [subject]
    else:
        f.implicit = True
    symmetric = f.type.name not in ("award", "grant")
    if coordinated:
        if symmetric:
            counter.extend(coordinated)
        else:
            parties.extend(coordinated)
    if f.giver is not None:
        counter.append(f.giver)  # 시는 ㈜A에 표창을 수여했다: the city gives it
    for role in (() if f.dative is not None or f.giver is not None else f.type.roles):
        cands = roles.get(role, [])
        if role == "bare":
            if f.type.bare_triggers is not None and f.key not in f.type.bare_triggers:
                continue
            np = sent.noun_phrase(i, gap=True) if i > 0 else None
            cands = [p for p in [_party(sent, *np, strict=True)] if p.org and p.name] if np else []
        cands = [c for c in cands if c.name not in subj_names]
        if role == "genitive" and symmetric and f.type.name != "acquisition":
            # "A의 협약": the genitive names the partner only when it modifies the trigger's own noun
            # phrase (기획재정부의 심의를 통과해 사업시행자와 실시협약을 체결: no partner named)
            cands = [c for c in cands if _modifies(sent, c, i)]
        if cands:
            counter.extend(cands)
            f.etc = any(c.start in roles.etc for c in cands)
            f.etc_more = f.etc and role == "comitative" and _etc_unnamed(sent, cands)
            break
    if f.dative is not None:
        if f.dative.name in subj_names:
            return []  # the investee read as the investor too: the real subject was missed
        if f.type.name == "supply_contract" and (q := sent.by_start.get(f.dative.start)) is not None:
            counter.extend(_listed_orgs(sent, q, lo_idx))  # 현대차와 기아에 부품을 공급한다: the buyers listed before
        counter.append(f.dative)  # the company invested in (or supplied), named in 에
    if not counter and not symmetric:
        organiser = _organiser(sent, lo_idx, i)
        if organiser is not None and organiser.name not in subj_names:
            if (q := sent.by_start.get(organiser.start)) is not None:
                # 과학기술정보통신부와 정보통신기획평가원이 주관하는: the organisers listed before it
                counter.extend(c for c in _listed_orgs(sent, q, lo_idx) if c.name not in subj_names)
            counter.append(organiser)
    if not counter and f.type.name == "grant":
        owner = _programme_owner(sent, i, lo_idx)
        if owner is not None and owner.name not in subj_names:  # 보건복지부 '연구중심병원 육성사업'에 선정돼
            counter.append(owner)
    needs = bool(f.trigger) and _key(f.trigger) in f.type.needs_counterparty
    if not counter and roles["anaphor"]:
        f.partner_anaphor = True
    elif not counter and (needs or f.nominal or roles["aggregate"]):
        return []  # 체결한 업무협약의 후속 조치, 12개 기관과 협약, 공동개발한 앱: no one deal named
    # dedupe counterparties by name, keep order of appearance
    seen: set[str] = set()
    uniq = []
    for c in sorted(counter, key=lambda c: c.start):
        if c.name and c.name not in seen:
            seen.add(c.name)
            uniq.append(c)
        elif c is f.giver and c.self_ref:
            uniq.append(c)  # 시는 ㈜A에 표창을 수여했다: the issuer gives it
    f.counterparties = uniq
    if f.key in r.purchase_triggers:
        # a purchase contract is the seller's supply contract; Korean writes it from either side
        # ("조달청은 ㈜한빛테크와 물품 구매 계약을", "㈜한빛테크는 조달청과 물품 구매 계약을"), so the
        # buyer is the public body of the two (deals.toml buyer_kinds) and the other the party; none
        # unless exactly one of the two is one
        if len(uniq) != 1 or len(parties) != 1 or f.implicit:
            return []
        subject_buys, partner_buys = _buyer(sent, parties[0]), _buyer(sent, uniq[0])
        if subject_buys == partner_buys:
            return []
        f.parties, f.counterparties = ([uniq[0]], parties[:1]) if subject_buys else (parties[:1], [uniq[0]])
        return [f]
    if not symmetric and len(parties) > 1:
        outs = []
        for p in parties:
            g = Found(**{k: getattr(f, k) for k in f.__dataclass_fields__})
            g.parties = [p]
            outs.append(g)
        return outs
    f.parties = parties[:1]
    return [f]


def _buyer(sent: _Sent, p: Party) -> bool:
    """True when the participant is an organisation of a kind that buys under a purchase contract
    (deals.toml supply_contract buyer_kinds: 조달청, 한국전력공사, 서울시), read from its entity."""
    kinds = rules().buyer_kinds
    return p.entity_id is not None and any(
        e.entity_id == p.entity_id and e.kind in kinds for e in sent.ents.starting_in(p.start - MAX_ENTITY_CHARS, p.end)
    )


def _sale(sent: _Sent, f: Found, i: int, subject: Party | None, roles: _Roles, lo: int) -> list[Found]:
    """A sale is the buyer's acquisition: the buyer named in 에/에게 before the trigger is the party,
    what is sold the counterparty (the object, or the subject of a passive 매각됐다); none without a
    named buyer or a named company sold."""
    buyer = _dative_org_before(sent, i, past_price=True)
    if buyer is None:
        return []
    if f.active:
        sold = _object_list(sent, roles["object"][:1], lo)
    else:
        sold = [subject] if subject is not None and subject.org and subject.name else []
    sold = [p for p in sold if p.name and p.name != buyer.name]
    if not sold:
        return []
    f.parties, f.counterparties = [buyer], sold
    return [f]


def _object_list(sent: _Sent, obj: list[Party], lo: int) -> list[Party]:
    """The object and the organisations coordinated before it: "㈜A와 ㈜B를 선정했다" → [A, B]."""
    a = sent.by_start.get(obj[0].start) if obj else None
    if a is None:
        return obj
    chain = [_party(sent, *x, persons=True) for x in _chain_left(sent, a, lo)]
    return [c for c in chain if c.org and c.name] + obj


def _self_word(sent: _Sent, p: Party) -> str:
    """The self-reference noun of a subject (이 회사는 → 회사)."""
    words = sent.text[p.start:p.end].split()
    return _key(words[-1]) if words else ""


def _self_word_at(text: str, p: Party) -> str:
    """The self-reference noun of a party span (이 회사 → 회사)."""
    words = text[p.start:p.end].split()
    return _key(words[-1]) if words else ""


def _resolve_self(ctx: Context, founds: list[Found]) -> None:
    """With no issuer known, point 시는/회사는 at the latest earlier party that fits (울산시, 한빛)."""
    r = rules()
    for f in founds:
        g = f.giver
        if g is None or not g.self_ref or g not in f.counterparties:
            continue
        # "시는 ㈜A에 표창을 수여했다" with no issuer: the giver is the place-named body before it (부산시)
        suffix = r.antecedent.get(_self_word_at(ctx.text, g))
        if suffix:
            for e in ctx.entities:
                if e.start < g.start and e.label in ("ORG", "LOC") and e.name.endswith(suffix) and len(e.name) > len(suffix):
                    f.counterparties = [_org_party(e)
                                        if c is g else c for c in f.counterparties]
                    break
    for n, f in enumerate(founds):
        if not f.implicit or f.self_word is None or f.parties:
            continue
        suffix = r.antecedent.get(f.self_word)
        if suffix is None:
            continue
        if not suffix:  # 회사는: the release's company (the party of its headline or lead), when it is one
            bodies = tuple(x for x in r.antecedent.values() if x)
            head = next((g.parties[0] for g in founds[:n] if g.sentence <= founds[0].sentence + 1
                         and g.parties and g.parties[0].name), None)
            if head is not None and not head.name.endswith(bodies):
                f.resolved = head
            else:  # else the latest company before it, never an institute or a city (none: unresolved)
                f.resolved = _latest_company(ctx, founds[:n], f.t_start, bodies)
            continue
        for g in reversed(founds[:n]):
            if g.parties and g.parties[0].name and g.parties[0].name.endswith(suffix):
                f.resolved = g.parties[0]
                break
        if f.resolved is None and suffix:
            for e in ctx.entities:
                if e.start < f.t_start and e.label in ("ORG", "LOC") and e.name.endswith(suffix) and len(e.name) > len(suffix):
                    f.resolved = _org_party(e)


def _given_each(f: Found, parties: list[Party], giver: Party | None) -> list[Found]:
    """One deal per receiving party (시는 A사를 선정했다, 시는 ㈜A와 ㈜B에 20억원을 지원한다), the subject
    that selects or gives as every one's counterparty (the issuer when there is no subject)."""
    if giver is not None and (giver.org or giver.self_ref) and not giver.anaphor:
        counter = [giver]
    elif giver is None:
        counter = [Party(0, 0, None, self_ref=True)]
    else:
        counter = []
    outs = []
    for p in parties:
        g = Found(**{k: getattr(f, k) for k in f.__dataclass_fields__})
        g.parties, g.counterparties, g.dative = [p], list(counter), None
        outs.append(g)
    return outs


def _latest_company(ctx: Context, earlier: list[Found], before: int, bodies: tuple[str, ...]) -> Party | None:
    """The company 회사는 points back to when the release's first party is no company: the latest
    company before ``before`` that was a deal's party or a subject (세림하이텍은 …. 회사는 또 …, after
    한국기계연구원 opened the release) — an ORG of kind company, never an institute, a city or a body."""
    text = ctx.text
    kinds = {e.entity_id: e.kind for e in ctx.entities if e.label == "ORG" and e.entity_id}
    best: Party | None = None
    for g in earlier:
        p = g.parties[0] if g.parties else None
        if (p is not None and p.name and p.start < before and kinds.get(p.entity_id) == "company"
                and not p.name.endswith(bodies) and (best is None or p.start > best.start)):
            best = p
    e = latest_company_subject(text, ctx.entities, before)
    if e is not None and (best is None or e.start > best.start):
        best = _org_party(e)
    return best


def _resolve_zero(founds: list[Found]) -> None:
    """A sentence with no subject right after a deal's sentence continues its party (회사는 …. 지난 8월에는 …)."""
    for n, f in enumerate(founds):
        if not f.implicit or f.self_word is not None or f.parties or f.resolved is not None:
            continue
        prev = [g for g in founds[:n] if g.sentence == f.sentence - 1]
        src = next((g for g in reversed(prev) if g.parties or g.resolved), None)
        if src is not None and len({g.parties[0].name for g in prev if g.parties}) > 1:
            continue  # "대상 ㈜A, 금상 ㈜B가 선정됐다. 대상을 받은 …": which one is not said
        if src is not None:
            f.resolved = src.parties[0] if src.parties else src.resolved
            f.zero = True
            if f.resolved.name in {c.name for c in f.counterparties}:
                f.resolved, f.zero = None, False  # "… B에 투자했다" after B's sentence: B is not the party


def _resolve_topic(ctx: Context, sents: list[tuple[int, int]], founds: list[Found]) -> None:
    """A sentence with no subject that goes on with 또/아울러 continues the organisation the sentence
    before it opens with as its topic: "라온코스메틱은 … 진출할 계획이다. 또 글로우박스와 … 공급 계약을
    맺고 …" → 라온코스메틱 (deals.toml [party] continuations)."""
    r = rules()
    text = ctx.text
    for f in founds:
        if not f.implicit or f.self_word is not None or f.parties or f.resolved is not None or f.sentence < 1:
            continue
        s, e = sents[f.sentence]
        if not text[s:e].lstrip().startswith(r.continuations):
            continue
        ps, pe = sents[f.sentence - 1]
        ps += len(text[ps:pe]) - len(text[ps:pe].lstrip())
        topic = next((x for x in ctx.entities if x.start == ps and x.label == "ORG"), None)
        if topic is not None and text[topic.end:topic.end + 2] in ("은 ", "는 "):
            f.resolved = _org_party(topic)
            f.zero = True


def _resolve_reporter(ctx: Context, founds: list[Found]) -> None:
    """"그린마트와 냉동만두 공급계약을 체결했다고 해담식품이 1일 밝혔다" → 해담식품: a deal clause with
    no subject, reported by an organisation named right after it (deals.toml [party] reported_endings,
    report_verbs)."""
    r = rules()
    text = ctx.text
    for f in founds:
        if not f.implicit or f.self_word is not None or f.parties or f.resolved is not None:
            continue
        m = r.reported_re.match(text, f.anchor_end) or r.reported_re.match(text, f.span_end - 2)
        if m is None:
            continue
        org = next((e for e in ctx.entities if e.start == m.start("org") and e.end == m.end("org")
                    and e.label == "ORG"), None)
        if org is not None and org.name not in {c.name for c in f.counterparties}:
            f.parties = [_org_party(org)]
            f.implicit = False  # named in the sentence: the subject of its report


def _resolve_partner_anaphora(founds: list[Found]) -> None:
    """"해수부는 … 두 기관과 업무협약을 체결했다" → the partners of the latest deal of that party."""
    for n, f in enumerate(founds):
        if not f.partner_anaphor or f.counterparties:
            continue
        for g in reversed(founds[:n]):
            if g.counterparties and (not f.parties or not g.parties or g.parties[0].name == f.parties[0].name):
                f.counterparties = list(g.counterparties)
                break


def _spread_plural_anaphora(founds: list[Found]) -> list[Found]:
    """"두 기업은 3년간 최대 45억원을 지원받는다" after two grants: amount and period go to both."""
    out: list[Found] = []
    for f in founds:
        if f.anaphor and not f.parties and not f.counterparties:
            same = [g for g in out if g.type.name == f.type.name and g.sentence < f.sentence]
            if same:
                last = max(g.sentence for g in same)
                group = [g for g in same if g.sentence == last]
                if len(group) >= 2:
                    for g in group:
                        g.amount = g.amount or f.amount
                        g.period = g.period or f.period
                        g.date = g.date or f.date
                    continue
            if f.pair and not same:
                _pair_of_deal_before(f, out)
        out.append(f)
    return out


def _pair_of_deal_before(f: Found, before: list[Found]) -> None:
    """"A는 B와 공급계약을 맺었다. 양사는 지난달 업무협약을 체결한 바 있다." → the MOU is A's with B:
    the two of the latest deal of another type in the sentence before or the one before it, when it
    names exactly one party and one counterparty."""
    g = next((g for g in reversed(before) if f.sentence - 2 <= g.sentence < f.sentence), None)
    if g is not None and g.type.name != f.type.name and len(g.parties) == 1 and len(g.counterparties) == 1 \
            and g.parties[0].name and g.counterparties[0].name:
        f.parties, f.counterparties = list(g.parties), list(g.counterparties)


def _followup_periods(ctx: Context, sents: list[tuple[int, int]], founds: list[Found], durations: _Spans) -> None:
    """"…수출계약을 체결했다. 계약 기간은 3년간이며 …" → the deal's period."""
    r = rules()
    with_deal = {g.sentence for g in founds}
    for f in founds:
        if f.period is not None or f.sentence + 1 >= len(sents):
            continue
        last = max((g for g in founds if g.sentence == f.sentence), key=lambda g: g.t_start)
        if last is not f:
            continue
        # the next sentence, or the one after when the next names no deal of its own ("…공급계약을
        # 맺었다. 이번 계약은 창립 이래 최대 규모다. 계약 기간은 2년 6개월이다."); the lead may open
        # with 이번/총 (이번 계약 기간은)
        for k in range(f.sentence + 1, min(f.sentence + 1 + r.period_reach, len(sents))):
            if k > f.sentence + 1 and k - 1 in with_deal:
                break
            s, e = sents[k]
            text = ctx.text
            sentence = text[s:e]
            lead = r.period_lead_re.match(text, s + len(sentence) - len(sentence.lstrip()))
            if lead is None and k not in with_deal:  # "계약금액은 …원이며, 사업 기간은 18개월이다"
                lead = next((m for m in r.period_lead_re.finditer(text, s, e)
                             if m["particle"] and _CLAUSE_COMMA.search(text, s, m.start())), None)
            if lead is None:
                continue
            dur = next((a for a in durations.starting_in(lead.end(), e) if a.end <= e), None)
            if dur is not None:
                f.period = _iso_period(dur.value, dur.unit)
            break


#: A comma and spaces right before a period lead: the lead opens a clause of the sentence.
_CLAUSE_COMMA = re.compile(r",\s+$")


def _etc_sum(f: Found) -> bool:
    """True when the deal's partners were named before 등 and its amount is many deals' sum: a contract
    (아마존 등과 총 3억 달러 규모의 수출계약, deals.toml [amount] etc_sum_types) or investment agreements
    with companies (부산시, 한빛마린 등 5개사와 2,300억원 투자협약); a round raised from investors
    (한빛벤처스 등으로부터 200억원) stays one."""
    return f.etc and (f.type.name in rules().etc_sum_types or (f.type.name == "investment" and f.etc_more))


#: After the last partner named before 등: the count of all of them (등 5개사, 등 이차전지 기업 3곳).
_ETC_COUNT = re.compile(r"[^\S\n]*등[^\S\n]*(?:[가-힣]+[^\S\n]+){0,3}?(\d+)[^\S\n]*(?:개사|곳|개[^\S\n]*기업|개[^\S\n]*업체|개[^\S\n]*기관|개소)")


def _etc_unnamed(sent: _Sent, cands: list[Party]) -> bool:
    """True when 등 after the partners stands for others not named: no count (A 등과) or a count
    larger than the partners named (한빛마린 등 5개사와); A, B, C 등 3곳과 names them all."""
    last = max(c.end for c in cands)
    m = _ETC_COUNT.match(sent.text, last, sent.end)
    return m is None or int(m.group(1)) > len(cands)


def _followup_amounts(ctx: Context, sents: list[tuple[int, int]], founds: list[Found], money: _Spans,
                      durations: _Spans) -> None:
    """"…공급계약을 체결했다. 계약 금액은 500만 달러다." → the deal's amount (deals.toml [amount] followups);
    "계약 규모는 3년간 총 2,400만 달러다" → its amount and its term."""
    r = rules()
    for f in founds:
        if f.amount is not None or f.type.name == "award" or f.sentence + 1 >= len(sents) or _etc_sum(f):
            continue
        s, e = sents[f.sentence + 1]
        head = ctx.text[s:e].lstrip()
        # "이번 계약 규모는", "총 계약 금액은": a lead word first; then "이번 계약은" alone as well
        if (part := r.amount_part_prefix_re.match(head)) is not None:
            head = head[part.end():]  # "선급금 500만 달러와 마일스톤을 포함한 총 계약 규모는": from 총
        word = next((w for w in r.period_lead_words if head.startswith(w + " ")), None)
        if word is not None:
            head = head[len(word) + 1:]
        lead = next((w for w in r.amount_followups + r.amount_followups_by_type.get(f.type.name, ())
                     if head.startswith(w)), None)
        if lead is None and word is not None:
            lead = next((w for w in r.amount_followups_after_lead if head.startswith(w)), None)
        if lead is None:
            continue
        last = max((g for g in founds if g.sentence == f.sentence), key=lambda g: g.t_start)
        if last is not f:
            continue
        # the amount is what the lead says it is: right after "계약 금액은 (총)", nothing between
        # ("계약 금액은 지난해 매출 300억원의 13%" names the revenue, not the contract)
        at = e - len(head) + len(lead)  # right after the lead word
        mt = r.amount_lead_re.match(ctx.text, at, e)
        rec = next((a for a in money.starting_in(mt.start(2), mt.end() + 1) if a.end <= e), None) if mt else None
        if rec is not None:
            f.amount = _stated(ctx.text, money, rec)
            if mt["term"] and f.period is None:
                dur = next((a for a in durations.starting_in(mt.start("term"), mt.end("term")) if a.end <= e), None)
                if dur is not None:
                    f.period = _iso_period(dur.value, dur.unit)


#: A numbered form line: "4. 계약상대방: 다온반도체㈜", "2. 계약금액(원): 12,345,678,900".
_FORM_LINE = re.compile(N.FORM_FIELD_HEAD + r"(?P<label>[가-힣][가-힣() ]{1,20}?)[^\S\n]*"
                        r"(?:\([^()\n]{1,10}\))?[^\S\n]*[:：][^\S\n]*(?P<value>[^\n]+)$")


def _disclosure_form(ctx: Context, founds: list[Found]) -> None:
    """A disclosure's form fields ([form]): the deal of a form trigger with no counterparty, value or
    date of its own takes the ORG on the 계약상대방 line, the sum on the 계약금액 line, the date on the
    계약일자 line."""
    r = rules()
    todo = [f for f in founds if f.key in r.form_triggers]
    if not todo:
        return
    fields: dict[str, tuple[int, int]] = {}
    for m in _FORM_LINE.finditer(ctx.text):
        role = r.form_labels.get(_key(m["label"]))
        if role is not None and role not in fields:
            fields[role] = m.span("value")
    if not fields:
        return
    def inside(records, role, ok=lambda x: True):
        span = fields.get(role)
        return next((x for x in records if span and span[0] <= x.start and x.end <= span[1] and ok(x)), None)
    org = inside(ctx.entities, "counterparty", lambda e: e.label == "ORG")
    money = inside(ctx.amounts, "amount", lambda a: a.kind == "MONEY")
    date = inside(ctx.dates, "date", lambda d: d.resolved and d.value_end is None)
    for f in todo:
        if not f.parties:  # "㈜한빛테크 단일판매ㆍ공급계약체결": the company right before the form's title files it
            filer = next((e for e in ctx.entities if e.label == "ORG" and e.end <= f.t_start
                          and not ctx.text[e.end:f.t_start].strip(" ,")), None)
            if filer is not None:
                f.parties, f.implicit = [_org_party(filer)], False
        if org is not None and not f.counterparties and not (f.parties and f.parties[0].name == org.name):
            f.counterparties = [_org_party(org)]
        if money is not None and f.amount is None:
            f.amount = money
        if date is not None and f.date is None:
            f.date = date


def _followup_investors(ctx: Context, sents: list[tuple[int, int]], founds: list[Found],
                        org_names: dict[str, Entity], ents: _Spans) -> None:
    """"…투자를 유치했다. 이번 투자에는 A와 B가 참여했다." → investors A, B."""
    r = rules()
    for f in founds:
        if f.type.name != "investment" or f.counterparties or f.sentence + 1 >= len(sents):
            continue
        s, e = sents[f.sentence + 1]
        if not ctx.text[s:e].lstrip().startswith(r.investor_leads):
            continue
        morphs = ctx.morphs_in(s, e)
        if not morphs or len(morphs) > MAX_SENTENCE_MORPHS:
            continue
        if not any(mo.form in r.investor_verbs for mo in morphs):
            continue
        sent = _Sent(ctx, s, e, morphs, f.sentence + 1, org_names, ents)
        # each clause's subject with its own verb: "A가 리드 투자자로 참여했으며, B, C가 함께
        # 참여했다" → A (the lead), B, C
        found: dict[str, Party] = {}
        for v in [q for q, mo in enumerate(morphs) if mo.form in r.investor_verbs] + [len(morphs)]:
            head, coordinated, _ = _find_subject(sent, v, False)
            for p in ([head] if head is not None else []) + coordinated:
                if p.org and p.name and p.name not in found:
                    found[p.name] = p
        if found and f.sentence + 2 < len(sents):
            # "…B와 C가 새로 참여했다. 기존 투자사인 D도 후속 투자에 나섰다." → D as well
            s2, e2 = sents[f.sentence + 2]
            m2 = r.further_investors.search(ctx.text, s2, e2)
            morphs2 = ctx.morphs_in(s2, e2) if m2 is not None else None
            if morphs2 and len(morphs2) <= MAX_SENTENCE_MORPHS:
                sent2 = _Sent(ctx, s2, e2, morphs2, f.sentence + 2, org_names, ents)
                v = next((q for q, mo in enumerate(morphs2) if mo.start >= m2.start()), len(morphs2))
                q = next((q for q in range(v - 1, -1, -1) if morphs2[q].tag in ("JKS", "JX")), None)
                if q is not None and (morphs2[q].tag == "JKS" or morphs2[q].form in r.subject_jx or morphs2[q].form == "도"):
                    np = sent2.noun_phrase(q)  # (its subject: C가, C는, C도)
                    p = _party(sent2, *np, persons=False) if np is not None else None
                    if p is not None and p.org and p.name and p.entity_id and p.name not in found \
                            and p.name not in r.stop_names:  # (정부도 후속 투자에 나섰다: no investor named)
                        found[p.name] = p
        f.counterparties = sorted(found.values(), key=lambda p: p.start)


def _object_before(sent: _Sent, lo: int, i: int) -> bool:
    """True when an object (을/를) sits between lo and the trigger: "A의 기술과 B의 기술을 선정"."""
    lo = max(lo + 1, 0)
    return lo < i and "JKO" in sent.tags[lo:i]


def _listed_before_count(sent: _Sent, lo: int, hi: int) -> list[Party]:
    """"㈜가온테크, ㈜미래소재, 동해정밀㈜ 등 3곳을 선정했다" → the three listed companies."""
    r = rules()
    for q in range(max(lo + 1, 1), hi):
        if sent.surf[q] == "등" and sent.m[q].tag in ("NNB", "NNG"):
            parties = [p for p in _listed_before_etc(sent, q, lo) if p.org and p.name]
            if parties and q + 2 < len(sent.m) and sent.m[q + 1].tag == "SN" \
                    and sent.surf[q + 2] in r.selection_counters:
                return parties
    return []


def _confidence(f: Found, issuer: str | None) -> float:
    if f.parties and f.parties[0].name is None:
        c = 0.4  # a subject we could not name (팀장이 with no person found)
    elif f.parties and f.anaphor:
        c = 0.9  # 양사는 → the two of the deal before (_pair_of_deal_before)
    elif f.parties:
        c = 1.0 if f.parties[0].entity_id else 0.85
    elif f.implicit:
        # the issuer 0.9; 시는 → 울산시 0.8; no subject, the party before 0.75; nobody 0.7
        c = 0.9 if issuer else ((0.75 if f.zero else 0.8) if f.resolved else 0.7)
    else:
        c = 0.4  # party not found (양사는 without an earlier mention, 이번 협약은 …)
    if f.plan:
        c *= 0.8
    return round(c, 2)


def _issuer_id(ctx: Context) -> str | None:
    """The entity id of the first entity named like the issuer: 울산광역시 → its ORG id (None when none)."""
    for e in ctx.entities:
        if e.name == ctx.issuer and e.entity_id:
            return e.entity_id
    return None


def _to_deal(ctx: Context, f: Found, version: str, issuer_id: str | None) -> Deal:
    """The record of one found; ``issuer_id`` is ``_issuer_id(ctx)``, looked up once a document."""
    party = f.parties[0] if f.parties else None
    party_name = party.name if party else (ctx.issuer if f.implicit else None)
    party_id = party.entity_id if party else None
    if party is None and f.implicit and not ctx.issuer and f.resolved is not None:
        party_name, party_id = f.resolved.name, f.resolved.entity_id
    if party is None and f.implicit and ctx.issuer:
        party_id = issuer_id
    names = [c.name or (ctx.issuer if c.self_ref else None) for c in f.counterparties]
    names = [x for x in names if x]
    starts = [f.span_start] + [c.start for c in f.counterparties if c.end > c.start]
    if party is not None and party.start < f.t_start:
        starts.append(party.start)
    starts += [rec.start for rec in (f.amount, f.date) if rec is not None]
    start = min(x for x in starts if x >= f.sent_start)
    end = f.span_end
    amount = f.amount
    return Deal(
        start=start,
        end=end,
        text=ctx.text[start:end],
        rule_id=f"deal.{f.type.name}.{f.how}.{version}",
        type=f.type.name,
        trigger=f.trigger,
        party_name=party_name,
        counterparty_name=names[0] if names else None,
        counterparty_names=names,
        party_id=party_id,
        counterparty_id=f.counterparties[0].entity_id if f.counterparties else None,
        party_implicit=f.implicit,
        amount_id=(amount.id or None) if amount else None,
        value=amount.value if amount else None,
        unit=amount.unit if amount else None,
        per=amount.per if amount else None,
        period=f.period,
        date_id=(f.date.id or None) if f.date else None,
        date=f.date.value if f.date else None,
        confidence=_confidence(f, ctx.issuer),
    )


#: A word: no whitespace (``\S`` is exactly ``not str.isspace()``, checked over all of Unicode).
_WORD_RE = re.compile(r"\S*")
_WORD_TRAIL = ".,!?\"'”’)」』:;"


def _word_end(text: str, pos: int, limit: int) -> int:
    """End of the word containing pos, without trailing punctuation."""
    mt = _WORD_RE.match(text, pos, limit) if pos < limit else None
    e = mt.end() if mt is not None else pos
    cut = text.find("…", pos, e)  # a headline's phrase ends at an ellipsis: 성사…중동 → 성사
    if cut > pos:
        e = cut
    e = pos + len(text[pos:e].rstrip(_WORD_TRAIL))
    return max(e, pos + 1)


def _compatible_party(a: Deal, b: Deal) -> bool:
    """Same party, or one side unknown or the implicit issuer."""
    if a.party_name == b.party_name and a.party_id == b.party_id:
        return True
    if a.party_id and b.party_id:
        return a.party_id == b.party_id
    return a.party_name is None or b.party_name is None or a.party_implicit or b.party_implicit


def _names_match(a: set[str], b: set[str]) -> bool:
    """Same names, allowing a descriptive prefix: {"유통기업 그린베르크"} ≈ {"그린베르크"}."""
    if len(a) != len(b):
        return False
    def same(x: str, y: str) -> bool:
        return x == y or x.endswith(" " + y) or y.endswith(" " + x)
    return all(any(same(x, y) for y in b) for x in a)


def _same_deal(f: Found, d: Deal, group: list[tuple[Found, Deal]]) -> bool:
    g_f, g0 = group[0]
    if f.again != g_f.again or (f.again and g_f.sentence != f.sentence):
        return False  # "가온테크는 지난해에도 이 사업에 선정돼 2억원을": last year's grant, not this one
    if f.proxy is not None and d.type == "award" == g0.type and g_f.proxy is None and g_f.sentence < f.sentence \
            and g0.party_name and not g0.party_implicit and f.proxy in ("", g0.party_name) \
            and all(_key(x.trigger) == _key(d.trigger) for _, x in group):
        return True  # "㈜B가 대상을 받았다. 김민수 대표가 회사를 대표해 대상을 받았다": one prize
    # every member's party, not only the first's: a headline's bare "선정" (no party) joined by
    # 가온테크's grant must not take 미래소재's too
    if g0.type != d.type or not all(_compatible_party(x, d) for _, x in group):
        return False
    if d.type == "award" and not all(_same_prize(d.trigger, x.trigger) for _, x in group):
        return False  # 특별상 and 국무총리 표창 of one party are two awards
    mine = set(d.counterparty_names)
    theirs = set().union(*(set(x.counterparty_names) for _, x in group))
    if d.party_name is None and not mine:
        return True  # "인수 절차는 … 마무리된다": a bare mention joins the latest deal of its type
    if all(x.party_name is None and not x.counterparty_names and gf.headline for gf, x in group):
        return True  # the bare mention came first (a headline "… 2개 부문 수상")
    if mine and theirs:
        if mine == theirs:
            return True
        # a headline names some of the partners: "울산시, 한빛·벤텍과 업무협약" ⊂ the body's three
        if _names_match(mine, theirs):
            return True
        if f.headline and mine <= theirs:
            return True
        return all(x.headline for x, _ in group) and theirs <= mine
    if not mine and not theirs:
        return (d.party_name is not None and d.party_name == g0.party_name) or f.anaphor
    # one side names no counterparty: the same sentence, an anaphor (양사는) or the same party
    return (f.sentence == g_f.sentence or f.anaphor or f.headline or g_f.headline
            or (d.party_name is not None and d.party_name == g0.party_name))


def _same_prize(a: str, b: str) -> bool:
    """True when two award triggers may name one prize: the same prize, or one is the bare 수상."""
    ka, kb = _key(a), _key(b)
    generic = _type_named("award").suffix_ok or frozenset()
    return ka == kb or ka in generic or kb in generic


def _again(sent: _Sent, i: int) -> bool:
    """True when a date + 도 (지난해에도, 작년에도, 지난 3월에도) comes before the trigger at morpheme i:
    "가온테크는 지난해에도 이 사업에 선정돼 2억원을 지원받았다" is another, earlier deal."""
    m = sent.m
    for q in range(1, i):
        if m[q].tag == "JX" and m[q].form == "도":
            p = q - 1
            if p > 0 and m[p].tag == "JKB":
                p -= 1
            if sent.in_date(p):
                return True
    return False


def _proxy(ctx: Context, sent: _Sent, f: Found, persons: dict[str, Entity]) -> str | None:
    """For an award won by a person: "" when the clause says it is collected for someone (회사를
    대표해, 대신해, 대신 받았다: deals.toml [prizes] proxy_words), else the person's organisation
    (㈜B 김민수 대표가 → B); None for no person or neither."""
    party = f.parties[0] if f.parties else None
    person = persons.get(party.entity_id) if party is not None and party.entity_id else None
    if person is None:
        return None
    r = rules()
    m = sent.m
    lo = sent.by_end.get(party.end, -1)
    for q in range(lo + 1, f.ij[0]):
        word = sent.surf[q] + ("하" if q + 1 < len(m) and m[q + 1].tag == "XSV" and m[q + 1].form == "하" else "")
        if m[q].tag in ("NNG", "MAG") and word in r.prize_proxy_words:
            return ""
    return person.org or None


@lru_cache(maxsize=None)
def _type_named(name: str) -> DealType:
    """The deal type of deals.toml with this name (award, grant …)."""
    return next(t for t in rules().types if t.name == name)


@lru_cache(maxsize=1)
def _bullet_prize_re() -> re.Pattern:
    """▲ + a prize word of the award type (▲대상, ▲최우수상) + a space: a line of a winners' list."""
    award = _type_named("award")
    prizes = [p for p in award.triggers if _key(p) not in award.suffix_ok]  # not 수상 (the act)
    return re.compile(rf"▲[ ]?(?P<prize>{alternation(_trigger_pattern(p) for p in prizes)})[ ]+")


def _bullet_prizes(ctx: Context, sents: list[tuple[int, int]], money: _Spans) -> list[Found]:
    """A winners' list in bullets: "▲대상 ㈜가람바이오(상금 1천만원) ▲최우수상 ㈜누리진단(500만원) ▲우수상
    ㈜세온랩·㈜다온셀(각 300만원)": one award a winner, the prize the trigger, the money in brackets
    after the winners its value (each's, when one winner or after 각). Two prize bullets at least (▲대상
    alone may be a target: ▲대상 중소기업); the winners are organisations found as entities, written
    right after the prize, nothing else before the bracket."""
    text = ctx.text
    hits = list(_bullet_prize_re().finditer(text))
    if len(hits) < 2:
        return []
    r = rules()
    award = _type_named("award")
    orgs = sorted((e for e in ctx.entities if e.label == "ORG" and e.name), key=lambda e: e.start)
    starts = [a for a, _ in sents]
    out: list[Found] = []
    for h in hits:
        seg_end = min(x for x in (text.find("▲", h.end()), text.find("\n", h.end()), len(text)) if x >= 0)
        paren = text.find("(", h.end(), seg_end)
        names_end = paren if paren >= 0 else seg_end
        winners = [e for e in orgs if h.end() <= e.start and e.end <= names_end]
        if not winners or winners[0].start != h.end() or text[winners[-1].end:names_end].strip():
            continue
        if any(text[a.end:b.start] not in r.prize_bullet_joins for a, b in zip(winners, winners[1:])):
            continue
        amount = None
        if paren >= 0:
            close = text.find(")", paren, seg_end)
            inside = [a for a in money.starting_in(paren, close) if a.end <= close] if close > 0 else []
            if len(inside) == 1 and (len(winners) == 1 or text[paren + 1:inside[0].start].strip() in r.each_words):
                amount = inside[0]
        k = bisect.bisect_right(starts, h.start()) - 1
        prize = h["prize"]
        end = seg_end
        while end > h.end() and text[end - 1].isspace():
            end -= 1
        for w in winners:
            out.append(Found(award, prize, h.start("prize"), h.end("prize"), w.start, w.end, k, how="bullet",
                             parties=[_org_party(w)],
                             key=_key(prize), amount=amount, span_start=h.start(),
                             span_end=end, sent_start=h.start()))
    return out


def _to_affiliate(ctx: Context, deals: list[tuple[Found, Deal]]) -> list[tuple[Found, Deal]]:
    """"한빛테크는 타타그룹과 손잡고 합작법인을 세운다. … 타타그룹 계열사 타타오토컴프와 합작투자계약을
    체결했다": a deal with the group alone, when a deal of the same type and party names the group's
    company (written "group 계열사/자회사 company" in the release), is that deal (one record, the
    company its counterparty)."""
    ents = sorted((e for e in ctx.entities if e.label == "ORG" and e.name), key=lambda e: e.start)
    gap = rules().affiliate_gap  # (deals.toml [party] affiliate_words)
    parent: dict[str, Entity] = {}  # the group's name → its company's entity
    for a, b in zip(ents, ents[1:]):
        if gap.fullmatch(ctx.text, a.end, b.start) and a.name != b.name:
            parent.setdefault(a.name, b)
    if not parent:
        return deals
    out = []
    for f, d in deals:
        child = parent.get(d.counterparty_name) if len(d.counterparty_names) == 1 else None
        if child is not None and any(
            o.type == d.type and o.party_name == d.party_name and o.counterparty_names == [child.name] for _, o in deals
        ):
            d = updated(d, {"counterparty_name": child.name, "counterparty_names": [child.name],
                            "counterparty_id": child.entity_id or None})
        out.append((f, d))
    return out


def _merge(deals: list[tuple[Found, Deal]]) -> list[Deal]:
    """One record per deal: same type, party and counterparties (a missing side joins the other)."""
    groups: list[list[tuple[Found, Deal]]] = []
    for f, d in deals:
        home = next((g for g in reversed(groups) if _same_deal(f, d, g)), None)
        if home is None:
            groups.append([(f, d)])
        else:
            home.append((f, d))
    out: list[Deal] = []
    for g in groups:
        first = g[0][1]
        if len(g) == 1:  # one mention: nothing to take from another (what the general case gives)
            out.append(updated(first, {"mentions": 1, "confidence": first.confidence}))
            continue
        upd: dict = {"mentions": len(g), "confidence": max(d.confidence for _, d in g)}
        # the explicit party wins over the implicit issuer; a linked one over an unlinked one
        best = max((d for _, d in g), key=lambda d: (d.party_name is not None, not d.party_implicit, d.party_id is not None))
        if best is not first:
            upd.update(party_name=best.party_name, party_id=best.party_id, party_implicit=best.party_implicit)
        most = max((d for _, d in g), key=lambda d: len(d.counterparty_names))
        if most is not first and len(most.counterparty_names) > len(first.counterparty_names):
            upd.update(counterparty_names=most.counterparty_names, counterparty_name=most.counterparty_name,
                       counterparty_id=most.counterparty_id)
        # a body mention's amount beats a headline's rounded one (245억원 vs 245억3천만원)
        body_amount = next((d for f, d in g if not f.headline and d.amount_id is not None), None)
        if body_amount is not None and body_amount is not first:
            upd.update({k: getattr(body_amount, k) for k in ("amount_id", "value", "unit", "per")})
        for names in (("amount_id", "value", "unit", "per"), ("period",), ("date_id", "date")):
            if getattr(first, names[0]) is None and names[0] not in upd:
                for _, d in g[1:]:
                    if getattr(d, names[0]) is not None:
                        upd.update({k: getattr(d, k) for k in names})
                        break
        out.append(updated(first, upd))
    return out


def extract(ctx: Context) -> list[Deal]:
    """Deals in the document, one record per deal (see the module docstring)."""
    r = rules()
    text = ctx.text
    hits = list(r.trigger_re.finditer(text))
    raised = list(r.raised_re.finditer(text)) if "유" in text else []  # (every raised verb starts with 유)
    if not hits and not raised:
        return []
    money = _Spans(a for a in ctx.amounts if a.kind == "MONEY")
    durations = _Spans(a for a in ctx.amounts if a.kind == "DURATION")
    dates = _Spans(d for d in ctx.dates if d.granularity in DEAL_DATE_GRANULARITY)
    all_dates = _Spans(ctx.dates)
    sents = _sentences(ctx)
    ents = _Spans(ctx.entities)
    org_names: dict[str, Entity] = {}
    persons: dict[str, Entity] = {}
    for ent in ctx.entities:
        if ent.label == "ORG" and ent.name:
            org_names.setdefault(ent.name, ent)
        elif ent.label == "PERSON" and ent.entity_id:
            persons.setdefault(ent.entity_id, ent)
    # ORG names Kiwi read with their particle as one proper noun (제약사 로슈와/NNP): the particle is
    # read as one, so that the name takes its role (the entity ends before it)
    particles = glued_particles()
    glued = {ent.end for ent in ctx.entities if ent.label == "ORG" and text[ent.end:ent.end + 1] in particles}
    starts = [s for s, _ in sents]
    per_sentence: dict[int, list[re.Match]] = {}
    for mt in hits:
        k = bisect.bisect_right(starts, mt.start()) - 1
        if k >= 0 and mt.end() <= sents[k][1]:
            per_sentence.setdefault(k, []).append(mt)
    for mt in raised:  # "A 등으로부터 120억원을 유치했다": a sentence with no trigger may raise money
        k = bisect.bisect_right(starts, mt.start()) - 1
        if k >= 0:
            per_sentence.setdefault(k, [])
    found_all: list[Found] = []
    for k in sorted(per_sentence):
        s, e = sents[k]
        morphs = ctx.morphs_in(s, e)
        if not morphs or len(morphs) > MAX_SENTENCE_MORPHS:
            continue
        if glued:
            morphs = _unglue(text, morphs, glued)
        sent = _Sent(ctx, s, e, morphs, k, org_names, ents, all_dates)
        founds = _find_in_sentence(ctx, sent, per_sentence[k])
        own_time_ends: list[int] | None = None  # built on first need
        prev_anchor_idx = lo_idx = -1
        prev: Found | None = None
        for f in founds:
            if prev is None or f.anchor != prev.anchor:  # listed triggers share one clause
                lo_idx = prev_anchor_idx
            if prev is not None and f.key in f.type.needs_counterparty:
                continue  # "공동 개발하기로 하고, 협약을 맺었다": the same agreement
            for g in _participants(ctx, sent, f, lo_idx):
                if f.key in f.type.needs_org_party and g.parties and (not g.parties[0].org or any(
                        x.label == "PERSON" for x in sent.ents.starting_in(g.parties[0].start, g.parties[0].end))):
                    continue  # "집을 낙찰받은 A씨": a person bidding, no contractor
                # "B와 협약을 맺고 공동개발에 나선다": the partners of the clause before
                # "B와 … 공동 개발하기로 하고 업무협약을 맺었다": the agreement is with the same partners
                if (g.type.name in ("joint_development", "mou") and not g.counterparties and prev is not None
                        and prev.type.name in ("joint_development", "mou") and prev.sentence == g.sentence
                        and prev.counterparties and prev.parties == g.parties and prev.implicit == g.implicit):
                    g.counterparties = list(prev.counterparties)
                lo = sent.m[lo_idx].end if lo_idx >= 0 else s
                g.span_start, g.sent_start = f.t_start, s
                g.span_end = _word_end(text, max(f.anchor, f.t_start), e)
                if g.span_end < f.t_end:
                    g.span_end = f.t_end
                if g.type.name == "grant" and f.how == "suffix" and not f.active:
                    # 선정돼 3년간 연구비 4억5천만원을 받는다: the money received in the clause after
                    # the selection is the grant's (as 지원받는다 is, through its own trigger)
                    g.span_end = max(g.span_end, _received_after(sent, f.anchor, f.type.verbs, money))
                elif f.key in f.type.amount_after:  # 유상증자에 참여해 100억원을 투자한다
                    g.span_end = max(g.span_end, _received_after(sent, f.anchor, f.type.amount_after[f.key], money))
                if own_time_ends is None:
                    own_time_ends = _own_time_ends(sent)
                _attach_numbers(text, g, lo, g.span_end, money, durations, dates, own_time_ends)
                if _etc_sum(g):
                    g.amount = None  # "아마존 등과 총 3억 달러 규모의 수출계약": contracts in sum, not 아마존's
                if g.date is None and prev is not None and prev.shared_verb and prev.sentence == g.sentence:
                    g.date = prev.date  # "이날 ㈜A가 대상을, ㈜B가 최우수상을 받았다": one date for both
                # "매출 212억원을 기록한 ㈜한빛은 …": money before the party describes it, not the deal
                if g.amount is not None and g.parties and s <= g.parties[0].start < f.t_start \
                        and g.amount.end <= g.parties[0].end:
                    g.amount = _nearest(money, g.parties[0].end, g.span_end, f.t_start,
                                        _not_deal_money(text, g, g.parties[0].end))
                # "최우수상을 받은 ㈜A는 상금 1천만원을, 대상을 받은 ㈜B는 상금 3천만원을 받았다": the prize
                # money in the winner's own main clause comes before any other
                head_money = _head_prize_money(text, sent, g, money)
                if head_money is not None:
                    g.amount = head_money
                found_all.extend(_paired_datives(sent, g, money) or _coordinated_datives(sent, g, money)
                                 or _paired_sources(sent, g, money))
                if _each_bought(sent, g):  # "㈜A와 ㈜B를 각각 100억원에 인수했다": one acquisition each
                    found_all.extend(_investment_in(g, cp, g.amount) for cp in g.counterparties[:-1])
                    g.counterparties = g.counterparties[-1:]
                if g.type.name == "award" and persons:
                    g.proxy = _proxy(ctx, sent, g, persons)
                g.again = _again(sent, g.ij[0])
                found_all.append(g)
                prev = g
            prev_anchor_idx = sent.by_start.get(f.anchor, prev_anchor_idx)
    if "▲" in text:
        found_all.extend(_bullet_prizes(ctx, sents, money))
    if not ctx.issuer:
        _resolve_self(ctx, found_all)
        _resolve_zero(found_all)
        _resolve_topic(ctx, sents, found_all)
    _resolve_reporter(ctx, found_all)
    _followup_periods(ctx, sents, found_all, durations)
    _followup_amounts(ctx, sents, found_all, money, durations)
    _followup_investors(ctx, sents, found_all, org_names, ents)
    _disclosure_form(ctx, found_all)
    found_all = _spread_plural_anaphora(found_all)
    _resolve_partner_anaphora(found_all)
    issuer_id = _issuer_id(ctx) if ctx.issuer else None
    deals = [(f, _to_deal(ctx, f, r.version, issuer_id)) for f in found_all]
    # "중기부, 스마트공장 2차 선정" over "중소벤처기업부는 A, B를 선정했다": the headline's subject
    # is the selector named in the body, not a body selected
    selectors = {d.counterparty_name for _, d in deals if d.type == "grant" and d.counterparty_name}
    if selectors:
        deals = [(f, d) for f, d in deals if not (d.type == "grant" and f.headline and not d.counterparty_names
                                                  and d.party_name in selectors)]
    deals = _to_affiliate(ctx, deals)
    # a type that needs a partner ("*": acquisition, joint development) keeps a mention without
    # one only when it merged into a deal that names it ("인수 절차는 … 마무리된다")
    needs_partner = {t.name for t in r.types if "*" in t.needs_counterparty}
    # a trigger with no subject at all, no partner and no amount names no deal anyone could use and
    # is mostly none ("공사를 수주한 혐의", "올스타에 선정돼", "투자를 유치하고" in a speech)
    return [d for d in _merge(deals) if (d.counterparty_names or d.type not in needs_partner) and not (
        d.party_name is None and d.party_implicit and not d.counterparty_names and d.value is None)]
