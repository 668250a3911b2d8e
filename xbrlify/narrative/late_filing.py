"""Form 12b-25, Notification of Late Filing (EDGAR "NT 10-K", "NT 10-Q", ...).

The form's parts are found by their headings: the front (which report is late, for what
period), Part II (the boxes (a), (b), (c) of Rule 12b-25(b)), Part III (the narrative) and
Part IV ((1) the person to contact, (2) and (3) Yes/No questions), up to the signature.
A box reads as checked when it holds an X: "[X]", "[ X ]", "|X|", or a lone "X" before its
label; "[]", "[ ]", "|_|" are empty.
"""

from __future__ import annotations

import re
from datetime import date

from xbrlify.model import Filing, SourceSpan
from xbrlify.narrative.records import FactKind, NarrativeFact, NarrativeFinding
from xbrlify.narrative.text import (
    BOX,
    BOX_RE,
    DATE_RE,
    MARKUP_LINE_RE,
    SIGNATURE_RE,
    Passage,
    checked,
    filing_form,
    main_document,
    parse_date,
    text_block,
    trim_end,
)

PART_RE = re.compile(r"""
    ^\s*(?:-\s*)?(?i:PART)\s+(?P<part>IV|III|II|I)\b     # "PART II", "Part IV"
    \s*(?:$|[-:.\u2013\u2014]|[A-Z]{2})                  # then a dash or a title, not "Part III of this form"
    """, re.VERBOSE)
FORM_LABEL_RE = re.compile(r"""
    (?P<transition>Transition\s+Report\s+on\s+)?          # "Transition Report on Form 10-K"
    Form\s+(?P<form>[0-9A-Z]{1,4}-[0-9A-Z]{1,5})(?![\w-]) # 10-K, 20-F, 11-K, 10-Q, N-SAR, 10-KSB
    """, re.VERBOSE | re.IGNORECASE)
PERIOD_RE = re.compile(r"\bFor\s+(?:the\s+)?Period\s+Ended\b\s*:?", re.IGNORECASE)
TRANSITION_PERIOD_RE = re.compile(r"\bFor\s+the\s+Transition\s+Period\s+Ended\b\s*:?", re.IGNORECASE)
LETTER_LINE_RE = re.compile(rf"""
    ^(?P<lead>(?:\s|[-*\u2022]|{BOX})*?)                  # blanks, a dash or bullet, the box
    \((?P<letter>[abc])\)                                 # (a), (b), (c)
    (?=[ \t]*(?:{BOX}|[A-Z]))                             # then the box or the sentence, not "(b), the"
    (?P<after>[ \t]*{BOX})?                               # a box printed after the letter
    """, re.VERBOSE)
MARGIN_BOX_RE = re.compile(rf"^\s*(?:-\s*)?(?P<box>{BOX})(?=\s|$)", re.VERBOSE)  # a box at a line's start
QUESTION_RE = re.compile(r"^\s*(?:-\s*)?\((?P<number>[123])\)")
INSTRUCTION_RE = re.compile(r"""
    ^\s*(?:State\s+below\s+in\s+reasonable\s+detail       # the form's instruction for Part III
      |\(?Attach(?:ed)?\s+extra\s+sheets)                 # "(Attach Extra Sheets if Needed)"
    """, re.VERBOSE | re.IGNORECASE)
CONTACT_PROMPT_RE = re.compile(r"""
    Name\s+and\s+telephone\s+(?:number\s+)?of\s+(?:the\s+)?person\s+to\s+contact   # the prompt of (1)
    (?:\s+in\s+regard\s+to\s+this\s+notification)?\.?
    """, re.VERBOSE | re.IGNORECASE)
PHONE_RE = re.compile(r"""
    (?P<area>\(\s*\d{3}\s*\)|(?<!\d)\d{3})                # (231) or 231
    [\s.\-/]*(?P<exchange>\d{3})\s*[.\-]\s*(?P<line>\d{4})(?!\d)   # 946-4343
    (?:\s*(?:ext\.?|x)\s*(?P<ext>\d{1,5}))?               # an extension
    """, re.VERBOSE | re.IGNORECASE)
