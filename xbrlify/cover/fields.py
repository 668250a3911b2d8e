"""Labelled cover fields to facts: each value checked against its pattern and normalised,
the address split into street, city, state and ZIP code, the phone into its two parts."""

from __future__ import annotations

import re
from typing import Callable

from xbrlify.cover.layout import CoverText, Field, Label, read_labelled
from xbrlify.cover.model import CoverFact, CoverFinding, Reading
from xbrlify.cover.values import (
    ZIP_RE,
    collapse,
    normalise_ein,
    normalise_file_number,
    normalise_zip,
    split_phone,
    state_code,
)

SIMPLE_FIELDS: dict[Field, tuple[str, Callable[[str], str | None], str]] = {
    # field: (concept, normaliser, the pattern a value must have, for the report)
    "registrant": ("EntityRegistrantName", lambda text: text or None, "a name"),
    "state": ("EntityIncorporationStateCountryCode", state_code, "a US state or its code"),
    "file_number": ("EntityFileNumber", normalise_file_number, "a file number such as 0-30440"),
    "ein": ("EntityTaxIdentificationNumber", normalise_ein, "an EIN NN-NNNNNNN"),
}
ADDRESS_PART_RE = re.compile(r"[^,]+")  # the parts of an address, between its commas
WORD_RE = re.compile(r"\S+")
LONGEST_STATE_NAME = 3  # words: "District of Columbia"
Labelled = dict[Field, list[tuple[Label, list[Reading]]]]


class FieldsRead:
    """The facts read from labelled fields, the findings, and labels that had no value."""

    def __init__(self) -> None:
        self.facts: dict[str, CoverFact] = {}
        self.findings: list[CoverFinding] = []
        self.empty_labels: dict[str, Label] = {}
        self.invalid_concepts: set[str] = set()  # reported as invalid: not missing as well

    def add(self, concept: str, value: str, reading: Reading) -> None:
        if concept not in self.facts:
            self.facts[concept] = CoverFact(concept, value, reading.span, "cover")

    def invalid(self, concept: str, reading: Reading, expected: str, *also: str) -> None:
        self.invalid_concepts.update((concept, *also))
        self.findings.append(
            CoverFinding(
                "xbrlify:coverValueInvalid",
                f'{concept}: "{reading.text}" is not {expected}; it is left out',
                reading.span,
            )
        )


def read_fields(cover: CoverText) -> FieldsRead:
    labelled = read_labelled(cover)
    read = FieldsRead()
    for field, (concept, normalise, expected) in SIMPLE_FIELDS.items():
        for label, readings in labelled.get(field, []):
            if not readings:
                read.empty_labels.setdefault(concept, label)
                continue
            reading = joined(readings)
            value = normalise(reading.text)
            if value:
                read.add(concept, value, reading)
                break
            read.invalid(concept, reading, expected)
    read_phone(labelled.get("phone", []), read)
    read_address(labelled, read)
    return read


def joined(readings: list[Reading]) -> Reading:
    """Wrapped lines as one value, placed at its first line."""
    return Reading(collapse(" ".join(r.text for r in readings)), readings[0].span)


def read_phone(candidates: list[tuple[Label, list[Reading]]], read: FieldsRead) -> None:
    for label, readings in candidates:
        if not readings:
            read.empty_labels.setdefault("LocalPhoneNumber", label)
            continue
        reading = joined(readings)
        parts = split_phone(reading.text)
        if parts:
            read.add("CityAreaCode", parts[0], reading)
            read.add("LocalPhoneNumber", parts[1], reading)
            return
        read.invalid("LocalPhoneNumber", reading, "a telephone number (NNN) NNN-NNNN", "CityAreaCode")


def read_address(labelled: Labelled, read: FieldsRead) -> None:
    """The first address with a value, the first "City, State and Zip Code" line, and the
    ZIP code printed in a column of its own, as one address."""
    lines = first_value(labelled, "address", read, "EntityAddressAddressLine1")
    lines += first_value(labelled, "city_line", read, "EntityAddressCityOrTown")
    zip_lines = first_value(labelled, "zip", read, "EntityAddressPostalZipCode")
    parts = [part for reading in lines for part in split_reading(reading, ADDRESS_PART_RE)]
    zip_reading = joined(zip_lines) if zip_lines else None
    if parts and zip_reading is None and ZIP_RE.search(parts[-1].text):
        parts[-1], zip_reading = cut(parts[-1], ZIP_RE.search(parts[-1].text).start("zip"))
    if zip_reading:
        value = normalise_zip(zip_reading.text)
        if value:
            read.add("EntityAddressPostalZipCode", value, zip_reading)
        else:
            read.invalid("EntityAddressPostalZipCode", zip_reading, "a ZIP code NNNNN or NNNNN-NNNN")
    parts = [part for part in parts if part.text]
    city_index = len(parts) - 1 if len(parts) > 1 else None
    if parts:
        state = read_state(parts)
        if state:
            read.add("EntityAddressStateOrProvince", *state)
            city_index = len(parts) - 1 if parts[-1].text else len(parts) - 2
            if not parts[-1].text and (city_index < 0 or parts[city_index].text[:1].isdigit()):
                parts[-1] = state[1]  # "345 Park Avenue, New York 10154": a city named as its state
                city_index = len(parts) - 1
            parts = [part for part in parts if part.text]
    if city_index is not None and 0 <= city_index < len(parts):
        read.add("EntityAddressCityOrTown", collapse(parts[city_index].text), parts[city_index])
        parts = parts[:city_index]
    if parts:
        read.add("EntityAddressAddressLine1", collapse(parts[0].text), parts[0])
    if len(parts) > 1:
        read.add("EntityAddressAddressLine2", collapse(", ".join(p.text for p in parts[1:])), parts[1])


def first_value(labelled: Labelled, field: Field, read: FieldsRead, concept: str) -> list[Reading]:
    for label, readings in labelled.get(field, []):
        if readings:
            return readings
        read.empty_labels.setdefault(concept, label)
    return []


def read_state(parts: list[Reading]) -> tuple[str, Reading] | None:
    """The state at the end of the address's last part ("New Jersey", "N.Y.", "CA"); the
    part keeps what is before it (a city printed without a comma: "Cupertino California")."""
    last = parts[-1]
    words = list(WORD_RE.finditer(last.text))
    for count in range(min(LONGEST_STATE_NAME, len(words)), 0, -1):
        start = words[-count].start()
        code = state_code(last.text[start:])
        if code:
            parts[-1], state = cut(last, start)
            return code, state
    return None


def split_reading(reading: Reading, pattern: re.Pattern[str]) -> list[Reading]:
    pieces = []
    for match in pattern.finditer(reading.text):
        text = match[0].strip()
        if text:
            start = reading.span.start_col + match.start() + len(match[0]) - len(match[0].lstrip())
            pieces.append(Reading(text, reading.span._replace(start_col=start, end_col=start + len(text))))
    return pieces


def cut(reading: Reading, at: int) -> tuple[Reading, Reading]:
    """A reading split at a character: the part before (trimmed of blanks and commas) and after."""
    head = reading.text[:at].rstrip(" ,")
    tail = reading.text[at:].strip()
    start = reading.span.start_col
    return (
        Reading(head, reading.span._replace(end_col=start + len(head))),
        Reading(tail, reading.span._replace(start_col=start + at, end_col=start + at + len(tail))),
    )
