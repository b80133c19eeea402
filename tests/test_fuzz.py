"""Issue 18: a fuzz suite over the parsers (numbers, money, dates, resolutions) and over extraction
of generated minutes. Hostile or odd text never raises and never loses a paper's records.

The budget is fixed and small here (CI); `make fuzz` runs the same properties with a bigger one
(AGENDAPACK_FUZZ_EXAMPLES)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.amounts import parse_amounts
from extractors.dates import find_date_spans
from extractors.resolutions import find_outcome, parse_list
from extractors.tables.numbers import parse_cell
from pipeline.extract import extract_document
from pipeline.models import Document

EXAMPLES = int(os.environ.get("AGENDAPACK_FUZZ_EXAMPLES", "40"))
"""Examples per parser property: 40 keeps this file under half a minute in CI."""
EXTRACT_EXAMPLES = max(5, EXAMPLES // 4)
"""Whole extractions are ~50x dearer than one parser call: a quarter of the budget."""

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("AGENDAPACK_FUZZ_RANDOM"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like committee papers: their punctuation, currency signs, dashes and bullets,
# plus anything else Unicode has.
PAPER_CHARS = st.sampled_from(list("0123456789£$€,.()-–—%:;/\t\n •o*RESOLVEDresolved kmbn")) | st.characters()
noise = st.text(PAPER_CHARS, max_size=120)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def printed(value: int) -> st.SearchStrategy[str]:
    return st.sampled_from([f"£{value:,}", f"£{value}", f"£{value:,}.00"])


@FUZZ
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["{:,}", "{}", "({:,})", "-{:,}",
                                                                  "£{:,}", "{:,}.00"]))
def test_cell_numbers_read_exactly(n, form):
    cell = parse_cell(form.format(n))
    negative = form.startswith(("(", "-"))
    assert cell.value == (-n if negative and n else n)


@FUZZ
@given(noise)
def test_cells_never_raise(raw):
    cell = parse_cell(raw)
    assert cell.raw == raw
    parse_cell(raw, whole_numbers=True)


@FUZZ
@given(noise, st.integers(min_value=1, max_value=10**9).flatmap(
    lambda n: st.tuples(st.just(n), printed(n))), noise)
def test_amounts_found_exactly_inside_any_text(before, amount, after):
    value, text = amount
    full = f"{before} {text} {after}"
    spans = parse_amounts(full)
    assert all(0 <= a.start < a.end <= len(full) for a in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
    at = len(before) + 1
    here = [a for a in spans if a.start <= at < a.end]
    # the amount is read (its own value, or as part of a larger expression around it)
    assert here, (full, spans)
    if not (before[-1:].strip() or after[:1].strip()) and here[0].start == at:
        assert Decimal(value) in {abs(a.value) for a in here}


@FUZZ
@given(noise, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)), noise)
def test_dates_found_inside_any_text(before, day, after):
    expr = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    full = f"{before}\n{expr}\n{after}"
    spans = list(find_date_spans(full))
    assert all(0 <= s.start < s.end <= len(full) for s in spans)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    at = len(before) + 1
    assert any(s.start <= at < s.end for s in spans), (full, spans)
    exact = [s for s in spans if (s.start, s.end) == (at, at + len(expr))]
    if exact:
        assert exact[0].first == day


@FUZZ
@given(noise, st.sampled_from(["-", "•", "*", "o", "1.", "(a)", "i)", ""]), noise)
def test_resolution_lists_never_raise(lead, marker, body):
    text = f"RESOLVED: {marker} {lead} to approve £5 {body}"
    start = len("RESOLVED:")
    items = parse_list(text, start, len(text))
    assert all(start <= s <= e <= len(text) for _, s, e in items)
    find_outcome(text)


def test_the_fuzzed_index_error_stays_fixed():
    # 3-4 % of fuzzed minutes lost all their resolutions on this (IndexError in parse_list)
    assert [(n, s, e) for n, s, e in parse_list("RESOLVED: - to approve £5", 9, 25)] == [(None, 12, 25)]
    doc = Document.from_text("RESOLVED: - to approve £5")
    result = extract_document(doc)
    assert [i.text for r in result.resolutions for i in r.items] == ["to approve £5"]
    assert not [w for w in result.warnings if w.code == "extractor_error"]


@st.composite
def minutes(draw) -> str:
    """A generated set of minutes: numbered items, RESOLVED lines with lists, money, dates,
    people, with noise in between."""
    lines = [draw(st.sampled_from(["Minutes of the Parish Council meeting",
                                   "MINUTES OF THE FINANCE COMMITTEE"])),
             f"held on {draw(st.integers(1, 28))} {draw(st.sampled_from(MONTHS))} "
             f"{draw(st.integers(2000, 2030))}", ""]
    for n in range(1, draw(st.integers(1, 6)) + 1):
        lines.append(f"{n}. {draw(st.sampled_from(['FINANCE', 'PLANNING', 'APOLOGIES', 'Clerk']))}")
        for _ in range(draw(st.integers(0, 3))):
            marker = draw(st.sampled_from(["-", "•", "(a)", "1.", "i)", ""]))
            money = draw(st.integers(0, 10**7))
            lines.append(draw(st.sampled_from([
                f"RESOLVED: {marker} to approve £{money:,}",
                f"{n}.1 RESOLVED that the Clerk {draw(noise)}",
                f"Councillor {draw(st.sampled_from(['Smith', 'O’Neill', 'de la Cruz']))} was "
                f"appointed as Chair from {draw(st.integers(1, 28))} May {draw(st.integers(2000, 2030))}",
                f"Proposed, seconded and carried {draw(st.integers(0, 12))} votes for, "
                f"{draw(st.integers(0, 12))} against",
                draw(noise)])))
        lines.append("")
    return "\n".join(lines)


@settings(FUZZ, max_examples=EXTRACT_EXAMPLES)
@given(minutes())
def test_extract_generated_minutes(text):
    result = extract_document(Document.from_text(text, path="fuzzed.txt"))
    errors = [w.message for w in result.warnings if w.code == "extractor_error"]
    assert not errors, errors
    n = len(Document.from_text(text).text)
    for kind in ("dates", "amounts", "resolutions", "appointments"):
        for record in getattr(result, kind):
            p = record.provenance
            assert 0 <= p.char_start <= p.char_end <= n, (kind, p)
    # every "RESOLVED: <marker> to approve £N" line is a resolution with that item
    wanted = [ln.split("to approve ", 1)[1] for ln in text.splitlines()
              if ln.startswith("RESOLVED: ") and "to approve £" in ln]
    got = " | ".join(i.text for r in result.resolutions for i in r.items)
    got += " | ".join(r.body or "" for r in result.resolutions)
    for money in wanted:
        assert money in got, (money, text)
