"""`diff_results(old, new) -> Diff`: the typed changes between two extraction results."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from decimal import Decimal

from rapidfuzz import fuzz

from extractors.base import anchor_date
from extractors.dates import find_date_spans
from extractors.spans import Claims
from extractors.vocabulary import (
    MONTHS,
    POST_HEADS,
    POST_MODIFIERS,
    SEASONS,
    STATUSES,
    WEEKDAYS,
    strip_honorifics,
)

from ..models import (
    Amendment,
    Amount,
    Appointment,
    Change,
    ChangeKind,
    DateMention,
    Diff,
    DiffSide,
    ExtractionResult,
    FinancialTable,
    Outcome,
    Provenance,
    Resolution,
)
from .context import clause_around, heading_before, paper_text, sentence_around, sentence_over_pages
from .tables import (
    ColumnPair,
    RowPair,
    breakdown_section,
    data_rows,
    header_key,
    label_key,
    label_similarity,
    match_columns,
    match_rows,
    match_tables,
    norm,
    row_name,
    same_section,
    two_payments,
    unique_label,
)

# The order reports list kinds in; "not mentioned" is last because absence is not departure.
KIND_ORDER: list[ChangeKind] = [
    "table_cell", "table_row_added", "table_row_removed", "table_row_renamed", "table_row_moved",
    "table_added", "table_removed", "column_added", "column_removed", "appointment_added",
    "post_holder_changed", "appointment_changed",
    "appointment_ended", "date_moved", "date_added", "resolution_added", "resolution_removed",
    "outcome_changed", "amendment_added", "amendment_removed", "amount_changed", "amount_added", "amount_removed", "appointment_mentioned",
    "appointment_not_mentioned",
]


def _table_title(table, n: int) -> str:
    return table.title or f"table {n}"


def _without_consequences(row_cells: list[tuple[ColumnPair, Change]],
                          table: FinancialTable) -> list[Change]:
    """A row's value changes without those of its variance columns when another of its values
    changed too: a variance is projected minus planned, so its change follows from theirs and
    says nothing more (WSX June -> September 2020: "Variation to planned spend" moves with every
    projection). A variance that changed alone is kept: then it is the news."""
    def derived(c: ColumnPair) -> bool:
        return table.columns[c.new].measure == "variance"

    if not any(not derived(c) for c, _ in row_cells):
        return [ch for _, ch in row_cells]
    return [ch for c, ch in row_cells if not derived(c)]


def _renaming(orow, nrow) -> str:
    """A renamed row by both its names ("CDC Dog Bins → Dog Bin emptying CDC"): a reader looks
    for the old name in the old paper and the new one in the new."""
    return f"{row_name(orow)} → {row_name(nrow)}"


def _row_extent(row) -> tuple[int, int]:
    """The characters of a table row as printed: its label and every cell."""
    spans = [s for s in (row.label_span, *row.spans) if s is not None]
    spans.append((row.provenance.char_start, row.provenance.char_end))
    return min(a for a, _ in spans), max(b for _, b in spans)


# The header of a payment line's column saying what it was for.
_PURPOSE_HEADER = re.compile(r"^\s*(?:details?|description|purpose|narrative|item|for)\b", re.I)


def _purpose(row, text: str | None) -> str:
    """What a dated line (a payment) says it was for: its details column, to the end of the
    first clause that states no sum ("Prepayment - CBSO License" of "Prepayment - CBSO License
    £1,100 removed from list 09/11/17. Duplicate entry, ...", whose last printed line alone sits
    between the label and the value), or else the words the paper prints between its label and
    its first value ("Past Mayor Pendants"), or ""."""
    said = next((v for k, v in row.details.items() if _PURPOSE_HEADER.match(k) and v.strip()), "")
    said = " ".join(re.split(r"£|\.\s", said)[0].split())
    if re.search(r"[A-Za-z]{2}", said) and len(said) <= DESCRIPTION_MAX:
        return said
    cells = [a for a, _ in filter(None, row.spans)]
    if text is None or row.label_span is None or not cells:
        return ""
    first = min(cells)
    between = " ".join(text[row.label_span[1]:first].split()) if row.label_span[1] <= first else ""
    if not re.search(r"[A-Za-z]{2}", between) or len(between) > DESCRIPTION_MAX:
        return ""
    return between


def _described(row, dated: tuple[frozenset, str]) -> str:
    """The row's name, and, for a dated line (a payment), what the line says it was for
    ("Thomas Fattorini Ltd: Past Mayor Pendants"): two payments to one payee are told apart."""
    days, purpose = dated
    return f"{row_name(row)}: {purpose}" if days and purpose else row_name(row)


# A row's description is at most this long: more is a line of print read into the row.
DESCRIPTION_MAX = 80


def _row_dates(result: ExtractionResult, table: FinancialTable,
               text: str | None) -> list[tuple[frozenset, str]]:
    """For each row of `table`: the days printed on it (a payment's date), as (start, end)
    pairs, and, where it has any, what it says it was for (`_purpose`)."""
    days = sorted((d.provenance.char_start, (d.start, d.end)) for d in result.dates
                  if d.grain == "day")
    starts = [at for at, _ in days]
    anchor = anchor_date(result.document)
    out = []
    for row in table.rows:
        lo, hi = _row_extent(row)
        if text is not None:
            # read from the row's own text: a payment's date column is table text, not one of
            # the paper's prose dates (extractors/dates.py leaves it out of result.dates)
            found = {(s.first, s.last) for s in find_date_spans(text[lo:hi], anchor)
                     if s.grain == "day"}
        else:
            k = bisect.bisect_left(starts, lo)
            found = set()
            while k < len(days) and days[k][0] < hi:
                found.add(days[k][1])
                k += 1
        out.append((frozenset(found), _purpose(row, text) if found else ""))
    return out


# Tables of one paper printed in parts: a part joins the table it continues when it has the same
# columns and at least this share of its lines (by label or section) are lines of the other
# paper's table (a report's applications printed ward by ward, "Four Oaks Ward", "Trinity Ward",
# under the same "Amount Requested" header; the minutes print them in one table).
PART_SHARE = 0.5


def _join_parts(tables: list[FinancialTable], others: list[FinancialTable],
                pairs: list[tuple[int, int]], side: int) -> tuple[list[FinancialTable], set[int]]:
    """`tables` with each unpaired part appended to the paired table it continues, and the
    indexes of the parts so absorbed (neither added nor removed: their lines are compared)."""
    out = list(tables)
    partner = {p[side]: p[1 - side] for p in pairs}
    absorbed: set[int] = set()

    def names(t):
        return {label_key(x) for i in data_rows(t) for x in (t.rows[i].label, t.rows[i].section)
                if x}

    for u, part in enumerate(tables):
        if u in partner or not data_rows(part):
            continue
        heads = [header_key(c.label) for c in part.columns]
        for i, j in sorted(partner.items()):
            if [header_key(c.label) for c in tables[i].columns] != heads:
                continue
            theirs = names(others[j])
            lines = [part.rows[r] for r in data_rows(part)]
            known = sum(1 for r in lines if any(label_key(x) in theirs
                                                for x in (r.label, r.section) if x))
            if known >= PART_SHARE * len(lines):
                out[i] = out[i].model_copy(update={"rows": out[i].rows + part.rows})
                absorbed.add(u)
                break
    return out, absorbed


# A header cell of at most this many words names a column; more is a note or a caption.
HEADER_CELL_WORDS = 4
# Two headers are one at this likeness (the threshold same_section uses for headings).
SAME_HEADER = 85


def _header_cells(table: FinancialTable, text: str | None) -> list[str]:
    """The table's printed header cells (tab- or line-separated), its title left out."""
    if text is None:
        return []
    cells = []
    for a, b in table.header_spans:
        for cell in re.split(r"\t|\n", text[a:b]):
            cell = " ".join(cell.split())
            if cell and norm(cell) != norm(table.title) and \
                    len(cell.split()) <= HEADER_CELL_WORDS:
                cells.append(cell)
    return cells


def _text_columns(ot: FinancialTable, old_text: str | None, nt: FinancialTable,
                  new_text: str | None) -> list[tuple[str, str, str, FinancialTable]]:
    """Columns of words or dates (not money: `match_columns` pairs those) that one table of a
    matched pair prints and the other does not (Sutton Coldfield payments Q2 -> Q3: "Inv Date"
    gone, "Doc Date" and "Paid Date" new): a header cell is new when it has a word of letters
    that the other table's printed header never prints. (kind, side, cell, table)."""
    olds, news = _header_cells(ot, old_text), _header_cells(nt, new_text)
    if not olds or not news:
        return []

    def words(cells):
        return {w for c in cells for w in norm(c).split()}

    def money(cell, table):
        # (a money column's header, matched by match_columns; SAME_HEADER as for sections)
        return any(label_similarity(cell, c.label) >= SAME_HEADER or norm(cell) in norm(c.label)
                   for c in table.columns)

    out = []
    for kind, side, mine, theirs, table in (("column_added", "new", news, olds, nt),
                                            ("column_removed", "old", olds, news, ot)):
        known = words(theirs)

        def unknown(w: str, known: set[str] = known) -> bool:
            # (a word cut short at the cell's edge is the same word: "Unrecoverabl")
            return w not in known and not any(
                len(k) >= 4 and (w.startswith(k) or k.startswith(w)) for k in known)

        # A column whose header is printed over no line's text is an empty column, nothing a
        # reader loses or gains (Souldern January 2026's "Paid by standing order" prints a
        # "Comments" header over two lines without comments; February's drops it). Known only
        # where the table reads its lines' text columns (`TableRow.details`).
        filled = {norm(k) for row in table.rows for k, v in row.details.items() if v.strip()}
        reads_text = any(row.details for row in table.rows)
        for cell in dict.fromkeys(mine):
            fresh = [w for w in norm(cell).split() if w.isalpha() and len(w) >= 3 and unknown(w)]
            if reads_text and norm(cell) not in filled:
                continue
            if fresh and not money(cell, table):
                out.append((kind, side, cell, table))
    return out


def _whole_sections(table: FinancialTable, other: FinancialTable, free: list[int],
                    renamed: list[tuple[str, str]], side: int) -> dict[str, list[int]]:
    """The unpaired rows of `table` that make up whole breakdown sections (`breakdown_section`)
    the other table has no section like: section heading -> its rows."""
    theirs = {label_key(other.rows[i].section) for i in data_rows(other) if other.rows[i].section}
    theirs |= {label_key(pair[side]) for pair in renamed}
    out: dict[str, list[int]] = {}
    for r in free:
        sec = table.rows[r].section
        if sec and label_key(sec) not in theirs and breakdown_section(table, sec):
            out.setdefault(sec, []).append(r)
    whole = {}
    for sec, rows in out.items():
        members = [i for i in data_rows(table) if table.rows[i].section == sec]
        if set(members) <= set(rows):
            whole[sec] = rows
    return whole


def _breakdown_heading(tables: list[FinancialTable], row) -> str | None:
    """The title ("" when untitled) of the table, as printed, in which `row`'s section is a line
    broken down (`breakdown_section`); None when it is not one."""
    for t in tables:
        if any(r is row or (r.provenance == row.provenance and r.label == row.label)
               for r in t.rows) and breakdown_section(t, row.section):
            return t.title or ""
    return None


MOVED_ROW_COLUMNS = ("exact", "renamed")
"""How sure a column pairing between two different tables must be before a moved line's values
are compared across them: the same header, or the same measure and period."""


def _moved_row_values(ot: FinancialTable, orow, nt: FinancialTable, nrow,
                      title: str) -> list[Change]:
    """The value changes of a line that moved to another table, in the columns the two tables
    share by header or by measure and period (WSX June -> September 2020: "Estimate for IT
    Systems improvements", nil in June's resource plan, is 750 in September's MTFS pressures
    table under "Planned spend for 2021/22", June's "Spending Plan for 2021/22"). A figure
    printed on one side only is no value to compare, as for a line that stayed."""
    cols, _ = match_columns(ot, nt, [(ot.rows.index(orow), nt.rows.index(nrow))], title)
    out = []
    for c in cols:
        if c.match not in MOVED_ROW_COLUMNS:
            continue
        a = orow.values[c.old] if c.old < len(orow.values) else None
        b = nrow.values[c.new] if c.new < len(nrow.values) else None
        if a is None or b is None or a == b:
            continue
        out.append((c, Change(
            kind="table_cell", subject=row_name(nrow), column=nt.columns[c.new].label,
            old=a, new=b, delta=b - a, match="renamed" if c.match == "renamed" else "fuzzy",
            table=title, section=nrow.section,
            note=f'moved from "{_table_title(ot, 0)}"; column was "{ot.columns[c.old].label}"',
            old_provenance=orow.provenance, new_provenance=nrow.provenance)))
    return _without_consequences(out, nt)


def _run_together(ot: FinancialTable, nt: FinancialTable) -> dict[int, tuple[int, int]]:
    """New lines whose label is two consecutive old lines' labels printed as one (an OCR'd
    table that ran two lines together: WSX September 2020's "Complaints Officer Neglect
    Strategy work", June's "Complaints Officer" and "Neglect Strategy work"): new row -> the
    two old rows. Such a line is the two lines misprinted, not one renamed and one gone."""
    out: dict[int, tuple[int, int]] = {}
    olds = [(k, row) for k, row in enumerate(ot.rows) if row.kind != "heading" and row.label]
    for j, row in enumerate(nt.rows):
        if not row.label or row.kind == "heading":
            continue
        for (a, ra), (b, rb) in zip(olds, olds[1:]):
            if ra.section == rb.section and norm(f"{ra.label} {rb.label}") == norm(row.label) \
                    and norm(ra.label) != norm(row.label) and norm(rb.label) != norm(row.label):
                out[j] = (a, b)
                break
    return out


def _ghosts(table: FinancialTable) -> set[tuple[int, int]]:
    """(row, column) cells that may be a ghost of the line printed above: the same non-nil value
    as that line, in a column whose subtotal of that section the table's own arithmetic fails
    (WSX September 2020, an OCR'd print: "Casework Audits" shows 155 and 78, the figures of the
    line above it, where June had nil, and the section's Latest and Actual subtotals do not add
    up; the blind re-annotation reads them as ghosts, the subtotals requiring 0). A value
    change the paper's own sums contradict is not one a reader can be shown as fact."""
    failed = {(table.rows[ch.row].section, ch.column) for ch in table.checks
              if not ch.passed and ch.row is not None and ch.row < len(table.rows)
              and ch.column is not None}
    out: set[tuple[int, int]] = set()
    above = None
    for r, row in enumerate(table.rows):
        if row.kind == "heading":
            above = None
            continue
        if above is not None and row.kind == "item":
            for c, v in enumerate(row.values):
                if v and c < len(above.values) and above.values[c] == v \
                        and (row.section, c) in failed:
                    out.add((r, c))
        above = row
    return out


# A table of the payments a meeting approves ("Payments Approved", "(b) Payments Due",
# "Accounts to be approved", "Paid by standing order"), by its title or headers.
_PAYMENTS = re.compile(r"\b(?:payments?|paid|cheques?|accounts?\s+(?:to\s+be\s+|for\s+)?"
                       r"(?:approved|paid|payment)|invoices?)\b", re.I)
_GROSS = re.compile(r"\b(?:gross|total)\b", re.I)


def _payment_schedule(old: ExtractionResult, ot: FinancialTable, new: ExtractionResult,
                      nt: FinancialTable) -> int | None:
    """The payment column (of `nt`) when two matched tables are the payments schedules of two
    meetings' minutes, else None. Each meeting's payments are its business: a payee first paid
    this month is no change, and one paid at both meetings is compared on what was paid, the
    gross where net, VAT and gross are printed (Hertingfordbury PC May -> June 2013's "Payments
    Approved": Frank Cooper & Sons 513.60 -> 594.00 and the totals; the change sets of
    Hertingfordbury and Stoke Ferry minutes list payees paid in both as amount changes and
    one-off payees not at all). Reports of payments (Sutton Coldfield's lists over £250,
    Souldern's expenditure over £100) are compared line by line."""
    kinds = {old.document.kind, new.document.kind}
    if not kinds <= MEETING_BUSINESS_KINDS:
        return None
    words = " ".join(filter(None, [ot.title, nt.title, *(c.label for c in nt.columns)]))
    if not _PAYMENTS.search(words) or not nt.columns:
        return None
    return next((k for k, c in enumerate(nt.columns) if _GROSS.search(c.label)),
                len(nt.columns) - 1)


# Words of a payee's name that do not tell one payee from another: its firm's form and joins
# ("Frank Cooper & Sons", "Frank Cooper and Son", "Playsafety Ltd").
_PAYEE_FORM = frozenset({"and", "&", "son", "sons", "ltd", "limited", "plc", "co", "company",
                         "the", "of", "llp", "inc"})
# A payee's name must keep a word of at least this many letters to be told by (an initial, "T",
# tells nobody).
PAYEE_WORD_MIN = 4


def _payee_words(label: str | None) -> set[str]:
    """A payee's name as the words that tell it, each without a plural's "s" ("Coopers")."""
    words = [w for w in norm(label).split() if w not in _PAYEE_FORM]
    return {w[:-1] if len(w) > PAYEE_WORD_MIN and w.endswith("s") else w for w in words}


def _same_payee(a: str | None, b: str | None) -> bool:
    """Two lines of two meetings' payments schedules name one payee when the words of one name
    are all in the other and one of them is a name, not an initial (Hertingfordbury PC: June
    2013's "Frank Cooper & Sons" is July's "Frank Cooper"; May 2014's "Frank Cooper and Son"
    is June's "Coopers"; "T H Brindley" is "T Brindley")."""
    wa, wb = _payee_words(a), _payee_words(b)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(short) and short <= long_ and any(len(w) >= PAYEE_WORD_MIN for w in short)


def _payees_paired(ot: FinancialTable, nt: FinancialTable, rows) -> None:
    """In two meetings' payments schedules, pairs the lines `match_rows` left unpaired that name
    one payee (`_same_payee`), where the payee is named on one line only in each, and the two
    schedules' totals (one total line each, labelled or not: "Totals" and June 2014's
    unlabelled sum): a payee paid at both meetings is compared on what was paid."""
    free_old, free_new = set(rows.removed), set(rows.added)
    for i in sorted(free_old):
        a = ot.rows[i]
        if a.kind != "item":
            continue
        mates = [j for j in free_new if nt.rows[j].kind == "item"
                 and _same_payee(a.label, nt.rows[j].label)]
        if len(mates) != 1:
            continue
        j = mates[0]
        if sum(1 for k in free_old if ot.rows[k].kind == "item"
               and _same_payee(ot.rows[k].label, nt.rows[j].label)) != 1:
            continue
        rows.rows.append(RowPair(i, j, "exact"))
        free_old.discard(i)
        free_new.discard(j)
    totals_old = [i for i in free_old if ot.rows[i].kind in ("total", "subtotal")]
    totals_new = [j for j in free_new if nt.rows[j].kind in ("total", "subtotal")]
    if len(totals_old) == 1 and len(totals_new) == 1 and \
            totals_old[0] == max(data_rows(ot)) and totals_new[0] == max(data_rows(nt)):
        rows.rows.append(RowPair(totals_old[0], totals_new[0], "exact"))
        free_old.discard(totals_old[0])
        free_new.discard(totals_new[0])
    rows.removed, rows.added = sorted(free_old), sorted(free_new)


# At most this many words make a table's caption printed on the lines just above its header.
CAPTION_WORDS = 8


def _caption(table: FinancialTable, result: ExtractionResult, text: str | None) -> str | None:
    """What to call a table gone or new: its title, unless that is only (a part of) the
    paper's letterhead ("Council" of "Hertingfordbury Parish Council"), then the last caption
    line printed over it ("Financial Statement as at 31 May 2012"); for an untitled table the
    caption over its header (`_printed_title`)."""
    org = norm(result.document.organisation)
    if not table.title:
        return _printed_title(table, text)
    # (nor is a title that is a line of figures, a label and its value: "xcheck 0.0" of
    # Hertingfordbury PC's "Financial Statement as at 31 Oct 2011", November 2011)
    figures = re.search(r"\s\d[\d,]*\.\d+\s*$", table.title)
    if not (org and norm(table.title) in org) and not figures:
        return table.title
    if text is not None and table.header_spans:
        a, b = table.header_spans[0]
        lines = [" ".join(x.split()) for x in text[a:b].split("\n") if x.strip()]
        lines = [x for x in lines if "\t" not in x and not (org and norm(x) in org)]
        if lines and len(lines[-1].split()) <= 2 * CAPTION_WORDS:
            return lines[-1]
    return _printed_title(table, text) or table.title


def _printed_title(table: FinancialTable, text: str | None) -> str | None:
    """For a table read without a title, the caption printed on the line(s) just above its
    header, a wrapped caption joined (Souldern PC, March 2026: "Invoice to be\napproved" over
    "Payee  Detail  Total £s  VAT"): what a reader calls the table gone or new."""
    if text is None or not table.header_spans:
        return None
    # (a caption read as the header's first lines: lines without a column break before the
    # line of column headers)
    head = text[table.header_spans[0][0]:table.header_spans[-1][1]].split("\n")
    lead = []
    for line in head:
        if "\t" in line:
            title = " ".join(" ".join(lead).split())
            if lead and len(title.split()) <= CAPTION_WORDS:
                return title
            break
        lead.append(line)
    lines = text[:table.header_spans[0][0]].rstrip().split("\n")
    caption: list[str] = []
    for line in reversed(lines[-3:]):
        line = line.strip()
        if not line or "\t" in line or re.search(r"\d[\d,.]*\s*$", line):
            break
        caption.insert(0, line)
        if line[:1].isupper():
            break
    title = " ".join(caption)
    return title if title and len(title.split()) <= CAPTION_WORDS else None


def _table_changes(old: ExtractionResult, new: ExtractionResult, diff: Diff) -> None:
    pairs = match_tables(old.tables, new.tables)
    otabs, absorbed_old = _join_parts(old.tables, new.tables, pairs, 0)
    ntabs, absorbed_new = _join_parts(new.tables, old.tables, pairs, 1)
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    leftovers_old: list[tuple[int, int]] = []  # (table, row) removed from a matched table
    leftovers_new: list[tuple[int, int]] = []
    changes = diff.changes
    old_text, new_text = paper_text(old), paper_text(new)
    old_dates = [_row_dates(old, t, old_text) for t in otabs]
    new_dates = [_row_dates(new, t, new_text) for t in ntabs]
    paired_old |= absorbed_old
    paired_new |= absorbed_new
    for i, j in pairs:
        ot, nt = otabs[i], ntabs[j]
        title = _table_title(nt, j + 1) if nt.title else _table_title(ot, i + 1)
        if not nt.title and ot.title:
            title = ot.title
        rows = match_rows(ot, nt, (old_dates[i], new_dates[j]))
        schedule = _payment_schedule(old, ot, new, nt)
        if schedule is not None:
            _payees_paired(ot, nt, rows)
        cols, report = match_columns(ot, nt, [(p.old, p.new) for p in rows.rows
                                               if p.match == "exact"], title)
        diff.columns.extend(report)
        for m in report:
            if m.match is None and (m.old or m.new):
                side = "new" if m.new else "old"
                table = nt if m.new else ot
                changes.append(Change(
                    kind="column_added" if m.new else "column_removed", subject=m.new or m.old,
                    table=title, note=f"no column of the {'old' if m.new else 'new'} table "
                                      "matches it by measure, period, header or values",
                    **{f"{side}_provenance": table.provenance}))
        for kind, side, cell, table in _text_columns(ot, old_text, nt, new_text):
            changes.append(Change(
                kind=kind, subject=cell, table=title,
                note=f"a column of words or dates, headed with words the "
                     f"{'old' if side == 'new' else 'new'} table's header never prints",
                **{f"{side}_provenance": table.provenance}))
        for c in cols:
            if c.note and c.match != "exact":
                diff.notes.append(f"{title}: column \"{ot.columns[c.old].label}\" -> "
                                  f"\"{nt.columns[c.new].label}\" ({c.match}): {c.note}")
        for was, now in rows.sections:
            changes.append(Change(
                kind="table_row_renamed", subject=f"{was} → {now}", old=was, new=now,
                match="renamed",
                table=title, note="section heading reworded: its words or its rows carried over",
                old_provenance=ot.provenance, new_provenance=nt.provenance))
        renamed_sections = {norm(was) for was, _ in rows.sections}
        merged = _run_together(ot, nt)
        run_together_old = {o for p in rows.rows if p.new in merged and p.old in merged[p.new]
                            for o in merged[p.new]}
        for p in rows.rows:
            if p.old in run_together_old:
                other = next(o for o in merged[p.new] if o != p.old)
                diff.notes.append(
                    f'{title}: "{row_name(nt.rows[p.new])}" prints the lines '
                    f'"{row_name(ot.rows[p.old])}" and "{row_name(ot.rows[other])}" run '
                    f'together; compared with "{row_name(ot.rows[p.old])}", whose values carry '
                    f'over, "{row_name(ot.rows[other])}" is not reported gone')
        rows.removed = [r for r in rows.removed if r not in run_together_old]
        ghosts, ghosts_old = _ghosts(nt), _ghosts(ot)
        for p in rows.rows:
            orow, nrow = ot.rows[p.old], nt.rows[p.new]
            section = nrow.section or orow.section
            if p.match == "possibly renamed":
                if schedule is not None:
                    continue  # a payee's name written another way is no change of business
                changes.append(Change(
                    kind="table_row_renamed", subject=_renaming(orow, nrow), old=row_name(orow),
                    new=row_name(nrow), match="fuzzy", table=title, section=section,
                    note="possibly renamed: one value and part of the label carried over; "
                         "its values are not compared",
                    old_provenance=orow.provenance, new_provenance=nrow.provenance))
                continue
            if p.old in run_together_old:
                pass  # two lines run together in print, not a renaming (noted above)
            elif schedule is not None:
                pass  # (a payee's name written another way, "T H Brindley" -> "T Brindley")
            elif p.match == "renamed" or (p.match == "fuzzy" and orow.label != nrow.label):
                changes.append(Change(
                    kind="table_row_renamed", subject=_renaming(orow, nrow), old=row_name(orow),
                    new=row_name(nrow), match=p.match, table=title, section=section,
                    note="label similar" if p.match == "fuzzy" else "values carried over",
                    old_provenance=orow.provenance, new_provenance=nrow.provenance))
            elif orow.section and nrow.section and not same_section(orow, nrow) \
                    and norm(orow.section) not in renamed_sections:
                # (a section reworded, "Parkrun" -> "Park Run", is the same section)
                changes.append(Change(
                    kind="table_row_moved", subject=row_name(nrow), old=orow.section,
                    new=nrow.section, match=p.match, table=title, section=section,
                    old_provenance=orow.provenance, new_provenance=nrow.provenance))
            row_cells: list[tuple[ColumnPair, Change]] = []
            # A part of a line broken down (a ward of a grant application, `breakdown_section`)
            # is told as the line's value in that part: the line is what a reader looks for.
            # (judged in each paper's tables as printed: a table joined from its parts mixes
            # the lines broken down with the single ones)
            heading = _breakdown_heading(old.tables, orow) if nrow.kind == "item" else None
            if heading is None and nrow.kind == "item":
                heading = _breakdown_heading(new.tables, nrow)
            broken_down = heading is not None and bool(nrow.section)
            for c in cols:
                a = orow.values[c.old] if c.old < len(orow.values) else None
                b = nrow.values[c.new] if c.new < len(nrow.values) else None
                if a is None or b is None:
                    # a figure printed on one side only, in a line both print: a blank is no
                    # value to compare (WSX September's garbled "Senior Improvement Leads" line
                    # prints no Latest Full Amount), so no value changed that anyone can show
                    continue
                if a == b:
                    continue
                if (p.new, c.new) in ghosts or (p.old, c.old) in ghosts_old:
                    side, v = ("NEW", b) if (p.new, c.new) in ghosts else ("OLD", a)
                    diff.notes.append(
                        f'{title}: "{row_name(nrow)}" {nt.columns[c.new].label} {v} ({side}) is '
                        f"the figure of the line above it, in a column whose subtotal does not "
                        f"add up: read as a misprint, no change reported ({a} -> {b})")
                    continue
                match = "exact" if p.match == "exact" and c.match == "exact" else (
                    "renamed" if "renamed" in (p.match, c.match) else "fuzzy")
                note = None
                if c.match != "exact":
                    note = f'column was "{ot.columns[c.old].label}"'
                subject, column, where = (_described(nrow, new_dates[j][p.new]),
                                          nt.columns[c.new].label, section)
                if p.old in run_together_old:
                    subject = row_name(orow)  # the line itself, not the two run together
                if broken_down:
                    # "Special Olympics Sutton Coldfield", "Amount Requested Vesey", under the
                    # heading the line was printed under ("All wards")
                    subject, column, where = (nrow.section, f"{column} {row_name(nrow)}",
                                              heading or None)
                row_cells.append((c, Change(
                    kind="table_cell", subject=subject, column=column,
                    old=a, new=b, delta=(b - a) if a is not None and b is not None else None,
                    match=match, table=title, section=where, note=note,
                    old_provenance=orow.provenance, new_provenance=nrow.provenance)))
            # A subtotal's change is told as any line's: it is a figure the paper prints, and
            # the blind re-annotation of WSX June -> September 2020 lists each section's
            # unnamed subtotal with its lines (the first set, which left them out, is gone).
            kept = _without_consequences(row_cells, nt)
            if schedule is not None:
                # a payee paid in both meetings: the payment's amount, as money in the minutes'
                # prose is compared (one figure a payment: the gross)
                kept = [ch.model_copy(update={
                    "kind": "amount_changed", "subject": f"{title}: {ch.subject}"})
                    for ch in kept if ch.column == nt.columns[schedule].label]
            changes.extend(kept)
        if schedule is not None:
            if rows.removed or rows.added:
                diff.notes.append(
                    f"{title}: {len(rows.removed)} payment(s) listed in OLD only and "
                    f"{len(rows.added)} in NEW only: each meeting's payments are its business, "
                    "not changes (payees paid at both are compared)")
            continue
        gone = _whole_sections(ot, nt, rows.removed, rows.sections, 0)
        come = _whole_sections(nt, ot, rows.added, rows.sections, 1)
        for kind, table, sections, side in (("table_row_removed", ot, gone, "old"),
                                            ("table_row_added", nt, come, "new")):
            for section, members in sections.items():
                changes.append(Change(
                    kind=kind, subject=section, table=title,
                    note=f"a whole section of {len(members)} line(s), each one part of it "
                         "(its labels are printed under other sections too)",
                    **{f"{side}_provenance": table.rows[members[0]].provenance}))
        done_old = {r for m in gone.values() for r in m}
        done_new = {r for m in come.values() for r in m}
        leftovers_old += [(i, r) for r in rows.removed if r not in done_old]
        leftovers_new += [(j, r) for r in rows.added if r not in done_new]
    # A row gone from one table that appears in another (or in an unmatched table) moved.
    for j, nt in enumerate(ntabs):
        if j not in paired_new and j not in absorbed_new:
            leftovers_new += [(j, r) for r, row in enumerate(nt.rows)
                              if row.kind != "heading" and any(v is not None for v in row.values)]
    moved_new: set[tuple[int, int]] = set()
    for ti, ri in leftovers_old:
        orow = otabs[ti].rows[ri]
        target = next(((tj, rj) for tj, rj in leftovers_new if (tj, rj) not in moved_new
                       and orow.label and norm(ntabs[tj].rows[rj].label) == norm(orow.label)
                       and not two_payments(old_dates[ti][ri], new_dates[tj][rj])
                       and unique_label(otabs[ti], orow)
                       and unique_label(ntabs[tj], ntabs[tj].rows[rj])), None)
        if target is None:
            title = _table_title(otabs[ti], ti + 1)
            if ti in paired_old:
                changes.append(Change(
                    kind="table_row_removed", subject=_described(orow, old_dates[ti][ri]),
                    table=title,
                    section=orow.section, old_provenance=orow.provenance))
            continue
        moved_new.add(target)
        nt = ntabs[target[0]]
        nrow = nt.rows[target[1]]
        changes.append(Change(
            kind="table_row_moved", subject=row_name(nrow),
            old=f"{_table_title(otabs[ti], ti + 1)} / {orow.section or '-'}",
            new=f"{_table_title(nt, target[0] + 1)} / {nrow.section or '-'}",
            table=_table_title(nt, target[0] + 1), section=nrow.section,
            old_provenance=orow.provenance, new_provenance=nrow.provenance))
        changes.extend(_moved_row_values(otabs[ti], orow, nt, nrow,
                                         _table_title(nt, target[0] + 1)))
    for tj, rj in leftovers_new:
        if (tj, rj) in moved_new or tj not in paired_new:
            continue
        nrow = ntabs[tj].rows[rj]
        changes.append(Change(
            kind="table_row_added", subject=_described(nrow, new_dates[tj][rj]),
            table=_table_title(ntabs[tj], tj + 1),
            section=nrow.section, new_provenance=nrow.provenance))
    for kind, tabs, paired, result, text, side in (
            ("table_removed", otabs, paired_old, old, old_text, "old"),
            ("table_added", ntabs, paired_new, new, new_text, "new")):
        last = None  # the table gone (or new) just before, and its page
        for i, t in enumerate(tabs):
            if i in paired:
                last = None
                continue
            if last is not None and set(t.pages) & set(last.pages):
                # a table printed on the same page right after one gone (or new), and gone (or
                # new) with it, is a part of it: one statement, one change, its parts named in
                # the note (Hertingfordbury PC, June 2012: the "Financial Statement as at 31 May
                # 2012" and its "Payments since last meeting")
                if t.title:
                    part = changes[-1]
                    part.note = "; ".join(filter(None, [part.note, f"printed with: {t.title}"]))
                continue
            name = _caption(t, result, text) or _table_title(t, i + 1)
            changes.append(Change(kind=kind, subject=name, table=name,
                                  **{f"{side}_provenance": t.provenance}))
            last = t


# ---------------------------------------------------------------------------------------------
# People

def _name_parts(person: str) -> tuple[str, str]:
    """(given names or initials, surname), lower case, honorifics dropped."""
    words = strip_honorifics(person).replace(".", " ").split()
    if not words:
        return "", ""
    return " ".join(words[:-1]).lower(), words[-1].lower()


# "Dan" for "Daniel", "Chris" for "Christopher"; a two-letter start ("Al") says too little.
SHORT_NAME_MIN = 3


# A surname of at least this many letters may be misprinted by one letter in one of two papers
# and still name the same person, when the first name is printed the same in full in both
# (Hertingfordbury PC, June 2011: "Linda Hasey" for the "Linda Haysey" of May; Suffolk
# Libraries AGM: "Ed Vaisay" in 2014, "Ed Vaisey" in 2015).
MISPRINT_SURNAME_MIN = 5


def _misprinted(sa: str, sb: str, ga: str, gb: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    fa, fb = ga.split()[:1], gb.split()[:1]
    return min(len(sa), len(sb)) >= MISPRINT_SURNAME_MIN and Levenshtein.distance(sa, sb) == 1 \
        and bool(fa) and fa == fb and len(fa[0]) >= 2


def same_person(a: str, b: str) -> bool:
    """"Lucy Butler" = "Ms Butler" = "L Butler"; "Lucy Butler" != "Lee Butler"; "Linda Hasey" =
    "Linda Haysey" (a misprint, `MISPRINT_SURNAME_MIN`)."""
    ga, sa = _name_parts(a)
    gb, sb = _name_parts(b)
    if sa and sb and sa != sb and _misprinted(sa, sb, ga, gb):
        return True
    if not sa or sa != sb:
        return False
    if not ga or not gb:
        return True
    fa, fb = ga.split()[0], gb.split()[0]
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    # A first name written short in one paper and in full in the other ("Dan" / "Daniel").
    short, full = sorted((fa, fb), key=len)
    return full.startswith(short) and len(short) >= SHORT_NAME_MIN


# Words of a post title that say its rank or how it is held, not what it is for: "Head of
# Finance" and "Finance Manager" are one post, and so are "Cabinet Member for Finance" and
# "Cabinet Member, Finance".
_RANK_WORDS = ({h.lower() for h in POST_HEADS} | {m.lower() for m in POST_MODIFIERS}
               | {s.lower() for s in STATUSES}) - {"finance", "legal", "operations", "social",
                                                  "democratic", "fire", "corporate"}


# Only the joining words: "IT" in "Head of IT" is what the post is for. "Chair the meeting" is
# the chair.
_POST_STOP = {"of", "for", "the", "and", "to", "in", "on", "&", "meeting"}
# One word for one rank: "Chairman" = "Chair".
_RANK_SYNONYMS = {"chairman": "chair", "chairwoman": "chair", "chairperson": "chair"}
# Ranks many people hold at once ("Councillor", "Recreation Committee Councillor", "Member of
# the Board"): naming another holder ends nobody's.
_MEMBER_RANKS = frozenset({"councillor", "member", "representative", "governor", "trustee",
                           "delegate"})


# Words of a post as printed before a name ("Cllr", "C/Cllr") and what they stand for.
_POST_ABBREVIATIONS = {"cllr": "councillor", "cllrs": "councillor", "clr": "councillor",
                       "councillors": "councillor"}


_AREA_WORDS = {"county", "district", "parish", "town", "borough", "city"}


def post_key(role: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(what the post is for, its rank words): "Head of Finance" -> ({finance}, {head}). A
    councillor however printed ("Cllr"), and a member of an area's council ("county member",
    Hertingfordbury PC, May 2013, for June's "County Cllr K Crofton") is its councillor."""
    words = [_RANK_SYNONYMS.get(w, w) for w in
             (_POST_ABBREVIATIONS.get(w, w) for w in norm(role).split()) if w not in _POST_STOP]
    if "member" in words and set(words) <= _AREA_WORDS | {"member"} and _AREA_WORDS & set(words):
        words = ["councillor" if w == "member" else w for w in words]
    return (frozenset(w for w in words if w not in _RANK_WORDS),
            frozenset(w for w in words if w in _RANK_WORDS))


def same_post(a: str | None, b: str | None) -> bool:
    """Two wordings of one post: the same words for what it is for and the same rank ("Head of
    IT" = "Head of IT"; "Cabinet Member for Finance" = "Cabinet Member, Finance"), or, for a post
    named by rank alone, the same rank ("Chair" = "Chairman" = "Chair the meeting"). "Head of
    IT" != "Head of Finance"; "Finance Manager" != "Head of Finance" (a retitled post)."""
    if not a or not b:
        return False
    (fa, ra), (fb, rb) = post_key(a), post_key(b)
    if fa or fb:
        return fa == fb and (ra == rb or not ra or not rb or fuzz.token_set_ratio(
            norm(a), norm(b)) >= 85)
    return ra == rb


def _same_role(a: Appointment, b: Appointment) -> bool:
    """One person's post in both papers, reworded at most ("Leader of the Green & Independents
    Group" = "... Green and Independents Group", "Chairman" = "Chair"). A new title for the post
    ("Finance Manager" -> "Head of Finance") is a change of role, reported as such."""
    if fuzz.token_set_ratio(norm(a.role), norm(b.role)) >= 85:
        return True
    return post_key(a.role) == post_key(b.role)


# Words that make a post one meeting's only, whatever post the extractor read ("Mr G Cooke be
# elected to Chair the meeting" is read as the post "Chair").
_ONE_MEETING = re.compile(r"\b(?:chair|preside\s+over)\s+(?:the|this)\s+meeting\b"
                          r"|\b(?:take|takes|took|taking)\s+the\s+chair\b", re.I)
# ("Cllr Rochford take the chair", Hertingfordbury PC, June 2012: the chairman and vice-chairman
# being absent)


def _temporary(a: Appointment) -> bool:
    """Held for a while only: acting or interim, or chairing one meeting ("G Cooke be elected to
    Chair the meeting")."""
    return a.status in ("acting", "interim") or "meeting" in norm(a.role).split() or \
        bool(_ONE_MEETING.search(a.provenance.snippet or ""))


# A post told as held before, not now: (name, pattern, a real example). Such a mention says who
# the person was, not that anyone holds the post.
_FORMER_POSTS: list[tuple[str, re.Pattern, str]] = [
    ("former", re.compile(r"\b(?:previous|former|formerly|ex-|past)\b", re.I),
     "Tom Brindley (a previous clerk)"),
    # (Hertingfordbury PC, June 2012)
    ("ex", re.compile(r"\bex\s+(?=[a-z])"), "Mr R Lester (ex councillor)"),
    ("served as", re.compile(r"\b(?:served|was|had been)\s+(?:as\s+)?(?:the\s+|an?\s+)?"
                             r"(?:[A-Z][\w&,]*(?:\s+|-))*?(?:Cabinet\s+Member|Chair|Chairman|Leader|"
                             r"Mayor|Member|Clerk|Director|Officer)\b"),
     "Mr Balfour served as Cabinet Member for Planning, Highways, Transport and Waste"),
    # and with its article: "Mr Bullock, MBE served as a KCC Member for Tunbridge Wells North from
    # 2007 until 2013" (Kent minutes, 13 March 2025); a hyphened post too: "He was also a member
    # of the ... Committee and was the Vice-Chair of the Policy and Resources Cabinet Committee"
]


def _former(a: Appointment) -> bool:
    said = f"{a.role or ''} {a.provenance.snippet or ''}"
    return any(p.search(said) for _, p, _ in _FORMER_POSTS)


# A post the later paper dates to a year before the earlier paper is history told (a tribute:
# "Mr Spence was appointed as Deputy Lieutenant in 2001", Kent minutes, 13 March 2025), not a
# change since the earlier paper, whatever its verb.
_DATED_AFTER_POST = re.compile(
    r"\s*,?\s+(?:in|from|since)\s+(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+)?((?:19|20)\d\d)\b")
"""... or to a month of such a year ("he was made an Honorary Alderman in March 2016")."""


def _dated_before(a: Appointment, text: str | None, before: str | None) -> bool:
    """`before`: the earlier paper's ISO date."""
    if not before or not text or a.provenance is None:
        return False
    m = _DATED_AFTER_POST.match(text, a.provenance.char_end)
    return bool(m) and int(m.group(1)) < int(str(before)[:4])


# A body the later paper says has ended: its members' seats on it ended with it (a seat on an
# outside body is named at an annual meeting and not again; what the next minutes say of the
# body is the news). "{body}" stands for the body's name as the earlier paper printed the seat.
_BODY_ENDED: list[tuple[str, str, str]] = [
    ("demise of", r"\b(?:demise|dissolution|disbanding|abolition|winding[- ]up|closure)\s+of\s+"
                  r"(?:the\s+)?{body}",
     # Hertingfordbury PC minutes, July 2016
     "There is now no formal interaction between Tarmac and the Parish since the demise of the "
     "Panshanger Liaison Group."),
    ("has been disbanded", r"{body}\s+(?:has|have|had)?\s*(?:now\s+)?(?:been\s+)?"
                           r"(?:disbanded|dissolved|abolished|wound\s+up|ceased|closed)\b",
     "The Panshanger Liaison Group has been disbanded."),
    ("no longer meets", r"{body}\s+(?:no\s+longer\s+(?:meets|exists)|ceased\s+to\s+(?:meet|exist))",
     "The Panshanger Liaison Group no longer meets."),
]


def _body_ended(role: str | None, text: str | None) -> str | None:
    """The sentence of the later paper that says the body `role` names has ended, if any."""
    if not role or not text or len(content_words(role)) < 2:
        return None
    body = r"\s+".join(re.escape(w) for w in role.split())
    for _, pattern, _ in _BODY_ENDED:
        m = re.search(pattern.replace("{body}", body), text, re.I)
        if m:
            return " ".join(sentence_around(text, m.start(), m.end())[0].split())
    return None


# How far before a name its post is looked for ("County Cllr K\nCrofton").
POST_BEFORE_NAME = 30
# Posts one person holds at a time, which a paper may name without naming the holder.
_SINGLE_HOLDER = re.compile(r"^(?:chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?"
                            r"|mayor|deputy\s+mayor|leader|clerk|treasurer|secretary)$", re.I)




_GIVEN_A_POST = re.compile(r"\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:duly\s+)?"
                           r"(?:appointed|co-opted|elected|re-elected|nominated)\b"
                           # (or taking a role on: "Cllr Edgell agreed to assume this role",
                           # "Cllrs Bradbury and O Leary agreed to represent the Parish Council",
                           # Hertingfordbury June 2011)
                           r"|(?:\s+and\s+[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)?\s+(?:agreed|volunteered)"
                           r"\s+to\s+(?:represent|assume|take\s+on|act\s+as)\b", re.I)


def _ranks(text: str) -> set[str]:
    """The rank words of a post as printed ("County Cllr" -> {councillor}; "county member",
    an elected member of the county, is a councillor too)."""
    words = [_POST_ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z]+", text.lower())]
    ranks = {_RANK_SYNONYMS.get(w, w) for w in words if w in _RANK_WORDS or w == "councillor"}
    if "member" in ranks and _AREA_WORDS & set(words):
        ranks = (ranks - {"member"}) | {"councillor"}
    return ranks - _AREA_WORDS  # (the area is often left out: "Cllr Gareth Epps")


def _still_named(a: Appointment, text: str | None) -> bool:
    """Whether the later paper names `a`'s holder with the post's rank just before the name
    ("County Councillor Hammond", "County Cllr K Crofton", "Cllr Gareth Epps" for a county
    councillor: Hertingfordbury 2009 and 2013, Souldern 2026, where the appointments reader
    finds no post), or names a one-holder post without a holder ("The Chairman reported",
    Hertingfordbury July 2016 and June 2013, whose chairmen the change sets take to be the
    same): either way the post is not shown to be left."""
    if not text or not a.role:
        return False
    head, *body = re.split(r"\s+(?:of|for|on|to)\s+", a.role.strip(), maxsplit=1)
    head = head.strip()
    # (the council's own post only: "Chairman", "Chairman of the Parish Council", not the
    # chairman of a working party)
    own = not body or re.fullmatch(r"(?:the\s+)?(?:\w+\s+)?(?:council|meeting)", body[0].strip(), re.I)
    # (or one of two such posts named together: "to the chairman and vice-chairman",
    # Hertingfordbury June 2014)
    if own and _SINGLE_HOLDER.match(head) and not _temporary(a) and re.search(
            rf"\bthe\s+(?:[\w-]+\s+(?:and|&)\s+)?{re.escape(head)}\b", text, re.I):
        return True
    rank = _ranks(a.role)
    surname = _name_parts(a.person)[1] if a.person else ""
    if len(surname) < SHORT_NAME_MIN:
        return False
    # (a surname with an apostrophe may be printed with a space or none: "O Leary" for
    # "O'Leary", Hertingfordbury June 2011)
    printed = re.sub(r"['’]", "['’ ]?", re.escape(surname))
    for m in re.finditer(rf"\b{printed}\b", text, re.I):
        before = text[max(0, m.start() - POST_BEFORE_NAME):m.start()]
        # the name as printed: initials or given names just before the surname, not the post
        given = re.search(r"((?:[A-Z][\w’'.-]*\s+){0,2})$", before)
        words = [w for w in (given.group(1).split() if given else [])
                 if not _ranks(w) and w.lower().strip(".") not in _AREA_WORDS
                 and w.lower().rstrip(".") not in _POST_ABBREVIATIONS]
        said = surname if m.group().lower() != surname else m.group()
        if not same_person(" ".join(words + [said]), a.person):
            continue
        if _GIVEN_A_POST.match(text, m.end()):
            # given a post in NEW that its appointments reader did not name ("Cllr O’Leary was
            # co-opted to serve on the working party", "Cllr H Blake was appointed to represent
            # the council", Hertingfordbury June 2013): named in a post, so not missed
            return True
        if rank and rank <= _ranks(before):
            return True
    return False


def _appointment_changes(old: ExtractionResult, new: ExtractionResult, changes: list[Change]) -> None:
    def who(a: Appointment) -> str:
        return f"{a.person} ({a.role})"

    # One person named twice in one post ("Mr G Cooke be elected ...", "RESOLVED that Mr Cooke
    # be elected ...") is one appointment.
    olds: list[Appointment] = []
    for a in old.appointments:
        if not any(same_person(a.person, o.person) and _same_role(a, o) for o in olds):
            olds.append(a)
    for b in new.appointments:
        if b.event in ("resigned", "left"):
            # (the post the paper says was left; any other of theirs when it names none held)
            mine = [a for a in olds if same_person(a.person, b.person)]
            before = next((a for a in mine if _same_role(a, b)), None) or next(iter(mine), None)
            changes.append(Change(
                kind="appointment_ended", subject=b.person,
                old=before.role if before and _same_role(before, b) else b.role,
                new=f"{b.event}: {b.role}", old_provenance=before.provenance if before else None,
                new_provenance=b.provenance))
    seen_new: set[int] = set()
    unmatched_old: list[Appointment] = []
    absent: dict[str, list[Appointment]] = {}
    for a in olds:
        mine = [(k, b) for k, b in enumerate(new.appointments) if same_person(a.person, b.person)]
        if not mine:
            successor = _successor(a, new.appointments)
            if successor is not None:
                changes.append(Change(
                    kind="appointment_ended", subject=a.person, old=a.role,
                    new=f"{successor.role}: {successor.person}", match="fuzzy",
                    note=f"the post is held by {successor.person} in NEW",
                    old_provenance=a.provenance, new_provenance=successor.provenance))
                continue
            # (one person however printed: "Edwards" elected Chairman, "C Edwards" on the
            # Planning Committee, Hertingfordbury May 2013's minutes and appointments list)
            key = next((k for k in absent if same_person(k, a.person)), a.person)
            absent.setdefault(key, []).append(a)
            continue
        same = next(((k, b) for k, b in mine if k not in seen_new and _same_role(a, b)), None)
        if same is None and _temporary(a) and a.status is None:
            # chairing one meeting is over by the next whatever else the person is named as there
            # (Hertingfordbury PC, June -> July 2012: Cllr Rochford took the chair in June and is
            # put on the Employment Committee in July)
            changes.append(Change(
                kind="appointment_ended", subject=a.person, old=a.role,
                new="chaired one meeting only", match="fuzzy",
                note="a post held for one meeting; NEW names them in another post",
                old_provenance=a.provenance))
            continue
        if same is None:
            unmatched_old.append(a)
            continue
        k, b = same
        seen_new.add(k)
        match = "exact" if a.person == b.person else "fuzzy"
        if a.status != b.status and b.status is not None:
            changes.append(Change(
                kind="appointment_changed", subject=b.person, column="status",
                old=f"{a.status or 'unstated'}: {a.role}", new=f"{b.status}: {b.role}",
                match=match, old_provenance=a.provenance, new_provenance=b.provenance))
    # One change a person, whatever the number of posts and seats they held in OLD: what NEW
    # leaves out is that person's holding any of them (an annual meeting's list of committee
    # seats is not repeated in the next month's minutes seat by seat).
    new_text = paper_text(new)
    for person, held in absent.items():
        # A seat the earlier paper itself says was given up ("Cllr Ryves be replaced by Cllr
        # Nicholas-Letch on the Cemetery Committee", Stoke Ferry November 2012) was told there:
        # the later paper not naming it again says nothing more.
        held = [a for a in held if a.event not in ("resigned", "left") and not _former(a)]
        if not held:
            continue
        one_meeting = [a for a in held if _temporary(a)]
        if one_meeting and len(one_meeting) == len(held):
            # chairing one meeting (the chairman absent) is over once the next is chaired by
            # whoever holds the chair (Hertingfordbury PC, June -> July 2012: "Cllr Rochford
            # take the chair"; as Kent's G Cooke and Souldern's acting chair)
            for a in one_meeting:
                changes.append(Change(
                    kind="appointment_ended", subject=person, old=a.role,
                    new="chaired one meeting only", match="fuzzy",
                    note="a post held for one meeting; NEW does not name them in it",
                    old_provenance=a.provenance))
            continue
        ended = [(a, why) for a in held if (why := _body_ended(a.role, new_text))]
        if ended:
            # A body the later paper says has ended takes its members' seats on it with it
            # (Hertingfordbury, May -> July 2016: "the demise of the Panshanger Liaison
            # Group", to which O'Leary and Morris were nominated in May); that is the person's
            # change, their other seats being named once a year.
            for a, why in ended:
                changes.append(Change(
                    kind="appointment_ended", subject=person, old=a.role,
                    new=f"ended: {why.strip()}", match="fuzzy",
                    note="the body this seat was on has ended, as NEW says",
                    old_provenance=a.provenance))
            continue
        if any(_still_named(a, new_text) for a in held):
            # named in NEW with a post of theirs after all ("County Cllr K Crofton"), or the
            # post named without its holder ("The Chairman reported ..."): in post, as far as
            # the papers tell
            continue
        changes.append(Change(
            kind="appointment_not_mentioned", subject=person,
            old="; ".join(dict.fromkeys(a.role for a in held)),
            note="named in OLD, not in NEW: absence is not departure",
            old_provenance=held[0].provenance))
    # A person named in OLD in one post and in NEW in another, not in the old one any more, and
    # not said to be newly appointed or elected to it: their post changed (Suffolk Libraries:
    # "Mandy Wilkinson (Finance Manager)" -> "Mandy Wilkinson (Head of Finance)"). One who keeps
    # the old post and gains another is new in that post (below).
    for a in unmatched_old:
        k, b = next(((k, b) for k, b in enumerate(new.appointments) if k not in seen_new
                     and same_person(a.person, b.person) and b.event is None), (None, None))
        if b is None:
            continue
        seen_new.add(k)
        changes.append(Change(
            kind="appointment_changed", subject=b.person, column="role", old=a.role, new=b.role,
            match="exact" if a.person == b.person else "fuzzy",
            old_provenance=a.provenance, new_provenance=b.provenance))
    for k, b in enumerate(new.appointments):
        if k in seen_new or b.event in ("resigned", "left"):
            continue
        if _dated_before(b, new_text, old.document.date):
            continue
        before = [a for a in olds if same_person(a.person, b.person)]
        # One person named again in one post (Hertingfordbury PC, July 2009: "District
        # Councillor Haysey" and "District Cllr Haysey"; June 2011: "District Councillor Linda
        # Hasey", then "District Cllr Hasey") is one holder, told once: not new in the post when
        # OLD names them in it, nor told twice when NEW does.
        if any(same_post(a.role, b.role) for a in before) or any(
                same_person(n.person, b.person) and same_post(n.role, b.role)
                for n in new.appointments[:k]):
            continue
        # Named in a post whose holder in OLD (held for good, not acting) is no longer named:
        # new in post, whether or not the paper says "appointed".
        succeeds = None if _former(b) else next((a for a in olds if not _temporary(a) and not any(
            same_person(a.person, n.person) for n in new.appointments)
            and _successor(a, new.appointments) is b), None)  # a post told as history succeeds nobody
        if b.event in ("appointed", "elected") or b.start_date is not None or before or succeeds:
            note = None
            if before:
                note = "also named in OLD as " + "; ".join(a.role for a in before)
            elif succeeds:
                note = f"{succeeds.person} held the post in OLD"
            changes.append(Change(
                kind="appointment_added", subject=b.person, new=who(b) if b.status is None
                else f"{b.role} ({b.status})", note=note,
                old_provenance=before[0].provenance if before else None,
                new_provenance=b.provenance))
        elif not _former(b):
            changes.append(Change(
                kind="appointment_mentioned", subject=b.person, new=b.role,
                note="named in NEW, not in OLD; the paper does not say they were appointed",
                new_provenance=b.provenance))


def _successor(a: Appointment, news: list[Appointment]) -> Appointment | None:
    """The one person NEW names in the post `a` held in OLD, when that is someone else: then `a`
    has ended, whatever the paper says (Suffolk Libraries: Head of IT James Hargrave -> Peter
    Baker; Souldern: Acting Chair Heidi Dennison -> Chair Nick Oakhill). A post several people
    hold ("Councillor", "Member", a committee's members) has no successor."""
    if not a.role or post_key(a.role)[1] <= _MEMBER_RANKS:
        return None
    holders = [b for b in news if same_post(a.role, b.role)]
    if len(holders) != 1 or same_person(holders[0].person, a.person):
        return None
    return holders[0]


# ---------------------------------------------------------------------------------------------
# Dates (milestones)

_STOP = set("""a an and are as at be been by for from has have in is it of on or our so that the
their there this to was we were which will with would should shall can its also into than then
these those been being all any more most other some such only own same very""".split())
# Words of the date itself, not of what the date is for.
_DATE_WORDS = ({*MONTHS, *SEASONS, *(d.lower() for d in WEEKDAYS)}
               | set("week commencing early mid late end beginning".split()))


def content_words(text: str) -> list[str]:
    return [w for w in norm(text).split()
            if w not in _STOP and w not in _DATE_WORDS and not any(ch.isdigit() for ch in w)
            and len(w) > 1]


def _date_subject(result: ExtractionResult, text: str | None, d: DateMention) -> tuple[str, str]:
    """(display subject, matching key): the sentence a date sits in, without the date, led by
    the heading of its item when the sentence does not name it ("Date of next meeting: 26th May
    2016, Bury Library"). The key is the sentence's words only: headings recur."""
    if text is None:
        return d.provenance.snippet, ""
    # (a sentence a page's foot broke is read whole)
    sentence, at, begins = sentence_over_pages(text, d.provenance.char_start, d.provenance.char_end)
    rel = d.provenance.char_start - at
    rest = sentence[:rel] + " " + sentence[rel + d.provenance.char_end - d.provenance.char_start:]
    display = " ".join(sentence.split())
    if len(display) > 240:  # a long sentence: the words around the date
        display = "…" + " ".join(sentence[max(0, rel - 150):rel + 90].split()) + "…"
    at = begins
    heading = heading_before(text, at, colon=True)
    # (a standing heading says what the date is; so does any heading when the sentence names
    # its subject only by a pronoun: "Litter Pick Event: ... should organise this for a date to
    # be decided in the Spring", Stoke Ferry, December 2012)
    if heading and norm(heading) not in norm(display) and (
            _standing(heading) or _REFERS_BACK.search(rest)):
        display = f"{heading}: {display}"
    elif _GENERIC_OPENING.match(sentence) and at > 0:
        # A sentence that names what is dated only by a general word continues the sentence
        # before it in its paragraph, which names it (Milburn PC, January 2018: "... for
        # arranging to have the kerb dropped at the Car Park ... Work likely to be carried out
        # Feb/March 2018."; Hertingfordbury PC, July 2013: "Lafarge was holding two stakeholder
        # events ... The first event was at 9.00 Friday 12th July")
        lead, lead_at = sentence_around(text, at - 1, at - 1)
        if lead_at < at and not re.search(r"\n[ \t]*\n", text[lead_at:at]):
            lead = " ".join(lead.split())
            lead = lead[_ITEM_LABEL.match(lead).end():] if _ITEM_LABEL.match(lead) else lead
            if len(lead) > 200:  # (its opening words name the thing)
                lead = lead[:200].rsplit(" ", 1)[0] + "…"
            if lead and norm(lead) not in norm(display):
                display = f"{lead} {display}"
    elif _SUBJECTLESS.match(sentence):
        # A clipped sentence that names no subject continues its paragraph's first one: that
        # says what is dated (Nipissing, March 2024: "B. A Community Outreach Survey be
        # circulated via electronic and paper methods, ... To be circulated after approval on
        # March 19, 2024 until June 14, 2024.")
        para = text.rfind("\n\n", 0, at) + 2 if text.rfind("\n\n", 0, at) >= 0 else 0
        label = _ITEM_LABEL.match(text, para)  # (its list label, "B. ", is no sentence)
        para = label.end() if label else para
        lead, _ = sentence_around(text, para, para + 1)
        lead = " ".join(lead.split())
        lead = lead[_ITEM_LABEL.match(lead).end():] if _ITEM_LABEL.match(lead) else lead
        if lead and para < at and norm(lead) not in norm(display):
            if len(lead) > 120:
                lead = lead[:120].rsplit(" ", 1)[0] + "…"
            display = f"{lead} {display}"
    return display, " ".join(content_words(rest))


# A sentence that opens without a subject: an infinitive or a bare future ("To be circulated
# after approval on ...", "Will be held on ...").
_ITEM_LABEL = re.compile(r"[ \t]*[-•]?[ \t]*(?:[A-Za-z]|\d{1,3}|[ivx]{1,4})[.)][ \t]+")
# A sentence that opens by naming its subject only by a general word ("Work likely to be
# carried out ...", "The first event was at ...").
_GENERIC_OPENING = re.compile(r"^\W*(?:the\s+)?(?:(?:first|second|next|last|final)\s+)?"
                              r"(?:work|event|meeting|session|visit)s?\s+(?:is|are|was|were|will|"
                              r"would|likely|due|to\s+be)\b", re.I)
_SUBJECTLESS = re.compile(r"^\W*(?:to\s+be|will\s+be|due\s+to\s+be)\b", re.I)


_REFERS_BACK = re.compile(r"\b(?:organi[sz]e|arrange|hold|do|discuss|consider|review)\s+(?:this|it|these|them)\b",
                          re.I)


def _interval(d: DateMention) -> str:
    return d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()}/{d.end.isoformat()}"


def _ahead(d: DateMention, anchor: str | None) -> bool:
    """Whether a date was still to come when its paper was written (after the paper's own date,
    compared at the grain of that date: "2012-11" for a monthly report).

    Only such a date is a milestone that can move. A date already past is a reference to history
    ("the minutes of the meeting held on 29th January", "E-on - Lighting - November", "Statement
    of Account as at 30 November"): the next paper of a series refers to the next such past date
    in the same words, which is the series moving on, not a milestone slipping."""
    if not anchor:
        return True
    return d.start.isoformat()[:len(anchor)] > anchor


def _before(d: DateMention, anchor: str | None) -> bool:
    return bool(anchor) and d.end.isoformat()[:len(anchor)] < anchor


# A sentence naming this many dates or more is a schedule ("Dates for 2026: 26 March, 30 April,
# 20 May, ..."): its dates share one wording, so they are matched by value and by place, not by
# words. Two dates in a sentence are still a milestone and its deadline ("from 12th – 16th October").
SCHEDULE_MIN_DATES = 3
# Two schedules are the same list of meetings when they share this many dates.
SCHEDULE_MIN_SHARED = 2


def _sentences(result: ExtractionResult, text: str) -> dict[int, list[DateMention]]:
    """The dates of each sentence (by the sentence's offset), financial years and a table's date
    cells left out (a payments list's "23/10/2017" is its row's, compared with the row)."""
    out: dict[int, list[DateMention]] = {}
    rows = _table_rows(result)
    for d in result.dates:
        if d.grain != "financial_year" and not rows.holds(d.provenance.char_start):
            out.setdefault(_sentence_of(text, d), []).append(d)
    return out


def _sentence_of(text: str, d: DateMention) -> int:
    return sentence_around(text, d.provenance.char_start, d.provenance.char_end)[1]


def _schedule_changes(old: ExtractionResult, old_text: str | None, new: ExtractionResult,
                      new_text: str | None, changes: list[Change]) -> None:
    """Dates of a schedule that both papers list are the same meetings; a date of NEW's schedule
    that OLD's lacks, in a month where OLD's had a date NEW's lacks, is that meeting moved
    (Souldern, January -> February 2026: "28 May" -> "20 May"); one with no such partner is new.
    The year a schedule is headed with ("Dates for 2026") is not a date of it."""
    if old_text is None or new_text is None:
        return

    def schedules(result, text):
        return [[d for d in ds if d.grain != "year"] for ds in _sentences(result, text).values()
                if len(ds) >= SCHEDULE_MIN_DATES]

    olds = schedules(old, old_text)
    for items in schedules(new, new_text):
        values = {(d.start, d.end) for d in items}
        best = max(olds, key=lambda o: len(values & {(d.start, d.end) for d in o}), default=None)
        shared = values & {(d.start, d.end) for d in best} if best else set()
        if len(shared) < SCHEDULE_MIN_SHARED:
            best, shared = None, set()
        # OLD's dates that NEW no longer lists, other than those already held when NEW was written.
        gone = [d for d in best or [] if (d.start, d.end) not in shared
                and _ahead(d, new.document.date)]
        subject = _date_subject(new, new_text, items[0])[0] if items else ""
        # A schedule of meetings ("Date of next meetings: ... 26 March, 30 April, 20 May"):
        # each date is a meeting, named by its month ("May 2026 meeting"); its first date still
        # to come is the next meeting, which moves on from paper to paper.
        meetings = _standing(subject) == "next meeting"
        entry = "meeting" if meetings else "date"
        if meetings and best is not None:
            ahead_old = sorted((o for o in best if _ahead(o, old.document.date)),
                               key=lambda o: o.start)
            ahead_new = sorted((d for d in items if _ahead(d, new.document.date)),
                               key=lambda d: d.start)
            if ahead_old and ahead_new and (ahead_old[0].start, ahead_old[0].end) != (
                    ahead_new[0].start, ahead_new[0].end):
                on, nn = ahead_old[0], ahead_new[0]
                changes.append(Change(
                    kind="date_moved", subject=f"Next meeting: {subject}",
                    old=f"{on.text} ({_interval(on)})", new=f"{nn.text} ({_interval(nn)})",
                    delta=Decimal((nn.end - on.end).days), match="exact",
                    note="the first date of the schedule still to come when each paper was "
                         "written",
                    old_provenance=on.provenance, new_provenance=nn.provenance))
        for d in items:
            if (d.start, d.end) in shared:
                continue
            partner = next((o for o in gone if (o.start.year, o.start.month)
                            == (d.start.year, d.start.month)), None)
            if partner is not None:
                gone.remove(partner)
                changes.append(Change(
                    kind="date_moved", subject=f"{d.start:%B %Y} {entry}: {subject}",
                    old=f"{partner.text} ({_interval(partner)})", new=f"{d.text} ({_interval(d)})",
                    delta=Decimal((d.end - partner.end).days), match="fuzzy",
                    note=f"same month of the same schedule ({len(shared)} dates in both)",
                    old_provenance=partner.provenance, new_provenance=d.provenance))
            elif _ahead(d, new.document.date) and best is None:
                changes.append(Change(kind="date_added", subject=f"{d.start:%B %Y} {entry}: "
                                                                 f"{subject}",
                                      new=f"{d.text} ({_interval(d)})", new_provenance=d.provenance))


# Phrases of a paper's furniture, whose date is no milestone: (name, pattern, a real example).
_BOILERPLATE: list[tuple[str, re.Pattern, str]] = [
    # Underscores are word characters: "______Dated" has no \b before "Dated".
    ("signature line", re.compile(r"(?<![a-z])signed(?![a-z]).{0,80}?(?<![a-z])dated?(?![a-z])",
                                  re.I | re.S),
     "Signed ______________________________Dated 8th May 2018"),
]
# Milestones every paper of a series has, worded a little differently each time: (name,
# pattern, a real example). Two dates under one of these are the same milestone.
_STANDING: list[tuple[str, re.Pattern, str]] = [
    ("next meeting", re.compile(r"\bnext\s+(?:[\w&,]+\s+){0,8}?meetings?\b", re.I),
     "Date of next meeting: 31st March 2016, Eye Town Hall"),
]


# Words just before a date that leave it out of what is said ("One advice session per month
# (excluding August)"): (name, pattern, a real example). Such a date is no milestone.
_EXCLUDING: list[tuple[str, re.Pattern, str]] = [
    ("exclusion", re.compile(r"\b(?:excluding|except(?:\s+(?:for|in|during))?|other\s+than|"
                             r"apart\s+from)\s*$", re.I),
     "One advice session per month (excluding August)"),
]
# How far before a date such words are looked for.
EXCLUDING_WINDOW = 30


def _excluded(text: str, d: DateMention) -> bool:
    before = text[max(0, d.provenance.char_start - EXCLUDING_WINDOW):d.provenance.char_start]
    return any(p.search(before) for _, p, _ in _EXCLUDING)


def _boilerplate(subject: str) -> str | None:
    return next((name for name, pattern, _ in _BOILERPLATE if pattern.search(subject)), None)


def _standing(subject: str) -> str | None:
    return next((name for name, pattern, _ in _STANDING if pattern.search(subject)), None)


# Words of a running header besides the paper's own names ("Page | 1 Amenities, Leisure and
# Community Services Minutes | Tuesday 13th March 2018").
_HEADER_WORDS = {"page", "minutes", "agenda", "report", "meeting", "of", "the"}


# A sub-item of minutes, numbered under its item ("30.6 Panshanger Quarry", "30.5 Walter
# Wallinger's Charity: Nothing to Report, next meeting is September."): its title, up to a
# colon or the line's end.
_SUB_ITEM = re.compile(r"(?:^|\n)[ \t]*\d{1,3}(?:\.\d{1,3})+\.?[ \t]+([^\n:]{2,80}?)[ \t]*(?::|(?=\n))")
# How far back a date's sub-item title is looked for.
SUB_ITEM_WINDOW = 200


def _meeting_of(text: str | None, d: DateMention) -> frozenset[str]:
    """Whose meeting a standing milestone ("the next meeting") is: the words of the sub-item it
    is told under when that names another body (Hertingfordbury PC, June 2012: "30.6 Panshanger
    Quarry / The next meeting is 10am on Thursday, 21st June at Lafarge's Panshanger Offices"),
    none for the paper's own (July 2012's closing "Next Meeting Wednesday 12th September 2012",
    "Date of next meeting: ..."). The paper's next meeting is not a quarry liaison's."""
    if not text:
        return frozenset()
    at = d.provenance.char_start
    window = text[max(0, at - SUB_ITEM_WINDOW):at]
    if "\n\n" in window:
        window = window[window.rfind("\n\n") + 2:]
    found = list(_SUB_ITEM.finditer(window))
    if not found:
        return frozenset()
    title = found[-1].group(1)
    if _standing(title) or d.text in title:
        return frozenset()
    return frozenset(_heading_words(title))


def _own_heading(result: ExtractionResult, d: DateMention, key: str) -> bool:
    """The paper's own date in a running header: the paper's names and the date, nothing else."""
    own = result.document.date
    if not own or d.start.isoformat()[:len(own)] != own:
        return False
    names = set(content_words(" ".join(filter(None, (
        result.document.title, result.document.committee, result.document.organisation)))))
    return bool(key) and set(key.split()) <= names | _HEADER_WORDS


# Words just before a date that tell of the past ("which was closed in December", "did not
# open in the evenings in December", "updated the Board on ... the committee meeting in
# December"): a date the paper gives no year for is then last year's, whatever year it was
# read as.
_PAST_BEFORE = re.compile(r"\b(?:was|were|had|did|has been|have been|updated|held|took place"
                          r"|received|advised|reported)\b[^.;:]*$", re.I)
# How far before the date such words count: the date's own clause.
PAST_TENSE_WINDOW = 60


# ... unless words after them point ahead ("Councillors were invited to the open afternoon on
# Friday 15th July", "it was agreed to meet in June").
_AHEAD_AFTER = re.compile(r"\b(?:invited|asked|agreed|planned|scheduled|due|will|would|to be)\b",
                          re.I)


# ... nor when they are a passive still to come ("further dialogue will be held with staff,
# partners and other stakeholders during the Autumn", WSX September 2020).
_FUTURE_PASSIVE = re.compile(r"\b(?:will|would|shall|to|must|may|can|could|should)\s+be\s+$", re.I)


def _told_in_the_past(text: str, d: DateMention) -> bool:
    """Whether a date whose year the paper does not print is told in the past tense."""
    lo = max(0, d.provenance.char_start - PAST_TENSE_WINDOW)
    before = text[lo:d.provenance.char_start]
    past = _PAST_BEFORE.search(before)
    if past and not _AHEAD_AFTER.search(past.group()) and \
            not _FUTURE_PASSIVE.search(text, max(0, lo + past.start() - 20), lo + past.start()):
        return True
    return bool(_PAST_AFTER.match(text, d.provenance.char_end))


# A time already begun but still running when the paper was written is a milestone when the
# clause before it says a thing will happen in it (Hertingfordbury PC, February 2016: "the
# installation of high speed broadband will happen sometime this in 2016").
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|planned|scheduled)\s+to)"
                            r"\b[^.;:]*$", re.I)


