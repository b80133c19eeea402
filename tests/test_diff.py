"""pipeline.diff: matching and changes on real successive papers from samples/."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.diff import diff_results, load_result, render_markdown, summary_line, timeline
from pipeline.diff.context import heading_before
from pipeline.diff.core import _stated, post_key, same_person, same_post
from pipeline.diff.gold import KindScore, _value, found_by, load_gold, recall, score
from pipeline.models import Amount, Change, Diff

from .conftest import ROOT, SAMPLES, extracted

JUNE, SEPT = "wsx-children-first-update-2020-06.txt", "wsx-children-first-progress-2020-09.txt"
GOLD = SAMPLES / "gold" / "diffs"


@pytest.fixture(scope="module")
def wsx() -> Diff:
    return diff_results(extracted(JUNE), extracted(SEPT))


def cell(diff: Diff, row: str, column: str, section: str | None = None):
    found = [c for c in diff.changes if c.kind == "table_cell" and c.subject == row
             and c.column == column and (section is None or c.section == section)]
    assert len(found) == 1, found
    return found[0]


def test_wsx_projected_spend_despite_misprinted_year(wsx):
    # June prints "Projected spend for 2021/22" for the 2020/21 projection.
    c = cell(wsx, "Senior Improvement Leads", "Projected spend for 2020/21")
    assert (c.old, c.new, c.delta) == (Decimal(223000), Decimal(315000), Decimal(92000))
    assert c.note == 'column was "Projected spend for 2021/22"'
    assert c.old_provenance.snippet.startswith("Senior Improvement Leads")
    assert c.new_provenance.snippet.startswith("Senior Improvement Leads")
    assert any("Projected spend for 2021/22\" is read as 2020/21" in n for n in wsx.notes)


def test_wsx_mosaic_and_totals(wsx):
    c = cell(wsx, "Mosaic Improvement", "Projected spend for 2020/21")
    assert (c.old, c.new) == (Decimal(132000), Decimal(150000))
    c = cell(wsx, "Totals", "Projected spend for 2020/21")
    assert (c.old, c.new, c.delta) == (Decimal(12011000), Decimal(10509000), Decimal(-1502000))


def test_wsx_columns_matched_by_measure_and_period(wsx):
    pairs = {(m.old, m.new): m.match for m in wsx.columns}
    assert pairs[("Revised Full Amount Estimated", "Latest Full Amount Estimated")] == "renamed"
    assert pairs[("Planned spending plan for 2020/21", "Planned spend for 2020/21")] == "renamed"
    assert pairs[("Spending Plan for 2021/22", "Planned spend for 2021/22")] == "renamed"
    assert pairs[(None, "Full Amount Estimated")] is None  # reported, not forced
    assert pairs[(None, "Planned spend for 2022/23")] is None


def test_wsx_rows_same_label_kept_apart_by_section(wsx):
    temp = cell(wsx, "Additional Corporate Posts", "Projected spend for 2020/21",
                "Temporary additional capacity (service & corporate); retention offer")
    perm = cell(wsx, "Additional Corporate Posts", "Projected spend for 2020/21",
                "Permanent increase in base budget")
    assert (temp.old, temp.new) == (Decimal(103000), Decimal(56000))
    assert (perm.old, perm.new) == (Decimal(32000), Decimal(0))


def test_wsx_rows_added_moved_and_tables(wsx):
    by_kind = {}
    for c in wsx.changes:
        by_kind.setdefault(c.kind, []).append(c.subject)
    assert "Transfer of work to Customer Services" in by_kind["table_row_added"]
    assert by_kind["table_row_moved"] == ["Estimate for IT Systems improvements"]
    assert len(by_kind["table_added"]) == 1


def test_wsx_four_people_new_in_post(wsx):
    added = [c.subject for c in wsx.changes if c.kind == "appointment_added"]
    assert added == ["Linda Steele", "Daniel Ruaux", "Jenny Boyd", "Darlington Ihenacho"]
    assert [c.subject for c in wsx.changes if c.kind == "appointment_not_mentioned"] == ["Lucy Butler"]
    # Being named is not being appointed: the Commissioner is kept apart.
    assert [c.subject for c in wsx.changes if c.kind == "appointment_mentioned"] == ["John Coughlan"]
    assert "4 people new in post" in summary_line(wsx)
    assert wsx.changes[-1].kind == "appointment_not_mentioned"  # absence last


def test_wsx_markdown_biggest_money_first(wsx):
    md = render_markdown(wsx)
    assert "| Senior Improvement Leads | Temporary investment in targeted improvement | " \
           "Projected spend for 2020/21 | £223,000 | £315,000 | +£92,000 |" in md
    cells = [c for c in wsx.changes if c.kind == "table_cell" and c.delta is not None]
    assert [abs(c.delta) for c in cells] == sorted((abs(c.delta) for c in cells), reverse=True)
    assert md.index("## Table values changed") < md.index("## New in post") < md.index(
        "## No longer mentioned")


def test_stoke_ferry_amounts_dates_people():
    d = diff_results(extracted("stoke-ferry-pc-minutes-2012-11.html"),
                     extracted("stoke-ferry-pc-minutes-2012-12.html"))
    amounts = {c.subject: (c.old, c.new) for c in d.changes if c.kind == "amount_changed"}
    assert amounts["Business Saver Account"] == (Decimal("12364.37"), Decimal("11364.37"))
    assert amounts["Mrs C Hardy – Salary/Expenses - November"] == (Decimal("345.37"),
                                                                   Decimal("364.38"))
    moved = [c for c in d.changes if c.kind == "date_moved" and "next meeting" in c.subject]
    assert [(c.old, c.new, c.delta) for c in moved] == [
        ("Wednesday 19 December 2012 (2012-12-19)", "Wednesday 16 January 2013 (2013-01-16)",
         Decimal(28))]
    added = [c for c in d.changes if c.kind == "appointment_added"]
    assert [(c.subject, c.note) for c in added] == [("Lee McCarthy", "also named in OLD as Vice-Chair")]


def test_name_variants():
    assert same_person("Lucy Butler", "Ms Butler")
    assert same_person("Lee McCarthy", "Cllr L McCarthy")
    assert not same_person("Lucy Butler", "Lee Butler")
    assert not same_person("Lucy Butler", "Lucy Brown")


def _diff_and_recall(path):
    """An annotated change set, the diff of its two papers, and that diff's recall of it."""
    gold = load_gold(path)
    d = diff_results(extracted(gold["old"]), extracted(gold["new"]))
    return gold, d, recall(d, gold)


# Recall on each annotated change set, just under what was measured (found/annotated). The sets
# annotated blind in the second round miss mostly decisions the resolutions extractor does not
# find, people the appointments extractor does not name, and subjects the annotators paraphrased.
RECALL_FLOORS = {
    # re-annotated blind in session 5 (89 changes; the first set listed 45, leaving out value
    # changes of its Latest Full Amount and 2021/22 columns, the new columns and seasonal dates):
    # 71/89, where the first set gave 45/45 at precision 45/78; 84/89 since subtotals are told
    # like lines, a line moved to another table keeps its values compared, and prose sums are
    # read as the set reads them (a short sum is not its rounding between papers); 85/89 with a
    # passive still to come ("will be held ... during the Autumn")
    "wsx-children-first-update-2020-06": 0.95,  # 85/89
    "stoke-ferry-pc-minutes-2012-11": 0.95,  # 21/22 (the CGM quotation is an extractor gap)
    "hertingfordbury-pc-minutes-2016-05-11": 0.78,  # 36/46 (32/46 before session 5; 34/46
    # before the Panshanger Liaison Group's demise ended O'Leary's and Morris's seats)
    "kent-cc-county-council-2025-01-09": 0.91,  # 23/25 (subjects in the annotator's words)
    "milburn-pc-minutes-2018-01-16": 0.99,  # 20/20 (19/20 before a time begun but still ahead)
    "nipissing-minutes-2024-03-05": 0.76,  # 16/21 (15/21 before a clipped sentence was led by
    # its paragraph's first: the Community Outreach Survey)
    "souldern-pc-minutes-2026-01-29": 0.81,  # 9/11 (the schedule's next meeting and May meeting)
    "suffolk-libraries-board-minutes-2015-11-26": 0.96,  # 31/32 (a numbered list of decisions
    # item by item, subjects in the annotator's words; 20/32 before session 5)
    "sutton-coldfield-tc-community-grant-applications-report-2018-03-13": 0.95,  # 48/50 (the
    # minutes' decided column, one decision an application; ward figures told per application;
    # 27/50 before session 5, 0.34 before the table printed in parts)
}


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD.glob("*.json")))
def test_recall_of_annotated_changes(gold_file):
    *_, r = _diff_and_recall(GOLD / gold_file)
    floor = next(v for k, v in RECALL_FLOORS.items() if gold_file.startswith(k))
    assert r.recall >= floor, r.missed


def test_every_annotated_set_has_a_floor():
    for f in GOLD.glob("*.json"):
        assert any(f.name.startswith(k) for k in RECALL_FLOORS), f.name


def _kind_totals(folder: Path) -> dict[str, KindScore]:
    """Per change kind, the scores summed over every annotated set in `folder`."""
    totals: dict[str, KindScore] = {}
    for f in sorted(folder.glob("*.json")):
        gold = load_gold(f)
        for kind, s in score(diff_results(extracted(gold["old"]), extracted(gold["new"])),
                             gold).items():
            totals.setdefault(kind, KindScore(kind)).add(s)
    return totals


