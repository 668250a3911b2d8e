"""Printed numbers: "(1,234.00)", "$ 10,993,570", "--", "12.5%" -> Amount.

`parse_amount` reads one printed amount; `line_tail_tokens` finds the run of amounts
that ends a table line, including amounts glued together ("(147.00)(2,105.00)").
Neither ever raises on any text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple
from decimal import Decimal, InvalidOperation

from xbrlify.model import Amount

AMOUNT_RE = re.compile(
    r"""
    (?P<outer_minus>-(?=\$))?           # "-$1,234": the minus before the dollar sign
    (?P<dollar>\$\s*)?                  # "$", glued or set apart by blanks
    (?:
      (?P<range>\d[\d,]*(?:\.\d+)?-\$?\d[\d,]*(?:\.\d+)?)  # a range "29.75-$12.75": no one value
    |
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
      (?P<mark>\*{1,3}|\([a-z]\)(?:,?\([a-z]\))*|\{\w{1,2}\})?  # a footnote mark glued on: "184*", "1,234(a),(c)", "(58){1}"
    |
      (?P<dash>---?|-|\u2014|\u2013)    # a dash printed for zero: -, --, em or en dash
      %?                                # "--%" in a percent column
    |
      (?P<symbol>\*{1,3}                # "*": less than the unit, no number printed
        | N/?M | n/?m | N\.M\. | NMF     # "not meaningful"
        | N/?A | n/?a)                  # "not applicable"
    )
    """,
    re.VERBOSE,
)
LETTER_MARK_RE = re.compile(r"^\([a-z]\)(?:,?\([a-z]\))*$")  # "(a)", "(a),(c)": footnote marks
LETTER_MARK_ANYWHERE_RE = re.compile(r"\([a-z]\)(?:,?\([a-z]\))*")


def blanks(match: re.Match[str]) -> str:
    return " " * len(match.group())
# The commonest amounts ("1,234", "$ 1,234.56", "(1,234)"): read without AMOUNT_RE
# and its many groups. A word this matches whole, AMOUNT_RE reads the same way.
PLAIN_AMOUNT_RE = re.compile(
    r"""
    (?P<dollar>\$\s*)?                  # "$", glued or set apart by blanks
    (?P<open>\()?                       # "(" marks a negative amount
    (?P<number>
        (?:\d{1,3}(?:,\d{3})+|\d+)      # digits, with or without thousands separators
        (?P<fraction>\.\d+)?            # decimal places
    )
    (?(open)\))                         # ")" when "(" opened it, else nothing
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
# The word patterns below start with a plain \S, outside any alternative: the regex
# engine then skips the blanks between words in a fast loop instead of trying every
# alternative at every blank, and a table line is mostly blanks.
RULE_WORD_RE = re.compile(
    r"""\S(?:
      (?<=-)\ (?:-\ )+-(?!\S)   # "- - -": spaced dashes are one rule word
    | \S*                      # else a word up to the next blank
    )""",
    re.VERBOSE,
)
CHUNK_RE = re.compile(
    r"""\S(?:
      (?<=\$)\s+(?=[\d(.\-])\S*   # a lone "$" joins the amount after it
    | \S*(?:\ %(?!\S))?            # a word, with a "%" set one blank after it: "35 %"
    )""",
    re.VERBOSE,
)
LABEL_CHAR_RE = re.compile(r".*[^0-9,.()$%*\s\u2014\u2013/NMAnma-]")  # up to the last such character
# The same for ASCII bytes: LABEL_CHAR_RE's ASCII characters and the blanks that
# bytes.rstrip leaves (\s takes \x1c-\x1f too) become blanks.
AMOUNT_CHARS_BLANKED = bytes.maketrans(b"0123456789,.()$%*/NMAnma-\x1c\x1d\x1e\x1f", b" " * 29)
# The last character of a line that can end in an amount, a dash, "*", "NM" or "N/A".
TAIL_END_CHARS = frozenset("0123456789)-%*MmAa\u2014\u2013}")
# The characters an AMOUNT_RE match can start with, besides digits.
AMOUNT_START_CHARS = frozenset("0123456789$(.-*Nn\u2014\u2013")
RANGE_DASHES = ("-", "\u2013")  # the dash of "10.76 - 15.81"
GLUE_AFTER = frozenset("($")  # what may follow an amount directly: another amount
RULE_END_CHARS = ("-", "=", "_")  # the last character of every rule


