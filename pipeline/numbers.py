"""Korean number grammar: the one place for 십/백/천, 만/억/조/경, digit groups and native numerals.

Every family (money, counts, percent, durations, measures) builds its regexes from the
patterns here and turns a matched surface into an exact value with ``parse_korean_number``.

    >>> parse_korean_number("3천50만")
    Decimal('30500000')

Values are exact (``Decimal``), never float, and bounded so they fit Arrow decimal128(38, 6):
anything ≥ 10³² or with more than 6 decimals is rejected with ``NumberError`` (the caller
then emits no record). Digit runs longer than ``MAX_DIGITS`` never match the patterns at all,
so a 10,000-digit number costs one linear regex scan and yields nothing.

The numeral words live in ``resources/units/numerals.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Context, Decimal, InvalidOperation, Inexact, Rounded
from functools import lru_cache
from typing import NamedTuple

from .resources import ResourceError, alternation, load_toml

#: Largest accepted value (exclusive): decimal128(38, 6) keeps 32 integer digits.
MAX_VALUE = Decimal(10) ** 32
#: Most decimal places kept by decimal128(38, 6).
MAX_SCALE = 6
#: Longest digit run read as one number (commas and a decimal part not counted).
MAX_DIGITS = 33

#: Exact arithmetic: enough precision for 32 integer + 6 decimal digits; rounding is an error.
_EXACT = Context(prec=80, traps=[InvalidOperation, Inexact, Rounded])

_DATA = load_toml("units/numerals.toml")
SINO: dict[str, int] = dict(_DATA["sino"])
SUB_UNITS: dict[str, int] = dict(_DATA["sub_units"])
MAGNITUDES: dict[str, int] = dict(_DATA["magnitudes"])
NATIVE: dict[str, int] = dict(_DATA["native"])
ENGLISH_MAGNITUDES: dict[str, int] = dict(_DATA["english_magnitudes"])
NATIVE_RANGES: dict[str, tuple[int, int]] = {w: (v[0], v[1]) for w, v in _DATA["native_ranges"].items()}


class NumberError(ValueError):
    """A number surface that cannot be read exactly (too long, too large, malformed)."""


# --- patterns (no capturing groups: callers wrap them in their own named groups) ------------

_SP = "[" + "".join(k for k in SINO if SINO[k] > 0) + "]"  # spelled digits 일…구
_SUB = "[" + "".join(SUB_UNITS) + "]"
_MAG = "[" + "".join(MAGNITUDES) + "]"
#: Digits: 1,234,567 or 1234567 (at most MAX_DIGITS), optional decimal part.
#: ASCII and full-width digits (１２３억원 is read as 123억원).
_D = "0-9０-９"
#: The head of a form field on a line of its own, up to the unit in brackets that its label ends with:
#: an optional number or bullet ("2.", "-", "○"), the label ("계약금액", "매출액 대비"); the pattern that
#: uses it adds the unit, the colon and the value ("2. 계약금액(원): 12,345,678,900").
FORM_FIELD_HEAD = r"(?m)^[^\S\n]*(?:(?:\d{1,2}[.)]|[-·○□▪])[^\S\n]*)?"
#: What may not stand right before a digit-led number: another digit, a Latin or full-width
#: letter, a decimal point or comma, a CJK ideograph (三千万).
_NOT_BEFORE_DIGIT = rf"[{_D}A-Za-zＡ-Ｚａ-ｚ.,\u4e00-\u9fff]"
DIGITS = rf"(?:[{_D}]{{1,3}}(?:,[{_D}]{{3}}){{1,10}}|[{_D}]{{1,{MAX_DIGITS}}})(?:\.[{_D}]{{1,12}})?(?![{_D}])"
#: One four-digit group: 3천50, 1천200, 천, 200 (digits) or 오천, 삼백이십 (spelled); never empty.
_SMALL_D = rf"(?:(?:{DIGITS})?{_SUB})+(?:{DIGITS})?|{DIGITS}"
_SMALL_S = rf"(?:{_SP}?{_SUB})+{_SP}?"
#: A magnitude term with its coefficient: 3천50만, 12억, 8천여만 (여 before the magnitude).
_TERM_D = rf"(?:(?:{_SMALL_D})여?{_MAG})"
_TERM_S = rf"(?:(?:{_SMALL_S}|{_SP})여?{_MAG})"
#: A whole Korean number. Digit numbers and spelled numbers are not mixed (300만이다 is not
#: 300만+2). Spaces are allowed only between magnitude terms (2억 5천만). The left context
#: forbids starting inside a word (수백억, 몇천만) or inside another number.
NUMBER = (
    rf"(?:(?<!{_NOT_BEFORE_DIGIT})(?<![{_D}A-Za-z]-)(?=[{_D}])"
    rf"(?:{_TERM_D}(?:[ ]?{_TERM_D})*(?:[ ]?(?:{_SMALL_D}))?|(?:{_SMALL_D}))"
    r"|(?<![\w.,])"
    rf"(?:{_TERM_S}(?:[ ]?{_TERM_S})*(?:[ ]?(?:{_SMALL_S}))?|{_MAG}(?![ ]?[{_D}])|(?:{_SMALL_S})))"
)
#: Native adnominal numerals (한, 두, 열두, 스무 …), longest first, at a word start.
NATIVE_NUMBER = rf"(?:(?<![\w])(?:{alternation(NATIVE)}))"
#: Native numeral ranges (두세, 서너, 대여섯 …), at a word start.
NATIVE_RANGE = rf"(?:(?<![\w])(?:{alternation(NATIVE_RANGES)}))"
#: English magnitude words (million, bn, M …).
ENGLISH_MAGNITUDE = rf"(?:{alternation(ENGLISH_MAGNITUDES)})(?![A-Za-z])"

_PIECE = re.compile(
    rf"(?P<num>[{_D}][{_D},]*(?:\.[{_D}]+)?)|(?P<sp>{_SP})|(?P<sub>{_SUB})|(?P<mag>{_MAG})|(?P<approx>여)|(?P<space>\s+)"
)


_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _digits(surface: str) -> Decimal:
    plain = surface.replace(",", "").translate(_FULLWIDTH)
    if len(plain.split(".")[0]) > MAX_DIGITS:
        raise NumberError(f"too many digits in {surface[:20]!r}…")
    return Decimal(plain)


def _check(value: Decimal, surface: str) -> Decimal:
    if value >= MAX_VALUE:
        raise NumberError(f"{surface[:40]!r} is ≥ 10^32")
    exponent = value.normalize(_EXACT).as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_SCALE:
        raise NumberError(f"{surface[:40]!r} has more than {MAX_SCALE} decimals")
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize(_EXACT)


def parse_korean_number(surface: str) -> Decimal:
    """Read a Sino-Korean / digit number exactly (여 inside is skipped: see ``is_approximate``).

    >>> parse_korean_number("3천50만")       # (3000+50)×10⁴
    Decimal('30500000')

    Surfaces repeat (3, 2023, 100억): each is read once (``_read_number``) and its value, or the
    reason it is rejected, is kept in a bounded cache.
    """
    if len(surface) > _CACHED_LEN:
        return _parse_korean_number(surface)
    got = _read_number(surface)
    if type(got) is str:
        raise NumberError(got)
    return got


#: Longer surfaces are read without the cache (a 10,000-digit string is not kept).
_CACHED_LEN = 48


@lru_cache(maxsize=8192)
def _read_number(surface: str) -> Decimal | str:
    """``_parse_korean_number(surface)``, or the NumberError message when it is rejected."""
    try:
        return _parse_korean_number(surface)
    except NumberError as exc:
        return str(exc)


def _parse_korean_number(surface: str) -> Decimal:
    """Read a Sino-Korean / digit number exactly (여 inside is skipped: see ``is_approximate``).

    >>> parse_korean_number("1조2천억")       # 1×10¹² + 2000×10⁸
    Decimal('1200000000000')
    >>> parse_korean_number("일억 오천만")     # 1×10⁸ + 5000×10⁴
    Decimal('150000000')

    Raises ``NumberError`` on anything it cannot read exactly: magnitudes out of order
    (999조조조), a spelled number without a sub-unit or magnitude (이), > 10³², > 6 decimals.
    """
    if not surface or len(surface) > 200:
        raise NumberError("empty or overlong number")
    total = Decimal(0)
    section = Decimal(0)  # the group below the next magnitude (< 10⁴)
    current: Decimal | None = None  # the coefficient read last
    last_sub = 99
    last_mag = 99
    spelled = digits = structured = False
    pos = 0
    try:
        while pos < len(surface):
            m = _PIECE.match(surface, pos)
            if m is None:
                raise NumberError(f"unexpected {surface[pos]!r} in {surface[:40]!r}")
            pos = m.end()
            kind = m.lastgroup
            piece = m.group()
            if kind in ("space", "approx"):
                continue
            if kind in ("num", "sp"):
                if current is not None:
                    raise NumberError(f"two numbers in a row in {surface[:40]!r}")
                if kind == "num":
                    digits = True
                    current = _digits(piece)
                else:
                    spelled = True
                    current = Decimal(SINO[piece])
            elif kind == "sub":
                structured = True
                exp = SUB_UNITS[piece]
                if exp >= last_sub:
                    raise NumberError(f"sub-units out of order in {surface[:40]!r}")
                coef = Decimal(1) if current is None else current
                if coef >= 10 or coef <= 0:
                    raise NumberError(f"bad coefficient before {piece} in {surface[:40]!r}")
                section = _EXACT.add(section, _EXACT.multiply(coef, Decimal(10) ** exp))
                last_sub, current = exp, None
            else:  # magnitude
                structured = True
                exp = MAGNITUDES[piece]
                if exp >= last_mag:
                    raise NumberError(f"magnitudes out of order in {surface[:40]!r}")
                if current is not None:
                    section = _EXACT.add(section, current)
                if section == 0:
                    if total != 0 or current is not None:
                        raise NumberError(f"empty group before {piece} in {surface[:40]!r}")
                    section = Decimal(1)  # bare 만 원, 억 원
                if section >= 10_000:
                    raise NumberError(f"group ≥ 10⁴ before {piece} in {surface[:40]!r}")
                total = _EXACT.add(total, _EXACT.multiply(section, Decimal(10) ** exp))
                if total >= MAX_VALUE:
                    raise NumberError(f"{surface[:40]!r} is ≥ 10^32")
                section, current, last_sub, last_mag = Decimal(0), None, 99, exp
        if current is not None:
            section = _EXACT.add(section, current)
        total = _EXACT.add(total, section)
    except (InvalidOperation, ArithmeticError) as exc:
        if isinstance(exc, NumberError):
            raise
        raise NumberError(f"cannot read {surface[:40]!r} exactly") from exc
    if spelled and digits:
        raise NumberError(f"digits mixed with spelled digits in {surface[:40]!r}")
    if spelled and not structured:
        raise NumberError(f"spelled digit without 십/백/천/만/억/조 in {surface!r}")
    if not (spelled or digits or structured):
        raise NumberError(f"no number in {surface!r}")
    return _check(total, surface)


def try_parse(surface: str) -> Decimal | None:
    """``parse_korean_number`` or None when the surface is rejected.

    >>> try_parse("999조조조") is None
    True
    """
    try:
        return parse_korean_number(surface)
    except NumberError:
        return None


def is_approximate(surface: str) -> bool:
    """True when the number carries 여 (200여, 1억6천400여만).

    >>> is_approximate("1억6천400여만")
    True
    """
    return "여" in surface


def is_bare(surface: str) -> bool:
    """True for a number that is one Hangul character (만, 천, 조, 경): only money reads those
    (만 원, 천 원); elsewhere 만기, 경기, 조건, 천장 are words.

    >>> is_bare("만"), is_bare("3만")
    (True, False)
    """
    return len(surface) == 1 and "가" <= surface <= "힣"


def is_short_spelled(surface: str) -> bool:
    """True for a spelled number of at most two characters (구조, 오만, 사천, 이만): outside
    money these are words far more often than numbers.

    >>> is_short_spelled("구조"), is_short_spelled("삼천만"), is_short_spelled("30")
    (True, False, False)
    """
    n = len(surface)
    return n <= 2 and (n == 0 or ("가" <= surface[0] <= "힣" and "가" <= surface[-1] <= "힣"))


def has_magnitude(surface: str) -> bool:
    """True when the number uses 만/억/조/경 (3만 동 is money; 101동 is a building).

    >>> has_magnitude("3천만"), has_magnitude("101")
    (True, False)
    """
    return any(ch in MAGNITUDES for ch in surface)


def last_magnitude(surface: str) -> int | None:
    """Exponent of the magnitude a number ends with, if it ends with one (150억 → 8).

    Used for ranges written 3~5억 원 (= 3억~5억).

    >>> last_magnitude("150억"), last_magnitude("1억5000")
    (8, None)
    """
    stripped = surface.rstrip()
    if stripped and stripped[-1] in MAGNITUDES:
        return MAGNITUDES[stripped[-1]]
    return None


def scale(value: Decimal, exponent: int, surface: str = "") -> Decimal:
    """``value × 10^exponent``, exact and bounded.

    >>> scale(Decimal("1.2"), 9)
    Decimal('1200000000')
    """
    try:
        return _check(_EXACT.multiply(value, Decimal(10) ** exponent), surface or str(value))
    except (InvalidOperation, ArithmeticError) as exc:
        if isinstance(exc, NumberError):
            raise
        raise NumberError(f"cannot scale {surface[:40]!r}") from exc


def parse_native_number(word: str) -> int:
    """Value of a native numeral (한 → 1, 열두 → 12, 스무 → 20).

    >>> parse_native_number("열두")
    12
    """
    word = word.strip()
    if word in NATIVE:
        return NATIVE[word]
    raise NumberError(f"not a native numeral: {word!r}")


def literal_first(words, not_before: str) -> str:
    """``(?<!not_before)(?:alternation(words))`` written so that each branch starts with its
    literal first character (the lookbehind follows it): the engine then scans for those
    characters in C in ``search`` / ``finditer``. Same matches, same branch order.

    >>> re.compile(literal_first(["하루", "이틀"], "[가-힣]")).findall("오늘 하루, 내일이틀")
    ['하루']
    """
    return "|".join(f"{re.escape(w[0])}(?<!{not_before}{re.escape(w[0])}){re.escape(w[1:])}"
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


# --- quantity phrases: the words around a number (resources/units/qualifiers.toml) ----------

_Q = load_toml("units/qualifiers.toml")
APPROX_LEADING: tuple[str, ...] = tuple(_Q["approximate"]["leading"])
APPROX_TRAILING: tuple[str, ...] = tuple(_Q["approximate"]["trailing"])
QUALIFIER_LEADING: tuple[str, ...] = tuple(_Q["qualifier"]["leading"])
QUALIFIER_TRAILING: tuple[str, ...] = tuple(_Q["qualifier"]["trailing"])
RANGE_SUFFIX: tuple[str, ...] = tuple(_Q["qualifier"]["range_suffix"])
_PRECEDENCE = {w: i for i, w in enumerate(_Q["qualifier"]["precedence"])}
PER: dict[str, str] = dict(_Q["per"])


def _per_denominators(units: dict[str, str], no_bare: frozenset[str]) -> dict[str, str]:
    """Rate words from ``[per_unit]``: 인 → 인당, 1인당, 1인 당, 한 인당 (Hangul units only).

    >>> sorted(_per_denominators({"대": "unit", "g": "g"}, frozenset()))
    ['1g 당', '1g당', '1대 당', '1대당', 'g당', '대당', '한 대당']
    """
    out: dict[str, str] = {}
    for unit, name in units.items():
        out[f"1{unit}당"] = out[f"1{unit} 당"] = name
        if unit not in no_bare:
            out[f"{unit}당"] = name
        if "가" <= unit[0] <= "힣":
            out[f"한 {unit}당"] = name
    return out


PER.update({w: n for w, n in _per_denominators(dict(_Q["per_unit"]),
                                               frozenset(_Q["per_unit_no_bare"]["words"])).items()
            if w not in PER})
#: per as read before some kinds (주당 52시간 → week, not share): {per: {kind: per}}.
PER_BY_KIND: dict[str, dict[str, str]] = {p: dict(k) for p, k in _Q["per_by_kind"].items()}
DENOMINATOR_SUFFIX: str = _Q["denominator"]["suffix"]
_DENOMINATOR_RX = re.compile(rf"[ ]?{re.escape(DENOMINATOR_SUFFIX)}(?![가-힣])")


#: Rate words that are themselves a count (1인, 1가구): a rate when a number follows them.
_COUNT_RATE_WORDS = frozenset(w for w in PER if w[0].isdigit() and not w.endswith(DENOMINATOR_SUFFIX))
_NUMBER_NEXT_RX = re.compile(r"[ ]?[0-9]")


def is_denominator(text: str, end: int, surface: str = "") -> bool:
    """True when the amount ending at ``end`` (written ``surface``) is a rate's denominator:
    1인당, 1㎡ 당, or a count rate word before another number (1인 3만 원).

    >>> is_denominator("1인당 20만 원", 2), is_denominator("3명 당선", 2), is_denominator("3명", 2)
    (True, False, False)
    >>> is_denominator("1인 3만 원", 2, "1인"), is_denominator("1인 가구", 2, "1인")
    (True, False)
    """
    if surface in _COUNT_RATE_WORDS and _NUMBER_NEXT_RX.match(text, end):
        return True
    return _DENOMINATOR_RX.match(text, end) is not None
PARTICLES: tuple[str, ...] = tuple(_Q["boundary"]["particles"])

#: The tildes that join a range's two ends (3~5명, 100만원∼200만원), and one with the spaces around it.
TILDES = "~∼～〜"
TILDE_SEP = rf"[ ]?[{TILDES}][ ]?"
#: Range separators between two numbers (3~5명, 100억에서 150억 원).
RANGE_SEP = rf"(?:{TILDE_SEP}|에서[ ])"

#: ``(?<![가-힣A-Za-z0-9])(?P<w>word)`` written literal-first (``literal_first``): these are
#: searched in a window before every amount.
_LEAD_RX = re.compile(
    rf"(?P<w>{literal_first(APPROX_LEADING + QUALIFIER_LEADING, '[가-힣A-Za-z0-9]')})[ ]?$"
)
PER_BRIDGE: tuple[str, ...] = tuple(_Q["per_bridge"]["words"])
#: A change from one amount to the next (… 에서 … 으로): the first's rate is the second's too.
PER_PAIR_BETWEEN: frozenset[str] = frozenset(_Q["per_pair"]["between"])
PER_PAIR_AFTER: tuple[str, ...] = tuple(_Q["per_pair"]["after"])
#: After the second amount of "A에서 B": 으로/로 makes it a change to B, not a range (money, percent).
CHANGE_AFTER = re.compile(r"(?:으로|로)(?![가-힣])|(?:으로|로)[가-힣]")
_BRIDGE = rf"(?:[ ]?(?:{alternation(PER_BRIDGE)})(?:은|는|이|가|을|를)?){{0,2}}"
_PER_RX = re.compile(rf"(?P<w>{literal_first(PER, '[가-힣A-Za-z0-9]')}){_BRIDGE}[ ]?$")
_TRAIL_RX = re.compile(
    rf"[ ]?(?P<w>{alternation([w for w in APPROX_TRAILING if w != '여'] + list(QUALIFIER_TRAILING))})"
)
_RANGE_SUFFIX_RX = re.compile(rf"(?P<w>{alternation(RANGE_SUFFIX)})")
_PARTICLE_RX = re.compile(rf"(?:{alternation(PARTICLES)})")
def _compile_cues(patterns: list[str]) -> tuple[re.Pattern, ...]:
    """Compile the NOT-amount cues one by one so a bad pattern names itself at start-up."""
    out = []
    for i, pattern in enumerate(patterns):
        try:
            out.append(re.compile(pattern))
        except re.error as exc:
            raise ResourceError(f"units/qualifiers.toml [not_amount] patterns[{i}] {pattern!r}: {exc}") from exc
    return tuple(out)


def first_chars(pattern: str) -> str | None:
    """A character class of every character a match of ``pattern`` can start with, or None
    when that cannot be told (a match may be empty, start with any character, ignore case …).

    >>> first_chars(r"제[ ]?[0-9]+|[로길] ?[0-9]")
    '[길로제]'
    """
    ranges = _first_ranges(pattern)
    if ranges is None:
        return None
    parts = []
    for lo, hi in sorted(ranges):
        parts.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
    return "[" + "".join(parts) + "]"


def first_char_set(pattern: str, limit: int = 4096) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, as a set (None as ``first_chars``,
    or when there are more than ``limit``): a caller skips positions whose character is not in it.

    >>> sorted(first_char_set(r"(?<![가-힣])(?:두|세)[ ]?명|[1-3]개"))
    ['1', '2', '3', '두', '세']
    """
    ranges = _first_ranges(pattern)
    if ranges is None or sum(hi - lo + 1 for lo, hi in ranges) > limit:
        return None
    return frozenset(chr(c) for lo, hi in ranges for c in range(lo, hi + 1))


