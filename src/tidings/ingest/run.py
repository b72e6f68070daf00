"""Batch ingest: read inputs, extract articles in worker processes, commit per batch.

Idempotent: an article already stored (same id: its URL, else its source and normalised text) is
skipped, unless ``recode`` asks to extract it again and replace it in place. Crash-safe: each
batch is one transaction, so a killed run keeps every batch it committed and the same command
run again stores the rest, each article exactly once.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from datetime import datetime
from multiprocessing import get_context
from pathlib import Path

import duckdb

from tidings.dedup import signature
from tidings.errors import InputError
from tidings.ingest.worker import TIME_LIMIT, Outcome, init_worker, process
from tidings.models import Article, Document
from tidings.sources import FieldMap, estimate_count, read_inputs
from tidings.store import open_store, stored_ids, write_batch
from tidings.store.derive import refresh_derived

BATCH_SIZE = 50


@dataclass
class IngestOptions:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    batch_size: int = BATCH_SIZE
    recode: bool = False
    fields: FieldMap = field(default_factory=FieldMap)
    published: str | None = None
    knowledge: tuple[str, ...] = ()
    limit: int | None = None
    time_limit: float = TIME_LIMIT  # seconds per article


@dataclass
class IngestSummary:
    run_id: int
    read: int = 0  # articles read from the inputs
    stored: int = 0  # articles extracted and written by this run
    skipped: int = 0  # already stored (or repeated in the inputs)
    errors: int = 0  # inputs or articles that failed
    events: int = 0
    quotes: int = 0
    actors: int = 0
    duplicates: int = 0  # near-duplicate articles in the whole store
    clusters: int = 0  # event clusters in the whole store
    batches: int = 0
    seconds: float = 0.0
    stage_cpu: dict[str, float] = field(default_factory=dict)  # worker CPU seconds per stage

    @property
    def rate(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0


class Progress:
    """What the ingest tells as it goes; the CLI subclasses it with a progress bar."""

    def start(self, total: int | None) -> None: ...

    def advance(self, outcome: Outcome) -> None: ...

    def grow(self, total: int) -> None: ...

    def committed(self, batch: int, size: int, summary: IngestSummary) -> None: ...

    def note(self, message: str) -> None: ...


def _stored_articles(con: duckdb.DuckDBPyConnection) -> Iterator[Article]:
    """Every stored article, as it was read (for recoding without the inputs)."""
    cursor = con.execute(
        "SELECT id, title, text, CASE WHEN published_from = 'metadata' THEN"
        " strftime(published, '%Y-%m-%d') END, source, url, origin FROM articles ORDER BY id"
    )
    while rows := cursor.fetchmany(500):
        for r in rows:
            yield Article(
                id=r[0], title=r[1], text=r[2], published=r[3], source=r[4], url=r[5], origin=r[6]
            )


class _Batch:
    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.origins: dict[str, str | None] = {}
        self.signatures: dict[str, list[int]] = {}
        self.errors: list[InputError] = []

    def __len__(self) -> int:
        return len(self.documents) + len(self.errors)

    def add(self, outcome: Outcome) -> None:
        if outcome.document is None:
            self.errors.append(
                InputError(outcome.origin or outcome.article_id, outcome.error or "failed")
            )
            return
        self.documents.append(outcome.document)
        self.origins[outcome.article_id] = outcome.origin
        if outcome.signature is not None:
            self.signatures[outcome.article_id] = outcome.signature


def ingest(
    inputs: list[str],
    db: str | Path,
    options: IngestOptions | None = None,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest ``inputs`` (files, folders, globs) into the store at ``db``; with ``recode`` and
    no inputs, recode every stored article."""
    options = options or IngestOptions()
    progress = progress or Progress()
    con = open_store(db)
    started = time.perf_counter()
    run_id = int(
        con.execute(
            "INSERT INTO ingest_runs (started_at, inputs, options, status) VALUES"
            " (current_timestamp, ?, ?, 'running') RETURNING id",
            [inputs, json.dumps({"workers": options.workers, "recode": options.recode,
                                 "batch_size": options.batch_size})],
        ).fetchone()[0]  # type: ignore[index]
    )  # fmt: skip
    summary = IngestSummary(run_id=run_id)
    if inputs:
        items: Iterator[Article | InputError] = read_inputs(
            inputs, fields=options.fields, published=options.published
        )
        total = estimate_count(inputs)
    else:
        items = _stored_articles(con) if options.recode else iter(())
        total = int(con.execute("SELECT count(*) FROM articles").fetchone()[0])  # type: ignore[index]
    if options.limit is not None and total is not None:
        total = min(total, options.limit)
    known = set() if options.recode else stored_ids(con)
    progress.start(total)
    batch = _Batch()

    def flush() -> None:
        if not len(batch):
            return
        write_batch(
            con, batch.documents, origins=batch.origins, errors=batch.errors,
            signatures=batch.signatures, run_id=run_id,
        )  # fmt: skip
        summary.batches += 1
        progress.committed(summary.batches, len(batch), summary)
        batch.__init__()  # type: ignore[misc]

    def take(outcome: Outcome) -> None:
        if outcome.document is not None and outcome.signature is None:  # signed here, see process
            outcome = replace(outcome, signature=signature(outcome.document.text))
        if outcome.document is None:
            summary.errors += 1
        else:
            summary.stored += 1
            summary.events += len(outcome.document.events)
            summary.quotes += len(outcome.document.quotes)
            summary.actors += len(outcome.document.actors)
            for stage, seconds in (outcome.cpu or {}).items():
                summary.stage_cpu[stage] = summary.stage_cpu.get(stage, 0.0) + seconds
        batch.add(outcome)
        progress.advance(outcome)
        if len(batch) >= options.batch_size:
            flush()

    def articles() -> Iterator[Article]:
        seen: set[str] = set()
        for item in items:
            if isinstance(item, InputError):
                summary.errors += 1
                batch.errors.append(item)
                progress.advance(Outcome(item.origin, item.origin, None, item.problem, None, 0.0))
                continue
            if options.limit is not None and summary.read >= options.limit:
                break
            summary.read += 1
            if item.id in known or item.id in seen:
                summary.skipped += 1
                progress.advance(Outcome(item.id, item.origin, None, None, None, 0.0))
                continue
            seen.add(item.id)
            yield item
        if total is not None and summary.read + summary.errors != total:
            progress.grow(summary.read + summary.errors)

    try:
        _extract_all(articles(), options, take)
        flush()
    except KeyboardInterrupt:
        flush()  # keep what was extracted: the same command resumes
        progress.note("interrupted: the articles done so far are stored; run again to resume")
        raise
    summary.duplicates, summary.clusters = refresh_derived(con)
    summary.seconds = time.perf_counter() - started
    con.execute(
        "UPDATE ingest_runs SET finished_at = ?, status = 'done', articles = ?, skipped = ?,"
        " errors = ?, seconds = ? WHERE id = ?",
        [datetime.now(), summary.stored, summary.skipped, summary.errors, summary.seconds, run_id],
    )
    con.close()
    return summary


def _extract_all(
    articles: Iterator[Article], options: IngestOptions, take: Callable[[Outcome], None]
) -> None:
    if options.workers <= 1:
        init_worker(options.knowledge)
        for article in articles:
            take(process(article, options.time_limit))
        return
    context = get_context("spawn")  # a clean process: no inherited DuckDB or rich threads
    in_flight: set[Future[Outcome]] = set()
    limit = options.workers * 4
    with ProcessPoolExecutor(
        max_workers=options.workers, mp_context=context,
        initializer=init_worker, initargs=(options.knowledge,),
    ) as pool:  # fmt: skip
        for article in articles:
            in_flight.add(pool.submit(process, article, options.time_limit, False))
            if len(in_flight) >= limit:
                done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    take(future.result())
        for future in in_flight:
            take(future.result())
