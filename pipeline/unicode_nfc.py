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
