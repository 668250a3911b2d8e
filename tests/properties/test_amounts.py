"""Property tests for the amount parser (xbrlify/numbers.py).

Amounts are printed in every style real filings use and must read back to the same
Decimal; lines built from a label and right-aligned amounts must read back to their
cells, each token's columns holding its raw text.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xbrlify.model import Amount
from xbrlify.numbers import CHUNK_RE, RULE_CHUNK_RE, line_tail_tokens, parse_amount, rule_chunks, tail_words

# Deterministic in CI, no example database written into the repository, and few enough
# examples that the whole file runs in a few seconds.
PROPERTY = settings(derandomize=True, database=None, deadline=None, max_examples=150)
FEW = settings(PROPERTY, max_examples=60)

BLANKS = st.integers(min_value=1, max_value=4).map(" ".__mul__)
DASHES = ("-", "--", "---", "\u2014", "\u2013")


@dataclass(frozen=True)
class Style:
    """One way filings print an amount; `{n}` is the magnitude, `{gap}` blanks after "$"."""

    name: str
    template: str
    negative: bool = False
    parenthesized: bool = False
    currency: bool = False
    percent: bool = False


STYLES = (
    Style("plain", "{n}"),
    Style("parenthesized", "({n})", negative=True, parenthesized=True),
    Style("closing parenthesis lost", "({n}", negative=True, parenthesized=True),
    Style("leading minus", "-{n}", negative=True),
    Style("dollar glued", "${n}", currency=True),
    Style("dollar glued, parenthesized", "$({n})", negative=True, parenthesized=True, currency=True),
    Style("dollar inside parenthesis", "(${n})", negative=True, parenthesized=True, currency=True),
    Style("dollar glued, parenthesis lost", "$({n}", negative=True, parenthesized=True, currency=True),
    Style("dollar glued, minus", "$-{n}", negative=True, currency=True),
    Style("dollar apart", "${gap}{n}", currency=True),
    Style("dollar apart, parenthesized", "${gap}({n})", negative=True, parenthesized=True, currency=True),
    Style("percent", "{n}%", percent=True),
    Style("percent apart", "{n} %", percent=True),
    Style("percent, parenthesized", "({n})%", negative=True, parenthesized=True, percent=True),
)
# Styles printed as one word, without blanks.
WHOLE_WORD = tuple(s for s in STYLES if " " not in s.template and "{gap}" not in s.template)
# Styles that may follow another amount with nothing between them ("(1.00)(2.00)").
GLUABLE = tuple(s for s in WHOLE_WORD if s.template[0] in "($")
# Styles that may start a glued run: "$ (1.00)(2.00)" is one, "12.5 %(2.00)" is not.
GLUE_FIRST = tuple(s for s in STYLES if not s.template.endswith(" %"))


@dataclass(frozen=True)
class Printed:
    """An amount as printed, and what `parse_amount` must read from it."""

    text: str
    value: Decimal
    places: int
    style: Style


@st.composite
def magnitudes(draw: st.DrawFn) -> tuple[Decimal, int]:
    """A non-negative Decimal below 10**12 with 0, 1 or 2 places, and its places."""
    places = draw(st.integers(min_value=0, max_value=2))
    units = draw(st.integers(min_value=0, max_value=10**12 * 10**places - 1))
    return Decimal(units).scaleb(-places), places


@st.composite
def printed_amounts(draw: st.DrawFn, styles: tuple[Style, ...] = STYLES) -> Printed:
    magnitude, places = draw(magnitudes())
    style = draw(st.sampled_from(styles))
    number = format(magnitude, ",f" if draw(st.booleans()) else "f")
    if magnitude < 1 and places and draw(st.booleans()):
        number = number[1:]  # ".76": filings often drop the leading zero
    text = style.template.format(n=number, gap=draw(BLANKS))
    return Printed(text, -magnitude if style.negative else magnitude, places, style)


def assert_reads_as(amount: Amount | None, printed: Printed) -> None:
    assert amount is not None, printed.text
    assert amount.value == printed.value
    # The digits as printed, not only the number: "1,234.00" keeps its two places.
    assert amount.value.as_tuple().exponent == -printed.places
    assert amount.places == printed.places
    assert amount.parenthesized is printed.style.parenthesized
    assert amount.currency is printed.style.currency
    assert amount.percent is printed.style.percent
    assert amount.dash is False


def assert_spans_hold_raw(line: str, label_end: int, tokens: list) -> None:
    """Each token's [start, end) columns hold its raw text; tokens follow the label in order."""
    previous_end = label_end
    for token in tokens:
        assert line[token.start : token.end] == token.raw
        assert token.start >= previous_end
        previous_end = token.end


# 1. Round trip through every printed style


