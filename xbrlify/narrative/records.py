"""What the narrative stage returns: facts read from words and check boxes, and findings."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, Mapping

from xbrlify.model import SourceSpan

FactKind = Literal["text", "monetary", "date", "boolean", "count"]
FactPeriod = Literal["document", "event"]


@dataclass(frozen=True, kw_only=True)
class NarrativeFact:
    """A fact of a base-namespace concept, as read. `period` says which context it belongs
    in: the report's ("document") or that of the event the report tells of ("event")."""

    concept: str  # local name in the base namespace
    value: str  # text as printed; "972350", "-147757"; "2001-05-16"; "true"/"false"; "6"
    kind: FactKind
    period: FactPeriod = "document"
    source: SourceSpan  # the first line (and columns) the value was read from
    end_line: int | None = None  # the last line of a value read across lines
    decimals: int | None = None  # monetary: 0 whole dollars, 2 cents, -5 for "$1.2 million"


@dataclass(frozen=True)
class NarrativeFinding:
    code: str  # a key of NARRATIVE_CODES
    message: str
    spans: tuple[SourceSpan, ...]


@dataclass(frozen=True)
class ItemSection:
    """An "ITEM n." section of a Form 8-K: from its heading to its last line of text."""

    number: str  # "2", "12"; "2.01" in the form of August 2004 on
    title: str  # as printed on the heading line; "" when the title is on the next line
    first_line: int
    last_line: int
    start_col: int  # where "ITEM" starts


# code -> (name, meaning). The integrator adds these to diagnostics.CODES.
NARRATIVE_CODES: Mapping[str, tuple[str, str]] = MappingProxyType({
    "X601": ("narrative.prose-table-mismatch", "an amount stated in prose differs from the table's"),
    "X602": (
        "late-filing.period-on-transition-line",
        "the period is written on the transition-period line though no transition report is checked",
    ),
    "X603": ("late-filing.form-unchecked", "no form, or forms of more than one kind, are checked"),
    "X604": ("late-filing.box-unreadable", "a box or a Yes/No answer is checked both ways or not at all"),
    "X605": ("late-filing.shared-box", "one Part II box stands for (a), (b) and (c)"),
    "X606": ("late-filing.part-missing", "a part of the form, or a field of it, was not found"),
})
