"""Stage "tables", step by step on small inline tables: regions, columns, header, rows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from support import read_tables as read

from xbrlify.numbers import line_tail_tokens
from xbrlify.source import read_filing
from xbrlify.tables import text_to_tables
from xbrlify.tables.columns import find_columns, place_tokens
from xbrlify.tables.regions import find_regions

FIXTURES = Path(__file__).parent.parent / "fixtures"


def values(row) -> list[tuple[int, Decimal | None]]:
    return [(cell.column, cell.value) for cell in row.cells]


# regions


def test_tagged_table_in_lower_case_with_caption_and_markers(tmp_path):
    filing, tables, _ = read(
        tmp_path,
        """\
        Some text.
        <table>
        <caption>
                                  2001        2000
        <s>                       <c>         <c>
        Sales                   $ 1,000     $   900
        Costs                       600         500
        </table>
        """,
    )
    (region,) = find_regions(filing)
    assert region.tagged and (region.first_line, region.last_line) == (2, 8)
    assert region.caption_lines == (3, 4)
    assert region.body_lines == (6, 7)
    (table,) = tables
    assert [c.heading for c in table.columns] == [("2001",), ("2000",)]


def test_untagged_statement_is_found_by_alignment_with_its_headings(tmp_path):
    filing, tables, _ = read(
        tmp_path,
        """\
        The company had a good year, as the statement below shows in some detail.

                         CONSOLIDATED BALANCE SHEET
                             (in millions)

                                      September 30    December 31,
                                          1998            1997
                                      ------------    ------------
        Current Assets:
          Cash                              $ 1,531         $ 1,456
          Receivables                         3,129           2,973
                                         ----------      ----------
            Total Current Assets              4,660           4,429
                                         ==========      ==========

        Next paragraph of prose starts here and runs on for a while, 1998.
        """,
    )
    (table,) = tables
    assert not table.tagged
    assert table.title == ("CONSOLIDATED BALANCE SHEET",)
    assert table.units == "(in millions)"
    assert [c.heading for c in table.columns] == [("September 30", "1998"), ("December 31,", "1997")]
    labels = [(row.kind, row.label) for row in table.rows if row.kind != "rule"]
    assert labels == [
        ("heading", "Current Assets:"),
        ("data", "Cash"),
        ("data", "Receivables"),
        ("data", "Total Current Assets"),
    ]
    assert values(table.data_rows[2]) == [(0, Decimal(4660)), (1, Decimal(4429))]


def test_prose_with_numbers_is_not_a_table(tmp_path):
    _, tables, _ = read(
        tmp_path,
        """\
        In 1998 sales rose to $1,234 million from $1,100 million in 1997, and
        costs rose to $600 million from $500 million; the 1999 outlook is 10%
        higher at $1,357 million, with 2,000 more employees than the 1,500.
        """,
    )
    assert tables == []


def test_page_numbers_do_not_make_a_table(tmp_path):
    _, tables, _ = read(tmp_path, "Text.\n\n                2\n<PAGE>\nMore text.\n\n                3\n<PAGE>\n")
    assert tables == []


# columns


def columns_of(lines: list[str]):
    """The lines' tail tokens and the columns found from them."""
    tails = [line_tail_tokens(line) for line in lines]
    guides, _ = find_columns([t for _, t in tails], [e for e, _ in tails])
    return tails, guides


def test_columns_from_right_edges_with_parentheses_and_dashes():
    lines = [
        "Net sales                 1,402        1,737",
        "Operating income (loss)      61         (60)",
        "Restructuring costs          --           --",
        "Cash used                   (9)         (47)",
    ]
    tails, guides = columns_of(lines)
    assert [g.anchor for g in guides] == [31, 43]  # the commonest right edge: "(60)", "(47)"
    placed = [place_tokens(t, guides, e) for e, t in tails]
    assert [[(col, tok.raw) for col, tok in p.cells] for p in placed] == [
        [(0, "1,402"), (1, "1,737")],
        [(0, "61"), (1, "(60)")],
        [(0, "--"), (1, "--")],
        [(0, "(9)"), (1, "(47)")],
    ]


