"""Cover-page values: their patterns and normal forms (dates, EIN, file number, state, ...).

Each `normalise_*` returns the value in the form XBRL wants, or None when the text does
not have the value's pattern (the caller reports that and leaves the value out).
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
MONTH = (  # a month name, whole or cut short ("Sept."); not the start of another word
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
DATE_RE = re.compile(
    rf"""
    \b{MONTH}                      # the month
    \s*(?P<day>\d{{1,2}})          # the day
    (?:st|nd|rd|th)?\s*,?\s*       # an ordinal ending, a comma
    (?P<year>(?:19|20)\d\d)\b      # the year, four digits
    """,
    re.VERBOSE | re.IGNORECASE,
)
DAY_OF_RE = re.compile(
    rf"""
    \b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?   # "4th"
    \s+day\s+of\s+{MONTH}                 # "day of December"
    \s*,?\s*(?P<year>(?:19|20)\d\d)\b     # "1997"
    """,
    re.VERBOSE | re.IGNORECASE,
)
EIN_LABEL_END_RE = re.compile(r"^(?:number|no\.?)\s*:?\s*", re.IGNORECASE)
EIN_RE = re.compile(
    r"""^
    (?P<prefix>\d{2})          # the two-digit prefix
    [-\s]?                     # a hyphen as printed, or nothing ("942404110")
    (?P<head>\d{3})[-\s]?      # seven digits, sometimes printed 3-4 ("22-079-0350")
    (?P<tail>\d{4})
    $""",
    re.VERBOSE,
)
FILE_NUMBER_RE = re.compile(
    r"""^
    (?P<prefix>\d{1,4})\s*-\s*   # the filer type: "0", "1", "000", "33", "333", "811"
    (?P<serial>\d{1,8})          # the serial number
    (?:-(?P<suffix>\d{1,3}))?    # a suffix of some registration statements ("33-1234-01")
    $""",
    re.VERBOSE,
)
ZIP_RE = re.compile(
    r"""(?P<zip>\b\d{5}(?:-\d{4})?)   # five digits, maybe ZIP+4
    \s*$                               # at the end of the text
    """,
    re.VERBOSE,
)
PHONE_RE = re.compile(
    r"""^(?:1[-\s])?              # a long-distance "1-"
    \(?(?P<area>\d{3})\)?         # the area code, in parentheses or not
    [\s./-]*                      # a separator
    (?P<exchange>\d{3})[\s.-]*    # the exchange
    (?P<number>\d{4})             # the line number
    (?:\s*(?:ext\.?|x)\s*\d+)?    # an extension, dropped
    $""",
    re.VERBOSE | re.IGNORECASE,
)
CIK_RE = re.compile(r"^\d{1,10}$")  # a Central Index Key, leading zeros or not
FORM_TYPE_RE = re.compile(
    r"""^(?:NT\s)?                       # a notification of late filing
    (?:N-[A-Z0-9]+|\d{1,2}[A-Z]?-[0-9A-Z]+(?:-\d+)?)  # "10-Q", "10-K405", "12B-25", "N-SAR"
    (?:/A)?$                             # an amendment
    """,
    re.VERBOSE,
)

STATES = {
    "ALABAMA": "AL", "ALASKA": "AK", "ARIZONA": "AZ", "ARKANSAS": "AR", "CALIFORNIA": "CA",
    "COLORADO": "CO", "CONNECTICUT": "CT", "DELAWARE": "DE", "DISTRICT OF COLUMBIA": "DC",
    "FLORIDA": "FL", "GEORGIA": "GA", "HAWAII": "HI", "IDAHO": "ID", "ILLINOIS": "IL",
    "INDIANA": "IN", "IOWA": "IA", "KANSAS": "KS", "KENTUCKY": "KY", "LOUISIANA": "LA",
    "MAINE": "ME", "MARYLAND": "MD", "MASSACHUSETTS": "MA", "MICHIGAN": "MI", "MINNESOTA": "MN",
    "MISSISSIPPI": "MS", "MISSOURI": "MO", "MONTANA": "MT", "NEBRASKA": "NE", "NEVADA": "NV",
    "NEW HAMPSHIRE": "NH", "NEW JERSEY": "NJ", "NEW MEXICO": "NM", "NEW YORK": "NY",
    "NORTH CAROLINA": "NC", "NORTH DAKOTA": "ND", "OHIO": "OH", "OKLAHOMA": "OK", "OREGON": "OR",
    "PENNSYLVANIA": "PA", "RHODE ISLAND": "RI", "SOUTH CAROLINA": "SC", "SOUTH DAKOTA": "SD",
    "TENNESSEE": "TN", "TEXAS": "TX", "UTAH": "UT", "VERMONT": "VT", "VIRGINIA": "VA",
    "WASHINGTON": "WA", "WEST VIRGINIA": "WV", "WISCONSIN": "WI", "WYOMING": "WY",
    "PUERTO RICO": "PR", "GUAM": "GU", "VIRGIN ISLANDS": "VI",
}  # fmt: skip
STATE_CODES = frozenset(STATES.values())
STATE_PREFIX_RE = re.compile(r"^(?:THE\s+)?(?:STATE|COMMONWEALTH)\s+OF\s+")  # "State of Delaware"
NAME_WORDS = {"COMPANY": "CO", "CORPORATION": "CORP", "INCORPORATED": "INC", "LIMITED": "LTD"}


def parse_date(text: str, pattern: re.Pattern[str] = DATE_RE) -> tuple[str, re.Match[str]] | None:
    """The first date in text, ISO, with its match; None when none is a real date."""
    for match in pattern.finditer(text):
        try:
            day = date(int(match["year"]), MONTHS[match["month"][:3].lower()], int(match["day"]))
        except ValueError:
            continue
        return day.isoformat(), match
    return None


def header_date(text: str | None) -> str | None:
    """A header date YYYYMMDD, ISO."""
    if not text or not re.fullmatch(r"\d{8}", text):
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:])).isoformat()
    except ValueError:
        return None


def normalise_ein(text: str) -> str | None:
    """"94-2404110"; also after the end of its label wrapped onto the value's line
    ("I.R.S. Employer Identification" / "Number 35-0407820")."""
    match = EIN_RE.match(EIN_LABEL_END_RE.sub("", text.strip()))
    return f"{match['prefix']}-{match['head']}{match['tail']}" if match else None


def normalise_file_number(text: str) -> str | None:
    match = FILE_NUMBER_RE.match(text.strip())
    return re.sub(r"\s", "", match[0]) if match else None


def normalise_zip(text: str) -> str | None:
    match = ZIP_RE.fullmatch(text.strip())
    return match["zip"] if match else None


def split_phone(text: str) -> tuple[str, str] | None:
    """(area code, local number "NNN-NNNN")."""
    match = PHONE_RE.match(text.strip())
    return (match["area"], f"{match['exchange']}-{match['number']}") if match else None


def normalise_cik(text: str) -> str | None:
    return text.strip().zfill(10) if CIK_RE.match(text.strip()) else None


def normalise_form_type(text: str) -> str | None:
    form = re.sub(r"\s+", " ", text.strip().upper())
    return form if FORM_TYPE_RE.match(form) else None


def state_code(text: str) -> str | None:
    """A US state (name, postal code, or dotted code "N.Y.") as its two-letter code."""
    words = re.sub(r"\s+", " ", text.strip().strip(".,;:").upper())
    words = STATE_PREFIX_RE.sub("", words)
    if words in STATES:
        return STATES[words]
    letters = re.sub(r"[.\s]", "", words)
    return letters if len(letters) == 2 and letters in STATE_CODES else None


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def name_key(name: str) -> str:
    """A company name for comparison: "Bristol-Myers Squibb Company" = "BRISTOL MYERS SQUIBB CO"."""
    words = re.sub(r"[^A-Z0-9&]+", " ", name.upper().replace("-", " ")).replace("&", " AND ").split()
    words = [NAME_WORDS.get(word, word) for word in words]
    return " ".join(words[1:] if words[:1] == ["THE"] else words)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def file_number_key(text: str) -> tuple[int, ...]:
    """"000-10030" and "0-10030" are one file number."""
    return tuple(int(part) for part in re.findall(r"\d+", text))
