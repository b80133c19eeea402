"""Document metadata read from real papers: exact kind, organisation, committee, date, title."""

from __future__ import annotations

import pytest

from tests.conftest import extracted

EXPECTED = {
    # name: (kind, organisation, committee, date)
    "wsx-children-first-progress-2020-09.txt": ("report", "West Sussex County Council", None, "2020-09"),
    "wsx-children-first-update-2020-06.txt": ("report", "West Sussex County Council", None, "2020-06"),
    "wsx-scrutiny-minutes-2022-11.txt": ("minutes", "West Sussex County Council", None, None),
    "merton-audit-committee-agenda-pack-2009-10-22.pdf":
        ("agenda_pack", "Merton Council", "Audit Committee", "2009-10-22"),
    # A parish council meets whole: minutes and agendas naming no committee are the council's.
    "milburn-pc-minutes-2018-03-06.pdf":
        ("minutes", "Milburn Parish Council", "Milburn Parish Council", "2018-03-06"),
    "milburn-pc-minutes-2016-05-03-agm.pdf":
        ("minutes", "Milburn Parish Council", "Milburn Parish Council", "2016-05-03"),
    "milburn-pc-minutes-2019-11-12-actually-agenda.pdf":
        ("agenda", "Milburn Parish Council", "Milburn Parish Council", "2019-11-12"),
    "souldern-pc-annual-meeting-minutes-2025-05-20.pdf":
        ("minutes", "Souldern Parish Council", "Souldern Parish Council", "2025-05-20"),
    # "A regular meeting of the Township of Nipissing Council was held on ...": "Council"
    "nipissing-minutes-2024-03-19.pdf": ("minutes", "Township of Nipissing", "Council", "2024-03-19"),
    "stoke-ferry-pc-minutes-2012-12.html":
        ("minutes", "Stoke Ferry Parish Council", "Stoke Ferry Parish Council", "2012-12-19"),
    "sutton-coldfield-tc-community-grant-applications-report-2018-03-13.pdf":
        ("report", "Sutton Coldfield Town Council",
         "Amenities, Leisure & Community Services Committee", "2018-03-13"),
    # "HELD IN THE VILAGE HALL / ON 26TH February 2026", not the earlier meeting its minute 3
    # approves ("The minutes of the parish council meeting held on 29th January 2026")
    "souldern-pc-minutes-2026-02-26.pdf":
        ("minutes", "Souldern Parish Council", "Souldern Parish Council", "2026-02-26"),
    # A ModernGov report: "To: Cabinet – 4th March 2025" names the meeting; the author is the
    # "County Council" of the place the paper keeps naming.
    "kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf":
        ("report", "Kent County Council", "Cabinet", "2025-03-04"),
    # An agenda front sheet: the heading "CABINET"; the place from the clerk's mail domain.
    "kent-cc-cabinet-2025-03-13-agenda-frontsheet-13th-mar-2025-15-00-cabinet.pdf":
        ("agenda", "Kent County Council", "Cabinet", "2025-03-13"),
    # A budget amendment is none of minutes, agenda or report; "KCC" and "Kent’s Road users"
    # name its council.
    "kent-cc-county-council-2025-02-13-4-amendment-liberal-democrats-highway-asset-maintenance.pdf":
        ("other", "Kent County Council", None, None),
    # "H E R T I N G F O R D B U R Y PA R I S H C O U N C I L" (letter-spaced letterhead);
    # "... to attend a Meeting of Hertingfordbury / Parish Council" (wrapped) names the meeting
    "hertingfordbury-pc-agenda-20160210.pdf":
        ("agenda", "Hertingfordbury Parish Council", "Hertingfordbury Parish Council", "2016-02-10"),
    "cherwell-dc-councillor-report-2026-03-26.pdf":
        ("report", "Cherwell District Council", None, "2026-03"),
    # "Overview and Scrutiny" / "The O&S Committee heard from ..." / "Thames Valley Police Rural
    # Forum": a section heading below the body's first sentence names a body reported on
    "cherwell-dc-councillor-report-2026-02-26.pdf":
        ("report", "Cherwell District Council", None, "2026-02"),
    # "... a meeting of the Parish Council": the council the paper names in full
    "souldern-pc-agenda-2026-01-29.pdf":
        ("agenda", "Souldern Parish Council", "Souldern Parish Council", "2026-01-29"),
    # "04/04/2023 OALC<tab>156.00" ...: a list of payments, its rows' dates the payments'
    "souldern-pc-expenditure-2023-24.pdf": ("other", None, None, None),
    # "Royal Sutton Coldfield Town Council Meeting 21 February 2017" / "Agenda Item 166": a
    # report filed under an agenda item, for the council's own meeting
    "sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21.pdf":
        ("report", "Royal Sutton Coldfield Town Council", "Royal Sutton Coldfield Town Council",
         "2017-02-21"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_document_metadata(name):
    info = extracted(name).document
    assert (info.kind, info.organisation, info.committee, info.date) == EXPECTED[name]


def test_titles():
    assert extracted("wsx-children-first-progress-2020-09.txt").document.title == (
        "Children First Service Improvement Programme: Progress Report September 2020"
    )
    assert extracted("milburn-pc-minutes-2018-03-06.pdf").document.title == (
        "Milburn Parish Council - 6th March 2018"
    )
    # A bare "Agenda item" label is not a title; the item heading is.
    assert extracted("wsx-scrutiny-minutes-2022-11.txt").document.title == (
        "Children First Improvement Programme - progress, current position and next steps"
    )


def test_titles_from_header_fields_never_from_a_from_line():
    # "From: Peter Oakford, Deputy Leader ..." / "Subject: Late changes to ... Medium Term" /
    # (indented) "Financial Plan (MTFP)"
    assert extracted("kent-cc-cabinet-2025-03-04-cabinet-report-4-march-2025.pdf").document.title == (
        "Late changes to the 2025-26 budget and 2025-28 Medium Term Financial Plan (MTFP)")
    # A letter: its "Re:" line, and not the body that follows at the margin.
    assert extracted("kent-cc-county-council-2025-03-13-appendix-1.pdf").document.title == (
        "Kent and Medway request to be included in Devolution Priority Programme")
    # "Title of Meeting<tab>Suffolk Libraries IPS - Board Meeting" names the meeting; the paper's
    # own heading above it, "OPEN BOARD MEETING MINUTES", is its title (the blind annotations of
    # both Suffolk papers of dev and dev2 agree); the meeting is the Board's (not "Open Board").
    info = extracted("suffolk-libraries-board-minutes-2016-01-28.pdf").document
    assert (info.title, info.committee) == ("OPEN BOARD MEETING MINUTES", "Board")
    info = extracted("suffolk-libraries-agm-minutes-2015.pdf").document
    # "The Industrial & Provident Society Limited ... supported by Suffolk County Council": a
    # body named in a sentence under the letterhead is not the author; the letterhead's legal
    # form ("IPS") is part of its name, as dev2's annotation gives it
    assert (info.title, info.committee, info.organisation) == (
        "ANNUAL GENERAL MEETING MINUTES", "Annual General Meeting", "Suffolk’s Libraries IPS")


def test_title_broken_over_lines_is_joined():
    # ... and a heading that names no body ("MEETING TO BE HELD ON") goes on from the letterhead
    # above it in its type
    assert extracted("milburn-pc-minutes-2019-11-12-actually-agenda.pdf").document.title == (
        "MILBURN PARISH COUNCIL MEETING TO BE HELD ON TUESDAY, 12th NOVEMBER 2019 @ 7.30pm")


def test_html_minutes_take_their_own_heading_not_the_web_page_heading():
    # The page's <h1> is "West Dereham Parish Council - March"; the minutes' heading names them.
    assert extracted("west-dereham-pc-minutes-2017-03.html").document.title == (
        "DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD AT WEST DEREHAM VILLAGE "
        "HALL AT 7.30 pm ON THURSDAY 2 MARCH 2017")


def test_the_attendance_block_is_never_the_title():
    # "Milburn Parish Council" / "10th January 2017" / "Present" / "Councillors D Richardson
    # (Chair), P Moran, ...": the letterhead titles the minutes, the attendance lines do not.
    assert extracted("milburn-pc-minutes-2017-01-10.pdf").document.title == "Milburn Parish Council"
    # "Present:<tab>Members of the Public:" is set in the heading's type under the heading.
    assert extracted("souldern-pc-annual-meeting-minutes-2024-05-23-draft.pdf").document.title == (
        "MINUTES OF THE SOULDERN PARISH COUNCIL ANNUAL MEETING")


def test_a_summons_front_sheet():
    # A heading set over lines in its type ("Summons to and / Agenda for the Budget / County
    # Council / Meeting on / Thursday, 13th / February, 2025 / at 9.30 am"): its name runs on
    # past three lines up to the date (the dev2 gold title); "To: All Members of the County
    # Council" names the meeting; "County Hall, Maidstone, Kent, ME14 1XQ" names the county.
    info = extracted(
        "kent-cc-county-council-2025-02-13-agenda-frontsheet-13th-feb-2025-09-30-county-council.pdf"
    ).document
    assert (info.kind, info.title, info.organisation, info.committee, info.date) == (
        "agenda", "Summons to and Agenda for the Budget County Council Meeting", "Kent County Council",
        "County Council", "2025-02-13")


def test_a_numbered_item_is_never_the_title():
    # "H E R T I N G F O R D B U R Y PA R I S H C O U N C I L" / "Members of the Council are
    # hereby summoned ..." / "1. APOLOGIES FOR ABSENCE" / "To consider any apologies for absence":
    # the letterhead heads the agenda, not its first item nor the item's text.
    for name in ("hertingfordbury-pc-agenda-20160210.pdf", "hertingfordbury-pc-agenda-20150610.pdf"):
        assert extracted(name).document.title == "HERTINGFORDBURY PARISH COUNCIL"
    from extractors.metadata import _ITEM_LINE, _is_title

    assert _ITEM_LINE.match("1.\tAPOLOGIES FOR ABSENCE")
    assert _ITEM_LINE.match("17.4 The Committee may appoint or remove up to two non-voting Co-Opted")
    assert not _ITEM_LINE.match("2024 Annual Report")  # a year, not an item number
    assert not _ITEM_LINE.match("8.00pm in Hertingfordbury Cowper JMI School, Birch Green")
    # a bundle label, a protective marking, a salutation: no paper's title
    assert not any(_is_title(t) for t in ("PAPER A", "OFFICIAL", "DRAFT VERSION", "Dear Member"))


def test_a_minutes_heading_goes_on_over_the_meeting_time():
    # "Minutes of the meeting of ... held on Wednesday 14 July 2010 at" / "7.30pm in
    # Hertingfordbury Cowper JMI School, Birch Green": a time opening the next line is no item.
    title = extracted("hertingfordbury-pc-minutes-2010-07-14.pdf").document.title
    assert title.startswith("Minutes of the meeting of Hertingfordbury Parish Council held on "
                            "Wednesday 14 July 2010 at ")
    assert title.endswith("in Hertingfordbury Cowper JMI School, Birch Green")


def test_a_bare_minutes_heading_above_the_letterhead_is_the_title():
    # "MINUTES" (the heading) / "TOWNSHIP OF NIPISSING" / "Tuesday, March 7, 2023"
    info = extracted("nipissing-minutes-2023-03-07.pdf").document
    assert (info.title, info.organisation, info.committee) == (
        "MINUTES", "Township of Nipissing", "Council")


def test_a_title_that_names_the_paper_decides_agenda_or_minutes():
    # Both list the minutes to approve and recommendations "resolved": their titles say agenda.
    assert extracted("nipissing-agenda-2024-03-05.pdf").document.kind == "agenda"
    info = extracted("souldern-pc-agenda-2026-01-29.pdf").document
    assert (info.kind, info.title) == (
        "agenda", "Agenda & Summons to Councillors and Invitation to Members of the Public & Press")


def test_accounts_are_other_and_their_year_end_is_not_the_papers_date():
    # "Accounts to year ending March 2017": a statement of accounts, dated by no meeting; a
    # parish council's papers are for its own meeting.
    info = extracted("souldern-pc-accounts-with-budget-2016-17.pdf").document
    assert (info.kind, info.title, info.date, info.committee) == (
        "other", "Accounts to year ending March 2017", None, "Souldern Parish Council")
    # "Investments as at 30 September 2024": the day the figures stand at
    info = extracted("kent-cc-county-council-2025-03-13-appendix-1-half-year-report-2024-25.pdf").document
    assert (info.kind, info.title, info.date) == ("report", "Investments as at 30 September 2024", None)


def test_a_paper_that_is_no_form_letter_minutes_or_agenda_is_a_report():
    # "Amenities Committee / Community Grant Applications": no report word, but a report to a
    # meeting; a letter ("Dear ...", "Yours sincerely") stays other.
    info = extracted("sutton-coldfield-tc-community-grant-applications-report-2016-11-15.pdf").document
    assert info.kind == "report"
    assert extracted("kent-cc-county-council-2025-03-13-appendix-1.pdf").document.kind == "other"


def test_a_committee_named_in_a_sentence_of_the_body_is_not_the_papers():
    # "The January Planning Committee meeting includedfive contentious planning applications
    # all": a councillor's report about meetings, for none of them.
    assert extracted("cherwell-dc-councillor-report-2026-01-29.pdf").document.committee is None


def test_a_yearless_meeting_day_in_the_title_takes_the_papers_year():
    # hertingfordbury-pc-minutes-2014-12-10: the heading omits the year; the paper writes it
    # with the previous meeting's date.
    from extractors.metadata import find_date
    from pipeline.models import Document

    doc = Document.from_text(
        "MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL HELD\n"
        "ON WEDNESDAY 10TH DECEMBER AT 7.30PM IN HERTINGFORDBURY\nCOWPER SCHOOL\n"
        "PRESENT: Cllr Mrs C. Edwards, in the Chair\n\nMINUTES\nIt was RESOLVED that:\n"
        "a) The minutes of the meeting held on 12th November 2014 be approved and")
    title = ("MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL HELD ON WEDNESDAY 10TH "
             "DECEMBER AT 7.30PM IN HERTINGFORDBURY COWPER SCHOOL")
    assert find_date(doc, title) == "2014-12-10"


def test_a_councils_initials_outweigh_a_place_the_model_guesses():
    # kent-cc-county-council-2025-01-09-devolution-white-paper-county-council-report-final: no
    # letterhead; "County Council" bare, "English Devolution" (a white paper's name) the model
    # may call a place; "KCC" and "in Kent" name the author.
    from extractors.base import Context
    from extractors.metadata import find_organisation
    from pipeline.models import Document
    from pipeline.nlp import lazy_nlp

    text = ("From:\tRoger Gough, Leader of the Council\n\nTo:\tCounty Council – 9th January 2025\n\n"
            "Subject:\tEnglish Devolution White Paper\n\nThe publication of the English Devolution "
            "White Paper on 16 December 2024 provides a definitive policy position.\n"
            "(1) Endorse the ongoing joint work between KCC, Medway Council and District and\n"
            "Borough Council Leaders in Kent.\n"
            "KCC remains committed to working constructively and transparently with all\n"
            "partners on the English Devolution White Paper and the English Devolution agenda.\n"
            "County Council is asked to:\n")
    doc = Document.from_text(text)
    assert find_organisation(doc, Context.of(lazy_nlp(), {})) == "Kent County Council"
    # "KCC share in RSG" and "grant funding for Kent" (dev3's appendix K, which writes only
    # "the Council" besides)
    assert extracted("kent-cc-county-council-2025-02-13-appendix-k-government-grants-in-lgfs.pdf"
                     ).document.organisation == "Kent County Council"


def test_a_report_header_makes_a_report_and_its_to_line_names_a_body_only():
    # kent-cc-county-council-2025-03-13-appendix-3-24-00093-decision-report: a decision report
    # to a Cabinet Member (a person, not a meeting).
    from extractors.metadata import find_committee, find_kind
    from pipeline.models import Document

    doc = Document.from_text(
        "From:\tSarah Hammond, Corporate Director of Children, Young People\nand Education\n\n"
        "To:\tSue Chandler, Cabinet Member for Integrated Children’s\nServices\n\n"
        "Subject:\tCommissioned Family Hub Contracts\n\nDecision no: 24/00093\n\n"
        "Classification: Unrestricted\n")
    assert find_kind(doc, "Commissioned Family Hub Contracts") == "report"
    assert find_committee(doc) is None
    # kent-cc-county-council-2025-03-13-county-council-pay-policy-statement-2025-2026: the next
    # field printed on the "To:" line is no part of the meeting's name
    doc = Document.from_text("To:\tCounty Council Date: 13 March 2025\n\nSubject:\tPay Policy "
                             "Statement 2025/26\n")
    assert find_committee(doc) == "County Council"


def test_shadowed_and_drop_cap_letterheads():
    # "H E HERTINGFORDBURY R T I N G F O R D B U PARISH R Y PA COUNCIL R I S H C O U N C I L":
    # a word-art heading whose text layer interleaves its plain and letter-spaced copies.
    assert extracted("hertingfordbury-pc-agenda-20160713.pdf").document.title == (
        "HERTINGFORDBURY PARISH COUNCIL")
    # "H HERTINGFORDBURY PARISH COUNCIL": a decorated initial given apart from its word.
    info = extracted("hertingfordbury-pc-minutes-2016-12-14.pdf").document
    assert info.organisation == "Hertingfordbury Parish Council"


def _metadata(text: str, headings: dict[int, int] | None = None):
    from extractors.base import Context
    from extractors.metadata import extract
    from pipeline.models import Document
    from pipeline.nlp import lazy_nlp

    doc = Document.from_text(text)
    for index, level in (headings or {}).items():
        doc.lines[index].heading = level
    return extract(doc, Context.of(lazy_nlp(), {}))


def test_a_budget_appendix_is_titled_by_its_caption():
    # Imitates kent-cc-county-council-2025-02-13-appendix-b-capital-investment-by-directorate
    # (corpus): the caption in 8pt over a table whose directorate headings are set in 13pt.
    info = _metadata("APPENDIX B - CAPITAL INVESTMENT SUMMARY 2025-26 to 2034-35\n"
                     "Adult Social Care & Health (ASCH)\n"
                     "ROW REF\tProject\tDescription of Project\tTotal Cost of Scheme\n",
                     headings={0: 2, 1: 1})
    assert info.title == "APPENDIX B - CAPITAL INVESTMENT SUMMARY 2025-26 to 2034-35"


def test_a_report_header_ends_at_its_summary():
    # kent-cc-county-council-2025-03-13-appendix-3-24-00093-decision-report: a decision report to
    # a Cabinet Member prints no meeting date; the contracts' end in its summary is not its date.
    info = _metadata("From:\tSarah Hammond, Corporate Director of Children, Young People\n\n"
                     "To:\tSue Chandler, Cabinet Member for Integrated Children’s Services\n\n"
                     "Subject:\tCommissioned Family Hub Contracts\n\nDecision no: 24/00093\n\n"
                     "Summary: Following wider decisions about KCC’s Family Hub model, officers have\n"
                     "explored a proposal which would mean we do not renew the contracts when the current\n"
                     "contracts come to an end on 31 March 2025.\n")
    assert info.date is None


# Synthetic papers (no dev paper of these kinds): each imitates a standard form, its lines as such
# papers print them (US board agendas and minutes, UK election notices).
US_SCHOOL_AGENDA = ("MAPLE VALLEY UNIFIED SCHOOL DISTRICT\nBOARD OF EDUCATION\nREGULAR MEETING\n"
                    "March 14, 2017\nAGENDA\nClosed Session 6:00 PM\n1. CALL TO ORDER\n2. ROLL CALL\n")
US_ADVISORY_AGENDA = ("Ohio Department of Natural Resources\nParks Advisory Board\nMeeting Agenda\n"
                      "September 9, 2021\n10:00 a.m. - 12:00 p.m.\n1. Call to order\n"
                      "2. Approval of minutes from 06/10/2021\n")
US_NOTICE = ("NOTICE AND AGENDA\nRiverside Library Commission\nRegular Meeting\nDate: October 3, 2022\n"
             "Time: 7:00 PM\nLocation: 200 Main Street, Riverside\n1. Call to Order\n"
             "2. Approval of the minutes of the September 5, 2022 meeting\n")
US_MINUTES = ("Harbor Point Park District\nCommission Meeting Minutes\n"
              "Monday, February 12, 2018\nCommissioners Present: A Smith, B Jones\n"
              "1. Call to Order: The meeting was called to order at 7:02 p.m.\n")
SOPN = ("City of Bradford Metropolitan District Council\nElection of a District Councillor for "
        "Northfield Ward\nSTATEMENT OF PERSONS NOMINATED\nThe following is a statement as to the "
        "persons nominated for election as a District Councillor for Northfield Ward\nName of "
        "Candidate\tHome Address\tDescription\nSMITH John\t1 High Street, Anytown\tThe "
        "Conservative Party Candidate\nDated Thursday 8 April 2021\nJane Doe\nReturning Officer\n")
NOTICE_OF_POLL = ("STATEMENT OF PERSONS NOMINATED AND NOTICE OF POLL\nWarrington Borough Council\n"
                  "Election of a Borough Councillor for Westbrook Ward\nNotice is hereby given that:\n"
                  "1. A POLL WILL BE TAKEN on Thursday 6 May 2021 between the hours of 7:00 am and "
                  "10:00 pm.\nDated: Monday, 12 April, 2021\nA Person\nReturning Officer\n")


@pytest.mark.parametrize("text, expected", [
    # a school district's letterhead; the board named by what it governs
    (US_SCHOOL_AGENDA, ("agenda", "Maple Valley Unified School District", "Board of Education",
                        "2017-03-14")),
    # (invented) "REGULAR MEETING OF THE BOARD OF EDUCATION": the board by what it governs
    ("MAPLE VALLEY UNIFIED SCHOOL DISTRICT\nREGULAR MEETING OF THE BOARD OF EDUCATION\nAGENDA\n"
     "Wednesday, April 6, 2016\n1. Call to Order\n2. Approval of Minutes of March 16, 2016\n",
     ("agenda", "Maple Valley Unified School District", "Board of Education", "2016-04-06")),
    # a state department's advisory board; "Approval of minutes from ..." is an agenda's item
    (US_ADVISORY_AGENDA, ("agenda", "Ohio Department of Natural Resources", "Parks Advisory Board",
                          "2021-09-09")),
    # "NOTICE AND AGENDA"; a commission named in the header
    (US_NOTICE, ("agenda", None, "Riverside Library Commission", "2022-10-03")),
    # a police department's letterhead over the same notice
    ("Springfield Police Department\n" + US_NOTICE,
     ("agenda", "Springfield Police Department", "Riverside Library Commission", "2022-10-03")),
    # "Commission Meeting Minutes": the body in one word
    (US_MINUTES, ("minutes", "Harbor Point Park District", "Commission", "2018-02-12")),
    # an election notice: the council that runs the election, the date the notice is dated
    # (not the poll's)
    (SOPN, ("other", "City of Bradford Metropolitan District Council", None, "2021-04-08")),
    (NOTICE_OF_POLL, ("other", "Warrington Borough Council", None, "2021-04-12")),
])
def test_us_papers_and_election_notices(text, expected):
    info = _metadata(text)
    assert (info.kind, info.organisation, info.committee, info.date) == expected


def test_an_election_notice_is_titled_by_what_it_is():
    assert _metadata(SOPN).title == "STATEMENT OF PERSONS NOMINATED"


# Synthetic: imitates the standard form of a county council's record of decision (no dev paper
# of the kind): the title in the cell under "Subject Matter / Title of Decision", the day typed
# over the "signed ... date" line, other dates in its body.
RECORD_OF_DECISION = (
    "NORTHSHIRE COUNTY COUNCIL – RECORD OF DECISION\nDECISION TAKEN BY:\nA Member, Cabinet Member "
    "for Highways and Transport\nDECISION NO:\n23/00412\nFor publication\nKey decision: YES\n"
    "Subject Matter / Title of Decision\nAward of the Highway Resurfacing Contract\nDecision:\n"
    "As Cabinet Member for Highways and Transport, I agree to award the contract from 1 April "
    "2024.\nReason(s) for decision:\nThe tender ran from 4 September 2023 to 16 October 2023.\n"
    "11 December 2023\n"
    "..........................................  ..........................................\n"
    "signed                                        date\n")


def test_a_record_of_decision_is_dated_where_it_is_signed():
    info = _metadata(RECORD_OF_DECISION)
    assert (info.title, info.date, info.committee) == (
        "Award of the Highway Resurfacing Contract", "2023-12-11", None)


def test_a_report_under_an_agenda_item_is_titled_by_the_heading_under_its_label():
    info = extracted("sutton-coldfield-tc-council-report-item-166-summer-in-sutton-2017-02-21.pdf").document
    assert info.title == "Summer in Sutton Coldfield"
    assert extracted("souldern-pc-expenditure-2023-24.pdf").document.title is None


def test_a_town_council_is_not_named_after_one_of_its_wards():
    # sutton-coldfield-tc-amenities-committee-minutes-2018-03-13: "the Town Council" bare, "the
    # Four Oaks ward community grant fund" (a ward) as often tagged a place as "Sutton
    # Coldfield" (the town); "Committee resolved to note the apologies": a committee's minutes,
    # named by their heading.
    info = extracted("sutton-coldfield-tc-amenities-committee-minutes-2018-03-13.pdf").document
    assert (info.kind, info.organisation, info.committee, info.title, info.date) == (
        "minutes", "Sutton Coldfield Town Council", "Amenities, Leisure and Community Services",
        "Amenities, Leisure and Community Services", "2018-03-13")


def test_a_letterhead_on_a_later_page_outweighs_a_web_address_in_the_body():
    # milburn-pc-annual-return-2016-17: the national form names "www.nalc.gov.uk" and "a Town
    # Council"; the council's own statement on page 7 is headed "MILBURN PARISH COUNCIL".
    info = extracted("milburn-pc-annual-return-2016-17.pdf").document
    assert (info.kind, info.organisation, info.date) == ("other", "Milburn Parish Council", None)
    # the heading's "... for the year ended 31 March 2017": a date the title needs
    assert info.title == ("Local Councils, Internal Drainage Boards and other Smaller Authorities "
                          "in England Annual return for the year ended 31 March 2017")


def test_a_heading_goes_on_over_a_date_broken_before_its_year():
    # hertingfordbury-pc-minutes-2012-06-13: "... held on Wednesday 13th June" / "2012 at 7.30pm
    # in Hertingfordbury Cowper JMI School, Birch Green"
    assert extracted("hertingfordbury-pc-minutes-2012-06-13.pdf").document.title == (
        "Minutes of the meeting of Hertingfordbury Parish Council held on Wednesday 13th June "
        "2012 at 7.30pm in Hertingfordbury Cowper JMI School, Birch Green")


def test_a_date_line_under_a_heading_is_not_part_of_the_title():
    # nipissing-agenda-2024-03-05: "*** AGENDA ***" / "Tuesday, March 5, 2024" (both in the
    # heading's type); the stars are decoration
    info = extracted("nipissing-agenda-2024-03-05.pdf").document
    assert (info.kind, info.title, info.date) == ("agenda", "AGENDA", "2024-03-05")


def test_an_appendix_label_at_the_top_of_the_page_is_not_the_title():
    # dev4 kent-cc-county-council-2025-02-13-appendix-i-assessment-of-financial-resilience:
    # "Appendix I" set top right, the heading under it
    name = "kent-cc-county-council-2025-02-13-appendix-i-assessment-of-financial-resilience.pdf"
    assert extracted(name).document.title == "Assessment of Financial Resilience"
    name = "kent-cc-county-council-2025-02-13-appendix-q-flexible-use-of-capital-receipts-strategy.pdf"
    assert extracted(name).document.title == "Flexible use of Capital Receipts Strategy 2025-26"


def test_a_council_by_its_initials_in_the_header_and_in_full_elsewhere():
    # dev4 souldern-pc-accounts-monthly-2021-22: "Souldern PC Spending v Budget 2021/22"
    assert extracted("souldern-pc-accounts-monthly-2021-22.pdf").document.organisation == "Souldern PC"
    # stoke-ferry-pc-minutes-2012-12 writes both: one body, named in full
    assert extracted("stoke-ferry-pc-minutes-2012-12.html").document.organisation == (
        "Stoke Ferry Parish Council")


def test_an_amendment_moved_at_a_meeting_is_other_and_names_the_meeting_it_asks():
    # dev4 kent-cc-county-council-2025-02-13-1-annex-1-labour-group-budget-covering-report-2025:
    # "Amendment to the Revenue Budget ..." / "Proposed by Mr Alister Brady" / "Seconded by ..."
    # / "County Council is asked to agree the following:"
    info = extracted("kent-cc-county-council-2025-02-13-1-annex-1-labour-group-budget-covering-"
                     "report-2025.pdf").document
    assert (info.kind, info.committee, info.organisation) == (
        "other", "County Council", "Kent County Council")


def test_a_running_footer_names_the_meeting_the_paper_goes_to():
    # kent-cc-county-council-2025-03-13-appendix-1-half-year-report-2024-25: every page's
    # footer "TM half-year report 2024-25 to County Council"
    info = extracted("kent-cc-county-council-2025-03-13-appendix-1-half-year-report-2024-25.pdf").document
    assert info.committee == "County Council"


# ---------------------------------------------------------------------------------------------
# Sixth session (issue 11g): headings of kinds of paper the fifth session's rules missed (dev5)


def test_a_motion_under_the_line_naming_its_meeting():
    # kent-cc-county-council-2025-03-13-green-independents-group-mtld-13-march: "County Council
    # Meeting - 13th March 2025" names the meeting; the motion's own heading (two lines) titles it
    info = extracted("kent-cc-county-council-2025-03-13-green-independents-group-mtld-13-march.pdf").document
    assert info.title == ("Motion for Time Limited Debate – Addressing the Environmental and "
                          "Social Harm of Disposable Vapes")
    assert info.committee == "County Council"
    assert (info.kind, info.date) == ("other", "2025-03-13")


def test_a_meeting_note_headed_by_its_group_and_date():
    # kent-cc-county-council-2025-03-13-appendix-3-tmg-meeting-note-14-november-2024: "TMG 14
    # November 2024" / "Agenda" / items / "Attendance:" / "Discussion Summary:" is the record of
    # a meeting (its agenda printed first), titled by its heading, the group's meeting
    info = extracted("kent-cc-county-council-2025-03-13-appendix-3-tmg-meeting-note-14-november-2024.pdf").document
    assert (info.kind, info.title, info.committee, info.date) == (
        "minutes", "TMG 14 November 2024", "TMG", "2024-11-14")


def test_a_name_beside_a_date_is_a_title_a_weekday_is_not():
    from extractors.metadata import _only_a_date

    assert not _only_a_date("TMG 14 November 2024")
    # nipissing-minutes-2024-03-19: the date line under the letterhead
    assert _only_a_date("Tuesday, March 19, 2024")


def test_a_table_of_contents_entry_names_no_committee():
    # kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report: its contents
    # list "Kent & Medway Civilian-Military Partnership Board ..... 6", a section of the report
    info = extracted("kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report.pdf").document
    assert info.committee is None


def test_the_county_council_of_the_county_the_paper_names():
    # kent-cc-county-council-2025-02-13-section-25-statement-final: "To: County Council", and
    # Kent only as "Securing Kent's Future" and "Kent Scheme pay award" (no "KCC", no address)
    info = extracted("kent-cc-county-council-2025-02-13-section-25-statement-final.pdf").document
    assert (info.organisation, info.committee, info.title) == (
        "Kent County Council", "County Council", "Section 25 Assurance Statement")


def test_a_heading_set_over_two_lines_a_little_apart_is_one_title():
    # kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report: a title page
    # in 18pt, its second line 12pt below the first
    assert extracted("kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report.pdf"
                     ).document.title == ("2024 Annual Report Implementation of the Armed Forces "
                                          "Covenant in Kent")
    # hertingfordbury-pc-minutes-2015-09-09: "HELD ON ..." 9pt under the 10.8pt heading
    assert extracted("hertingfordbury-pc-minutes-2015-09-09.pdf").document.title == (
        "MINUTES OF A MEETING OF HERTINGFORDBURY PARISH COUNCIL HELD ON 9TH SEPTEMBER 2015 AT "
        "19.30 IN HERTINGFORDBURY COWPER SCHOOL")
    # hertingfordbury-pc-minutes-2016-05-11: the same line set a blank line's space apart (12pt
    # under 10.7pt type) is a heading line of its own
    assert extracted("hertingfordbury-pc-minutes-2016-05-11.pdf").document.title == (
        "MINUTES OF THE ANNUAL MEETING OF HERTINGFORDBURY PARISH COUNCIL")


def test_a_cover_page_leaves_the_date_to_the_page_after_it():
    # kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report: page 1 is the
    # cover (the title alone); page 2 lists the contents and "Report Date:<tab>31 December 2024"
    info = extracted("kent-cc-county-council-2025-03-13-appendix-1-kent-cmpb-2024-annual-report.pdf").document
    assert info.date == "2024-12-31"


def test_a_county_councils_initials_alone_name_the_one_county_they_can_stand_for():
    # kent-cc-county-council-2025-02-13-6-amendment-greens-and-independents-community-wardens: a
    # one-page budget amendment form whose text names its council only as "KCC" ("received in
    # KCC's final settlement"); the logo says Kent County Council. Kent is the only county
    # whose name begins with K.
    assert extracted("kent-cc-county-council-2025-02-13-6-amendment-greens-and-independents-"
                     "community-wardens.pdf").document.organisation == "Kent County Council"
    # kent-cc-county-council-2025-03-13-appendix-3-tmg-meeting-note-14-november-2024: "KCC"
    # throughout a meeting note, "Kent" never as a place
    assert extracted("kent-cc-county-council-2025-03-13-appendix-3-tmg-meeting-note-14-november-"
                     "2024.pdf").document.organisation == "Kent County Council"
    # "SCC" could be Suffolk, Surrey, Somerset or Staffordshire County Council: none is guessed
    from extractors.metadata import _from_initials
    assert _from_initials("SCC has agreed the budget. SCC officers will report.") == {}
    assert _from_initials("KCC has agreed the budget.") == {"Kent County Council": 1}


def test_a_table_header_row_names_no_meeting():
    # kent-cc-county-council-2025-02-13-appendix-f-all-templates (corpus, in no split): the
    # page opens with the table's header, whose "Cabinet Member" column is no committee
    from extractors.metadata import find_committee
    from pipeline.models import Document

    doc = Document.from_text(
        "MTFP Category\tDirectorate Cabinet\tHeadline Description\nMember\n"
        "Base Budget Changes\tASCH\tDan Watkins\tAdult Social Care\n"
        "Base Budget Changes\tCYPE\tSue Chandler\tChildren's Social Care - Disabled Children\n")
    assert find_committee(doc) is None


def test_a_kind_of_authority_is_no_organisation():
    # kent-cc-county-council-2025-03-13-appendix-2-glossary-of-terms-2024-25 (corpus, in no
    # split): the glossary's subheading "Local Authority Treasury Management Terms" names what
    # the terms are about, not the paper's author
    from extractors.base import Context
    from extractors.metadata import find_organisation
    from pipeline.models import Document
    from pipeline.nlp import lazy_nlp

    doc = Document.from_text(
        "Appendix 2\nGLOSSARY\nLocal Authority Treasury Management Terms\n"
        "Bond\tA certificate of long-term debt issued by a company, government, or other "
        "institution, which is\ntradable on financial markets\n"
        "Borrowing\tUsually refers to the stock of outstanding loans owed and bonds issued.\n")
    assert find_organisation(doc, Context.of(lazy_nlp(), {})) is None


def test_a_reports_addressee_is_not_its_title():
    # kent-cc-county-council-2025-03-13-appendix-a-planning-inspectors-report-on-the-examination-
    # of-the-kmwlp-2024-39 (corpus, in no split): "Report to Kent County Council" / "by J
    # Burston ..." in the title's type over the report's own title
    from extractors.metadata import _is_title

    assert not _is_title("Report to Kent County Council")
    assert not _is_title("Report to the Cabinet")
    assert _is_title("Report on the Examination of the Kent Minerals")


MINISTERS_LETTER = (
    # kent-cc-county-council-2025-03-13-appendix-2 (corpus, in no split): a minister's letter to
    # two councils' Leaders, its text as the PDF gives it
    "Jim McMahon OBE MP\nMinister of State for Local Government and\nEnglish Devolution\n"
    "2 Marsham Street\nLondon\nSW1P 4DF\nOur reference: MC2025/02944\n\nCllr Rodger Gough\n"
    "Leader - Kent County Council\nCllr Vince Maple\nLeader - Medway Council\t5 February 2025\n\n"
    "Dear Leaders,\n\nIn July 2024, the Deputy Prime Minister invited you to partner with this new "
    "Government to\ndeliver the most ambitious programme of devolution this country has ever seen. "
    "Since that\nletter, we have published the English Devolution White Paper, setting out plans.\n"
    "I can confirm that I will not be postponing the May 2025 elections to Kent County Council.\n\n"
    "Yours sincerely,\n\nJIM MCMAHON OBE MP\n"
    "Minister of State for Local Government and English Devolution\n")


def test_a_letter_is_titled_by_its_subject_and_written_by_its_letterhead():
    from extractors.base import Context
    from extractors.metadata import find_kind, find_organisation, find_title
    from pipeline.models import Document
    from pipeline.nlp import lazy_nlp

    doc = Document.from_text(MINISTERS_LETTER)
    # no subject line: no title (not the sender's name, nor the letter's first sentence); a
    # letter, though its head speaks of plans; the councils it is addressed to, and one its
    # body mentions, are not its author
    assert find_title(doc) is None
    assert find_kind(doc, None) == "other"
    assert find_organisation(doc, Context.of(lazy_nlp(), {})) is None
    # kent-cc-county-council-2025-03-13-appendix-1 (dev): the Leaders' letter to the minister,
    # "Re: Kent and Medway request ..." its subject, Kent County Council its letterhead's
    info = extracted("kent-cc-county-council-2025-03-13-appendix-1.pdf").document
    assert (info.kind, info.organisation, info.title) == (
        "other", "Kent County Council",
        "Kent and Medway request to be included in Devolution Priority Programme")


def test_a_payments_list_takes_no_date_from_its_rows():
    # sutton-coldfield-tc-payments-over-250-2016-17-full-year (corpus, in no split): the first
    # row's invoice date (4 July 2016) is a payment's, not the list's
    from extractors.metadata import find_date, find_title
    from pipeline.models import Document

    doc = Document.from_text(
        "Royal Sutton Coldfield Town Council\nPayments Made 2016/17 exceeding £250\nUnrecoverable\n"
        "Inv Date\tRef\tPayee\tDetails\t£ (net)\tCategory\nVAT\n"
        "04/07/2016\t1\tMoor Hall Developments\tSecurity Deposit Office Space and July Rent\t1,800\t"
        "Deposit - Balance Sheet\n04/07/2016\t1\tMoor Hall Developments\tJuly Office Rent\t900\tOffice\n")
    assert find_date(doc, find_title(doc)) is None


def test_a_meetings_name_alone_over_its_date_names_the_committee():
    # kent-cc-county-council-2025-03-13-questions-put-and-answers-given-march-2025 (corpus, in
    # no split): the questions put at the meeting, its name and date in body type
    from extractors.metadata import find_committee
    from pipeline.models import Document

    doc = Document.from_text(
        "Question 1\nCOUNTY COUNCIL\nThursday 13 March 2025\nQuestion by Paul Stepto to Rory Love,\n"
        "Cabinet Member for Education and Skills\nMr Justice Cavanagh, during sentencing in the "
        "tragic case of Sara Sharif commented on\n")
    assert find_committee(doc) == "County Council"


def test_a_published_schedule_of_payments_is_no_report():
    # sutton-coldfield-tc-payments-over-250-2016-17-full-year (dev7): a transparency schedule,
    # kind other; a report about such payments stays a report
    from extractors.metadata import _STATEMENT_TITLE
    result = extracted("sutton-coldfield-tc-payments-over-250-2016-17-full-year.pdf")
    assert (result.document.kind, result.document.title) == (
        "other", "Payments Made 2016/17 exceeding £250")
    assert _STATEMENT_TITLE.match("Explanation of variances – pro forma")
    assert not _STATEMENT_TITLE.match("Report on payments over £500 to the Finance Committee")
