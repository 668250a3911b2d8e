"""Mapping rules: mappings/*.toml, validated, and the lookup of the rule for a printed label.

A rule names a base concept, the statements (and optionally sections) it applies in, the
normalised labels and label patterns it claims, and examples that tests run (STYLE.md:
"Rules are data with examples"). Labels are compared after `normalise_label`, so rule files
spell labels in normalised form (checked on load).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Iterable, Literal, Mapping

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from xbrlify.diagnostics import XbrlifyError

try:  # Python 3.11+; tomli is the same parser for 3.10
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

# The repository's mappings/ folder, next to the package (like taxonomy.DEFAULT_ROOT).
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "mappings"

RuleStatement = Literal["balance_sheet", "income_statement", "cash_flow", "equity"]
Section = Literal[
    "current_assets", "noncurrent_assets", "current_liabilities", "noncurrent_liabilities", "equity",
    "assets", "liabilities",  # an unclassified balance sheet's (a bank's, a finance arm's)
    "revenue", "costs_and_expenses", "other_income_expense", "per_share",
    "interest_income", "interest_expense", "noninterest_income", "noninterest_expense",  # a bank's parts
    "operating", "investing", "financing", "supplemental",
]  # fmt: skip
# The sections each statement kind can have (the statements stage assigns them).
SECTIONS: Mapping[str, frozenset[str]] = MappingProxyType({
    "balance_sheet": frozenset({"current_assets", "noncurrent_assets", "current_liabilities",
                                "noncurrent_liabilities", "equity", "assets", "liabilities"}),
    "income_statement": frozenset({"revenue", "costs_and_expenses", "other_income_expense", "per_share",
                                   "interest_income", "interest_expense", "noninterest_income", "noninterest_expense"}),
    "cash_flow": frozenset({"operating", "investing", "financing", "supplemental"}),
    "equity": frozenset(),
})  # fmt: skip


# ---------------------------------------------------------------- label normalisation

NOTE_REF_RE = re.compile(
    r"""\(\s*(?:
          (?:see\s+)?notes?\b[^()]*                                   # (note 3), (notes 1 and 16)
        | (?:dollars\s+|amounts\s+)?in\s+(?:thousands|millions|billions)\b[^()]*   # (in thousands)
        | 000s?\s+omitted                                             # (000s omitted)
    )\)""",
    re.VERBOSE,
)
FOOTNOTE_RE = re.compile(r"\s[a-z]/(?:\s*,?\s*[a-z]/)*\s*$")  # EDGAR footnote letters at the end: "Net income a/, b/"
DIGIT_COMMA_RE = re.compile(r"(?<=\d),(?=\d{3})")  # thousands separators inside a number
SEPARATOR_RE = re.compile(
    r"""\.(?!\d)                # a period not before a digit ("$.10", "1.05" stay; dot leaders go)
      | [-_/,;:\u2010-\u2015]    # hyphens, dashes, slashes, commas, semicolons, colons
    """,
    re.VERBOSE,
)
QUOTES_RE = re.compile(r"['\"`\u2018\u2019\u201c\u201d]")
LEADING_MARK_RE = re.compile(r"^[\s*\u2022]+")  # bullets and footnote stars before the words
TRAILING_MARK_RE = re.compile(r"(?:\s+\([a-z]\)|\*+)\s*$")  # footnote marks: "(a)", "*"
DEDUCT_RE = re.compile(
    r"""^(?:\(\s*less\s*\)|(?:less|deduct)\b)   # "Less:", "(Less)", "Deduct:"
        (?!\s*than\b)\s*                        # ... but not "less than $1 million"
    """,
    re.VERBOSE,
)
ADD_RE = re.compile(r"^(?:\(\s*add\s*\)|(?:add|plus)\b)\s*(?=\S)(?!back\b)")  # "Add:", "(Add)", "Plus"
PAREN_SPACE_RE = re.compile(r"\(\s+|\s+\)")
# A "Notes" column read into the label: capital letters set off by a wide gap at its end
# ("Rentals and financing          Q", "Short-term debt     G & J"); applied before lower-casing
NOTES_COLUMN_RE = re.compile(
    r"""\s{3,}
        [A-Z]{1,2}(?:\s*(?:&|,|and)\s*[A-Z]{1,2})*   # note letters: "Q", "C & R", "G and J"
        \s*$""",
    re.VERBOSE,
)
BLANKS_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class NormalisedLabel:
    text: str
    deducted: bool  # a leading "Less:" / "(Less)" / "Deduct:" was removed


def normalise_label(text: str) -> NormalisedLabel:
    """The comparable form of a printed label (idempotent: a second pass changes nothing).

    Lower case; "&" -> "and"; note and scale references dropped (and a notes column's
    letters after a wide gap); apostrophes dropped;
    punctuation that only separates words (commas, hyphens, slashes, colons, periods other
    than decimal points, dot leaders) becomes a blank; footnote marks dropped; unbalanced
    parentheses repaired; a leading "less"/"deduct" removed and reported, "add:"/"plus" removed.
    """
    deducted = False
    for _ in range(16):  # each pass can expose more to strip ("(note 1 (note 2))"); stop at a fixed point
        new, less = _normalise_once(text)
        deducted = deducted or less
        if new == text:
            break
        text = new
    return NormalisedLabel(text, deducted)


def _normalise_once(text: str) -> tuple[str, bool]:
    text = NOTES_COLUMN_RE.sub("", unicodedata.normalize("NFKC", text)).lower().replace("&", " and ")
    text = QUOTES_RE.sub("", text)
    text = NOTE_REF_RE.sub(" ", text)
    text = FOOTNOTE_RE.sub("", text)
    text = DIGIT_COMMA_RE.sub("", text)
    text = SEPARATOR_RE.sub(" ", text)
    text = PAREN_SPACE_RE.sub(lambda m: m.group().strip(), text)
    text = BLANKS_RE.sub(" ", text).strip()
    text = TRAILING_MARK_RE.sub("", LEADING_MARK_RE.sub("", text))
    deducted = False
    while match := DEDUCT_RE.match(text) or ADD_RE.match(text):
        deducted = deducted or match.re is DEDUCT_RE
        text = text[match.end():].lstrip()
    return BLANKS_RE.sub(" ", _balance_parentheses(text)).strip(), deducted


def _balance_parentheses(text: str) -> str:
    """Drop a ")" that closes nothing; close a "(" left open by a label cut short."""
    kept, depth = [], 0
    for char in text:
        if char == ")":
            if depth == 0:
                continue
            depth -= 1
        elif char == "(":
            depth += 1
        kept.append(char)
    return "".join(kept).rstrip() + ")" * depth


# ---------------------------------------------------------------- rule models (pydantic at the edge)


class Example(BaseModel):
    """A printed label that must map to its rule (the statement defaults to the rule's first)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    section: Section | None = None
    statement: RuleStatement | None = None


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+(\.[a-z0-9_]+)+$")
    concept: str = Field(pattern=r"^[A-Z][A-Za-z0-9]*$")
    statements: tuple[RuleStatement, ...] = Field(min_length=1)
    sections: tuple[Section, ...] = ()
    labels: tuple[str, ...] = ()
    patterns: tuple[re.Pattern[str], ...] = ()
    total: bool = False
    sign: Literal["as_printed", "magnitude"] = "as_printed"
    # the concept of the same line in a shares column of an equity statement
    # (StockIssuedDuringPeriodValueNewIssues -> StockIssuedDuringPeriodSharesNewIssues)
    shares: str | None = Field(default=None, pattern=r"^[A-Z][A-Za-z0-9]*$")
    examples: tuple[Example, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if not self.labels and not self.patterns:
            raise ValueError("a rule needs labels or patterns")
        for label in self.labels:
            if normalise_label(label) != NormalisedLabel(label, False):
                raise ValueError(f"label {label!r} is not normalised: {normalise_label(label).text!r}")
        allowed = frozenset().union(*(SECTIONS[s] for s in self.statements))
        if stray := sorted(set(self.sections) - allowed):
            raise ValueError(f"sections {stray} are not sections of {list(self.statements)}")
        for example in self.examples:
            if example.statement and example.statement not in self.statements:
                raise ValueError(f"example {example.label!r}: statement {example.statement} is out of scope")
            if self.sections and example.section not in self.sections:
                raise ValueError(f"example {example.label!r} needs a section among {list(self.sections)}")
        return self

    def applies(self, statement_kind: str, section: str | None) -> bool:
        """In scope: one of its statements, and (when scoped) the line's own section."""
        return statement_kind in self.statements and (not self.sections or section in self.sections)

    def overlaps(self, other: Rule) -> bool:
        """Could both rules apply to one line? (shared statement, and sections that meet)."""
        if not set(self.statements) & set(other.statements):
            return False
        return not self.sections or not other.sections or bool(set(self.sections) & set(other.sections))


class MemberRule(BaseModel):
    """A column heading of an equity statement -> a member of StatementEquityComponentsAxis.
    Patterns match the normalised heading (its component words, without "Shares",
    "Amount" or a scale); the first rule of the file that matches wins."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z]+(\.[a-z0-9_]+)+$")
    member: str = Field(pattern=r"^[A-Z][A-Za-z0-9]*Member$")
    patterns: tuple[re.Pattern[str], ...] = Field(min_length=1)
    examples: tuple[str, ...] = Field(min_length=1)  # headings as printed


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: tuple[Rule, ...] = ()
    member: tuple[MemberRule, ...] = ()


@dataclass(frozen=True)
class RuleSet:
    """Rules in file order (files sorted by name), with an index of their exact labels."""

    rules: tuple[Rule, ...]
    files: Mapping[str, str] = field(default_factory=dict)  # rule id -> file it came from
    members: tuple[MemberRule, ...] = ()  # equity statement columns -> components
    by_label: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, list[int]] = {}
        for position, rule in enumerate(self.rules):
            for label in rule.labels:
                index.setdefault(label, []).append(position)
        object.__setattr__(self, "by_label", MappingProxyType({k: tuple(v) for k, v in index.items()}))

    @classmethod
    def of(cls, rules: Iterable[Rule]) -> RuleSet:
        return cls(tuple(rules))


class RuleError(XbrlifyError):
    """A rule file is unreadable or invalid: a defect of the tool's data, not of the filing."""


def load_rules(root: Path | None = None) -> RuleSet:
    """Every *.toml rule file under `root` (default: the repository's mappings/), read once per process."""
    return _load((root or DEFAULT_ROOT).resolve())


@lru_cache(maxsize=None)
def _load(root: Path) -> RuleSet:
    paths = sorted(root.glob("*.toml"))
    if not paths:
        raise RuleError(f"{root}: no mapping rule files (*.toml)")
    rules: list[Rule] = []
    members: list[MemberRule] = []
    files: dict[str, str] = {}
    for path in paths:
        try:
            parsed = RuleFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError, ValidationError) as error:
            raise RuleError(f"{path}: {error}") from error
        for rule in parsed.rule:
            if rule.id in files:
                raise RuleError(f"{path}: rule id {rule.id!r} is also in {files[rule.id]}")
            files[rule.id] = path.name
            rules.append(rule)
        for member in parsed.member:
            if member.id in files:
                raise RuleError(f"{path}: rule id {member.id!r} is also in {files[member.id]}")
            files[member.id] = path.name
            members.append(member)
    return RuleSet(tuple(rules), MappingProxyType(files), tuple(members))


def find_member(rules: RuleSet, heading: str) -> MemberRule | None:
    """The member rule for an equity statement's column heading (component words only)."""
    text = normalise_label(heading).text
    if not text:
        return None
    return next((rule for rule in rules.members if any(p.search(text) for p in rule.patterns)), None)


def rule_by_id(rules: RuleSet, rule_id: str | None) -> Rule | None:
    return next((rule for rule in rules.rules if rule.id == rule_id), None)


def find_rule(
    rules: RuleSet, label: str, statement_kind: str, section: str | None = None,
    accept: Callable[[Rule], bool] | None = None,
) -> Rule | None:
    """The rule for a printed label on a line of `statement_kind`, in `section` (None: unknown),
    among the rules `accept` admits (default: all).

    Precedence: an exact label beats a pattern; among those, a rule scoped to the line's
    section beats an unscoped one; among patterns, the longer match; then file order.
    A scoped rule never applies when the section is unknown.
    """
    text = normalise_label(label).text
    if not text:
        return None
    best: tuple[tuple[int, int, int, int], Rule] | None = None
    exact = set(rules.by_label.get(text, ()))
    for position, rule in enumerate(rules.rules):
        if not rule.applies(statement_kind, section) or (accept is not None and not accept(rule)):
            continue
        if position in exact:
            key = (0, 0 if rule.sections else 1, 0, position)
        else:
            length = max((len(m.group()) for p in rule.patterns if (m := p.search(text))), default=-1)
            if length < 0:
                continue
            key = (1, 0 if rule.sections else 1, -length, position)
        if best is None or key < best[0]:
            best = (key, rule)
    return best[1] if best else None