def _parse_plain(pattern: str):
    """``pattern`` parsed by the ``re`` module's own parser, or None when it cannot be read that
    way (a bad pattern, or IGNORECASE/DOTALL, which change what a character class covers)."""
    import re._parser as P

    try:
        parsed = P.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.DOTALL):
        return None
    return parsed


def _first_ranges(pattern: str) -> set[tuple[int, int]] | None:
    """Code point ranges a match of ``pattern`` can start with (see ``first_chars``)."""
    import re._constants as C

    parsed = _parse_plain(pattern)
    if parsed is None:
        return None
    ranges: set[tuple[int, int]] = set()

    def seq(items) -> bool:
        """Add the first characters of a sequence; True when the sequence can match empty."""
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero width: the next item gives the first character
            if not item(op, av):
                return False
        return True

    def item(op, av) -> bool:
        """Add the first characters of one item; True when it can match empty."""
        if op is C.LITERAL:
            ranges.add((av, av))
            return False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    ranges.add((iav, iav))
                elif iop is C.RANGE:
                    ranges.add(iav)
                else:  # NEGATE, CATEGORY (\w, \d …)
                    raise _Unknown
            return False
        if op is C.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & (re.IGNORECASE | re.DOTALL):
                raise _Unknown
            return seq(sub)
        if op is C.BRANCH:
            empty = False
            for branch in av[1]:
                empty |= seq(branch)
            return empty
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            return seq(sub) or lo == 0
        raise _Unknown  # ANY, GROUPREF, conditionals …

    try:
        if seq(parsed):
            return None
    except _Unknown:
        return None
    return ranges


