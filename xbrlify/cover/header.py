"""The SEC header's word on the cover facts, and where it and the cover text disagree.

The header wins for the CIK, the form type and the period (EDGAR set them); the cover
text wins for the rest (the registrant printed them), and the header fills what the cover
text lacks.
"""

from __future__ import annotations

from typing import Callable

from xbrlify.cover.model import CoverFact, CoverFinding
from xbrlify.cover.values import (
    collapse,
    digits,
    file_number_key,
    header_date,
    name_key,
    normalise_cik,
    normalise_ein,
    normalise_file_number,
    normalise_form_type,
    normalise_zip,
    split_phone,
    state_code,
)
from xbrlify.model import SecHeader

HEADER_WINS = frozenset({"DocumentType", "DocumentPeriodEndDate", "EntityCentralIndexKey"})
# How two spellings of a value are compared; concepts not listed are not compared
# (street lines differ in abbreviations: "345 PARK AVE" is "345 Park Avenue").
SAME_KEY: dict[str, Callable[[str], object]] = {
    "DocumentType": str.upper,
    "DocumentPeriodEndDate": str,
    "EntityRegistrantName": name_key,
    "EntityIncorporationStateCountryCode": str,
    "EntityFileNumber": file_number_key,
    "EntityTaxIdentificationNumber": digits,
    "EntityAddressCityOrTown": lambda city: collapse(city).upper(),
    "EntityAddressStateOrProvince": str,
    "EntityAddressPostalZipCode": lambda code: code[:5],
    "CityAreaCode": str,
    "LocalPhoneNumber": str,
}


def header_values(header: SecHeader) -> dict[str, tuple[str, str | None]]:
    """The cover facts the header gives: (as printed, normalised like those of the cover
    text or None when the printed value fails its pattern)."""
    fields = dict(reversed(header.fields))  # the first filer's value of each key
    address = dict(reversed(header.business_address))
    phone = address.get("BUSINESS PHONE")
    printed: dict[str, tuple[str | None, Callable[[str], str | None]]] = {
        "DocumentType": (header.submission_type, normalise_form_type),
        "DocumentPeriodEndDate": (header.period_of_report, header_date),
        "EntityCentralIndexKey": (header.cik, normalise_cik),
        "EntityRegistrantName": (header.company_name, collapse),
        "EntityIncorporationStateCountryCode": (header.state_of_incorporation, state_code),
        "EntityFileNumber": (fields.get("SEC FILE NUMBER"), normalise_file_number),
        "EntityTaxIdentificationNumber": (header.irs_number, normalise_ein),
        "EntityAddressAddressLine1": (address.get("STREET 1"), collapse),
        "EntityAddressAddressLine2": (address.get("STREET 2"), collapse),
        "EntityAddressCityOrTown": (address.get("CITY"), collapse),
        "EntityAddressStateOrProvince": (address.get("STATE"), state_code),
        "EntityAddressPostalZipCode": (address.get("ZIP"), normalise_zip),
        "CityAreaCode": (phone, lambda text: (split_phone(text) or (None, None))[0]),
        "LocalPhoneNumber": (phone, lambda text: (split_phone(text) or (None, None))[1]),
    }
    return {
        concept: (raw.strip(), normalise(raw) or None)
        for concept, (raw, normalise) in printed.items()
        if raw and raw.strip()
    }


def reconcile(facts: dict[str, CoverFact], header: SecHeader) -> list[CoverFinding]:
    """Merge the header's values into `facts` (in place); the findings of disagreement
    and of header values that fail their pattern."""
    findings = []
    for concept, (raw, value) in header_values(header).items():
        if value is None:
            if concept != "CityAreaCode":  # one finding for the telephone number
                message = f'{concept}: the SEC header\'s "{raw}" fails its pattern; it is left out'
                findings.append(CoverFinding("xbrlify:coverValueInvalid", message, None))
            continue
        mine = facts.get(concept)
        same = SAME_KEY.get(concept)
        if mine and same and same(mine.value) != same(value):
            findings.append(
                CoverFinding(
                    "xbrlify:coverHeaderDisagrees",
                    f'{concept}: the cover says "{mine.value}", the SEC header "{value}"; '
                    f"the {'header' if concept in HEADER_WINS else 'cover'} is used",
                    mine.source,
                )
            )
        if concept in HEADER_WINS or mine is None:
            facts[concept] = CoverFact(concept, value, None, "header")
    return findings
