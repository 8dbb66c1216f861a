"""``kopress show``: the HTML page of one release, checked as HTML and in headless Chromium.

The browser test renders a corpus release (or, before the corpus exists, a release written here)
with ``kopress show``, loads it in Debian's ``chromium`` (``--dump-dom`` and ``--screenshot``)
and checks from the rendered DOM that every highlighted span shows exactly its record's text and
that the highlights are the non-overlapping selection (``doc.ents``) of the record's spans.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import struct
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kopress import cli
from kopress.schemas import Amount, DateMention, Deal, Document, Entity
from kopress.show import format_value, render_html

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]

# A release written for this test (used only when corpus/ has no .txt release yet).
FALLBACK_RELEASE = """\
누리에너지, 호주 광산업체와 500억원 규모 수소연료전지 공급계약

2025. 6. 3.(화) 배포

㈜누리에너지(대표 박서준)는 지난 2일 호주 퍼스에서 서던미네랄스와 500억원 규모의 수소연료전지 공급계약을 체결했다고 3일 밝혔다.
계약 기간은 2년이며, 회사는 내년까지 120여명을 새로 채용하고 생산 능력을 40% 늘릴 계획이다.

ⓒ 누리뉴스 무단전재 및 재배포 금지
"""


class PageParser(HTMLParser):
    """Collects, from a ``kopress show`` page: marks (id → text), table rows, and the shown text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: dict[str, str] = {}
        self.mark_labels: dict[str, str] = {}
        self.rows: dict[str, str] = {}
        self.text: list[str] = []
        self._in_text = False
        self._mark: str | None = None
        self._in_label = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section" and "text" in classes:
            self._in_text = True
        elif tag == "mark" and "data-kopress-id" in a:
            self._mark = a["data-kopress-id"]
            assert self._mark not in self.marks, f"duplicate mark {self._mark}"
            self.marks[self._mark] = ""
            self.mark_labels[self._mark] = a.get("data-label", "")
        elif tag == "span" and "kopress-label" in classes:
            self._in_label = True
        elif tag == "br" and self._in_text:
            self.text.append("\n")
        elif tag == "tr" and "data-record-id" in a:
            self.rows[a["data-record-id"]] = a.get("class", "")

    def handle_endtag(self, tag):
        if tag == "section":
            self._in_text = False
        elif tag == "mark":
            self._mark = None
        elif tag == "span":
            self._in_label = False

    def handle_data(self, data):
        if self._in_label:
            return
        if self._mark is not None:
            self.marks[self._mark] += data
        if self._in_text:
            self.text.append(data)


def parse_page(markup: str) -> PageParser:
    p = PageParser()
    p.feed(markup)
    p.close()
    return p


def squeeze(s: str) -> str:
    """Text without any whitespace (HTML turns CR LF into LF and <br> into line breaks)."""
    return "".join(s.split())


# --------------------------------------------------------------------------- render_html (no browser)

OVERLAP_TEXT = ("㈜누리에너지는 2025 누리 수소포럼을 오는 5월 20일 개최하고 한빛대학교와 업무협약을 체결한다. "
                "참가 기업은 150곳, 주제는 「R&D <수소> 전략」이다.")


def _span(text: str, surface: str) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


@pytest.fixture(scope="module")
def overlap_doc() -> Document:
    t = OVERLAP_TEXT
    return Document(
        id="overlap", source="<test>", title="누리 수소포럼", text=t, n_chars=len(t),
        text_sha256=hashlib.sha256(t.encode()).hexdigest(), reference_date=dt.date(2025, 4, 1),
        entities=[
            Entity(id="ent-1", label="ORG", name="누리에너지", legal_form="주식회사", entity_id="E1", **_span(t, "㈜누리에너지")),
            Entity(id="ent-2", label="EVENT", name="2025 누리 수소포럼", entity_id="E2", **_span(t, "2025 누리 수소포럼")),
        ],
        amounts=[Amount(id="amt-1", kind="COUNT", value=Decimal(150), unit="곳", **_span(t, "150곳"))],
        dates=[
            DateMention(id="date-1", value=dt.date(2025, 1, 1), value_end=dt.date(2025, 12, 31),
                        granularity="year", **_span(t, "2025")),
            DateMention(id="date-2", value=dt.date(2025, 5, 20), relative=True, **_span(t, "오는 5월 20일")),
        ],
        deals=[Deal(id="deal-1", type="mou", trigger="업무협약을 체결", party_name="누리에너지", party_id="E1",
                    counterparty_name="한빛대학교", **_span(t, "업무협약을 체결"))],
    )


def test_render_highlights_the_non_overlapping_spans(overlap_doc):
    page = parse_page(render_html(overlap_doc))
    # "2025" (date-1, 4 chars) lies inside the EVENT "2025 누리 수소포럼" (12 chars): the longer span wins.
    assert page.marks == {
        "ent-1": "㈜누리에너지",
        "ent-2": "2025 누리 수소포럼",
        "date-2": "오는 5월 20일",
        "amt-1": "150곳",
    }
    assert page.mark_labels == {"ent-1": "ORG", "ent-2": "EVENT", "date-2": "DATE", "amt-1": "COUNT"}
    # Every record has a table row; the overlapped date is listed, not highlighted.
    assert page.rows["date-1"] == "overlapped"
    assert {k for k, v in page.rows.items() if v == "shown"} == set(page.marks)
    assert page.rows["deal-1"] == "listed"
    assert len(page.rows) == 2 + 1 + 2 + 1  # entities + amounts + dates + deals


