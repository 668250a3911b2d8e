"""Whose statements they are. A filing may print another company's statements beside
the filer's own: a bank's earnings release with its subsidiary's condensed statements,
an 8-K/A with the acquired business's statements beside the pro forma ones. Their
facts go on DEI's LegalEntityAxis, on a member named after that company, so that
their amounts never pass for the filer's (DESIGN.md, "XBRL semantics").

A statement is another company's when a line of its title is a company's name (one
that ends in "Inc.", "Corporation", "and Subsidiaries", ...) that is not the filer's.
Only where the filer's own statements are printed too: a filing whose only statements
are another company's (an 8-K that files an acquired business's statements) reports
them as its subject, with no member, as a reader of it would.
"""

from __future__ import annotations

import re
from dataclasses import replace

from xbrlify.model import Statement

COMPANY_TITLE_RE = re.compile(
    r"""^(?:the\s+)?
    (?P<name>[A-Za-z0-9].*?
      \b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|l\.\s?p|llc
         |bancorp|bancorporation|bancshares|bankshares)\b\.?)
    (?:,?\s+(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?
      (?:subsidiaries|subsidiary(?:\s+companies)?|affiliates))?   # "... and Subsidiaries"
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)
# Words of a statement's name, never of a company's: "Statement of ... of the Company"
STATEMENT_WORDS_RE = re.compile(
    r"\b(?:statements?|balance|sheets?|income|earnings|operations|cash|flows?|equity|financial|position)\b", re.I
)
# Words every company name may carry: they tell no two companies apart
GENERIC_NAME_WORDS = frozenset(
    {"THE", "INC", "INCORPORATED", "CORP", "CORPORATION", "COMPANY", "CO", "LTD", "LIMITED", "L", "P", "LP", "LLC",
     "AND", "SUBSIDIARIES", "SUBSIDIARY", "COMPANIES", "AFFILIATES", "CONSOLIDATED", "ITS"}
)  # fmt: skip


def mark_other_entities(statements: list[Statement], registrant: str | None) -> list[Statement]:
    """The statements, those of another company than `registrant` with its name as
    their `entity`; unchanged when the filer's own statements are not among them."""
    if not registrant:
        return statements
    others = {}
    for index, statement in enumerate(statements):
        name = title_company(statement.title)
        if name and not same_company(name, registrant):
            others[index] = name
    if not others or len(others) == len(statements):
        return statements
    return [replace(s, entity=others[i]) if i in others else s for i, s in enumerate(statements)]


def title_company(title: str) -> str | None:
    """The company a title line names ("TEXAS COMMERCE BANCSHARES, INC. and
    Subsidiaries" -> "Texas Commerce Bancshares, Inc."), as printed; None if none."""
    for piece in title.split(" / "):
        match = COMPANY_TITLE_RE.match(piece.strip())
        if match and not STATEMENT_WORDS_RE.search(match["name"]):
            name = match["name"].rstrip(" ,")
            return name.title() if name.isupper() else name
    return None


def same_company(name: str, other: str) -> bool:
    """Whether two names are the same company's ("APPLE COMPUTER INC" and "Apple
    Computer, Inc. and Subsidiaries"): the same distinctive words, each word of one
    the other's or its start ("INTL" is no start of "INTERNATIONAL", but the SEC's
    conformed names rarely shorten more than the suffix). A word more makes another
    company: "Ford Motor Credit Company" is not "Ford Motor Company". Names with
    nothing distinctive cannot be told apart, so they count as the same."""
    words, other_words = name_words(name), name_words(other)
    if not words or not other_words:
        return True
    return len(words) == len(other_words) and all(a.startswith(b) or b.startswith(a) for a, b in zip(words, other_words))


def name_words(name: str) -> list[str]:
    return [word for word in re.sub(r"[^A-Za-z0-9]+", " ", name).upper().split() if word not in GENERIC_NAME_WORDS]
