"""Records of the cover stage: facts read from the cover page and what went wrong.

Concepts are DEI local names (`EntityRegistrantName`, `DocumentType`, ...). The signature
has no DEI concepts; its records use three names of the project's own:

- `SignerName`: the person who signed for the registrant, as printed ("/s/" and a trailing
  "*" of a signature by attorney-in-fact removed);
- `SignerTitle`: the signer's title, its wrapped lines joined;
- `SignatureDate`: the date the report was signed, ISO.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from xbrlify.model import SourceSpan

Origin = Literal["header", "cover", "derived"]
FindingCode = Literal[
    "xbrlify:coverFieldMissing",  # the cover page does not give the field
    "xbrlify:coverValueInvalid",  # a value fails its pattern; it is left out
    "xbrlify:coverHeaderDisagrees",  # the SEC header and the cover text differ
]

# The cover facts every filing should have, in the order they are listed.
COVER_CONCEPTS: tuple[str, ...] = (
    "DocumentType",
    "AmendmentFlag",
    "AmendmentDescription",
    "DocumentPeriodEndDate",
    "EntityRegistrantName",
    "EntityCentralIndexKey",
    "EntityIncorporationStateCountryCode",
    "EntityFileNumber",
    "EntityTaxIdentificationNumber",
    "EntityAddressAddressLine1",
    "EntityAddressAddressLine2",
    "EntityAddressCityOrTown",
    "EntityAddressStateOrProvince",
    "EntityAddressPostalZipCode",
    "CityAreaCode",
    "LocalPhoneNumber",
)
OPTIONAL_CONCEPTS = frozenset({"AmendmentDescription", "EntityAddressAddressLine2"})
SIGNATURE_CONCEPTS: tuple[str, ...] = ("SignerName", "SignerTitle", "SignatureDate")


class Reading(NamedTuple):
    """A piece of cover text as printed and where it was read."""

    text: str
    span: SourceSpan


@dataclass(frozen=True)
class CoverFact:
    concept: str  # DEI local name, e.g. "EntityRegistrantName"
    value: str  # normalised: ISO dates, "true"/"false", "DE", "22-3537927", 10-digit CIK
    source: SourceSpan | None  # where the value was read; None when from the SEC header
    origin: Origin


@dataclass(frozen=True)
class CoverFinding:
    code: FindingCode
    message: str
    span: SourceSpan | None

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.code}: {self.message}"


@dataclass(frozen=True)
class Cover:
    facts: tuple[CoverFact, ...]
    findings: tuple[CoverFinding, ...]
    signature: tuple[CoverFact, ...]  # SignerName, SignerTitle, SignatureDate (those found)
    accession_number: str | None = None  # from the SEC header; DEI has no concept for it

    def value(self, concept: str) -> str | None:
        for fact in (*self.facts, *self.signature):
            if fact.concept == concept:
                return fact.value
        return None

    def fact(self, concept: str) -> CoverFact | None:
        return next((f for f in (*self.facts, *self.signature) if f.concept == concept), None)
