"""``python -m tidings.spark`` (or ``spark-submit``): the Spark job without typer.

    spark-submit --master yarn tidings_spark_main.py --input 's3a://bucket/news/*.jsonl' \
        --output /data/tidings-out
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tidings.spark", description=__doc__)
    parser.add_argument("--input", action="append", required=True,
                        help="JSONL files, globs or URIs (repeatable)")  # fmt: skip
    parser.add_argument("--output", type=Path, required=True, help="folder for the Parquet tables")
    parser.add_argument("--master", default=None,
                        help="Spark master (default: spark-submit's, else local[*])")  # fmt: skip
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args(argv)
    from tidings.spark.job import run_spark

    summary = run_spark(args.input, args.output, master=args.master, partitions=args.partitions)
    for table, rows in summary.rows.items():
        print(f"{table:16} {rows:>10,}")
    print(f"{summary.parts} parts, {summary.seconds:.1f} s → {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