def test_a_number_inside_a_label_is_not_a_column():
    lines = [
        "  Common stock issued 1,093,589,093 in 1998 and 1,083,253,703",
        "    in 1997                                          109      108",
        "  Less treasury stock - 100,017,415",
        "    shares                                         5,501    3,850",
    ]
    tails, guides = columns_of(lines)
    assert len(guides) == 2
    assert place_tokens(tails[0][1], guides, tails[0][0]).cells == ()


# rows and header


def test_wrapped_labels_headings_and_a_blank_cell(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                  <C>         <C>
        Costs and expenses:
          Selling, general and
            administrative                      216         307
        Accounts Receivable (net of           2,247       2,015
            allowances $65,223)
        Shares used in computing
        earnings per share:
            Basic                           133,068
        Net Income (loss) per common share -
        assuming dilution                      0.02       (0.01)
        </TABLE>
        """,
    )
    rows = [(row.kind, row.label, values(row)) for row in table.rows]
    assert rows == [
        ("heading", "Costs and expenses:", []),
        ("data", "Selling, general and administrative", [(0, Decimal(216)), (1, Decimal(307))]),
        ("data", "Accounts Receivable (net of allowances $65,223)", [(0, Decimal(2247)), (1, Decimal(2015))]),
        ("heading", "Shares used in computing earnings per share:", []),
        ("data", "Basic", [(0, Decimal(133068))]),
        ("data", "Net Income (loss) per common share - assuming dilution", [(0, Decimal("0.02")), (1, Decimal("-0.01"))]),
    ]
    assert table.rows[1].lines == (4, 5)


def test_a_label_wrapped_after_a_modifier_is_joined(tmp_path):
    # Ford 10-K 2001 line 5374: "Class B" wants its noun ("Stock") from the next line, which
    # starts upper case; a heading ending in a note reference keeps its items apart
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                               <C>         <C>
        Average number of shares of Common and Class B
         Stock outstanding (Note 1)                        1,820       1,483
        Capital stock (Notes 12 and 13)
         Common Stock, par value $0.01 per share              18          18
        </TABLE>
        """,
    )
    rows = [(row.kind, row.label) for row in table.rows]
    assert rows == [
        ("data", "Average number of shares of Common and Class B Stock outstanding (Note 1)"),
        ("heading", "Capital stock (Notes 12 and 13)"),
        ("data", "Common Stock, par value $0.01 per share"),
    ]


def test_a_wrapped_label_printed_with_its_last_line_twice_is_read_once(tmp_path):
    # Ford 10-K 2001 cash flow (lines 5534-5537, 5578-5581): the label's last line is printed
    # alone and again beside the amounts; a label wrapped without repeating stays whole
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                               <C>         <C>
         Collections of receivables and lease
          investments
          investments                                     46,961      54,290
         Net cash provided by (used in)
          investing activities                             (1,234)       567
         Payments for purchases of
          investments and
          other investments                                  (12)        (9)
         Net investing activity with
          Financial Services
          Financial Services                                 186         645
        Supplemental disclosure of
         cash flow information
         Interest paid                                       310         298
           Net increase/(decrease) in cash and
            cash
        equivalents
            cash equivalents                                 705        581
        </TABLE>
        """,
    )
    rows = [(row.kind, row.label) for row in table.rows]
    assert rows == [
        ("data", "Collections of receivables and lease investments"),
        ("data", "Net cash provided by (used in) investing activities"),
        ("data", "Payments for purchases of investments and other investments"),
        ("data", "Net investing activity with Financial Services"),
        ("heading", "Supplemental disclosure of cash flow information"),
        ("data", "Interest paid"),
        ("data", "Net increase/(decrease) in cash and cash equivalents"),
    ]
    assert table.rows[0].lines == (3, 4, 5)  # the repeated line is still part of the row


def test_rule_rows_say_which_columns_they_underline(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                            <C>         <C>
        Net sales                    1,402       1,737
        Net income....................  101         (56)
                                     -----
        Total                        1,503
                                     =====       =====
        </TABLE>
        """,
    )
    rules = [(row.rule_style, row.rule_columns) for row in table.rows if row.kind == "rule"]
    assert rules == [("single", (0,)), ("double", (0, 1))]
    assert table.rows[1].label == "Net income"  # dot leaders are not part of the label


