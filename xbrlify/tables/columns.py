"""Columns from the evidence of the numbers: right-aligned amounts end in the same place.

The right edges (just past the last digit) of all amounts in a table's body are
clustered; each cluster seen on two or more lines is a column. Amounts that sit a
little off (a parenthesis in the digit position, a careless space) go to the nearest
column; amounts far to the left of every column are part of the label
("Balance at December 31, 1996"). `<S>`/`<C>` tags are not used: they are often wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from xbrlify.numbers import NEW_TUPLE, Token

CLUSTER_GAP = 2  # right edges this close belong to one column
MARGIN = 4  # a number that starts a line this far left is a row label ("1997"), not a cell
REACH = 6  # how far off its column an amount may sit and still belong to it


@dataclass(frozen=True)
class ColumnGuide:
    """A column's anchor (its usual right edge) and the extent of its amounts."""

    anchor: int
    start: int
    end: int


class Placement(NamedTuple):
    """Where a line's tail amounts went: columns, or back into the label."""

    cells: tuple[tuple[int, Token], ...]  # (column index, token)
    label_tokens: tuple[Token, ...]
    misplaced: tuple[Token, ...]  # amounts that found no free column


def find_columns(token_lines: list[list[Token]], label_ends: list[int]) -> tuple[list[ColumnGuide], list[Placement]]:
    """Columns from the lines' tail amounts, and where each line's amounts went.

    Amounts and dashes vote with their right edges; a cluster seen on two or more
    lines is a column. A column of dashes alone counts only well away from columns
    of numbers (a centred "-" sits a little left of the digits' edge). An amount
    printed one blank after its label's text ("issued 1,083,253,703") does not vote:
    it is likely part of the label, and so is a number at the left margin ("1997")."""
    votes = []
    for index, line in enumerate(token_lines):
        if not line:
            continue  # label-only, blank and rule lines: most of a table's lines
        lead = line[0]
        if lead.start < MARGIN or attached(lead, label_ends[index]):
            line = line[1:]  # glued to its label's text, or at the margin: part of the label
        for token in line:
            if token.amount is not None:
                votes.append(NEW_TUPLE(Vote, (token, index)))
    if not votes:
        return [], [place_tokens(line, [], end) for line, end in zip(token_lines, label_ends)]
    clusters = [cluster_of(c) for c in one_per_ragged_column(cluster_edges(votes))]
    numbered = [c for c in clusters if c.numbers]
    strong = [c for c in numbered if c.repeated] or numbered
    if not strong:  # nothing but dashes: columns of zeros
        strong = [c for c in clusters if c.repeated]
    anchors = [c.guide.anchor for c in strong]
    dashes = [c for c in clusters if not c.numbers and c.repeated and c not in strong and far_from(c.guide.anchor, anchors)]
    lone = [c for c in numbered if c not in strong and anchors and c.guide.anchor > min(anchors) and far_from(c.guide.anchor, anchors)]
    guides = sorted((c.guide for c in strong + dashes + lone), key=lambda g: g.anchor)
    return refine_extents(guides, token_lines, label_ends)


class Cluster(NamedTuple):
    """Votes that line up: the column they make, whether any is a number (not a
    dash), and whether they stand on two lines or more."""

    guide: ColumnGuide
    numbers: bool
    repeated: bool


class Vote(NamedTuple):
    """A token and the body line it stands on (identical lines share token objects)."""

    token: Token
    line: int


def cluster_edges(votes: list[Vote]) -> list[list[Vote]]:
    ordered = sorted(votes, key=RIGHT_EDGE)
    clusters: list[list[Vote]] = []
    last_edge = -CLUSTER_GAP - 1  # no cluster yet
    for vote in ordered:
        edge = vote.token.digit_end
        if edge - last_edge <= CLUSTER_GAP:
            clusters[-1].append(vote)
        else:
            clusters.append([vote])
        last_edge = edge
    return clusters


def one_per_ragged_column(clusters: list[list[Vote]]) -> list[list[Vote]]:
    """Clusters a few characters apart that never stand on one line are one column
    printed ragged (Kroger's 1994 balance sheet ends its amounts anywhere in five
    places): two columns side by side share lines, and their amounts could not sit
    so close without touching."""
    merged = clusters[:1]
    for cluster in clusters[1:]:
        if drifted_apart(merged[-1], cluster):
            merged[-1] = merged[-1] + cluster
        else:
            merged.append(cluster)
    return merged


def drifted_apart(left: list[Vote], right: list[Vote]) -> bool:
    """Whether two clusters (right edges in order) are one column's: their nearest
    edges are within REACH, each is seen on two lines or more, and none on the same."""
    if right[0].token.digit_end - left[-1].token.digit_end > REACH:
        return False
    left_lines = {vote.line for vote in left}
    right_lines = {vote.line for vote in right}
    return len(left_lines) >= 2 and len(right_lines) >= 2 and left_lines.isdisjoint(right_lines)


RIGHT_EDGE = attrgetter("token.digit_end")  # a vote's right edge (a sort key in C)
TOKEN_START, TOKEN_END = attrgetter("start"), attrgetter("end")  # min/max over them loop in C