# NamedTuples made by the thousand per filing (tokens, votes, placements, spans, cells)
# are made on the hot paths as NEW_TUPLE(Type, (every field, in order)): tuple.__new__
# skips the Python-level __new__ that calling a NamedTuple class runs, a third of the cost.
NEW_TUPLE = tuple.__new__


class Token(NamedTuple):
    """An amount (or symbol) found in a line, with its [start, end) columns.

    `digit_end` is the column just past the last digit (before any ")", "%" or
    footnote mark): right-aligned numbers line up there. A NamedTuple, not a frozen
    dataclass: thousands are made per filing and this is the cheapest immutable record."""

    start: int
    end: int
    raw: str
    amount: Amount | None  # None for a symbol such as "*"
    digit_end: int


def parse_amount(text: str) -> Amount | None:
    """Read one printed amount; None when `text` is not exactly one amount."""
    stripped = text.strip()
    tokens = split_glued(stripped, 0)
    if tokens is None or len(tokens) != 1 or tokens[0].amount is None:
        return None
    return tokens[0].amount


def split_glued(word: str, offset: int) -> list[Token] | None:
    """Split a word into amounts printed with nothing between them, or None."""
    parts = read_word(word)
    if parts is None:
        return None
    if len(parts) == 1:  # the usual case
        start, end, raw, amount, digit_end = parts[0]
        return [Token(offset + start, offset + end, raw, amount, offset + digit_end)]
    return [Token(offset + start, offset + end, raw, amount, offset + digit_end) for start, end, raw, amount, digit_end in parts]


@lru_cache(maxsize=16384)  # "--", "0.00", "$" and many amounts recur within a filing
def read_word(word: str) -> tuple[tuple[int, int, str, Amount | None, int], ...] | None:
    """The amounts a word is made of: (start, end, raw, amount, digit_end) each, or None."""
    first = word[:1]
    if first not in AMOUNT_START_CHARS and not first.isdecimal():  # \d: any Unicode digit
        return None  # a label word ("Total", "sales....."): no need to try the patterns
    plain = PLAIN_AMOUNT_RE.fullmatch(word)
    if plain:
        return ((0, len(word), word, plain_amount(plain), len(word) - 1 if plain["open"] else len(word)),)
    if word[-1] == "$" and len(word) > 1:  # "(12,220)$    (5,943)": the next amount's "$" glued on
        return read_word(word[:-1].rstrip())
    parts = []
    position = 0
    while position < len(word):
        match = AMOUNT_RE.match(word, position)
        if not match or match.end() == position or not token_is_whole(match, word):
            return None
        raw = match.group()
        parts.append((position, match.end(), raw, amount_of(match), position + digits_width(raw)))
        position = match.end()
    return tuple(parts) or None


def plain_amount(match: re.Match[str]) -> Amount:
    """The Amount that `amount_of` reads from the same word."""
    dollar, opening, number, fraction = match.groups()
    value = Decimal(number.replace(",", ""))
    return make_amount(-value if opening else value, len(fraction) - 1 if fraction else 0, bool(opening), bool(dollar))


def make_amount(
    value: Decimal, places: int, parenthesized: bool, currency: bool, percent: bool = False, dash: bool = False
) -> Amount:
    """Amount(value, places, ...) made without the frozen dataclass's __init__, which
    sets each field through object.__setattr__ and cost more than matching the word.
    The fields go into the instance dict as __init__ would put them (the property
    tests compare what is read with Amount(...) made the usual way)."""
    amount = object.__new__(Amount)
    vars(amount).update(
        value=value, places=places, parenthesized=parenthesized, currency=currency, percent=percent, dash=dash
    )
    return amount


