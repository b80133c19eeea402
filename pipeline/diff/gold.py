"""Recall of hand-annotated changes (`samples/gold/diffs/OLD__NEW.json`) by a Diff.

A gold change is found when a predicted change of the same kind names the same subject (the
gold subject is a phrase of the predicted one, or, where the annotator gave the change's value,
shares at least half its content words with it: `PARAPHRASE_SHARE`), and agrees on section, column, old and new
wherever the annotator gave them (money exactly, text as a phrase).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rapidfuzz import fuzz

from ..models import Change, Diff
from .tables import norm


@dataclass
class Recall:
    found: int
    total: int
    missed: list[dict]

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 1.0


def load_gold(path: str | Path) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def _phrase(gold: str, predicted: str | None) -> bool:
    g, p = norm(gold), norm(predicted)
    return bool(p) and (g in p or fuzz.partial_ratio(g, p) >= 90)


# A predicted date value is its text as printed and its interval: "26th May 2016 (2016-05-26)".
_PRINTED = re.compile(r"^(.*?)\s*\(\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?\)$", re.S)


# An annotator may give a post its remit in brackets ("working group (parking restrictions at
# Birch Green)") where the paper names the post and then says what it is for: the post before
# the brackets is the post the change names.
_REMIT = re.compile(r"^(.+?)\s*\([^()]+\)$", re.S)


def _value(gold, predicted) -> bool:
    """Money exactly; text as a phrase of the predicted value, or, for a date, the date as
    printed within the annotator's wider words ("31st March 2016, Eye Town Hall", "before the
    end of March" hold the dates "31st March 2016", "the end of March")."""
    if isinstance(gold, int | float):
        return isinstance(predicted, Decimal) and predicted == Decimal(str(gold))
    if not isinstance(predicted, str):
        return False
    if _phrase(gold, predicted):
        return True
    remit = _REMIT.match(gold)
    if remit and _phrase(remit.group(1), predicted):
        return True
    printed = _PRINTED.match(predicted)
    return bool(printed) and bool(norm(printed.group(1))) and norm(printed.group(1)) in norm(gold)


# Annotators name a change in their own words: "Bookfest 2016 festival" for the paper's "the
# festival which will take place between 21st and 30th October 2016", "Making Space for Nature
# final strategy would be published" for "The Making Space for Nature consultation had received
# a strong level of responses and the final strategy would be published in the summer". Where
# the annotator gave the change's value (which must then agree), the subject is the same one
# when at least this share of its content words (by their first five letters) is in the
# predicted subject; without a value, the subject must be a phrase of the predicted one.
PARAPHRASE_SHARE = 0.5


def _stems(text: str | None) -> set[str]:
    from .core import content_words

    return {w[:5] for w in content_words(text or "")}


def _same_subject(gold: dict, c: Change) -> bool:
    if _phrase(gold["subject"], c.subject):
        return True
    if not any(side in gold for side in ("old", "new")):
        return False
    words = _stems(gold["subject"])
    return bool(words) and len(words & _stems(c.subject)) >= PARAPHRASE_SHARE * len(words)


def found_by(gold: dict, c: Change) -> bool:
    if c.kind != gold["kind"] or not _same_subject(gold, c):
        return False
    if gold.get("section") and fuzz.ratio(norm(gold["section"]), norm(c.section)) < 85:
        return False
    if gold.get("column") and fuzz.ratio(norm(gold["column"]), norm(c.column)) < 90:
        return False
    return all(_value(gold[side], getattr(c, side)) for side in ("old", "new") if side in gold)


def recall(diff: Diff, gold: dict) -> Recall:
    """Each predicted change finds at most one annotated change, assigned so that as many are
    found as can be (a maximum matching: taken first come, first served, "Next Meeting ...
    September 2012" would take the "invite Cllr Hammond to the September meeting" that is the
    only change to find another annotated change by, and leave its own unused)."""
    finds = [[k for k, c in enumerate(diff.changes) if found_by(g, c)] for g in gold["changes"]]
    owner: dict[int, int] = {}  # predicted change -> the annotated change it finds

    def assign(j: int, seen: set[int]) -> bool:
        for k in finds[j]:
            if k in seen:
                continue
            seen.add(k)
            if k not in owner or assign(owner[k], seen):
                owner[k] = j
                return True
        return False

    found = {j for j in range(len(finds)) if assign(j, set())}
    missed = [g for j, g in enumerate(gold["changes"]) if j not in found]
    return Recall(found=len(gold["changes"]) - len(missed), total=len(gold["changes"]),
                  missed=missed)


