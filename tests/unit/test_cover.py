"""Stage "cover": DEI cover facts from the cover text and the SEC header; findings."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from xbrlify.cover import Cover, read_cover
from xbrlify.source import read_filing

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_8KA = "auxer-8k-a2-2001-11-07.txt"
SEED_8K = "auxer-8k-2001-05-31.txt"
SEED_NT = "auxer-nt10k-2003-03-31.txt"
CORPUS = {
    # file: (registrant as printed on the cover, CIK, form type, period)
    "apple-10q-1998-0000320193-98-000008.txt": ("APPLE COMPUTER, INC.", "0000320193", "10-Q", "1998-06-26"),
    "apple-10k-1997-0001047469-97-006960.txt": ("APPLE COMPUTER, INC.", "0000320193", "10-K", "1997-09-26"),
    "bms-10q-1998-0000014272-98-000011.txt": ("BRISTOL-MYERS SQUIBB COMPANY", "0000014272", "10-Q", "1998-09-30"),
    "ford-10k-2001-0000037996-02-000015.txt": ("FORD MOTOR COMPANY", None, "10-K", "2001-12-31"),
}
ALL_FIXTURES = [SEED_8KA, SEED_8K, SEED_NT, *CORPUS]


def cover_of(name: str) -> tuple[Cover, object]:
    filing, _ = read_filing(FIXTURES / name)
    return read_cover(filing), filing


def cover_from_text(tmp_path: Path, text: str) -> Cover:
    path = tmp_path / "filing.txt"
    path.write_text(textwrap.dedent(text).lstrip("\n"))
    filing, _ = read_filing(path)
    return read_cover(filing)


def codes(cover: Cover) -> list[str]:
    return [finding.code for finding in cover.findings]


def concepts_with(cover: Cover, code: str) -> set[str]:
    """Findings' messages start with the concept they are about."""
    return {f.message.split(":")[0] for f in cover.findings if f.code == code}


def finding_about(cover: Cover, code: str, concept: str):
    found = [f for f in cover.findings if f.code == code and concept in f.message]
    assert found, f"no {code} about {concept} in {[str(f) for f in cover.findings]}"
    return found[0]


# --- the seeds ---------------------------------------------------------------------------

SEED_8KA_FACTS = {
    "DocumentType": "8-K/A",
    "AmendmentFlag": "true",
    "AmendmentDescription": "Amendment No. 2",
    "DocumentPeriodEndDate": "2001-05-16",
    "EntityRegistrantName": "THE AUXER GROUP, INC.",
    "EntityIncorporationStateCountryCode": "DE",
    "EntityFileNumber": "0-30440",
    "EntityTaxIdentificationNumber": "22-3537927",
    "EntityAddressAddressLine1": "12 Andrews Drive",
    "EntityAddressCityOrTown": "West Paterson",
    "EntityAddressStateOrProvince": "NJ",
    "EntityAddressPostalZipCode": "07424",
    "CityAreaCode": "973",
    "LocalPhoneNumber": "890-4925",
}


@pytest.mark.parametrize("concept", sorted(SEED_8KA_FACTS))
def test_seed_8ka_cover_fact(concept):
    cover, _ = cover_of(SEED_8KA)
    assert cover.value(concept) == SEED_8KA_FACTS[concept]


def test_seed_8ka_signature():
    cover, _ = cover_of(SEED_8KA)
    assert cover.value("SignerName") == "Eugene Chiaramonte, Jr."
    assert cover.value("SignerTitle") == "President"
    assert cover.value("SignatureDate") == "2001-11-07"
    assert [fact.concept for fact in cover.signature] == ["SignerName", "SignerTitle", "SignatureDate"]


def test_seed_8ka_has_no_header_so_no_cik_and_one_finding():
    cover, _ = cover_of(SEED_8KA)
    assert cover.value("EntityCentralIndexKey") is None
    assert cover.accession_number is None
    assert [(f.code, f.span) for f in cover.findings] == [("xbrlify:coverFieldMissing", None)]
    assert cover.findings[0].message.startswith("EntityCentralIndexKey: no SEC header")


