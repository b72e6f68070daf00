"""Suite ``timex``: TempEval-3 temporal expressions (TimeBank + AQUAINT), scored TempEval-3 style.

The document creation time is the publication date tidings resolves against.

* strict extraction F1: same start and end;
* relaxed extraction F1: the spans overlap (one-to-one);
* value F1: relaxed match with the same normalised value (TimeML ``value``, compared without
  case), so precision is over all emitted expressions and recall over all gold ones: the
  TempEval-3 "value F1" that HeidelTime and SUTime are ranked by;
* type F1: relaxed match with the same TIMEX3 type (DATE, TIME, DURATION, SET).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.evaluation.cases import Case, Scored, Suite
from tidings.evaluation.gold import read_records
from tidings.evaluation.metrics import match_one_to_one
from tidings.models import Article, Document
from tidings.reading import normalize_date


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    value: str
    type: str


def load(paths: Sequence[Path], limit: int | None) -> list[Case]:
    cases = []
    for record in read_records(paths, limit):
        gold = tuple(
            GoldTimex(int(t["start"]), int(t["end"]), str(t.get("value", "")), str(t.get("type")))
            for t in record.get("timexes") or ()
        )
        article = Article(
            id=record["doc_id"],
            title=record.get("title"),
            text=record["text"],
            published=normalize_date(record.get("dct")),
            origin=record["doc_id"],
        )
        cases.append(Case(article, gold))
    return cases


def _same_value(a: str, b: str) -> bool:
    return a.strip().upper() == b.strip().upper()


def score(cases: Sequence[Case], documents: Sequence[Document]) -> Scored:
    scored = Scored()
    for name in ("strict extraction F1", "relaxed extraction F1", "value F1", "type F1"):
        scored.metrics.counts(name)
    for case, document in zip(cases, documents, strict=True):
        _score_document(scored, case, document)
    return scored


def _score_document(scored: Scored, case: Case, document: Document) -> None:
    m = scored.metrics
    gold: tuple[GoldTimex, ...] = case.gold  # type: ignore[assignment]
    pred = document.timexes
    text, where = case.article.text, case.article.id

    def overlap(p: int, g: int) -> bool:
        return pred[p].start < gold[g].end and gold[g].start < pred[p].end

    def exact(p: int, g: int) -> bool:
        return pred[p].start == gold[g].start and pred[p].end == gold[g].end

    def value(p: int, g: int) -> bool:
        return overlap(p, g) and _same_value(pred[p].value, gold[g].value)

    def kind(p: int, g: int) -> bool:
        return overlap(p, g) and pred[p].type == gold[g].type

    n, k = len(pred), len(gold)
    m.counts("strict extraction F1").add(len(match_one_to_one(n, k, exact)), n, k)
    loose = match_one_to_one(n, k, overlap)
    m.counts("relaxed extraction F1").add(len(loose), n, k)
    m.counts("value F1").add(len(match_one_to_one(n, k, value)), n, k)
    m.counts("type F1").add(len(match_one_to_one(n, k, kind)), n, k)

    hit_p, hit_g = {p for p, _ in loose}, {g for _, g in loose}
    for p, t in enumerate(pred):
        if p not in hit_p:
            label = f"{t.text!r} = {t.value}"
            scored.example("false positive", label, where, text, t.start, t.end)
    for g, gt in enumerate(gold):
        if g not in hit_g:
            label = f"{text[gt.start : gt.end]!r} = {gt.value} ({gt.type})"
            scored.example("miss", label, where, text, gt.start, gt.end)
    for p, g in loose:
        if not _same_value(pred[p].value, gold[g].value):
            gt = gold[g]
            label = f"{text[gt.start : gt.end]!r} = {gt.value}, got {pred[p].value}"
            scored.example("miss", label, where, text, gt.start, gt.end)


SUITE = Suite(
    name="timex",
    description="TempEval-3 TIMEX3: extraction (strict, relaxed) and normalised values",
    defaults=("gold/tempeval3/train/train.jsonl",),
    load=load,
    score=score,
)