@PROPERTY
@given(printed_amounts())
def test_amount_reads_back_in_every_style(printed: Printed) -> None:
    assert_reads_as(parse_amount(printed.text), printed)


@PROPERTY
@given(printed_amounts(), BLANKS, BLANKS)
def test_blanks_around_an_amount_are_ignored(printed: Printed, before: str, after: str) -> None:
    assert_reads_as(parse_amount(before + printed.text + after), printed)


@pytest.mark.parametrize(
    ("text", "value", "places", "parenthesized", "currency", "percent"),
    [
        ("1,234,567", Decimal("1234567"), 0, False, False, False),
        ("1234567", Decimal("1234567"), 0, False, False, False),
        ("1,234.00", Decimal("1234.00"), 2, False, False, False),
        ("(1,234)", Decimal("-1234"), 0, True, False, False),
        ("(1,234", Decimal("-1234"), 0, True, False, False),
        ("-1,234", Decimal("-1234"), 0, False, False, False),
        ("$1,234", Decimal("1234"), 0, False, True, False),
        ("$(1,234)", Decimal("-1234"), 0, True, True, False),
        ("$ 1,234", Decimal("1234"), 0, False, True, False),
        ("$   (1,234)", Decimal("-1234"), 0, True, True, False),
        ("12.5%", Decimal("12.5"), 1, False, False, True),
        ("(12.5)%", Decimal("-12.5"), 1, True, False, True),
        ("12.5 %", Decimal("12.5"), 1, False, False, True),
        (".76", Decimal("0.76"), 2, False, False, False),
    ],
)
def test_amount_examples(
    text: str, value: Decimal, places: int, parenthesized: bool, currency: bool, percent: bool
) -> None:
    assert parse_amount(text) == Amount(value, places, parenthesized, currency, percent)


def test_minus_before_dollar_is_negative() -> None:
    assert parse_amount("-$1,234") == Amount(Decimal("-1234"), 0, currency=True)
    label_end, tokens = line_tail_tokens("Net loss     -$1,234")
    assert label_end == len("Net loss")
    assert [t.amount.value for t in tokens if t.amount] == [Decimal("-1234")]


# 2. Dashes printed for zero


@pytest.mark.parametrize("dash", [*DASHES, "$-", "$ --"])
def test_dash_reads_as_zero(dash: str) -> None:
    amount = parse_amount(dash)
    assert amount is not None
    assert amount.value == 0
    assert amount.places == 0
    assert amount.dash is True
    assert amount.parenthesized is False
    assert amount.currency is dash.startswith("$")


# 3. Never raises


@PROPERTY
@given(st.text())
def test_parse_amount_never_raises(text: str) -> None:
    amount = parse_amount(text)
    assert amount is None or isinstance(amount.value, Decimal)


AMOUNTISH = st.text(alphabet="0123456789,.()$-%* \u2014\u2013\u0663", max_size=20)


@PROPERTY
@given(AMOUNTISH)
def test_parse_amount_never_raises_on_amount_characters(text: str) -> None:
    amount = parse_amount(text)
    assert amount is None or isinstance(amount.value, Decimal)
    if amount is not None and not amount.dash:
        assert amount.places == max(0, -amount.value.as_tuple().exponent)


@PROPERTY
@given(st.one_of(st.text(), AMOUNTISH))
def test_any_line_reads_without_raising_and_spans_hold_raw(line: str) -> None:
    label_end, tokens = line_tail_tokens(line)
    assert 0 <= label_end <= len(line)
    assert_spans_hold_raw(line, label_end, tokens)
    for token in tokens:
        if token.amount is not None:
            assert parse_amount(token.raw) == token.amount
    rule_chunks(line)


# Blanks of every kind (str.split and the regex \s must agree on all of them), "$" and
# "%" (where CHUNK_RE joins words), and amount characters.
TAIL_TEXT = st.text(alphabet=st.one_of(st.sampled_from(" \t\x1c\x1f\x85\xa0\u2003\u3000$%(1.-a"), st.characters()))


@PROPERTY
@given(TAIL_TEXT, st.integers(min_value=0, max_value=30))
def test_tail_words_are_chunk_re_words(line: str, start: int) -> None:
    """line_tail_tokens reads the words of a line's tail with str.split where it can."""
    start = min(start, len(line))
    assert tail_words(line, start) == CHUNK_RE.findall(line, start)


# 4. Amounts glued together


@st.composite
def glued_runs(draw: st.DrawFn) -> list[Printed]:
    first = draw(printed_amounts(GLUE_FIRST))
    rest = draw(st.lists(printed_amounts(GLUABLE), min_size=1, max_size=2))
    return [first, *rest]