def test_seed_8ka_spans_hold_the_printed_values():
    cover, filing = cover_of(SEED_8KA)
    printed = {
        "DocumentType": "FORM 8-K",
        "AmendmentDescription": "AMENDMENT NO. 2",
        "DocumentPeriodEndDate": "May 16, 2001",
        "EntityRegistrantName": "THE AUXER GROUP, INC.",
        "EntityIncorporationStateCountryCode": "Delaware",
        "EntityFileNumber": "0-30440",
        "EntityTaxIdentificationNumber": "22-3537927",
        "EntityAddressAddressLine1": "12 Andrews Drive",
        "EntityAddressCityOrTown": "West Paterson",
        "EntityAddressStateOrProvince": "New Jersey",
        "EntityAddressPostalZipCode": "07424",
        "CityAreaCode": "(973) 890-4925",
        "SignerName": "Eugene Chiaramonte, Jr.",
        "SignerTitle": "President",
        "SignatureDate": "November 7, 2001",
    }
    for concept, text in printed.items():
        fact = cover.fact(concept)
        assert filing.span_text(fact.source) == text, concept
    lines = {concept: cover.fact(concept).source.line for concept in printed}
    assert lines["EntityFileNumber"] == 24 and lines["SignatureDate"] == 468


def test_seed_8ka_origins():
    cover, _ = cover_of(SEED_8KA)
    origins = {fact.concept: fact.origin for fact in cover.facts}
    assert origins.pop("AmendmentFlag") == "derived"
    assert set(origins.values()) == {"cover"}


def test_seed_8k_original():
    cover, _ = cover_of(SEED_8K)
    expected = {**SEED_8KA_FACTS, "DocumentType": "8-K", "AmendmentFlag": "false"}
    del expected["AmendmentDescription"]
    assert {fact.concept: fact.value for fact in cover.facts} == expected
    assert cover.value("SignerName") == "Eugene Chiaramonte, Jr."
    assert cover.value("SignerTitle") == "President"
    assert cover.value("SignatureDate") == "2001-05-31"
    assert codes(cover) == ["xbrlify:coverFieldMissing"]  # the CIK


def test_seed_nt_10k():
    cover, filing = cover_of(SEED_NT)
    assert cover.value("DocumentType") == "NT 10-K"  # FORM 12B-25, [X] Form 10-K
    assert cover.value("AmendmentFlag") == "false"
    assert cover.value("DocumentPeriodEndDate") == "2002-12-31"  # For the Transition Period Ended
    assert cover.value("EntityRegistrantName") == "THE AUXER GROUP, INC."
    assert cover.value("EntityAddressAddressLine1") == "12 Andrews Drive"
    assert cover.value("EntityAddressCityOrTown") == "West Paterson"
    assert cover.value("EntityAddressStateOrProvince") == "NJ"
    assert cover.value("EntityAddressPostalZipCode") == "07424"
    assert filing.span_text(cover.fact("EntityRegistrantName").source) == "THE AUXER GROUP, INC."
    assert cover.value("SignerName") == "Robert J. Scott"
    assert cover.value("SignerTitle") == "President"
    assert cover.value("SignatureDate") == "2003-03-31"


def test_seed_nt_10k_missing_fields_are_findings_not_failures():
    cover, _ = cover_of(SEED_NT)
    assert concepts_with(cover, "xbrlify:coverFieldMissing") == {
        "EntityCentralIndexKey",
        "EntityIncorporationStateCountryCode",
        "EntityFileNumber",
        "EntityTaxIdentificationNumber",
        "CityAreaCode",
        "LocalPhoneNumber",
    }
    # the contact's telephone in Part IV is not the registrant's
    assert cover.value("LocalPhoneNumber") is None


