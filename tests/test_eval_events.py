"""The plover and petr2 scorers on tiny gold files written here in our own words
(never the shared gold): a perfect prediction scores 1.0, an empty one 0.0,
a known partial one a known value."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval_helpers import empty, figures, write_jsonl
from tidings.evaluation import petr2, plover
from tidings.evaluation.cases import Case
from tidings.models import Actor, Document, Event, SentenceSpan, Span

# --- plover ---------------------------------------------------------------------------------

S1 = "Norwegian and Chilean ministers agreed on a fishing accord on Monday."
S2 = "Peru accused Bolivia of hoarding river water."
S3 = "Kenyan police detained students who threw stones at the British embassy."


def party(country: str, sector: str | None = None) -> dict:  # type: ignore[type-arg]
    return {"text": country, "country": country, "sector": sector}


@pytest.fixture
def plover_cases(tmp_path: Path) -> list[Case]:
    records = [
        {
            "id": "p1",
            "text": S1,
            "event": "AGREE",
            "actors": [party("NOR", "GOV"), party("CHL", "GOV")],
            "recipients": [],
        },
        {
            "id": "p2",
            "text": S2,
            "event": "ACCUSE",
            "actors": [party("PER")],
            "recipients": [party("BOL")],
        },
        {
            "id": "p3",
            "text": S3,
            "event": "COERCE",
            "actors": [party("KEN", "COP")],
            "recipients": [party("KEN", "EDU")],
        },
        {
            "id": "p4",
            "text": S3,
            "event": "PROTEST",
            "actors": [party("KEN", "EDU")],
            "recipients": [party("GBR", "GOV")],
        },
    ]
    cases = plover.load([write_jsonl(tmp_path / "plover.jsonl", records)], None)
    assert len(cases) == 3  # the two records of S3 are one sentence
    return cases


def event_doc(case: Case, events: list[tuple[str, list[tuple], list[tuple]]]) -> Document:  # type: ignore[type-arg]
    text = case.article.text
    actors: dict[tuple, Actor] = {}  # type: ignore[type-arg]

    def ids(parties: list[tuple]) -> tuple[str, ...]:  # type: ignore[type-arg]
        for p in parties:
            actors.setdefault(
                p,
                Actor(
                    id=f"a{len(actors) + 1}", name=p[0], country=p[0], sector=p[1], kind="country"
                ),
            )
        return tuple(actors[p].id for p in parties)

    built = [
        Event(
            id=f"e{n}",
            type=kind,
            actors=ids(a),
            recipients=ids(r),
            trigger=Span(start=0, end=1, text=text[0]),
            sentence=SentenceSpan(start=0, end=len(text)),
        )
        for n, (kind, a, r) in enumerate(events, 1)
    ]
    return Document(
        id=case.article.id, text=text, actors=tuple(actors.values()), events=tuple(built)
    )


def test_plover_perfect(plover_cases: list[Case]) -> None:
    c1, c2, c3 = plover_cases
    docs = [
        event_doc(c1, [("AGREE", [("NOR", "GOV"), ("CHL", "GOV")], [])]),
        event_doc(c2, [("ACCUSE", [("PER", None)], [("BOL", None)])]),
        event_doc(
            c3,
            [
                ("COERCE", [("KEN", "COP")], [("KEN", "EDU")]),
                ("PROTEST", [("KEN", "EDU")], [("GBR", "GOV")]),
            ],
        ),
    ]
    scored = plover.score(plover_cases, docs)
    assert figures(scored, "event type accuracy") == (1.0,)
    for name in ("full-event F1", "actor F1 (country, sector)", "recipient F1 (country)"):
        assert figures(scored, name) == (1.0, 1.0, 1.0)
    assert not scored.examples


def test_plover_empty(plover_cases: list[Case]) -> None:
    scored = plover.score(plover_cases, empty(plover_cases))
    assert figures(scored, "event type accuracy") == (0.0,)
    assert figures(scored, "full-event F1") == (0.0, 0.0, 0.0)
    assert len([e for e in scored.examples if e.kind == "miss"]) == 4


def test_plover_partial_and_the_pooled_rule(plover_cases: list[Case]) -> None:
    c1, c2, c3 = plover_cases
    docs = [
        # a directed coding of a reciprocal record still matches (actors and recipients pooled)
        event_doc(c1, [("AGREE", [("NOR", "GOV")], [("CHL", "GOV")])]),
        # right type, recipient missing: type right, full event wrong
        event_doc(c2, [("ACCUSE", [("PER", None)], [])]),
        empty([c3])[0],
    ]
    scored = plover.score(plover_cases, docs)
    assert figures(scored, "event type accuracy") == (0.5,)  # 2 of 4 records
    assert figures(scored, "full-event F1") == (0.5, 0.25, 0.3333)  # 1 of 2 emitted, 1 of 4 gold
    assert figures(scored, "actor F1 (country, sector)") == (1.0, 0.6, 0.75)  # 3 of 5 pairs
    assert figures(scored, "recipient F1 (country, sector)") == (0.0, 0.0, 0.0)


def test_plover_modes_and_contexts_given_the_type(tmp_path: Path) -> None:
    text = "Rebels shelled a Malian garrison town and set fire to the market."
    records = [
        {"id": "m1", "text": text, "event": "ASSAULT", "mode": "heavy-weapons",
         "context": "military, resource, political",
         "actors": [party("MLI", "REB")], "recipients": [party("MLI", "MIL")]},
        {"id": "m2", "text": text, "event": "PROTEST", "mode": "riot-spon", "context": "refugee",
         "actors": [party("MLI", "CVL")], "recipients": []},
        {"id": "m3", "text": text, "event": "ASSAULT", "mode": "deport", "context": "",
         "actors": [party("MLI", "REB")], "recipients": []},
    ]  # fmt: skip
    (case,) = plover.load([write_jsonl(tmp_path / "modes.jsonl", records)], None)
    gold = {g.id: g for g in case.gold}  # type: ignore[attr-defined]
    assert gold["m2"].mode == "riot" and gold["m2"].contexts == {"migration"}  # renamed
    assert gold["m3"].mode is None  # no PLOVER 2.0 ASSAULT mode "deport": not scored
    assert gold["m1"].contexts == {"military", "natural_resource"}  # "political": not scored
    doc = event_doc(case, [("ASSAULT", [("MLI", "REB")], [("MLI", "MIL")])])
    assault = doc.events[0].model_copy(
        update={"mode": "heavy-weapons", "context": ("military", "election", "gender")}
    )
    doc = doc.model_copy(update={"events": (assault,)})
    scored = plover.score([case], [doc])
    assert figures(scored, "mode accuracy") == (1.0,)  # m1 only: no PROTEST emitted for m2
    # predicted military, election (gender cannot be expressed by the gold scheme, not counted)
    assert figures(scored, "context F1") == (0.5, 0.5, 0.5)


# --- petr2 ----------------------------------------------------------------------------------


@pytest.fixture
def petr2_cases(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Case]:
    shared = tmp_path / "shared"
    table = shared / petr2.CAMEO_TABLE
    table.parent.mkdir(parents=True)
    table.write_text("# a test table\n041: CONSULT, phone,  # call\n180: ASSAULT, , \n")
    monkeypatch.setenv("TIDINGS_SHARED", str(shared))
    petr2.cameo_to_plover.cache_clear()
    records = [
        {
            "id": "r1",
            "date": "2009-03-06",
            "text": "The US president phoned the Chinese premier.",
            "events": [{"source": "USAGOV", "target": "CHNGOV", "cameo": "041"}],
            "noevents": False,
        },
        {
            "id": "r2",
            "date": "2009-03-06",
            "text": "Markets were calm on Friday.",
            "events": [],
            "noevents": True,
        },
        {
            "id": "r3",
            "date": "2009-03-06",
            "text": "Gunmen attacked a convoy near Kabul.",
            "events": [
                {"source": "---REB", "target": "AFG", "cameo": "180"},
                {"source": "---REB", "target": "AFG", "cameo": "010"},
            ],
            "noevents": False,
        },
    ]
    yield petr2.load([write_jsonl(tmp_path / "petr2.jsonl", records)], None)
    petr2.cameo_to_plover.cache_clear()


def cameo_doc(case: Case, events: list[tuple[str, str, str | None, str | None]]) -> Document:
    """events: (cameo, PLOVER type, actor country, recipient country)."""
    text = case.article.text
    actors = {
        c: Actor(id=f"a{c}", name=str(c), country=c, kind="group")
        for _, _, a, r in events
        for c in (a, r)
    }
    built = [
        Event(
            id=f"e{n}",
            type=kind,
            cameo=code,
            actors=(actors[a].id,),
            recipients=(actors[r].id,),
            trigger=Span(start=0, end=1, text=text[0]),
            sentence=SentenceSpan(start=0, end=len(text)),
        )
        for n, (code, kind, a, r) in enumerate(events, 1)
    ]
    return Document(
        id=case.article.id, text=text, actors=tuple(actors.values()), events=tuple(built)
    )


def test_petr2_country_codes() -> None:
    assert petr2.cameo_country("USAGOV") == "USA"
    assert petr2.cameo_country("---REB") is None
    assert petr2.cameo_country("ROM") == "ROU"


def test_petr2_perfect_empty_partial(petr2_cases: list[Case]) -> None:
    r1, r2, r3 = petr2_cases
    perfect = [
        cameo_doc(r1, [("041", "CONSULT", "USA", "CHN")]),
        empty([r2])[0],
        cameo_doc(r3, [("180", "ASSAULT", None, "AFG"), ("010", "ACCUSE", None, "AFG")]),
    ]
    scored = petr2.score(petr2_cases, perfect)
    assert figures(scored, "triple F1 (CAMEO root)") == (1.0, 1.0, 1.0)
    # 010 has no PLOVER type in the table: left out of the gold; the emitted ACCUSE is extra
    assert figures(scored, "triple F1 (PLOVER type)") == (0.6667, 1.0, 0.8)
    assert figures(scored, "no-event accuracy") == (1.0,)

    scored = petr2.score(petr2_cases, empty(petr2_cases))
    assert figures(scored, "triple F1 (CAMEO root)") == (0.0, 0.0, 0.0)
    assert figures(scored, "no-event accuracy") == (1.0,)  # nothing emitted where nothing is

    partial = [
        cameo_doc(r1, [("042", "CONSULT", "USA", "CHN")]),  # root 04 is right
        cameo_doc(r2, [("180", "ASSAULT", "FRA", "DEU")]),  # an event where there is none
        cameo_doc(r3, [("180", "ASSAULT", "PAK", "AFG")]),  # wrong source
    ]
    scored = petr2.score(petr2_cases, partial)
    assert figures(scored, "triple F1 (CAMEO root)") == (0.3333, 0.3333, 0.3333)
    assert figures(scored, "no-event accuracy") == (0.0,)
