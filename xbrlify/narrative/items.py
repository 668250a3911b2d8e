"""Form 8-K: each "ITEM n." section as a text block, its lines as printed."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

from xbrlify.model import Filing
from xbrlify.narrative.records import ItemSection, NarrativeFact
from xbrlify.narrative.text import SIGNATURE_RE, filing_form, main_document, text_block, trim_end

# Form 8-K item -> its text block concept. An item of the form before August 23, 2004 and the
# item of the 2004 form with the same subject share a concept; the two numberings never clash.
ITEM_CONCEPTS: Mapping[str, str] = MappingProxyType({
    "1": "ChangesInControlOfRegistrantTextBlock",
    "2": "AcquisitionOrDispositionOfAssetsTextBlock",
    "3": "BankruptcyOrReceivershipTextBlock",
    "4": "ChangesInRegistrantsCertifyingAccountantTextBlock",
    "5": "OtherEventsTextBlock",
    "6": "ResignationsOfRegistrantsDirectorsTextBlock",
    "7": "FinancialStatementsAndExhibitsTextBlock",
    "8": "ChangeInFiscalYearTextBlock",
    "9": "RegulationFDDisclosureTextBlock",
    "10": "AmendmentsToOrWaiverOfCodeOfEthicsTextBlock",
    "11": "TemporarySuspensionOfTradingUnderEmployeeBenefitPlansTextBlock",
    "12": "ResultsOfOperationsAndFinancialConditionTextBlock",
    "1.01": "EntryIntoMaterialDefinitiveAgreementTextBlock",
    "1.02": "TerminationOfMaterialDefinitiveAgreementTextBlock",
    "1.03": "BankruptcyOrReceivershipTextBlock",
    "2.01": "AcquisitionOrDispositionOfAssetsTextBlock",
    "2.02": "ResultsOfOperationsAndFinancialConditionTextBlock",
    "2.03": "CreationOfDirectFinancialObligationTextBlock",
    "2.04": "TriggeringEventsAcceleratingOrIncreasingFinancialObligationTextBlock",
    "2.05": "CostsAssociatedWithExitOrDisposalActivitiesTextBlock",
    "2.06": "MaterialImpairmentsTextBlock",
    "3.01": "NoticeOfDelistingOrFailureToSatisfyListingRuleTextBlock",
    "3.02": "UnregisteredSalesOfEquitySecuritiesTextBlock",
    "3.03": "MaterialModificationToRightsOfSecurityHoldersTextBlock",
    "4.01": "ChangesInRegistrantsCertifyingAccountantTextBlock",
    "4.02": "NonRelianceOnPreviouslyIssuedFinancialStatementsTextBlock",
    "5.01": "ChangesInControlOfRegistrantTextBlock",
    "5.02": "DepartureOrElectionOfDirectorsOrOfficersTextBlock",
    "5.03": "AmendmentsToArticlesOrBylawsOrChangeInFiscalYearTextBlock",
    "5.04": "TemporarySuspensionOfTradingUnderEmployeeBenefitPlansTextBlock",
    "5.05": "AmendmentsToOrWaiverOfCodeOfEthicsTextBlock",
    "5.06": "ChangeInShellCompanyStatusTextBlock",
    "7.01": "RegulationFDDisclosureTextBlock",
    "8.01": "OtherEventsTextBlock",
    "9.01": "FinancialStatementsAndExhibitsTextBlock",
})
ITEM_HEADING_RE = re.compile(r"""
    ^(?P<indent>[ ]*)
    (?i:ITEM)\s+                                          # "ITEM", "Item", "item"
    (?P<number>\d{1,2}(?:\.\d{2})?)                       # 2, 12; 2.01 in the form of 2004 on
    \s*[.:\-\u2013\u2014]?                                # "2." "2:" "2 -"
    (?:\s+(?P<title>[^a-z\s].*?))?                        # a title, not a sentence going on ("of the")
    \s*$""", re.VERBOSE)


def find_item_sections(filing: Filing) -> list[ItemSection]:
    """Each "ITEM n." section of the first document, up to the next item heading, a SIGNATURES
    heading or the document's end, less trailing blank, markup and page-number lines. A heading
    with nothing under it before the next one (a table of contents' entry) makes no section."""
    first, last = main_document(filing)
    stops: list[tuple[int, re.Match[str] | None]] = []
    for number in range(first, last + 1):
        text = filing.line_text(number)
        match = ITEM_HEADING_RE.match(text)
        if match or SIGNATURE_RE.match(text):
            stops.append((number, match))
    sections = []
    for index, (start, match) in enumerate(stops):
        if match is None:
            continue
        end = trim_end(filing, start, stops[index + 1][0] - 1 if index + 1 < len(stops) else last)
        if end > start:
            number = match["number"].lstrip("0") or "0"
            sections.append(ItemSection(number, match["title"] or "", start, end, len(match["indent"])))
    return sections


def read_8k_items(filing: Filing) -> list[NarrativeFact]:
    """One text block fact per item of a Form 8-K (or 8-K/A) whose number ITEM_CONCEPTS knows;
    [] for other forms. `find_item_sections` also lists the items it does not know."""
    if filing_form(filing) != "8-K":
        return []
    facts = []
    for section in find_item_sections(filing):
        concept = ITEM_CONCEPTS.get(section.number)
        if concept:
            value, span = text_block(filing, section.first_line, section.last_line, section.start_col)
            fact = NarrativeFact(concept=concept, value=value, kind="text", source=span, end_line=section.last_line)
            facts.append(fact)
    return facts