# ... or the clause the time opens says so ("so that again in Spring, the potholes will be
# filled", Milburn PC, March 2018).
_FUTURE_AFTER = re.compile(r"^[^.;:]*?\b(?:will|shall)\b")


def _told_ahead(text: str, d: DateMention) -> bool:
    before = text[max(0, d.provenance.char_start - PAST_TENSE_WINDOW):d.provenance.char_start]
    after = text[d.provenance.char_end:d.provenance.char_end + PAST_TENSE_WINDOW]
    return bool(_FUTURE_BEFORE.search(before) or _FUTURE_AFTER.search(after))


# A date that is the subject of a verb in the past or perfect tense ("The Cabinet decision on
# 20th October has confirmed that ..."): the verb just after it. Not a passive that sets the
# date ("the meeting on 5th May has been arranged", "was agreed"): that is still to come.
_SETTING = r"(?:agreed|arranged|scheduled|planned|proposed|confirmed|fixed|set|booked|moved|deferred)"
_PAST_AFTER = re.compile(rf"[ \t]*(?:has|have|had)\s+(?:now\s+)?(?!been\b)[a-z]+ed\b"
                         rf"|[ \t]*(?:was|were)\s+(?!{_SETTING}\b)[a-z]+ed\b|[ \t]*took\s+place\b")