def digits_width(raw: str) -> int:
    """Characters up to just past the last digit: ")", "%" and a footnote mark trail it."""
    if raw[-1] == "}":  # "(58){1}"
        raw = raw[: raw.rindex("{")]
    if raw[-1] not in ")%*":
        return len(raw)
    end = len(raw.rstrip("*"))
    while end >= 3 and raw[end - 3] == "(" and raw[end - 2].isalpha() and raw[end - 1] == ")":
        end -= 3  # "1,234(a)", "4,541(a),(c)"
        end -= raw[end - 1] == ","
    return len(raw[:end].rstrip(")% "))


def token_is_whole(match: re.Match[str], word: str) -> bool:
    """An amount ends the word or is followed by another amount; ")" needs its "("."""
    if match["close"] and not match["open"]:
        return False
    if match["dollar"] and match["symbol"]:  # "$ *" is no amount; "$ 1.0-$2.0" is a range
        return False
    if match["outer_minus"] and (match["open"] or match["minus"] or not match["number"]):
        return False
    end = match.end()
    return end == len(word) or word[end] in GLUE_AFTER


def amount_of(match: re.Match[str]) -> Amount | None:
    if match["symbol"] or match["range"]:
        return None
    currency = bool(match["dollar"] or match["inner_dollar"])
    if match["dash"]:
        return make_amount(Decimal(0), 0, False, currency, match.group().endswith("%"), True)
    digits = match["number"].replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:  # the pattern admits only digits; kept as a guard
        return None
    negative = bool(match["open"] or match["minus"] or match["outer_minus"])
    places = len(digits.split(".")[1]) if "." in digits else 0
    percent = bool(match["percent"] or match["percent_after"])
    return make_amount(-value if negative else value, places, bool(match["open"]), currency, percent)


@lru_cache(maxsize=8192)  # each table line is asked about by several steps
def line_tail_tokens(line: str) -> tuple[int, tuple[Token, ...]]:
    """The amounts that end a line, and the column where the text before them ends.

    Words are taken from the right while each is wholly made of amounts; the first
    word that is not stops the run and belongs to the label. A range printed with a
    dash ("$ 7.09 - $10.58") is label text, and a "*" printed one blank after an
    amount is that amount's footnote mark, not a cell.
    """
    stripped = line.rstrip() if line[-1:] == " " else line
    if not stripped or stripped[-1] not in TAIL_END_CHARS:
        return len(stripped), ()  # most prose lines: nothing to scan
    # a letter mark among the amounts ("257 (a)   300") is no label: scan from before it
    marked = ")" in line and LETTER_MARK_ANYWHERE_RE.search(line)
    words = tail_words(line, tail_scan_start(LETTER_MARK_ANYWHERE_RE.sub(blanks, line) if marked else line))
    tokens: list[Token] = []  # right to left
    right_start = len(line)  # where the word right of the current one starts
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        parts = read_word(word)
        if parts is None:
            if LETTER_MARK_RE.match(word) and is_footnote_mark(line, words, index, line.rfind(word, 0, right_start)):
                right_start = line.rfind(word, 0, right_start)
                continue  # "257 (a)": the amount's footnote mark, one blank after it
            break
        # Words are set apart by blanks only, so the last place a word occurs before
        # the next one is where it stands: only the words read are placed.
        offset = line.rfind(word, 0, right_start)
        if len(parts) > 1:  # amounts glued together: "(147.00)(2,105.00)"
            tokens.extend(Token(offset + s, offset + e, raw, amount, offset + d) for s, e, raw, amount, d in reversed(parts))
        else:
            start, end, raw, amount, digit_end = parts[0]
            if raw in RANGE_DASHES and is_range_dash(line, words, index, offset, right_start):
                tokens.pop()  # the number right of the dash, always the last taken, is label text too
                break
            if amount is not None or not is_footnote_mark(line, words, index, offset):
                tokens.append(NEW_TUPLE(Token, (offset + start, offset + end, raw, amount, offset + digit_end)))
        right_start = offset
    tokens.reverse()
    label_end = tokens[0].start if tokens else len(line)
    return len(line[:label_end].rstrip()), tuple(tokens)


