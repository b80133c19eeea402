"""The shared spaCy pipeline: what is loaded, the rule layer, the blank fallback."""

from __future__ import annotations

import spacy

from pipeline import nlp as nlp_module
from pipeline.nlp import UNUSED_COMPONENTS, add_rule_layer, has_ner, load_nlp


def test_loaded_once_without_unused_components():
    nlp, warning = load_nlp()
    assert load_nlp()[0] is nlp
    if warning is None:
        assert has_ner(nlp)
        assert not set(UNUSED_COMPONENTS) & set(nlp.pipe_names)
    assert "post_ruler" in nlp.pipe_names


def test_honorific_removed_from_person_entities():
    nlp, warning = load_nlp()
    if warning is not None:
        return
    doc = nlp("27.1     The Cabinet Member for Children and Young People, Cllr Russell, introduced "
              "the report.")
    assert "Russell" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert not [e for e in doc.ents if e.text.startswith("Cllr")]


def test_post_ruler_tags_titles_on_a_blank_pipeline():
    blank = add_rule_layer(spacy.blank("en"))
    doc = blank("Daniel Ruaux Assistant Director, Corporate Parenting")
    assert [(e.text, e.label_) for e in doc.ents] == [("Assistant Director", "POST")]


def test_missing_model_gives_blank_pipeline_and_warning(monkeypatch):
    monkeypatch.setattr(nlp_module, "MODEL_NAME", "no_such_model_installed")
    load_nlp.cache_clear()
    try:
        nlp, warning = load_nlp()
        assert warning == nlp_module.MODEL_MISSING
        assert not has_ner(nlp) and "post_ruler" in nlp.pipe_names
        assert [s.text for s in nlp("First one. Second one.").sents] == ["First one.", "Second one."]
    finally:
        load_nlp.cache_clear()
