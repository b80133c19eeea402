"""Who held which post when: memberships merged across papers into spans (`agendapack posts`).

Each paper's appointments (`Appointment`, one per person and post it names) become dated
observations: the start date the paper gives ("with effect from", the meeting at which someone
"was elected"), else the paper's own date. Observations are grouped by organisation (the body of
a membership, else the paper's organisation) and canonical post (`Appointment.post`), and the
names in a group are merged where the papers support it: "Lester", "R Lester" and "Roger Lester"
are one person when the group holds no other Lester with a different first name or initial.

A span is a run of observations of one person in one post. `from` is the date the term began
when a paper records it (an election, an appointment "with effect from"), else null (already in
post when first seen: `first_seen` says when); `to` is the date the term ended when a paper
records it (resigned "with effect from"), else the start of the next holder's span (a successor
takes up the post), else null (still named in the latest paper: `last_seen`). A post filled each
civic year (`ELECTED_EACH_YEAR`: Chair, Vice-Chair, Mayor, Leader) whose holder is not elected
again at the next annual meeting (a day the council elected such a post) ends there, and the next
holder, first named later, begins there (flag `from_annual_meeting`); elected Chair, a person's
Vice-Chair term ends that day (`EXCLUSIVE_POSTS`). A future appointment that gives its first day
("should be appointed the new Clerk from 1 August 2011") is an observation of that day. Flags:
- `conflict`: another person is named in the same post on a date inside this span (two Chairs
  at once), or between two spans of one holder that no election or appointment separates;
- `gap_before`: no paper names any holder of the post for more than `GAP_DAYS` before this span;
- `named_after_successor`: the holder is named in the post again after the successor's recorded
  election or appointment (a handover), which neither starts a span nor ends the successor's.
Posts a person took in one appointment ("appointed as Clerk and assumes the roles of ... RFO")
end together.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import ExtractionResult

GAP_DAYS = 120
"""A council meets about monthly (parish councils skip August): no holder named for four months
means papers are missing or the post was vacant, either worth a look."""

FORMATS = ("table", "json", "csv")


@dataclass(frozen=True)
class Observation:
    """One paper naming one person in one post."""

    organisation: str
    post: str
    person: str
    date: dt.date
    status: str | None
    event: str | None
    source: str
    page: int | None
    snippet: str
    started: bool = False
    """the date is when the membership began (an election or appointment), not just a mention"""
    ended: bool = False
    """the paper records the membership ending (resigned, left)"""


@dataclass
class Span:
    organisation: str
    post: str
    person: str
    start: dt.date
    """first seen"""
    end: dt.date | None
    """last seen"""
    status: str | None = None
    evidence: list[Observation] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    began: dt.date | None = None
    """the recorded start of the term (`from`)"""
    ended: dt.date | None = None
    """the recorded or implied end of the term (`to`)"""

    def as_dict(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation, "post": self.post, "person": self.person,
            "from": _iso(self.began), "to": _iso(self.ended), "status": self.status,
            "first_seen": _iso(self.start), "last_seen": _iso(self.end), "flags": self.flags,
            "evidence": [{"source": o.source, "page": o.page, "snippet": o.snippet,
                          "date": o.date.isoformat(), "event": o.event} for o in self.evidence],
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _paper_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else f"{value}-01")
    except ValueError:
        return None


# "chairman of Little Berkhamsted Parish Council" in Hertingfordbury's minutes: the post of
# another council, named in the role; it is not the paper's own council's Chair.
_BODY_IN_ROLE = re.compile(
    r"\bof (?:the )?((?:[A-Z][\w'’.-]*\s+){1,5}(?:Parish|Town|District|County|City|Borough)"
    r"\s+Council)\b")


def _body_in_role(role: str | None) -> str | None:
    m = _BODY_IN_ROLE.search(role or "")
    return m.group(1) if m else None


def observations(source: str, result: ExtractionResult) -> list[Observation]:
    """The dated memberships one paper gives (an appointment without any date is left out:
    it cannot be placed in time)."""
    paper_date = _paper_date(result.document.date)
    found = []
    for a in result.appointments:
        if a.future and a.start_date is None:
            continue  # "will be co-opted at our next meeting": not a holder yet (but "should be
            # appointed the new Clerk from 1 August 2011" gives the day the term begins)
        date = a.start_date or paper_date
        if a.event in ("resigned", "left"):
            date = a.end_date or paper_date
        organisation = a.organisation or _body_in_role(a.role) or result.document.organisation
        if date is None or not organisation:
            continue
        found.append(Observation(
            organisation=organisation, post=a.post or a.role, person=a.person, date=date,
            status=a.status, event=a.event, source=source, page=a.provenance.page,
            snippet=a.provenance.snippet,
            started=a.start_date is not None and a.event not in ("resigned", "left"),
            ended=a.event in ("resigned", "left")))
    return found


# Names -----------------------------------------------------------------------------------------

def _name_parts(name: str) -> tuple[str, str]:
    """(first names or initials, surname), casefolded: "R Lester" -> ("r", "lester")."""
    words = name.replace(".", " ").replace("’", "'").split()
    return " ".join(words[:-1]).casefold(), words[-1].casefold() if words else ""


def _compatible(a: str, b: str) -> bool:
    """Forenames that may be one person's: "" (surname only) fits any; "r" fits "roger"."""
    if not a or not b:
        return True
    fa, fb = a.split()[0], b.split()[0]
    return fa == fb or (len(fa) == 1 and fb.startswith(fa)) or (len(fb) == 1 and fa.startswith(fb))


