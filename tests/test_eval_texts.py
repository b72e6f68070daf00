"""The quotes, timex and geo scorers on tiny gold files written here in our own words
(never the shared gold): a perfect prediction scores 1.0, an empty one 0.0,
a known partial one a known value."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_helpers import empty, figures, span, write_jsonl
from tidings.evaluation import geo, quotes, timex
from tidings.evaluation.cases import Case
from tidings.models import Document, Place, Quote, Span, Timex

# --- quotes ---------------------------------------------------------------------------------

ARTICLE = (
    "Budget talks stall.\n\n"
    "“We will not cut the school budget,” the mayor said on Tuesday.\n\n"
    "Council members said that the plan was already late. "
    "According to the treasurer, the city has no reserves left."
)


def attribution(source: Span | None, cue: Span, content: Span) -> dict:  # type: ignore[type-arg]
    def js(s: Span | None) -> dict | None:  # type: ignore[type-arg]
        return None if s is None else {"text": s.text, "start": s.start, "end": s.end}

    return {
        "id": "E",
        "type": "Attribution",
        "source": js(source),
        "cue": js(cue),
        "content": js(content),
    }


Q1 = (
    span(ARTICLE, "the mayor"),
    span(ARTICLE, "said"),
    span(ARTICLE, "“We will not cut the school budget,”"),
)
Q2 = (
    span(ARTICLE, "Council members"),
    span(ARTICLE, "said", ARTICLE.index("Council")),
    span(ARTICLE, "that the plan was already late."),
)
Q3 = (
    span(ARTICLE, "the treasurer"),
    span(ARTICLE, "According to"),
    span(ARTICLE, "the city has no reserves left."),
)


@pytest.fixture
def quote_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Case]:
    shared = tmp_path / "shared"
    monkeypatch.setenv("TIDINGS_SHARED", str(shared))
    write_jsonl(
        shared / quotes.CORPUS,
        [
            {
                "id": "art1",
                "published": "2016-03-01",
                "title": "Budget talks stall.",
                "text": ARTICLE,
            },
            {"id": "unused", "published": "2016-03-01", "title": "x", "text": "Nothing here."},
        ],
    )
    gold = write_jsonl(
        tmp_path / "attributions.jsonl",
        [
            {
                "article_id": "art1",
                "annotator": "one",
                "attributions": [attribution(*q) for q in (Q1, Q2, Q3)],
            },
            {"article_id": "art1", "annotator": "two", "attributions": [attribution(*Q1)]},
        ],
    )
    cases = quotes.load([gold], None)
    assert len(cases) == 1 and len(cases[0].gold) == 2  # one article, two references
    return cases


def quote_doc(case: Case, rows: list[tuple[Span | None, Span | None, Span]]) -> Document:
    built = [
        Quote(id=f"q{n}", speaker_text=s, cue=c, content=t, kind="direct")
        for n, (s, c, t) in enumerate(rows, 1)
    ]
    return Document(id=case.article.id, text=case.article.text, quotes=tuple(built))


def test_quotes_perfect_against_each_annotator(quote_cases: list[Case]) -> None:
    scored = quotes.score(quote_cases, [quote_doc(quote_cases[0], [Q1, Q2, Q3])])
    # annotator one: 3 of 3; annotator two marked only Q1, so Q2 and Q3 are extra for that reference
    assert figures(scored, "content F1 (exact)") == (0.6667, 1.0, 0.8)
    assert figures(scored, "source F1 (overlap)") == (0.6667, 1.0, 0.8)


def test_quotes_empty(quote_cases: list[Case]) -> None:
    scored = quotes.score(quote_cases, empty(quote_cases))
    for role in ("source", "cue", "content"):
        assert figures(scored, f"{role} F1 (exact)") == (0.0, 0.0, 0.0)


def test_quotes_partial_exact_versus_overlap(quote_cases: list[Case]) -> None:
    source, cue, _ = Q1
    shorter = span(ARTICLE, "We will not cut the school")  # 6 of the 7 words: overlap, not exact
    rows = [(source, cue, shorter), (source, cue, shorter)]  # a duplicate matches nothing more
    scored = quotes.score(quote_cases, [quote_doc(quote_cases[0], rows)])
    assert figures(scored, "content F1 (exact)") == (0.0, 0.0, 0.0)
    # 2 references x 2 predictions = 4 predicted; 1 match per reference; 3 + 1 gold
    assert figures(scored, "content F1 (overlap)") == (0.5, 0.5, 0.5)
    assert figures(scored, "source F1 (exact)") == (0.5, 0.5, 0.5)


# --- timex ----------------------------------------------------------------------------------

NEWS = "The strike began on Monday and lasted three days. Talks resume in March 2019."


@pytest.fixture
def timex_cases(tmp_path: Path) -> list[Case]:
    def tx(piece: str, value: str, kind: str) -> dict:  # type: ignore[type-arg]
        s = span(NEWS, piece)
        return {
            "tid": "t",
            "type": kind,
            "value": value,
            "text": piece,
            "start": s.start,
            "end": s.end,
        }

    record = {
        "doc_id": "d1",
        "dct": "2018-11-14",
        "text": NEWS,
        "timexes": [
            tx("Monday", "2018-11-12", "DATE"),
            tx("three days", "P3D", "DURATION"),
            tx("March 2019", "2019-03", "DATE"),
        ],
    }
    cases = timex.load([write_jsonl(tmp_path / "timex.jsonl", [record])], None)
    assert cases[0].article.published == "2018-11-14"
    return cases


def timex_doc(case: Case, rows: list[tuple[str, str, str]]) -> Document:
    built = []
    for piece, value, kind in rows:
        s = span(NEWS, piece)
        built.append(
            Timex(start=s.start, end=s.end, text=piece, value=value, granularity="day", type=kind)
        )  # type: ignore[arg-type]
    return Document(id=case.article.id, text=NEWS, timexes=tuple(built))


def test_timex_perfect_empty_partial(timex_cases: list[Case]) -> None:
    perfect = timex_doc(
        timex_cases[0],
        [
            ("Monday", "2018-11-12", "DATE"),
            ("three days", "P3D", "DURATION"),
            ("March 2019", "2019-03", "DATE"),
        ],
    )
    scored = timex.score(timex_cases, [perfect])
    for name in ("strict extraction F1", "relaxed extraction F1", "value F1", "type F1"):
        assert figures(scored, name) == (1.0, 1.0, 1.0)

    scored = timex.score(timex_cases, empty(timex_cases))
    assert figures(scored, "value F1") == (0.0, 0.0, 0.0)

    partial = timex_doc(
        timex_cases[0],
        [
            ("on Monday", "2018-11-19", "DATE"),  # relaxed match, wrong value
            ("March 2019", "2019-03", "DATE"),  # right
            ("strike", "2018", "DATE"),  # false positive
        ],
    )
    scored = timex.score(timex_cases, [partial])
    assert figures(scored, "strict extraction F1") == (0.3333, 0.3333, 0.3333)
    assert figures(scored, "relaxed extraction F1") == (0.6667, 0.6667, 0.6667)
    assert figures(scored, "value F1") == (0.3333, 0.3333, 0.3333)
    kinds = sorted(e.kind for e in scored.examples)
    assert kinds == ["false positive", "miss", "miss"]  # "strike"; "three days"; Monday's value


# --- geo ------------------------------------------------------------------------------------

STORY = "Flooding hit Lyon and the area around Porto after the storm."
LYON = (2996944, 45.75, 4.85)
PORTO = (2735943, 41.15, -8.61)


@pytest.fixture
def geo_cases(tmp_path: Path) -> list[Case]:
    def top(piece: str, kind: str, place: tuple | None = None) -> dict:  # type: ignore[type-arg]
        s = span(STORY, piece)
        row = {"text": piece, "start": s.start, "end": s.end, "type": kind, "non_locational": False}
        if place:
            row |= {"geonameid": place[0], "lat": place[1], "lon": place[2]}
        return row

    record = {
        "id": "g1",
        "text": STORY,
        "toponyms": [
            top("Lyon", "Literal", LYON),
            top("area", "Literal_Expression"),
            top("Porto", "Literal", PORTO),
        ],
    }
    cases = geo.load([write_jsonl(tmp_path / "geo.jsonl", [record])], None)
    assert len(cases[0].gold) == 2  # "area" is not a toponym
    return cases


def geo_doc(case: Case, rows: list[tuple[str, tuple]]) -> Document:  # type: ignore[type-arg]
    built = []
    for piece, (gid, lat, lon) in rows:
        s = span(STORY, piece)
        built.append(
            Place(start=s.start, end=s.end, text=piece, name=piece, geonameid=gid, lat=lat, lon=lon)
        )
    return Document(id=case.article.id, text=STORY, places=tuple(built))


def test_geo_perfect_empty_partial(geo_cases: list[Case]) -> None:
    scored = geo.score(geo_cases, [geo_doc(geo_cases[0], [("Lyon", LYON), ("Porto", PORTO)])])
    assert figures(scored, "toponym F1 (overlap)") == (1.0, 1.0, 1.0)
    assert figures(scored, "Acc@161km (all gold)") == (1.0,)
    assert figures(scored, "GeoNames id accuracy (recognised)") == (1.0,)

    scored = geo.score(geo_cases, empty(geo_cases))
    assert figures(scored, "toponym F1 (overlap)") == (0.0, 0.0, 0.0)
    assert figures(scored, "Acc@161km (all gold)") == (0.0,)

    near_lyon = (9999, 45.9, 4.9)  # another id, about 17 km away: near, not exact
    partial = geo_doc(geo_cases[0], [("Lyon", near_lyon), ("area", PORTO)])
    scored = geo.score(geo_cases, [partial])
    assert figures(scored, "toponym F1 (overlap)") == (0.5, 0.5, 0.5)
    assert figures(scored, "Acc@161km (recognised)") == (1.0,)
    assert figures(scored, "Acc@161km (all gold)") == (0.5,)
    assert figures(scored, "GeoNames id accuracy (recognised)") == (0.0,)


def test_km() -> None:
    assert geo.km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=2)  # Paris-London
