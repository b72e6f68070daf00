"""Quote speakers: which noun phrase speaks, and where its span ends (own texts)."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one
from tidings.analysis import Analysis
from tidings.layout import find_blocks
from tidings.models import Article
from tidings.nlp import annotate_long
from tidings.quotes import find_quotes


def speaker(nlp: Language, text: str, cue: str) -> str | None:
    """The speaker of the quote whose cue ends with ``cue``, parsed paragraph by paragraph."""
    doc = annotate_long(text, nlp)
    found = find_quotes(
        Analysis(article=Article(id="t", text=text), doc=doc, blocks=find_blocks(text))
    )
    q = one(found, cue)
    return q.speaker_text.text if q.speaker_text is not None else None


def test_dateline_parsed_as_a_second_subject_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Berg doubts the budget\n\n"
        "BERLIN (Reuters) - Lars Berg said he was unlikely to back the new budget plan."
    )
    assert speaker(nlp, text, "said") == "Lars Berg"


def test_participle_object_parsed_as_a_second_subject_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "Waving signs calling the mayor “Akron’s Biggest Failure,” the workers chanted “Jobs now.”"
    )
    assert speaker(nlp, text, "chanted") == "the workers"


def test_participle_hung_on_a_reported_clause_shares_the_reporter(nlp: Language) -> None:
    text = "The mayor said she saw no need to alter the budget, telling the council it adds up."
    assert speaker(nlp, text, "telling") == "The mayor"


def test_participle_on_a_thing_posted_speaks_for_the_poster(nlp: Language) -> None:
    text = "The council approved a motion condemning the new tax on farmers."
    assert speaker(nlp, text, "condemning") == "The council"


def test_hyphenated_word_is_kept_whole(nlp: Language) -> None:
    text = "Farm unions began writing op-eds defending the new levy on dairies."
    assert speaker(nlp, text, "defending") == "op-eds"


def test_object_of_a_control_verb_speaks_the_infinitive(nlp: Language) -> None:
    text = "The scandal forced the mayor to deny that she knew about the payments."
    assert speaker(nlp, text, "to deny") == "the mayor"


def test_name_after_an_inverted_cue_between_commas_speaks(nlp: Language) -> None:
    text = "The gap with the mayor, said Berg and others, would be obvious to voters."
    assert speaker(nlp, text, "said") == "Berg and others"


def test_impersonal_it_is_no_speaker(nlp: Language) -> None:
    text = "It is worth pointing out that the mayor never voted on the plan."
    assert speaker(nlp, text, "pointing out") is None


def test_contracted_has_is_no_passive(nlp: Language) -> None:
    text = "He's said he draws his plans from a novel."
    assert speaker(nlp, text, "said") == "He"


def test_quoted_title_stays_in_the_speaker(nlp: Language) -> None:
    text = (
        "“We should plan for more cuts,” said Mia Lund, "
        "the author of “Lean Years,” a book on budgets."
    )
    assert speaker(nlp, text, "said") == "Mia Lund, the author of “Lean Years,” a book on budgets"


def test_floating_quantifier_after_the_speaker_is_left_out(nlp: Language) -> None:
    text = "Lund and Berg both said the cuts would hurt farmers."
    assert speaker(nlp, text, "said") == "Lund and Berg"


def test_opening_asked_clause_has_no_speaker_even_tagged_past(nlp: Language) -> None:
    text = "Asked what a firm deal looks like, Lund replied: “We are nowhere near one yet.”"
    assert speaker(nlp, text, "Asked") is None
    assert speaker(nlp, text, "replied") == "Lund"