def tail_words(line: str, start: int) -> list[str]:
    """The words CHUNK_RE finds in `line` from `start`. Without a "$" or a "%" neither
    of its joins can apply and its words are the runs of non-blanks (\\S and str.split
    take the same characters for blanks): str.split finds them several times faster."""
    tail = line[start:]
    if "$" in tail or "%" in tail:
        return CHUNK_RE.findall(line, start)
    return tail.split()


def tail_scan_start(line: str) -> int:
    """Where the words worth reading start: two words before the last character no
    amount can hold (the label's last word and the one before it, which the range
    and footnote checks look at). Saves chunking long labels."""
    end = label_chars_end(line)
    if not end:
        return 0
    start = line.rfind(" ", 0, end) + 1  # the label's last word
    start = line.rfind(" ", 0, len(line[:start].rstrip())) + 1  # the word before it
    return line.rfind(" ", 0, len(line[:start].rstrip())) + 1  # and the one before that


def label_chars_end(line: str) -> int:
    """Just past the last character that is neither an amount's nor a blank (0 if none).

    For an ASCII line, the bytes are translated (amount characters to blanks) and
    trimmed in two C passes: LABEL_CHAR_RE backtracks over the whole tail of
    amounts and blanks, at about 150 instructions a character."""
    if line.isascii() and "\n" not in line:  # "." in LABEL_CHAR_RE stops at a "\n"
        return len(line.encode().translate(AMOUNT_CHARS_BLANKED).rstrip())
    match = LABEL_CHAR_RE.match(line)
    return match.end() if match else 0


def is_range_dash(line: str, words: list[str], index: int, start: int, right_start: int) -> bool:
    """Whether the lone dash `words[index]` (at `start`) stands a blank or two from
    numbers on both sides: "10.76 - 15.81"."""
    if index == 0 or index + 1 >= len(words):
        return False
    left, word, right = words[index - 1], words[index], words[index + 1]
    left_end = line.rfind(left, 0, start) + len(left)
    close = start - left_end <= 2 and right_start - (start + len(word)) <= 2
    return close and is_number_word(left) and is_number_word(right)


def is_number_word(word: str) -> bool:
    parts = read_word(word)
    return parts is not None and len(parts) == 1 and parts[0][3] is not None and not parts[0][3].dash


def is_footnote_mark(line: str, words: list[str], index: int, start: int) -> bool:
    """Whether the symbol `words[index]` (at `start`) is a "*" or a letter mark printed
    one blank after an amount ("-  *", "1,234 *", "257 (a)")."""
    if not (words[index].startswith("*") or LETTER_MARK_RE.match(words[index])) or index == 0:
        return False
    left = words[index - 1]
    left_end = line.rfind(left, 0, start) + len(left)
    return start - left_end <= 1 and read_word(left) is not None


@lru_cache(maxsize=4096)
def trailing_rules(line: str) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    """A label followed by rules ("EARNINGS      --------   --------"): where the label
    ends and the rule segments; ([], len) when the line does not end in rules."""
    if "--" not in line and "==" not in line and "__" not in line and "- -" not in line:
        return len(line), ()
    stripped = line.rstrip()
    if stripped[-1:] not in RULE_END_CHARS:  # "--" amid the line ("Sales   --   1,234"): no rule ends it
        return len(stripped), ()
    words = [(m.start(), m.end(), m.group()) for m in RULE_WORD_RE.finditer(line)]
    segments: list[tuple[int, int, str]] = []
    for start, end, word in reversed(words):
        if not RULE_CHUNK_RE.match(word):
            break
        segments.insert(0, (start, end, word))
    label_end = segments[0][0] if segments else len(line)
    return len(line[:label_end].rstrip()), tuple(segments)


@lru_cache(maxsize=4096)
def rule_chunks(line: str) -> tuple[tuple[int, int, str], ...] | None:
    """The rule segments of a line made only of rules ("----  ====  ____"), else None."""
    stripped = line.strip()
    if not stripped or stripped[0] not in "-=_" or stripped[-1] not in "-=_":
        return None
    chunks = tuple((m.start(), m.end(), m.group()) for m in RULE_WORD_RE.finditer(line))
    if not chunks or not all(RULE_CHUNK_RE.match(text) for _, _, text in chunks):
        return None
    return chunks