def _table_rows(result: ExtractionResult) -> Claims:
    """The character extents of a paper's table rows (the row as printed, label and every cell)."""
    return Claims([_row_extent(row) for table in result.tables for row in table.rows])


# Two dates' sentences (without the dates) name one milestone at this token-set likeness (the
# value the matcher was tuned with on the change sets: "Date of next meeting: 31st March 2016,
# Eye Town Hall" and "... 26th May 2016, Bury Library" share their words, two different plans
# in one item share fewer).
SAME_MILESTONE = 80
# Words between an event's name and its date ("the Council elections due in May 2025", "a
# Literacy Conference taking place in May 2016"), and words of events every council has, which
# name no one event ("the Council meeting on 16 April").
_EVENT_FILLER = {"due", "held", "taking", "place", "takes", "scheduled", "planned", "expected",
                 "take", "set", "begin", "start", "be", "will", "would", "now", "being",
                 "happen", "happening", "run", "running"}
_GENERIC_EVENT = {"meeting", "meetings", "council", "committee", "board", "cabinet", "next",
                  "annual", "general", "full", "parish", "town", "county", "date", "dates",
                  "time", "day", "week", "month", "year", "period"}
# How far before a date its event's name is looked for (its own clause).
EVENT_WINDOW = 80


def _event(text: str, d: DateMention) -> tuple[str, ...] | None:
    """The two words that name the event a date is for, just before it in its clause
    ("council elections" for "the Council elections due in May 2025" and for "ahead of the
    Council elections on 1 May"), or None when they are not there or name no one event."""
    before = text[max(0, d.provenance.char_start - EVENT_WINDOW):d.provenance.char_start]
    before = re.split(r"[.;:!?()\n]\s|\n\s*\n|,\s", before)[-1]
    words = [w for w in content_words(before) if w not in _EVENT_FILLER]
    if len(words) < 2 or set(words[-2:]) <= _GENERIC_EVENT:
        return None
    return tuple(words[-2:])


