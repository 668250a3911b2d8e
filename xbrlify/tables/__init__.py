"""Stage "tables": a filing's text -> its tables (columns, header, rows, cells)."""

from __future__ import annotations

from xbrlify.diagnostics import Diagnostic
from xbrlify.model import Column, Filing, Table
from xbrlify.numbers import line_tail_tokens
from xbrlify.tables.columns import find_columns
from xbrlify.tables.header import amounts_in_headings, read_header
from xbrlify.tables.regions import Region, clean_line, find_regions
from xbrlify.tables.rows import read_rows

__all__ = ["text_to_tables"]


def text_to_tables(filing: Filing) -> tuple[list[Table], list[Diagnostic]]:
    tables: list[Table] = []
    diagnostics: list[Diagnostic] = []
    for region in find_regions(filing):
        table, found = read_table(filing, region, len(tables))
        tables.append(table)
        diagnostics.extend(found)
    return tables, diagnostics


def read_table(filing: Filing, region: Region, index: int) -> tuple[Table, list[Diagnostic]]:
    tails = [line_tail_tokens(clean_line(filing.lines[n - 1])) for n in region.body_lines]
    guides, placements = find_columns([tokens for _, tokens in tails], [label_end for label_end, _ in tails])
    header = read_header(filing, region.caption_lines, region.title_lines, guides, region.tagged)
    body = sorted(header.body_prefix + region.body_lines)
    rows, diagnostics = read_rows(filing, body, guides, dict(zip(region.body_lines, placements)))
    above = tuple(n for n in region.title_lines + region.caption_lines if n not in header.body_prefix)
    diagnostics += amounts_in_headings(filing, above)
    columns = tuple(
        Column(i, guide.start, guide.end, header.headings[i] if i < len(header.headings) else ())
        for i, guide in enumerate(guides)
    )
    table = Table(
        index=index,
        document=region.document,
        first_line=min([region.first_line, *body]),  # rows found among the title lines
        last_line=region.last_line,
        tagged=region.tagged,
        title=header.title,
        units=header.units,
        columns=columns,
        rows=tuple(rows),
        header_lines=header.header_lines,
    )
    return table, diagnostics
