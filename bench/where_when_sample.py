"""Where and when: a seeded sample of corpus articles, each event with its location and date
and the sentence it came from, for judging by hand (no gold set scores the event's own place
and day; `tidings eval geo` and `tidings eval timex` score toponyms and dates alone).

    .venv/bin/python bench/where_when_sample.py OUT.tsv [--seed 2031] [--bbc 20] [--guardian 20]

Reads ``corpus/bbc/articles.jsonl`` and ``corpus/guardian/articles.jsonl`` under ``../shared``
(or ``$TIDINGS_SHARED``) at run time and writes one row per event: article, event id, type,
trigger, location (name/country), date (value|text), publication date, sentence. Write OUT
outside the repository: it holds article text. The judging rules and the last figures are in
bench/README.md ("Where and when").
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
from pathlib import Path
from typing import Any

from tidings.models import Article, Document
from tidings.nlp import load_model
from tidings.pipeline import extract_article

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))


def read_jsonl(rel: str) -> list[dict[str, Any]]:
    with open(SHARED / rel, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def rows(doc: Document) -> list[list[str]]:
    out = []
    for e in doc.events:
        where = f"{e.location.name}/{e.location.country}" if e.location else ""
        when = f"{e.date.value}|{e.date.text or ''}" if e.date else ""
        sentence = " ".join(doc.text[e.sentence.start : e.sentence.end].split())
        row = [doc.id, e.id, e.type, e.trigger.text, where, when, doc.published or "", sentence]
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2031)
    parser.add_argument("--bbc", type=int, default=20)
    parser.add_argument("--guardian", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    picked = rng.sample(read_jsonl("corpus/bbc/articles.jsonl"), args.bbc)
    picked += rng.sample(read_jsonl("corpus/guardian/articles.jsonl"), args.guardian)
    nlp = load_model()
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t")
        writer.writerow(["article", "event", "type", "trigger", "location", "date", "published",
                         "sentence"])  # fmt: skip
        for record in picked:
            published = (record.get("published") or "")[:10] or None
            article = Article(
                id=str(record["id"]),
                title=record.get("title"),
                text=record["text"],
                published=published,
            )
            writer.writerows(rows(extract_article(article, nlp)))


if __name__ == "__main__":
    main()
