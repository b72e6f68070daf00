"""He/she coreference seen wrong on unseen news text (fifth audit): the doer of a fronted phrase,
the main clause's subject, genders learned from pronouns and first names after a title."""

from __future__ import annotations

from spacy.language import Language

from test_coref import mentions_of, table


def test_fronted_phrase_names_no_antecedent(nlp: Language) -> None:
    text = (
        "Mr Okafor spoke on Monday. And answering questions from club director Peter Walsh, "
        "he insisted the budget is safe."
    )
    t = table(nlp, text)
    assert "he" not in mentions_of(t, "Peter Walsh")
    assert "he" in mentions_of(t, "Okafor")


def test_main_clause_subject_before_embedded_subject(nlp: Language) -> None:
    text = (
        "The music analyst Mark Henley said the album had a good chance. "
        "Mr Henley also tipped Gareth Poole "
        'for a songwriting prize but felt that Joanna Reed could lose to Clara Finch. "It will '
        'be a strong year," he said.'
    )
    t = table(nlp, text)
    assert "he" in mentions_of(t, "Mark Henley")


def test_gender_learned_from_she(nlp: Language) -> None:
    text = (
        "Deputy Oyelaran Dunmore called the scheme reckless. Homes could be lost, she warned. "
        "He did not answer."
    )
    t = table(nlp, text)
    assert "He" not in mentions_of(t, "Oyelaran Dunmore")


def test_first_name_after_a_title_word(nlp: Language) -> None:
    text = (
        "Housing Trust Chief Executive Maeve Dunne spoke after union chairman Trevor Grant. "
        "He said rents were up."
    )
    t = table(nlp, text)
    assert "He" in mentions_of(t, "Trevor Grant")