def test_precision_per_kind_on_annotated_sets():
    totals = _kind_totals(GOLD)
    # Measured on the 9 sets: no predicted people or moved dates without an annotated change
    # behind them beyond these (each kind's precision, correct/predicted).
    # 8/9 since the membership rules read Kent's "B J Sweetland (Chairman)" in March: the
    # annotators call the returning chairman "mentioned", the diff calls him new in post
    # 8/8 since chairing one meeting is temporary whatever post was read (Sweetland mentioned)
    assert totals["appointment_added"].precision >= 0.99
    assert totals["appointment_changed"].precision == 1.0  # 3/3
    assert totals["appointment_ended"].precision == 1.0  # 4/4 (Matt Hay "had stood down from the
    # Council", 2016-07: the post left is the one the new paper names)
    assert totals["date_moved"].precision == 1.0  # 9/9 (Kent's elections "May 2025" -> "1 May",
    # named "Council elections" where the annotator wrote "County Council": PARAPHRASE_SHARE)
    assert totals["amount_changed"].precision == 1.0  # 7/7
    # 67/79 with issue 14's "is to be" rule: Souldern February's "The Bushcraft Group is to be
    # disbanded" is a decision in that paper's own gold, while the change set names the motion
    # sentence above it instead (was 0.78 on main before this session)
    # 0.88 (67/76) on issue 15's branch with standing decisions; 68/78 once merged with issue 14's
    # fourth pass, whose new decision forms read two more decisions no change set lists
    # 90/93 in session 5 (a grants table's decided column, a numbered list of decisions)
    assert totals["resolution_added"].precision >= 0.96  # 90/93
    assert totals["resolution_removed"].precision >= 0.91  # 32/35
    # 9/13 after issue 13's fifth-session readers (a table of bodies one member a line; "X be
    # replaced by Y on the Z Committee"; the floor was lowered 0.81 -> 0.69); 9/10 since a body
    # the later paper says has ended ends its members' seats (Hertingfordbury's Panshanger
    # Liaison Group: O'Leary and Morris, appointment_ended as the set lists) and a seat given up
    # in the earlier paper is not missed in the later (Stoke Ferry's Ryves). Left: Stoke Ferry
    # November's Nicholas-Letch, appointed to the Cemetery Committee, whom December names in no post.
    assert totals["appointment_not_mentioned"].precision >= 0.89  # 9/10, one change a person
    # Prose money added or removed between minutes is not reported (the sets list none); what
    # is left is the WSX report pair's, whose blind re-annotation lists 7 sums (3 added, 4
    # gone: a short sum is not its rounding between papers, a sum restating its own table is
    # still the prose's; the cap of 2 predicted followed the first set, which listed none)
    assert totals["amount_added"].precision == 1.0  # 3/3
    assert totals["amount_removed"].precision == 1.0  # 4/4
    assert totals["amount_added"].predicted + totals["amount_removed"].predicted <= 7
    assert totals["table_row_added"].precision == 1.0  # 4/4 (2/11 before the parts of a table)
    assert totals["table_row_renamed"].precision >= 0.9  # 9/10
    correct = sum(s.correct for s in totals.values())
    predicted = sum(s.predicted for s in totals.values())
    # 247/298 in session 5; 34 of the 51 others were the WSX pair's, mostly value changes of its
    # Latest Full Amount and 2021/22 columns that its first annotator did not list; with the WSX
    # pair re-annotated blind, 274/297; 274/298 with issue 14e's amendment kinds (Kent January ->
    # March minutes: the two amendments moved in March, which the set, annotated before the kind
    # existed, does not list); 289/310 in session 6 (the WSX set's subtotals, moved line and
    # prose sums; bodies that ended)
    assert correct / predicted >= 0.93  # 289/310 (0.66 at the start of session 4)


def test_sutton_report_to_minutes_no_false_value_changes():
    # The officers' report and the minutes of the same meeting: the only changed amounts are
    # Special Olympics Sutton Coldfield's ward figures (£2,355 -> £2355.50). Wards label the rows
    # of every application, so "Vesey" of one application is never paired with another's.
    d = diff_results(extracted("sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf"),
                     extracted("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf"))
    # Each is told as the application's figure for that ward, under the heading the report
    # prints it under ("All wards": its title, read above the table though the summary table's
    # last cell is printed after it).
    cells = sorted((c.section, c.subject, c.column, c.old, c.new) for c in d.changes
                   if c.kind == "table_cell")
    assert cells == [("All wards", "Special Olympics Sutton Coldfield", f"Amount Requested {ward}",
                      Decimal(2355), Decimal("2355.5"))
                     for ward in ("Four Oaks", "New Hall", "Trinity", "Vesey")]
    assert not [c for c in d.changes if c.kind in ("amount_changed", "table_row_moved")]


def test_schedule_of_meetings_matched_by_value_and_month():
    d = diff_results(extracted("souldern-pc-minutes-2026-01-29.pdf"),
                     extracted("souldern-pc-minutes-2026-02-26.pdf"))
    moved = [(c.subject.split(":")[0], c.old, c.new, c.delta) for c in d.changes
             if c.kind == "date_moved"]
    # The schedule's first date still to come is the next meeting: January's list begins with
    # 26 Feb, February's (written on 26 Feb) with 26 March. Its May meeting moved a week.
    assert moved == [("Next meeting", "26 Feb (2026-02-26)", "26 March (2026-03-26)", Decimal(28)),
                     ("May 2026 meeting", "28 May (2026-05-28)", "20 May (2026-05-20)", Decimal(-8))]
    # The dates both schedules list are the same meetings, not new ones.
    assert [c.new for c in d.changes if c.kind == "date_added"] == [
        "28/29 March (2026-03-28/2026-03-29)"]


def test_past_dates_in_standing_phrases_are_not_slips():
    # "the minutes of the Council Meeting held March 5" / "February 20": the series moving on.
    d = diff_results(extracted("nipissing-minutes-2024-03-05.pdf"),
                     extracted("nipissing-minutes-2024-03-19.pdf"))
    moved = [(c.old, c.new) for c in d.changes if c.kind == "date_moved"]
    assert moved == [("March 19, 2024 (2024-03-19)", "April 2, 2024 (2024-04-02)")]


def test_next_meeting_in_other_words_is_the_same_milestone():
    d = diff_results(extracted("suffolk-libraries-board-minutes-2015-11-26.pdf"),
                     extracted("suffolk-libraries-board-minutes-2016-01-28.pdf"))
    moved = sorted((c.old, c.new) for c in d.changes if c.kind == "date_moved")
    # (and the literacy conference, by the event named before both dates)
    assert moved == [("28th January 2016 (2016-01-28)", "31st March 2016 (2016-03-31)"),
                     ("April 2016 (2016-04-01/2016-04-30)", "May 2016 (2016-05-01/2016-05-31)")]


def test_post_holder_changed_and_retitled_posts():
    d = diff_results(extracted("suffolk-libraries-board-minutes-2015-11-26.pdf"),
                     extracted("suffolk-libraries-board-minutes-2016-01-28.pdf"))
    people = sorted((c.kind, c.subject, c.old, c.new) for c in d.changes
                    if c.kind.startswith("appointment") and c.kind != "appointment_mentioned")
    assert people == [
        ("appointment_added", "Jane Cox", None, "Jane Cox (Project Manager for the South East "
         "Ipswich Literacy Partnership Project)"),
        ("appointment_added", "Peter Baker", None, "Peter Baker (Head of IT)"),
        ("appointment_changed", "Alison Wheeler", "General Manager", "Chief Executive"),
        ("appointment_changed", "Mandy Wilkinson", "Finance Manager", "Head of Finance"),
        ("appointment_changed", "Paula Phelan", "HR Manager", "Head of HR"),
        ("appointment_ended", "James Hargrave", "Head of IT", "Head of IT: Peter Baker"),
    ]


def test_acting_chair_ends_when_the_chair_is_back():
    d = diff_results(extracted("souldern-pc-minutes-2026-01-29.pdf"),
                     extracted("souldern-pc-minutes-2026-02-26.pdf"))
    people = sorted((c.kind, c.subject) for c in d.changes if c.kind.startswith("appointment"))
    # Tracy Sutton (Bridleway Officer of OCC) is named in January only (as the change set says)
    assert people == [("appointment_ended", "Heidi Dennison"),
                      ("appointment_mentioned", "Nick Oakhill"),
                      ("appointment_not_mentioned", "Tracy Sutton")]


def test_variance_follows_the_projection(wsx):
    # A row whose projection changed does not report its variance again.
    c = [c for c in wsx.changes if c.kind == "table_cell" and c.subject == "Senior Improvement Leads"]
    assert "Variation to planned spend 2020/21" not in {x.column for x in c}
    assert "Projected spend for 2020/21" in {x.column for x in c}


def test_money_added_in_the_prose():
    d = diff_results(extracted("cherwell-dc-councillor-report-2026-02-26.pdf"),
                     extracted("cherwell-dc-councillor-report-2026-03-26.pdf"))
    added = {c.new for c in d.changes if c.kind == "amount_added"}
    assert {Decimal(900000), Decimal(500000), Decimal(800000000)} <= added
    assert not [c for c in d.changes if c.kind == "amount_removed"]


def test_columns_added_are_reported(wsx):
    added = [c.subject for c in wsx.changes if c.kind == "column_added"]
    assert added == ["Full Amount Estimated", "Planned spend for 2022/23"]


def test_posts():
    assert same_post("Head of IT", "Head of IT")
    assert same_post("Chairman", "to Chair the meeting")
    assert same_post("Leader of the Green & Independents Group",
                     "Leader of the Green and Independents Group")
    assert not same_post("Head of IT", "Head of Finance")
    assert not same_post("Chairman", "Vice-Chairman")
    assert not same_post("Finance Manager", "Head of Finance")
    assert same_person("Dan Ruaux", "Daniel Ruaux")
    assert not same_person("Al Smith", "Alan Smith")
    # a surname misprinted by a letter, the first name the same in full
    assert same_person("Linda Hasey", "Linda Haysey")
    assert same_person("Ed Vaisay", "Ed Vaisey")
    assert not same_person("L Hasey", "Linda Haysey")
    assert not same_person("John Hall", "John Hill")


_post_words = st.lists(st.sampled_from(["Head", "of", "Finance", "IT", "Chair", "Vice-Chair",
                                        "Manager", "Clerk", "Member", "the", "Board", "HR"]),
                       min_size=1, max_size=5).map(" ".join)


@given(_post_words, _post_words)
def test_same_post_is_symmetric_and_reflexive(a, b):
    assert same_post(a, a) or not post_key(a)[0] and not post_key(a)[1]
    assert same_post(a, b) == same_post(b, a)


def test_diff_schema_round_trip(wsx):
    again = Diff.model_validate_json(wsx.to_json())
    assert again.summary == wsx.summary
    data = json.loads(wsx.to_json())
    assert set(data) >= {"schema_version", "old", "new", "summary", "changes"}
    assert set(data["old"]) == {"source", "document"}
    first = data["changes"][0]
    assert {"kind", "subject", "column", "old", "new", "delta", "match", "old_provenance",
            "new_provenance"} <= set(first)
    assert isinstance(first["old"], int) and isinstance(first["delta"], int)