# Where a paragraph or a point of a list begins: a blank line, or a line opening with a bullet
# or a list number ("- The details of ...", "• LBaRT property decision", "11. The proposed ...").
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[-•●▪o*]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]")


def _paragraph_start(text: str, at: int) -> int:
    start = -1
    for m in _PARAGRAPH.finditer(text, max(0, at - 3000), at):
        start = m.start()
    return start


def _first_scheduled_meeting(result: ExtractionResult, text: str | None) -> DateMention | None:
    """The first date still to come of a paper's schedule of meetings (a sentence of at least
    SCHEDULE_MIN_DATES dates that speaks of meetings), or None."""
    if text is None:
        return None
    ahead = [d for ds in _sentences(result, text).values() if len(ds) >= SCHEDULE_MIN_DATES
             and re.search(r"\bmeetings?\b", _date_subject(result, text, ds[0])[0], re.I)
             for d in ds if d.grain == "day" and _ahead(d, result.document.date)]
    return min(ahead, key=lambda d: d.start, default=None)


def _date_changes(old: ExtractionResult, new: ExtractionResult, changes: list[Change]) -> None:
    old_text, new_text = paper_text(old), paper_text(new)

    def milestones(result, text):
        # A paper's own title dates the paper; the same date in the other paper ("the next
        # meeting will be on Wednesday 19 December 2012") is a milestone there.
        own = norm(result.document.title)
        out, seen = [], set()
        rows = _table_rows(result)
        scheduled = set() if text is None else {
            at for at, ds in _sentences(result, text).items() if len(ds) >= SCHEDULE_MIN_DATES}
        for d in result.dates:
            if d.grain == "financial_year":
                continue  # a financial year is a period of account, not a milestone
            if rows.holds(d.provenance.char_start):
                continue  # a table's date cell ("23/10/2017" of a payment): the row's, compared there
            if text is not None and _excluded(text, d):
                continue  # "(excluding August)": a time left out of a recurrence, no milestone
            subject, key = _date_subject(result, text, d)
            if text is not None and _sentence_of(text, d) in scheduled:
                continue  # matched as a schedule (_schedule_changes)
            if (d.text, key) in seen or not key or (own and norm(d.text) in own):
                continue
            if len(key.split()) < 2:
                continue
            if result.document.date and d.provenance.char_start < 600 and \
                    d.start.isoformat().startswith(result.document.date[:7]):
                continue  # the meeting's or report's own date, in its heading
            seen.add((d.text, key))
            out.append((d, subject, key))
        return out

    _schedule_changes(old, old_text, new, new_text, changes)
    olds, news = milestones(old, old_text), milestones(new, new_text)
    olds = [m for m in olds if _boilerplate(m[1]) is None]
    news = [m for m in news if _boilerplate(m[1]) is None
            and not _own_heading(new, m[0], m[2])]
    used_old: set[int] = set()
    added_days: set[tuple] = set()
    added_here: dict[tuple, Change] = {}
    for d, subject, key in news:
        best, best_score = None, 0.0
        standing = _standing(subject)
        if standing is not None:  # "the next meeting", in whatever words: the same milestone
            whose = _meeting_of(new_text, d)
            cands = [(fuzz.token_set_ratio(key, m[2]), k) for k, m in enumerate(olds)
                     if k not in used_old and _standing(m[1]) == standing
                     and _meeting_of(old_text, m[0]) == whose]
            best = max(cands)[1] if cands else None  # the most alike of them
            best_score = 100.0 if best is not None else 0.0
            first = _first_scheduled_meeting(old, old_text) if best is None else None
            if first is not None:
                # OLD gave no next meeting but a schedule of meetings: its first date still to
                # come was the next meeting (Milburn PC, January 2017 -> January 2018: "Dates
                # for meetings the next year are 7th March, 2nd May, ..." -> "Next Meeting
                # Tuesday, 6th March 2018"; Souldern's change set reads its schedule so too)
                if (first.start, first.end) != (d.start, d.end) and \
                        not _before(d, old.document.date):
                    changes.append(Change(
                        kind="date_moved", subject=subject, old=f"{first.text} ({_interval(first)})",
                        new=f"{d.text} ({_interval(d)})", delta=Decimal((d.end - first.end).days),
                        match="fuzzy", note="OLD's next meeting: the first date of its schedule "
                                            "of meetings still to come",
                        old_provenance=first.provenance, new_provenance=d.provenance))
                continue
        same_time = False
        for k, (od, _, okey) in enumerate(olds):
            if k in used_old or standing is not None:
                continue
            shared = set(key.split()) & set(okey.split())
            score = fuzz.token_set_ratio(key, okey)
            # (of two dates of one sentence both papers print, each is the one of the same time:
            # Hertingfordbury PC, June -> July 2013, "a meeting of the working group in July
            # with a draft plan put out for consultation in September", in both)
            now_same = (od.start, od.end) == (d.start, d.end)
            if len(shared) >= 2 and (score > best_score or (score == best_score and now_same
                                                            and not same_time)):
                best, best_score, same_time = k, score, now_same
        if (best is None or best_score < SAME_MILESTONE) and standing is None and \
                new_text is not None and old_text is not None:
            named = _event(new_text, d)
            same = [k for k, (od, _, _) in enumerate(olds) if k not in used_old and named
                    and _event(old_text, od) == named and _ahead(od, old.document.date)]
            if len(same) >= 1 and len({(olds[k][0].start, olds[k][0].end) for k in same}) == 1:
                best, best_score = same[0], float(SAME_MILESTONE)
        if best is not None and best_score >= SAME_MILESTONE:
            used_old.add(best)
            od = olds[best][0]
            # Nor can a milestone still to come in OLD move to a date already past in OLD.
            # Nor has it moved when NEW tells, in the past tense, of a time that overlaps the
            # old one ("closed by Christmas 2015" -> "was closed in December"): it kept to it.
            kept_to = d.inferred_by == "past" and d.start <= od.end and od.start <= d.end
            # Nor when NEW names a time within the old one that is past when NEW is written: the
            # milestone met (Hertingfordbury PC, May -> June 2014: the working party's meeting
            # "in early June" -> its notes of "5th June 2014", in the minutes of 11th June). One
            # still to come is told more closely, and that is news (Kent CC, January -> March
            # 2025: the elections in "May 2025" -> "1 May").
            kept_to = kept_to or (od.start <= d.start and d.end <= od.end
                                  and _before(d, new.document.date))
            if (od.start, od.end) != (d.start, d.end) and _ahead(od, old.document.date) \
                    and not _before(d, old.document.date) and not kept_to:
                changes.append(Change(
                    kind="date_moved", subject=subject, old=f"{od.text} ({_interval(od)})",
                    new=f"{d.text} ({_interval(d)})", delta=Decimal((d.end - od.end).days),
                    match="exact" if best_score == 100 else "fuzzy",
                    note=f"same milestone by wording ({best_score:.0f}% similar)",
                    old_provenance=od.provenance, new_provenance=d.provenance))
            continue
        anchor = new.document.date
        if anchor and d.start.isoformat()[:len(anchor)] < anchor and not (
                new_text is not None and not _before(d, anchor) and _told_ahead(new_text, d)):
            continue  # a date begun before NEW was written is history, not a new milestone
            # (unless a time still running is what a thing "will" happen in: below)
        if anchor and d.start == d.end and d.start.isoformat() == anchor:
            continue  # the day of NEW's own meeting: the paper, not a milestone in it
        if d.inferred and new_text is not None and _told_in_the_past(new_text, d):
            continue
        if d.grain == "day" and any(od.grain == "day" and (od.start, od.end) == (d.start, d.end)
                                    and _ahead(od, old.document.date) for od, _, _ in olds):
            # a day still to come that OLD names too, in other words, is kept to, not new
            # (Milburn PC, January 2017 -> January 2018: the beacon "to commemorate ... on 11th
            # November 2018", the same day in both)
            continue
        if d.grain == "day" and (d.start, d.end) in added_days:
            continue  # one day named again ("the meeting with SCC on 11th April 2016", three
            # times in the Suffolk Libraries minutes of March 2016): one milestone, told once
        para = _paragraph_start(new_text, d.provenance.char_start) if new_text else -1
        again = added_here.get((d.start, d.end, para))
        if again is not None:
            # One time named again within one paragraph is one milestone, told once with what
            # each naming says (Milburn PC, March 2018: "repair the various corners of the green
            # in the spring ... so that again in Spring, the potholes will be filled").
            if norm(subject) not in norm(again.subject):
                again.subject = f"{again.subject}; {subject}"
            continue
        added_days.add((d.start, d.end))
        added_here[(d.start, d.end, para)] = c = Change(
            kind="date_added", subject=subject, new=f"{d.text} ({_interval(d)})",
            new_provenance=d.provenance)
        changes.append(c)


