"""The extractor registry: every extractor declares what it requires and assigns; `extract()`
runs them in an order derived from those declarations, and a bad declaration fails loudly."""

from __future__ import annotations

import pytest

from extractors.base import Registry, RegistryError, load_extractors
from pipeline.extract import RESULT_KEYS, run_extractors
from pipeline.models import Document, ResultWarning


def test_the_package_registry_orders_every_extractor():
    order = load_extractors().run_order()
    names = [e.name for e in order]
    assert set(names) >= {"metadata", "tables", "table_spans", "appointments", "dates", "amounts",
                          "resolutions"}
    made: set[str] = set()
    for e in order:  # each runs after whatever assigns what it requires
        for key in e.requires:
            assert key in made or key.split(".", 1)[0] in made, f"{e.name} runs before {key}"
        made.update(e.assigns)
    assert set(RESULT_KEYS) <= made


def _noop(doc, ctx):
    return []


def test_a_requirement_nobody_assigns_is_an_error():
    r = Registry()
    r.add("dates", _noop, requires=("document.date",), assigns=("dates",))
    with pytest.raises(RegistryError, match="'dates' requires 'document.date'"):
        r.run_order()


def test_circular_requirements_are_an_error():
    r = Registry()
    r.add("a", _noop, requires=("y",), assigns=("x",))
    r.add("b", _noop, requires=("x",), assigns=("y",))
    with pytest.raises(RegistryError, match="circular requirements: a -> b -> a"):
        r.run_order()


def test_a_key_assigned_twice_is_an_error():
    r = Registry()
    r.add("a", _noop, assigns=("tables",))
    r.add("b", _noop, assigns=("tables",))
    with pytest.raises(RegistryError, match="'tables' is assigned by both 'a' and 'b'"):
        r.run_order()


def test_order_follows_requirements_not_registration():
    r = Registry()
    r.add("prose", _noop, requires=("spans",), assigns=("prose",))
    r.add("spans", _noop, requires=("document.date",), assigns=("spans",))
    r.add("meta", _noop, assigns=("document",))
    assert [e.name for e in r.run_order()] == ["meta", "spans", "prose"]


def test_a_failing_extractor_becomes_a_warning_and_its_empty_value():
    def broken(doc, ctx):
        raise RuntimeError("boom")

    r = Registry()
    r.add("people", broken, assigns=("appointments", "posts"), empty=lambda: ([], []))
    warnings: list[ResultWarning] = []
    values = run_extractors(Document.from_text("Minutes"), None, r.run_order(), warnings)
    assert values == {"appointments": [], "posts": []}
    assert [w.code for w in warnings] == ["extractor_error"]
    assert "people extraction failed on this paper: RuntimeError: boom" in warnings[0].message
