"""Quote speakers: where a speaker span starts and ends (own texts; round 5)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from test_quote_speakers import speaker
from tidings.quotes.speakers import _without_asides


def test_arrival_after_an_inverted_speaker_is_when_not_who(nlp: Language) -> None:
    text = "“It is over,” said the striker on arrival."
    assert speaker(nlp, text, "said") == "the striker"


def test_arrival_after_an_appositive_is_left_out(nlp: Language) -> None:
    text = "“It is over,” said Jon Marsh, the club captain, on arrival in Madrid on Sunday."
    assert speaker(nlp, text, "said") == "Jon Marsh, the club captain"


def test_gerund_after_a_time_preposition_is_left_out(nlp: Language) -> None:
    text = "“It was rigged,” said Anna Berg, 51, after listening to the mayor speak."
    assert speaker(nlp, text, "said") == "Anna Berg, 51"


def test_place_of_a_speaker_stays(nlp: Language) -> None:
    text = "“It was rigged,” said a critic on the council."
    assert speaker(nlp, text, "said") == "a critic on the council"


def test_floating_both_after_a_coordination_is_left_out(nlp: Language) -> None:
    text = "Mara Olsen and her brother Piet both said the ruling was unfair."
    assert speaker(nlp, text, "said") == "Mara Olsen and her brother Piet"


def test_hyphenated_medium_after_the_speaker_is_left_out(nlp: Language) -> None:
    text = "“We were never told,” said one of the families in e-mails seen by the Gazette."
    assert speaker(nlp, text, "said") == "one of the families"
    text = "The ministry in e-mails said the patrols would continue."
    assert speaker(nlp, text, "said") == "The ministry"


def test_according_to_a_hyphenated_word_keeps_it_whole(nlp: Language) -> None:
    text = "According to e-mails seen by the Gazette, the council knew of the flood risk."
    assert speaker(nlp, text, "According to") == "e-mails seen by the Gazette"


def test_date_of_a_poll_stays_in_it(nlp: Language) -> None:
    text = "A Harbor Institute poll in March found that most residents oppose the toll."
    assert speaker(nlp, text, "found") == "A Harbor Institute poll in March"


def test_date_after_a_name_dates_the_verb(nlp: Language) -> None:
    text = "Mayor Ada Quist at the time said the toll would be temporary."
    assert speaker(nlp, text, "said") == "Mayor Ada Quist"


def test_hyphenated_word_stays_whole_with_its_modifiers(nlp: Language) -> None:
    text = "Later, the co-host asked the senator how he would pay for it."
    assert speaker(nlp, text, "asked") == "the co-host"
    text = "The broadcaster's co-workers said the studio was unsafe."
    assert speaker(nlp, text, "said") == "The broadcaster's co-workers"


def test_date_after_a_common_noun_stays(nlp: Language) -> None:
    text = "The mayor at the time said the fees would be paid."
    assert speaker(nlp, text, "said") == "The mayor at the time"


def test_what_a_document_holds_stays_in_it(nlp: Language) -> None:
    text = "A new batch of city council e-mails released this week showed that the mayor knew."
    assert speaker(nlp, text, "showed") == (
        "A new batch of city council e-mails released this week"
    )
    text = "According to a transcript of the hearing, the judge warned both lawyers."
    assert speaker(nlp, text, "According to") == "a transcript of the hearing"


def test_title_quoted_at_the_end_of_an_appositive_stays(nlp: Language) -> None:
    text = "“We have to engage them,” wrote the authors of the “Harbor Renewal Plan,” on Monday."
    assert speaker(nlp, text, "wrote") == "the authors of the “Harbor Renewal Plan,”"
    text = "Tom Reyes (“Big Tom”) insulted the judge."
    assert speaker(nlp, text, "insulted") == "Tom Reyes (“Big Tom”)"


def test_when_clause_hung_on_the_speaker_is_left_out(nlp: Language) -> None:
    # the parse seen on news text: "when asked …" as a relative clause of the speaker's noun
    words = ["said", "the", "voter", "when", "asked", "about", "it"]
    heads = [0, 2, 0, 4, 2, 4, 5]
    deps = ["ROOT", "det", "nsubj", "advmod", "relcl", "prep", "pobj"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _without_asides(doc[2]) == (1, 3)


def test_channel_after_the_speaker_is_left_out(nlp: Language) -> None:
    text = "“It's a scandal,” says Ivan Petrov, a teacher in Kharkiv, on the phone."
    assert speaker(nlp, text, "says") == "Ivan Petrov, a teacher in Kharkiv"
    text = "The governor on the radio said the roads were closed."
    assert speaker(nlp, text, "said") == "The governor"


def test_a_name_the_parser_broke_up_stays_whole() -> None:
    import tidings

    for text in (
        "Four editors were detained in March, according to the Committee to Protect Journalists.",
        "According to the Committee to Protect Journalists, four editors were detained in March.",
    ):
        (quote,) = tidings.extract(text).quotes
        assert quote.speaker_text is not None
        assert quote.speaker_text.text.endswith("Committee to Protect Journalists")
        assert quote.content.text.lower() == "four editors were detained in march"


def test_a_relative_pronoun_speaker_is_linked_to_whom_it_stands_for() -> None:
    import tidings

    doc = tidings.extract("Senator Maria Lopez, who says the dam is unsafe, has filed a suit.")
    (quote,) = doc.quotes
    assert quote.speaker_text is not None and quote.speaker_text.text == "who"
    names = {a.id: a.name for a in doc.actors}
    assert names.get(quote.speaker or "") == "Maria Lopez"


def test_a_day_the_parser_hung_on_a_name_is_not_the_speaker() -> None:
    import tidings

    text = "The club had waited for weeks, but on Friday Chairman Okafor said talks would resume."
    (quote,) = tidings.extract(text).quotes
    assert quote.speaker_text is not None and quote.speaker_text.text == "Chairman Okafor"
    (quote,) = tidings.extract("But Tuesday night's vote showed how weak the coalition is.").quotes
    assert quote.speaker_text is not None and quote.speaker_text.text == "Tuesday night's vote"