# ---------------------------------------------------------------------------------------------
# Resolutions and actions


def _resolution_text(r: Resolution) -> str:
    return " ".join(i.text for i in r.items) or (r.body or "")


# A decision is named in a report as the minutes print it, up to this many characters.
DECISION_SUBJECT_MAX = 240


# How far back a decision's sentence is looked for its opening words ("It was recommended to
# council and duly RESOLVED to amend the plan", Hertingfordbury PC, May 2013): a clause's subject.
DECISION_LEAD_MAX = 100
# Where a sentence opens: after one ending, a blank line, a minute's number or a list label.
_SENTENCE_OPENS = re.compile(r"(?P<item>\n[ \t]*\n[ \t]*|(?:^|\n)[ \t]*(?:\(?\d{1,3}(?:\.{1,2}\d{1,3})*"
                             r"[.)]?|\(?[a-z][.)]|[-•●▪])[ \t]+)|[.!?;:](?:[ \t]+|(?=\n))")


def _decision_lead(r: Resolution, text: str | None) -> str:
    """The words that open a decision's sentence before where its record starts: who decided
    ("The council RESOLVED to congratulate ...", "The chairman proposed and it was RESOLVED
    ...", Hertingfordbury PC, July 2012), which the record begins after. None where the
    sentence opens further back than DECISION_LEAD_MAX, or where a line of the words is a
    heading (Title or UPPER case: "PLANNING APPLICATIONS" over "RESOLVED that ...")."""
    start = r.provenance.char_start
    if not text or start <= 0 or start > len(text):
        return ""
    window = text[max(0, start - DECISION_LEAD_MAX):start]
    opens = list(_SENTENCE_OPENS.finditer(window))
    if not opens and start > DECISION_LEAD_MAX:
        return ""
    lead = window[opens[-1].end():] if opens else window
    lines = lead.split("\n")
    if any(re.search(r"[A-Za-z]", line) and all(w[0].isupper() for w in re.findall(r"[A-Za-z]+", line))
           for line in lines[:-1]):
        return ""
    return " ".join(lead.split())


