"""Quote rules of the sixth session (own texts): a result participle after the reported clause,
a that-clause after a phrase of the telling's circumstance, passive "is quoted as saying", and a
poll question with its answer."""

from __future__ import annotations

from spacy.language import Language

from test_quotes import one, quotes


def test_result_participle_stays_in_the_content(nlp: Language) -> None:
    text = "The union said the plant would close in March, leaving 300 workers without jobs."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the plant would close in March, leaving 300 workers without jobs"


def test_result_participle_of_a_total_stays_in_the_content(nlp: Language) -> None:
    text = "The club says it sold 4,000 tickets, bringing its total for the season to 60,000."
    q = one(quotes(nlp, text), "says")
    assert q.content.text.endswith("bringing its total for the season to 60,000")


def test_narrators_participle_is_cut(nlp: Language) -> None:
    text = "The mayor said the bridge would reopen in May, drawing jeers from the council."
    q = one(quotes(nlp, text), "said")
    assert q.content.text == "the bridge would reopen in May"
