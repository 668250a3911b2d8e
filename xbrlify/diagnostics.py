"""Problems in the input (Diagnostic values) and failures of the tool (XbrlifyError)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from xbrlify.model import SourceSpan


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


# The catalogue of codes: code -> (name, what it means). Every Diagnostic uses one.
CODES: dict[str, tuple[str, str]] = {
    "X001": ("source.decoded-cp1252", "the file is not UTF-8; it was read as Windows-1252"),
    "X101": ("table.misaligned-cell", "a number sits between columns; it was given to the nearest"),
    "X102": ("table.column-conflict", "two numbers of one line fall in the same column"),
    "X103": ("table.unclosed-parenthesis", "a negative number lacks its closing parenthesis"),
    "X104": ("table.amount-in-heading", "a number above a table's rows is in no row; it is no fact"),
    # X601-X606: the narrative stage's codes, listed in xbrlify.narrative.records.NARRATIVE_CODES
}


@dataclass(frozen=True)
class Diagnostic:
    code: str
    severity: Severity
    message: str
    span: SourceSpan | None = None

    @property
    def name(self) -> str:
        return CODES[self.code][0]

    def __str__(self) -> str:
        where = f"{self.span}: " if self.span else ""
        return f"{where}{self.severity.value} {self.code} {self.name}: {self.message}"


class XbrlifyError(Exception):
    """Base of the errors that stop a run; the message names the file and the problem."""

    exit_code = 2


class InputError(XbrlifyError):
    """The input cannot be used: missing, a directory, empty, binary, HTML, no tables."""

    def __init__(self, path: str, problem: str, line: int | None = None, exit_code: int = 1):
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.exit_code = exit_code
