"""Stage "source": decoding, line normalisation, the EDGAR envelope, bad input."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from xbrlify.diagnostics import InputError
from xbrlify.source import normalise_lines, read_filing

FIXTURES = Path(__file__).parent.parent / "fixtures"


def write(tmp_path: Path, text: str | bytes, name: str = "filing.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


def test_tabs_expand_to_eight_column_stops_on_each_line():
    assert normalise_lines("ab\tc\t1,234\nabcdefghij\tk\n") == ["ab      c       1,234", "abcdefghij      k"]


def test_dash_escape_is_undone_and_form_feed_dropped():
    assert normalise_lines("- -----  -----\n\f<PAGE>  \n- Derivative instruments\n") == [
        "-----  -----",
        "<PAGE>",
        "- Derivative instruments",
    ]


def test_line_numbers_survive_crlf_and_cr(tmp_path):
    path = write(tmp_path, b"one\r\ntwo\rthree\nfour\n")
    filing, _ = read_filing(path)
    assert filing.lines == ("one", "two", "three", "four")


def test_cp1252_fallback_is_reported(tmp_path):
    path = write(tmp_path, b"Caf\xe9 r\x92sum\xe9 1,234\n")  # Windows-1252 bytes
    filing, diagnostics = read_filing(path)
    assert filing.encoding == "cp1252"
    assert filing.lines[0] == "Caf\xe9 r\u2019sum\xe9 1,234"
    assert [d.code for d in diagnostics] == ["X001"]


def test_sec_header_fields_of_a_pem_wrapped_submission():
    filing, _ = read_filing(FIXTURES / "apple-10q-1998-0000320193-98-000008.txt")
    header = filing.header
    assert filing.pem_wrapped
    assert header.accession_number == "0000320193-98-000008"
    assert header.submission_type == "10-Q"
    assert header.period_of_report == "19980626"
    assert header.filed_as_of_date == "19980810"
    assert header.company_name == "APPLE COMPUTER INC"
    assert header.cik == "0000320193"
    assert header.irs_number == "942404110"
    assert header.state_of_incorporation == "CA"
    assert header.fiscal_year_end == "0930"
    assert ("STREET 1", "1 INFINITE LOOP") in header.business_address
    assert ("STREET 1", "ONE INFINITE LOOP") in header.mail_address
    assert ("SEC FILE NUMBER", "000-10030") in header.fields


def test_documents_of_a_full_submission():
    filing, _ = read_filing(FIXTURES / "apple-10k-1997-0001047469-97-006960.txt")
    types = [d.type for d in filing.documents]
    assert len(types) == 15
    assert types[0] == "10-K" and types[-1] == "EX-27"
    first = filing.documents[0]
    assert filing.line_text(first.first_line - 1).strip().upper() == "<TEXT>"
    assert filing.line_text(first.last_line + 1).strip().upper() == "</TEXT>"


def test_document_tags_without_a_header():
    filing, _ = read_filing(FIXTURES / "ford-10k-2001-0000037996-02-000015.txt")
    assert filing.header is None
    (document,) = filing.documents
    assert (document.type, document.sequence, document.filename) == ("10-K", "1", "v7.txt")


def test_bare_document_with_no_envelope():
    filing, _ = read_filing(FIXTURES / "auxer-8k-a2-2001-11-07.txt")
    assert filing.header is None and not filing.pem_wrapped
    (document,) = filing.documents
    assert (document.first_line, document.last_line) == (1, len(filing.lines))
    assert filing.line_text(43) == "<PAGE>"
    assert 43 in filing.page_lines


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "is empty"),
        (b"   \n\n  \n", "is empty"),
        (bytes(range(256)) * 8, "binary file"),
        (b"<HTML><BODY><P>Annual report</P><TABLE BORDER=1></TABLE></BODY></HTML>\n", "HTML filing"),
    ],
)
def test_unusable_content_is_an_input_error_naming_the_file(tmp_path, content, problem):
    path = write(tmp_path, content)
    with pytest.raises(InputError) as caught:
        read_filing(path)
    assert str(caught.value).startswith(str(path) + ": ")
    assert problem in str(caught.value)
    assert caught.value.exit_code == 1


def test_html_document_inside_an_envelope_is_refused(tmp_path):
    text = textwrap.dedent(
        """\
        <DOCUMENT>
        <TYPE>10-K
        <TEXT>
        <html><body><p>Annual report</p></body></html>
        </TEXT>
        </DOCUMENT>
        """
    )
    with pytest.raises(InputError, match="HTML filing"):
        read_filing(write(tmp_path, text))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_missing_path_and_directory_are_usage_errors(tmp_path, kind):
    path = tmp_path / "nothing.txt" if kind == "missing" else tmp_path
    with pytest.raises(InputError) as caught:
        read_filing(path)
    assert caught.value.exit_code == 2
    assert str(path) in str(caught.value)


FEED_HEADER = """\
<SUBMISSION>
<ACCESSION-NUMBER>0000999999-99-000001
<TYPE>10-Q
<PUBLIC-DOCUMENT-COUNT>1
<PERIOD>19990630
<FILING-DATE>19990803
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>EXAMPLE TELEPHONE CO INC
<CIK>0000099999
<IRS-NUMBER>350000000
<STATE-OF-INCORPORATION>IN
<FISCAL-YEAR-END>1231
</COMPANY-DATA>
<FILING-VALUES>
<FORM-TYPE>10-Q
<FILE-NUMBER>001-06746
</FILING-VALUES>
<BUSINESS-ADDRESS>
<STREET1>240 N MAIN ST
<CITY>INDIANAPOLIS
<STATE>IN
<ZIP>46204
<PHONE>8005550100
</BUSINESS-ADDRESS>
</FILER>
<DOCUMENT>
<TYPE>10-Q
<SEQUENCE>1
<TEXT>
Quarterly report
</TEXT>
</DOCUMENT>
"""


def test_header_of_edgars_dissemination_feed(tmp_path):
    # the ".nc" files of EDGAR's feed (Indiana Bell's 1999 10-Q is one): a tag a field
    path = tmp_path / "feed.nc"
    path.write_text(FEED_HEADER)
    filing, _ = read_filing(path)
    header = filing.header
    assert (header.accession_number, header.submission_type) == ("0000999999-99-000001", "10-Q")
    assert (header.period_of_report, header.filed_as_of_date) == ("19990630", "19990803")
    assert (header.company_name, header.cik) == ("EXAMPLE TELEPHONE CO INC", "0000099999")
    assert (header.irs_number, header.state_of_incorporation, header.fiscal_year_end) == ("350000000", "IN", "1231")
    assert ("STREET 1", "240 N MAIN ST") in header.business_address
    assert ("BUSINESS PHONE", "8005550100") in header.business_address
    assert ("SEC FILE NUMBER", "001-06746") in header.fields
    (document,) = filing.documents
    assert document.type == "10-Q" and filing.line_text(document.first_line) == "Quarterly report"