class _Unknown(Exception):
    pass


def required_chars(pattern: str, limit: int = 16) -> str | None:
    r"""A character class of which every match of ``pattern`` holds at least one character (the
    smallest such class among the single characters the pattern always consumes), or None when
    none is found or the smallest has more than ``limit`` characters. Lookarounds are not counted
    (a lookbehind may read text before a search's start). A caller skips any stretch of text
    without such a character: no match of ``pattern`` can lie there.

    >>> required_chars(r"(?<!\S)(?:사진|자료)\s*=\s*[가-힣]{1,20}")
    '[=]'
    >>> required_chars(r"[A-Za-z]+") is None
    True
    """
    import re._constants as C

    parsed = _parse_plain(pattern)
    if parsed is None:
        return None
    best: set[tuple[int, int]] | None = None

    def walk(items) -> None:
        nonlocal best
        for op, av in items:
            ranges: set[tuple[int, int]] | None = None
            if op is C.LITERAL:
                ranges = {(av, av)}
            elif op is C.IN and all(iop in (C.LITERAL, C.RANGE) for iop, _ in av):
                ranges = {(iav, iav) if iop is C.LITERAL else iav for iop, iav in av}
            elif op is C.SUBPATTERN and not av[1] & (re.IGNORECASE | re.DOTALL):
                walk(av[3])  # a group is consumed whole
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
                walk(av[2])  # repeated at least once: its items are consumed
            # anything else (a branch, an optional item, a lookaround, \s, [^…]) proves nothing
            if ranges is not None and (best is None or _size(ranges) < _size(best)):
                best = ranges

    walk(parsed)
    if best is None or _size(best) > limit:
        return None
    return "[" + "".join(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                         for lo, hi in sorted(best)) + "]"