def test_load_saved_json_and_cli(tmp_path):
    saved = tmp_path / "june.json"
    saved.write_text(extracted(JUNE).to_json(), encoding="utf-8")
    assert load_result(saved) == extracted(JUNE)
    runner = CliRunner()
    out = tmp_path / "d.md"
    res = runner.invoke(app, ["diff", str(saved), str(SAMPLES / SEPT), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "£223,000 | £315,000 | +£92,000" in out.read_text(encoding="utf-8")
    res = runner.invoke(app, ["diff", str(saved), str(ROOT / "pyproject.toml")])
    assert res.exit_code == 2 and "unsupported file type" in res.output
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    res = runner.invoke(app, ["diff", str(tmp_path / "bad.json"), str(saved)])
    assert res.exit_code == 2 and "not a saved extraction result" in res.output


def test_timeline_follows_lines_through_renamed_columns(tmp_path):
    tl = timeline([extracted(SEPT), extracted(JUNE)])  # any order in, date order out
    assert tl.papers == ["2020-06", "2020-09"]
    line = next(ln for ln in tl.lines if ln.row == "Senior Improvement Leads"
                and ln.column == "Projected spend for 2020/21")
    assert line.values == [Decimal(223000), Decimal(315000)]
    res = CliRunner().invoke(app, ["timeline", str(SAMPLES / JUNE), str(SAMPLES / SEPT),
                                   "--csv", str(tmp_path / "t.csv"), "--html", str(tmp_path / "t.html")])
    assert res.exit_code == 0, res.output
    csv_text = (tmp_path / "t.csv").read_text(encoding="utf-8")
    assert "Senior Improvement Leads,Projected spend for 2020/21,223000,315000" in csv_text
    assert (tmp_path / "t.html").read_text(encoding="utf-8").count("<svg") >= 40


def test_csv_and_xlsx_for_spreadsheets(tmp_path):
    from openpyxl import load_workbook
    runner = CliRunner()
    out = tmp_path / "d.xlsx"
    res = runner.invoke(app, ["diff", str(SAMPLES / JUNE), str(SAMPLES / SEPT), "-o", str(out)])
    assert res.exit_code == 0, res.output
    book = load_workbook(out)
    assert book.sheetnames[:3] == ["Summary", "Table values changed", "Table rows added"]
    sheet = book["Table values changed"]
    header = [c.value for c in sheet[1]]
    line = next(r for r in sheet.iter_rows(min_row=2, values_only=True)
                if r[0] == "Senior Improvement Leads" and r[3] == "Projected spend for 2020/21")
    values = dict(zip(header, line, strict=True))
    assert (values["old"], values["new"], values["delta"]) == (223000, 315000, 92000)
    assert values["new_evidence"].startswith("Senior Improvement Leads")
    res = runner.invoke(app, ["diff", str(SAMPLES / JUNE), str(SAMPLES / SEPT), "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0].startswith("kind,subject,table,section,column,old,new,delta")
    assert "table_cell,Senior Improvement Leads," in res.output
    res = runner.invoke(app, ["diff", str(SAMPLES / JUNE), str(SAMPLES / SEPT), "-f", "xlsx"])
    assert res.exit_code == 2 and "needs -o FILE.xlsx" in res.output


def test_scoring_command_per_kind(tmp_path, capsys):
    from pipeline.diff.gold import main
    (tmp_path / "gold" / "diffs").mkdir(parents=True)
    name = "stoke-ferry-pc-minutes-2012-11__stoke-ferry-pc-minutes-2012-12.json"
    (tmp_path / "gold" / "diffs" / name).write_text((GOLD / name).read_text())
    for paper in ("stoke-ferry-pc-minutes-2012-11.html", "stoke-ferry-pc-minutes-2012-12.html"):
        (tmp_path / paper).write_bytes((SAMPLES / paper).read_bytes())
    assert main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "recall 21/22" in out  # (20/22 before the litter pick was led by its heading)
    assert "amount_changed                 7/7     1.00     7/7     1.00" in out


def test_money_new_in_the_minutes_is_the_meetings_business():
    # Milburn January -> March 2018: "Churchyard Donation of £250.00 Councillors resolved to pay"
    # is March's business, not a change; the annotated change set lists no sum added or removed.
    d = diff_results(extracted("milburn-pc-minutes-2018-01-16.pdf"),
                     extracted("milburn-pc-minutes-2018-03-06.pdf"))
    assert not [c for c in d.changes if c.kind in ("amount_added", "amount_removed")]


def test_absence_is_reported_once_a_person():
    # Hertingfordbury's annual meeting (May 2016) re-elects Cllr Simkins Vice-Chairman and gives
    # him three seats (Employment Committee, Crossings and Greens, Neighbourhood Planning);
    # July's minutes name none. (Morris's seats: see the body that ended, below.)
    d = diff_results(extracted("hertingfordbury-pc-minutes-2016-05-11.pdf"),
                     extracted("hertingfordbury-pc-minutes-2016-07-13.pdf"))
    absent = [c for c in d.changes if c.kind == "appointment_not_mentioned"]
    assert len({c.subject for c in absent}) == len(absent)
    simkins = next(c for c in absent if c.subject == "Simkins")
    assert simkins.old == ("Vice-Chairman of the Parish Council; Employment Committee; "
                           "Crossings and Greens; Neighbourhood Planning")


def test_every_boilerplate_and_standing_pattern_reads_its_example():
    from pipeline.diff.core import _BOILERPLATE, _STANDING

    for name, pattern, example in _BOILERPLATE + _STANDING:
        assert pattern.search(example), name


# The second batch of change sets (samples/gold/diffs2/), annotated blind on 2026-12-01 and first
# scored at 956ad25 before any rule was written for them: recall 266/325 = 0.82, precision
# 269/465 = 0.58 (date_added 6/175: the payments lists' date cells read as milestones).
GOLD2 = SAMPLES / "gold" / "diffs2"
RECALL_FLOORS_2 = {
    # 19/20 on issue 15e's branch; 18/20 merged with issue 14e, whose agreed-view rule (dev2's
    # Milburn gold: "agreed the present system ... works well" is no decision) reads February's
    # "It was agreed that the request seemed pre-emptive" as a view, which this set lists as a
    # resolution: the golds disagree, the floor followed the extraction gold (0.94 -> 0.89);
    # 19/20 again since a time still running that a thing "will" happen in is a milestone
    # ("broadband will happen sometime this in 2016")
    "hertingfordbury-pc-minutes-2015-12-09": 0.94,  # 19/20
    # 17/29: the dev and dev2 golds of Nipissing's minutes (blind) say a "Councillor X: Body" line
    # under "Committee Reports:" is who reported, not a membership, and issue 13 now reads them
    # so; this change set (blind too) counts Yemm and Foote reporting on nothing as "not
    # mentioned". The two golds disagree; the floor follows the extraction golds (was 0.62, 18/29).
    # 23/29 with the motions of recitals (WHEREAS ... NOW THEREFORE), a passive deferral and
    # two people appointed in one motion.
    "nipissing-minutes-2023-03-07": 0.79,
    "souldern-pc-expenditure-over-100-2015-16": 0.99,  # 28/28
    "suffolk-libraries-board-minutes-2016-01-28": 0.74,  # 23/31 (15/31 before session 5)
    "sutton-coldfield-tc-payments-over-250-2017-18-q1": 0.99,  # 115/115 (a payment by its
    # details column; 114/115 before a payee's invoices were told apart by their purpose)
    "sutton-coldfield-tc-payments-over-250-2017-18-q2": 0.99,  # 102/102 (text columns)
}


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD2.glob("*.json")))
def test_recall_of_the_second_batch(gold_file):
    gold, d, r = _diff_and_recall(GOLD2 / gold_file)
    floor = next((v for k, v in RECALL_FLOORS_2.items() if gold_file.startswith(k)), None)
    if not gold["changes"]:
        # Cherwell January -> February: the annotator found no change a reader needs; what the
        # diff reports there is all false.
        assert len(d.changes) <= 3, [(c.kind, c.subject) for c in d.changes]
        return
    assert floor is not None, f"{gold_file}: no recall floor"
    assert r.recall >= floor, r.missed


def test_precision_on_the_second_batch():
    totals = _kind_totals(GOLD2)
    correct = sum(s.correct for s in totals.values())
    predicted = sum(s.predicted for s in totals.values())
    assert correct / predicted >= 0.98  # 312/316 (299/312 before session 5)
    assert totals["table_row_added"].precision >= 0.99  # 106/106
    assert totals["table_row_removed"].precision >= 0.99  # 123/124
    assert totals["table_row_renamed"].precision == 1.0  # 5/5
    assert totals["date_moved"].precision == 1.0  # 2/2


# The third batch (samples/gold/diffs3/), annotated blind on 2026-12-02 from dev papers, first
# scored at db5d425 (main) before any rule for it: precision 73/120 = 0.61, recall 71/113 =
# 0.63 (73/119, 71/113 on issue 15g's branch before it was read). Floors just under what the
# rules written for it give; the misses left are mostly decisions and appointments the
# extractors do not read (the Employment Committee, co-options) and subjects in the
# annotators' words.
GOLD3 = SAMPLES / "gold" / "diffs3"
RECALL_FLOORS_3 = {
    "hertingfordbury-pc-minutes-2009-05-13": 0.90,  # 18/20
    "hertingfordbury-pc-minutes-2012-06-13": 0.93,  # 30/32
    "hertingfordbury-pc-minutes-2013-05-08": 0.78,  # 26/33 (the payments schedule, payee by payee)
    "milburn-pc-minutes-2017-01-10": 0.71,  # 15/21 (the schedule's first meeting moved; the
    # dropped kerb's work named by the sentence before)
    "souldern-pc-minutes-2026-02-26": 0.71,  # 5/7 (the new table by its caption)
}


def _assert_recall_floor(folder, floors: dict[str, float], gold_file: str) -> None:
    """The change set's recall is at least the floor of the pair it names."""
    *_, r = _diff_and_recall(folder / gold_file)
    floor = next(v for k, v in floors.items() if gold_file.startswith(k))
    assert r.recall >= floor, r.missed


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD3.glob("*.json")))
def test_recall_of_the_third_batch(gold_file):
    _assert_recall_floor(GOLD3, RECALL_FLOORS_3, gold_file)


def test_precision_on_the_third_batch():
    totals = _kind_totals(GOLD3)
    correct = sum(s.correct for s in totals.values())
    predicted = sum(s.predicted for s in totals.values())
    assert correct / predicted >= 0.98  # 94/95 (77/87 in session 7; 73/119 before any rule)
    assert totals["appointment_not_mentioned"].precision == 1.0  # 13/13 (15/26 before)
    assert totals["amount_changed"].precision == 1.0  # 3/3
    assert "table_cell" not in totals  # the payments schedules are told as amounts


# The fourth batch (samples/gold/diffs4/), annotated blind in the seventh session from dev papers
# (Hertingfordbury month to month), first scored at 7106022 before any rule for it: precision
# 76/98 = 0.78, recall 75/119 = 0.63; 79/99 and 78/119 when issue 15i began. Floors just under
# what the rules give now; the misses left are mostly appointments and decisions the extractors
# do not read (working groups, "represent the council", "point of contact") and the CQ
# (cheque number) columns the tables extractor does not keep.
GOLD4 = SAMPLES / "gold" / "diffs4"
RECALL_FLOORS_4 = {
    "hertingfordbury-pc-minutes-2009-06-10": 0.70,  # 12/17 (Coopers' grass cutting in the prose)
    "hertingfordbury-pc-minutes-2010-11-10": 0.81,  # 9/11 (the same, over a page break)
    "hertingfordbury-pc-minutes-2011-05-11": 0.65,  # 21/32
    "hertingfordbury-pc-minutes-2013-06-12": 0.60,  # 15/25 (Frank Cooper & Sons = Frank Cooper)
    "hertingfordbury-pc-minutes-2014-05-14": 0.79,  # 27/34 (Frank Cooper and Son = Coopers)
}


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD4.glob("*.json")))
def test_recall_of_the_fourth_batch(gold_file):
    _assert_recall_floor(GOLD4, RECALL_FLOORS_4, gold_file)


def test_precision_on_the_fourth_batch():
    totals = _kind_totals(GOLD4)
    correct = sum(s.correct for s in totals.values())
    predicted = sum(s.predicted for s in totals.values())
    # 84/88 on issue 15i's branch (79/99 when it began); 97/103 merged with 13i's working groups
    # (right, by the bracketed remit rule in pipeline/diff/gold.py) and 14i's deferrals and a
    # working party's "Recommendation 1: That ..." in minutes, which dev6's resolutions gold
    # records and this batch's change sets do not list (two annotations disagree; said in the
    # eighth session's note)
    assert correct / predicted >= 0.94
    assert totals["amount_changed"].precision == 1.0  # 8/8
    assert "date_moved" not in totals  # (0/2 when issue 15i began)
    assert "table_row_renamed" not in totals  # a payee written another way is no renaming