@PROPERTY
@given(st.sampled_from(["Total", "Net income", "Cash and equivalents"]), BLANKS, glued_runs())
def test_glued_amounts_split_into_tokens(label: str, gap: str, run: list[Printed]) -> None:
    line = label + gap + "".join(p.text for p in run)
    label_end, tokens = line_tail_tokens(line)
    assert label_end == len(label)
    assert [t.raw for t in tokens] == [p.text for p in run]
    assert_spans_hold_raw(line, label_end, tokens)
    for token, printed in zip(tokens, run):
        assert_reads_as(token.amount, printed)


def test_glued_example() -> None:
    line = "Total           (147,747.00)(2,105,145.00)"
    label_end, tokens = line_tail_tokens(line)
    assert label_end == 5
    assert [(t.start, t.end, t.raw) for t in tokens] == [
        (16, 28, "(147,747.00)"),
        (28, 42, "(2,105,145.00)"),
    ]
    assert [t.amount.value for t in tokens if t.amount] == [Decimal("-147747.00"), Decimal("-2105145.00")]


def test_the_next_amounts_dollar_glued_on() -> None:
    # Kroger 1994: "$    (12,220)$    (5,943)": the "$" belongs to the amount after it
    line = "Net earnings (loss)...... $    242,196  $    (12,220)$    (5,943)"
    label_end, tokens = line_tail_tokens(line)
    assert line[:label_end] == "Net earnings (loss)......"
    assert [t.amount.value for t in tokens] == [Decimal(242196), Decimal(-12220), Decimal(-5943)]
    assert [line[t.start : t.end] for t in tokens] == ["$    242,196", "$    (12,220)", "(5,943)"]


# 5. Table lines: a label and right-aligned amounts

# Words printed in a cell for "not meaningful" / "not applicable" read as cells, not label.
CELL_WORDS = frozenset({"NM", "nm", "NA", "na", "NMF"})
LABEL_WORDS = st.text(st.characters(categories=["L"]), min_size=1, max_size=10).filter(
    lambda word: word not in CELL_WORDS
)
LABELS = st.lists(LABEL_WORDS, min_size=1, max_size=5).map(" ".join)


@st.composite
def cells(draw: st.DrawFn) -> Printed | str:
    """A printed amount, or a dash printed for zero."""
    if draw(st.integers(min_value=0, max_value=5)) == 0:
        return draw(st.sampled_from(DASHES))
    return draw(printed_amounts())


@PROPERTY
@given(LABELS, st.lists(cells(), min_size=1, max_size=5), st.data())
def test_table_line_reads_back_its_cells(label: str, row: list[Printed | str], data: st.DataObject) -> None:
    line = label
    columns = []
    for cell in row:
        text = cell if isinstance(cell, str) else cell.text
        # A dash one or two blanks from amounts on both sides is a range ("7.09 - 10.58"):
        # a dash cell gets at least three blanks before it, as in real tables.
        least = 3 if isinstance(cell, str) else 1
        width = len(text) + data.draw(st.integers(min_value=least, max_value=12))
        line += text.rjust(width)
        columns.append((len(line) - len(text), len(line)))
    label_end, tokens = line_tail_tokens(line)
    assert line[:label_end] == label
    assert [(t.start, t.end) for t in tokens] == columns
    assert [t.raw for t in tokens] == [c if isinstance(c, str) else c.text for c in row]
    assert_spans_hold_raw(line, label_end, tokens)
    for token, cell in zip(tokens, row):
        if isinstance(cell, str):
            assert token.amount is not None and token.amount.dash and token.amount.value == 0
        else:
            assert_reads_as(token.amount, cell)


def test_table_line_example() -> None:
    line = "Net sales                        $ 7,081     $ 9,833    $ (1,234"
    label_end, tokens = line_tail_tokens(line)
    assert line[:label_end] == "Net sales"
    assert [(line[t.start : t.end], t.amount.value if t.amount else None) for t in tokens] == [
        ("$ 7,081", Decimal("7081")),
        ("$ 9,833", Decimal("9833")),
        ("$ (1,234", Decimal("-1234")),
    ]


def test_percent_apart_in_a_line() -> None:
    line = "Gross margin          12.5 %"
    label_end, tokens = line_tail_tokens(line)
    assert line[:label_end] == "Gross margin"
    assert [t.raw for t in tokens] == ["12.5 %"]


# 6. Words that are not amounts


@pytest.mark.parametrize(
    "word",
    ["1,23", "12)", "abc", "1997)", "1,2345", "1234,567", "1,234,56", "$", "()", "(", "%", "1.2.3", "12a"],
)
def test_not_an_amount(word: str) -> None:
    assert parse_amount(word) is None


@FEW
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=10**6))
def test_bad_thousands_group_is_not_an_amount(head: int, group: int) -> None:
    text = f"{group}"
    if len(text) == 3:
        text += "0"
    assert parse_amount(f"{head},{text}") is None