def _size(ranges: set[tuple[int, int]]) -> int:
    return sum(hi - lo + 1 for lo, hi in ranges)


def compile_first_anchored(pattern: str) -> re.Pattern:
    """``re.compile(pattern)`` behind a lookahead of the characters a match can start with (same
    matches; the engine then skips most positions with one set test), or plain when unknown."""
    first = first_chars(pattern)
    return re.compile(f"(?={first})(?:{pattern})" if first else pattern)


_NOT_AMOUNT_RX = _compile_cues(_Q["not_amount"]["patterns"])
#: All cues in one pattern, anchored on their first characters (5× faster window searches).
_NOT_AMOUNT_ALL = compile_first_anchored("|".join(f"(?:{p})" for p in _Q["not_amount"]["patterns"]))
_LOOKBACK = 12
_PER_LOOKBACK = 28


def glued_ok(text: str, pos: int, extra: tuple[str, ...] = ()) -> bool:
    """True when what is glued to ``text[pos:]`` lets the unit before ``pos`` end there.

    A unit may be followed by a non-Hangul character, or by a particle (3명이, 100억원의).

    >>> glued_ok("3원칙", 2), glued_ok("3명이", 2)
    (False, True)
    """
    if pos >= len(text):
        return True
    ch = text[pos]
    if not ("가" <= ch <= "힣"):
        return True
    if _PARTICLE_RX.match(text, pos):
        return True
    return any(text.startswith(w, pos) for w in extra)


