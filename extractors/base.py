"""What every extractor receives besides the Document, and the registry that runs them.

An extractor is a pure function of (Document, Context) registered with what it needs and what it
makes, in the spirit of spaCy's `Language.factory(..., requires=..., assigns=...)`:

    @extractor("dates", requires=("document.date", "table_spans"), assigns=("dates",))
    def extract(doc: Document, ctx: Context) -> list[DateMention]: ...

`pipeline.extract` orders the registered extractors from those declarations (`run_order`), runs
each one guarded, and hands each the values made before it through its Context. Adding an
extractor is one registration in a module of this package; `extract.py` does not change.
A key names a value; "document.date" is a part of "document" (so it is made by whoever assigns
"document"). An extractor that assigns several keys returns a tuple in `assigns` order.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

from pipeline.models import DocumentInfo, FinancialTable

from .spans import Claims

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Context:
    nlp: Language
    """the process's one spaCy pipeline (model + rule components, or blank English + rules)"""
    anchor: dt.date | None = None
    """the document's own date: yearless and relative expressions are read against it"""
    table_spans: tuple[tuple[int, int], ...] = ()
    """character spans of the financial tables found in the document: their cells and headers
    belong to the tables, so prose extractors (dates, amounts) skip them"""
    document: DocumentInfo | None = None
    """the paper's metadata (kind, title, organisation, committee, date)"""
    tables: tuple[FinancialTable, ...] = ()

    def in_table(self, start: int, end: int) -> bool:
        return not self._table_claims.free(start, end)

    @cached_property
    def _table_claims(self) -> Claims:
        return Claims(self.table_spans)

    @classmethod
    def of(cls, nlp: Language, values: Mapping[str, Any]) -> Context:
        """The Context an extractor sees once `values` (key -> value made so far) exist."""
        document = values.get("document")
        return cls(nlp=nlp, document=document, anchor=anchor_date(document),
                   table_spans=tuple(values.get("table_spans", ())),
                   tables=tuple(values.get("tables", ())))


def anchor_date(info: DocumentInfo | None) -> dt.date | None:
    """The document's date as a day to read yearless dates against (1st of the month if partial)."""
    if info is None or not info.date:
        return None
    parts = [int(p) for p in info.date.split("-")]
    return dt.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


@dataclass(frozen=True)
class Extractor:
    name: str
    run: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    empty: Callable[[], Any]
    """what the keys hold when the extractor fails on a paper (a tuple for several keys)"""


class RegistryError(ValueError):
    """A declared requirement nobody assigns, two extractors assigning one key, or a cycle."""


@dataclass
class Registry:
    extractors: dict[str, Extractor] = field(default_factory=dict)

    def add(self, name: str, run: Callable[..., Any], *, requires: tuple[str, ...] = (),
            assigns: tuple[str, ...], empty: Callable[[], Any] = list) -> None:
        self.extractors[name] = Extractor(name, run, tuple(requires), tuple(assigns), empty)

    def run_order(self) -> list[Extractor]:
        """Every extractor after those that assign what it requires; registration order breaks
        ties. Raises RegistryError for a missing or doubly assigned key, or a cycle."""
        maker: dict[str, str] = {}
        for e in self.extractors.values():
            for key in e.assigns:
                if key in maker:
                    raise RegistryError(f"{key!r} is assigned by both {maker[key]!r} and {e.name!r}")
                maker[key] = e.name

        def made_by(key: str, needed_by: str) -> str:
            base = key if key in maker else key.split(".", 1)[0]
            if base not in maker:
                raise RegistryError(f"{needed_by!r} requires {key!r}, which no extractor assigns")
            return maker[base]

        deps = {e.name: {made_by(k, e.name) for k in e.requires} for e in self.extractors.values()}
        order: list[Extractor] = []
        state: dict[str, str] = {}  # name -> "visiting" | "done"

        def visit(name: str, path: list[str]) -> None:
            if state.get(name) == "done":
                return
            if state.get(name) == "visiting":
                cycle = " -> ".join([*path[path.index(name):], name])
                raise RegistryError(f"circular requirements: {cycle}")
            state[name] = "visiting"
            for dep in sorted(deps[name], key=list(self.extractors).index):
                visit(dep, [*path, name])
            state[name] = "done"
            order.append(self.extractors[name])

        for name in self.extractors:
            visit(name, [])
        return order


REGISTRY = Registry()


def extractor(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...],
              empty: Callable[[], Any] = list) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register `run(doc, ctx)` in the package's registry (see the module docstring)."""
    def register(run: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY.add(name, run, requires=requires, assigns=assigns, empty=empty)
        return run
    return register


def load_extractors() -> Registry:
    """Import every module of the `extractors` package, so each one's registrations are made."""
    import extractors

    for info in pkgutil.walk_packages(extractors.__path__, prefix="extractors."):
        importlib.import_module(info.name)
    return REGISTRY


@cache
def extraction_order() -> tuple[Extractor, ...]:
    """The package's extractors in run order, worked out once per process."""
    return tuple(load_extractors().run_order())
