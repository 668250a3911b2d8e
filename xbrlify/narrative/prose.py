"""Amounts and dates of a business sold, where a sentence of the prose says what they are.

The anchor is a sentence that tells of the sale of a business: "On May 16, 2001, the Company
(Parent) sold Clifton Telecard, Inc. a wholly owned subsidiary, ...". Without one, nothing is
read: a "sale price" or a "loss on the sale" could be of anything. With one, each sentence of
the first document's prose (outside <TABLE>s) is searched for the sale price, a note received
from the purchaser and its installments, and the gain or loss on the sale. All are facts of
the event's context.
"""

from __future__ import annotations

import re
from decimal import Decimal
from types import MappingProxyType
from typing import Mapping

from xbrlify.model import Filing, SourceSpan
from xbrlify.narrative.records import FactKind, NarrativeFact, NarrativeFinding
from xbrlify.narrative.text import (
    AMOUNT,
    DATE,
    MARKUP_LINE_RE,
    Passage,
    date_bounds,
    main_document,
    parse_date,
    parse_dollars,
)

# Prose concept -> how a table row (or a caller) names the same amount, normalised.
PROSE_TOPICS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "GainLossOnSaleOfBusiness": (
        "loss on disposal", "gain on disposal", "gain loss on disposal", "loss on sale", "gain on sale",
        "gain loss on sale", "gain or loss on sale", "loss on the sale", "gain on the sale",
    ),
    "DisposalGroupIncludingDiscontinuedOperationConsideration": ("sale price", "sales price", "selling price"),
    "DisposalConsiderationNoteReceivable": ("note receivable", "notes receivable", "promissory note"),
})
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30,
    "thirty-six": 36, "forty-eight": 48, "sixty": 60,
}
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))  # longest first: "twenty-four"
ABBREVIATIONS = {
    "inc", "corp", "co", "ltd", "no", "nos", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "u.s", "n.a", "l.p",
    "l.l.c", "bros", "vs", "etc", "approx", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
SENTENCE_END_RE = re.compile(r"""
    [.!?]["')]?                                           # a full stop, maybe closing a quote
    (?=\s+["'(]?[A-Z0-9]|\s*$)                            # before a capital, or at the paragraph's end
    """, re.VERBOSE)
SALE_EVENT_RE = re.compile(rf"""
    \bOn\s+{DATE}\s*,?\s+                                 # "On May 16, 2001,"
    (?P<seller>[^;$]{{0,80}}?)                            # "the Company (Parent)"
    \b(?:sold|completed\s+(?:the|its)\s+sale\s+of|disposed\s+of)\s+   # the verb
    (?P<sold>.*)                                          # what, to whom, for what
    """, re.VERBOSE | re.IGNORECASE | re.DOTALL)
BUSINESS_CUE_RE = re.compile(r"""
    \b(?:subsidiar(?:y|ies)|division|business(?:es)?|segment|operations|shares|stock
      |interest\s+in|Inc\b|Incorporated|Corp(?:oration)?\b|Company\b|Co\.|L\.?L\.?C\b|Ltd\b|L\.?P\.)
    """, re.VERBOSE | re.IGNORECASE)
ASSET_SALE_RE = re.compile(r"""
    ^\s*of\s+(?:(?:the|its|certain|some|an?)\s+)?         # "of its", "of certain"
    (?:property|equipment|fixed\s+assets|assets|vehicles?|land|buildings?|furniture|machinery
      |investments?|securities|marketable)\b              # assets, not a business
    """, re.VERBOSE | re.IGNORECASE)
OWN_SECURITIES_RE = re.compile(r"""
    ^\s*(?:(?:approximately|about|some|over|nearly)\s+)?[\d,.]+(?:\s+(?:thousand|million))?\s+(?:shares|units)\b
        # "(approximately) 1.5 million shares": a count of shares (an issue, or an investment sold), no business
    | \b(?:its|our|the\s+Company's)\s+(?:own\s+)?(?:common|preferred|capital)\s+stock\b   # its own stock
    | \b(?:preferred\s+securities|debentures|warrants)\b   # securities, not a business
    """, re.VERBOSE | re.IGNORECASE)
SALE_PRICE_RE = re.compile(rf"""
    \b(?:sale|sales|selling)\s+price                      # "for a sale price"
    \s+(?:of|was|totaling|totalling|amounting\s+to)\s+    # "of"
    (?:approximately\s+)?{AMOUNT}                         # "$972,350"
    """, re.VERBOSE | re.IGNORECASE)
NOTE_FROM_PURCHASER_RE = re.compile(rf"""
    \b(?:promissory\s+)?note\s+(?:receivable\s+)?         # "a promissory note"
    from\s+(?:the\s+)?(?:purchaser|buyer|acquirer)s?\s+   # "from the purchaser"
    (?:for|of|in\s+the\s+(?:principal\s+|face\s+)?amount\s+of)\s+{AMOUNT}   # "for $100,000"
    """, re.VERBOSE | re.IGNORECASE)
NOTE_RECEIVED_RE = re.compile(rf"""
    \b(?:received|accepted|took)\s+an?\s+                 # "received a"
    (?:promissory\s+)?note\s+(?:receivable\s+)?           # "promissory note"
    (?:for|of|in\s+the\s+(?:principal\s+|face\s+)?amount\s+of)\s+{AMOUNT}   # "in the amount of $100,000"
    """, re.VERBOSE | re.IGNORECASE)
INSTALLMENTS_RE = re.compile(rf"""
    [\s,;]*(?:and\s+)?(?:which\s+is\s+)?payable\s+in\s+   # ", payable in", right after the note
    (?P<count>\d{{1,3}}|{NUMBER_WORD})(?:\s+\(\d{{1,3}}\))?   # "six", "6", "six (6)"
    (?:\s+(?:equal|consecutive|successive|monthly|quarterly|annual|semi-?annual))*   # "equal monthly"
    \s+(?:payments|installments|instalments)\s+of\s+{AMOUNT}(?:\s+each)?   # "payments of $16,667"
    (?:\s*,?\s+(?:beginning|commencing|starting)(?:\s+on)?\s+{DATE})?   # "beginning November 16, 2001"
    """, re.VERBOSE | re.IGNORECASE)
LOSS_ON_SALE_RE = re.compile(rf"""
    \b(?P<kind>gain|loss)\b                               # "loss"
    [^$]{{0,120}}?                                        # "by the company (Parent)"
    \b(?:on|from)\s+(?:the\s+)?(?:sale|disposal|disposition)\b   # "from the sale"
    (?P<object>[^$]{{0,120}}?)                            # "of Clifton Telecard, Inc."
    \b(?:in\s+the\s+amount\s+of|amounting\s+to|totaling|totalling|of|was)\s+   # "in the amount of"
    (?:approximately\s+)?{AMOUNT}                         # "$147,757"
    """, re.VERBOSE | re.IGNORECASE)
LOSS_AMOUNT_FIRST_RE = re.compile(rf"""
    \b(?P<kind>gain|loss)\s+of\s+(?:approximately\s+)?{AMOUNT}   # "a loss of $147,757"
    \s+(?:on|from)\s+(?:the\s+)?(?:sale|disposal|disposition)\b  # "on the sale"
    (?P<object>[^$.;]{{0,80}})                            # "of the subsidiary"
    """, re.VERBOSE | re.IGNORECASE)
TABLE_START_RE = re.compile(r"^\s*<TABLE>", re.IGNORECASE)
TABLE_END_RE = re.compile(r"^\s*</TABLE>", re.IGNORECASE)


def read_prose_amounts(filing: Filing) -> list[NarrativeFact]:
    """The date, price, note received, installments and gain or loss of a business sold, as
    sentences state them; [] unless a sentence tells of the sale of a business. A repeated
    statement (same concept, same value) gives one fact, the first."""
    events: list[NarrativeFact] = []
    amounts: list[NarrativeFact] = []
    for passage in prose_passages(filing):
        for start, end in sentences(passage.text):
            events += read_sale_event(passage, start, end)
            amounts += read_sale_amounts(passage, start, end)
    if not events:
        return []
    unique: dict[tuple[str, str], NarrativeFact] = {}
    for fact in events + amounts:
        unique.setdefault((fact.concept, fact.value), fact)
    return sorted(unique.values(), key=lambda f: (f.source.line, f.source.start_col, f.concept))


def prose_passages(filing: Filing) -> list[Passage]:
    """The paragraphs of the first document, outside <TABLE> ... </TABLE>."""
    first, last = main_document(filing)
    passages, start, in_table = [], None, False
    for number in range(first, last + 2):
        text = filing.line_text(number) if number <= last else ""
        ends_table = bool(TABLE_END_RE.match(text))
        in_table = (in_table or bool(TABLE_START_RE.match(text))) and not ends_table
        if in_table or ends_table or not text.strip() or MARKUP_LINE_RE.match(text):
            if start is not None:
                passages.append(Passage.of(filing, start, number - 1))
            start = None
        elif start is None:
            start = number
    return passages


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a full stop after an abbreviation or an initial ends none."""
    found, start = [], 0
    for end in SENTENCE_END_RE.finditer(text):
        word = re.search(r"([A-Za-z][A-Za-z.]*)\.?[\"')]?$", text[start : end.end()])
        token = word.group(1).lower().rstrip(".") if word else ""
        if end.group().startswith(".") and (token in ABBREVIATIONS or len(token) == 1):
            continue
        found.append((start, end.end()))
        start = end.end()
    if text[start:].strip():
        found.append((start, len(text)))
    return found


def read_sale_event(passage: Passage, start: int, end: int) -> list[NarrativeFact]:
    match = SALE_EVENT_RE.search(passage.text, start, end)
    if not match:
        return []
    sold = re.split(r"\s+(?:to|for|in\s+exchange)\b", match["sold"], maxsplit=1)[0]  # what, not whom
    day = parse_date(match)
    business = BUSINESS_CUE_RE.search(sold) and not ASSET_SALE_RE.match("of " + sold)
    if not day or not business or OWN_SECURITIES_RE.search(sold):
        return []
    return [event_fact("DisposalDate", day.isoformat(), "date", *passage.span(*date_bounds(match)))]


def read_sale_amounts(passage: Passage, start: int, end: int) -> list[NarrativeFact]:
    text, facts = passage.text, []
    for match in SALE_PRICE_RE.finditer(text, start, end):
        facts.append(money("DisposalGroupIncludingDiscontinuedOperationConsideration", match, passage))
    for pattern in (NOTE_FROM_PURCHASER_RE, NOTE_RECEIVED_RE):
        for match in pattern.finditer(text, start, end):
            facts.append(money("DisposalConsiderationNoteReceivable", match, passage))
            terms = INSTALLMENTS_RE.match(text, match.end(), end)
            if terms:
                facts += installments(terms, passage)
    for pattern in (LOSS_ON_SALE_RE, LOSS_AMOUNT_FIRST_RE):
        for match in pattern.finditer(text, start, end):
            if not ASSET_SALE_RE.match(match["object"]):
                sign = -1 if match["kind"].lower() == "loss" else 1
                facts.append(money("GainLossOnSaleOfBusiness", match, passage, sign))
    return facts


def installments(terms: re.Match[str], passage: Passage) -> list[NarrativeFact]:
    count = " ".join(terms["count"].lower().split())
    number = int(count) if count.isdigit() else NUMBER_WORDS[count]
    facts = [
        event_fact("DisposalConsiderationNoteReceivableNumberOfInstallments", str(number), "count",
                   *passage.span(terms.start("count"), terms.end("count"))),
        money("DisposalConsiderationNoteReceivableInstallmentAmount", terms, passage),
    ]
    day = parse_date(terms) if terms["month"] or terms["m"] else None
    if day:
        facts.append(event_fact("DisposalConsiderationNoteReceivableFirstInstallmentDate", day.isoformat(),
                                "date", *passage.span(*date_bounds(terms))))
    return facts


def money(concept: str, match: re.Match[str], passage: Passage, sign: int = 1) -> NarrativeFact:
    value, decimals = parse_dollars(match)
    span, last = passage.span(match.start("amount"), match.end("amount"))
    return event_fact(concept, format(value * sign, "f"), "monetary", span, last, decimals)


def event_fact(
    concept: str, value: str, kind: FactKind, span: SourceSpan, last: int, decimals: int | None = None
) -> NarrativeFact:
    end_line = last if last != span.line else None
    return NarrativeFact(concept=concept, value=value, kind=kind, period="event", source=span,
                         end_line=end_line, decimals=decimals)


def normalise_topic(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def prose_table_disagreements(
    prose: list[NarrativeFact], table_values: Mapping[str, tuple[Decimal, SourceSpan]]
) -> list[NarrativeFinding]:
    """A finding for each prose amount whose magnitude differs from a table's value for the same
    thing. A key of `table_values` is a concept name, or a row label that is or starts with one
    of the concept's PROSE_TOPICS ("Loss on disposal of Clifton Telecard, Inc."); values are in
    units, any "in thousands" applied. Magnitudes are compared, since a table prints a loss as
    "(147,747)" or under "Less" and callers pass either sign."""
    findings = []
    for key, (table_value, table_span) in table_values.items():
        topic = normalise_topic(key)
        for fact in prose:
            aliases = PROSE_TOPICS.get(fact.concept, ())
            same = key == fact.concept or any(topic == a or topic.startswith(a + " ") for a in aliases)
            if fact.kind != "monetary" or not same:
                continue
            stated, tabled = abs(Decimal(fact.value)), abs(table_value)
            if stated != tabled:
                message = (
                    f"{fact.concept}: the prose at line {fact.source.line} ({fact.source}) says {stated:,}, "
                    f"the table at line {table_span.line} ({table_span}) says {tabled:,} for {key!r}"
                )
                findings.append(NarrativeFinding("X601", message, (fact.source, table_span)))
    return findings
