"""Resolutions, recommendations and decisions: every rule on a real passage from samples/, list
parsing as properties, and the F1 floor on the gold files (scored as `agendapack eval`)."""

from __future__ import annotations

import json

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st

from extractors import resolutions
from extractors.base import Context
from extractors.resolutions import find_outcome, parse_list
from pipeline.eval import match, norm
from pipeline.models import Document, DocumentInfo, Gold
from tests.conftest import SAMPLES, ingested


@pytest.fixture(scope="module")
def ctx():
    return Context(nlp=spacy.blank("en"))


def records(name, ctx):
    return resolutions.extract(ingested(name), ctx)


def summary(found):
    return [(r.ref, r.kind, [i.text[:40] for i in r.items]) for r in found]


# --- formal RESOLVED blocks ------------------------------------------------------------------

def test_resolved_that_the_committee_numbered_items(ctx):
    (r,) = records("wsx-scrutiny-minutes-2022-11.txt", ctx)
    assert (r.ref, r.kind, r.body) == ("27.21", "resolved", "That the Committee:")
    assert [i.number for i in r.items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert r.items[0].text == ("Recognises the huge amount of progress that has been made since "
                               "October 2019 by the service to improve outcomes for children and "
                               "young people.")
    # the last item ends with its paragraph, not at the "Supporting documents:" that follows
    assert r.items[6].text == ("Will continue to monitor levels of unallocated cases, recognising "
                               "the negative impact this has on children and young people.")
    assert r.provenance.snippet.startswith("Resolved – That the Committee:")


def test_resolved_across_a_page_break_keeps_its_minute_and_skips_the_furniture(ctx):
    found = records("merton-audit-committee-agenda-pack-2009-10-22.pdf", ctx)
    assert [(r.ref, r.kind) for r in found] == [
        ("2", "resolved"), ("4", "resolved"), ("5", "resolved"), ("6", "resolved")]
    minutes_2, minute_4, minute_5, _ = found
    assert minutes_2.items[0].text == ("That the minutes of the meeting held on 23 June are agreed "
                                       "as a correct record.")
    # minute 4's heading runs over the page footer and the next page's running header
    assert minute_4.items[0].text == (
        "That the Audit Committee notes the comments made by the Pensions Fund Advisory Panel in "
        "relation to the annual Pension Fund Accounts 2008/09.")
    assert minute_4.provenance.page == 4
    assert [i.number for i in minute_5.items] == ["(A)", "(B)"]
    assert minute_5.items[1].text.startswith("That the Audit Committee notes the Council’s Use")


def test_resolved_inline_numbering_repeated_number_and_inline_minute_numbers(ctx):
    found = records("west-dereham-pc-minutes-2017-04.html", ctx)
    by_ref = {}
    for r in found:
        by_ref.setdefault(r.ref, []).append(r)
    (policies,) = by_ref["44/17"]
    # printed 1) 2) 3) 4) 4) 5) 6) 7): the repeated "4)" opens a new item
    assert [i.number for i in policies.items] == ["1", "2", "3", "4", "4", "5", "6", "7"]
    assert policies.items[4].text.startswith("That the Clerk to amend the Allotment Contract")
    (auditor,) = by_ref["35/17"]
    # ends where minute 36/17 starts in the middle of the paragraph
    assert auditor.items[0].text == "That Sharon Wareham is appointed as Internal Auditor at £15 per hour."
    assert [i.number for i in by_ref["37/17"][0].items] == ["(1)", "(2)"]


# --- narrative "resolved" --------------------------------------------------------------------

def test_narrative_resolved_items_are_the_words_after_resolved(ctx):
    found = records("milburn-pc-minutes-2018-01-16.pdf", ctx)
    resolved = [(r.ref, r.items[0].text) for r in found if r.kind == "resolved"]
    assert resolved[:2] == [
        ("18.01.05", "not to have guidelines."),
        ("18.01.05", "when writing the Newsletter for the AGM, to reiterate the fact it is a Village Green."),
    ]
    assert ("18.01.8", "Councillor Healey contact Metcalfes and order more scalpings.") in resolved
    assert ("18.11.11", "not to provide more swings.") in resolved  # the ref as printed
    # "the Councillors agreed" is the body deciding, not resolving
    assert ("18.01.10", "decision", ["this should be carried out."]) in summary(found)


def test_each_resolved_line_of_a_two_column_list_is_its_own_resolution(ctx):
    found = records("milburn-pc-minutes-2018-03-06.pdf", ctx)
    signing = [r for r in found if r.ref == "18.03.7"]
    assert [r.items[0].text for r in signing] == ["to sign"] * 5


def test_resolved_in_a_report_sentence_is_not_a_resolution(ctx):
    # "The £12000 bill has not yet been resolved" (Souldern 05.25.13) is not the council resolving
    found = records("souldern-pc-annual-meeting-minutes-2025-05-20.pdf", ctx)
    assert all(r.kind == "decision" for r in found)


# --- Canadian motions ------------------------------------------------------------------------

def test_motion_clauses_and_their_lettered_recommendations(ctx):
    found = records("nipissing-minutes-2024-03-19.pdf", ctx)
    motions = {r.ref: r for r in found if r.ref}
    assert sorted(motions) == [f"R2024-0{n}" for n in range(57, 70)]
    town_hall = motions["R2024-058"]
    assert [i.number for i in town_hall.items] == [None, "A", "B", None]
    assert town_hall.items[0].text == "we receive Staff Report – Proposed Town Hall Meeting"
    # "2." is not the next of A., B.: it stays in item A
    assert "Location: 2. Township of Nipissing Community Centre" in town_hall.items[1].text
    # the page header between A and B is not part of either
    assert "Page 2" not in town_hall.items[1].text + town_hall.items[2].text
    assert town_hall.items[3].text == "Council approves the Community Outreach Survey for circulation, as presented."
    assert town_hall.outcome is not None and town_hall.outcome.carried is True
    assert [i.number for i in motions["R2024-061"].items] == [None, "1", "2", "3"]
    assert motions["R2024-057"].items[0].text == (
        "the minutes of the Council Meeting held March 5, 2024 be adopted as published.")


def test_decision_outside_a_motion_has_no_ref(ctx):
    found = records("nipissing-minutes-2024-03-19.pdf", ctx)
    (decision,) = [r for r in found if r.kind == "decision"]
    assert decision.ref is None
    assert decision.items[0].text.startswith("A request was accepted to place any further decisions")


# --- recommendations -------------------------------------------------------------------------

def test_recommendations_are_listed_with_their_that_dropped(ctx):
    found = records("suffolk-libraries-board-minutes-2016-01-28.pdf", ctx)
    (recs,) = [r for r in found if r.kind == "recommendation"]
    assert recs.ref == "7"
    assert recs.body == "The recommendations are:"
    assert [" ".join(i.text.split()[:6]) for i in recs.items] == [
        "the Society’s Directors note the importance",
        "the Directors note the importance of",
        "the Directors commit to a review",
        "the Society’s Director Handbook be reviewed",
    ]
    assert recs.items[3].text == ("the Society’s Director Handbook be reviewed during the year to "
                                  "confirm it complies with good practice.")


# --- decisions -------------------------------------------------------------------------------

def test_a_numbered_list_of_agreed_proposals_is_one_decision(ctx):
    found = records("suffolk-libraries-board-minutes-2016-01-28.pdf", ctx)
    (decisions,) = [r for r in found if r.ref == "4"]
    assert [i.number for i in decisions.items] == ["1", "2", "3", "4", "5"]
    assert decisions.items[0].text.startswith("Finance and Audit Committee Terms of Reference The")


def test_vote_by_majority_and_margin_initials(ctx):
    found = records("suffolk-libraries-board-minutes-2016-01-28.pdf", ctx)
    texts = {r.items[0].text[:48]: r for r in found if r.kind == "decision"}
    vote = texts["the savings for 2016/17 would be, reluctantly, a"]
    assert vote.outcome is not None and vote.outcome.carried is True and vote.outcome.unanimous is False
    # "SS" printed in the Action column beside the line is not part of the sentence
    assert "an exploratory conversation should take place and the Chair should be contacted." in {
        r.items[0].text for r in found}
    # "The photocopier lease has been agreed up until ..." reports, it does not decide
    assert not any("photocopier" in r.items[0].text for r in found)
    # "... not to accept the proposed cuts for / SS / 2017/18.": the line of the Action column's
    # initials alone is no paragraph break, the vote's sentence runs on over it
    assert vote.items[0].text == ("the savings for 2016/17 would be, reluctantly, accepted but the "
                                  "Board had voted unanimously not to accept the proposed cuts for "
                                  "2017/18.")


def test_agreed_that_reporting_versus_mandative_wording(ctx):
    souldern = summary(records("souldern-pc-annual-meeting-minutes-2025-05-20.pdf", ctx))
    assert ("05.25.13", "decision", ["SPC will join the coalition NO to respon"]) in souldern
    milburn = records("milburn-pc-minutes-2016-05-03-agm.pdf", ctx)
    assert milburn[0].ref == "16.05.1"
    assert milburn[0].items[0].text == "that Councillor Richardson be elected Chair."


def test_passive_decisions_and_motions_open_the_sentence(ctx):
    souldern = summary(records("souldern-pc-annual-meeting-minutes-2025-05-20.pdf", ctx))
    assert ("05.25.04", "decision", ["HD nominated and JS seconded that Nick O"]) in souldern
    assert ("05.25.10", "decision", ["The minutes of the parish council meetin"]) in souldern
    # sub-numbered minutes whose body is the decision
    assert ("05.25.18.1", "decision", ["The bank mandate was amended and signed "]) in souldern
    assert ("05.25.18.2", "decision", ["RL and KG to be signatories on the bank "]) in souldern
    # receiving a report or confirming interests is not a decision
    assert not any(ref in ("05.18.25.4", "05.25.09") for ref, _, _ in souldern)


def test_label_before_a_dash_and_an_agent_for_the_perfect(ctx):
    found = summary(records("milburn-pc-minutes-2016-05-03-agm.pdf", ctx))
    assert ("16.05.12", "decision", ["The Accounts were approved by the Parish"]) in found
    assert ("16.05.11", "decision", ["The asset register for insurance purpose"]) in found
    assert ("16.05.6", "decision", ["Mr Joyce was asked to source a laptop to"]) in found


def test_this_was_approved_refers_to_the_sentence_before_and_dash_outcomes(ctx):
    found = records("stoke-ferry-pc-minutes-2012-12.html", ctx)
    assert all(r.ref is None and r.kind == "decision" for r in found)
    texts = [r.items[0].text for r in found]
    assert texts[2].startswith("The Clerk requested that the budget for Subscriptions be increased")
    refusal = next(r for r in found if r.items[0].text.startswith("Age UK Norfolk"))
    assert refusal.outcome is not None and refusal.outcome.carried is False
    agreed = next(r for r in found if r.items[0].text.startswith("Cllr Nicholas-Letch proposed that"))
    assert agreed.outcome is not None and agreed.outcome.carried is True


def test_agreement_restating_a_formal_resolution_is_not_recorded_twice(ctx):
    found = records("west-dereham-pc-minutes-2017-04.html", ctx)
    decisions = [(r.ref, r.items[0].text[:40]) for r in found if r.kind == "decision"]
    assert decisions == [
        ("22/17", "for JM to come back with a date and time"),
        ("40/17", "the project would be put on hold at this"),
        ("43/17", "The Councillors had previously viewed co"),
    ]


def test_reports_have_no_narrative_decisions(ctx):
    # "In 2020/21, County Council agreed £12.011m of funding" is a report, not a minute
    assert records("wsx-children-first-update-2020-06.txt", ctx) == []
    assert records("wsx-children-first-progress-2020-09.txt", ctx) == []


# --- parsers ---------------------------------------------------------------------------------

def test_outcome_counts():
    # no sample prints vote counts; the wording is the common UK form
    outcome = find_outcome("That the report be noted. Carried (5 for, 2 against, 1 abstention)")
    assert outcome is not None
    assert (outcome.carried, outcome.votes_for, outcome.votes_against, outcome.abstentions) == (
        True, 5, 2, 1)
    assert find_outcome("The Councillors agreed unanimously for SW to undertake the audit.").unanimous


STYLES = {
    "1.": lambda n: f"{n}.", "1)": lambda n: f"{n})", "(1)": lambda n: f"({n})",
    "A.": lambda n: f"{chr(64 + n)}.", "(a)": lambda n: f"({chr(96 + n)})",
}
WORDS = st.text(alphabet="abcdefghij klm,", min_size=1, max_size=30).map(
    lambda s: "x" + " ".join(s.split()))


@given(st.sampled_from(sorted(STYLES)), st.lists(WORDS, min_size=1, max_size=9),
       st.sampled_from(["\n", " "]))
def test_parse_list_reads_back_what_was_written(style, texts, sep):
    numbered = [f"{STYLES[style](n)} {t}." for n, t in enumerate(texts, start=1)]
    text = "RESOLVED: " + sep.join(numbered) + "\n\nNext paragraph."
    items = parse_list(text, len("RESOLVED: "), len(text))
    assert [norm(text[s:e]) for _, s, e in items] == [norm(t + ".") for t in texts]
    assert [n for n, _, _ in items] == [STYLES[style](n).rstrip(".)") if not style.startswith("(")
                                        else STYLES[style](n) for n in range(1, len(texts) + 1)]


@given(st.lists(WORDS, min_size=1, max_size=5))
def test_parse_list_ignores_markers_of_another_style(texts):
    text = "A. " + " 2. ".join(texts) + "\nB. last"
    items = parse_list(text, 0, len(text))
    assert [n for n, _, _ in items] == ["A", "B"]


# --- the floor -------------------------------------------------------------------------------

def test_f1_floor_on_the_annotated_samples(ctx):
    """The issue's floor: F1 >= 0.95 for resolutions over samples/gold (scored as `eval`)."""
    def same(g, p):
        if g.kind != p.kind or (g.ref is not None and norm(g.ref) != norm(p.ref)):
            return False
        return len(p.items) >= len(g.items) and all(
            norm(pi.text).startswith(norm(gi)) for gi, pi in zip(g.items, p.items, strict=False))

    gold_n = pred_n = matched = 0
    for path in sorted((SAMPLES / "gold").glob("*.json")):
        gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
        if "resolutions" in gold.not_annotated:
            continue
        score = match(gold.resolutions, records(gold.sample, ctx), same)
        gold_n, pred_n, matched = gold_n + score.gold, pred_n + score.predicted, matched + score.matched
    precision, recall = matched / pred_n, matched / gold_n
    assert 2 * precision * recall / (precision + recall) >= 0.95


def test_a_motion_inside_a_longer_sentence_starts_at_its_proposer(ctx):
    # souldern-pc-minutes-2026-02-26.pdf (held out), in an action table's Update cell:
    # "Sessions had been stopped and NO proposed and JH seconded that the group be disbanded"
    found = {r.ref: r for r in records("souldern-pc-minutes-2026-02-26.pdf", ctx)}
    (item,) = found["02.26.05"].items
    assert item.text.startswith("NO proposed and JH seconded that the")
    assert found["02.26.05"].kind == "decision"


# --- issue 14: mid-line bullets, nested minute numbers, report recommendations ---------------

def test_a_bullet_after_resolved_on_the_same_line_is_one_item(ctx):
    # parse_list used to raise IndexError: the bullet opens no line
    text = "RESOLVED: - to approve £5"
    assert parse_list(text, len("RESOLVED:"), len(text)) == [(None, 12, 25)]
    doc = Document.from_text("12. FINANCE\n12.1 RESOLVED: - to approve £5\n13. PLANNING\n")
    (r,) = resolutions.extract(doc, ctx)
    assert [i.text for i in r.items] == ["to approve £5"]


@given(st.lists(WORDS, min_size=1, max_size=5), st.sampled_from(["-", "•", "*"]))
def test_parse_list_reads_bullets_whether_the_first_opens_a_line_or_not(texts, bullet):
    for lead in ("RESOLVED: ", "RESOLVED:\n"):
        text = lead + "\n".join(f"{bullet} {t}" for t in texts) + "\n\nNext."
        items = parse_list(text, len("RESOLVED:"), len(text))
        assert [norm(text[s:e]) for _, s, e in items] == [norm(t) for t in texts]


def has(found, ref, kind, opening):
    """One of `found` (as `summary` gives them) has this ref and kind and its item opens so."""
    return any(r == ref and k == kind and items[0].startswith(opening[:40]) for r, k, items in found)


def test_dotted_paragraphs_under_tabbed_minute_numbers_are_their_own_refs(ctx):
    # hertingfordbury-pc-minutes-2009-05-13.pdf: "11.<tab>FINANCE" then "11.2<tab>RESOLVED that ..."
    found = summary(records("hertingfordbury-pc-minutes-2009-05-13.pdf", ctx))
    assert has(found, "11.2", "resolved", "that two payments, one to Came & Co for")
    assert has(found, "12.1", "resolved", "that the council confirms its belief in t")
    assert has(found, "1", "resolved", "that Cllr Lester be elected chairman for ")


def test_minute_numbers_before_capital_headings_with_dotted_paragraphs(ctx):
    # hertingfordbury-pc-minutes-2013-10-09.pdf: "67. FINANCE" ... "67.2. Six payments were approved"
    found = summary(records("hertingfordbury-pc-minutes-2013-10-09.pdf", ctx))
    assert has(found, "67.2", "decision", "Six payments were approved: see attached")
    assert has(found, "68.3", "resolved", "to object to the application on the grou")


def test_moderngov_minutes_take_the_item_number_or_the_minute_number(ctx):
    # kent-cc-county-council-2025-03-13-cpp-minutes-29-10-24.pdf: "Participation Team update /
    # (Item 4)"; kent-cc-county-council-2025-01-09-printed-minutes: "285. English Devolution White
    # Paper / (Item 3)"
    cpp = summary(records("kent-cc-county-council-2025-03-13-cpp-minutes-29-10-24.pdf", ctx))
    assert has(cpp, "4", "resolved", "that the Panel note the Participation Tea")
    assert has(cpp, "3", "resolved", "that the minutes of the meeting held on 3")
    kent = summary(records(
        "kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf",
        ctx))
    assert [r for r in kent if r[1] == "resolved"][-1][:2] == ("285", "resolved")
    # the motion's quoted "County Council is asked to:" is no recommendation of the minutes
    assert not [r for r in kent if r[1] == "recommendation"]


def test_a_report_asks_its_committee_to_note_and_approve(ctx):
    # kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf: "Recommendations: / Cabinet is
    # asked to: / 1) NOTE ... 2) APPROVE ... 3) APPROVE ..."; its "was agreed by County Council"
    # reports an earlier decision and is no decision of the report's
    doc = ingested("kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf")
    report = Context(nlp=ctx.nlp, document=DocumentInfo(kind="report"))
    (r,) = resolutions.extract(doc, report)
    assert (r.ref, r.kind, r.body) == (None, "recommendation", "Cabinet is asked to:")
    assert [i.number for i in r.items] == ["1", "2", "3"]
    assert r.items[1].text.startswith("APPROVE the net transfer of £356.0k into reserves")


def test_a_recorded_vote_before_resolved_is_its_outcome_with_names_per_side(ctx):
    # kent-cc-county-council-2025-01-09-printed-minutes: "25) The Chairman put the substantive
    # motion ... For (39) Mr Baker, ... Against (19) ... Abstain (1) Ms Constantine / Substantive
    # Motion carried. / 26) RESOLVED that the County Council: (1) Endorses ..."
    found = records(
        "kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf",
        ctx)
    resolved = [r for r in found if r.ref == "285" and r.kind == "resolved"]
    (r,) = resolved
    o = r.outcome
    assert o is not None
    assert (o.carried, o.votes_for, o.votes_against, o.abstentions) == (True, 39, 19, 1)
    assert len(o.names_for) == 39 and len(o.names_against) == 19
    assert o.names_for[:2] == ["Mr Baker", "Mr Bartlett"] and o.names_abstaining == ["Ms Constantine"]
    # "the Chairman put the amendment ... to the vote and it was agreed" is the amendment's outcome
    assert not [x for x in found if x.kind == "decision" and "to the vote" in x.items[0].text]


def test_outcome_wordings():
    assert find_outcome("Amendment lost.").carried is False
    assert find_outcome("Substantive Motion carried.").carried is True
    assert find_outcome("Read a first, second and third time and passed. Carried.").carried is True


@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99),
       st.lists(st.sampled_from(["Mr Baker", "Mrs Bell", "Dr Sullivan", "Ms Wright"]),
                min_size=1, max_size=4))
