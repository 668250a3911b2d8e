"""Printed numbers: "(1,234.00)", "$ 10,993,570", "--", "12.5%" -> Amount.

`parse_amount` reads one printed amount; `line_tail_tokens` finds the run of amounts
that ends a table line, including amounts glued together ("(147.00)(2,105.00)").
Neither ever raises on any text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from xbrlify.model import Amount

AMOUNT_RE = re.compile(
    r"""
    (?P<dollar>\$\s*)?                  # "$", glued or set apart by blanks
    (?:
      (?P<open>\()?                     # "(" marks a negative amount
      (?P<inner_dollar>\$\s*)?          # "$" inside the parenthesis: "($1,234)"
      (?P<minus>-)?                     # a leading minus sign
      (?P<number>
          \d{1,3}(?:,\d{3})+(?:\.\d+)?  # 1,234,567.89 with thousands separators
        | \d+(?:\.\d+)?                 # 1234567.89 without them
        | \.\d+                         # .76
      )
      (?P<percent>\s?%)?                # "12.5%" or "12.5 %"
      (?P<close>\))?                    # the closing parenthesis (may be lost)
      (?P<percent_after>%)?             # "(12.5)%"
    |
      (?P<dash>---?|-|\u2014|\u2013)    # a dash printed for zero: -, --, em or en dash
    |
      (?P<symbol>\*{1,3})               # "*": less than the unit, no number printed
    )
    """,
    re.VERBOSE,
)
RULE_CHUNK_RE = re.compile(
    r"""^(?:
      -{3,}          # ------ single rule
    | ={3,}          # ====== double rule
    | _{3,}          # ______ single rule printed with underscores
    | (?:-\ ){2,}-   # - - - - spaced dashes
    )$""",
    re.VERBOSE,
)
RULE_WORD_RE = re.compile(r"(?:-\ ){2,}-(?!\S)|\S+")  # "- - -" is one rule word
CHUNK_RE = re.compile(r"\$\s+(?=[\d(.\-])\S*|\S+")  # a word; a lone "$" joins the next one
GLUE_AFTER = frozenset("($")  # what may follow an amount directly: another amount


@dataclass(frozen=True)
class Token:
    """An amount (or symbol) found in a line, with its [start, end) columns."""

    start: int
    end: int
    raw: str
    amount: Amount | None  # None for a symbol such as "*"

    @property
    def digit_end(self) -> int:
        """Column just past the last digit: right-aligned numbers line up here."""
        return self.start + len(self.raw.rstrip(")% "))


def parse_amount(text: str) -> Amount | None:
    """Read one printed amount; None when `text` is not exactly one amount."""
    stripped = text.strip()
    tokens = split_glued(stripped, 0)
    if tokens is None or len(tokens) != 1 or tokens[0].amount is None:
        return None
    return tokens[0].amount


def split_glued(word: str, offset: int) -> list[Token] | None:
    """Split a word into amounts printed with nothing between them, or None."""
    tokens: list[Token] = []
    position = 0
    while position < len(word):
        match = AMOUNT_RE.match(word, position)
        if not match or match.end() == position or not token_is_whole(match, word):
            return None
        tokens.append(Token(offset + position, offset + match.end(), match.group(), amount_of(match)))
        position = match.end()
    return tokens or None


def token_is_whole(match: re.Match[str], word: str) -> bool:
    """An amount ends the word or is followed by another amount; ")" needs its "("."""
    if match["close"] and not match["open"]:
        return False
    if match["dollar"] and match["symbol"]:
        return False
    end = match.end()
    return end == len(word) or word[end] in GLUE_AFTER


def amount_of(match: re.Match[str]) -> Amount | None:
    if match["symbol"]:
        return None
    currency = bool(match["dollar"] or match["inner_dollar"])
    if match["dash"]:
        return Amount(Decimal(0), 0, currency=currency, dash=True)
    digits = match["number"].replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # the pattern admits only digits; kept as a guard
        return None
    negative = bool(match["open"]) or bool(match["minus"])
    places = len(digits.split(".")[1]) if "." in digits else 0
    return Amount(
        value=-value if negative else value,
        places=places,
        parenthesized=bool(match["open"]),
        currency=currency,
        percent=bool(match["percent"] or match["percent_after"]),
    )


def line_tail_tokens(line: str) -> tuple[int, list[Token]]:
    """The amounts that end a line, and the column where the text before them ends.

    Words are taken from the right while each is wholly made of amounts; the first
    word that is not stops the run and belongs to the label.
    """
    chunks = [(m.start(), m.group()) for m in CHUNK_RE.finditer(line)]
    tokens: list[Token] = []
    label_end = len(line)
    for start, word in reversed(chunks):
        found = split_glued(word, start)
        if found is None:
            break
        tokens[:0] = found
        label_end = start
    return len(line[:label_end].rstrip()), tokens


def rule_chunks(line: str) -> list[tuple[int, int, str]] | None:
    """The rule segments of a line made only of rules ("----  ====  ____"), else None."""
    chunks = [(m.start(), m.end(), m.group()) for m in RULE_WORD_RE.finditer(line)]
    if not chunks or not all(RULE_CHUNK_RE.match(text) for _, _, text in chunks):
        return None
    return chunks
