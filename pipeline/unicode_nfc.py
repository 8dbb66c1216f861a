"""Text in decomposed Unicode (NFD: 한 written as ᄒ+ᅡ+ᆫ) is analysed in NFC, offsets mapped back.

Files saved on macOS, or text pasted from some PDF tools, spell each Hangul syllable as two or three
conjoining jamo. Kiwi reads such text as garbage (㈜한빛테크는 comes out as one "name", particle and
all). kopress analyses the composed (NFC) form instead and maps every span back, so offsets still
index the ORIGINAL text (``text[start:end] == surface`` on the text as given) while names and values
are computed from composed text.

>>> m = nfc_map("\u1112\u1161\u11ab\u1107\u1175\u11be \ud14c\ud06c")  # 한빛 (decomposed) + 테크 (composed)
>>> m.text, m.span(0, 2), m.span(3, 5)
('한빛 테크', (0, 6), (7, 9))
>>> nfc_map("이미 NFC인 글") is None
True
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from kopress.schemas import Document

#: Conjoining Hangul medial vowels and final consonants (and their extended-B block): they compose
#: with the jamo or syllable before them, so a run of them never starts a new composed character.
_JAMO_TAIL = (("\u1160", "\u11ff"), ("\ud7b0", "\ud7ff"))
#: Relative offsets inside a date mention's ``parts`` (dates.py), remapped with their span.
_PART_OFFSETS = ("time_offset", "end_offset")


@dataclass(frozen=True, slots=True)
class NfcMap:
    """The NFC form of a text and, for each of its characters, the original characters it came from."""

    text: str
    starts: list[int]  # NFC character i comes from original[starts[i]:ends[i]]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of the NFC span [start, end)."""
        return self.starts[start], self.ends[end - 1]


def _joins_previous(ch: str) -> bool:
    return unicodedata.combining(ch) != 0 or any(lo <= ch <= hi for lo, hi in _JAMO_TAIL)


def nfc_map(text: str) -> NfcMap | None:
    """The NFC map of ``text``; None when it is NFC already (the usual case: one C-level check) or
    when its pieces do not compose to the NFC of the whole (then the text is analysed as given)."""
    if unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    seg = 0
    n = len(text)
    for i in range(1, n + 1):
        if i < n and _joins_previous(text[i]):
            continue
        piece = unicodedata.normalize("NFC", text[seg:i])
        pieces.append(piece)
        starts.extend([seg] * len(piece))
        ends.extend([i] * len(piece))
        seg = i
    composed = "".join(pieces)
    if composed != unicodedata.normalize("NFC", text):
        return None
    return NfcMap(composed, starts, ends)


#: HTML character references (&nbsp; &amp; &#39; &#x27;) and line-break tags (<br>, <br/>, <BR />) that
#: text scraped from web pages keeps: analysed as the characters they stand for.
_HTML_MARKUP = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|<[bB][rR]\s*/?>")
#: What a reference stands for, when it is no plain character: a no-break space is a space.
_MARKUP_AS = {"&nbsp;": " ", "&NBSP;": " "}


def _unmarkup(text: str) -> NfcMap | None:
    """``text`` with its HTML character references and <br> tags replaced (an unknown name stays as
    written), and the original span of each character; None when it has none."""
    if "&" not in text and "<" not in text:
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _HTML_MARKUP.finditer(text):
        raw = m.group()
        if raw[0] == "<":
            new = "\n"
        else:
            new = _MARKUP_AS.get(raw) or html.unescape(raw)
            if new == raw or not new or any(unicodedata.category(c) == "Cs" for c in new):
                continue  # an unknown name (&foo;) or a lone surrogate: left as written
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        pieces.append(new)
        starts.extend([m.start()] * len(new))
        ends.extend([m.end()] * len(new))
        pos = m.end()
    if not pieces:
        return None
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return NfcMap("".join(pieces), starts, ends)


def analysis_map(text: str) -> NfcMap | None:
    """The text kopress analyses in place of ``text`` and the original span of each of its
    characters: HTML character references and <br> tags replaced (scraped pages: 한빛테크&nbsp;대표,
    M&amp;A), then decomposed Hangul composed (``nfc_map``); None when ``text`` is analysed as given.

    >>> m = analysis_map("M&amp;A 계약&nbsp;체결")
    >>> m.text, m.span(0, 3), m.span(6, 7)
    ('M&A 계약 체결', (0, 7), (10, 16))
    """
    markup = _unmarkup(text)
    base = text if markup is None else markup.text
    nfc = nfc_map(base)
    if nfc is None:
        return markup
    if markup is None:
        return nfc
    return NfcMap(nfc.text, [markup.starts[i] for i in nfc.starts], [markup.ends[j - 1] for j in nfc.ends])


def remap(doc: Document, original: str, m: NfcMap) -> Document:
    """``doc`` (extracted from ``m.text``) with every span moved onto ``original``; the document's
    text, hash and length are the original's."""
    def move(record):
        start, end = m.span(record.start, record.end)
        update = {"start": start, "end": end, "text": original[start:end]}
        parts = getattr(record, "parts", None)
        if parts and any(k in parts for k in _PART_OFFSETS):
            parts = dict(parts)
            for key in _PART_OFFSETS:
                if key in parts:
                    parts[key] = m.starts[record.start + parts[key]] - start
            update["parts"] = parts
        return record.model_copy(update=update)

    families = ("entities", "amounts", "dates", "deals", "boilerplate", "quotes")
    return doc.model_copy(update={"text": original, **{f: [move(r) for r in getattr(doc, f)] for f in families}})