def far_from(anchor: int, anchors: list[int]) -> bool:
    return all(abs(anchor - other) > REACH for other in anchors)


def attached(token: Token, label_end: int) -> bool:
    return label_end > 0 and token.start - label_end < 2


def cluster_of(votes: list[Vote]) -> Cluster:
    tokens, lines = zip(*votes)
    edges = [t.digit_end for t in tokens if not t.amount.dash]
    return NEW_TUPLE(Cluster, (guide_of(tokens, edges), bool(edges), len(set(lines)) >= 2))


def guide_of(tokens: tuple[Token, ...], number_edges: list[int]) -> ColumnGuide:
    """Anchor: the commonest right edge of the cluster's numbers (of its dashes if none)."""
    edges = number_edges or [t.digit_end for t in tokens]
    # a cluster holds a few distinct edges: list.count, in C, beats a dict built in Python
    anchor = max(set(edges), key=lambda edge: (edges.count(edge), edge))
    return ColumnGuide(anchor, min(map(TOKEN_START, tokens)), max(map(TOKEN_END, tokens)))


def refine_extents(
    guides: list[ColumnGuide], token_lines: list[list[Token]], label_ends: list[int]
) -> tuple[list[ColumnGuide], list[Placement]]:
    """Place every line's amounts; widen each column to all it holds, dashes included."""
    starts = [g.start for g in guides]
    ends = [g.end for g in guides]
    placements = [place_tokens(line, guides, end) if line else NO_TOKENS for line, end in zip(token_lines, label_ends)]
    for placement in placements:
        for column, token in placement.cells:
            if token.start < starts[column]:
                starts[column] = token.start
            if token.end > ends[column]:
                ends[column] = token.end
    return [ColumnGuide(g.anchor, starts[i], ends[i]) for i, g in enumerate(guides)], placements


NO_TOKENS = Placement((), (), ())


def place_tokens(tokens: list[Token], guides: list[ColumnGuide], label_end: int = 0) -> Placement:
    """Give each amount of a line its column; leading strays go back to the label,
    and so does an amount glued to the label's text that lines up with no column."""
    if not tokens:
        return NO_TOKENS  # label-only, blank and rule lines: most of a table's lines
    if not guides:
        return Placement((), tuple(tokens), ())
    label_end = label_token_count(tokens, guides, label_end)
    cells: list[tuple[int, Token]] = []  # in column order: each cell goes right of the last
    misplaced: list[Token] = []
    next_column = 0
    for token in tokens[label_end:] if label_end else tokens:
        amount = token.amount
        if amount is None and not any(g.start <= token.start < g.end for g in guides):
            continue  # a "*" between columns marks a footnote; it is no cell
        if amount is not None and not amount.dash:
            column = nearest_anchor(token.digit_end, guides, next_column)
        else:
            column = free_column(token, guides, next_column)
        if column is None:
            misplaced.append(token)
        else:
            cells.append((column, token))
            next_column = column + 1
    return NEW_TUPLE(Placement, (tuple(cells), tuple(tokens[:label_end]), tuple(misplaced)))


def label_token_count(tokens: list[Token], guides: list[ColumnGuide], label_end: int) -> int:
    """How many of a line's leading tokens belong to its label."""
    first = guides[0]
    count = 0
    while count < len(tokens) and is_label_text(tokens[count], first):
        count += 1
    if count == 0 and attached(tokens[0], label_end):
        lead = tokens[0]  # "per share -": a hyphen ending the label, not a zero
        if (lead.amount is not None and lead.amount.dash) or min(distance(lead, g) for g in guides) > CLUSTER_GAP:
            return 1
    return count


def is_label_text(token: Token, first: ColumnGuide) -> bool:
    return token.start < MARGIN or token.end <= first.start - REACH or token.digit_end < first.anchor - REACH


def nearest_anchor(edge: int, guides: list[ColumnGuide], first: int) -> int | None:
    """`free_column` for a number: the column from `first` on whose anchor is nearest
    its right edge (the common case, so without `distance`'s calls)."""
    best, best_distance = None, INFINITY
    for column in range(first, len(guides)):
        off = abs(edge - guides[column].anchor)
        if off < best_distance:
            best, best_distance = column, off
        elif off > best_distance:
            break  # anchors run left to right: past the nearest, they only get farther
    return best


INFINITY = float("inf")


def free_column(token: Token, guides: list[ColumnGuide], first: int) -> int | None:
    """The nearest column from `first` on, right of those already taken on this line
    (cells keep their left-to-right order)."""
    best, best_distance = None, INFINITY
    for column in range(first, len(guides)):
        off = distance(token, guides[column])
        if off < best_distance:
            best, best_distance = column, off
        elif off > best_distance:
            break  # columns run left to right: past the nearest, they only get farther
    return best


def distance(token: Token, guide: ColumnGuide) -> float:
    """How far a token sits from a column: a number from its anchor (right edges line
    up), a dash or symbol from its extent (they are often centred)."""
    if token.amount is None or token.amount.dash:
        center = (token.start + token.end) / 2
        if guide.start <= center < guide.end:
            return 0.0
        return min(abs(center - guide.start), abs(center - guide.end)) + 0.5
    return abs(token.digit_end - guide.anchor)
