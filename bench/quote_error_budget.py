"""Where the quote errors are: an error budget of tidings' quotes against PolNeAR attributions.

For the source and content spans, each reference's gold spans and tidings' predicted spans are
matched one to one (by token overlap of at least 50 %, as ``tidings eval quotes`` does), and
every span falls in one row:

* exact: matched and the same words (a true positive of the exact score);
* edge: matched but not exact, by which edge is off (start, end, both) or, with both edges
  right, by the words inside (a discontinuous span: a frame in or out);
* weak overlap: a predicted span sharing words with an unmatched gold span, under 50 %;
* no overlap: a predicted span sharing no word with any unmatched gold span;
* missed: a gold span no prediction matched.

Two ceilings follow: the exact F1 if every matched span had its edges right (what a perfect edge
fixer could reach), and the exact F1 if every unmatched prediction were dropped as well (a perfect
filter on top). They tell how far rules on edges can go before recall decides.

    .venv/bin/python bench/quote_error_budget.py [--limit N] \
        [--gold ../shared/gold/polnear_attributions/train-1-of-2.jsonl]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tidings.evaluation import quotes
from tidings.evaluation.gold import shared_path
from tidings.evaluation.metrics import Fragments, TokenIndex, match_one_to_one
from tidings.evaluation.runner import extract_all
from tidings.nlp import load_model

ROLES = ("source", "content")
ROWS = (
    "exact",
    "edge: start",
    "edge: end",
    "edge: start and end",
    "edge: words inside",
    "weak overlap",
    "no overlap",
    "missed",
)


def edge_kind(tokens: TokenIndex, pred: Fragments, gold: Fragments) -> str:
    p, g = tokens.tokens(pred), tokens.tokens(gold)
    if p == g or not p or not g:
        return "exact"
    start, end = min(p) == min(g), max(p) == max(g)
    if start and end:
        return "edge: words inside"
    if end:
        return "edge: start"
    return "edge: end" if start else "edge: start and end"


def budget(cases: list, documents: list) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {role: Counter() for role in ROLES}
    for case, document in zip(cases, documents, strict=True):
        tokens = TokenIndex(case.article.text)
        predicted = [quotes._predicted(document.text, q) for q in document.quotes]
        for reference in case.gold:
            for role in ROLES:
                preds = [s for s in (getattr(p, role) for p in predicted) if s]
                golds = [s for s in (getattr(g, role) for g in reference.attributions) if s]
                count_role(counts[role], tokens, preds, golds)
    return counts


def count_role(
    row: Counter[str], tokens: TokenIndex, preds: list[Fragments], golds: list[Fragments]
) -> None:
    """Add one reference's spans of one role to ``row``."""
    pairs = match_one_to_one(
        len(preds), len(golds), lambda p, g: tokens.overlap(preds[p], golds[g])
    )
    for p, g in pairs:
        row[edge_kind(tokens, preds[p], golds[g])] += 1
    left = [golds[g] for g in set(range(len(golds))) - {g for _, g in pairs}]
    for p in set(range(len(preds))) - {p for p, _ in pairs}:
        shared = any(tokens.tokens(preds[p]) & tokens.tokens(g) for g in left)
        row["weak overlap" if shared else "no overlap"] += 1
    row["missed"] += len(golds) - len(pairs)
    row["predicted"] += len(preds)
    row["gold"] += len(golds)


def f1(tp: int, predicted: int, gold: int) -> float:
    return 200 * tp / (predicted + gold) if predicted + gold else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    gold = args.gold or shared_path("gold/polnear_attributions/dev.jsonl")
    console = Console()
    cases = quotes.load([gold], args.limit)
    documents, failures = extract_all([c.article for c in cases], load_model(), console, "quotes")
    counts = budget(cases, documents)

    table = Table(title=f"quote error budget: {gold.name}, {len(cases)} articles")
    table.add_column("row")
    for role in ROLES:
        table.add_column(role, justify="right")
    for name in ROWS:
        table.add_row(name, *(str(counts[r][name]) for r in ROLES))
    table.add_row(
        "predicted / gold", *(f"{counts[r]['predicted']} / {counts[r]['gold']}" for r in ROLES)
    )
    table.add_section()
    for label, ceiling in (
        ("exact F1 now", lambda c: f1(c["exact"], c["predicted"], c["gold"])),
        ("with every edge right", lambda c: f1(matched(c), c["predicted"], c["gold"])),
        (
            "... and unmatched predictions dropped",
            lambda c: f1(matched(c), matched(c), c["gold"]),
        ),
    ):
        table.add_row(label, *(f"{ceiling(counts[r]):.1f}" for r in ROLES))
    console.print(table)
    if failures:
        console.print(f"[red]{len(failures)} articles failed:[/red] {failures[:3]}")


def matched(c: Counter[str]) -> int:
    return sum(c[name] for name in ROWS if name == "exact" or name.startswith("edge"))


if __name__ == "__main__":
    main()