@FEW
@given(printed_amounts(WHOLE_WORD), st.text(st.characters(categories=["L"]), min_size=1, max_size=5))
def test_amount_glued_to_letters_is_not_an_amount(printed: Printed, letters: str) -> None:
    assert parse_amount(printed.text + letters) is None
    assert parse_amount(letters + printed.text) is None


@FEW
@given(magnitudes())
def test_closing_parenthesis_alone_is_not_an_amount(magnitude: tuple[Decimal, int]) -> None:
    assert parse_amount(format(magnitude[0], ",f") + ")") is None


# 7. Rule lines

RULE_SEGMENTS = st.one_of(
    st.tuples(st.sampled_from("-=_"), st.integers(min_value=3, max_value=20)).map(lambda p: p[0] * p[1]),
    st.integers(min_value=3, max_value=10).map(lambda n: " ".join("-" * n)),  # "- - -"
)


def build_line(words: list[str], gaps: list[int], indent: int) -> tuple[str, list[tuple[int, int, str]]]:
    """Join words with blanks; spaced dashes get two blanks so they stay apart."""
    line = " " * indent
    spans = []
    for index, word in enumerate(words):
        if index:
            spaced = " " in word or " " in words[index - 1]
            line += " " * (gaps[index] + (1 if spaced else 0))
        spans.append((len(line), len(line) + len(word), word))
        line += word
    return line, spans


@PROPERTY
@given(
    st.lists(RULE_SEGMENTS, min_size=1, max_size=6),
    st.lists(st.integers(min_value=1, max_value=6), min_size=6, max_size=6),
    st.integers(min_value=0, max_value=30),
)
def test_rule_line_reads_back_its_segments(words: list[str], gaps: list[int], indent: int) -> None:
    line, spans = build_line(words, gaps, indent)
    assert list(rule_chunks(line)) == spans
    assert list(rule_chunks(line + "   ")) == spans


OTHER_WORDS = st.text(
    st.characters(blacklist_categories=["Zs", "Zl", "Zp", "Cc"]), min_size=1, max_size=6
).filter(lambda word: not RULE_CHUNK_RE.match(word))


@PROPERTY
@given(
    st.lists(RULE_SEGMENTS, min_size=1, max_size=5),
    OTHER_WORDS,
    st.integers(min_value=0, max_value=5),
    st.lists(st.integers(min_value=2, max_value=6), min_size=6, max_size=6),
)
def test_rule_line_with_another_word_is_not_a_rule(
    words: list[str], other: str, where: int, gaps: list[int]
) -> None:
    words.insert(min(where, len(words)), other)
    line, _ = build_line(words, gaps, 0)
    assert rule_chunks(line) is None


@pytest.mark.parametrize("line", ["", "   ", "--", "-- --", "---- Total", "----  1,234", "====|===="])
def test_not_a_rule_line(line: str) -> None:
    assert rule_chunks(line) is None


def test_rule_line_example() -> None:
    line = "            ----------    ==========  ______  - - - -"
    assert list(rule_chunks(line)) == [
        (12, 22, "----------"),
        (26, 36, "=========="),
        (38, 44, "______"),
        (46, 53, "- - - -"),
    ]


MARKS = st.lists(st.sampled_from("abcde"), min_size=1, max_size=2).map(lambda ls: ",".join(f"({x})" for x in ls))


@PROPERTY
@given(LABELS, st.lists(st.tuples(printed_amounts(WHOLE_WORD), st.one_of(st.none(), MARKS), st.booleans()), min_size=1, max_size=5),
       st.integers(min_value=2, max_value=8))  # fmt: skip
def test_letter_footnote_marks_beside_amounts_are_not_cells(label: str, row: list, gap: int) -> None:
    # "4,541(a),(c)" glued or "257 (a)" one blank after: the mark belongs to the amount
    line = label
    for printed, mark, glued in row:
        cell = printed.text + ((mark if glued else f" {mark}") if mark else "")
        line += " " * gap + cell
    label_end, tokens = line_tail_tokens(line)
    assert line[:label_end] == label
    assert len(tokens) == len(row)
    for token, (printed, _, _) in zip(tokens, row):
        assert_reads_as(token.amount, printed)


def test_letter_footnote_mark_examples() -> None:
    line = "  Other liabilities and accrued expenses ....     14,197     2,748     4,541(a),(c)  21,486"
    label_end, tokens = line_tail_tokens(line)
    assert [t.amount.value for t in tokens] == [Decimal(14197), Decimal(2748), Decimal(4541), Decimal(21486)]
    label_end, tokens = line_tail_tokens("  Revenues      50     100    257 (a)       300")
    assert [t.raw for t in tokens] == ["50", "100", "257", "300"]