class Around(NamedTuple):
    """A number phrase widened by the words around it (offsets index the original text); a
    NamedTuple: one is built for every candidate amount."""

    start: int
    end: int
    approximate: bool = False
    qualifier: str | None = None
    per: str | None = None


def _pick(current: str | None, new: str) -> str:
    if current is None:
        return new
    return new if _PRECEDENCE.get(new, 99) < _PRECEDENCE.get(current, 99) else current


def widen(text: str, start: int, end: int, *, range_suffix: bool = False,
          approximate: bool = False) -> Around:
    """Take in leading 약/최대 and trailing 이상/가량/규모 (and 대 when ``range_suffix``); find ``per``.

    >>> a = widen("연간 약 100억 원 규모의", 5, 11)
    >>> (a.start, a.end, a.approximate, a.qualifier, a.per)
    (3, 14, True, '규모', 'year')
    """
    qualifier: str | None = None
    if range_suffix:
        m = _RANGE_SUFFIX_RX.match(text, end)
        if m and glued_ok(text, m.end()):
            end, approximate = m.end(), True
            qualifier = _pick(qualifier, m.group("w"))
    for _ in range(2):
        m = _TRAIL_RX.match(text, end)
        if not m or not glued_ok(text, m.end()):
            break
        word = m.group("w")
        end = m.end()
        if word in APPROX_TRAILING:
            approximate = True
        else:
            qualifier = _pick(qualifier, word)
    for _ in range(2):
        if not _may_end_at(text, start, _LEAD_LAST):
            break  # no leading word can end here: the search below would find nothing
        m = _LEAD_RX.search(text, max(0, start - _LOOKBACK), start)
        if not m:
            break
        word = m.group("w")
        start = m.start()
        if word in APPROX_LEADING:
            approximate = True
        else:
            qualifier = _pick(qualifier, word)
    per = None
    if _may_end_at(text, start, _PER_LAST):
        m = _PER_RX.search(text, max(0, start - _PER_LOOKBACK), start)
        if m:
            per = PER[m.group("w")]
    return Around(start, end, approximate, qualifier, per)