def _resolution_subject(r: Resolution, heading: str | None = None, own_words: bool = False,
                        text: str | None = None) -> str:
    """The decision as printed ("It was resolved to award the contract to ..."), which is how a
    reader finds it in the minutes; the extracted items alone drop the words that say who
    decided what ("It was resolved", "HPC resolved", "was refused"). Led by the heading of the
    item it was made under, when the paper prints one ("Driving at Work Policy: The Board were
    in agreement and the policy was adopted."): many decisions are printed in the same words.
    With `own_words` (one item of a grouped list, `_decisions`), the item's text: the print is
    the whole list's. With the paper's `text`, from where the decision's sentence opens
    (`_decision_lead`)."""
    printed = " ".join(r.provenance.snippet.split())
    lead = _decision_lead(r, text) if printed else ""
    if lead:
        printed = f"{lead} {printed}"
    text = _resolution_text(r)
    # (the printed words may carry a margin's initials: "an exploratory conversation SS should";
    # a decision with its own subject is a table's cell, whose print interleaves the row's others,
    # unless the print is the row itself, its subject first: "Financial Regulations<tab>
    # Councillors resolved to sign", Milburn minutes)
    in_print = not r.about or norm(printed).startswith(norm(r.about))
    if printed and in_print and not own_words and (not text or norm(text[:60]) in norm(printed)
                    or fuzz.partial_ratio(norm(text[:60]), norm(printed)) >= 90):
        said = printed[:DECISION_SUBJECT_MAX]
        at = printed.rfind(text[:40]) if text else -1
        if at > 0 and at + min(len(text), 40) > DECISION_SUBJECT_MAX:
            # the decision's words come after a long account ("Zurich Insurance due £702.35
            # ..., Councillors resolved to accept the three year fixed price"): from their clause
            cut = max(printed.rfind(", ", 0, at), printed.rfind(". ", 0, at))
            said = "… " + printed[cut + 2 if cut >= 0 else 0:][:DECISION_SUBJECT_MAX]
    else:
        # a table's decided cell read as a resolution keeps its words whole in the body
        # ("Rejected. Committee recommended that funding ...", `table_decisions`): the row's
        # outcome is what the reader looks for, the clause its item
        said = (r.body if r.about and r.body else text)[:DECISION_SUBJECT_MAX]
    if heading and norm(heading) not in norm(said):
        return f"{heading}: {said}"
    return said


# Two decisions made under item headings that share no word of what they are about ("Driving
# at Work Policy", "Environmental Policy" share "policy" only, a word of many headings) are
# different decisions, however alike their words ("The Board were in agreement and the policy
# was adopted."): their likeness loses this much.
OTHER_HEADING_PENALTY = 30
# Words of item headings that say what kind of item it is, not what it is about.
_HEADING_KIND_WORDS = {"policy", "policies", "update", "report", "item", "items", "matters",
                       "arising", "decisions", "decision", "any", "business", "committee",
                       "terms", "reference", "proposed"}


def _heading_words(heading: str | None) -> set[str]:
    return set(content_words(heading or "")) - _HEADING_KIND_WORDS


# Decisions every meeting of a council takes, in words that vary: (name, pattern, a real
# example). One left over in each paper is the same standing decision.
_STANDING_DECISIONS: list[tuple[str, re.Pattern, str]] = [
    ("payments approved", re.compile(r"\bapprov\w*\s+(?:for|of)\s+payment|\baccounts\s+(?:were|be)\s+"
                                     r"(?:approved|paid)\b|\bpayments?\s+(?:were\s+|was\s+|(?:to\s+)?be\s+)?"
                                     r"approved\b", re.I),
     # (Hertingfordbury PC, June 2011: "It was RESOLVED that three payments to be approved;")
     "Cllr McCarthy proposed approval for payment seconded by Cllr Bivon"),
    # (Hertingfordbury PC's "RESOLVED that six payments be authorised", July 2012, and "that
    # two payments, one to Came & Co for £557.24 ... be authorised", May 2009)
    ("payments authorised", re.compile(r"\bpayments?\b(?:[^.;]|\.(?=\d)){0,240}?\b(?:be|were|was|are)\s+"
                                       r"(?:duly\s+)?authori[sz]ed\b", re.I),
     "RESOLVED that two payments, one to Came & Co for £557.24 for the annual insurance premium "
     "and one to Coopers for £476.10 for grass cutting be authorised"),
    # (minutes only: "The notes as presented were agreed and signed" are another body's notes)
    ("minutes approved", re.compile(r"\bminutes\b[^.]{0,160}?\b(?:agreed|accepted|approved|"
                                    r"signed|confirmed|true\s+record)\b|\bacceptance\s+of\s+the\s+minutes\b", re.I),
     "The minutes of the parish council meeting held on 27th November 2025 were checked for "
     "accuracy and content, agreed as a true record of the meeting"),
]


