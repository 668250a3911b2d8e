"""Stage "narrative": facts a filing states in words and check boxes rather than in tables.

    filing = read_filing(path)[0]
    facts, findings = read_form_12b25(filing)   # Form 12b-25: form, period, boxes, narrative, contact
    facts = read_8k_items(filing)               # Form 8-K: a text block per "ITEM n."
    facts = read_prose_amounts(filing)          # a business sold: date, price, note, installments, loss
    findings = prose_table_disagreements(facts, {"Loss on disposal": (Decimal("147747"), span)})

Each reader returns [] for a filing it does not apply to. Every fact keeps the span it was read
from; text blocks keep their lines as printed (line breaks included), less lines that are
nothing but EDGAR markup (<PAGE>, <TABLE>, <S> <C>). Concepts are local names of the base
namespace; taxonomy/xbrlify/xbrlify-forms-2026-01-01.xsd declares those the base schema lacks.
"""

from __future__ import annotations

from xbrlify.narrative.items import ITEM_CONCEPTS, find_item_sections, read_8k_items
from xbrlify.narrative.late_filing import read_form_12b25
from xbrlify.narrative.prose import PROSE_TOPICS, prose_table_disagreements, read_prose_amounts
from xbrlify.narrative.records import NARRATIVE_CODES, ItemSection, NarrativeFact, NarrativeFinding
from xbrlify.narrative.text import filing_form

__all__ = [
    "ITEM_CONCEPTS",
    "NARRATIVE_CODES",
    "PROSE_TOPICS",
    "ItemSection",
    "NarrativeFact",
    "NarrativeFinding",
    "filing_form",
    "find_item_sections",
    "prose_table_disagreements",
    "read_8k_items",
    "read_form_12b25",
    "read_prose_amounts",
]
