"""Scoring extraction against the hand annotations in samples/gold/ (rules: samples/gold/README.md).

Precision = matched / predicted, recall = matched / gold, per record kind, summed over samples.
Kinds a gold file lists in `not_annotated` are skipped for that sample on both sides.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rapidfuzz import fuzz

from extractors.vocabulary import is_honorific

from .errors import AgendapackError
from .extract import extract
from .models import ExtractionResult, Gold

KINDS = ("document", "appointments", "dates", "amounts", "resolutions", "table_cells")
DETAIL_KINDS = ("appointment_events", "appointment_start_dates", "outcomes")
"""Finer scores of one kind, where the annotation gives the optional key (an appointment's
`event`, `start_date`; a resolution's `outcome`): reported with the kinds but not added into
`overall`."""


def norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").split()).casefold()


def similar(a: str | None, b: str | None, threshold: float = 90) -> bool:
    return fuzz.ratio(norm(a), norm(b)) >= threshold


def overlaps(a: str, b: str) -> bool:
    """The texts overlap, whatever the spacing: "2024-25" and "2024-" broken over a line."""
    a, b = "".join(norm(a).split()), "".join(norm(b).split())
    return bool(a) and bool(b) and (a in b or b in a)


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float | None:
        return self.matched / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if r is None:
            return None if p is None else 0.0
        if p is None:  # nothing predicted against real gold records
            return 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


def match(gold: list[Any], predicted: list[Any], same: Callable[[Any, Any], bool]) -> Score:
    """Greedy one-to-one matching in document order."""
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same(g, p):
                used.add(i)
                matched += 1
                break
    return Score(gold=len(gold), predicted=len(predicted), matched=matched)


def _person(name: str) -> str:
    words = [w for w in norm(name).replace(".", " ").split() if not is_honorific(w)]
    return " ".join(words)


def predicted_cells(result: ExtractionResult) -> list[dict[str, Any]]:
    """Every cell in pounds (a percentage or a count of years is not). A subtotal row also answers to "Subtotal: <section>", the gold name of
    an unlabelled subtotal, since its printed label may be OCR noise."""
    cells = []
    for t, table in enumerate(result.tables, start=1):
        for row in table.rows:
            names = [row.label] if row.label else []
            if row.kind == "subtotal":
                names.append(f"Subtotal: {row.section}" if row.section else "Subtotal")
            percent = {f.column for f in row.flags if f.code in ("percent", "not_money")}  # not pounds
            for j, (col, value) in enumerate(zip(table.columns, row.values, strict=False)):
                if value is not None and j not in percent:
                    name = row.columns[j] if row.columns is not None and j < len(row.columns) else col.label
                    cells.append({"table": t, "rows": names, "section": row.section,
                                  "column": name, "value": value})
    return cells


RESOLUTION_FORMULA = re.compile(r"^(?:and\s+)?that\s+")
"""The "That" a resolution's item opens with is its formula, not its content: annotators write it
or leave it out ("That the minutes ..." / "the minutes ..."), so it is ignored on both sides."""


OPENING_FORMULAS = {
    # "It was agreed to invite ...", "Members agreed that ...", "All agreed this was a true
    # record", "The Councillors agreed to forward a note" (Milburn minutes, January 2017)
    "decision": r"(?:it\s+was|all|members|(?:the\s+)?councillors|the\s+(?:council|meeting|committee|board))\s+"
                r"(?:unanimously\s+)?(?:agreed|resolved|decided)(?:\s+unanimously)?\s+(?:that\s+)?",
    # "HD nominated and NS seconded that Nick Oakhill be elected Chair" (Souldern annual
    # minutes): who moved and seconded are the decision's attributes, not its content
    "proposal": r"[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+(?:proposed|nominated|moved),?\s+and\s+"
                r"[\w.’'-]+(?:\s+[\w.’'-]+){0,3}?\s+seconded,?\s+that\s+",
    # "County Council is asked to endorse this report", "Pursuant to section 25 of the Local
    # Government Act, County Council is asked to CONSIDER and NOTE this report" (Kent reports):
    # a recommendation of one sentence, its lead-in the formula
    "recommendation": r"(?:[^,]{1,80},\s+)?(?:the\s+)?(?:[\w&’'-]+\s+){0,6}?(?:is|are)\s+"
                      r"(?:asked|recommended|requested|invited)\s+to\s+",
}
DECISION_FORMULA = re.compile("^(?:" + "|".join(f"(?:{p})" for p in OPENING_FORMULAS.values()) + ")")
"""So is the formula a decision sentence of minutes or a report's one-sentence recommendation opens
with (`OPENING_FORMULAS`): the blind batches from dev2 on write the whole sentence ("It was agreed
to invite ...", "County Council is asked to endorse this report", "HD nominated and NS seconded
that Nick Oakhill be elected Chair" -> "Nick Oakhill be elected Chair"), the earlier gold only what
was agreed ("to invite ..."), and the record is the same decision either way."""


def _item_words(text: str) -> tuple[str, str]:
    """An item's words without its "That", and its content: those words without the formula a
    decision sentence or recommendation opens with (`DECISION_FORMULA`), "" when the item is the
    formula alone (the seen gold's "NO proposed and JH seconded")."""
    words = RESOLUTION_FORMULA.sub("", norm(text), count=1)
    return words, RESOLUTION_FORMULA.sub("", DECISION_FORMULA.sub("", words, count=1), count=1)


def _item_agrees(gold: str, predicted: str) -> bool:
    """A gold item's opening words begin the predicted item, both as printed or both without
    their formula (a gold formula with nothing after it is compared as printed)."""
    (gold_words, gold_content), (words, content) = _item_words(gold), _item_words(predicted)
    return words.startswith(gold_words) or bool(gold_content) and content.startswith(gold_content)


REF_LABEL = re.compile(r"^(?:(?:agenda\s+)?item|minute|min|no|number|resolution|paragraph|para)\b\.?\s*")
"""The word a reference may be printed with ("Item 9", "Minute 9", "Min. 9"): two independent blind
annotations of ten test papers wrote "9" and "Item 9" for the same decision seven times."""

REF_SUB_PART = re.compile(r"(?:\s*[.(]?\s*(?:[a-z]|[ivx]{1,4})\s*\)?)+")
"""A lettered or roman sub-part after a minute number ("9(a)", "9 (ii)", "9.b"): the same minute,
written to the sub-item by one annotator and not by another. Numbered parts ("9.1") are other
minutes and do not match."""


def _ref_number(ref: str | None) -> str:
    return REF_LABEL.sub("", norm(ref)).rstrip(".:) ").strip()


def same_ref(gold: str | None, predicted: str | None) -> bool:
    """Two printed references name the same minute: equal once the label word and closing
    punctuation are dropped, or one is the other followed by a lettered/roman sub-part."""
    g, p = _ref_number(gold), _ref_number(predicted)
    if g == p:
        return True
    shorter, longer = sorted((g, p), key=len)
    return (bool(shorter) and longer.startswith(shorter)
            and REF_SUB_PART.fullmatch(longer[len(shorter):]) is not None
            and not shorter[-1].isalpha())


def same_resolution(g, p) -> bool:
    """A gold resolution and a predicted one match (samples/gold/README.md, Scoring)."""
    if g.kind != p.kind or (g.ref is not None and not same_ref(g.ref, p.ref)):
        return False
    if len(p.items) < len(g.items):
        return False
    return all(_item_agrees(gi, pi.text) for gi, pi in zip(g.items, p.items, strict=False))


def _outcome_agrees(gold_outcome, predicted) -> bool:
    """Every key the annotation gives equals the prediction's."""
    outcome = predicted.outcome
    return outcome is not None and all(getattr(outcome, key) == getattr(gold_outcome, key)
                                       for key in gold_outcome.model_fields_set)


def score_outcomes(gold: Gold, result: ExtractionResult) -> Score:
    """Outcomes (carried or lost, unanimous, vote counts) the paper states, where the annotation
    gives them: one record per annotated outcome, matched when its resolution is found
    (`same_resolution`) with an outcome that agrees. Predicted: the resolutions with a stated
    outcome (carried or lost, or counts) in a paper whose annotation gives outcomes."""
    annotated = [g for g in gold.resolutions if g.outcome is not None]
    if not annotated:
        return Score()
    stated = [p for p in result.resolutions if p.outcome is not None
              and (p.outcome.carried is not None or p.outcome.unanimous
                   or p.outcome.votes_for is not None)]
    return match(annotated, stated,
                 lambda g, p: same_resolution(g, p) and _outcome_agrees(g.outcome, p))


def score_sample(gold: Gold, result: ExtractionResult, cells: list[dict[str, Any]] | None = None
                 ) -> dict[str, Score]:
    """`cells`: the predicted table cells, when they are not `predicted_cells(result)` (a second
    annotation's cells, `agreement`)."""
    scores: dict[str, Score] = {}
    doc = Score()
    fields = ["kind", "organisation", "title", "date"]
    if "committee" in gold.document.model_fields_set:  # annotations made before 2026-12 lack it
        fields.append("committee")
    for name in fields:
        g, p = getattr(gold.document, name), getattr(result.document, name)
        doc.gold += g is not None
        doc.predicted += p is not None
        if g is not None and p is not None:
            ok = similar(g, p) if name in ("title", "organisation", "committee") else g == p
            doc.matched += ok
    scores["document"] = doc
    scores["appointments"] = match(
        gold.appointments, result.appointments,
        lambda g, p: _person(g.person) == _person(p.person)
        and fuzz.ratio(norm(g.role), norm(p.role)) >= 85 and g.status == p.status,
    )
    scores.update(_appointment_details(gold, result))
    scores["dates"] = match(
        gold.dates, result.dates,
        lambda g, p: overlaps(g.text, p.text) and g.start == p.start and g.end == p.end,
    )
    scores["amounts"] = match(
        gold.amounts, result.amounts,
        lambda g, p: overlaps(g.text, p.text) and g.value == p.value,
    )

    scores["resolutions"] = match(gold.resolutions, result.resolutions, same_resolution)
    scores["outcomes"] = score_outcomes(gold, result)
    scores["table_cells"] = match(
        gold.table_cells, predicted_cells(result) if cells is None else cells,
        lambda g, p: g.table == p["table"] and any(similar(g.row, name) for name in p["rows"])
        and similar(g.section, p["section"]) and similar(g.column, p["column"])
        and g.value == p["value"],
    )
    for kind in gold.not_annotated:
        scores.pop(kind, None)
        if kind == "appointments":
            for detail in DETAIL_KINDS:
                scores.pop(detail, None)
    return scores


TABLE_LEVELS = ("gold", "value", "value+table", "value+table+row", "value+table+row+column",
                "value+table+row+column+section", "value+row+column+section (any table)",
                "value x1000 or /1000", "predicted", "predicted value in gold",
                "row miss: predicted label longer by figures",
                "row miss: predicted label longer by words", "row miss: predicted label shorter",
                "row miss: label in section", "row miss: no label", "row miss: generic name",
                "row miss: other, words shared", "row miss: other, no word shared",
                "column miss: predicted longer by figures", "column miss: predicted longer by words",
                "column miss: predicted shorter", "column miss: no name",
                "column miss: generic name", "column miss: other, words shared",
                "column miss: other, no word shared", "section miss: gold none, predicted one",
                "section miss: gold one, predicted none", "section miss: both, different")
"""The table breakdown's counts (`table_breakdown`): how many gold cells find some predicted cell
of the same paper with the same value, then also the same table number, row, column, section
(each level includes the one before); the same cell in another table (numbering off); a value off
by a thousand (units); and how many predicted cells have a value some gold cell has."""


def table_breakdown(gold: Gold, result: ExtractionResult) -> dict[str, int]:
    """Which part of a table's structure fails, counted over one paper's gold cells (no one-to-one
    matching: a diagnostic of existence, summed over a split by `EvalReport.table_breakdown`)."""
    counts = dict.fromkeys(TABLE_LEVELS, 0)
    if "table_cells" in gold.not_annotated:
        return counts
    cells = predicted_cells(result)
    counts["gold"] = len(gold.table_cells)
    counts["predicted"] = len(cells)
    gold_values = {g.value for g in gold.table_cells}
    counts["predicted value in gold"] = sum(1 for p in cells if p["value"] in gold_values)

    def row_ok(g, p):
        return any(similar(g.row, name) for name in p["rows"])

    tests = [
        ("value", lambda g, p: g.value == p["value"]),
        ("value+table", lambda g, p: g.table == p["table"]),
        ("value+table+row", row_ok),
        ("value+table+row+column", lambda g, p: similar(g.column, p["column"])),
        ("value+table+row+column+section", lambda g, p: similar(g.section, p["section"])),
    ]
    for g in gold.table_cells:
        found = cells
        for name, test in tests:
            found = [p for p in found if test(g, p)]
            if not found:
                break
            counts[name] += 1
        same_value = [p for p in cells if p["value"] == g.value]
        if any(row_ok(g, p) and similar(g.column, p["column"]) and similar(g.section, p["section"])
               for p in same_value):
            counts["value+row+column+section (any table)"] += 1
        if g.value and any(p["value"] in (g.value * 1000, g.value / 1000) for p in cells):
            counts["value x1000 or /1000"] += 1
        in_table = [p for p in same_value if p["table"] == g.table]
        if in_table and not any(row_ok(g, p) for p in in_table):
            counts[f"row miss: {_why_name(g.row, [n for p in in_table for n in p['rows']], [p['section'] for p in in_table])}"] += 1
        rowed = [p for p in in_table if row_ok(g, p)]
        if rowed and not any(similar(g.column, p["column"]) for p in rowed):
            counts[f"column miss: {_why_name(g.column, [p['column'] for p in rowed], [])}"] += 1
        columned = [p for p in rowed if similar(g.column, p["column"])]
        if columned and not any(similar(g.section, p["section"]) for p in columned):
            sections = [p["section"] for p in columned]
            why = ("gold none, predicted one" if g.section is None else
                   "gold one, predicted none" if all(s is None for s in sections) else "both, different")
            counts[f"section miss: {why}"] += 1
    return counts


def _why_name(gold: str | None, names: list[str | None], sections: list[str | None]) -> str:
    """Why no predicted name matches the gold one (the nearest kind of failure)."""
    g = norm(gold)
    given = [norm(n) for n in names if n]
    longer = [n for n in given if g and g in n]
    if longer:
        extra = longer[0].replace(g, " ", 1)
        kind = "by figures" if re.search(r"\d", extra) else "by words"
        return f"predicted label longer {kind}" if sections else f"predicted longer {kind}"
    if any(n and n in g for n in given):
        return "predicted label shorter" if sections else "predicted shorter"
    if any(similar(gold, s) for s in sections if s):
        return "label in section"
    if not given:
        return "no label" if sections else "no name"
    if any(re.fullmatch(r"column \d+", n) for n in given):
        return "generic name"
    if any(set(re.findall(r"\w+", g)) & set(re.findall(r"\w+", n)) for n in given):
        return "other, words shared"
    return "other, no word shared"


def _same_appointment(g, p) -> bool:
    return (_person(g.person) == _person(p.person)
            and fuzz.ratio(norm(g.role), norm(p.role)) >= 85 and g.status == p.status)


def _appointment_details(gold: Gold, result: ExtractionResult) -> dict[str, Score]:
    """An appointment right and its event (start date) right too, over the gold appointments
    that give the key (null is an answer: "no event", "no date given")."""
    scores = {}
    for kind, key in (("appointment_events", "event"), ("appointment_start_dates", "start_date")):
        keyed = [g for g in gold.appointments if key in g.model_fields_set]
        if keyed:
            scores[kind] = match(keyed, result.appointments,
                                 lambda g, p, key=key: _same_appointment(g, p)
                                 and getattr(g, key) == getattr(p, key))
    return scores


@dataclass
class SampleResult:
    sample: str
    scores: dict[str, Score] = field(default_factory=dict)
    error: str | None = None
    tables: dict[str, int] = field(default_factory=dict)


@dataclass
class EvalReport:
    samples: list[SampleResult]

    def totals(self) -> dict[str, Score]:
        totals = {k: Score() for k in (*KINDS, *DETAIL_KINDS)}
        for s in self.samples:
            for kind, score in s.scores.items():
                totals[kind].add(score)
        return totals

    def overall(self) -> Score:
        total = Score()
        totals = self.totals()
        for kind in KINDS:
            total.add(totals[kind])
        return total

    def table_breakdown(self) -> dict[str, int]:
        """`table_breakdown` summed over the split (an aggregate: safe to read on test)."""
        total = dict.fromkeys(TABLE_LEVELS, 0)
        for s in self.samples:
            for level, n in s.tables.items():
                total[level] += n
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "kinds": {k: v.as_dict() for k, v in self.totals().items()},
            "overall": self.overall().as_dict(),
            "samples": [
                {"sample": s.sample, "error": s.error,
                 "kinds": {k: v.as_dict() for k, v in s.scores.items()}}
                for s in self.samples
            ],
        }


SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "test", "test2", "test3", "test4",
          "test5", "all", "seen")
"""Which annotations to score (samples/gold/README.md):
- seen: `gold/*.json`, the papers the rules were first written on;
- dev: those and `gold/dev/*.json`, further papers annotated blind: tune on these;
- dev2: `gold/dev2/*.json`, a second batch annotated blind, scored on its own so that its first
  figure (before any rule was written for it) and the dev floors both stay readable: tune on it;
- dev3: `gold/dev3/*.json`, a third blind batch (fourth session), scored on its own for the same
  reason: tune on it;
- dev4: `gold/dev4/*.json`, a fourth blind batch (fifth session): tune on it;
- dev5: `gold/dev5/*.json`, a fifth blind batch (sixth session): tune on it;
- dev6: `gold/dev6/*.json`, a sixth blind batch (seventh session): tune on it;
- dev7: `gold/dev7/*.json`, a seventh blind batch (eighth session): tune on it;
- dev8: `gold/dev8/*.json`, an eighth blind batch (ninth session), held out during that session
  (only its totals read, as a check that rules carry over), tuned on from the next;
- test: `gold/test/*.json`, papers annotated blind and never tuned on: only their totals are read;
- test2: `gold/test2/*.json`, a second test batch (fifth session) from corpus papers nobody had run
  the extractor on, annotated blind from briefs that do not describe it: only its totals are read;
- test3: `gold/test3/*.json`, a third test batch (sixth session), made the same way as test2;
- test4: `gold/test4/*.json`, a fourth test batch (seventh session), made the same way;
- test5: `gold/test5/*.json`, a fifth test batch (eighth session), made the same way;
- all: every annotated paper."""


def gold_files(samples_dir: Path, split: str = "dev") -> list[Path]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (one of {', '.join(SPLITS)})")
    gold = samples_dir / "gold"
    batches = [name for name in SPLITS if name not in ("dev", "all", "seen")]
    if split == "seen":
        folders = [gold]
    elif split == "dev":
        folders = [gold, gold / "dev"]
    elif split == "all":
        folders = [gold, gold / "dev"] + [gold / name for name in batches]
    else:
        folders = [gold / split]
    return sorted(p for folder in folders for p in folder.glob("*.json"))


class BadAnnotation(ValueError):
    """A gold file that is not JSON or not of the gold format; the message names the file."""


def load_gold(path: Path) -> Gold:
    try:
        return Gold.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValidationError) as e:
        raise BadAnnotation(f"{path}: not an annotation of the gold format "
                            f"(samples/gold/README.md): {e}") from e


