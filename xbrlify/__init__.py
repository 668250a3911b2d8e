"""xbrlify: legacy SEC EDGAR text filings (1993-2008) to XBRL."""

from xbrlify.diagnostics import Diagnostic, InputError, XbrlifyError
from xbrlify.pipeline import Conversion, Inspection, convert, inspect_filing
from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables

__all__ = [
    "Conversion",
    "Diagnostic",
    "InputError",
    "Inspection",
    "XbrlifyError",
    "convert",
    "inspect_filing",
    "read_filing",
    "text_to_tables",
]
