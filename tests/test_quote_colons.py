"""Colon attributions: "Said X: …", a titled name with a link word, a name after a dash within
a line (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import quotes


def _by_speaker(found, name):  # type: ignore[no-untyped-def]
    return [q for q in found if q.speaker_text is not None and q.speaker_text.text == name]


def test_said_before_its_speaker(nlp: Language) -> None:
    text = "The council met late.\n\nSaid Okafor: “I do not think the mayor cares about it.”"
    (q,) = _by_speaker(quotes(nlp, text), "Okafor")
    assert q.cue is not None and q.cue.text == "Said"
    assert q.content.text == "“I do not think the mayor cares about it.”"


def test_titled_name_with_a_link_word(nlp: Language) -> None:
    text = "Former Mayor Grey at Town Hall: The budget is broken\n\nThe county voted on Monday."
    (q,) = _by_speaker(quotes(nlp, text), "Former Mayor Grey at Town Hall")
    assert q.content.text == "The budget is broken"


def test_name_after_a_dash_introduces_a_quotation(nlp: Language) -> None:
    text = "Pollsters agree - Jo Hale: “The late deciders broke for the challenger.”"
    (q,) = _by_speaker(quotes(nlp, text), "Jo Hale")
    assert q.content.text == "“The late deciders broke for the challenger.”"


def test_label_is_not_a_speaker(nlp: Language) -> None:
    text = "Update: The bridge will reopen on Friday, officials at the county office said."
    assert not _by_speaker(quotes(nlp, text), "Update")


def test_a_poll_a_finding_is_in(nlp: Language) -> None:
    text = "In a new county poll, Hale holds a six-point lead over Grey among older voters."
    (q,) = _by_speaker(quotes(nlp, text), "a new county poll")
    assert q.cue is not None and q.cue.text == "In"
    assert q.content.text == "Hale holds a six-point lead over Grey among older voters"
    text = "Okafor said in a survey that most voters favour the bridge."
    assert not _by_speaker(quotes(nlp, text), "a survey")


def test_headline_content_runs_to_the_end_of_the_line(nlp: Language) -> None:
    text = "Mayor Hale Seeks More Flood Money As He Tours Northern Towns\nThe mayor spoke Monday."
    (q,) = _by_speaker(quotes(nlp, text), "Mayor Hale")
    assert q.content.text == "More Flood Money As He Tours Northern Towns"


def test_transcript_quoted_paragraph_by_paragraph(nlp: Language) -> None:
    text = (
        "Mayor Jo Grey spoke with host Ann Hale on Sunday. Partial transcript as follows:\n\n"
        '"HALE: Let us start with the news on the bridge. The council voted last night.\n\n'
        '"GREY: Well, look, the council thinks this is a game show. But this is serious."'
    )
    found = quotes(nlp, text)
    grey = _by_speaker(found, "GREY")
    assert [q.content.text for q in grey] == [
        "Well, look, the council thinks this is a game show. But this is serious"
    ]
    assert _by_speaker(found, "HALE")


def test_transcript_turns_in_capitals(nlp: Language) -> None:
    text = (
        "KOLB: Good evening and welcome to the show.\n\n"
        "VARGA: Thank you for having me on tonight.\n\n"
        "KOLB: Let us begin with the bridge vote.\n\n"
        "VARGA: The vote was a disgrace for the county."
    )
    found = quotes(nlp, text)
    assert len(_by_speaker(found, "VARGA")) == 2 and len(_by_speaker(found, "KOLB")) == 2
    assert not _by_speaker(quotes(nlp, "WATCH: The bridge opens to traffic today."), "WATCH")