def test_recorded_votes_read_back(n_for, n_against, n_abstain, names):
    printed = ", ".join(names)
    text = (f"For ({n_for})\n\n{printed}\n\nAgainst ({n_against})\n\n{printed}\n\n"
            f"Abstain ({n_abstain})\n\n{printed}\nMotion carried.")
    o = find_outcome(text)
    assert o is not None
    assert (o.votes_for, o.votes_against, o.abstentions, o.carried) == (n_for, n_against, n_abstain, True)
    assert o.names_for == o.names_against == o.names_abstaining == names


def test_a_roman_list_after_committee_resolved_to(ctx):
    # sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf: "Committee resolved to:
    # i)<tab>Approve the outlined proposals ... ii)<tab>Note the details ..."
    found = {r.ref: r for r in records("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf", ctx)}
    r = found["59"]
    assert r.kind == "resolved" and [i.number for i in r.items] == ["i", "ii"]
    assert r.items[0].text.startswith("Approve the outlined proposals in section 4 of the report")
    assert r.items[1].text.startswith("Note the details of the traffic island planting")


def test_a_roman_list_in_a_moderngov_resolution(ctx):
    # kent-cc-county-council-2025-03-13-printed-minutes: "3) RESOLVED that Council: (i) Notes the
    # Inspector’s Report ... (iv) Delegates authority ..."; the quoted motion of paragraph 1, its
    # proposer and "Motion carried" are the resolution's, not decisions of their own
    found = records(
        "kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf", ctx)
    minute = [r for r in found if r.ref == "299"]
    (r,) = minute
    assert [i.number for i in r.items] == ["(i)", "(ii)", "(iii)", "(iv)"]
    assert r.items[2].text.startswith("Adopts the Kent Minerals and Waste Local Plan 2024-2039")
    assert (r.outcome.carried, r.outcome.votes_for, r.outcome.votes_against, r.outcome.abstentions) == (
        True, 52, 0, 11)


@given(st.lists(WORDS, min_size=1, max_size=8))
def test_roman_lists_read_back(texts):
    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]
    text = "RESOLVED to:\n" + "\n".join(f"({numerals[n]}) {t}" for n, t in enumerate(texts)) + "\n\nNext."
    items = parse_list(text, len("RESOLVED to:"), len(text))
    assert [n for n, _, _ in items] == [f"({numerals[n]})" for n in range(len(texts))]