# --- the corpus -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_registrant_cik_form_and_period(name):
    registrant, cik, form, period = CORPUS[name]
    cover, _ = cover_of(name)
    assert cover.value("EntityRegistrantName") == registrant
    assert cover.value("EntityCentralIndexKey") == cik
    assert cover.value("DocumentType") == form
    assert cover.value("DocumentPeriodEndDate") == period
    assert cover.value("AmendmentFlag") == "false"


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_corpus_header_and_cover_text_agree(name):
    cover, filing = cover_of(name)
    assert "xbrlify:coverHeaderDisagrees" not in codes(cover)
    if filing.header:
        assert cover.fact("EntityCentralIndexKey").origin == "header"
        assert cover.fact("DocumentType").origin == "header"
        assert cover.fact("DocumentType").source is None
        assert cover.fact("EntityRegistrantName").origin == "cover"  # the cover text wins
        assert cover.findings == ()
        assert cover.accession_number == "-".join(name.removesuffix(".txt").split("-")[-3:])


def test_ford_has_no_header_so_no_cik_and_a_finding():
    cover, filing = cover_of("ford-10k-2001-0000037996-02-000015.txt")
    assert filing.header is None
    assert cover.value("EntityCentralIndexKey") is None
    finding = finding_about(cover, "xbrlify:coverFieldMissing", "EntityCentralIndexKey")
    assert finding.span is None
    assert {fact.origin for fact in cover.facts} == {"cover", "derived"}


CORPUS_DETAILS = {
    "apple-10q-1998-0000320193-98-000008.txt": {
        "EntityIncorporationStateCountryCode": "CA",  # "CALIFORNIA     942404110" over two captions
        "EntityTaxIdentificationNumber": "94-2404110",
        "EntityFileNumber": "0-10030",  # "Commission file number 0-10030"
        "EntityAddressAddressLine1": "1 Infinite Loop",
        "EntityAddressCityOrTown": "Cupertino",
        "EntityAddressStateOrProvince": "CA",
        "EntityAddressPostalZipCode": "95014",
        "CityAreaCode": "408",
        "LocalPhoneNumber": "996-1010",
        "SignerName": "Fred D. Anderson",
        "SignerTitle": "Executive Vice President and Chief Financial Officer",
        "SignatureDate": "1998-08-10",
    },
    "apple-10k-1997-0001047469-97-006960.txt": {
        "EntityFileNumber": "0-10030",
        "EntityTaxIdentificationNumber": "94-2404110",
        "SignerName": "FRED D. ANDERSON",
        "SignatureDate": "1997-12-04",  # "this 4th day of / December 1997"
    },
    "bms-10q-1998-0000014272-98-000011.txt": {
        "EntityIncorporationStateCountryCode": "DE",
        "EntityTaxIdentificationNumber": "22-0790350",  # printed "22-079-0350"
        "EntityFileNumber": "1-1136",
        "EntityAddressAddressLine1": "345 Park Avenue",
        "EntityAddressCityOrTown": "New York",
        "EntityAddressStateOrProvince": "NY",  # "N.Y."
        "EntityAddressPostalZipCode": "10154",
        "CityAreaCode": "212",  # "Telephone: (212) 546-4000"
        "LocalPhoneNumber": "546-4000",
        "SignerName": "Harrison M. Bains, Jr.",
        "SignerTitle": "Vice President and Treasurer",
        "SignatureDate": "1998-11-16",
    },
    "ford-10k-2001-0000037996-02-000015.txt": {
        "EntityIncorporationStateCountryCode": "DE",
        "EntityTaxIdentificationNumber": "38-0549190",
        "EntityFileNumber": "1-3950",
        "EntityAddressAddressLine1": "One American Road",
        "EntityAddressCityOrTown": "Dearborn",
        "EntityAddressStateOrProvince": "MI",
        "EntityAddressPostalZipCode": "48126",
        "CityAreaCode": "313",  # "313-322-3000"
        "LocalPhoneNumber": "322-3000",
        "SignerName": "I. Martin Inglis",  # "By: I. Martin Inglis*"
        "SignerTitle": "Group Vice President and Chief Financial Officer",
        "SignatureDate": "2002-03-28",
    },
}


