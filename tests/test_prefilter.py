"""The lexical pre-filter (sentences without a trigger, cue or quotation mark get no parse) and the
cached stand-ins for the attribute ruler and the lemmatizer. Texts written for these tests."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, SENT_START, TAG

from tidings.events.lexicon import lemma_of
from tidings.models import Article
from tidings.nlp import annotate_long, annotator, paragraph_pieces
from tidings.pipeline import extract_article
from tidings.prefilter import ENV, Prefilter, enabled, vocabulary
from tidings.spacy_fast import FastAttributeRuler, FastLemmatizer

FILLER = "Blue skies and green hills."

TEXTS = [
    "Russian warplanes struck a market in Idlib on Tuesday, killing 12 people.\n\n"
    "Blue skies and green hills. The valley was quiet.\n\n"
    "“We will not back down,” the defence minister told reporters in Moscow.",
    "Turkey and Iran signed a trade agreement in Ankara. Blue skies and green hills.\n\n"
    "Prime minister Ana Ruiz: The deal is a good one for both nations.\n\n"
    "According to the ministry, police arrested four protesters near the embassy on Friday.",
    "The weather in the north stayed mild.\n\nThe ministers met in Vienna on 3 May 2024. "
    "Clear water in the lake. Officials said the talks would resume next week.",
]


@pytest.fixture(scope="module")
def keep(nlp):
    return Prefilter(nlp)


def test_enabled_reads_the_variable(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert not enabled()  # off by default
    monkeypatch.setenv(ENV, "0")
    assert not enabled()
    assert enabled(True)
    monkeypatch.setenv(ENV, "1")
    assert enabled()
    assert not enabled(False)


def test_vocabulary_comes_from_the_lexicons():
    from tidings.events.lexicon import noun_entries, verb_entries
    from tidings.quotes.lexicon import lexicon

    vocab = vocabulary()
    assert set(verb_entries()) <= vocab.lemmas
    assert set(noun_entries()) <= vocab.lemmas
    assert {v.split()[0] for v in lexicon().verbs} <= vocab.lemmas  # "lay out" by "lay"
    assert set(lexicon().nouns) <= vocab.lemmas
    assert set(lexicon().cue_nouns or {}) <= vocab.lemmas
    assert set(lexicon().cue_adjectives or {}) <= vocab.lemmas


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said nothing more.",  # irregular past (exception table)
        "The army attacked the town.",  # regular past
        "Troops are attacking the town.",
        "Two attacks hit the town.",  # plural noun
        "The rebels fought on.",  # irregular
        "According to the agency, the town is calm.",  # cue phrase
        "“Nothing,” one man whispered.",  # quotation marks
        "Farmers: prices are low.",  # a colon
    ],
)
def test_keeps_triggers_cues_and_marks(keep, nlp, sentence):
    assert keep.keeps(nlp.make_doc(sentence))


def test_drops_sentences_without_any(keep, nlp):
    assert not keep.keeps(nlp.make_doc(FILLER))
    assert not keep.keeps(nlp.make_doc("The valley was quiet."))
    assert not keep.keeps(nlp.make_doc("Trump's dog's bowl was blue."))  # apostrophes: no quote


def test_every_sentence_with_a_trigger_lemma_is_kept(keep, nlp):
    """Whatever lemma the real parse gives, a sentence with a lexicon lemma passes the filter."""
    vocab = vocabulary()
    doc = annotate_long(" ".join(TEXTS), nlp, prefilter=False)
    for sent in doc.sents:
        if any(lemma_of(t) in vocab.lemmas for t in sent):
            assert keep.keeps(sent), sent.text


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_are_exact(nlp, text):
    doc = annotate_long(text, nlp, prefilter=True)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text
    for ent in doc.ents:
        assert text[ent.start_char : ent.end_char] == ent.text
    sents = list(doc.sents)
    assert "".join(s.text_with_ws for s in sents) == text
    assert all(not s[0].is_space for s in sents[1:])


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Blue skies."])
@pytest.mark.parametrize("prefilter", [False, True])
def test_empty_and_tiny_texts(nlp, text, prefilter):
    doc = annotate_long(text, nlp, prefilter=prefilter)
    assert doc.text == text


def test_unparsed_sentences_keep_entities_and_boundaries(nlp):
    text = TEXTS[0]
    on = annotate_long(text, nlp, prefilter=True)
    off = annotate_long(text, nlp, prefilter=False)
    filler = [s for s in on.sents if s.text.strip().startswith("Blue skies")]
    assert filler and all(t.dep_ == "" for t in filler[0])  # not parsed
    assert [s.text.strip() for s in on.sents] == [s.text.strip() for s in off.sents]
    assert {(e.start_char, e.label_) for e in on.ents} >= {
        (e.start_char, e.label_) for e in off.ents if e.label_ in ("GPE", "PERSON")
    }


def _facts(text: str, nlp, prefilter: str, monkeypatch) -> tuple:
    monkeypatch.setenv(ENV, prefilter)
    doc = extract_article(Article(id="t", text=text, published="2024-05-06"), nlp)
    events = [
        (e.type, e.trigger.start, e.trigger.end, e.actors, e.recipients, e.negated)
        for e in doc.events
    ]
    quotes = [
        (
            q.content.start,
            q.content.end,
            q.cue and q.cue.start,
            q.speaker_text and q.speaker_text.start,
        )
        for q in doc.quotes
    ]
    return events, quotes


@pytest.mark.parametrize("text", TEXTS)
def test_same_events_and_quotes_with_and_without(nlp, monkeypatch, text):
    on = _facts(text, nlp, "1", monkeypatch)
    off = _facts(text, nlp, "0", monkeypatch)
    assert on == off
    assert on[0] or on[1]  # the texts do hold events or quotes


def test_many_texts_at_once_equal_one_by_one(nlp):
    ann = annotator(nlp)
    together = ann(TEXTS, prefilter=True)
    for text, doc in zip(TEXTS, together, strict=True):
        alone = annotate_long(text, nlp, prefilter=True)
        attrs = [TAG, POS, LEMMA, DEP, HEAD, SENT_START]
        assert np.array_equal(doc.to_array(attrs), alone.to_array(attrs))
        assert [(e.start, e.end, e.label_) for e in doc.ents] == [
            (e.start, e.end, e.label_) for e in alone.ents
        ]


CONTRACTIONS = (
    "I ain't gonna wait, y'all know that. Let's go, c'mon! It's late and we're tired; "
    "you'd think they'd have called. There's nothin' left. I'm sure he's gotta leave.\n\n"
    "The wolves' dens were empty, but the ministers' cars weren't. Don't ask why it's so."
)


def test_fast_ruler_and_lemmatizer_match_the_model(nlp):
    pieces = paragraph_pieces(CONTRACTIONS + "\n\n" + "\n\n".join(TEXTS))
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        base = list(nlp.pipe(pieces))
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    fast_ruler, fast_lemmatizer = FastAttributeRuler(nlp), FastLemmatizer(nlp)
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for doc in base:
        expected = lemmatizer(ruler(doc.copy()))
        got = fast_lemmatizer(fast_ruler(doc.copy()))
        assert np.array_equal(expected.to_array(attrs), got.to_array(attrs)), doc.text


def test_blas_ops_give_the_same_parse(nlp):
    """The stock model (a second copy, blis products) and tidings' annotator (numpy products,
    stand-ins) give the same annotation."""
    import spacy

    from tidings.nlp import MODEL_NAMES, Annotator

    stock = None
    for name in MODEL_NAMES:
        try:
            stock = spacy.load(name)
            break
        except OSError:
            continue
    assert stock is not None
    fast = Annotator(nlp, fast=True)
    assert fast.blas is not None  # threadpoolctl found a BLAS to hold to one thread
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, SENT_START]
    for text in [CONTRACTIONS, *TEXTS]:
        got = fast([text], prefilter=False)[0]
        want = Annotator(stock, fast=False)([text], prefilter=False)[0]
        assert np.array_equal(got.to_array(attrs), want.to_array(attrs))
        assert [(e.start, e.end, e.label_) for e in got.ents] == [
            (e.start, e.end, e.label_) for e in want.ents
        ]