CAPTION_RE = re.compile(r"\((?:Name|Area\s+Code|Telephone(?:\s+Number)?)\)|[-_=]{3,}", re.IGNORECASE)
NAME_RE = re.compile(r"[A-Za-z][\w.,'&\- ]*[\w.]")
YES_NO_RES = (
    # a box before each answer: "[X] Yes [ ] No"
    re.compile(rf"(?P<yes>{BOX})\s*Yes\b[\s,;/]*(?P<no>{BOX})\s*No\b", re.VERBOSE | re.IGNORECASE),
    # a box after each answer: "Yes [X] No [ ]"
    re.compile(rf"\bYes\s*(?P<yes>{BOX})[\s,;/]*No\s*(?P<no>{BOX})", re.VERBOSE | re.IGNORECASE),
    # a lone X before Yes: "X Yes   No"
    re.compile(rf"(?P<yes>{BOX})\s*Yes\b[\s,;/]*No\b", re.VERBOSE | re.IGNORECASE),
)
PART_II_CONCEPTS = {
    "a": "LateFilingReasonsCouldNotBeEliminatedFlag",
    "b": "LateFilingSubjectReportWillBeFiledWithinExtensionFlag",
    "c": "LateFilingAccountantStatementAttachedFlag",
}
QUESTION_CONCEPTS = {"2": "AllOtherPeriodicReportsFiledFlag", "3": "SignificantChangeInResultsExpectedFlag"}


def read_form_12b25(filing: Filing) -> tuple[list[NarrativeFact], list[NarrativeFinding]]:
    """The facts of a Form 12b-25 and what could not be read in it; ([], []) for other forms."""
    if filing_form(filing) != "12b-25":
        return [], []
    reader = LateFilingReader(filing)
    reader.read()
    return reader.facts, reader.findings


