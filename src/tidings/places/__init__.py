"""Toponyms geocoded offline with a gazetteer, disambiguated by the document's context.

``find_places(doc)`` is the stage; ``tidings.places.gazetteer`` holds the index of names.
"""

from __future__ import annotations

from tidings.places.resolve import find_places

__all__ = ["find_places"]