#: Last characters of the words ``_LEAD_RX`` / ``_PER_RX`` end with (a rate word, a bridge word or
#: its particle for ``_PER_RX``): what must stand right before where a match ends.
_LEAD_LAST = frozenset(w[-1] for w in APPROX_LEADING + QUALIFIER_LEADING)
_PER_LAST = frozenset(w[-1] for w in (*PER, *PER_BRIDGE, "은", "는", "이", "가", "을", "를"))


def _may_end_at(text: str, pos: int, last: frozenset[str]) -> bool:
    """False when no match of ``(?:words)…[ ]?$`` searched with ``endpos=pos`` can exist: its
    word ends right before ``pos`` (or before one space there), and ``$`` also holds before a
    newline at ``pos - 1``. ``last``: the characters such a match can end with before the space.

    >>> _may_end_at("연간 100억", 3, frozenset("간")), _may_end_at("매출 100억", 3, frozenset("간"))
    (True, False)
    """
    c = text[pos - 1] if pos > 0 else ""
    if c in last or (c == " " and pos > 1 and text[pos - 2] in last):
        return True
    if c == "\n":  # $ matches before a final newline: the match may end at pos - 1
        c = text[pos - 2] if pos > 1 else ""
        return c in last or (c == " " and pos > 2 and text[pos - 3] in last)
    return False


def trailing_bound(text: str, pos: int) -> bool:
    """True when an approximation or bound word (이상, 가량, 남짓 …) follows ``pos``.

    >>> trailing_bound("3년 이상", 2), trailing_bound("3년 전", 2)
    (True, False)
    """
    m = _TRAIL_RX.match(text, pos)
    return bool(m) and m.group("w") != "규모" and glued_ok(text, m.end())


class Draft:
    """An amount's fields before validation: the families propose many candidates that
    ``amounts.settle`` or a NOT-amount cue then drop, so only the kept ones are built as
    ``Amount`` (validated) records (``build``). Reads like the record (``d.text``, ``d.value``).

    >>> d = Draft(start=0, end=3, text="3개월", kind="DURATION", value=3, unit="P3M")
    >>> (d.start, d.end, d.kind, d.unit, d.per), d.build().text
    ((0, 3, 'DURATION', 'P3M', None), '3개월')
    """

    __slots__ = ("start", "end", "kind", "fields")

    def __init__(self, **fields) -> None:
        self.fields = fields
        self.start, self.end, self.kind = fields["start"], fields["end"], fields["kind"]

    def __getattr__(self, name: str):
        try:
            return self.fields[name]
        except KeyError:
            from kopress.schemas import Amount

            if name in Amount.model_fields:
                return Amount.model_fields[name].default
            raise AttributeError(name) from None

    def build(self):
        """The validated ``Amount`` record."""
        from kopress.schemas import Amount

        return Amount.__pydantic_validator__.validate_python(self.fields)


