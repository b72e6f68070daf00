"""End to end: the CLI on the Bloomberg Trump–Putin sample, checked against what a reader sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tidings.models import Document, Event


@pytest.fixture(scope="module")
def sample(sample_path: Path) -> Document:
    result = subprocess.run(
        [sys.executable, "-m", "tidings", "extract", str(sample_path), "--format", "json"],
        capture_output=True,
        timeout=300,
        check=True,
    )
    return Document.from_json(result.stdout)


def _countries(document: Document, ids: tuple[str, ...]) -> set[str | None]:
    return {a.country for i in ids if (a := document.actor(i)) is not None}


def _parties(document: Document, event: Event) -> set[str | None]:
    return _countries(document, event.actors) | _countries(document, event.recipients)


def test_publication_date_is_inferred(sample: Document) -> None:
    assert sample.published == "2017-05-02"
    assert sample.published_from == "inferred"
    assert sample.title == "Trump, Putin Seek to Mend Fences Starting With Syria Crisis"


def test_offsets_point_at_their_text(sample: Document) -> None:
    spans = [m for a in sample.actors for m in a.mentions]
    spans += [e.trigger for e in sample.events]
    spans += [q.content for q in sample.quotes] + [q.cue for q in sample.quotes if q.cue]
    assert spans
    for span in spans:
        assert sample.text[span.start : span.end] == span.text
    for item in [*sample.places, *sample.timexes]:
        assert sample.text[item.start : item.end] == item.text


def test_key_actors_are_coded(sample: Document) -> None:
    coded = {(a.name, a.country, a.sector) for a in sample.actors}
    for expected in [
        ("Vladimir Putin", "RUS", "GOV"),
        ("Donald Trump", "USA", "GOV"),
        ("Angela Merkel", "DEU", "GOV"),
        ("Konstantin Kosachyov", "RUS", "LEG"),
        ("Rex Tillerson", "USA", "GOV"),
    ]:
        assert expected in coded, expected
    putin = next(a for a in sample.actors if a.name == "Vladimir Putin")
    assert len(putin.mentions) >= 10  # "Putin", "the Russian president", "he", ...


def test_phone_call_between_trump_and_putin(sample: Document) -> None:
    calls = [
        e
        for e in sample.events
        if e.type == "CONSULT"
        and e.mode == "phone"
        and {"USA", "RUS"} <= _countries(sample, e.actors)
        and e.date is not None
        and e.date.value == "2017-05-02"
    ]
    assert calls


def test_missile_strike_on_syria_last_month(sample: Document) -> None:
    strikes = [
        e
        for e in sample.events
        if e.type == "ASSAULT"
        and "USA" in _countries(sample, e.actors)
        and "SYR" in _countries(sample, e.recipients)
        and e.date is not None
        and e.date.value.startswith("2017-04")
    ]
    assert strikes


def test_putin_merkel_meeting_in_sochi(sample: Document) -> None:
    meetings = [
        e
        for e in sample.events
        if e.type == "CONSULT"
        and {"RUS", "DEU"} <= _parties(sample, e)
        and e.location is not None
        and e.location.name == "Sochi"
    ]
    assert meetings


def test_alleged_chemical_attack_by_syria(sample: Document) -> None:
    assert any(
        e.type == "ASSAULT" and "SYR" in _countries(sample, e.actors) and e.modality == "alleged"
        for e in sample.events
    )


def test_quotes_by_tillerson_and_putin(sample: Document) -> None:
    by_speaker = {}
    for q in sample.quotes:
        speaker = sample.actor(q.speaker) if q.speaker else None
        if speaker is not None:
            by_speaker.setdefault(speaker.name, []).append(q)
    assert "Rex Tillerson" in by_speaker
    assert any("participation" in q.content.text for q in by_speaker.get("Vladimir Putin", []))
    speakers = set(by_speaker)
    assert {"White House", "Kremlin"} & {s.replace("the ", "") for s in speakers}


def test_dates_and_places(sample: Document) -> None:
    values = {t.text: t.value for t in sample.timexes}
    assert values.get("last month") == "2017-04"
    assert values.get("May 1, 2017") == "2017-05-01"
    damascus = [p for p in sample.places if p.text == "Damascus"]
    assert damascus and all(p.country == "SYR" for p in damascus)
    assert any(p.text == "Sochi" and p.country == "RUS" for p in sample.places)