def test_parish_minutes_bare_agreed_initials_and_sentence_minutes(ctx):
    # hertingfordbury-pc-minutes-2011-11-09.pdf: "76. MINUTES OF MEETING 12TH OCTOBER 2011 /
    # Agreed."; "86. It was RESOLVED to exclude the press and public" after "85. MATTERS ..."
    found = summary(records("hertingfordbury-pc-minutes-2011-11-09.pdf", ctx))
    assert has(found, "76", "decision", "Agreed.")
    assert has(found, "86", "resolved", "to exclude the press and public under St")
    # hertingfordbury-pc-minutes-2016-05-11.pdf: "HPC resolved not to change existing policy";
    # "The statement of accounts for the year ended 31 March 2016 were authorised and signed."
    found = summary(records("hertingfordbury-pc-minutes-2016-05-11.pdf", ctx))
    assert has(found, "12", "resolved", "not to change existing policy of retaini")
    assert has(found, "13", "decision", "The statement of accounts for the year e")


def test_a_minute_number_printed_with_a_doubled_dot_is_kept_as_printed(ctx):
    # souldern-pc-minutes-2026-01-29.pdf: "01.26..03<tab>To receive the minutes ..."
    found = summary(records("souldern-pc-minutes-2026-01-29.pdf", ctx))
    assert has(found, "01.26..03", "decision", "The minutes of the parish council meetin")


def test_minutes_reporting_a_paper_that_recommended_the_following(ctx):
    # suffolk-libraries-board-minutes-2015-11-26.pdf: "The paper recommended the following:
    # o To propose to SCC ... o To negotiate with SCC ... o To engage in the development ..."
    (r,) = [r for r in records("suffolk-libraries-board-minutes-2015-11-26.pdf", ctx)
            if r.kind == "recommendation"]
    assert r.ref == "7" and len(r.items) == 3
    assert r.items[1].text.startswith("To negotiate with SCC on the contract sum for 2017/18")


DEV_FLOOR = 0.94
"""Resolutions F1 on the 16 blind dev papers (samples/gold/dev), just under the 0.943 measured
when issue 14 closed (0.23 before it) and again after its third pass; raise it, never lower it."""


def test_f1_floor_on_the_blind_dev_papers(ctx):
    from extractors import metadata
    from pipeline.eval import same_resolution

    gold_n = pred_n = matched = 0
    for path in sorted((SAMPLES / "gold" / "dev").glob("*.json")):
        gold = Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
        if "resolutions" in gold.not_annotated:
            continue
        doc = ingested(gold.sample)
        found = resolutions.extract(doc, Context(nlp=ctx.nlp, document=metadata.extract(doc, ctx)))
        score = match(gold.resolutions, found, same_resolution)
        gold_n, pred_n, matched = gold_n + score.gold, pred_n + score.predicted, matched + score.matched
    precision, recall = matched / pred_n, matched / gold_n
    assert 2 * precision * recall / (precision + recall) >= DEV_FLOOR


# --- issue 14 (second pass): three-digit minutes, paragraphs after "RESOLVED that:", outcomes --

def test_dotted_paragraphs_of_three_digit_minutes_are_their_refs(ctx):
    # real lines of hertingfordbury-pc-minutes-2012-04-11 (corpus, not a test paper)
    doc = Document.from_text(
        "150. CHAIRMAN’S ANNOUNCEMENTS\n"
        "150.1 The chairman proposed and it was RESOLVED to suspend standing order 29J to allow\n"
        "members to speak more than once in debate.\n"
        "156. GRANTS\n"
        "156.2 Grant application from the Greens Residents Action Group.\n"
        "156.2.3 It was RESOLVED to move £1200 from unallocated reserves to the S137\n"
        "budget.\n"
        "156.2.4 It was agreed to reconsider the application at the May meeting subject to the\n"
        "adoption of a grants policy.\n")
    assert summary(resolutions.extract(doc, ctx)) == [
        ("150.1", "resolved", ["to suspend standing order 29J to allow m"]),
        ("156.2.3", "resolved", ["to move £1200 from unallocated reserves "]),
        ("156.2.4", "decision", ["to reconsider the application at the May"]),
    ]


def test_amounts_at_line_starts_do_not_make_the_paper_dotted(ctx):
    # hertingfordbury-pc-minutes-2011-11-09 (dev): six payments "923.00 Coopers" against sixty
    # paragraph numbers; "76. MINUTES ... / Agreed." stays minute 76
    found = summary(records("hertingfordbury-pc-minutes-2011-11-09.pdf", ctx))
    assert ("76", "decision", ["Agreed."]) in found
    assert ("86", "resolved", ["to exclude the press and public under St"]) in found


def test_resolved_that_over_paragraphs_gives_an_item_per_paragraph(ctx):
    # kent-cc-county-council-2025-03-13-printed-minutes (corpus, not a test paper), minute 301
    doc = Document.from_text(
        "301. Armed Forces Covenant\n(Item 10)\n\n"
        "4) Following the debate, the Chairman put the motion set out in paragraph 3.\n\n"
        "5) RESOLVED that:\n\n"
        "Members note all that is being done to deliver the Armed Forces Covenant\n"
        "in Kent and agree to priorities going forward.\n\n"
        "Members continue to support the Armed Forces Covenant across the\n"
        "county.\n\n"
        "302. Devolution and Local Government Reorganisation Update\n(Item 11)\n\n"
        "3) RESOLVED that Council notes the update.\n")
    found = resolutions.extract(doc, ctx)
    assert [(r.ref, r.body, [i.text[:30] for i in r.items]) for r in found] == [
        ("301", "that:", ["Members note all that is being", "Members continue to support th"]),
        ("302", None, ["that Council notes the update."]),
    ]


def test_agreed_unanimously_after_a_motion_is_its_outcome(ctx):
    # the same minutes, minute 296: one decision, not two
    doc = Document.from_text(
        "296. Tributes\n(Item 5)\n\n"
        "10) Mr Sweetland proposed, and Mr Ridgers seconded, that the Council formally\n"
        "record the sense of loss it feels on the sad passing of Mr Charlie Simkins.\n"
        "Agreed unanimously.\n\n"
        "11) The Chairman held a one-minute silence in memory of Mr Charlie Simkins.\n\n"
        "297. Questions\n(Item 6)\n")
    (r,) = resolutions.extract(doc, ctx)
    assert r.kind == "decision" and r.items[0].text.startswith("Mr Sweetland proposed, and")
    assert r.outcome is not None and r.outcome.unanimous is True


# --- issue 14 (third pass): numbers alone on their line, report sections, motions quoted twice --

def test_a_minute_number_alone_under_its_heading_and_passive_decisions_after_and(ctx):
    # suffolk-libraries-agm-minutes-2015 (dev2): "Minutes / 3. / The minutes from the AGM 2014
    # were accepted ...", "Accounts 2014/15 / 5. / ... There were no questions and the accounts
    # were accepted and approved.", "7. / The following Directors were voted in by ..."
    found = summary(records("suffolk-libraries-agm-minutes-2015.pdf", ctx))
    assert has(found, "3", "decision", "The minutes from the AGM 2014 were accepted as a true")
    assert has(found, "5", "decision", "the accounts were accepted and approved.")
    assert has(found, "6", "decision", "The appointment was agreed.")
    assert has(found, "7", "decision", "The following Directors were voted in by the society")
    assert not has(found, "5", "decision", "There were no questions")


def test_a_pronoun_after_and_keeps_the_clause_before():
    # hertingfordbury-pc-minutes-2016-05-11: "There were no comments on the minutes ... and
    # these were agreed and signed." is one decision, read whole
    unit = ("There were no comments on the minutes of the meeting held on 13 April 2016 and "
            "these were agreed and signed.")
    assert resolutions.decision_in(unit, False) == ("self", 0)
    unit = "There were no questions and the accounts were accepted and approved."
    assert resolutions.decision_in(unit, False) == ("from", unit.index("the accounts"))


def test_a_numbered_line_wrapped_from_a_sentence_is_no_minute():
    # suffolk-libraries-board-minutes-2016-01-28: "... See Appendix / 1." after minute 7
    assert resolutions._follows_on({0: "6", 10: "7"}, "8")
    assert not resolutions._follows_on({0: "6", 10: "7"}, "1")


def test_discussed_and_resolved_to(ctx):
    # milburn-pc-minutes-2017-01-10 (dev2): "The setting of the Precept for 2017/18 was
    # discussed and resolved to reduce the precept to £2500."
    found = summary(records("milburn-pc-minutes-2017-01-10.pdf", ctx))
    assert has(found, "17.01.5", "resolved", "to reduce the precept to £2500.")


def test_a_reports_numbered_sections_give_its_recommendations_their_ref(ctx):
    # kent-cc-county-council-2025-03-13-governance-update-report (dev2): "8. Recommendations /
    # The County Council is asked to: 1. To NOTE ... 6. DELEGATE ..."; the list's own "1." to
    # "6." after section 8 are items, not sections
    (r,) = records("kent-cc-county-council-2025-03-13-governance-update-report.pdf", ctx)
    assert (r.ref, r.kind, len(r.items)) == ("8", "recommendation", 6)
    assert r.items[5].text.startswith("DELEGATE authority to the Monitoring Officer")


@given(st.integers(min_value=3, max_value=12), st.integers(min_value=1, max_value=3))
def test_section_headings_read_back(n, listed):
    text = "".join(f"{i}. Section heading {i}\n\nBody of section {i}.\n\n" for i in range(1, n + 1))
    text += "".join(f"{i}. To NOTE item {i}\nrunning on.\n" for i in range(1, listed + 1))
    reading = resolutions.Reading(text, list(range(len(text) + 1)),
                                  [0] + [i + 1 for i, c in enumerate(text) if c == "\n"][:-1])
    minutes = resolutions.find_minutes(reading)
    assert [m.ref for m in minutes] == [str(i) for i in range(1, n + 1)]


def test_a_motion_quoted_again_at_the_top_of_two_pages_is_no_running_header(ctx):
    # kent-cc-county-council-2025-03-13-printed-minutes (not a test paper), minute 308: the motion,
    # its amendment and the RESOLVED repeat "This Council believes that: / a) Immediate and
    # decisive action ...", which falls near the top of two pages in different places
    from extractors.furniture import furniture_lines, raw_lines

    name = "kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf"
    doc = ingested(name)
    lines = raw_lines(doc.text)
    texts = {doc.text[slice(*lines[i])] for i in furniture_lines(doc, lines, placed=True)}
    assert "This Council believes that:" not in texts
    assert "This Council believes that:" in {doc.text[slice(*lines[i])]
                                             for i in furniture_lines(doc, lines)}
    found = {r.ref: r for r in records(name, ctx)}
    assert [i.number for i in found["308"].items] == ["a", "b", "c", "d", "a", "b"]
    assert found["308"].items[0].text.startswith("Immediate and decisive action is needed")
    assert found["306"].items[5].text.startswith(
        "Delegates authority to the Monitoring Officer in consultation with the Leader and "
        "Opposition Group Leaders")


def test_the_first_sentence_under_a_heading_says_what_is_to_be_done(ctx):
    # souldern-pc-minutes-2026-02-26: "02.26.09<tab>NBW (Bush Craft) / The Bushcraft Group is
    # to be disbanded and disassociated from the parish council."
    found = summary(records("souldern-pc-minutes-2026-02-26.pdf", ctx))
    assert has(found, "02.26.09", "decision", "The Bushcraft Group is to be disbanded")


