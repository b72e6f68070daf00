"""Publication-date inference from the text's own dates and weekdays."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from tidings.pubdate import infer_published


def test_weekday_after_latest_full_date(nlp: Language) -> None:
    text = (
        "Firefighters at the depot on March 3, 2019.\n\n"
        "The mayor said on Wednesday that the fire was under control. Late Wednesday the "
        "council met, and on Wednesday evening residents returned home. Crews had fought the "
        "blaze since Monday."
    )
    # March 3, 2019 is a Sunday; the story keeps saying Wednesday: March 6.
    assert infer_published(nlp(text)) == date(2019, 3, 6)


def test_latest_full_date_without_weekday(nlp: Language) -> None:
    text = "The law passed on June 2, 2014. It was first proposed on January 5, 2013."
    assert infer_published(nlp(text)) == date(2014, 6, 2)


def test_future_dates_are_not_evidence(nlp: Language) -> None:
    text = (
        "The accord was signed on April 10, 2018, officials said Thursday. The next round "
        "will be held on September 20, 2018."
    )
    assert infer_published(nlp(text)) == date(2018, 4, 12)


def test_year_only_gives_nothing(nlp: Language) -> None:
    assert infer_published(nlp("The company was founded in 1998 and grew in 2004.")) is None


def test_weekdays_without_full_date_give_nothing(nlp: Language) -> None:
    assert infer_published(nlp("The minister resigned on Friday.")) is None


def test_sample_article(nlp: Language, sample_path) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(sample_path.read_text(encoding="utf-8"))
    assert infer_published(doc) == date(2017, 5, 2)