def evaluate(samples_dir: str | Path, split: str = "dev") -> EvalReport:
    """Extract every annotated sample of `split` under `samples_dir` and score it against its
    gold file."""
    samples_dir = Path(samples_dir)
    results = []
    for gold_path in gold_files(samples_dir, split):
        gold = load_gold(gold_path)
        try:
            result = extract(samples_dir / gold.sample)
        except AgendapackError as e:
            results.append(SampleResult(sample=gold.sample, error=str(e)))
            continue
        results.append(SampleResult(sample=gold.sample, scores=score_sample(gold, result),
                                    tables=table_breakdown(gold, result)))
    return EvalReport(results)


def _annotation_as_prediction(gold: Gold) -> tuple[Any, list[dict[str, Any]]]:
    """A second annotation in the shape `score_sample` reads a prediction in."""
    from types import SimpleNamespace

    resolutions = [SimpleNamespace(kind=r.kind, ref=r.ref, outcome=r.outcome,
                                   items=[SimpleNamespace(text=t) for t in r.items])
                   for r in gold.resolutions]
    result = SimpleNamespace(document=gold.document, appointments=gold.appointments,
                             dates=gold.dates, amounts=gold.amounts, resolutions=resolutions)
    cells = [{"table": c.table, "rows": [c.row], "section": c.section, "column": c.column,
              "value": c.value} for c in gold.table_cells]
    return result, cells


def agreement(first: str | Path, second: str | Path) -> EvalReport:
    """How far two annotations of the same papers agree: each paper annotated in both folders
    (same file name), the second scored against the first with the eval's own matching. Two
    blind annotators' agreement is the ceiling a score against either can be read against."""
    first, second = Path(first), Path(second)
    results = []
    for path in sorted(second.glob("*.json")):
        if not (first / path.name).exists():
            continue
        gold, other = load_gold(first / path.name), load_gold(path)
        for kind in other.not_annotated:
            if kind not in gold.not_annotated:
                gold.not_annotated.append(kind)
        result, cells = _annotation_as_prediction(other)
        results.append(SampleResult(sample=gold.sample, scores=score_sample(gold, result, cells)))
    return EvalReport(results)