@pytest.mark.parametrize("name", sorted(CORPUS_DETAILS))
def test_corpus_other_cover_fields(name):
    cover, _ = cover_of(name)
    assert {concept: cover.value(concept) for concept in CORPUS_DETAILS[name]} == CORPUS_DETAILS[name]


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_every_span_points_at_text_of_the_filing(name):
    cover, filing = cover_of(name)
    for fact in (*cover.facts, *cover.signature, *cover.findings):
        span = getattr(fact, "source", None) or getattr(fact, "span", None)
        if span is None:
            continue
        assert span.path == filing.path
        assert filing.span_text(span).strip() == filing.span_text(span) != "", fact


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_reading_twice_gives_the_same_cover(name):
    assert cover_of(name)[0] == cover_of(name)[0]


# --- findings, from small inputs -----------------------------------------------------------

EIGHT_K = """
    SECURITIES AND EXCHANGE COMMISSION
    FORM 8-K
    Date of Report (Date of earliest event reported): March 3, 1999

                 ACME WIDGETS CORP.
    (Exact name of registrant as specified in its charter)

       Texas                  {file_number}              {ein}
    (State of incorporation) (Commission File Number) (IRS Employer Identification No.)

    100 Main Street, Suite 5, Austin, Texas 78701
    (Address of principal executive offices)

    Registrant's telephone number, including area code: (512) 555-0100
    <PAGE>
"""


def test_three_fields_over_three_captions_on_one_line(tmp_path):
    cover = cover_from_text(tmp_path, EIGHT_K.format(file_number="0-12345", ein="74-1234567"))
    assert cover.value("EntityRegistrantName") == "ACME WIDGETS CORP."
    assert cover.value("EntityIncorporationStateCountryCode") == "TX"
    assert cover.value("EntityFileNumber") == "0-12345"
    assert cover.value("EntityTaxIdentificationNumber") == "74-1234567"
    assert cover.value("EntityAddressAddressLine1") == "100 Main Street"
    assert cover.value("EntityAddressAddressLine2") == "Suite 5"
    assert cover.value("EntityAddressCityOrTown") == "Austin"
    assert cover.value("EntityAddressStateOrProvince") == "TX"
    assert cover.value("EntityAddressPostalZipCode") == "78701"
    assert (cover.value("CityAreaCode"), cover.value("LocalPhoneNumber")) == ("512", "555-0100")
    assert cover.value("DocumentPeriodEndDate") == "1999-03-03"


def test_an_ein_that_fails_its_pattern_is_left_out_and_reported(tmp_path):
    cover = cover_from_text(tmp_path, EIGHT_K.format(file_number="0-12345", ein="74-123456"))
    assert cover.value("EntityTaxIdentificationNumber") is None
    finding = finding_about(cover, "xbrlify:coverValueInvalid", "EntityTaxIdentificationNumber")
    assert '"74-123456"' in finding.message
    assert (finding.span.line, finding.span.start_col) == (8, 47)
    assert cover.value("EntityFileNumber") == "0-12345"  # its neighbour is unharmed
    assert "xbrlify:coverFieldMissing" not in [f.code for f in cover.findings if "EntityTax" in f.message]


def test_a_file_number_that_fails_its_pattern_is_left_out_and_reported(tmp_path):
    cover = cover_from_text(tmp_path, EIGHT_K.format(file_number="pending", ein="74-1234567"))
    assert cover.value("EntityFileNumber") is None
    finding_about(cover, "xbrlify:coverValueInvalid", "EntityFileNumber")


def test_a_state_that_is_not_a_state_is_left_out_and_reported(tmp_path):
    text = EIGHT_K.format(file_number="0-12345", ein="74-1234567").replace("Texas   ", "Ruritania", 1)
    cover = cover_from_text(tmp_path, text)
    assert cover.value("EntityIncorporationStateCountryCode") is None
    assert '"Ruritania"' in finding_about(cover, "xbrlify:coverValueInvalid", "Incorporation").message