class Blocked:
    """NOT-amount cues of one text (제1회, 3호선, 6·25, 062-613-1234, IFA 2024 …), checked lazily:
    only the window around a candidate is searched, so a text with few numbers costs little.

    >>> Blocked("제1회 행사").overlaps(1, 3)
    True
    """

    __slots__ = ("text", "_cache")

    #: How far around a candidate a cue may start or end (cues are short).
    MARGIN = 32

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[tuple[int, int], bool] = {}

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a NOT-amount cue."""
        key = (start, end)
        hit = self._cache.get(key)
        if hit is None:
            # the cues of the window [start - MARGIN, end + MARGIN) one search at a time (the
            # matches of a finditer over the window; an endpos past the text is the text end)
            text, hi, hit = self.text, end + self.MARGIN, False
            m = _NOT_AMOUNT_ALL.search(text, max(0, start - self.MARGIN), hi)
            while m is not None and m.start() < end:  # cues come in order: none further can overlap
                if m.end() > start:
                    hit = True
                    break
                m = _NOT_AMOUNT_ALL.search(text, m.end() if m.end() > m.start() else m.start() + 1, hi)
            self._cache[key] = hit
        return hit


def scan(rx: re.Pattern, text: str, read, starts=None, keep=None) -> list:
    """Run ``read(match) -> list`` over the matches of ``rx``; when a range match (one with a
    ``num2`` group) gives nothing, rescan from its second number, so 2024에서 5개국 still
    yields 5개국. A ``NumberError`` from ``read`` counts as nothing.

    ``starts`` (sorted positions, see ``number_starts``) restricts the scan to ``rx.match`` at
    those positions: the same matches as a full search when every possible start is listed,
    at a fraction of the cost. ``keep(start, match) -> bool`` drops a start as if it were not
    listed (decided only where ``rx`` matches: see ``UnitsAfter``).

    >>> scan(re.compile(r"[0-9]+"), "1 22", lambda m: [m.group()])
    ['1', '22']
    """
    out: list = []
    pos = 0
    has_range = "num2" in rx.groupindex
    if starts is None:  # full search
        n = len(text)
        while pos < n:
            m = rx.search(text, pos)
            if m is None:
                break
            pos = _read_one(m, read, out, has_range)
        return out
    for start in starts:
        if start < pos:
            continue
        m = rx.match(text, start)
        if m is not None and (keep is None or keep(start, m)):
            pos = _read_one(m, read, out, has_range)
    return out


def matches_at(rx: re.Pattern, text: str, starts, keep=None):
    """Non-overlapping ``rx.match`` results at the given sorted start positions (a ``finditer``
    restricted to where a number can begin); ``starts=None`` falls back to ``finditer``.
    ``keep(start, match)``: as in ``scan``.

    >>> [m.group() for m in matches_at(re.compile(r"[0-9]+"), "1 22", [0, 2, 3])]
    ['1', '22']
    """
    if starts is None:
        yield from rx.finditer(text)
        return
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = rx.match(text, start)
        if m is not None and (keep is None or keep(start, m)):
            yield m
            pos = max(m.end(), start + 1)


#: A number phrase is at most this many characters before its unit (1조2천억 5천만~2조 원 …).
UNIT_WINDOW = 40


def starts_before(starts: list[int] | None, text: str, unit_rx: re.Pattern) -> list[int] | None:
    """The ``starts`` that have a match of ``unit_rx`` (a family's units) within
    ``UNIT_WINDOW`` characters after them: a family only tries numbers that can reach a unit.

    >>> starts_before([0, 10], "3명 그리고 2023년", re.compile("명"))
    [0]
    """
    if starts is None:
        return None
    # a start s qualifies when some unit u has s < u <= s + UNIT_WINDOW: walk the units (few)
    # and take the starts in [u - UNIT_WINDOW, u) of each, not a bisect per start
    out: list[int] = []
    done = 0  # starts[:done] are decided
    for m in unit_rx.finditer(text):
        u = m.start()
        hi = bisect_left(starts, u, done)
        if hi > done:
            lo = bisect_left(starts, u - UNIT_WINDOW, done)
            out += starts[lo:hi]
            done = hi
    return out


#: First letters and longest length of a unit pattern's words (``UnitsAfter``), per pattern.
_unit_shapes: dict[re.Pattern, tuple[frozenset[str], int]] = {}


class UnitsAfter:
    """``starts_before``'s test for one start at a time, asked only where a family's pattern
    matched: the match's own unit usually proves it, and the document's units are listed (one
    ``finditer``) only when it does not.

    ``unit_rx`` must be ``alternation(words)``. The units ``starts_before`` counts are the
    non-overlapping matches of ``unit_rx`` from the text start; a unit matching at ``u`` is one
    of them when no word can start in the ``longest - 1`` characters before ``u`` (no unit then
    runs over ``u``).

    >>> rx = re.compile("명|사람")
    >>> UnitsAfter("3명", rx, ["명", "사람"]).reach(0, 1), UnitsAfter("3" + " " * 50 + "명", rx, ["명"]).reach(0, 51)
    (True, False)
    """

    __slots__ = ("text", "rx", "first", "longest", "units")

    def __init__(self, text: str, unit_rx: re.Pattern, words) -> None:
        self.text, self.rx = text, unit_rx
        shape = _unit_shapes.get(unit_rx)
        if shape is None:
            shape = _unit_shapes[unit_rx] = (frozenset(w[0] for w in words), max(map(len, words)))
        self.first, self.longest = shape
        self.units: list[int] | None = None

    def reach(self, start: int, unit: int) -> bool:
        """True when a unit starts within ``UNIT_WINDOW`` characters after ``start``; ``unit``:
        where the unit of the match at ``start`` begins."""
        text = self.text
        if start < unit <= start + UNIT_WINDOW and self.first.isdisjoint(
                text[max(0, unit - self.longest + 1):unit]) and self.rx.match(text, unit):
            return True
        if self.units is None:
            self.units = [m.start() for m in self.rx.finditer(text)]
        units = self.units
        i = bisect_right(units, start)
        return i < len(units) and units[i] - start <= UNIT_WINDOW


def merge_starts(starts: list[int] | None, text: str, rx: re.Pattern) -> list[int] | None:
    """``starts`` plus the starts of ``rx`` in ``text`` (a family's prefixes: $, 미화, 영하 …)."""
    if starts is None:
        return None
    extra = [m.start() for m in rx.finditer(text)]
    return sorted(set(starts).union(extra)) if extra else starts


def starts_with(starts: list[int] | None, text: str, rx: re.Pattern) -> list[int] | None:
    """The ``starts`` whose character can begin a match of ``rx`` (``first_char_set``): the
    others never match, so ``scan`` / ``matches_at`` give the same results without trying them.

    >>> starts_with([0, 3, 5], "두 명 3명", re.compile("(?:두|세) 명"))
    [0]
    """
    first = _first_sets.get(rx)
    if first is None:
        first = _first_sets[rx] = first_char_set(rx.pattern) or False
    if starts is None or first is False:
        return starts
    return [s for s in starts if text[s] in first]


_first_sets: dict[re.Pattern, frozenset[str] | bool] = {}


def _read_one(m: re.Match, read, out: list, has_range: bool) -> int:
    """Read one match into ``out``; return where scanning continues."""
    try:
        got = read(m)
    except NumberError:
        got = None
    if got:
        out.extend(got)
        return m.end()
    if has_range and m.group("num2"):
        return m.start("num2")
    return m.end() if m.end() > m.start() else m.start() + 1


#: Characters a number can start with (digits, spelled and native numerals, magnitudes).
_NUMBER_FIRST = frozenset("0123456789０１２３４５６７８９") | frozenset(SINO) | frozenset(SUB_UNITS) | frozenset(MAGNITUDES) \
    | frozenset(w[0] for w in (*NATIVE, *NATIVE_RANGES))


_SPELLED_DIGITS = "".join(k for k in SINO if SINO[k] > 0)
_SUB_OR_MAG = "".join(SUB_UNITS) + "".join(MAGNITUDES)


def _start_pattern() -> str:
    """Where a number phrase can start: a superset of NUMBER's and NATIVE_NUMBER's starts.

    A digit (not after another digit, a letter, a point or a comma); a spelled digit word
    before 십/백/천/만/억/조/경 (삼천만) or 십/백/천/만 itself (천만 원, 만 원), at a word start;
    a native numeral at a word start (두, 열두, 스무, 두세 …). One branch per first
    character, each a literal that consumes only that character (the rest is checked by
    lookarounds), so the engine scans for the first characters in C and ``finditer`` yields
    every start once.
    """
    conds: dict[str, list[str]] = {}
    for c in "0123456789０１２３４５６７８９":
        conds.setdefault(c, []).append(f"(?<!{_NOT_BEFORE_DIGIT}{re.escape(c)})")
    for c in _SPELLED_DIGITS:
        conds.setdefault(c, []).append(f"(?<![\\w.,]{re.escape(c)})(?=[{_SUB_OR_MAG}])")
    for c in "십백천만":
        conds.setdefault(c, []).append(f"(?<![\\w.,]{re.escape(c)})")
    for w in sorted({*NATIVE, *NATIVE_RANGES}, key=lambda w: (-len(w), w)):
        rest = f"(?={re.escape(w[1:])})" if w[1:] else ""
        conds.setdefault(w[0], []).append(f"(?<![\\w]{re.escape(w[0])}){rest}")
    return "|".join(f"{re.escape(c)}(?:{'|'.join(cs)})" for c, cs in conds.items())


_START_RX = re.compile(_start_pattern())


def number_starts(text: str) -> list[int]:
    """Sorted positions where a number phrase may start; compute once per document and pass
    to ``scan`` / ``matches_at`` (families add their own prefixes: $, 미화, 영하 …).

    >>> number_starts("매출 3억, 두 곳")
    [3, 7]
    """
    return [m.start() for m in _START_RX.finditer(text)]


def compile_anchored(pattern: str, prefixes=(), guard: str = "") -> re.Pattern:
    """Compile ``pattern`` behind a one-character lookahead of every character it can start with
    (a number's first characters plus the first characters of ``prefixes``). The regex engine
    then rejects most positions with one set test: about 3× faster on news text. ``guard``: a
    lookahead every match passes (``unit_guard``), tried before the pattern.

    >>> compile_anchored(NUMBER).search("매출 3억").group()
    '3억'
    """
    first = sorted(_NUMBER_FIRST | {w[0] for w in prefixes if w})
    cls = "".join(re.escape(c) for c in first)
    return re.compile(f"(?=[{cls}]){guard}(?:{pattern})")


def unit_guard(*shapes: tuple[str, str]) -> str:
    """A lookahead that every match of ``before + unit`` passes, for each (before, unit) shape:
    a run of characters ``before`` can consume, then a character ``unit`` can start with. Most
    numbers of a release have no unit of a given family after them: the guard rejects those
    with two character-class tests instead of the number grammar ("" when it cannot be told).

    >>> g = unit_guard((r"[0-9]+[ ]?", "명|개"))
    >>> bool(re.match(g, "30 명")), bool(re.match(g, "30년 3개"))
    (True, False)
    """
    branches = []
    for before, unit in shapes:
        chars, first = _consumed(before), first_chars(unit)
        if chars is None or first is None:
            return ""
        branches.append(f"{chars}*{first}")
    return f"(?={'|'.join(branches)})"


def _consumed(pattern: str) -> str | None:
    """A character class of every character a match of ``pattern`` can consume (lookarounds
    consume nothing), or None when that cannot be told (., \\w, [^…], backreferences …).

    >>> _consumed(r"(?<![가-힣])(?:제|第)[0-9]+")
    '[0-9第제]'
    """
    import re._constants as C

    parsed = _parse_plain(pattern)
    if parsed is None:
        return None
    ranges: set[tuple[int, int]] = set()

    def walk(items) -> None:
        for op, av in items:
            if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue
            if op is C.LITERAL:
                ranges.add((av, av))
            elif op is C.IN:
                for iop, iav in av:
                    if iop is C.LITERAL:
                        ranges.add((iav, iav))
                    elif iop is C.RANGE:
                        ranges.add(iav)
                    else:
                        raise _Unknown
            elif op is C.SUBPATTERN:
                if av[1] & (re.IGNORECASE | re.DOTALL):
                    raise _Unknown
                walk(av[3])
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
                walk(av[2])
            else:
                raise _Unknown

    try:
        walk(parsed)
    except _Unknown:
        return None
    parts = []
    for lo, hi in sorted(ranges):
        parts.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
    return "[" + "".join(parts) + "]"