def test_a_report_printing_its_recommendations_twice_gives_them_once_under_the_numbered_printing(ctx):
    # kent-cc-county-council-2025-01-09-devolution-white-paper-county-council-report-final
    # (dev4): the summary box "Recommendations: / County Council is asked to: / (1) Endorse ..."
    # and "5. Recommendations: / County Council is asked to: / (1) Endorse ..." after paragraph
    # 4.8 (the fifth session's convention: one record, under its numbered printing)
    found = summary(records("kent-cc-county-council-2025-01-09-devolution-white-paper-county-council-report-final.pdf",
                            ctx))
    assert [(ref, kind, len(items)) for ref, kind, items in found if items[0].startswith("Endorse the")] == [
        ("5", "recommendation", 4)]
    box = resolutions.Found("recommendation", None, 10, 50, [("(1)", "Note the update on devolution")])
    again = resolutions.Found("recommendation", "4.1", 900, 950, [("(1)", "Note the update on devolution")])
    other = resolutions.Found("recommendation", None, 990, 999, [("1", "Agree the budget")])
    assert resolutions._once([box, again, other]) == [again, other]
    # kent-cc-county-council-2025-03-13-council-report-mid-year-24-25 (dev4): "Recommendation:
    # County Council is asked to note the report." and "12. Recommendation / County Council is
    # asked to endorse this report."
    found = summary(records("kent-cc-county-council-2025-03-13-council-report-mid-year-24-25.pdf", ctx))
    assert [(ref, items) for ref, kind, items in found if kind == "recommendation"] == [
        ("12", ["endorse this report."])]


def test_resolved_by_the_council_for_someone_to_act():
    # hertingfordbury-pc-minutes-2016-04-13 (not a test paper): "It was resolved by HPC for the
    # clerk to join the Local Government Pension Scheme."
    unit = "It was resolved by HPC for the clerk to join the Local Government Pension Scheme."
    assert [item for _, item in resolutions.narrative_resolutions(unit)] == [
        "for the clerk to join the Local Government Pension Scheme."]
    # a report of who resolved something elsewhere is still no resolution of its own
    assert resolutions.narrative_resolutions("The plan was resolved by the inspector in May.") == []


def test_a_minute_number_with_its_last_dot_printed_as_a_space_is_kept_as_printed():
    # souldern-pc-minutes-2026-01-29: "01.26 08<tab>Highways/Footpaths" between "01.26.07" and
    # "01.26.09"
    text = "01.26.07\tCorrespondence\nNone.\n01.26 08\tHighways/Footpaths\nNone.\n01.26.09\tNBW\nNone."
    reading = resolutions.Reading(text, list(range(len(text) + 1)),
                                  [0] + [i + 1 for i, c in enumerate(text) if c == "\n"])
    assert [m.ref for m in resolutions.find_minutes(reading)] == ["01.26.07", "01.26 08", "01.26.09"]


# --- issue 14, fourth pass ----------------------------------------------------------------------

def _read(text, kind):
    doc = Document.from_text(text)
    return resolutions.extract(doc, Context(nlp=spacy.blank("en"), document=DocumentInfo(kind=kind)))


def test_recommendation_items_whose_bullets_were_lost_open_with_a_capital_verb():
    # real passage: Kent County Council decision report 24/00093 (corpus, Appendix 3, March 2025)
    (r,) = _read("Recommendation(s):\n\nThe Cabinet Member for Integrated Children’s Services is "
                 "asked to:\n\nAPPROVE the proposal to not re-commission the Family Hub services "
                 "that are\ncurrently provided at Seashells and Millmead Family Hubs when the "
                 "current\ncontracts reach the end of their term on 31 March 2025.\n\nDELEGATE any "
                 "activity requiring capital spend as set out in the report to the\nDirector of "
                 "Infrastructure.\n\n1. Introduction\n", "report")
    assert r.kind == "recommendation"
    assert r.body == "The Cabinet Member for Integrated Children’s Services is asked to:"
    assert [i.text[:30] for i in r.items] == ["APPROVE the proposal to not re", "DELEGATE any activity requirin"]


def test_a_recommendation_of_one_sentence(ctx):
    # real passages: Kent County Council treasury management mid-year report (corpus, March 2025)
    found = _read("in this report.\n\nRecommendation: County Council is asked to note the report."
                  "\n\n1.\tIntroduction\n\n1.1 This report covers ...\n\n12. Recommendation\n\n"
                  "County Council is asked to endorse this report.\n\nAppendices\n", "report")
    # the report's one recommendation, in its summary and under its numbered heading, is one
    # record under the numbered printing (the fifth session's convention; dev4's gold for it)
    assert [(r.ref, r.kind, [i.text for i in r.items]) for r in found] == [
        ("12", "recommendation", ["endorse this report."])]
    # the verb in capitals, the lead on the line under its label: a SYNTHETIC sentence in the
    # form of a Kent cabinet report's summary box
    (r,) = _read("Recommendation(s):\nCabinet is asked to NOTE the Quarterly Performance Report "
                 "for Quarter 3 of 2024/25.\n\n1. Introduction\n", "report")
    assert r.items[0].text == "NOTE the Quarterly Performance Report for Quarter 3 of 2024/25."
    # the lead-in after a clause of its own and wrapped at its line's end: Kent's section 25
    # statement (dev5), read from the paper
    (r,) = records("kent-cc-county-council-2025-02-13-section-25-statement-final.pdf", ctx)
    assert (r.kind, r.ref, r.body) == ("recommendation", None, "Recommendation: Pursuant to section 25 of "
                                       "the Local Government Act, County Council is asked to")
    assert [i.text for i in r.items] == ["CONSIDER and NOTE this report and AGREE to have due regard to the "
                                         "contents when making decisions about the proposed budget."]


RECORD_OF_DECISION = """NORTHSHIRE COUNTY COUNCIL – RECORD OF DECISION
DECISION TAKEN BY:
Cabinet Member for Highways and Transport
DECISION NO:
23/00412
Decision:
As Cabinet Member for Highways and Transport, I agree to:
a) APPROVE the award of the highway resurfacing contract;
b) DELEGATE the contract's final terms to the Director of Highways; and
c) DELEGATE authority to the Corporate Director for Growth to extend it.
Reason(s) for decision:
The current contract ends on 31 March 2024.
"""
"""SYNTHETIC fixture, invented (no record of decision outside the blind test split): the common
layout of a ModernGov record of decision."""

DECISION_GROUPS = """DECISION:

I. Cabinet agreed to:
a) NOTE the Inspector’s Report on the examination of the Plan;
b) ENDORSE the Cabinet Member’s proposal to recommend adoption.

II. Cabinet further agreed to:
a) DELEGATE authority to the Corporate Director for Growth, Environment and Transport.

Reason(s) for decision:
The Plan has been found sound.
"""
"""SYNTHETIC fixture: a ModernGov decision page's roman groups of lettered items (wording from
the corpus's Kent Minerals and Waste Local Plan report to Cabinet, 4 March 2025)."""


def test_a_record_of_decisions_decision_block():
    (r,) = _read(RECORD_OF_DECISION, "report")
    assert (r.kind, r.body) == ("decision", "As Cabinet Member for Highways and Transport, I agree to:")
    assert [(i.number, i.text[:20]) for i in r.items] == [
        ("a", "APPROVE the award of"), ("b", "DELEGATE the contrac"), ("c", "DELEGATE authority t")]
    assert "Reason" not in r.items[-1].text


def test_a_decision_pages_roman_groups_are_read_item_by_item():
    (r,) = _read(DECISION_GROUPS, "report")
    assert r.kind == "decision"
    assert [(i.number, i.text[:10]) for i in r.items] == [
        ("a", "NOTE the I"), ("b", "ENDORSE th"), ("a", "DELEGATE a")]


US_MINUTES = """MINUTES OF THE REGULAR MEETING

2. Approval of Minutes
Motion by Commissioner Smith, seconded by Commissioner Jones, to approve the minutes of the December 4, 2017 meeting as presented. Motion carried 5-0.

3. Budget
A motion was made by Commissioner Lee and seconded by Commissioner Park to approve the 2018 budget. Roll call vote: Ayes: Smith, Jones, Lee, Park. Nays: Brown. Motion carried.

4. Adjournment
Moved by Commissioner Jones, seconded by Commissioner Lee, to adjourn. The motion passed unanimously.
"""
"""SYNTHETIC fixture, clearly not a real paper (no US minutes outside the blind test split): the
common forms of US commission and board minutes."""


def test_us_motions_are_decisions_with_mover_seconder_and_vote():
    found = _read(US_MINUTES, "minutes")
    assert [(r.kind, r.items[0].text[:22], r.moved_by, r.seconded_by) for r in found] == [
        ("decision", "to approve the minutes", "Commissioner Smith", "Commissioner Jones"),
        ("decision", "to approve the 2018 bu", "Commissioner Lee", "Commissioner Park"),
        ("decision", "to adjourn.", "Commissioner Jones", "Commissioner Lee")]
    first, budget, last = (r.outcome for r in found)
    assert (first.carried, first.votes_for, first.votes_against) == (True, 5, 0)
    assert (budget.carried, budget.votes_for, budget.votes_against) == (True, 4, 1)
    assert budget.names_against == ["Brown"]
    assert (last.carried, last.unanimous) == (True, True)


def test_the_board_all_in_agreement_keeps_its_subject(ctx):
    found = records("suffolk-libraries-board-minutes-2015-11-26.pdf", ctx)
    texts = [r.items[0].text for r in found if r.kind == "decision"]
    assert "The Board were all in agreement with this proposal." in texts
    assert "The Board were in full agreement and accepted the terms." in texts
    # "It is proposed that the community group in Beccles ... underwrite": the paper's proposal
    assert not any(t.startswith("It is proposed") for t in texts)


def test_resolved_for_the_work_to_go_ahead():
    # real sentence: hertingfordbury-pc-minutes-2016-07-13, minute 24(c)
    (r,) = _read("24. STANDING ITEMS\n(c) Highways\nThe P3 grant was discussed and the Parish "
                 "Council resolved for the work to go ahead.\n25. FINANCE\n", "minutes")
    assert (r.kind, r.items[0].text) == ("resolved", "for the work to go ahead.")


def test_amendments_are_their_own_records(ctx):
    doc = ingested("kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf")
    found = resolutions.extract_amendments(doc, ctx)
    assert [(a.moved_by, a.seconded_by) for a in found][:2] == [
        ("Mr Streatfeild", "Mr Sole"), ("Mr Hood", "Mr Baldock")]
    first, second = found[:2]
    assert first.amends == "the motion set out in paragraph 5"
    assert first.text.startswith("County Council is asked to: (1) Endorse the ongoing joint work")
    assert first.outcome.carried is True
    assert (second.outcome.carried, second.outcome.votes_for, second.outcome.votes_against,
            second.outcome.abstentions) == (False, 14, 45, 4)
    assert all(a.ref == "285" for a in found)
    # an amendment is no resolution: the minute's resolutions are unchanged
    assert "Mr Streatfeild" not in " ".join(i.text for r in resolutions.extract(doc, ctx) for i in r.items)
    (form,) = resolutions.extract_amendments(
        ingested("kent-cc-county-council-2025-02-13-6-amendment-greens-and-independents-community-wardens.pdf"), ctx)
    assert (form.ref, form.moved_by, form.seconded_by) == ("6", "Mike Baldock", "Mark Hood")
    assert form.text.startswith("Use the additional Children’s Social Care Prevention grant money")


def test_parish_minutes_elections_year_headings_votes_of_thanks_and_agreed_lists(ctx):
    # hertingfordbury-pc-minutes-2014-05-14 (dev3)
    found = records("hertingfordbury-pc-minutes-2014-05-14.pdf", ctx)

    def by(ref, opening):
        (r,) = [r for r in found if r.ref == ref and r.items[0].text.startswith(opening)]
        return r

    # "1. ELECTION OF CHAIRMAN / Cllr C Edwards was elected unopposed as chairman ..."
    assert by("1", "Cllr C Edwards was elected unopposed").kind == "decision"
    # "16. 2013/14 ACCOUNTS AND ANNUAL GOVERNANCE STATEMENT" numbers its paragraphs 16.1 ...
    assert by("16.2", "The accounts for 2013-14 were APPROVED").kind == "decision"
    # "The council RESOLVED a vote of thanks to Mrs K Murphy"
    assert by("16.5", "a vote of thanks to Mrs K Murphy").kind == "resolved"
    # "The response was agreed with the following additions:" over four bullets
    agreed = by("17.3", "To include comments")
    assert agreed.body == "The response was agreed with the following additions:"
    assert [i.text[:28] for i in agreed.items] == [
        "To include comments on the n", "To include comment on the ne", "To include comment on the la",
        "To include additional commen"]


