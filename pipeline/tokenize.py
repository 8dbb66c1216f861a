"""Kiwi analysis: morphemes and sentences with offsets into the original text.

One ``Kiwi`` per process (it cannot be pickled): build ``Tokenizer()`` inside each worker.
Long documents are analysed in paragraph-sized chunks (Kiwi slows down superlinearly on long
strings) and the offsets are shifted back, so offsets always index the original text.
"""

from __future__ import annotations

import operator
import re
from itertools import groupby, islice, repeat
from operator import le
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

#: A chunk handed to Kiwi is at most this many characters (cut at a newline, else at a space).
MAX_CHUNK = 3000
_BREAK = re.compile(r"\n")


class Morph(NamedTuple):
    """One Kiwi morpheme. ``form`` is the lemma (``었``); the surface is ``text[start:end]``.

    Morphemes may share a surface (했 = 하/XSV + 었/EP, both 1 char at the same offset) and
    may have zero length. A NamedTuple: millions are built per batch, and this is the cheapest
    immutable record to create.
    """

    start: int
    end: int
    form: str
    tag: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """Text plus its morphemes (sorted by start) and sentences. Offsets index ``text``.

    ``unknown``: the starts of the common nouns Kiwi did not find in its dictionary and guessed
    (빈패스트/NNG, 노바젠/NNG: they carry Kiwi's placeholder morpheme for an unknown NNG) — most often
    a name it has never seen; a word it knows (관계자/NNG) is never in it.
    """

    text: str
    morphs: tuple[Morph, ...]
    sentences: tuple[Sentence, ...]
    unknown: frozenset[int] = frozenset()

    def guessed(self, start: int, surface: str) -> bool:
        """True when the common noun ``surface`` at ``start`` is one Kiwi guessed, three letters or more
        (노바젠, 젠큐어: a name it has never seen, as the deals and organisation families read it)."""
        return start in self.unknown and len(surface) >= 3


