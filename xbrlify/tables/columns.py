"""Columns from the evidence of the numbers: right-aligned amounts end in the same place.

The right edges (just past the last digit) of all amounts in a table's body are
clustered; each cluster seen on two or more lines is a column. Amounts that sit a
little off (a parenthesis in the digit position, a careless space) go to the nearest
column; amounts far to the left of every column are part of the label
("Balance at December 31, 1996"). `<S>`/`<C>` tags are not used: they are often wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from xbrlify.numbers import Token

CLUSTER_GAP = 2  # right edges this close belong to one column
REACH = 6  # how far off its column an amount may sit and still belong to it


@dataclass(frozen=True)
class ColumnGuide:
    """A column's anchor (its usual right edge) and the extent of its amounts."""

    anchor: int
    start: int
    end: int


@dataclass(frozen=True)
class Placement:
    """Where a line's tail amounts went: columns, or back into the label."""

    cells: tuple[tuple[int, Token], ...]  # (column index, token)
    label_tokens: tuple[Token, ...]
    misplaced: tuple[Token, ...]  # amounts that found no free column


def find_columns(token_lines: list[list[Token]]) -> list[ColumnGuide]:
    numeric = [t for line in token_lines for t in line if t.amount is not None and not t.amount.dash]
    if not numeric:
        return []
    clusters = cluster_edges(numeric)
    strong = [c for c in clusters if len({id(t) for t in c}) >= 2 and spans_lines(c, token_lines)]
    if not strong:
        strong = clusters
    guides = [guide_of(c) for c in strong]
    return refine_extents(guides, token_lines)


def cluster_edges(tokens: list[Token]) -> list[list[Token]]:
    ordered = sorted(tokens, key=lambda t: t.digit_end)
    clusters: list[list[Token]] = [[ordered[0]]]
    for token in ordered[1:]:
        if token.digit_end - clusters[-1][-1].digit_end <= CLUSTER_GAP:
            clusters[-1].append(token)
        else:
            clusters.append([token])
    return clusters


def spans_lines(cluster: list[Token], token_lines: list[list[Token]]) -> bool:
    members = {id(t) for t in cluster}
    return sum(1 for line in token_lines if any(id(t) in members for t in line)) >= 2


def guide_of(cluster: list[Token]) -> ColumnGuide:
    edges = [t.digit_end for t in cluster]
    anchor = max(set(edges), key=lambda e: (edges.count(e), e))
    return ColumnGuide(anchor, min(t.start for t in cluster), max(t.end for t in cluster))


def refine_extents(guides: list[ColumnGuide], token_lines: list[list[Token]]) -> list[ColumnGuide]:
    """Extents from every amount placed in each column, dashes included."""
    starts = {i: g.start for i, g in enumerate(guides)}
    ends = {i: g.end for i, g in enumerate(guides)}
    for line in token_lines:
        for column, token in place_tokens(line, guides).cells:
            starts[column] = min(starts[column], token.start)
            ends[column] = max(ends[column], token.end)
    return [ColumnGuide(g.anchor, starts[i], ends[i]) for i, g in enumerate(guides)]


def place_tokens(tokens: list[Token], guides: list[ColumnGuide]) -> Placement:
    """Give each amount of a line its column; leading strays go back to the label."""
    if not guides:
        return Placement((), tuple(tokens), ())
    label_end = 0
    while label_end < len(tokens) and is_label_text(tokens[label_end], guides[0]):
        label_end += 1
    taken: dict[int, Token] = {}
    misplaced: list[Token] = []
    for token in tokens[label_end:]:
        column = free_column(token, guides, taken)
        if column is None:
            misplaced.append(token)
        else:
            taken[column] = token
    cells = tuple(sorted(taken.items()))
    return Placement(cells, tuple(tokens[:label_end]), tuple(misplaced))


def is_label_text(token: Token, first: ColumnGuide) -> bool:
    return token.end <= first.start - REACH or token.digit_end < first.anchor - REACH


def free_column(token: Token, guides: list[ColumnGuide], taken: dict[int, Token]) -> int | None:
    """The nearest column not yet taken on this line, keeping columns in line order."""
    ranked = sorted(range(len(guides)), key=lambda i: distance(token, guides[i]))
    last_taken = max(taken) if taken else -1
    for column in ranked:
        if column > last_taken:
            return column
    return None


def distance(token: Token, guide: ColumnGuide) -> float:
    if token.amount is not None and token.amount.dash or token.amount is None:
        center = (token.start + token.end) / 2
        if guide.start <= center < guide.end:
            return 0.0
        return min(abs(center - guide.start), abs(center - guide.end)) + 0.5
    return abs(token.digit_end - guide.anchor)