def test_a_resolved_before_the_numbered_minutes_takes_its_paragraph_number(ctx):
    # kent-cc-county-council-2025-02-13-9-january-2025-county-council-minutes (dev3): "Election
    # of Chair / ... / 2.<tab>RESOLVED that Mr Cooke be elected to Chair the meeting."
    found = records("kent-cc-county-council-2025-02-13-9-january-2025-county-council-minutes.pdf", ctx)
    assert ("2", "resolved") == (found[0].ref, found[0].kind)
    assert found[0].items[0].text.startswith("that Mr Cooke be elected to Chair")


def test_a_reports_boxed_recommendation_and_its_lettered_list_after_a_dash(ctx):
    # sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21 (dev3)
    found = records("sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21.pdf", ctx)
    assert [(r.ref, r.kind, len(r.items)) for r in found] == [
        (None, "recommendation", 1), ("2", "recommendation", 6)]
    assert found[0].items[0].text.startswith("approve events to be delivered by the Town Council")
    assert found[1].items[0].text.startswith("the City of Birmingham Symphony Orchestra")
    # "Council is recommended to approve the recommendations set out in section 2" restates them
    assert not any("set out in section" in i.text for r in found for i in r.items)


def test_a_decision_printed_in_a_rows_second_cell_is_about_its_first(ctx):
    # milburn-pc-minutes-2018-03-06.pdf, 18.03.7 Policy Reviews: "Financial Regulations<tab>
    # Councillors resolved to sign", five policies in a row, and under 18.03.8 "Clerks Wages
    # £838<tab>Councillors resolved to pay": the item ("to sign") does not say what was signed,
    # the row's first cell does.
    found = records("milburn-pc-minutes-2018-03-06.pdf", ctx)
    rows = [(r.ref, r.about, r.items[0].text) for r in found if r.about]
    assert rows == [
        ("18.03.7", "Register Insurance and Audit Purposes", "to sign"),
        ("18.03.7", "Financial Regulations", "to sign"),
        ("18.03.7", "Complaints Policy", "to sign"),
        ("18.03.7", "Standing Orders", "to sign"),
        ("18.03.7", "Code of Conduct", "to sign"),
        ("18.03.8", "Churchyard Donation of £250.00", "to pay"),
        ("18.03.8", "Clerks Wages £838", "to pay")]
    # a sentence before the decision, with no tab, is no row: "The Village Hall fees for the
    # past year is £40 Councillors resolved to pay"
    assert [r.about for r in found if r.ref == "18.03.8"].count(None) == 2
    # a minute's number before its tab is no subject ("12.1<tab>RESOLVED that ...")
    assert resolutions.row_subject("12.1\tIt was RESOLVED that", 20) is None
    assert resolutions.row_subject("Code of Conduct\tCouncillors resolved", 35) == "Code of Conduct"


def test_an_applications_tables_decided_column_is_one_decision_a_row(ctx):
    # sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf: "Organisation | Project
    # Summary | Amount Requested | Recommendation", a row per application; the cell alone
    # ("Approved.") does not say what was approved, its row's applicant does.
    found = records("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf", ctx)
    tabled = [(r.about, r.items[0].text[:45]) for r in found if r.about]
    assert len(tabled) == 15
    assert tabled[0] == ("Friends of Mossy Bank", "£2500 approved. Meets the criteria of protect")
    assert ("Sutton Coldfield Arts Trail", "Approved. Four Oaks - £400 New Hall - £200 Tr") in tabled
    assert ("YMCA (Falcon Lodge)", "Rejected. Committee noted that this applicati") in tabled
    # a cell wording the decision as the committee's own sentence is read with the prose's grammar
    # (its annotator's resolved and recommendation records under minute 6), the cell's words whole
    # its body; the outcome words alone ("Approved.") and what the committee noted or felt stay the
    # row's decision
    worded = {r.about: (r.ref, r.kind, r.items[0].text, r.body[:9]) for r in found if r.about and r.body}
    assert worded == {
        "Special Olympics Sutton Coldfield": ("6", "resolved", "to fund from the social inclusion budget.",
                                              "Approved."),
        "Moor Hall School": ("6", "recommendation", "Recommend approval of the project to the Planning "
                             "and Highways Committee for funding from the Highways cleaning and "
                             "improvement budget.", "Recommend"),
        "Whitehouse Common School": ("6", "recommendation", "Recommend approval of the project to the "
                                     "Planning and Highways Committee for funding from the Highways "
                                     "cleaning and improvement budget", "Recommend"),
        "Banners Gate Counselling Service": ("6", "recommendation", "that funding for this service is "
                                             "considered alongside the strategy that is being developed "
                                             "around Health and Well Being and Inclusion.", "Rejected."),
        "Home Start Birmingham": ("6", "recommendation", "that funding for this service is considered "
                                  "alongside the strategy that is being developed around Health and "
                                  "Well Being and Inclusion", "Rejected.")}
    park_run = next(r for r in found if r.about == "Sutton Coldfield Park Run")
    assert (park_run.ref, park_run.kind) == ("6", "decision")  # "Committee agreed that they would be keen"
    # the words of the cells are not read again as decisions of their own ("Approved.", "to fund")
    assert not [r for r in found if not r.about and r.items[0].text in ("Approved.", "to fund", "they")]
    # and the statutory form after the table is the committee resolving
    assert ("in accordance with its powers under sections 137 of the LGA 1972, to incur the "
            "expenditure set out above.") in [r.items[0].text for r in found]


def test_a_motion_of_recitals_is_one_item_from_its_whereas(ctx):
    # nipissing-minutes-2023-03-21.pdf (dev7): "R2023-076 D. Yemm, S. Foote: / WHEREAS the Bear
    # Creek Landfill has reached within 4 years remaining fill capacity; / NOW THEREFORE we
    # authorize Pinchin to proceed with a request for expansion of the fill site at the / Bear
    # Creek Landfill. Carried." (the dev7 annotators write the item from its WHEREAS)
    found = {r.ref: r for r in records("nipissing-minutes-2023-03-21.pdf", ctx)}
    r = found["R2023-076"]
    assert [i.text for i in r.items] == [
        "WHEREAS the Bear Creek Landfill has reached within 4 years remaining fill capacity; NOW "
        "THEREFORE we authorize Pinchin to proceed with a request for expansion of the fill site at "
        "the Bear Creek Landfill."]
    assert r.outcome is not None and r.outcome.carried
    assert len(found["R2023-077"].items) == 1
    assert "AND WHEREAS the purchase of a new compactor unit" in found["R2023-077"].items[0].text
    assert not [r for r in found.values() if r.items[0].text == "Carried."]


# --- issue 14, fifth pass: dev2/dev3 forms --------------------------------------------------

def test_the_body_acting_and_deciding_in_one_clause_is_a_decision_from_its_subject(ctx):
    # hertingfordbury-pc-minutes-2011-05-11 (dev3), minute 12: "12.1<tab>It was noted ...;
    # however the Council reviewed its arrangement ... and agreed that these were adequate",
    # "12.3<tab>The Council received and approved the accounts ..."
    found = summary(records("hertingfordbury-pc-minutes-2011-05-11.pdf", ctx))
    assert has(found, "12.1", "decision", "the Council reviewed its arrangement for Internal")
    assert has(found, "12.2", "decision", "The Council reviewed the effectiveness of the")
    assert has(found, "12.3", "decision", "The Council received and approved the accounts")
    # "16.8 The route for circulation of planning matters was confirmed."
    assert has(found, "16.8", "decision", "The route for circulation of planning matters")
    # "It was agreed to continue on this basis and therefore RESOLVED to: / Accept the renewal
    # quote ...": one record, the formal one
    assert [(r, k) for r, k, _ in found if r == "10"] == [("10", "resolved")]
    # "It was reported that the charity recently agreed ...", "Cllr Mrs Haysey would like to be
    # kept informed ...": a report and a wish
    assert not [r for r, _, _ in found if r in ("14.5", "16.4")]


def test_a_discussion_before_agreed_is_no_part_of_the_decision():
    # hertingfordbury-pc-minutes-2012-07-11 (dev5), 38.1.6: the decision is from "agreed"
    sentence = ("The council discussed demarcation of the land in front of the flats at Letty Green and "
                "agreed it was not necessary to put any physical marker in place.")
    assert resolutions.decision_in(sentence, False) == ("from", sentence.index("agreed"))
    # invented, in the same form: considering is deliberation too; receiving decides with approving
    sentence = "The Council considered the three quotes and agreed to accept the lowest."
    assert resolutions.decision_in(sentence, False) == ("from", sentence.index("agreed"))
    assert resolutions.decision_in("The Council received and approved the accounts.", False) == ("from", 0)


def test_confirmed_reports_where_it_has_no_subject_of_its_own():
    for sentence in ("It was confirmed that the grant had been paid.",
                     # kent-cc-county-council-2025-03-13-cpp-minutes-29-10-24 (dev)
                     "The Home Office had shown positive moves to prioritise these care leavers, "
                     "however, they remained the responsibility of KCC until their status was confirmed."):
        assert resolutions.decision_in(sentence, False) is None, sentence
    assert resolutions.decision_in("The route for circulation of planning matters was confirmed.",
                                   False) == ("self", 0)


def test_the_following_budgets_assigned_is_a_decision():
    # hertingfordbury-pc-minutes-2014-05-14 (dev3), minute 14
    (r,) = _read("14. WORK PROGRAMME\n\nThe work programme was discussed and the following budgets "
                 "assigned:\n\n15. FINANCE\n", "minutes")
    assert (r.ref, r.kind, r.items[0].text) == (
        "14", "decision", "The work programme was discussed and the following budgets assigned:")


def test_a_motion_agreed_or_carried_around_its_resolved_is_its_outcome():
    # kent-cc-county-council-2025-02-13-9-january-2025-county-council-minutes (dev3)
    o = find_outcome("Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected\n"
                     "to Chair the meeting. No other nominations were received.\nAgreed unanimously.\n")
    assert (o.carried, o.unanimous) == (True, True)
    # kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025 (not a test paper)
    o = find_outcome("2) Following the debate, the Chairman put the motion set out in paragraph 1\n"
                     "and it was agreed unanimously.")
    assert (o.carried, o.unanimous) == (True, True)
    # a sentence wrapped before its last word states no outcome of its own
    assert find_outcome("All agreed this was a true record and were signed and\napproved.") is None
    text = ("300. Review of Decision 24/00093 - Commissioned Family Hubs\n(Item 9)\n\n"
            "4) Following the debate, the Chairman put the motion set out in paragraph 2 to\nthe vote.\n"
            "Motion carried.\n\n5) RESOLVED that the County Council makes comments but does not require\n"
            "reconsideration of the decision.\n\n301. Armed Forces Covenant - Annual Report\n(Item 10)\n")
    (r,) = _read(text, "minutes")
    assert (r.ref, r.outcome.carried) == ("300", True)


def test_a_recommendation_inside_a_quoted_motion_of_two_paragraphs_is_no_recommendation():
    # kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025 (not a test paper), 301
    text = ("301. Armed Forces Covenant - Annual Report\n(Item 10)\n\n"
            "3) Mr Richardson proposed, and Mr Crow-Brown seconded the motion that\n\n"
            "“Members are asked to note all that is being done to deliver the Armed\n"
            "Forces Covenant in Kent.\n\n"
            "Members are requested to continue to support the Armed Forces Covenant\n"
            "across the county.”\n\n"
            "5) RESOLVED that:\n\nMembers note all that is being done.\n\n"
            "302. Devolution\n(Item 11)\n")
    assert [r.kind for r in _read(text, "minutes")] == ["resolved"]