# The fifth batch (samples/gold/diffs5/), annotated blind in the eighth session from dev papers,
# first scored at e3c3e80 (main at 1b76fc4 with 15i's payee rules, the same figures as main):
# precision 48/72 = 0.67, recall 47/72 = 0.65. 9 of the false changes left are the Cherwell
# March report's new sums, which the blind set leaves out and test_money_added_in_the_prose
# (the issue) asks for.
GOLD5 = SAMPLES / "gold" / "diffs5"
RECALL_FLOORS_5 = {
    "cherwell-dc-councillor-report-2026-02-26": 0.60,  # 3/5
    "hertingfordbury-pc-agenda-20160210": 0.86,  # 13/15
    "hertingfordbury-pc-minutes-2011-10-12": 0.88,  # 24/27 (the statement by its caption; the
    # GPWP meeting over a page break)
    "souldern-pc-agenda-2026-01-29": 1.0,  # 1/1
    "suffolk-libraries-agm-minutes-2014": 0.37,  # 9/24 (Ed Vaisay = Ed Vaisey)
}


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD5.glob("*.json")))
def test_recall_of_the_fifth_batch(gold_file):
    _assert_recall_floor(GOLD5, RECALL_FLOORS_5, gold_file)


def test_precision_on_the_fifth_batch():
    totals = _kind_totals(GOLD5)
    correct = sum(s.correct for s in totals.values())
    predicted = sum(s.predicted for s in totals.values())
    assert correct / predicted >= 0.76  # 51/66 (48/72 first)


def test_a_payments_lists_date_cells_are_not_milestones():
    # Sutton Coldfield payments over £250, Q2 -> Q3: each payment's "23/10/2017" is the row's,
    # compared with the row; none of them is a new date in the prose.
    d = diff_results(extracted("sutton-coldfield-tc-payments-over-250-2017-18-q2.pdf"),
                     extracted("sutton-coldfield-tc-payments-over-250-2017-18-q3.pdf"))
    assert not [c for c in d.changes if c.kind == "date_added" and "/2017" in (c.new or "")]


def test_decisions_are_told_apart_by_the_heading_they_were_made_under():
    # Suffolk Libraries, January -> March 2016: "The Board were in agreement and the policy was
    # adopted." is printed under each of March's policies; each is its own decision, named by
    # its heading, and none of them is January's "The Board were in agreement with these
    # changes." (the management structure).
    d = diff_results(extracted("suffolk-libraries-board-minutes-2016-01-28.pdf"),
                     extracted("suffolk-libraries-board-minutes-2016-03-31.pdf"))
    added = [c.subject for c in d.changes if c.kind == "resolution_added"]
    assert "Environmental Policy: The Board were in agreement and the policy was adopted." in added
    assert "Board Code of Conduct: The Board were in agreement and the policy was adopted." in added
    removed = [c.subject for c in d.changes if c.kind == "resolution_removed"]
    # (named by the labelled point it closes: "o Change to the management structure – ...")
    assert "Change to the management structure: The Board were in agreement with these changes." \
        in removed
    # January's "4. Decisions" lists five, each a decision of its own, none minuted in March
    for heading in ("Governance Committee Terms of Reference", "Driving at Work Policy",
                    "Salary Sacrifice Scheme", "Proposed Glemsford Library closure for redecoration"):
        assert sum(s.startswith(f"Decisions: {heading} ") for s in removed) == 1, heading
    # "10. Date of next meeting:" heads its date: the meeting moved, it is not a new date.
    assert [(c.old, c.new) for c in d.changes if c.kind == "date_moved"] == [
        ("31st March 2016 (2016-03-31)", "26th May 2016 (2016-05-26)")]


def test_payments_to_one_payee_are_told_apart_by_date_and_purpose():
    # Sutton Coldfield payments Q2 -> Q3: no payment of Q2 recurs in Q3, so no value changed;
    # Thomas Fattorini Ltd's regalia and pendants are one payment gone and one new.
    d = diff_results(extracted("sutton-coldfield-tc-payments-over-250-2017-18-q2.pdf"),
                     extracted("sutton-coldfield-tc-payments-over-250-2017-18-q3.pdf"))
    assert not [c for c in d.changes if c.kind in ("table_cell", "table_row_moved")]
    rows = sorted((c.kind, c.subject) for c in d.changes if "Fattorini" in c.subject)
    assert rows == [("table_row_added", "Thomas Fattorini Ltd: Past Mayor Pendants"),
                    ("table_row_removed", "Thomas Fattorini Ltd: Deputy Mayor Regalia")]


def test_repeated_lines_pair_once_their_twin_is_found():
    # Souldern expenditure 2015-16 -> 2016-17: two "post office rent (6 months)" lines of £125;
    # one is 2015-16's £125 line, so the other is its "3125" line (a value change); the OALC
    # payment of £133.07 is the same payee's line relabelled.
    d = diff_results(extracted("souldern-pc-expenditure-over-100-2015-16.pdf"),
                     extracted("souldern-pc-expenditure-over-100-2016-17.pdf"))
    cells = {(c.subject, c.old, c.new) for c in d.changes if c.kind == "table_cell"}
    assert ("Souldern village Hall post office rent (6 months)", Decimal(3125), Decimal(125)) \
        in cells
    renamed = {(c.old, c.new) for c in d.changes if c.kind == "table_row_renamed"}
    assert {("OALC subscriptions", "OALC insurance"), ("CDC Dog Bins", "Dog Bin emptying CDC")} \
        <= renamed
    assert not [c for c in d.changes if c.kind in ("table_row_added", "table_row_removed")
                and "OALC" in c.subject]


def test_a_reworded_section_heading_is_one_rename():
    # Sutton Coldfield grants, report -> minutes: "Home – Start Birmingham North West" is
    # "Home Start Birmingham"; its ward lines are the same lines, not added and removed.
    d = diff_results(
        extracted("sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf"),
        extracted("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf"))
    assert ("Home – Start Birmingham North West", "Home Start Birmingham") in {
        (c.old, c.new) for c in d.changes if c.kind == "table_row_renamed"}
    assert not [c for c in d.changes if c.kind in ("table_row_added", "table_row_removed")
                and "Home" in (c.section or "")]


def test_heading_before():
    text = ("4.\tDecisions\n\n1. Finance Regulations (incl. Public Procurement Regulations "
            "Update)\n\nThe Finance Regulations were reviewed.\n\nThe Board were in agreement "
            "and this policy was adopted.\n\n10.\tDate of next meeting:\n\n26th May 2016, Bury "
            "Library\n")
    at = text.index("The Board")
    assert heading_before(text, at) == "Finance Regulations (incl. Public Procurement " \
        "Regulations Update)"
    at = text.index("26th May")
    assert heading_before(text, at, colon=True) == "Date of next meeting"
    assert heading_before(text, at) == "Finance Regulations (incl. Public Procurement " \
        "Regulations Update)"  # without colon, "Date of next meeting:" is a lead-in
    assert heading_before("no heading here", 5) is None


@given(st.text(alphabet="ab A1.\n\t:", max_size=200), st.integers(0, 200))
def test_heading_before_is_a_line_of_the_text_before_the_span(text, at):
    at = min(at, len(text))
    for colon in (False, True):
        h = heading_before(text, at, colon=colon)
        assert h is None or (h and " ".join(h.split()) in " ".join(text[:at].split()))


def test_a_date_value_in_the_annotators_wider_words_is_found():
    assert _value("31st March 2016, Eye Town Hall", "31st March 2016 (2016-03-31)")
    assert _value("before the end of March", "the end of March (2016-03-21/2016-03-31)")
    assert not _value("31st March 2016", "30th March 2016 (2016-03-30)")
    assert not _value("March 2016", "a note")


def test_a_subject_in_the_annotators_own_words_is_found_by_its_value_and_words():
    # samples/gold/diffs2/suffolk-libraries-board-minutes-2016-01-28__...-2016-03-31.json names
    # "Bookfest 2016 festival" what the paper's sentence about "the festival" dates
    said = ("Work is now underway with local library managers and staff to put together an "
            "exciting, attractive programme of events for the festival which will take place "
            "between 21st and 30th October 2016.")
    dated = Change(kind="date_added", subject=said,
                   new="21st and 30th October 2016 (2016-10-21/2016-10-30)")
    gold = {"kind": "date_added", "subject": "Bookfest 2016 festival",
            "new": "between 21st and 30th October 2016"}
    assert found_by(gold, dated)
    # the value must agree, and without one the subject must be a phrase of the predicted one
    assert not found_by({**gold, "new": "May"}, dated)
    assert not found_by({"kind": "date_added", "subject": "Bookfest 2016 festival"}, dated)
    # a third of the words is another change ("LBaRT relocation to Lowestoft" against "the
    # relocation will take place in May" is not enough)
    relocation = Change(kind="date_added", subject="This is on schedule and the relocation will "
                        "take place in May.", new="May (2016-05-01/2016-05-31)")
    assert not found_by({"kind": "date_added", "subject": "LBaRT relocation to Lowestoft",
                         "new": "May"}, relocation)


def test_a_sum_the_other_paper_tabulates_is_not_gone_but_its_rounding_is(wsx):
    # June's prose "County Council agreed £12.011m of funding" and "£6.790m" are September's
    # table figures (12,011; 6,790 thousand): not gone. June's "The 2020/21 budget provided £12m
    # of funding; £5.1m base funding and £6.9m temporary funding" is said nowhere in September,
    # whose table holds 12,011, 5,138 and 6,873: gone, as the blind re-annotation lists them.
    removed = {c.old: c.subject for c in wsx.changes if c.kind == "amount_removed"}
    assert not set(removed) & {Decimal(12011000), Decimal(6790000), Decimal(6873000)}
    assert set(removed) == {Decimal(12000000), Decimal(5100000), Decimal(6900000),
                            Decimal(595000)}
    assert removed[Decimal(5100000)] == "base funding"


def _amount(text: str, value: Decimal) -> Amount:
    return Amount.model_construct(text=text, value=value, currency="GBP", provenance=None)


def test_stated():
    # between two papers a short sum is not its rounding (the WSX set's blind re-annotation)
    assert not _stated(_amount("£6.9m", Decimal(6900000)), {Decimal(6873000)})
    assert _stated(_amount("£6.9m", Decimal(6900000)), {Decimal(6873000)}, rounded=True)
    assert _stated(_amount("£12m", Decimal(12000000)), {Decimal(12011000)}, rounded=True)
    assert not _stated(_amount("£6.9m", Decimal(6900000)), {Decimal(6800000)}, rounded=True)
    assert _stated(_amount("£23,166", Decimal(23166)), {Decimal("23165.63")})
    assert not _stated(_amount("£595,000", Decimal(595000)), {Decimal(594000)})
    assert _stated(_amount("£595,000", Decimal(595000)), {Decimal(595000)})


@given(st.integers(1, 10**10), st.integers(0, 2))
def test_a_short_sum_is_stated_by_any_value_it_rounds(value, places):
    shown = round(Decimal(value) / Decimal(10**6), places)
    text = f"£{shown}m"
    assert _stated(_amount(text, shown * 10**6), {Decimal(value)}, rounded=True)


