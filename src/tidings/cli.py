"""The command line: a thin layer over the library (``tidings --help``). Each command lives in
``tidings.commands``; this module only names them."""

from __future__ import annotations

import typer

from tidings.commands.extract import extract
from tidings.commands.serve import serve
from tidings.commands.spark import load, spark
from tidings.commands.store import actors, dyads, events, export, ingest, quotes, show
from tidings.evaluation.command import eval_command

app = typer.Typer(
    name="tidings",
    help="News articles in, event data out: who did what to whom, when, where, and who said what.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _root() -> None:
    """tidings: news articles in, event data out."""


for _name, _command in {
    "extract": extract,
    "ingest": ingest,
    "events": events,
    "dyads": dyads,
    "actors": actors,
    "quotes": quotes,
    "show": show,
    "export": export,
    "eval": eval_command,
    "serve": serve,
    "spark": spark,
    "load": load,
}.items():
    app.command(_name)(_command)


def main() -> None:  # pragma: no cover
    app()