def test_parish_minutes_numbered_by_their_agenda_items_take_those_numbers_as_refs(ctx):
    # souldern-pc-annual-meeting-minutes-2024-05-23-draft (dev2): "1. To elect a Chairman for the
    # forthcoming year / HD nominated and NS seconded that Nick Oakhill be elected Chair ..."
    found = records("souldern-pc-annual-meeting-minutes-2024-05-23-draft.pdf", ctx)
    assert [(r.ref, r.items[0].text[:30], r.moved_by, r.seconded_by) for r in found] == [
        ("1", "HD nominated and NS seconded t", "HD", "NS"),
        ("6", "NO proposed and JH seconded th", "NO", "JH"),
        ("8", "NO proposed and HD seconded th", "NO", "HD")]
    # a numbered list under a lead-in ending with a colon is no run of agenda items
    text = "Cabinet is asked to:\n1. Note the update\non devolution\n2. Agree the plan\nfor 2025\n3. Delegate it\nto the Leader\n"
    reading = resolutions.Reading(text, list(range(len(text) + 1)),
                                  [0] + [i + 1 for i, c in enumerate(text) if c == "\n"])
    assert resolutions.find_minutes(reading) == []


def test_who_proposed_and_seconded_a_motion_are_its_attributes():
    assert resolutions.proposed_by(
        "Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected") == ("Mr Gough", "Mr Brady")
    # souldern-pc-annual-meeting-minutes-2025-05-20: "The following accounts were approved for
    # payment proposed JH seconded HD:"
    assert resolutions.proposed_by(
        "The following accounts were approved for payment proposed JH seconded HD:") == ("JH", "HD")
    # an amendment's mover is the amendment's (kent ... 9-january-2025-county-council-minutes)
    assert resolutions.proposed_by("23) Mr Lehmann proposed and Mr Streatfeild seconded the following\n"
                                   "amendment to the motion") is None


@given(st.text(alphabet="ab .:\n1234", max_size=60))
def test_proposed_by_never_fails(text):
    found = resolutions.proposed_by(text)
    assert found is None or all(found)


def test_a_numbered_list_printed_on_one_line_splits_at_each_bracketed_number():
    # west-dereham-pc-minutes-2017-03 (seen), minute 18/17
    text = ("RESOLVED: 1) That the Locum Clerk includes the Cemetery Fees and Regulations Policy in the "
            "Discussion Group agenda for further discussion 2) That the Locum Clerk remind the recent "
            "funeral director that all memorials must be approved by the Parish Council in advance. 3) "
            "That the Locum Clerk amend and update the remainder policies on file and the website.")
    listed = parse_list(text, len("RESOLVED:"), len(text))
    assert [(n, text[s:e].strip()[:30]) for n, s, e in listed] == [
        ("1", "That the Locum Clerk includes "), ("2", "That the Locum Clerk remind th"),
        ("3", "That the Locum Clerk amend and")]
    # a number after a word that opens no clause is the item's text ("see minute 2) above")
    assert len(parse_list("RESOLVED: 1) That we note minute 2) above", 9, 41)) == 1


def test_headings_with_ordinal_dates_symbol_bullets_and_it_was_unanimously_agreed():
    # invented, in the forms of Hertingfordbury minutes: a capitals heading holding "9th", Word's
    # Symbol-font bullet (U+F0B7) and "It was unanimously agreed that ..."
    text = ("11. APOLOGIES FOR ABSENCE\nNone.\n"
            "12. MINUTES OF MEETING 9th MAY 2012\nIt was RESOLVED that the minutes be signed.\n"
            "13. FINANCE\n13.1 It was RESOLVED that the following payments be authorised:\n"
            "\uf0b7 The clerk for expenses: £12.00\n\uf0b7 The grass cutting: £110.00\n"
            "13.2 It was unanimously agreed that Cllr Green take the chair.\n")
    found = summary(_read(text, "minutes"))
    assert found == [("12", "resolved", ["that the minutes be signed."]),
                     ("13.1", "resolved", ["The clerk for expenses: £12.00", "The grass cutting: £110.00"]),
                     ("13.2", "decision", ["Cllr Green take the chair."])]


def test_the_meeting_resolved_and_a_figure_opening_the_next_sentence():
    # invented, in the form the issue names ("a plain 'The meeting resolved that ...' is missed")
    text = ("43. GREENS\nThe meeting resolved to adopt the policies and these will be posted.\n"
            "30 Church Green. Cllrs met at the site on Tuesday.\n44. FINANCE\n")
    assert summary(_read(text, "minutes")) == [
        ("43", "resolved", ["to adopt the policies and these will be "])]


def test_a_decision_taken_at_another_meeting_is_reported_not_taken():
    # invented, in the form of Suffolk Libraries board minutes: a committee's earlier agreement
    for sentence in ("The Travel Policy was reviewed and agreed at the Finance and Audit meeting in May.",
                     "A further grant of £500 was approved at the previous meeting."):
        assert resolutions.decision_in(sentence, False) is None, sentence
    assert resolutions.decision_in("The Travel Policy was reviewed and agreed.", False) == ("self", 0)


def test_a_resolved_lead_in_wrapped_over_lines_before_its_list(ctx):
    # hertingfordbury-pc-minutes-2014-11-12 (dev4), minute 80.1: "Council RESOLVED to accept
    # following / Employment committee recommendations, That: / i. Mrs Nina Villa be appointed
    # as Clerk ... v. the chairman write to the unsuccessful candidate ..."
    found = summary(records("hertingfordbury-pc-minutes-2014-11-12.pdf", ctx))
    (r,) = [f for f in found if f[0] == "80.1"]
    assert r[1] == "resolved" and [t[:20] for t in r[2]] == [
        "Mrs Nina Villa be ap", "the chairman, in con", "Mrs Villa commences ",
        "the current clerk, T", "the chairman write t"]


def test_a_report_accepted_is_noted_not_decided():
    # hertingfordbury-pc-minutes-2013-05-08 (dev4), 13.1 and 10.2
    assert resolutions.decision_in("The planning report was presented and accepted.", False) is None
    assert resolutions.decision_in("Five payments were approved: see attached list.", False) == ("self", 0)


def test_an_unquoted_amendment_runs_to_the_next_numbered_paragraph():
    # invented, in the form of Kent minutes' unquoted amendments
    text = ("308. Motion for Time Limited Debate\n(Item 17)\n\n"
            "2) Mr Green proposed and Mr Brown seconded the following amendment:\n\n"
            "This Council believes that:\n\na) Action is needed.\nb) Any ban must be robust.\n\n"
            "3) The proposer and seconder of the original motion agreed to the\namendment.\n")
    (a,) = resolutions.extract_amendments(Document.from_text(text), None)
    assert (a.moved_by, a.seconded_by, a.text) == (
        "Mr Green", "Mr Brown", "This Council believes that: a) Action is needed. b) Any ban must be robust.")


def test_an_agreed_view_and_an_earlier_dated_adoption_are_no_decisions():
    # milburn-pc-minutes-2017-01-10 (dev2), 17.01.6: an agreed view for a questionnaire (the
    # annotator left it out)
    assert resolutions.decision_in(
        "The Councillors agreed the present system in place works well, plans are passed to each other.",
        False) is None
    # invented, in the forms of Hertingfordbury minutes
    assert resolutions.decision_in("It was agreed that the request seemed premature.", False) is None
    assert resolutions.decision_in("The County's Waste Plan was adopted in July 2014 but it is unclear "
                                   "whether we were consulted.", False) is None
    # what was agreed to be done stays a decision
    assert resolutions.decision_in("The Councillors agreed to forward a note to residents.", False) == (
        "after", len("The Councillors agreed"))


# --- sixth pass: what other councils' minutes recite, report or propose is no decision taken ---

def test_a_decision_recited_from_before_this_meeting_is_not_taken():
    # hertingfordbury-pc-minutes-2014-11-12 (dev4), 84: a pluperfect recital
    assert resolutions.decision_in("It had been agreed that only lime mortar (NHL) and sifted sand were "
                                   "permissible.", False) is None
    # west-dereham-pc-minutes-2017-03 (seen), after its label
    assert resolutions.decision_in("The grant had been approved and the funds were to be paid directly "
                                   "into the bank account.", False) is None
    # invented, in the forms minutes use to recite a past decision in their background
    for sentence in ("It was previously agreed that the clerk would obtain three quotes.",
                     "It was agreed at the last meeting that the hedge would be cut.",
                     "The Council considered the scheme at its meeting in March and agreed to fund it.",
                     "The budget was already approved by the Council."):
        assert resolutions.decision_in(sentence, False) is None, sentence
    assert resolutions.narrative_resolutions("The Council resolved at its previous meeting to close "
                                             "the account.") == []
    # the same verbs taken at this meeting stay decisions
    assert resolutions.decision_in("It was agreed that the website should go live.", False) == (
        "after", len("It was agreed"))
    assert resolutions.decision_in("The Council received and approved the accounts.", False) == ("from", 0)
    assert resolutions.narrative_resolutions("The Council resolved to close the account.") == [
        (len("The Council resolved"), "to close the account.")]


def test_a_list_under_a_reporting_sentence_recounts_another_meeting(ctx):
    # suffolk-libraries-board-minutes-2015-11-26 (dev), 5: "The Chair of the Business Development
    # and Marketing Committee updated the Board on discussions at the committee meeting in
    # November: ... o Branding guidelines – these were reviewed and agreed." (the annotator left
    # it out: the committee's, not the board's)
    found = summary(records("suffolk-libraries-board-minutes-2015-11-26.pdf", ctx))
    assert not [f for f in found if any("Branding" in t for t in f[2])]
    assert [f[0] for f in found if f[1] == "decision"].count("4") == 5


def test_a_chairs_procedural_proposal_and_an_agreed_no_comment_are_no_decisions(ctx):
    # hertingfordbury-pc-minutes-2011-11-09 (dev), 73.1 and 82.1 (the annotator left both out)
    assert resolutions.decision_in(
        "The chairman proposed that an additional item of urgent business would be discussed under\n"
        "Part 2 arrangements in accordance with Standing Order 68.", False) is None
    assert resolutions.decision_in(
        "The planning applications for 3/11/1303 was discussed and the council agreed it had no\n"
        "comments to make.", False) is None
    found = summary(records("hertingfordbury-pc-minutes-2011-11-09.pdf", ctx))
    assert [f for f in found if f[0] in ("73.1", "73.2", "82.1")] == [
        ("73.2", "resolved", ["to suspend standing order 29J to allow m"])]
    # a member's motion in its own words stays one (souldern-pc-minutes-2026-02-26, seen)
    assert resolutions.decision_in("NO proposed that the PC writes to the council.", False) == ("self", 0)


def test_another_bodys_passive_decision_and_apologies_are_reported_not_decided():
    # kent-cc-county-council-2025-03-13-devo-and-lgr-cc-report-march-2025 (dev3): "The
    # recommendation was endorsed by County Council and later that day the recommendation was
    # agreed by Cabinet." - Cabinet's decision, recited (read alone, as minutes would print it)
    assert resolutions.decision_in("Later that day the recommendation was agreed by Cabinet.", False) is None
    # invented, in the same form: a planning authority's decision, reported to a parish
    assert resolutions.decision_in("The planning application was approved by EHDC.", False) is None
    # invented, in the form of Kent reports' background: the body's own decision, dated before
    assert resolutions.decision_in("The Treasury Management Strategy was approved by the County Council "
                                   "on 19 February 2024.", False) is None
    # the body as agent decides (milburn-pc-minutes-2016-05-03-agm, seen; suffolk, seen)
    assert resolutions.decision_in("The Accounts were approved by the\nParish Council and signed by the "
                                   "Chairman", False) == ("self", 0)
    assert resolutions.decision_in("The following Directors were voted in by the society membership:",
                                   False) == ("self", 0)
    # hertingfordbury-pc-minutes-2014-11-12 (dev4): apologies are routine wherever they stand
    assert resolutions.decision_in("Apologies were accepted from Cllrs. G O’Leary (Business).", False) is None
    assert resolutions.decision_in("Cllr Smith’s apologies were accepted.", False) is None


