"""Extraction on Apache Spark: the same work as ``tidings ingest``, in Spark executors, written as
the Parquet tables of ``tidings export --format parquet`` (one folder per table, one part per
partition); ``load_dir`` puts such a folder (or a plain Parquet export) into a store.

pyspark is an optional extra (``pip install 'tidings[spark]'``); only ``tidings.spark.job`` needs
it, so ``load_dir`` works without it."""

from tidings.spark.load import load_dir

__all__ = ["load_dir"]
