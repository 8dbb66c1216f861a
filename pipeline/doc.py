"""Kiwi analysis → spaCy ``Doc`` whose ``doc.text`` is exactly the original text.

Morphemes that share a surface (했 = 하/XSV + 었/EP) or overlap become one spaCy token that
keeps its morphemes in ``token._.morphs``; ``token.tag_`` joins their tags with ``+``.
Whitespace other than one space after a token becomes its own token (spaCy's convention).
Extracted records go to ``doc.spans["kopress"]`` (overlaps allowed) and, where they don't
overlap, to ``doc.ents`` so ``displacy.render(doc, style="ent")`` works. Extensions are
registered here, once.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from .tokenize import Analysis, Morph, default_tokenizer

SPAN_KEY = "kopress"

if not Token.has_extension("morphs"):
    Token.set_extension("morphs", default=())
if not Span.has_extension("record"):
    Span.set_extension("record", default=None)
if not Doc.has_extension("kopress"):
    Doc.set_extension("kopress", default=None)  # the kopress Document record


def segments(analysis: Analysis) -> list[tuple[int, int, tuple[Morph, ...]]]:
    """Merge overlapping morphemes into disjoint surface segments (start, end, morphs)."""
    out: list[tuple[int, int, list[Morph]]] = []
    for m in analysis.morphs:  # sorted by (start, end)
        if out and (m.start < out[-1][1] or (m.start == m.end and m.start <= out[-1][1])):
            s, e, ms = out[-1]
            ms.append(m)
            out[-1] = (s, max(e, m.end), ms)
        elif m.end > m.start:
            out.append((m.start, m.end, [m]))
    return [(s, e, tuple(ms)) for s, e, ms in out]


def build_doc(vocab: Vocab, analysis: Analysis) -> Doc:
    """A Doc over ``analysis.text`` with one token per surface segment (offsets kept)."""
    text = analysis.text
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    morphs: list[tuple] = []

    def gap(a: int, b: int) -> None:
        """Text between segments: a single space joins the previous token, the rest are tokens."""
        if a >= b:
            return
        if words and text[a] == " " and not spaces[-1]:
            spaces[-1] = True
            a += 1
        i = a
        while i < b:
            j = i
            ws = text[i].isspace()
            while j < b and text[j].isspace() == ws:
                j += 1
            words.append(text[i:j])
            spaces.append(False)
            tags.append("_SP" if ws else "X")
            morphs.append(())
            i = j

    pos = 0
    for start, end, ms in segments(analysis):
        gap(pos, start)
        words.append(text[start:end])
        spaces.append(False)
        tags.append("+".join(m.tag for m in ms))
        morphs.append(tuple((m.form, m.tag) for m in ms))
        pos = end
    gap(pos, len(text))
    doc = Doc(vocab, words=words, spaces=spaces)
    for tok, tag, ms in zip(doc, tags, morphs):
        tok.tag_ = tag
        tok._.morphs = ms
    if doc.text != text:  # a bug, never a silent misalignment
        raise AssertionError("spaCy Doc text differs from the original text")
    return doc


class KiwiTokenizer:
    """spaCy tokenizer backed by Kiwi; keeps the Analysis in ``doc.user_data``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        analysis = default_tokenizer().analyse(text)
        doc = build_doc(self.vocab, analysis)
        doc.user_data["kopress.analysis"] = analysis
        return doc


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="strict") or \
        doc.char_span(start, end, label=label, alignment_mode="expand")


def set_annotations(doc: Doc, record) -> Doc:
    """Put a kopress Document record's spans on ``doc`` (spans group and non-overlapping ents)."""
    spans = []
    for family, label_of in (
        ("entities", lambda r: r.label),
        ("amounts", lambda r: r.kind),
        ("dates", lambda r: "TIME" if r.granularity == "time" else "DATE"),
    ):
        for r in getattr(record, family):
            span = _char_span(doc, r.start, r.end, label_of(r))
            if span is not None:
                span._.record = r
                spans.append(span)
    doc.spans[SPAN_KEY] = spans
    doc.ents = filter_spans(spans)
    doc._.kopress = record
    return doc


@Language.factory("kopress_extract", assigns=["doc.spans", "doc.ents"], default_config={"reference_date": None})
def make_extract_component(nlp: Language, name: str, reference_date: str | None):
    return ExtractComponent(reference_date)


class ExtractComponent:
    """Runs the kopress extractors on a Doc made by the Kiwi tokenizer."""

    def __init__(self, reference_date: str | None = None) -> None:
        self.reference_date = reference_date

    def __call__(self, doc: Doc) -> Doc:
        from .api import extract

        record = extract(doc.text, reference_date=self.reference_date)
        return set_annotations(doc, record)


def make_nlp(reference_date: str | None = None) -> Language:
    """A blank multi-language pipeline with the Kiwi tokenizer and the kopress component."""
    import spacy

    nlp = spacy.blank("xx")
    nlp.tokenizer = KiwiTokenizer(nlp.vocab)
    nlp.add_pipe("kopress_extract", config={"reference_date": reference_date})
    return nlp