def test_a_table_printed_in_parts_is_one_table():
    # Sutton Coldfield, report -> minutes of the same meeting: the report prints the grant
    # applications for all wards, then one table a ward ("Four Oaks Ward", "Trinity Ward",
    # "Vesey Ward") under the same "Amount Requested" header; the minutes print them in one
    # table. No table is gone, and each application printed in other words is renamed once.
    d = diff_results(extracted("sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf"),
                     extracted("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf"))
    assert [c.subject for c in d.changes if c.kind == "table_removed"] == ["Summary Table"]
    renamed = sorted((c.old, c.new) for c in d.changes if c.kind == "table_row_renamed")
    assert ("St Peter’s Church", "St Peters Church – Maney") in renamed  # one line, same £600
    assert ("YMCA", "YMCA (Falcon Lodge)") in renamed
    assert ("Banners Gate Counselling Centre", "Banners Gate Counselling Service") in renamed
    assert len(renamed) == 9, renamed
    # "Trinity Ward" and "Trinity" are one ward; "Ward" alone under Friends of Mossy Bank is its
    # one line: no rename of a ward, no line added or gone but the two new applications, each
    # told once by its heading.
    assert not [c for c in d.changes if c.kind == "table_row_renamed" and "Ward" in c.subject]
    assert sorted(c.subject for c in d.changes if c.kind == "table_row_added") == [
        "FOLIO", "Whitehouse Common School"]
    assert not [c for c in d.changes if c.kind == "table_row_removed"]
    # The report's Status column is gone and the minutes' Recommendation column is new.
    assert sorted((c.kind, c.subject) for c in d.changes if c.kind.startswith("column_")) == [
        ("column_added", "Recommendation"), ("column_removed", "Status")]
    # "One advice session per month (excluding August)": August is left out, no milestone.
    assert not [c for c in d.changes if c.kind == "date_added" and "excluding" in c.subject]


def test_label_key_and_reworded_sections():
    from pipeline.diff.tables import label_key, label_similarity

    assert label_key("Trinity Ward") == label_key("Trinity") == "trinity"
    assert label_key("Ward") == "ward"  # a label that is only the kind of area keeps it
    assert label_similarity("Vesey Ward", "Vesey") == 100
    assert label_similarity("Vesey Ward", "Ward") < 85


def test_columns_of_words_or_dates():
    # Sutton Coldfield payments over £250, Q2 -> Q3: the invoice date column became a document
    # date and a paid date ("a new 'Paid Date' column is not reported", issue 15).
    d = diff_results(extracted("sutton-coldfield-tc-payments-over-250-2017-18-q2.pdf"),
                     extracted("sutton-coldfield-tc-payments-over-250-2017-18-q3.pdf"))
    assert sorted((c.kind, c.subject) for c in d.changes if c.kind.startswith("column_")) == [
        ("column_added", "Doc Date"), ("column_added", "Paid Date"), ("column_removed", "Inv Date")]


def test_prose_money_that_restates_its_own_table_or_a_line():
    # WSX September: "The original Children First Improvement Plan detailed £12.567m of
    # temporary funding" is its own table's 12,567 and "£0.360m of additional permanent funding"
    # its 360, but June states neither: the prose's news (the blind re-annotation lists both
    # added). June's "£0.595m" twice is one sum gone, told once with what each naming says.
    d = diff_results(extracted(JUNE), extracted(SEPT))
    added = {c.new: c.subject for c in d.changes if c.kind == "amount_added"}
    assert set(added) == {Decimal(12567000), Decimal(3497000), Decimal(360000)}
    # the words between two sums are the first's when the second has words of its own
    assert added[Decimal(3497000)] == ("The latest Improvement Plan shows a further – "
                                       "of additional temporary")
    gone = [c for c in d.changes if c.kind == "amount_removed" and c.old == Decimal(595000)]
    assert [c.subject for c in gone] == [
        "less than orignally allcoated; was returned to the 2019/20 contingency budget"]
    # Sutton Coldfield payments Q1: "£23,166 removed from list 09/11/17" is a note inside a
    # payment's line (the line is compared as a row), and the rounding of Q2's £23,165.63.
    d = diff_results(extracted("sutton-coldfield-tc-payments-over-250-2017-18-q1.pdf"),
                     extracted("sutton-coldfield-tc-payments-over-250-2017-18-q2.pdf"))
    assert not [c for c in d.changes if c.kind in ("amount_added", "amount_removed")]


def test_a_sums_clause_reaches_back_past_a_lead_in():
    from pipeline.diff.context import clause_around

    text = "That the statement of accounts dated: March 2 and 6, 2023; totaling $102,620.31 be approved."
    at = text.index("$")
    before, after = clause_around(text, at, at + len("$102,620.31"))
    assert "statement of accounts" in before and after.startswith(" be approved")


def test_chairing_one_meeting_and_posts_held_before():
    # Kent County Council, January -> March 2025: Mr G Cooke was elected to chair January's
    # meeting only, so March's "Mr B J Sweetland (Chairman)" is the chairman named again, not
    # new in post; "Mr Balfour served as Cabinet Member ..." (a tribute) names a post held
    # before, nobody's post now.
    d = diff_results(extracted("kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf"),
                     extracted("kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf"))
    kinds = {c.subject: c.kind for c in d.changes if c.kind.startswith("appointment")}
    assert kinds["B J Sweetland"] == "appointment_mentioned"
    assert kinds["G Cooke"] == "appointment_ended"
    assert "Balfour" not in kinds and "Spence" not in kinds


def test_standing_decisions_are_taken_again():
    # Souldern, January -> February 2026: the last minutes approved and "The following accounts
    # were approved for payment" recur, under whatever heading was read before them.
    d = diff_results(extracted("souldern-pc-minutes-2026-01-29.pdf"),
                     extracted("souldern-pc-minutes-2026-02-26.pdf"))
    decisions = [c.subject for c in d.changes if c.kind.startswith("resolution_")]
    assert not [s for s in decisions if "approved for payment" in s or "true record" in s], decisions
    # Stoke Ferry, November -> December 2012: one payment's approval ("Cllr McCarthy proposed
    # approval for payment seconded by Cllr Bivon", headed by the payment's line) each month.
    d = diff_results(extracted("stoke-ferry-pc-minutes-2012-11.html"),
                     extracted("stoke-ferry-pc-minutes-2012-12.html"))
    assert not [c for c in d.changes if c.kind.startswith("resolution_")
                and "approval for payment" in c.subject]


def test_every_rule_table_reads_its_example():
    from pipeline.diff.core import _EXCLUDING, _FORMER_POSTS, _STANDING_DECISIONS

    for name, pattern, example in _EXCLUDING:
        assert pattern.search(example[:example.index("August")]), name
    for name, pattern, example in _FORMER_POSTS + _STANDING_DECISIONS:
        assert pattern.search(example), name
    from pipeline.diff.core import _PLANNING_RESPONSES, _PROCEDURAL, _planning_response

    for name, pattern, example in _PLANNING_RESPONSES + _PROCEDURAL:
        assert pattern.search(example), name
    # a decision that names a sum or a minute is not a planning reference, nor a procedure
    assert not _planning_response("RESOLVED that 3 quotations be obtained for the play area")
    assert not _planning_response("RESOLVED that item 7 of the risk register be amended")
    # a decision that speaks of planning is not a planning response (Hertingfordbury 2016)
    assert not _planning_response("It was agreed that a meeting would take place prior to the "
                                  "resumption of the planning enquiry")
    assert not _planning_response("It was agreed that heritage planning (for protection and "
                                  "restoration) of the park has been weak")
    # The minutes' heading numbered with a doubled dot heads its item.
    text = "x\n\n01.26..03\tTo receive the minutes of the last parish council meeting\nThe minutes of"
    assert heading_before(text, text.index("The minutes")) == \
        "To receive the minutes of the last parish council meeting"


def test_a_subtotal_is_a_figure_like_its_lines(wsx):
    # WSX June -> September 2020: the blind re-annotation lists the unnamed subtotal of
    # "Permanent increase in base budget" (4,625 -> 4,217 projected) with its lines' changes
    # (the first set, which left subtotals out, was replaced); the named totals stay too.
    sub = cell(wsx, "Subtotal: Permanent increase in base budget", "Projected spend for 2020/21")
    assert (sub.old, sub.new) == (Decimal(4625000), Decimal(4217000))
    assert cell(wsx, "Permanent funding requirement", "Projected spend for 2020/21").new == \
        Decimal(4217000)


def test_a_line_moved_to_another_table_keeps_its_values_compared(wsx):
    # WSX June -> September 2020: "Estimate for IT Systems improvements", nil in June's resource
    # plan, moved to September's MTFS pressures table, 750 under "Planned spend for 2021/22"
    # (June's "Spending Plan for 2021/22": same measure and period). Its "Additional Allocation
    # Estimated" has no June column of that measure, so it is not compared.
    it = [c for c in wsx.changes if c.kind == "table_cell"
          and c.subject == "Estimate for IT Systems improvements"]
    assert [(c.column, c.old, c.new, c.section) for c in it] == [
        ("Planned spend for 2021/22", Decimal(0), Decimal(750000), "Temporary")]


def test_a_date_told_in_the_past_by_the_verb_after_it():
    from pipeline.diff.core import _PAST_AFTER

    assert _PAST_AFTER.match(" has confirmed that the scope of the Trust")  # WSX September 2020
    assert _PAST_AFTER.match(" took place at the Town Hall")
    assert not _PAST_AFTER.match(" has been arranged at the Town Hall")
    assert not _PAST_AFTER.match(" was agreed by all present")
    assert not _PAST_AFTER.match(" to finalise the service redesign")


def test_a_passive_still_to_come_is_not_the_past(wsx):
    # WSX September 2020: "further dialogue will be held with staff, partners and other
    # stakeholders during the Autumn" - "held" is a passive after "will be", not a past tense.
    assert [c.new for c in wsx.changes if c.kind == "date_added"
            and "further dialogue" in c.subject] == ["Autumn (2020-09-01/2020-11-30)"]


def test_an_event_named_before_both_dates_is_one_milestone():
    # Suffolk Libraries, November 2015 -> January 2016: "planning underway for a literacy
    # conference in April 2016" -> "there will be a Literacy Conference taking place in May
    # 2016": the sentences share little else, the event named before each date is the same.
    d = diff_results(extracted("suffolk-libraries-board-minutes-2015-11-26.pdf"),
                     extracted("suffolk-libraries-board-minutes-2016-01-28.pdf"))
    assert ("April 2016 (2016-04-01/2016-04-30)", "May 2016 (2016-05-01/2016-05-31)") in [
        (c.old, c.new) for c in d.changes if c.kind == "date_moved"]
    from pipeline.diff.core import _event
    from pipeline.models import DateMention

    def event(text, date):
        at = text.index(date)
        return _event(text, DateMention.model_construct(provenance=type("P", (), {
            "char_start": at, "char_end": at + len(date)})()))

    assert event("the Council elections due in May 2025.", "May 2025") == ("council", "elections")
    assert event("ahead of the Council elections on 1 May.", "1 May") == ("council", "elections")
    assert event("at the Council meeting on 16 April.", "16 April") is None  # names no one event


