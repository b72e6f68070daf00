"""Measured accuracy: ``tidings eval`` over the public gold sets in ``../shared/gold``.

One module per suite (plover, petr2, quotes, timex, geo); ``metrics`` counts and matches,
``gold`` finds and reads the files, ``runner`` runs tidings and the baselines, ``report`` shows
the figures. Everything is scored against the Document contract only.
"""

from tidings.evaluation.command import eval_command

__all__ = ["eval_command"]
