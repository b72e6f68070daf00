"""Inferring an article's publication date from its text when no metadata gives it."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc


def infer_published(doc: Doc) -> date | None:
    """The most likely publication date of the text, or None. (Stub: to be written.)"""
    return None