def chunks(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """Cut text into (offset, piece) at newlines, pieces at most ``limit`` chars when possible.

    >>> chunks("가나\\n다라", limit=3)
    [(0, '가나\\n'), (3, '다라')]
    """
    out: list[tuple[int, str]] = []
    pos, n = 0, len(text)
    while pos < n:
        if n - pos <= limit:
            out.append((pos, text[pos:]))
            break
        window_end = pos + limit
        cut = text.rfind("\n", pos, window_end)
        if cut <= pos:
            cut = text.rfind(" ", pos + limit // 2, window_end)
        if cut <= pos:
            cut = window_end - 1
        out.append((pos, text[pos:cut + 1]))
        pos = cut + 1
    return out


class Tokenizer:
    """Wraps one Kiwi instance. Build once per process."""

    def __init__(self, num_workers: int = 0) -> None:
        """``num_workers=0``: one thread (kiwipiepy ≥ 0.21); batch parallelism is by process."""
        import warnings

        from kiwipiepy import Kiwi

        with warnings.catch_warnings():  # 0 means single-threaded since 0.21, which we want
            warnings.simplefilter("ignore", DeprecationWarning)
            self.kiwi = Kiwi(num_workers=num_workers)
        #: the id of Kiwi's placeholder for a common noun it guessed (no form, tag NNG: id 2 in
        #: kiwipiepy 0.21–0.24); -1 (never a token's id) if this Kiwi has none
        self.unknown_nng = _placeholder_id(self.kiwi, "NNG")

    def analyse(self, text: str) -> Analysis:
        """Morphemes sorted by (start, end) and sentences of ``text``; offsets index ``text``.

        ``Kiwi.tokenize`` runs the same analysis as ``split_into_sents(..., return_tokens=True)``
        (one ``Kiwi.analyze`` call) and tags every token with its sentence (``sent_position``);
        grouping by it here gives the same sentences without building Kiwi's ``Sentence``
        objects and sub-sentence lists, which kopress never reads.
        """
        morphs: list[Morph] = []
        sentences: list[Sentence] = []
        unknown: list[int] = []
        tokenize, unknown_id = self.kiwi.tokenize, self.unknown_nng
        for off, piece in chunks(text):
            if not piece.strip():
                continue
            tokens = tokenize(piece)
            if not tokens:
                continue
            i = 0
            for _, run in groupby(list(map(_SENT_POSITION, tokens))):
                j = i + len(list(run))
                sentences.append(Sentence(off + tokens[i].start, off + tokens[j - 1].end))
                i = j
            ids = list(map(_ID, tokens))
            if unknown_id in ids:  # C-level: most pieces have no unknown common noun
                unknown += [off + t.start for t, k in zip(tokens, ids) if k == unknown_id]
            if off:
                morphs += [_new(Morph, (off + (a := t.start), off + a + t.len, t.form, t.tag)) for t in tokens]
            else:  # C-level: one attrgetter tuple a token, copied into a Morph
                morphs += map(_new, repeat(Morph), map(_FIELDS, tokens))
        if "㈜" in text or "(주)" in text:
            morphs = _split_glued_particles(text, morphs)
        # Kiwi nearly always yields tokens in (start, end) order, and then the starts ascend and
        # (but for a morpheme inside a longer one) so do the ends: two integer checks, no key built
        # per morpheme. Sort only if one fails; the sort is stable, so a list already in (start,
        # end) order comes out unchanged and the rare exception (시@4 before 어요@3) lands in place.
        starts = list(map(_START, morphs))
        ends = list(map(_END, morphs))
        if not (all(map(le, starts, islice(starts, 1, None))) and all(map(le, ends, islice(ends, 1, None)))):
            morphs.sort(key=_START_END)
        return Analysis(text, tuple(morphs), tuple(sentences), frozenset(unknown))


def _placeholder_id(kiwi, tag: str) -> int:
    """The id of Kiwi's formless morpheme of ``tag`` (what a guessed word of that tag carries), or -1."""
    for i in range(64):
        try:
            m = kiwi.morpheme(i)
        except Exception:  # an older Kiwi without morpheme(), or past its list
            return -1
        if m.form == "" and m.tag == tag:
            return i
    return -1


def glued_particles() -> dict[str, str]:
    """Particle → tag of a one-letter particle Kiwi glues into an unknown name (㈜누리소프트와/NNP,
    제약사 로슈와/NNP): the tag it has after an ordinary name (resources/tokenize.toml
    [glued_after_mark]); the deals family cuts it off an organisation's name the same way."""
    return _mark_particles()[0]


@lru_cache(maxsize=1)
def _mark_particles() -> tuple[dict[str, str], dict[str, str]]:
    """Particle → tag, glued into a name after a leading mark and right after a trailing one
    (resources/tokenize.toml)."""
    from .resources import load_toml

    rules = load_toml("tokenize.toml")
    return rules["glued_after_mark"]["particles"], rules["after_trailing_mark"]["particles"]


#: Where a word ends: a space, punctuation or the end of the text.
_WORD_END = re.compile(r"[\s,.·)\]'\"”’]|$")


def _split_glued_particles(text: str, morphs: list[Morph]) -> list[Morph]:
    """Kiwi's particles around a legal-form mark, repaired (resources/tokenize.toml):

    - glued into an unknown name after a leading mark: ㈜누리소프트와/NNP → 누리소프트/NNP + 와/JC
      (and 을/를, 은/는, 이/가), only right after ㈜ or (주) and before a space or a comma;
    - right after a trailing mark, a one-letter particle alone up to the word's end: 누리소재㈜를
      → ㈜/SW 르/NNG ᆯ/JKO becomes ㈜/SW 를/JKO (㈜는 → 는/JX, not 늘/VV ᆫ/ETM).

    The name then ends where the company's name ends, and the particle says its role, for every
    family.

    >>> t = "㈜누리소프트와 ㈜다온랩이"
    >>> [m[2:] for m in _split_glued_particles(t, [Morph(0, 1, "㈜", "SW"), Morph(1, 7, "누리소프트와", "NNP")])]
    [('㈜', 'SW'), ('누리소프트', 'NNP'), ('와', 'JC')]
    >>> t = "누리소재㈜를 인수"
    >>> ms = [Morph(0, 4, "누리소재", "NNP"), Morph(4, 5, "㈜", "SW"), Morph(5, 6, "르", "NNG"), Morph(5, 6, "ᆯ", "JKO")]
    >>> [m[2:] for m in _split_glued_particles(t, ms)]
    [('누리소재', 'NNP'), ('㈜', 'SW'), ('를', 'JKO')]
    """
    glued, after = _mark_particles()
    out: list[Morph] = []
    skip_until = -1
    for m in morphs:
        if m.start < skip_until and m.end <= skip_until:
            continue  # a piece of the particle repaired just before
        if m.tag == "NNP" and m.end - m.start >= 3 and m.form == text[m.start:m.end] and (
            text[m.start - 1:m.start] == "㈜" or text[m.start - 3:m.start] == "(주)"
        ) and text[m.end:m.end + 1] in (" ", ",", "") and (tag := glued.get(text[m.end - 1])):
            out.append(Morph(m.start, m.end - 1, m.form[:-1], "NNP"))
            out.append(Morph(m.end - 1, m.end, text[m.end - 1], tag))
            continue
        out.append(m)
        e = m.end
        if m.form == "㈜" and m.start > 0 and not text[m.start - 1].isspace() and (
            tag := after.get(text[e:e + 1])
        ) and _WORD_END.match(text, e + 1) is not None:
            # the morphemes over the particle (르/NNG ᆯ/JKO share its one letter) become one
            skip_until = e + 1
            out.append(Morph(e, e + 1, text[e], tag))
    return out


_new = tuple.__new__
_FIELDS = operator.attrgetter("start", "end", "form", "tag")
_SENT_POSITION = operator.attrgetter("sent_position")
_ID = operator.attrgetter("id")
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)
_START_END = operator.itemgetter(0, 1)


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """The process's Tokenizer, built on first use."""
    return Tokenizer()