def test_a_matter_left_to_be_confirmed_is_not_decided():
    # invented, in the form of a minute's opening sentence ("05.25.18.2 RL and KG to be
    # signatories ...", souldern-pc-annual-meeting-minutes-2025, seen, stays a decision)
    assert resolutions.decision_in("The date of the next meeting to be confirmed.", True, True) is None
    assert resolutions.decision_in("RL and KG to be signatories to the account.", True) == ("self", 0)


def test_a_proposer_line_is_the_decisions_mover_not_a_decision_of_its_own():
    # invented, in the form the issue names ("in parish minutes the 'Proposed by ..., seconded by
    # ...' lines become decisions of their own"); the gold convention: proposer lines are not items
    text = ("MINUTES OF THE MEETING\n21.44 ELECTION OF CHAIR\n"
            "It was resolved that Cllr Porter be elected Chair of the Council.\n"
            "Proposed by: Cllr Taylor Seconded by: Cllr Gradwell\n21.45 APOLOGIES\nNone.\n"
            "21.46 FINANCE\nIt was resolved to pay the invoices.\n"
            "Proposed by Cllr Smith, seconded by Cllr Jones, all in favour.\n")
    found = resolutions.extract(Document.from_text(text), Context(nlp=None))
    assert [(r.ref, r.kind, [i.text for i in r.items], r.moved_by, r.seconded_by) for r in found] == [
        ("21.44", "resolved", ["that Cllr Porter be elected Chair of the Council."], "Cllr Taylor", "Cllr Gradwell"),
        ("21.46", "resolved", ["to pay the invoices."], "Cllr Smith", "Cllr Jones")]
    # its "all in favour" is the outcome: carried, every vote for it
    assert (found[1].outcome.carried, found[1].outcome.unanimous) == (True, True)
    assert found[0].outcome is None
    # a proposal with its own content stays a decision (stoke-ferry-pc-minutes-2012-12, seen)
    assert resolutions.decision_in("Cllr Nicholas-Letch proposed that a document be prepared seconded by "
                                   "Cllr Bivon - Agreed", False) == ("self", 0)


def test_a_decided_column_decides_in_minutes_only(ctx):
    # sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf: the same table read as a
    # report's (an officers' "Recommendation" column, as a grant applications report prints it)
    # decides nothing; read as minutes, a decision a row
    doc = ingested("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf")
    as_report = resolutions.extract(doc, Context(nlp=ctx.nlp, document=DocumentInfo(kind="report")))
    as_minutes = resolutions.extract(doc, Context(nlp=ctx.nlp, document=DocumentInfo(kind="minutes")))
    assert [r for r in as_report if r.about] == []
    assert len([r for r in as_minutes if r.about]) == 15


def test_it_was_approved_by_another_body_and_a_question_are_no_decisions():
    # invented, in the forms of parish minutes reporting a planning authority and a member's
    # question (hertingfordbury-pc-minutes-2011-11-09, dev, prints "It was noted that
    # applications 3/11/1599 had been granted")
    assert resolutions.decision_in("It was approved by EHDC in August.", False) is None
    assert resolutions.decision_in("Members asked whether the council reviewed the policy and agreed "
                                   "to it.", False) is None
    # the body's own act and decision stays one (hertingfordbury-pc-minutes-2011-05-11, dev3)
    assert resolutions.decision_in("The Council received and approved the accounts.", False) == ("from", 0)


def test_carried_and_lost_as_words_of_a_sentence_are_no_outcome():
    # invented, in the forms of parish minutes' own sentences (hertingfordbury-pc-minutes-2013-05-08,
    # dev4, prints "A vote was held with 6 votes for Cllr Edwards ...": counts only with "votes")
    for sentence in ("It was resolved to replace the lost sign.",
                     "It was agreed that the work should be carried out.",
                     "The balance of £500 was carried forward and approved.",
                     "It was resolved to give a grant of 500 for the hall."):
        assert find_outcome(sentence) is None, sentence
    assert find_outcome("Carried (5 for, 2 against, 1 abstention)").model_dump(
        include={"carried", "votes_for", "votes_against", "abstentions"}) == {
        "carried": True, "votes_for": 5, "votes_against": 2, "abstentions": 1}
    assert find_outcome("CARRIED unanimously").unanimous is True
    assert find_outcome("Amendment lost.").carried is False
    assert find_outcome("Lost").carried is False


def test_a_motion_sentence_before_the_resolution_it_led_to_is_its_proposal_line(ctx):
    # invented, in the form of parish annual meetings electing their chairman (the issue: proposer
    # lines "become decisions of their own"); a formal RESOLVED takes its motion the same way
    # (kent-cc-county-council-2025-01-09-printed-minutes, dev: "Mr Gough proposed, and Mr Brady
    # seconded that Mr G Cooke be elected ...")
    text = ("MINUTES OF THE ANNUAL MEETING\n1. ELECTION OF CHAIRMAN\nCllr Tong proposed Cllr Williams, "
            "seconded by Cllr Holiday. Cllr Williams accepted and as there were no further nominations "
            "it was resolved that Cllr Williams remain as Chairman for the year.\n"
            "2. ELECTION OF VICE CHAIRMAN\nCllr Tong proposed Cllr Holiday, seconded by Cllr Hardcastle. "
            "It was resolved that Cllr Holiday remain as Vice Chairman.\n3. APOLOGIES\nNone.\n")
    assert summary(_read(text, "minutes")) == [
        ("1", "resolved", ["Cllr Williams remain as Chairman for the"]),
        ("2", "resolved", ["Cllr Holiday remain as Vice Chairman."])]
    # a motion with nothing recorded after it stays the decision (souldern-pc-annual-meeting-
    # minutes-2024-05-23-draft, dev2: "1. To elect a Chairman ... / HD nominated and NS seconded
    # that Nick Oakhill be elected Chair ...")
    found = summary(records("souldern-pc-annual-meeting-minutes-2024-05-23-draft.pdf", ctx))
    assert found[0] == ("1", "decision", ["HD nominated and NS seconded that Nick O"])


# --- dev5 (sixth session): forms of Hertingfordbury minutes the rules had not read -------------

def test_dev5_hertingfordbury_forms(ctx):
    # hertingfordbury-pc-minutes-2012-07-11 (dev5): a RESOLVED over a table is its sentence; a
    # RESOLVED that: over paragraphs numbered under its own minute takes them as items; the
    # council adopting a code is a decision from its subject
    found = summary(records("hertingfordbury-pc-minutes-2012-07-11.pdf", ctx))
    by_ref = {ref: (kind, items) for ref, kind, items in found}
    assert by_ref["34.2"] == ("resolved", ["to take action on the following risks: I"])
    assert by_ref["35.3"][0] == "resolved" and [t[:25] for t in by_ref["35.3"][1]] == [
        "the clerk’s hours remain ", "the clerk’s pay scale is ", "the council sets up a Emp",
        "the Employment Committee ", "Cllrs Edwards, O’Leary an"]
    assert by_ref["34.6"] == ("decision", ["The council adopted the revised Code of "])
    assert by_ref["34.7"] == ("decision", ["The council adopted the Declaration of P"])
    # hertingfordbury-pc-minutes-2013-06-12 (dev5), 26.6 and 27.1: a named councillor chosen
    assert resolutions.decision_in("The council was invited to appoint a representative. Cllr H Blake "
                                   "was appointed to represent the council.", False) == (
        "from", len("The council was invited to appoint a representative. "))
    assert resolutions.decision_in("Cllr O’Leary was co-opted to serve on the working party.", False) == (
        "from", 0)
    # hertingfordbury-pc-minutes-2013-05-08 (dev4), 1.2: the count of an election, no post named
    assert resolutions.decision_in("A vote was held with 6 votes for Cllr Edwards and 4 votes for Cllr "
                                   "O’Leary. Cllr Edwards was duly elected.", False) is None
    # hertingfordbury-pc-minutes-2015-09-09 (dev5), 2 and 6
    assert resolutions.decision_in("The appointment was unanimously supported.", False) == ("self", 0)
    assert resolutions.decision_in("Minutes for 8th July confirmed.", False) == ("self", 0)
    # the council adopting in a report of what another body did is no decision of its own
    assert resolutions.decision_in("It was reported that the council adopted the plan.", False) is None


def test_unanimously_supported_is_carried_and_a_section_heading_without_blank_line_numbers(ctx):
    # hertingfordbury-pc-minutes-2015-09-09 (dev5), 2: "The appointment was unanimously supported."
    outcome = find_outcome("The appointment was unanimously supported.")
    assert (outcome.carried, outcome.unanimous) == (True, True)
    assert find_outcome("the unanimous view of residents").carried is None
    # kent-cc-cabinet-2025-03-04-adoption-of-the-kent-minerals-and-waste-local-plan-2024-2039
    # (dev5): "11. Recommendation(s):" after "10.3", its section "3" printed with no blank line
    # after it; the recommendations take ref 11, printed once under the numbered section
    doc = ingested("kent-cc-cabinet-2025-03-04-adoption-of-the-kent-minerals-and-waste-local-plan-2024-2039.pdf")
    found = summary(resolutions.extract(doc, Context(nlp=ctx.nlp, document=DocumentInfo(kind="report"))))
    assert [(ref, kind) for ref, kind, _ in found] == [("11", "recommendation")]


def test_the_order_of_business_is_no_decision():
    # hertingfordbury-pc-minutes-2009-06-10 (dev5), 29 (the annotator left it out)
    assert resolutions.decision_in("It was agreed to bring this item forward in case Cllr Hunt arrived "
                                   "meanwhile.", False) is None
    assert resolutions.decision_in("It was agreed to bring the new bus service forward to the next "
                                   "meeting's agenda.", False) == ("after", len("It was agreed"))


def test_a_reports_numbered_field_heading_ends_its_last_recommendation(ctx):
    # kent-cc-county-council-2025-01-09-devolution-white-paper-county-council-report-final (dev4):
    # "(4) Note that acceptance ... subject to / ministerial decision / 6. Relevant Director: /
    # Amanda Beer, Chief Executive Officer"
    (r,) = [f for f in records("kent-cc-county-council-2025-01-09-devolution-white-paper-county-council-"
                               "report-final.pdf", ctx) if f.kind == "recommendation"]
    assert (r.ref, [i.number for i in r.items]) == ("5", ["(1)", "(2)", "(3)", "(4)"])
    assert r.items[-1].text == ("Note that acceptance onto the Devolution Priority Programme may lead to the "
                                "County Council elections scheduled for May 2025 being postponed subject to "
                                "ministerial decision")
    # a number of the list's own style is its next item, not a field ("1. Revenue:" opens an item)
    text = "in the report.\n\nCounty Council is asked to:\n1. Revenue:\nAPPROVE the budget\n2. Capital:\nAPPROVE the programme\n"
    assert resolutions.REPORT_FIELD.search(text) is not None
    (r,) = _read(text, "report")
    assert [i.text for i in r.items] == ["Revenue: APPROVE the budget", "Capital: APPROVE the programme"]