def test_render_keeps_the_whole_text_and_escapes_it(overlap_doc):
    markup = render_html(overlap_doc)
    assert "R&amp;D &lt;수소&gt; 전략" in markup  # escaped, never raw markup
    assert "<수소>" not in markup
    page = parse_page(markup)
    assert squeeze("".join(page.text)) == squeeze(OVERLAP_TEXT)


def test_render_is_offline(overlap_doc):
    markup = render_html(overlap_doc)
    for needle in ("http://", "https://", "<script", "<link", "@import", "url("):
        assert needle not in markup, needle


@pytest.mark.parametrize("value, shown", [
    (Decimal("10000000"), "10,000,000"),                # 1000만 = 1000×10⁴
    (Decimal("10000000.000000"), "10,000,000"),         # the Parquet scale (decimal128(38, 6)) is dropped
    (Decimal("1200000000000"), "1,200,000,000,000"),    # 1조2천억 = 10¹² + 2000×10⁸
    (Decimal("12.50"), "12.5"),                         # trailing zero dropped, not rounded
    (Decimal("0.75"), "0.75"),
    (None, ""),
])
def test_format_value(value, shown):
    assert format_value(value) == shown


def test_show_jsonl_renders_its_first_release(tmp_path, capsys):
    first = {"id": "r1", "title": "한결소재 증설", "published": "2025-04-02",
             "text": "㈜한결소재는 청주 공장에 300억원을 투자한다고 2일 밝혔다."}
    second = {"id": "r2", "title": "다른 보도자료", "text": "㈜누리에너지는 50억원 규모의 계약을 맺었다."}
    src = tmp_path / "two.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (first, second)) + "\n", encoding="utf-8")
    out = tmp_path / "first.html"
    assert cli.main(["show", str(src), "--html", str(out)]) == 0
    page = parse_page(out.read_text(encoding="utf-8"))
    assert squeeze("".join(page.text)) == squeeze(first["text"])  # only the first release
    assert "<title>한결소재 증설 · kopress</title>" in out.read_text(encoding="utf-8")
    for shown in page.marks.values():
        assert shown in first["text"]
    assert "300억원" in page.marks.values()  # 300×10⁸ KRW, highlighted as written
    assert "누리에너지" not in out.read_text(encoding="utf-8")


def test_show_rejected_input_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "empty.html"
    assert cli.main(["show", str(empty), "--html", str(out)]) == 2
    assert "rejected" in capsys.readouterr().err
    assert not out.exists()


# --------------------------------------------------------------------------- headless Chromium


def _chromium() -> str | None:
    return shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def _release(tmp_path: Path) -> Path:
    releases = sorted(CORPUS.glob("*.txt"))
    if releases:
        return releases[0]
    path = tmp_path / "release.txt"
    path.write_text(FALLBACK_RELEASE, encoding="utf-8")
    return path


def _run_chromium(binary: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180, check=False)


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", head[16:24])


@pytest.mark.skipif(_chromium() is None, reason="Debian's chromium is not installed (apt-get install chromium; .ci/run does it)")
def test_show_page_in_headless_chromium(tmp_path, capsys):
    release = _release(tmp_path)
    html_path = tmp_path / "show.html"
    assert cli.main(["show", str(release), "--html", str(html_path)]) == 0
    capsys.readouterr()

    # The records, independently of the page: `kopress extract` JSON of the same release.
    assert cli.main(["extract", str(release)]) == 0
    obj = json.loads(capsys.readouterr().out.splitlines()[0])
    assert "error" not in obj, obj
    from kopress.ingest import iter_units

    text = next(iter(iter_units([release]))).text  # decoded as kopress decodes it
    document = Document.model_validate({**obj, "text": text}, context={"text": text})
    spans = {r.id: r for fam in (document.entities, document.amounts, document.dates) for r in fam}
    assert spans, "the release gave no spans to highlight"

    # The non-overlapping selection as the spaCy pipeline makes it (doc.ents of the Kiwi Doc).
    import kopress
    from kopress.doc import set_annotations

    sdoc = set_annotations(kopress.nlp().tokenizer(text), document)
    expected_ids = {ent._.record.id for ent in sdoc.ents}

    binary = _chromium()
    dom = _run_chromium(binary, tmp_path, "--dump-dom", html_path.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = parse_page(dom.stdout)

    # Each highlighted span shows exactly its record's text, and the count is the ents count.
    assert len(page.marks) == len(sdoc.ents)
    assert set(page.marks) == expected_ids
    for rid, shown in page.marks.items():
        assert shown == spans[rid].text, rid
        assert page.mark_labels[rid] in ("ORG", "PERSON", "LOC", "EVENT", "MONEY", "COUNT", "PERCENT",
                                         "PERCENT_POINT", "MULTIPLE", "DURATION", "MEASURE", "DATE", "TIME")
    # The highlights never overlap one another.
    chosen = sorted((spans[rid] for rid in page.marks), key=lambda r: r.start)
    assert all(a.end <= b.start for a, b in zip(chosen, chosen[1:]))
    # The whole release is on the page, and every record has a row in the side tables.
    assert squeeze("".join(page.text)) == squeeze(text)
    all_ids = (set(spans) | {d.id for d in document.deals} | {b.id for b in document.boilerplate}
               | {q.id for q in document.quotes})
    assert set(page.rows) == all_ids
    assert {rid for rid, cls in page.rows.items() if cls == "shown"} == expected_ids

    shot = tmp_path / "show.png"
    res = _run_chromium(binary, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000",
                        "--hide-scrollbars", html_path.as_uri())
    assert res.returncode == 0, res.stderr[-2000:]
    assert _png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