def merge_names(names: Iterable[str]) -> dict[str, str]:
    """Each name -> the fullest variant of the person it names, when that is unambiguous: a
    surname with one compatible fuller name becomes it; with two incompatible ones ("J Smith",
    "K Smith") the surname alone stays as written."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in names:
        by_surname[_name_parts(name)[1]].add(name)
    canonical = {}
    for variants in by_surname.values():
        for name in variants:
            fore = _name_parts(name)[0]
            fits = [v for v in variants if _compatible(fore, _name_parts(v)[0])]
            fuller = max(fits, key=lambda v: (len(_name_parts(v)[0]), v))
            others = [v for v in fits if not _compatible(_name_parts(fuller)[0], _name_parts(v)[0])]
            canonical[name] = name if others else fuller
    return canonical


# Organisations ----------------------------------------------------------------------------------

ORGANISATION_SIMILARITY = 90
"""Two spellings of one organisation across papers ("Hertingordbury Parish Council", a stray
letter before the name): as similar as the eval asks an organisation to be (pipeline/eval.py)."""


def merge_organisations(names: Iterable[str]) -> dict[str, str]:
    """Each organisation (by `_key`) -> the name its papers most often use for it: spellings at least
    `ORGANISATION_SIMILARITY` alike are one; a bare "Parish Council" is the one organisation
    whose name ends with it, when there is exactly one."""
    from rapidfuzz import fuzz

    counts: dict[str, int] = defaultdict(int)
    spelling: dict[str, str] = {}
    for name in names:
        counts[_key(name)] += 1
        spelling.setdefault(_key(name), name)
    keys = sorted(counts, key=lambda k: (-counts[k], k))
    chosen: dict[str, str] = {}
    for k in keys:
        home = next((c for c in keys if counts[c] >= counts[k] and c != k and c in chosen.values()
                     and fuzz.ratio(c, k) >= ORGANISATION_SIMILARITY), None)
        chosen[k] = home or k
    for k in keys:
        longer = {chosen[c] for c in keys if c != k and c.endswith(" " + k)}
        if chosen[k] == k and len(longer) == 1:
            chosen[k] = longer.pop()
    return {k: spelling[chosen[k]] for k in keys}


# Spans ------------------------------------------------------------------------------------------

def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


def spans(found: Iterable[Observation]) -> list[Span]:
    """Observations -> post-holder spans, by organisation and post, in time order. A span runs
    from its first observation to its last; a person named again after their term was recorded
    as ended starts a new span."""
    found = list(found)
    org_of = merge_organisations(o.organisation for o in found)
    by_org: dict[str, list[Observation]] = defaultdict(list)
    for o in found:
        by_org[org_of[_key(o.organisation)]].append(o)
    out: list[Span] = []
    annual = {org: _annual_meetings(obs) for org, obs in by_org.items()}
    for _org, org_obs in sorted(by_org.items()):
        council = merge_names(o.person for o in org_obs)  # across posts: one council's people
        groups: dict[str, list[Observation]] = defaultdict(list)
        for o in org_obs:
            groups[_key(o.post)].append(o)
        for _post, obs in sorted(groups.items()):
            # a surname alone is first read among the holders of this post ("Hunt" elected
            # vice-chairman, "N Hunt (Vice-chairman)"), then among the council's people
            in_post = merge_names(o.person for o in obs)
            names = {n: council[v] for n, v in in_post.items()}
            # same day: mentions ("R Lester (Chairman)" in the attendance list) before the
            # election at that meeting, and an ending last
            obs.sort(key=lambda o: (o.date, o.started, o.ended))
            group: list[Span] = []
            current: Span | None = None
            for o in obs:
                person = names[o.person]
                if current and _key(current.person) == _key(person) and "ended" not in current.flags:
                    current.end = o.date
                    current.evidence.append(o)
                    current.status = current.status or o.status
                else:
                    current = Span(organisation=org_of[_key(obs[0].organisation)],
                                   post=obs[0].post,
                                   person=person, start=o.date, end=o.date, status=o.status,
                                   evidence=[o], began=o.date if o.started else None)
                    group.append(current)
                if o.ended:
                    current.flags.append("ended")
                    current.ended = o.date
            group = _fold_handovers(group)
            _civic_years(group, annual.get(_org, []))
            for before, after in zip(group, group[1:], strict=False):
                if before.ended is None:
                    before.ended = after.began or after.start  # the successor took over
            _flag(group)
            out.extend(group)
    _exclusive(out)
    _taken_together(out)
    return out


def _fold_handovers(group: list[Span]) -> list[Span]:
    """A holder named again in the post after a successor's recorded election or appointment,
    with none of their own ("Amanda Glew (Clerk), Nina Villa (Clerk)" the month after Glew was
    appointed: a handover), is a late mention of their old term: it neither starts a new span
    nor cuts the successor's in two."""
    out: list[Span] = []
    for span in group:
        if (len(out) >= 2 and span.began is None and _key(span.person) == _key(out[-2].person)
                and out[-1].began is not None and _key(out[-1].person) != _key(span.person)):
            out[-2].evidence.extend(span.evidence)
            out[-2].end = max(filter(None, (out[-2].end, span.end)))
            out[-2].flags.append("named_after_successor")
            continue
        if (out and span.began is None and _key(out[-1].person) == _key(span.person)
                and "ended" not in out[-1].flags):
            out[-1].end = span.end  # the successor's term, no longer interrupted
            out[-1].evidence.extend(span.evidence)
            out[-1].flags.extend(f for f in span.flags if f not in out[-1].flags)
            continue
        out.append(span)
    return out


