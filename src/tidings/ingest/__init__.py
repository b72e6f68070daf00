"""Batch ingest of a news collection into the store (``tidings ingest``)."""

from tidings.ingest.run import IngestOptions, IngestSummary, Progress, ingest

__all__ = ["IngestOptions", "IngestSummary", "Progress", "ingest"]
