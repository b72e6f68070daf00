"""The store: one DuckDB file holding document JSON v1, plus dedup links and event clusters."""

from tidings.store.connection import DEFAULT_DB, StoreError, open_store
from tidings.store.read import find_article_ids, iter_documents, read_document, read_documents
from tidings.store.schema import SCHEMA_VERSION, migrate
from tidings.store.write import stored_ids, write_batch

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "StoreError",
    "find_article_ids",
    "iter_documents",
    "migrate",
    "open_store",
    "read_document",
    "read_documents",
    "stored_ids",
    "write_batch",
]