def test_a_capitalised_label_wrapped_with_a_hanging_indent_is_one_label(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                            <C>          <C>
        Interest Income
          Loans                                        1,350        1,492
          Federal Funds Sold and Securities
            Purchased Under Resale Agreements             94           77
          Deposits with Banks                             67           69
        Current Liabilities
          Accounts Payable                               100          120
                                                       -----        -----
        Total Current Liabilities                        100          120
        </TABLE>
        """,
    )
    rows = [(row.kind, row.label) for row in table.rows if row.kind != "rule"]
    assert rows == [
        ("heading", "Interest Income"),
        ("data", "Loans"),
        ("data", "Federal Funds Sold and Securities Purchased Under Resale Agreements"),
        ("data", "Deposits with Banks"),
        ("heading", "Current Liabilities"),  # a heading over one item, closed by its total
        ("data", "Accounts Payable"),
        ("data", "Total Current Liabilities"),
    ]


def test_a_word_broken_at_a_lines_end_is_joined_and_a_compound_keeps_its_hyphen(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                                        <C>          <C>
        Earnings before tax expense and cumula-
           tive effect of change in accounting...............      421,363      283,938
        Amortization of discount on Junior Subordinated Deben-
           tures.............................................       64,198      112,321
        Write-down of Automotive-
           related ventures..................................       12,000       11,000
        Interest on long-
           term debt.........................................        9,000        8,000
        </TABLE>
        """,
    )
    assert [row.label for row in table.data_rows] == [
        "Earnings before tax expense and cumulative effect of change in accounting",
        "Amortization of discount on Junior Subordinated Debentures",
        "Write-down of Automotive-related ventures",
        "Interest on long-term debt",
    ]


def test_a_column_printed_ragged_is_one_column(tmp_path):
    # Kroger's 1994 balance sheet as printed: each column's amounts end anywhere
    # within five places, so their right edges make two runs per column
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                                                                   <C>             <C>
        ASSETS
        Current assets
           Cash and temporary cash investments...............                       $    27,223     $   121,253
           Receivables.......................................                     270,811          287,925
           Inventories:
                   FIFO cost.......................................                   2,053,207       2,001,376
                   Less LIFO reserve...............................                    (438,184)       (422,097)
                                                                                ----------      ---------
                                                                                1,615,023       1,579,279
           Property held for sale............................                      39,631          37,721
           Prepaid and other current assets..................                     199,437         199,652
        </TABLE>
        """,
    )
    assert len(table.columns) == 2
    assert all([cell.column for cell in row.cells] == [0, 1] for row in table.data_rows)


def test_columns_close_together_that_share_lines_stay_apart(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                          <C>    <C>    <C>
        Widgets                       12%    15%    11%
        Gadgets                        9%     8%     7%
        </TABLE>
        """,
    )
    assert len(table.columns) == 3


def test_a_dollar_sign_glued_to_the_dot_leaders_is_no_part_of_the_label(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                              <C>              <C>
        Beginning of year...........$  (2,490,932) $ (2,475,561)
        End of year.................$  (2,248,736) $ (2,490,932)
        </TABLE>
        """,
    )
    assert [row.label for row in table.data_rows] == ["Beginning of year", "End of year"]
    assert [cell.value for cell in table.data_rows[0].cells] == [-2490932, -2475561]


def test_spanning_heading_goes_to_each_column_it_is_centred_over(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                               (Dollars in millions)
                                   THREE MONTHS         NINE MONTHS
                                      ENDED                ENDED
                               June 26,    June 27,  June 26,  June 27,
                                  1998        1997      1998      1997
        <S>                       <C>         <C>       <C>       <C>
        Net sales             $  1,402    $  1,737  $  4,385  $  5,467
        Cost of sales            1,042       1,389     3,323     4,419
        </TABLE>
        """,
    )
    assert table.units == "(Dollars in millions)"
    assert [c.heading for c in table.columns] == [
        ("THREE MONTHS", "ENDED", "June 26,", "1998"),
        ("THREE MONTHS", "ENDED", "June 27,", "1997"),
        ("NINE MONTHS", "ENDED", "June 26,", "1998"),
        ("NINE MONTHS", "ENDED", "June 27,", "1997"),
    ]