@given(st.text(alphabet="abc Ward,;:£1.", max_size=40), st.text(alphabet="abc Ward,;:£1.", max_size=40))
def test_label_similarity_is_symmetric_and_keys_are_stable(a, b):
    from pipeline.diff.tables import label_key, label_similarity

    assert label_similarity(a, b) == label_similarity(b, a)
    assert label_key(label_key(a)) == label_key(a)


@given(st.text(alphabet="ab ;:,.\n", max_size=30), st.text(alphabet="ab ;:,.\n", max_size=30))
def test_a_sums_clause_is_words_of_its_own_line(before, after):
    from pipeline.diff.context import clause_around

    text = before + "£5" + after
    got_before, got_after = clause_around(text, len(before), len(before) + 2)
    line = text.split("\n")[before.count("\n")]
    assert got_before in line and got_after in line


def test_a_word_processors_o_bullets_end_sentences():
    from pipeline.diff.context import sentence_around

    text = ("o The staff sickness absence rate has decreased compared to the same period in "
            "2014. o There is planning underway for a literacy conference in April 2016. o Next")
    at = text.index("April 2016")
    sentence, _ = sentence_around(text, at, at + 10)
    assert sentence == "There is planning underway for a literacy conference in April 2016."


def test_a_date_for_something_named_by_a_pronoun_is_led_by_its_heading():
    # stoke-ferry-pc-minutes-2012-12.html: "Litter Pick Event: / Cllr Bivon asked if the PC
    # wished to organise a litter pick event - everyone was in agreement. Cllr Nicholas-Letch
    # suggested that the Cemetery/Open Space Committee should organise this for a date to be
    # decided in the Spring."
    d = diff_results(extracted("stoke-ferry-pc-minutes-2012-11.html"),
                     extracted("stoke-ferry-pc-minutes-2012-12.html"))
    spring = [c.subject for c in d.changes if c.kind == "date_added" and "Spring" in (c.new or "")]
    assert spring == ["Litter Pick Event: Cllr Nicholas-Letch suggested that the Cemetery/Open "
                      "Space Committee should organise this for a date to be decided in the Spring."]


KENT_JAN = "kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf"
KENT_JAN_IN_FEB_PACK = "kent-cc-county-council-2025-02-13-9-january-2025-county-council-minutes.pdf"


def test_amendments_and_outcomes_that_changed_are_changes():
    # the minutes of 9 January 2025 as printed (dev) and as reprinted in the February agenda
    # pack (dev3): the same five amendments and outcomes, so none of these kinds
    printed, reprinted = extracted(KENT_JAN), extracted(KENT_JAN_IN_FEB_PACK)
    kinds = {"amendment_added", "amendment_removed", "outcome_changed"}
    assert [c for c in diff_results(printed, reprinted).changes if c.kind in kinds] == []
    # a later version of the same minutes without Mr Hood's amendment and another vote on 285
    later = printed.model_copy(deep=True)
    hood = next(a for a in later.amendments if a.moved_by == "Mr Hood")
    later.amendments.remove(hood)
    (substantive,) = [r for r in later.resolutions if r.ref == "285"]
    substantive.outcome = substantive.outcome.model_copy(update={"votes_for": 40})
    changes = [c for c in diff_results(printed, later).changes if c.kind in kinds]
    assert [(c.kind, c.old, c.new) for c in changes] == [
        ("outcome_changed", "carried; For 39, Against 19, Abstain 1", "carried; For 40, Against 19, Abstain 1"),
        ("amendment_removed", "285", None)]
    assert "RESOLVED that the County Council: (1) Endorses" in changes[0].subject
    assert changes[1].subject.startswith("Amendment (moved by Mr Hood, seconded by Mr Baldock): ")
    # the next meeting's minutes: its amendments are new; January's are not expected again
    march = extracted("kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf")
    moved = [(c.kind, c.subject[:44]) for c in diff_results(printed, march).changes if c.kind in kinds]
    assert moved == [("amendment_added", "Amendment (moved by Mr Holden, seconded by M"),
                     ("amendment_added", "Amendment (moved by Mr Watkins, seconded by ")]


def test_a_body_said_to_have_ended_ends_its_members_seats():
    # Hertingfordbury PC, May -> July 2016: O'Leary and Morris were nominated to the Panshanger
    # Liaison Group in May; July tells "the demise of the Panshanger Liaison Group". Their seat
    # on it ended (the change set lists both); their other seats, named at the annual meeting
    # only, are not told person by person again.
    from pipeline.diff.core import _BODY_ENDED, _body_ended

    for name, _, example in _BODY_ENDED:
        assert _body_ended("Panshanger Liaison Group", example), name
    assert _body_ended("Panshanger Liaison Group", "The Panshanger Park draft plan.") is None
    d = diff_results(extracted("hertingfordbury-pc-minutes-2016-05-11.pdf"),
                     extracted("hertingfordbury-pc-minutes-2016-07-13.pdf"))
    ended = {c.subject: c.old for c in d.changes if c.kind == "appointment_ended"}
    assert ended["O’Leary"] == ended["Morris"] == "Panshanger Liaison Group"
    absent = {c.subject for c in d.changes if c.kind == "appointment_not_mentioned"}
    assert not absent & {"O’Leary", "Morris"}


def test_a_seat_given_up_in_the_earlier_paper_is_not_missed_in_the_later():
    # Stoke Ferry PC, November -> December 2012: "Cllr Ryves be replaced by Cllr Nicholas-Letch
    # on the Cemetery Committee" (November) told Ryves's departure; December not naming him on
    # it is no further change.
    d = diff_results(extracted("stoke-ferry-pc-minutes-2012-11.html"),
                     extracted("stoke-ferry-pc-minutes-2012-12.html"))
    assert "Ryves" not in {c.subject for c in d.changes if c.kind == "appointment_not_mentioned"}


def test_a_time_still_running_that_a_thing_will_happen_in_is_a_milestone():
    # Hertingfordbury PC, December 2015 -> February 2016: "she understands that the
    # installation of high speed broadband will happen sometime this in 2016" - 2016 began
    # before February's meeting, but the installation is still to come in it.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2015-12-09.pdf"),
                     extracted("hertingfordbury-pc-minutes-2016-02-10.pdf"))
    added = [c for c in d.changes if c.kind == "date_added" and "broadband" in c.subject]
    assert [c.new for c in added] == ["2016 (2016-01-01/2016-12-31)"]
    from pipeline.diff.core import _FUTURE_BEFORE

    assert not _FUTURE_BEFORE.search("the report was received and noted in")


def test_two_lines_run_together_in_print_are_neither_renamed_nor_gone(wsx):
    # WSX September 2020's OCR'd table prints June's "Complaints Officer" and "Neglect Strategy
    # work" as one line "Complaints Officer Neglect Strategy work"; its values carry Neglect
    # Strategy work's (actual 78). No renaming and no line gone; Neglect's changes are its own.
    assert not [c for c in wsx.changes if c.kind in ("table_row_renamed", "table_row_removed")
                and "Complaints Officer" in c.subject]
    latest = cell(wsx, "Neglect Strategy work", "Latest Full Amount Estimated")
    assert (latest.old, latest.new) == (Decimal(112000), Decimal(155000))
    assert any("run together" in n for n in wsx.notes)


def test_a_ghost_of_the_line_above_where_the_subtotal_fails_is_no_change(wsx):
    # WSX September 2020: "Casework Audits" prints 155 (Latest) and 78 (Actual), the figures
    # of the line above, where June had nil, and the section's subtotals of those columns do
    # not add up: a misprint by the paper's own sums (the blind re-annotation: "ghosts of the
    # Neglect row"), noted, not a change. Improvement Leads' 397 -> 610 in the same failing
    # column, no copy of the line above, stays.
    assert not [c for c in wsx.changes if c.kind == "table_cell" and c.subject == "Casework Audits"]
    assert any("Casework Audits" in n and "line above" in n for n in wsx.notes)
    leads = cell(wsx, "Improvement Leads", "Latest Full Amount Estimated")
    assert (leads.old, leads.new) == (Decimal(397000), Decimal(610000))


def test_an_empty_column_is_not_a_column_gone():
    # Souldern PC, January -> February 2026: January's "Paid by standing order" prints a
    # "Comments" header over its two lines, neither with a comment; February's drops the header.
    # The table is the same (the change set: "identical"). Sutton payments Q2 -> Q3's date
    # columns, filled on every line, are still told (test_columns_of_words_or_dates).
    d = diff_results(extracted("souldern-pc-minutes-2026-01-29.pdf"),
                     extracted("souldern-pc-minutes-2026-02-26.pdf"))
    assert not [c for c in d.changes if c.kind.startswith("column_")]


def test_a_clipped_sentence_is_led_by_its_paragraphs_first():
    # Nipissing, March 5 -> 19, 2024: "B. A Community Outreach Survey be circulated via
    # electronic and paper methods, ... To be circulated after approval on March 19, 2024 until
    # June 14, 2024." The dated sentence names no subject; its paragraph's first one does.
    d = diff_results(extracted("nipissing-minutes-2024-03-05.pdf"),
                     extracted("nipissing-minutes-2024-03-19.pdf"))
    survey = [c.subject for c in d.changes if c.kind == "date_added" and "circulated" in c.subject]
    assert survey == ["A Community Outreach Survey be circulated via electronic and paper methods, "
                      "made available from the Township Office or… To be circulated after approval "
                      "on March 19, 2024 until June 14, 2024."]


def test_a_payees_invoices_are_told_apart_by_what_they_were_for():
    # Sutton Coldfield payments Q1 -> Q2 2017-18: JA Productions has three lines in each quarter;
    # "25% delivery of CBSO Concert" is one line of £23,166 in Q1 and two alike lines of
    # £23,165.63 in Q2. The purpose tells it from the payee's other invoices, and the two alike
    # Q2 lines leave no doubt which is which: one is Q1's (the change set lists its printed
    # value changing from whole pounds to pence), the other is added. No other value changes.
    d = diff_results(extracted("sutton-coldfield-tc-payments-over-250-2017-18-q1.pdf"),
                     extracted("sutton-coldfield-tc-payments-over-250-2017-18-q2.pdf"))
    assert [(c.subject, c.old, c.new) for c in d.changes if c.kind == "table_cell"] == [
        ("JA Productions: 25% delivery of CBSO Concert", Decimal(23166), Decimal("23165.63"))]
    assert [c.subject for c in d.changes if c.kind == "table_row_added"
            and c.subject.startswith("JA Productions: 25%")] == [
        "JA Productions: 25% delivery of CBSO Concert"]


