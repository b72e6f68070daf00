"""Actor coding seen wrong on unseen news text (sixth audit): a body named after its
description ("the Italian news agency Ansa")."""

from __future__ import annotations

import tidings


def actors(text: str) -> dict[str, tuple[str | None, str | None, list[str]]]:
    doc = tidings.extract(text)
    return {a.name: (a.country, a.sector, [m.text for m in a.mentions]) for a in doc.actors}


def test_news_agency_named_after_its_description() -> None:
    got = actors("Portuguese news agency Lusa reported that the strike had ended.")
    assert got["Lusa"][:2] == ("PRT", "JRN")
    got = actors("State broadcaster KBC accused the opposition of spreading lies.")
    assert got["KBC"][1] == "JRN"