def test_a_missing_field_gives_a_finding_not_a_failure(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 10-Q
        For the quarterly period ended March 31, 1996

                 ACME WIDGETS CORP.
        (Exact name of registrant as specified in its charter)
        """,
    )
    assert cover.value("EntityRegistrantName") == "ACME WIDGETS CORP."
    assert cover.value("DocumentType") == "10-Q"
    assert cover.value("DocumentPeriodEndDate") == "1996-03-31"
    assert cover.value("EntityTaxIdentificationNumber") is None
    finding = finding_about(cover, "xbrlify:coverFieldMissing", "EntityTaxIdentificationNumber")
    assert finding.span is None
    finding_about(cover, "xbrlify:coverFieldMissing", "SignerName")


def test_an_empty_caption_is_where_the_missing_finding_points(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 10-K

        (Commission File Number)
        """,
    )
    finding = finding_about(cover, "xbrlify:coverFieldMissing", "EntityFileNumber")
    assert finding.span.line == 3


SUBMISSION = """
    <SEC-DOCUMENT>0000099999-99-000001.txt : 19990505
    <SEC-HEADER>0000099999-99-000001.hdr.sgml : 19990505
    ACCESSION NUMBER:\t\t0000099999-99-000001
    CONFORMED SUBMISSION TYPE:\t10-Q
    CONFORMED PERIOD OF REPORT:\t19990331
    FILER:
    \tCOMPANY DATA:
    \t\tCOMPANY CONFORMED NAME:\t\t\tACME WIDGETS CORP
    \t\tCENTRAL INDEX KEY:\t\t\t99999
    \t\tIRS NUMBER:\t\t\t\t{irs}
    \t\tSTATE OF INCORPORATION:\t\t\tTX
    \tFILING VALUES:
    \t\tSEC FILE NUMBER:\t000-12345
    \tBUSINESS ADDRESS:
    \t\tSTREET 1:\t\t100 MAIN ST
    \t\tCITY:\t\t\tAUSTIN
    \t\tSTATE:\t\t\tTX
    \t\tZIP:\t\t\t78701
    \t\tBUSINESS PHONE:\t\t5125550100
    </SEC-HEADER>
    <DOCUMENT>
    <TYPE>10-Q
    <TEXT>
                           FORM 10-Q
         For the quarterly period ended {period}

       Commission file number 0-12345

                 Acme Widgets Corporation
    (Exact name of registrant as specified in its charter)

       Texas                                 74-1234567
    (State of incorporation)    (IRS Employer Identification No.)
    </TEXT>
    </DOCUMENT>
"""


def test_header_wins_for_cik_form_and_period_and_fills_what_the_cover_lacks(tmp_path):
    cover = cover_from_text(tmp_path, SUBMISSION.format(irs="741234567", period="March 31, 1999"))
    assert cover.fact("EntityCentralIndexKey").value == "0000099999"
    assert cover.fact("DocumentType").origin == "header"
    assert cover.value("DocumentPeriodEndDate") == "1999-03-31"
    assert cover.accession_number == "0000099999-99-000001"
    # "Acme Widgets Corporation" is "ACME WIDGETS CORP": no disagreement; the cover's spelling wins
    assert cover.fact("EntityRegistrantName").value == "Acme Widgets Corporation"
    assert "xbrlify:coverHeaderDisagrees" not in codes(cover)
    # the cover prints no address: the header's is used, and the finding says so
    assert cover.fact("EntityAddressCityOrTown").value == "AUSTIN"
    assert cover.fact("EntityAddressCityOrTown").origin == "header"
    assert (cover.value("CityAreaCode"), cover.value("LocalPhoneNumber")) == ("512", "555-0100")
    assert "header" in finding_about(cover, "xbrlify:coverFieldMissing", "EntityAddressCityOrTown").message