def test_a_time_named_again_in_one_paragraph_is_one_milestone():
    # Milburn PC, January -> March 2018: "... repair the various corners of the green in the
    # spring, the cones will hopefully protect the corners ... so that again in Spring, the
    # potholes will be filled." Spring had begun by 6th March but the work is still to come
    # ("will" in the clause the time opens); named twice in one paragraph, it is told once.
    d = diff_results(extracted("milburn-pc-minutes-2018-01-16.pdf"),
                     extracted("milburn-pc-minutes-2018-03-06.pdf"))
    spring = [c for c in d.changes if c.kind == "date_added" and "2018-03-01/2018-05-31" in c.new]
    assert len(spring) == 1 and "the potholes will be filled" in spring[0].subject
    from pipeline.diff.core import _paragraph_start

    text = "11. The next stage:\n- Ongoing focus in the Autumn.\n- Dialogue during the Autumn."
    assert _paragraph_start(text, text.index("during")) == text.index("\n- Dialogue")


def test_a_post_still_named_or_held_for_one_meeting_is_not_missed():
    from pipeline.diff.core import _FORMER_POSTS, _still_named
    from pipeline.models import Appointment

    def held(person, role):
        return Appointment.model_construct(person=person, role=role, status=None, event=None,
                                           provenance=type("P", (), {"snippet": ""})())

    # Hertingfordbury June 2013: "The clerk was asked to invite County Cllr K\nCrofton" names
    # May's "newly elected county member" in his post; Souldern March 2026's "Apologies had
    # been received from Cllr Gareth Epps" its county councillor.
    assert _still_named(held("Ken Crofton", "county member"),
                        "The clerk was asked to invite County Cllr K\nCrofton to the July meeting.")
    assert _still_named(held("Gareth Epps", "County Councillor"),
                        "Apologies had been received from Cllr Gareth Epps, Cllr David Rogers")
    # a councillor in the attendance list holds no vice-chairmanship by it (Hertingfordbury
    # July 2016's Simkins), and another Armstrong is not this one
    assert not _still_named(held("Simkins", "Vice-Chairman of the Parish Council"),
                            "PRESENT: Cllrs Haidy Blake, Gary O’Leary, Barry Simkins.")
    assert not _still_named(held("M Armstrong", "Councillor"), "Councillor A Armstrong (EDC)")
    # the chair named without its holder; not a working party's chairman
    assert _still_named(held("Edwards", "Chairman"), "The Chairman reported that")
    assert not _still_named(held("P Rochford", "chairman of the working party"),
                            "The Chairman reported that")
    assert any(p.search("Mr R Lester (ex councillor)") for _, p, _ in _FORMER_POSTS)
    # given a post in the later paper that no appointment record names (Hertingfordbury June
    # 2013), and not when it is another Blake
    assert _still_named(held("H Blake", "Planning Committee"),
                        "Cllr H Blake was appointed to represent the council.")
    assert not _still_named(held("H Blake", "Planning Committee"),
                            "Cllr T Blake was appointed to represent the council.")
    # Hertingfordbury June -> July 2012: Cllr Rochford took the chair in June (the chairman and
    # vice-chairman absent); July is chaired by the unnamed chairman: his chairing ended. Mr R
    # Lester "(ex councillor)" held a post before, nobody's now: not missed.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    people = {(c.subject, c.kind) for c in d.changes if c.kind.startswith("appointment")}
    # and put on the Employment Committee in July, with Edwards and O'Leary (samples/gold/diffs3)
    assert {("Rochford", "appointment_ended"), ("Rochford", "appointment_added")} <= people
    assert not [k for s, k in people if s == "R Lester"]


def test_a_meetings_payments_schedule_is_compared_payee_by_payee():
    # Hertingfordbury PC, May -> June 2013 minutes, "Payments Approved" (Net, VAT, Gross): each
    # meeting's payments are its business, so TONKS, LADKARN, Playsafety (June only) and HAPTC,
    # LCR, Zurich (May only) are no change; Frank Cooper & Sons, paid at both, is compared on
    # the gross paid, as are the totals (samples/gold/diffs3 lists exactly these two).
    d = diff_results(extracted("hertingfordbury-pc-minutes-2013-05-08.pdf"),
                     extracted("hertingfordbury-pc-minutes-2013-06-12.pdf"))
    assert not [c for c in d.changes if c.kind.startswith("table_row") or c.kind == "table_cell"]
    paid = sorted((c.subject, c.old, c.new) for c in d.changes if c.kind == "amount_changed")
    assert paid == [("Payments Approved: Frank Cooper & Sons", Decimal("513.60"), Decimal("594.00")),
                    ("Payments Approved: Totals", Decimal("1191.72"), Decimal("2139.34"))]


def test_a_table_without_a_title_is_named_by_its_printed_caption():
    # Souldern PC, February -> March 2026: March adds a second finance table captioned
    # "Invoice to be\napproved" above its "Payee Detail Total £s VAT" header.
    d = diff_results(extracted("souldern-pc-minutes-2026-02-26.pdf"),
                     extracted("souldern-pc-minutes-2026-03-26.pdf"))
    assert [c.subject for c in d.changes if c.kind == "table_added"] == ["Invoice to be approved"]


def test_a_day_both_papers_name_ahead_is_kept_to():
    # Milburn PC, January 2017 -> January 2018: both minutes name the beacon commemoration on
    # 11th November 2018, in other words each time: the same day still to come, not new.
    d = diff_results(extracted("milburn-pc-minutes-2017-01-10.pdf"),
                     extracted("milburn-pc-minutes-2018-01-16.pdf"))
    assert not [c for c in d.changes if c.kind.startswith("date_") and "2018-11-11" in (c.new or "")]


def test_a_schedule_of_meetings_gives_the_next_meeting():
    # Milburn PC, January 2017 -> January 2018: 2017 gives no next meeting but "Dates for
    # meetings the next year are 7th March, 2nd May, ..."; 2018's "Next Meeting Tuesday, 6th
    # March 2018" is that next meeting moved, not a date new in 2018.
    d = diff_results(extracted("milburn-pc-minutes-2017-01-10.pdf"),
                     extracted("milburn-pc-minutes-2018-01-16.pdf"))
    moved = [(c.old.split(" (")[0], c.new.split(" (")[0]) for c in d.changes
             if c.kind == "date_moved"]
    assert moved == [("7th March", "Tuesday, 6th March 2018")]
    assert not [c for c in d.changes if c.kind == "date_added" and "2018-03-06" in c.new]


def test_a_statement_printed_in_parts_is_one_table_gone():
    # Hertingfordbury PC, June -> July 2012: June attaches its "Financial Statement as at 31 May
    # 2012" (read as a table titled with the letterhead's "Council", and a part on the same page
    # under its own caption, "Payments since last meeting"); July has none. One statement gone,
    # by its caption, its part named in the note.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    gone = [c for c in d.changes if c.kind == "table_removed"]
    assert [c.subject for c in gone] == ["Financial Statement as at 31 May 2012"]
    assert gone[0].note == "printed with: Payments since last meeting"


def test_clauses_numbered_as_minutes_of_their_own_are_decisions_each():
    # Hertingfordbury PC, June -> July 2012: July's "RESOLVED that: 35.3.1 the clerk's hours
    # remain at a basic 27 hours per month 35.3.2 the clerk's pay scale is increased to SCP 23
    # ..." is five decisions (the change set lists five); Kent's "This Council believes that:
    # a) ... b) ..." is one motion's clauses and stays whole.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    clauses = [(c.new, c.subject) for c in d.changes
               if c.kind == "resolution_added" and c.new.startswith("35.3")]
    assert clauses == [
        ("35.3.1", "CLERKS REMUNERATION: the clerk’s hours remain at a basic 27 hours per month"),
        ("35.3.2", "CLERKS REMUNERATION: the clerk’s pay scale is increased to SCP 23 from 1st "
                   "August 2012"),
        ("35.3.3", "CLERKS REMUNERATION: the council sets up a Employment Committee"),
        ("35.3.4", "CLERKS REMUNERATION: the Employment Committee operates under the terms of "
                   "reference attached to the report."),
        ("35.3.5", "CLERKS REMUNERATION: Cllrs Edwards, O’Leary and Rochford are appointed to the "
                   "Employment Committee."),
    ]
    kent = diff_results(
        extracted("kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf"),
        extracted("kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf"))
    # (308's RESOLVED once; the closure motion voted on before it is a decision of its own)
    assert len([c for c in kent.changes if c.kind == "resolution_added" and c.new == "308"
                and "RESOLVED" in c.subject]) == 1


def test_a_decision_is_named_from_where_its_sentence_opens():
    # Hertingfordbury PC: the record starts at "RESOLVED"; the minutes print who decided before
    # it ("40.1 The council RESOLVED to congratulate ...", July 2012; "It was recommended to
    # council and duly RESOLVED to amend the plan", May 2013), which a reader searches for.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    added = {c.new: c.subject for c in d.changes if c.kind == "resolution_added"}
    assert added["40.1"] == ("MATTERS TO NOTE OR FOR FURTHER DISCUSSION: The council RESOLVED to "
                             "congratulate the residents of Birch Green and in particular Cllr "
                             "Brennan on the award of the Small Village of the Year award from CPRE.")
    assert added["36.4"] == "FINANCE: It was RESOLVED that the Audit be approved, and the notice of Audit be posted."
    d = diff_results(extracted("hertingfordbury-pc-minutes-2013-05-08.pdf"),
                     extracted("hertingfordbury-pc-minutes-2013-06-12.pdf"))
    # (15.3 also records the working party's "Recommended that ..." of its item d.)
    gone = [c.subject for c in d.changes if c.kind == "resolution_removed" and c.old == "15.3"]
    assert any(g.startswith("GREENS CROSSINGS WORKING PARTY: It was recommended to council "
                            "and duly RESOLVED to amend the plan to show the crossing") for g in gone)


def test_a_motion_is_told_with_the_decision_it_proposed():
    # Souldern PC, February 2026 minutes "NO proposed and JH seconded that the group be
    # disbanded" under the clerk's report and "The Bushcraft Group is to be disbanded and
    # disassociated from the parish council" under the group's item: one decision.
    d = diff_results(extracted("souldern-pc-minutes-2026-01-29.pdf"),
                     extracted("souldern-pc-minutes-2026-02-26.pdf"))
    added = [c.subject for c in d.changes if c.kind == "resolution_added" and "disband" in c.subject]
    assert added == ["NBW (Bush Craft): The Bushcraft Group is to be disbanded and disassociated "
                     "from the parish council.; motion: Clerks Report and Actions from previous "
                     "meeting: NO proposed and JH seconded that the group be disbanded"]
    d = diff_results(extracted("souldern-pc-minutes-2026-02-26.pdf"),
                     extracted("souldern-pc-minutes-2026-03-26.pdf"))
    gone = [c.old for c in d.changes if c.kind == "resolution_removed"]
    # (and the .org email addresses, agreed in February, are in March's action list "On-going")
    assert gone == ["02.26.09"]


def test_a_decision_still_in_hand_is_not_gone():
    # Milburn PC, January 2017 -> 2018: "The Councillors resolved to take part in this
    # commemoration" (the beacon on 11th November 2018, told just before); 2018 still speaks of
    # the beacon on that day. The other 2017 decisions are gone.
    d = diff_results(extracted("milburn-pc-minutes-2017-01-10.pdf"),
                     extracted("milburn-pc-minutes-2018-01-16.pdf"))
    assert [c.old for c in d.changes if c.kind == "resolution_removed"] == ["17.01.4", "17.01.5"]
    # Hertingfordbury PC, June -> July 2012: a decision with a day of another item before its
    # own minute number ("25.2 ... Thursday 21st June", "25.4.2 ... the Clerk's overtime") is
    # not that day's.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    gone = {c.old: c.subject for c in d.changes if c.kind == "resolution_removed"}
    assert {"25.3", "25.4.2", "25.4.3"} <= set(gone)
    assert gone["27.3"].startswith("Members noted")  # (its minute number is no opening word)