BUDGET_AMENDMENTS_PACK = """Amendment Home to School Transport – Feasibility\tAmendment
Name:\tStudy\tNumber:
Directorate: Children, Young People & Education
Proposer:\tMark Hood\tSeconder:\tBarry Lewis

Proposed Purpose:
Allocate up to £75k from the money earmarked for general reserves to fund a comprehensive feasibility study.

Amendment LEVI capital funding
Name:
Directorate: Growth, Environment and Transport
Proposer:\tMr Antony Hook
Proposed Purpose:

Amendment
3
Number:

Seconder:\tMr Richard Streatfeild, MBE

This amendment seeks to reduce the amount of capital allocated to the Strategic Estate Programme and allocate to the
Local Electric Vehicle Infrastructure (LEVI) capital project.
"""
"""Real passage (abridged): Kent County Council's budget amendments pack, 13 February 2025 (corpus,
in no split), two forms whose text layer lost one number and printed the other's below the
Proposer."""


def test_a_pack_of_amendment_forms_gives_each_form_its_own_number_and_seconder():
    found = resolutions.extract_amendments(Document.from_text(BUDGET_AMENDMENTS_PACK), None)
    assert [(a.ref, a.moved_by, a.seconded_by, a.text[:40]) for a in found] == [
        (None, "Mark Hood", "Barry Lewis", "Allocate up to £75k from the money earma"),
        ("3", "Mr Antony Hook", "Mr Richard Streatfeild, MBE", "This amendment seeks to reduce the amoun")]


def test_a_covering_report_replacing_another_reports_recommendations_is_one_recommendation(ctx):
    # kent-cc-county-council-2025-02-13-1-annex-1-labour-group-budget-covering-report-2025 (dev4):
    # "To replace Recommendation (d) by making changes ... / To replace Recommendation (h) with / /
    # Agree provision for Kent Scheme pay ... / To replace Recommendation (o) with / / To note that
    # ... the total pay pot. / / Changes to the Key Policies ..."
    (r,) = records("kent-cc-county-council-2025-02-13-1-annex-1-labour-group-budget-covering-report-2025.pdf", ctx)
    assert (r.kind, r.ref) == ("recommendation", None)
    assert [i.text[:40] for i in r.items] == ["To replace Recommendation (d) by making ",
                                              "To replace Recommendation (h) with Agree",
                                              "To replace Recommendation (o) with To no"]
    assert r.items[-1].text.endswith("based on what is affordable within the total pay pot.")
    # minutes quote such wording in the amendments they record: not read there
    text = ("Mr Brady proposed and Mrs Meade seconded the following amendment:\n\n"
            "To replace Recommendation (d) by the Labour Group’s Alternative Budget.\n")
    doc = Document.from_text(text)
    assert resolutions.extract(doc, Context(nlp=spacy.blank("en"), document=DocumentInfo(kind="minutes"))) == []


def test_agreed_opening_a_sentence_with_its_subject_left_out(ctx):
    # hertingfordbury-pc-minutes-2011-06-08 (dev6), 22.3, 22.8 and 25.7: "Agreed that ..." after
    # the discussion's last sentence, and after a subject label ending with a semicolon
    by_ref = {ref: (kind, items) for ref, kind, items in summary(
        records("hertingfordbury-pc-minutes-2011-06-08.pdf", ctx))}
    assert by_ref["22.3"] == ("decision", ["Agreed that Cllrs O Leary and Brennan sh"])
    assert by_ref["22.8"] == ("decision", ["Agreed that Highways should be approache"])
    assert by_ref["25.7"] == ("decision", ["Agreed to hold over to the next meeting "])
    assert resolutions.decision_in("Car parking in Birch Green; Agreed to hold over to the next meeting.",
                                   False) == ("from", len("Car parking in Birch Green; "))
    # lower case, inside a clause, it is someone's agreement, not the body's
    assert resolutions.decision_in("Cllr Edgell agreed to assume this role.", False) is None


def test_an_agreement_beside_a_resolved_of_another_matter_is_its_own_decision(ctx):
    # hertingfordbury-pc-minutes-2013-07-13 (dev6), 36 and 40.7: "It was agreed to add a risk ...
    # It was RESOLVED to accept the risk register ..." in one paragraph decide two things
    found = summary(records("hertingfordbury-pc-minutes-2013-07-13.pdf", ctx))
    assert ("36", "decision", ["to add a risk: Greens Crossings Licences"]) in found
    assert ("36", "resolved", ["to accept the risk register and to consi"]) in found
    assert ("40.7", "decision", ["to consider the matter in a working grou"]) in found
    # west-dereham-pc-minutes-2017-04 (dev, seen), 41/17: the same paragraph's RESOLVED repeats
    # the agreement's words (current tree guard, reuse): one record
    found = summary(records("west-dereham-pc-minutes-2017-04.html", ctx))
    assert [kind for ref, kind, _ in found if ref == "41/17"] == ["resolved"]


def test_a_working_partys_recommendations_recorded_in_minutes(ctx):
    # hertingfordbury-pc-minutes-2014-06-11 (dev6), 24.2 and 24.4: "Recommendation 1: That ...",
    # each followed by what members RESOLVED, their own records
    found = summary(records("hertingfordbury-pc-minutes-2014-06-11.pdf", ctx))
    assert [r for r in found if r[0] in ("24.2", "24.3", "24.4")] == [
        ("24.2", "recommendation", ["That the council writes to all persons w"]),
        ("24.3", "resolved", ["to accept the recommendation."]),
        ("24.4", "recommendation", ["Mr Petchey be invited attend a meeting o"])]
    # hertingfordbury-pc-minutes-2013-05-08 (dev4), 15.3: a RESOLVED in lettered item a. ends
    # before b. (item d.'s "Recommended that ..." is left unread: its annotator's ref is "15.3d")
    found = summary(records("hertingfordbury-pc-minutes-2013-05-08.pdf", ctx))
    assert [r for r in found if r[0] == "15.3"] == [
        ("15.3", "resolved", ["to amend the plan to show the crossing o"])]
    (amend,) = [r for r in records("hertingfordbury-pc-minutes-2013-05-08.pdf", ctx) if r.kind == "resolved"
                and r.ref == "15.3"]
    assert amend.items[0].text.endswith("Cllr Jones rejoined the meeting.")


def test_a_paragraphs_first_line_ending_with_a_function_word_is_no_heading(ctx):
    # hertingfordbury-pc-minutes-2009-07-08 (dev6), 43.6.2: the line wraps after "restrictions
    # in"; the decision runs on to "Birch Green."
    (r,) = [r for r in records("hertingfordbury-pc-minutes-2009-07-08.pdf", ctx) if r.ref == "43.6.2"]
    assert r.items[0].text == "to write to Herts Highways asking for parking restrictions in Birch Green."
    # souldern-pc-annual-meeting-minutes-2025-05-20 (dev): a heading in sentence case over the
    # motion is still the minute's heading
    (r,) = [r for r in records("souldern-pc-annual-meeting-minutes-2025-05-20.pdf", ctx) if r.ref == "05.25.08"]
    assert r.items[0].text.startswith("NO proposed and HD seconded that Cathy Fleet")


def test_a_procedural_motion_beside_the_minutes_resolved_is_a_decision_with_its_vote(ctx):
    # kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council (dev7):
    # 306 extends the meeting, 307 and 308 put the motion to the vote, each voted on its own
    found = records("kent-cc-county-council-2025-03-13-printed-minutes-13th-mar-2025-10-00-county-council.pdf", ctx)
    motions = [(r.ref, r.items[0].text[:50], r.moved_by, r.seconded_by,
                (r.outcome.carried, r.outcome.votes_for, r.outcome.votes_against, r.outcome.abstentions))
               for r in found if r.kind == "decision" and r.ref in ("306", "307", "308")]
    assert motions == [
        ("306", "under s14.48 of the Constitution, Council resolve ", "The Chairman", "the Vice-Chairman",
         (True, 39, 3, 0)),
        ("307", "the motion be put to the vote.", "Mr Brady", "Ms Meade", (True, None, None, None)),
        ("308", "the substantive motion (as amended) in paragraph 3", "Mr Rayner", "Mr Meade", (True, 33, 2, 0))]
    # the RESOLVED after them keeps its own vote
    (resolved,) = [r for r in found if r.kind == "resolved" and r.ref == "308"]
    assert (resolved.outcome.votes_for, resolved.outcome.votes_against) == (34, 0)
    # a motion restating the RESOLVED after it is that resolution's motion (Kent, 9 January 2025)
    found = records("kent-cc-county-council-2025-01-09-printed-minutes-09th-jan-2025-10-00-county-council.pdf", ctx)
    assert not [r for r in found if r.kind == "decision"]


def test_agreed_that_an_aside_then_mandative_wording_keeps_its_that():
    # hertingfordbury-pc-minutes-2011-10-12 (dev7), 54.1: the motion's own words after an aside
    unit = ("Order of business. The chairman proposed and it was agreed that, to allow the police to "
            "leave, item 7 be taken immediately following item 5.")
    kind, at = resolutions.decision_in(unit, False)
    assert resolutions._after_verb(unit, at) == (
        "that, to allow the police to leave, item 7 be taken immediately following item 5.")
    # a report of what was agreed keeps none ("agreed that SPC will join")
    unit = "It was agreed that, after discussion, SPC will join the scheme."
    kind, at = resolutions.decision_in(unit, False)
    assert resolutions._after_verb(unit, at) == ", after discussion, SPC will join the scheme."


def test_minutes_approved_in_note_form_and_a_sum_allocated():
    # hertingfordbury-pc-minutes-2012-03-14 (dev7), 137 and 142.5; -2013-07-13 (dev6), 33
    assert resolutions.decision_in("Accepted as a true record and signed by the chairman.", True) == ("self", 0)
    assert resolutions.decision_in("The minutes agreed and were signed by the chairman.", True) == ("self", 0)
    # (not "A sum of £25 was allocated to cost of the tree.", 142.5: reading "was allocated" cost
    # the test split a record)
    # a signature line, and posts shared out (hertingfordbury-pc-minutes-2013-05-08, dev4, 8.3)
    assert resolutions.decision_in("Signed as a correct record", False) is None
    assert resolutions.decision_in("Members were allocated to special responsibilities – see list", False) is None


def test_a_motion_put_or_proposed_and_agreed_is_carried(ctx):
    # hertingfordbury-pc-minutes-2014-06-11 (dev6), 23; -2013-07-13 (dev6), 41.3: the sentence
    # running into the RESOLVED says how it was carried
    (r,) = [r for r in records("hertingfordbury-pc-minutes-2014-06-11.pdf", ctx) if r.ref == "23"]
    assert r.outcome is not None and r.outcome.carried is True
    (r,) = [r for r in records("hertingfordbury-pc-minutes-2013-07-13.pdf", ctx) if r.ref == "41.3"]
    assert r.outcome is not None and r.outcome.carried is True
    # a RESOLVED alone states no outcome of its own
    (r,) = [r for r in records("hertingfordbury-pc-minutes-2013-07-13.pdf", ctx) if r.ref == "38.5"]
    assert r.outcome is None or r.outcome.carried is None


def test_an_officer_agreeing_to_be_a_contact_is_no_decision():
    # hertingfordbury-pc-minutes-2008-05-14 (dev6), 14.2: the clerk's undertaking
    assert resolutions.decision_in("The clerk agreed to be a point of contact for residents to report "
                                   "incidents on the roads of the parish.", True) is None
    # the minute saying what is to be done still decides
    assert resolutions.decision_in("RL and KG to be signatories to the bank account.", True) == ("self", 0)


def test_a_decision_on_whether_deferred_is_a_deferral():
    # hertingfordbury-pc-minutes-2013-07-13 (dev6), 35.2: the question is the subject's noun
    assert resolutions.decision_in("A decision on whether to replant or leave open was deferred until "
                                   "the autumn.", False) == ("self", 0)
    # a question of its own clause still subordinates the verb
    assert resolutions.decision_in("Members asked whether the plan was approved.", False) is None
