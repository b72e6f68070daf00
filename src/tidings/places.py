"""Toponyms geocoded offline with a gazetteer, disambiguated by the document's context."""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.models import Place


def find_places(doc: Doc) -> list[Place]:
    """Places mentioned in ``doc``. (Stub: to be written.)"""
    return []