def test_an_areas_member_is_its_councillor_however_printed():
    # Hertingfordbury PC, May -> June 2013: "newly elected county member" Ken Crofton is June's
    # "County Cllr K Crofton", the same post; "Cllr" alone is not a district councillor.
    assert post_key("county member") == post_key("County Cllr") == post_key("County Councillor")
    assert not same_post("Cllr", "District Cllr")
    assert post_key("Cabinet Member for Finance") == (frozenset({"finance"}),
                                                      frozenset({"cabinet", "member"}))
    d = diff_results(extracted("hertingfordbury-pc-minutes-2013-05-08.pdf"),
                     extracted("hertingfordbury-pc-minutes-2013-06-12.pdf"))
    assert not [c for c in d.changes if c.subject == "K Crofton"]


def test_another_bodys_next_meeting_is_not_the_councils():
    # Hertingfordbury PC, June -> July 2012: June's "30.6 Panshanger Quarry / The next meeting is
    # 10am on Thursday, 21st June" is the quarry liaison's; July's closing "Next Meeting
    # Wednesday 12th September 2012" is the council's, new (June gives none), not a move.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2012-06-13.pdf"),
                     extracted("hertingfordbury-pc-minutes-2012-07-11.pdf"))
    assert not [c for c in d.changes if c.kind == "date_moved"]
    assert [c.new for c in d.changes if c.kind == "date_added" and c.subject.startswith("Next")] \
        == ["Wednesday 12th September 2012 (2012-09-12)"]


def test_a_post_dated_before_the_earlier_paper_is_history_not_news():
    # Kent minutes, 13 March 2025 (a tribute): "Mr Spence was appointed as Deputy Lieutenant in
    # 2001" is no one new in post since the minutes of 9 January 2025
    d = diff_results(
        extracted("kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf"),
        extracted("kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf"))
    assert [c.kind for c in d.changes if c.subject == "Spence"] == []


def test_a_payee_written_another_way_is_the_same_payee_in_the_schedule():
    # Hertingfordbury PC, May -> June 2014 minutes, "Payments Approved": May's "Frank Cooper
    # and Son" is June's "Coopers" (the one line of that payee in each), and June's unlabelled
    # sum is its total; "T H Brindley" -> "T Brindley" is one payee, no renaming to report
    # (samples/gold/diffs4 lists the three payments, and no renaming).
    d = diff_results(extracted("hertingfordbury-pc-minutes-2014-05-14.pdf"),
                     extracted("hertingfordbury-pc-minutes-2014-06-11.pdf"))
    paid = sorted((c.subject, c.old, c.new) for c in d.changes if c.kind == "amount_changed")
    assert paid == [("Payments Approved: Coopers: Grass", Decimal("538.80"), Decimal("622.80")),
                    ("Payments Approved: T Brindley: Expenses", Decimal("88.07"), Decimal("61.08")),
                    ("Payments Approved: Totals", Decimal("3676.54"), Decimal("1594.23"))]
    assert not [c for c in d.changes if c.kind == "table_row_renamed"]


def test_same_payee():
    from pipeline.diff.core import _same_payee

    assert _same_payee("Frank Cooper & Sons", "Frank Cooper")
    assert _same_payee("Frank Cooper and Son", "Coopers")
    assert _same_payee("T H Brindley", "T Brindley")
    assert not _same_payee("T Brindley", "T Tonks")
    assert not _same_payee("Playsafety Ltd", "LADKARN")


def test_a_payment_authorised_in_the_prose_is_compared_payee_by_payee():
    # Hertingfordbury PC minutes: payments authorised in a sentence, one item each, the payee
    # before the sum or after it and the sentence broken over a page's foot ("... s.137 of\n\n
    # 109\n\nthe 1972 Local Government Act and £486.45 to Coopers for grass cutting be
    # authorised"): Coopers' grass cutting, paid at both meetings, changed.
    for old, new, was, now in (("2009-06-10", "2009-07-08", "476.10", "1415.65"),
                               ("2010-11-10", "2010-12-08", "486.45", "602.78")):
        d = diff_results(extracted(f"hertingfordbury-pc-minutes-{old}.pdf"),
                         extracted(f"hertingfordbury-pc-minutes-{new}.pdf"))
        paid = [(c.old, c.new) for c in d.changes if c.kind == "amount_changed"]
        assert paid == [(Decimal(was), Decimal(now))], paid
        assert "Coopers" in next(c.subject for c in d.changes if c.kind == "amount_changed")


def test_procedural_and_standing_decisions_are_no_change():
    # Hertingfordbury PC, October -> November 2011: "item 7 be taken immediately following item
    # 5" and "to suspend standing order 29J" are spent with their meeting; November approves
    # the minutes of two meetings ("MINUTES OF MEETING 12TH OCTOBER 2011\nAgreed.", the
    # extra meeting of 26th October too) where October approved one: recurring business
    # (samples/gold/diffs5 lists none of them).
    d = diff_results(extracted("hertingfordbury-pc-minutes-2011-10-12.pdf"),
                     extracted("hertingfordbury-pc-minutes-2011-11-09.pdf"))
    said = [c.subject for c in d.changes if c.kind.startswith("resolution_")]
    assert not [s for s in said if "standing order" in s or "item 7" in s or "MINUTES OF" in s], said


def test_a_date_in_a_sentence_broken_over_a_page_is_named_by_the_whole_sentence():
    # Hertingfordbury PC, November 2011: "It was noted that the next meeting of the GPWP would
    # be held at the Prince of Wales PH, 244" ends page 148; "Hertingfordbury Lane 7.30, 30th
    # November 2011." opens page 149 under the page number and letterhead.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2011-10-12.pdf"),
                     extracted("hertingfordbury-pc-minutes-2011-11-09.pdf"))
    c = next(c for c in d.changes if c.kind == "date_added" and "2011-11-30" in (c.new or ""))
    assert "next meeting of the GPWP" in c.subject and "PARISH COUNCIL" not in c.subject


def test_a_table_titled_by_a_line_of_figures_is_named_by_its_caption():
    # Hertingfordbury PC, November 2011: the financial statement's title was read from its
    # "xcheck 0.0" line; the new table is "Financial Statement as at 31 Oct 2011", as printed.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2011-10-12.pdf"),
                     extracted("hertingfordbury-pc-minutes-2011-11-09.pdf"))
    added = [c.subject for c in d.changes if c.kind == "table_added"]
    assert "Financial Statement as at 31 Oct 2011" in added and "xcheck 0.0" not in added


def test_dates_of_one_sentence_printed_again_are_not_moved():
    # Hertingfordbury PC, June -> July 2013: both print "a meeting of the working group in July
    # with a draft plan put out for consultation in September": September is September's,
    # not July's moved. May -> June 2014: the working party's meeting "in early June" met on
    # "5th June 2014", past when June's minutes were written: kept to, not moved.
    for old, new in (("2013-06-12", "2013-07-13"), ("2014-05-14", "2014-06-11")):
        d = diff_results(extracted(f"hertingfordbury-pc-minutes-{old}.pdf"),
                         extracted(f"hertingfordbury-pc-minutes-{new}.pdf"))
        assert not [c for c in d.changes if c.kind == "date_moved"], old


def test_a_date_whose_sentence_names_its_subject_by_a_general_word_is_led_by_the_one_before():
    # Milburn PC, January 2018: "... arranging to have the kerb dropped at the Car Park ...
    # Work likely to be carried out Feb/March 2018."; Hertingfordbury PC, July 2013: "Lafarge
    # was holding two stakeholder events ... The first event was at 9.00 Friday 12th July".
    for old, new, day, named in (
            ("milburn-pc-minutes-2017-01-10", "milburn-pc-minutes-2018-01-16", "2018-02-01",
             "kerb dropped at the Car Park"),
            ("hertingfordbury-pc-minutes-2013-06-12", "hertingfordbury-pc-minutes-2013-07-13",
             "2013-07-12", "Lafarge was holding two stakeholder events")):
        d = diff_results(extracted(f"{old}.pdf"), extracted(f"{new}.pdf"))
        c = next(c for c in d.changes if c.kind == "date_added" and day in (c.new or ""))
        assert named in c.subject, c.subject


def test_one_person_named_again_in_one_post_is_told_once():
    # Hertingfordbury PC, June -> July 2009: July names "District Councillor Haysey" and
    # "District Cllr Haysey", June the first: no one new in post. May -> June 2011: June's
    # "District Councillor Linda Hasey" and "District Cllr Hasey" are May's Linda Haysey.
    for old, new in (("2009-06-10", "2009-07-08"), ("2011-05-11", "2011-06-08")):
        d = diff_results(extracted(f"hertingfordbury-pc-minutes-{old}.pdf"),
                         extracted(f"hertingfordbury-pc-minutes-{new}.pdf"))
        told = [(c.kind, c.subject) for c in d.changes if c.kind.startswith("appointment")
                and ("Haysey" in c.subject or "Hasey" in c.subject)]
        assert not told, told


def test_a_one_holder_post_named_with_another_keeps_its_holder():
    # Hertingfordbury PC, May -> June 2014: G O'Leary, elected vice-chairman in May, is in June
    # "the chairman and vice-chairman" the deed's signing is delegated to: not missed.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2014-05-14.pdf"),
                     extracted("hertingfordbury-pc-minutes-2014-06-11.pdf"))
    assert not [c for c in d.changes if c.kind == "appointment_not_mentioned" and "Leary" in c.subject]


def test_a_councillor_taking_a_role_on_in_the_prose_is_still_in_a_post():
    # Hertingfordbury PC, May -> June 2011: "Cllr Edgell agreed to assume this role" and "Cllrs
    # Bradbury and O Leary agreed to represent the Parish Council" ("O Leary" for O'Leary): the
    # three hold a post in June (samples/gold/diffs4), none is missed.
    d = diff_results(extracted("hertingfordbury-pc-minutes-2011-05-11.pdf"),
                     extracted("hertingfordbury-pc-minutes-2011-06-08.pdf"))
    missed = {c.subject for c in d.changes if c.kind == "appointment_not_mentioned"}
    assert not missed & {"E Bradbury", "O'Leary", "Edgell"}, missed


def test_an_annotated_post_with_its_remit_in_brackets_is_the_post_printed():
    # samples/gold/diffs4, Hertingfordbury June -> July 2013: the annotator's "working group
    # (parking restrictions at Birch Green)" for the minutes' "a working group consisting of Cllrs
    # Edwards, Brennan, O'Leary and Rochford"; another post is not it
    from pipeline.diff.gold import _value

    remit = "working group (parking restrictions at Birch Green)"
    assert _value(remit, "Edwards (working group)")
    assert not _value(remit, "Edwards (Chairman)")
    assert not _value("Vice-Chairman (of the council)", "Smith (Clerk)")