def test_header_and_cover_disagreements_are_findings(tmp_path):
    cover = cover_from_text(tmp_path, SUBMISSION.format(irs="741111111", period="June 30, 1999"))
    period = finding_about(cover, "xbrlify:coverHeaderDisagrees", "DocumentPeriodEndDate")
    assert "1999-06-30" in period.message and "1999-03-31" in period.message
    assert period.span.line == 25
    assert cover.fact("DocumentPeriodEndDate").value == "1999-03-31"  # the header wins
    ein = finding_about(cover, "xbrlify:coverHeaderDisagrees", "EntityTaxIdentificationNumber")
    assert ein.span.line == 32
    assert cover.value("EntityTaxIdentificationNumber") == "74-1234567"  # the cover wins
    assert cover.fact("EntityTaxIdentificationNumber").origin == "cover"


def test_a_header_value_that_fails_its_pattern_is_reported_and_left_out(tmp_path):
    cover = cover_from_text(tmp_path, SUBMISSION.format(irs="APPLIED FOR", period="March 31, 1999"))
    finding = finding_about(cover, "xbrlify:coverValueInvalid", "EntityTaxIdentificationNumber")
    assert finding.span is None and '"APPLIED FOR"' in finding.message
    assert cover.fact("EntityTaxIdentificationNumber").origin == "cover"
    assert "xbrlify:coverHeaderDisagrees" not in codes(cover)


# --- layouts and forms, from small inputs --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "form", "amended", "description"),
    [
        ("FORM 10-K405", "10-K405", "false", None),
        ("FORM 10-Q/A", "10-Q/A", "true", None),
        ("FORM 10-K/A\n(Amendment No. 1)", "10-K/A", "true", "Amendment No. 1"),
        ("AMENDMENT NO. 3 TO FORM 10-QSB", "10-QSB/A", "true", "Amendment No. 3"),
        ("Form 8-K", "8-K", "false", None),
    ],
)
def test_form_titles(tmp_path, title, form, amended, description):
    cover = cover_from_text(tmp_path, title + "\n\nACME WIDGETS CORP.\n(Exact name of registrant)\n")
    assert cover.value("DocumentType") == form
    assert cover.value("AmendmentFlag") == amended
    assert cover.value("AmendmentDescription") == description


def test_late_filing_notice_for_a_10_q(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 12b-25
        NOTIFICATION OF LATE FILING
        (Check One): [ ] Form 10-K [ ] Form 11-K [X] Form 10-Q [ ] Form N-SAR
        For Period Ended: June 30, 2004
        """,
    )
    assert cover.value("DocumentType") == "NT 10-Q"
    assert cover.value("DocumentPeriodEndDate") == "2004-06-30"


def test_date_under_its_caption_and_beside_labels(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 8-K
        Date of Report (Date of earliest event reported)
                    July 4, 2000

        Commission File No. 333-45678
        I.R.S. Employer Identification No. 13-9876543
        State of incorporation: Nevada
        """,
    )
    assert cover.value("DocumentPeriodEndDate") == "2000-07-04"
    assert cover.value("EntityFileNumber") == "333-45678"
    assert cover.value("EntityTaxIdentificationNumber") == "13-9876543"
    assert cover.value("EntityIncorporationStateCountryCode") == "NV"