# A council's response to a planning application, or the planning authority's decision it
# reports, is the planning process's business, not a decision of the council's own that a later
# paper takes up again: the change sets leave them out (Hertingfordbury, Stoke Ferry and
# Souldern minutes alike: "planning responses are not treated as resolutions"). (name,
# pattern on the decision's words with its heading, a real example)
_PLANNING_RESPONSES: list[tuple[str, re.Pattern, str]] = [
    ("planning applications heading",
     re.compile(r"^(?:planning(?:\s+applications?|\s+matters)?|decisions\s+on\s+outstanding\s+"
                r"applications|applications\s+received)\s*:", re.I),
     # Hertingfordbury PC, July 2012
     "PLANNING APPLICATIONS: RESOLVED that the council did not wish to comment on the application."),
    ("response to an application",
     re.compile(r"\bresolved\s+(?:that\s+the\s+council\s+)?(?:to\s+object|did\s+not\s+(?:wish\s+to\s+"
                r"comment|object))\b.{0,160}?\b(?:application|development|policies|green\s+belt)\b",
                re.I | re.S),
     # Hertingfordbury PC, June 2013
     "RESOLVED to object as the development was contrary to policies OSV3 and GB1"),
    # (a decision on an application named by its planning reference, "3/11/0770/FP": the
    # reference of East Herts and most districts, year / number / kind)
    ("decision on a planning reference",
     re.compile(r"^(?:[^.]{0,80}\b)?(?:reference|ref\.?|application)?[;:\s]*\d{1,2}/\d{2}/\d{3,5}/[A-Z]{1,4}\b", re.I),
     # Hertingfordbury PC, June 2011
     "It was RESOLVED that; Reference; 3/11/0770/FP & 3/11/0771/LB - No adverse comments were to "
     "be recorded against the lavatory extension to Mayflower Place"),
    ("planning permission decided",
     re.compile(r"\bdecided\s+to\s+(?:grant|refuse)\s+planning\s+permission\b", re.I),
     # Hertingfordbury PC, July 2016
     "It was decided to Grant Planning Permission subject to Conditions."),
]


def _planning_response(subject: str) -> bool:
    return any(p.search(subject) for _, p, _ in _PLANNING_RESPONSES + _PROCEDURAL)


# A decision about how this one meeting runs (the order its items are taken in, a standing
# order suspended for it) is spent when the meeting ends: no later paper takes it up, and the
# change sets leave it out (Hertingfordbury PC, June 2014: "'it was agreed that ... item 12 a
# ... be brought forward' is procedural"). (name, pattern, a real example)
_PROCEDURAL: list[tuple[str, re.Pattern, str]] = [
    ("items taken out of order",
     re.compile(r"\bitems?\s+\d{1,3}\s*\(?[a-z]?\)?\b[^.;]{0,160}?\b(?:be|was|were)\s+(?:taken|"
                r"brought\s+forward|heard|moved)\b", re.I),
     # Hertingfordbury PC, October 2011
     "The chairman proposed and it was agreed that, to allow the police to leave, item 7 be "
     "taken immediately following item 5."),
    ("standing orders suspended",
     re.compile(r"\bsuspen(?:d|sion\s+of)\s+standing\s+orders?\b", re.I),
     # Hertingfordbury PC, November 2011
     "The chairman proposed and it was RESOLVED to suspend standing order 29J to allow members to "
     "speak more than once in debate."),
]


# A decision whose own words are only its outcome ("Agreed.") is named by its heading
# (Hertingfordbury PC, November 2011: "MINUTES OF MEETING 12TH OCTOBER 2011\nAgreed.").
_BARE_OUTCOME = re.compile(r"\W*(?:it\s+was\s+)?(?:agreed|approved|accepted|resolved|carried|"
                           r"confirmed)\W*", re.I)


def _standing_decision(subject: str, heading: str | None = None) -> str | None:
    if heading and _BARE_OUTCOME.fullmatch(subject):
        subject = f"{heading}: {subject}"
    return next((name for name, pattern, _ in _STANDING_DECISIONS if pattern.search(subject)), None)


def _grouped(r: Resolution) -> bool:
    """Whether a decision is a minute's numbered list of decisions, each item a decision of its
    own under its own heading (Suffolk Libraries board minutes, January 2016: "4. Decisions /
    1. Finance and Audit Committee Terms of Reference ... 2. Governance Committee Terms of
    Reference ..."), or clauses numbered as minutes of their own (the minute's number and
    theirs) after a lead-in that says nothing but "that" (Hertingfordbury PC, July 2012:
    "RESOLVED that: 35.3.1 the clerk's hours remain at a basic 27 hours per month 35.3.2 the
    clerk's pay scale is increased to SCP 23 ... 35.3.3 the council sets up a Employment
    Committee ..."); not one decision's parts (those have a lead-in that says what they are
    parts of, "The response was agreed with the following additions:", or are lettered
    clauses of one motion, "This Council believes that: a) ... b) ...", Kent, March 2025)."""
    if len(r.items) < 2 or not all(i.number for i in r.items):
        return False
    if r.body is None:
        return r.kind == "decision"
    return not content_words(r.body) and _minute_clauses(r)


def _minute_clauses(r: Resolution) -> bool:
    """Whether each item of a decision is printed with the minute's number and its own
    ("35.3.1", "35.3.2" under minute 35.3)."""
    printed = r.provenance.snippet or ""
    return bool(r.ref) and bool(r.items) and all(
        i.number and f"{r.ref}.{i.number}" in printed for i in r.items)


def _decisions(resolutions: list[Resolution]) -> tuple[list[Resolution], set[int]]:
    """The decisions to match across two papers: each item of a grouped list (`_grouped`) apart,
    every other resolution whole; and the indexes of those items."""
    out: list[Resolution] = []
    items: set[int] = set()
    for r in resolutions:
        if _grouped(r):
            items.update(range(len(out), len(out) + len(r.items)))
            # (a clause numbered as a minute of its own is cited by that number: "35.3.2")
            out += [r.model_copy(update={"items": [item], "ref": f"{r.ref}.{item.number}"
                                         if _minute_clauses(r) else r.ref}) for item in r.items]
        else:
            out.append(r)
    return out, items


# A motion as the minutes record it, its mover and seconder before what it proposed ("NO
# proposed and JH seconded that the group be disbanded", Souldern PC, February 2026).
_MOTION = re.compile(r"\b(?:proposed|moved)\b[^.;]{0,40}?\bseconded\b[^.;]{0,20}?\bthat\b(.*)$",
                     re.I | re.S)
# A motion needs this many words of what it proposed to be known in another record of it.
MOTION_MIN_WORDS = 2


def _motion_of(a: Resolution, others: list[Resolution]) -> int | None:
    """The index in `others` of the decision whose motion `a` is, where another record of the
    same paper gives it in full (Souldern PC, February 2026: "NO proposed and JH seconded that
    the group be disbanded" under the clerk's report, "The Bushcraft Group is to be disbanded
    and disassociated from the parish council" under the group's own item): every word of what
    it proposed is in that record. One decision, reported once, with its motion."""
    m = _MOTION.search(_resolution_text(a))
    words = {w[:5] for w in content_words(m.group(1))} if m else set()
    if len(words) < MOTION_MIN_WORDS:
        return None
    return next((k for k, b in enumerate(others) if b is not a
                 and not _MOTION.search(_resolution_text(b))
                 and words <= {w[:5] for w in content_words(_resolution_text(b))}), None)


# What a decision decided, after the words that say it was decided ("it was agreed that NO
# will set up email addresses ...").
_DECIDED = re.compile(r"^.*?\b(?:agreed|resolved|decided)\b(?:\s+(?:that|to))?\s+", re.I | re.S)
# A decision NEW prints again in these words or more (`_printed_again`) is still in hand; fewer
# words ("to approve the accounts") recur in any paper.
CARRIED_MIN_WORDS = 6
# NEW's words must be the decision's, in order, with at most this many others among them: a
# line broken by a table's other cells ("... from the existing NO On-going .org system").
CARRIED_OTHER_WORDS = 4


def _words_in_order(words: list[str], text_words: list[str], others: int) -> bool:
    """Whether `words` occur in `text_words` in order, with at most `others` words between."""
    for start, w in enumerate(text_words):
        if w != words[0]:
            continue
        k, skipped = 1, 0
        for t in text_words[start + 1:]:
            if k == len(words):
                break
            if t == words[k]:
                k += 1
            else:
                skipped += 1
                if skipped > others:
                    break
        if k == len(words):
            return True
    return False


def _printed_again(a: Resolution, new_text: str | None) -> bool:
    """Whether NEW prints what an OLD decision decided again, near word for word, without
    deciding it (Souldern PC, February -> March 2026: "it was agreed that NO will set up email
    addresses from the existing .org system, linked to existing gmail accounts of councillors",
    in March's action list as "On-going"): carried over, not gone."""
    if not new_text:
        return False
    decided = _DECIDED.sub("", _resolution_text(a), count=1)
    if len(content_words(decided)) < CARRIED_MIN_WORDS:
        return False
    return _words_in_order(content_words(decided), content_words(new_text), CARRIED_OTHER_WORDS)


# How far back the sentence before a decision is looked for.
SENTENCE_BEFORE_MAX = 400


def _sentence_before(text: str, start: int) -> int:
    """Where the sentence before the one `start` is in opens, within its item: a decision's
    matter is often told just before it ("An e-mail has also been received regarding the
    lighting of a Beacon on 11th November 2018 ... The Councillors resolved to take part in this
    commemoration"). Never before the item's own opening (a minute's number, a blank line)."""
    lo = max(0, start - SENTENCE_BEFORE_MAX)
    ends = 0
    for m in reversed(list(_SENTENCE_OPENS.finditer(text, lo, start))):
        if m.group("item"):
            return m.end()
        ends += 1
        if ends == 2:
            return m.end()
    return lo


def _day_still_in_hand(a: Resolution, old: ExtractionResult, old_text: str | None,
                       new: ExtractionResult) -> bool:
    """Whether an OLD decision is about a day still to come that NEW names again (Milburn PC,
    January 2017 -> 2018: "An e-mail has also been received regarding the lighting of a Beacon
    on 11th November 2018 ... The Councillors resolved to take part in this commemoration";
    2018 asks for help with "the beacon insurance to commemorate ... 11th November 2018"): the
    matter is still in hand, not gone. A day only: a month recurs in any paper."""
    if not old_text:
        return False
    lo = _sentence_before(old_text, a.provenance.char_start)
    days = {(d.start, d.end) for d in old.dates if d.grain == "day"
            and lo <= d.provenance.char_start <= a.provenance.char_end
            and _ahead(d, old.document.date)}
    return bool(days & {(d.start, d.end) for d in new.dates if d.grain == "day"})


def _resolution_changes(old: ExtractionResult, new: ExtractionResult, changes: list[Change]) -> None:
    old_text, new_text = paper_text(old), paper_text(new)
    (olds, old_items), (news, new_items) = _decisions(old.resolutions), _decisions(new.resolutions)

    def headings(result, text):
        # (what a decision is about, where the paper prints it apart: a grant table's applicant)
        return [r.about or (heading_before(text, r.provenance.char_start, points=True) if text else None)
                for r in result]

    old_heads, new_heads = headings(olds, old_text), headings(news, new_text)

    def same(i: int, k: int) -> float:
        a, b = olds[i], news[k]
        ta, tb = norm(_resolution_text(a)), norm(_resolution_text(b))
        score = fuzz.token_sort_ratio(ta, tb)
        if a.ref and b.ref and norm(a.ref) == norm(b.ref):
            score += 15
        ha, hb = _heading_words(old_heads[i]), _heading_words(new_heads[k])
        if ha and hb and not ha & hb:
            score -= OTHER_HEADING_PENALTY
        return score

    used_new: set[int] = set()
    gone: list[int] = []
    for i in range(len(olds)):
        cands = [(same(i, k), k) for k in range(len(news)) if k not in used_new]
        best = max(cands, default=(0.0, -1))
        if best[0] >= 85:
            used_new.add(best[1])
            a, b = olds[i], news[best[1]]
            _outcome_change(a.outcome, b.outcome, _resolution_subject(b, new_heads[best[1]],
                                                                      text=new_text),
                            a.provenance, b.provenance, changes)
            continue
        gone.append(i)
    # A standing decision of every meeting (the last minutes approved, the month's payments
    # approved) left over in both papers is the same decision taken again, in whatever words
    # and under whatever heading (a payment's line heads its approval).
    # (by the decision's own words: a heading read from the line before may be another's,
    # unless those words are only the outcome)
    old_kinds = [_standing_decision(_resolution_subject(r), old_heads[i]) for i, r in enumerate(olds)]
    new_kinds = [_standing_decision(_resolution_subject(r), new_heads[k]) for k, r in enumerate(news)]
    for i in list(gone):
        kind = old_kinds[i]
        k = next((k for k in range(len(news)) if k not in used_new and kind
                  and new_kinds[k] == kind), None)
        if k is not None:
            used_new.add(k)
            gone.remove(i)
    # A standing decision taken again in one paper for a meeting it names by its day (the
    # minutes of an extra meeting approved besides the last ordinary one's: Hertingfordbury PC,
    # November 2011's "MINUTES OF MEETING 12TH OCTOBER 2011" and "... 26TH OCTOBER 2011") is
    # the same recurring business, not news, where the other paper takes it too. (One that
    # names no meeting is not known to be another meeting's: Stoke Ferry PC, December 2012's
    # second "proposed the Minutes be accepted" is listed as new.)
    both = {k for k in old_kinds if k} & {k for k in new_kinds if k}

    def of_a_day(r: Resolution, heading: str | None) -> bool:
        return any(d.grain == "day" for d in find_date_spans(f"{heading or ''} {_resolution_text(r)}"))

    gone = [i for i in gone if not (old_kinds[i] in both and of_a_day(olds[i], old_heads[i]))]
    used_new |= {k for k in range(len(news)) if new_kinds[k] in both
                 and of_a_day(news[k], new_heads[k])}
    old_motions = {i: _motion_of(olds[i], olds) for i in range(len(olds))}
    new_motions = {k: _motion_of(news[k], news) for k in range(len(news))}

    def with_motion(subject: str, i: int, motions: dict, records: list, heads: list,
                    items: set, text: str | None) -> str:
        said = [_resolution_subject(records[m], heads[m], m in items, text)
                for m, of in motions.items() if of == i]
        return "; ".join([subject] + [f"motion: {m}" for m in said])

    for i in gone:
        a = olds[i]
        subject = _resolution_subject(a, old_heads[i], i in old_items, old_text)
        if _planning_response(subject) or old_motions[i] is not None:
            continue  # (a motion is told with the decision it proposed, below)
        if _printed_again(a, new_text) or _day_still_in_hand(a, old, old_text, new):
            continue
        changes.append(Change(kind="resolution_removed",
                              subject=with_motion(subject, i, old_motions, olds, old_heads,
                                                  old_items, old_text),
                              old=a.ref, note="in OLD only: done, dropped, or not minuted again",
                              old_provenance=a.provenance))
    for k, b in enumerate(news):
        subject = _resolution_subject(b, new_heads[k], k in new_items, new_text)
        if k not in used_new and not _planning_response(subject) and new_motions[k] is None:
            changes.append(Change(kind="resolution_added",
                                  subject=with_motion(subject, k, new_motions, news, new_heads,
                                                      new_items, new_text),
                                  new=b.ref, new_provenance=b.provenance))