class LateFilingReader:
    """Reads one Form 12b-25; facts and findings accumulate on the instance."""

    def __init__(self, filing: Filing):
        self.filing = filing
        self.facts: list[NarrativeFact] = []
        self.findings: list[NarrativeFinding] = []
        self.first, self.last = main_document(filing)
        lines = range(self.first, self.last + 1)
        self.parts: dict[str, int] = {}
        for number in lines:
            match = PART_RE.match(filing.line_text(number))
            if match:
                self.parts.setdefault(match["part"].upper(), number)
        self.signature = next((n for n in lines if SIGNATURE_RE.match(filing.line_text(n))), self.last + 1)

    def read(self) -> None:
        front_end = min([*self.parts.values(), self.signature]) - 1
        transition = self.read_form(self.first, front_end)
        self.read_period(self.first, front_end, transition)
        self.read_part_ii()
        self.read_part_iii()
        self.read_part_iv()

    # --- helpers ---

    def fact(self, concept: str, value: str, kind: FactKind, span: SourceSpan, end_line: int | None = None) -> None:
        self.facts.append(NarrativeFact(concept=concept, value=value, kind=kind, source=span, end_line=end_line))

    def find(self, code: str, message: str, *spans: SourceSpan) -> None:
        self.findings.append(NarrativeFinding(code, message, spans))

    def span(self, line: int, start: int, end: int) -> SourceSpan:
        return SourceSpan(self.filing.path, line, start, end)

    def part(self, name: str) -> tuple[int, int] | None:
        """The lines after the heading of Part `name`, up to the next part or the signature."""
        if name not in self.parts:
            self.find("X606", f"no Part {name}", self.span(self.first, 0, 0))
            return None
        start = self.parts[name]
        later = [n for n in (*self.parts.values(), self.signature) if n > start]
        return start + 1, (min(later) if later else self.last + 1) - 1

    # --- the front: which report, which period ---

    def read_form(self, first: int, last: int) -> bool | None:
        """The checked form; returns whether it is a transition report (None: not known)."""
        chosen = []  # (form, transition?, box span, label span)
        for number in range(first, last + 1):
            text = self.filing.line_text(number)
            boxes = list(BOX_RE.finditer(text))
            for index, box in enumerate(boxes):
                end = boxes[index + 1].start() if index + 1 < len(boxes) else len(text)
                label = FORM_LABEL_RE.search(text, box.end(), end)
                if label and checked(box.group()) and not text[box.end() : label.start()].strip(" \t:"):
                    box_span = self.span(number, box.start(), box.end())
                    label_span = self.span(number, label.start(), label.end())
                    chosen.append((label["form"].upper(), bool(label["transition"]), box_span, label_span))
        forms = sorted({form for form, *_ in chosen})
        if len(forms) == 1:
            _, _, box_span, label_span = chosen[0]
            transition = any(is_transition for _, is_transition, _, _ in chosen)
            self.fact("NotificationOfLateFilingFormType", forms[0], "text", label_span)
            self.fact("LateFilingTransitionReportFlag", str(transition).lower(), "boolean", box_span)
            return transition
        spans = [box_span for _, _, box_span, _ in chosen]
        header = self.header_form()
        if header and not forms:
            message = f"no form is checked; the form is taken from the EDGAR header ({header[0]})"
            self.find("X603", message, header[1])
            self.fact("NotificationOfLateFilingFormType", header[0], "text", header[1])
        else:
            self.find("X603", f"forms checked: {', '.join(forms) or 'none'}", *spans)
        return None

    def header_form(self) -> tuple[str, SourceSpan] | None:
        """The late report's form from the header's "CONFORMED SUBMISSION TYPE: NT 10-K"."""
        header = self.filing.header
        if not header or not header.submission_type:
            return None
        for number in range(header.first_line, header.last_line + 1):
            text = self.filing.line_text(number)
            match = re.search(r"CONFORMED\s+SUBMISSION\s+TYPE:\s*NT\s+(?P<form>\S+?)(?:/A)?\s*$", text)
            if match:
                return match["form"].upper(), self.span(number, match.start("form"), match.end("form"))
        return None

    def read_period(self, first: int, last: int, transition: bool | None) -> None:
        found = {}
        for pattern in (PERIOD_RE, TRANSITION_PERIOD_RE):
            for number in range(first, last + 1):
                match = pattern.search(self.filing.line_text(number))
                if match:
                    date_read = self.date_after(number, match.end(), last)
                    if date_read:
                        found[pattern] = date_read
                    break
        if PERIOD_RE in found:
            day, span = found[PERIOD_RE]
        elif TRANSITION_PERIOD_RE in found:
            day, span = found[TRANSITION_PERIOD_RE]
            if transition is not True:
                self.find("X602", f"{day.isoformat()} is written on the transition-period line but no transition "
                          "report is checked; it is read as the period of the report checked", span)
        else:
            self.find("X606", "no date for the period ended", self.span(first, 0, 0))
            return
        self.fact("DocumentPeriodEndDate", day.isoformat(), "date", span)

    def date_after(self, number: int, start: int, last: int) -> tuple[date, SourceSpan] | None:
        """The date after a caption: on its line, or at the start of the next line when the
        caption's line holds nothing more (blanks or a rule to write on)."""
        text = self.filing.line_text(number)
        rest = text[start:]
        if not rest.strip(" \t_:") and number < last and self.filing.line_text(number + 1).strip():
            number, text = number + 1, self.filing.line_text(number + 1)
            rest, start = text, 0
        match = DATE_RE.match(text, start + len(rest) - len(rest.lstrip(" \t_:")))
        day = parse_date(match) if match else None
        return (day, self.span(number, match.start(), match.end())) if match and day else None

    # --- Part II: the boxes (a), (b), (c) ---

    def read_part_ii(self) -> None:
        lines = self.part("II")
        if not lines:
            return
        boxes: dict[str, SourceSpan | None] = {}
        letters: dict[str, SourceSpan] = {}
        for number in range(lines[0], lines[1] + 1):
            text = self.filing.line_text(number)
            match = LETTER_LINE_RE.match(text)
            if not match or match["letter"] in letters:
                continue
            letter = match["letter"]
            letters[letter] = self.span(number, match.start("letter") - 1, match.end("letter") + 1)
            box = BOX_RE.search(text, 0, match.start("letter") - 1)
            if box is None and match["after"]:
                box = BOX_RE.search(text, match.end("letter"))
            if box:
                boxes[letter] = self.span(number, box.start(), box.end())
        shared = None
        if not boxes and letters:  # the form's layout: one box in the margin beside (a) to (c)
            letter_lines = {span.line for span in letters.values()}
            margin = [
                self.span(number, match.start("box"), match.end("box"))
                for number in range(lines[0], lines[1] + 1)
                if number not in letter_lines and (match := MARGIN_BOX_RE.match(self.filing.line_text(number)))
            ]
            shared = margin[0] if len(margin) == 1 else None
        elif boxes.get("a") and not boxes.get("b") and not boxes.get("c") and {"b", "c"} <= set(letters):
            shared = boxes["a"]
        if shared:
            self.find("X605", "one box stands for Part II (a), (b) and (c); all three take its state", shared)
            boxes = {letter: shared for letter in "abc"}
        for letter, concept in PART_II_CONCEPTS.items():
            span = boxes.get(letter)
            if span is None:
                self.find("X604", f"no box for Part II ({letter})", *([letters[letter]] if letter in letters else []))
            else:
                self.fact(concept, str(checked(self.filing.span_text(span))).lower(), "boolean", span)

    # --- Part III: the narrative ---

    def read_part_iii(self) -> None:
        lines = self.part("III")
        if not lines:
            return
        number, last = lines[0], trim_end(self.filing, lines[0], lines[1])
        while number <= last:  # skip blank lines and the form's instructions, a paragraph at a time
            text = self.filing.line_text(number)
            if INSTRUCTION_RE.match(text):
                while number <= last and self.filing.line_text(number).strip():
                    number += 1
            elif not text.strip() or MARKUP_LINE_RE.match(text):
                number += 1
            else:
                break
        if number > last:
            self.find("X606", "Part III holds no narrative", self.span(lines[0] - 1, 0, 0))
            return
        text = self.filing.line_text(number)
        value, span = text_block(self.filing, number, last, len(text) - len(text.lstrip()))
        self.fact("LateFilingNarrativeTextBlock", value, "text", span, end_line=last)

    # --- Part IV: the contact and questions (2) and (3) ---

    def read_part_iv(self) -> None:
        lines = self.part("IV")
        if not lines:
            return
        questions: dict[str, int] = {}
        for number in range(lines[0], lines[1] + 1):
            match = QUESTION_RE.match(self.filing.line_text(number))
            if match:
                questions.setdefault(match["number"], number)
        for key in ("1", "2", "3"):
            if key not in questions:
                self.find("X606", f"no question ({key}) in Part IV", self.span(lines[0] - 1, 0, 0))
                continue
            start = questions[key]
            later = [n for n in questions.values() if n > start]
            passage = Passage.of(self.filing, start, min(later) - 1 if later else lines[1])
            if key == "1":
                self.read_contact(passage)
            else:
                self.read_yes_no(passage, QUESTION_CONCEPTS[key], key)

    def read_contact(self, passage: Passage) -> None:
        text = passage.text
        prompt = CONTACT_PROMPT_RE.search(text)
        begin = prompt.end() if prompt else text.find(")") + 1
        phone = PHONE_RE.search(text, begin)
        if not phone:
            self.find("X606", "no telephone number of the person to contact", passage.span(0, 0)[0])
            return
        number = f"({phone['area'].strip('() ')}) {phone['exchange']}-{phone['line']}"
        number += f" x{phone['ext']}" if phone["ext"] else ""
        self.fact("LateFilingContactTelephone", number, "text", passage.span(phone.start(), phone.end())[0])
        # The name: before the number on its line, else on the nearest line above that has words.
        line_start = text.rfind("\n", 0, phone.start()) + 1
        pieces = [(max(begin, line_start), phone.start())]
        while line_start > begin:
            previous = text.rfind("\n", 0, line_start - 1) + 1
            pieces.append((max(begin, previous), line_start - 1))
            line_start = previous
        for start, end in pieces:
            name = NAME_RE.search(CAPTION_RE.sub(lambda m: " " * len(m.group()), text[start:end]))
            if name:
                words = name.group().rstrip(" ,")
                span = passage.span(start + name.start(), start + name.start() + len(words))[0]
                self.fact("LateFilingContactName", words, "text", span)
                return
        self.find("X606", "no name of the person to contact", passage.span(phone.start(), phone.end())[0])

    def read_yes_no(self, passage: Passage, concept: str, key: str) -> None:
        for pattern in YES_NO_RES:
            match = pattern.search(passage.text)
            if not match:
                continue
            yes = checked(match["yes"])
            no = checked(match["no"]) if "no" in pattern.groupindex else False  # a lone box must be X
            if yes == no:
                self.find("X604", f"question ({key}) is answered both Yes and No, or neither",
                          passage.span(match.start(), match.end())[0])
            else:
                box = "yes" if yes else "no"
                self.fact(concept, str(yes).lower(), "boolean", passage.span(match.start(box), match.end(box))[0])
            return
        self.find("X604", f"no Yes/No boxes for question ({key})", passage.span(0, 0)[0])
