"""Readers of every input kind: plain text, JSONL/CSV, HTML, RSS/Atom feeds, WARC archives."""

from tidings.sources.dispatch import estimate_count, expand_inputs, kind_of, read_file, read_inputs
from tidings.sources.records import FieldMap

__all__ = ["FieldMap", "estimate_count", "expand_inputs", "kind_of", "read_file", "read_inputs"]