def _taken_together(out: list[Span]) -> None:
    """Posts a person took in one appointment ("be appointed as Clerk and assumes the roles of
    ... Responsible Financial Officer"): a span begun by the same evidence as another post's
    span of that person, and given no end of its own, ends when that one does."""
    by_start: dict[tuple[str, str, str, int | None], list[Span]] = defaultdict(list)
    for span in out:
        if span.began and span.evidence:
            first = span.evidence[0]
            by_start[(span.organisation, _key(span.person), first.source, first.page)].append(span)
    for spans_ in by_start.values():
        ends = {s.ended for s in spans_ if s.ended}
        for span in spans_:
            if span.ended is None and len(ends) == 1 and any(
                    span.evidence[0].snippet != other.evidence[0].snippet
                    and (span.evidence[0].snippet.startswith(other.evidence[0].snippet)
                         or other.evidence[0].snippet.startswith(span.evidence[0].snippet))
                    for other in spans_ if other.ended):
                span.ended = next(iter(ends))


ELECTED_EACH_YEAR = {"chair", "vice-chair", "mayor", "deputy mayor", "leader"}
"""Posts a council fills by election at its annual meeting, for the civic year: a holder not
re-elected there left the post that day."""
EXCLUSIVE_POSTS = (("chair", "vice-chair"), ("mayor", "deputy mayor"))
"""Posts one person cannot hold at once: elected Chair, a Vice-Chair's term ends that day."""
_ELECTIONS = {"elected", "re-elected"}