def _outcome_words(o: Outcome | None) -> str | None:
    """What a record's outcome states, in the words a report shows ("lost; For 14, Against 45,
    Abstain 4"), or None where it states nothing of carried, unanimous or votes."""
    if o is None:
        return None
    said = []
    if o.carried is not None:
        said.append("carried" if o.carried else "lost")
    if o.unanimous:
        said.append("unanimously")
    votes = [f"{side} {n}" for side, n in (("For", o.votes_for), ("Against", o.votes_against),
                                           ("Abstain", o.abstentions)) if n is not None]
    if votes:
        said.append(", ".join(votes))
    return "; ".join(said) or None


def _outcome_change(old: Outcome | None, new: Outcome | None, subject: str,
                    old_provenance: Provenance, new_provenance: Provenance,
                    changes: list[Change]) -> None:
    """An `outcome_changed` when the same record states another outcome in the new paper."""
    before, after = _outcome_words(old), _outcome_words(new)
    if before != after:
        changes.append(Change(kind="outcome_changed", subject=subject,
                              old=before or "no outcome stated", new=after or "no outcome stated",
                              old_provenance=old_provenance, new_provenance=new_provenance))


# An amendment is the same in both papers when it is moved by the same member (where both print
# one: amendments to one motion share most of its words) and its wording is this alike (token
# sort ratio, of 100); its wording is printed whole, so a reprint differs only where the text
# layer does.
SAME_AMENDMENT = 85


def _amendment_subject(a: Amendment) -> str:
    who = ", ".join(x for x in (a.moved_by and f"moved by {a.moved_by}",
                                a.seconded_by and f"seconded by {a.seconded_by}") if x)
    return f"Amendment{f' ({who})' if who else ''}: {a.text[:DECISION_SUBJECT_MAX]}"


def _amendment_changes(old: ExtractionResult, new: ExtractionResult, changes: list[Change]) -> None:
    """Amendments moved in the new paper only, and the outcome of one in both that changed. One
    in the old paper only is news between versions of the minutes of one meeting (same date); an
    earlier meeting's amendments are not expected again (Kent's January amendments to the
    devolution motion are not 'removed' by the March minutes)."""
    same_meeting = old.document.date == new.document.date
    def likeness(a: Amendment, b: Amendment) -> float:
        if a.moved_by and b.moved_by and norm(a.moved_by) != norm(b.moved_by):
            return 0.0
        return fuzz.token_sort_ratio(norm(a.text), norm(b.text))

    used: set[int] = set()
    for a in old.amendments:
        cands = [(likeness(a, b), k) for k, b in enumerate(new.amendments) if k not in used]
        best = max(cands, default=(0.0, -1))
        if best[0] >= SAME_AMENDMENT:
            used.add(best[1])
            b = new.amendments[best[1]]
            _outcome_change(a.outcome, b.outcome, _amendment_subject(b), a.provenance, b.provenance,
                            changes)
            continue
        if same_meeting:
            changes.append(Change(kind="amendment_removed", subject=_amendment_subject(a), old=a.ref,
                                  note="in OLD only", old_provenance=a.provenance))
    for k, b in enumerate(new.amendments):
        if k not in used:
            changes.append(Change(kind="amendment_added", subject=_amendment_subject(b), new=b.ref,
                                  new_provenance=b.provenance))


# ---------------------------------------------------------------------------------------------
# Amounts in the prose


# A sentence of minutes that authorises the meeting's payments, one sum a payee ("RESOLVED that
# two payments: £602.78 to Coopers for grass cutting and £165.00 to LCAS for annual legal advice
# be authorised", "RESOLVED that three payments, to Playsafety for £89.70 for the play area
# inspection, to GR Irwin for £882.73 ... and to Coopers for £1415.65 for grass cutting be
# authorised").
_PAYMENTS_AUTHORISED = re.compile(
    r"\bpayments?\b.*\b(?:authori[sz]ed|approved|agreed)\b"
    r"|\b(?:authori[sz]e[sd]?|approved?)\b.*\bpayments?\b", re.I | re.S)
# Where one payment of such a sentence ends and the next begins: a list's "," ";" ":", or "and"
# before the next payee or sum ("... grass cutting and £165.00 to LCAS", "... expenses and to
# Coopers for £1415.65").
_PAYMENT_CUT = re.compile(r"[;:,]\s+|\s+and\s+(?=to\s|£)")
# The words of such a sentence that name no payee and no purpose.
# How many pieces of a sentence broken over a page's foot are joined back (the piece before the
# page number, the number itself).
PAGE_BREAK_PIECES = 2
_PAYMENT_WORDS = frozenset({"resolved", "payment", "payments", "authorised", "authorized",
                            "approved", "agreed", "one", "two", "three", "four", "five", "six",
                            "seven", "eight", "nine", "ten"})


def _payment_item(text: str, a: Amount) -> tuple[str, str] | None:
    """(subject, key) of a sum that is one payment of a sentence authorising a meeting's
    payments: the words of its own item of the list, which may run over lines and put the payee
    before the sum or after it (Hertingfordbury PC, June -> July 2009: "to Coopers for\n£476.10
    for grass cutting be authorised" -> "to Coopers for £1415.65 for grass cutting be
    authorised"; November -> December 2010: "£486.45 to Coopers for grass cutting be authorised"
    -> "£602.78 to Coopers for grass cutting"), so that a payee paid at both meetings is
    compared on what was paid. None for a sum of any other sentence."""
    start, end = a.provenance.char_start, a.provenance.char_end
    sentence, at = sentence_around(text, start, end)
    # (a sentence broken by a page's foot, "... under s.137 of\n\n109\n\nthe 1972 Local
    # Government Act and £486.45 to Coopers ...", is read whole: back over what begins in
    # lower case or is only the page's number)
    for _ in range(PAGE_BREAK_PIECES):
        head = sentence.lstrip()
        if at == 0 or not (head[:1].islower() or re.match(r"\d{1,4}[ \t]*\n", head)):
            break
        _, before = sentence_around(text, at - 1, at - 1)
        if before >= at:
            break
        sentence, at = text[before:at + len(sentence)], before
    if not _PAYMENTS_AUTHORISED.search(sentence):
        return None
    lo, hi = start - at, end - at
    cuts = [m for m in _PAYMENT_CUT.finditer(sentence)]
    begin = max((m.end() for m in cuts if m.end() <= lo), default=0)
    finish = min((m.start() for m in cuts if m.start() >= hi), default=len(sentence))
    item = sentence[begin:finish]
    if len(re.findall(r"£\s?\d", item)) != 1:
        return None  # an item of several sums ("March £496.80 and May £1,012.80 giving a total
        # to Coopers of £1,758.00") does not say which is the payment
    words = [w for w in content_words(item[:lo - begin] + " " + item[hi - begin:])
             if w not in _PAYMENT_WORDS]
    if not words:
        return None
    return " ".join(item.split()).rstrip(". "), " ".join(words)


def _amount_subject(text: str | None, a: Amount) -> tuple[str, str]:
    if text is None:
        return a.provenance.snippet, ""
    paid = _payment_item(text, a)
    if paid is not None:
        return paid
    before, after = clause_around(text, a.provenance.char_start, a.provenance.char_end)
    before = re.sub(r"^[\s\-–—.]+|[\s\-–—]+$", "", before)
    after = re.sub(r"^[\s\-–—.]+|[\s\-–—.]+$", "", after)
    display = " – ".join(p for p in (before, after) if p) or a.text
    return " ".join(display.split()), " ".join(content_words(before + " " + after))


MEETING_BUSINESS_KINDS = frozenset({"minutes", "agenda", "agenda_pack"})
"""Kinds of paper that record one meeting's business. Money first named in this month's minutes
(a payment, a grant) is this month's business, not a change: the annotated minutes pairs
(samples/gold/diffs/) list no sum as added or removed. Successive reports restate their figures,
so there a sum that appears or goes is news (the Cherwell councillor's reports)."""


# A sum printed short, with its magnitude ("£6.9m", "£12m", "£25k"): the digits it shows.
_SHORT_SUM = re.compile(r"(\d[\d,]*(?:\.(\d+))?)\s*(m|bn|k|million|billion)\b", re.I)


def _stated(a: Amount, values: set[Decimal], rounded: bool = False) -> bool:
    """Whether the other paper states the sum `a`: the same value, or, for a sum printed in
    whole pounds, the value in pence it is ("£23,166 removed from list" of a payment of
    £23,165.63). With `rounded`, also a value a sum printed short is the rounding of ("£6.9m" of
    6,873,000). Between two papers a short sum is not its rounding: the blind re-annotation of
    WSX June -> September 2020 lists June's "£12m of funding; £5.1m base funding and £6.9m
    temporary funding" as gone although September's table holds 12,011, 5,138 and 6,873
    (thousand) - the budget as June put it is no longer said."""
    if a.value in values:
        return True
    m = _SHORT_SUM.search(a.text or "")
    if m is None:
        whole = a.value == a.value.to_integral_value() and "." not in (a.text or "")
        return whole and any(abs(v - a.value) * 2 <= 1 for v in values if v)
    if not rounded:
        return False
    scale = {"m": 6, "million": 6, "bn": 9, "billion": 9, "k": 3}[m.group(3).lower()]
    unit = Decimal(10) ** (scale - len(m.group(2) or ""))
    return any(abs(v - a.value) * 2 <= unit for v in values if v)


def _cell_values(result: ExtractionResult) -> set[Decimal]:
    """Every value of the paper's tables, in pounds."""
    return {v for t in result.tables for row in t.rows for v in row.values if v is not None}


def _amount_changes(old: ExtractionResult, new: ExtractionResult, changes: list[Change]) -> None:
    old_text, new_text = paper_text(old), paper_text(new)
    olds = [(a, *_amount_subject(old_text, a)) for a in old.amounts]
    news = [(b, *_amount_subject(new_text, b)) for b in new.amounts]
    used_old: set[int] = set()
    used_new: set[int] = set()
    # Same subject and same value first, so that an unchanged line is not paired with another.
    for b, _, key in news:
        for k, (a, _, okey) in enumerate(olds):
            if k not in used_old and key and a.value == b.value and fuzz.ratio(key, okey) >= 90:
                used_old.add(k)
                used_new.add(id(b))
                break
    for b, subject, key in news:
        if not key:
            continue
        cands = [(fuzz.ratio(key, okey), k) for k, (_, _, okey) in enumerate(olds)
                 if k not in used_old and okey]
        score, k = max(cands, default=(0.0, -1))
        if score < 90 or (len(key.split()) < 2 and score < 100):
            continue  # one word ("total") pairs only when it is the very same word
        a = olds[k][0]
        used_old.add(k)
        used_new.add(id(b))
        if a.value != b.value:
            changes.append(Change(
                kind="amount_changed", subject=subject, old=a.value, new=b.value,
                delta=b.value - a.value, match="exact" if score == 100 else "fuzzy",
                old_provenance=a.provenance, new_provenance=b.provenance))
    # A sum no line of the other paper pairs with, and whose value the other paper never
    # states, is new (or gone). One stated again in other words is the same money reworded.
    # Not where either paper records a meeting's business (MEETING_BUSINESS_KINDS).
    if MEETING_BUSINESS_KINDS & {old.document.kind, new.document.kind}:
        return
    # (a value stated in a table of the other paper is stated there: "County Council agreed
    # £12.011m of funding" in June is September's 12,011 total of planned spend)
    old_values = {a.value for a in old.amounts} | _cell_values(old)
    new_values = {b.value for b in new.amounts} | _cell_values(new)
    rows_old, rows_new = _table_rows(old), _table_rows(new)
    for side, items, used, others in (("new", news, used_new, old_values),
                                      ("old", olds, {id(olds[k][0]) for k in used_old},
                                       new_values)):
        told: dict[Decimal, Change] = {}
        for a, subject, _ in items:
            if id(a) in used or _stated(a, others) or \
                    not _prose_money(a, rows_new if side == "new" else rows_old):
                continue
            if a.value in told:
                # the same sum named again: what this naming says of it joins the subject
                # (June's "£0.595m less than orignally allcoated. The unspent £0.595m was
                # returned to the 2019/20 contingency budget")
                c = told[a.value]
                if subject not in c.subject:
                    c.subject = f"{c.subject}; {subject}"
                continue
            told[a.value] = c = Change(
                kind="amount_added" if side == "new" else "amount_removed", subject=subject,
                delta=a.value if side == "new" else -a.value,
                **{side: a.value, f"{side}_provenance": a.provenance})
            changes.append(c)


def _prose_money(a: Amount, rows: Claims) -> bool:
    """Whether a sum is the prose's own news, to be reported added or removed: not one printed
    inside a line of the paper's own table (a payment's "£23,166 removed from list 09/11/17"
    note in its Details cell: that line is compared as a row). A sum the prose states that its
    own table holds too is still the prose's (WSX September 2020: "The original Children First
    Improvement Plan detailed £12.567m of temporary funding", its table's 12,567; the blind
    re-annotation lists it added, June never stating that sum). One sum named twice in a paper
    is told once (the caller's `told`), with what each naming says of it."""
    return not rows.holds(a.provenance.char_start)


# ---------------------------------------------------------------------------------------------


MONEY_KINDS = ("table_cell", "amount_changed", "amount_added", "amount_removed")


def _sort_key(c: Change) -> tuple:
    money = abs(c.delta) if c.delta is not None and c.kind in MONEY_KINDS else 0
    return (KIND_ORDER.index(c.kind), -money)


def diff_results(old: ExtractionResult, new: ExtractionResult) -> Diff:
    """Every change between two papers, typed, with provenance on both sides."""
    diff = Diff(old=DiffSide(source=old.source, document=old.document),
                new=DiffSide(source=new.source, document=new.document), summary={}, changes=[])
    _table_changes(old, new, diff)
    _appointment_changes(old, new, diff.changes)
    _date_changes(old, new, diff.changes)
    _resolution_changes(old, new, diff.changes)
    _amendment_changes(old, new, diff.changes)
    _amount_changes(old, new, diff.changes)
    diff.changes.sort(key=_sort_key)
    counts = Counter(c.kind for c in diff.changes)
    diff.summary = {k: counts[k] for k in KIND_ORDER if counts[k]}
    return diff