@dataclass
class KindScore:
    """One change kind on one or more annotated pairs: predicted changes that an annotated change
    accounts for (precision) and annotated changes that a predicted one finds (recall)."""

    kind: str
    predicted: int = 0
    correct: int = 0
    annotated: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.annotated if self.annotated else 1.0

    def add(self, other: KindScore) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.annotated += other.annotated
        self.found += other.found


def score(diff: Diff, gold: dict) -> dict[str, KindScore]:
    """Per kind: recall as `recall()` (each predicted change finds at most one annotated change),
    and precision as the share of predicted changes that some annotated change of the pair
    accounts for. Annotators list the changes a reader needs, so a predicted change they did not
    list counts against precision."""
    out: dict[str, KindScore] = {}

    def of(kind: str) -> KindScore:
        return out.setdefault(kind, KindScore(kind))

    for g in gold["changes"]:
        of(g["kind"]).annotated += 1
    missed = recall(diff, gold).missed
    for g in gold["changes"]:
        if not any(g is m for m in missed):
            of(g["kind"]).found += 1
    for c in diff.changes:
        of(c.kind).predicted += 1
        if any(found_by(g, c) for g in gold["changes"]):
            of(c.kind).correct += 1
    return out


CHANGE_SET_FOLDERS = ("diffs", "diffs2", "diffs3", "diffs4", "diffs5")
"""Annotated change sets, one folder a batch (samples/gold/README.md): `diffs` the sets the diff
was tuned on, `diffs2` to `diffs5` later batches annotated blind, each scored apart so that its
first figure stays readable."""


def score_folder(samples: Path, folder: str) -> dict[str, KindScore]:
    """Per change kind, totals over every annotated set in samples/gold/FOLDER/, extracting the
    papers from samples/; prints each set's recall."""
    from ..extract import extract
    from .core import diff_results

    totals: dict[str, KindScore] = {}
    for path in sorted((samples / "gold" / folder).glob("*.json")):
        gold = load_gold(path)
        scores = score(diff_results(extract(samples / gold["old"]), extract(samples / gold["new"])),
                       gold)
        found = sum(s.found for s in scores.values())
        total = sum(s.annotated for s in scores.values())
        print(f"{path.stem[:80]:80s} recall {found}/{total}")
        for kind, s in scores.items():
            totals.setdefault(kind, KindScore(kind)).add(s)
    return totals


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.diff.gold [samples/]`: recall and precision per change kind over every
    annotated change set in samples/gold/diffs/ and diffs2/ to diffs5/ (each folder apart)."""
    import sys

    samples = Path((argv if argv is not None else sys.argv[1:] or ["samples"])[0])
    for folder in CHANGE_SET_FOLDERS:
        if not (samples / "gold" / folder).is_dir():
            continue
        print(f"== samples/gold/{folder}/")
        totals = score_folder(samples, folder)
        print(f"{'kind':26s} {'precision':>16s} {'recall':>16s}")
        for kind, s in sorted(totals.items()):
            print(f"{kind:26s} {s.correct:5d}/{s.predicted:<5d} {s.precision:.2f} "
                  f"{s.found:5d}/{s.annotated:<5d} {s.recall:.2f}")
        correct = sum(s.correct for s in totals.values())
        predicted = sum(s.predicted for s in totals.values())
        found = sum(s.found for s in totals.values())
        annotated = sum(s.annotated for s in totals.values())
        print(f"{'all':26s} {correct:5d}/{predicted:<5d} {correct / max(predicted, 1):.2f} "
              f"{found:5d}/{annotated:<5d} {found / max(annotated, 1):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