def _annual_meetings(found: list[Observation]) -> list[dt.date]:
    """The days the council elected a post it fills each year (its annual meetings), in order."""
    return sorted({o.date for o in found if o.event in _ELECTIONS
                   and _key(o.post) in ELECTED_EACH_YEAR})


def _civic_years(group: list[Span], annual: list[dt.date]) -> None:
    """A post elected for the civic year: a holder whose last election was at one annual meeting
    and who is not elected at the next (while the post's next named holder appears only after it)
    held it until that meeting, and the successor from it ("elected ... for the civic year")."""
    if not group or _key(group[0].post) not in ELECTED_EACH_YEAR:
        return
    for before, after in zip(group, group[1:], strict=False):
        if before.ended is not None or after.began is not None:
            continue
        elected = [o.date for o in before.evidence if o.event in _ELECTIONS]
        if not elected:
            continue
        nxt = [d for d in annual if d > elected[-1]]
        if nxt and before.end is not None and nxt[0] >= before.end and nxt[0] <= after.start \
                and not (nxt[1:] and nxt[1] <= after.start):
            before.ended = after.began = nxt[0]
            after.flags.append("from_annual_meeting")


def _exclusive(out: list[Span]) -> None:
    """Elected to one of two posts no one holds together (Chair, Vice-Chair): the person's span
    in the other post ends the day the new term began."""
    for a, b in EXCLUSIVE_POSTS:
        for x, y in ((a, b), (b, a)):
            for new in (s for s in out if _key(s.post) == x and s.began):
                for old in out:
                    if _key(old.post) == y and old.organisation == new.organisation \
                            and _key(old.person) == _key(new.person) \
                            and old.start < new.began and (old.ended is None or old.ended > new.began):
                        old.ended = new.began


def _flag(group: list[Span]) -> None:
    """Conflicts (two holders named on overlapping dates) and gaps (no holder named for
    `GAP_DAYS`) within one organisation's post, in time order."""
    for i, span in enumerate(group):
        for other in group[:i] + group[i + 1:]:
            if _key(other.person) != _key(span.person) and other.start < (span.end or span.start) \
                    and span.start < (other.end or other.start):
                if "conflict" not in span.flags:
                    span.flags.append("conflict")
        if i and (span.start - (group[i - 1].end or group[i - 1].start)).days > GAP_DAYS:
            span.flags.append("gap_before")
    # A, then B, then A again with no election or appointment of A in between: B was named in
    # A's post while A held it (an acting holder, or a misread): all three are flagged.
    for before, middle, after in zip(group, group[1:], group[2:], strict=False):
        if _key(before.person) == _key(after.person) != _key(middle.person) \
                and after.began is None and "ended" not in before.flags:
            for span in (before, middle, after):
                if "conflict" not in span.flags:
                    span.flags.append("conflict")
    for span in group:
        span.flags = sorted(set(span.flags))


def select(all_spans: list[Span], organisation: str | None = None,
           post: str | None = None) -> list[Span]:
    """Spans of one organisation and / or post (case-insensitive; a post matches its canonical
    name or any word-prefix of it, so "chair" does not match "Vice-Chair")."""
    def ok(span: Span) -> bool:
        if organisation and _key(organisation) not in _key(span.organisation):
            return False
        return not post or _key(span.post) == _key(post) or _key(span.post).startswith(_key(post) + " ")
    return [s for s in all_spans if ok(s)]


# Reading papers or a store ----------------------------------------------------------------------

