"""`agendapack decisions EARLIER LATER`: agenda items and minutes paired, with what became of each,
on real papers of the same meeting; link accuracy on the blind keys in samples/gold/links/."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.decisions import OUTCOME_WORDS, link, outcome_of, sub_items
from pipeline.models import Provenance, Resolution, ResolutionItem
from tests.conftest import SAMPLES

AGENDA = SAMPLES / "hertingfordbury-pc-agenda-20160210.pdf"
MINUTES = SAMPLES / "hertingfordbury-pc-minutes-2016-02-10.pdf"


@pytest.fixture(scope="module")
def links():
    return link(AGENDA, MINUTES)


def test_agenda_items_pair_with_minutes_by_heading_not_number(links):
    # the agenda's "5.<tab>THE MINUTES" is the minutes' "50. MINUTES"
    by_item = {x.item: x for x in links.links}
    assert (by_item["1"].minutes_ref, by_item["1"].outcome) == ("46", "noted")
    assert (by_item["5"].minutes_ref, by_item["5"].outcome) == ("50", "approved")
    assert by_item["5"].decision.startswith("There were no comments on the minutes")
    assert by_item["10"].outcome == "not_found" and by_item["10"].minutes_ref is None
    # an item with lettered sub-items is linked per sub-item, under the item's minute
    assert by_item["7a"].title == "To receive an update on current applications"
    assert by_item["7a"].minutes_ref == "52"
    assert "7" not in by_item
    assert [e.number for e in links.later_items][:3] == ["46", "47", "48"]


def test_sub_items_follow_the_alphabet():
    text = "8.\tSTANDING ITEMS\na)\tWorks Programme\nb)\tGreens\nd)\tQuarries\nc)\tHighways\n"
    assert [(a, t) for a, t, _, _ in sub_items(text, 0, len(text))] == [
        ("a", "Works Programme"), ("b", "Greens"), ("c", "Highways")]


def _resolved(text, carried=None):
    from pipeline.models import Outcome

    prov = Provenance(page=1, char_start=0, char_end=1, bbox=None, snippet="x")
    outcome = Outcome(text="x", carried=carried) if carried is not None else None
    return Resolution(ref="1", kind="resolved", items=[ResolutionItem(number=None, text=text)],
                      outcome=outcome, provenance=prov)


@pytest.mark.parametrize(("text", "outcome"), [
    # real items from samples/ (hertingfordbury-pc-minutes-2016-*, kent-cc cpp minutes)
    ("Six payments were approved: see attached list.", "approved"),
    ("to defer the proposal so that it can be considered alongside", "deferred"),
    ("that the Panel note the Participation Team Update.", "noted"),
    ("There were no comments on the minutes for the previous meeting and these were agreed.",
     "approved"),
    ("to arrange a meeting between HPC, Cllr Crofton, Jon Tiley and John Wood", "approved"),
])
def test_outcome_words(text, outcome):
    assert outcome_of([_resolved(text)]) == outcome
    assert {name for name, _ in OUTCOME_WORDS} >= {"approved", "deferred", "noted", "rejected"}


def test_a_lost_motion_is_rejected_and_no_decision_is_noted():
    assert outcome_of([_resolved("that the precept be increased", carried=False)]) == "rejected"
    assert outcome_of([]) == "noted"


def test_the_decisions_command_writes_markdown_and_json(tmp_path):
    runner = CliRunner()
    out = tmp_path / "links.json"
    result = runner.invoke(app, ["decisions", str(AGENDA), str(MINUTES), "--format", "json",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert data["links"][4]["minutes_ref"] == "50"
    result = runner.invoke(app, ["decisions", str(AGENDA), str(MINUTES)])
    assert result.exit_code == 0 and "| 5 | THE MINUTES | 50 | approved |" in result.output
    bad = runner.invoke(app, ["decisions", str(tmp_path / "missing.pdf"), str(MINUTES)])
    assert bad.exit_code == 2 and "missing.pdf" in bad.output


LINK_ACCURACY_FLOOR = 0.90
"""Just under the accuracy measured (179 of 198 links, 0.904, issue 14's fourth pass, with the
Sutton grant applications linked row by row; 154, 0.778, after its third; 150, 0.758,
after its second; 0.545 when the keys arrived): the floor only rises."""


def test_link_accuracy_on_the_blind_keys():
    from pipeline.decisions import score_links

    scores = score_links(SAMPLES)
    assert len(scores) >= 10
    right = sum(r for r, _ in scores.values())
    total = sum(n for _, n in scores.values())
    assert right / total >= LINK_ACCURACY_FLOOR


def test_unnumbered_minutes_and_numbered_motions_take_an_agenda_numbered_by_line():
    # nipissing: the agenda's "10. Accounts to pay." is the motion between "Correspondence" and
    # the confirming by-law; "12. Adjournment." the motion "That the meeting be adjourned."
    found = {x.item: x for x in link(SAMPLES / "nipissing-agenda-2024-03-05.pdf",
                                     SAMPLES / "nipissing-minutes-2024-03-05.pdf").links}
    assert (found["3"].minutes_ref, found["3"].outcome) == ("R2024-051", "approved")
    assert (found["4"].minutes_ref, found["4"].outcome) == (None, "deferred")
    assert (found["10"].minutes_ref, found["10"].outcome) == ("R2024-054", "approved")
    assert (found["12"].minutes_ref, found["12"].outcome) == ("R2024-056", "approved")
    assert found["1"].outcome == "noted" and found["9"].outcome == "approved"


def test_the_decisions_command_writes_html_escaped(tmp_path):
    out = tmp_path / "links.html"
    result = CliRunner().invoke(app, ["decisions", str(AGENDA), str(MINUTES), "--format", "html",
                                      "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<td>THE MINUTES</td>" in page
    assert "CHAIRMAN&#x27;S" in page or "CHAIRMAN’S" in page


# --- issue 14, fourth pass ----------------------------------------------------------------------

GRANTS = SAMPLES / "sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf"
AMENITIES = SAMPLES / "sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf"


def test_a_reports_applications_are_linked_row_by_row_to_the_minutes_table():
    # the report's "Organisation | Status | Project Summary | Amount Requested" rows (a row going
    # on over a page break without its header) and the minutes' "Recommendation" column
    found = {x.item: x for x in link(GRANTS, AMENITIES).links}
    assert len(found) == 13
    assert (found["Sutton Coldfield Parkrun"].minutes_ref, found["Sutton Coldfield Parkrun"].outcome
            ) == ("6", "rejected")
    # "Approved. Four Oaks - £400 / New Hall - £200 / Trinity - £150" against 200/200/150/200
    assert found["Sutton Coldfield Art Trail"].outcome == "approved_with_amendment"
    assert found["Friends of Mossy Bank"].outcome == "approved_with_amendment"  # "£2500 approved."
    # "Recommend approval of the project to the Planning and Highways Committee"
    assert found["Moor Hall Primary School"].outcome == "approved_with_amendment"
    assert found["St Peter’s Church"].outcome == "approved"
    assert found["Boldmere St Michaels Football and Athletic Club Ltd"].title.startswith(
        "St Michael’s Club are requesting funding")


@pytest.mark.parametrize(("text", "planning", "outcome"), [
    # hertingfordbury-pc-minutes-2016-07-13 minute 27, 2016-12-14 minute 54, 2016-02-10 54(b)
    ("The CDA Herts subscription request was refused.", False, "rejected"),
    ("There were no comments on the Minutes and they were signed.", False, "approved"),
    ("Cheques for payments outstanding were issued to Info Web (website hosting)", False, "approved"),
    ("These will be put to the council at a later date.", False, "deferred"),
    # hertingfordbury-pc-minutes-2015-04-08 minute 145, 2016-02-10 52(b)
    ("3/15/0557/HH – 46 Chapel Lane, Letty Green\nNo comment\n", True, "approved"),
    ("for exercise and training of horses. No objections were raised.", True, "approved"),
    # the same "No comment" under an item that only receives an update is noted
    ("3/15/0557/HH – 46 Chapel Lane, Letty Green\nNo comment\n", False, "noted"),
])
def test_what_a_minute_records_without_a_resolution(text, planning, outcome):
    assert outcome_of([], text, planning=planning) == outcome


def test_aob_with_its_subject_listed_is_decided_and_councillors_reports_are_noted():
    found = {x.item: x for x in link(SAMPLES / "hertingfordbury-pc-agenda-20160713.pdf",
                                     SAMPLES / "hertingfordbury-pc-minutes-2016-07-13.pdf").links}
    # "11.<tab>AOB / CDA Herts subscription request" -> "The CDA Herts subscription request was refused."
    assert (found["11"].minutes_ref, found["11"].outcome) == ("27", "rejected")
    # "a)To receive an update on current applications": a sub-item with no space after "a)"
    april = {x.item: x for x in link(SAMPLES / "hertingfordbury-pc-agenda-20150408.pdf",
                                     SAMPLES / "hertingfordbury-pc-minutes-2015-04-08.pdf").links}
    assert (april["7a"].outcome, april["7b"].outcome) == ("noted", "approved")
    souldern = {x.item: x for x in link(SAMPLES / "souldern-pc-agenda-2026-01-29.pdf",
                                        SAMPLES / "souldern-pc-minutes-2026-01-29.pdf").links}
    assert souldern["8"].title.startswith("Reports from County/District Councillors")
    assert souldern["8"].outcome == "noted"