def test_signature_with_a_title_line_and_a_blank_by_line(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 10-Q
        <PAGE>
                                  SIGNATURES
        Pursuant to the requirements of the Securities Exchange Act of 1934 ...

                                       ACME WIDGETS CORP.
        Date: August 14, 1997          By: ____________________
                                           John Q. Public
                                       Title: Chief Executive Officer
        """,
    )
    assert cover.value("SignerName") == "John Q. Public"
    assert cover.value("SignerTitle") == "Chief Executive Officer"
    assert cover.value("SignatureDate") == "1997-08-14"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("345 Park Avenue, New York, N.Y. 10154", ("345 Park Avenue", "New York", "NY", "10154")),
        ("345 Park Avenue, New York 10154", ("345 Park Avenue", "New York", "NY", "10154")),
        ("One Main Place, Dallas TX 75250-0001", ("One Main Place", "Dallas", "TX", "75250-0001")),
        ("1 Infinite Loop, Cupertino California", ("1 Infinite Loop", "Cupertino", "CA", None)),
        ("12 Andrews Drive, West Paterson, New Jersey 07424", ("12 Andrews Drive", "West Paterson", "NJ", "07424")),
    ],
)
def test_addresses_split_into_street_city_state_and_zip(tmp_path, address, expected):
    cover = cover_from_text(tmp_path, f"FORM 10-K\n\n{address}\n(Address of principal executive offices)\n")
    concepts = (
        "EntityAddressAddressLine1",
        "EntityAddressCityOrTown",
        "EntityAddressStateOrProvince",
        "EntityAddressPostalZipCode",
    )
    assert tuple(cover.value(concept) for concept in concepts) == expected


def test_captions_wrapped_in_columns(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 8-K
        Date of Report (Date of earliest event reported)  October 2, 2003

                               ACME WIDGETS CORP.
                (Exact name of registrant as specified in its charter)

           Delaware                 0-30440                 22-3537927
        (State or other          (Commission             (IRS Employer
        jurisdiction of          File Number)            Identification No.)
        incorporation)

        12 Andrews Drive
        West Paterson, New Jersey                            07424
        (Address of principal                              (Zip Code)
        executive offices)
        """,
    )
    assert cover.value("EntityIncorporationStateCountryCode") == "DE"
    assert cover.value("EntityFileNumber") == "0-30440"
    assert cover.value("EntityTaxIdentificationNumber") == "22-3537927"
    assert cover.value("EntityAddressAddressLine1") == "12 Andrews Drive"
    assert cover.value("EntityAddressCityOrTown") == "West Paterson"
    assert cover.value("EntityAddressPostalZipCode") == "07424"
    assert cover.value("DocumentPeriodEndDate") == "2003-10-02"
    assert "xbrlify:coverValueInvalid" not in codes(cover)


def test_zip_caption_beside_the_city_line(tmp_path):
    """The ZIP's caption sits in its own column on the address's second line, beside the
    city: the street line above holds the ZIP in that column and the street outside it."""
    cover = cover_from_text(
        tmp_path,
        """
        FORM 8-K
        Date of Report (Date of earliest event reported)  July 22, 2004

                               ACME WIDGETS CORP.
                (Exact name of registrant as specified in its charter)

                                    New York
                 (State or Other Jurisdiction of Incorporation)

                  1-416                                        36-1750680
         (Commission File Number)                   (IRS Employer Identification No.)

                   12 Andrews Road                             60179
               Hoffman Estates, Illinois                       (Zip code)
        (Address of principal executive offices)
        """,
    )
    assert cover.value("EntityAddressAddressLine1") == "12 Andrews Road"
    assert cover.value("EntityAddressCityOrTown") == "Hoffman Estates"
    assert cover.value("EntityAddressStateOrProvince") == "IL"
    assert cover.value("EntityAddressPostalZipCode") == "60179"
    assert "xbrlify:coverValueInvalid" not in codes(cover)


def test_two_labels_beside_their_values_on_one_line(tmp_path):
    cover = cover_from_text(
        tmp_path,
        "FORM 10-Q\nCommission File Number 1-2345    I.R.S. Employer Identification No. 36-1234567\n",
    )
    assert cover.value("EntityFileNumber") == "1-2345"
    assert cover.value("EntityTaxIdentificationNumber") == "36-1234567"


def test_an_ein_after_the_end_of_its_wrapped_label(tmp_path):
    cover = cover_from_text(
        tmp_path,
        """
        FORM 10-Q
                           ACME TELEPHONE COMPANY, INCORPORATED
                                           I.R.S. Employer Identification
                                           Number 35-0407820
        """,
    )
    assert cover.value("EntityTaxIdentificationNumber") == "35-0407820"