def from_store(db: Path) -> list[Observation]:
    """The `memberships` table of a store written by `agendapack batch`."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT m.organisation, m.post, m.person, m.date, m.status, m.event, d.source_path,"
            " m.page, m.snippet, m.start_date IS NOT NULL, m.event IN ('resigned', 'left')"
            " FROM memberships m JOIN documents d ON d.id = m.document_id"
            " WHERE m.date IS NOT NULL AND (m.future = 0 OR m.start_date IS NOT NULL)").fetchall()
    finally:
        conn.close()
    return [Observation(organisation=r[0], post=r[1], person=r[2],
                        date=dt.date.fromisoformat(r[3]), status=r[4], event=r[5],
                        source=Path(r[6]).name,
                        page=r[7], snippet=r[8] or "", started=bool(r[9]), ended=bool(r[10]))
            for r in rows if r[0]]


def render(found: list[Span], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([s.as_dict() for s in found], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["organisation", "post", "person", "from", "to", "status", "flags", "papers",
                    "first_source", "first_page", "first_snippet"])
        for s in found:
            first = s.evidence[0]
            w.writerow([s.organisation, s.post, s.person, s.start.isoformat(),
                        s.end.isoformat() if s.end else "", s.status or "", " ".join(s.flags),
                        len({o.source for o in s.evidence}), first.source, first.page,
                        " ".join(first.snippet.split())])
        return buf.getvalue()
    raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")


def from_papers(inputs: list[str], workers: int | None = None,
                on_error=None, follow_symlinks: bool = False) -> list[Observation]:
    """Extract every paper under `inputs` (in parallel worker processes, as `batch` does) and
    return their observations; a paper that cannot be read is passed to `on_error(path, message)`
    and skipped."""
    import os

    from .batch import DEFAULT_TIMEOUT, collect_inputs, run_local

    refused: list[tuple[Path, str]] = []
    papers, _skipped = collect_inputs(inputs, follow_symlinks=follow_symlinks, refused=refused)
    # a paper-named link or special file is not read, as in `batch`; said, so that a folder of
    # links does not give an empty answer without a word
    for path, why in refused:
        if on_error:
            on_error(str(path), f"{path}: {why}")
    found: list[Observation] = []
    for outcome in run_local([str(p) for p in papers], workers or os.cpu_count() or 1,
                             DEFAULT_TIMEOUT):
        if not outcome.ok:
            if on_error:
                on_error(outcome.path, outcome.message)
            continue
        result = ExtractionResult.model_validate_json(outcome.result_json)
        found.extend(observations(Path(outcome.path).name, result))
    return found


def load(path: Path, workers: int | None = None, on_error=None,
         follow_symlinks: bool = False) -> list[Observation]:
    """A batch output folder (holds agendapack.sqlite) or a store file: its `memberships`; else
    papers (a folder of them, or one)."""
    from .store import DB_NAME

    db = path / DB_NAME if path.is_dir() else path
    if db.suffix == ".sqlite" and db.exists():
        return from_store(db)
    return from_papers([str(path)], workers, on_error, follow_symlinks)


# Scoring against a hand-built answer key (samples/gold/posts/) ---------------------------------

def _same_person(a: str, b: str) -> bool:
    (fa, sa), (fb, sb) = _name_parts(a), _name_parts(b)
    return sa == sb and _compatible(fa, fb)


def score(key: dict[str, Any], found: list[Span]) -> dict[str, Any]:
    """How many of the key's spans (`{"organisation", "spans": [{"post", "person", "from",
    "to"}]}`) the spans of its organisation reproduce: `exact` (post, person, from and to all
    equal), `holder` (post and person right and the dates overlapping), and the predicted spans
    of the key's posts that match no key span."""
    org = _key(key["organisation"])
    posts = {_key(s["post"]) for s in key["spans"]}
    mine = [s for s in found if _key(s.organisation) == org and _key(s.post) in posts]
    used: set[int] = set()
    exact = holder = 0
    rows = []
    for k in key["spans"]:
        k_from = dt.date.fromisoformat(k["from"]) if k.get("from") else None
        k_to = dt.date.fromisoformat(k["to"]) if k.get("to") else None
        best, kind = None, None
        for i, s in enumerate(mine):
            if i in used or _key(s.post) != _key(k["post"]) or not _same_person(s.person, k["person"]):
                continue
            if s.began == k_from and s.ended == k_to:
                best, kind = i, "exact"
                break
            lo, hi = k_from or dt.date.min, k_to or dt.date.max
            if best is None and s.start <= hi and (s.end or s.start) >= lo:
                best, kind = i, "holder"
        if best is not None:
            used.add(best)
            exact += kind == "exact"
            holder += 1
        rows.append({"post": k["post"], "person": k["person"], "from": k.get("from"),
                     "to": k.get("to"), "match": kind,
                     "found": mine[best].as_dict() if best is not None else None})
    return {"key_spans": len(key["spans"]), "exact": exact, "holder_right": holder,
            "predicted_spans": len(mine), "unmatched_predicted": len(mine) - len(used),
            "spans": rows}