def test_heading_over_a_spanning_rule(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                        2001                      2000
                              -----------------------  -----------------------
                                           Financial                Financial
                               Automotive   Services   Automotive   Services
        <S>                   <C>          <C>         <C>          <C>
        Cash at January 1      $  3,374    $  1,477     $  2,793    $  1,588
        Net cash from sales       8,725      14,039       18,881      15,457
        </TABLE>
        """,
    )
    assert [c.heading for c in table.columns] == [
        ("2001", "Automotive"),
        ("2001", "Financial", "Services"),
        ("2000", "Automotive"),
        ("2000", "Financial", "Services"),
    ]


def test_section_heading_printed_in_the_caption_belongs_to_the_body(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <CAPTION>
                                  The Group     Pro Forma
                                  ---------     ---------
        Current Assets:
        <S>                       <C>           <C>
              Cash               282,023.00    183,987.00
              Inventory        1,226,807.00    584,839.00
        </TABLE>
        """,
    )
    assert table.title == ()
    assert (table.rows[0].kind, table.rows[0].label) == ("heading", "Current Assets:")
    assert [c.heading for c in table.columns] == [("The Group",), ("Pro Forma",)]


def test_a_hyphen_ending_a_wrapped_label_is_not_a_zero(tmp_path):
    _, (table,), _ = read(
        tmp_path,
        """\
        <TABLE>
        <S>                        <C>            <C>
          Convertible debt         22,642            --
        Denominator for diluted
          earnings per share -
          adjusted weighted-average
          shares                  171,786        126,500
        </TABLE>
        """,
    )
    last = table.rows[-1]
    assert last.label == "Denominator for diluted earnings per share - adjusted weighted-average shares"
    assert values(last) == [(0, Decimal(171786)), (1, Decimal(126500))]


def test_words_of_a_period_printed_two_blanks_apart_head_their_columns_together():
    # Apple's 10-Q statement of operations (line 119) prints "NINE  MONTHS" with two blanks
    filing, _ = read_filing(FIXTURES / "apple-10q-1998-0000320193-98-000008.txt")
    table = text_to_tables(filing)[0][0]
    assert [c.heading[0] for c in table.columns] == ["THREE MONTHS", "THREE MONTHS", "NINE  MONTHS", "NINE  MONTHS"]
    # "ENDED" under it sits a character right of the pair's centre: it heads both too
    assert [c.heading[1] for c in table.columns] == ["ENDED"] * 4


def test_a_word_stacked_on_a_spanning_heading_is_not_shared_when_its_line_heads_each_column(tmp_path):
    _, tables, _ = read(
        tmp_path,
        """        <TABLE>
        <CAPTION>
                                   NINE MONTHS ENDED
                              June 30,  June 30,  June 30,
                                1998      1997      1996
        <S>                      <C>       <C>       <C>
        Net sales              $ 1,000   $   900   $   800
        Costs                      600       500       400
        </TABLE>
        """,
    )
    (table,) = tables
    assert [c.heading for c in table.columns] == [("NINE MONTHS ENDED", "June 30,", y) for y in ("1998", "1997", "1996")]


def test_units_caption_on_the_line_above_the_table_is_read(tmp_path):
    # Apple's 10-Q MD&A prints "(Tabular information: Dollars in millions, ...)" above <TABLE>,
    # a line too long to be taken for a title
    _, tables, _ = read(
        tmp_path,
        """\
        Results of Operations
        (Tabular information: Dollars in millions, except per share amounts)
        <TABLE>
        <CAPTION>
                                      Third Quarter
                                      1998     1997
        <S>                           <C>      <C>
        Net sales                     $1,402   $1,737
        Gross margin                  $  360   $  348
        </TABLE>
        """,
    )
    (table,) = tables
    assert table.units == "(Tabular information: Dollars in millions, except per share amounts)"
