"""kopress.evaluate: NER scoring, label maps, records→spans, corpus comparison.

Sentences are written for these tests (press-release style); every expected count is worked out
by hand in the comment beside it. No shared dev sentence is used.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from kopress.evaluate import (
    Report, Score, compare_family, evaluate_corpus, evaluate_ner, format_report, label_scheme,
    load_corpus, records_to_spans, score_sentence,
)
from kopress.schemas import Amount, DateMention, Deal, Document, Entity

S1 = "박정훈 시장은 지난 3일 한빛마린과 1000만 달러 규모의 계약을 맺었다."
#     박정훈 0-3, 시장 4-6, 지난 3일 8-13, 한빛마린 14-18, 1000만 달러 20-28
S2 = "울산시는 3시간 동안 200여개 기업이 참가하는 설명회를 열었다."
#     울산시 0-3, 3시간 동안 5-12 (3시간 5-8), 200여개 13-18


def write_jsonl(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def ent(text, sent, surface, label, common):
    start = sent.index(surface)
    return {"start": start, "end": start + len(surface), "label": label, "common": common, "text": surface}


@pytest.fixture
def klue_file(tmp_path):
    return write_jsonl(tmp_path / "klue.jsonl", [
        {"id": "a-wikitree", "source": "wikitree", "text": S1, "entities": [
            ent(None, S1, "박정훈", "PS", "PERSON"),
            ent(None, S1, "지난 3일", "DT", "DATE"),
            ent(None, S1, "한빛마린", "OG", "ORG"),
            ent(None, S1, "1000만 달러", "QT", "QUANTITY"),
        ]},
        {"id": "b-nsmc", "source": "nsmc", "text": S2, "entities": [
            ent(None, S2, "울산시", "LC", "LOC"),
            ent(None, S2, "3시간", "TI", "TIME"),
            ent(None, S2, "200여개", "QT", "QUANTITY"),
        ]},
    ])


def span(sent, surface, label):
    start = sent.index(surface)
    return (start, start + len(surface), label)


def fake_predict(text):
    if text == S1:
        return [
            span(S1, "박정훈 시장", "PERSON"),  # wider than gold 박정훈: entity miss, 3 chars hit
            span(S1, "지난 3일", "DATE"),
            span(S1, "한빛마린", "ORG"),
            span(S1, "1000만 달러", "MONEY"),  # MONEY → QT under klue_ner
        ]
    return [
        span(S2, "울산시", "ORG"),           # LC in gold: ORG fp, LOC fn
        span(S2, "3시간", "DURATION"),        # clock-scale duration → TI under klue_ner
        span(S2, "200여개", "QUANTITY"),
        (0, 3, "EVENT"),                      # EVENT is not scored on klue_ner: dropped
    ]


# label, entity (tp, fp, fn), char (tp, fp, fn)
KLUE_ROWS = [
    ("PERSON", (0, 1, 1), (3, 2, 0)),    # 박정훈 시장 vs 박정훈: chars 박정훈 tp=3, 시장 fp=2 (space not counted)
    ("DATE", (1, 0, 0), (4, 0, 0)),      # 지난 3일: 지,난,3,일 = 4 non-space chars
    ("ORG", (1, 1, 0), (4, 3, 0)),       # 한빛마린 tp (4 chars); 울산시 fp (3 chars)
    ("LOC", (0, 0, 1), (0, 0, 3)),       # 울산시 missed
    ("TIME", (1, 0, 0), (3, 0, 0)),      # 3시간
    ("QUANTITY", (2, 0, 0), (12, 0, 0)),  # 1000만 달러 = 1,0,0,0,만,달,러 = 7; 200여개 = 5; 7+5 = 12
]


@pytest.mark.parametrize("label,entity,char", KLUE_ROWS)
def test_klue_rows(klue_file, label, entity, char):
    report = evaluate_ner(klue_file, fake_predict)
    row = report.rows[label]
    assert (row.entity.tp, row.entity.fp, row.entity.fn) == entity
    assert (row.char.tp, row.char.fp, row.char.fn) == char


def test_klue_auto_detects_scheme_and_drops_event(klue_file):
    report = evaluate_ner(klue_file, fake_predict)
    assert "klue_ner" in report.title
    assert "EVENT" not in report.rows
    assert report.documents == 2
    total = report.total().entity
    # tp = 0+1+1+0+1+2 = 5; fp = 1+0+1+0+0+0 = 2; fn = 1+0+0+1+0+0 = 2
    assert (total.tp, total.fp, total.fn) == (5, 2, 2)
    assert total.precision == pytest.approx(5 / 7)
    assert total.f1 == pytest.approx(5 / 7)  # P = R = 5/7


def test_source_filter(klue_file):
    report = evaluate_ner(klue_file, fake_predict, source="wikitree")
    assert report.documents == 1
    assert report.rows["LOC"].entity.gold == 0  # 울산시 is in the nsmc sentence only
    assert report.rows["QUANTITY"].entity.tp == 1  # 1000만 달러 only


def test_konec_compares_common_labels(tmp_path):
    path = write_jsonl(tmp_path / "konec.jsonl", [
        {"id": "c-wikitree", "source": "wikitree", "text": S1, "entities": [
            ent(None, S1, "박정훈", "PS_NAME", "PERSON"),
            ent(None, S1, "시장", "CV_POSITION", "OTHER"),   # OTHER: not scored
            ent(None, S1, "1000만 달러", "QT_PRICE", "MONEY"),
        ]},
    ])
    preds = [span(S1, "박정훈", "PERSON"), span(S1, "1000만 달러", "QUANTITY")]
    report = evaluate_ner(path, lambda t: preds)
    assert "konec" in report.title
    assert report.rows["PERSON"].entity.tp == 1
    assert (report.rows["MONEY"].entity.tp, report.rows["MONEY"].entity.fn) == (0, 1)  # labelled QUANTITY
    assert report.rows["QUANTITY"].entity.fp == 1
    assert "OTHER" not in report.rows


# surface, our label, klue label
KLUE_PREDICTED = [
    ("3시간 동안", "DURATION", "TIME"),
    ("두시간", "DURATION", "TIME"),
    ("30분간", "DURATION", "TIME"),
    ("사흘간", "DURATION", "DATE"),
    ("3년간", "DURATION", "DATE"),
    ("1분기 동안", "DURATION", "DATE"),  # 분기 is a quarter, not minutes
    ("3박5일", "DURATION", "DATE"),
    ("12.5%", "PERCENT", "QUANTITY"),
    ("약 50억원", "MONEY", "QUANTITY"),
    ("제5회 국제해양박람회", "EVENT", None),
]


@pytest.mark.parametrize("surface,label,expected", KLUE_PREDICTED)
def test_klue_prediction_map(surface, label, expected):
    scheme = label_scheme("klue_ner")
    assert scheme.map_prediction(surface, (0, len(surface), label)) == expected


def test_iso_unit_decides_duration():
    scheme = label_scheme("klue_ner")
    assert scheme.map_prediction("72", (0, 2, "DURATION", "PT72H")) == "TIME"
    assert scheme.map_prediction("3", (0, 1, "DURATION", "P3D")) == "DATE"


def test_unknown_scheme():
    with pytest.raises(ValueError):
        label_scheme("duration")


def test_records_to_spans():
    text = "㈜한빛마린은 2025년 3월 12일 오후 2시 3년간 약 50억원, 12.5%, 3%p 늘었다."
    def at(surface):
        s = text.index(surface)
        return dict(start=s, end=s + len(surface), text=surface)
    entities = [Entity(**at("㈜한빛마린"), label="ORG", name="한빛마린", legal_form="주식회사")]
    amounts = [
        Amount(**at("3년간"), kind="DURATION", value=Decimal(3), unit="P3Y"),
        Amount(**at("약 50억원"), kind="MONEY", value=Decimal(5_000_000_000), unit="KRW"),
        Amount(**at("12.5%"), kind="PERCENT", value=Decimal("12.5")),
        Amount(**at("3%p"), kind="PERCENT_POINT", value=Decimal(3)),
    ]
    dates = [
        DateMention(**at("2025년 3월 12일"), value=dt.date(2025, 3, 12)),
        DateMention(**at("오후 2시"), granularity="time", time="14:00"),
    ]
    got = [(text[s:e], lab) for s, e, lab in records_to_spans(entities, amounts, dates)]
    assert got == [
        ("㈜한빛마린", "ORG"), ("2025년 3월 12일", "DATE"), ("오후 2시", "TIME"), ("3년간", "DURATION"),
        ("약 50억원", "MONEY"), ("12.5%", "PERCENT"), ("3%p", "PERCENT"),
    ]


def test_score_sentence_duplicate_gold():
    # the same span twice in gold, once predicted: 1 tp, 1 fn
    report = Report("t", "ner")
    score_sentence("한빛 한빛", [(0, 2, "ORG"), (0, 2, "ORG")], [(0, 2, "ORG")], report)
    assert (report.rows["ORG"].entity.tp, report.rows["ORG"].entity.fn) == (1, 1)


def test_format_report_has_one_row_per_label(klue_file):
    out = format_report(evaluate_ner(klue_file, fake_predict))
    lines = out.splitlines()
    for label in ("PERSON", "ORG", "LOC", "DATE", "TIME", "QUANTITY", "ALL"):
        assert sum(1 for line in lines if line.startswith(label + " ")) == 1
    all_line = next(line for line in lines if line.startswith("ALL "))
    assert "0.714" in all_line  # 5/7 = 0.714


@pytest.mark.parametrize("tp,fp,fn,p,r,f", [
    (5, 2, 2, 5 / 7, 5 / 7, 5 / 7),
    (0, 0, 0, 0.0, 0.0, 0.0),
    (3, 0, 1, 1.0, 0.75, 2 * 0.75 / 1.75),  # F = 2PR/(P+R) = 1.5/1.75
])
def test_score(tp, fp, fn, p, r, f):
    s = Score(tp, fp, fn)
    assert (s.precision, s.recall, s.f1) == (pytest.approx(p), pytest.approx(r), pytest.approx(f))


# --------------------------------------------------------------------------- corpus comparison

def test_compare_family_missing_extra_wrong():
    expected = [
        {"text": "약 50억원", "kind": "MONEY", "value": 5_000_000_000, "approximate": True,
         "note": "50×10⁸"},
        {"text": "200여개", "kind": "COUNT", "value": 200, "unit": "개"},
        {"text": "3년간", "kind": "DURATION", "value": 3},
    ]
    predicted = [
        Amount(start=0, end=6, text="약 50억원", kind="MONEY", value=Decimal("5000000000"),
               unit="KRW", approximate=True),
        Amount(start=10, end=15, text="200여개", kind="COUNT", value=Decimal(20), unit="개"),  # wrong value
        Amount(start=20, end=24, text="12.5%", kind="PERCENT", value=Decimal("12.5")),         # extra
    ]
    score, missing, extra, wrong = compare_family("amounts", expected, predicted)
    assert (score.tp, score.fp, score.fn) == (1, 2, 2)  # wrong counts once in fp and once in fn
    assert [m["text"] for m in missing] == ["3년간"]
    assert [e["text"] for e in extra] == ["12.5%"]
    assert wrong[0]["diff"] == {"value": [200, 20]}


def test_compare_deals_several_counterparties():
    expected = [{"type": "mou", "party_name": "울산시", "counterparty_names": ["한빛마린", "벤텍프런티어"]}]
    as_one = [Deal(start=0, end=4, text="업무협약", type="mou", trigger="업무협약", party_name="울산시",
                   counterparty_names=["벤텍프런티어", "한빛마린"])]
    as_two = [
        Deal(start=0, end=4, text="업무협약", type="mou", trigger="업무협약", party_name="울산시",
             counterparty_name=name) for name in ("한빛마린", "벤텍프런티어")
    ]
    assert compare_family("deals", expected, as_one)[0].tp == 1
    assert compare_family("deals", expected, as_two)[0].tp == 1
    wrong_party = [Deal(start=0, end=4, text="업무협약", type="mou", trigger="업무협약",
                        party_name="부산시", counterparty_names=["한빛마린", "벤텍프런티어"])]
    score = compare_family("deals", expected, wrong_party)[0]
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_evaluate_corpus(tmp_path):
    text = "울산시, ㈜한빛마린과 업무협약\n울산시는 지난 3일 ㈜한빛마린과 업무협약을 맺었다."
    (tmp_path / "r1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r1.expected.json").write_text(json.dumps({
        "reference_date": None,
        "entities": [
            {"text": "㈜한빛마린", "label": "ORG", "name": "한빛마린", "legal_form": "주식회사"},
            {"text": "㈜한빛마린", "label": "ORG", "name": "한빛마린", "legal_form": "주식회사"},
        ],
        "deals": [{"type": "mou", "party_name": "울산시", "counterparty_name": "한빛마린"}],
    }, ensure_ascii=False), encoding="utf-8")
    batch_text = "벤텍프런티어는 20일 1000만 달러 규모 수출계약을 체결했다."
    (tmp_path / "batch.jsonl").write_text(json.dumps(
        {"id": "b1", "title": "수출계약", "text": batch_text, "published": "2025-03-21", "url": None},
        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "batch.expected.jsonl").write_text(json.dumps(
        {"id": "b1", "reference_date": "2025-03-21", "dates": [{"text": "20일", "value": "2025-03-20"}]},
        ensure_ascii=False) + "\n", encoding="utf-8")

    seen = {}

    def extract(text, reference_date=None):
        seen[text[:3]] = reference_date
        if text == batch_text:
            s = text.index("20일")
            return Document(id="b1", source="x", text_sha256="", n_chars=len(text), text=text, dates=[
                DateMention(start=s, end=s + 3, text="20일", value=dt.date(2025, 3, 20))])
        s = text.index("㈜한빛마린")
        return Document(id="r1", source="x", text_sha256="", n_chars=len(text), text=text, entities=[
            Entity(start=s, end=s + 5, text="㈜한빛마린", label="ORG", name="한빛마린", legal_form="주식회사")])

    docs = load_corpus(tmp_path)
    assert [d.id for d in docs] == ["r1", "b1"]
    report = evaluate_corpus(tmp_path, extract)
    assert seen == {"울산시": None, "벤텍프": dt.date(2025, 3, 21)}  # jsonl passes its published date
    assert report.documents == 2
    ents, deals, dates = report.rows["entities"].entity, report.rows["deals"].entity, report.rows["dates"].entity
    assert (ents.tp, ents.fn) == (1, 1)   # second occurrence of ㈜한빛마린 not predicted
    assert (deals.tp, deals.fn) == (0, 1)
    assert (dates.tp, dates.fp, dates.fn) == (1, 0, 0)
    assert report.details["r1"]["deals"]["missing"][0]["type"] == "mou"
    table = format_report(report, details=True)
    assert "r1 deals missing" in table


def test_records_to_spans_splits_an_attached_time():
    text = "설명회는 21일 오후 2시 열린다."
    s = text.index("21일")
    date = DateMention(start=s, end=s + 9, text="21일 오후 2시", value=dt.date(2025, 3, 21), time="14:00",
                       parts={"day": 21, "period": "오후", "time_offset": 4})
    got = [(text[a:b], lab) for a, b, lab in records_to_spans([], [], [date])]
    # "21일 오후 2시": 21일 = chars 0-3, space at 3, 오후 2시 from offset 4
    assert got == [("21일", "DATE"), ("오후 2시", "TIME")]


def test_main_scores_ner_files(klue_file, monkeypatch, capsys):
    import argparse

    import kopress.evaluate as ev

    monkeypatch.setattr(ev, "kopress_predict", lambda **kw: fake_predict)
    code = ev.main(argparse.Namespace(corpus="corpus", ner=[str(klue_file)], source="wikitree"))
    out = capsys.readouterr().out
    assert code == 0
    assert "source=wikitree" in out and "documents: 1" in out


def test_failed_document_is_counted_not_fatal(klue_file):
    def predict(text):
        if text == S2:
            raise ValueError("internal_error: boom")
        return fake_predict(text)

    report = evaluate_ner(klue_file, predict)
    assert report.documents == 2 and len(report.errors) == 1
    assert report.rows["LOC"].entity.fn == 1  # the failed sentence's gold spans are misses
    assert "failed documents (scored as empty): 1" in format_report(report)


# --------------------------------------------------------------------------- KLUE span conventions

_RANGE = {"day": 4, "prefix": "지난", "end_day": 8, "end_offset": 8}


@pytest.mark.parametrize("sentence, surface, kind, parts, expected", [
    # a range is two DT spans: "지난 4일부터 " is 8 chars → the end starts at offset 8
    ("행사는 지난 4일부터 8일까지 열렸다.", "지난 4일부터 8일까지", "date", _RANGE, [("지난 4일", "DATE"), ("8일", "DATE")]),
    ("전시는 7월 9일부터 8월 23일까지 이어진다.", "7월 9일부터 8월 23일까지", "date",
     {"month": 7, "day": 9, "end_month": 8, "end_day": 23, "end_offset": 8}, [("7월 9일", "DATE"), ("8월 23일", "DATE")]),
    # "3일~" is 3 chars → the end starts at offset 3; the tilde stays outside
    ("접수는 3일~5일 받는다.", "3일~5일", "date", {"day": 3, "end_day": 5, "end_offset": 3}, [("3일", "DATE"), ("5일", "DATE")]),
    # a range from a day and time to a day and time: four spans; "12월 1일(화) " is 10 chars (time at 10),
    # "09:00부터 " ends at 18 (the end day), "12월 4일(금) " 10 more (its time at 28)
    ("접수는 12월 1일(화) 09:00부터 12월 4일(금) 18:00까지 받는다.", "12월 1일(화) 09:00부터 12월 4일(금) 18:00까지", "date",
     {"month": 12, "day": 1, "time_offset": 10, "end_offset": 18, "end_time_offset": 28},
     [("12월 1일(화)", "DATE"), ("09:00", "TIME"), ("12월 4일(금)", "DATE"), ("18:00", "TIME")]),
    # a start day over a duration: the day alone ("26일부터 " is 6 chars: the duration at 6)
    ("박람회는 26일부터 이틀간 열린다.", "26일부터 이틀간", "date", {"day": 26, "duration_offset": 6}, [("26일", "DATE")]),
    # a note in parentheses: timezone dropped, a stated day kept as its own DATE
    ("신화통신은 6일(현지시간) 발표했다.", "6일(현지시간)", "date", {"day": 6, "timezone": "현지시간"}, [("6일", "DATE")]),
    ("앞서 전날(14일)에는 비가 왔다.", "전날(14일)", "date", {"anaphora_offset": -1, "stated_day": 14},
     [("전날", "DATE"), ("14일", "DATE")]),
    # qualifiers around a quantity stay outside
    ("약 50억원 규모다.", "약 50억원", "MONEY", None, [("50억원", "QUANTITY")]),
    ("직원 1000명 이상이 참여했다.", "1000명 이상", "COUNT", None, [("1000명", "QUANTITY")]),
    ("직원은 단 3명이다.", "단 3명", "COUNT", None, [("3명", "QUANTITY")]),            # 단: before 4 train spans
    ("기업당 최대 1억원을 지원한다.", "최대 1억원", "MONEY", None, [("1억원", "QUANTITY")]),
    ("1년 가량 걸린다.", "1년 가량", "DURATION", None, [("1년", "DATE")]),
    ("3시간 이내에 끝난다.", "3시간 이내", "DURATION", None, [("3시간", "TIME")]),
    # no qualifier: unchanged
    ("매출이 12.5% 늘었다.", "12.5%", "PERCENT", None, [("12.5%", "QUANTITY")]),
])
def test_klue_span_conventions(sentence, surface, kind, parts, expected):
    s = sentence.index(surface)
    span = dict(start=s, end=s + len(surface), text=surface)
    if kind == "date":
        dates, amounts = [DateMention(**span, value=dt.date(2025, 3, 4), parts=parts)], []
    else:
        dates, amounts = [], [Amount(**span, kind=kind, value=Decimal(1))]
    scheme = label_scheme("klue_ner")
    got = [(sentence[a:b], scheme.map_prediction(sentence, (a, b, lab)))
           for a, b, lab in records_to_spans([], amounts, dates, scheme.conventions)]
    assert got == expected


def test_konec_keeps_our_span_edges():
    # KONEC puts 약 and 이상 inside: no convention applies
    text = "약 50억원 이상 투자한다."
    amt = Amount(start=0, end=9, text=text[:9], kind="MONEY", value=Decimal(5_000_000_000))  # "약 50억원 이상"
    assert records_to_spans([], [amt], [], label_scheme("konec").conventions, text) == [(0, 9, "MONEY")]


@pytest.mark.parametrize("sentence, ents, expected", [
    # country + organisation: one OG span for KLUE ("중국 " = 3 chars)
    ("중국 신화통신은 6일 보도했다.", [("중국", "LOC", "country"), ("신화통신", "ORG", "media")],
     [("중국 신화통신", "ORG")]),
    ("부산 기장경찰서는 밝혔다.", [("부산", "LOC", "city"), ("기장경찰서", "ORG", "police")],
     [("부산 기장경찰서", "ORG")]),
    # a venue (particle of place after the organisation) stays two spans
    ("행사는 서울 한빛아트홀에서 열린다.", [("서울", "LOC", "city"), ("한빛아트홀", "ORG", None)],
     [("서울", "LOC"), ("한빛아트홀", "ORG")]),
    # two place words before it: a place phrase, not a home country
    ("서울 여의도 중소기업중앙회는 밝혔다.", [("서울 여의도", "LOC", "city"), ("중소기업중앙회", "ORG", "association")],
     [("서울 여의도", "LOC"), ("중소기업중앙회", "ORG")]),
    # a continent is no home of an organisation
    ("유럽 한빛테크는 밝혔다.", [("유럽", "LOC", "continent"), ("한빛테크", "ORG", "company")],
     [("유럽", "LOC"), ("한빛테크", "ORG")]),
])
def test_klue_joins_a_home_place_and_its_organisation(sentence, ents, expected):
    entities = []
    for surface, label, kind in ents:
        s = sentence.index(surface)
        entities.append(Entity(start=s, end=s + len(surface), text=surface, label=label, name=surface, kind=kind))
    conv = label_scheme("klue_ner").conventions
    got = [(sentence[a:b], lab) for a, b, lab in records_to_spans(entities, [], [], conv, sentence)]
    assert got == expected
    # KONEC: the organisation keeps its own span (no place joined to it)
    konec = records_to_spans(entities, [], [], label_scheme("konec").conventions, sentence)
    assert [(a, b) for a, b, lab in konec if lab == "ORG"] == [(e.start, e.end) for e in entities if e.label == "ORG"]


def test_konec_splits_place_phrases_and_keeps_time_suffixes():
    # KONEC: each place word its own LOC; 께 after a time inside the TIME span
    text = "서울 송파구에서 오후 2시께 열린다."
    loc = Entity(start=0, end=6, text="서울 송파구", label="LOC", name="서울 송파구", kind="district")
    # "서울 송파구에서 " is 9 characters → 오후 2시 at 9-14, 께 at 14
    time = DateMention(start=9, end=14, text="오후 2시", granularity="time", time="14:00", resolved=False)
    conv = label_scheme("konec").conventions
    got = [(text[a:b], lab) for a, b, lab in records_to_spans([loc], [], [time], conv, text)]
    assert got == [("서울", "LOC"), ("송파구", "LOC"), ("오후 2시께", "TIME")]
    # KLUE keeps both as they are
    got = [(text[a:b], lab) for a, b, lab in records_to_spans([loc], [], [time], label_scheme("klue_ner").conventions, text)]
    assert got == [("서울 송파구", "LOC"), ("오후 2시", "TIME")]
