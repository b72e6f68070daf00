"""Suite ``quotes``: PolNeAR attribution relations (source, cue, content) in US political news.

Each (article, annotator) record is one reference; figures are summed over references, so an
article annotated twice counts twice. For each role (source = speaker, cue, content) the quotes
tidings emits are matched one-to-one to the reference's attributions in two ways:

* exact: the two spans cover the same words (punctuation, quotation marks and whitespace at the
  edges do not count: a closing quotation mark or full stop in or out is the same span);
* overlap: the shared words are at least 50 % of the words of the longer span.

A discontinuous gold span (a content interrupted by "he said") is the set of its pieces' words;
so is a predicted content with its own attribution inside (``tidings.quotes.pieces``);
a relation's second content span (``content2``) belongs to its content. ``attribution F1`` asks
a predicted quote to overlap one attribution's content and its source (or both have none).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tidings.evaluation.cases import Case, Scored, Suite
from tidings.evaluation.gold import JsonRecord, iter_jsonl, read_records, shared_path
from tidings.evaluation.metrics import Fragments, TokenIndex, bounds, match_one_to_one
from tidings.models import Article, Document, Quote, Span
from tidings.quotes.pieces import content_pieces
from tidings.reading import normalize_date

CORPUS = "corpus/polnear/articles.jsonl"
ROLES = ("source", "cue", "content")


@dataclass(frozen=True)
class Attribution:
    source: Fragments | None
    cue: Fragments | None
    content: Fragments | None


@dataclass(frozen=True)
class Reference:
    annotator: str
    attributions: tuple[Attribution, ...]


def _fragments(span: JsonRecord | None) -> Fragments | None:
    if not span:
        return None
    pieces = span.get("fragments") or [span]
    return tuple((int(p["start"]), int(p["end"])) for p in pieces)


def _attribution(record: JsonRecord) -> Attribution:
    content = _fragments(record.get("content"))
    extra = _fragments(record.get("content2"))
    if extra:
        content = (content or ()) + extra
    return Attribution(_fragments(record.get("source")), _fragments(record.get("cue")), content)


def load(paths: Sequence[Path], limit: int | None) -> list[Case]:
    """One case per article among the first ``limit`` (article, annotator) records."""
    references: dict[str, list[Reference]] = {}
    for record in read_records(paths, limit):
        attributions = tuple(_attribution(a) for a in record.get("attributions") or ())
        references.setdefault(record["article_id"], []).append(
            Reference(str(record.get("annotator", "")), attributions)
        )
    articles: dict[str, Article] = {}
    for row in iter_jsonl(shared_path(CORPUS)):
        if row.get("id") in references:
            articles[row["id"]] = Article(
                id=row["id"],
                title=row.get("title"),
                text=row["text"],
                published=normalize_date(row.get("published")),
                source=row.get("publisher"),
                origin=row["id"],
            )
    return [
        Case(articles[article_id], tuple(refs))
        for article_id, refs in references.items()
        if article_id in articles
    ]


def _span(span: Span | None) -> Fragments | None:
    return ((span.start, span.end),) if span is not None else None


def _predicted(text: str, quote: Quote) -> Attribution:
    content = content_pieces(text, quote)
    return Attribution(_span(quote.speaker_text), _span(quote.cue), content)


def _score_reference(
    scored: Scored, tokens: TokenIndex, predicted: list[Attribution], gold: Sequence[Attribution]
) -> None:
    m = scored.metrics
    for mode in ("exact", "overlap"):
        for role in ROLES:
            preds = [s for s in (getattr(p, role) for p in predicted) if s]
            golds = [s for s in (getattr(g, role) for g in gold) if s]
            tp = _matches(tokens, mode, preds, golds)
            m.counts(f"{role} F1 ({mode})").add(tp, len(preds), len(golds))

    def whole(p: int, g: int) -> bool:
        a, b = predicted[p], gold[g]
        if not (a.content and b.content and tokens.overlap(a.content, b.content)):
            return False
        if a.source and b.source:
            return tokens.overlap(a.source, b.source)
        return a.source is None and b.source is None

    pairs = match_one_to_one(len(predicted), len(gold), whole)
    m.counts("attribution F1 (overlap)").add(len(pairs), len(predicted), len(gold))


def _matches(tokens: TokenIndex, mode: str, preds: list[Fragments], golds: list[Fragments]) -> int:
    same = tokens.exact if mode == "exact" else tokens.overlap
    return len(match_one_to_one(len(preds), len(golds), lambda p, g: same(preds[p], golds[g])))


def _label(text: str, a: Attribution) -> str:
    def show(span: Fragments | None, width: int) -> str:
        if not span:
            return "-"
        piece = " ".join(text[s:e] for s, e in span)
        piece = " ".join(piece.split())
        return piece if len(piece) <= width else piece[: width - 1] + "…"

    return f"[{show(a.source, 40)}] [{show(a.cue, 20)}] {show(a.content, 90)}"


def score(cases: Sequence[Case], documents: Sequence[Document]) -> Scored:
    scored = Scored()
    for name in ("exact", "overlap"):
        for role in ROLES:
            scored.metrics.counts(f"{role} F1 ({name})")
    scored.metrics.counts("attribution F1 (overlap)")
    for case, document in zip(cases, documents, strict=True):
        references: tuple[Reference, ...] = case.gold  # type: ignore[assignment]
        tokens = TokenIndex(case.article.text)
        predicted = [_predicted(document.text, q) for q in document.quotes]
        for reference in references:
            _score_reference(scored, tokens, predicted, reference.attributions)
        if references:
            _examples(scored, case, tokens, predicted, references[0].attributions)
    return scored


def _examples(
    scored: Scored,
    case: Case,
    tokens: TokenIndex,
    predicted: list[Attribution],
    gold: Sequence[Attribution],
) -> None:
    """Quotes and attributions whose contents match nothing (against the first annotator)."""
    text, where = case.article.text, case.article.id
    preds = [(p, p.content) for p in predicted if p.content]
    golds = [(g, g.content) for g in gold if g.content]
    pairs = match_one_to_one(
        len(preds), len(golds), lambda p, g: tokens.overlap(preds[p][1], golds[g][1])
    )
    hit_p, hit_g = {p for p, _ in pairs}, {g for _, g in pairs}
    for kind, rows, hit in (("false positive", preds, hit_p), ("miss", golds, hit_g)):
        for i, (attribution, content) in enumerate(rows):
            if i not in hit:
                start, end = bounds(content)
                scored.example(kind, _label(text, attribution), where, text, start, end)  # type: ignore[arg-type]


SUITE = Suite(
    name="quotes",
    description="PolNeAR attributions: source, cue and content spans",
    defaults=("gold/polnear_attributions/dev.jsonl",),
    load=load,
    score=score,
)
